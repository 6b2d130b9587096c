"""Benchmark of the main window over a generated ledger (prints figures only).

    python bench/bench_ui.py [--tasks 100000] [--db PATH] [--rebuild]

The ledger is generated once by ``bench/gen_ledger.py`` under /tmp (or built through the
core importer at ``--db``) and kept for later runs. Figures: time from start to the
first painted window (through the event loop), to the first search's result on screen,
time to apply a unit filter and a search text (until the view has repainted the
result), a reload (F5) and a change of the as-of date, average time to paint one card,
peak memory. Goals (issues 14/15, at a million tasks): first paint ≤ 3 s, search ready
≤ 5 s, reload and as-of change ≤ 2 s, unit filter ≤ 100 ms, card ≤ 1 ms, ≤ 1 GB.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from datetime import date, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

AS_OF = date(2018, 12, 20)
PER_DOC = 1000
VERBS = ["推进", "完善", "建立", "落实", "开展", "加快", "深化", "健全", "优化", "强化"]
THINGS = ["政务服务一网通办", "涉企收费清理", "营商环境评价", "工程建设项目审批改革", "不动产登记便利化",
          "中小企业融资服务", "企业开办全程电子化", "信用体系建设", "招标投标监管", "知识产权保护",
          "人才引进政策", "科技创新平台", "农村人居环境整治", "河湖长制", "安全生产专项整治"]


def _units() -> list[str]:
    import json

    data = json.loads((ROOT / "data" / "units.json").read_text("utf-8"))
    return [u["name"] for u in data["units"]]


def build(path: Path, n: int) -> None:
    """Fill a new ledger at ``path`` with ``n`` tasks through the core importer."""
    from tracker.ledger import Ledger
    from tracker.ledger.importer import import_contract

    rnd = random.Random(4)
    units = _units()
    ledger = Ledger.open(path)
    t0 = time.perf_counter()
    for d in range(0, n, PER_DOC):
        doc_no = f"测政发〔2018〕{d // PER_DOC + 1}号"
        tasks = []
        for i in range(min(PER_DOC, n - d)):
            due = AS_OF + timedelta(days=rnd.randint(-200, 900))
            picked = rnd.sample(units, rnd.randint(1, 4))
            title = f"{rnd.choice(VERBS)}{rnd.choice(THINGS)}（第{d + i + 1}项）"
            miles = [{"due": (due - timedelta(days=60)).isoformat(), "text": "阶段目标"}] if rnd.random() < 0.3 else []
            tasks.append({
                "title": title, "text": f"{title}。各责任单位要按照职责分工抓好落实，按时报送进展情况。",
                "units": [{"name": u, "role": "lead" if j == 0 else "support"} for j, u in enumerate(picked)],
                "deadline": None if rnd.random() < 0.05 else due.isoformat(),
                "deadline_text": f"{due.year}年{due.month}月底前", "milestones": miles, "doc_no": doc_no,
            })
        contract = {"documents": [{"doc_no": doc_no, "title": f"测试市人民政府关于印发《测试方案{d // PER_DOC + 1}》的通知",
                                   "issued": "2018-09-28", "issuer": "测试市人民政府"}], "tasks": tasks}
        import_contract(ledger, contract, source_name=f"bench-{d}.txt", sha256=None, as_of=AS_OF,
                        now="2018-10-01T09:00:00", by="bench")
        print(f"  built {d + len(tasks)} tasks ({time.perf_counter() - t0:.0f} s)", end="\r", flush=True)
    print()
    ledger.close()


def _watch_paint(widget) -> list:
    """A list that becomes non-empty once ``widget`` gets a paint event."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                seen.append(True)
            return False

    seen: list = []
    widget._paint_watch = Watch(widget)
    widget.installEventFilter(widget._paint_watch)
    return seen


def _repaint(app, view) -> None:
    view.viewport().repaint()
    app.processEvents()


def _search(app, win, text: str) -> None:
    """Apply search words and wait until their matches are shown (a large ledger's words
    are matched on a worker)."""
    win.proxy.set_search(text)
    while win.proxy.search_waiting():
        app.processEvents()
    _repaint(app, win.cards)


