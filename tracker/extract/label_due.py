"""A due date stated once in a label line binds the notice's undated hand-in requests.

A notice asking for papers may give its date apart from the request, as a label line of its
own: a section "一、时间：2010年4月15日前" above the requirements, a heading "一、报送时间" over a
line "2021年11月10日(星期三)中午12:00前", a closing line "材料移交的时间为：2014年3月20日前", or
"评选截止时间：…". The requests elsewhere in the notice ("请各部门将…移交档案室", "请各部门同时
上报…", "…填写《统计表》，并传真至X") state no date of their own: each is due that day. The
label line itself is no duty.

Only a notice with exactly one such line is read this way (a schedule of several windows
dates its steps one by one). Mixed into ``DocumentTasks`` (tasks.py); runs after the
implicit and campaign stages.
"""

from __future__ import annotations

import re

from tracker.deadlines import parse_deadline
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm
from tracker.extract.rules import rule
from tracker.extract.titles import passage_title

_NUM = r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,2}\)|\d{1,2}[.、])?"
_TIME_WORDS = ("时间", "時間", "日期", "时限", "時限", "期限")
_TIME = "(?:" + "|".join(_TIME_WORDS) + ")"
# Words of a label naming the hand-in it closes ("报送时间", "材料移交的时间为", "评选截止时间");
# a bare "时间" counts only before a day closed by 前 (an event's day is no due date).
_HAND_IN_LABEL = r"(?:报送|報送|上报|上報|提交|移交|报名|報名|申报|申報|推荐|推薦|评选|評選|截止|反馈|反饋|交)"
_DUE_END = r"(?:以?前|之前)"

DUE_LABEL = rule(
    "due_label",
    r"^" + _NUM + r"(?:[^,;。:\n]{0,8}" + _TIME + r":)?"
    r"(?:(?P<label>[^,;。:\n]{0,12}?(?:" + _HAND_IN_LABEL + r"[^,;。:\n]{0,6}?" + _TIME + r"|" + _TIME + r"(?=截止)))"
    r"(?:统一)?(?:为|是)?:?"
    r"(?P<due>[^,;。:\n][^,;。\n]{3,29}?)|" + _TIME + r":(?P<bare>[^,;。:\n][^,;。\n]{3,23}?" + _DUE_END + r"))"
    r"[。;]?$",
    "due",
    [("一、时间：2027年4月15日前", ["一、时间:2027年4月15日前"]),
     ("档案材料移交的时间为：2027年3月20日前。", ["档案材料移交的时间为:2027年3月20日前。"]),
     ("五、评选时间：评选截止时间：2027年1月18日上午10:00。", ["五、评选时间:评选截止时间:2027年1月18日上午10:00。"]),
     ("报送截止时间：2027年6月5日", ["报送截止时间:2027年6月5日"]),
     ("一、议题征集时限截止本周三(9月21日)下午17:00。", ["一、议题征集时限截止本周三(9月21日)下午17:00。"]),
     ("1、时间：2027年3月8日上午9:00", []), ("活动时间：2027年6月1日至30日。", []),
     ("会议时间：2027年5月8日前", []), ("请于2027年4月15日前报送。", [])],
    doc="Matched on one paragraph (MULTILINE: each line of the body).",
)
DUE_LABEL_LINE = re.compile(DUE_LABEL.pattern.pattern, re.MULTILINE)

# A heading naming the hand-in's time, with the date on the next line ("一、报送时间" /
# "2027年11月10日(星期三)中午12:00前").
DUE_HEADING = rule(
    "due_heading",
    r"^" + _NUM + r"[^,;。:\n]{0,8}?" + _HAND_IN_LABEL + r"[^,;。:\n]{0,4}?" + _TIME + r":?$",
    "label",
    [("一、报送时间", ["一、报送时间"]), ("三、材料上报时间：", ["三、材料上报时间:"]),
     ("一、活动时间", []), ("二、报送内容", [])],
)

_DUE_HEADING_LINE = re.compile(DUE_HEADING.pattern.pattern, re.MULTILINE)


def _time_lines(s: str) -> list[int]:
    """The starts of the lines of ``s`` holding a word of _TIME, in order. Both patterns above
    match inside one line, from its start, and hold such a word: they are tried there alone
    (tried at every character of a long body, they cost more than the rest of the stage).
    Each word is found through its last character (one-character finds are quick)."""
    starts = set()
    for word in _TIME_WORDS:
        head, k = word[:-1], len(word) - 1
        p = s.find(word[-1], k)
        while p >= 0:
            if s.startswith(head, p - k):
                starts.add(s.rfind("\n", 0, p) + 1)
            p = s.find(word[-1], p + 1)
    return sorted(starts)


def _at_starts(pattern: re.Pattern, s: str, starts: list[int]) -> list[re.Match]:
    """The matches of ``pattern`` (MULTILINE, opening with ^) at the line starts ``starts``."""
    return [m for m in map(pattern.match, [s] * len(starts), starts) if m is not None]


