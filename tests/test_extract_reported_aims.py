"""A reporter's or an official's words opening a sentence tell no duty, unless the sentence commits
to a result by a time: the plan's target the page tells (invented examples)."""

from datetime import date

from tracker.extract import extract_text


def _due(text: str) -> list:
    return [t.deadline for t in extract_text(text).tasks]


def test_an_aim_told_after_the_reporters_words_is_due_then():
    text = ("某县推进农村改厕\n本报讯 日前，某县召开农村改厕工作推进会。\n"
            "据了解，某县将把危房改造和改厕相结合，同步推进建设，力争至2027年全面完成农村改厕。\n")
    assert _due(text) == [date(2027, 12, 31)]


def test_figures_told_after_the_reporters_words_stay_no_task():
    text = ("某县推进农村改厕\n本报讯 日前，某县召开农村改厕工作推进会。\n"
            "据了解，2027年1至5月，该县共完成改厕1200户，确保了群众如厕安全。\n")
    assert _due(text) == []
