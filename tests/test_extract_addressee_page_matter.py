"""Page matter run into the addressee line (a date box, a source line, a title glued to it): the
addressees are the units from a 各 on, and a dated hand-in naming no sender is theirs."""

from tracker.extract import extract_text

DUTY = "\n\n一、请于2025年3月20日前将统计表报送市农业局办公室。\n\n丙市农业局\n2025年3月1日\n"


def units(head: str) -> list[list[tuple[str, str]]]:
    return [[(u.name, u.role) for u in t.units] for t in extract_text(head + DUTY).tasks]


def test_a_date_box_before_the_addressees():
    head = "丙市农业局关于报送统计表的通知\n\n[发布日期]2025-03-01各县（区）农业局、市直有关单位：\n\n现将有关事项通知如下。"
    assert units(head) == [[("各县（区）农业局", "responsible"), ("市直有关单位", "responsible")]]


def test_a_source_line_before_the_addressees():
    head = "丙市农业局关于报送统计表的通知\n\n文章来源: 作者: 时间:2025-03-01各县区农业局、市直有关单位：\n\n现将有关事项通知如下。"
    assert units(head) == [[("各县区农业局", "responsible"), ("市直有关单位", "responsible")]]


def test_a_each_inside_a_name_opens_no_addressees():
    # "丙市农业局各直属单位" is one name: its 各 follows a character of the name, so nothing is cut from it.
    head = ("丙市农业局关于报送统计表的通知\n\n来源：丙市农业局办公室 丙市农业局各直属单位、各科室、各县区农业局、"
            "市直有关单位、各乡镇农技站、各农业园区管委会、各合作社：\n\n现将有关事项通知如下。")
    assert units(head) == [[]]
