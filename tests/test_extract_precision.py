"""Text that reads like a dated duty but is none: a news page telling what a document
lays down, a report's name heading its page, page furniture hidden by a pinyin gloss, and
a progress cell taken for a unit. Each on a minimal text invented for the test."""

from notice_helpers import run, titles
from tracker.extract import extract_text
from tracker.extract.clean import clean_lines


def test_a_news_report_of_what_a_document_lays_down_is_no_task():
    r = run("《通知》明确了8件实事的完成时限和主要责任单位，其中6件实事要求在今年11月底前完成。\n\n"
            "《通知》要求，今年11月底前，县经信局要新增发放卡片500张。")
    assert [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks] \
        == [("2027-11-30", ["县经信局"])], titles(r)


def test_a_document_named_as_the_subject_of_its_plans_is_no_task():
    r = run("一、统一思想抓落实。《政府工作报告》对2027年全县经济社会发展作出的安排部署，"
            "必须不折不扣抓好落实。县政府各部门要于6月底前完成目标任务的细化分解。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_a_report_that_states_a_duty_of_its_own_keeps_it():
    r = run("《方案》明确了整治重点，各镇要于2027年4月30日前完成排查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-30"], titles(r)


def test_a_progress_report_name_heading_its_page_is_no_task():
    for text in ("发布时间:2027-05-06 10:00\n访问次数:\n2027年县政府十方面民生实事进展情况登记表\n"
                 "各镇要于2027年5月31日前报送二季度工作完成情况。\n",
                 "2027年县政府重点工作任务一季度完成情况\n来自:\n"
                 "各镇要于2027年5月31日前报送二季度工作完成情况。\n"):
        r = extract_text(text)
        assert [t.title for t in r.tasks] == ["各镇要于2027年5月31日前报送二季度工作完成情况"], titles(r)


def test_a_glossed_furniture_line_is_dropped_once_its_gloss_is_cut():
    lines = ["瀏覽次數(shù): 來源:丙縣政府辦公室 時(shí)間:2027-06-16 16:01", "推進(jìn)項(xiàng)目建設(shè)"]
    out, norms = clean_lines(lines)
    assert out == ["推進項目建設"] and norms == ["推进项目建设"]


def test_an_empty_counter_and_a_source_line_are_furniture():
    out, _ = clean_lines(["访问次数:", "来自:", "各镇要于6月底前完成。"])
    assert out == ["各镇要于6月底前完成。"]


def test_a_progress_phrase_after_the_unit_cell_is_no_unit():
    text = ("2027年县政府重点工作任务完成情况\n"
            "序号 重点工作任务 牵头责任单位 一季度完成情况\n"
            "1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%\n"
            "2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%\n"
            "3 财政收入增长3.7%以上。 县财政局、县税务局 财政收入增长4.8%\n")
    r = extract_text(text)
    units = [[u.name for u in t.units] for t in r.tasks]
    assert units == [["县发改委"], ["县工信局"], ["县财政局", "县税务局"]], units


def test_a_year_naming_central_funds_or_the_whole_province_s_work_is_no_due_date():
    r = run("2027年中央财政衔接补助资金共计150万元。\n\n"
            "根据上级要求，县林业局决定对2027年全县林业重点工作予以公示。\n\n"
            "各镇要于2027年5月20日前报送公示表。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-05-20"], titles(r)


def test_a_year_with_a_target_after_it_is_still_due():
    r = run("2027年全面完成农村改厕任务。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-12-31"], titles(r)


def test_a_campaign_period_stated_on_its_own_is_no_task():
    r = run("四、整治时间\n\n整治时间为一个月，从2027年5月2日至5月31日。\n\n"
            "清理整顿时限是2027年4月—2028年2月，具体步骤安排如下：\n\n"
            "（二）公示时间\n\n从公示之日起至12月31日。\n\n"
            "各镇要于2027年5月20日前报送整治台账。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-05-20"], titles(r)


def test_project_labels_give_the_project_its_units_and_period():
    r = run("1.某乡种植业基地配套建设项目：投资340万元。建设内容：新建防渗渠4公里。\n"
            "项目责任领导:某某(县人大常委会调研员)\n项目责任单位:某乡、水利局\n"
            "项目责任人:张某、王某\n项目实施时间:2027年3月-2027年10月\n")
    got = [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks]
    assert got == [("2027-10-31", ["某乡", "水利局"])], titles(r)


def test_a_link_list_and_a_dateline_with_its_byline_are_furniture():
    lines = ["2027年04月02日作者:来源:某部",
             '## [2027年6月18日某某价格调整](http://www.example.gov.cn/t1.html "2027年6月18日某某价格调整")',
             "各镇要于6月底前完成。"]
    out, _ = clean_lines(lines)
    assert out == ["各镇要于6月底前完成。"]


def test_a_news_dateline_of_what_a_government_published_is_no_task():
    r = extract_text("某市政府公布今年重点任务分工及时限\n\n"
                     "3月16日，某市人民政府公布2027年某市《政府工作报告》重点量化目标任务，明确各项重点任务的完成时限。\n\n"
                     "根据目标任务要求，市住建局要在8月底完成57个村燃煤散烧综合治理任务。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-08-31"], titles(r)


def test_a_later_step_of_a_completed_act_is_no_task():
    r = run("2026年11月21日至12月21日，督察组对本县开展了督察，并于2027年2月26日反馈督察报告。\n\n"
            "各镇要于2027年4月30日前完成整改。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-30"], titles(r)


def test_a_coordinator_line_names_a_person_no_task():
    r = run("1.坚持科学规划城市，高起点编制分区规划，6月底前完成。\n责任人:某某副市长\n协调人:某某副秘书长\n"
            "责任单位:县规划局。\n2.加快城市基础设施建设，确保10月1日竣工通车。\n责任人:某某副市长\n"
            "协调人:某某市长助理、某某副秘书长\n责任单位:县建设局、交通局。")
    got = [[u.name for u in t.units] for t in r.tasks]
    assert got == [["县规划局"], ["县建设局", "交通局"]], titles(r)


def test_a_page_address_run_into_the_text_goes_and_a_moving_period_binds_no_task():
    r = extract_text("公 告\nhttp://www.example.gov.cn/a/t1.shtml为贯彻落实上级关于全县2027年底实现整体搬迁的指示精神，"
                     "经研究，决定于2027年12月下旬启动县直单位搬迁工作。现将有关事项公告如下：\n"
                     "一、搬迁时间\n公告之日起至2027年12月30日。\n二、工作要求\n各单位要于2027年12月20日前完成打包。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-12-20"], titles(r)
    assert not any("http" in t.text for t in r.tasks)


def test_a_project_s_schedule_starts_its_task_and_the_closing_line_gives_its_lead():
    r = run("改建标准化菜市场4家。项目具体实施进度为：第一季度细化实施方案；第二季度落实改建准备；"
            "第三季度完成3家；2027年12月底前完成1家。\n"
            "建设粮食追溯系统。项目具体实施进度为：第一季度细化方案；2027年11月底前完成并组织验收。\n"
            "上述项目由县商务局牵头负责。\n"
            "新建社区健康步道15条。项目具体实施进度为：第一季度制定方案；2027年10月底前验收开放。\n"
            "上述项目由县体育局牵头负责。")
    got = [(t.title, [(u.name, u.role) for u in t.units]) for t in r.tasks]
    assert got == [("改建标准化菜市场4家", [("县商务局", "lead")]),
                   ("建设粮食追溯系统", [("县商务局", "lead")]),
                   ("新建社区健康步道15条", [("县体育局", "lead")])], got


def test_a_closing_line_naming_a_person_gives_no_unit():
    r = run("10月底前，搞好责任路段的巡视工作。以上工作由某某同志牵头，全体人员参与。")
    assert [[u.name for u in t.units] for t in r.tasks] == [[]], titles(r)


def test_a_closing_sentence_gives_its_lead_and_partners_to_the_dated_work_before_it():
    r = run("10月底前，搞好责任路段的巡视工作。以上工作由县城管局牵头，县交通局配合。")
    assert [[(u.name, u.role) for u in t.units] for t in r.tasks] \
        == [[("县城管局", "lead"), ("县交通局", "support")]], titles(r)


def test_a_table_of_indicators_measured_in_units_holds_no_tasks():
    text = ("附件1\n\n2027年某市主要预期指标分解汇总表\n\n序号\n\n指标名称\n\n单位\n\n某市\n\n甲县\n\n乙县\n\n"
            "1\n\n地区生产总值\n\n增幅(%)\n\n7左右\n\n7以上\n\n7以上\n\n"
            "2\n\n一般公共预算收入\n\n增幅(%)\n\n8以上\n\n8.5\n\n8.5\n")
    r = extract_text(text)
    assert r.tasks == [], titles(r)


def test_a_closing_deadline_for_the_work_above_takes_the_paragraph():
    r = run("二、制定配套制度\n\n各部门和各单位都要制定具体的实施办法，对现行管理办法进行修订。"
            "各高校要按照上述原则修订相关制度。以上工作要在2027年6月底前完成。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)
    assert r.tasks[0].text.startswith("各部门和各单位都要制定具体的实施办法"), r.tasks[0].text


def test_a_group_heading_with_no_rows_of_its_own_is_no_task():
    text = ("附件\n改革举措推广清单\n序号\n改革举措\n主 要 内 容\n指导部门\n推广范围\n"
            "三、科技金融创新方面（共1项）\n1\n创新创业团队回购股权的机制\n"
            "约定在一定时期内，团队可按照投资本金回购股权。\n国家发展改革委、财政部\n全国\n"
            "四、军民深度融合方面（共6项）\n五、管理体制创新方面（共1项）\n2\n允许地方高校自主开展人才引进\n"
            "将职称评审自主权下放给地方高校。\n教育部、人力资源社会保障部\n全国\n")
    r = extract_text(text)
    assert len(r.tasks) == 2 and not any("军民" in t.title + t.text for t in r.tasks), titles(r)


def test_a_bracket_naming_only_the_leading_officials_is_no_note():
    r = run("一、主要经济社会发展指标、财政、生态环境等工作目标（牵头领导：某某、某某）\n\n"
            "各责任单位要于2027年6月30日前报送推进情况。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_a_closing_call_to_finish_every_task_this_year_is_no_task():
    r = run("各镇、各部门主要负责人作为第一责任人，要切实加强组织领导，抓好工作落实，"
            "确保今年政府各项工作任务圆满完成。\n\n各镇要于2027年6月30日前报送推进情况。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_a_site_s_copyright_notice_and_a_meeting_s_afternoon_are_no_tasks():
    out, _ = clean_lines(["某某网版权与免责声明", "3、如因作品版权和其它问题可联系本网，本网确认后将在24小时内移除相关争议内容。",
                          "各镇要于6月底前完成。"])
    assert out == ["各镇要于6月底前完成。"]
    r = extract_text("2027年9月13日下午，副区长某某在区机关会议室主持召开区政府常务会议。纪要如下：\n\n"
                     "会议要求，各镇要于2027年10月31日前完成排查。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-10-31"], titles(r)


def test_a_note_under_a_list_of_measures_closes_the_whole_item():
    r = run("二十、局部区域露天烧烤问题仍然突出。\n整改目标：完成露天烧烤集中点位销账工作。\n整改措施：\n"
            "（一）完善露天烧烤整改工作机制，明确工作责任。\n（二）按月通报露天烧烤市民举报情况。\n"
            "责任单位：县城管执法局、各镇政府\n完成时限：2027年9月底前，长期坚持。\n"
            "二十一、餐饮油烟扰民问题突出。\n整改目标：减少油烟排放。\n整改措施：\n（一）加强行业管理。\n"
            "责任单位：县市场监管局\n完成时限：2027年10月底前。")
    got = [(t.title, t.deadline.isoformat()) for t in r.tasks]
    assert got == [("局部区域露天烧烤问题仍然突出", "2027-09-30"), ("餐饮油烟扰民问题突出", "2027-10-31")], got


def test_a_cited_document_column_broken_over_lines_makes_no_rows():
    text = ("某区人民政府办公室关于印发某方案的通知\n\n附件：某区重点任务分解表\n序号\n任务类型\n重点内容\n责任单位\n参考文件\n"
            "1\n系统方案\n编制系统方案，2027年底前完成达标区域系统方案编制。\n区建设管理委\n"
            "《本市系统化全域推进海绵\n城市建设的实施意见》\n（沪府办发〔2027〕3号）\n"
            "2\n达标评估\n有序推进达标评估工作，2027年底前完成评估。\n区建设管理委、区水务局\n"
            "《某市住房和城乡建设\n管理委员会关于开展2027年\n本市建设工作的函》\n")
    r = extract_text(text)
    got = [[u.name for u in t.units] for t in r.tasks]
    assert got == [["区建设管理委"], ["区建设管理委", "区水务局"]], titles(r)


def test_year_plan_columns_are_cells_of_the_row_and_its_last_year_is_due():
    text = ("某委关于印发某三年行动计划的通知\n\n附件：三年行动计划任务清单（2027-2029年）\n"
            "任务\n分类\n主要方向\n重点任务（2027-2029）\n2027年工作项目\n2028年计划\n2029年计划\n"
            "牵头\n部门\n配合\n部门\n实施\n主体\n"
            "（一）\n提升设施环境品质\n1、改善城市道路环境\n（1）建设精品道路300条。\n"
            "建设精品道路100条。\n建设精品道路100条。\n建设精品道路100条。\n设施养护处\n各相关部门和单位\n各区\n"
            "2、改善农村道路环境\n（2）推进农村公路高质量发展。\n农村公路提档升级改造300公里。\n"
            "农村公路提档升级改造200公里。\n农村公路提档升级改造100公里。\n设施养护处\n各相关部门和单位\n各区\n")
    r = extract_text(text)
    got = [(t.deadline.isoformat() if t.deadline else None, sorted((u.name, u.role) for u in t.units)) for t in r.tasks]
    units = sorted([("设施养护处", "lead"), ("各相关部门和单位", "support"), ("各区", "responsible")])
    assert got == [("2029-12-31", units), ("2029-12-31", units)], titles(r)


def test_a_report_of_work_done_and_a_summary_of_other_tasks_are_no_tasks():
    r = run("1.县农业局承办的“关于解决某村自来水并网的建议”\n\n"
            "办理情况：已办结。该工程于2027年4月20日开工建设，7月27日通过工程竣工验收，目前运行良好。\n\n"
            "其他重点任务还包括完成国土空间总体规划编制，新建公交场站5个，年内新增奶牛5万头。\n\n"
            "各镇要于2027年10月31日前报送办理情况。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-10-31"], titles(r)


def test_a_gloss_after_a_garbled_character_is_cut_too():
    out, _ = clean_lines(["（二）推七M(jìn)東部石化基地建設(shè)，抓好乙烯項目。", "附件(a)和Plan(de)"])
    assert out == ["（二）推七M東部石化基地建設，抓好乙烯項目。", "附件(a)和Plan(de)"]


def test_a_date_inside_a_document_s_title_is_no_due_date():
    # A title glued to the text after it, and a title quoted in a duty: the title's date names its subject.
    r = run("关于2027年1月份民生实事项目进展情况的通报办好民生实事是县政府的庄严承诺。\n\n"
            "各镇要于2月20日前报送关于2027年第一季度安全生产工作的报告。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-02-20"], titles(r)


def test_a_numbered_progress_account_saying_what_is_done_gives_no_task():
    r = extract_text("3.建成区再生资源分拣中心项目。\n"
                     "进展情况:(1).两个街道的2个试点小区已完成竣工验收。(2)甲镇于8月6日进场施工,正在进行管线施工。"
                     "乙镇于8月14日进场施工,正在进行燃气管线施工。\n")
    assert not any("进场施工" in t.text for t in r.tasks), [t.title for t in r.tasks]
    r = extract_text("进展情况:(1)甲镇要在2027年8月6日前进场施工。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-08-06"], [t.title for t in r.tasks]


def test_a_sentence_only_announcing_a_counted_list_is_no_task():
    for text in ("2029年,某街道将实施十件民生实事项目。\n", "今年,区委区政府共兴办12件惠民实事项目(含20个子项目)。\n",
                 "2029年,某省将着力实施10件惠民实事,实实在在提升群众的幸福感。\n",
                 "2029年,我县围绕“学有所教、病有所医”,聚焦重点领域,将继续滚动实施10件县级重点民生实事。\n"):
        assert extract_text(text).tasks == [], text
    r = extract_text("2029年十件民生实事项目进展顺利,我们将继续努力,确保在年底前全面完成。\n")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2029-12-31"], [t.title for t in r.tasks]


def test_a_role_sentence_after_a_dated_item_is_its_note_not_a_second_task():
    """"（6）2027年底前，完成…。由X负责。": the date opening the item is carried to a later sentence
    with a subject of its own, but a sentence naming only the doer is the item's role note."""
    r = run("（6）2027年底前，完成老旧小区外立面整治。由县城管局负责。\n"
            "（7）2027年6月底前，完成主干道路灯改造。由县住建局牵头，各镇配合。\n"
            "（8）2027年9月底前，完成集贸市场改造。县市场监管局要同步开展食品安全检查。")
    assert [(t.deadline.isoformat(), [(u.name, u.role) for u in t.units]) for t in r.tasks[:2]] == [
        ("2027-12-31", [("县城管局", "responsible")]),
        ("2027-06-30", [("县住建局", "lead"), ("各镇", "support")])], titles(r)
    # A later sentence doing work of its own under the item's date stays a task of its own.
    assert [t.deadline.isoformat() for t in r.tasks[2:]] == ["2027-09-30", "2027-09-30"], titles(r)


def test_a_sentence_dating_the_work_before_it_starts_its_task_there():
    # "此项工作…" or a bare time line ("申报时间…前。") dates the work just stated, numbered item or not
    r = run("各学院要将已上报的报废物资清理并统一归集。此项工作于2027年9月8日前完成。\n"
            "1.各基层妇委会研究确定活动方案，同时将申报表报至学校妇委会。活动申报时间2027年5月20日前。")
    got = [(t.title, t.deadline.isoformat()) for t in r.tasks]
    assert got == [("各学院要将已上报的报废物资清理并统一归集", "2027-09-08"),
                   ("各基层妇委会研究确定活动方案，同时将申报表报至学校妇委会", "2027-05-20")], got
