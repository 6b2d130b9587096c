"""Responsibility notes: the bracket that closes a task passage and names its units.

Forms recognised (on normalized text, so full/half-width brackets and colons are one):
（责任单位：X、Y；完成时限：2018年12月底前）, （牵头单位：X；配合单位：Y）,
（X负责）, （X牵头，Y配合）, （X、Y分别实施）, （X牵头，Y按职责分工负责）, and a bare
list of units right after a full stop (（X、Y）) or closing a target before its stop
("…扶贫新村（市扶贫开发办）。"). A note cut by a page break has been
joined back by the paragraph joiner before this runs. A time limit inside a note ("（X，
2022年10月底前完成）") is cut off its unit list by note_due.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from tracker.extract.problems import Problem
from tracker.extract.conventions import carry_stated_units, stated_cut
from tracker.extract.model import ExtractedUnit
from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.normalize import NText
from tracker.extract.rules import rule
from tracker.extract.note_due import split_due_tail
from tracker.extract.role_notes import closing_duty_notes, named_role_notes, role_line_spans, role_sentence_notes
from tracker.extract.units import has_role_word, parse_unit_list, unit_list_text

# A bracket with at most one level of nested brackets inside (各县（市、区）政府).
_BRACKET = re.compile(r"\((?:[^()\n]|\([^()\n]{0,20}\)|\n){2,400}?\)")
_SQUARE = re.compile(r"\[[^\[\]\n]{4,400}?\]")
# A semicolon typed for the colon counts when nothing else follows ("（责任单位；X、Y）").
_LABEL = re.compile("(" + alternation(lexicon().labels)[3:-1] + ")(?:[:：]|;(?=[^:;]{2,}$))")
# A label that opens an unbracketed note after the last sentence of an item:
# "…。责任单位：X、Y；完成时限：N年N月N日。"
# (The stop is matched, not looked behind for: the scan then skips to each stop instead of
# trying a lookbehind at every character; only the match's end is used.)
# Another field after a label's value: "；适用范围：", or a field label glued on ("X任务目标：").
_OTHER_FIELD = re.compile(r"[;,][\u4e00-\u9fff]{2,6}:|" + alternation(lexicon().field_labels) + ":")
_INLINE_LABEL = re.compile(r"[。!?][ ]*(?=" + _LABEL.pattern + ")")
# A page copy that runs a list together on one line: the note ends where the next item's
# number follows a space of the page ("责任单位：县财政局 2.落实…", "责任单位：县司法局
# 二、…牵头重点工作"); the space is read in the original text (normalizing drops it).
NEXT_ITEM = rule(
    "note_ends_at_next_item",
    r"(?<![\d.])(?:\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))",
    "boundary",
    [("责任单位:县财政局 2.落实党政机关过紧日子的要求", ["2."]),
     ("责任单位:县司法局 二、某副县长牵头重点工作", ["二、"]),
     ("责任单位:县发改局、县财政局", []), ("完成时限:2022年12.5前", [])],
)
_LABEL_ROLE = {k: v for k, v in lexicon().unit_labels.items() if v != "responsible"}
_TIME_LABELS = frozenset(lexicon().time_labels)
# People or posts (区水利局局长, 副区长X), never units.
_PERSON_LABELS = frozenset(lexicon().person_labels)


@dataclass
class Note:
    """A responsibility note found at ``start:end`` of the normalized text."""

    start: int
    end: int
    units: list[ExtractedUnit] = field(default_factory=list)
    deadline_text: str | None = None       # normalized deadline phrase, for parsing
    deadline_display: str | None = None    # the same phrase as written
    span: tuple[int, int] | None = None    # unit list still to parse (done lazily)

    def resolve_units(self, nt: NText, problems: list[Problem] | None) -> list[ExtractedUnit]:
        """The note's units; a bare unit list is parsed on first use only."""
        if self.span is not None:
            self.units = parse_unit_list(nt, self.span[0], self.span[1], problems=problems)
            self.span = None
        return self.units


