"""Unit-name matching benchmark: the seed gazette's unit names against a directory of a few
thousand units (the shipped directory plus generated units of many places and offices).

Prints the median in-process time of: reading the directory from a ledger and indexing it
(``UnitIndex.of_ledger``), the review dialog's suggestions for the seed (``suggest_merges``),
the units dialog's near-duplicates of the whole directory (``near_duplicates``), and the
suggestions for an import of a few hundred names.

    python bench/bench_unit_match.py [--units 3000] [--runs 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.extract import extract_text  # noqa: E402
from tracker.ledger import Ledger  # noqa: E402
from tracker.unit_match import UnitIndex, contract_unit_names, near_duplicates, suggest_merges  # noqa: E402
from tracker.unit_names import name_parts  # noqa: E402

SEED = ROOT.parent / "shared" / "seed" / "gazette-liaocheng-2018-09.txt"
# Generic office bodies and heads of any city or county (not the seed's names).
BODIES = ("发展和改革", "教育", "科学技术", "工业和信息化", "公安", "民政", "司法", "财政", "人力资源和社会保障",
          "自然资源和规划", "生态环境", "住房和城乡建设", "交通运输", "水利", "农业农村", "商务", "文化和旅游",
          "卫生健康", "退役军人事务", "应急管理", "审计", "市场监督管理", "统计", "医疗保障", "林业", "体育",
          "粮食和物资储备", "信访", "机关事务管理", "行政审批服务", "人民防空", "地方金融监督管理", "国有资产监督管理",
          "城市管理", "大数据", "民族宗教事务", "外事", "档案", "地方志", "供销合作")
HEADS = ("局", "局", "局", "委", "办")
# How the generated import writes some names: the usual short forms.
SHORT_FORMS = (("发展和改革委", "发改委"), ("人民政府", "政府"), ("市场监督管理局", "市场监管局"),
               ("人力资源和社会保障局", "人社局"), ("住房和城乡建设", "住建"), ("应急管理局", "应急局"))
CHARS = "安宁平和东西南北新华昌阳泰丰兴永清河山川林源德嘉福寿康乐"


def directory(n: int, rng: random.Random) -> list[tuple[str, str]]:
    """``n`` (name, kind) pairs: offices of generated places at 市, 县 and 区 level."""
    out, seen = [], set()
    while len(out) < n:
        place = "".join(rng.sample(CHARS, 2)) + rng.choice("市县区")
        for body in rng.sample(BODIES, 12):
            name = place + body + rng.choice(HEADS)
            if name not in seen:
                seen.add(name)
                out.append((name, "department"))
        if place + "人民政府" not in seen:
            seen.add(place + "人民政府")
            out.append((place + "人民政府", "county"))
    return out[:n]


def median_ms(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--units", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(11)
    ledger = Ledger.memory()
    ledger.units.load_defaults()
    with ledger.transaction():
        for name, kind in directory(args.units - len(ledger.units.names()), rng):
            ledger.units.resolve(name, kind)
    n_units = len(ledger.units.names())
    contract = extract_text(SEED.read_text("utf-8"), source_name=SEED.name).to_contract(full=True)
    names = contract_unit_names(contract)
    def index_cold():
        name_parts.cache_clear()   # as in a fresh process: every name parsed again
        return UnitIndex.of_ledger(ledger)

    ms, index = median_ms(index_cold, args.runs)
    print(f"directory of {n_units} units: read and index {ms:.1f} ms")
    # Cold: every name parsed again, the directory's spellings too (an upper bound: in the
    # review dialog the index has parsed those already).
    ms, found = median_ms(lambda: (name_parts.cache_clear(), suggest_merges(names, index))[1], args.runs)
    print(f"seed ({len(names)} unit names): suggestions {ms:.2f} ms, {len(found)} found: "
          + "; ".join(f"{s.name}→{s.target}" for s in found))
    ms, dups = median_ms(lambda: near_duplicates(index, ledger.units.task_counts()), args.runs)
    print(f"near-duplicates of the whole directory: {ms:.1f} ms, {len(dups)} pairs")
    many = {}
    for name in rng.sample(sorted(ledger.units.names().values()), 400):
        for full, short in SHORT_FORMS:
            name = name.replace(full, short)
        many[name] = 1
    ms, found = median_ms(lambda: (name_parts.cache_clear(), suggest_merges(many, index))[1], args.runs)
    print(f"an import of {len(many)} names (some written short): suggestions {ms:.1f} ms, {len(found)} found")
    ledger.close()


if __name__ == "__main__":
    main()
