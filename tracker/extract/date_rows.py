"""Schedules whose rows open with their date, flattened one cell per line under a header a
page copy damaged or left out.

A work schedule (招生工作日程安排, 考核日程表) is a table of time / work / who: each row gives
a day or a span of days, then what is done, then the unit or the person in charge:

    3月1日—4月4日
    各校对辖区内适龄儿童摸底
    编制上报招生计划
    各小学
    4月29日
    小学招生工作会
    张某某

When its header cells are lost ("时 间" and "内 容" gone, "责任人" left), the flattened-table
reader finds no header and the rows are read as loose lines. Here a run of at least four such
rows, each opened by a line holding a date alone and closed before the next one, near a line
naming a column (时间, 内容, 责任 …), is rebuilt as a pipe table: the date is the row's due
date, the lines after it its work, and the last lines, when they name units or people, its
units (people are left out: a person is no unit).
"""

from __future__ import annotations

import re

from tracker.extract.normalize import norm
from tracker.extract.role_clauses import subject_after_date
from tracker.extract.rules import rule
from tracker.extract.units import unit_list_text
from tracker.extract.unit_names import looks_like_unit

# A line holding a day or a span of days and nothing else ("3月1日—4月4日", "5月12日—16日",
# "2029年6月18日", "12月10日（周二）").
DATE_CELL = rule(
    "date_cell",
    r"^(?:(?:19|20)\d{2}年)?(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])[日号]"
    r"(?:[-—–~至到]{1,2}(?:(?:1[0-2]|0?[1-9])月)?(?:3[01]|[12]\d|0?[1-9])[日号])?(?:\([^()]{1,6}\))?$",
    "date_cell",
    [("3月1日—4月4日", ["3月1日—4月4日"]), ("5月12日—16日", ["5月12日—16日"]),
     ("2029年6月18日", ["2029年6月18日"]), ("12月10日(周二)", ["12月10日(周二)"]),
     ("3月1日前完成摸底", []), ("发布时间:2029年6月18日", [])],
)
# A line naming a column of a schedule, above its rows.
_HEAD_WORD = re.compile(r"时间|日期|内容|事项|安排|责任|负责|承办|主办")
_STAMP = re.compile(r"发布|更新|来源|浏览|点击")
_HEAD_BEFORE = 8   # lines above the first row where the header's remains are looked for
_MIN_ROWS = 4
_MAX_CELL_LINES = 4  # lines of one row after its date
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _is_head(n: str) -> bool:
    """A header cell's remains: a short line naming a column, not a page's stamp (发布时间)."""
    return len(n) <= 16 and _HEAD_WORD.search(n) is not None and _STAMP.search(n) is None


def _is_date(n: str) -> bool:
    return bool(DATE_CELL.spans(n))


def _persons(body: list[tuple[int, str, str]], run: list[int]) -> set[str]:
    """The people in charge of a run's rows: a short name that is no unit, met on two rows
    or more ("张某某" under most rows; a cell's broken end, "计划", stands once)."""
    names = [n for _, _, n in body[run[0]:run[-1] + _MAX_CELL_LINES + 1]
             if _PERSON.match(n) and not looks_like_unit(n) and not unit_list_text(n)]
    return {n for n in names if names.count(n) >= 2}


# A schedule whose cells a page ran into one line, spaced apart: "考核日程表 时 间 内 容 12月10日
# 被考核人撰写总结 12月11日 各单位召开考核会 …": its header, then each date standing alone.
_INLINE_HEAD = re.compile(r"时\s*间\s+(?:工\s*作\s*|活\s*动\s*)?(?:内\s*容|事\s*项|安\s*排)\s+")
_INLINE_DATE = re.compile(DATE_CELL.pattern.pattern.strip("^$").replace("(?:\\([^()]{1,6}\\))?", "")
                          .join([r"(?:^|(?<=\s))(?:", r")(?=\s)"]))


def split_inline(lines: list[str]) -> list[str]:
    """``lines`` with a schedule run into one line (``_INLINE_HEAD``, then four dates at
    least, each set off by spaces) cut into its cells, one a line."""
    out: list[str] = []
    for ln in lines:
        head = _INLINE_HEAD.search(ln) if "间" in ln else None
        cuts = [m.start() for m in _INLINE_DATE.finditer(ln, head.end())] if head else []
        if len(cuts) < _MIN_ROWS:
            out.append(ln)
            continue
        out.extend(part for part in (ln[:head.start()].strip(), head.group().strip()) if part)
        for a, b in zip(cuts, cuts[1:] + [len(ln)]):
            date = _INLINE_DATE.match(ln, a)
            out.extend([date.group(), ln[date.end():b].strip()])
    return out if len(out) > len(lines) else lines


