"""Names of units cut from running text: a party or league organization is a unit ("各级团组织",
"各系党组织"); words of the sentence never stand as one ("发至X" of a hand-in, "…提前熟悉会" cut
from 会议, "对X" of an object, "以学院为单位" of the unit each part is done by)."""

from tracker.extract import extract_text


def units_of(body: str) -> list[tuple[str, str]]:
    doc = "关于做好有关工作的通知\n各有关单位：\n" + body + "\n某某局\n2025年3月1日\n"
    tasks = extract_text(doc).to_contract()["tasks"]
    assert len(tasks) == 1, body
    return [(u["name"], u["role"]) for u in tasks[0]["units"]]


def test_party_and_league_organizations_are_units():
    assert units_of("各级团组织要于2025年4月10日前完成换届。") == [("各级团组织", "responsible")]
    assert units_of("各系党组织于2025年4月10日前报送名单。") == [("各系党组织", "responsible")]


def test_words_of_the_sentence_are_no_unit():
    assert units_of("二、电子版统一打包，于2025年3月29日前发至院团委组织部邮箱。") == []
    assert units_of("三、会议资料于2025年3月20日前领取，并请代表提前熟悉会议资料。") == []
    assert units_of("四、对养老机构是否使用自建房开展排查，于2025年8月25日前填报。") == []
    # The kind of unit each part is done by names none; the hand-in is then the addressees'.
    assert units_of("五、以学院为单位填写汇总表，于2025年12月22日前报送至学生处。") == [("各有关单位", "responsible")]
