"""Targets divided among units in prose: one clause per unit or group of units, each naming the
figure that unit must reach ("甲县、乙区PM2.5平均浓度达到57微克/立方米；丙县…达到60…",
"任务分别为：甲区3万亩"). The clauses are the rows of a target list written out as sentences:
each is a ``table`` task of the units it opens with, due at the end of the year the passage sets
its targets for ("2027年改善目标为：…", "2027年…任务为…").

A clause is a row only when its units stand right before the target (after at most a short
measure, "PM2.5平均浓度"), the target reads as a figure to reach (``target_verbs``: 达到, 下降至,
控制在, 确保 …, or a figure right after the name after a lead handing the figures out, "任务分别为：
甲区3万亩，乙县5万亩"; shares listed after a total, "其中，甲区3万亩，…", restate that one target),
and the passage holds two such clauses at the least or opens them with "分别为": one unit named
beside one figure is a fact, not a division. A passage naming no year for its targets gives no
rows (a figure of the past is no target).
"""

from __future__ import annotations

import re
from bisect import bisect
from itertools import accumulate
from datetime import date

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.model import ExtractedTask, ExtractedUnit
from tracker.extract.normalize import norm
from tracker.extract.quota_cells import PLACE_CELL
from tracker.extract.rules import rule
from tracker.extract.unit_names import clause_like

_VERB = re.compile(alternation(lexicon().target_verbs))
_CLAUSE = re.compile(r"[^；;。]+[；;。]?")
_MEASURE = 14  # characters of a measure between the units and the verb ("PM2.5年平均浓度均")
_LOOK_UP = 8  # lines above a clause read for the year its passage sets targets for
_GAP = 3  # lines between two clauses of one passage, at the most
_HANDED = re.compile("分别|" + alternation(lexicon().quota_words))
_LEAD = re.compile(r"分别|为\s*[:：]")  # a lead handing figures out: "任务分别为：", "目标为："
# A place's last character a short measure before a target verb ("甲县PM2.5平均浓度达到").
_PLACE_BEFORE = re.compile(r"[县区市镇乡道旗场][^。；;\n]*$")
_PIECE = re.compile(r"[^,，、]+")
_DIGIT = re.compile(r"\d")
_QUALIFIER = re.compile(r"[的:为]")  # what ends before a unit's name ("…之间的甲镇", "分别为:甲区")
_NAME_END = re.compile(r"(?:县|区|市|镇|乡|街道|旗)")

# The year a passage sets its targets for: a year, then within one clause a word naming them.
TARGET_YEAR = rule(
    "quota_prose_year",
    r"((?:19|20)\d{2})年[^。;:]{0,20}?(?:目标|任务|计划|指标)",
    "year",
    [("某市2027年空气质量改善目标为:", ["2027年空气质量改善目标"]),
     ("2027年各乡(镇)改善目标按以下原则分配:", ["2027年各乡(镇)改善目标"]),
     ("2027年全市播种面积任务为10万亩", ["2027年全市播种面积任务"]),
     ("2026年全市平均浓度为60微克。", [])],
    doc="The year a passage of prose targets names for them: due at that year's end.",
)

# A figure right after a unit's name, the target itself ("甲区3万亩", "乙镇120户").
FIGURE_AFTER = rule(
    "quota_prose_figure",
    r"^\d+(?:\.\d+)?(?:万|亿)?(?:亩|人|户|个|吨|公里|米|座|所|家|处|套)",
    "figure",
    [("3万亩", ["3万亩"]), ("120户,", ["120户"]), ("2027年", []), ("PM2.5", [])],
    doc="A figure with its measure right after a unit's name in a clause of prose targets.",
)


_COLLECTIVE = ("各", "全", "本", "我", "所有", "其他", "其余", "有关", "相关")


def _is_place(name: str) -> bool:
    # (A collective, "各乡镇", "全县", is told its target whole: no share of a divided one; a
    # verb before a place, "完成甲县", is a clause about the place.)
    return PLACE_CELL.pattern.match(name) is not None and not name[0].isdigit() \
        and not name.startswith(_COLLECTIVE) and not clause_like(name)


