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
