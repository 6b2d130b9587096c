"""A line or sentence naming the lead of the items before it: "上述项目由区商务委牵头负责。"

A list of projects (实事项目, 重点工作) may name its units once, closing each group: on a
line of its own (the headed-group stage makes each item before it that unit's task) or as
the sentence right after a dated duty in its paragraph (the implicit stage gives the duty
those units when it names no subject of its own). The sentence may also share the work out
piece by piece: "…。A由X负责；B由Y、Z负责；C分别由W负责。" names every doer of the duty.
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import NText
from tracker.extract.rules import rule
from tracker.extract.units import parse_unit_list, unit_list_text

# The role a group's unit takes from the word after it ("X牵头的工作", "由X负责").
ROLE_OF_WORD = {"牵头": "lead", "牵头负责": "lead", "主办": "lead", "负责": "responsible", "承办": "responsible"}

# A line closing a run of items with their lead (and partners): "上述项目由区商务委牵头负责。",
# "上述工作由县发改局牵头，县财政局配合。"
_SUPPORT_WORD = alternation(w for w, role in lexicon().role_of.items() if role == "support")
CLOSING_LEAD = rule(
    "closing_lead",
    r"^(?:上述|以上)各?(?:\d{1,2}|[一二三四五六七八九十]{1,3})?[项个件]?(?:项目|工作|任务|事项|措施|实事)?均?由"
    r"(?P<units>[^,;:。()]{2,40}?)(?P<role>牵头负责|牵头|主办|负责|承办)(?:组织实施|落实|实施)?"
    r"(?:,(?P<support>[^,;:。()]{2,40}?)" + _SUPPORT_WORD + r")?[。;]?$",
    "group_lead",
    [("上述项目由区商务委牵头负责。", ["上述项目由区商务委牵头负责。"]),
     ("以上工作由县教育局负责", ["以上工作由县教育局负责"]),
     ("上述2项任务由市民政局牵头负责。", ["上述2项任务由市民政局牵头负责。"]),
     ("上述工作由县发改局牵头，县财政局配合。", ["上述工作由县发改局牵头,县财政局配合。"]),
     ("上述项目由张副区长负责。", []),
     ("以上工作由某某同志牵头，全体人员参与。", []),  # a person leading: no convention
     ("上述项目要在年底前完成。", [])],
    value=lambda m: (m.group("units"), ROLE_OF_WORD[m.group("role")], m.group("support")),
    when=lambda m: unit_list_text(m.group("units")) and (m.group("support") is None
                                                         or unit_list_text(m.group("support"))),
)


# A line closing a run of items with the label of their units: "4项目标的责任单位均为市发改委。",
# "该目标责任单位为市财政局。", "上述任务的牵头单位为县教育局。" (the count, when given, says how
# many items before the line it closes; 该/此 closes the one item before it).
_CLOSING_LABELS = alternation(sorted(lexicon().unit_labels, key=len, reverse=True))
CLOSING_LABEL = rule(
    "closing_label",
    r"^(?:(?:上述|以上)各?|(?P<one>该|此)|(?=[\d一二三四五六七八九十]{1,3}[项个件]))(?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})?"
    r"[项个件]?(?:目标|指标|项目|工作|任务|事项|措施|实事)?的?(?P<label>" + _CLOSING_LABELS + r")均?为"
    r"(?P<units>[^,;:。()为]{2,60}?(?:\([^()]{1,12}\)[^,;:。()为]{0,20}?)*)[。;]?$",
    "group_lead",
    [("4项目标的责任单位均为市发改委。", ["4项目标的责任单位均为市发改委。"]),
     ("该目标责任单位为市财政局。", ["该目标责任单位为市财政局。"]),
     ("上述任务的牵头单位为县教育局、县财政局。", ["上述任务的牵头单位为县教育局、县财政局。"]),
     ("责任单位为市商务局。", []),  # no closing word: an item's own note
     ("该项目的建设单位为县城投公司。", []), ("以上2项目标的责任人为张某。", [])],
    value=lambda m: (m.group("units"), lexicon().unit_labels[m.group("label")],
                     1 if m.group("one") else m.group("count")),
    when=lambda m: unit_list_text(m.group("units")),
)


# A line of its own right after an item, naming who carries it out: "各省辖市、县（市）政府负责落实。"
UNITS_LINE = rule(
    "units_line",
    r"^(?P<units>[^,;:。()]{2,60}?(?:\([^()]{1,12}\)[^,;:。()]{0,20}?)*)(?P<role>牵头负责|负责落实|负责)[。;]?$",
    "item_units",
    [("各省辖市、县（市）政府负责落实。", ["各省辖市、县(市)政府负责落实。"]),
     ("省地震局和各省辖市政府负责落实。", ["省地震局和各省辖市政府负责落实。"]),
     ("全省各级政府要高度重视，认真负责。", []), ("由张副省长负责。", [])],
    value=lambda m: (m.group("units"), ROLE_OF_WORD.get(m.group("role"), "responsible")),
    when=lambda m: unit_list_text(m.group("units")),
)


# A sentence naming only who carries out the duty just stated: "由市城管局负责。", "由县发改局牵头，县
#财政局配合。" It is the duty's role note, not a duty of its own, though it has a subject.
ROLE_ONLY = rule(
    "role_only",
    r"^由(?P<units>[^,;:。()由]{2,40}?)(?:牵头负责|牵头|负责|承办|主办)(?:组织实施|落实|实施)?"
    r"(?:,[^,;:。()]{2,40}?" + _SUPPORT_WORD + r")?[。;]?$",
    "item_units",
    [("由市城管局负责。", ["由市城管局负责。"]), ("由县发改局牵头，县财政局配合。", ["由县发改局牵头,县财政局配合。"]),
     ("由各区政府负责落实", ["由各区政府负责落实"]),
     ("由市城管局负责，于6月底前完成验收。", []), ("由张副市长负责。", [])],
    when=lambda m: unit_list_text(m.group("units")),
)


# One piece of work and its doers: "建筑工地由市建设局负责", "河道分别由X、Y负责".
SHARE_CLAUSE = rule(
    "share_clause",
    r"(?:[^,;:。()\n由]|\([^()\n]{0,40}\)){1,40}?(?:按照?权限)?(?:分别)?由(?P<units>[^,;:。()\n由]{2,40}?)"
    r"(?:具体|分别)?负责",
    "item_units",
    [("建筑工地由市建设局负责", ["建筑工地由市建设局负责"]),
     ("河道和排水管网分别由市水务集团公司、市水务局负责", ["河道和排水管网分别由市水务集团公司、市水务局负责"]),
     ("区属公共场所(包括广场、绿地)由各区政府负责", ["区属公共场所(包括广场、绿地)由各区政府负责"]),
     ("该项工作由谁主管由谁负责", [])],
    when=lambda m: unit_list_text(m.group("units")),
)


def _shared_units(nt: NText, a: int, b: int, problems=None) -> list[ExtractedUnit]:
    """The units of ``nt.norm[a:b]`` when the sentence is two or more share clauses set
    apart by semicolons (every unit responsible for its piece), else []."""
    s = nt.norm
    units: list[ExtractedUnit] = []
    c, named = a, 0
    for d in [i for i in range(a, b) if s[i] == ";"] + [b]:
        m = SHARE_CLAUSE.pattern.fullmatch(s, c, d)
        if m is None:
            return []
        c = d + 1
        if not unit_list_text(m.group("units")):
            continue  # a doer the name reader does not know: the sentence's form still holds
        named += 1
        units += [u for u in parse_unit_list(nt, m.start("units"), m.end("units"), "responsible", problems)
                  if all(u.name != v.name for v in units)]
    return units if named >= 2 else []


def closing_units(nt: NText, b: int, problems=None) -> list[ExtractedUnit]:
    """The units of the sentence right after ``b`` when it closes the items before it
    ("…。上述项目由X牵头负责。", or a line of its own "X负责落实。" after the item's
    paragraph), or none (no such sentence, or it names a person)."""
    s = nt.norm
    line = b + len(s[b:b + 4]) - len(s[b:b + 4].lstrip())
    if line > b and "\n" in s[b:line] and not s.startswith(("上述", "以上"), line):
        end = s.find("\n", line)
        end = len(s) if end < 0 else end
        found = UNITS_LINE.spans(s[line:end]) if end - line <= 80 else []
        if found:
            names, role = found[0].value
            return parse_unit_list(nt, line, line + len(names), role, problems)
        return []
    if not s.startswith(("上述", "以上"), b):
        end = min((k for k in (s.find("。", b), s.find("\n", b)) if k >= 0), default=len(s))
        return _shared_units(nt, b, end, problems) if s.find("负责;", b, end) >= 0 else []
    end = min((k for k in (s.find("。", b) + 1, s.find("\n", b)) if k > 0), default=len(s))
    found = CLOSING_LEAD.spans(s[b:end])
    if not found:
        return []
    names, role, partners = found[0].value
    lead_a = s.index(names, b, end)
    units = parse_unit_list(nt, lead_a, lead_a + len(names), role, problems)
    if partners:
        part_a = s.index(partners, lead_a + len(names), end)
        units += parse_unit_list(nt, part_a, part_a + len(partners), "support", problems)
    return units


# A clause giving units their role by naming the role's label after 为: "各区政府为责任单位",
# "市城管办、市工商局为协办单位", "X为市内公路的责任单位" (the label may carry what it covers).
_LABELS = lexicon().unit_labels
ROLE_COPULA = rule(
    "role_copula",
    r"^(?P<units>[^,;:。()为]{2,60}?(?:\([^()]{1,12}\)[^,;:。()为]{0,20}?)*)为(?:[^,;:。()为]{1,20}?的?)?"
    r"(?P<label>" + alternation(sorted(_LABELS, key=len, reverse=True)) + r")$",
    "role_units",
    [("各区政府为责任单位", ["各区政府为责任单位"]), ("市城管办、市工商局为协办单位", ["市城管办、市工商局为协办单位"]),
     ("市公路局为市内公路的责任单位", ["市公路局为市内公路的责任单位"]),
     ("以县为单位", []), ("本项目为市重点项目", []), ("张某为责任人", []), ("以上工作,各街道为责任单位", [])],
    value=lambda m: (m.span("units"), _LABELS[m.group("label")]),
)
_SENTENCE = re.compile(r"[^。]+")
_CLAUSE = re.compile(r"[^,;]+")


def _role_clause(clause: str):
    """((start, end) of the units, role) of a clause "X为<role label>" or "<part>由X负责"
    (share_clause, responsible), else None."""
    spans = ROLE_COPULA.spans(clause)
    if spans:
        return spans[0].value
    m = SHARE_CLAUSE.pattern.fullmatch(clause)
    return (m.span("units"), "responsible") if m else None


def role_sentence_units(nt: NText, a: int, b: int, problems=None) -> list[ExtractedUnit]:
    """The units of the first sentence of ``norm[a:b]`` made only of clauses "X为<role label>"
    ("各区政府为责任单位，市城管办为协办单位。" closing an item), each with that label's role,
    or of clauses "<part of the work>由X负责" ("工地由市建设局负责；河道由市水务局负责。": each
    responsible); a clause whose units read as no list adds none; [] when there is no such sentence."""
    s = nt.norm
    for sentence in _SENTENCE.finditer(s, a, b):
        if "为" not in sentence.group() and "负责" not in sentence.group():
            continue
        found = [(c.start(), _role_clause(c.group())) for c in _CLAUSE.finditer(s, sentence.start(), sentence.end())]
        if not all(found_ for _, found_ in found):
            continue
        units: list[ExtractedUnit] = []
        for at, ((ua, ub), role) in found:
            if unit_list_text(s[at + ua:at + ub]):
                units += [u for u in parse_unit_list(nt, at + ua, at + ub, role, problems)
                          if all(u.name != v.name for v in units)]
        if units:
            return units
    return []
