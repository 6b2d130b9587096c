"""Role sentences with no brackets: an item that says in its own words who leads and who
helps ("1、X事宜\n由张副市长负责，市发改委牵头，相关部门配合，尽快完成…", "部门分工：
省发展改革委牵头，各地、各部门配合。"). The pair of clauses "X牵头，Y配合" is the item's
responsibility note: the item, to the end of its paragraph, is one task with X lead and Y
support. Only an undated item (a numbered paragraph, or the paragraph right after a
numbered heading line) is read this way; a bracketed note in the paragraph wins.
"""

from __future__ import annotations

import re

from tracker.deadlines import find_deadlines
from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import NText, numbering
from tracker.extract.rules import Rule, Span, rule
from tracker.extract.units import has_role_word, parse_unit_list, unit_list_text

ROLE_SENTENCE = rule(
    "role_sentence",
    r"(?:^|(?<=[,;:。\n]))由?(?P<lead>[^,;:。()\n由的]{2,30}?)牵头(?:负责)?[,、]"
    r"(?P<support>[^,;:。()\n]{2,40}?)(?:配合|协助|参与|协办)(?=$|[,;。\n])",
    "role_note",
    [("由张副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案", ["市发改委牵头,相关部门配合"]),
     ("部门分工:省发展改革委牵头,各地、各部门配合。", ["省发展改革委牵头,各地、各部门配合"]),
     ("加强部门协作,形成牵头抓总、各方配合的格局", []),
     ("(市教育局牵头,市财政局配合)", []),
     ("涉及多个部门的,原则上由责任部门中排序第一的单位牵头,其他部门配合", [])],
    when=lambda m: unit_list_text(m.group("lead")) and unit_list_text(m.group("support")),
)


def _role_sentences(s: str):
    """ROLE_SENTENCE's spans in ``s``, searched in the lines holding 牵头 only: a match
    never holds a line break, so the lines' matches are the whole text's."""
    pos = s.find("牵头")
    while pos >= 0:
        a = s.rfind("\n", 0, pos) + 1
        b = s.find("\n", pos)
        b = len(s) if b < 0 else b + 1  # the break itself, which the lookahead may read
        yield from ROLE_SENTENCE.spans(s, a, b)
        pos = s.find("牵头", b)


def role_sentence_notes(nt: NText, noted: list[tuple[int, int]]):
    """(paragraph end, units) of each item whose paragraph holds an unbracketed
    "X牵头，Y配合" pair and no note of its own (``noted``: spans of the notes found)."""
    s = nt.norm
    if "牵头" not in s:
        return []
    out = []
    for span in _role_sentences(s):
        a = s.rfind("\n", 0, span.start) + 1
        b = s.find("\n", span.end)
        b = len(s) if b < 0 else b
        if any(a <= x < b for x, _ in noted) or out and out[-1][0] == b:
            continue
        if find_deadlines(s[a:b], None):
            continue  # a dated item: its sentences, each with its own subject, are the implicit stage's
        before = s.rfind("\n", 0, max(0, a - 1)) + 1
        if not (numbering(s[a:a + 60]) or (a > 0 and numbering(s[before:before + 60]) and a - before <= 60)):
            continue
        m = ROLE_SENTENCE.pattern.match(s, span.start)
        units: list[ExtractedUnit] = parse_unit_list(nt, m.start("lead"), m.end("lead"), "lead")
        units += [u for u in parse_unit_list(nt, m.start("support"), m.end("support"), "support")
                  if all(u.name != v.name for v in units)]
        out.append((b, units))
    return out


