"""Units and roles written in running prose: a series of clauses handing out the work, each
headed by its doers ("一是由X牵头，Y负责，…；二是Z牵头，…", "X牵头，启动预案，Y配合，W负责，…"), shares
named before their doers ("老城区范围由甲区负责清扫；新区范围由新区管委会负责清扫。"), and an item
of a campaign or a division that names its lead and partners ("举办开幕式由县科委牵头，…",
"…由县教委牵头，县科委配合，…"). Each on a minimal notice invented for the test."""

from notice_helpers import run, task_with, titles


def _roles(task):
    return [(u.name, u.role) for u in task.units]


def test_counted_clauses_each_name_their_lead_and_doers():
    r = run("根据天气预报，近日将有大风降温天气，县防指发布调度指令：一是由县水利局牵头，各镇负责，立即开展病险水库排查，"
            "落实巡库人员；二是由县交通局牵头，加强道路巡查，及时清除路障；三是县林业局牵头，各林场负责，"
            "做好林区巡护工作。\n")
    assert _roles(task_with(r, "病险水库")) == [("县水利局", "lead"), ("各镇", "responsible")], titles(r)
    assert _roles(task_with(r, "道路巡查")) == [("县交通局", "lead")], titles(r)
    assert _roles(task_with(r, "林区巡护")) == [("县林业局", "lead"), ("各林场", "responsible")], titles(r)


def test_a_role_note_with_no_object_heads_its_clause_and_partners_follow():
    r = run("为减轻降雪影响，县指挥部办公室发布指令：县城管局牵头，启动除雪预案，县住建局、县交通局配合，"
            "对城区主干道开展除雪作业；县供电公司负责，组织力量巡查线路。\n")
    assert _roles(task_with(r, "主干道")) == [("县城管局", "lead"), ("县住建局", "support"),
                                            ("县交通局", "support")], titles(r)
    assert _roles(task_with(r, "巡查线路")) == [("县供电公司", "responsible")], titles(r)


def test_a_labelled_note_is_no_clause_handed_out():
    r = run("（一）推进老旧小区改造。责任部门：县住建局牵头，县财政局配合。\n"
            "（二）推进农村公路养护。责任部门：县交通局牵头，各镇配合。\n")
    assert not any(t.title.startswith("县") and "牵头" in t.title for t in r.tasks), titles(r)


def test_shares_named_before_their_doers_are_each_a_task():
    r = run("通知要求，老城区范围由城东区和县环卫处负责清扫；新区范围由新区管委会负责清扫。"
            "车站、公园等公众聚集场所，由经营或管理单位负责。\n")
    assert _roles(task_with(r, "老城区")) == [("城东区", "responsible"), ("县环卫处", "responsible")], titles(r)
    assert _roles(task_with(r, "新区范围")) == [("新区管委会", "responsible")], titles(r)
    assert _roles(task_with(r, "公众聚集场所")) == [("经营或管理单位", "responsible")], titles(r)


def test_shares_in_a_regulations_articles_are_no_tasks():
    r = run("第一条 为规范管理，制定本办法。\n第二条 本办法适用于全县。\n"
            "第三条 城区道路的保洁由县环卫处负责；乡村道路的保洁由各镇负责。\n")
    assert not any("保洁" in t.text for t in r.tasks), titles(r)


def test_a_campaign_item_names_its_lead_and_partners():
    r = run("关于举办科技活动周的实施方案\n一、活动时间\n2027年5月15日至5月21日。\n二、主要活动\n"
            "（一）举办开幕式由县科委牵头，举办活动周开幕式。\n"
            "（二）举办科普展览由县科委、县文化局牵头，在社区巡回展出图片资料。\n"
            "（三）举办进校园活动由县教委牵头，县科委、县科协配合，在中学举办现场会。\n")
    assert _roles(task_with(r, "开幕式")) == [("县科委", "lead")], titles(r)
    assert _roles(task_with(r, "科普展览")) == [("县科委", "lead"), ("县文化局", "lead")], titles(r)
    assert _roles(task_with(r, "进校园")) == [("县教委", "lead"), ("县科委", "support"), ("县科协", "support")], titles(r)


def test_lines_each_opening_with_their_doers_are_each_a_task():
    r = run("为营造节日氛围，现就有关事项通知如下：\n"
            "由县委宣传部牵头，对主要路口、广场悬挂国旗、彩旗。\n"
            "由县住建局负责，对所有路灯、景观灯进行清洁、维修。\n"
            "由县市场监管局负责，做好沿街门店的灯笼悬挂工作。\n")
    assert _roles(task_with(r, "国旗")) == [("县委宣传部", "lead")], titles(r)
    assert _roles(task_with(r, "景观灯")) == [("县住建局", "responsible")], titles(r)
    assert _roles(task_with(r, "沿街门店")) == [("县市场监管局", "responsible")], titles(r)


def test_a_lone_line_opening_with_its_doer_is_left_alone():
    r = run("各镇要做好节日期间的安全工作。\n由县应急局负责，做好值班值守工作的统筹。\n各单位要加强宣传。\n")
    assert not any("值班值守" in t.text for t in r.tasks), titles(r)


def test_a_unit_acting_jointly_with_partners_leads_them():
    r = run("一、请各区县工信主管部门联合同级财政部门于2027年5月30日前将推荐文件报市工信委。\n"
            "二、自2027年起，各区住房城乡建设部门要会同生态环境等部门在每季度第一个月15日前报送整治情况。\n")
    assert _roles(task_with(r, "推荐文件")) == [("各区县工信主管部门", "lead"), ("同级财政部门", "support")], titles(r)
    assert _roles(task_with(r, "整治情况")) == [("各区住房城乡建设部门", "lead"), ("生态环境等部门", "support")], titles(r)


def test_a_name_holding_lianhe_is_no_partnership():
    r = run("县文学艺术界联合会于2027年9月20日前举办书画展览。\n")
    assert _roles(task_with(r, "书画展览")) == [("县文学艺术界联合会", "responsible")], titles(r)


def test_an_item_of_a_division_with_partners_of_its_own_leads_them():
    r = run("关于开展统计开放日宣传活动的通知\n各有关单位：\n一、活动内容\n"
            "（一）各镇在主要街道悬挂横幅。\n"
            "（二）县电视台派员做好宣传报道工作。\n"
            "（三）县统计局在政府大楼前悬挂横幅，并会同县调查队在广场设立宣传点。\n")
    assert _roles(task_with(r, "宣传点")) == [("县统计局", "lead"), ("县调查队", "support")], titles(r)


def test_an_item_of_a_division_that_takes_the_lead_leads():
    r = run("（二）细化职责分工\n房管所、规建办负责牵头组织房屋安全隐患排查整治工作；\n经发办负责园区企业厂房的排查工作；\n"
            "社区办负责居民住宅的排查工作；\n财政所负责将排查经费纳入预算管理。\n")
    assert _roles(task_with(r, "房屋安全")) == [("房管所", "lead"), ("规建办", "lead")], titles(r)
    assert _roles(task_with(r, "园区企业")) == [("经发办", "responsible")], titles(r)
