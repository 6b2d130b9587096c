"""The due dates of a span are read once per document (due_memo.DueMemo): a stage asking
again for a span gets the same dates, in a list of its own."""

from tracker.extract.documents import split_documents
from tracker.extract.tasks import DocumentTasks

_TEXT = ("某县人民政府办公室关于做好秋季安全检查工作的通知\n"
         "某政办发〔2027〕12号\n"
         "各乡镇人民政府，县直各部门：\n"
         "一、各乡镇要于9月30日前完成辖区隐患排查，由县应急局牵头，县消防大队配合。\n"
         "二、县教育局负责校园安全检查，10月15日前将检查情况报县政府办公室。\n"
         "某县人民政府办公室\n2027年9月1日\n")


def _doc() -> DocumentTasks:
    problems = []
    return DocumentTasks(split_documents(_TEXT, problems)[0], problems)


def test_a_span_asked_again_gets_the_same_dates_in_a_new_list():
    d = _doc()
    for a, b in d.para_spans:
        first, again = d._due(a, b), d._due(a, b)
        assert first is not again
        assert [(h.start, h.end, h.deadline) for h in first] == [(h.start, h.end, h.deadline) for h in again]
        fresh = _doc()._read_due(a, b)
        assert [(h.start, h.end, h.deadline, h.clause) for h in first] == [(h.start, h.end, h.deadline, h.clause) for h in fresh]
    first.append(None)  # a reader's own list: what is kept is not changed
    assert None not in d._due(*d.para_spans[-1])


def test_dates_read_once_are_those_of_the_document():
    d = _doc()
    dated = {d.nt.norm[a:b][:4]: [h.deadline.date.isoformat() for h in d._due(a, b)] for a, b in d.para_spans}
    assert dated["一、各乡"] == ["2027-09-30"]
    assert dated["二、县教"] == ["2027-10-15"]
