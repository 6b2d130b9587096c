"""The issuer's own event or public call announced in a purpose sentence is no task; the
duties after it, a request inside it and a plan's numbered item stay. Invented texts."""

from notice_helpers import run, titles


def test_the_issuer_s_own_activity_announced_in_the_purpose_sentence_is_no_task():
    r = run("为丰富职工文化生活，县总工会决定于2027年4月10日至4月30日开展职工健步走活动。\n\n"
            "请各基层工会于2027年4月5日前将参加人员名单报县总工会。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-05"], titles(r)


def test_a_public_call_for_proposals_is_no_task():
    r = run("为拓宽知情渠道，县政协决定自即日起至2027年3月25日，向社会公开征集提案线索。")
    assert r.tasks == [], titles(r)


def test_a_purpose_sentence_that_asks_for_something_by_a_date_keeps_its_duty():
    r = run("为做好宣传，县总工会决定开展读书活动，请各基层工会于2027年4月20日前报送活动方案。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-20"], titles(r)


def test_an_activity_in_a_numbered_item_of_a_plan_stays_a_task():
    r = run("1、开展警示教育活动。为提高党性修养，镇机关党支部将于2027年6月28日组织全体党员开展一次警示教育活动。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-28"], titles(r)
