"""News of work done and progress reports: the periods of reported figures, last year's day of
comparison, a progress report's period, a town's own demand told upward and a reply's contact
with the citizen set no due date; duties beside them stay (invented examples)."""

from datetime import date

from tracker.extract import extract_text


def _tasks(text: str) -> list:
    return [(t.deadline, [u.name for u in t.units]) for t in extract_text(text).tasks]


def test_figures_of_a_period_gone_by_are_no_task():
    text = ("某市热线助力城市治理\n日期:2027-06-21 来源:某中心\n"
            "数据显示，2027年1至5月，某热线受理群众来电250万件，群众满意率达到70%。\n"
            "今年1至3月，某市城市空气质量综合指数排名位于全国74个重点城市倒数第七位。\n"
            "2027年上半年，某市12345市民服务热线受理市民来电304.9万件。\n")
    assert _tasks(text) == []


def test_a_target_ranking_and_a_due_report_stay():
    text = ("关于做好营商环境工作的通知\n各县区：\n"
            "2027年，全省营商环境排名力争进入全国第10位。"
            "各县区要于6月底前报送上半年工作完成情况。\n某市人民政府\n2027年3月1日\n")
    assert [d for d, _ in _tasks(text)] == [date(2027, 12, 31), date(2027, 6, 30)]


def test_a_progress_report_names_its_period():
    text = ("您现在所在的位置：首页 > 政府信息公开\n"
            "名称：2027年1-11月份某市《政府工作报告》部分目标任务完成情况 文号：\n"
            "某区2027年重点工作推进情况（2027年第二季度）\n")
    assert _tasks(text) == []


def test_last_years_day_of_comparison_is_no_due_date():
    text = ("某市市场监管局关于年报公示进展情况的通报\n各区局：\n"
            "目前我市年报率低于去年同期（2026年6月5日，69.9%）水平。希望各单位集中精力，确保年报率不低于应有水平。\n"
            "某市市场监管局\n2027年6月2日\n")
    assert _tasks(text) == []


def test_a_towns_own_demand_told_upward_and_a_replys_contact():
    report = ("某镇防汛准备工作汇报\n县防汛抗旱指挥部：\n"
              "3月20日前，我镇要求各村组织村干对本村河流进行全面检查，检查结果上报镇政府。\n")
    assert _tasks(report) == []
    reply = ("您反映的诉求已收到，现回复如下：区住建局工作人员于9月18日通过电话向您核实情况，"
             "您接听了电话。该道路预计明年6月完工。\n2027年9月18日\n")
    assert [d for d, _ in _tasks(reply)] == [date(2028, 6, 30)]


def test_two_periods_compared_are_no_due_dates():
    text = ("7月8日，某市政府召开约谈会，对今年1-6月较1-5月空气质量综合指数排名后退5位以上的县进行约谈，"
            "要求进一步提高政治站位，全力推进空气质量持续改善。\n")
    assert _tasks(text) == []
