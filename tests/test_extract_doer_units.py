"""Which units a duty names as its doers and with which role: label lines under numbered
items, subject lists, addressees."""

from tracker.extract import extract_text


def units_of(text):
    return [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]


def test_main_coordinating_label_supports():
    # "主要协作单位：" / "主要配合单位：" name helpers, like 协作单位 and 配合单位 without 主要.
    text = ("某县教育局2022年重点工作任务分解\n"
            "1.推进城区学校扩容，新增学位两千个。\n"
            "牵头责任单位：县教育局、县住建局\n"
            "主要协作单位：各乡镇人民政府、县政府有关部门\n"
            "2.加强校园安全管理。\n"
            "牵头责任单位：县教育局\n"
            "主要配合单位：县公安局\n")
    assert units_of(text) == [
        [("县教育局", "lead"), ("县住建局", "lead"), ("各乡镇人民政府", "support"), ("县政府有关部门", "support")],
        [("县教育局", "lead"), ("县公安局", "support")]]


def test_subject_list_broken_by_a_comma_is_one_subject():
    # "X、Y，Z、W确定…": a comma inside the list of addressees, then their own verb.
    text = ("各市(州)卫生局、某新区社会事务局，甲市卫生局、乙县卫生局确定一名联络员，"
            "并将联络员信息于4月1日前上报省监测中心。")
    assert units_of(text) == [[("各市(州)卫生局", "responsible"), ("某新区社会事务局", "responsible"),
                               ("甲市卫生局", "responsible"), ("乙县卫生局", "responsible")]]
    # A set-off subject before a modal verb is read as before.
    assert units_of("县教育局、县财政局，要于5月底前完成校舍排查。") == [
        [("县教育局", "responsible"), ("县财政局", "responsible")]]


def test_heading_over_items_with_their_own_unit_labels_names_no_doer():
    # "六、市体育馆" heads a project whose items carry "责任单位：" lines: the heading is what
    # is built, not who builds; its goal paragraph names no unit.
    text = ("六、市体育馆\n（一）主要目标任务\n2027年5月20日前项目整体完工。\n"
            "（二）具体任务、完成时限及责任单位\n1.场馆内部装修，4月20日前完成。\n责任单位：市住建局。\n"
            "2.室外广场绿化，4月30日前完工。\n责任单位：某城区管委会。\n")
    assert units_of(text) == [[], [("市住建局", "responsible")], [("某城区管委会", "responsible")]]
    # A heading of units over items with no label lines still gives them its units.
    assert units_of("（一）县教育局\n1.4月20日前完成校舍排查。\n2.5月底前完成整改。\n") == [
        [("县教育局", "responsible")], [("县教育局", "responsible")]]


def test_adverb_between_subject_and_modal():
    # "X、Y都应…", "各乡镇均要…": 都 / 均 / 也 belong to the predicate, not to the last name.
    assert units_of("各处室都应写出本学期工作总结。6月20日前交校长办公室。") == [[("各处室", "responsible")]]
    assert units_of("各乡镇均要于6月20日前上报排查情况。") == [[("各乡镇", "responsible")]]


def test_subject_before_more_working_verbs_opens_a_stage():
    # The sentence after a stage's heading names its doer before verbs such as 安排 / 全面….
    assert units_of("1、宣传动员(3月5日至3月15日)。镇宣传办安排人员和车辆在镇域内流动宣传。") == [
        [("镇宣传办", "responsible")]]
    assert units_of("（四）总结推广阶段（2027年4月底前）。各区民政部门全面总结经验做法，召开现场会。") == [
        [("各区民政部门", "responsible")]]


def test_units_singled_out_after_an_emphasis_word_own_the_dated_duty():
    # "各X要…，特别是Y要…，并于…前…": the dated step is Y's, the units singled out.
    assert units_of("各地区、部门、单位要认真履行职责，特别是牵头部门要强化协调配合，抓紧制定实施方案，"
                    "并于4月20日前报市政府督查室。") == [[("牵头部门", "responsible")]]
    # A clause that only helps ("Y要积极配合") still leaves the dated duty to X.
    assert units_of("市教育局要制定方案，各学校要积极配合，于4月20日前完成。") == [[("市教育局", "responsible")]]


