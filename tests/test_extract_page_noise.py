"""Noise a forum copy hides between the words of a post, on minimal invented texts: runs of short
random tokens ("W; Y+ m. y2 Q") around a signature and its date, and the post's edit stamp."""

from datetime import date

from tracker.extract import extract_text
from tracker.extract.clean import clean_lines


def test_anti_copy_noise_is_cut_and_a_line_of_noise_alone_is_dropped():
    lines, norms = clean_lines(["某某镇居民委员会(公章) - a& v: M* E2 D", "* T9 W; Y+ m. y2 Q",
                                "本帖最后由 某镇发言人 于 2029-2-3 10:15 编辑", "| 1 | 2 | ||"])
    assert norms == ["某某镇居民委员会(公章)", "|1|2|||"]


def test_a_signature_date_under_noise_dates_the_notice_and_is_no_task():
    r = extract_text("关于推选村民小组长的通知\n\n各村民小组:\n\n请各村民小组于2月10日前将推选结果报镇民政办。\n"
                     "* T9 W; Y+ m. y2 Q\n某某镇民政办(公章) - a& v: M* E2 D\n2029 年 2 月 3 日 - D* S5 ]# D! d) ]\n"
                     "& ]/ ~& \\1 [\" l) r6 Z$ g+ x& f 本帖最后由 某镇发言人 于 2029-2-3 10:15 编辑\n")
    assert r.documents[0].issued == date(2029, 2, 3)
    assert [(t.deadline, "a&" in t.title) for t in r.tasks] == [(date(2029, 2, 10), False)]
