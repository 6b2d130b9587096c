"""Kinds of body listed bare after a collective opened by 各: "各社区、村", "各学校、幼儿园",
"各乡镇、街道、场、库、区". The 各 goes over the bare kinds that follow it, so each names a
collective of its own (村 stands for 各村), written as the document writes it; a unit of
another kind in between ("各街道、相关委、办、局") closes its reach. Used by units.py when it
reads a list's names."""

from __future__ import annotations

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import rule

# A bare kind of the lexicon, perhaps with a remark in brackets ("幼儿园（含民办）").
KIND_UNDER_EACH = rule(
    "kind_under_each", r"^" + alternation(lexicon().kinds_under_each) + r"(?:\([^()]{1,8}\))?$", "unit",
    [("村", ["村"]), ("幼儿园（含民办）", ["幼儿园(含民办)"]), ("科室", ["科室"]),
     ("各部门", []), ("区统一收", []), ("畜牧", []), ("局", [])],
    doc="Read only on a piece of a unit list right after a collective opened by 各 (or after "
        "bare kinds that follow one): the 各 goes over it too (\"各社区、村要…\": 各社区 and 村).",
)

# The same kinds as a collective of their own: "各中队要…", "各工段于…前…", "各参赛班级填写…"
# (those of the kind that take part: the qualifier is no name of a body).
EACH_KIND = rule(
    "each_kind", r"^(?:各|每个)(?:参赛|参评|参展|有关|相关)?" + alternation(lexicon().kinds_under_each) + r"(?:\([^()]{1,8}\))?$",
    "unit",
    [("各中队", ["各中队"]), ("各参赛班级", ["各参赛班级"]), ("各有关科室", ["各有关科室"]), ("各站点", ["各站点"]),
     ("中队", []), ("各区统一收", []), ("各地", [])],
    doc="A kind of body of the lexicon after 各 names the collective of all bodies of that kind.",
)


def each_kind(name: str) -> bool:
    """Is ``name`` a bare kind of body after 各 ("各中队", "各参赛班级"): a collective?"""
    return bool(EACH_KIND.spans(name))


def under_each(name: str, each: bool) -> bool:
    """Is ``name``, a piece of a list read after a collective opened by 各 when ``each``, a
    bare kind of body that collective's 各 goes over?"""
    return each and bool(KIND_UNDER_EACH.spans(name))


def kinds_under_each(names: list[str], known: list[bool]) -> list[bool]:
    """``known`` (whether each of the list's ``names`` reads as a unit) with the bare kinds
    right after a known collective opened by 各 counted as units too."""
    out = list(known)
    each = False
    for k, name in enumerate(names):
        kind = under_each(name, each)
        each = name.startswith("各") and out[k] or kind  # "各乡镇、街道、场": 街道 is a kind too
        out[k] = out[k] or kind
    return out
