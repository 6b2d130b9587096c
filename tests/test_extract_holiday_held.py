"""Duties under a holiday that a dated task held (invented notices): the duties of other doers
before the dated clause (topic_clauses.others_first), an undated sentence before the dated one
(task_window._holding), and days off given after a comma (holiday_eve.HOLIDAY_SPAN)."""

from notice_helpers import task_with
from tracker.extract import extract_text

_NOTICE = """关于2027年寒假放假有关事项的通知
各中心、科室：
一、放假时间
寒假放假时间为1月17日—2月15日，2月16日正式上班。
二、工作要求
1.做好假期后勤保障。甲中心要做好留校学生的宿舍管理工作；乙中心要确保假期全校水电的正常供应；丙中心要做好通勤车的运行工作，校内通勤车于1月17日停开。
2.寒假期间，各科室要妥善安排好值班。值班表请于1月10日前报送办公室。
后勤处
2027年1月5日
"""


def test_other_doers_before_a_dated_clause_are_due_when_the_days_off_end():
    result = extract_text(_NOTICE)
    task = task_with(result, "乙中心要确保")
    assert [u.name for u in task.units] == ["乙中心"]
    assert str(task.deadline) == "2027-02-15"
    assert "丙中心" not in task.text


def test_an_undated_sentence_before_a_dated_one_is_a_duty_of_the_days_off():
    result = extract_text(_NOTICE)
    task = task_with(result, "各科室要妥善安排好值班")
    assert str(task.deadline) == "2027-02-15"
    assert str(task_with(result, "值班表请于1月10日前").deadline) == "2027-01-10"


def test_days_off_after_a_comma():
    text = _NOTICE.replace("寒假放假时间为1月17日—2月15日，2月16日正式上班。", "1月17日—2月15日，全体师生员工放假。")
    task = task_with(extract_text(text), "乙中心要确保")
    assert str(task.deadline) == "2027-02-15"


_ITEM = """关于2027年国庆节放假安排的通知
各学院、各部门：
一、放假时间：2027年10月1日至10月7日放假调休，共7天。
二、各学院要做好假期学生的管理工作。后勤处要做好伙食供应工作。保卫处要做好校园安全保卫工作，确保校园安全稳定。
三、国庆节是传统节日。各部门要进行一次环境卫生大扫除，营造喜庆氛围。
四、请各部门于9月28日前报送值班表。甲处要整理好档案资料。
校长办公室
2027年9月20日
"""


def test_duties_after_an_item_that_names_the_days_off_are_due_when_they_end():
    # holiday_eve.for_days_off: an earlier sentence of the item states the days off once.
    result = extract_text(_ITEM)
    assert str(task_with(result, "保卫处要做好校园安全保卫工作").deadline) == "2027-10-07"
    # Not after a sentence that names the festival only, nor after a dated roster to hand in.
    assert not any("环境卫生大扫除" in t.text and str(t.deadline) == "2027-10-07" for t in result.tasks)
    assert not any("甲处要整理好档案资料" in t.text and str(t.deadline) == "2027-10-07" for t in result.tasks)


_FORMS = """关于2027年端午节放假的通知
各校、各科室：
一、放假时间：2027年6月12日至6月14日放假，共3天。
二、各校在放假期间要认真做好安全保卫、防火防盗等各项工作，确保节日安全。
三、放假期间，各科室、部门认真、负责做好交接班和值班工作。
四、6月11日下午下班前行政科要对各楼宇进行一次节前巡查。
中心学校
2027年6月1日
"""


def test_doers_before_their_period_and_duties_in_a_manner_are_due_when_the_days_off_end():
    # task_spell._DURING takes no doers ("各校在放假期间要…"); _DUTY reads "认真、负责做好".
    result = extract_text(_FORMS)
    task = task_with(result, "各校在放假期间要认真做好安全保卫")
    assert [u.name for u in task.units] == ["各校"] and str(task.deadline) == "2027-06-14"
    task = task_with(result, "认真、负责做好交接班")
    assert [u.name for u in task.units] == ["各科室", "部门"] and str(task.deadline) == "2027-06-14"


def test_the_end_of_an_afternoons_work_is_the_days_due_time():
    # deadline_filters._TIMED_BEFORE: "D下午下班前" is due on D; the doers come after it.
    task = task_with(extract_text(_FORMS), "行政科要对各楼宇进行一次节前巡查")
    assert str(task.deadline) == "2027-06-11" and [u.name for u in task.units] == ["行政科"]
