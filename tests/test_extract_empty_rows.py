"""Table rows that say no duty (a spilled figure/unit/tag row, a stray cell, a row of target
figures) are no tasks; rows naming a unit inside their duty stay. Invented texts."""

from tracker.extract import extract_text
from tracker.extract.empty_rows import says_no_duty

HEAD = "丙政办发〔2027〕3号\n\n丙县人民政府办公室关于民生实事进展情况的通报\n\n各镇人民政府：\n\n"
SIGN = "\n\n丙县人民政府办公室\n2027年2月6日\n"


def test_a_spilled_row_of_figure_unit_and_tag_says_no_duty():
    assert says_no_duty("95%  县交通局  县民生实事", ["县交通局"])
    assert says_no_duty("县教育局 县民生实事", ["县教育局"])


def test_a_row_of_figures_or_a_stray_cell_says_no_duty():
    assert says_no_duty("7左右7.5左右", [])
    assert says_no_duty("11.3 5.5", ["增幅(%)"])
    assert says_no_duty("改", [])


def test_duties_naming_their_unit_or_a_figure_stay():
    assert not says_no_duty("迁建县政务服务中心。", ["县政务服务中心"])
    assert not says_no_duty("植树5万株", ["县林业局"])
    assert not says_no_duty("规模工业增加值增长4.5%", ["规模工业增加值增长"])


def test_a_table_with_a_stray_row_gives_only_its_duties():
    table = ("| 序号 | 实事项目 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
             "| 1 | 新建城东公园。 | 县住建局 | 2027年10月底前 |\n"
             "| 2 | 改 |  |  |\n"
             "| 3 | 建成县老年活动中心。 | 县民政局 | 2027年12月底前 |\n")
    r = extract_text(HEAD + table + SIGN)
    assert [t.title for t in r.tasks] == ["新建城东公园。", "建成县老年活动中心。"], [t.title for t in r.tasks]
