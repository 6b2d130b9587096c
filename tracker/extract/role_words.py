"""Role words after a unit in a list or note, and the role each gives.

The words come from the lexicon (``roles.json``): "X牵头负责，Y、Z组织落实" makes X the
lead and Y, Z responsible; "W按职责组织配合" makes W a support unit. A duty prefix
(按职责, 按照职责分工) may stand before any role word and leaves its role as it is.
会同 is kept here as a role word too: the unit list parser reads "X会同Y" as X leading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import required_literals, rule

_ROLE_OF = lexicon().role_of
_CLOSING = frozenset(lexicon().closing_roles)
# "按职责分工负责", "按照职责组织落实": the prefix says each unit acts within its remit.
_DUTY_PREFIX = re.compile(r"^按照?(?:各自)?职责(?:分工)?")

ROLE_WORD = rule(
    "role_word",
    "((?:" + _DUTY_PREFIX.pattern[1:] + ")?" + alternation([*(w for w in _ROLE_OF if w not in _CLOSING), "会同"])
    # "（X牵头，Y落实）", "（X指导，Y负责落实）": a closing word names who answers for the duty.
    + "|" + alternation(lexicon().closing_roles) + "(?=$|[,;)])"
    + ")(?!单位|部门|责任单位|责任部门)",  # "各牵头单位", "配合部门" are names
    "role",
    [("市住房城乡建设管理委牵头负责，各区政府组织落实", ["牵头负责", "组织落实"]),
     ("市民政局按职责组织配合", ["按职责组织配合"]),
     ("各部门按职责分工牵头负责、各区政府组织落实", ["按职责分工牵头负责", "组织落实"]),
     ("市经济信息化委、市财政局牵头负责、市教委按职责牵头负责", ["牵头负责", "按职责牵头负责"]),
     ("区规划资源局、区建设管理委支撑", ["支撑"]),
     ("生态环境部指导，试点城市政府负责落实", ["指导", "负责落实"]),
     ("市卫健委牵头，市财政局协同", ["牵头", "协同"]),
     # "（X牵头，Y、Z分工负责）": each answers for its share, responsible (分工 is no part of Z's name).
     ("市交通局牵头，各县区政府、市直有关部门分工负责", ["牵头", "分工负责"]),
     ("各牵头单位、配合部门", []),
     ("支持大型养老机构成立社区居家养老服务部", [])],
    value=lambda m: role_of(m.group(1)),
)
ROLE_WORDS = ROLE_WORD.pattern
# The words one of which every match holds (牵头, 配合, 落实 …): a text with none of them,
# found by one search with literal starts to jump to, has no role word.
_NEEDED = required_literals(ROLE_WORDS)
_ROLE_HINT = None if _NEEDED is None else re.compile(alternation(_NEEDED))


def may_hold_role_word(text: str) -> bool:
    """False when ``text`` cannot hold a role word (a cheap test before ``ROLE_WORDS``)."""
    return _ROLE_HINT is None or _ROLE_HINT.search(text) is not None


def role_of(word: str) -> str:
    """The role a matched role word gives ('responsible' for words of duty not listed)."""
    return _ROLE_OF.get(_DUTY_PREFIX.sub("", word), "responsible")


# A role written in brackets after one unit of a list: "市民政局（牵头）、市财政局（配合）".
BRACKET_ROLE = re.compile(
    r"\((牵头|主办|配合|协办|参与|协助|负责|责任|牵头单位|配合单位|责任单位)\)")


@lru_cache(maxsize=4096)
def has_role_word(text_norm: str) -> bool:
    """True when the text names a role (牵头, 配合, 负责, 分别实施 ...). (Kept per text: the
    subject, label and note stages ask about the same unit lists and clauses.)"""
    return (may_hold_role_word(text_norm) and ROLE_WORDS.search(text_norm) is not None) \
        or BRACKET_ROLE.search(text_norm) is not None
