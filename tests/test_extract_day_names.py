"""A named day, week or month stated is no task; a duty in the same sentence or after it stays.
Invented texts."""

from notice_helpers import run, titles


def test_a_named_day_stated_is_no_task():
    r = run("2027年5月12日是全国第十九个“防灾减灾日”，根据上级要求，结合我县实际，制定本方案。\n\n"
            "经研究，2027年6月11日至17日为全县节能宣传周。\n\n"
            "请各镇于2027年5月20日前报送活动开展情况。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-05-20"], titles(r)


def test_a_named_day_with_work_asked_stays_a_task():
    r = run("2027年11月9日为全国消防日，各学校组织开展消防安全教育活动。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-11-09"], titles(r)