# A request for a hand-in: a clause opened by 请 whose verb sends papers on ("请各部门将…移交
# 档案室", "请各部门同时上报…"), or a sentence sending them to a named place ("…，并传真至X",
# "选票密封后交到X处").
_SEND = r"(?:报送|報送|上报|上報|移交|提交|报至|報至|交到|交至|送至|送交|发送至|發送至|传真至|傳真至|报校|報校)"
HAND_IN_REQUEST = rule(
    "hand_in_request",
    r"(?:^|(?<=[,;:。\n、)]))(?:同时|并|同時|並)?(?:请|請)(?![示求假])[^。;]{0,80}?" + _SEND +
    r"|(?:^|(?<=[,;:。\n、)]))[^,;。:]{0,40}?(?<![时時])(?:,|并|並)?(?:交到|交至|发送至|發送至|传真至|傳真至|报送至|報送至)",
    "request",
    [("请各部门同时上报一名兼职档案员信息。", ["请各部门同时上报"]),
     ("工作已经开始，请学校各部门将文件材料整理好后移交档案室。", ["请学校各部门将文件材料整理好后移交"]),
     ("根据实际填写统计表，并传真至区指导中心。", ["并传真至"]),
     ("选票密封后交到行政部。", ["选票密封后交到"]),
     ("请各分工会严格按照公文格式编辑排版。", []), ("移交档案材料时须填写移交目录。", [])],
    doc="Searched in one sentence.",
)
_SENTENCE = re.compile(r"[^。!?;]*(?:[。!?;]+|$)")
# A request that points back to the label ("在规定的时间节点前", "在规定时限内"): when some do,
# they are the requests the date binds (the others prepare them).
_POINTS_BACK = re.compile(r"(?:规定|要求|上述)的?(?:时间节点|时间|时限|期限|日期)(?:内|前|之前)")


def due_label(s: str, ref) -> tuple[int, int, object, str] | None:
    """(start, end, date, phrase) of the one due label line of the normalized body ``s``
    (with the heading above it when the date stands on a line of its own), or None when the
    body has none or several."""
    found = []
    lines = _time_lines(s)
    for m in _at_starts(DUE_LABEL_LINE, s, lines):
        found.append((m.start(), m.end(), m.group("due") or m.group("bare"), m))
    for m in _at_starts(_DUE_HEADING_LINE, s, lines):
        nxt = s.find("\n", m.end() + 1)
        line = s[m.end() + 1:nxt if nxt >= 0 else len(s)].rstrip("。;")
        if 4 <= len(line) <= 30 and line[:1].isdigit() and re.search(_DUE_END + "$", line):
            found.append((m.start(), m.end() + 1 + len(line), line, None))
    if len(found) != 1:
        return None
    a, b, phrase, _ = found[0]
    dl = parse_deadline(phrase, ref)
    if dl is None or dl.date is None or dl.recurrence:
        return None
    return a, b, dl.date, phrase


class LabelDuties:
    """The label-date stage of ``DocumentTasks``."""

    def label_duties(self, implicit: list[ExtractedTask]) -> list[ExtractedTask]:
        """The undated hand-in requests of a notice with one due label line, due that day;
        ``implicit`` without the task that is the label line itself."""
        s = self.nt.norm
        found = due_label(s, self.ref)
        if found is None:
            return implicit
        la, lb, when, shown = found
        taken = [norm(t.text) for t in implicit]
        found = []  # (paragraph start, request start, sentence end)
        for pa, pb in self.para_spans:
            if la <= pa < lb or pb - pa < 6 or self._is_covered(pa, pb):
                continue
            for m in _SENTENCE.finditer(s, pa, pb):
                a, b = m.span()
                req = HAND_IN_REQUEST.pattern.search(s, a, b)
                if req is None or self._due(a, b) or any(s[a:b].strip("。;") in t for t in taken):
                    continue
                a = req.start() if s.startswith(("请", "請", "同时请", "并请"), req.start()) else a
                found.append((pa, a, b))
        if any(_POINTS_BACK.search(s, a, b) for _, a, b in found):
            found = [(pa, a, b) for pa, a, b in found if _POINTS_BACK.search(s, a, b)]
        if not found:
            return implicit
        tasks = []
        for pa, a, b in found:
            title, _ = passage_title(self.nt, a, b)
            self.order[len(self.order)] = a
            tasks.append(ExtractedTask(
                doc_no=self.doc.doc_no, title=title, text=self.show(a, b),
                units=self.subjects.of_dated(pa, a, b, []), deadline=when, deadline_text=shown,
                section=self._section(a), kind="implicit"))
        label = s[la:lb]
        return [t for t in implicit if not _restates(norm(t.text), label)] + tasks


def _restates(text: str, label: str) -> bool:
    """Is a task's ``text`` the label line (or a part of it, or it with a few words more)?"""
    return bool(text) and (text in label or label in text and len(text) <= len(label) + 12)
