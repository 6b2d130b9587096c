"""The office answering a letter, a message or a deputy's proposal: the doer of its promises.

A reply (答复, 回复, 复函) to a citizen's message, a deputy's 建议 or a member's 提案 states
its promises with no subject ("预计年底完工", "计划在10月底前通车") or in the first person
("我局将于…"): the doer is the office that answers. The reply names it by a label
("答复单位：X", "回复部门：X"), by the words opening its answer ("X回复：…"), or by the
signature over the date at its foot. A page holding several answers ("X答复：…" then
"Y答复：…") gives each promise the office whose answer it stands in. With none of these, a title
"X关于…的答复" names the office.

The message answered ("网友留言：…", "信件信息" then the letter, "武汉留言板：…") stands before the
answer ("官方回复", "回复信息", "X回复：") and is the writer's: its dates and the promises it
quotes are no tasks.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from tracker.extract.model import ExtractedTask, ExtractedUnit
from tracker.extract.normalize import NText, fold, norm
from tracker.extract.rules import required_literals, rule, run
from tracker.extract.unit_names import looks_like_unit

# A label naming the answering office: "答复单位：X", "回复部门:X 2027-03-02", "处理部门 | X |",
# or on a letter box's record the office that took the letter, its name on the next line
# ("受理单位:" then "某市某管委会").
REPLIER_LABEL = rule(
    "replier_label",
    r"(?:答复|回复|处理)(?:单位|部门|机关)(?:\|?:\|?|\|)|(?:受理|承办)(?:单位|部门):\n?",
    "replier",
    [("答复单位：某区交通运输局 答复时间：2027-01-14", ["答复单位："]),
     ("回复部门:公用事业局 2027-10-28 16:52", ["回复部门:"]),
     ("处理部门 | 某县综合行政执法局 |", ["处理部门 |"]), ("回复部门: | 市住建局 |", ["回复部门: |"]),
     ("受理单位:\n某市某新区管委会\n受理时间:", ["受理单位:\n"]),
     ("请承办单位认真办理。", []), ("由处理部门在3日内回复。", []), ("| 序号 | 建议 | 承办单位 |", [])],
    value=lambda m: m.end(),
)

# The words opening an office's answer: "某区交通运输局回复：经核实…", "市城投公司答复:". A
# forum or hotline page stamps the answer with its time, before the name ("2027年6月3日 17:05
# 某区住建局答复：") or in brackets after it ("某区住建局 (2027-01-28 10:37)回复：").
_STAMP = r"(?:19|20)\d{2}[年\-./]\d{1,2}[月\-./]\d{1,2}日?[^\d:\n]{0,2}\d{1,2}:\d{2}(?::\d{2})?"
REPLIER_OPENING = rule(
    "replier_opening",
    r"(?:^|(?<=\n))(?:" + _STAMP + r")?(?P<name>[^\s|:,;。()]{2,30}?)(?:\(" + _STAMP + r"\))?(?:回复|答复)(?:如下)?:",
    "replier",
    [("某区交通运输局回复：经核实，工程预计年底完工。", ["某区交通运输局回复："]),
     ("市城投公司答复:\n该项目已列入计划。", ["市城投公司答复:"]),
     ("2027年6月3日 17:05 某区住房和城乡建设局答复：计划8月底完工。", ["2027年6月3日17:05某区住房和城乡建设局答复:"]),
     ("某区住建局 (2027-01-28 10:37)回复：你好。", ["某区住建局(2027-01-2810:37)回复:"]),
     ("网友留言：何时通车？", []), ("现答复如下：", []), ("网友(2027-01-26 19:08)反映：路灯不亮。", [])],
    value=lambda m: (m.start("name"), m.end("name")),
)

# A page is a reply when it says so. (Plain finds: a whole page is searched, and an alternation
# is tried at every character.) Each word is found through one of its characters, the rarer in
# running text: a one-character find is many times quicker than a find of two CJK characters.
_REPLY_WORDS = (("答复", 1), ("回复", 1), ("复函", 1), ("已收悉", 2), ("来信", 0), ("留言", 0), ("信箱", 1))


def _says_reply(text_norm: str) -> bool:
    """Does the text hold one of the words of a reply?"""
    for word, k in _REPLY_WORDS:
        ch = word[k]
        p = text_norm.find(ch, k)
        while p >= 0:
            if text_norm.startswith(word, p - k):
                return True
            p = text_norm.find(ch, p + 1)
    return False


def _joined_norm(lines: list[str], nlines: list[str] | None) -> str:
    """The normalized text of ``lines`` joined by line breaks: their normalized forms joined, when
    known (``norm`` reads no character across a line break)."""
    return "\n".join(nlines) if nlines is not None and len(nlines) == len(lines) else norm("\n".join(lines))
# A signature names the issuer of any document: it is read as the answering office only on a
# page answering someone ("现答复如下", "您的来信已收悉", "你提出的…建议").
_ANSWERING = re.compile(r"(?:答复|回复)如下|现(?:予|将)?(?:答复|回复)|收悉|您好|您反映|你们?提出的|您提出的|感谢(?:您|你|来信)|来信人")
# What stands for the answering office in its promise: the first person ("我局将…",
# "我公司道路项管部") or the label itself read as a subject ("答复单位").
_FIRST_PERSON = re.compile(r"^(?:(?:我|本)(?:局|委|办|公司|单位|中心|处|部|所|站|镇|街道|县|区|市)"
                           r"|(?:答复|回复|处理)(?:单位|部门)$)")
# A date closing a signature: "2027年1月14日", "二〇二七年四月二十六日", "2027-09-27".
_DATE = re.compile(r"(?:(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})年[\d一二三四五六七八九十]{1,3}月"
                   r"[\d一二三四五六七八九十]{1,3}日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")


def _unit_at(nt: NText, start: int, end: int) -> str | None:
    """The longest unit name starting at ``norm[start]`` and ending by ``end``, as written."""
    s = nt.norm
    for stop in range(end, start + 1, -1):
        if looks_like_unit(s[start:stop]):
            return nt.orig_slice(start, stop).strip()
    return None


def _signature(lines: list[str], nlines: list[str]) -> tuple[int, str] | None:
    """The last line that is an office's name alone over a date (or beside it), with its index;
    ``nlines``: the normalized form of each line."""
    found = None
    for i, ln in enumerate(lines):
        n = nlines[i].rstrip("|")  # a forum copy leaves the date in a table cell ("2027年12月16日 |")
        if not n or len(n) > 50:
            continue
        date = _DATE.search(n)
        name_part = n[:date.start()] if date and date.end() == len(n) else n
        if date is None or date.end() != len(n):
            nxt = next((x.rstrip("|") for x in nlines[i + 1:i + 3] if x), "")
            if not _DATE.fullmatch(nxt):
                continue
        if name_part and looks_like_unit(name_part):
            found = (i, NText(ln).orig_slice(0, len(name_part)).strip())
    return found


# A reply titled with its office: "某县住房和城乡建设局关于对某某会议第18号建议的答复".
_TITLED = re.compile(r"(?P<name>[^\s•·:\-]{2,30}?)关于.{2,80}?(?:答复|回复|复函)$")


def _titled(title: str) -> str | None:
    """The office a reply's title names before 关于, as written, or None."""
    nt = NText(title or "")
    m = _TITLED.search(nt.norm)
    return nt.orig_slice(m.start("name"), m.end("name")).strip() if m and looks_like_unit(m.group("name")) else None


