"""Announced lists of the year's 实事 or 工程 (news of a 人代会, its 公告): each item is a task
with no unit, due at the end of the year the list is for."""

from datetime import date

from tracker.extract import extract_text
from tracker.extract.list_items import item_number


def _run(text: str):
    return extract_text(text)


def _titles(r):
    return [t.title for t in r.tasks]


def test_items_of_one_sentence_split_at_semicolons_are_tasks_of_the_year():
    r = _run("3月2日，记者从某县第九届人民代表大会第二次会议上获悉，2027年，某县将集中力量办好十件民生实事。\n"
             "这十件民生实事分别是：新建城东幼儿园1所；改造农村公路120公里，新增停车位300个；"
             "为5000名老年人免费体检；建成县全民健身中心。\n")
    assert _titles(r) == ["新建城东幼儿园1所", "改造农村公路120公里", "为5000名老年人免费体检", "建成县全民健身中心"]
    assert all(t.deadline == date(2027, 12, 31) and not t.units for t in r.tasks)


def test_ordinal_items_in_the_naming_sentence():
    r = _run("据了解，2028年某市将集中力量办好八件为民实事：一是新建市妇幼保健院；二是改造老旧小区20个；"
             "三是新增公共停车泊位800个。\n")
    assert [t.text for t in r.tasks] == ["一是新建市妇幼保健院", "二是改造老旧小区20个", "三是新增公共停车泊位800个"]
    assert {t.deadline for t in r.tasks} == {date(2028, 12, 31)}


def test_items_joined_by_pauses_split_only_when_as_many_as_the_list_says():
    r = _run("2027年4项民生实事项目名单出炉。这4项民生实事项目分别是城北水厂工程、老旧小区改造工程、"
             "乡镇卫生院提升工程、城区停车场建设工程。\n")
    assert len(r.tasks) == 4, _titles(r)
    r = _run("2027年5项民生实事项目名单出炉。这5项民生实事项目分别是城北水厂工程、老旧小区改造工程、"
             "乡镇卫生院提升工程、城区停车场建设工程。\n")
    assert r.tasks == [] or all("工程、" in t.text for t in r.tasks), _titles(r)


def test_numbered_paragraphs_after_a_colon_and_the_announcement_is_no_task():
    r = _run("某区第五届人民代表大会第一次会议于2026年12月20日投票表决，确定区政府2027年民生实事项目为3项，分别是：\n"
             "一、城南片区雨污分流改造项目；\n二、区中医院门诊楼建设项目；\n三、农村饮水提质工程。\n"
             "现予以公告。\n")
    assert [t.title for t in r.tasks] == ["城南片区雨污分流改造项目", "区中医院门诊楼建设项目", "农村饮水提质工程"]
    assert {t.deadline for t in r.tasks} == {date(2027, 12, 31)}


def test_a_top_item_over_sub_items_is_their_heading():
    r = _run("今年将继续为民办12项实事。这12项实事的主要内容是——\n"
             "一、全年完成2万人易地搬迁。\n二、建设“放心菜市场”。\n"
             "(一)改造农贸市场30个。\n(二)开展食品抽检1万批次。\n三、新建养老服务中心5个。\n")
    texts = [t.text for t in r.tasks]
    assert len(texts) == 4 and not any(x.startswith("二、") for x in texts), texts


def test_a_list_reported_as_done_or_called_for_is_no_list():
    r = _run("去年十件民生实事全部完成，分别是：新建幼儿园3所；改造农村公路80公里；新增停车位500个。\n")
    assert r.tasks == [], _titles(r)
    r = _run("现就公开征集2028年民生实事候选项目有关事项通知如下：\n一、征集范围。\n二、征集方式。\n")
    assert not any("征集范围" in t.text for t in r.tasks), _titles(r)


def test_item_numbers_of_each_style():
    assert item_number("1.新建幼儿园") == ("l3", 1)
    assert item_number("(十二)改造道路") == ("l2", 12)
    assert item_number("三是新增泊位") == ("ordinal", 3)
    assert item_number("10实施城区小学午餐工程") == ("bare", 10)
    assert item_number("新建幼儿园") is None


def test_a_sentence_naming_no_list_gives_no_items():
    r = _run("我们坚持为群众办实事，主要做法是：一是建立台账；二是定期调度；三是跟踪问效。\n")
    assert r.tasks == [], _titles(r)


def test_a_heading_naming_the_years_list_over_numbered_items_and_section_headings():
    r = _run("某市2028年实事项目公示 某市政府实事工程\n社会热点2029-03-01 08:00:00佚名\n某市2028年实事项目\n\n一、教育方面\n\n1、新建、改扩建12所学校。\n\n"
             "2、开设20个暑期托管班。\n\n二、养老方面\n\n3、新增养老床位600张。\n")
    assert [t.title for t in r.tasks] == ["新建、改扩建12所学校", "开设20个暑期托管班", "新增养老床位600张"]
    assert {t.deadline for t in r.tasks} == {date(2028, 12, 31)}


