"""A list of one year's items binds the items that state no date to the end of that year.

A 年度 list (2023年度十件民生实事, 2024年度重点工作计划, a progress table whose header
names the 全年目标任务 column) hands out the year's targets: an item with no date of its
own is due when the year ends. Lists that name a year without calling themselves the
year's (a 分工方案 of 2022年预期目标, a 工作报告's targets) keep their undated rows undated.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm
from tracker.extract.plan_targets import bind_plan_targets
from tracker.extract.rules import rule

_HEAD_CHARS = 400  # the title and header lines: where a list names what it is
_DIVIDED_BEFORE = re.compile(r"分解|分工")

YEAR_LIST = rule(
    "year_list",
    r"(?P<y>(?:19|20)\d{2})(?:年度[^\n,;。:]{0,12}?(?:十件|[一二三四五六七八九十\d]{1,3}[件项])?"
    r"(?:民生实事|惠民实事|实事|重点工作|重点项目|目标任务|实施计划|工作计划|行动计划)"
    # or the year's counted 实事 with no 年度 ("2027年实施30项民生实事", "2027年全市十件为民实事")
    r"|年[^\n,;。:\d]{0,8}?[一二三四五六七八九十\d]{1,3}[件项](?:民生|惠民|为民)?实事"
    # or the year's 民生实事 named with no count ("2027年民生实事项目", "2027年为民办实事项目")
    r"|年[^\n,;。:\d]{0,8}?(?:民生|惠民|为民办?)实事(?:项目)?(?![^\n]*?(?:征集|候选|工作的?(?:通知|意见)|考核|评估|督查)))"
    # A report on the year once it is over (…落实情况的通报, …工作总结, …任务完成情况, as against
    # an in-year 推进情况 / 执行情况): nothing is due any more.
    # A 分工方案 or 清单 of the year keeps its undated rows undated (the corpus's gold rule).
    r"(?![^\n]*(?:通报|总结|完成情况|分工|分解|清单|方案))",
    "period",
    [("某州2027年度十件民生实事1-3月推进情况", ["2027年度十件民生实事"]),
     ("某镇2027年度重点工作计划二季度执行情况", ["2027年度重点工作"]),
     ("关于转发《某区城市更新2027年度实施计划》的通知", ["2027年度实施计划"]),
     ("某市民生工作领导小组办公室关于2027年实施30项民生实事的通知", ["2027年实施30项民生实事"]),
     ("关于印发2027年民生实事项目的通知", ["2027年民生实事项目"]),
     ("关于征集2028年民生实事项目的公告", []), ("关于征集2028年度为民办实事项目的公告", []), ("关于做好2027年民生实事工作的通知", []),
     ("关于印发2027年度学习计划的通知", []), ("2027年12月底前完成3项实事", []),
     ("2026年度市政府重点工作落实情况的通报", []),
     ("2026年度区政府重点工作任务完成情况", []),
     ("关于印发2027年度重点工作任务分解方案的通知", []),
     ("2026年度考核反馈问题整改实施方案", []), ("关于分解下达2027年度市政府重点工作任务的通知", [])],
    value=lambda m: int(m.group("y")),
    # (A call for proposals for the year's list, "关于征集2028年…实事项目的公告", lists none yet; a
    # title dividing the year's work before naming it, "关于分解下达2027年度重点工作任务的通知", is
    # a 分解 of the year, as one naming it after.)
    when=lambda m: m.string.find("征集", max(0, m.start() - 8), m.start()) < 0
    and _DIVIDED_BEFORE.search(m.string, max(0, m.string.rfind("\n", 0, m.start()) + 1), m.start()) is None,
    doc="A title naming its items as one year's list.",
)
# A table header cell naming the column of the year's targets ("| 全年目标任务 |"), under a
# title that names the year ("2027年区政府重点民生实事项目推进情况").
_YEAR_COLUMN = re.compile(r"(?:^|\|)全年目标(?:任务)?(?:\||$)", re.M)
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年")
YEAR_TARGET_COLUMN = rule(
    "year_target_column",
    r"(?:^|\|)((?:19|20)\d{2})年度?(?:任务目标|目标任务|工作目标)(?=\|)(?=[^\n]*?\|[^|\n]{0,12}(?:完成|进展|推进|落实)情况\|)",
    "period",
    [("|事项名称|2027年度任务目标|责任单位|1-9月份工作完成情况|", ["|2027年度任务目标"]),
     ("|项目|2027年工作目标|推进情况|", ["|2027年工作目标"]),
     ("|序号|重点任务|2027年预期目标|责任单位|", []),
     ("|序号|重点任务|2027年度任务目标|责任单位|", [])],
    value=lambda m: int(m.group(1)), flags=re.M,
    doc="A progress table's target column naming its year (its header also names a progress "
        "column): the targets are that year's. A 分工方案's year column has no progress column.",
)


def list_year(text_norm: str) -> tuple[int, str] | None:
    """(year, phrase) when the text's head names it a list of one year's items, else None."""
    head = text_norm[:_HEAD_CHARS]
    if _YEAR_COLUMN.search(head):  # (its header cell names the phrase: 全年)
        first = next((ln for ln in head.split("\n") if ln.strip()), "")
        m = _TITLE_YEAR.search(first)
        if m:
            return int(m.group(1)), "全年"
    spans = YEAR_LIST.spans(head)
    if spans:
        return spans[0].value, f"{spans[0].value}年度"
    spans = YEAR_TARGET_COLUMN.spans(head)
    if spans:
        return spans[0].value, head[spans[0].start:spans[0].end].strip("|")
    return None


def bind_year(title_norm: str, lines_norm: list[str], tasks: list[ExtractedTask], ref: date | None = None) -> None:
    """Give each task that states no date, recurrence or time phrase the end of the year of
    the list the document's title and first lines (tables included) name; then those under a
    section heading naming the year's expected targets (``bind_target_section``)."""
    head, size = [title_norm], len(title_norm)
    for ln in lines_norm:
        if size >= _HEAD_CHARS:
            break
        head.append(ln)
        size += len(ln) + 1
    found = list_year("\n".join(head))
    if found is not None:
        year, phrase = found
        for t in tasks:
            if t.deadline is None and not t.deadline_text and not t.recurrence:
                t.deadline, t.deadline_text = date(year, 12, 31), phrase
    bind_target_section(title_norm, lines_norm, ref, tasks)
    bind_plan_targets(title_norm, lines_norm, ref, tasks)  # "…“十二五”规划任务分工": its targets at its end


