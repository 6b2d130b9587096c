"""Deadline and recurrence phrasings met in documents written apart from the extractor,
each on a minimal invented text (other places, offices and dates than any corpus
document): the start year of a yearly duty, …"""

from datetime import date

from tracker.extract import extract_text

HEAD = ("戊政办发〔2028〕5号\n\n戊县人民政府办公室关于做好年度考核工作的通知\n\n各乡镇人民政府：\n\n"
        "现将有关事项通知如下。\n\n")
TAIL = "\n\n戊县人民政府办公室\n2028年3月9日\n"


def run(body: str):
    return extract_text(HEAD + body + TAIL)


def test_a_bare_start_year_sets_the_first_occurrence_of_a_yearly_duty():
    r = run("一、县级考核。县考核办于2028年11月底前完成全县考核工作。2030年起，每年2月底前完成上述工作。")
    yearly = [t for t in r.tasks if t.recurrence]
    assert [t.deadline for t in yearly] == [date(2030, 2, 28)]
    assert "BYMONTH=2" in yearly[0].recurrence
