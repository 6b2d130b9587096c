"""A due date stated once in a label line binds the notice's undated hand-in requests
(invented notices)."""

from datetime import date

from tracker.extract import extract_text


def _tasks(lines):
    return extract_text("\n".join(lines)).tasks


def test_a_closing_label_line_dates_the_opening_request_and_a_same_time_request():
    tasks = _tasks([
        "关于做好2027年度文书档案归档工作的通知", "各单位:",
        "年度归档工作已经开始,请各部门将本年度形成的文件材料整理好后移交综合档案室。现将有关事项通知如下:",
        "一、归档要求",
        "1.各部门要认真审查归档材料是否齐全。同时请各部门同时上报一名兼职档案员名单。",
        "2.移交档案材料时须填写移交目录。",
        "二、归档时间",
        "档案材料移交的时间为:2028年3月20日前。",
        "档案室", "2028年2月25日",
    ])
    assert len(tasks) == 2
    assert all(t.deadline == date(2028, 3, 20) for t in tasks)
    opening = next(t for t in tasks if "移交综合档案室" in t.text)
    assert [u.name for u in opening.units] == ["各部门"]
    assert any("兼职档案员" in t.text for t in tasks)
    assert not any("移交的时间为" in t.text for t in tasks)


def test_a_heading_over_a_date_line_binds_the_request_named_later_by_the_rule():
    tasks = _tasks([
        "关于报送2027年工作总结的通知", "各分会:",
        "一、报送时间",
        "2027年11月10日(星期三)中午12:00前",
        "二、工作要求",
        "(一)请各分会高度重视,在规定的时间节点前将工作总结报送至办公室。",
        "(二)请各分会严格按照公文格式编辑排版。",
        "办公室", "2027年11月5日",
    ])
    assert len(tasks) == 1
    assert "报送至办公室" in tasks[0].text and tasks[0].deadline == date(2027, 11, 10)
    assert [u.name for u in tasks[0].units] == ["各分会"]


def test_a_section_time_line_binds_a_faxed_form_and_is_no_task_itself():
    tasks = _tasks([
        "关于报送联系情况的通知", "各街道组织部门:",
        "一、时间:2027年4月15日前",
        "二、要求:",
        "(一)根据实际填写《联系情况统计表》(见附件),并传真至区指导中心。",
        "区委组织部办公室", "2027年4月9日",
    ])
    assert len(tasks) == 1 and "传真至区指导中心" in tasks[0].text
    assert tasks[0].deadline == date(2027, 4, 15)


def test_an_event_time_line_or_two_windows_bind_nothing():
    event = _tasks([
        "关于举办讲座的通知", "各学院:",
        "一、时间:2027年4月15日上午9:00",
        "二、要求:请各学院将参会名单报送至办公室。",
        "办公室", "2027年4月9日",
    ])
    assert not any(t.deadline == date(2027, 4, 15) for t in event)
    two = _tasks([
        "关于申报项目的通知", "各单位:",
        "一、申报截止时间:2027年5月10日",
        "二、推荐截止时间:2027年5月20日",
        "三、请各单位将申报材料报送至科技处。",
        "科技处", "2027年4月9日",
    ])
    assert not any("报送至科技处" in t.text for t in two)


def test_a_label_closing_its_time_with_jiezhi_binds_the_request_that_points_back_to_it():
    tasks = _tasks([
        "各部门:",
        "现开始征集第15次办公会议题,相关事项通知如下:",
        "一、议题征集时限截止本周三(9月22日)下午17:00。",
        "二、请各部门领导尽快确定上会议题,并将会议材料报送分管领导审定。",
        "三、请各部门填写《议题审议单》,在规定时限内将电子版报至学校办公室。",
        "学校办公室", "2027年9月20日",
    ])
    assert len(tasks) == 1 and "议题审议单" in tasks[0].text
    assert tasks[0].deadline == date(2027, 9, 22)