def test_numbered_items_with_no_stop_after_a_colon():
    r = _run("某县第七届人民代表大会第三次会议于2027年1月9日表决通过某县2027年民生实事项目：\n"
             "1.城关镇老旧小区改造工程\n2.县第二小学扩建工程\n3.农村公路安防工程\n现予公告。\n")
    assert [t.title for t in r.tasks] == ["城关镇老旧小区改造工程", "县第二小学扩建工程", "农村公路安防工程"]


def test_pauses_after_a_count_split_a_list_of_names():
    r = _run("大会以无记名投票方式选出3项民生实事项目，分别为：免费接种流感疫苗、公办学校教室空调配置、"
             "老年助餐点(社区食堂)建设。\n")
    assert [t.title for t in r.tasks] == ["免费接种流感疫苗", "公办学校教室空调配置", "老年助餐点(社区食堂)建设"]


def test_a_numbered_heading_takes_the_paragraph_under_it():
    r = _run("现将全县2027年“五大工程”实施事项通知如下：\n一、2027年“五大工程”\n(一)园区建设工程\n"
             "建成标准厂房20万平方米，2027年预计完成投资5亿元。\n(二)城市更新工程\n改造老旧小区12个。\n")
    assert len(r.tasks) == 2, _titles(r)
    assert "建成标准厂房20万平方米" in r.tasks[0].text and "改造老旧小区12个" in r.tasks[1].text
    assert {t.deadline for t in r.tasks} == {date(2027, 12, 31)}


def test_a_list_closed_or_in_progress_is_no_list():
    for text in ("2027年，某县十件民生实事圆满收官：新建幼儿园3所；改造农村公路80公里；新增停车位500个。\n",
                 "2027年某市十件实事进展如下：新建幼儿园3所；改造农村公路80公里；新增停车位500个。\n"):
        r = _run(text)
        assert not any(t.text.startswith("新建幼儿园") for t in r.tasks), _titles(r)


def test_a_short_sentence_hands_over_to_unnumbered_lines_as_many_as_the_list_says():
    text = ("今年，某市将聚焦群众急难愁盼，接续办好4件重点民生实事。具体包括：\n"
            "新建社区食堂30个。\n改造农村公路200公里。\n为10万名老年人免费体检。\n新增停车泊位5000个。\n"
            "责任编辑：某某\n")
    r = _run(text.replace("今年", "2029年"))
    assert _titles(r) == ["新建社区食堂30个", "改造农村公路200公里", "为10万名老年人免费体检", "新增停车泊位5000个"]
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}
    # Fewer lines than the list says: no list is read from them.
    r = _run("2029年，某市将办好6件民生实事。具体包括：\n新建社区食堂30个。\n改造农村公路200公里。\n"
             "为10万名老年人免费体检。\n责任编辑：某某\n")
    assert not any("食堂" in t.text for t in r.tasks), _titles(r)


def test_numbered_items_after_a_handing_sentence_dated_by_the_headline_after_them():
    r = _run("6月3日，某县人民代表大会开幕。县政府将重点抓好4件大事和民生实事。分别是：（1）新建县第二中学。"
             "（2）改造城区道路8条。（3）建成乡镇污水处理站6个。（4）为60岁以上老年人免费体检。\n"
             "某县政府2031年将为民办好4件大事和民生实事\n")
    assert _titles(r) == ["新建县第二中学", "改造城区道路8条", "建成乡镇污水处理站6个", "为60岁以上老年人免费体检"]
    assert {t.deadline for t in r.tasks} == {date(2031, 12, 31)}


def test_a_list_named_at_a_paragraphs_end_takes_the_numbered_headings_after_it():
    # "…公布了今年的N件民生实事。" then "一、…。" items, each with paragraphs of figures under it
    # (a line opening with a quantity, "65岁…", "20万…", is no item number).
    r = _run("2029年某省政府工作报告公布了今年的六件民生实事。\n"
             "一、扩大优质教育供给。\n新增公办学位3万个。\n20所乡镇寄宿制学校完成改造。\n"
             "二、提升养老服务能力。\n65岁以上老年人免费体检覆盖率达70%\n新建社区养老服务站80个。\n"
             "三、推进城乡供水一体化。\n新建改造供水管网900公里。\n")
    assert _titles(r) == ["扩大优质教育供给", "提升养老服务能力", "推进城乡供水一体化"]
    assert "20所乡镇寄宿制学校" in r.tasks[0].text
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}
    # A sentence naming a list with no numbered items after it hands over nothing.
    r = _run("2029年某县将办好十件民生实事。\n会议还研究了其他事项。\n一是要加强领导。\n")
    assert not any("加强领导" in t.text for t in r.tasks), _titles(r)


