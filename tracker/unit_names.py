"""How two written unit names may stand for one unit: general rules of official unit names.

A unit name is read as level + body + head: ``市`` + ``食品药品监管`` + ``局``,
``东昌府区`` + (no body) + ``政府``. Two names are one unit when, after the usual variant
spellings are folded (``compare_names`` says which), they are equal, or when one body is an
abbreviation of the other under the same level and head. No place names, no lists of units:
only the forms official documents use for any unit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tracker.ledger.units import normalize_name
from tracker.normtext import norm

# Variant spellings folded before comparing, each with the words a reason shows.
# 人民政府 -> 政府: 东昌府区人民政府 is 东昌府区政府. 人民 is also left out of courts,
# procuratorates, congresses and armed-forces departments (市人民法院 = 市法院), never
# elsewhere (人民银行, 人民医院 are names of their own). 委员会/委, 办公室/办,
# 联合会/联 (市残联), 协会/协 (市科协), a zone's 管理委员会/管委会/管委 (开发区管委会),
# 监督管理/监管 (市场监管局) are the standard short forms of the same words. A party
# committee's department is written with or without its 委 (市委组织部 = 市组织部).
_REWRITES: tuple[tuple[str, re.Pattern, str], ...] = (
    ("“人民政府”与“政府”", re.compile(r"人民政府"), "政府"),
    ("省去“人民”", re.compile(r"人民(?=法院|检察院|代表大会|武装部)"), ""),
    ("“管理委员会”与“管委会”", re.compile(r"(?<=[区园港])(管理委员会|管委会)"), "管委"),
    ("“委员会”与“委”", re.compile(r"委员会"), "委"),
    ("“办公室”与“办”", re.compile(r"办公室"), "办"),
    ("“联合会”与“联”", re.compile(r"联合会$"), "联"),
    ("“协会”与“协”", re.compile(r"协会$"), "协"),
    ("“监督管理”与“监管”", re.compile(r"监督管理"), "监管"),
    ("省去党委的“委”", re.compile(r"^([^委]{0,10}[省市州县区旗])委(?=[^委部]{2,4}部$)"), r"\1"),
)
# 和/与 join two functions (市文化和旅游局); written or left out alike
# (市住房和城乡建设局 = 市住房城乡建设局), but never the first character (和平区).
_AND = re.compile(r"(?<=[\u4e00-\u9fff])[和与](?=[\u4e00-\u9fff])")
AND_LABEL = "省去“和”字"
# The level: everything up to the first 省/市/州/县/区/旗/盟/镇/乡 near the start
# (市, 县, 东昌府区, 高新区); the rest is compared only between names of one level.
_LEVEL = re.compile(r"^[^省市州盟县区旗镇乡]{0,10}[省市州盟县区旗镇乡]")
# Heads (the kind of office), longest first: 局 and 分局 are different kinds.
HEADS = ("办事处", "政府", "分局", "总局", "中心", "公司", "集团", "银行", "支行", "小组", "支队",
         "大队", "街道", "局", "委", "办", "厅", "部", "署", "院", "处", "科", "所", "站", "队", "社", "联",
         "协", "馆", "会", "组")
# Words a short form may leave off the end of a body: they say how, not what, a unit works.
GENERIC_TAILS = ("监督管理", "行政管理", "综合执法", "行政执法", "监管", "管理", "监督", "执法", "行政", "综合",
                 "运输", "资源", "服务", "事务", "保障", "工作", "技术", "发展", "监")
# Bodies that name a parent organ: 市政府办, 市委办 are its own offices, not short forms.
ORGANS = ("委", "政府", "府", "党", "人大", "政协")
# A name starting with 各 or holding one of these stands for several units.
COLLECTIVE_MARKS = ("有关", "相关", "成员单位", "各部门", "各单位")


@dataclass(frozen=True)
class NameParts:
    """A unit name read for comparison."""

    key: str        # the folded form: equal keys are one unit
    level: str      # 市, 县, 东昌府区 … ('' when none)
    body: str       # what the office does, 和 left out
    raw_body: str   # the body with 和 kept (where one function joins another)
    head: str       # 局, 委, 办, 政府 … ('' when none)
    collective: bool


def _fold(text: str, skip: int = -1) -> tuple[str, str]:
    """(with 和 kept, key) of a ``norm``-ed name, every rewrite applied but number ``skip``
    (``len(_REWRITES)`` skips leaving out 和)."""
    for i, (_label, pattern, repl) in enumerate(_REWRITES):
        if i != skip:
            text = pattern.sub(repl, text)
    return text, (text if skip == len(_REWRITES) else _AND.sub("", text))


@lru_cache(maxsize=65536)
def name_parts(name: str) -> NameParts:
    """Level, body, head and folded key of a unit name."""
    kept_and, key = _fold(norm(name))
    m = _LEVEL.match(kept_and)
    level = m.group() if m else ""
    rest = kept_and[len(level):]
    head = next((h for h in HEADS if rest.endswith(h) and len(rest) >= len(h)), "")
    raw_body = rest[:len(rest) - len(head)]
    collective = key.startswith("各") or any(mark in key for mark in COLLECTIVE_MARKS)
    return NameParts(key, level, _AND.sub("", raw_body), raw_body, head, collective)


def variant_reason(a: str, b: str) -> str:
    """What tells ``a`` from ``b`` when they fold to one key, in Chinese: the character forms
    (width, spaces, traditional characters) and each rewrite without which the keys differ
    (e.g. “人民政府”与“政府”)."""
    labels = []
    wide = [unicodedata.normalize("NFKC", x) for x in (a.strip(), b.strip())]
    if any(re.search(r"\s", x) for x in (a.strip(), b.strip())):
        labels.append("空格")
    if wide != [a.strip(), b.strip()]:
        labels.append("全角/半角")
    if [norm(x) for x in wide] != [re.sub(r"\s+", "", x) for x in wide]:
        labels.append("繁体字或括号")
    na, nb = norm(a), norm(b)
    for i, label in enumerate([r[0] for r in _REWRITES] + [AND_LABEL]):
        if _fold(na, i)[1] != _fold(nb, i)[1]:
            labels.append(label)
    return "、".join(labels) or "写法"


def _subsequence(short: str, full: str) -> list[int] | None:
    """Leftmost positions of ``short``'s characters, in order, in ``full`` (None if absent)."""
    out, start = [], 0
    for ch in short:
        pos = full.find(ch, start)
        if pos < 0:
            return None
        out.append(pos)
        start = pos + 1
    return out


