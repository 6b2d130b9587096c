"""A year leading a plan's guiding statement or a notice's preamble is the year the document
covers, no due date; the dated duties after it (or inside it) stay. Invented texts."""

from notice_helpers import run, titles


def test_a_year_leading_the_guiding_thought_of_a_plan_is_no_task():
    r = run("2027年，全县农业系统坚持以新时代中国特色社会主义思想为指导，深入贯彻会议精神，全面推进乡村振兴。\n\n"
            "一、各镇要于2027年4月30日前完成高标准农田摸底。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-30"], titles(r)


def test_a_year_leading_the_work_around_the_centre_is_no_task():
    r = run("2027年，全县交通运输行业要紧紧围绕县委、县政府的中心工作，迎难而上，当好开路先锋。\n\n"
            "1.县交通局要于2027年6月底前完成农村公路普查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_the_year_s_place_before_a_preamble_is_no_task():
    r = run("2027年是全面深化改革的关键之年，为深入贯彻全会精神，经研究，特拟定2027年改革工作要点。\n\n"
            "一、各镇要于2027年5月20日前报送改革台账。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-05-20"], titles(r)


def test_a_year_led_sentence_with_a_dated_duty_of_its_own_keeps_it():
    r = run("2027年，各镇要以新思想为指导，于2027年6月30日前完成农房改造摸底。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)