def test_person_asking_units_in_a_meeting():
    # "副镇长某某要求各村要…" / "某某在讲话中要求：一是各单位…": the person asks, the units act.
    assert units_of("现场会上，常务副镇长某某要求各村要做好农户思想工作，务必在10月15日之前全部完成。") == [
        [("各村", "responsible")]]
    assert units_of("某副县长在总结讲话中要求：一是各单位会后抓紧将修改意见形成书面材料于2月9日下班前报县发改局。") == [
        [("各单位", "responsible")]]
    # A condition with 要求 inside it asks no one.
    assert units_of("对没有按国家政策要求征收污水处理费的，2027年10月底前必须纠正。") == [[]]


def test_heads_of_units_act_for_their_units():
    # "X、Y主要负责人要…": the heads act for their units; 主要 holds no modal verb 要.
    assert units_of("一是各县市区、州直各单位主要负责人要亲自安排值班工作，"
                    "放假前3天向州政府总值班室报备值班表。")[0] == [
        ("各县市区", "responsible"), ("州直各单位", "responsible")]
    assert units_of("各乡镇负责同志要于5月10日前到县应急局参加培训。") == [[("各乡镇", "responsible")]]
    assert units_of("各村(社区)党组织书记要履行第一责任，每周组织一次环境卫生大扫除。") == [[("各村(社区)", "responsible")]]


def test_suo_zai_ends_no_office_name():
    # "教师将所在系…审核后的…": 所在 ("of one's own") — 所 is no office's suffix here, and
    # teachers are persons: the duty names no unit.
    assert units_of("3、任课教师将所在系、院审核后的成绩登记表按要求整理好后，于2027年1月26日前送交教务处。") == [[]]


def test_units_asked_after_an_earlier_date_of_the_sentence():
    # "D1，某县将…，要求X、Y等单位…，D2前完成": the first date names an event, the units asked
    # in a later clause do the dated work.
    text = ("通知说，5月底某县将撤县设区，为做好前期准备，要求县委宣传部、县公安局、县交警队等单位"
            "按照各自职责，做好道路标识的更换工作，要求5月20日前更换完毕。")
    assert units_of(text)[0] == [("县委宣传部", "responsible"), ("县公安局", "responsible"),
                                 ("县交警队", "responsible")]
    # "定于D举办…，请X选派…参加": the event's date, the units asked to take part.
    assert units_of("二、省级培训。定于3月31日(30日下午报到)，在省会议中心举办操作培训班，请各市(州)选派1名操作人员参加。") == [
        [("各市(州)", "responsible")]]


def test_line_after_an_item_saying_who_carries_it_out():
    # "此项活动由X负责组织，Y、Z协助做好有关工作" under a dated item: X responsible, Y and Z support;
    # "由X、Y主办": X and Y lead.
    text = ("（一）2027年2月9日9时，在市老干部活动中心召开迎新春茶话会。全市离退休干部参加。\n"
            "此项活动由市委老干部局负责组织，市委办公厅、市委组织部协助做好有关工作。\n"
            "（二）2027年2月15日9时，在国际会议中心举办春节团拜会。\n"
            "此项活动由市委办公室、市政府办公室主办，市文旅局协助做好有关工作。\n")
    assert units_of(text) == [
        [("市委老干部局", "responsible"), ("市委办公厅", "support"), ("市委组织部", "support")],
        [("市委办公室", "lead"), ("市政府办公室", "lead"), ("市文旅局", "support")]]


def test_agent_after_an_adverb_and_a_date():
    # "…，在10月9日统一由所在学院汇总…": 统一 before 由, 所在 no verb 在, 汇总 the verb.
    assert units_of("3.缺勤学生名单书面交所在学院办公室，在10月9日统一由所在学院汇总后报教务处。") == [
        [("所在学院", "responsible")]]


