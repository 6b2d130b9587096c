"""The statistics section of the reports and the monthly 通报 as HTML.

Bars are table cells with a background colour and a width in percent, which both
QTextDocument (preview, print, PDF) and browsers draw; no script, no image.
"""

from __future__ import annotations

from tracker.report.html import _due_table, _e, _page, _table, light
from tracker.report.html import LIGHT_COLOURS, _doc
from tracker.report.model import rate_light, rate_text
from tracker.report.weeks import cn_date
from tracker.report.monthly import MonthlyReport
from tracker.report.stats import StatsReport


def bar(fraction: float | None, colour: str) -> str:
    """A horizontal bar filling ``fraction`` (0..1) of its cell; empty for None."""
    if fraction is None:
        return ""
    pct = max(0, min(100, round(fraction * 100)))
    if pct == 0:
        return ""
    rest = f'<td width="{100 - pct}%"></td>' if pct < 100 else ""
    return ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="{pct}%" bgcolor="{LIGHT_COLOURS[colour]}" style="font-size:6pt">&nbsp;</td>{rest}'
            "</tr></table>")


def stats_section(stats: StatsReport, heading: str) -> str:
    """``heading`` and the units ranked by 按期办结率, each with a bar, or a line saying
    nothing fell due."""
    parts = [f"<h2>{_e(heading)}（{_e(stats.period.label)}，{len(stats.rows)}个单位）</h2>"]
    if not stats.rows:
        parts.append('<p class="none">本期内没有到期的办理节点。</p>')
        return "\n".join(parts)
    rows = []
    for n, r in enumerate(stats.ranked(), 1):
        colour = rate_light(r.rate)
        rows.append([("c", str(n)), ("", _e(r.name)), ("c", str(r.due)), ("c", str(r.on_time)),
                     ("c", str(r.late)), ("c", str(r.overdue_tasks)), ("c", str(r.open_tasks)),
                     ("c", light(colour, rate_text(r.rate))), ("", bar(r.rate, colour))])
    t = stats.total
    rows.append([("c", ""), ("", "<b>合计</b>"), ("c", str(t.due)), ("c", str(t.on_time)), ("c", str(t.late)),
                 ("c", str(t.overdue_tasks)), ("c", str(t.open_tasks)),
                 ("c", light(rate_light(t.rate), f"<b>{rate_text(t.rate)}</b>")), ("", bar(t.rate, rate_light(t.rate)))])
    parts.append(_table([("序号", "6%"), ("责任单位", "22%"), ("应办结节点", "9%"), ("按期办结", "9%"),
                         ("逾期办结", "9%"), ("逾期任务", "9%"), ("在办任务", "9%"), ("按期办结率", "11%"),
                         ("", "16%")], rows))
    parts.append(f'<p class="note">注：统计时限在{_e(stats.period.label)}内的办理节点，截至{cn_date(stats.as_of)}；'
                 "按期办结率 = 在时限当日或之前办结的节点 / 已到期的节点；逾期任务为已过时限仍未办结的任务，"
                 "在办任务为尚未到期、仍未办结的任务。按按期办结率从高到低排列。</p>")
    return "\n".join(parts)


def monthly_html(report: MonthlyReport) -> str:
    """The monthly 通报 as a complete HTML page."""
    h = report.heading
    parts = [f"<h1>{_e(h.title)}</h1>", f'<p class="sub">{_e(h.period.label)}</p>']
    source = f"编制单位：{_e(h.organisation)}" if h.organisation else f"台账：{_e(h.ledger_name)}"
    meta = [f"统计日期：{cn_date(h.as_of)}", source]
    if h.unit:
        meta.append(f"责任单位：{_e(h.unit)}")
    if h.document:
        meta.append(f"文件：{_e(h.document)}")
    parts.append(f'<p class="meta">{"　　".join(meta)}</p>')
    if h.printed_by or h.printed_at:
        parts.append(f'<p class="meta">打印人：{_e(h.printed_by) or "—"}　　打印时间：{_e(h.printed_at)}</p>')

    parts.append("<h2>总体情况</h2>")
    parts.append(_table([(_e(i.label), "") for i in report.summary],
                        [[("c", light(i.light, f"<b>{_e(i.value)}</b>")) for i in report.summary]]))
    notes = [f"{_e(i.label)}：{_e(i.note)}" for i in report.summary if i.note]
    parts.append('<p class="note">注：' + "；".join(notes) + "。</p>")

    parts.append(stats_section(report.stats, "一、各单位按期办结情况"))

    parts.append(f"<h2>二、截至统计日期逾期未完成（{len(report.overdue)}项）</h2>")
    parts.append(_due_table(report.overdue, "逾期天数", lambda d: f"{-d}天") if report.overdue
                 else '<p class="none">无逾期未完成任务。</p>')

    parts.append(f"<h2>三、本期办结（{len(report.completed)}个节点）</h2>")
    if report.completed:
        rows = []
        for n, c in enumerate(report.completed, 1):
            ok = c.on_time
            verdict = "—" if ok is None else light("green", "按期") if ok else light("red", "逾期")
            rows.append([("c", str(n)), ("", _e(c.title)), ("", _doc(c.doc_no)), ("", _e(c.unit)),
                         ("c", _e(c.due or "—")), ("c", _e(c.done_day)), ("c", verdict)])
        parts.append(_table([("序号", "6%"), ("任务", "32%"), ("文号", "15%"), ("单位", "15%"),
                             ("时限", "12%"), ("完成日期", "12%"), ("按期", "8%")], rows))
    else:
        parts.append('<p class="none">本期无办结登记。</p>')

    parts.append(f"<h2>四、延期与终止（{len(report.changes)}项）</h2>")
    if report.changes:
        rows = [[("c", str(n)), ("", _e(c.title)), ("", _doc(c.doc_no)),
                 ("c", f"延期至 {_e(c.new_deadline)}" if c.kind == "extension" else "终止"),
                 ("", _e(c.reason)), ("c", _e(c.at[:10]))] for n, c in enumerate(report.changes, 1)]
        parts.append(_table([("序号", "6%"), ("任务", "32%"), ("文号", "15%"), ("变更", "14%"),
                             ("理由", "21%"), ("日期", "12%")], rows))
    else:
        parts.append('<p class="none">本期无延期或终止。</p>')
    return _page(f"{h.title} {h.period.label}", "\n".join(parts))