def test_a_line_naming_a_counted_list_over_one_line_per_item():
    # The list's name on a line of its own, the year in the sentence that announced it; the
    # item lines have no marks and are never joined as a broken sentence.
    r = _run("3月5日，某区人大代表票决产生了2030年度某区五大民生实事。\n据悉，候选项目共7个。\n"
             "五大民生实事项目\n3000名独居老人智慧看护\n12所中小学食堂提质改造工程\n"
             "40公里城区雨污分流管网改造\n8个口袋公园建设\n2万名新市民技能培训\n记者：某某\n")
    assert _titles(r) == ["3000名独居老人智慧看护", "12所中小学食堂提质改造工程", "40公里城区雨污分流管网改造",
                          "8个口袋公园建设", "2万名新市民技能培训"]
    assert {t.deadline for t in r.tasks} == {date(2030, 12, 31)}


def test_a_list_counted_by_categories_names_its_items_category_by_category():
    # "共N大类M个。其中,X领域K个,包括A、B;…": each category's pieces are items when they are as
    # many as its count; a piece cut short by the page ("为应急") is none.
    r = _run("4月8日，记者从某县2028年民生实事项目发布会上获悉。\n"
             "为确保2028年民生实事项目贴近群众需求，某县广泛征求意见，形成了18个候选项目。最终，确定2028年"
             "民生实事项目共3大类5个。其中，教育领域2个，包括县第三幼儿园建设项目、城西小学改扩建项目；"
             "养老服务领域2个，包括社区助餐点建设项目、居家适老化改造项目；公共安全领域1个，为应急\n")
    assert _titles(r) == ["县第三幼儿园建设项目", "城西小学改扩建项目", "社区助餐点建设项目", "居家适老化改造项目"]
    assert {t.deadline for t in r.tasks} == {date(2028, 12, 31)}
    # A category whose pieces are not as many as its count gives none of them.
    r = _run("2028年某区民生实事分为2个方面6项。其中，交通方面3项，包括城北路改造、东环路拓宽；"
             "医疗方面3项，包括区人民医院扩建项目、社区卫生服务站提升项目、区中医院新院区建设项目。\n")
    assert _titles(r) == ["区人民医院扩建项目", "社区卫生服务站提升项目", "区中医院新院区建设项目"]
    # A report on last year's list is no list.
    r = _run("2027年某区民生实事项目共2大类4个全部完成。其中，教育领域2个，包括甲小学建设项目、乙中学扩建项目；"
             "养老领域2个，包括丙养老院建设项目、丁日间照料中心项目。\n")
    assert not any("建设项目" == t.title[-4:] for t in r.tasks), _titles(r)


def test_ordinal_items_run_on_after_the_sentence_naming_the_list():
    # "…办好6件民生实事。一是…。二是…" in one paragraph: the naming sentence closes and the
    # ordinal items follow it.
    r = _run("据悉，2029年某镇将办好3件民生实事。一是新建镇中心幼儿园。二是改造镇区道路5公里。"
             "三是新增农贸市场1个。\n")
    assert _titles(r) == ["一是新建镇中心幼儿园", "二是改造镇区道路5公里", "三是新增农贸市场1个"] or \
        [t.text for t in r.tasks] == ["一是新建镇中心幼儿园", "二是改造镇区道路5公里", "三是新增农贸市场1个"]
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}


def test_a_whole_item_on_its_line_takes_no_comment_after_it_as_its_body():
    # Items closing a naming paragraph, each a whole sentence: the page's comment after the
    # last is no part of it (a short heading item, "一、扩大优质教育供给。", does take its figures).
    r = _run("2月3日，记者从某市人代会获悉，2029年，市政府将集中精力办好3件民生实事。\n"
             "一是新建公共停车场10个，新增停车位3000个。\n二是改造背街小巷25条，提升通行条件。\n"
             "三是开通城区至东湖新区公交线路，方便群众出行。\n"
             "报告强调，民生问题琐碎复杂，要一件接着一件办。\n来源：某某晚报\n")
    assert len(r.tasks) == 3, [t.text for t in r.tasks]
    assert "琐碎" not in r.tasks[-1].text


def test_a_plans_section_heading_naming_its_projects_is_no_list():
    # "三、实施十大工程" over chapters of a plan: no announced list, its items are no tasks.
    r = _run("某市2029-2031年城市更新规划\n三、实施十大工程\n(一)老旧小区改造工程。推进老旧小区改造。\n"
             "(二)城市道路畅通工程。完善城市路网。\n(三)公园绿地提升工程。建设口袋公园。\n")
    assert r.tasks == [], _titles(r)


