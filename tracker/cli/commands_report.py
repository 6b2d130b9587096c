"""Report commands: ``report`` (weekly report or chasing notices, HTML or PDF) and
``export`` (the 台账 as an Excel workbook)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tracker.cli.common import now_iso, open_ledger, today, user_name
from tracker.errors import OutputError
from tracker.outfile import atomic_output, refuse_ledger_as_output

PDF_TIMEOUT_S = 300


class ReportOutputError(OutputError):
    """The report could not be written (no CJK font, unwritable file, renderer failed)."""

    exit_code = 7


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
    p.add_argument("--by", default=None, help="打印人（默认登录名）")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, help="输出 PDF 文件")
    out.add_argument("--html", type=Path, help="输出 HTML 文件")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", help="导出台账（Excel）")
    p.add_argument("--xlsx", type=Path, required=True, help="输出 .xlsx 文件")
    p.add_argument("--as-of", type=parse_date, default=None, help="统计日期（默认今天，用于判断逾期）")
    p.set_defaults(func=cmd_export)


def report_html(ledger, *, kind: str, week_spec: str | None, as_of, unit: str | None, document: str | None,
                window: int, printed_by: str, printed_at: str) -> tuple[str, str]:
    """(HTML, a one-line Chinese summary) of the requested report."""
    from tracker.report import build_notice, build_notices, build_weekly, parse_week, week_of
    from tracker.report.html import notices_html, weekly_html
    from tracker.report.model import default_as_of

    if kind == "monthly":
        return monthly_report_html(ledger, month_spec=week_spec, as_of=as_of, unit=unit, document=document,
                                   printed_by=printed_by, printed_at=printed_at)
    week = parse_week(week_spec) if week_spec else None
    if as_of is None:
        as_of = default_as_of(week, today()) if week else today()
    week = week or week_of(as_of)
    if not ledger.read_only:
        ledger.tasks.extend_horizon(as_of)
    common = dict(week=week, document=document, window=window, printed_by=printed_by, printed_at=printed_at)
    if kind == "notice":
        notices = ([build_notice(ledger, unit, as_of, **common)] if unit
                   else build_notices(ledger, as_of, **common))
        return notices_html(notices), f"催办通知单 {len(notices)} 份（统计日期 {as_of.isoformat()}）"
    report = build_weekly(ledger, as_of, unit=unit, **common)
    c = report.counts
    return weekly_html(report), (f"{week.title} 督办周报：共 {c['total']} 项，逾期 {c['overdue']} 项，"
                                 f"{window}天内到期 {c['due_soon']} 项（统计日期 {as_of.isoformat()}）")


def monthly_report_html(ledger, *, month_spec: str | None, as_of, unit: str | None, document: str | None,
                        printed_by: str, printed_at: str) -> tuple[str, str]:
    """(HTML, a one-line Chinese summary) of the monthly 通报 for ``month_spec`` (``2018-12``;
    default: the month of the as-of date); the as-of date defaults to today within that month."""
    from tracker.report.monthly import build_monthly
    from tracker.report.stats import parse_month, period_of
    from tracker.report.stats_html import monthly_html

    period = parse_month(month_spec) if month_spec else period_of("month", as_of or today())
    as_of = as_of or period.as_of_for(today())
    if not ledger.read_only:
        ledger.tasks.extend_horizon(as_of)
    report = build_monthly(ledger, period, as_of, unit=unit, document=document, printed_by=printed_by,
                           printed_at=printed_at)
    t = report.stats.total
    return monthly_html(report), (f"{period.label} 督办情况通报：应办结节点 {t.due} 个，按期办结 {t.on_time} 个，"
                                  f"按期办结率 {report.item('on_time_rate').value}，逾期未完成任务 "
                                  f"{len(report.overdue)} 项（统计日期 {as_of.isoformat()}）")


def write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 (whole or not at all), with a Chinese error for an unwritable path."""
    with atomic_output(path) as tmp:
        tmp.write_text(text, "utf-8")


def html_file_to_pdf(html_path: Path, pdf_path: Path) -> None:
    """Render an HTML report file to PDF with the Qt renderer in a child process.

    The core (``tracker/``) never imports Qt, yet laying rich text out on A4 pages needs
    QTextDocument and QPdfWriter; running ``ui.report_pdf`` as its own process keeps Qt
    out of this one, and the offscreen platform lets it run without a display.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "") if env.get("PYTHONPATH") else root
    try:
        proc = subprocess.run([sys.executable, "-m", "ui.report_pdf", str(html_path), str(pdf_path)],
                              env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
                              timeout=PDF_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise ReportOutputError("生成 PDF 超时，请缩小报表范围（按单位或文件）后重试。") from None
    except OSError as exc:
        raise ReportOutputError(f"无法启动 PDF 生成程序（{exc.strerror}）。") from None
    if proc.returncode != 0:
        detail = proc.stderr.strip().splitlines()
        # The renderer prints a Chinese message as its last line; a crash prints a traceback.
        message = detail[-1] if detail and not detail[-1].startswith(("Traceback", "  ")) else ""
        if "Error" in message or not message:
            message = "PDF 生成程序出错，未能生成 PDF。可先用 --html 输出网页格式。"
        raise ReportOutputError(message)


def cmd_report(args) -> int:
    printed_by = user_name(args.by)
    printed_at = now_iso().replace("T", " ")[:16]
    refuse_ledger_as_output(args.pdf or args.html, args.db)
    with open_ledger(args, writes=False) as ledger, ledger.scratch():   # a report never writes
        kind, spec = ("monthly", args.month) if args.month else (args.kind, args.week)
        html, summary = report_html(ledger, kind=kind, week_spec=spec, as_of=args.as_of,
                                    unit=args.unit, document=args.document, window=args.window,
                                    printed_by=printed_by, printed_at=printed_at)
    if args.html:
        write_text(args.html, html)
        print(f"{summary}\n已写入 {args.html}")
        return 0
    with tempfile.TemporaryDirectory(prefix="duban-report-") as tmp:
        html_path = Path(tmp) / "report.html"
        write_text(html_path, html)
        html_file_to_pdf(html_path, args.pdf)
    print(f"{summary}\n已写入 {args.pdf}")
    return 0


def cmd_export(args) -> int:
    from tracker.report.xlsx import export_xlsx

    as_of = args.as_of or today()
    refuse_ledger_as_output(args.xlsx, args.db)
    with open_ledger(args, writes=False) as ledger:
        n = export_xlsx(ledger, args.xlsx, as_of)
    print(f"已导出 {n} 项任务到 {args.xlsx}")
    return 0