def rebuild_date_rows(lines: list[str], nlines: list[str]) -> list[str]:
    """``lines`` with each run of date-led schedule rows rebuilt as a pipe table (``lines``
    itself when there is none). In a schedule naming no unit beside its work, each row's units
    are the subject its work opens with ("各单位召开考核会")."""
    body = [(i, lines[i].replace("|", " ").strip(), n) for i in range(len(lines))
            if (n := nlines[i].replace("|", "").strip())]
    starts = [k for k, (_, _, n) in enumerate(body) if len(n) <= 24 and _is_date(n)]
    if len(starts) < _MIN_ROWS:
        return lines
    out: list[str] = []
    done = 0
    k = 0
    while k < len(starts):
        run = [starts[k]]
        while k + 1 < len(starts) and 2 <= starts[k + 1] - run[-1] <= _MAX_CELL_LINES + 1:
            run.append(starts[k + 1])
            k += 1
        k += 1
        rows = _rows(body, run, _persons(body, run))
        if rows is not None and len(rows) < len(run):  # the last date was none of the schedule's
            run = run[:len(rows)]
            rows = _rows(body, run, _persons(body, run)) if run else None
        if rows is None or len(rows) < _MIN_ROWS \
                or not any(_is_head(n) for _, _, n in body[max(0, run[0] - _HEAD_BEFORE):run[0]]):
            continue
        first = body[run[0]][0]
        last = body[rows[-1][3]][0]
        out.extend(lines[done:first])
        bare = all(who == "/" for _, _, who, _ in rows)  # no unit column: each row's subject
        out.append("| 完成时限 | 工作内容 | 责任单位 |")
        out.extend(f"| {d} | {work} | {subject_units(work) if bare else who} |" for d, work, who, _ in rows)
        done = last + 1
    if not out:
        return lines
    out.extend(lines[done:])
    return out


def _is_work(n: str, persons: set[str]) -> bool:
    """Does a row's work cell name work: four characters at least, no person alone, no
    telephone number?"""
    return len(re.findall(r"[\u4e00-\u9fff]", n)) >= 4 and n not in persons and re.search(r"\d{7}", n) is None


def subject_units(work: str) -> str:
    """The units ``work`` opens with, as written, before their verb; "/" when none."""
    n = norm(work)
    end = subject_after_date(n, 0)
    if not end:
        return "/"
    return work[:end] if norm(work[:end]) == n[:end] else n[:end]


def _rows(body: list[tuple[int, str, str]], run: list[int], persons: set[str]) -> list[tuple[str, str, str, int]] | None:
    """(date, work, units, index of the row's last line) of each row of a run, or None when a
    row holds a sentence (a chronicle's or a report's entries are no schedule)."""
    def who(n: str) -> bool:  # a line naming the row's units or its person in charge
        return n in persons or bool(unit_list_text(n))

    rows = []
    ends = run[1:] + [min(len(body), run[-1] + 1 + _MAX_CELL_LINES)]
    column = sum(1 for a, b in zip(run, run[1:]) if b - a > 2 and who(body[b - 1][2])) * 2 >= len(run) - 1
    for a, b in zip(run, ends):
        cells = body[a + 1:b]
        if a == run[-1]:
            # The last row ends at its first line naming units or people when the rows above
            # end so (a column of who is in charge), else after one line.
            stop = next((j + 1 for j, (_, _, n) in enumerate(cells) if who(n)), 1) if column else 1
            cells = cells[:stop]
            if not cells or _is_date(cells[0][2]):
                break  # a date under the schedule (a signature's) is no row of it
        if not cells or any("。" in n or len(n) > 60 for _, _, n in cells):
            return None
        k = len(cells)
        while k > 1 and column and who(cells[k - 1][2]):
            k -= 1
        work = "".join(t for _, t, _ in cells[:k])
        if not _is_work(norm(work), persons):
            return None  # a duty roster's row (a person, a unit, a telephone number) names no work
        units = "、".join(t for _, t, n in cells[k:] if n not in persons)
        # "/": no unit, as a clerk marks it (an empty cell would take the units of the row above).
        rows.append((body[a][1], work, units or "/", a + len(cells)))
    return rows
