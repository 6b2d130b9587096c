"""Report commands: ``report`` (weekly report or chasing notices, HTML or PDF) and
``export`` (the 台账 as an Excel workbook)."""

from __future__ import annotations

from pathlib import Path

from tracker.cli.common import now_iso, open_ledger, today, user_name
from tracker.errors import OutputError
from tracker.outfile import atomic_output, refuse_ledger_as_output


class ReportOutputError(OutputError):
    """The report could not be written (no CJK font, unwritable file, renderer failed)."""

    exit_code = 7


def _identity_options(p) -> None:
    p.add_argument("--org", default=None, help="编制单位（发文机关），例如 市政府督查室（默认取报表设置）")
    p.add_argument("--by", default=None, help="打印人（默认取报表设置，再默认登录名）")
    p.add_argument("--contact", default=None, help="联系人（默认取报表设置）")
    p.add_argument("--phone", default=None, help="联系电话（默认取报表设置）")


def register(sub) -> None:
    from tracker.cli import parse_date, parse_days

    p = sub.add_parser("report", help="督办周报 / 月度通报 / 催办通知单（HTML 或 PDF）")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--week", default=None, help="周次，例如 2018-W51（默认：统计日期所在周）")
    when.add_argument("--month", default=None, help="月份，例如 2018-12：生成该月的督办情况通报（月度通报）")
    p.add_argument("--as-of", type=parse_date, default=None, help="统计日期（默认今天，限于所选周内）")
    p.add_argument("--unit", default=None, help="只含该单位（催办通知单：只催办该单位）")
    p.add_argument("--document", default=None, help="只含该文件（文号、编号或标题的一部分）")
    p.add_argument("--kind", choices=["weekly", "monthly", "notice"], default="weekly",
                   help="weekly=督办周报，monthly=月度通报，notice=催办通知单（不指定单位时为全部逾期单位）")
    p.add_argument("--window", type=parse_days, default=30, help="临期天数（默认 30）")
    _identity_options(p)
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, help="输出 PDF 文件")
    out.add_argument("--html", type=Path, help="输出 HTML 文件")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("report-settings", help="报表设置：编制单位、打印人、联系人、联系电话（报表和催办通知单的落款）")
    _identity_options(p)
    p.set_defaults(func=cmd_report_settings)

    p = sub.add_parser("export", help="导出台账（Excel）")
    p.add_argument("--xlsx", type=Path, required=True, help="输出 .xlsx 文件")
    p.add_argument("--as-of", type=parse_date, default=None, help="统计日期（默认今天，用于判断逾期）")
    p.set_defaults(func=cmd_export)


def build_report(ledger, *, kind: str, week_spec: str | None, as_of, unit: str | None, document: str | None,
                 window: int, printed_by: str, printed_at: str, identity=None):
    """(the report model — a WeeklyReport or a list of ChasingNotice —, a one-line Chinese summary)."""
    from tracker.report import build_notice, build_notices, build_weekly, parse_week, week_of
    from tracker.report.weeks import default_as_of

    if kind == "monthly":
        return monthly_report(ledger, month_spec=week_spec, as_of=as_of, unit=unit, document=document,
                              printed_by=printed_by, printed_at=printed_at, identity=identity)
    week = parse_week(week_spec) if week_spec else None
    if as_of is None:
        as_of = default_as_of(week, today()) if week else today()
    week = week or week_of(as_of)
    if not ledger.read_only:
        ledger.tasks.extend_horizon(as_of)
    common = dict(week=week, document=document, window=window, printed_by=printed_by, printed_at=printed_at,
                  identity=identity)
    if kind == "notice":
        notices = ([build_notice(ledger, unit, as_of, **common)] if unit
                   else build_notices(ledger, as_of, **common))
        return notices, f"催办通知单 {len(notices)} 份（统计日期 {as_of.isoformat()}）"
    report = build_weekly(ledger, as_of, unit=unit, **common)
    c = report.counts
    return report, (f"{week.title} 督办周报：共 {c['total']} 项，逾期 {c['overdue']} 项，"
                    f"{window}天内到期 {c['due_soon']} 项（统计日期 {as_of.isoformat()}）")


