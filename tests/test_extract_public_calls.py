"""Calls to the public, the closing call to unite and the issuer's own plan for a year set no
duty of a unit; a unit's dated duty beside them stays (invented examples)."""

from datetime import date

from tracker.extract import extract_text


def _tasks(text: str) -> list:
    return [(t.deadline, [u.name for u in t.units]) for t in extract_text(text).tasks]


def test_comments_asked_of_the_whole_public_are_no_task():
    text = ("关于公开征求《某市出租汽车管理办法（征求意见稿）》意见的公告\n"
            "为规范出租汽车管理，我局起草了《某市出租汽车管理办法》（征求意见稿），现向全社会公开征求意见，"
            "请将意见于2027年7月26日前反馈至市运输管理中心。\n某市交通运输局\n2027年7月1日\n")
    assert _tasks(text) == []


def test_comments_asked_of_units_stay():
    text = ("关于征求意见的通知\n各县区：\n现将征求意见稿印发给你们，请各县区于3月15日前反馈修改意见。\n"
            "某市人民政府办公室\n2027年3月1日\n")
    assert _tasks(text) == [(date(2027, 3, 15), ["各县区"])]


def test_visitors_asked_to_book_are_no_unit():
    text = ("关于区委书记大接访的公告\n请来访群众于1月21日上午前到所在地乡镇政府值班室预约登记。\n"
            "中共某区委办公室\n2027年1月10日\n")
    assert _tasks(text) == []


def test_the_closing_call_to_unite_and_the_issuers_own_plan():
    text = ("某市人民政府关于实行目标责任管理的通知\n各区县人民政府：\n"
            "2027年，全市各级各部门要紧密团结在党中央周围，着力推进高质量发展，为建设现代化城市作出更大贡献。\n"
            "2028年，省委、省政府将继续实施一批群众呼声高的民生实事项目。\n某市人民政府\n2027年1月20日\n")
    assert _tasks(text) == []
