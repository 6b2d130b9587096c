"""A division of duties among units: the section "四、职责分工" and its items, each a duty
of the units that open it or stand as its label ("县财政局：负责…", "3.服务办。牵头…",
"（九）县城管部门职责：…"), and the same items on a page that starts inside the section.

Mixed into ``HeadedGroups`` (task_headed.py), whose ``_units`` and ``_item_tasks`` it uses.
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import lexicon
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm
from tracker.extract.notes import Note
from tracker.extract.rules import rule
from tracker.extract.standing_duties import STANDING_SECTION
from tracker.extract.titles import passage_title
from tracker.extract.role_clauses import POINT
from tracker.extract.role_words import has_role_word
from tracker.extract.units import unit_list_text

# What follows the units opening a duty of theirs ("X负责…", "X依法对…", "X作为…的责任主体").
_DUTY_VERB = re.compile(r"负责|依法|指导|作为|牵头|会同|统筹|协调|组织|要|应当|应")
# The title of a section dividing duties among units ("四、职责分工", "三、部门职责", "五、任务分工").
DIVISION_TITLE = re.compile(r"^[一二三四五六七八九十]+、[^,;。]{0,8}(?:职责分工|责任分工|任务分工|工作分工|部门分工|职责与分工|部门职责|工作职责|职责)$")
# Of these, the titles saying who answers for what: under the others ("三、任务分工") a sentence
# opening with collectives only may close the list ("各街道、各部门要加强协作。"), no duty of its own.
_DUTY_TITLE = re.compile(r"(?:职责分工|责任分工|职责与分工|部门职责|工作职责|职责)$")
_COLLECTIVE = re.compile(r"各|所有|全体|有关|相关")
_CLAUSE_END = re.compile(r"[。;,]|$")
_OFFICE_SUFFIXES = frozenset(lexicon().office_suffixes)  # (a set: one look-up, not a pass over them)
# Units standing as the label of their duties in a division of duties: "区财政局：负责…",
# "3.服务办。牵头负责…" (the label at the paragraph's start, or after its number).
DIVISION_LABEL = rule(
    "division_label",
    r"^(?P<units>[^,;:。()是为由对将把]{2,30}?(?:\([^()]{1,12}\))?)(?P<duty>的?(?:工作)?职责)?[:。](?=.)", "subject",
    [("区卫生健康委:负责指导医疗机构做好应急救治。", ["区卫生健康委:"]),
     ("县城管部门职责:负责占道经营的管理。", ["县城管部门职责:"]),
     ("乡镇综合办。牵头收集各村上报的信息。", ["乡镇综合办。"]),
     ("市商务局(市口岸办):负责协调口岸单位。", ["市商务局(市口岸办):"]),
     ("加强组织领导。各单位要明确专人负责。", []), ("本项目建设主体为县应急局。县财政局负责落实经费。", []),
     ("时间安排:9月底前完成。", []),
     ("部门工作职责。市交通部门负责审批。", []),  # an office's suffix alone names no unit
     ("“河长办”:负责河道巡查的统筹。", ["“河长办”:"]), ("“放管服”:全面推行。", [])],
    value=lambda m: m.group("units"),
    when=lambda m: m.group("units") not in _OFFICE_SUFFIXES and unit_list_text(_unquoted(m.group("units"))),
)


def _unquoted(label: str) -> str:
    """A label without the quotes a page may set a short name in ("“三防办”": 三防办)."""
    return label[1:-1] if label.startswith("“") and label.endswith("”") and "”" not in label[1:-1] else label


# Units standing as a sentence of their own inside a paragraph, their duty in the next
# ("…职责如下:县农业局。负责…。县交通局、公路局。负责…"): a division written as running text
# (a page that lost its line breaks, or a list set in one paragraph). A sentence that is only
# units and is followed by a duty verb is no prose: it labels the duty after it.
INLINE_LABEL = rule(
    "inline_division_label",
    r"(?:(?<=[。:;])|^)(?P<units>[^,;:。()是为由对将把\n]{2,30}?)[:。](?=负责|牵头|承担|统筹|协调|指导|主抓)",
    "subject",
    [("各单位职责如下:县农业局。负责技术指导。县交通局、公路局。负责巡查。",
      ["县农业局。", "县交通局、公路局。"]),
     ("成员单位职责:县林业局:负责林区巡护;县气象局:负责预报。", ["县林业局:", "县气象局:"]),
     ("此项工作由县农业局牵头。负责同志要亲自抓。", []),  # a role word: no label
     ("加强领导。负责此项工作的同志要到岗。", [])],
    value=lambda m: m.group("units"),
    when=lambda m: m.group("units") not in _OFFICE_SUFFIXES and unit_list_text(m.group("units"))
    and not has_role_word(m.group("units")),
    doc="A unit sentence labelling the duty after it, inside a paragraph.",
)
_INLINE_LABELS = ("负责", "牵头", "承担", "统筹", "协调", "指导", "主抓")  # (cheap test before the rule)
# A top-level heading run into the paragraph ("…处理。四、工作要求…"): the division ends there.
_RUN_IN_HEADING = re.compile(r"(?<=[。;])[一二三四五六七八九十]{1,3}、")


class DivisionDuties:
    """The division-of-duties stage of ``DocumentTasks`` (through ``HeadedGroups``)."""

    def _divides(self, section: str | None) -> bool:
        """Is ``section`` (a top-level heading as the page writes it) the title of a section
        dividing duties? Read on its normalized form ("三、職責分工" is one; "三、加强领导，明确
        职责" is not: a clause before 职责 says what to do, not who does what)."""
        if not section:
            return False
        memo = self.__dict__.setdefault("_divides_memo", {})
        if section not in memo:
            memo[section] = DIVISION_TITLE.match(norm(section)) is not None
        return memo[section]

    def _division_sentences(self, notes: list[Note]) -> list[ExtractedTask]:
        """Under a section dividing duties, an undated paragraph whose sentence opens with
        its units ("区绿化市容局负责本区…的管理和指导工作。") is a duty of those units; so
        is one whose units stand as its label, numbered or not ("区财政局：负责…。",
        "3.服务办。牵头负责…。")."""
        s = self.nt.norm
        items = []
        bare = self._bare_division()
        if not bare and not any(map(self._divides, set(self.sections))):
            return []  # no paragraph lies in a division of duties (most texts): none is read below
        topics = self._topic_lines()
        for k, (a, b) in enumerate(self.para_spans):
            num = self.numbers.opening(k)  # NUMBERING on s[a:a + 12]
            if not (s[a:b].rstrip().endswith("。") or k in topics) \
                    or not (k in bare or self._divides(self._section(a))) or self._due(a, b) \
                    or any(ca <= a < cb for ca, cb in self.covered) or any(a <= n.start < b for n in notes):
                continue
            x = a + (num.end() if num else 0)
            label = DIVISION_LABEL.spans(s[x:b])
            if label and x + label[0].end < b - 4:
                items.append(([a, b], self._units(x, x + len(label[0].value), "responsible"), x + label[0].end))
                continue
            if num:
                continue
            duties = k in bare or _DUTY_TITLE.search(norm(self._section(a) or "")) is not None
            for pa, pb, ua, ub in self._unit_clauses(a, b):
                if duties or not all(_COLLECTIVE.search(u.name) for u in self._units(ua, ub, "responsible")):
                    items.append(([pa, pb], self._units(ua, ub, "responsible"), None))
        tasks = []
        for span, units, duty in items:
            found = self._item_tasks([span], [[]], units, [], set())
            if duty is not None:  # the card is named by the duty, not by its units' label
                for t in found:
                    t.title = passage_title(self.nt, duty, span[1])[0] or t.title
            tasks.extend(found)
        return tasks

    def _topic_lines(self) -> set[int]:
        """Unnumbered lines of a division section that give a unit its share as a topic with
        no verb or stop ("综合核算科:发展成就综述" / "工业科:工业经济发展情况"): each in a run of
        two or more unit-labelled lines (a lone "X:…" line may be a field or a caption)."""
        s = self.nt.norm
        labelled = set()
        for k, (a, b) in enumerate(self.para_spans):
            if b - a < 6 or self.numbers.opening(k) is not None or not self._divides(self._section(a)):
                continue
            label = DIVISION_LABEL.spans(s[a:b]) if ":" in s[a:a + 32] or "。" in s[a:a + 32] else []
            if label and a + label[0].end < b - 4:
                labelled.add(k)
        return {k for k in labelled if k - 1 in labelled or k + 1 in labelled}

    def _inline_labels(self, notes: list[Note]) -> list[ExtractedTask]:
        """Duties of a paragraph in which two or more sentences that are only units each label
        the duty after them ("县农业局。负责…。县交通局、公路局。负责…"): each label's duty,
        up to the next label (or a top-level heading run into the paragraph), is a task of its
        units. Paragraphs already read as a task, and those in a section of the offices'
        standing remits ("三、工作职责", standing_duties.py), are left alone."""
        s = self.nt.norm
        tasks = []
        for a, b in self.para_spans:
            if b - a < 20 or sum(s.count(w, a, b) for w in _INLINE_LABELS) < 2 \
                    or any(ca < b and a < cb for ca, cb in self.covered) \
                    or STANDING_SECTION.pattern.match(norm(self._section(a) or "")):
                continue
            labels = INLINE_LABEL.spans(s, a, b)
            if len(labels) < 2:
                continue
            stop = _RUN_IN_HEADING.search(s, labels[-1].end, b)
            ends = [x.start for x in labels[1:]] + [stop.start() if stop else b]
            for label, end in zip(labels, ends):
                units = self._units(label.start, label.start + len(label.value), "responsible")
                if any(label.start <= n.start < end for n in notes) or not units:
                    continue
                for t in self._item_tasks([[label.start, end]], [[]], units, [], set()):
                    t.title = passage_title(self.nt, label.end, end)[0] or t.title
                    t.kind = "table"
                    tasks.append(t)
        return tasks

    def _bare_division(self) -> set[int]:
        """Indexes of the numbered paragraphs that divide duties with no section title to
        say so: those whose label is units and the word 职责 ("（九）县城管部门职责：负责…"),
        and, on a page that starts inside its section (no top-level heading before them), a
        run of two or more numbered paragraphs of one level each labelled by its units
        ("（十六）各区县政府。落实属地责任…" "（十七）县监察局。负责…")."""
        s = self.nt.norm
        numbered: list[tuple[int, str, bool]] = []  # (paragraph index, level, labelled by units)
        found: set[int] = set()
        for k, (a, b) in enumerate(self.para_spans):
            num = self.numbers.opening(k)
            if not num:
                continue
            x = a + num.end()
            label = DIVISION_LABEL.spans(s[x:b]) if num.lastgroup != "l1" else []
            labelled = bool(label) and x + label[0].end < b - 4
            if labelled and len(label[0].value) + 1 < label[0].end:
                found.add(k)  # the label's 职责 says what follows
            numbered.append((k, num.lastgroup, labelled and self._section(a) is None))
        for i, (k, level, labelled) in enumerate(numbered):
            if labelled and any(0 <= j < len(numbered) and numbered[j][1] == level and numbered[j][2]
                                for j in (i - 1, i + 1)):
                found.add(k)
        return found

    def _unit_clauses(self, a: int, b: int) -> list[tuple[int, int, int, int]]:
        """The duties of the paragraph ``norm[a:b]`` that open with their units, as (start,
        end, units' start, units' end): each of its sentences or clauses when two or more
        open so ("X负责统筹…，Y负责组织实施…。") and make the paragraph, else the paragraph
        when it opens so. A clause with nothing after its verb ("X、Y牵头，") is none."""
        s = self.nt.norm

        def opening(p: int) -> tuple[int, re.Match] | None:
            # "一是X负责…；二是Y负责…": the point's number is no part of the units.
            q = point.end() if (point := POINT.match(s, p, b)) else p
            m = _DUTY_VERB.search(s, q + 2, min(b, q + 40))
            return (q, m) if m and unit_list_text(s[q:m.start()]) else None

        found = []  # (clause start, units' start, units' end)
        for p in [a] + [k + 1 for k in range(a, b - 1) if s[k] in "。;,"]:
            o = opening(p)
            if o and _CLAUSE_END.search(s, o[1].end(), b).start() - o[1].end() >= 4:
                found.append((p, o[0], o[1].start()))
        # What stands before the first clause is at most a short opening ("该项目建设主体为
        # 区应急局。"), not a passage of its own.
        if len(found) >= 2 and 3 * (found[0][0] - a) <= b - a:
            ends = [p for p, _, _ in found[1:]] + [b]
            return [(p, e, q, u) for (p, q, u), e in zip(found, ends)]
        first = opening(a)
        return [(a, b, first[0], first[1].start())] if first else []