def test_unnumbered_lines_under_a_heading_counted_in_a_sentence_before_it():
    # The heading names no count ("…重点民生实事项目" with a remark in brackets); the sentence
    # announcing the vote gave it ("…被列为2030年度全县8大民生实事项目。"): as many lines as that.
    r = _run("某县十五届人大三次会议对县政府提请审议的10项民生实事候选项目进行票决。"
             "根据得票多少，城南学校建设项目等被列为2030年度全县5大民生实事项目。\n"
             "2030年全县重点民生实事项目\n(按得票多少排序)\n城南学校建设项目\n老旧小区改造项目\n"
             "农村公路提档升级项目\n县医院发热门诊改造项目\n城区停车场建设项目\n"
             "民生无小事，枝叶总关情。县人大将加强监督。\n来源：某县人大\n")
    assert _titles(r) == ["城南学校建设项目", "老旧小区改造项目", "农村公路提档升级项目", "县医院发热门诊改造项目",
                          "城区停车场建设项目"]
    assert {t.deadline for t in r.tasks} == {date(2030, 12, 31)}
    # With no count anywhere, unnumbered lines are not read as items.
    r = _run("某县人大会议召开。\n2030年全县重点民生实事项目\n城南学校建设项目\n老旧小区改造项目\n"
             "农村公路提档升级项目\n")
    assert not any(t.title == "老旧小区改造项目" for t in r.tasks), _titles(r)


def test_an_item_giving_its_own_date_in_the_lists_year_is_due_then():
    # "二是6月底前…" inside a list of 2029: due then; the others at the year's end.
    r = _run("3月1日，某县人代会闭幕。2029年，某县将办好4件民生实事：一是2029年9月底前建成县第二幼儿园；"
             "二是2029年6月底前改造农村公路80公里；三是新建污水处理厂1座；四是新增停车位500个。\n")
    assert [t.deadline for t in r.tasks] == [date(2029, 9, 30), date(2029, 6, 30), date(2029, 12, 31),
                                             date(2029, 12, 31)], [(t.title, t.deadline) for t in r.tasks]
    # A date of another year inside an item (a later target) leaves the list's year-end.
    r = _run("3月1日，某县人代会闭幕。2029年，某县将办好3件民生实事：一是启动县医院迁建，2031年底前建成；"
             "二是改造农村公路80公里；三是新增停车位500个。\n")
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}, [(t.title, t.deadline) for t in r.tasks]


def test_an_item_closed_by_the_unit_in_charge_names_that_unit():
    # "…，由X负责" / "…，由X牵头负责" closing an item: X is its unit (responsible / lead).
    r = _run("3月1日，某县人代会闭幕。2029年某县3件民生实事分别是：新建县第二幼儿园，由县教育局负责；"
             "改造农村公路80公里，由县交通运输局牵头负责；新增停车位500个。\n")
    assert [[(u.name, u.role) for u in t.units] for t in r.tasks] == [
        [("县教育局", "responsible")], [("县交通运输局", "lead")], []]
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}


def test_sections_over_sub_items_or_a_body_line_give_the_leaves():
    # "一、…" sections, each over "（一）…" sub-items counted afresh, or over one line of its
    # own: the sub-items and the lone lines are the items, the section headings are none.
    r = _run("某市2029年为民办实事项目计划的主要内容是：\n一、实施公交便民工程\n(一)新购置新能源公交车150辆\n"
             "(二)新建公交候车亭80座\n二、实施城中村改造\n完成城中村征迁1.5万户\n三、改善农村生活条件\n"
             "(一)建成农村公路90公里\n(二)改造危桥6座\n")
    assert _titles(r) == ["新购置新能源公交车150辆", "新建公交候车亭80座", "实施城中村改造",
                          "建成农村公路90公里", "改造危桥6座"], _titles(r)
    assert "完成城中村征迁1.5万户" in r.tasks[2].text
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}


def test_a_counted_list_of_projects_then_a_list_of_shishi_in_one_paragraph():
    # "N项重点建设项目为：A、B…" then "N件实事为：…" in the same paragraph: both lists; a name
    # split at 、 whose pieces lack the word most names end in joins the name after it.
    r = _run("今年，某县决定实施3项重点建设项目和3件惠民实事。\n"
             "3项重点建设项目为：城东污水管网、泵站、提升工程、县体育中心建设工程、城北路网工程。"
             "3件惠民实事为：新建幼儿园2所、改造农贸市场1个、为老年人免费体检。\n")
    texts = [t.text for t in r.tasks]
    assert texts == ["城东污水管网、泵站、提升工程", "县体育中心建设工程", "城北路网工程",
                     "新建幼儿园2所", "改造农贸市场1个", "为老年人免费体检"], texts
    r = _run("去年，某县3项重点建设项目为：城东污水管网工程、县体育中心建设工程、城北路网工程，均已建成。\n")
    assert not any(t.text == "县体育中心建设工程" for t in r.tasks), [t.text for t in r.tasks]


def test_items_after_a_namely_further_on_in_the_naming_sentence():
    r = _run("2029年，某县将办好五件民生实事。这五件实事涉及教育、交通、养老等领域，件件与群众生活密切相关，"
             "即投资800万元，新建城南幼儿园；投资1200万元，改造农村公路60公里；投资300万元，建设养老服务中心；"
             "投资500万元，新增公共停车位600个；投资200万元，为老年人免费体检。\n")
    assert len(r.tasks) == 5 and "新建城南幼儿园" in r.tasks[0].text, [t.text for t in r.tasks]
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}


