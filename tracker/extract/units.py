"""Unit lists: how they split into names and which role each unit has (whether one
string reads as a name at all: ``unit_names.looks_like_unit``).

Works on normalized text (see ``normalize``) but returns names as the document writes
them: callers pass an ``NText`` and get original spellings back.

Lists split on 、，,；; and whitespace, and on 和/及/与/或 only where both sides are units
(市住房和城乡建设局 stays whole). Brackets protect their content (各县（市、区）政府 is
one collective unit). Role words after a group set its role: 牵头 -> lead, 配合/协办/
参与/参加 -> support, 负责/分别实施/按职责分工负责 -> responsible; "X会同Y" makes X the
lead and Y a support unit. A name ends in an office suffix or is a known collective;
a verb with its object ("建设…平台") is never one. Bare kinds of body after a collective
opened by 各 share its 各 ("各社区、村": 各社区 and 村; see ``unit_each``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.problems import Problem
from tracker.extract.lexicon import lexicon
from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import NText, norm
from tracker.extract.unit_levels import bare_place, may_name, join_field_lists, split_glued_kinds, join_level_lists as _join_level_lists, join_place_offices
from tracker.extract.role_words import BRACKET_ROLE as _BRACKET_ROLE, ROLE_WORDS as _ROLE_WORDS, has_role_word, role_of
from tracker.extract.unit_each import kinds_under_each, under_each
from tracker.extract.unit_members import member_spans
from tracker.extract.unit_names import broken_name_runs, looks_like_unit, name_start, township_name, without_tail

_NOT_NAMES = lexicon().not_names | frozenset(lexicon().role_of)  # "负责组织实施": the second role word is no name
_SEPARATORS = "、,，;；/ \n"
_DOUBLED = re.compile(r"^([市县区省])\1(?!场|政|容|民|长|区|属|直|级|域|委)")
# ("眉山等6市" counts the places named before it: no generic tail.)
_GENERIC_AFTER_DENG = re.compile(r"(?<![高中初])等(?![0-9一二三四五六七八九十]{1,3}个?(?:乡镇|街道|社区|县区|县市|市|县|区|乡|镇|村)(?:\([^()]*\))?$)[^、,;]{0,12}$")
_AFTER_DENG_CONJ = re.compile(r"以及|[和及与]")
# One field of work before 等 and the kind of body it names ("环境保护等部门", "财政等相关部门"): a collective.
_FIELD_KIND = re.compile(r"[\u4e00-\u9fff]{2,6}等(?:相关|有关)?(?:职能)?(?:部门|单位|机构)")
# A remark after a name ("市安委会有关成员单位（详见任务分工）", "（列第一位者为牵头单位，下同）"): no part of it.
# "各牵头单位（责任单位）": a column word in brackets says who stands in where there is no lead;
# "领导小组（成员单位：X、Y）": the body's members, listed to say who it is, not units of the list.
_REMARK = re.compile(r"\((?:详见|具体见|参见|见)[^()]{0,20}\)|\([^()]{0,24}(?:第一位|首位|下同|简称)[^()]{0,24}\)"
                     r"|(?<=单位)\((?:责任|牵头|配合)单位\)|\((?:成员单位|成员):[^()]*\)")
# "智库以及其他承担科研任务的单位"; "各县政府及其水利部门": 及其 ("and its") joins the
# office to its own branch, whose name holds no 其 (及其他 is "and other").
_CONJ = re.compile(r"以及|及其(?![他它])|[和及与或]")
# No unit's name: a cited title ("《…实施意见》"), a sentence run on ("下同。以下…"), a remark alone ("(含菜场)").
# A table header's measure in brackets ("达标小区累计（个）", "农村标准（元/月）") names a figure, not a unit.
_NEVER_NAME = re.compile(r"[《》。:]|不再|^\([^()]*\)$"
                         r"|\((?:个|人|户|家|所|座|处|条|项|套|辆|台|元|万元|亿元|%|平方米|公里|千米|米|吨|亩|[^()]*/[^()]*)\)$")
_WS_RUN = re.compile(r"\s+")
# A spaced piece naming a body of its own ("市发改委 五县五区政府"), not a section of its office ("市教育局 基础教育科").
_WHOLE_BODY = ("政府", "管委会", "委员会", "办事处", "党委")
_LATIN_SPACE = re.compile(r"[A-Za-z] [A-Za-z]")
_NOT_SEPARATOR_RUNS = re.compile("[^" + re.escape(_SEPARATORS) + "]+")
_BRACKET_CHARS = re.compile(r"[()\[\]]")


def _top_level_splits(s: str) -> list[tuple[int, int]]:
    """Spans of ``s`` between separators that are not inside brackets (a name broken
    over lines is one span)."""
    if _BRACKET_CHARS.search(s) is None:
        # No bracket (most lists): the runs between separators, found by one pattern.
        spans = [m.span() for m in _NOT_SEPARATOR_RUNS.finditer(s)]
        if len(spans) > 1 and ("各" in s or "政府" in s or "相关" in s or "有关" in s or "级" in s or "其他" in s or "每个" in s):
            spans = _join_level_lists(s, spans)
        spans = join_field_lists(s, join_place_offices(s, spans)) if len(spans) > 1 and "、" in s else spans
        return _join_broken_lines(s, spans) if "\n" in s else spans
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(s):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _SEPARATORS:
            if i > start:
                spans.append((start, i))
            start = i + 1
    if len(s) > start:
        spans.append((start, len(s)))
    if len(spans) > 1 and ("各" in s or "政府" in s or "相关" in s or "有关" in s or "级" in s or "其他" in s or "每个" in s):
        spans = _join_level_lists(s, spans)
    spans = join_field_lists(s, join_place_offices(s, spans)) if len(spans) > 1 and "、" in s else spans
    return _join_broken_lines(s, spans) if "\n" in s else spans


def _join_broken_lines(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the pieces of a name broken over lines joined (see ``broken_name_runs``)."""
    pieces = [s[a:b] if k + 1 == len(spans) or s[b] == "\n" and spans[k + 1][0] == b + 1 else s[a:b] + "\t"
              for k, (a, b) in enumerate(spans)]
    return [(spans[i][0], spans[j - 1][1]) for i, j in broken_name_runs(pieces)]


