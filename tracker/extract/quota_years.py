"""The period a quota table sets its figures for (quota_rows): the year its title names
("某县2027年造林任务分解表"), a five-year plan's last year ("“十四五”…目标分解表"), or, when its
header gives a column to each year ("2027年" / "2028年" / "2029年"), a milestone at the end of
each year and the last year's end as the deadline."""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.model import ExtractedMilestone
from tracker.extract.normalize import norm
from tracker.extract.rules import rule

QUOTA = re.compile(alternation(lexicon().quota_words))
_YEAR = re.compile(r"((?:19|20)\d{2})年")

# A five-year plan named by its number ("“十四五”"): its targets are due at its last year's end.
PLAN_NAME = rule(
    "quota_plan_name",
    r"(十一五|十二五|十三五|十四五|十五五)(?:时期|期间|规划|期末|末|”|\"|目标|各)",
    "period",
    [("某市“十四五”各区目标分解表", ["十四五”"]), ("十三五期末目标", ["十三五期末"]), ("第十五个", [])],
    doc="A five-year plan named by its number in a table's title: due at the end of its last year.",
)
_PLAN_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}


def table_year(head: list[str]) -> tuple[int, str] | None:
    """The year a table's title (else a header cell naming a target) names, with its line: a
    five-year plan's name ("“十四五”") is its last year."""
    titles = [re.sub(r"^附件?\d*[:：]?\s*", "", ln.strip(" |")) for ln in head if "|" not in ln.strip(" |")]
    named = [ln for ln in head if "|" in ln.strip(" |") and QUOTA.search(norm(ln))]
    at = 0
    for k in range(len(titles) - 1, -1, -1):  # the title nearest the table, then those above it
        if QUOTA.search(norm(titles[k])):
            # (A title broken over two lines is read whole: "某市“十四五”各区碳强度" / "下降目标分解表".
            # A header line naming the figures, "目标任务", gives no year: the title above it does.)
            broken = k > 0 and not _YEAR.search(norm(titles[k])) and not PLAN_NAME.pattern.search(norm(titles[k]))
            title = (titles[k - 1] if broken else "") + titles[k]
            if at:
                named.append(title)  # (after the header's cells: they name the table's own columns)
            else:
                named.insert(0, title)
            at += 1
    for ln in named:
        n = norm(ln)
        m = _YEAR.search(n) or PLAN_NAME.pattern.search(n)
        if m:
            year = int(m.group(1)) if m.re is _YEAR else _PLAN_END[m.group(1)]
            return year, ln.strip(" |")
    return None


# A header cell naming one year of a multi-year table ("2027年", "2028年约1900亩", "2029年度任务").
YEAR_COLUMN = rule(
    "quota_year_column",
    r"^((?:19|20)\d{2})年度?(?:约?[\d.]+[万亿]?(?:亩|人|个|户|吨|元|公里|平方米|处|家)?)?(?:任务|目标|计划)?$",
    "year",
    [("2027年", ["2027年"]), ("2028年约1900亩", ["2028年约1900亩"]), ("2029年度任务", ["2029年度任务"]),
     ("2026年招生人数", []), ("2027年完成情况", [])],
    doc="A quota table's column for one year: with the next years' columns, a milestone each.",
)


def year_columns(head: list[str]) -> list[ExtractedMilestone]:
    """The milestones of a table whose header names two years or more in a row, one column each
    ("2027年" / "2028年" / "2029年"): each year's share is due at its end."""
    found: dict[int, str] = {}
    for ln in head:
        for cell in ln.split("|"):
            m = YEAR_COLUMN.pattern.match(norm(cell))
            if m and int(m.group(1)) not in found:
                found[int(m.group(1))] = cell.strip()
    years = sorted(found)
    if len(years) < 2 or years[-1] - years[0] != len(years) - 1:
        return []
    return [ExtractedMilestone(date(y, 12, 31), found[y]) for y in years]


def row_steps(steps: list[ExtractedMilestone], figures: list[str]) -> list[ExtractedMilestone]:
    """The year columns a row fills: a row with one figure under each year's column owes the
    years whose figure is not nought ("0 | 20 | 18 | 0" under 2027–2030: 2028 and 2029), so its
    share is due at the last of them. A row whose cells do not line up with the columns owes
    them all."""
    if len(figures) != len(steps):
        return steps
    owed = [s for s, f in zip(steps, figures) if re.sub(r"[0.%\s]", "", f)]
    return owed or steps
