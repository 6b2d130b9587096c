"""Collective units written as a list of their parts: levels under one 各 or one organ
("各市、县（区）人民政府", "相关市、县政府"), kinds of office under one 各 ("县政府各委、局、办"),
places sharing one organ ("哈尔滨、黑河、绥芬河市政府"). Used by units.py, which splits lists
at 、 first and joins such parts back into one span here."""

from __future__ import annotations

import re

from tracker.extract.unit_names import COUNTED_PLACES, UNIT_SUFFIXES, clause_like, looks_like_unit, township_name

# "各市、县（区）人民政府", "各县、区政府": administrative levels listed with 、 under one
# 各 and one ending name one collective unit, not a unit per level.
# "各州、市政府" (州 is a level too), "各有关区、县级市", "相关市、县政府" too: 有关/相关 narrow the collective, 县级市 and 旗 are levels as well;
# without 各 the list must end in its organ ("各行署、市、县政府": 市、县政府); "每个县、区局" is 各县、区局.
# A level may carry the levels it stands for in brackets ("各县（市）、区政府", "有关市（县）、区政府").
_LEVEL_HEAD = re.compile(r"(?:各(?:有关|相关|辖)?|每个辖?|有关|相关|其他)?(?:县级市|省辖市|设区市|地州|盟市|[省市州县区乡镇旗]{1,3}|街道)"
                         r"(?:\([市州县区旗、]{1,5}\))?$")
# "各市、县统计局", "各乡镇、街道残疾人联络处": the levels' own offices of one kind, one collective (not 街道办事处, nor a 局's 处).
# "各省、自治区、直辖市生态环境厅（局）", "…直辖市及新疆生产建设兵团X主管部门": the provinces'
# offices of one kind; "相关省、市级交通运输主管部门" (省级, 市级) too.
# "市、县两级政府", "省、市、县三级财政部门": the levels counted before their shared organ; "各县、区（市）残联" (联, 科协, 工会) too.
_LEVEL_NEXT = re.compile(r"(?:县级市|自治区|自治州|自治县|直辖市|计划单列市|(?:省直管|省重点扩权)[县市]|直管市|设区市|[市州县区乡镇旗]{1,3}|街道)(?:[两三四五]?级)?(?:\([^()]*\))?"
                         r"(?:(?:及|和)(?:计划单列市|新疆生产建设兵团))?"
                         r"(?:人民政府|政府|党委|管委会|(?:(?:(?!各)[\u4e00-\u9fff]){0,12}(?:局|委|厅|办|部门|机关|站|中心|科|联|科协|工会|红十字会)|(?:(?![各局厅委])[\u4e00-\u9fff]){2,12}(?<!办事)处)"
                         r"(?:\([^()]{1,8}\))?)?"
                         r"(?:\((?:管委会|管理委员会)\))?等?$")  # "各区、县（市）政府（管委会）"
_BRACKET_TAIL = re.compile(r"\([市州县区旗、]{1,5}\)$")  # the levels one stands for: "各省辖市、省直管县（市）、X县（市）教育局"
# Levels written run together in one part of such a list ("县区、乡镇（街道）政府").
_LEVELS_RUN = re.compile(r"[省市州县区乡镇旗]{2}")
# "各区、县（市）政府及开发区管委会": the last level's organ, then a conjunction and another unit.
_LEVEL_LAST = re.compile(_LEVEL_NEXT.pattern[:-len("等?$")] + r"(?=[和及与])")


# "县政府各委、局、办", "各有关委、办、局": kinds of office listed after one 各, one collective unit.
# "各系、院", "各部、处、室": a school's or a body's own kinds of office under one 各 too.
_KIND_HEAD = re.compile(r"(?:.各|^各(?:有关|相关)?)[委局办厅室处科所站系院部馆]$")
_KIND_NEXT = frozenset([*"委局办厅室处科所站系院部馆", "中心"])


# "建设局和各乡、镇、街道配合": a unit, a conjunction, then the head of a levels' list under 各.
_CONJ_LEVEL_HEAD = re.compile(r"(?:以及|[和及与])(?=各(?:有关|相关|辖)?(?:县级市|[市州县区乡镇旗]|街道)$)")