def repliers(title: str, lines: list[str], nlines: list[str] | None = None) -> list[tuple[int, str]]:
    """The answering offices a reply names, each with the offset in the normalized text
    (lines joined by line breaks) from which it answers; empty when the page is no reply.
    ``nlines``: the normalized form of each line, when known."""
    head = norm(title or "")
    text = _joined_norm(lines, nlines)  # the normalized form of the page's NText, built on first use
    if not (_says_reply(head) or _says_reply(text)):
        return []
    if nlines is None or len(nlines) != len(lines):
        nlines = text.split("\n")
    made: list[NText] = []

    def unit_at(start: int, end: int) -> str | None:
        if not made:
            made.append(NText("\n".join(lines)))  # the position map, only when a place is read
        return _unit_at(made[0], start, end)

    for span in run([REPLIER_LABEL], text):  # a label names the office of the whole page
        line_end = text.find("\n", span.end)
        name = unit_at(span.value, min(span.end + 40, len(text) if line_end < 0 else line_end))
        if name:
            return [(0, name)]
    found = []
    for span in run([REPLIER_OPENING], text):
        name = unit_at(*span.value)
        if name and not _FIRST_PERSON.match(norm(name)):
            found.append((span.start, name))
    if found:
        return found
    if not (_ANSWERING.search(head) or _ANSWERING.search(text)):
        return []
    sig = _signature(lines, nlines)
    name = sig[1] if sig else _titled(title)
    return [(0, name)] if name else []


