"""Responsibility notes: the bracket that closes a task passage and names its units.

Forms recognised (on normalized text, so full/half-width brackets and colons are one):
（责任单位：X、Y；完成时限：2018年12月底前）, （牵头单位：X；配合单位：Y）,
（X负责）, （X牵头，Y配合）, （X、Y分别实施）, （X牵头，Y按职责分工负责）, and a bare
list of units right after a full stop (（X、Y）). A note cut by a page break has been
joined back by the paragraph joiner before this runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import NText
from tracker.extract.units import has_role_word, parse_unit_list, unit_list_text

# A bracket with at most one level of nested brackets inside (各县（市、区）政府).
_BRACKET = re.compile(r"\((?:[^()\n]|\([^()\n]{0,20}\)|\n){2,400}?\)")
_LABEL = re.compile(
    r"(责任单位|牵头单位|配合单位|协办单位|参与单位|主办单位|承办单位|实施单位|责任部门|牵头部门|"
    r"配合部门|参与部门|责任主体|责任领导|牵头领导|分管领导|完成时限|完成时间|时间节点|时限要求|"
    r"完成期限|进度安排|时限)[:：]"
)
_LABEL_ROLE = {
    "牵头单位": "lead", "牵头部门": "lead", "主办单位": "lead",
    "配合单位": "support", "协办单位": "support", "参与单位": "support",
    "配合部门": "support", "参与部门": "support",
}
_TIME_LABELS = {"完成时限", "完成时间", "时间节点", "时限要求", "完成期限", "进度安排", "时限"}
_PERSON_LABELS = {"责任领导", "牵头领导", "分管领导"}


@dataclass
class Note:
    """A responsibility note found at ``start:end`` of the normalized text."""

    start: int
    end: int
    units: list[ExtractedUnit] = field(default_factory=list)
    deadline_text: str | None = None       # normalized deadline phrase, for parsing
    deadline_display: str | None = None    # the same phrase as written
    span: tuple[int, int] | None = None    # unit list still to parse (done lazily)

    def resolve_units(self, nt: NText, problems: list[str] | None) -> list[ExtractedUnit]:
        """The note's units; a bare unit list is parsed on first use only."""
        if self.span is not None:
            self.units = parse_unit_list(nt, self.span[0], self.span[1], problems=problems)
            self.span = None
        return self.units


def find_notes(nt: NText, problems: list[str] | None = None) -> list[Note]:
    """Every responsibility note in ``nt``, in order."""
    s = nt.norm
    notes = []
    for m in _BRACKET.finditer(s):
        inner_start, inner_end = m.start() + 1, m.end() - 1
        inner = s[inner_start:inner_end].replace("\n", "")
        note = None
        if _LABEL.search(inner):
            note = _labelled(nt, inner_start, inner_end, problems)
        elif has_role_word(inner) and unit_list_text(inner):
            note = Note(m.start(), m.end(), span=(inner_start, inner_end))
        elif _after_sentence(s, m.start()) and unit_list_text(inner) and len(inner) >= 3:
            note = Note(m.start(), m.end(), span=(inner_start, inner_end))
        if note is not None:
            note.start, note.end = m.start(), m.end()
            notes.append(note)
    notes.extend(_label_lines(nt, problems))
    notes.sort(key=lambda n: n.start)
    return notes


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
    for k, lab in enumerate(labels):
        v_start = lab.end()
        v_end = labels[k + 1].start() if k + 1 < len(labels) else end
        while v_end > v_start and s[v_end - 1] in ";,、。\n":
            v_end -= 1
        name = lab.group(1)
        if name in _TIME_LABELS:
            note.deadline_text = s[v_start:v_end].replace("\n", "")
            note.deadline_display = nt.orig_slice(v_start, v_end).replace("\n", "").strip()
        elif name in _PERSON_LABELS:
            continue
        else:
            role = _LABEL_ROLE.get(name, "responsible")
            note.units.extend(parse_unit_list(nt, v_start, v_end, role, problems))
    return note
