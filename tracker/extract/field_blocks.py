"""Field blocks: an item heading whose body is a set of labelled fields is one task.

An activity plan or an inspection schedule often writes each item as a heading followed by
fields, one a line ("（一）开展消防宣传周活动" / "1.活动时间：5月8日至5月14日。" / "2.活动内容：…" /
"3.组织单位：各街道、区教育局。"). The item is the task: its heading names it, its time field
gives the deadline and its unit fields (or a staffing field, "X、Y各安排1名科长") give the
units. Without this stage the unit field alone reads like a labelled item and the heading is
lost. The block is only taken when a time field holds a bare date or period: fields whose
values are sentences with duties of their own ("2.交卷时间：任课教师务必于6月14日前…") are
left to the sentence stages. Mixed into ``DocumentTasks`` (tasks.py).
"""

from __future__ import annotations

import re

from tracker.deadlines import parse_deadline
from tracker.extract.dated import schedule
from tracker.extract.lexicon import lexicon
from tracker.extract.model import ExtractedTask, ExtractedUnit
from tracker.extract.normalize import display
from tracker.extract.rules import rule
from tracker.extract.titles import passage_title
from tracker.extract.units import parse_unit_list, unit_list_text

# A field line: a short label naming what the line states, a colon, a value.
FIELD_LABEL = rule(
    "field_label",
    r"(?:[\u4e00-\u9fff]{2,4}、)?[\u4e00-\u9fff]{0,6}(?:时间|日期|地点|内容|单位|部门|对象|安排|要求|议程|人员|方式|范围|主题|形式|"
    r"标准|步骤|重点|分工|布置)(?=:.)",
    "field_label",
    [("活动时间:5月8日至5月14日。", ["活动时间"]), ("组织单位:各街道、区教育局。", ["组织单位"]),
     ("督查对象:各乡镇。", ["督查对象"]), ("开展消防宣传周活动", []), ("县教育局:负责校园安全检查", [])],
)
# A time field whose value is a date or a period and nothing else.
# The date may be followed by its day in the lunar calendar and a clock time, as an activity
# programme gives them ("2027年2月6日（农历正月初一）上午9:30").
BARE_TIME = rule(
    "bare_time_value",
    r"^[\d〇零一二三四五六七八九十年月日号上中下旬底初末至到\-—―~～、,()周星期前份]{2,30}"
    r"(?:\((?:农历|阴历)[^()]{1,12}\))?(?:(?:上午|下午|晚上|早上|中午|晚)?\d{1,2}(?::\d{2}|[时点](?:\d{1,2}分|半)?)"
    r"(?:[-—~至到]\d{1,2}(?::\d{2}|[时点]))?)?[。;]?$",
    "time_value",
    [("5月8日至5月14日。", ["5月8日至5月14日。"]), ("2027年6月中旬", ["2027年6月中旬"]),
     ("2027年2月6日(农历正月初一)上午9:30。", ["2027年2月6日(农历正月初一)上午9:30。"]),
     ("3月5日(星期五)下午2:30-4:00", ["3月5日(星期五)下午2:30-4:00"]),
     ("任课教师务必于6月14日前交卷", [])],
    when=lambda m: any(c in m.group() for c in "年月日周"),
)
# "X、Y各安排1名副局长": the units that send staff to the item's team.
STAFF_CLAUSE = rule(
    "staff_clause",
    r"(?:^|(?<=[,;:]))(?P<units>[^,;:。()]{2,80}?)各(?:安排|派出?|选派|抽调|抽)[\d一二两三四五六七八九十]+[名个人]",
    "staff_units",
    [("市规划局、市财政局各安排1名副局长,市交通局各派2名科员,组成督查组。",
      ["市规划局、市财政局各安排1名", "市交通局各派2名"]),
     ("各乡镇安排专人负责", [])],
    when=lambda m: unit_list_text(m.group("units")),
)
# A unit label anywhere in the block, a bracketed one too ("（参加单位：X、Y。）").
_UNIT_LABEL = re.compile(r"([\u4e00-\u9fff]{2,4}(?:单位|部门)):")
# A heading that names a kind of content rather than a piece of work ("（二）活动安排：").
_SECTION_HEAD = re.compile(FIELD_LABEL.pattern.pattern.removesuffix("(?=:.)") + r"[:。]?$")
_RANK = {"l1": 1, "l5": 1, "l2": 2, "l3": 3, "l4": 4}
_ROLE_BY_HEAD = (("参加", "support"), ("参与", "support"), ("配合", "support"), ("协办", "support"),
                 ("协助", "support"), ("牵头", "lead"), ("主办", "lead"))
_LABEL_ROLES = lexicon().unit_labels


def _role(label: str) -> str:
    if label in _LABEL_ROLES:
        return _LABEL_ROLES[label]
    return next((role for head, role in _ROLE_BY_HEAD if label.startswith(head)), "responsible")


def _bare_time(s: str, label: str, a: int, b: int) -> bool:
    """Is ``s[a:b]`` the value of a time field holding a date or a period alone?"""
    return label.endswith(("时间", "日期")) and bool(BARE_TIME.spans(s[a:b]))


