"""Schedules written as tables: a time column beside the work of each step (invented
schedules of the shapes met in real documents)."""

from tracker.extract import extract_text
from tracker.extract.normalize import norm
from tracker.extract.table_model import read_header, tokens_of

HEAD = "某市人民政府办公室关于印发2027年度评审工作安排的通知\n2027年1月5日\n\n"


def _tokens(text):
    lines = text.split("\n")
    return tokens_of(lines, [norm(ln) for ln in lines], 0, len(lines))


def test_time_and_work_columns_make_a_schedule_header():
    cols, end = read_header(_tokens("时间 |\n工作日程 |\n3-4月 |\n受理申报材料 |"), 0)
    assert [c.role for c in cols] == ["deadline", "title"]
    assert _tokens("时间 |\n工作日程 |\n3-4月 |\n受理申报材料 |")[end].norm == "3-4月"


def test_bare_time_and_content_is_no_schedule_header():
    # A meeting's agenda ("时间 / 内容") holds no duty.
    assert read_header(_tokens("时间\n内容\n9:00\n开幕式"), 0) is None


def test_flattened_two_column_schedule_gives_a_task_per_row():
    text = HEAD + "附件\n评审工作日程安排\n时间 |\n工作日程 |\n1-2月 |\n开展评审政策调研 |\n" \
        "3-4月 |\n受理申报材料 |\n6月 |\n组织专家评审并公示结果 |\n"
    tasks = extract_text(text).tasks
    assert [t.title for t in tasks] == ["开展评审政策调研", "受理申报材料", "组织专家评审并公示结果"]
    assert [t.deadline.isoformat() for t in tasks] == ["2027-02-28", "2027-04-30", "2027-06-30"]


PROGRESS = (
    "类别 | 事项名称 | 2027年度任务目标 | 责任单位 | 分管领导 | 1-6月份完成情况 | 监督电话 |\n"
    "一、教育 | 1.新建某小学 | 完成教学楼主体建设。 | 某市教育局 | 张某 | 已完成基础施工。 | 0000-1234567 |\n"
    "2.改造农村学校操场 | 完成5处操场改造并投入使用。 | 某市教育局 | 张某 | 已完成2处。 | 0000-1234567 | |\n"
    "3.推进课后服务 | 课后服务全覆盖。 | 某市教育局 | 张某 | 已开展调度。 | 0000-1234567 |\n"
)


def test_rows_under_a_merged_category_cell_start_in_the_name_column():
    tasks = extract_text(PROGRESS).tasks
    assert [t.title for t in tasks] == ["1.新建某小学", "2.改造农村学校操场", "3.推进课后服务"]
    assert all([(u.name, u.role) for u in t.units] == [("某市教育局", "responsible")] for t in tasks)


def test_a_progress_table_year_target_column_is_due_at_the_year_end():
    tasks = extract_text(PROGRESS).tasks
    assert {t.deadline.isoformat() for t in tasks} == {"2027-12-31"}
    assert tasks[0].deadline_text == "2027年度任务目标"


def test_a_division_plan_year_column_keeps_rows_undated():
    text = ("序号 | 重点任务 | 2027年预期目标 | 责任单位 |\n"
            "1 | 推进农村公路建设 | 新改建公路50公里 | 某县交通局 |\n"
            "2 | 推进学校建设 | 新建小学1所 | 某县教育局 |\n")
    assert [t.deadline for t in extract_text(text).tasks] == [None, None]


WEEKLY = (
    "| 周次 | 时间 | 政教处重点工作内容 |\n"
    "第1周 | 9.1-9.7 | 1. 开学准备: - 检查教室设施; - 制定《2027年秋季学期德育工作计划》; "
    "2. 会议部署: - 召开班主任会议 |\n"
    "第2周 | 9.8-9.14 | 1. 常规检查: - 检查学生仪容仪表; 2. 主题教育: - 召开安全教育主题班会 |\n"
)


