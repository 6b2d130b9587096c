"""Passages holding several duties or several checkpoints: clauses with their own subjects
and times in one sentence, and one duty checked at several dates (milestones)."""

import pytest

from notice_helpers import run, titles
from tracker.extract import extract_text

HEAD = ("丙政办发〔2025〕3号\n\n丙县人民政府办公室关于推进道路建设的通知\n\n各乡镇人民政府，县直各部门：\n\n"
        "现将有关事项通知如下。\n\n")
FOOT = "\n\n丙县人民政府办公室\n2025年3月1日\n"


def tasks_of(body, signed="2025年3月1日"):
    r = extract_text(HEAD + body + FOOT.replace("2025年3月1日", signed))
    return [([(u.name, u.role) for u in t.units], t.deadline and t.deadline.isoformat(), t.deadline_text,
             [(m.due.isoformat(), m.text) for m in t.milestones]) for t in r.tasks]


@pytest.mark.parametrize("body, expected", [
    # Each clause with its own subject and time is a duty of its own.
    ("一、城东街道一周内完成东延段清表任务；石门乡三天内完成东延段清表任务。",
     [([("城东街道", "responsible")], None, "一周内", []), ([("石门乡", "responsible")], None, "三天内", [])]),
    ("一、各乡镇5月底前完成自查，县住建局于6月底前完成抽查。",
     [([("各乡镇", "responsible")], "2025-05-31", "5月底前", []),
      ([("县住建局", "responsible")], "2025-06-30", "6月底前", [])]),
])
def test_clauses_with_their_own_subject_and_time_are_duties_of_their_own(body, expected):
    assert tasks_of(body) == expected


@pytest.mark.parametrize("body, units", [
    # The date binds the clause it is in: the nearest subject with its own modal verb.
    ("一、县交通局要发挥好牵头作用，石门乡要克服困难，加大工作力度，5月5日前完成拆迁清表工作。",
     [("石门乡", "responsible")]),
    # A later subject that only supports leaves the date to the first.
    ("一、县交通局要加快推进，县水利局要积极配合，5月5日前完成拆迁清表工作。",
     [("县交通局", "responsible")]),
])
def test_the_date_binds_the_subject_of_its_own_clause(body, units):
    (got,) = tasks_of(body)
    assert got[0] == units


@pytest.mark.parametrize("body, units", [
    # A request put after its subject asks that subject, not the notice's addressees.
    ("一、各申报单位请于5月10日前报送申报材料。", [("各申报单位", "responsible")]),
    ("二、推荐表请于5月10日前报送。各试点村务请于5月20日前完成自查。", None),
])
def test_a_subject_before_a_request_word_is_the_subject(body, units):
    got = tasks_of(body)
    if units is not None:
        assert got[0][0] == units
    else:
        assert [g[0] for g in got] == [[("各乡镇人民政府", "responsible"), ("县直各部门", "responsible")],
                                       [("各试点村", "responsible")]]


def test_the_subject_of_a_stage_closed_by_a_full_stop_is_named_in_its_body():
    # "（二）总结阶段（…）。…。X要…": the stage's duty is X's, named after the heading.
    got = tasks_of("一、整治步骤\n（一）动员阶段（8月20日至26日）。制定方案，部署工作。\n"
                   "（二）总结阶段（10月16日至31日）。总结整治工作情况，巩固整治成果。"
                   "活动结束后，整治专班要及时将书面总结报县政府。")
    assert [g[0] for g in got] == [[], [("整治专班", "responsible")]]


@pytest.mark.parametrize("body, units", [
    # Bodies a clerk names as doers: a task force (专班), a workshop (车间), operators (经营主体).
    ("二、各车间于3月10日前组织全员学习安全规程。", [("各车间", "responsible")]),
    ("三、申报时间截止4月13日，请各类农业经营主体参照指南要求积极申报。", [("各类农业经营主体", "responsible")]),
])
def test_task_forces_workshops_and_operators_are_doers(body, units):
    assert tasks_of(body)[0][0] == units


@pytest.mark.parametrize("name, is_unit", [
    ("清河头乡", True), ("城关镇", True), ("石门乡", True),
    ("城乡", False), ("推进新型城镇", False), ("特色小镇", False), ("建成郎岱镇", False), ("文化下乡", False),
])
def test_a_township_named_by_its_place_is_a_subject(name, is_unit):
    from tracker.extract.unit_names import township_name
    assert township_name(name) is is_unit


def test_two_checkpoints_joined_in_one_duty_are_its_milestones():
    (got,) = tasks_of("一、加大督查力度。县政府督查室在上半年结束时和年终分两次进行全面督查。")
    assert got[:2] == ([("县政府督查室", "responsible")], "2025-12-31")
    assert [m[0] for m in got[3]] == ["2025-06-30", "2025-12-31"]