# A plan whose title names its span of years in brackets ("…三年行动方案（2027-2029年）", "…（2027—2029）").
PLAN_PERIOD = rule(
    "plan_period",
    r"[(（](?P<a>(?:19|20)\d{2})年?[-—–－~至到](?P<b>(?:19|20)\d{2})年?[)）]",
    "period",
    [("关于印发《某区城市更新行动方案（2027-2029年）》的通知", ["(2027-2029年)"]),
     ("某区违法用地综合整治三年行动工作方案（2027—2029）", ["(2027—2029)"]),
     ("关于做好2027年度防汛工作的通知", []), ("某县（2027年）重点工作", [])],
    when=lambda m: int(m.group("a")) < int(m.group("b")) <= int(m.group("a")) + 15,
    doc="A title naming the years its plan runs: its task table's undated rows are due when it ends.",
)


def bind_plan_period(title_norm: str, issued: date | None, rows: list[ExtractedTask]) -> None:
    """Give each row of a plan's task table that states no date, recurrence or time phrase the end
    of the span of years the plan's title names ("…行动方案（2027-2029年）": 2029-12-31), unless it
    ended before the issue date. Passages of the body keep their own reading (an undated measure
    stays undated): the table is the plan's list of what it hands out."""
    spans = PLAN_PERIOD.spans(title_norm)
    if not spans:
        return
    m = PLAN_PERIOD.pattern.match(title_norm, spans[0].start)
    end = date(int(m.group("b")), 12, 31)
    if issued is not None and end < issued:
        return
    for t in rows:
        if t.deadline is None and not t.deadline_text and not t.recurrence:
            t.deadline, t.deadline_text = end, f"{m.group('a')}-{m.group('b')}年"