def test_weekly_plan_steps_in_one_cell_are_tasks_of_the_week():
    tasks = extract_text(WEEKLY).tasks
    assert [t.title.split(":")[0] for t in tasks] == ["开学准备", "会议部署", "常规检查", "主题教育"]
    assert [t.deadline.isoformat() for t in tasks] == ["2027-09-07", "2027-09-07", "2027-09-14", "2027-09-14"]
    assert [t.deadline_text for t in tasks] == ["9.1-9.7", "9.1-9.7", "9.8-9.14", "9.8-9.14"]


def test_the_office_naming_the_work_column_is_responsible():
    tasks = extract_text(WEEKLY).tasks
    assert all([(u.name, u.role) for u in t.units] == [("政教处", "responsible")] for t in tasks)


def test_a_numbered_row_keeps_its_measures_as_one_task():
    text = ("序号 | 重点任务 | 具体措施 | 责任单位 | 完成时限 |\n"
            "1 | 推进垃圾分类 | 1.完善收运体系;2.建设处理设施 | 某区城管局 | 2027年12月底前 |\n")
    assert len(extract_text(text).tasks) == 1


def test_schedule_time_column_named_by_a_bare_word():
    text = ("时间 | 工作事项 | 责任主体 |\n"
            "2027年5月底 | 发布招生工作方案 | 某市教育局 |\n"
            "2027年7月10日前 | 组织网上报名 | 各区教育局 |\n")
    tasks = extract_text(text).tasks
    assert [t.deadline.isoformat() for t in tasks] == ["2027-05-31", "2027-07-10"]


def test_dotted_day_ranges_are_due_on_their_last_day():
    from tracker.extract.table_dates import due_norm

    assert due_norm("9.1-9.7") == "9月7日"
    assert due_norm("9.29—10.5") == "10月5日"
    assert due_norm("2027.9.1-9.7") == "2027年9月7日"
    assert due_norm("9.7-9.1") == "9.7-9.1"


def test_a_wrap_space_inside_a_unit_name_is_no_separator():
    from tracker.extract.cell_units import spaced_units

    assert spaced_units("区属各相关 小学") == "区属各相关小学"
    assert spaced_units("局基教科 区属相关小学") == "局基教科、区属相关小学"
    assert spaced_units("县委 县政府") == "县委、县政府"


TOWN_TABLE = (
    "某区人民政府关于印发2027年度某某整治实施方案的通知\n2027年2月10日\n\n"
    "附件\n2027年度各街镇整治任务表\n"
    "序号\n\n街镇\n\n2027年\n任务量\n\n2027年度任务量约300亩\n\n3月底前完成30%\n\n6月底前完成60%\n\n"
    "10月中旬完成100%\n\n1\n\n甲镇\n\n120.50\n\n36.15\n\n72.30\n\n120.50\n\n"
    "2\n\n乙镇\n\n99.80\n\n29.94\n\n59.88\n\n99.80\n\n3\n\n丙街道\n\n79.70\n\n23.91\n\n47.82\n\n79.70\n\n"
    "合计\n\n300.00\n\n90.00\n\n180.00\n\n300.00\n"
)


def test_town_rows_under_dated_columns_are_tasks_with_steps():
    tasks = [t for t in extract_text(TOWN_TABLE).tasks if t.units]
    assert [(t.units[0].name, t.units[0].role) for t in tasks] == [
        ("甲镇", "responsible"), ("乙镇", "responsible"), ("丙街道", "responsible")]
    assert all(t.deadline.isoformat() == "2027-10-20" for t in tasks)
    assert [m.due.isoformat() for m in tasks[0].milestones] == ["2027-03-31", "2027-06-30", "2027-10-20"]
    assert norm("甲镇120.50") in norm(tasks[0].text)


def test_a_town_table_totals_row_is_no_task():
    assert not [t for t in extract_text(TOWN_TABLE).tasks if "合计" in t.title]


def test_town_figures_without_dated_columns_assign_no_task():
    text = ("附件\n各镇任务表\n序号\n\n镇街\n\nC级\n\nD级\n\n1\n\n甲镇\n\n12\n\n3\n\n2\n\n乙镇\n\n8\n\n5\n")
    assert extract_text(text).tasks == []