def test_the_first_item_after_the_colon_then_one_item_a_line():
    # "这N件实事具体包括：A。" then the other N-1 items one a line, with no numbers.
    text = ("2030年，某省将集中财力办好四件惠民实事。\n这四件惠民实事具体包括：实施“乡村学校午餐计划”，让农村学生吃上营养餐。\n"
            "实施“光明行动”，为2万名白内障患者免费手术。\n加强农村饮水工程建设，解决50万人饮水安全问题。\n"
            "新建城市社区养老服务中心100个，新增床位5000张。\n")
    r = _run(text)
    assert len(r.tasks) == 4 and r.tasks[0].text.startswith("实施“乡村学校午餐计划”"), [t.text for t in r.tasks]
    assert {t.deadline for t in r.tasks} == {date(2030, 12, 31)}
    # Fewer lines than the list says: none of them.
    r = _run(text.replace("新建城市社区养老服务中心100个，新增床位5000张。\n", "记者：某某\n"))
    assert not any(t.text.startswith("实施“光明行动”") for t in r.tasks), [t.text for t in r.tasks]


def test_a_numbered_heading_naming_the_lists_contents_over_its_items():
    # "一、纳入民生实事项目管理的内容" then "(一)…(二)…": the items, due at the end of 今年.
    text = ("某市人民政府办公厅关于2029年民生实事项目考核工作的通知\n"
            "为确保人代会票选的3件民生实事如期完成，市政府决定，今年继续开展考核。现将有关事项通知如下：\n"
            "一、纳入民生实事项目管理的内容\n(一)改造提升农村公路300公里。\n(二)新建城市公园15个。\n"
            "(三)为全市65岁以上老年人免费体检。\n二、考核方式\n(一)实行季度通报。\n(二)年底集中考核。\n")
    r = _run(text)
    texts = [t.text for t in r.tasks]
    assert any("改造提升农村公路300公里" in x for x in texts) and any("免费体检" in x for x in texts), texts
    assert {t.deadline for t in r.tasks if "公园" in t.text} == {date(2029, 12, 31)}
    # A heading on how the list is assessed names no items.
    r = _run(text.replace("一、纳入民生实事项目管理的内容", "一、民生实事考核内容"))
    assert not any("新建城市公园15个" in t.text for t in r.tasks), [t.text for t in r.tasks]


def test_names_before_the_words_making_them_the_years_list():
    r = _run("日前，某镇人民代表大会对2029年镇政府提交的8项民生实事进行票决，最终选出了镇卫生院改造项目、"
             "老街雨污分流项目、中心小学操场提升项目等6个项目确定为今年的民生实事。\n")
    assert _titles(r) == ["镇卫生院改造项目", "老街雨污分流项目", "中心小学操场提升项目"], _titles(r)
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}
    r = _run("2028年，某镇镇卫生院改造项目、老街雨污分流项目、中心小学操场提升项目等6个项目已全部建成。\n")
    assert not any(t.title == "老街雨污分流项目" for t in r.tasks), _titles(r)


def test_the_title_line_of_the_paper_giving_a_counted_list_over_its_numbered_items():
    # "2029年20件民生实事项目安排意见" on its own line, then "一、…" sections over "1.…" items.
    r = _run("关于印发2029年3件民生实事项目安排意见的通知\n各县(市、区)人民政府:\n现将安排意见印发给你们，请认真贯彻执行。\n"
             "2029年3件民生实事项目安排意见\n一、交通出行\n1.完善城区公交线路。新增公交线路5条。\n"
             "2.建设公共停车场。建成停车场4个。\n二、教育卫生\n3.新建城东小学。完成主体工程。\n")
    assert [t.title for t in r.tasks] == ["完善城区公交线路", "建设公共停车场", "新建城东小学"], _titles(r)
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}


def test_a_vote_result_names_its_list_after_the_items():
    r = _run("某市票决产生2029年市政府8项民生实事项目\n"
             "在3月5日举行的市人大会议全体会议上,代表以无记名投票方式进行差额表决,最终票决出:"
             "新建城北幼儿园;实施老旧小区改造,惠及居民3000户;增设公共停车泊位600个;建设社区食堂10个,"
             "为我市2029年市政府8项民生实事项目。\n代表们纷纷表示期待这些工作尽快落到实处。\n")
    assert _titles(r) == ["新建城北幼儿园", "实施老旧小区改造", "增设公共停车泊位600个", "建设社区食堂10个"]
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}
    assert not any(t.units for t in r.tasks)


def test_a_headline_closing_on_the_list_choice_hands_over_to_numbered_items():
    r = _run("县人代会闭幕式上代表票选表决县政府2029年度三件民生实事项目 正式出炉!\n"
             "一、农村道路提升工程\n硬化村内道路5万平方米。\n"
             "二、城区供水改造工程\n改造供水管网12公里。\n"
             "三、乡镇卫生院提质工程\n为10所卫生院配备设备。\n")
    assert len(r.tasks) == 3, _titles(r)
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}


