"""Reports as PDF files, written by the core (fpdf2) in a CJK font found at run time.

The text layer holds exactly the characters printed: fpdf2 embeds a subset of the font
with a ToUnicode map built from the characters written, so 人民政府 is found by a
search and copies as 人民政府 (a PDF writer that maps glyphs back through the font's
cmap can give Kangxi radicals such as ⼈ U+2F08 for 人, which share the glyph).
The command line and the app's "导出PDF" both use this module; the app's print preview
and printing lay out the same report's HTML with Qt. Here are the three reports' layouts;
the page writer under them is :mod:`tracker.report.pdf_writer`.
"""

from __future__ import annotations

from pathlib import Path

from tracker.ledger.tasks import ROLE_ZH
from tracker.report.fonts import CjkFonts
from tracker.report.model import WeeklyReport, rate_light, rate_text
from tracker.report.weeks import cn_date
from tracker.report.notice import ChasingNotice
from tracker.report.pdf_writer import GREY, SEAL_MM, PageWriter, new_pdf, save


def _light(colour: str | None, text: str):
    return (f"● {text}", colour, "C") if colour else (text, None, "C")


def _meta_lines(organisation: str, ledger_name: str, printed_by: str, printed_at: str, contact: str,
                phone: str) -> list[str]:
    first = [f"编制单位：{organisation}" if organisation else f"台账：{ledger_name}"]
    second = [f"打印人：{printed_by or '—'}", f"打印时间：{printed_at}"] if (printed_by or printed_at) else []
    third = [x for x in (f"联系人：{contact}" if contact else "", f"联系电话：{phone}" if phone else "") if x]
    return ["　　".join(part) for part in (first, second, third) if part]


def _due_cells(rows, days_fmt) -> list[list]:
    out = []
    for n, r in enumerate(rows, 1):
        due = (r.due or "") + (f"\n{r.deadline_text}" if r.deadline_text else "")
        out.append([(str(n), None, "C"), r.title, r.doc_no or "无文号", (due, None, "C"),
                    _light(r.light, days_fmt(r.days)), "、".join(r.open_units) or "（未指定单位）"])
    return out