def test_a_collective_owns_its_papers_written_without_de():
    # "各县区年度工作总结于…前报…": the collective's papers, no 的 between; the owner acts.
    assert units_of("各县区年度工作总结于12月20日前报市政府办公室。") == [[("各县区", "responsible")]]


def test_a_field_label_glued_after_a_unit_ends_the_unit_list():
    # "责任单位：某某镇任务目标：…": the next field's label follows the unit with no separator.
    text = ("二、老旧小区改造项目\n牵头单位：县城管执法局\n"
            "责任单位：某某镇任务目标：2027年完成某某小区等住宅小区改造，改造内容包括外立面、楼梯间等部位。\n")
    assert units_of(text) == [[("县城管执法局", "lead"), ("某某镇", "responsible")]]


def test_a_later_subject_running_into_its_own_time():
    # "X将组织…，Y应于D前…": X announces its own act; Y, with its own modal verb right before
    # the time, does the dated duty.
    assert units_of("市局将组织专家组进行评审，各县区应于5月底前将材料报送市局。") == [[("各县区", "responsible")]]
    # "X参照…，要…，在D前…": 参照 opens the predicate after the subject.
    assert units_of("2.各县区科技局参照市项目管理权限，要严格把关，在5月22日前将推荐函报送市科技局。") == [
        [("各县区科技局", "responsible")]]


def test_units_that_review_papers_send_them_on():
    # "…上交至各教研室主任审核汇总后，于D报…": the reviewers (their heads named) send the papers on;
    # a passive "X经Y、Z部门审核后，于D前报送…" likewise makes the reviewing units the doers.
    assert units_of("2.任课教师将试卷及电子稿上交至各教研室主任审核汇总后，于12月29日上午报系办公室。") == [
        [("各教研室", "responsible")]]
    assert units_of("项目县实施方案经市农业、财政部门审核后，于4月15日前报送省农业厅。") == [
        [("市农业、财政部门", "responsible")]]


def test_a_remark_in_brackets_after_the_subject():
    # "X和Y（Z工作由W统一协调和负责）也要…": the remark's 负责 is no modal verb of the subject.
    text = "（二）各市相关部门和所辖县住建部门（县快报工作由县住建部门统一协调和负责）也要确定一名信息员，每月6日前报市住建部门。"
    assert units_of(text) == [[("各市相关部门", "responsible"), ("所辖县住建部门", "responsible")]]


def test_adverb_opening_the_predicate_after_requested_units():
    # "要求X通力协作、…": 通力 opens the predicate; 协 of 协作 ends no office's name.
    assert units_of("会议要求各相关部门通力协作、各尽其责，确保在8月底前全面完成饮水安全工作。") == [
        [("各相关部门", "responsible")]]


def test_collective_before_a_verb_of_meetings_or_gathering():
    # "各X召集/围绕/创设…": a collective opening the sentence is its doer with these verbs too.
    assert units_of("（一）动员自查阶段（5月8日以前）。各片总支召集所辖企业，召开动员大会。") == [
        [("各片总支", "responsible")]]
    assert units_of("各班召开学期初家长会，9月20日前完成。") == [[("各班", "responsible")]]
    assert units_of("5、各班创设自然角，9月15日前完成。") == [[("各班", "responsible")]]
    # A meeting held by a named office is often the issuer's own step: no doer read from it.
    assert units_of("（一）宣传阶段（11月1日-11月20日）。镇政府召开动员会，部署宣传工作。") == [[]]


def test_subject_after_a_purpose_clause():
    # "为…，X将…，力争…前…": the purpose opens the sentence, the office after it acts.
    assert units_of("为使道路尽快恢复通行，某区交通运输局将督促承建方抓紧施工，力争在2027年7月1日前实现通车。") == [
        [("某区交通运输局", "responsible")]]
    assert units_of("为了减少夜间噪声，县住房和城乡建设局将加强巡查，力争于6月30日前恢复通行。") == [
        [("县住房和城乡建设局", "responsible")]]
    # A later clause that runs its own units into its time phrase keeps them.
    assert units_of("为确保整治按期完成，乡政府成立督查组，各村一天汇报一次进展。") == [[("各村", "responsible")]]
