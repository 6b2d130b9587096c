"""News pages: a headline restating a duty the body tells, a speaker's account, a condition with
its consequence and a year naming what was built are no tasks of their own (invented examples)."""

from datetime import date

from tracker.extract import extract_text
from tracker.extract.headlines import drop_headline
from tracker.extract.model import ExtractedTask


def _tasks(text: str) -> list:
    return [(t.deadline_text, t.text[:8]) for t in extract_text(text).tasks]


def test_a_headline_gives_way_to_the_body_task_due_the_same_day():
    head = ExtractedTask(None, "某州", "某州：300个项目拟定4月底集中开工", deadline_text="4月底")
    body = ExtractedTask(None, "今年", "今年全州第一批项目集中开工活动将于4月底举行", deadline_text="4月底")
    lines = ["某州：300个项目拟定4月底集中开工", "", "今年全州第一批项目集中开工活动将于4月底举行。"]
    assert drop_headline(None, "", lines, [head, body]) == [body]
    dated = ExtractedTask(None, "某州", head.text, deadline=date(2027, 4, 30), deadline_text="4月底")
    other = ExtractedTask(None, "各县", "各县4月底前完成", deadline=date(2027, 5, 31), deadline_text="5月底前")
    assert drop_headline(None, "", lines, [dated, other]) == [dated, other]


def test_a_headline_alone_or_a_numbered_first_line_stays():
    alone = "某桥正在施工 预计11月底完工\n\n网民留言：施工已有半年，请督促加快进度。\n"
    assert [t for t, _ in _tasks(alone)] == ["11月底"]
    item = ExtractedTask(None, "一", "1.各乡镇于5月底前完成摸底", deadline=date(2027, 5, 31), deadline_text="5月底前")
    other = ExtractedTask(None, "二", "各乡镇于5月底前上报", deadline=date(2027, 5, 31), deadline_text="5月底前")
    assert drop_headline(None, "", ["1.各乡镇于5月底前完成摸底"], [item, other]) == [item, other]


def test_a_documents_title_is_no_headline():
    first = ExtractedTask(None, "通知", "某局4月底前完成清理", deadline=date(2027, 4, 30), deadline_text="4月底前")
    other = ExtractedTask(None, "二", "各区4月底前报送", deadline=date(2027, 4, 30), deadline_text="4月底前")
    assert drop_headline(None, "关于清理工作的通知", ["某局4月底前完成清理"], [first, other]) == [first, other]


def test_a_speakers_account_a_condition_and_a_year_naming_what_was_built():
    text = ("他介绍，目前撤县设区前期准备工作正有序进行，同时还计划在4月底举行揭牌仪式。\n"
            "当然，2026年新建的100个口袋公园并不包含在公园总数之中。\n")
    assert _tasks(text) == []
    notice = ("关于申报验收的通知\n各省中医药管理局：\n请各建设单位于3月31日前申报验收。"
              "3月31日前仍未申报的，无特殊原因，我局将取消其建设单位资格。\n某局\n2027年2月1日\n")
    assert [t for t, _ in _tasks(notice)] == ["3月31日前"]


def test_a_part_of_the_headline_and_a_subtitle_give_way_too():
    part = ExtractedTask(None, "某市", "某市：这事4月中旬前要办好！", deadline_text="4月中旬前")
    body = ExtractedTask(None, "各乡镇", "各乡镇力争在清明节前清理垃圾，4月中旬前将庭院清理干净。", deadline_text="清明节前")
    lines = ["抽查了75个村！某市：这事4月中旬前要办好！", "", "为贯彻落实会议精神，某市作出部署。"]
    assert drop_headline(None, "", lines, [part, body]) == [body]
    sub = ExtractedTask(None, "时间", "时间为今年7月至12月 围绕指标量化评估", deadline=date(2027, 12, 31), deadline_text="今年7月至12月")
    later = ExtractedTask(None, "各地", "各地要于12月底前完成验收", deadline=date(2027, 12, 31), deadline_text="12月底前")
    assert drop_headline(None, "", ["我省启动普法总结验收", "时间为今年7月至12月 围绕指标量化评估"], [sub, later]) == [later]


def test_a_start_told_with_the_work_resumed_since():
    text = "今年7月，项目专项债资金到位后，目前已复工路段包括解放路、和平南路。\n"
    assert _tasks(text) == []