# An organ named without its place ("政府" in "各级党委和政府") or a bare kind of body
# ("单位" in "各有关部门和单位"): it shares the left half's qualifier, no unit of its own;
# "各部门和单位" names two plain collectives of a kind, each as written.
_BARE_ORGAN = re.compile(r"^(?:人民政府|政府|党委|党组|管委会|纪委|人大|政协|单位|部门|机构|机关|企业)$")
_PLAIN_KINDS = re.compile(r"各(?:部门|单位)(?:部门|单位|机构|企业)")
# A level named without its organ, before a half that ends in one ("各县（市）及相关区政府").
_BARE_LEVEL = re.compile(r"^各(?:有关|相关)?[省市县区乡镇](?:\([^()]*\))?$")
_ORGAN_END = re.compile(r"(?:人民政府|政府|党委)$")


def _split_conjunction(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split ``s[a:b]`` on 和/及/与/或 where both halves are units."""
    if _CONJ.search(s, a, b) is None:
        return [(a, b)]
    piece = s[a:b]
    for m in _CONJ.finditer(piece):
        left, right = piece[: m.start()], piece[m.end():]
        if _BARE_ORGAN.match(right) and not _PLAIN_KINDS.fullmatch(left + right) or (_BARE_LEVEL.match(left) and _ORGAN_END.search(right)):
            continue  # "各市州党委和政府", "各县（市）及相关区政府": one organ for both halves
        if (bare_place(left) or township_name(left)) and looks_like_unit(right):
            # "岳麓区和市直相关单位", "石桥乡和相关部门": a place named bare is a unit of its own
            return [(a, a + m.start())] + _split_conjunction(s, a + m.end(), b)
        if looks_like_unit(left) and (looks_like_unit(right) or _split_conjunction(right, 0, len(right)) != [(0, len(right))]):
            rest = _split_conjunction(s, a + m.end(), b)
            return [(a, a + m.start())] + rest
    return [(a, b)]


def _name_spans(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The names in the list piece ``s[a:b]``: split on 和/及/与, trimmed, a generic tail after 等 cut off ("X、Y等有关部门": X, Y) unless it is a
    collective of its own ("X、Y等市直各部门": 市直各部门 too)."""
    out = []
    for c, d in _split_conjunction(s, a, b):
        c, d = _trim(s, c, d)
        cut = _GENERIC_AFTER_DENG.search(s, c, d) if "等" in s[c:d] else None
        if cut and not looks_like_unit(s[max(s.rfind("、", c, cut.start()), c - 1) + 1:cut.start()]) \
                and (s.find("、", c, cut.start()) > 0 or _FIELD_KIND.fullmatch(s, c, d)
                     and not (township_name(s[c:cut.start()]) or bare_place(s[c:cut.start()]))):
            # "组织、人事等部门", "环境保护等部门": fields of work sharing the kind after 等, one collective
            cut = None
        if cut and cut.start() > c:
            out.append((c, cut.start()))
            # "X、Y等和各省级人民政府负责": a conjunction after 等 opens the collective, no part of it.
            e = cut.start() + 1 + (len(m.group()) if (m := _AFTER_DENG_CONJ.match(s, cut.start() + 1, d)) else 0)
            if "各" in s[e:d] and looks_like_unit(s[e:d]):
                out.append((e, d))
            continue
        out.append((c, d))
    return out


def _last_separator(s: str, a: int, b: int) -> int:
    """Index of the last list separator in ``s[a:b]`` outside brackets, or ``a - 1``."""
    depth = 0
    for i in range(b - 1, a - 1, -1):
        ch = s[i]
        if ch in ")]":
            depth += 1
        elif ch in "([":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _SEPARATORS:
            return i
    return a - 1


def _trim(s: str, c: int, d: int) -> tuple[int, int]:
    """``s[c:d]`` without 等 at either end nor a bracket left open by a cut note
    ("(县政府办公室"); brackets inside a name (各县(市、区)政府) stay."""
    while c < d:
        if s[c] not in "等()[]" and s[d - 1] not in "等)]":
            break  # nothing to take off either end (most names)
        piece = s[c:d]
        unbalanced = piece.count("(") + piece.count("[") != piece.count(")") + piece.count("]")
        if s[c] in "等)]" or (unbalanced and s[c] in "(["):  # no name opens with a closing bracket
            c += 1
        elif s[d - 1] == "等" or (unbalanced and s[d - 1] in ")]"):
            d -= 1
        else:
            break
    return c, d


def parse_unit_list(nt: NText, start: int, end: int, default_role: str = "responsible",
                    problems: list[Problem] | None = None) -> list[ExtractedUnit]:
    """Units named in ``nt.norm[start:end]`` with their roles, in order, without repeats.

    Role words split the text into groups ("X牵头，Y配合，Z负责"); a group with no role
    word takes ``default_role`` (the role of the column or label it came from).
    """
    s = nt.norm
    same = s.find("下同", start, end)
    if same > start and s[same - 1] in ",;" and s.count("(", start, same) == s.count(")", start, same):
        end = same - 1  # "X、Y按职责分工负责，下同。以下各项任务均涉及…": the rest is a remark
    units: list[ExtractedUnit] = []
    # The names and roles depend on the normalized list and the one character after it
    # (a bracketed role's closing bracket) alone: they are read once per such text. The
    # names are then taken from the original text, as this document spells them.
    for off, length, role, doubled, unknown, new in _read_list(s[start:end + 1], end - start, default_role):
        name = nt.orig_slice(start + off, start + off + length).strip()
        if " " in name or "\n" in name or "\t" in name:
            pieces = name.split()  # "市发改委 市财政局" (a cell spaced, no 、): each piece one unit
            if new and len(pieces) > 1 and all(looks_like_unit(norm(p)) and (k == 0 or p[0] in "市县区省州旗镇乡各" or p.endswith(_WHOLE_BODY))
                                               for k, p in enumerate(pieces)):
                units.extend(ExtractedUnit(p, role) for p in pieces if all(p != u.name for u in units))
                continue
            name = _WS_RUN.sub("", name) if not _LATIN_SPACE.search(name) else name
        if doubled:
            if problems is not None:
                problems.append(Problem("unit_doubled", {"name": name, "kept": name[1:]}))
            name = name[1:]
        if unknown and problems is not None:
            problems.append(Problem("unit_unknown", {"name": name}))
        if new:
            units.append(ExtractedUnit(name, role))
    return units


@lru_cache(maxsize=4096)
def _read_list(s: str, end: int, default_role: str) -> tuple[tuple[int, int, str, bool, bool, bool], ...]:
    """The names of the list ``s[:end]`` (``s`` holds one character more): for each, its
    offset and normalized length, its role, whether its place is doubled (市市民政局),
    whether it reads as no unit, and whether it is new (a repeat is no unit of its own)."""
    if "见" in s or "位" in s or "同" in s or "称" in s:
        # A remark holds role words of no unit ("（除标注“牵头”单位外，列第一位的为牵头或汇总单位，下同）"):
        # blanked before the roles are read, so offsets stay right.
        s = _REMARK.sub(lambda r: " " * len(r.group()), s[:end]) + s[end:]
    out = []
    seen: set[str] = set()
    for g_start, g_end, role in _role_groups(s, end, default_role):
        sub = without_tail(s[g_start:g_end])  # "X、Y工信部门分别组织…": 分别 cut first, so the last name reads whole
        each = False  # a collective opened by 各 read in the group: bare kinds after it share it ("各社区、村")
        for a, b in _top_level_splits(sub):
            for c, d in split_glued_kinds(sub, member_spans(sub, _name_spans(sub, name_start(sub, a, b), b))):  # "我市X和Y": the place word first
                if sub[d - 1:d] == "。":  # a table cell's list may close with a full stop
                    d -= 1
                c = name_start(sub, c, d)
                name_n = sub[c:d]
                if not name_n:
                    continue
                name_n = without_tail(name_n)
                kind = under_each(name_n, each)
                if len(name_n) < 2 and not kind or name_n in _NOT_NAMES or _NEVER_NAME.search(name_n):
                    continue
                if g_start and g_end == end and not may_name(name_n):
                    continue  # "X负责组织实施": after the last role word, the duty, not a unit
                length = len(name_n)
                doubled = length > 1 and name_n[0] == name_n[1] and _DOUBLED.match(name_n) is not None
                if doubled:
                    name_n = name_n[1:]
                name_n = name_n.replace("\n", "")  # a name broken over lines
                key = name_n.replace("人民政府", "政府")
                each = (known := looks_like_unit(name_n)) and name_n.startswith("各") or kind
                out.append((g_start + c, length, role, doubled, not (known or kind), key not in seen))
                seen.add(key)
    return tuple(out)


def _role_groups(s: str, end: int, default_role: str) -> list[tuple[int, int, str]]:
    """The groups of the list ``s[:end]`` that role words part, each with its role."""
    groups: list[tuple[int, int, str]] = []
    pos = 0
    partners = False  # the group after "X会同" names X's partners: support units
    served = False  # the group right after "Y配合" names the unit Y supports
    for m in _ROLE_WORDS.finditer(s, 0, end):
        if m.group(1) == "会同" and m.start() == pos:
            pos, partners = m.end(), True  # "会同X…" with the lead unnamed: X supports
            continue
        if m.start() <= pos or s[m.start() - 1] in "的":
            continue
        if m.group(1) == "会同":
            groups.append((pos, m.start(), "lead"))
            pos, partners = m.end(), True
            continue
        role = role_of(m.group(1))
        if partners:
            role, partners = ("support" if role == "responsible" else role), False
        if s[m.start() - 1] == "(" and s[m.end():m.end() + 1] == ")":
            # A bracketed role belongs to the one unit before it; the units listed
            # before that one keep the default role.
            sep = _last_separator(s, pos, m.start() - 1)
            if sep >= pos:
                groups.append((pos, sep, default_role))
            groups.append((max(sep + 1, pos), m.start() - 1, role))
            pos = m.end() + 1
            continue
        groups.append((pos, m.start(), role))
        pos = m.end()
        # "Y、Z配合X": the unit named right after 配合 is the one they support, the lead.
        served = m.group(1) in ("配合", "协助") and m.end() < end and s[m.end()] not in ",;、)"
    if pos < end:
        groups.append((pos, end, "support" if partners else "lead" if served else default_role))
    return groups


@lru_cache(maxsize=4096)
def unit_list_text(text_norm: str) -> bool:
    """True when a normalized string is nothing but a list of units and role words."""
    if text_norm.startswith(("配合", "协助")) and len(text_norm) > 4 and looks_like_unit(text_norm[2:]):
        return False  # "配合人社部门在…前办结": the verb before the unit it helps (配合单位 is a name)
    body = _ROLE_WORDS.sub("、", _BRACKET_ROLE.sub("、", _REMARK.sub("", text_norm) if "见" in text_norm or "位" in text_norm or "同" in text_norm or "称" in text_norm else text_norm))
    pieces = [without_tail(body[c:d]) for a, b in _top_level_splits(body) for c, d in _name_spans(body, a, b)]
    names = [p.replace("\n", "") for p in pieces]
    # A township or a city named by its place counts among offices ("区交通局、莲洲镇等单位",
    # "(甲市，省发展改革委牵头)": the city's government), never alone.
    known = [looks_like_unit(p) or township_name(p) or bare_place(p) for p in names]
    return bool(names) and any(map(looks_like_unit, names)) and all(known if all(known) or "各" not in body else kinds_under_each(names, known))
