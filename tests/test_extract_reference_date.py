"""The year year-less deadlines are read against when a document has no issue date."""

from datetime import date

from tracker.extract.normalize import norm
from tracker.extract.periods import reference_date


def test_stated_year_wins_over_a_field_date():
    text = "截止:2026-06-18\n做好2027年防汛工作，请于6月18日前反馈。"
    assert reference_date(norm(text)) == date(2027, 1, 1)


def test_page_field_date_names_the_year_when_the_text_names_none():
    text = "征集状态:\n截止:2026-06-18\n请各单位于6月18日(星期二)上午下班前反馈修改意见。"
    assert reference_date(norm(text)) == date(2026, 1, 1)


def test_a_date_inside_a_sentence_is_no_field():
    text = "各单位已于2026-06-18完成自查，请于7月底前报送。"
    assert reference_date(norm(text)) is None


def test_portal_box_in_a_pipe_table_gives_number_and_issue_date():
    from tracker.extract import extract_text

    text = ("索引號: | 000/2027-00001 | 公開方式: | 主動公開 |\n"
            "文號: | 某政辦函〔2027〕4號 | 成文日期: | 2027-02-04 |\n"
            "各區人民政府:\n"
            "一、抓好任務分解。各區要在2月28日前完成點位數據彙總。\n")
    doc = extract_text(text).documents[0]
    assert doc.doc_no == "某政辦函〔2027〕4號"
    assert doc.issued == date(2027, 2, 4)


def test_a_pages_posting_year_dates_year_less_duties_when_nothing_else_does():
    from tracker.extract import extract_text

    text = ("某县专项整治工作取得阶段性成效\n发布时间:2026-03-06 17:09\n浏览次数:114\n"
            "按照要求，各乡镇要在3月19日前全面完成整改任务。\n")
    tasks = extract_text(text).tasks
    assert [t.deadline for t in tasks] == [date(2026, 3, 19)]


def test_a_crawl_date_is_no_posting_time():
    from tracker.extract.documents import split_documents

    text = "今天是:2027年12月06日\n时间:2026-03-06\n各乡镇要在3月19日前完成整改。\n"
    assert split_documents(text, [])[0].page_day == date(2026, 3, 6)
    assert split_documents("今天是:2027-12-06\n各乡镇要在3月19日前完成整改。\n", [])[0].page_day is None


def test_a_news_dateline_or_a_posting_field_before_a_byline_names_the_page_year():
    from tracker.extract import extract_text

    for head in ("2026-12-24 08:00:00 来源:某市人民政府 作者:消息", "发布时间:2026-04-19 来源:某旗委组织部",
                 "發布時間:2026-05-19           作者:admin", "2026年04月08日 来源:某某新闻网"):
        text = f"某镇开展人居环境整治行动\n{head}\n苏木要集中力量，确保5月底前完成人居环境整治工作。\n"
        assert [t.deadline for t in extract_text(text).tasks] == [date(2026, 5, 31)], head


def test_a_title_naming_the_year_dates_a_bodys_year_less_rows():
    from tracker.extract import extract_text

    text = ("2027年某园区重点工作及责任清单\n序号 |\n重点工作 |\n责任单位 |\n完成时限 |\n"
            "1 |\n推进标准厂房建设，盘活闲置土地。 |\n招商服务部 |\n全年 |\n"
            "2 |\n完成园区道路提升改造。 |\n规划建设局 |\n6月底前 |\n")
    tasks = extract_text(text).tasks
    assert [t.deadline for t in tasks] == [date(2027, 12, 31), date(2027, 6, 30)]


def test_a_festival_on_a_posted_page_is_the_next_one_after_the_posting():
    from tracker.extract import extract_text

    text = ("某乡开展冬季环境整治行动\n2026-12-18 09:30:00 来源:某县人民政府 作者:消息\n"
            "从12月15日起，某乡开展为期一个月的环境整治行动，各村要力争在春节前完成房前屋后垃圾清理。\n")
    assert [t.deadline for t in extract_text(text).tasks if "春节" in (t.deadline_text or "")] == [date(2027, 2, 5)]


def test_a_start_year_is_not_the_year_a_news_report_is_read_against():
    from tracker.extract import extract_text

    text = ("某省公布今年十件民生实事\n2027-02-06 10:12 来源: 某某社\n"
            "自2006年开始，某省已连续22年征集民生实事。今年某省将重点办好10件民生实事，各市要在年底前完成农村公路提升改造。\n")
    assert [t.deadline for t in extract_text(text).tasks] == [date(2027, 12, 31)]


def test_a_documents_own_number_names_its_year_before_the_year_it_is_about():
    from tracker.extract import extract_text

    text = ("某镇政办发〔2027〕41号\n\n某镇人民政府办公室\n关于征收2028年度城乡居民医疗保险个缴经费的通知\n\n"
            "各村（居）：\n\n一、2028年度个人缴费标准为每人380元。\n二、各村要在11月30日前将参保花名册报镇社保站。\n")
    assert [t.deadline for t in extract_text(text).tasks] == [date(2027, 11, 30)]