def _settle(app, win) -> float:
    """Run the event loop until the window's deferred parts are done; the longest single
    pass of the loop (how long the window could not answer the user)."""
    stall = 0.0
    while not win.is_settled():
        t = time.perf_counter()
        app.processEvents()
        stall = max(stall, time.perf_counter() - t)
    return stall


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=100_000)
    ap.add_argument("--db", type=Path, help="a ledger to use (default: generated once by bench/gen_ledger.py "
                                           "under /tmp, unit-less tasks included)")
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args(argv)
    if args.db is None:
        import gen_ledger

        path = gen_ledger.default_path(args.tasks)
        if args.rebuild:
            path.unlink(missing_ok=True)
        if not path.exists():
            gen_ledger.ensure(args.tasks, path)
            print("ledger built; run again to measure a start with nothing imported yet.")
            return 0
    else:
        path = args.db
        if args.rebuild and path.exists():
            path.unlink()
        if not path.exists():
            print(f"building a ledger of {args.tasks} tasks at {path} through the importer (once) …")
            build(path, args.tasks)
            print("ledger built; run again to measure a start with nothing imported yet.")
            return 0

    t_start = time.perf_counter()
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from tracker.ledger import Ledger
    from tracker.ledger.tasks import NO_UNIT
    from ui.app import create_app
    from ui.card_model import KIND_ROLE
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = create_app([])
    tmp = Path(tempfile.mkdtemp())
    ledger = Ledger.open(path)
    win = MainWindow(ledger, Settings.at(tmp / "s.ini"), today=AS_OF, as_of=AS_OF)
    win.resize(1440, 900)
    win.show()
    # Run the event loop as the app does until the card list has been painted: whatever
    # the loop runs first (zero timers included) counts.
    painted = _watch_paint(win.cards.viewport())
    while not painted:
        app.processEvents()
    first_paint = time.perf_counter()
    print(f"tasks in ledger:                {ledger.tasks.count():,}")
    print(f"start → first painted window:   {first_paint - START:.2f} s "
          f"(script start → main {t_start - START:.2f} s)  goal ≤ 3 s")
    # The search reads SQL: it is ready as soon as the window is; time the first one.
    t = time.perf_counter()
    _search(app, win, "营商环境")
    found = time.perf_counter()
    print(f"start → first search result shown: {found - START:.2f} s "
          f"(the search itself {(found - t) * 1000:.0f} ms, {win.proxy.visible_count():,} tasks)  goal ≤ 5 s")
    stall = _settle(app, win)
    print(f"  deferred parts (recurring duties; unit counts on a worker) done {time.perf_counter() - first_paint:.2f} s "
          f"after the first paint; the window was blocked at most {stall * 1000:.0f} ms at a time meanwhile")
    # Unit id 0 is the own cell of a task that names no unit: no unit to filter by.
    open_units = {u: n for u, n in win.ledger.status.open_by_unit().items() if u != NO_UNIT}
    busy_uid = max(open_units.items(), key=lambda kv: kv[1])[0]
    _search(app, win, "")
    t = time.perf_counter()
    win.filters.choose_unit(busy_uid)
    _repaint(app, win.cards)
    print(f"  first unit filter (builds the position index): {(time.perf_counter() - t) * 1000:.0f} ms")
    win.filters.choose_unit(None)
    _repaint(app, win.cards)

    counts = {u: n for u, n in ledger.status.open_by_unit().items() if u != NO_UNIT}
    names = ledger.units.names()
    for uid in sorted(counts, key=counts.get, reverse=True)[:3]:
        t = time.perf_counter()
        win.filters.choose_unit(uid)
        _repaint(app, win.cards)
        unit_ms = (time.perf_counter() - t) * 1000
        print(f"unit filter ({names[uid]}, {win.proxy.visible_count():,} tasks): {unit_ms:.0f} ms  goal ≤ 100 ms")
    t = time.perf_counter()
    win.filters.choose_unit(None)
    _repaint(app, win.cards)
    print(f"clearing the unit filter (back to all tasks): {(time.perf_counter() - t) * 1000:.0f} ms")

    t = time.perf_counter()
    _search(app, win, "营商环境")
    first_search = (time.perf_counter() - t) * 1000
    timings = []
    for text in ("营商环境 市财政局", "第4711项", "测政发〔2018〕7号", "收费", ""):
        t = time.perf_counter()
        _search(app, win, text)
        timings.append((text or "（清空）", win.proxy.visible_count(), (time.perf_counter() - t) * 1000))
    print(f"search text: first {first_search:.0f} ms  goal ≤ 100 ms at 100k (none at 1M: on a worker there)")
    for text, shown, ms in timings:
        print(f"  “{text}” → {shown:,} tasks: {ms:.0f} ms")
    # Through the search box: the text is applied after a short typing pause.
    from ui.filter_panel import SEARCH_DELAY_MS

    applied: list = []
    win.proxy.filter_applied.connect(lambda: applied.append(True))
    for text in ("收费", ""):
        applied.clear()
        t = time.perf_counter()
        win.filters.search.setText(text)
        while not applied or win.proxy.search_waiting():
            app.processEvents()
        _repaint(app, win.cards)
        ms = (time.perf_counter() - t) * 1000
        print(f"  typed “{text or '（清空）'}” in the search box → shown: {ms:.0f} ms "
              f"(of which {SEARCH_DELAY_MS} ms typing pause)")

    t = time.perf_counter()
    win.reload()                  # F5, another as-of date, another process's change
    _repaint(app, win.cards)
    print(f"reload (F5), cards repainted: {(time.perf_counter() - t) * 1000:.0f} ms  goal ≤ 2 s")
    _settle(app, win)
    t = time.perf_counter()
    win.as_of_edit.setDate(win.as_of_edit.date().addDays(45))
    _repaint(app, win.cards)
    print(f"as-of date changed (+45 days), cards repainted: {(time.perf_counter() - t) * 1000:.0f} ms  goal ≤ 2 s")
    t = time.perf_counter()
    stall = _settle(app, win)   # the deferred parts after it (recurring duties to the new horizon, unit counts)
    print(f"  then the deferred parts: done {(time.perf_counter() - t) * 1000:.0f} ms later, "
          f"the window blocked at most {stall * 1000:.0f} ms at a time")

    view, proxy = win.cards, win.proxy
    rows = [r for r in range(min(proxy.rowCount(), 400)) if proxy.index(r, 0).data(KIND_ROLE) == "card"]
    win.model.ensure_marks([proxy.index(r, 0).data(KIND_ROLE + 3) for r in rows])
    image = QImage(700, 200, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    opt = QStyleOptionViewItem()
    opt.font = view.font()
    opt.rect = QRect(0, 0, 700, view.delegate.card_height(view.font()))
    t = time.perf_counter()
    for r in rows:
        view.delegate.paint(painter, opt, proxy.index(r, 0))
    per_card = (time.perf_counter() - t) * 1000 / max(1, len(rows))
    painter.end()
    print(f"card paint: {per_card:.3f} ms per card over {len(rows)} cards  goal ≤ 1 ms")

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS):          {peak:.0f} MB  goal ≤ 1 GB")
    win.close()
    ledger.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
