#!/usr/bin/env python3
"""Score the extractor on one half of the real-document corpus.

    .venv/bin/python tests/corpus/score_corpus.py --half dev
    .venv/bin/python tests/corpus/score_corpus.py --half test          # only at the very end
    add --misses to list, per document, unmatched gold tasks and wrong fields; --json for one object

The extractor runs in-process (``tracker.extract.extract_path(...).to_contract()``, the same output
as ``tracker extract FILE --json``) and every document is scored with ``score()`` of
``../shared/eval/score.py`` when that folder is beside the repository, else with the in-repo copy
``tests/data/eval/score.py`` (the same rules). Totals are micro-averaged over the half's tasks:

- task precision / recall / F1 (a second prediction for one gold task counts against precision);
- unit F1 (name and role) over matched tasks;
- deadline accuracy over gold tasks that have a date (exact ISO date);
- unedited: the share of all gold tasks a clerk can save as they are (matched, units with names and
  roles all right, deadline right, recurrence right).

The corpus size (documents, tasks, provinces from ``SOURCES.md``) is printed with the figures.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCORERS = (ROOT.parent / "shared" / "eval" / "score.py", ROOT / "tests" / "data" / "eval" / "score.py")


def load_scorer():
    """The shared scorer module (the steering copy when present, else the in-repo copy)."""
    path = next(p for p in SCORERS if p.exists())
    spec = importlib.util.spec_from_file_location("corpus_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, path


def sources(half: str) -> dict[str, dict]:
    """Rows of SOURCES.md for one half, keyed by file stem."""
    rows = {}
    for line in (HERE / "SOURCES.md").read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 8 and cells[0].startswith("`") and cells[1] == half:
            rows[cells[0].strip("`")] = {"province": cells[6], "level": cells[7]}
    return rows


def extract(path: Path) -> dict:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tracker.extract import extract_path

    return extract_path(path).to_contract()


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def misses(mod, gold: dict, pred: dict, s: dict) -> list[str]:
    """Unmatched gold tasks and matched tasks with a wrong deadline, recurrence or units."""
    out = []
    for gi, g in enumerate(gold["tasks"]):
        pi = s["_pred_of"][gi]
        if pi == -1:
            out.append(f"    missed {g['id']}: {g['key']}")
            continue
        p = pred["tasks"][pi]
        gu = sorted((mod.unit_key(u["name"]), u["role"]) for u in g["units"])
        pu = sorted((mod.unit_key(u["name"]), u.get("role")) for u in p.get("units") or [])
        if gu != pu:
            out.append(f"    units  {g['id']}: gold={gu} pred={pu}")
        if (g["deadline"] or None) != (p.get("deadline") or None):
            out.append(f"    date   {g['id']}: gold={g['deadline']} pred={p.get('deadline')}")
        if mod.rrule_key(g.get("recurrence")) != mod.rrule_key(p.get("recurrence")):
            out.append(f"    rrule  {g['id']}: gold={g.get('recurrence')} pred={p.get('recurrence')}")
    for pi, gi in enumerate(s["_gold_of"]):
        if gi == -1:
            p = pred["tasks"][pi]
            out.append(f"    extra  [{pi}] {mod.norm(p.get('title'))[:24]} | {mod.norm(p.get('text'))[:40]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("dev", "test"), required=True)
    ap.add_argument("--misses", action="store_true", help="list what each document got wrong")
    ap.add_argument("--json", action="store_true", help="print the totals as one JSON object")
    a = ap.parse_args(argv)

    mod, scorer_path = load_scorer()
    golds = sorted((HERE / a.half).glob("*.gold.json"))
    rows = sources(a.half)
    keys = ("gold", "pred", "tp", "u_tp", "u_fp", "u_fn", "dated_ok", "dated_n", "exact")
    total = dict.fromkeys(keys, 0)
    per_doc = []
    if not a.json:
        print(f"scorer: {scorer_path}")
        print(f"{'document':<46} {'gold':>4} {'pred':>4}  {'task P/R/F1':<17} {'unitF1':>6}  {'dated':>7}  {'unedited':>8}")
    for gp in golds:
        gold = json.loads(gp.read_text("utf-8"))
        pred = extract(gp.parent / gold["source"])
        s = mod.score(gold, pred)
        c = s["_counts"]
        for k in keys:
            total[k] += c[k]
        name = gp.name.removesuffix(".gold.json")
        per_doc.append({"document": name, **{k: c[k] for k in keys}})
        if not a.json:
            uf = f1(c["u_tp"], c["u_fp"], c["u_fn"])
            print(f"{name:<46} {c['gold']:>4} {c['pred']:>4}  "
                  f"{s['task_precision']:.2f}/{s['task_recall']:.2f}/{s['task_f1']:.2f}    {uf:>6.2f}  "
                  f"{c['dated_ok']:>3}/{c['dated_n']:<3}  {c['exact']:>3}/{c['gold']:<4}")
            if a.misses:
                for line in misses(mod, gold, pred, s):
                    print(line)
    fp = total["pred"] - total["tp"]
    fn = total["gold"] - total["tp"]
    # a province cell starting with "—" ("— (national)", "— (… suggest 江西; not stated)") names no province
    provinces = sorted({r["province"].split()[0] for n, r in rows.items()
                        if r["province"] and not r["province"].startswith(("—", "-"))
                        and (HERE / a.half / f"{n}.txt").exists()})
    figures = {
        "half": a.half,
        "documents": len(golds),
        "tasks": total["gold"],
        "provinces": len(provinces),
        "province_names": provinces,
        "task_precision": ratio(total["tp"], total["tp"] + fp),
        "task_recall": ratio(total["tp"], total["tp"] + fn),
        "task_f1": f1(total["tp"], fp, fn),
        "unit_f1": f1(total["u_tp"], total["u_fp"], total["u_fn"]),
        "dated_deadline_acc": ratio(total["dated_ok"], total["dated_n"]),
        "dated_deadlines": f"{total['dated_ok']}/{total['dated_n']}",
        "unedited_rate": ratio(total["exact"], total["gold"]),
        "unedited": f"{total['exact']}/{total['gold']}",
    }
    if a.json:
        print(json.dumps({**figures, "per_document": per_doc}, ensure_ascii=False))
    else:
        print(f"corpus {a.half}: {figures['documents']} documents, {figures['tasks']} tasks, "
              f"{figures['provinces']} provinces ({'、'.join(provinces)})")
        print(f"TOTAL task P/R/F1 = {figures['task_precision']}/{figures['task_recall']}/{figures['task_f1']}  "
              f"unit_f1 = {figures['unit_f1']}  dated deadlines = {figures['dated_deadline_acc']} "
              f"({figures['dated_deadlines']})  unedited = {figures['unedited_rate']} ({figures['unedited']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