def _units_before(head: str) -> list[str]:
    """The units named at the end of ``head`` (a clause up to its target verb), joined by 、:
    "…之间的甲镇、乙乡的PM2.5平均浓度均" → 甲镇, 乙乡. A short measure may follow the last
    name; the first name may follow a qualifier ending in 的 or a colon."""
    pieces = head.split("、")
    last, units = pieces.pop(), []
    for k in range(len(last), 0, -1):  # the longest name opening the last piece before a short measure
        if _is_place(last[:k]) and len(last) - k <= _MEASURE and not _NAME_END.search(last[k:]):
            units.append(last[:k])
            break
    else:
        if not last or len(last) <= _MEASURE and not _NAME_END.search(last):
            pass  # the measure stands after the list's closing 、 ("甲区、PM2.5平均浓度")
        else:
            return []
    while pieces:
        piece = pieces.pop()
        if _is_place(piece):
            units.insert(0, piece)
            continue
        after = _QUALIFIER.split(piece)[-1]
        if _is_place(after):
            units.insert(0, after)
        break
    return units


def _rows(clause: str) -> list[tuple[int, int, list[str]]]:
    """The rows of a clause stating targets, as (start, end, units): the clause whole when its
    units stand before a target verb; else each piece naming a unit and its figure ("任务分别为：
    甲区3万亩，乙区2万亩"), the first from the clause's start (its lead says what the figures are)."""
    n = norm(clause)
    verb = _VERB.search(n)
    if verb:
        units = _units_before(n[:verb.start()])
        return [(0, len(clause), units)] if units else []
    rows = []
    for piece in _PIECE.finditer(clause):
        p = norm(piece.group())
        for m in _DIGIT.finditer(p):  # "甲区3万亩": the figure right after the name
            if m.start() and not p[m.start() - 1].isdigit() and FIGURE_AFTER.pattern.match(p[m.start():]):
                name = _QUALIFIER.split(p[:m.start()])[-1]
                # The first figure follows a lead handing the figures out ("各县任务分别为："); shares
                # listed after a total ("其中，甲区3万亩，…") restate that one target.
                lead = norm(clause[:piece.start()]) + p[:m.start() - len(name)]
                if _is_place(name) and (rows or _HANDED.search(lead)):
                    rows.append((piece.start() if rows else 0, piece.end(), [name]))
                break
    return rows


def _year(lines: list[str], i: int, start: int) -> tuple[int, str] | None:
    """The year the passage of the clause at ``start`` of line ``i`` sets its targets for."""
    texts = [norm(lines[i][:start])] + [norm(lines[j]) for j in range(i - 1, max(-1, i - _LOOK_UP), -1)]
    for t in texts:
        found = list(TARGET_YEAR.pattern.finditer(t))
        if found:
            return int(found[-1].group(1)), found[-1].group(1) + "年"
    return None


def _clause_start(lines: list[str], ends: list[int], at: int) -> tuple[int, int]:
    """The line holding ``at`` (an offset in the lines joined by breaks) and where in it the
    clause holding it starts: after the mark closing the one before."""
    i = bisect(ends, at)
    at -= ends[i - 1] if i else 0
    return i, max(lines[i].rfind(c, 0, at) for c in "；;。") + 1


def prose_targets(lines: list[str], doc_no: str | None) -> list[ExtractedTask]:
    """One ``table`` task for each clause of ``lines`` that gives named units their target in
    a passage dividing targets among units."""
    body = "\n".join(lines)
    if not TARGET_YEAR.pattern.search(body):
        return []  # (read on the text as written: most pages set no year's targets at all)
    # Only the lines holding a place before a figure or a target verb can hold a row.
    # (A figure right after a name is read only after a lead handing figures out, "分别为：".)
    starts = [m.start() for m in _LEAD.finditer(body)]
    starts += [m.start() for m in _VERB.finditer(body) if _PLACE_BEFORE.search(body, max(0, m.start() - _MEASURE - 1), m.start())]
    ends = list(accumulate(len(ln) + 1 for ln in lines)) if starts else []  # each line's end, past its break
    found = []  # (line, start in it, clause, units)
    for i, a in sorted({_clause_start(lines, ends, at) for at in starts}):
        m = _CLAUSE.match(lines[i], a)
        found += [(i, m.start() + x, m.group()[x:y], units) for x, y, units in _rows(m.group())]
    tasks, k = [], 0
    while k < len(found):
        block = [found[k]]
        while k + 1 < len(found) and found[k + 1][0] - block[-1][0] <= _GAP:
            k += 1
            block.append(found[k])
        k += 1
        i0, s0 = block[0][0], block[0][1]
        divided = "分别为" in norm(lines[i0][:s0 + len(block[0][2])])
        if len(block) < 2 and not divided:
            continue
        year = _year(lines, i0, s0)
        if year is None:
            continue
        for _, _, clause, units in block:
            text = clause.strip().rstrip("；;。,，、")
            tasks.append(ExtractedTask(
                doc_no, title=text, text=text, units=[ExtractedUnit(u, "responsible") for u in units],
                deadline=date(year[0], 12, 31), deadline_text=year[1], kind="table"))
    return tasks
