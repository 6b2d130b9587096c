"""``feedback export`` / ``feedback import``: the 反馈表 round trip on the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from tracker.cli.common import now_iso, open_ledger, today, user_name


def register(sub) -> None:
    p = sub.add_parser("feedback", help="反馈表：导出给责任单位填写，导入填好的反馈表")
    fsub = p.add_subparsers(dest="feedback_command", metavar="export|import")
    fsub.required = True
    e = fsub.add_parser("export", help="导出单位的反馈表（.xlsx）")
    e.add_argument("--unit", help="单位名称")
    e.add_argument("--xlsx", type=Path, help="输出文件")
    e.add_argument("--all", action="store_true", help="每个有未办结事项的单位一份")
    e.add_argument("--dir", type=Path, help="与 --all 一起使用：输出文件夹")
    e.add_argument("--by", default=None)
    e.set_defaults(func=cmd_export)
    i = fsub.add_parser("import", help="导入填好的反馈表（记为办结和办理情况）")
    i.add_argument("file", type=Path)
    i.add_argument("--dry-run", action="store_true", help="只显示将要发生的变化，不写入")
    i.add_argument("--by", default=None)
    i.set_defaults(func=cmd_import)


def cmd_export(args) -> int:
    from tracker.errors import ValueRefusedError
    from tracker.feedback import export_all, export_unit

    if args.all == bool(args.unit):
        raise ValueRefusedError("请指定 --unit 单位（配合 --xlsx 文件），或 --all（配合 --dir 文件夹）。")
    if args.unit and not args.xlsx:
        raise ValueRefusedError("请用 --xlsx 指定输出文件。")
    if args.all and not args.dir:
        raise ValueRefusedError("请用 --dir 指定输出文件夹。")
    with open_ledger(args) as ledger:
        ledger.tasks.extend_horizon(today())
        if args.all:
            done = export_all(ledger, args.dir, as_of=today(), by=user_name(args.by), now=now_iso())
        else:
            done = [export_unit(ledger, args.unit, args.xlsx, as_of=today(), by=user_name(args.by), now=now_iso())]
    for e in done:
        print(f"{e.unit}：{e.rows} 项 → {e.path}")
    if not done:
        print("没有单位有未办结的事项，未导出反馈表。")
    return 0


def cmd_import(args) -> int:
    from tracker.feedback import apply, plan

    with open_ledger(args, writes=not args.dry_run) as ledger:
        planned = plan(ledger, args.file, today=today())
        if args.dry_run:
            print("（试运行，台账未改动）")
            print(planned.summary())
            return 0
        changes = apply(ledger, planned, by=user_name(args.by), now=now_iso())
    print(changes.message)
    if planned.refused:
        rows = "、".join(str(r) for r, _ in planned.refused)
        print(f"提示：第 {rows} 行未导入（原因见上）。", file=sys.stderr)
    return 0