def role_line_spans(nt: NText, noted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that are nothing but units and their role, right after a sentence: the cell
    of a table flattened one cell per line ("…及时宣传解读。\\n市发改委牵头落实"), the note of
    the paragraph before it. (start, end) of each such line with no note of its own."""
    s = nt.norm
    out = []
    pos = 0
    prev = ""
    for line in s.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        body = line.strip()
        # "省地震局和各省辖市政府负责落实。": the line may close with a stop of its own
        # ("上述项目由X牵头负责。" names the projects above: closing_units reads it).
        if 2 <= len(body) <= 80 and prev.endswith(("。", ";")) and has_role_word(body) \
                and not body.startswith(("上述", "以上")) \
                and unit_list_text(body.rstrip("。;")) and not any(a <= x < b for x, _ in noted):
            out.append((a, b))
        prev = body
    return out


# "…，由市民政局负责落实。" closing a numbered item (a 指挥部 order, a 分工 notice): the
# item's last clause names who carries it out. "由X会同Y（等部门）负责落实" makes X lead and
# Y support; "由X和Y负责落实" names units that are each responsible.
CLOSING_DUTY = rule(
    "closing_duty_clause",
    r"[,;]由(?P<units>[^,;:。()\n由]{2,40}?)(?:(?:会同|會同)(?P<support>[^,;:。()\n]{2,120}?))?"
    r"(?:等(?:有关|有關|相关|相關)?(?:部门|部門|单位|單位))?"
    r"(?:负责落实|負責落實|负责组织实施|負責組織實施|研究提出落实意见|研究提出落實意見)[。;]?(?=\n|$)",
    "role_note",
    [("3.在各渡口设置消毒点,由县交通运输局和各乡镇负责落实。", [",由县交通运输局和各乡镇负责落实。"]),
     ("(四)关于“推进林权抵押贷款”的问题,由林业局会同人民银行等部门负责落实。",
      [",由林业局会同人民银行等部门负责落实。"]),
     ("2.由县民政局负责落实困难群众救助,每月通报进展。", []),
     ("各乡镇要加强巡查,由谁负责落实由谁负责。", [])],
    when=lambda m: unit_list_text(m.group("units"))
    and (m.group("support") is None or unit_list_text(m.group("support"))),
)


def closing_duty_notes(nt: NText, noted: list[tuple[int, int]]) -> list[tuple[int, int, list[ExtractedUnit]]]:
    """(start, end, units) of each numbered item's closing "由X负责落实" clause, in items
    with no note of their own (``noted``: spans of the notes found)."""
    s = nt.norm
    out = []
    for span in CLOSING_DUTY.spans(s):
        a = s.rfind("\n", 0, span.start) + 1
        if not numbering(s[a:a + 60]) or any(a <= x <= span.end for x, _ in noted):
            continue
        m = CLOSING_DUTY.pattern.match(s, span.start)
        if m.group("support") is None:
            units = parse_unit_list(nt, m.start("units"), m.end("units"), "responsible")
        else:
            units = parse_unit_list(nt, m.start("units"), m.end("units"), "lead")
            units += [u for u in parse_unit_list(nt, m.start("support"), m.end("support"), "support")
                      if all(u.name != v.name for v in units)]
        if units:
            out.append((span.start + 1, span.end, units))
    return out


# "…。X为责任单位，Y、Z为协办单位。" closing a numbered item: each clause names units and,
# after 为, the kind of unit they are (a unit label of the lexicon: 责任单位, 牵头单位,
# 协办单位 …), which gives their role; "X为市内道路的责任单位" names the share X answers for.
_UNIT_LABEL = alternation(lexicon().unit_labels)
_NAMED_CLAUSE = (r"(?P<units%d>[^,;:。()\n为的]{2,40}?)为(?:[^,;:。()\n为]{1,16}?的?)??"
                 r"(?P<label%d>" + _UNIT_LABEL + ")")
NAMED_ROLE_SENTENCE = rule(
    "named_role_sentence",
    r"(?:(?<=[。;])|^)" + _NAMED_CLAUSE % (0, 0) + r"(?:,(?:" + _NAMED_CLAUSE % (1, 1) + r"))?"
    r"(?:,(?:" + _NAMED_CLAUSE % (2, 2) + r"))?[。;]?(?=\n|$)",
    "role_note",
    [("(3)年底前完成排查。各县政府为责任单位,市水利局、市农业局为协办单位。",
      ["各县政府为责任单位,市水利局、市农业局为协办单位。"]),
     ("2.开展清理。市交通局为国道沿线的责任单位,各镇政府为配合单位。",
      ["市交通局为国道沿线的责任单位,各镇政府为配合单位。"]),
     ("4.建立联席会议制度。市民政局为牵头单位。", ["市民政局为牵头单位。"]),
     ("(列第一位的为牵头单位,下同)", []),
     ("排名第一的责任单位为牵头单位,其他单位为参与单位。", [])],
    when=lambda m: all(unit_list_text(m.group(f"units{k}")) for k in range(3) if m.group(f"units{k}")),
    flags=re.MULTILINE,
)
_LABEL_ROLE = lexicon().unit_labels


def spans_in_lines(r: Rule, text: str, also: str = "") -> list[Span]:
    """``r.spans(text)`` for a rule whose every match lies inside one line (reading at most
    the line break after it): only the lines holding one of the strings every match holds
    (``Rule.needed``) are searched, so a whole text is not tried after each mark. ``also``:
    a string every match holds as well; a line without it is not tried (a plain find, where
    trying the rule after each mark of a noted line costs more)."""
    if r.needed is None:
        return r.spans(text)
    found: list[Span] = []
    m = r.needed.search(text)
    while m is not None:
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b + 1  # the break itself, which the lookahead may read
        if not also or text.find(also, a, b) >= 0:
            found += r.spans(text, a, b)
        m = r.needed.search(text, b)
    return found


def named_role_notes(nt: NText, noted: list[tuple[int, int]]) -> list[tuple[int, int, list[ExtractedUnit]]]:
    """(start, end, units) of each numbered item's closing "X为责任单位，Y为协办单位" sentence,
    in items with no note of their own (``noted``: spans of the notes found)."""
    s = nt.norm
    if "为" not in s:
        return []
    out = []
    for span in spans_in_lines(NAMED_ROLE_SENTENCE, s, "为"):  # (a match never holds a line break)
        a = s.rfind("\n", 0, span.start) + 1
        if not numbering(s[a:a + 60]) or any(a <= x <= span.end for x, _ in noted):
            continue
        m = NAMED_ROLE_SENTENCE.pattern.match(s, span.start)
        units: list[ExtractedUnit] = []
        for k in range(3):
            if m.group(f"units{k}") is None:
                continue
            role = _LABEL_ROLE[m.group(f"label{k}")]
            units += [u for u in parse_unit_list(nt, m.start(f"units{k}"), m.end(f"units{k}"), role)
                      if all(u.name != v.name for v in units)]
        if units:
            out.append((span.start, span.end, units))
    return out
