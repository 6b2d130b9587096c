"""Ledger commands that read or import: import-json, import, list, show, history."""

from __future__ import annotations

import sys
from pathlib import Path

from tracker.cli.common import now_iso, open_ledger, task_id, today, user_name
from tracker.errors import InputError
from tracker.outfile import spreadsheet_text
from tracker.short_text import shorten


def register(sub) -> None:
    from tracker.cli import commands_edit, parse_date, parse_days

    p = sub.add_parser("import-json", help="导入提取结果 JSON（输出约定格式）")
    p.add_argument("file", type=Path)
    p.add_argument("--by", default=None)
    p.set_defaults(func=cmd_import_json)

    p = sub.add_parser("import", help="读取公文并存入台账（一次事务）")
    p.add_argument("file", type=Path)
    p.add_argument("--by", default=None)
    p.add_argument("--dry-run", action="store_true", help="只显示将要发生的变化，不写入")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", help="按期限分组列出任务")
    p.add_argument("--as-of", type=parse_date, default=None, help="统计日期（默认今天）")
    p.add_argument("--unit")
    p.add_argument("--document")
    p.add_argument("--due-within", type=parse_days, default=None, help="只列出 N 天内到期（含逾期）的任务")
    p.add_argument("--bucket", choices=["overdue", "due_soon", "this_quarter", "this_year", "later",
                                        "no_deadline", "done", "terminated"])
    p.add_argument("--window", type=parse_days, default=30, help="临期天数（默认 30）")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="显示一项任务的全部信息")
    p.add_argument("task")
    p.add_argument("--as-of", type=parse_date, default=None)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("history", help="一项任务的办理记录")
    p.add_argument("task")
    p.set_defaults(func=cmd_history)
    commands_edit.register(sub)


def _store(args, ledger, contract: dict, source_name: str, sha: str | None) -> int:
    from tracker.ledger.importer import import_contract, plan_import

    if getattr(args, "dry_run", False):
        result = plan_import(ledger, contract, source_name=source_name, sha256=sha)
    else:
        result = import_contract(ledger, contract, source_name=source_name, sha256=sha,
                                 as_of=today(), now=now_iso(), by=user_name(args.by))
    print(result.summary())
    return 0


def cmd_import_json(args) -> int:
    import hashlib
    import json

    from tracker.source_file import refuse_ledger_as_source

    refuse_ledger_as_source(args.file, args.db)
    try:
        raw = args.file.read_bytes()
        contract = json.loads(raw.decode("utf-8-sig"))
    except OSError as exc:
        raise InputError(f"无法读取文件：{args.file}（{exc.strerror}）") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"不是有效的 JSON 文件：{args.file}（{exc}）") from None
    with open_ledger(args) as ledger:
        return _store(args, ledger, contract, args.file.name, hashlib.sha256(raw).hexdigest())


def cmd_import(args) -> int:
    from tracker.extract import extract_path
    from tracker.extract.problems import problem_message
    from tracker.source_file import refuse_ledger_as_source, source_sha256

    refuse_ledger_as_source(args.file, args.db)   # before the extractor opens it
    result = extract_path(args.file)
    contract = result.to_contract(full=True)
    if not contract["tasks"]:
        raise InputError(f"在 {args.file.name} 中没有找到可督办的任务（没有责任单位或完成时限的条目）。台账未改动。")
    sha = source_sha256(args.file, args.db)
    with open_ledger(args) as ledger:
        if not ledger.documents.by_sha256(sha):
            problems = contract.get("problems", [])
            for problem in problems[:20]:
                print(f"提示：{problem_message(problem)}", file=sys.stderr)
            if len(problems) > 20:
                print(f"提示：另有 {len(problems) - 20} 条提示未列出（导入对话框中可查看全部）。", file=sys.stderr)
        return _store(args, ledger, contract, args.file.name, sha)


_CHUNK = 2000  # rows written per write() call