# The label opening the message answered, on a line of its own or before the message's text.
_MESSAGE = re.compile(r"^(?:网友留言|网民留言|留言内容|来信内容|信件信息|网友提问|网民提问|问题描述|诉求内容"
                      r"|咨询内容|投诉内容|内容|[^\s:|]{0,8}留言板)(?:[\s:|]|$)")
# The label opening the answer.
_ANSWER = re.compile(r"^(?:官方回复|回复信息|答复情况|答复内容|回复内容|答复意见|回复意见|回复单位|答复单位|回复部门"
                     r"|处理结果|办理结果|回复人|[^\s:,;。]{2,30}(?:回复|答复):)")


# Strings one of which every message label holds: a line whose normalized form holds none
# opens no message (tested before the line is folded anew with its spaces).
_MESSAGE_NEEDED = required_literals(_MESSAGE)


def _messages(lines: list[str], nlines: list[str]) -> list[tuple[int, int]]:
    """The spans (in the normalized text of ``lines`` joined by line breaks) of the messages a
    reply answers: from a message label to the next answer label. ``nlines``: the normalized
    form of each line."""
    spans, at, opened = [], 0, None
    for ln, n in zip(lines, nlines):
        if opened is None and (_MESSAGE_NEEDED is None or any(w in n for w in _MESSAGE_NEEDED)) \
                and _MESSAGE.match(fold(ln.strip())):
            opened = at
        elif opened is not None and _ANSWER.match(n):
            spans.append((opened, at))
            opened = None
        at += len(n) + 1
    return spans


def drop_messages(lines: list[str], tasks: list[ExtractedTask], nlines: list[str] | None = None) -> list[ExtractedTask]:
    """``tasks`` without those standing in the message a reply answers (a message label with an
    answer label after it: the page is a reply). ``nlines``: the normalized form of each line, when known."""
    if not tasks:
        return tasks
    text = _joined_norm(lines, nlines)
    spans = _messages(lines, nlines if nlines is not None and len(nlines) == len(lines) else text.split("\n")) \
        if _says_reply(text) else []
    if not spans:
        return tasks
    starts = [text.find(norm(t.text)[:20]) if t.text else -1 for t in tasks]
    return [t for t, at in zip(tasks, starts) if not any(a <= at < b for a, b in spans)]


def replier_units(title: str, lines: list[str], tasks: list[ExtractedTask], nlines: list[str] | None = None) -> None:
    """Give each task of a reply that names no doer, or only its office in the first
    person, the office answering where the task stands. ``nlines``: the normalized form of
    each line, when known."""
    if not tasks or not any(not t.units or all(_FIRST_PERSON.match(norm(u.name)) for u in t.units)
                            for t in tasks):
        return
    found = repliers(title, lines, nlines)
    if not found:
        return
    text = _joined_norm(lines, nlines)
    starts = [a for a, _ in found]
    for t in tasks:
        if t.units and not all(_FIRST_PERSON.match(norm(u.name)) for u in t.units):
            continue
        at = text.find(norm(t.text)[:20]) if t.text else -1
        k = max(0, bisect_right(starts, at) - 1) if at >= 0 else 0
        t.units = [ExtractedUnit(found[k][1], "responsible")]
