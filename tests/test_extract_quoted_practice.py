"""A practice named by a quoted run of steps sets no due date; a quoted dated requirement still does."""

from tracker.extract import extract_text

HEAD = "某区人民政府办公室关于印发重点工作任务分解的通知\n某政办发〔2027〕3号\n各街道办事处，区直各部门：\n"
SIGN = "\n某区人民政府办公室\n2027年3月2日\n"


def test_time_words_of_a_quoted_practice_are_no_due_dates():
    body = ("各责任单位要严格遵循“年初公布、年中检查、年底兑现、接受监督”的原则，把各项任务落到实处。\n"
            "区政府办公室将严格按照“年初建账、逐月查账、年底交账”的督查制度，加强跟踪督办。")
    assert extract_text(HEAD + body + SIGN).tasks == []


def test_a_quoted_requirement_with_its_dates_is_still_a_duty():
    body = "各街道要按照“3月底前摸排、6月底前整改”的要求推进整治。"
    assert [str(t.deadline) for t in extract_text(HEAD + body + SIGN).tasks] == ["2027-06-30"]
