"""Schedules whose rows open with their date (date_rows.py), on invented texts: a flattened
table whose header the copy lost, a schedule run into one spaced line, and a chronicle of
dated lines that is no schedule."""

from datetime import date

from tracker.extract import extract_text


def _got(text):
    return [(t.title, [u.name for u in t.units], t.deadline) for t in extract_text(text).tasks]


def test_a_flattened_schedule_under_a_lost_header_gives_one_task_a_row():
    text = ("某区2029年初中招生工作日程安排\n\n内\n\n责任人\n\n"
            "3月2日—3月20日\n\n各中学对片区内小学毕业生摸底\n\n编制上报招生计划\n\n各中学\n\n"
            "4月8日\n\n召开初中招生工作会\n\n李某某\n\n"
            "5月6日—10日\n\n下达各中学片区划分表\n\n李某某\n\n"
            "5月20日—25日\n\n各中学公示《新生入学须知》\n\n各中学\n\n"
            "6月5日\n\n下达随迁子女招生\n\n计划\n\n李某某\n")
    assert _got(text) == [
        ("各中学对片区内小学毕业生摸底编制上报招生计划", ["各中学"], date(2029, 3, 20)),
        ("召开初中招生工作会", [], date(2029, 4, 8)),
        ("下达各中学片区划分表", [], date(2029, 5, 10)),
        ("各中学公示《新生入学须知》", ["各中学"], date(2029, 5, 25)),
        ("下达随迁子女招生计划", [], date(2029, 6, 5)),
    ]


def test_a_schedule_run_into_one_spaced_line_takes_each_rows_subject():
    text = ("某学院关于做好2029年度考核工作的通知\n\n各系、处、室：\n\n现将考核日程通知如下。"
            "考核日程表 时 间 内 容 12月10日 各系召开年度考核会 12月12日 各系对考核结果进行汇总 "
            "12月15日 考核委员会对各系考核意见进行审核 12月18日 人事处将审核结果通知各系\n\n"
            "某学院人事处\n2029年12月1日\n")
    assert _got(text) == [
        ("各系召开年度考核会", ["各系"], date(2029, 12, 10)),  # a school's collective, as golds name it
        ("各系对考核结果进行汇总", ["各系"], date(2029, 12, 12)),
        ("考核委员会对各系考核意见进行审核", ["考核委员会"], date(2029, 12, 15)),
        ("人事处将审核结果通知各系", ["人事处"], date(2029, 12, 18)),
    ]


def test_a_chronicle_of_dated_sentences_is_no_schedule():
    text = ("某县2029年大事记\n\n时间\n\n事件\n\n"
            "1月5日\n\n县委召开全会，部署全年工作。\n\n"
            "2月3日\n\n县政府召开安全生产会议。\n\n"
            "3月8日\n\n县妇联举行表彰大会。\n\n"
            "4月2日\n\n县教育局组织开展教师培训。\n")
    assert _got(text) == []


def test_item_cells_and_period_cells_in_step_pair_up():
    """A cell listing a group's numbered items, then a cell listing their periods in order
    (each cell closed by a pipe): one task an item, due at its period's end."""
    text = ("某省第三次经济普查工作进度安排\n\n工 作 项 目 |\n起 止 时 间 |\n"
            "一、前期准备\n1、 起草普查实施方案\n2、 省级政府部署普查工作 |\n2029.1—4\n2029.3—6 |\n"
            "二、普查登记\n3、 组织普查员培训\n4、 开展入户登记\n5、 数据审核汇总 |\n2029.5—8\n2029.9—12\n"
            "2029.11—2030.3 |\n")
    assert _got(text) == [
        ("1、 起草普查实施方案", [], date(2029, 4, 30)),
        ("2、 省级政府部署普查工作", ["省级政府"], date(2029, 6, 30)),
        ("3、 组织普查员培训", [], date(2029, 8, 31)),
        ("4、 开展入户登记", [], date(2029, 12, 31)),
        ("5、 数据审核汇总", [], date(2030, 3, 31)),
    ]


def test_a_duty_roster_is_no_schedule():
    text = ("某局2029年春节假期值班表\n\n日期\n\n值班人员\n\n联系电话\n\n"
            "2月1日\n\n张某某\n\n13800000001\n\n2月2日\n\n李某某\n\n13800000002\n\n"
            "2月3日\n\n张某某\n\n13800000001\n\n2月4日\n\n李某某\n\n13800000002\n")
    assert _got(text) == []


def test_a_portal_list_of_dated_headlines_is_no_schedule():
    text = ("某县人民政府网 通知公告\n\n发布时间\n\n"
            "2029年3月5日\n\n关于开展春季植树活动的通知\n\n2029年3月4日\n\n关于做好春耕备耕工作的通知\n\n"
            "2029年3月2日\n\n关于召开全县安全生产会议的通知\n\n2029年3月1日\n\n关于公布第一批示范村名单的公告\n")
    assert _got(text) == []
