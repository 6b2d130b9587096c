"""A run-on stage list (stage_heads.STAGE_CLAUSE, cut in sentences.split_subjects), on a
minimal invented text: "第一阶段(…):X,第二阶段(…):Y,…" written in one sentence holds one duty
a stage, each due at its stage's end, not one duty with the stages as milestones."""

from datetime import date

from tracker.extract import extract_text


def test_each_stage_of_a_run_on_stage_list_is_a_task():
    r = extract_text("某中学关于开展春季校园安全检查的通知\n\n各处室：\n\n二、时间安排\n"
                     "1、第一阶段(3月1日—3月5日):隐患自查,第二阶段(3月6日—8日):交叉检查,"
                     "第三阶段(3月9日—12日):限期整改。\n\n某中学校长室\n2029年2月26日\n")
    got = [(t.text.rstrip("。,")[-4:], t.deadline) for t in r.tasks]
    assert got == [("隐患自查", date(2029, 3, 5)), ("交叉检查", date(2029, 3, 8)),
                   ("限期整改", date(2029, 3, 12))], got


def test_one_stage_with_two_dated_steps_stays_one_task():
    r = extract_text("某县关于开展道路隐患整治的通知\n\n各乡镇：\n\n"
                     "第一阶段(4月1日—4月30日):各乡镇于4月15日前完成排查,4月30日前完成整改。\n\n"
                     "某县人民政府办公室\n2029年3月20日\n")
    assert len(r.tasks) == 1, [t.text for t in r.tasks]
