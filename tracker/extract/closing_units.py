"""Units named once after a group of items: "上述项目由区商务委牵头负责。"

A list of projects (实事项目, 重点工作) may name its units in one line closing each group:
the items before it, up to the previous such line, are that unit's. An item that names
a subject of its own keeps it; this line serves the items that name none.
"""

from __future__ import annotations

from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import NText, norm
from tracker.extract.rules import rule
from tracker.extract.units import parse_unit_list, unit_list_text

GROUP_CLOSING = rule(
    "group_closing",
    r"(?:^|(?<=[。\n]))(?:上述|以上)(?:各项|各|\d+(?:个|项))?(?:项目|工作|任务|实事|事项)(?:均|统一)?由"
    r"(?P<units>[^,;。\n]{2,40}?(?:牵头|负责)[^;。\n]{0,20}?)(?:组织实施|落实|实施)?。",
    "units",
    [("新建停车场3处。项目具体实施进度为：第四季度完成。\n上述项目由区商务委牵头负责。",
      ["上述项目由区商务委牵头负责。"]),
     ("上述工作由县发改局牵头，县财政局配合。", ["上述工作由县发改局牵头,县财政局配合。"]),
     ("按照上述项目的要求，各镇负责落实。", [])],
)


def closing_units(nt: NText, b: int, problems=None) -> list[ExtractedUnit]:
    """The units of the group line closing the items that end at ``b`` (the first such
    line after them), or none (no such line, or it names a person)."""
    m = GROUP_CLOSING.pattern.search(nt.norm, b)
    if m is None:
        return []
    units = parse_unit_list(nt, m.start("units"), m.end("units"), problems=problems)
    # A person leading the work ("以上工作由某某同志牵头") names no office: the line is no convention.
    return units if units and all(unit_list_text(norm(u.name)) for u in units) else []
