"""The detail panel gives the matrix and the task text the room their content needs."""

from __future__ import annotations

import pytest

from ledger_helpers import AS_OF, import_tasks, task

pytest.importorskip("pytestqt")

UNITS = (("市发展改革委", "lead"), ("市财政局", "support"), ("市科技局", "support"), ("市工业和信息化局", "support"),
         ("市人力资源社会保障局", "support"), ("市自然资源和规划局", "support"))
LONG_TEXT = "各责任单位要按月报送工作进展情况，" * 9 + "确保各项任务按期完成。"


@pytest.fixture
def panel(qtbot, ledger):
    from ui.detail_panel import DetailPanel

    import_tasks(ledger,
                 task("按月报送进展", deadline="2019-12-31", units=UNITS, text=LONG_TEXT,
                      milestones=[{"due": f"2019-{m:02d}-{28 if m == 2 else 30}", "text": f"{m}月报送"}
                                  for m in range(1, 13)]),
                 task("编制年度报告", deadline="2019-03-31", units=(("市统计局", "lead"), ("市财政局", "support")),
                      text="编制年度报告。",
                      milestones=[{"due": "2019-01-31", "text": "制定方案并报市政府审定同意后组织实施"},
                                  {"due": "2019-03-31", "text": "完成"}]))
    p = DetailPanel(lambda: "王晓明")
    qtbot.addWidget(p)
    p.resize(440, 900)
    p.set_context(ledger, AS_OF, 30)
    p.show()
    qtbot.waitExposed(p)
    p.ids = {r.title: r.id for r in ledger.status.rows(AS_OF)}
    return p


def _fits(view) -> bool:
    return (view.rows_fully_shown() == view.model().rowCount() and not view.verticalScrollBar().isVisible())


def test_monthly_task_matrix_shows_every_row_with_one_scroll_bar(panel, qtbot):
    panel.show_task(panel.ids["按月报送进展"])
    view = panel.matrix_view
    assert view.model().rowCount() == len(UNITS) and view.model().columnCount() > 6
    qtbot.waitUntil(lambda: _fits(view) and view.horizontalScrollBar().isVisible())
    # The horizontal bar sits below the last row instead of covering it.
    last = view.model().rowCount() - 1
    assert view.rowViewportPosition(last) + view.rowHeight(last) <= view.viewport().height()


def test_short_matrix_is_not_padded_and_long_milestone_headers_are_shortened(panel, qtbot):
    from PySide6.QtCore import Qt

    panel.show_task(panel.ids["编制年度报告"])
    view = panel.matrix_view
    def snug() -> bool:
        header = view.horizontalHeader()
        body = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
        bar = view.horizontalScrollBar().height() if view.horizontalScrollBar().isVisible() else 0
        return view.height() == header.height() + body + 2 * view.frameWidth() + bar

    qtbot.waitUntil(lambda: _fits(view) and snug())
    shown = view.model().headerData(0, Qt.Orientation.Horizontal)
    assert shown.splitlines()[0].endswith("…") and len(shown.splitlines()[0]) <= 12
    assert "报市政府审定同意后组织实施" in view.model().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_task_text_box_is_as_tall_as_its_text(panel, qtbot):
    panel.show_task(panel.ids["按月报送进展"])
    text = panel.text
    qtbot.waitUntil(lambda: text.verticalScrollBar().maximum() == 0)
    long_height = text.height()
    panel.show_task(panel.ids["编制年度报告"])
    qtbot.waitUntil(lambda: text.height() < long_height)
    assert text.height() <= 3 * text.fontMetrics().lineSpacing() + 2 * text.frameWidth() + 16


def test_section_reads_chapter_then_item_number():
    from ui.detail_panel import section_text

    assert section_text("九、强化行政应诉工作监督管理", "33") == "九、强化行政应诉工作监督管理（第33项）"
    assert section_text(None, "33") == "第33项" and section_text("", "") == "—"
    assert section_text("二、重点任务", "(四)") == "二、重点任务（四）"
    assert section_text("二、重点任务", "（四）") == "二、重点任务（四）"


def test_milestone_columns_name_the_year(ledger, qtmodeltester):
    """Two milestones on 12-31 of different years: each column says which year."""
    from PySide6.QtCore import Qt

    from ui.matrix_model import MatrixModel

    import_tasks(ledger, task("专利倍增", deadline="2022-12-31", units=(("市科技局", "lead"),), text="专利倍增。",
                              milestones=[{"due": "2019-12-31", "text": "每万人拥有有效发明专利达到2.5件"},
                                          {"due": "2022-12-31", "text": "2022-12-31"}]))
    tid = ledger.status.rows(AS_OF)[0].id
    model = MatrixModel()
    model.set_matrix(ledger.tasks.get(tid).milestones, ledger.progress.matrix(tid), AS_OF.isoformat())
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0].splitlines()[1] == "2019-12-31" and headers[1] == "2022-12-31"
