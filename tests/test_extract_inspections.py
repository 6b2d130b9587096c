"""An inspection team's own visit is no duty of the units it visits; their own dated duties
stay (invented examples)."""

from datetime import date

from tracker.extract import extract_text


def _tasks(text: str) -> list:
    return [(t.deadline, [u.name for u in t.units]) for t in extract_text(text).tasks]


def test_an_inspection_notice_to_the_public_sets_no_duty():
    text = ("某省第二生态环境保护督察组进驻某市督察公告\n"
            "经省委、省政府批准，某省第二生态环境保护督察组定于2027年4月1日至4月30日对某市开展生态环境保护督察。\n"
            "督察进驻时间：4月1日—4月30日\n专门值班电话：0000-0000000\n"
            "某省第二生态环境保护督察组\n2027年4月1日\n")
    assert _tasks(text) == []


def test_a_news_opening_with_the_team_as_subject_tells_its_visit():
    text = ("4月2日至3日，由县农业农村局、县政府督查室组成2个督查组，对全县乡镇开展春季村庄清洁行动检查。\n"
            "2027年5月9日，县委第一巡察组向某镇党委反馈巡察情况。\n")
    assert _tasks(text) == []


def test_the_visited_units_duties_stay():
    text = ("关于配合做好督察工作的通知\n各乡镇、各部门：\n"
            "省督察组定于2027年4月1日至4月30日对我市开展督察。"
            "各乡镇要于4月10日前将自查报告报送市督察办。\n某市人民政府办公室\n2027年3月25日\n")
    assert _tasks(text) == [(date(2027, 4, 10), ["各乡镇"])]


def test_a_government_sending_teams_out_keeps_its_dated_step():
    text = ("关于开展检查的通知\n各盟市：\n各地要于8月30日前报送自查情况。"
            "自治区人民政府将于9月上旬派出督查组，对各地区进行督查。\n某自治区人民政府\n2027年7月1日\n")
    assert [d for d, _ in _tasks(text)] == [date(2027, 8, 30), date(2027, 9, 10)]


def test_an_organ_s_announced_inspection_of_the_units_is_no_duty_of_theirs():
    text = ("关于做好迎检准备的方案\n各部门、各学院：\n"
            "为做好迎检工作，市创文办将于11月30日对我校进行创建工作检查。"
            "各部门要于11月28日前将有关资料报送党政办。\n某学院\n2027年11月20日\n")
    assert _tasks(text) == [(date(2027, 11, 28), ["各部门"])]


def test_a_higher_body_s_commendation_on_a_day_is_no_task():
    text = ("关于推荐先进集体的通知\n各分会：\n全国妇联将在2027年“三八”节期间对先进集体进行表彰。"
            "请各分会于2027年1月20日前报送推荐材料。\n某校工会\n2027年1月5日\n")
    assert [d for d, _ in _tasks(text)] == [date(2027, 1, 20)]


def test_the_writer_s_own_dated_acceptance_stays():
    text = ("关于做好堤防管理的通知\n各乡镇：\n各乡镇要做好堤防清障。我局将在4月28日对上述工作进行验收。\n"
            "某县水利局\n2027年4月1日\n")
    assert [d for d, _ in _tasks(text)] == [date(2027, 4, 28)]
