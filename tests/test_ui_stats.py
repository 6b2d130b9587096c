"""The 统计 view driven like a clerk would: period, sorting, my units, charts; its model."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from ledger_helpers import AS_OF, import_tasks, task

pytest.importorskip("pytestqt")


@pytest.fixture
def settings(tmp_path):
    from ui.settings import Settings

    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def stats_ledger(ledger):
    import_tasks(ledger,
                 task("甲", "2018-12-05", units=(("市科技局", "lead"), ("市财政局", "support"))),
                 task("乙", "2018-12-10", units=(("市科技局", "lead"),)),
                 task("丙", "2018-12-28", units=(("市财政局", "lead"),)),
                 task("丁", "2018-12-15", units=(("市财政局", "lead"), ("市教育局", "support"))),
                 task("戊", "2018-11-20", units=(("市教育局", "lead"),)))
    ids = {t.title: t.id for t in ledger.status.rows(AS_OF)}
    for title, unit, at in (("甲", "市科技局", "2018-12-04T10:00:00"), ("甲", "市财政局", "2018-12-07T10:00:00"),
                            ("乙", "市科技局", "2018-12-10T18:00:00"), ("戊", "市教育局", "2018-11-19T09:00:00")):
        ledger.progress.tick(ids[title], unit, by="t", now=at)
    return ledger


@pytest.fixture
def view(qtbot, stats_ledger, settings):
    from ui.stats_view import StatsView

    v = StatsView(stats_ledger, settings, AS_OF)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(v.is_ready)   # the figures are computed on a worker
    return v


def _table(view) -> list[tuple[str, ...]]:
    p = view.proxy
    return [tuple(p.index(r, c).data() for c in range(p.columnCount())) for r in range(p.rowCount())]


def test_model_passes_modeltester(qtmodeltester, stats_ledger):
    from tracker.report.stats import Period, build_stats
    from ui.stats_model import StatsModel, StatsProxy

    model = StatsModel()
    model.set_rows(build_stats(stats_ledger, Period.month(2018, 12), AS_OF).rows)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    proxy = StatsProxy()
    proxy.setSourceModel(model)
    proxy.sort(6, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_month_figures_sorting_and_charts(view, qtbot):
    assert view.period_label.text() == "2018年12月（截至 2018-12-20）"
    # Sorted by 按期办结率, best first.
    rows = _table(view)
    assert rows[0] == ("市科技局", "2", "2", "0", "0", "0", "100.0%")
    assert set(rows[1:]) == {("市财政局", "2", "0", "1", "1", "1", "0.0%"), ("市教育局", "1", "0", "0", "1", "0", "0.0%")}
    assert "按期办结率 40.0%" in view.summary.text()
    # The charts draw the table's rows in the table's order.
    assert [n for n, _v in view.rate_chart.bar_rows()] == [r[0] for r in rows]
    counts = {"市科技局": [0, 0], "市财政局": [1, 1], "市教育局": [1, 0]}
    assert [v for _n, v in view.count_chart.bar_rows()] == [counts[r[0]] for r in rows]
    # A click on the 逾期任务 header sorts by it (twice: most first), and the chart follows.
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(4) + header.sectionSize(4) // 2
    with qtbot.waitSignal(view.proxy.layoutChanged):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [r[0] for r in _table(view)][0] in ("市财政局", "市教育局")
    assert [r[0] for r in _table(view)][-1] == "市科技局"
    assert [n for n, _v in view.count_chart.bar_rows()][-1] == "市科技局"
    pix = view.rate_chart.grab()
    assert pix.height() >= 3 * 24


def test_period_kinds_steps_and_as_of(view, qtbot):
    with qtbot.waitSignal(view.refreshed) as sig:
        qtbot.mouseClick(view.prev_button, Qt.MouseButton.LeftButton)
    assert sig.args[0].period.label == "2018年11月"
    assert sig.args[0].as_of == date(2018, 11, 30)
    assert [r[0] for r in _table(view)] == ["市教育局"] and _table(view)[0][6] == "100.0%"
    with qtbot.waitSignal(view.refreshed) as sig:
        view.kind_box.setCurrentIndex(view.kind_box.findData("year"))
    assert sig.args[0].period.label == "2018年" and sig.args[0].as_of == AS_OF
    assert sig.args[0].total.due == 6
    with qtbot.waitSignal(view.refreshed) as sig:
        view.kind_box.setCurrentIndex(view.kind_box.findData("custom"))
    assert view.end_edit.isEnabled() and not view.prev_button.isEnabled()
    view.end_edit.setDate(QDate(2017, 12, 1))   # before the start: a message, no rows
    assert "早于" in view.summary.text() and view.proxy.rowCount() == 0
    with qtbot.waitSignal(view.refreshed) as sig:
        view.end_edit.setDate(QDate(2018, 12, 31))
    assert sig.args[0].period.start == date(2018, 1, 1)
    # The as-of date: typing an earlier date looks back (甲's late tick of 12-07 is not yet made).
    view.kind_box.setCurrentIndex(view.kind_box.findData("month"))
    with qtbot.waitSignal(view.refreshed) as sig:
        view.as_of_edit.setDate(QDate(2018, 12, 6))
    cz = next(r for r in sig.args[0].rows if r.name == "市财政局")
    assert (cz.due, cz.late, cz.overdue_tasks) == (1, 0, 1)


def test_my_units_filter_is_remembered(qtbot, stats_ledger, settings):
    from ui.settings import STATS_MINE
    from ui.stats_view import StatsView

    settings.set_my_units(["市科技局"])
    v = StatsView(stats_ledger, settings, AS_OF)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(v.is_ready)
    assert v.mine_box.isEnabled() and not v.mine_box.isChecked()
    with qtbot.waitSignal(v.refreshed):
        qtbot.mouseClick(v.mine_box, Qt.MouseButton.LeftButton)
    assert [r[0] for r in _table(v)] == ["市科技局"]
    assert settings.get(STATS_MINE) is True
    again = StatsView(stats_ledger, settings, AS_OF)
    qtbot.addWidget(again)
    qtbot.waitUntil(again.is_ready)
    assert again.mine_box.isChecked() and [r[0] for r in _table(again)] == ["市科技局"]


def _open_from_main_window(qtbot, ledger, settings, today):
    """A main window on ``ledger`` showing ``AS_OF`` on ``today``, and its 统计 window opened."""
    from ui.main_window import MainWindow

    win = MainWindow(ledger, settings, today=today, as_of=AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.act_stats.trigger()
    stats = win._stats_window
    qtbot.waitExposed(stats)
    qtbot.waitUntil(stats.view.is_ready)
    return win, stats


def test_reachable_from_the_main_window(qtbot, stats_ledger, settings):
    win, stats = _open_from_main_window(qtbot, stats_ledger, settings, AS_OF)
    assert stats.view.proxy.rowCount() == 3
    # A tick in the main window shows in the open statistics.
    ids = {t.title: t.id for t in stats_ledger.status.rows(AS_OF)}
    with qtbot.waitSignal(stats.view.refreshed):
        changes = stats_ledger.progress.tick(ids["丁"], "市财政局", by="t", now="2018-12-14T09:00:00")
        win.apply_changes(changes)
    cz = next(r for r in stats.view.report.rows if r.name == "市财政局")
    assert cz.on_time == 1
    # A double-click on a unit's row lists its tasks in the main window.
    qtbot.waitUntil(win.is_settled)
    view = stats.view
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == "市教育局")
    rect = view.table.visualRect(view.proxy.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.unit_activated) as sig:   # QTest's double-click follows a press
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [stats_ledger.units.find("市教育局")]
    assert win.filters.unit_id() == stats_ledger.units.find("市教育局")
    from ui.card_model import KIND_ROLE, TASK_ID_ROLE

    def shown():
        p = win.proxy
        return {stats_ledger.tasks.get(p.index(r, 0).data(TASK_ID_ROLE)).title for r in range(p.rowCount())
                if p.index(r, 0).data(KIND_ROLE) == "card"}

    qtbot.waitUntil(lambda: shown() == {"丁"})   # 戊, done, sits in the folded 已完成 group


def test_report_dialog_monthly_report(qtbot, stats_ledger, tmp_path):
    from ui.report_dialog import KIND_MONTHLY, ReportDialog

    dlg = ReportDialog(stats_ledger, date(2019, 1, 8), "督查室", None)
    qtbot.addWidget(dlg)
    dlg.week_edit.setDate(QDate(2018, 12, 12))
    dlg.kind_box.setCurrentIndex(dlg.kind_box.findData(KIND_MONTHLY))
    assert dlg.week_caption.text() == "月份（选该月任一天）："
    assert dlg.week_label.text() == "2018年12月，统计日期 2018-12-31"
    out = tmp_path / "通报.html"
    assert dlg.export_html(str(out))
    html = out.read_text("utf-8")
    assert "重点任务督办情况通报" in html and "各单位按期办结情况" in html
    assert "应办结节点 6 个，按期办结率 33.3%，逾期未完成 2 项" in dlg.summary.text()
    assert dlg._default_name(".pdf") == "督办通报_2018-12.pdf"


def test_opens_at_the_main_windows_as_of_date_and_follows_it(qtbot, stats_ledger, settings):
    """统计 looks from the date the main window shows (its toolbar says every figure is
    computed as of it), never the machine's date: it opens there and moves with it."""
    today = date(2019, 1, 8)
    win, stats = _open_from_main_window(qtbot, stats_ledger, settings, today)
    view = stats.view
    assert view.as_of() == AS_OF and view.period_label.text() == "2018年12月（截至 2018-12-20）"
    # 回到今天 in the main window: the month of that day, as of that day.
    with qtbot.waitSignal(view.refreshed):
        qtbot.mouseClick(win.back_today, Qt.MouseButton.LeftButton)
    assert view.as_of() == today and view.period_label.text() == "2019年1月（截至 2019-01-08）"
    # A date typed into the main window's as-of field.
    win.as_of_edit.setFocus()
    qtbot.keyClicks(win.as_of_edit, "20181115")
    qtbot.keyClick(win.as_of_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.is_ready() and view.period_label.text() == "2018年11月（截至 2018-11-15）")
    assert view.report.as_of == date(2018, 11, 15)
    # Closed, the window does not compute; reopened, it shows the date the main window shows now.
    stats.close()
    qtbot.mouseClick(win.back_today, Qt.MouseButton.LeftButton)
    assert view.as_of() == date(2018, 11, 15)
    win.act_stats.trigger()
    assert win._stats_window is stats
    qtbot.waitUntil(lambda: view.is_ready() and view.period_label.text() == "2019年1月（截至 2019-01-08）")
