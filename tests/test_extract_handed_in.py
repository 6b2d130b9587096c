"""A dated hand-in that names no sender, in a notice with an addressee line: the addressees hand it in."""

from tracker.extract import extract_text

HEAD = "丙市农业局关于报送年度统计报表的通知\n\n各县（区）农业局，市直有关单位：\n\n"
TAIL = "\n\n丙市农业局\n2025年3月1日\n"


def units(body: str) -> list[list[tuple[str, str]]]:
    return [[(u.name, u.role) for u in t.units] for t in extract_text(HEAD + body + TAIL).tasks]


ADDRESSEES = [("各县（区）农业局", "responsible"), ("市直有关单位", "responsible")]


def test_a_report_due_with_no_sender_is_the_addressees():
    assert units("一、有关工作安排于2025年3月20日前报市农业局办公室。\n") == [ADDRESSEES]
    assert units("二、年报数据通过网络逐级上报，上报时间为2025年4月10日。\n") == [ADDRESSEES]
    assert units("三、项目进度实行月报制度，于每月5日前报送上月进度。\n") == [ADDRESSEES]


def test_no_addressees_for_the_issuers_own_step_or_someone_elses_duty():
    # "将于…前转交": the issuer's own step.
    assert units("一、任务分解表将于2025年3月20日前转交至各承办单位。\n") == [[]]
    # "班主任要…，并于…前填写…": a duty of persons named in the sentence.
    assert units("一、班主任要及时掌握学生情况，并于2025年3月20日前提交登记表。\n") == [[]]
    # "对…的…，需补报…": a case's duty.
    assert units("一、对未上报年报的企业，需于2025年3月20日前补报。\n") == [[]]


def test_a_plan_below_its_cover_keeps_its_steps_unassigned():
    body = ("现将《丙市统计工作方案》印发给你们，请认真贯彻执行。\n\n丙市统计工作方案\n\n"
            "一、形成年度报告（2025年10月）。10月15日前，形成正式报告报送市政府。\n")
    assert units(body) == [[]]
