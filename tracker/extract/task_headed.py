"""Duties grouped under a heading that names their lead unit: "（一）省审计厅牵头的工作",
"一、县示范区管委会牵头工作（8项）", or closed by a line that does ("上述项目由区商务委牵头负责。"). Each item under the heading (each numbered sub-item,
else each paragraph) is a task of that unit, even with no date: the heading is the
responsibility note of every item. A "协同单位：…" / "配合单位：…" line after items gives
its units to the items since the heading or the previous such line. The group runs to the
next heading of its numbering level or above. Under a section of the offices' remits ("三、工作职责"),
or after a sentence introducing them ("区某局是…的主管部门，主要履行以下职责："), a heading that is
only a body ("（一）街道消防委", "（二）某办公室职责") over its numbered duties is one row of the
division: one undated task of that body holding all its duties.

Mixed into ``DocumentTasks`` (tasks.py), whose paragraph index, ``covered`` spans and
``order`` it reads and fills; it runs before the annotated stage and takes the notes that
fall inside its items.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.deadlines import parse_deadline
from tracker.extract.closing_units import CLOSING_LABEL, CLOSING_LEAD, ROLE_OF_WORD
from tracker.extract.dated import schedule
from tracker.extract.division import DivisionDuties
from tracker.extract.heading_runs import HeadingRuns, without_remit
from tracker.extract.lexicon import lexicon
from tracker.extract.list_items import numeral_value
from tracker.extract.model import ExtractedTask, ExtractedUnit
from tracker.extract.notes import Note
from tracker.extract.party_duties import PartyDuties
from tracker.extract.rules import rule
from tracker.extract.standing_duties import STANDING_SECTION
from tracker.extract.titles import passage_title
from tracker.extract.units import parse_unit_list, unit_list_text

HEADED_GROUP = rule(
    "headed_group",
    r"^由?(?P<units>[^,;:。()]{2,40}?)(?P<role>牵头负责|牵头|主办|负责|承办)的?(?:工作|任务|事项)"
    r"(?:\(共?[\d一二三四五六七八九十]{1,3}项\))?[:。]?$",
    "group_lead",
    [("省审计厅牵头的工作", ["省审计厅牵头的工作"]),
     ("县示范区管委会牵头工作(8项)", ["县示范区管委会牵头工作(8项)"]),
     ("市教育局负责的任务:", ["市教育局负责的任务:"]),
     ("张三副市长负责的工作", []),  # a person, not a unit
     ("做好牵头工作", []),
     ("各地要加强牵头工作,确保落实", [])],
    value=lambda m: (m.group("units"), ROLE_OF_WORD[m.group("role")]),
    when=lambda m: unit_list_text(m.group("units")),
)

_HEAD_ROLES = ("牵头", "主办", "负责", "承办")  # a heading names one (cheap test before the rule)


def _heads(text: str) -> list:
    """The HEADED_GROUP spans of a numbered paragraph's text (none without a role word)."""
    return HEADED_GROUP.spans(text) if any(w in text for w in _HEAD_ROLES) else []


_LEVELS = ("l1", "l2", "l3", "l4", "l5")
# A stage under a campaign's time plan: "四、时间安排 … （三）巩固提升阶段（8-9月）：…".
_STAGE = re.compile(r"(?<=\n)\([一二三四五六七八九十]\)[^\n(:。]{2,10}阶段\((?P<period>[^()\n]{2,20})\)(?=[:。\n])")
# A line giving the group's partners: "协同单位：X、Y。"
_PARTNER_LINE = re.compile(
    "(?:" + "|".join(sorted((k for k, v in lexicon().unit_labels.items() if v == "support"),
                             key=len, reverse=True)) + ")[:;]")


