"""News of meetings and calls to the public: a closing call to meet every target of the year and a
call for proposals' criteria ("当年立项、当年完成") are no tasks (invented examples)."""

from tracker.extract import extract_text


def _tasks(text: str) -> list:
    return [(t.deadline_text, t.text[:10]) for t in extract_text(text).tasks]


def test_a_closing_call_to_meet_every_target_of_the_year_is_no_task():
    text = ("某市召开创建工作推进会\n"
            "会议指出，今年以来，全市各部门扎实推进创建工作，但还存在薄弱环节，要坚持问题导向，"
            "对标对表加以整改，确保今年各项指标高质量完成。\n")
    assert _tasks(text) == []
    dated = "会议要求，各区要在2027年6月底前完成创建指标自查。\n"
    assert [d for d, _ in _tasks(dated)] == ["2027年6月底前"]


def test_a_proposals_criteria_are_no_task():
    text = ("关于征集2028年度民生实事项目建议的公告\n"
            "（三）可行性。所提建议应立足本地实际和当前财力，尽力而为、量力而行，一般当年立项、当年完成、当年见效。\n"
            "（四）普惠性。项目应惠及大多数群众。\n")
    assert _tasks(text) == []


def test_works_run_into_one_sentence_each_with_its_own_date_are_tasks_of_their_own():
    text = ("2027年4月3日\n"
            "在市政交通上，甲大道快速路“十一”前要主线通车，乙大道8月底要全线通车，丙立交9月底南北向通车、年底前东西向通车。\n")
    found = _tasks(text)
    assert [d for d, _ in found] == ["“十一”前", "8月底", "年底前"]
    steps = "会议要求，6月底前完成淘汰任务的60%，8月底前全部完成。\n"
    assert [d for d, _ in _tasks("2027年4月3日\n" + steps)] == ["8月底前"]
    event = "会议要求，各县2月底前完成项目梳理，全州第一批项目集中开工活动将于3月底举行。\n"
    assert len(_tasks("2027年2月3日\n" + event)) == 1  # an event held then opens no duty of its own


def test_a_calls_period_alone_under_its_heading_is_no_task():
    for period in ("通告之日起至2027年10月20日", "2027年11月3日至2027年11月20日止。"):
        text = ("关于征集2028年民生实事项目建议的通告\n一、征集时间\n" + period + "\n二、征集原则\n"
                "（一）项目应惠及大多数群众，一般能当年完成或当年能见到实效。\n")
        assert _tasks(text) == []


def test_an_objection_window_counted_from_the_posting_is_no_task():
    text = ("2027年度某省科学技术奖受理项目公示\n"
            "1、自公示之日起30日内，任何单位或者个人对拟推荐的名单、申报材料有异议的，应当以真实身份书面向某厅奖励处提出。\n")
    assert _tasks(text) == []


def test_a_pages_date_with_its_weekday_is_no_task():
    assert _tasks("某镇召开春季森林防灭火工作会议\n2027年04月21日 星期一\n会议强调，要压实责任。\n") == []


def test_news_of_work_started_and_a_replys_past_call_are_no_tasks():
    assert _tasks("2027年10月，某区启动民生实事人大代表票决候选项目征集工作。\n") == []
    assert _tasks("2027年6月6日，某市热线办启动现场协调督办机制，连续组织召开两场现场协调会。\n") == []
    reply = ("官方回复：您好！现将办理情况回复如下：该项目预计2028年12月开工。"
             "2027年9月29日，我区某新城管理办公室通过电话向您反馈办理情况，您已知晓办理结果。\n")
    assert [d for d, _ in _tasks(reply)] == ["2028年12月"]


def test_announced_projects_with_long_names_over_their_detail_lines():
    text = ("代表票决确定某区2028年3项民生实事项目如下:\n"
            "一、某市某区中小学(幼儿园)校门升降防撞柱安装项目\n27所中小学校门口安装升降防撞柱，保障师生安全。\n"
            "二、社区综合服务提升改造项目\n对某社区居委会服务大厅进行改造，修缮约500平方米。\n"
            "三、某某巷及周边片区基础设施提升改造项目\n对两侧建筑沿街立面进行修缮改造。\n")
    assert [d for d, _ in _tasks(text)] == ["2028年", "2028年", "2028年"]


def test_the_course_a_news_item_tells_of_its_campaign_is_no_task():
    for span in ("此次检查从4月15日开始到4月30日结束。", "本次大检查历时9天，于12月10日结束。",
                 "本次专项检查从8月20日持续至10月10日，为期50天。"):
        text = "某市开展安全生产大检查\n某市新闻网讯 " + span + "检查重点为危险化学品、建筑施工等行业。\n"
        assert _tasks(text) == [], span