def join_level_lists(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (pieces of a unit list in ``s``) with the parts of one collective joined."""
    out: list[tuple[int, int]] = []
    spans = list(spans)
    k = 0
    while k < len(spans):
        a, b = spans[k]
        conj = _CONJ_LEVEL_HEAD.search(s, a, b) if k + 1 < len(spans) and "各" in s[a:b] else None
        if conj and s[spans[k + 1][0] - 1] == "、" and _LEVEL_NEXT.match(s, *spans[k + 1]) \
                and looks_like_unit(s[a:conj.start()].removesuffix("等")):  # "…财政局等和各县、区政府" too
            out.append((a, conj.start()))  # the unit before the conjunction stands apart
            spans[k] = a, b = conj.end(), b
        if s.find("各", a, b) >= 0 and _KIND_HEAD.search(s[a:b]):
            j = k + 1
            while j < len(spans) and s[spans[j][0] - 1] == "、" and s[spans[j][0]:spans[j][1]] in _KIND_NEXT:
                j += 1
            if j > k + 1:
                out.append((a, spans[j - 1][1]))
                k = j
                continue
        if _LEVEL_HEAD.match(s, a, b):
            j = k + 1
            while j < len(spans) and s[spans[j][0] - 1] == "、" and spans[j][0] == spans[j - 1][1] + 1 \
                    and _LEVEL_NEXT.match(s, spans[j][0], spans[j][1]):
                j += 1
                if _BRACKET_TAIL.sub("", s[spans[j - 1][0]:spans[j - 1][1]])[-1:] not in "市州县区镇乡道旗":
                    break  # the ending name closes the list ("县（市）" is still a level)
            # Levels run together ("县区", "乡镇") close on their shared organ, even under 各:
            # "各乡镇、街道" names two collectives.
            bare_ok = s[a] == "各" and not _LEVELS_RUN.search(s, a, b)
            if j > k + 1 and (bare_ok or s[spans[j - 1][1] - 1] not in "市州县区镇乡道旗"):
                if bare_ok and j < len(spans) and s[spans[j][0] - 1] == "、" and _ZONE_OFFICE.match(s, *spans[j]):
                    j += 1  # "各县（市）、区、开发区商务部门": the levels' and the zones' office of one kind
                out.append((a, spans[j - 1][1]))
                k = j
                continue
            last = _LEVEL_LAST.match(s, *spans[j]) if j < len(spans) and s[spans[j][0] - 1] == "、" else None
            if last and last.end() < spans[j][1] - 2 and looks_like_unit(s[last.end() + 1:spans[j][1]]):
                out += [(a, last.end()), (last.end() + 1, spans[j][1])]  # the unit after 及 stands apart
                k = j + 1
                continue
        if (j := _zones_office_end(s, spans, k)) > k:
            out.append((a, spans[j - 1][1]))  # "各县区、开发区教育局": the levels' and the zones' office of one kind
            k = j
            continue
        j = _places_end(s, spans, k)
        if j > k + 1:
            out.append((a, spans[j - 1][1]))
            k = j
            continue
        out.append((a, b))
        k += 1
    return out


# Fields of work, or places, listed before the one kind of body they share: "发改、财政部门",
# "组织、人事、民政等部门", "各区卫生、消防部门", "城北、城南派出所", "东湖、西湖管理区". The parts
# before the last are no units; the last names its field and the shared kind.
_SHARED_KIND = re.compile(r"(?P<head>[\u4e00-\u9fff]{1,8}?)(?:等[\u4e00-\u9fff]{0,6}?)?"
                          r"(?:部门|管理区|派出所|街道办事处|街道办|工作专班|专班|机构|协会|有限公司|公司)$")
_FIELD = re.compile(r"(?:各|市区两级|[市县区州]级)?[\u4e00-\u9fff]{2,8}$")
# A bare kind of body after a collective ("各属地乡镇、单位"): it shares the collective's qualifier.
_CONJ = re.compile(r"以及|[和及与或]")
_BARE_KIND = frozenset(["单位", "部门", "机构"])
# Only a collective narrowed by a qualifier lends it ("各属地乡镇、单位"); "各乡镇、部门", "各部门、单位"
# name two collectives, each as written (the eval rule for different organs joined by 、).
_QUALIFIED = re.compile(r"各(?:属地|有关|相关|所属|辖区|其他)")
# A last part opening so names a body of its own ("…、各有关部门", "…、市消防部门"), no shared kind.
_OWN_HEAD = ("各", "有关", "相关", "其他", "全", "本", "市", "区", "县", "省")


def join_field_lists(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each run of fields named bare and the kind of body they share joined."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        j = _fields_end(s, spans, k)
        out.append((spans[k][0], spans[j - 1][1]) if j > k else spans[k])
        k = max(j, k + 1)
    return out


def _field(piece: str) -> bool:
    """Can ``piece`` name a field of work or a place's part (no clause, no township, no conjunction)?"""
    return not clause_like(piece) and not township_name(piece) and _CONJ.search(piece) is None


def _fields_end(s: str, spans: list[tuple[int, int]], k: int) -> int:
    """End (exclusive index in ``spans``) of fields named bare from ``spans[k]`` and closed by
    the kind of body they share, or ``k``."""
    if k + 1 < len(spans) and _QUALIFIED.match(s, *spans[k]) and s[spans[k + 1][0] - 1] == "、" \
            and s[spans[k + 1][0]:spans[k + 1][1]] in _BARE_KIND and looks_like_unit(s[spans[k][0]:spans[k][1]]) \
            and (k + 2 == len(spans) or s[spans[k + 1][1]] != "、"):
        return k + 2  # the last of the list ("各地区、部门、单位": 各 over three kinds, no shared one)
    j = k
    while j < len(spans) and (j == k or s[spans[j][0] - 1] == "、" and spans[j][0] == spans[j - 1][1] + 1):
        x, y = spans[j]
        if j > k and (last := _SHARED_KIND.fullmatch(s, x, y)) and not looks_like_unit(last.group("head")) \
                and not last.group("head").startswith(_OWN_HEAD) and _field(last.group("head")):
            return j + 1
        if not _FIELD.fullmatch(s, x, y) or looks_like_unit(s[x:y]) or bare_place(s[x:y]) or not _field(s[x:y]):
            return k
        j += 1
    return k


# Levels under 各 with no organ, then zones with the office of one kind both have: one collective
# ("各县区、开发区教育局", "各县市、园区住建局"); a zone's own 管委会 stands apart ("各县市区、开发区管委会").
# "各县（市）区、开发区安委会", "各区县、甲新区、各开发区工信主管部门": more zones named bare between,
# and a committee of each (安委会) is shared like an office; a zone's own board (管委会, 党工委) is not.
_LEVELS_BARE = re.compile(r"(?:[全我本][省市县区])?各(?:有关|相关)?(?:[市州县区]{2,3}|[市州县区]\([市州县区、]{1,5}\)[市州县区]?)$")  # "各县（市、区）" too
_ZONE_WORDS = r"(?:开发区|经开区|高新区|园区|新区|示范区)"
_ZONE_BARE = re.compile(r"各?[\u4e00-\u9fff]{0,6}" + _ZONE_WORDS + r"(?:\([^()]{1,6}\))?$")
# A zone's administration (管理局) heads its office too: "各县（区）、开发区、甲管理局中小企业服务部门".
_ZONE_OFFICE = re.compile(r"各?[\u4e00-\u9fff]{0,6}(?:" + _ZONE_WORDS[3:-1] + r"|管理局)(?:\([^()]{1,6}\))?[\u4e00-\u9fff]{0,10}?"
                          r"(?:局|部门|安委会|(?<!管理)委员会|(?<![管工])委|办)$")


_NEXT_UNIT = re.compile(r"(?:以及|[及和与])(?=[省市县区州]|各|有关|相关)")


def _zones_office_end(s: str, spans: list[tuple[int, int]], k: int) -> int:
    """End (exclusive index in ``spans``) of bare levels at ``spans[k]``, bare zones after them and
    the zone naming the office of one kind all share, or ``k``."""
    if k + 1 >= len(spans) or not _LEVELS_BARE.match(s, *spans[k]):
        return k
    j = k + 1
    while j < len(spans) and s[spans[j][0] - 1] == "、" and _ZONE_BARE.match(s, *spans[j]):
        j += 1
    if j == len(spans) or s[spans[j][0] - 1] != "、":
        return k
    # "…、开发区安委会和有关部门": the office ends before a conjunction opening another unit
    # ("…、园区及市直行业部门": a zone named bare, then a unit of its own).
    nxt = _NEXT_UNIT.search(s, *spans[j])
    return j + 1 if _ZONE_OFFICE.match(s, spans[j][0], nxt.start() if nxt else spans[j][1]) else k


# Places listed under the organ of the last one ("哈尔滨、黑河、绥芬河市政府"): a bare place
# name is no unit, and the run closes on a place's government.
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}$")
_PLACE_ORGAN = re.compile(r"[\u4e00-\u9fff]{2,4}[市县区镇乡](?:人民政府|政府)$")