def cmd_list(args) -> int:
    """Streams the tasks from SQLite in display order (nothing held but a chunk of
    lines); each task's unit marks come in the same query. Rows stay plain tuples and
    each unit mark's text is made once (a list of a million tasks has a few hundred)."""
    from tracker.ledger.marks import MARKS, marks_texts
    from tracker.ledger.buckets import BUCKETS, bucket_title, days_text

    as_of = args.as_of or today()
    out = sys.stdout
    with open_ledger(args, writes=False) as ledger, ledger.scratch():
        if not ledger.read_only:
            ledger.tasks.extend_horizon(as_of)   # seen by this listing only: scratch() rolls it back
        doc = ledger.documents.find(args.document).id if args.document else None
        if args.unit and ledger.units.find(args.unit) is None:
            print(f"提示：台账中没有单位“{args.unit}”。", file=sys.stderr)
        filters = dict(window=args.window, unit=args.unit, document=doc, bucket=args.bucket,
                       due_within=args.due_within)
        # (row: the _SELECT columns — 0 id, 2 doc_no, 4 title, 5 deadline, 6 deadline_text,
        # 8 next_due, 9 cells_total, 10 cells_done — then 12 the MARKS string)
        rows = ledger.status.iter_raw(as_of, columns=MARKS, lean=True, **filters)
        names = ledger.units.names()
        titles = {b: bucket_title(b, args.window) for b in BUCKETS}
        if args.format == "json":
            _list_json(out, rows, names, titles, as_of)
            return 0
        marks_text = marks_texts(names)
        if args.format == "csv":
            import csv

            w = csv.writer(out)
            w.writerow(["编号", "分组", "任务", "文号", "下一期限", "剩余天数", "完成时限", "责任单位", "进度"])
            for r, b, days in rows:
                w.writerow([spreadsheet_text(v) for v in (
                    r[0], titles[b], r[4], r[2] or "", r[8] or "",
                    "" if days is None else days, r[6] or "",
                    marks_text(r[12]), f"{r[10]}/{r[9]}")])
            return 0
        counts = ledger.status.counts(as_of, **filters)
        out.write(f"统计日期：{as_of.isoformat()}　共 {sum(counts.values())} 项任务\n")
        current, lines = None, []
        day_texts: dict[int | None, str] = {}
        for r, b, days in rows:
            if b != current:
                current = b
                lines.append(f"\n【{titles[current]}】{counts[current]} 项\n")
            dt = day_texts.get(days)
            if dt is None:
                dt = day_texts[days] = f"{days_text(days):<8}"
            lines.append(f"  #{r[0]:<6} {r[8] or '—':<10} {dt} {r[4][:36]}"
                         f"  〔{r[2] or '无文号'}〕  {marks_text(r[12])}\n")
            if len(lines) >= _CHUNK:
                out.write("".join(lines))
                lines = []
        out.write("".join(lines))
    return 0


def _list_json(out, rows, names: dict[int, str], titles: dict[str, str], as_of) -> None:
    """The list as compact JSON, each task's object written straight from its row with
    the standard library's string encoder (the same bytes as ``json`` with
    ``ensure_ascii=False`` and compact separators, without a dict per task)."""
    from json.encoder import encode_basestring as enc

    from tracker.ledger.marks import MarkPieces
    from tracker.ledger.buckets import light_of

    def unit_json(item: str) -> str:
        role, uid = item[1:].split(":")
        return f'{{"name":{enc(names.get(int(uid), ""))},"role":{enc(role)},"done":{"true" if item[0] == "1" else "false"}}}'

    units = MarkPieces(unit_json)
    head = {b: f',"bucket":{enc(b)},"bucket_zh":{enc(t)},"title":' for b, t in titles.items()}
    lights = {b: enc(light_of(b)) for b in titles}

    def s(v) -> str:
        return "null" if v is None else enc(v)

    def n(v) -> str:
        return "null" if v is None else str(v)

    out.write(f'{{"as_of":"{as_of.isoformat()}","tasks":[')
    sep, chunk = "\n", []
    for r, b, days in rows:
        packed = r[12]
        marks = "" if not packed or packed == "~" else ",".join([units[i] for i in packed.split("\x1e")])
        chunk.append(f'{{"id":{r[0]}{head[b]}{s(r[4])},"doc_no":{s(r[2])},"next_due":{s(r[8])},'
                     f'"deadline":{s(r[5])},"deadline_text":{s(r[6])},"days":{n(days)},"light":{lights[b]},'
                     f'"cells_done":{n(r[10])},"cells_total":{n(r[9])},"units":[{marks}]}}')
        if len(chunk) == _CHUNK:
            out.write(sep + ",".join(chunk))
            sep, chunk = ",\n", []
    if chunk:
        out.write(sep + ",".join(chunk))
    out.write("\n]}\n")