def test_a_signature_that_lost_its_year_month_and_day_characters_is_read_when_it_splits_one_way():
    from tracker.extract import extract_text
    from tracker.extract.header_lines import lost_date

    assert [lost_date(s) for s in ("202738", "20271019", "2027310", "2027115", "2027")] == [
        date(2027, 3, 8), date(2027, 10, 19), date(2027, 3, 10), None, None]
    text = ("某县人民政府办公室关于做好秋季造林工作的通知\n\n各乡镇人民政府：\n\n"
            "请各乡镇于10月20日前将造林计划报县林业局。\n\n某县人民政府办公室\n\n                 2027915\n")
    assert extract_text(text).documents[0].issued == date(2027, 9, 15)
    # Digits after a table's number cell are no signature.
    assert extract_text("序号\n任务\n完成时间\n1\n植树造林\n2027915\n").documents[0].issued is None


def test_a_weekday_beside_a_yearless_day_moves_the_year_to_the_one_it_falls_in():
    # 6 June fell on a Wednesday in 2029, not in 2028 (the year the text names).
    text = "数据以2028年秋季入学情况为准，请各处室于6月6日(本周三)下午三点前报送。"
    assert reference_date(norm(text)) == date(2029, 1, 1)


def test_a_full_date_with_its_weekday_is_of_the_pages_own_year():
    text = ("根据做好2030年度考核工作的通知，考核会议定于2031年1月9日(周四)下午举行。"
            "请各单位于1月9日下午17:30前交考核表。2030年考核人数见附表。")
    assert reference_date(norm(text)) == date(2031, 1, 1)


def test_a_weekday_that_fits_no_year_nearby_tells_nothing():
    text = "做好2027年防汛工作，请于6月18日(星期一)前反馈。"
    assert reference_date(norm(text)) == date(2027, 1, 1)


def test_a_signature_year_may_write_its_zeros_as_omicrons():
    from tracker.extract.header_lines import parse_date_line

    assert parse_date_line(norm("二ΟΟ九年九月十七日")) == date(2009, 9, 17)


def test_a_page_with_no_issue_date_tells_a_year_less_day_its_year():
    """No issue date: the weekday in brackets, or the same day written earlier with its year,
    gives the year of a year-less day rather than the year the text names elsewhere."""
    from tracker.extract import extract_text
    text = ("各相关科室:\n根据《关于做好2026年度统计工作的通知》要求,请各科室认真填写本科室数据,"
            "于3月3日(本周三)下午三点前将电子版发送至办公室邮箱。\n办公室\n")
    (task,) = extract_text(text).tasks
    assert task.deadline == date(2027, 3, 3)  # a Wednesday in 2027, not in 2026
    text = ("院内各单位:\n根据《关于做好2026年度考核工作的通知》精神,现将考核安排通知如下:\n"
            "一、考核会议定于2027年1月8日(周五)下午在第一会议室举行。\n"
            "二、请各单位于1月8日下午5点前将考核表交学院办公室。\n")
    (task,) = extract_text(text).tasks
    assert task.deadline == date(2027, 1, 8)


def test_a_duty_dated_with_its_year_names_the_year_of_a_timeline():
    # The later plans' years are named once each; the timeline's own year is its dated steps'.
    text = ("某市中小学校舍安全工程实施方案\n从2029年开始,用3年时间完成改造。\n"
            "―2029年6月底前,成立领导小组。\n―8月20日前,对校舍进行逐栋排查,制订2029年度加固计划。\n"
            "―10月30日前,制订2030年、2031年年度改造计划。\n")
    assert reference_date(norm(text)) == date(2029, 1, 1)


def test_the_year_of_the_work_a_notice_launches_wins_over_past_years_named_more_often():
    # "决定开展2027年…认定工作" is the notice's own year; 2026 names past results ("2026年暂缓复评的…").
    text = ("经研究，决定开展2027年市级企业技术中心认定工作。复评对象为2026年暂缓复评的企业技术中心，"
            "以及2026年未通过省级复评的企业技术中心。请申请认定企业于5月5日前报送申请材料。")
    assert reference_date(norm(text)) == date(2027, 1, 1)


def test_a_bylines_posting_time_before_a_view_count_gives_the_year():
    """"来源: 某乡 某某    信息时间:2027-03-20     阅读次数:": the posting line of a township's news;
    year-less aims take its year."""
    from tracker.extract import extract_text
    text = ("乡镇动态\n\n某乡全力推进脱贫攻坚\n\n来源: 某乡 某某    信息时间:2027-03-20     阅读次数:\n\n"
            "二是突出工作重点。对未脱贫贫困户在6月底前达到脱贫标准，全面完成脱贫攻坚任务。\n")
    assert [t.deadline for t in extract_text(text).tasks] == [date(2027, 6, 30)]


def test_a_notice_is_read_no_earlier_than_the_latest_document_it_cites():
    # The year of the work reviewed is named most often; the cited number shows the notice is later.
    text = ("各党总支：\n一、2026年党建创新项目验收。根据《关于做好2026年党建创新项目立项的通知》要求，"
            "请立项单位将2026年党建创新项目验收材料报送组织部。\n二、根据《某工委关于开展党建工作的通知》"
            "(某工委[2027]12号)，请各单位于10月20日前报送总结。")
    assert reference_date(norm(text)) == date(2027, 1, 1)


def test_an_earlier_cited_number_does_not_move_the_year():
    text = "根据《某办法》(某发[2025]3号)，做好2027年防汛工作，请于6月18日前反馈。"
    assert reference_date(norm(text)) == date(2027, 1, 1)