@pytest.mark.parametrize("text, found", [
    ("在上半年结束时和年终分两次进行全面督查", ["上半年", "年终"]),
    ("年终前完成全部整改", ["年终前"]),
    ("纳入年终考评", []), ("做好年终总结", []),
])
def test_year_end_as_a_time_not_as_a_noun(text, found):
    from datetime import date

    from tracker.deadlines import find_deadlines
    assert [d.text for _, _, d in find_deadlines(text, date(2025, 3, 1))] == found


def test_an_item_opened_by_its_month_and_closed_by_completion_is_due_that_month():
    got = tasks_of("1.9月石门小学新校区投入使用。\n\n2.新建县实验中学实验楼。")
    assert [(g[1], g[2]) for g in got] == [("2025-09-30", "9月")]


@pytest.mark.parametrize("text, found", [
    ("9月石门小学新校区投入使用。", ["9月"]),
    ("9月学校开学。", []), ("会上,9月新校区投入使用。", []),
    ("2027年在预算管理改革上取得决定性进展。", ["2027年"]), ("2027年在全省开展专项检查。", []),
])
def test_what_makes_a_bare_month_or_year_a_due_date(text, found):
    from datetime import date

    from tracker.extract.dated import find_due
    from tracker.extract.normalize import norm
    assert [h.deadline.text for h in find_due(norm(text), date(2025, 3, 1))] == found


@pytest.mark.parametrize("text, found", [
    ("各部门应于年中和年末分别组织一次自查活动", ["年中", "年末"]), ("年中前完成", ["年中前"]),
    ("纳入年中考核", []), ("一年中开展两次", []),
])
def test_mid_year_as_a_checkpoint(text, found):
    from datetime import date

    from tracker.deadlines import find_deadlines
    assert [d.text for _, _, d in find_deadlines(text, date(2025, 3, 1))] == found


@pytest.mark.parametrize("text, dues", [
    # Read after the first step: a plan's earlier step in the sentence of a later one stays a milestone.
    ("2024年年底前完成21项整改任务，2025年年底前24项全部整改完成。", ["2024-12-31", "2025-12-31"]),
    ("争取在2月底前开工率达到100%，十月底全部完工。", ["2025-02-28", "2025-10-31"]),
    # A past year alone, or named as a base, is no step.
    ("以2024年实招人数为基数，至2027年达到2000名的招生规模。", ["2027-12-31"]),
    ("2024年底前开工。2025年10月底全部完工。", ["2025-10-31"]),
])
def test_a_past_step_of_a_plan_is_kept_beside_its_later_step(text, dues):
    from datetime import date

    from tracker.extract.dated import find_due
    from tracker.extract.normalize import norm
    assert [h.deadline.date.isoformat() for h in find_due(norm(text), date(2025, 3, 1))] == dues


def test_a_schedule_read_after_its_first_step_keeps_every_step():
    # Issued in May: 一季度 is already past, still a step; the schedule's next dated
    # sentence ("到三季度…") is one more step of the same item.
    (got,) = tasks_of("一、推进设施建设。2025年垃圾焚烧设施开工建设：一季度完成规划选址；二季度完成立项。"
                      "到三季度完成环评。", signed="2025年5月5日")
    assert got[1] == "2025-09-30"
    assert [m[0] for m in got[3]] == ["2025-03-31", "2025-06-30", "2025-09-30"]


def test_a_one_sentence_schedule_takes_its_closing_target():
    (got,) = tasks_of("一、推进设施建设。2025年湿垃圾处置设施开工建设：一季度完成规划选址；二季度完成立项；"
                      "三季度完成环评；四季度完成施工许可、开工。2026年形成处置能力。")
    assert got[1] == "2026-12-31"
    assert [m[0] for m in got[3]] == ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-12-31"]


@pytest.mark.parametrize("body, dues", [
    # Each sentence opening with its own "YYYY年…前，" is a schedule's next entry: a duty of its own.
    ("一、集中整治阶段。2025年9月底前，全面排查燃气隐患，建立整治台账。2025年11月底前，集中消除安全隐患。",
     [("2025-09-30", []), ("2025-11-30", [])]),
    # A first sentence with no date clause of its own goes on with the next as a step.
    ("一、完善制度。10月底前完成制度修订。12月底前，进一步完善配套细则。",
     [("2025-12-31", ["2025-10-31", "2025-12-31"])]),
])
def test_a_schedule_of_dated_sentences_or_the_steps_of_one_duty(body, dues):
    assert [(g[1], [m[0] for m in g[3]]) for g in tasks_of(body)] == dues


@pytest.mark.parametrize("text, dues", [
    # Two sentences in a row, each opening with its year: stages of one target.
    ("2.目标任务。2024年在预算管理改革上取得决定性进展。2026年基本完成各项改革任务。", ["2024-12-31", "2026-12-31"]),
    # A past year inside a sentence, not opening it, is no stage.
    ("对照2024年底前的进展。2026年基本完成各项改革任务。", ["2026-12-31"]),
])
def test_stages_of_one_target_in_sentences_in_a_row(text, dues):
    from datetime import date

    from tracker.extract.dated import find_due
    from tracker.extract.normalize import norm
    assert [h.deadline.date.isoformat() for h in find_due(norm(text), date(2025, 3, 1))] == dues


