"""One sentence holding several dated duties: each dated act that a later clause hands out is a task of its own."""

from tracker.extract import extract_text

HEAD = ("丁办发〔2027〕5号\n\n丁县人民政府办公室关于开展专项整改工作的通知\n\n各乡镇人民政府，县直各部门：\n\n"
        "现将有关事项通知如下。\n\n丁县人民政府办公室\n2027年3月1日\n\n")


def dated_tasks(body):
    r = extract_text(HEAD + body)
    return [t.deadline.isoformat() if t.deadline else None for t in r.tasks]


def test_a_report_after_bing_with_its_own_date_is_a_task_of_its_own():
    body = "各乡镇要在6月30日前完成集中整改，并于7月5日前将整改情况书面报告县政府。\n"
    assert dated_tasks(body) == ["2027-06-30", "2027-07-05"]


def test_a_report_after_bing_several_clauses_later_is_a_task_of_its_own():
    body = ("请各乡镇于3月底前报送年度计划（见附件1），开展自查工作，编制自查报告，"
            "并于10月底前报送县住建局。\n")
    assert dated_tasks(body) == ["2027-03-31", "2027-10-31"]


def test_bing_after_a_time_without_a_stated_date_keeps_one_task():
    body = "各学校要督促学生放假前上好最后一节课，按时返校，并于9月3日前报送返校情况。\n"
    assert dated_tasks(body) == ["2027-09-03"]


def test_the_next_point_of_a_run_after_a_semicolon_is_a_duty_of_its_own():
    body = ("会议提出三点要求：一是抓好机构落实，各乡镇务必在7月底前完成普查机构组建；二是认真做好普查员选调，"
            "要求各乡镇于8月15日前完成选调工作。\n")
    assert dated_tasks(body) == ["2027-07-31", "2027-08-15"]


def test_a_later_clause_whose_subject_is_asked_with_qing_is_a_duty_of_its_own():
    body = "2、各团支部推优大会时间限定在10月27日前进行，各单位请于10月21日下午5点前将推优名单报送县团委。\n"
    assert dated_tasks(body) == ["2027-10-27", "2027-10-21"]


def test_a_later_clause_opening_with_a_collective_and_its_own_time_is_a_duty_of_its_own():
    body = ("请全体党员踊跃参加评议，于3月19日上午8:30前向各支部书记提交意见，"
            "各支部书记于3月19日上午11:30前向党总支报告评议情况。\n")
    assert dated_tasks(body) == ["2027-03-19", "2027-03-19"]
