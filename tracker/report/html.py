"""Report models → HTML for Qt's rich-text engine (QTextDocument) and for browsers.

Only the subset QTextDocument understands is used: tables with ``border``/``cellpadding``
attributes, ``<thead>`` (its rows repeat at the top of each printed page), colours,
font sizes, alignment and ``page-break-before``. Every piece of text that comes from a
document or a person (task titles, 文号, unit names, reasons, names) goes through
``html.escape``: a task that reads ``<b>`` prints ``<b>``.
"""

from __future__ import annotations

from html import escape

from tracker.ledger.tasks import ROLE_ZH
from tracker.report.model import WeeklyReport, rate_light, rate_text
from tracker.report.weeks import cn_date
from tracker.report.notice import ChasingNotice

LIGHT_COLOURS = {"red": "#c00000", "yellow": "#d89000", "green": "#2e7d32", "grey": "#808080"}
LIGHT_ZH = {"red": "红灯", "yellow": "黄灯", "green": "绿灯", "grey": "灰灯"}

# Song-style (宋体) body and Hei-style (黑体) headings, as offices print; the PDF renderer
# also sets an installed CJK family as the document default.
SERIF = "'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Noto Sans CJK SC', serif"
SANS = "'SimHei', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif"

CSS = f"""
body {{ font-family: {SERIF}; font-size: 10.5pt; color: #000000; }}
h1 {{ font-family: {SANS}; font-size: 20pt; font-weight: bold; text-align: center;
      margin-top: 0px; margin-bottom: 6px; }}
h2 {{ font-family: {SANS}; font-size: 13pt; font-weight: bold; margin-top: 14px; margin-bottom: 6px; }}
p.sub {{ font-size: 13pt; text-align: center; margin-top: 0px; margin-bottom: 4px; }}
p.meta {{ font-size: 9pt; color: #333333; margin-top: 2px; margin-bottom: 2px; }}
p.none {{ color: #555555; margin-left: 2em; }}
p.body {{ font-size: 12pt; line-height: 150%; text-indent: 32px; margin-top: 6px; margin-bottom: 6px; }}
p.to {{ font-size: 12pt; margin-top: 10px; margin-bottom: 0px; }}
p.note {{ font-size: 9pt; color: #333333; }}
p.seal {{ font-size: 12pt; text-align: right; margin-top: 90px; margin-bottom: 0px; }}
p.sign {{ font-size: 12pt; text-align: right; margin-top: 4px; margin-bottom: 60px; }}
p.reply {{ font-size: 12pt; margin-top: 20px; }}
table.grid {{ border-color: #000000; border-style: solid; }}
table.grid th {{ font-family: {SANS}; font-weight: bold; background-color: #e8e8e8; text-align: center;
                 font-size: 9.5pt; }}
table.grid td {{ font-size: 9.5pt; vertical-align: top; }}
td.c {{ text-align: center; }}
td.r {{ text-align: right; }}
hr {{ border: 0; }}
"""


def _e(text) -> str:
    """Escaped text (None as empty)."""
    return escape("" if text is None else str(text), quote=True)


