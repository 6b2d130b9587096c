"""A table row whose task cell cannot name it (too short to cite, or the body says the same
words) keeps the cell written before it in its text. Invented texts."""

from tracker.extract import extract_text
from tracker.extract.row_passage import row_passage, written_cells

HEAD = "丁校发〔2027〕2号\n\n丁中学关于印发本学期工作安排的通知\n\n各处室：\n\n"
SIGN = "\n\n丁中学\n2027年2月10日\n"


def test_a_short_cell_keeps_the_cell_before_it_as_written():
    written = written_cells(["3月2日 | 新生注册 | 学工处 |", "3月5日 | 召开班主任会议 | 学工处 |"])
    assert row_passage("新生注册", written) == "3月2日 | 新生注册"
    # A passage long enough, said once, names its row alone.
    assert row_passage("召开班主任会议", written) == "召开班主任会议"


def test_a_cell_the_body_restates_keeps_the_row_number_of_a_table_a_cell_a_line():
    lines = ["各处室要将节约用电纳入本部门考核内容，定期通报。", "序号", "工作内容", "1",
             "将节约用电纳入本部门考核内容，定期通报。", "总务处"]
    written = written_cells(lines)
    assert row_passage("将节约用电纳入本部门考核内容，定期通报。", written) \
        == "1\n将节约用电纳入本部门考核内容，定期通报。"


def test_no_cell_is_added_when_the_card_shows_it_or_the_text_stands_twice_as_a_cell():
    written = written_cells(["报名 | 新生注册 | 学工处 |"])
    assert row_passage("新生注册", written, ("报名",)) == "新生注册"
    twice = written_cells(["3月2日 | 新生注册 |", "9月1日 | 新生注册 |"])
    assert row_passage("新生注册", twice) == "新生注册"
    # In a table of several cells a line, the line above is a header, not the row's cell.
    header = written_cells(["日期 | 工作 | 处室 |", "新生注册 | 学工处 | 3月2日 |"])
    assert row_passage("新生注册", header) == "新生注册"


def test_a_schedule_row_keeps_its_date_cell_in_the_task_text():
    table = ("| 日期 | 工作内容 | 责任处室 |\n|---|---|---|\n"
             "| 3月2日 | 新生注册 | 学工处 |\n"
             "| 3月5日 | 召开全体班主任会议 | 学工处 |\n")
    r = extract_text(HEAD + table + SIGN)
    texts = {t.title: t.text for t in r.tasks}
    assert texts.get("新生注册") == "3月2日 | 新生注册", texts
    assert texts.get("召开全体班主任会议") == "召开全体班主任会议", texts
