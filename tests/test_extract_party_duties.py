"""A responsibility agreement (目标责任书) between two parties, on a minimal invented text:
the items under "一、乙方保证完成以下目标任务" are the duties of the unit the agreement names
乙方, each due when the agreement's term ends unless it is dated; a sub-heading over items of
its own is no duty, and the preamble naming the term is none either."""

from datetime import date

from tracker.extract import extract_text

AGREEMENT = ("目标任务责任书\n甲方：某市人民政府\n乙方：某市高新区管委会\n"
             "为确保全市城乡环境整治各项任务圆满完成，甲、乙双方特签订2028-2029年城乡环境整治目标任务责任书。\n"
             "一、乙方保证完成以下目标任务\n（一）园林绿化方面的工作任务\n1、建成滨河生态公园一期工程。\n"
             "2、新建街头绿地8个，2028年底前完成主干道绿化提升。\n（二）污染整治方面的工作任务\n"
             "1、完成上级下达的主要污染物排放总量削减目标。\n二、甲方职责\n甲方负责对乙方目标任务完成情况进行考核。\n")


def test_items_under_a_partys_heading_are_that_units_duties():
    r = extract_text(AGREEMENT)
    got = [(t.title[:6], [(u.name, u.role) for u in t.units], t.deadline) for t in r.tasks]
    assert got == [("建成滨河生态", [("某市高新区管委会", "responsible")], date(2029, 12, 31)),
                   ("新建街头绿地", [("某市高新区管委会", "responsible")], date(2028, 12, 31)),
                   ("完成上级下达", [("某市高新区管委会", "responsible")], date(2029, 12, 31))], got


def test_a_partys_heading_with_no_party_named_gives_nothing():
    r = extract_text(AGREEMENT.replace("乙方：某市高新区管委会\n", ""))
    assert all(not t.units or t.units[0].name != "某市高新区管委会" for t in r.tasks)
    assert not any(t.title.startswith("建成滨河生态") for t in r.tasks), [t.title for t in r.tasks]
