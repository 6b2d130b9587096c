"""Note labels: 负责部门 names the responsible units, a field of another kind ends them."""

from tracker.extract import extract_text


def test_a_field_of_no_known_label_ends_the_unit_list():
    text = ("某省人民政府关于推广开放措施的通知\n2020年5月6日\n\n"
            "（一）放宽外资旅行社经营范围限制。（负责部门：文化和旅游厅、商务厅；适用范围：全省开发区）\n"
            "（二）简化进口设备通关手续。（负责部门：省海关，适用范围：综合保税区）\n")
    got = [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]
    assert got == [[("文化和旅游厅", "responsible"), ("商务厅", "responsible")],
                   [("省海关", "responsible")]]


def test_a_standing_limit_closing_a_note_is_no_unit():
    """"（责任单位：X，立行立改）": the 整改 note's standing limit is its time limit, not a unit."""
    text = ("某县巡察整改工作方案\n2027年4月8日\n\n"
            "1.清理超期未结账款，逐笔核实挂账原因。（责任单位：县财政局，立行立改）\n"
            "2.健全乡村公路养护制度。（责任单位：县交通运输局、各乡镇，立行立改、长期坚持）\n")
    got = [([(u.name, u.role) for u in t.units], t.deadline_text) for t in extract_text(text).tasks]
    assert [units for units, _ in got] == [[("县财政局", "responsible")],
                                           [("县交通运输局", "responsible"), ("各乡镇", "responsible")]], got


def test_a_person_in_brackets_after_a_labelled_unit_leaves_no_bracket_on_it():
    """"牵头单位：X（分管领导：Y）": the person's label ends X; the opening bracket before it is
    no part of X's name (it was read as "县住建局（")."""
    text = ("某县2027年重点工作任务分解\n2027年3月1日\n\n"
            "1.完成城区雨污分流改造12公里。\n牵头单位：县住建局（分管领导：周海涛）\n配合单位：县财政局\n"
            "完成时限：2027年11月底前\n")
    got = [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]
    assert got == [[("县住建局", "lead"), ("县财政局", "support")]], got
