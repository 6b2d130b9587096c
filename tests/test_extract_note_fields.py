"""Note labels: 负责部门 names the responsible units, a field of another kind ends them."""

from tracker.extract import extract_text


def test_a_field_of_no_known_label_ends_the_unit_list():
    text = ("某省人民政府关于推广开放措施的通知\n2020年5月6日\n\n"
            "（一）放宽外资旅行社经营范围限制。（负责部门：文化和旅游厅、商务厅；适用范围：全省开发区）\n"
            "（二）简化进口设备通关手续。（负责部门：省海关，适用范围：综合保税区）\n")
    got = [[(u.name, u.role) for u in t.units] for t in extract_text(text).tasks]
    assert got == [[("文化和旅游厅", "responsible"), ("商务厅", "responsible")],
                   [("省海关", "responsible")]]