def find_notes(nt: NText, problems: list[Problem] | None = None) -> list[Note]:
    """Every responsibility note in ``nt``, in order."""
    s = nt.norm
    notes = []
    brackets = list(_BRACKET.finditer(s))
    if "[" in s:
        # "【责任单位：X；完成时限：…】", "[X牵头，Y配合]": a note in square brackets.
        brackets.extend(m for m in _SQUARE.finditer(s) if _LABEL.search(m.group()) or has_role_word(m.group()))
        brackets.sort(key=lambda m: m.start())
    for m in brackets:
        inner_start, inner_end = m.start() + 1, stated_cut(s, m.start() + 1, m.end() - 1)
        inner = s[inner_start:inner_end].replace("\n", "")
        if _LABEL.search(inner):
            note = _labelled(nt, inner_start, inner_end, problems)
            if note is not None and not note.units and note.deadline_text is None:
                note = None  # "（牵头领导：X、Y）" under a group heading: people, no note
        else:
            note = _bare(nt, s, m.start(), inner_end + 1)
        if note is not None:
            note.start, note.end = m.start(), m.end()
            notes.append(note)
    notes.extend(_label_lines(nt, problems))
    notes.extend(_inline_labels(nt, notes, problems))
    # "…，市发改委牵头，相关部门配合，尽快…": an item's unbracketed role sentence.
    noted = [(n.start, n.end) for n in notes]
    notes.extend(Note(b, b, units) for b, units in role_sentence_notes(nt, noted))
    # "1.…全面关停，由属地和市市场监督管理局负责落实。": an item's closing duty clause.
    notes.extend(Note(a, b, units) for a, b, units in closing_duty_notes(nt, noted))
    # "…清理。各区政府为责任单位，市城管办为协办单位。": an item's closing role-naming sentence.
    notes.extend(Note(a, b, units) for a, b, units in named_role_notes(nt, noted))
    # "…及时宣传解读。\n市发改委牵头落实": a line of units and role closing the paragraph before.
    notes.extend(Note(a, b, span=(a, b)) for a, b in role_line_spans(nt, noted))
    notes.sort(key=lambda n: n.start)
    return carry_stated_units(nt, notes, problems)  # "（…。以下均需X落实，不再列出）"


def _inline_labels(nt: NText, found: list[Note], problems) -> list[Note]:
    """Unbracketed notes closing an item inside its paragraph: "…。责任单位：X；完成时限：…。".

    The note runs from its first label to the end of that sentence (a full stop or the
    end of the line); a label inside a bracketed note already found is skipped.
    """
    s = nt.norm
    if ":" not in s:
        return []
    spans = sorted((n.start, n.end) for n in found)
    starts = [a for a, _ in spans]
    after_space = _after_space(nt)
    out = []
    pos = 0
    for m in _INLINE_LABEL.finditer(s):
        a = m.end()
        if a < pos:
            continue
        k = bisect_right(starts, a) - 1
        if k >= 0 and spans[k][1] > a:
            continue
        line_end = s.find("\n", a)
        line_end = len(s) if line_end < 0 else line_end
        line_end = _next_item(nt.norm, after_space, a, line_end)
        b = a
        while True:  # "责任单位：X。完成时限：…。": label sentences in a row are one note
            stop = s.find("。", b, line_end)
            b = line_end if stop < 0 else stop + 1
            nxt = b
            while nxt < line_end and s[nxt] == " ":
                nxt += 1
            if not _LABEL.match(s, nxt, line_end):
                break
            b = nxt
        note = _labelled(nt, a, b, problems)
        if note is not None and (note.units or note.deadline_text):
            note.start, note.end = a, b
            out.append(note)
        pos = b
    return out


def _after_space(nt: NText) -> list[int]:
    """The positions of ``nt.norm`` that follow a space of the page (a space, a tab or an
    ideographic space ends the run before them), in order."""
    return [n for n, o in nt.run_starts() if o > 0 and nt.orig[o - 1] in " \t\u3000"]


def _next_item(s: str, after_space: list[int], a: int, end: int) -> int:
    """Where the next item's number, after a space of the page, starts in ``s[a:end]``
    (``end`` when none does). Only the places after a space are tried: trying every number
    of a long line for every label in it was quadratic."""
    for p in after_space[bisect_left(after_space, a):bisect_left(after_space, end)]:
        if NEXT_ITEM.pattern.match(s, p, end):
            return p
    return end


# Characters that end a unit's name: a bracket right after one is an alias or a part of
# the name ("市政府督办室（目标办）"), not a note.
_NAME_ENDS = frozenset("局委办室厅府会部队院所站中心处科组社司行")