_TARGETS = alternation(lexicon().year_targets)
# A section heading naming the year's list of expected targets ("一、2027年全区经济社会发展主要预期目标",
# "一、确保完成全年主要预期目标", a table's category cell "经济社会发展主要预期目标"): the targets are the
# year's, due when it ends, as a 实事 list's items are (the corpus's gold rule "Quota and target tables,
# year lists"). A plan's targets for a span of years ("“十四五”时期主要预期目标", "2026-2030年…") are not.
YEAR_TARGETS = rule(
    "year_targets",
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、])?(?:确保|努力)?(?:完成|实现)?"
    r"(?:(?P<y>(?:19|20)\d{2})年度?|全年|年度|今年)?(?![^\n]*?(?:[一二三四五六七八九十]五|[-—~至到](?:19|20)?\d{2}年?))"
    # (a gloss in brackets may close the heading: "一、经济社会发展指标(工作目标)")
    r"[^\n,;。:!?]{0,16}?" + _TARGETS + r"(?:\((?![^()\n]*情况)[^()\n]{1,6}\))?$",
    "period",
    [("一、2027年全区经济社会发展主要预期目标", ["一、2027年全区经济社会发展主要预期目标"]),
     ("一、确保完成全年主要预期目标", ["一、确保完成全年主要预期目标"]),
     ("经济社会发展主要预期目标", ["经济社会发展主要预期目标"]),
     ("一、2027年经济社会发展主要预期目标分解", ["一、2027年经济社会发展主要预期目标分解"]),
     ("(一)“十五五”时期主要预期目标", []), ("一、2026-2030年主要预期目标", []),
     ("一、2027年经济社会发展主要目标", ["一、2027年经济社会发展主要目标"]),
     ("一、经济社会发展指标(工作目标)", ["一、经济社会发展指标(工作目标)"]), ("一、预期目标(完成情况)", []),
     ("一、主要预期目标完成情况", []), ("2027年主要预期目标为:", []), ("一、主要目标", [])],
    value=lambda m: int(m.group("y")) if m.group("y") else None,
    doc="A section heading naming the year's (or the whole year's) expected targets.",
)
_HEAD_LINES = 12  # the first lines of a page with no title in its header name the year it reports on
_PLAN_SPAN = re.compile(r"[十二三四五六七八九]五”?(?:规划|时期|期间)|(?:19|20)\d{2}年?[-—~至到](?:19|20)\d{2}")


def bind_target_section(title_norm: str, lines_norm: list[str], ref: date | None, tasks: list[ExtractedTask]) -> None:
    """Give each task that states no date, recurrence or time phrase, under a section heading naming
    the year's expected targets, the end of that year: the heading's year, else the one the document's
    title or first lines name (a report on last year's targets), else the reference year.
    A title naming a plan's span of years (十四五, 2026-2030年) leaves them undated."""
    if _PLAN_SPAN.search(title_norm):
        return
    named = None
    for t in tasks:
        if t.deadline is not None or t.deadline_text or t.recurrence or not t.section:
            continue
        spans = YEAR_TARGETS.spans(norm(t.section))
        if not spans:
            continue
        if named is None:
            head = "\n".join([title_norm, *lines_norm[:_HEAD_LINES]])[:_HEAD_CHARS]
            m = _TITLE_YEAR.search(head)
            named = int(m.group(1)) if m else (ref.year if ref else 0)
        year = spans[0].value or named
        if year:
            t.deadline, t.deadline_text = date(year, 12, 31), t.section
