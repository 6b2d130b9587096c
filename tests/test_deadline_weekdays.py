"""A weekly duty on several weekdays ("每周一、四报送", "每周二和周五巡查") is one weekly rule on
all of them; a list that goes on to other words ("每周一、二季度…") keeps its first day only. The
weekday may repeat its week word ("每周周五"); every half month is mid-month and month end."""

from datetime import date

from tracker.deadlines import find_deadlines
from tracker.recurrence import describe_recurrence


def _rules(text: str) -> list[tuple[str, date]]:
    return [(d.recurrence, d.date) for _, _, d in find_deadlines(text, date(2027, 3, 2)) if d.recurrence]


def test_listed_weekdays_make_one_weekly_rule():
    assert _rules("各网格员每周一、四将一般信息报网格长。") == [("FREQ=WEEKLY;BYDAY=MO,TH", date(2027, 3, 4))]
    assert _rules("各社区每周二和周五开展巡查。") == [("FREQ=WEEKLY;BYDAY=TU,FR", date(2027, 3, 5))]
    assert _rules("每星期一、三、五报送进度。") == [("FREQ=WEEKLY;BYDAY=MO,WE,FR", date(2027, 3, 3))]


def test_a_weekday_before_other_words_stays_alone():
    assert _rules("每周一召开例会，二季度完成评估。")[0] == ("FREQ=WEEKLY;BYDAY=MO", date(2027, 3, 8))


def test_listed_weekdays_are_described_in_full():
    assert describe_recurrence("FREQ=WEEKLY;BYDAY=MO,TH") == "每周一、四前"


def test_the_weekday_may_repeat_its_week_word():
    assert _rules("每周周五下午，各单位职工打扫责任区域。") == [("FREQ=WEEKLY;BYDAY=FR", date(2027, 3, 5))]
    assert _rules("每周星期三报送进度。") == [("FREQ=WEEKLY;BYDAY=WE", date(2027, 3, 3))]


def test_every_half_month_is_mid_month_and_month_end():
    assert _rules("社区每半月上门督促一次。") == [("FREQ=MONTHLY;BYMONTHDAY=15,-1", date(2027, 3, 15))]
    assert _rules("每半年报送一次。") == [("FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1", date(2027, 6, 30))]
    assert describe_recurrence("FREQ=MONTHLY;BYMONTHDAY=15,-1") == "每半月"


def test_yearly_months_each_with_its_end_are_one_rule():
    assert _rules("各区每年6月底和12月底前报送工作进展。") == [("FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1", date(2027, 6, 30))]
    assert _rules("每年3月底、6月底、9月底和12月底前报送进展。")[0][0] == "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"
    assert _rules("每年6月底前完成自查和12月份的复查。")[0][0] == "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"


def test_yearly_months_listed_with_one_month_word_are_one_rule():
    """"每年1、4、7、10月8日之前": 月 written only after the last month of the list."""
    assert _rules("各科室于每年1、4、7、10月8日之前报送上一季度统计数据") == [
        ("FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=8", date(2027, 4, 8))]
    assert _rules("每年3、6、9、12月25日前报送") == [("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=25", date(2027, 3, 25))]
    # Months of a season with no day ("每年1、2月份开展") name no rule of this kind.
    assert _rules("每年1、2月份开展冬季练兵") == []
