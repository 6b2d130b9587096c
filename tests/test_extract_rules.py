"""Rule families of the extractor, each on a minimal text written for the test.

Display text repairs, due dates next to event verbs, separate targets of one year,
recurring duties with a duty verb, notes that end in an open-ended time limit, and the
body/table merge that needs a real overlap.
"""

from datetime import date

from tracker.extract import extract_text

HEAD = ("甲政办发〔2026〕5号\n\n甲市人民政府办公室关于做好若干工作的通知\n\n各区人民政府：\n\n"
        "现将有关事项通知如下。\n\n甲市人民政府办公室\n2026年3月2日\n\n")


def run(body: str):
    return extract_text(HEAD + body)


def only(body: str):
    r = run(body)
    assert len(r.tasks) == 1, [(t.title, t.text) for t in r.tasks]
    return r.tasks[0]


# -- display text -----------------------------------------------------------------------

def test_and_between_cjk_characters_reads_as_he_in_titles_and_texts():
    t = only("一、完善机制。2026年9月底前建成信息平台 and 服务热线的对接机制。")
    assert " and " not in t.title + t.text
    assert "信息平台和服务热线" in t.text and "信息平台和服务热线" in t.title


def test_and_in_latin_text_is_kept():
    t = only("一、对接系统。2026年9月底前完成 Search and Rescue 系统对接。")
    assert "Search and Rescue" in t.text


def test_and_in_table_cells_reads_as_he():
    r = run("| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
            "| 1 | 健全监测 and 预警体系 | 区应急局 | 2026年6月底前 |\n")
    (t,) = r.tasks
    assert t.title == "健全监测和预警体系"


# -- due dates --------------------------------------------------------------------------

def test_day_before_an_event_verb_is_still_due_when_qian_follows():
    t = only("一、完善制度。区司法局要于2026年12月4日前出台行政执法监督办法。")
    assert t.deadline == date(2026, 12, 4)
    assert t.deadline_text == "2026年12月4日前"


def test_a_day_naming_an_event_is_not_a_deadline():
    r = run("一、会议情况。2026年4月8日召开全区工作推进会，部署有关工作。")
    assert r.tasks == []


def test_separate_targets_of_one_year_are_both_milestones():
    t = only("一、推进建设。到2027年6月底，全区建成充电桩500个；到2027年底，建成1000个。")
    assert t.deadline == date(2027, 12, 31)
    assert [m.due for m in t.milestones] == [date(2027, 6, 30), date(2027, 12, 31)]


def test_semicolon_keeps_a_year_end_target_after_a_month_target():
    t = only("一、推进建设。2027年3月底前完成选址；2027年底前全部建成投用。（区住建局负责）")
    assert t.deadline == date(2027, 12, 31)
    assert [m.due for m in t.milestones] == [date(2027, 3, 31), date(2027, 12, 31)]


def test_a_month_named_in_brackets_is_still_refined_by_its_day():
    t = only("一、形成报告。形成评估报告（2026年10月）。2026年10月15日前，报送评估报告初稿。"
             "（区发展改革局负责）")
    assert t.deadline == date(2026, 10, 15)
    assert t.milestones == []


# -- recurring duties -------------------------------------------------------------------

def test_recurrence_with_a_duty_verb_and_a_recipient_counts():
    t = only("一、加强调度。各街道每季度末前汇总工作进展情况，报区政府。")
    assert t.recurrence == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"
    assert t.deadline == date(2026, 3, 31)
    assert [u.name for u in t.units] == ["各街道"]


def test_recurrence_word_alone_in_its_clause_then_a_duty_verb():
    t = only("一、加强调度。每半年，报区政府工作进展情况。（区政府办公室负责）")
    assert t.recurrence == "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1"


def test_a_yearly_rate_is_not_a_recurring_duty():
    r = run("一、发展目标。全区高新技术产业产值比重每年提高1.5个百分点以上，开展评价。")
    assert all(t.recurrence is None for t in r.tasks)


# -- notes --------------------------------------------------------------------------------

def test_note_ending_in_an_open_ended_time_limit_keeps_the_task():
    t = only("一、加强调度。编制事项目录，实行动态调整。"
             "（牵头单位：区政务服务局；配合单位：区司法局；长期坚持）")
    assert [(u.name, u.role) for u in t.units] == [("区政务服务局", "lead"), ("区司法局", "support")]
    assert t.deadline is None and t.deadline_text == "长期坚持"


# -- body passages and annex table rows -------------------------------------------------

TABLE_HEAD = ("附件\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
              "|---|---|---|---|---|\n")


def test_row_and_passage_sharing_a_phrase_stay_two_tasks():
    r = run("一、重点任务\n（一）压缩审批时间。全面梳理工程建设项目审批事项，2026年9月底前将工程建设项目"
            "审批时间压缩至60个工作日以内。（区住建局牵头，区审批局配合）\n"
            + TABLE_HEAD + "| 1 | 建成工程建设项目审批管理系统 | 区审批局 | 区大数据局 | 2026年12月底前 |\n")
    assert [t.kind for t in r.tasks] == ["annotated", "table"]
    body, row = r.tasks
    assert body.deadline == date(2026, 9, 30) and row.deadline == date(2026, 12, 31)
    assert "压缩至60个工作日" not in row.text


def test_row_restated_in_the_body_is_one_task_with_the_rows_deadline():
    r = run("一、重点任务\n（一）加强诚信建设。建立政府失信责任追究制度，全面清理拖欠企业账款。（区发改局负责）\n"
            + TABLE_HEAD + "| 1 | 建立政府失信责任追究制度 | 区发改局 | 区财政局 | 2026年6月底前 |\n")
    (t,) = r.tasks
    assert t.kind == "table" and t.deadline == date(2026, 6, 30)
    assert "全面清理拖欠企业账款" in t.text


def test_headings_sharing_only_their_first_words_are_not_merged():
    r = run("一、保障措施\n（一）加强组织领导。成立工作专班，统筹推进各项任务。（区政府办公室负责）\n"
            "附件\n\n| 序号 | 具体任务 | 工作内容 | 责任单位 | 完成时限 |\n|---|---|---|---|---|\n"
            "| 1 | 加强组织建设 | 健全基层党组织，配齐配强班子。 | 区委组织部 | 2026年12月底前 |\n")
    assert [t.kind for t in r.tasks] == ["annotated", "table"]
