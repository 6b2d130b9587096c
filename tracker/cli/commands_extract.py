"""``tracker extract FILE [--json]``: read a document and print what it holds."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("extract", help="从公文中提取任务（不写入台账）")
    p.add_argument("file", type=Path, help="公文文件（.txt/.docx/.pdf），- 表示标准输入")
    p.add_argument("--json", action="store_true", help="按输出约定打印 JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    from tracker.extract import extract_path, extract_text

    if str(args.file) == "-":
        result = extract_text(sys.stdin.buffer.read().decode("utf-8", "replace"))
    else:
        result = extract_path(args.file)
    contract = result.to_contract()
    if args.json:
        json.dump(contract, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for doc in contract["documents"]:
        print(f"{doc['doc_no'] or '（无文号）'}  {doc['title']}  {doc['issued'] or ''}")
    print(f"共 {len(contract['documents'])} 个文件，{len(contract['tasks'])} 项任务")
    for i, t in enumerate(contract["tasks"], 1):
        units = "、".join(f"{u['name']}({_ROLE_ZH[u['role']]})" for u in t["units"]) or "（未指明单位）"
        print(f"{i:>4}. {t['title']}  | {units} | {t['deadline_text'] or '无期限'}")
    return 0


_ROLE_ZH = {"lead": "牵头", "support": "配合", "responsible": "责任"}
