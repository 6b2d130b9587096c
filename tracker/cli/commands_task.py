"""Commands that correct a saved task or add one by hand: ``edit`` and ``add``."""

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