def _generic(tail: str) -> bool:
    """Whether ``tail`` is made only of the generic words an abbreviation may leave off."""
    if not tail:
        return True
    return any(tail.startswith(w) and _generic(tail[len(w):]) for w in GENERIC_TAILS)


def abbreviation(short: str, full: str) -> tuple[str, str] | None:
    """Whether body ``short`` abbreviates body ``full`` (raw bodies, 和 kept): ('interleaved' |
    'truncated', what was left out), else None.

    The abbreviation starts with the full body's first character and takes its characters in
    order (食药 of 食品药品, 发改 of 发展和改革, 人力社保 of 人力资源和社会保障). Where the full
    body joins two functions with 和, the abbreviation must take a character from after
    each 和: 市教育局 is not 市教育和体育局 (教体局 is), 市文化局 is not 市文化和旅游局.
    A short form that only leaves off the end may leave off generic words only
    (国土 of 国土资源, 应急 of 应急管理), not another function (农业 is not 农业农村),
    unless it is one first character (科 of 科学技术, 残 of 残疾人); a short form naming a
    parent organ is that organ's own office (市政府办 is not 市政府法制办, 市委办 not 市委编办).
    """
    plain_short, plain_full = _AND.sub("", short), _AND.sub("", full)
    if not plain_short or len(plain_short) >= len(plain_full) or plain_short[0] != full[0]:
        return None
    pos = _subsequence(plain_short, full)
    if pos is None or any(not any(p > m.start() for p in pos) for m in _AND.finditer(full)):
        return None
    if plain_full.startswith(plain_short):
        tail = plain_full[len(plain_short):]
        if plain_short.endswith(ORGANS):
            return None
        return ("truncated", tail) if len(plain_short) == 1 or _generic(tail) else None
    taken = set(pos)
    return "interleaved", "".join(ch for i, ch in enumerate(full) if i not in taken and ch not in "和与")


@dataclass(frozen=True)
class Match:
    """Why two names may be one unit: a score (higher is surer) and a Chinese reason."""

    score: int
    reason: str


EXACT, INTERLEAVED, TRUNCATED = 100, 80, 60


def compare_names(a: str, b: str) -> Match | None:
    """Whether names ``a`` and ``b`` likely stand for one unit, and why; None if not.

    Equal after folding variants (score 100); one an abbreviation of the other with the same
    level and head (80, or 60 when the short form only leaves off the end, 市国土局 of
    市国土资源局). A collective (各县（市、区）政府, 市直有关部门) matches only its own variants.
    """
    pa, pb = name_parts(a), name_parts(b)
    if normalize_name(a) == normalize_name(b):
        return None
    if pa.key == pb.key:
        return Match(EXACT, f"写法不同：{variant_reason(a, b)}")
    if pa.collective or pb.collective or pa.level != pb.level or pa.head != pb.head:
        return None
    (short, ps), (full, pf) = sorted(((a, pa), (b, pb)), key=lambda x: len(x[1].body))
    found = abbreviation(ps.raw_body, pf.raw_body)
    if found is None:
        return None
    how, left_out = found
    same = f"，同为“{pf.level}…{pf.head}”" if pf.level or pf.head else ""
    if how == "truncated":
        return Match(TRUNCATED, f"简称：“{short}”省去了“{left_out}”{same}")
    return Match(INTERLEAVED, f"简称：“{ps.body}”各字依次出现在“{pf.body}”中{same}")
