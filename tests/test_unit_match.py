"""Near-duplicate unit names: the rules (tracker.unit_names) and the suggestions (tracker.unit_match)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.ledger_helpers import AS_OF, import_tasks, task
from tracker.review import rename_unit
from tracker.unit_match import (
    UnitIndex, contract_unit_names, near_duplicates, pair_key, store_merges, suggest_merges,
)
from tracker.unit_names import EXACT, INTERLEAVED, TRUNCATED, compare_names, name_parts

# (one spelling, another, expected score): the same unit written two ways.
SAME_UNIT = [
    ("东昌府区政府", "东昌府区人民政府", EXACT),             # 人民政府 ↔ 政府
    ("甲乙县政府", "甲乙县人民政府", EXACT),
    ("市政府办公室", "市人民政府办公室", EXACT),
    ("市政府办", "市人民政府办公室", EXACT),                  # and 办公室 ↔ 办
    ("市法院", "市人民法院", EXACT),                          # 人民 left out of courts
    ("县检察院", "县人民检察院", EXACT),
    ("市发展改革委", "市发展和改革委员会", EXACT),            # 委员会 ↔ 委, 和 left out
    ("市住房城乡建设局", "市住房和城乡建设局", EXACT),
    ("市市场监管局", "市市场监督管理局", EXACT),              # 监督管理 ↔ 监管
    ("高新区管委会", "高新区管理委员会", EXACT),
    ("市属开发区管委", "市属开发区管委会", EXACT),
    ("各县（市、区）政府", "各县(市、区)人民政府", EXACT),     # collectives: variants only
    ("区商务局", "區商務局", EXACT),                          # traditional characters
    ("市 财 政 局（本级）", "市财政局(本级)", None),           # width and spaces: one name already
    ("市残联", "市残疾人联合会", TRUNCATED),                  # 联合会 ↔ 联, first character
    ("市科协", "市科学技术协会", TRUNCATED),
    ("市食药局", "市食品药品监督管理局", INTERLEAVED),        # abbreviation, characters in order
    ("市食药监局", "市食品药品监管局", INTERLEAVED),
    ("区发改局", "区发展和改革局", INTERLEAVED),
    ("市人社局", "市人力资源和社会保障局", INTERLEAVED),
    ("市人力社保局", "市人力资源和社会保障局", INTERLEAVED),
    ("市住建局", "市住房和城乡建设局", INTERLEAVED),
    ("市卫健委", "市卫生健康委员会", INTERLEAVED),
    ("市经信委", "市经济和信息化委员会", INTERLEAVED),
    ("县教体局", "县教育和体育局", INTERLEAVED),
    ("市文旅局", "市文化和旅游局", INTERLEAVED),
    ("市城管局", "市城市管理局", INTERLEAVED),
    ("市科技局", "市科学技术局", INTERLEAVED),
    ("市国资委", "市国有资产监督管理委员会", INTERLEAVED),
    ("市民宗局", "市民族宗教事务局", INTERLEAVED),
    ("市人防办", "市人民防空办公室", INTERLEAVED),
    ("市医保局", "市医疗保障局", INTERLEAVED),
    ("工信部", "工业和信息化部", INTERLEAVED),
    ("市食安办", "市食品安全委员会办公室", INTERLEAVED),
    ("县农机局", "县农业机械局", INTERLEAVED),
    ("省发改委", "省发展和改革委员会", INTERLEAVED),
    ("开发区管委会", "开发区管理委员会", EXACT),
    ("市组织部", "市委组织部", EXACT),                        # a party committee's department
    ("东昌府区统战部", "东昌府区委统战部", EXACT),
    ("市侨办", "市侨务办公室", TRUNCATED),
    ("市食药局", "市食药监局", TRUNCATED),                    # only generic words left off the end
    ("市国土局", "市国土资源局", TRUNCATED),
    ("市交通局", "市交通运输局", TRUNCATED),
    ("市应急局", "市应急管理局", TRUNCATED),
    ("市工商局", "市工商行政管理局", TRUNCATED),
    ("区市场局", "区市场监督管理局", TRUNCATED),
]

# Two different units whose names look alike.
DIFFERENT_UNITS = [
    ("市教育局", "市体育局"),                  # one character differs: another office
    ("市发展改革委", "市改革办"),              # different heads (委 / 办)
    ("市经信委", "市经信局"),
    ("市城管委", "市城管局"),
    ("县财政局", "市财政局"),                  # different levels
    ("区住建局", "县住建局"),
    ("东昌府区政府", "甲乙县政府"),            # two counties
    ("区政府", "东昌府区政府"),
    ("东昌府区政府", "各县（市、区）政府"),     # a member and its collective
    ("市财政局", "市直有关部门"),
    ("市教育局", "市教育和体育局"),            # only the part before 和: another unit
    ("市文化局", "市文化和旅游局"),
    ("市科技局", "市科技和信息化局"),
    ("区科技局", "区科技和经信局"),
    ("市农业局", "市农业农村局"),              # the end left off is another function
    ("市农业局", "市农业机械局"),
    ("市国土局", "市国土房管局"),
    ("市政府办", "市政府法制办"),              # a parent organ's own office is not a short form
    ("市委办", "市委编办"),
    ("市政府", "市政府办"),
    ("市政局", "市财政局"),                    # the first character must match
    ("市体育局", "市教育和体育局"),
    ("市卫计委", "市卫生健康委"),
    ("市国土资源局", "市自然资源和规划局"),
    ("区国土分局", "区国土局"),                # 分局 is not 局
    ("市人民医院", "市医院"),                  # 人民 stays in other names
    ("市人民银行", "市银行"),
    ("市水利局", "市水务局"),
    ("市商务局", "市商业和粮食局"),
    ("县教体局", "县教育局"),
    ("市食安办", "市食安委"),
    ("市检察院", "市法院"),
    ("市政府", "市委"),
    ("省教育厅", "市教育局"),
    ("市委宣传部", "市委组织部"),
    ("市纪委", "市委"),
    ("高新区管委会", "开发区管委会"),
    ("市公安局", "市公共资源交易中心"),
    ("市税务局", "市地方税务局"),
    ("市妇联", "市残联"),
    ("市人大", "市人民政府"),
    ("市委组织部", "市委宣传部"),
    ("市委政法委", "市政法委员会办公室"),
    ("团市委", "市委"),
]


@pytest.mark.parametrize("a,b,score", SAME_UNIT)
def test_same_unit_pairs(a, b, score):
    for x, y in ((a, b), (b, a)):
        m = compare_names(x, y)
        if score is None:
            assert m is None    # equal as written: nothing to merge
        else:
            assert m is not None and m.score == score, (x, y, m)
            assert m.reason


@pytest.mark.parametrize("a,b", DIFFERENT_UNITS)
def test_different_unit_pairs(a, b):
    assert compare_names(a, b) is None
    assert compare_names(b, a) is None


def test_reasons_name_the_rule():
    assert compare_names("东昌府区政府", "东昌府区人民政府").reason == "写法不同：“人民政府”与“政府”"
    assert compare_names("市政府办", "市人民政府办公室").reason == "写法不同：“人民政府”与“政府”、“办公室”与“办”"
    assert compare_names("市发展和改革委员会", "市发展改革委").reason == "写法不同：“委员会”与“委”、省去“和”字"
    assert compare_names("开发区管委会", "开发区管理委员会").reason == "写法不同：“管理委员会”与“管委会”"
    assert compare_names("各县(市、区)人民政府", "各县（市、区）政府").reason == "写法不同：全角/半角、“人民政府”与“政府”"
    assert compare_names("市法院", "市人民法院").reason == "写法不同：省去“人民”"
    assert compare_names("市组织部", "市委组织部").reason == "写法不同：省去党委的“委”"
    assert "繁体" in compare_names("區商務局", "区商务局").reason
    assert "简称" in compare_names("市食药局", "市食品药品监督管理局").reason
    assert "省去了“资源”" in compare_names("市国土局", "市国土资源局").reason


def test_name_parts():
    p = name_parts("东昌府区人民政府")
    assert (p.level, p.body, p.head, p.key) == ("东昌府区", "", "政府", "东昌府区政府")
    p = name_parts("市发展和改革委员会")
    assert (p.level, p.body, p.raw_body, p.head) == ("市", "发展改革", "发展和改革", "委")
    assert name_parts("各县（市、区）政府").collective and not name_parts("市财政局").collective


def _index():
    return UnitIndex([
        (1, "市食品药品监管局", "department", ["市食药监局"]),
        (2, "市教育局", "department", []),
        (3, "市体育局", "department", []),
        (4, "各县（市、区）政府", "collective", []),
        (5, "甲县政府", "county", []),
        (6, "市科学技术委", "department", []),
        (7, "市科学普及委", "department", []),
        (8, "县食品药品监管局", "department", []),
    ], members=[(4, 5)])


def test_suggest_known_unit_through_canonical_or_alias():
    idx = _index()
    s = idx.suggest("市食药局")
    assert (s.target, s.unit_id, s.score) == ("市食品药品监管局", 1, INTERLEAVED)
    s = idx.suggest("县食药局")
    assert s.unit_id == 8                        # the same level only
    assert idx.suggest("市食药监局") is None     # known already (alias)
    assert idx.suggest("市卫生局") is None       # nothing fits
    assert idx.suggest("甲县人民政府").unit_id == 5
    assert idx.suggest("各县(市、区)人民政府").unit_id == 4


def test_no_suggestion_when_two_units_fit_equally():
    idx = _index()
    assert [c[0] for c in idx.candidates("市科委")] == [6, 7]
    assert idx.suggest("市科委") is None


def test_dismissed_pair_is_not_suggested_again():
    idx = _index()
    assert idx.suggest("市食药局", {pair_key("市食药局", "市食品药品监管局")}) is None


def test_suggest_merges_known_then_pairs_within_the_import():
    names = {"东昌府区政府": 6, "东昌府区人民政府": 1, "市食药局": 1, "市教育局": 3, "乙县政府": 1, "丙县政府": 1}
    out = suggest_merges(names, _index())
    assert [(s.name, s.target, s.unit_id) for s in out] == [
        ("市食药局", "市食品药品监管局", 1),
        ("东昌府区人民政府", "东昌府区政府", None),     # the more used spelling is kept
    ]
    assert out[1].reason == "同一文件中的两种写法，写法不同：“人民政府”与“政府”"


def test_pairs_within_keep_the_fuller_name_on_a_tie_and_skip_ambiguity():
    out = suggest_merges({"丁区发改局": 1, "丁区发展和改革局": 1}, UnitIndex([]))
    assert [(s.name, s.target) for s in out] == [("丁区发改局", "丁区发展和改革局")]
    out = suggest_merges({"市科委": 1, "市科学技术委": 1, "市科学普及委": 1}, UnitIndex([]))
    assert out == []


def test_shipped_directory_has_no_near_duplicates_and_matches_seed_spellings():
    idx = UnitIndex.of_file()
    assert near_duplicates(idx, {}) == []
    assert idx.suggest("市食药局").target == "市食品药品监管局"
    assert idx.suggest("市人力社保局").target == "市人力资源社会保障局"
    assert idx.suggest("市体育局") is None


def test_near_duplicates_skip_members_of_one_collective():
    idx = UnitIndex([
        (1, "市食品药品监管局", "department", []), (2, "市食药局", "department", []),
        (3, "市直有关部门", "collective", []), (4, "市国土局", "department", []),
        (5, "市国土资源局", "department", []),
    ], members=[(3, 4), (3, 5)])
    out = near_duplicates(idx, {2: 5, 1: 1})
    assert [(s.name, s.target, s.other_id, s.unit_id) for s in out] == [("市食品药品监管局", "市食药局", 1, 2)]
    out = near_duplicates(idx, {2: 5})     # the unused one is the older: its name is kept
    assert [(s.name, s.target) for s in out] == [("市食药局", "市食品药品监管局")]
    assert near_duplicates(idx, {}, {pair_key("市食药局", "市食品药品监管局")}) == []
    ambiguous = UnitIndex([(1, "市科委", "department", []), (2, "市科学技术委", "department", []),
                           (3, "市科学普及委", "department", [])])
    assert near_duplicates(ambiguous, {1: 3}) == []


def test_contract_unit_names_and_rename_unit():
    tasks = [{"units": [{"name": "市食药局", "role": "responsible"}, {"name": "市财政局", "role": "support"}]},
             {"units": [{"name": "市食品药品监管局", "role": "support"}, {"name": "市食药局", "role": "lead"}]},
             {"units": []}]
    assert contract_unit_names({"tasks": tasks}) == {"市食药局": 2, "市财政局": 1, "市食品药品监管局": 1}
    assert rename_unit(tasks, "市食药局", "市食品药品监管局") == [0, 1]
    assert tasks[0]["units"][0] == {"name": "市食品药品监管局", "role": "responsible"}
    assert tasks[1]["units"] == [{"name": "市食品药品监管局", "role": "lead"}]   # one, the stronger role


def test_store_merges_adds_aliases_and_merges_counts(ledger):
    import_tasks(ledger, task("甲", units=(("市食品药品监管局", "lead"),)),
                 task("乙", units=(("市食药局", "lead"),)))
    changes = store_merges(ledger, [("市食药局", "市食品药品监管局"), ("市无此局", "市没有的局")])
    uid = ledger.units.find("市食品药品监管局")
    assert ledger.units.find("市食药局") == uid
    assert "市食药局" in ledger.units.get(uid).aliases
    assert ledger.units.task_counts()[uid] == 2
    assert len(ledger.status.rows(AS_OF, unit="市食品药品监管局")) == 2
    assert "市食药局" in changes.message and "市无此局" not in changes.message
    assert ledger.units.find("市无此局") is None
    assert not store_merges(ledger, [("市食药局", "市食品药品监管局")])      # once only


UNIT_CHARS = "市县区省各有关人民政府办公室委员会局厅管理监督和与食品药品发展改革教育体育(（、）) 區"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=UNIT_CHARS, max_size=14), st.text(alphabet=UNIT_CHARS, max_size=14))
def test_compare_names_is_symmetric_and_total(a, b):
    m1, m2 = compare_names(a, b), compare_names(b, a)
    assert (m1 is None) == (m2 is None)
    if m1 is not None:
        assert m1.score == m2.score and m1.reason
    idx = UnitIndex([(1, a or "市某局", "department", [])])
    s = idx.suggest(b)
    assert s is None or s.unit_id == 1