def light(colour: str | None, text: str = "") -> str:
    """A coloured ● followed by ``text`` (already safe)."""
    if not colour:
        return text
    return (f'<span style="color:{LIGHT_COLOURS[colour]}" title="{LIGHT_ZH[colour]}">●</span>'
            + (f"&nbsp;{text}" if text else ""))


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{_e(title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n</body></html>\n")


def _table(headers: list[tuple[str, str]], rows: list[list[tuple[str, str]]]) -> str:
    """A ruled table; ``headers`` (label, width%) go in a repeating <thead>; cells are
    (class, safe html) pairs."""
    head = "".join(f'<th width="{w}">{label}</th>' for label, w in headers)
    body = "\n".join("<tr>" + "".join(f'<td class="{cls}">{cell}</td>' if cls else f"<td>{cell}</td>"
                                      for cls, cell in row) + "</tr>" for row in rows)
    return (f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="4">\n'
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>\n")


def _doc(doc_no) -> str:
    return _e(doc_no) if doc_no else '<span style="color:#777777">无文号</span>'


def _due(due, deadline_text) -> str:
    out = _e(due or "")
    if deadline_text:
        out += f'<br><span style="font-size:8.5pt;color:#444444">{_e(deadline_text)}</span>'
    return out


def _contact(contact: str, phone: str) -> str:
    return "　　".join(x for x in (f"联系人：{_e(contact)}" if contact else "",
                                  f"联系电话：{_e(phone)}" if phone else "") if x)


def _units_text(names: list[str]) -> str:
    return "、".join(_e(n) for n in names) or "（未指定单位）"


def weekly_html(report: WeeklyReport) -> str:
    """The weekly report as a complete HTML page."""
    h = report.heading
    parts = [f"<h1>{_e(h.title)}</h1>", f'<p class="sub">{_e(h.week.title)}</p>']
    scope = []
    if h.unit:
        scope.append(f"责任单位：{_e(h.unit)}")
    if h.document:
        scope.append(f"文件：{_e(h.document)}")
    source = f"编制单位：{_e(h.organisation)}" if h.organisation else f"台账：{_e(h.ledger_name)}"
    meta = [f"统计日期：{cn_date(h.as_of)}", source, *scope]
    parts.append(f'<p class="meta">{"　　".join(meta)}</p>')
    if h.printed_by or h.printed_at:
        parts.append(f'<p class="meta">打印人：{_e(h.printed_by) or "—"}　　打印时间：{_e(h.printed_at)}</p>')
    if h.contact or h.phone:
        parts.append(f'<p class="meta">{_contact(h.contact, h.phone)}</p>')

    parts.append("<h2>总体情况</h2>")
    parts.append(_table([(_e(i.label), "") for i in report.summary],
                        [[("c", light(i.light, f"<b>{_e(i.value)}</b>")) for i in report.summary]]))
    notes = [f"{_e(i.label)}：{_e(i.note)}" for i in report.summary if i.note]
    parts.append('<p class="note">注：' + "；".join(notes)
                 + "。●红灯为逾期，●黄灯为临期，●绿灯为正常，●灰灯为已办结。</p>")

    w = report.window
    parts.append(f"<h2>一、逾期未完成（{len(report.overdue)}项）</h2>")
    parts.append(_due_table(report.overdue, "逾期天数", lambda d: f"{-d}天") if report.overdue
                 else '<p class="none">无逾期未完成任务。</p>')
    parts.append(f"<h2>二、{w}天内到期（{len(report.due_soon)}项）</h2>")
    parts.append(_due_table(report.due_soon, "剩余天数", lambda d: "今天" if d == 0 else f"{d}天")
                 if report.due_soon else f'<p class="none">{w}天内无到期任务。</p>')

    parts.append(f"<h2>三、本周完成（{len(report.completed)}个节点）</h2>")
    if report.completed:
        rows = []
        for n, c in enumerate(report.completed, 1):
            ok = c.on_time
            verdict = ("—" if ok is None else light("green", "按期") if ok else light("red", "逾期"))
            title = _e(c.title)
            if not (c.is_final and c.label in ("完成", c.due)):
                title += f'<br><span style="font-size:8.5pt;color:#444444">节点：{_e(c.label)}</span>'
            rows.append([("c", str(n)), ("", title), ("", _doc(c.doc_no)), ("", _e(c.unit)),
                         ("c", _e(c.due or "—")), ("c", _e(c.done_day)), ("c", _e(c.done_by or "—")),
                         ("c", verdict)])
        parts.append(_table([("序号", "6%"), ("任务", "24%"), ("文号", "14%"), ("单位", "13%"),
                             ("时限", "13%"), ("完成日期", "13%"), ("登记人", "8%"), ("按期", "9%")], rows))
    else:
        parts.append('<p class="none">本周无完成登记。</p>')

    parts.append(f"<h2>四、各责任单位进度（{len(report.units)}个单位）</h2>")
    if report.units:
        rows = [[("c", str(n)), ("", light(u.light, _e(u.name))), ("c", str(u.tasks)),
                 ("c", f"{u.cells_done}/{u.cells}"), ("c", str(u.overdue) if u.overdue else "0"),
                 ("c", str(u.due_soon)), ("c", light(rate_light(u.rate), rate_text(u.rate)))]
                for n, u in enumerate(report.units, 1)]
        parts.append(_table([("序号", "6%"), ("责任单位", "30%"), ("任务数", "10%"), ("已完成节点", "14%"),
                             ("逾期任务", "11%"), (f"{w}天内到期", "13%"), ("按期办结率", "16%")], rows))
        parts.append('<p class="note">注：按逾期任务数从多到少排列；节点指单位在某项任务中的一个办理节点。</p>')
    else:
        parts.append('<p class="none">无。</p>')

    parts.append(f"<h2>五、延期与终止（{len(report.changes)}项）</h2>")
    if report.changes:
        rows = []
        for n, c in enumerate(report.changes, 1):
            what = (f"延期<br>{_e(c.old_deadline or '无')}<br>→ {_e(c.new_deadline)}" if c.kind == "extension"
                    else "终止")
            rows.append([("c", str(n)), ("", _e(c.title)), ("", _doc(c.doc_no)), ("c", what),
                         ("", _e(c.reason)), ("", _e(c.by or "—")), ("c", _e(c.at[:10]))])
        parts.append(_table([("序号", "6%"), ("任务", "25%"), ("文号", "14%"), ("变更", "12%"),
                             ("理由", "21%"), ("经办人", "9%"), ("日期", "13%")], rows))
    else:
        parts.append('<p class="none">本周无延期或终止。</p>')
    if report.stats is not None:
        from tracker.report.stats_html import stats_section

        parts.append(stats_section(report.stats, "六、本年度按期办结统计"))
    return _page(f"{h.title} {h.week.title}", "\n".join(parts))


def _due_table(rows, days_label: str, days_fmt) -> str:
    body = [[("c", str(n)), ("", _e(r.title)), ("", _doc(r.doc_no)), ("c", _due(r.due, r.deadline_text)),
             ("c", light(r.light, days_fmt(r.days))), ("", _units_text(r.open_units))]
            for n, r in enumerate(rows, 1)]
    return _table([("序号", "6%"), ("任务", "34%"), ("文号", "15%"), ("完成时限", "13%"),
                   (days_label, "10%"), ("未完成单位", "22%")], body)


def _notice_table(items, overdue: bool) -> str:
    rows = []
    for n, i in enumerate(items, 1):
        days = light("red", f"{-i.days}天") if overdue else light("yellow", "今天" if i.days == 0 else f"{i.days}天")
        source = _doc(i.doc_no) + (f'<br><span style="font-size:8.5pt">{_e(i.doc_title)}</span>'
                                   if i.doc_title else "")
        rows.append([("c", str(n)), ("", _e(i.title)), ("", source), ("c", _due(i.due, i.deadline_text)),
                     ("c", days), ("c", _e(ROLE_ZH.get(i.role, i.role)))])
    return _table([("序号", "6%"), ("任务", "36%"), ("来源文件", "24%"), ("完成时限", "13%"),
                   ("逾期天数" if overdue else "剩余天数", "11%"), ("职责", "10%")], rows)


def notice_body(n: ChasingNotice, first: bool = True) -> str:
    """One notice's HTML (no page wrapper); later notices start on a new page."""
    brk = "" if first else ' style="page-break-before: always"'
    over, soon = n.overdue, n.due_soon
    parts = [f"<h1{brk}>{_e('催办通知单')}</h1>", f'<p class="sub">编号：{_e(n.number)}</p>',
             f'<p class="to"><b>{_e(n.unit)}：</b></p>']
    if n.items:
        what = []
        if over:
            what.append(f"<b>{len(over)}</b>项已逾期未完成")
        if soon:
            what.append(f"<b>{len(soon)}</b>项将于{n.window}天内到期")
        parts.append(f'<p class="body">根据重点任务督办台账，截至{cn_date(n.as_of)}，你单位承办的重点任务中，'
                     f'{"，".join(what)}。请高度重视，抓紧推进，并于<b>{cn_date(n.reply_by)}</b>前将办理情况'
                     f'（已完成的请附佐证材料，未完成的请说明原因及完成时间）书面反馈。</p>')
    else:
        parts.append(f'<p class="body">截至{cn_date(n.as_of)}，你单位没有逾期或{n.window}天内到期的督办事项。</p>')
    if over:
        parts.append(f"<h2>一、逾期未完成事项（{len(over)}项）</h2>")
        parts.append(_notice_table(over, True))
    if soon:
        parts.append(f"<h2>{'二' if over else '一'}、{n.window}天内到期事项（{len(soon)}项）</h2>")
        parts.append(_notice_table(soon, False))
    if n.contact or n.phone:
        parts.append(f'<p class="to">{_contact(n.contact, n.phone)}</p>')
    # The 落款: issuing office and date at the right, with room above them for the seal.
    parts.append(f'<p class="seal">{_e(n.organisation) or "（发文单位）"}</p>')
    parts.append(f'<p class="sign">{cn_date(n.as_of)}</p>')
    parts.append('<p class="reply">反馈日期：______年____月____日　　　　签收人：____________</p>')
    source = "" if n.organisation else f"台账：{_e(n.ledger_name)}　　"
    parts.append(f'<p class="meta">{source}打印人：{_e(n.printed_by) or "—"}　　'
                 f'打印时间：{_e(n.printed_at)}</p>')
    return "\n".join(parts)


def notices_html(notices: list[ChasingNotice]) -> str:
    """Notices as one HTML page, one unit per printed page."""
    if not notices:
        return _page("催办通知单", '<h1>催办通知单</h1>\n<p class="none">没有逾期未完成的单位，无需催办。</p>')
    body = "\n".join(notice_body(n, i == 0) for i, n in enumerate(notices))
    return _page(f"催办通知单（{len(notices)}个单位）", body)
