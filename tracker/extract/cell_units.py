"""A table's unit cell read as a list: a space between two names separates two units
("局基教科 区属相关小学"), a space inside one name is the wrap of a narrow column
("区属各相关 小学": the part before the space names no unit, the two parts together do)."""

from __future__ import annotations

import re

from tracker.extract.normalize import norm
from tracker.extract.units import unit_list_text

_INNER_WS = re.compile(r"(?<=\S)\s+(?=\S)")


def spaced_units(cell: str) -> str:
    """``cell`` with each space between two units written as 、 and each wrap space inside a
    unit's name dropped."""
    parts = _INNER_WS.split(cell.strip())
    out = [parts[0]]
    for part in parts[1:]:
        head = norm(out[-1])
        if not unit_list_text(head) and unit_list_text(head + norm(part)):
            out[-1] += part  # "区属各相关" + "小学": one name wrapped by its column
        else:
            out.append(part)
    return "、".join(out)