class FieldBlocks:
    """The field-block stage of ``DocumentTasks`` (tasks.py)."""

    def field_blocks(self) -> list[ExtractedTask]:
        """One task per item heading whose lines below are labelled fields with a dated time field."""
        s = self.nt.norm
        if ":" not in s:
            return []
        tasks = []
        spans = self.para_spans
        i = 0
        while i < len(spans):
            block = self._field_block(i)
            if block is None:
                i += 1
                continue
            j, fields = block
            tasks.append(self._block_task(i, j, fields))
            self._cover_group_heading(i)
            i = j
        return tasks

    def _cover_group_heading(self, i: int) -> None:
        """A heading right above the first block of its group ("（七）2027年新春广场文化活动" over
        "1.舞狮表演" / "时间：…") names the group: its year is no due date of its own."""
        if i == 0:
            return
        s = self.nt.norm
        ha, hb = self.para_spans[i - 1]
        head, sub = self.numbers.whole[i - 1], self.numbers.whole[i]  # NUMBERING on each paragraph
        if head is None or sub is None or _RANK[head.lastgroup] >= _RANK[sub.lastgroup] \
                or hb - ha > 40 or re.search(r"[,;:。]", s[ha:hb]) or self._is_covered(ha, hb):
            return
        self.covered.append((ha, hb))
        self.covered_starts.append(ha)

    def _field_block(self, i: int):
        """(end paragraph index, [(label, value start, value end)]) of the field block headed by
        paragraph ``i``, or None when it heads none."""
        s = self.nt.norm
        pa, pb = self.para_spans[i]
        m = self.numbers.whole[i]
        if m is None or pb - pa > 60 or FIELD_LABEL.pattern.match(s, pa + m.end(), pb) \
                or _SECTION_HEAD.search(s, pa, pb) or self._is_covered(pa, pb):
            return None  # a section's label ("二、督查安排"), not an item of work
        rank = _RANK[m.lastgroup]
        fields = []
        field_level = None
        j = last = i + 1
        while j < len(self.para_spans):
            qa, qb = self.para_spans[j]
            n = self.numbers.whole[j]
            if n is not None and _RANK[n.lastgroup] <= rank:
                break
            level = n.lastgroup if n else None
            f = FIELD_LABEL.pattern.match(s, qa + n.end() if n else qa, qb)
            if fields and level and level != field_level:
                f = None  # a sub-point of a field ("（1）国家部门：…" under "4.拟邀人员："): its content
            elif f is not None and not fields:
                field_level = level
            if f is not None:
                fields.append((f.group(), f.end() + 1, qb))
            elif not fields:
                return None  # the heading's first line is no field: a list of its own
            elif n is None and j - last > 2:
                break  # lines well past the last field: the item is over (a closing paragraph)
            if f is not None or n is not None:
                last = j
            j += 1
        j = last + 1
        if not fields or self._is_covered(pa, self.para_spans[j - 1][1]):
            return None
        if not any(_bare_time(s, label, a, b) or label in _LABEL_ROLES for label, a, b in fields):
            return None
        if len(fields) == 1 and (j - i > 3 or fields[0][1] > self.para_spans[i + 1][1]):
            return None  # a time line alone: only right under a short item ("（一）召开动员会" "时间：…")
        return j, fields

    def _block_task(self, i: int, j: int, fields: list) -> ExtractedTask:
        s = self.nt.norm
        pa, pb = self.para_spans[i]
        end = self.para_spans[j - 1][1]
        deadline = dtext = rec = None
        ms = []
        for label, a, b in fields:
            if _bare_time(s, label, a, b):
                deadline, dtext, rec, ms = schedule(self._due(a, b))
                if dtext is None:
                    # "活动时间：6月16日": the day itself (a sentence's bare date is no deadline).
                    dtext = display(self.nt.orig_slice(a, b)).rstrip("。;")
                    due = parse_deadline(s[a:b].rstrip("。;"), self.ref) if self.dated else None
                    deadline = due.date if due else None
                break
        units: list[ExtractedUnit] = []
        for label, a, b in fields:
            if label.endswith(("单位", "部门")):
                units += self._labelled_units(a - len(label) - 1, b, units)
        if not units:
            for label, a, b in fields:
                for sp in STAFF_CLAUSE.spans(s, a, b):
                    g = STAFF_CLAUSE.pattern.match(s, sp.start, b)
                    units += [u for u in parse_unit_list(self.nt, g.start("units"), g.end("units"))
                              if all(u.name != v.name for v in units)]
        title, num = passage_title(self.nt, pa, pb)
        self.order[len(self.order)] = pa
        self.covered.append((pa, end))
        self.covered_starts.append(pa)
        return ExtractedTask(
            doc_no=self.doc.doc_no, title=title.rstrip(":："), text=self.show(pa, end), units=units,
            deadline=deadline, deadline_text=dtext, recurrence=rec, milestones=ms,
            section=self._section(pa), number=num, kind="annotated")

    def _labelled_units(self, a: int, b: int, have: list[ExtractedUnit]) -> list[ExtractedUnit]:
        """Units of the unit field ``norm[a:b]`` and of unit labels bracketed inside it, each
        with its label's role, leaving out names already in ``have``."""
        s = self.nt.norm
        found: list[ExtractedUnit] = []
        for m in _UNIT_LABEL.finditer(s, a, b):
            c = m.end()
            if s.startswith(m.group(), c):
                continue  # "组织单位:组织单位:X": the label written twice
            d, depth = c, 0
            while d < b and s[d] not in "。;" and (s[d] != ")" or depth):
                depth += (s[d] == "(") - (s[d] == ")")  # "各乡(镇)人民政府" goes on past its bracket
                d += 1
            found += [u for u in parse_unit_list(self.nt, c, d, _role(m.group(1)), self.problems)
                      if all(u.name != v.name for v in have + found)]
        return found
