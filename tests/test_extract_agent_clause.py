"""A dated sentence that names no subject of its own gives its duty to the units a later clause
names after 由, whatever the verb ("…期间，由X举行…", "…，由X统一收集汇总…，于D前报送…")."""

from tracker.extract import extract_text


def units_of(body):
    doc = "关于做好有关工作的通知\n各有关单位：\n" + body + "\n某某局\n2020年3月1日\n"
    tasks = extract_text(doc).to_contract()["tasks"]
    assert tasks, body
    return [(u["name"], u["role"]) for u in tasks[0]["units"]]


def test_agent_after_a_time_and_a_setting():
    assert units_of("（三）9月份，在文化节期间，由区人民政府举行表彰仪式，并颁发证书。") == [("区人民政府", "responsible")]


def test_agent_after_a_clause_of_another_actor():
    assert units_of("二、开设一块展板。县局统一设计展板内容，由各乡镇文化站在本地选择合适位置张贴，并于8月底前拍照报县局。") \
        == [("各乡镇文化站", "responsible")]
    assert units_of("3.审核通过后，由各区县统一收集汇总并填写汇总表，于10月20日前将材料报送市科技局。") == [("各区县", "responsible")]


def test_agent_who_works_with_partners_leads():
    assert units_of("（一）违法建设：按照有关规定，由街道办事处拟定整治方案；会同区城管局开展核查，于2021年6月30日前完成处置。") \
        == [("街道办事处", "lead"), ("区城管局", "support")]


def test_a_person_of_the_office_is_no_agent_unit():
    assert units_of("二是健全月度例会制度。由管委会常务副主任负责召集，每月5日前召开一次。") == []

