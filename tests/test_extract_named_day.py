"""Of two recurring times of one frequency in a sentence, the one naming the day binds; the
subject before the first stays the duty's. Invented notices of the family."""

from notice_helpers import run, titles


def dues(r):
    return [(t.deadline.isoformat(), t.recurrence, [u.name for u in t.units]) for t in r.tasks]


def test_how_often_then_by_which_day_is_one_duty_due_on_the_day():
    r = run("1.各镇每周报送一篇工作信息，于每周四下班前报县政府办公室。\n\n"
            "2.各镇每月报送一篇工作动态，每月25日前报县政府办公室。")
    assert dues(r) == [("2027-02-11", "FREQ=WEEKLY;BYDAY=TH", ["各镇"]),
                       ("2027-02-25", "FREQ=MONTHLY;BYMONTHDAY=25", ["各镇"])], titles(r)


def test_two_frequencies_stay_two_duties():
    r = run("各镇每季度报送一次工作进展，每半年报送一次工作总结。")
    assert len(r.tasks) == 2, titles(r)