def model_html(model) -> str:
    """The HTML of a report model: notices, a monthly 通报 or a weekly report."""
    from tracker.report.html import notices_html, weekly_html
    from tracker.report.monthly import MonthlyReport
    from tracker.report.stats_html import monthly_html

    if isinstance(model, list):
        return notices_html(model)
    return monthly_html(model) if isinstance(model, MonthlyReport) else weekly_html(model)


def report_html(ledger, **kwargs) -> tuple[str, str]:
    """(HTML, a one-line Chinese summary) of the requested report (see ``build_report``)."""
    model, summary = build_report(ledger, **kwargs)
    return model_html(model), summary


def monthly_report(ledger, *, month_spec: str | None, as_of, unit: str | None, document: str | None,
                   printed_by: str, printed_at: str, identity=None):
    """(MonthlyReport, a one-line Chinese summary) of the monthly 通报 for ``month_spec`` (``2018-12``;
    default: the month of the as-of date); the as-of date defaults to today within that month."""
    from tracker.report.monthly import build_monthly
    from tracker.report.stats import parse_month, period_of

    period = parse_month(month_spec) if month_spec else period_of("month", as_of or today())
    as_of = as_of or period.as_of_for(today())
    if not ledger.read_only:
        ledger.tasks.extend_horizon(as_of)
    report = build_monthly(ledger, period, as_of, unit=unit, document=document, printed_by=printed_by,
                           printed_at=printed_at)
    if identity is not None:
        h = report.heading
        h.organisation, h.contact, h.phone = identity.organisation, identity.contact, identity.phone
    t = report.stats.total
    return report, (f"{period.label} 督办情况通报：应办结节点 {t.due} 个，按期办结 {t.on_time} 个，"
                                  f"按期办结率 {report.item('on_time_rate').value}，逾期未完成任务 "
                                  f"{len(report.overdue)} 项（统计日期 {as_of.isoformat()}）")


def write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 (whole or not at all), with a Chinese error for an unwritable path."""
    with atomic_output(path) as tmp:
        tmp.write_text(text, "utf-8")


def report_identity(args):
    """The stored 报表设置 with this command's --org/--by/--contact/--phone over them."""
    from tracker.report.identity import load_identity

    return load_identity().merged(organisation=args.org, printed_by=args.by, contact=args.contact,
                                  phone=args.phone)


def cmd_report(args) -> int:
    from tracker.report.pdf import monthly_pdf, notices_pdf, weekly_pdf

    identity = report_identity(args)
    printed_by = identity.printed_by or user_name(None)
    printed_at = now_iso().replace("T", " ")[:16]
    refuse_ledger_as_output(args.pdf or args.html, args.db)
    with open_ledger(args, writes=False) as ledger, ledger.scratch():   # a report never writes
        kind, spec = ("monthly", args.month) if args.month else (args.kind, args.week)
        model, summary = build_report(ledger, kind=kind, week_spec=spec, as_of=args.as_of,
                                      unit=args.unit, document=args.document, window=args.window,
                                      printed_by=printed_by, printed_at=printed_at, identity=identity)
    if args.html:
        write_text(args.html, model_html(model))
    elif isinstance(model, list):
        notices_pdf(model, args.pdf)
    elif kind == "monthly":
        monthly_pdf(model, args.pdf)
    else:
        weekly_pdf(model, args.pdf)
    print(f"{summary}\n已写入 {args.html or args.pdf}")
    return 0


def cmd_report_settings(args) -> int:
    """Show or set the 报表设置 (office, printing person, contact, phone)."""
    from tracker.report.identity import config_path, load_identity, save_identity

    current = load_identity()
    new = current.merged(organisation=args.org, printed_by=args.by, contact=args.contact, phone=args.phone)
    if new != current:
        save_identity(new)
        print(f"已保存到 {config_path()}")
    for label, value in (("编制单位", new.organisation), ("打印人", new.printed_by), ("联系人", new.contact),
                         ("联系电话", new.phone)):
        print(f"{label}：{value or '（未设置）'}")
    return 0


def cmd_export(args) -> int:
    from tracker.report.xlsx import export_xlsx

    as_of = args.as_of or today()
    refuse_ledger_as_output(args.xlsx, args.db)
    with open_ledger(args, writes=False) as ledger:
        n = export_xlsx(ledger, args.xlsx, as_of)
    print(f"已导出 {n} 项任务到 {args.xlsx}")
    return 0