def test_named_items_run_together_in_one_paragraph_after_a_closing_sentence():
    r = _run("从省政府新闻发布会上获悉,今年,某省继续实施4项民生工程。\n"
             "棚户区改造工程。新开工2万套,改善群众居住条件。 老旧小区改造工程。改造老旧小区300个。"
             " 城市停车设施建设工程。新增公共停车位2万个以上。 农村厕所改造提升工程。新建农村公共厕所2000座。\n"
             "发布会还介绍了其他情况。\n")
    assert [t.title.split("。")[0] for t in r.tasks] == [
        "棚户区改造工程", "老旧小区改造工程", "城市停车设施建设工程", "农村厕所改造提升工程"]
    assert len({t.deadline for t in r.tasks}) == 1 and not any(t.units for t in r.tasks)


def test_a_paragraph_not_opening_with_a_named_item_is_no_run():
    r = _run("今年,某省继续实施3项民生工程。\n"
             "全省上下要高度重视。棚户区改造工程。老旧小区改造工程。城中村改造工程。\n")
    assert not any("改造工程" in t.text for t in r.tasks)


def test_a_headline_run_into_the_body_does_not_hide_the_closing_sentence():
    # The page's headline and its "原标题:" line run into the report's first paragraph: the colon
    # there hands over to nothing, and the long sentence closing the paragraph names the list.
    r = _run("某省2029年“八件民生实事”发布\n原标题:某省2029年“八件民生实事”发布\n"
             "本报讯 2月3日,某省第九届人民代表大会第二次会议开幕,省长在政府工作报告中表示,围绕群众"
             "急难愁盼,某省将在2029年集中力量办好以下“八件民生实事”。\n"
             "(1)新建公办幼儿园80所。\n(2)为全省70岁以上老年人免费体检一次。\n(3)改造农村公路3000公里。\n")
    assert [t.text for t in r.tasks] == ["(1)新建公办幼儿园80所", "(2)为全省70岁以上老年人免费体检一次",
                                         "(3)改造农村公路3000公里"], _titles(r)
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}


def test_names_counted_before_the_words_making_them_the_list_go_to_the_unit_named_after():
    r = _run("3月5日,某镇第四届人民代表大会第三次会议举行,依法票决出甲村道路硬化项目、乙村污水处理项目、"
             "丙水库除险加固工程共3个项目,总投资900多万元,作为2029年人大重点跟踪监督的民生实事项目,"
             "交由镇人民政府组织实施,接受代表监督。\n")
    assert _titles(r) == ["甲村道路硬化项目", "乙村污水处理项目", "丙水库除险加固工程"]
    assert all(t.deadline == date(2029, 12, 31) and [u.name for u in t.units] == ["镇人民政府"] for t in r.tasks)
    # The same names reported as built: no list.
    r = _run("甲村道路硬化项目、乙村污水处理项目、丙水库除险加固工程共3个项目,作为2028年的民生实事项目,"
             "已全部建成投用。\n")
    assert not any(t.title in ("甲村道路硬化项目", "乙村污水处理项目") for t in r.tasks), _titles(r)


def test_a_progress_report_on_the_years_list_gives_its_items_to_the_unit_it_names():
    r = _run("2029年,区园林绿化局共承办重要民生实事项目3项,具体项目进展情况如下:\n"
             "1.新建口袋公园10处,方便群众就近休闲。\n进展情况:(1).城北2处已完成建设。(2)城南8处于6月3日进场施工,正在进行铺装。\n"
             "2.改造老旧绿地5万平方米。\n进展情况:已完成设计招标。\n"
             "3.种植行道树2000株。\n进展情况:已完成。\n")
    assert _titles(r) == ["新建口袋公园10处", "改造老旧绿地5万平方米", "种植行道树2000株"]
    assert all(t.deadline == date(2029, 12, 31) and [u.name for u in t.units] == ["区园林绿化局"] for t in r.tasks)
    # A report of the same list with no progress account under its items stays a report.
    r = _run("2029年,区园林绿化局共承办重要民生实事项目2项,具体项目进展情况如下:\n"
             "1.新建口袋公园10处,已全部建成。\n2.改造老旧绿地5万平方米,已完成。\n")
    assert not any(t.title.startswith("新建口袋公园") and t.deadline == date(2029, 12, 31) for t in r.tasks), _titles(r)


def test_items_opening_with_their_names_take_the_dates_the_naming_paragraph_gives_them():
    r = _run("2029年,某街道将实施五件民生实事项目。除甲河整治项目在今年6月底前完成外,其余项目均计划在今年12月完成。"
             "项目内容具体包括:\n"
             "甲河整治项目:对甲河沿线污水及底泥进行清淤整治。\n"
             "公交站改造项目:对城南小学公交站进行升级改造。\n"
             "助老服务项目:开展居家养老服务,为老年人提供助餐服务。\n")
    assert [(t.title.split(":")[0], t.deadline.isoformat()) for t in r.tasks] == [
        ("甲河整治项目", "2029-06-30"), ("公交站改造项目", "2029-12-31"), ("助老服务项目", "2029-12-31")], _titles(r)
    # Lines after a colon that name no counted list are no items.
    r = _run("会议要求,具体包括:\n甲河整治项目:已完成清淤。\n公交站改造项目:已完成改造。\n")
    assert not any(t.title.startswith("甲河整治项目") for t in r.tasks), _titles(r)


