"""Unit lists in the language of official documents: names cut right, roles read right."""

from tracker.extract.normalize import NText
from tracker.extract.units import parse_unit_list


def names_roles(text):
    nt = NText(text)
    return [(u.name, u.role) for u in parse_unit_list(nt, 0, len(nt.norm))]


def test_conjunction_after_deng_opens_the_collective():
    # "X、Y等和各省级人民政府负责": 和 joins the collective to the list, it is no part of its name.
    assert names_roles("市民政局、市财政局等和各县级人民政府负责") == [
        ("市民政局", "responsible"), ("市财政局", "responsible"), ("各县级人民政府", "responsible")]
    assert names_roles("省教育厅等以及各有关市政府负责")[-1] == ("各有关市政府", "responsible")
