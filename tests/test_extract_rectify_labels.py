"""A problem list whose blocks close on a 整改 label line naming the unit and its time
limit ("问题整改责任单位：X 整改时限：3天"): each block is a task of that unit (invented list)."""

from tracker.extract import extract_text

LIST = "\n".join([
    "督查发现问题清单",
    "具体问题如下:",
    "1. 市图书馆",
    "(1)院内电动车未按指定区域停放;",
    "(2)灭火器过期未更换。",
    "问题整改责任单位:市图书馆 整改时限:3天",
    "2. 市中心医院",
    "(1)院内禁烟标识数量不达标。",
    "整改责任单位:市卫健委 整改时限:5天",
])


def test_rectification_label_lines_close_their_blocks():
    got = [([u.name for u in t.units], t.deadline_text) for t in extract_text(LIST).tasks]
    assert got == [(["市图书馆"], "3天"), (["市卫健委"], "5天")]
