"""Backup commands: ``backup [--to PATH] [--list]`` and ``restore PATH``."""

from __future__ import annotations

from pathlib import Path

from tracker.cli.common import open_ledger
from tracker.errors import LedgerError


def register(sub) -> None:
    p = sub.add_parser("backup", help="备份台账（默认存入台账旁的 backups 文件夹）")
    p.add_argument("--to", type=Path, default=None, help="备份文件的路径")
    p.add_argument("--list", action="store_true", help="列出已有的备份")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="用备份文件恢复台账（先自动备份当前台账）")
    p.add_argument("file", type=Path, help="备份文件")
    p.set_defaults(func=cmd_restore)


def cmd_backup(args) -> int:
    from tracker.backup import backup_dir_for, backup_now, list_backups

    if args.list:
        backups = list_backups(args.db)
        if not backups:
            print(f"还没有备份（{backup_dir_for(args.db)}）。")
        for b in backups:
            tasks = "无法读取" if b.tasks is None else f"{b.tasks} 项任务"
            print(f"{b.taken:%Y-%m-%d %H:%M}  {b.kind_zh:<4}  {tasks:<10}  {b.path}")
        return 0
    if not args.db.exists():
        raise LedgerError(f"台账文件不存在：{args.db}")
    with open_ledger(args) as ledger:
        path = backup_now(ledger, args.to)
    print(f"已备份到：{path}")
    return 0


def cmd_restore(args) -> int:
    from tracker.backup_restore import check_ledger_file, restore

    tasks = check_ledger_file(args.file)
    saved = restore(args.db, args.file)
    print(f"已用备份恢复台账：{args.file}（{tasks} 项任务）。")
    if saved:
        print(f"恢复前的台账已另存为：{saved}")
    return 0
