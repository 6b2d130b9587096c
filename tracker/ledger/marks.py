"""Each task's units with their roles and whether each is done, packed into one string
(``MARKS``) that lists read in one column, and its readings: ``UnitMark`` records and
``✓市科技局(牵头)、○市财政局(配合)`` texts."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.ledger.tasks import NO_UNIT


@dataclass(slots=True)
class UnitMark:
    """A unit named on a task, in its role, and whether its cells are all done."""

    unit_id: int
    name: str
    role: str
    done: bool


# Each task's units as one string, built in SQL: per unit "<done><role>:<unit id>"
# joined by U+001E, in role order then the document's order. A unit is done when it has
# no open cell (a collective: none of its members has one). A task without units gives
# '' when its own cell is open, else '~'. ``refresh_summary`` stores it in
# ``tasks.marks`` with the other summary columns on every change, so a list reads one
# column; ``MARKS`` falls back to computing it for a row stored before that column.
_ROLE_RANK = "CASE a.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END"
MARKS_SQL = (
    "(SELECT COALESCE(group_concat(m, char(30)), CASE WHEN EXISTS (SELECT 1 FROM cells c WHERE "
    f"c.task_id=t.id AND c.unit_id={NO_UNIT} AND c.done=0) THEN '' ELSE '~' END) FROM (SELECT "
    "(CASE WHEN EXISTS (SELECT 1 FROM cells c WHERE c.task_id=a.task_id AND c.unit_id=a.unit_id AND c.done=0) "
    "OR EXISTS (SELECT 1 FROM unit_members um CROSS JOIN cells c ON c.task_id=a.task_id "
    "AND c.unit_id=um.member_id WHERE um.collective_id=a.unit_id AND c.done=0) "
    "THEN '0' ELSE '1' END) || a.role || ':' || a.unit_id AS m "
    f"FROM assignments a WHERE a.task_id=t.id ORDER BY {_ROLE_RANK}, a.seq))"
)
MARKS = f"COALESCE(t.marks, {MARKS_SQL})"


def _items(packed: str | None):
    if packed and packed != "~":
        for item in packed.split("\x1e"):
            role, uid = item[1:].split(":")
            yield item[0] == "1", role, int(uid)


def unpack_marks(packed: str | None, names: dict[int, str]) -> list[UnitMark]:
    """The UnitMarks of one task from its ``MARKS`` string (``names``: unit id → name)."""
    return [UnitMark(uid, names.get(uid, ""), role, done) for done, role, uid in _items(packed)]


def marks_text(packed: str | None, names: dict[int, str]) -> str:
    """``✓市科技局(牵头)、○市财政局(配合)`` from a ``MARKS`` string."""
    return "、".join(("✓" if done else "○") + names.get(uid, "")
                    + ("(牵头)" if role == "lead" else "(配合)" if role == "support" else "")
                    for done, role, uid in _items(packed)) or "（未指定单位）"


class MarkPieces(dict):
    """The text of each unit mark (an item of a ``MARKS`` string), made once by ``make``
    the first time it is met: a list of a million tasks has only a few hundred."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, item: str) -> str:
        text = self[item] = self._make(item)
        return text


def marks_texts(names: dict[int, str]):
    """``marks_text`` for many rows: a function of the ``MARKS`` string alone."""
    def piece(item: str) -> str:
        role, uid = item[1:].split(":")
        return (("✓" if item[0] == "1" else "○") + names.get(int(uid), "")
                + ("(牵头)" if role == "lead" else "(配合)" if role == "support" else ""))

    pieces = MarkPieces(piece)

    def text(packed: str | None) -> str:
        if not packed or packed == "~":
            return "（未指定单位）"
        return "、".join([pieces[item] for item in packed.split("\x1e")])
    return text