STEPS_TABLE = (
    "发文日期 | 2027-03-01 |\n"
    "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
    "1 | 新建幼儿园3所 | 1.4月底前甲幼儿园主体完工。 2.8月底前乙幼儿园竣工交付。 3.11月底前丙幼儿园竣工交付。 | 某区教育局 | 某区住建局 |\n"
)


def test_a_row_with_no_time_cell_is_due_at_its_last_dated_step():
    task = extract_text(STEPS_TABLE).tasks[0]
    assert task.deadline.isoformat() == "2027-11-30"
    assert [m.due.isoformat() for m in task.milestones] == ["2027-04-30", "2027-08-31", "2027-11-30"]


def test_a_progress_cell_forecast_sets_no_due_date():
    text = ("序号 | 主要任务 | 进展情况 | 责任单位 |\n"
            "1 | 打造某特色楼宇 | 已完成招商对接，预计大厦6月底前即可完工，7月上旬交付使用。 | 某区科技局 |\n")
    assert extract_text(text).tasks[0].deadline is None


CATALOGUE = "某县统计局关于做好2027年统计报表工作的通知\n2027年1月5日\n\n附件\n报表目录\n"
ROWS = [("表号", "表名", "报告期别", "填报范围", "报送单位", "报送日期及方式"),
        ("A101表", "规模以上工业企业生产情况", "月报", "辖区内规模以上工业法人单位", "同填报范围", "月后5日前网上直报"),
        ("A102表", "村卫生室基本情况", "年报", "村卫生室", "由乡镇卫生院代报", "次年1月20日前")]


def _catalogue_units(text):
    return [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]


def test_a_catalogue_reporter_cell_reads_the_scope_or_the_proxy_flattened():
    text = CATALOGUE + "".join(f"{cell} |\n" for row in ROWS for cell in row)
    assert _catalogue_units(text) == [[("辖区内规模以上工业法人单位", "responsible")],
                                      [("乡镇卫生院", "responsible")]]


def test_a_catalogue_reporter_cell_reads_the_scope_or_the_proxy_piped():
    text = CATALOGUE + "".join("| " + " | ".join(row) + " |\n" for row in ROWS)
    assert _catalogue_units(text) == [[("辖区内规模以上工业法人单位", "responsible")],
                                      [("乡镇卫生院", "responsible")]]
    assert [t.recurrence for t in extract_text(text).tasks] == ["FREQ=MONTHLY;BYMONTHDAY=5",
                                                                 "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=20"]


def test_a_catalogue_run_together_on_one_line_gives_a_task_per_form():
    line = ("附件1 某某统计调查制度报表目录 表号 表名 调查填报范围 报送 单位 报告 期别 报送日期及方式 负责处室 "
            "某统 1-1表 企业年报表 -工业类 规模以上工业企业、建筑业企业 同填报范围 年报 次年 1 月 2 0日前网络直报 综合处 "
            "某统 1-2表 企业年报表 -村级类 村卫生室 由乡镇卫生院代报 年报 同上 同上 "
            "某统 1-3表 企业年报表 -服务业类 规模以上服务业企业 同填报范围 年报 同上 同上 "
            "某统 2表 重点企业月报表 重点企业(含在建项目单位) 同填报范围 月报 次月 1 0 日前网络直报 综合处、统计处")
    tasks = extract_text("某县统计局关于做好统计调查工作的通知\n\n" + line + "\n").tasks
    assert [t.title for t in tasks] == ["企业年报表 -工业类", "企业年报表 -村级类", "企业年报表 -服务业类", "重点企业月报表"]
    assert [[u.name for u in t.units] for t in tasks][:2] == [["规模以上工业企业", "建筑业企业"], ["乡镇卫生院"]]
    assert [t.recurrence for t in tasks] == ["FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=20"] * 3 + ["FREQ=MONTHLY;BYMONTHDAY=10"]


def test_next_month_day_cell_recurs_monthly():
    from tracker.extract.table_dates import due_norm

    assert due_norm("次月20日前网络直报") == "每月20日前网络直报"