class HeadedGroups(DivisionDuties, PartyDuties, HeadingRuns):
    """The headed-group stage of ``DocumentTasks``."""

    def headed(self, notes: list[Note]) -> tuple[list[ExtractedTask], list[Note]]:
        """Tasks of the items under lead-unit headings, and the notes left for the
        annotated stage (those inside an item become part of its task)."""
        s = self.nt.norm
        spans = self.para_spans
        tasks: list[ExtractedTask] = []
        taken: set[int] = set()
        k = 0
        while k < len(spans):
            a, b = spans[k]
            num = self.numbers.lead[k]  # NUMBERING on s[a:min(b, a + 12)]
            if not num:
                k += 1
                continue
            head = _heads(s[a + num.end():b])
            name = without_remit(s[a + num.end():b].rstrip("。:"))
            # "四、职责分工 （一）区建管委 …": under a section dividing duties, a heading that is
            # only units heads an undated list with no notes of its own.
            bare = not head and num.lastgroup != "l1" and (
                self._divides(self._section(a)) and unit_list_text(name)
                or k in self._sibling_unit_heads)  # "四、活动内容及安排 （一）区委宣传部 …（二）区爱卫办"
            if not head and not bare:
                k += 1
                continue
            if head:
                lead_a = a + num.end() + head[0].start
                lead = self._units(lead_a, lead_a + len(head[0].value[0]), head[0].value[1])
            else:
                lead = self._units(a + num.end(), a + num.end() + len(name), "responsible")
            level = _LEVELS.index(num.lastgroup)
            end = k + 1
            while end < len(spans):
                x, y = spans[end]
                sub = self.numbers.lead[end]
                if sub and (_LEVELS.index(sub.lastgroup) <= level or _heads(s[x + sub.end():y])):
                    break
                end += 1
            # The body's duties as one row: under a section of remits, or after a sentence
            # introducing them ("区某局是…的主管部门，主要履行以下职责：" over "1.…；" "2.…；").
            remits = bare and end > k + 2 and (
                STANDING_SECTION.pattern.match(self._section(a) or "") is not None
                or self.numbers.lead[k + 1] is None and self.numbers.lead[k + 2] is not None)
            if bare and not remits and (end == k + 1 or self._due(spans[k + 1][0], spans[end - 1][1])
                                        or any(spans[k + 1][0] <= n.start < spans[end - 1][1] for n in notes)):
                k += 1
                continue
            if remits or bare and end > k + 2:
                # "三、工作职责 （一）街道消防委 1.… 2.…": a body heading its own list of duties
                # is one row of the division (the list is what the body answers for), undated;
                # so is a unit heading over several undated duties in a division of the work.
                found = self._item_tasks([[spans[k + 1][0], spans[end - 1][1]]], [[]], lead, notes, taken)
                for t in found:
                    t.kind, t.deadline, t.deadline_text, t.recurrence, t.milestones = "table", None, None, None, []
                    if not remits:
                        t.deadline, t.deadline_text = self._last_stage()
                tasks.extend(found)
                k = end
                continue
            found = self._group_items(k + 1, end, lead, notes, taken)
            if bare:  # a division of a campaign's duties: due when its last stage ends
                for t in found:
                    t.deadline, t.deadline_text = self._last_stage() if t.deadline is None else (t.deadline, t.deadline_text)
            tasks.extend(found)
            k = end
        tasks.extend(self._closed_groups(notes, taken))
        tasks.extend(self._party_groups(notes, taken))  # "乙方保证完成以下目标任务"
        tasks.extend(self._division_sentences(notes))
        tasks.extend(self._inline_labels(notes))
        tasks.extend(self._line_groups(notes, taken))  # "职责分工" / "区公安分局" / "维护…。"  # "县农业局。负责…。县交通局。负责…" in one paragraph
        return tasks, [n for i, n in enumerate(notes) if i not in taken]

    def _closed_groups(self, notes: list[Note], taken: set[int]) -> list[ExtractedTask]:
        """Items closed by "上述项目由X牵头负责。": the sentence paragraphs before the line,
        back to the previous such line, a heading of the two top levels or a line that is
        no sentence ("【公共设施】")."""
        s = self.nt.norm
        spans = self.para_spans
        tasks: list[ExtractedTask] = []
        floor = 0
        for k, (a, b) in enumerate(spans):
            close = CLOSING_LEAD.spans(s[a:b]) if s.startswith(("上述", "以上"), a) else []
            count = None
            if not close and b - a <= 80 and "为" in s[a:b]:
                close = CLOSING_LABEL.spans(s[a:b])
                if close:
                    names, role, count = close[0].value
                    close = [replace(close[0], value=(names, role, None))]
            if not close:
                continue
            first = k
            while first > floor:
                x, y = spans[first - 1]
                num = self.numbers.lead[first - 1]  # NUMBERING on s[x:min(y, x + 12)]
                if not s[x:y].rstrip().endswith(("。", ";")) or any(ca <= x < cb for ca, cb in self.covered):
                    break
                if num and num.lastgroup in ("l1", "l2", "l5"):
                    # "（一）…。\n以上工作由X负责。": a numbered item right above the line is the
                    # one item it closes; further up, such a number heads the items.
                    first -= first == k
                    break
                first -= 1
            if count is not None:  # "4项目标的责任单位均为X": the four items before it
                first = max(first, k - numeral_value(str(count)))
            floor = k + 1
            names, role, partners = close[0].value
            lead_a = s.index(names, a + close[0].start, b)
            lead = self._units(lead_a, lead_a + len(names), role)
            part_a = s.index(partners, lead_a + len(names), b) if partners else 0
            support = self._units(part_a, part_a + len(partners), "support") if partners else []
            items = [[x, y] for x, y in spans[first:k]]
            tasks.extend(self._item_tasks(items, [support for _ in items], lead, notes, taken))
        return tasks

    def _last_stage(self) -> tuple:
        """(due date, phrase) of the last stage under the text's "时间安排" heading
        ("（三）巩固提升阶段（8-9月）"), or (None, None)."""
        m = None
        for m in _STAGE.finditer(self.nt.norm):
            pass
        dl = parse_deadline(m.group("period"), self.ref) if m else None
        return (dl.date, m.group("period")) if dl and dl.date and not dl.recurrence else (None, None)

    def _units(self, a: int, b: int, role: str) -> list[ExtractedUnit]:
        return parse_unit_list(self.nt, a, b, role, self.problems)

    def _group_items(self, first: int, end: int, lead: list[ExtractedUnit], notes: list[Note],
                     taken: set[int]) -> list[ExtractedTask]:
        """Tasks of paragraphs ``first:end``: numbered items (or every sentence paragraph,
        when none is numbered), each with the group's lead and the partners of the line
        after it. The list ends at the first paragraph that is neither."""
        s = self.nt.norm
        spans = self.para_spans[first:end]
        numbered = [m is not None for m in self.numbers.lead[first:end]]
        items: list[list[int]] = []  # [start, end] of each item
        partners: list[tuple[int, int, int]] = []  # (paragraph start, end, items before it)
        for (a, b), is_num in zip(spans, numbered):
            if _PARTNER_LINE.match(s, a, b):
                partners.append((a, b, len(items)))
            elif is_num or (not any(numbered) and s[a:b].rstrip().endswith(("。", ";"))):
                items.append([a, b])
            else:
                break  # the list ends: a signature, a date, a note under it
        support: list[list[ExtractedUnit]] = [[] for _ in items]
        done = 0
        for a, b, count in partners:
            taken.update(i for i, n in enumerate(notes) if a <= n.start < b)  # the line's own note
            label = _PARTNER_LINE.match(s, a, b)
            units = self._units(label.end(), len(s[:b].rstrip("。;")), "support")
            for i in range(done, count):
                support[i] = units
            done = count
        return self._item_tasks(items, support, lead, notes, taken)

    def _item_tasks(self, items: list[list[int]], support: list[list[ExtractedUnit]], lead: list[ExtractedUnit],
                    notes: list[Note], taken: set[int]) -> list[ExtractedTask]:
        """One task per item span, its units the lead's, its own notes' and its partners'."""
        tasks = []
        for (a, b), extra in zip(items, support):
            if b - a < 4:
                continue
            units = list(lead)
            for i, n in enumerate(notes):
                if a <= n.start < b:
                    taken.add(i)
                    units += n.resolve_units(self.nt, self.problems)
            units += extra
            seen: set[str] = set()
            units = [u for u in units if not (u.name in seen or seen.add(u.name))]
            hits = self._due(a, b)
            title, num = passage_title(self.nt, a, b, [(a + h.start, a + h.end) for h in hits])
            deadline, dtext, rec, ms = schedule(hits)
            self.covered.append((a, b))
            self.order[len(self.order)] = a
            tasks.append(ExtractedTask(
                doc_no=self.doc.doc_no, title=title, text=self.show(a, b), units=units,
                deadline=deadline, deadline_text=dtext, recurrence=rec, milestones=ms,
                section=self._section(a), number=num, kind="annotated"))
        return tasks
