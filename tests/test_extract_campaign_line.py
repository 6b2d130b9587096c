"""A campaign period's line that goes on with a duty due by a date of its own (invented notice)."""

from datetime import date

from tracker.extract import extract_text


def test_a_campaign_period_line_going_on_with_its_own_due_duty_is_a_task():
    text = "\n".join([
        "关于开展春节前环境卫生大扫除的通知", "各村、乡直各单位:",
        "一、活动时间:2028年1月5日-20日,各村可以根据天气合理安排,但必须在1月20日前完成。",
        "二、参加人员:全体干部职工。",
        "某乡人民政府", "2028年1月3日",
    ])
    tasks = extract_text(text).tasks
    assert len(tasks) == 1 and "必须在1月20日前完成" in tasks[0].text
    assert tasks[0].deadline == date(2028, 1, 20)
    plain = text.replace(",各村可以根据天气合理安排,但必须在1月20日前完成", "")
    assert extract_text(plain).tasks == []
