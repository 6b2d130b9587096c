"""Ledger commands that change progress and tasks: tick, extend, terminate, units."""

from __future__ import annotations

from tracker.cli.common import now_iso, open_ledger, task_id, today, user_name


def register(sub) -> None:
    from tracker.cli import parse_date, parse_position

    p = sub.add_parser("tick", help="记录某单位完成（或撤销）一个节点")
    p.add_argument("task")
    p.add_argument("--unit", help="责任单位（任务只有一个单位时可省略）")
    p.add_argument("--milestone", type=parse_position, default=None, help="节点序号（默认：最早未完成的节点）")
    p.add_argument("--undo", action="store_true", help="撤销办结")
    p.add_argument("--date", type=parse_date, default=None,
                   help="完成日期 YYYY-MM-DD（默认今天；可早于今天，不能晚于今天）")
    p.add_argument("--note", default="", help="办理情况")
    p.add_argument("--by", default=None)
    p.set_defaults(func=cmd_tick)

    p = sub.add_parser("extend", help="延期：设置新的完成时限")
    p.add_argument("task")
    p.add_argument("--to", type=parse_date, required=True)
    p.add_argument("--reason", required=True)
    p.add_argument("--by", default=None)
    p.set_defaults(func=cmd_extend)

    p = sub.add_parser("terminate", help="终止任务")
    p.add_argument("task")
    p.add_argument("--reason", required=True)
    p.add_argument("--by", default=None)
    p.set_defaults(func=cmd_terminate)

    p = sub.add_parser("units", help="单位目录：列出、设置别名、设置统称的成员")
    p.add_argument("--add-alias", nargs=2, metavar=("NAME", "CANONICAL"))
    p.add_argument("--members", nargs=2, metavar=("COLLECTIVE", "M1,M2,…"))
    p.add_argument("--similar", action="store_true", help="列出可能重复的单位（同一单位的不同写法或简称）")
    p.set_defaults(func=cmd_units)


def cmd_tick(args) -> int:
    from tracker.errors import ValueRefusedError

    if args.undo and args.date:
        raise ValueRefusedError("撤销办结不需要完成日期（--date）。")
    now = now_iso()
    with open_ledger(args) as ledger:
        # The occurrence due as of the completion date must exist before it is chosen.
        ledger.tasks.extend_horizon(today())
        changes = ledger.progress.tick(task_id(args.task), args.unit, args.milestone, done=not args.undo,
                                       by=user_name(args.by), note=args.note, now=now, done_on=args.date)
    print(changes.message)
    return 0


def cmd_extend(args) -> int:
    with open_ledger(args) as ledger:
        changes = ledger.tasks.extend(task_id(args.task), args.to, args.reason,
                                      by=user_name(args.by), now=now_iso())
    print(changes.message)
    return 0


def cmd_terminate(args) -> int:
    with open_ledger(args) as ledger:
        changes = ledger.tasks.terminate(task_id(args.task), args.reason, by=user_name(args.by), now=now_iso())
    print(changes.message)
    return 0


def cmd_units(args) -> int:
    from tracker.ledger.units import KIND_ZH

    with open_ledger(args) as ledger:
        if args.add_alias:
            print(ledger.units.add_alias(*args.add_alias).message)
            return 0
        if args.members:
            members = [m.strip() for m in args.members[1].replace("，", ",").replace("、", ",").split(",") if m.strip()]
            print(ledger.units.set_members(args.members[0], members).message)
            return 0
        if args.similar:
            from tracker.unit_match import UnitIndex, near_duplicates

            pairs = near_duplicates(UnitIndex.of_ledger(ledger), ledger.units.task_counts())
            for s in pairs:
                print(f"{s.name} → {s.target}：{s.reason}")
            print(f"可能重复的单位 {len(pairs)} 对" + ("；合并：units --add-alias 前者 后者" if pairs else "。"))
            return 0
        names = ledger.units.names()
        for u in ledger.units.all():
            extra = ""
            if u.aliases:
                extra += "　别名：" + "、".join(u.aliases)
            if u.members:
                extra += "　成员：" + "、".join(names[m] for m in u.members)
            print(f"{u.name}（{KIND_ZH.get(u.kind, u.kind)}）{extra}")
    return 0