def weekly_pdf(report: WeeklyReport, path: str | Path, *, fonts: CjkFonts | None = None) -> int:
    """Write the weekly report as an A4 PDF at ``path``; returns the page count."""
    h = report.heading
    pdf = new_pdf(f"{h.title} {h.week.title}", fonts)
    pdf.add_page()
    w = PageWriter(pdf)
    w.text(h.title, size=20, bold=True, align="C", after=2)
    w.text(h.week.title, size=13, align="C", after=2)
    scope = [f"统计日期：{cn_date(h.as_of)}"]
    if h.unit:
        scope.append(f"责任单位：{h.unit}")
    if h.document:
        scope.append(f"文件：{h.document}")
    w.text("　　".join(scope), size=9, colour=GREY, after=0.5)
    for line in _meta_lines(h.organisation, h.ledger_name, h.printed_by, h.printed_at, h.contact, h.phone):
        w.text(line, size=9, colour=GREY, after=0.5)

    w.heading("总体情况")
    w.table([(i.label, 1) for i in report.summary], [[_light(i.light, i.value) for i in report.summary]])
    notes = [f"{i.label}：{i.note}" for i in report.summary if i.note]
    w.text("注：" + "；".join(notes) + "。●红灯为逾期，●黄灯为临期，●绿灯为正常，●灰灯为已办结。", size=9, colour=GREY)

    win = report.window
    cols_due = [("序号", 6), ("任务", 34), ("文号", 15), ("完成时限", 13), ("", 10), ("未完成单位", 22)]
    w.heading(f"一、逾期未完成（{len(report.overdue)}项）")
    if report.overdue:
        cols = list(cols_due)
        cols[4] = ("逾期天数", 10)
        w.table(cols, _due_cells(report.overdue, lambda d: f"{-d}天"))
    else:
        w.text("无逾期未完成任务。", colour=GREY, indent=8)
    w.heading(f"二、{win}天内到期（{len(report.due_soon)}项）")
    if report.due_soon:
        cols = list(cols_due)
        cols[4] = ("剩余天数", 10)
        w.table(cols, _due_cells(report.due_soon, lambda d: "今天" if d == 0 else f"{d}天"))
    else:
        w.text(f"{win}天内无到期任务。", colour=GREY, indent=8)

    w.heading(f"三、本周完成（{len(report.completed)}个节点）")
    if report.completed:
        rows = []
        for n, c in enumerate(report.completed, 1):
            ok = c.on_time
            verdict = ("—", None, "C") if ok is None else _light("green" if ok else "red", "按期" if ok else "逾期")
            title = c.title if (c.is_final and c.label in ("完成", c.due)) else f"{c.title}\n节点：{c.label}"
            rows.append([(str(n), None, "C"), title, c.doc_no or "无文号", c.unit, (c.due or "—", None, "C"),
                         (c.done_at[:10], None, "C"), (c.done_by or "—", None, "C"), verdict])
        w.table([("序号", 6), ("任务", 24), ("文号", 14), ("单位", 13), ("时限", 13), ("完成日期", 13),
                 ("登记人", 8), ("按期", 9)], rows)
    else:
        w.text("本周无完成登记。", colour=GREY, indent=8)

    w.heading(f"四、各责任单位进度（{len(report.units)}个单位）")
    if report.units:
        rows = [[(str(n), None, "C"), (f"● {u.name}", u.light, None) if u.light else u.name, (str(u.tasks), None, "C"),
                 (f"{u.cells_done}/{u.cells}", None, "C"), (str(u.overdue), None, "C"), (str(u.due_soon), None, "C"),
                 _light(rate_light(u.rate), rate_text(u.rate))] for n, u in enumerate(report.units, 1)]
        w.table([("序号", 6), ("责任单位", 30), ("任务数", 10), ("已完成节点", 14), ("逾期任务", 11),
                 (f"{win}天内到期", 13), ("按期办结率", 16)], rows)
        w.text("注：按逾期任务数从多到少排列；节点指单位在某项任务中的一个办理节点。", size=9, colour=GREY)
    else:
        w.text("无。", colour=GREY, indent=8)

    w.heading(f"五、延期与终止（{len(report.changes)}项）")
    if report.changes:
        rows = []
        for n, c in enumerate(report.changes, 1):
            what = (f"延期\n{c.old_deadline or '无'}\n→ {c.new_deadline}" if c.kind == "extension" else "终止")
            rows.append([(str(n), None, "C"), c.title, c.doc_no or "无文号", (what, None, "C"), c.reason,
                         c.by or "—", (c.at[:10], None, "C")])
        w.table([("序号", 6), ("任务", 25), ("文号", 14), ("变更", 12), ("理由", 21), ("经办人", 9), ("日期", 13)],
                rows)
    else:
        w.text("本周无延期或终止。", colour=GREY, indent=8)
    if getattr(report, "stats", None) is not None:
        _stats_section(w, report.stats, "六、本年度按期办结统计")
    return save(pdf, Path(path))


def _stats_section(w: PageWriter, stats, heading: str) -> None:
    """The units ranked by 按期办结率 (as ``stats_html.stats_section``, without the bars)."""
    w.heading(f"{heading}（{stats.period.label}，{len(stats.rows)}个单位）")
    if not stats.rows:
        w.text("本期内没有到期的办理节点。", colour=GREY, indent=8)
        return
    rows = []
    for n, r in enumerate(stats.ranked(), 1):
        rows.append([(str(n), None, "C"), r.name] + [(str(v), None, "C") for v in
                    (r.due, r.on_time, r.late, r.overdue_tasks, r.open_tasks)] + [_light(rate_light(r.rate),
                                                                                          rate_text(r.rate))])
    t = stats.total
    rows.append([("", None, "C"), "合计"] + [(str(v), None, "C") for v in
                (t.due, t.on_time, t.late, t.overdue_tasks, t.open_tasks)] + [_light(rate_light(t.rate),
                                                                                      rate_text(t.rate))])
    w.table([("序号", 6), ("责任单位", 26), ("应办结节点", 11), ("按期办结", 10), ("逾期办结", 10), ("逾期任务", 10),
             ("在办任务", 10), ("按期办结率", 13)], rows)
    w.text(f"注：统计时限在{stats.period.label}内的办理节点，截至{cn_date(stats.as_of)}；按期办结率 = 在时限当日或之前"
           "办结的节点 / 已到期的节点；逾期任务为已过时限仍未办结的任务，在办任务为尚未到期、仍未办结的任务。"
           "按按期办结率从高到低排列。", size=9, colour=GREY)


