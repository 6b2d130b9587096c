"""Duties divided among units: a run of items each opening with a different named unit and its
duty verb is a list of handed-out tasks, one per doer, dated or not; a run of exhortations to
collectives ("各地各部门要…", "各牵头单位要…") and an issuer's headed paragraphs are not. Each on a
minimal notice invented for the test."""

from notice_helpers import run, titles


def _units(r):
    return [[u.name for u in t.units] for t in r.tasks]


def test_numbered_items_each_opening_with_a_doer_are_tasks():
    r = run("关于开展春季爱国卫生运动的通知\n各单位：\n为改善环境卫生，具体要求如下：\n"
            "1、机关各科室负责打扫本科室办公室卫生。\n"
            "2、后勤中心负责做好道路、广场的清扫保洁工作；负责清运生活垃圾。\n"
            "3、基建科负责督促施工单位清理建筑垃圾。\n"
            "4、各社区要组织居民清理楼道杂物。\n特此通知。")
    assert _units(r) == [["机关各科室"], ["后勤中心"], ["基建科"], ["各社区"]], titles(r)
    assert all(t.deadline is None for t in r.tasks), titles(r)


def test_a_second_doer_inside_an_item_is_a_task_of_its_own():
    r = run("关于开展宣传周活动的通知\n各镇人民政府，县直各部门：\n一、活动内容\n"
            "（一）各镇在主要街道悬挂横幅，发放宣传资料。\n"
            "（二）县文化馆负责布置宣传展板。县广播电视台派员做好宣传报道工作。\n"
            "（三）县政务服务中心负责在电子显示屏上滚动播放宣传标语。\n")
    assert _units(r) == [["各镇"], ["县文化馆"], ["县广播电视台"], ["县政务服务中心"]], titles(r)


def test_lines_of_a_division_section_are_tasks():
    r = run("（二）细化职责分工\n房管所负责出租房屋的安全排查工作；\n经发办负责园区企业厂房的安全排查工作；\n"
            "社区办负责居民住宅的安全排查工作；\n财政所负责将排查经费纳入预算管理。\n")
    assert _units(r) == [["房管所"], ["经发办"], ["社区办"], ["财政所"]], titles(r)


def test_exhortations_to_collectives_are_no_division():
    r = run("三、工作要求\n（一）各地各部门要高度重视，加强组织领导。\n"
            "（二）各牵头单位要加强统筹协调，及时解决困难问题。\n（三）各责任单位要积极配合、主动作为。\n"
            "（四）市政府办公室将加强督查督办。\n")
    assert r.tasks == [], titles(r)


def test_headed_paragraphs_naming_doers_later_are_no_division():
    r = run("（一）提升处置能力。市规划局要编制消纳场所专项规划。\n"
            "（二）规范运输管理。市交通委要完善运输企业准入制度。\n"
            "（三）强化执法监管。市城管局要加强工地检查。\n")
    assert r.tasks == [], titles(r)
