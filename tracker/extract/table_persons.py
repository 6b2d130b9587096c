"""Unit columns that also name people ("牵头单位及主要负责人"): the people are left out."""

from __future__ import annotations

import re

from tracker.extract.unit_names import looks_like_unit

_PERSON_HEAD = re.compile(r"负责人|责任人|联系人")
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def names_persons(header_norm: str) -> bool:
    """Does a unit column's header name people too ("牵头单位及主要负责人")?"""
    return _PERSON_HEAD.search(header_norm) is not None


def drop_persons(cell: str) -> str:
    """A unit cell of a column that also names people, without the people: the names
    (two to four characters, no office) beside the units ("市民政局 某某某")."""
    pieces = [p for p in re.split(r"[\s、,，;；]+", cell.strip()) if p]
    kept = [p for p in pieces if not (_PERSON.match(p) and not looks_like_unit(p))]
    return "、".join(kept) if kept else cell