def test_paragraphs_opening_with_a_heading_sentence_are_the_items_of_a_list_of_a_stated_year():
    r = _run("1月10日,某省人民代表大会开幕。据政府工作报告,2029年,某省将继续推出10件惠民实事。"
             "涉及就业、住房、教育等多个领域。\n"
             "稳定和扩大就业。实现城镇新增就业50万人以上,新增退役军人就业1万人。\n"
             "学前教育普及普惠能力提升。新建、改扩建200所幼儿园。\n"
             "科技助力乡村振兴。建设省级专家工作站30个。\n")
    assert [t.title for t in r.tasks] == ["稳定和扩大就业", "学前教育普及普惠能力提升", "科技助力乡村振兴"], _titles(r)
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}
    # With no year the headings may be a plan's chapters: no list.
    r = _run("记者从某省发改委了解到,某省将实施十大工程。\n特色产业打造工程。每个县重点发展2个主导产业。\n"
             "园区能级提升工程。建成10个开发区。\n")
    assert "园区能级提升工程" not in _titles(r), _titles(r)


def test_a_vote_from_candidates_names_the_years_list():
    # The candidates the vote chose from are no call for proposals; each item opens with its
    # slogan in quotation marks and a colon.
    r = _run("3月6日，某区人民代表大会闭幕。会议宣布了2029年民生实事项目票决结果。"
             "代表们从12项候选项目中差额票决出2029年某区十件民生实事项目，分别是：\n"
             "1.“出行无忧”：整治交通拥堵点，优化公交线路；\n2.“老有所养”：建设社区长者饭堂；\n"
             "3.“绿色空间”：建设口袋公园。\n")
    assert _titles(r) == ["“出行无忧”：整治交通拥堵点", "“老有所养”：建设社区长者饭堂", "“绿色空间”：建设口袋公园"]
    assert {t.deadline for t in r.tasks} == {date(2029, 12, 31)}, _titles(r)
    # A call for proposals among candidates stays no list.
    r = _run("现从各镇推荐的候选项目中征集2029年民生实事项目，分别是：\n1.建设幼儿园；\n2.改造公路。\n")
    assert r.tasks == [], _titles(r)


def test_items_counted_by_their_place_under_a_contents_heading():
    r = _run("关于认真办理某市2027年度5件实事的通知\n"
             "为确保2027年度5件实事落到实处，现将有关事项通知如下：\n一、实事内容\n"
             "第一件实事：新增城镇就业2万人。\n第二件实事：改造农村公路300公里。\n"
             "第三件实事：新建幼儿园4所。\n二、工作分工\n")
    assert [t.text for t in r.tasks] == ["第一件实事：新增城镇就业2万人", "第二件实事：改造农村公路300公里",
                                         "第三件实事：新建幼儿园4所"], _titles(r)
    assert {t.deadline for t in r.tasks} == {date(2027, 12, 31)}


def test_items_under_a_heading_naming_the_lists_tasks_by_category():
    r = _run("经市政府同意，现将2027年十个方面20项为民实事实施方案印发给你们。\n一、为民实事主要任务\n"
             "（一）交通出行方面\n1.新开公交线路。新开公交线路10条。\n2.道路改造。改造支路20条。\n"
             "（二）教育方面\n3.幼儿园建设。新建幼儿园3所。\n")
    assert _titles(r) == ["新开公交线路", "道路改造", "幼儿园建设"]
    assert {t.deadline for t in r.tasks} == {date(2027, 12, 31)}


def test_a_list_handed_over_by_a_sentence_closing_its_paragraph():
    r = _run("某省印发《2027年全省12件民生实事实施方案》\n"
             "《实施方案》明确12件民生实事计划安排资金3亿元，具体项目及资金安排如下。\n"
             "一、新增普惠性托位2000个。计划安排资金0.2亿元。\n二、新建公办幼儿园10所。计划安排资金1亿元。\n")
    assert _titles(r) == ["新增普惠性托位2000个", "新建公办幼儿园10所"]
    assert {t.deadline for t in r.tasks} == {date(2027, 12, 31)}


def test_expected_targets_one_a_line_are_the_years_items_and_run_on_in_a_sentence_one_task():
    r = _run("2027年全省经济社会发展的主要预期目标为：\n全省生产总值增长6%；\n财政收入增长5%；\n"
             "城镇登记失业率控制在4%以内。\n")
    assert _titles(r) == ["全省生产总值增长6%", "财政收入增长5%", "城镇登记失业率控制在4%以内"]
    assert {t.deadline for t in r.tasks} == {date(2027, 12, 31)}
    r = _run("2027年全市经济社会发展主要预期目标是：地区生产总值增长6%左右；财政收入增长5%；"
             "城镇登记失业率控制在4%以内。\n")
    # (Run on in one sentence, the targets are one task, as the golds since session 26 read them: target_sentence.)
    assert len(r.tasks) == 1 and r.tasks[0].text.endswith("城镇登记失业率控制在4%以内"), _titles(r)
    assert r.tasks[0].deadline == date(2027, 12, 31)


