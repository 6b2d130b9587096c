"""Duties of named doers under a forecast spell, where the window stage finds them too: after a
news item's "《通知》指出，", after an item's heading, and in the spell's own sentence; and a period
opening the doers' duty under a window ("节假日期间，各部门要…") stays in its text. Invented texts."""

from datetime import date

from tracker.extract import extract_text


def _bound(text: str) -> dict[str, date | None]:
    return {u.name: t.deadline for t in extract_text(text).tasks for u in t.units}


def test_the_doers_after_a_reported_opener_are_bound_by_the_spell():
    got = _bound("某市防汛指挥部发出紧急通知\n\n"
                 "本报讯 2027年6月3日，市防指发出紧急通知。气象部门预计，6月5日白天到6月9日，我市将出现大到暴雨。\n\n"
                 "《通知》指出，水文部门要密切监视雨情水情变化。防汛部门要严格执行防汛值班。\n")
    assert got == {"水文部门": date(2027, 6, 9), "防汛部门": date(2027, 6, 9)}, got


def test_the_doers_after_an_item_s_heading_are_each_bound():
    got = _bound("某市人民政府办公室关于做好低温雨雪天气应对工作的紧急通知\n\n各县区人民政府，市各有关部门：\n\n"
                 "根据最新天气预报，2027年1月30日至31日，我市将有一次雨雪过程。现就有关事项通知如下：\n\n"
                 "一、保障交通安全畅通。交通运输部门要加强公交调度管理。城管部门要及时清除主干道路积雪。\n\n"
                 "二、保障能源供应。市发展改革委要加强煤电油气调度。\n")
    assert got == {"交通运输部门": date(2027, 1, 31), "城管部门": date(2027, 1, 31),
                   "市发展改革委": date(2027, 1, 31)}, got


def test_the_doers_in_the_spell_s_own_sentence_are_bound():
    got = _bound("某省防汛抗旱指挥部关于提升防汛应急响应的通知\n\n各市州防汛抗旱指挥部：\n\n"
                 "据气象部门预报，9日至10日全省还将有一次较明显降雨过程，各地各单位要加强值班值守，强化风险区域巡查。\n\n"
                 "某省防汛抗旱指挥部\n\n2027年7月6日\n")
    assert got == {"各地各单位": date(2027, 7, 10)}, got


def test_a_period_opening_the_doers_duty_stays_in_its_text():
    tasks = extract_text("某某学院关于2027年国庆节放假安排的通知\n\n各部门：\n\n"
                         "根据上级通知精神，现将2027年国庆节放假安排通知如下：\n\n"
                         "一、10月1日至7日放假调休，共7天。\n\n"
                         "二、节假日期间，各部门要妥善安排好值班和安全保卫等工作。\n\n"
                         "某某学院办公室\n\n2027年9月20日\n").tasks
    got = [(t.text, t.deadline) for t in tasks if t.units]
    assert got == [("节假日期间，各部门要妥善安排好值班和安全保卫等工作。", date(2027, 10, 7))], got