def _places_end(s: str, spans: list[tuple[int, int]], k: int) -> int:
    """End (exclusive index in ``spans``) of a run of places from ``spans[k]`` sharing the
    organ of its last part, or ``k`` when there is none."""
    a, b = spans[k]
    if not _PLACE.match(s, a, b) or looks_like_unit(s[a:b]):
        return k
    j = k + 1
    while j < len(spans) and s[spans[j][0] - 1] == "、" and spans[j][0] == spans[j - 1][1] + 1:
        x, y = spans[j]
        if _PLACE_ORGAN.match(s, x, y):
            return j + 1
        if not _PLACE.match(s, x, y) or looks_like_unit(s[x:y]):
            return k
        j += 1
    return k


# "海东市、兰州市、临夏州发展改革部门", "梅河口市、公主岭市工信局": places named with their
# level before the last one, which names the office of one kind they share.
_PLACE_CITY = re.compile(r"[\u4e00-\u9fff]{1,4}(?:市|州|县|区|盟|旗|省)$")
_PLACE_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:市|州|县|区|盟|旗|省)(?:人民政府|政府|党委|"
                           r"[\u4e00-\u9fff]{0,8}(?:部门|局|委|厅|办))$")


# "甲经开区、乙园区管委会", "某示范区、高新区党工委和管委会": zones named bare, then a zone
# naming its board: the board is each zone's, one collective as written.
_ZONE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:开发区|经开区|高新区|园区|新区|示范区|港区)$")
_ZONE_BOARD = re.compile(r"[\u4e00-\u9fff]{1,12}(?:开发区|经开区|高新区|园区|新区|示范区|港区)"
                         r"(?:党工委和管委会|管委会|管理委员会)$")


