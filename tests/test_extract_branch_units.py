"""Names that head a unit's duties in a duty section: an office with its acting branch in
brackets ("区公安分局（交管）"), a development zone (经开区), 各 over two kinds of local
government ("各街道、镇")."""

import pytest

from tracker.extract import extract_text
from tracker.extract.unit_names import looks_like_unit


@pytest.mark.parametrize("name, ok", [
    ("区公安分局(交管)", True), ("经开区", True), ("各街道、镇", True), ("各乡、镇", True),
    ("市财政局(牵头)", False), ("市财政局(暂定)", False), ("市财政局(下同)", False),
])
def test_names(name, ok):
    assert looks_like_unit(name) is ok


def test_duty_section_headed_by_such_names():
    r = extract_text("关于印发某某工作方案的通知\n\n三、职责分工\n\n（一）区公安分局（交管）\n\n对运输车辆实施动态巡查。\n\n"
                     "（二）各街镇、经开区\n\n落实属地管理责任。\n\n各街道、镇作为本辖区的责任主体，负责日常监管。\n\n"
                     "四、保障措施\n\n加强宣传。")
    got = [[(u.name, u.role) for u in t.units] for t in r.tasks]
    assert [("区公安分局（交管）", "responsible")] in got
    assert [("各街镇", "responsible"), ("经开区", "responsible")] in got


def test_a_dated_stage_after_the_duty_section_takes_no_unit_from_its_last_heading():
    r = extract_text("关于印发某某工作方案的通知\n\n三、职责分工\n\n（一）区绿化市容局\n\n开展行业部署。\n\n"
                     "（二）各街镇、经开区\n\n落实属地管理责任。\n\n四、时间安排\n\n"
                     "（一）动员部署阶段（2026年4月底前）：全面部署任务。\n\n（二）集中整治阶段（2026年5-7月）：开展巡查。")
    stages = [t for t in r.tasks if "阶段" in t.text]
    assert stages and all(t.units == [] for t in stages)
