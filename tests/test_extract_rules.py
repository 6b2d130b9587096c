"""Rule families of the extractor, each on a minimal text written for the test.

Display text repairs, due dates next to event verbs, separate targets of one year,
recurring duties with a duty verb, notes that end in an open-ended time limit, and the
body/table merge that needs a real overlap.
"""

from datetime import date

from tracker.extract import extract_text, titles

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
    # A time phrase that is a clause of its own takes the clause after it as its text.
    assert [m.text for m in t.milestones] == ["到2027年6月底，全区建成充电桩500个", "到2027年底，建成1000个"]


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


# -- titles a clerk can act on ----------------------------------------------------------

def test_title_is_the_obligation_after_a_leading_year():
    t = only("一、设施建设\n2026年，每个区建成2处、每个街道建成1处示范性社区养老服务中心。")
    assert t.title == "每个区建成2处、每个街道建成1处示范性社区养老服务中心"
    assert t.text.startswith("2026年，")  # the passage itself is kept whole


def test_title_skips_target_words_stage_labels_and_year_end_phrases():
    r = run("一、发展目标\n力争到2027年末，全区规上企业研发机构覆盖率达到50%以上，每年新增10家。\n"
            "第一阶段：2026-2027年，完成试点任务。\n"
            "2026年年底前，区级政务服务事项网上可办率不低于90%；2027年年底前，不低于95%。\n")
    titles = [t.title for t in r.tasks]
    assert titles == ["全区规上企业研发机构覆盖率达到50%以上", "完成试点任务", "区级政务服务事项网上可办率不低于90%"]


def test_title_skips_an_agent_clause_and_the_time_phrase_after_it():
    t = only("一、卫生室建设\n由区卫健委负责，于2026年9月底前完成全区中小学校卫生室标准化建设。")
    assert t.title == "完成全区中小学校卫生室标准化建设"
    assert [u.name for u in t.units] == ["区卫健委"]


def test_title_keeps_a_subject_before_the_time_phrase():
    t = only("一、报送\n区民政局每年12月底前将工作进展情况报区政府。")
    assert t.title == "区民政局每年12月底前将工作进展情况报区政府"


def test_a_title_is_its_whole_clause_never_cut_mid_word():
    t = only("一、服务\n到2027年，社区日间照料中心、老年人活动中心、托老所等社区养老机构与周边医疗机构实现"
             "嵌入式发展或签约全覆盖，家庭医生签约服务覆盖全部老年人。")
    assert t.title == "社区日间照料中心、老年人活动中心、托老所等社区养老机构与周边医疗机构实现嵌入式发展或签约全覆盖"
    t = only("一、服务\n到2027年，社区日间照料中心、老年人活动中心、托老所、养老院等社区养老机构与周边医疗机构"
             "和康复机构实现嵌入式发展或签约全覆盖。")
    assert t.title == ("社区日间照料中心、老年人活动中心、托老所、养老院等社区养老机构与周边医疗机构"
                       "和康复机构实现嵌入式发展或签约全覆盖")


def test_a_run_on_clause_is_cut_at_a_pause():
    items = "、".join(f"第{n}类重点服务机构" for n in range(1, 16))
    t = only(f"一、服务\n到2027年，{items}实现嵌入式发展或签约全覆盖。")
    assert len(t.title) <= titles.MAX_TITLE
    assert t.title.endswith("重点服务机构") and items.startswith(t.title)


TASK_TABLE = ("附件\n\n| 重点任务 | 序号 | 具体任务 | 建设目标 | 责任单位 | 完成时限 |\n"
              "|---|---|---|---|---|---|\n")


def test_table_category_names_give_way_to_the_rows_goals():
    r = run(TASK_TABLE
            + "| 一、壮大产业 | 1 | 新能源产业 | 依托龙头企业发展储能电池及材料。 | 区工信局 | 2027年12月底前 |\n"
            + "| | | | 建设氢能产业园，引进燃料电池项目。 | 区发改局 | |\n"
            + "| | 2 | 数字经济产业 | 建成区级工业互联网平台。 | 区大数据局 | 2026年12月底前 |\n"
            + "| | 3 | 推进园区提质 | 完成园区道路和管网改造。 | 区住建局 | 2026年10月底前 |\n")
    titles = [t.title for t in r.tasks]
    assert titles == ["依托龙头企业发展储能电池及材料", "建设氢能产业园", "建成区级工业互联网平台",
                      "推进园区提质"]
    assert r.tasks[1].section == "一、壮大产业／新能源产业" and r.tasks[1].number == "1"
    assert r.tasks[2].section == "一、壮大产业／数字经济产业"
    assert r.tasks[3].section == "一、壮大产业"  # a duty name stays the title
    assert r.tasks[1].deadline == date(2027, 12, 31)
    assert len({t.title for t in r.tasks}) == len(r.tasks)


def test_shared_task_names_of_sub_rows_become_context():
    r = run("附件\n\n| 序号 | 工作任务 | 工作内容 | 牵头单位 | 完成时限 |\n|---|---|---|---|---|\n"
            "| 1 | 压缩开办时间 | 企业开办全流程压缩至1个工作日 | 区市场监管局 | 2026年6月底前 |\n"
            "| | | 推行企业登记全程电子化 | 区政务服务局 | |\n")
    assert [t.title for t in r.tasks] == ["企业开办全流程压缩至1个工作日", "推行企业登记全程电子化"]
    assert [t.section for t in r.tasks] == ["压缩开办时间"] * 2


def _inputs():
    from pathlib import Path

    here = Path(__file__).parent / "data"
    seed = Path(__file__).resolve().parent / "data" / "seed" / "gazette-liaocheng-2018-09.txt"
    paths = sorted((here / "blind").glob("*.txt")) + sorted((here / "blind").glob("*.docx"))
    return ([seed] if seed.exists() else []) + paths


def test_no_card_title_is_only_a_time_phrase_and_no_table_title_repeats():
    import re

    from tracker.deadlines import find_deadlines
    from tracker.extract import extract_path
    from tracker.extract.normalize import norm

    for path in _inputs():
        r = extract_path(path)
        for t in r.tasks:
            rest = norm(t.title)
            for start, end, _dl in reversed(find_deadlines(rest, None)):
                rest = rest[:start] + rest[end:]
            words = re.sub(r"[^\u4e00-\u9fff]|到|至|力争|争取|前|第.阶段", "", rest)
            assert len(words) >= 4, (path.name, t.title)
            assert len(norm(t.title)) <= titles.MAX_TITLE, (path.name, t.title)
        by_table_title = [(t.doc_no, norm(t.title)) for t in r.tasks if t.kind == "table"]
        assert len(set(by_table_title)) == len(by_table_title), path.name