def monthly_pdf(report, path: str | Path, *, fonts: CjkFonts | None = None) -> int:
    """Write the monthly 通报 (``tracker.report.monthly.MonthlyReport``) as an A4 PDF; returns pages."""
    h = report.heading
    pdf = new_pdf(f"{h.title} {h.period.label}", fonts)
    pdf.add_page()
    w = PageWriter(pdf)
    w.text(h.title, size=20, bold=True, align="C", after=2)
    w.text(h.period.label, size=13, align="C", after=2)
    scope = [f"统计日期：{cn_date(h.as_of)}"] + ([f"责任单位：{h.unit}"] if h.unit else []) + \
        ([f"文件：{h.document}"] if h.document else [])
    w.text("　　".join(scope), size=9, colour=GREY, after=0.5)
    for line in _meta_lines(h.organisation, h.ledger_name, h.printed_by, h.printed_at, h.contact, h.phone):
        w.text(line, size=9, colour=GREY, after=0.5)
    w.heading("总体情况")
    w.table([(i.label, 1) for i in report.summary], [[_light(i.light, i.value) for i in report.summary]])
    notes = [f"{i.label}：{i.note}" for i in report.summary if i.note]
    if notes:
        w.text("注：" + "；".join(notes) + "。", size=9, colour=GREY)
    _stats_section(w, report.stats, "一、各单位按期办结情况")
    w.heading(f"二、截至统计日期逾期未完成（{len(report.overdue)}项）")
    if report.overdue:
        w.table([("序号", 6), ("任务", 34), ("文号", 15), ("完成时限", 13), ("逾期天数", 10), ("未完成单位", 22)],
                _due_cells(report.overdue, lambda d: f"{-d}天"))
    else:
        w.text("无逾期未完成任务。", colour=GREY, indent=8)
    w.heading(f"三、本期办结（{len(report.completed)}个节点）")
    if report.completed:
        rows = []
        for n, c in enumerate(report.completed, 1):
            ok = c.on_time
            verdict = ("—", None, "C") if ok is None else _light("green" if ok else "red", "按期" if ok else "逾期")
            rows.append([(str(n), None, "C"), c.title, c.doc_no or "无文号", c.unit, (c.due or "—", None, "C"),
                         (c.done_day, None, "C"), verdict])
        w.table([("序号", 6), ("任务", 32), ("文号", 15), ("单位", 15), ("时限", 12), ("完成日期", 12), ("按期", 8)],
                rows)
    else:
        w.text("本期无办结登记。", colour=GREY, indent=8)
    w.heading(f"四、延期与终止（{len(report.changes)}项）")
    if report.changes:
        rows = [[(str(n), None, "C"), c.title, c.doc_no or "无文号",
                 (f"延期至 {c.new_deadline}" if c.kind == "extension" else "终止", None, "C"), c.reason,
                 (c.at[:10], None, "C")] for n, c in enumerate(report.changes, 1)]
        w.table([("序号", 6), ("任务", 32), ("文号", 15), ("变更", 14), ("理由", 21), ("日期", 12)], rows)
    else:
        w.text("本期无延期或终止。", colour=GREY, indent=8)
    return save(pdf, Path(path))


