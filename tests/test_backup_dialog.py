"""文件 > 备份与恢复: the backup list (model checked), 立即备份, 恢复所选备份, 打开备份文件夹."""

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ledger_helpers import NOW, import_tasks, task
from tracker import backup
from tracker.ledger import Ledger
from ui import backup_dialog
from ui.backup_dialog import BackupDialog, BackupModel


@pytest.fixture
def with_backups(ledger, db_path):
    import_tasks(ledger, task("一"), task("二"))
    backup.on_start(ledger, date(2018, 10, 1))
    backup.backup_before(ledger, "import", now=datetime(2018, 10, 2, 9, 30))
    import_tasks(ledger, task("三"), doc_no="测发〔2018〕3号")
    backup.backup_before(ledger, "migrate", now=datetime(2018, 10, 3, 9, 30))
    backup.backup_before(ledger, "restore", now=datetime(2018, 10, 4, 9, 30))
    for p in (db_path.parent / "backups").glob("import-*"):
        if not p.name.startswith("import-20181002"):
            p.unlink()  # the importer's own copy: keep the list predictable
    return ledger


def test_model_passes_modeltester(qtmodeltester, with_backups, db_path):
    model = BackupModel(db_path)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4
    shown = [[model.index(r, c).data() for c in range(3)] for r in range(4)]
    assert shown == [["2018-10-04 09:30:00", "恢复前", "3"], ["2018-10-03 09:30:00", "迁移前", "3"],
                     ["2018-10-02 09:30:00", "导入前", "2"], ["2018-10-01", "每日", "2"]]


def test_backup_now_adds_a_row(qtbot, with_backups, db_path):
    dlg = BackupDialog(db_path)
    qtbot.addWidget(dlg)
    assert dlg.proxy.rowCount() == 4 and not dlg.restore_button.isEnabled()
    with qtbot.waitSignal(dlg.backup_made) as sig:
        qtbot.mouseClick(dlg.backup_button, Qt.MouseButton.LeftButton)
    assert dlg.proxy.rowCount() == 5
    assert Path(sig.args[0]).name.startswith("manual-")
    assert dlg.selected_info().kind_zh == "手动" and dlg.selected_info().tasks == 3
    assert "已备份" in dlg.status.text() and dlg.restore_button.isEnabled()


def test_restore_selected_after_confirmation(qtbot, monkeypatch, with_backups, db_path):
    ledger = with_backups
    tid = ledger.tasks.ids()[0]
    ledger.progress.tick(tid, now=NOW)
    ledger.changed_elsewhere()
    dlg = BackupDialog(db_path)
    qtbot.addWidget(dlg)
    dlg.select_path(db_path.parent / "backups" / "daily-20181001.sqlite3")
    asked = []
    monkeypatch.setattr(backup_dialog, "ask", lambda *a: asked.append(a[2]) or False)
    with qtbot.assertNotEmitted(dlg.restored):
        qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    assert ledger.tasks.count() == 3 and "2 项任务" in asked[0]  # declined: nothing changed
    monkeypatch.setattr(backup_dialog, "ask", lambda *a: True)
    with qtbot.waitSignal(dlg.restored) as sig:
        qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    assert sig.args[0] == db_path
    assert ledger.changed_elsewhere() and ledger.tasks.count() == 2  # the open ledger sees it
    assert ledger.db.execute("SELECT COUNT(*) FROM progress_events").fetchone()[0] == 0
    assert dlg.proxy.rowCount() == 5 and "恢复前的台账已另存为" in dlg.status.text()
    kinds = [dlg.proxy.index(r, 1).data() for r in range(dlg.proxy.rowCount())]
    assert kinds.count("恢复前") == 2


def test_failed_restore_is_shown_in_the_dialog(qtbot, monkeypatch, with_backups, db_path):
    bad = db_path.parent / "backups" / "manual-20181009-000000-000000.sqlite3"
    bad.write_bytes(b"not a ledger")
    dlg = BackupDialog(db_path)
    qtbot.addWidget(dlg)
    assert dlg.proxy.index(0, 2).data() == "无法读取"
    dlg.select_path(bad)
    monkeypatch.setattr(backup_dialog, "ask", lambda *a: True)
    with qtbot.assertNotEmitted(dlg.restored):
        qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    assert "不是督办台账文件" in dlg.status.text()
    assert with_backups.tasks.count() == 3


def test_open_folder_and_empty_list(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "fresh.sqlite3"
    Ledger.open(path).close()
    opened = []
    monkeypatch.setattr(backup_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dlg = BackupDialog(path)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.proxy.rowCount() == 0 and dlg.empty_label.isVisible()
    qtbot.mouseClick(dlg.folder_button, Qt.MouseButton.LeftButton)
    assert opened and Path(opened[0].toLocalFile()) == tmp_path / "backups"
    assert (tmp_path / "backups").is_dir()