def test_items_under_a_numbered_heading_naming_the_years_main_indicators():
    r = _run("某市人民政府办公室关于下达2027年就业目标责任制的通知\n一、2027年全市促进就业目标责任制主要指标\n"
             "1、全市城镇新增就业3万人以上。\n2、全市新增农村劳动力转移就业2万人以上。\n"
             "二、各级政府要把扩大就业摆在突出位置。\n")
    assert _titles(r) == ["全市城镇新增就业3万人以上", "全市新增农村劳动力转移就业2万人以上"]
    assert {t.deadline for t in r.tasks} == {date(2027, 12, 31)}


def test_items_named_by_their_plans_in_title_marks():
    r = _run("某市人民政府办公室关于印发新建幼儿园等4件为民办实事方案的通知\n"
             "会议确定了2027年为民办好4件实事，实事方案为《新建幼儿园实施方案》《改造老旧小区实施方案》"
             "《新增停车位实施方案》和《农村饮水提升实施方案》，现印发你们，请认真组织实施。\n")
    assert _titles(r) == ["新建幼儿园实施方案", "改造老旧小区实施方案", "新增停车位实施方案", "农村饮水提升实施方案"]
    assert {t.deadline for t in r.tasks} == {date(2027, 12, 31)}


def test_items_under_numbers_set_on_lines_of_their_own_are_tasks_of_the_year():
    # A news page sets each number alone on its line, above the item; the words handing over
    # ("具体如下", arrows) before the first number are no items.
    r = _run("某区2029年十大民生实事项目出炉!\n\n最终选出\n\n10项民生实事\n\n具体如下\n\n👇👇\n\n"
             "01\n\n新建、改扩建6所公办学校;\n\n02\n\n统筹推进一批社区公园建设;\n\n"
             "03\n\n推动老旧电梯更新改造。\n\n票决后,区政府将加强各项保障。\n")
    assert _titles(r) == ["新建、改扩建6所公办学校", "统筹推进一批社区公园建设", "推动老旧电梯更新改造"]
    assert all(t.deadline == date(2029, 12, 31) for t in r.tasks)


def test_items_named_after_includes_split_at_commas_when_as_many_as_counted():
    r = _run("2029年某市十大民生实事项目票决产生。\n\n新选出的十大民生实事项目与群众生活息息相关,包括甲工程、乙工程、丙工程、"
             "丁工程、戊工程、己工程、庚工程、辛工程、壬工程、癸工程。这些项目涵盖多个领域。\n")
    assert _titles(r)[:2] == ["甲工程", "乙工程"] and len(r.tasks) == 10, _titles(r)
    assert all(t.deadline == date(2029, 12, 31) for t in r.tasks)


def test_a_counted_lists_lines_on_a_page_cut_after_them_are_its_items():
    # A news page cut after the first items of its ten (nothing follows them); each line an item
    # with its figures.
    r = _run("昨日,某省人代会开幕,政府工作报告提出2029年十大民生项目清单。具体如下:\n(相关资料图)\n"
             "推动保障性住房建设、旧城改造和适老化改造,建设筹集保障性租赁住房10万套,改造棚户区住房4万套,"
             "改造城镇老旧小区4000个以上,完成适老化改造2万户,让更多群众住有所居、住有宜居。\n"
             "实施人居环境提升工程,建设美丽乡村200个,新增治理农村黑臭水体170条,建改农村户厕15万户。\n"
             "完善养老服务体系,新建社区养老服务综合体100个,改造提升农村互助照料中心200个以上。\n")
    assert len(r.tasks) == 3 and r.tasks[1].title.startswith("实施人居环境提升工程"), _titles(r)
    assert all(t.deadline == date(2029, 12, 31) for t in r.tasks)
    r = _run("昨日,某省人代会开幕,政府工作报告提出2029年十大民生项目清单。具体如下:\n"
             "实施人居环境提升工程,建设美丽乡村200个。\n完善养老服务体系,新建社区养老服务综合体100个。\n"
             "新增托位4万个。\n记者从会上获悉,各项工作正在推进。\n")
    assert r.tasks == [], _titles(r)  # fewer than counted, and the page goes on: no list


def test_items_named_after_includes_and_a_comma_split_at_the_enumeration_comma():
    r = _run("某市2027年3件民生实事项目出炉\n\n2月3日，某市人民代表大会会议通过代表票决，确定了某市2027年3件民生实事项目。\n\n"
             "据了解，3件民生实事项目包括，老年人免费体检、背街小巷整治、城东公园打造。\n")
    assert _titles(r) == ["老年人免费体检", "背街小巷整治", "城东公园打造"]
    assert {t.deadline for t in r.tasks} == {date(2027, 12, 31)}
