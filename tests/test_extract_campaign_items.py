"""A campaign period stated once binds the items of its 活动内容: items naming their units with a
modal verb ('X要组织…') or a move ('X到…组织…'), and, for a campaign running over days, items
that name no unit; an event of some hours has a programme, no duties (invented notices)."""

from datetime import date

import pytest

from tracker.extract import extract_text
from tracker.extract.campaign import campaign_period
from tracker.extract.normalize import NText


def _tasks(lines):
    return extract_text("\n".join(lines)).tasks


# Units before a modal ("X要组织…") or a move ("X到…组织…"), and units before an adverbial
# ("X在…期间安排…", "X认真组织…"): each item is its units' duty, due when the campaign ends.
@pytest.mark.parametrize("head, items, expected", [
    (["关于做好2027年科技活动周宣传活动的通知", "区直各部门、各街道办事处:", "一、科技周活动时间",
      "2027年5月12日-5月18日。", "二、科技周活动内容"],
     ["1、区教育局要组织各中小学校开展科技制作比赛;",
      "2、各街道科协要制定活动周工作方案,组织各社区开展科普宣传活动;",
      "3、各社区居委会到辖区学校组织开展科普宣传。"],
     ["区教育局", "各社区居委会", "各街道科协"]),
    (["关于开展2027年科普宣传周活动的通知", "各有关单位:", "一、活动时间", "2027年5月12日-5月18日。",
      "二、活动内容"],
     ["1、区影剧公司在活动周期间安排科普电影进社区;",
      "2、各基层支部在组织学习的基础上,开展交流讨论;",
      "3、各学院认真组织本月的主题团日活动。"],
     ["区影剧公司", "各基层支部", "各学院"]),
])
def test_items_of_a_campaign_naming_their_units_are_theirs_and_due_when_it_ends(head, items, expected):
    tasks = _tasks([*head, *items])
    names = sorted(u.name for t in tasks for u in t.units)
    assert names == expected
    assert all(t.deadline == date(2027, 5, 18) for t in tasks)


def test_unitless_content_items_of_a_campaign_over_days_are_its_work():
    tasks = _tasks([
        "2027年“安全生产月”活动实施方案", "各工段、各班组:",
        "一、活动时间和主题:", "活动时间:2027年6月1日至30日。",
        "二、活动内容:",
        "(一)在主要岗位和场所张贴安全宣传横幅和挂图等宣传资料。",
        "(二)组织开展一次安全知识竞赛。",
    ])
    assert len(tasks) == 2 and all(t.deadline == date(2027, 6, 30) for t in tasks)
    assert not any("活动内容" == t.title for t in tasks)


def test_the_programme_of_an_event_of_some_hours_is_no_duty():
    tasks = _tasks([
        "关于开展“政府开放日”活动的公告",
        "一、活动时间", "2027年6月20日上午9:00-11:00",
        "二、活动内容",
        "1.参观政务服务大厅。",
        "2.召开座谈会,听取意见建议。",
    ])
    assert tasks == []


def test_content_items_naming_an_event_or_a_text_are_no_work():
    # A heading over the paragraph that hands the work out, an event's name, a text to study.
    tasks = _tasks([
        "关于开展2027年“会员活动日”宣传活动的通知", "各乡镇协会:",
        "一、活动时间", "2027年5月1日-31日。",
        "二、活动内容",
        "(一)举办一场大型义诊服务活动",
        "县协会将在某广场开展义诊活动。各乡镇协会也要结合实际,组织开展一次义诊活动。",
        "(二)活动闭幕式",
        "(三)集中学习",
        "1.全会精神;",
        "2.某部印发的《某某工作办法》。",
    ])
    assert len(tasks) == 1 and [u.name for u in tasks[0].units] == ["各乡镇协会"]
    assert all(t.deadline == date(2027, 5, 31) for t in tasks)


# A window stated once for the whole work ("二、工作时间", "一、开展时间 …") binds the items of the later
# task section that name no unit; the short item over them is their heading, not a duty beside them.
def test_a_work_window_binds_the_unitless_items_of_the_task_section_after_it():
    tasks = _tasks([
        "冬季消防安全整治工作方案",
        "一、工作目标", "确保辖区不发生较大火灾事故。",
        "二、工作时间", "2027年11月下旬至2028年3月31日。",
        "三、工作任务",
        "(一)开展电气火灾专项治理。",
        "1.整治私拉乱接电线问题。",
        "2.开展出租屋消防安全检查。",
        "3.2027年底前,完成新建消火栓10个。",
    ])
    texts = sorted(t.text for t in tasks)
    assert len(tasks) == 3 and not any("专项治理" in t for t in texts)
    assert sorted(str(t.deadline) for t in tasks) == ["2027-12-31", "2028-03-31", "2028-03-31"]


def test_a_window_after_its_label_on_the_same_line_binds_the_duties_of_named_doers():
    tasks = _tasks([
        "关于开展读书月活动的通知", "各学院团委:",
        "一、开展时间 2027年4月1日——2027年4月30日",
        "二、活动要求",
        "各团支部需填写活动申报表,交各学院团委审核。",
    ])
    assert [(t.units[0].name, t.deadline) for t in tasks] == [("各团支部", date(2027, 4, 30))]


# A start alone is no window ("四、实施时间 本意见自…起实施"); a window with no year on a page that
# states none keeps its phrase with no date.
def test_a_start_alone_binds_nothing_and_a_yearless_window_on_an_undated_page_keeps_its_phrase():
    start = _tasks([
        "关于加强渣土管理的实施意见", "一、职责分工",
        "(一)区市容局:负责渣土运输的审批。",
        "二、实施时间", "本意见自2027年10月1日起实施。",
    ])
    assert all(t.deadline is None for t in start)
    text = NText("科技活动周实施方案\n一、活动时间5月15日—5月21日。\n二、主要活动")
    assert campaign_period(text, date(2027, 1, 1))[:2] == (date(2027, 5, 21), "5月15日—5月21日")
    assert campaign_period(text, date(2027, 1, 1), year_told=False)[:2] == (None, "5月15日—5月21日")