# A unit closing a target names its level or its place first ("（市教育局）", "（剑阁县政府）");
# a bracket explaining a thing does not ("服务综合体（社区服务中心）").
LEVEL_OPEN = rule(
    "bare_note_opens_with_level",
    r"^(?:[省市县区州镇乡各]|[\u4e00-\u9fff]{1,3}[省市县州旗乡镇])",
    "unit",
    [("市扶贫开发办、市以工代赈办", ["市"]), ("剑阁县政府", ["剑阁县"]), ("甲乡政府", ["甲乡"]),
     ("社区服务中心", []), ("目标办", [])],
    doc="The first unit of a bare bracket closing a target names its level or place.",
)


def _bare(nt: NText, s: str, start: int, end: int) -> Note | None:
    """A note with no labels: "（X牵头，Y配合）", "（X负责，2022年6月底前完成）", "（X、Y）"."""
    (a, b), due = split_due_tail(s, start + 1, end - 1)
    units = s[a:b].replace("\n", "")
    if not units:
        return None
    if has_role_word(units) and unit_list_text(units):
        pass
    elif (_after_sentence(s, start) or due or _closes_sentence(s, start, end)) \
            and unit_list_text(units) and len(units) >= (2 if due else 3):
        pass
    else:
        return None
    note = Note(start, end, span=(a, b))
    if due is not None:
        _set_due(nt, note, *due)
    return note


def _set_due(nt: NText, note: Note, a: int, b: int) -> None:
    note.deadline_text = nt.norm[a:b].replace("\n", "")
    note.deadline_display = nt.orig_slice(a, b).replace("\n", "").strip()


def _label_lines(nt: NText, problems) -> list[Note]:
    """Notes written as lines of their own: "牵头单位：X；配合单位：Y" / "完成时限：…"."""
    s = nt.norm
    out = []
    pos = 0
    current = None
    for line in s.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if _LABEL.match(line):
            if current is not None and current[1] + 1 == a:
                current = (current[0], b)
            else:
                if current is not None:
                    out.append(current)
                current = (a, b)
        elif current is not None:
            out.append(current)
            current = None
    if current is not None:
        out.append(current)
    notes = []
    for a, b in out:
        note = _labelled(nt, a, b, problems)
        if note is not None:
            note.start, note.end = a, b
            notes.append(note)
    return notes


def _closes_sentence(s: str, start: int, end: int) -> bool:
    """Does the bracket ``s[start:end]`` close its sentence, after a target rather than
    after a unit's name ("…扶贫新村（市扶贫开发办）。", not "报送市督办室（目标办）。")?"""
    return s[end:end + 1] in ("。", ";") and start > 0 and s[start - 1] not in _NAME_ENDS \
        and LEVEL_OPEN.pattern.match(s[start + 1:start + 8]) is not None


def _after_sentence(s: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and s[j] == "\n":
        j -= 1
    return j < 0 or s[j] in "。;!?"


def _labelled(nt: NText, start: int, end: int, problems) -> Note | None:
    s = nt.norm
    note = Note(start, end)
    labels = list(_LABEL.finditer(s, start, end))
    if not labels:
        return None
    lead_in = s[start:labels[0].start()].strip("\n;,、 ")
    if lead_in:
        # "（X负责；完成时限：…）": units before the first label.
        if not unit_list_text(lead_in):
            return None
        cut = start + len(s[start:labels[0].start()].rstrip("\n;,、 "))
        note.units.extend(parse_unit_list(nt, start, cut, problems=problems))
    leads: list[str] = []  # the unit labels read so far
    for k, lab in enumerate(labels):
        v_start = lab.end()
        v_end = labels[k + 1].start() if k + 1 < len(labels) else end
        other = _OTHER_FIELD.search(s, v_start, v_end)  # "X；适用范围：Y", "X任务目标：Y" end X
        v_end = v_start + len(s[v_start:other.start() if other else v_end].rstrip(";,、。\n("))
        name = lab.group(1)
        if name in _TIME_LABELS:
            _set_due(nt, note, v_start, v_end)
        elif name in _PERSON_LABELS:
            continue
        else:
            # "责任单位：X、Y，2022年10月底前完成": a time limit after the list.
            (v_start, v_end), due = split_due_tail(s, v_start, v_end)
            if due is not None and note.deadline_text is None:
                _set_due(nt, note, *due)
            role = _LABEL_ROLE.get(name, "responsible")
            if role == "lead" and any(n != name and _LABEL_ROLE.get(n) == "lead" for n in leads):
                role = "responsible"  # "牵头单位：X；主办单位：Y": under a named lead, Y carries the work out
            leads.append(name)
            note.units.extend(parse_unit_list(nt, v_start, v_end, role, problems))
    return note