def _notice_rows(items, overdue: bool) -> list[list]:
    rows = []
    for n, i in enumerate(items, 1):
        days = _light("red", f"{-i.days}天") if overdue else _light("yellow", "今天" if i.days == 0 else f"{i.days}天")
        source = (i.doc_no or "无文号") + (f"\n{i.doc_title}" if i.doc_title else "")
        due = (i.due or "") + (f"\n{i.deadline_text}" if i.deadline_text else "")
        rows.append([(str(n), None, "C"), i.title, source, (due, None, "C"), days,
                     (ROLE_ZH.get(i.role, i.role), None, "C")])
    return rows


def _notice_page(w: PageWriter, n: ChasingNotice) -> None:
    pdf = w.pdf
    pdf.add_page()
    w.text("催办通知单", size=20, bold=True, align="C", after=2)
    w.text(f"编号：{n.number}", size=12, align="C", after=4)
    w.text(f"{n.unit}：", size=12, bold=True, after=2)
    over, soon = n.overdue, n.due_soon
    if n.items:
        what = []
        if over:
            what.append(f"{len(over)}项已逾期未完成")
        if soon:
            what.append(f"{len(soon)}项将于{n.window}天内到期")
        body = (f"根据重点任务督办台账，截至{cn_date(n.as_of)}，你单位承办的重点任务中，{'，'.join(what)}。"
                f"请高度重视，抓紧推进，并于{cn_date(n.reply_by)}前将办理情况（已完成的请附佐证材料，"
                f"未完成的请说明原因及完成时间）书面反馈。")
    else:
        body = f"截至{cn_date(n.as_of)}，你单位没有逾期或{n.window}天内到期的督办事项。"
    w.text("　　" + body, size=12, after=3)
    contact = "　　".join(x for x in (f"联系人：{n.contact}" if n.contact else "",
                                      f"联系电话：{n.phone}" if n.phone else "") if x)
    # The contact line and the 落款 stay together, and never stand alone on a page: the
    # last table row comes along with them (a 落款 page carries text of the notice).
    needed = SEAL_MM + 40 + (9 if contact else 0)
    cols = [("序号", 6), ("任务", 36), ("来源文件", 24), ("完成时限", 13), ("", 11), ("职责", 10)]
    if over:
        w.heading(f"一、逾期未完成事项（{len(over)}项）")
        c = list(cols)
        c[4] = ("逾期天数", 11)
        w.table(c, _notice_rows(over, True), keep_last_with=0.0 if soon else needed)
    if soon:
        w.heading(f"{'二' if over else '一'}、{n.window}天内到期事项（{len(soon)}项）")
        c = list(cols)
        c[4] = ("剩余天数", 11)
        w.table(c, _notice_rows(soon, False), keep_last_with=needed)
    if pdf.will_page_break(needed):
        pdf.add_page()
    if contact:
        w.text(contact, size=12, before=2, after=1)
    # The 落款 (issuing office and date, right-aligned) with room for the seal above it.
    pdf.ln(SEAL_MM * 0.5)
    w.text(n.organisation or "（发文单位）", size=12, align="R", after=1)
    w.text(cn_date(n.as_of), size=12, align="R", after=SEAL_MM * 0.4)
    w.text("反馈日期：______年____月____日　　　　签收人：____________", size=12, after=2)
    meta = [f"打印人：{n.printed_by or '—'}", f"打印时间：{n.printed_at}"]
    if not n.organisation:
        meta.insert(0, f"台账：{n.ledger_name}")
    w.text("　　".join(meta), size=9, colour=GREY)


def notices_pdf(notices: list[ChasingNotice], path: str | Path, *, fonts: CjkFonts | None = None) -> int:
    """Write chasing notices, one unit per page (a notice may run onto more); returns pages."""
    pdf = new_pdf(f"催办通知单（{len(notices)}个单位）" if notices else "催办通知单", fonts)
    w = PageWriter(pdf)
    if not notices:
        pdf.add_page()
        w.text("催办通知单", size=20, bold=True, align="C", after=4)
        w.text("没有逾期未完成的单位，无需催办。", colour=GREY)
    for n in notices:
        _notice_page(w, n)
    return save(pdf, Path(path))


