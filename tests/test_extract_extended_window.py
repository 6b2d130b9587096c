"""A season of work extended to a day is a window binding the duties handed out after it
(invented news of a heating notice): the extension statement is no task, the duties are due on
the extended last day, a day of the first half-year takes the second year of a two-year season,
and a clause opening with a verb of directing others stays with the duty before it."""

from datetime import date

from tracker.extract import extract_text

_NEWS = """某市延长2027-2028年度采暖季供暖时间
本报讯 3月13日，市委办公室、市政府办公室印发通知，我市今冬采暖季供暖时间统一延长至3月31日24时。
通知要求，各县区供热主管部门要督促供热企业严格落实通知要求，严防擅自停暖。市发展改革委要强化能源保障，协调热电联产电厂做好热力保供工作。市气象局要密切关注天气变化情况。
"""


def _tasks():
    return extract_text(_NEWS).tasks


def test_the_duties_after_an_extended_season_are_due_on_its_last_day():
    tasks = _tasks()
    got = {t.units[0].name: t.deadline for t in tasks if t.units}
    assert got == {"各县区供热主管部门": date(2028, 3, 31), "市发展改革委": date(2028, 3, 31),
                   "市气象局": date(2028, 3, 31)}, [(t.text, t.deadline) for t in tasks]


def test_the_extension_statement_and_a_directed_party_are_no_tasks():
    tasks = _tasks()
    assert not any("统一延长至" in t.text for t in tasks)
    assert not any(u.name.startswith("协调") for t in tasks for u in t.units)
    assert any("协调热电联产电厂" in t.text for t in tasks if [u.name for u in t.units] == ["市发展改革委"])


def test_an_extended_time_limit_for_handing_in_is_no_window():
    text = _NEWS.replace("我市今冬采暖季供暖时间统一延长至3月31日24时", "年度报告填报时间延长至3月31日")
    tasks = extract_text(text).tasks
    assert not any(t.deadline == date(2028, 3, 31) and "市气象局" in t.text for t in tasks)
