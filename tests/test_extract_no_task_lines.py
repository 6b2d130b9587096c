"""Lines that hold no duty of their own though they carry a date, a unit or a row: a
meeting's time alone under its heading, a campaign's period, a signature whose day a model
text masks or a page lost. Each on a minimal text invented for the test."""

from notice_helpers import run, titles


def test_a_meeting_time_alone_under_its_heading_is_no_task():
    r = run("一、会议时间\n2027年3月2日（星期二）上午9:00-11:00\n"
            "二、参会要求\n请各镇于2027年2月26日前报送参会人员名单。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-02-26"], titles(r)


def test_a_period_from_today_and_a_span_of_months_are_no_tasks():
    r = run("一、征文时间\n即日起至2027年10月31日。\n二、评选时间\n2027年11-12月\n"
            "三、请各单位于2027年10月31日前报送作品。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-10-31"], titles(r)


def test_a_signature_with_a_masked_or_lost_day_is_no_task():
    for sign in ("2027年9月xx日", "2027年9月20", "2027年9月20日 |"):
        r = run("请各部门于2027年9月28日前报送值班表。\n某市人民政府办公室\n" + sign)
        assert [t.deadline.isoformat() for t in r.tasks] == ["2027-09-28"], (sign, titles(r))


def test_a_signature_in_chinese_numerals_is_no_task():
    # 元月, a day in 廿, a day whose 日 the page lost, the signer's name run into the date.
    for sign in ("二〇二七年元月五日", "二〇二七年九月廿二日", "二〇二七年九月二十三",
                 "共青团某某学院委员会\n二〇二七年九月廿二日"):
        r = run("请各部门于2027年9月28日前报送值班表。\n某市人民政府办公室\n" + sign)
        assert [t.deadline.isoformat() for t in r.tasks] == ["2027-09-28"], (sign, titles(r))


def test_rows_naming_neither_doer_nor_time_are_a_listing():
    r = run("请各分会于2027年3月10日前报送活动建议。\n附件：\n"
            "| 序号 | 活动内容 | 时间 | 类别 |\n| 1 | 职工羽毛球比赛 | 4 | 文体活动 |\n"
            "| 2 | 春季健步走活动 | 5 | 文体活动 |\n| 3 | 读书分享会 | 4-6 | 文体活动 |\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-10"], titles(r)


def test_a_row_naming_its_unit_stays_a_task():
    r = run("附件：\n| 序号 | 工作任务 | 责任单位 |\n| 1 | 完善村级活动场所 | 县民政局 |\n"
            "| 2 | 建设农村公路 | 县交通局 |\n")
    assert [[u.name for u in t.units] for t in r.tasks] == [["县民政局"], ["县交通局"]], titles(r)


def test_a_contact_line_is_no_task_and_its_office_no_unit():
    r = run("二、各区县须于10月24日前将申报表报送市建设局。\n"
            "三、联系人：张某，电话：1234567（市建设局）；李某，电话：7654321（市规划局）。")
    assert [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks] == [("2027-10-24", ["各区县"])], titles(r)


def test_a_clerks_line_with_the_reply_date_is_no_task():
    r = run("请各单位于3月1日前报送材料。\n"
            "具体办理人：王某 联系电话：12345678 负责人：李某 联系电话：87654321 回复时间；2027年2月19日 |")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-01"], titles(r)
    r = run("请各单位于3月1日前报送材料。\n联系人：赵某 电话：1234567\n县档案馆2027年2月")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-03-01"], titles(r)


def test_a_work_finished_or_begun_on_a_day_is_told_not_promised():
    from tracker.extract import extract_text

    for told in ("某路东段于2026年5月底通车。", "该段电缆是在2024年敷设的，存在老化现象。"):
        r = extract_text("网友留言：某路何时修好？\n某区住建局回复：您好。" + told
                         + "目前已督促承建单位抓紧施工，计划在10月中旬实现西段通车。\n")
        assert [t.deadline_text for t in r.tasks] == ["10月中旬"], (told, titles(r))
    r = run("某大桥将于2027年12月24日开工，各镇要做好沿线征地工作。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-12-24"], titles(r)


def test_a_year_opening_a_review_is_no_duty_of_that_year():
    from tracker.extract import extract_text

    for told in ("2026年，在县委、县政府的正确领导下，全县始终坚持稳中求进，取得明显成效。",
                 "2026年，全县各级妇联主动融入中心工作，有力助推乡村振兴。",
                 "今年，县政协共收到提案210件，其中立案180件。"):
        r = extract_text("某县召开总结会\n" + told + "\n会议要求，各乡镇要于2026年12月20日前报送年度总结。\n")
        assert [t.deadline.isoformat() for t in r.tasks] == ["2026-12-20"], (told, titles(r))
    r = extract_text("某县召开部署会\n2027年，在县委的坚强领导下，全县要确保完成造林1万亩。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-12-31"], titles(r)


def test_a_pages_links_to_other_pages_are_no_tasks():
    from tracker.extract import extract_text

    r = extract_text("某县启动校园安全集中整治\n  • 某某教育\n  • 2026-11-18 17:30\n"
                     "专项整治从今年11月1日起至明年3月底结束，各学校要在明年3月底前完成整改。\n"
                     "上一篇：2026年某县观鸟节开幕  下一篇：某市成立青少年航空联盟\n发布评论\n"
                     "本文关键词：某县,2026年,校园安全\n")
    assert r.tasks and all(t.deadline and t.deadline.isoformat() == "2027-03-31" for t in r.tasks), titles(r)
    assert not any("观鸟节" in t.text or "关键词" in t.text for t in r.tasks), titles(r)


def test_the_reference_instant_of_a_count_is_no_due_date():
    r = run("一、普查标准时点为2027年12月31日，普查时期资料为2027年年度资料。\n"
            "二、人口抽样调查的标准时点是2027年11月1日零时。\n"
            "三、请各镇于2027年10月31日前完成普查区划分。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-10-31"], titles(r)
