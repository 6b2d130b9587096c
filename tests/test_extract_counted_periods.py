"""A period bounding what is counted or who is barred is no due date; a duty in the same notice stays.
Invented texts."""

from notice_helpers import run, titles


def test_a_period_of_awards_or_penalties_is_no_task():
    r = run("一、2026年3月至2027年3月期间受到记过以上处分的个人不能参评。\n\n"
            "二、参评成果为2026年9月至2027年3月期间开展的主题团日活动。\n\n"
            "三、2026年全年度获得的竞赛奖项以证书时间为准。\n\n"
            "四、请各学院于2027年4月10日前报送推荐材料。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-10"], titles(r)


def test_a_window_to_carry_out_work_stays_a_task():
    r = run("各支部于2027年5月1日至5月31日开展主题党日活动。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-05-31"], titles(r)