def cmd_show(args) -> int:
    from tracker.ledger.tasks import ROLE_ZH

    with open_ledger(args, writes=False) as ledger:
        t = ledger.tasks.get(task_id(args.task))
        matrix = ledger.progress.matrix(t.id)
        edits = [e for e in ledger.tasks.events(t.id) if e.field != "created"]
        files = ledger.attachments.list(t.id)
    print(f"#{t.id}  {t.title}")
    if t.origin == "manual":
        print("来源：" + "，".join(x for x in (t.source_kind, t.source_date, t.source_ref or t.doc_no,
                                              t.case_no and f"督办件编号 {t.case_no}") if x) + "（手工新增）")
    else:
        print(f"文件：{t.doc_title or ''}（{t.doc_no or '无文号'}）　{t.section or ''}")
    if t.leader:
        print(f"牵头领导：{t.leader}")
    print(f"完成时限：{t.deadline_text + ' → ' if t.deadline_text else ''}{t.deadline or '无具体日期'}"
          + (f"（原定 {t.original_deadline}）" if t.original_deadline != t.deadline else ""))
    if t.recurrence:
        from tracker.deadlines import describe_recurrence  # the deadline grammar: only when needed

        print(f"周期：{describe_recurrence(t.recurrence)}")
    if t.state == "terminated":
        print(f"状态：已终止（{t.state_reason}）")
    print("责任单位：" + ("、".join(f"{a.name}({ROLE_ZH.get(a.role, a.role)})" for a in t.assignments) or "未指定"))
    for e in t.extensions:
        print(f"延期：{e['old_deadline']} → {e['new_deadline']}，理由：{e['reason']}（{e['by'] or ''} {e['at']}）")
    for ev in edits:
        print(f"人工修改{ev.field_zh}：{_short(ev.old)} → {_short(ev.new)}（{ev.by or ''} {ev.at}）")
    print("\n" + t.text)
    print("\n办理情况：")
    labels = [f"{m.seq}.{m.label}" + (f"({m.due})" if m.due and m.due != m.label else "") for m in t.milestones]
    print("  单位 | " + " | ".join(labels))
    for row in matrix:
        name = row.name + (f"（{row.parent}）" if row.parent else "")
        print(f"  {name} | " + " | ".join(f"✓{c.done_on or ''}" if c.done else "○" for c in row.cells))
    if files:
        print(f"\n佐证材料 {len(files)} 个：" + "、".join(f"{a.unit}·{a.name}" for a in files[:10])
              + ("……" if len(files) > 10 else "") + f"（python -m tracker attachments {t.id}）")
    return 0


def _short(value: str | None, n: int = 40) -> str:
    return shorten(value, n) or "（空）"


def cmd_history(args) -> int:
    with open_ledger(args, writes=False) as ledger:
        entries = ledger.history.of_task(task_id(args.task))
    if not entries:
        print("暂无记录。")
    for e in entries:
        print(f"{e.at.replace('T', ' ')}  {e.by or '—'}  {e.text}")
    return 0
