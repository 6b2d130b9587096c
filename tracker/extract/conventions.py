"""Conventions a document states once and applies to the items after it.

A task-division plan may say once how to read its unit lists: "（列第一位者为工作牵头单位或
汇总单位，下同）", "（除标注“分别牵头”外，列第一位的为牵头单位，下同）". From then on the first
unit of a list that gives no roles of its own leads and the others are responsible.
"""

from __future__ import annotations

from tracker.extract.model import ExtractedTask
from tracker.extract.rules import rule

FIRST_LISTED_LEADS = rule(
    "first_listed_leads",
    r"(?:除[^()]{0,20}外,?)?列?(?:第一位|首位|第一)(?:的|者)?(?:单位|部门)?(?:为|是)(?:工作)?牵头"
    r"(?:单位|部门)?(?:或汇总单位|或汇总部门)?(?:,?下同)?",
    "convention",
    [("市经信局、市财政局(列第一位者为工作牵头单位或汇总单位，下同)", ["列第一位者为工作牵头单位或汇总单位,下同"]),
     ("（除标注“分别牵头”外，列第一位的为牵头单位，下同）", ["除标注“分别牵头”外,列第一位的为牵头单位,下同"]),
     ("列第一位的为牵头部门", ["列第一位的为牵头部门"]),
     ("市发改委牵头，市财政局配合", [])],
)


def first_listed_leads(text_norm: str, tasks: list[ExtractedTask]) -> None:
    """When the text states that the first unit listed leads, make it so in every list of
    two or more units that names no role of its own (all read as responsible)."""
    if "第一" not in text_norm and "首位" not in text_norm:
        return
    if FIRST_LISTED_LEADS.pattern.search(text_norm) is None:
        return
    for t in tasks:
        if t.kind in ("annotated", "table") and len(t.units) >= 2 \
                and all(u.role == "responsible" for u in t.units):
            t.units[0].role = "lead"
