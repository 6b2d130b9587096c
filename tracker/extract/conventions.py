"""Conventions a document states once and applies to the items after it.

A task-division plan may say once how to read its unit lists: "（列第一位者为工作牵头单位或
汇总单位，下同）", "（除标注“分别牵头”外，列第一位的为牵头单位，下同）". From then on the first
unit of a list that gives no roles of its own leads and the others are responsible.
"""

from __future__ import annotations

import re

from tracker.extract.model import ExtractedTask, ExtractedUnit
from tracker.extract.normalize import NText, norm
from tracker.extract.units import parse_unit_list
from tracker.extract.rules import found_near_anchor, rule

FIRST_LISTED_LEADS = rule(
    "first_listed_leads",
    r"(?:除[^()]{0,20}外,?)?(?:列|排)?在?(?:第一位|首位|第一)(?:的|者)?(?:单位|部门)?(?:为|是)(?:工作)?牵头"
    r"(?:单位|部门)?(?:或汇总单位|或汇总部门)?(?:,?下同)?",
    "convention",
    [("市经信局、市财政局(列第一位者为工作牵头单位或汇总单位，下同)", ["列第一位者为工作牵头单位或汇总单位,下同"]),
     ("（除标注“分别牵头”外，列第一位的为牵头单位，下同）", ["除标注“分别牵头”外,列第一位的为牵头单位,下同"]),
     ("列第一位的为牵头部门", ["列第一位的为牵头部门"]),
     ("（海关总署、财政部负责，排在第一位的部门为牵头部门，下同）", ["排在第一位的部门为牵头部门,下同"]),
     ("市发改委牵头，市财政局配合", [])],
)


def first_listed_leads(text_norm: str, tasks: list[ExtractedTask]) -> None:
    """When the text states that the first unit listed leads, make it so in every list of
    two or more units that names no role of its own (all read as responsible)."""
    # A match lies within 25 characters of its 第一 or 首位 on either side.
    if not found_near_anchor(FIRST_LISTED_LEADS.pattern, text_norm, ("第一", "首位"), 30, 60):
        return
    for t in tasks:
        if t.kind in ("annotated", "table") and (len(t.units) >= 2 or _more_than_named(text_norm, t.units)) \
                and all(u.role == "responsible" for u in t.units):
            t.units[0].role = "lead"


def lead_once(tasks: list[ExtractedTask]) -> None:
    """A unit named as the lead and again among the units answering for the same task
    ("牵头单位：X。责任单位：X、Y、Z。") is the lead once, not a second unit of another role."""
    for t in tasks:
        leads = {u.name for u in t.units if u.role == "lead"}
        if leads and len(leads) < len(t.units):
            t.units = [u for u in t.units if u.role == "lead" or u.name not in leads]


def _more_than_named(text_norm: str, units: list[ExtractedUnit]) -> bool:
    """One unit named before the other bodies it heads ("（X等有关部门和单位负责）"): the list
    has more units than it names, so the convention makes X the lead."""
    return len(units) == 1 and re.search(r"\(" + re.escape(norm(units[0].name)) + r"等(?:有关|相关)?(?:部门|单位)",
                                         text_norm) is not None


# "以下均需X落实，不再列出": a unit stated once as answering for every later noted passage
# (the closing clause of a note: "（A牵头，B参与，X负责落实。以下均需X落实，不再列出）").
UNITS_STATED_ONCE = rule(
    "units_stated_once",
    r"。?以下(?:各项)?(?:政策措施|任务|工作|措施)?均(?:(?:需|须|要|由|应)(?=.{2,40}?落实)|涉及)"
    r"(?P<units>[^,;。()\[\]]{2,20}?(?:\([^()]{1,6}\)[^,;。()\[\]]{0,10}?)?)(?:(?:负责)?落实)?"
    r"(?:[,;][^。()\[\]\n]{0,60}?)?,?不再(?:一一|单独)?列(?:出|举)",
    "convention",
    [("（省发展改革委牵头，各市人民政府负责落实。以下均需各市人民政府落实，不再列出）",
      ["。以下均需各市人民政府落实,不再列出"]),
     ("各县（市）区政府负责落实。以下均需各县（市）区政府落实，无相关职能的由市直部门负责，不再列出",
      ["。以下均需各县(市)区政府落实,无相关职能的由市直部门负责,不再列出"]),
     ("以下各项任务均由各乡镇负责落实，不再一一列出", ["以下各项任务均由各乡镇负责落实,不再一一列出"]),
     ("。以下政策措施均需各区人民政府落实，不再单独列出", ["。以下政策措施均需各区人民政府落实,不再单独列出"]),
     # "均涉及X，不再列出": X takes part in every later task
     ("（责任单位：自治区发展改革委，四市人民政府按职责分工负责，下同。以下各项任务均涉及四市人民政府，不再列出）",
      ["。以下各项任务均涉及四市人民政府,不再列出"]),
     ("以下简称试点城市", [])],
)


def stated_cut(s: str, start: int, end: int) -> int:
    """End of the note's own units in ``s[start:end]``: before a convention it states after
    them, if any ("（X、Y负责。列第一位者为牵头单位，下同）", "（…。以下均需X落实，不再列出）")."""
    if s.find("以下", start, end) >= 0:
        m = UNITS_STATED_ONCE.pattern.search(s, start, end)
        if m is not None:
            return m.start()
    if s.find("第一", start, end) >= 0 or s.find("首位", start, end) >= 0:
        m = FIRST_LISTED_LEADS.pattern.search(s, start, end)
        # "（X、Y负责，排在第一位的部门为牵头部门，下同）": after a stop or a comma.
        if m is not None and m.start() > start and s[m.start() - 1] in "。;,":
            return m.start() - 1
    return end


def carry_stated_units(nt: NText, notes: list, problems=None) -> list:
    """Add the unit a note states once ("以下均需X落实，不再列出") to every later note as
    responsible, unless the later note names it already. Returns ``notes``."""
    s = nt.norm
    if "不再" not in s:
        return notes
    for m in UNITS_STATED_ONCE.pattern.finditer(s):
        carried = parse_unit_list(nt, m.start("units"), m.end("units"), problems=problems)
        for note in notes:
            if note.start >= m.end():
                have = {u.name for u in note.resolve_units(nt, problems)}
                note.units.extend(ExtractedUnit(u.name, "responsible") for u in carried if u.name not in have)
    return notes
