"""A sentence stating the weather of a spell, forecast or past, is no task; the demands after it
are, and a sentence that asks something of the weather keeps its duty. Invented texts."""

from notice_helpers import run, titles


def test_a_forecast_and_a_bulletin_of_weather_are_no_tasks():
    r = run("根据最新天气预报，2027年1月30日夜里至31日白天，我市将有一次雨雪过程，其中30日夜里有大雪。\n\n"
            "据气象部门通报，2027年6月4日8时至6月5日8时，甲县降雨量达100毫米以上。\n\n"
            "请各县区于2027年2月1日前报送除雪情况。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-02-01"], titles(r)


def test_rain_fallen_is_no_task():
    r = run("2027年7月19日夜间，我市部分县区出现灾害性强降雨天气，给群众生命财产造成一定损失。\n\n"
            "各县区要于2027年7月25日前上报灾情。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-07-25"], titles(r)


def test_a_sentence_asking_about_the_weather_keeps_its_duty():
    r = run("各乡镇要密切关注降雨预报，于2027年5月31日前完成隐患排查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-05-31"], titles(r)
