"""A report catalogue's reporter cell (报表目录: 表号 / 表名 / 填报范围 / 报送单位 / 报送日期).

The 报送单位 cell often names no unit of its own: "同填报范围" (the units of the scope cell
report themselves) or "由乡镇卫生院代报" (one unit reports on behalf of those in scope).
The first reads as the row's scope cell, the second as the unit named inside it.
"""

from __future__ import annotations

import re

from tracker.extract.normalize import norm
from tracker.extract.rules import rule

SAME_SCOPE = rule(
    "same_scope_reporter",
    r"^同(?:填报|调查|统计|报送)?(?:范围|对象)$",
    "unit",
    [("同填报范围", ["同填报范围"]), ("同调查范围", ["同调查范围"]), ("同上", [])],
    doc="A reporter cell that points at the scope cell: its units report themselves.",
)
PROXY = rule(
    "proxy_reporter",
    r"^由(?P<unit>[^,，。;；]{2,30}?)(?:负责)?(?:代报|代填|代为填报|汇总上报|汇总报送|统一上报|统一报送)$",
    "unit",
    [("由乡镇卫生院代报", ["由乡镇卫生院代报"]), ("由县(市、区)卫生局代报", ["由县(市、区)卫生局代报"]),
     ("由县统计局汇总上报", ["由县统计局汇总上报"]), ("由各单位自行报送", [])],
    doc="A reporter cell naming the unit that reports on behalf of those in scope.",
)


def reporter_units(cell: str) -> str | None:
    """The unit text a normalized reporter cell stands for: "" for the scope cell's units
    ("同填报范围"), the unit named ("由乡镇卫生院代报" -> 乡镇卫生院), None for any other cell."""
    if SAME_SCOPE.pattern.match(cell):
        return ""
    m = PROXY.pattern.match(cell)
    return m.group("unit") if m else None


def resolve_reporters(cols: list, cells: dict[int, str]) -> dict[int, str]:
    """In one row (column index -> cell text), the unit cells that point at the scope column
    (they take that cell's text) or name a proxy reporter (they take the proxy's name)."""
    scope = next((j for j in sorted(cells) if "范围" in cols[j].name and cols[j].role == "other"), None)
    out = {}
    for j, value in cells.items():
        if cols[j].role not in ("lead", "support", "responsible"):
            continue
        found = reporter_units(norm(value))
        if found == "" and scope is not None:
            out[j] = cells[scope]
        elif found:
            out[j] = found
    return out


def reporters_in_row(header: list[str], row: list[str], unit_cells: dict[str, str]) -> dict[str, str]:
    """A pipe row's unit cells (role -> text) with "同填报范围" read as the row's scope cell
    (the header cell naming a 范围) and "由X代报" as X."""
    scope = next((k for k, h in enumerate(header) if "范围" in h and k < len(row)), None)
    out = dict(unit_cells)
    for role, value in unit_cells.items():
        found = reporter_units(norm(value)) if value else None
        if found == "" and scope is not None:
            out[role] = row[scope]
        elif found:
            out[role] = found
    return out


def receiving_office(cols: list) -> None:
    """Beside a reporter column (报送单位, 填报单位), a column naming the issuer's office in charge
    ("省卫生厅负责部门", "厅负责处室") names who receives the forms, not who reports: no unit column."""
    if not any(c.role == "responsible" and c.name.endswith(("报送单位", "填报单位", "上报单位")) for c in cols):
        return
    for c in cols:
        if c.role == "responsible" and re.match(r"^.{1,8}?负责(?:部门|处室|科室|单位)$", c.name):
            c.role = "other"
