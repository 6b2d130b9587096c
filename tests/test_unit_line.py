"""The units line of a card: never "另1个单位"; a long first unit reads "X…等N个单位"."""

from tracker.unit_line import GAP, TAIL_GAP, fit_units


def measure(text: str, bold: bool) -> int:
    return len(text) * (11 if bold else 10)


def elide(text: str, bold: bool, width: int) -> str:
    keep = max(0, width // (11 if bold else 10) - 1)
    return text[:keep] + "…"


def test_all_units_fit():
    labels = [("○ 市财政局", False), ("○ 市科技局", False)]
    assert fit_units(labels, 500, measure, elide) == ([(0, "○ 市财政局"), (1, "○ 市科技局")], "")


def test_one_unit_left_is_named_not_counted():
    labels = [("○ 市财政局", False), ("○ 市长公开电话受理中心", False)]
    room = measure("○ 市财政局", False) + GAP + 80
    shown, tail = fit_units(labels, room, measure, elide)
    assert tail == "" and len(shown) == 2
    assert shown[1][1].startswith("○ 市") and shown[1][1].endswith("…")
    assert "1个单位" not in tail


def test_counted_rest_is_at_least_two():
    labels = [("○ 单位甲", False), ("○ 单位乙乙乙乙乙乙", False), ("○ 单位丙", False), ("○ 单位丁", False)]
    room = measure("○ 单位甲", False) + GAP + 70
    shown, tail = fit_units(labels, room, measure, elide)
    assert shown == [(0, "○ 单位甲")] and tail == "另3个单位"


def test_long_first_unit_is_named_before_the_count_of_all():
    labels = [("○ 市政务服务中心管理办（牵头）", True), ("○ 市直有关部门", False), ("○ 各县区", False)]
    room = 180
    shown, tail = fit_units(labels, room, measure, elide)
    assert tail == "等3个单位"
    assert shown[0][0] == 0 and shown[0][1].endswith("…")
    assert measure(shown[0][1], True) + TAIL_GAP + measure(tail, False) <= room


def test_nothing_fits():
    labels = [("○ 市政务服务中心管理办", False), ("○ 市直有关部门", False)]
    assert fit_units(labels, 30, measure, elide) == ([], "共2个单位")
