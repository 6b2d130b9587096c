"""Who does a passage's work when its closing note names only a time, and other doers
named by the structure of a sentence rather than by a role note."""

from tracker.extract import extract_text

HEAD = "丁市农业局关于印发林地管护工作方案的通知\n\n丁市农业局\n2025年3月1日\n\n"


def units(body):
    return [[(u.name, u.role) for u in t.units] for t in extract_text(HEAD + body).tasks]


def test_time_only_note_takes_the_doer_of_the_passage_under_its_heading():
    # "完成时限：…" closes the item; the units are the subject of its first sentence,
    # under a heading standing on a line of its own.
    body = ("三、实施步骤\n\n（一）明确交接节点\n\n区级林业部门与各街镇做好交接对接。对已立项的项目做好验收。\n\n"
            "完成时限：2025年12月。\n\n（二）实施抚育项目\n\n区级林业部门会同各街镇制定年度计划，做好进度上报。\n\n"
            "完成时限：2026年6月。\n\n（三）加强资金保障\n\n加强沟通，研究制定新一轮扶持政策。\n\n完成时限：2026年1月。\n")
    assert units(body) == [
        [("区级林业部门", "responsible"), ("各街镇", "responsible")],
        [("区级林业部门", "lead"), ("各街镇", "support")],
        []]
