"""A collective named by its kind, with its members listed in brackets after it
("各部门（教务处、德育处、总务处等）", "三个片区牵头单位（县委办、政府办、…）"): the members are
the units, the kind before them only says what they are. A bracket that opens with 含 or 包括
("各单位（含派出机构、直属单位）") widens the collective instead: it stays one unit."""

from __future__ import annotations

import re

from tracker.extract.unit_names import looks_like_unit

# The kind, then the bracket of members (its closing bracket may be cut with the list's 等).
_LABELLED = re.compile(r"[^()]{1,24}?(?:单位|部门|处室|科室|机构)\((?!含|包括|包含|不含|下同)(?P<body>[^()]{4,200}?)等?\)?")
_MEMBER_SPLIT = re.compile(r"[^、]+")


def bracket_members(name: str) -> list[tuple[int, int]] | None:
    """Spans in ``name`` (normalized) of the members listed in brackets after a collective's
    kind, two or more that each read as a unit, or None when ``name`` is no such label."""
    if "(" not in name:
        return None
    m = _LABELLED.fullmatch(name)
    if m is None:
        return None
    spans = [(m.start("body") + p.start(), m.start("body") + p.end()) for p in _MEMBER_SPLIT.finditer(m.group("body"))]
    if len(spans) < 2 or not all(looks_like_unit(name[a:b]) for a, b in spans):
        return None
    return spans


def member_spans(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (names in ``s``) with each collective's label replaced by its members' spans."""
    out: list[tuple[int, int]] = []
    for c, d in spans:
        members = bracket_members(s[c:d]) if s.find("(", c, d) > 0 else None
        out += [(c + a, c + b) for a, b in members] if members else [(c, d)]
    return out