def _zones_end(s: str, spans: list[tuple[int, int]], k: int) -> int:
    """End (exclusive index in ``spans``) of a run of bare zones from ``spans[k]`` closed
    by a zone's board, or ``k`` when there is none."""
    j = k
    while j < len(spans) and _ZONE.match(s, *spans[j]) and (j == k or s[spans[j][0] - 1] == "、"):
        j += 1
    if k < j < len(spans) and s[spans[j][0] - 1] == "、" and _ZONE_BOARD.match(s, *spans[j]):
        return j + 1
    return k


def join_place_offices(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each run of bare places and the place naming their shared office joined
    (a zone's own 管委会 is no shared office, unless the places are zones too)."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        if (j := _zones_end(s, spans, k)) > k:
            out.append((spans[k][0], spans[j - 1][1]))
            k = j
            continue
        if (j := _counted_end(s, spans, k)) > k:
            out.append((spans[k][0], spans[j - 1][1]))  # "乐山、遂宁、眉山等6市"
            k = j
            continue
        j = k
        while j < len(spans) and bare_place(s[spans[j][0]:spans[j][1]]) and (j == k or s[spans[j][0] - 1] == "、"):
            j += 1
        if k < j < len(spans) and s[spans[j][0] - 1] == "、" and _PLACE_OFFICE.match(s, *spans[j]) \
                and not s.startswith("管委", spans[j][1] - 3):
            out.append((spans[k][0], spans[j][1]))
            k = j + 1
            continue
        out.append(spans[k])
        k += 1
    return out


def place_list(text: str) -> bool:
    """Is ``text`` places named bare, two or more ("哈尔滨市、齐齐哈尔市、大兴安岭地区"), each
    standing for its government, or units among them?"""
    pieces = text.split("、")
    return len(pieces) > 1 and all(bare_place(p) or looks_like_unit(p) or p.endswith("地区") for p in pieces) \
        and any(bare_place(p) for p in pieces)


def may_name(piece: str) -> bool:
    """Can ``piece`` name a unit at all: an office, a collective, a place or a township?"""
    return piece.endswith(UNIT_SUFFIXES) or looks_like_unit(piece) or bare_place(piece) or township_name(piece)


def bare_place(piece: str) -> bool:
    """Is ``piece`` one place named bare by its level ("岳麓区", "海东市"), standing for its government?"""
    return _PLACE_CITY.match(piece) is not None and not piece.startswith(("各", "全", "本", "有关", "相关")) \
        and not looks_like_unit(piece)


def _counted_end(s: str, spans: list[tuple[int, int]], k: int) -> int:
    """End (exclusive index in ``spans``) of places named bare from ``spans[k]`` and closed by
    their count ("…、眉山等6市"), or ``k``."""
    j = k
    while j < len(spans) and (j == k or s[spans[j][0] - 1] == "、"):
        if "等" in s[spans[j][0]:spans[j][1]]:
            return j + 1 if j > k and COUNTED_PLACES.match(s[spans[k][0]:spans[j][1]]) else k
        if looks_like_unit(s[spans[j][0]:spans[j][1]]):
            return k  # a unit of its own, no bare place
        j += 1
    return k


# Two bare collectives of a kind glued with no separator ("各单位各部门"): two units; an area
# or a level before the kind ("各地各部门", "各级各部门") makes one collective, kept whole.
_GLUED_KINDS = re.compile(r"各(?:单位|部门)(?=各(?:单位|部门)$)")


def split_glued_kinds(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each piece "各单位各部门" / "各部门各单位" split in two."""
    out = []
    for c, d in spans:
        m = _GLUED_KINDS.match(s, c, d) if d - c == 6 else None
        out += [(c, m.end()), (m.end(), d)] if m else [(c, d)]
    return out
