"""Commands that correct a saved task or add one by hand (``edit``, ``add``) and its 佐证材料
(``attach``, ``attachments``)."""

from __future__ import annotations

from tracker.cli.common import now_iso, open_ledger, task_id, today, user_name

_SOURCES = "文件、领导批示、会议、督办件、其他"


def register(sub) -> None:
    p = sub.add_parser("edit", help="修改已保存任务的任一字段（每项修改都记入历史）")
    p.add_argument("task")
    _task_options(p)
    p.add_argument("--no-deadline", action="store_true", help="去掉完成时限")
    p.add_argument("--no-recurrence", action="store_true", help="不再是周期性任务")
    p.add_argument("--expect-version", type=int, default=None,
                   help="只在任务仍是这个版本时修改（否则退出码 6）")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("add", help="手工新增任务（领导批示、会议议定事项、督办件等）")
    _task_options(p)
    p.set_defaults(func=cmd_add)
    register_attachments(sub)


def _task_options(p) -> None:
    from tracker.cli import parse_date

    p.add_argument("--title")
    p.add_argument("--text", help="任务正文")
    p.add_argument("--unit", action="append", metavar="NAME[:lead|support|responsible]",
                   help="责任单位，可重复；职责也可写 牵头/配合/责任（修改时给出完整的新名单）")
    p.add_argument("--deadline", type=parse_date, help="完成时限 YYYY-MM-DD")
    p.add_argument("--deadline-text", help="时限原文，如“2019年3月底前”")
    p.add_argument("--milestone", action="append", metavar="YYYY-MM-DD[:名称]",
                   help="阶段节点，可重复（修改时给出完整的新列表）")
    p.add_argument("--recurrence", metavar="RRULE", help="周期规则，如 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31")
    p.add_argument("--source", dest="source_kind", help=f"任务来源：{_SOURCES}")
    p.add_argument("--source-date", type=parse_date, help="批示或会议的日期")
    p.add_argument("--doc-no", help="文号（台账中已有该文件时任务归入该文件）")
    p.add_argument("--case-no", help="督办件编号")
    p.add_argument("--leader", help="牵头领导")
    p.add_argument("--section", help="所属部分")
    p.add_argument("--by", default=None, help="操作人（默认：登录名）")


def _fields(args) -> dict:
    out = {}
    for name in ("title", "text", "deadline", "deadline_text", "recurrence", "source_kind", "source_date",
                 "doc_no", "case_no", "leader", "section"):
        value = getattr(args, name)
        if value is not None:
            out[name] = value
    if args.unit:
        out["units"] = args.unit
    if args.milestone:
        out["milestones"] = args.milestone
    return out


def cmd_edit(args) -> int:
    from tracker.errors import ValueRefusedError

    fields = _fields(args)
    if args.no_deadline:
        fields["deadline"] = None
    if args.no_recurrence:
        fields["recurrence"] = None
    if not fields:
        raise ValueRefusedError("没有给出要修改的内容（例如 --title、--deadline、--unit）。")
    with open_ledger(args) as ledger:
        changes = ledger.tasks.edit(task_id(args.task), fields, by=user_name(args.by), now=now_iso(),
                                    expected_version=args.expect_version)
    print(changes.message)
    return 0


def cmd_add(args) -> int:
    from tracker.errors import ValueRefusedError

    if not args.title:
        raise ValueRefusedError("新增任务必须填写标题（--title）。")
    with open_ledger(args) as ledger:
        changes = ledger.tasks.add(_fields(args), by=user_name(args.by), now=now_iso(), as_of=today())
    print(changes.message)
    return 0


def register_attachments(sub) -> None:
    from pathlib import Path

    p = sub.add_parser("attach", help="为某单位的办理情况附上佐证材料（文件复制到台账旁的文件夹）")
    p.add_argument("task")
    p.add_argument("file", type=Path)
    p.add_argument("--unit", help="责任单位（任务只有一个单位时可省略）")
    p.add_argument("--milestone", type=int, default=None, help="节点序号（可选）")
    p.add_argument("--note", default="", help="说明")
    p.add_argument("--by", default=None)
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("attachments", help="列出一项任务的佐证材料")
    p.add_argument("task")
    p.add_argument("--open", type=int, metavar="编号", default=None, help="用系统默认程序打开该编号的文件")
    p.set_defaults(func=cmd_attachments)


def cmd_attach(args) -> int:
    with open_ledger(args) as ledger:
        changes = ledger.attachments.add(task_id(args.task), args.unit, args.file, milestone=args.milestone,
                                         note=args.note, by=user_name(args.by), now=now_iso())
    print(changes.message)
    return 0


def cmd_attachments(args) -> int:
    from tracker.errors import NotFoundError
    from tracker.ledger.attachments import open_with_system_viewer

    with open_ledger(args, writes=False) as ledger:
        items = ledger.attachments.list(task_id(args.task))
    if args.open is not None:
        item = next((a for a in items if a.id == args.open), None)
        if item is None:
            raise NotFoundError(f"这项任务没有编号为 {args.open} 的佐证材料。")
        open_with_system_viewer(item.path)
        return 0
    if not items:
        print("暂无佐证材料。")
    for a in items:
        state = "" if a.exists else "　【文件缺失】"
        print(f"{a.id:>4}  {a.unit}  {a.name}  {a.size} 字节  sha256 {a.sha256}  {a.added_by or '—'} {a.added_at}"
              f"{state}\n      {a.path}")
    return 0