def test_a_row_leaving_out_its_last_cell_is_not_shifted():
    text = ("类别 | 工作任务 | 责任单位 | 完成时限 | 备注 |\n"
            "一、教育 | 新建某小学 | 某县教育局 | 2027年12月底前 |\n"
            "二、卫生 | 改造某卫生院 | 某县卫健局 | 2027年9月底前 |\n")
    tasks = extract_text(text).tasks
    assert [t.title for t in tasks] == ["新建某小学", "改造某卫生院"]
    assert [t.deadline.isoformat() for t in tasks] == ["2027-12-31", "2027-09-30"]


def test_a_flattened_schedule_keeps_its_first_row_out_of_the_header():
    text = ("某县2027年度农业普查工作日程\n日期 |\n工作内容 |\n3月 |\n召开动员部署会议 |\n"
            "4-5月 |\n开展入户登记 |\n6月底前 |\n完成数据审核上报 |\n")
    tasks = extract_text(text).tasks
    assert [t.title for t in tasks] == ["召开动员部署会议", "开展入户登记", "完成数据审核上报"]
    assert [t.deadline.isoformat() for t in tasks] == ["2027-03-31", "2027-05-31", "2027-06-30"]


def test_a_weekly_plan_work_column_named_work_arrangements():
    text = ("某幼儿园2027年春季学期工作安排\n| 周次 | 时间 | 工作安排 | 负责人 |\n"
            "| 第1周 | 2.17-2.23 | 1. 开学准备；2. 家长会 | 张某 |\n| 第2周 | 2.24-3.2 | 组织春季体检 | 李某 |\n")
    tasks = extract_text(text).tasks
    assert [t.title for t in tasks] == ["开学准备", "家长会", "组织春季体检"]
    assert [t.deadline.isoformat() for t in tasks] == ["2027-02-23", "2027-02-23", "2027-03-02"]


def test_catalogue_quarter_and_half_year_date_cells():
    from tracker.extract.table_dates import due_norm

    assert due_norm("季后第1个月15日前") == "每季度首月15日前"
    assert due_norm("7月10日和次年1月10日前网络直报") == "半年后10日内网络直报"
    assert due_norm("3月10日和9月10日前") == "3月10日和9月10日前"


def test_a_catalogue_header_cut_before_its_manner_and_the_receiving_office():
    from tracker.extract.table_model import read_header

    cells = ["表号", "表名", "调查填报范围", "报送单位", "报告期别", "报送日期", "及方式", "省某某厅负责部门", "A1表"]
    cols, _ = read_header(_tokens("\n".join(cells)), 0)
    assert [(c.role, c.name) for c in cols][3:] == [
        ("responsible", "报送单位"), ("period", "报告期别"), ("deadline", "报送日期及方式"), ("other", "省某某厅负责部门")]


def test_a_pipe_town_table_with_dated_columns():
    text = ("某区人民政府关于印发2027年度某某整治实施方案的通知\n2027年2月10日\n\n附件\n"
            "| 序号 | 街镇 | 2027年任务量 | 3月底前完成30% | 6月底前完成60% | 10月中旬完成100% |\n"
            "| 1 | 甲镇 | 120.50 | 36.15 | 72.30 | 120.50 |\n| 2 | 乙镇 | 99.80 | 29.94 | 59.88 | 99.80 |\n"
            "| 合计 | | 220.30 | 66.09 | 132.18 | 220.30 |\n")
    tasks = extract_text(text).tasks
    assert [[(u.name, u.role) for u in t.units] for t in tasks] == [[("甲镇", "responsible")], [("乙镇", "responsible")]]
    assert [t.deadline.isoformat() for t in tasks] == ["2027-10-20", "2027-10-20"]
    assert norm("甲镇120.50") in norm(tasks[0].text)


def test_a_pipe_town_table_of_bare_figures_assigns_nothing():
    text = "附件\n| 序号 | 镇街 | C级 | D级 |\n| 1 | 甲镇 | 12 | 3 |\n| 2 | 乙镇 | 8 | 5 |\n"
    assert extract_text(text).tasks == []