def test_a_time_clause_opening_a_paragraph_binds_the_subjects_of_the_sentences_after_it():
    got = tasks_of("通知要求，今年11月底前，县住建局要新增保障性住房500套。县交通局、县公安局要新增公共自行车"
                   "100辆。县卫健局在3家卫生院试点设立养老专区。12月底前，县水利局要完成河道整治。")
    assert [(u, d) for u, d, _, _ in got] == [
        ([("县住建局", "responsible")], "2025-11-30"),
        ([("县交通局", "responsible"), ("县公安局", "responsible")], "2025-11-30"),
        ([("县卫健局", "responsible")], "2025-11-30"),
        ([("县水利局", "responsible")], "2025-12-31")]


def test_a_time_opening_a_later_sentence_binds_only_its_own_sentence():
    got = tasks_of("（四）开展评估总结。2025年12月底前，各乡镇对试点情况进行评估总结。县住建局会同有关部门"
                   "组织开展成效评估，对成效突出的乡镇给予通报表扬。")
    assert [(u, d) for u, d, _, _ in got] == [([("各乡镇", "responsible")], "2025-12-31")]


def test_a_closing_sentence_after_an_opening_time_is_no_duty_of_its_own():
    got = tasks_of("今年10月底前，县住建局要搞好责任路段的巡视工作。以上工作由县城管局牵头，县交通局配合。")
    assert len(got) == 1, got


def test_a_time_relative_to_an_event_is_no_step_of_a_dated_duty():
    got = tasks_of("（一）交办。承办单位收到建议后，要将联系人姓名于4月15日前报县政府督查室。"
                   "如确应由其他部门主办的，应在交办之日起10个工作日内提出书面意见。")
    assert [(d, t, m) for _, d, t, m in got] == [
        ("2025-04-15", "4月15日前", []), (None, "交办之日起10个工作日内", [])]


@pytest.mark.parametrize("body, expected", [
    # Parallel clauses, each opening with a month date of its own: different works, one task each.
    ("一、会议要求，确保在8月底前建成乡镇公厕；5月底前完成垃圾中转站验收；10月31日前完成资金拨付。",
     [([], "2025-08-31", "8月底前", []), ([], "2025-05-31", "5月底前", []), ([], "2025-10-31", "10月31日前", [])]),
    ("一、4月1日至4月20日，全面排查整改成效；4月21日至6月20日，全面整治发现的问题。",
     [([], "2025-04-20", "4月1日至4月20日", []), ([], "2025-06-20", "4月21日至6月20日", [])]),
])
def test_semicolon_clauses_opening_with_their_own_month_date_are_duties_of_their_own(body, expected):
    assert tasks_of(body) == expected


def test_year_targets_after_semicolons_stay_milestones_of_one_task():
    (got,) = tasks_of("一、2026年底前，基本建成燃气安全管理体系；2027年底前，全面建成长效机制。")
    assert got[1] == "2027-12-31" and len(got[3]) == 2


def test_comma_clause_opening_with_its_own_month_date_is_a_duty_of_its_own():
    got = tasks_of("一、请各乡镇于3月底前报送摸底汇总表，9月底前完成自评估报告编制并报送县住建局。")
    assert [g[1:3] for g in got] == [("2025-03-31", "3月底前"), ("2025-09-30", "9月底前")]
    assert got[1][0] == [("各乡镇", "responsible")]


@pytest.mark.parametrize("body", [
    "一、各乡镇要于5月底前开工建设，10月底前全面竣工。",
    "一、各乡镇于3月12日前完成80%的整改任务，3月19日前全部完成。",
    "一、各乡镇于3月25日、6月25日前报告季度进展情况，12月25日前报告全年落实情况。",
])
def test_comma_clauses_of_one_work_stay_one_task(body):
    assert len(tasks_of(body)) == 1


def test_a_report_on_the_work_after_a_comma_stays_with_it():
    got = tasks_of("一、县教育局：组织学校开展隐患排查，8月25日前完成整改；督促学校配齐保安，9月5日前将排查整改情况报县政府办公室。")
    assert len(got) == 1


def test_a_sentence_opening_with_tongshi_is_another_work_not_a_milestone():
    got = tasks_of("一、各供热单位10月25日前全面开始注水打压，确保11月1日达标供暖。同时，全力推进管网隐患消除项目，10月底前全部完成。")
    assert [g[1] for g in got] == ["2025-11-01", "2025-10-31"]


def test_a_request_after_a_semicolon_is_a_duty_of_its_own():
    """"…应于12月26日之前办理结报手续；对于相关报表数据请各部门务必在1月5日前报送": two duties, each due by its date."""
    r = run("4、对于本年度已经发生的费用支出应于12月26日之前办理结报手续；对于相关报表数据（如工资表、水电报表等）"
            "请各部门落实相关人员务必在2028年1月5日前报送至财务室。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-12-26", "2028-01-05"], titles(r)
