"""Review notes marked 已核对: stable note keys, the ledger table (migration m009), finding
marks again by the same file or the same 文号, and writing them with the import."""

import copy
import sqlite3

import pytest

from ledger_helpers import AS_OF, NOW, contract, task
from tracker.errors import LedgerError
from tracker.ledger import Ledger, schema
from tracker.ledger.importer import import_contract
from tracker.review import review_notes, subject_hash

SHA = "a" * 64
OTHER_SHA = "b" * 64


def _contract(doc_no="测政发〔2018〕1号"):
    return contract(task("建设平台", None), task("培育企业", "2018-12-31", units=()),
                    task("完善机制"), doc_no=doc_no)


def test_note_keys_ignore_row_and_title_edits():
    c = _contract()
    notes = review_notes(c)
    assert [(n.row, n.code) for n in notes] == [(0, "task_without_deadline"), (1, "task_without_unit")]
    assert notes[0].doc_no == "测政发〔2018〕1号"
    assert notes[0].subject == subject_hash("建设平台。") == subject_hash(" 建设 平台。")
    edited = copy.deepcopy(c)
    edited["tasks"].insert(0, task("新增一项"))
    edited["tasks"][1]["title"] = "改过的标题"
    again = review_notes(edited)
    assert [n.row for n in again] == [1, 2]
    assert [n.key for n in again] == [n.key for n in notes]


def test_document_wide_problem_is_keyed_by_its_message_and_document():
    c = _contract()
    c["problems"] = [{"code": "no_issue_date", "args": {"doc": "测政发〔2018〕1号"},
                      "message": "测政发〔2018〕1号：未找到成文日期，无年份的期限按不确定处理。"}, "未识别的单位：某某局"]
    notes = review_notes(c)
    assert (notes[0].row, notes[0].code, notes[0].doc_no) == (None, "no_issue_date", "测政发〔2018〕1号")
    assert (notes[1].code, notes[1].subject) == ("note", subject_hash("未识别的单位：某某局"))


def test_marks_come_back_by_file_or_by_doc_no(ledger):
    notes = review_notes(_contract())
    ledger.review_checks.mark(notes[:1], True, sha256=SHA, at=NOW, by="张三")
    assert ledger.review_checks.checked(SHA, notes) == {notes[0].key}
    # a re-issued file (other bytes) with the same 文号
    assert ledger.review_checks.checked(OTHER_SHA, notes) == {notes[0].key}
    # the same file whose 文号 the clerk changed: found by the file
    renamed = review_notes(_contract("测政发〔2018〕9号"))
    assert ledger.review_checks.checked(SHA, renamed) == {renamed[0].key}
    # another file, another 文号: nothing
    assert ledger.review_checks.checked(OTHER_SHA, renamed) == set()
    assert ledger.review_checks.checked(None, []) == set()
    row = ledger.db.execute("SELECT checked_at, checked_by FROM review_checks").fetchone()
    assert row == (NOW, "张三")


def test_unchecking_removes_the_mark_under_file_and_doc_no(ledger):
    notes = review_notes(_contract())
    ledger.review_checks.mark(notes, True, sha256=SHA, at=NOW)
    ledger.review_checks.mark(notes[:1], True, sha256=OTHER_SHA, at=NOW)
    assert ledger.review_checks.count() == 3
    ledger.review_checks.mark(notes[:1], False, sha256=OTHER_SHA, at=NOW)
    assert ledger.review_checks.checked(SHA, notes) == {notes[1].key}
    assert ledger.review_checks.count() == 1


def test_note_without_file_or_doc_no_is_not_written(ledger):
    notes = review_notes(_contract(doc_no=None))
    assert ledger.review_checks.mark(notes, True, sha256=None, at=NOW) == 2
    assert ledger.review_checks.count() == 0


def test_import_writes_marks_in_its_transaction(ledger):
    c = _contract()
    notes = review_notes(c)
    import_contract(ledger, c, source_name="x.txt", sha256=SHA, as_of=AS_OF, now=NOW, by="张三",
                    review_checks=notes[1:])
    assert ledger.review_checks.checked(OTHER_SHA, notes) == {notes[1].key}
    assert ledger.tasks.count() == 3


def test_failed_mark_rolls_the_import_back(ledger, monkeypatch):
    c = _contract()

    def broken(*_a, **_kw):
        raise LedgerError("写入失败")

    monkeypatch.setattr(ledger.review_checks, "mark", broken)
    with pytest.raises(LedgerError):
        import_contract(ledger, c, source_name="x.txt", sha256=SHA, as_of=AS_OF, now=NOW,
                        review_checks=review_notes(c))
    assert ledger.tasks.count() == 0 and ledger.documents.all() == []


def test_older_ledger_gains_the_table_after_a_backup(db_path):
    latest = schema._KNOWN.pop()
    assert latest.__name__ == "m009_review_checks"
    try:
        Ledger.open(db_path).close()
    finally:
        schema._KNOWN.append(latest)
    with Ledger.open(db_path) as led:
        assert "review_checks" in led.db.table_names()
        assert schema.check_version(led.db) == []
    copies = list((db_path.parent / "backups").glob("migrate-*.sqlite3"))
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    assert "review_checks" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


def test_program_without_the_migration_refuses_the_ledger(db_path):
    Ledger.open(db_path).close()
    latest = schema._KNOWN.pop()
    try:
        with pytest.raises(LedgerError, match="m009_review_checks"):
            Ledger.open(db_path)
    finally:
        schema._KNOWN.append(latest)
