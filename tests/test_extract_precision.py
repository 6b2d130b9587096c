"""Text that reads like a dated duty but is none: a news page telling what a document
lays down, a report's name heading its page, page furniture hidden by a pinyin gloss, and
a progress cell taken for a unit. Each on a minimal text invented for the test."""

from tracker.extract import extract_text
from tracker.extract.clean import clean_lines

HEAD = ("丙政办发〔2027〕3号\n\n丙县人民政府办公室关于做好若干工作的通知\n\n各镇人民政府：\n\n")
SIGN = "\n\n丙县人民政府办公室\n2027年2月6日\n"


def run(body: str):
    return extract_text(HEAD + body + SIGN)


def titles(r):
    return [t.title for t in r.tasks]


def test_a_news_report_of_what_a_document_lays_down_is_no_task():
    r = run("《通知》明确了8件实事的完成时限和主要责任单位，其中6件实事要求在今年11月底前完成。\n\n"
            "《通知》要求，今年11月底前，县经信局要新增发放卡片500张。")
    assert [(t.deadline.isoformat(), [u.name for u in t.units]) for t in r.tasks] \
        == [("2027-11-30", ["县经信局"])], titles(r)


def test_a_document_named_as_the_subject_of_its_plans_is_no_task():
    r = run("一、统一思想抓落实。《政府工作报告》对2027年全县经济社会发展作出的安排部署，"
            "必须不折不扣抓好落实。县政府各部门要于6月底前完成目标任务的细化分解。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-06-30"], titles(r)


def test_a_report_that_states_a_duty_of_its_own_keeps_it():
    r = run("《方案》明确了整治重点，各镇要于2027年4月30日前完成排查。")
    assert [t.deadline.isoformat() for t in r.tasks] == ["2027-04-30"], titles(r)


def test_a_progress_report_name_heading_its_page_is_no_task():
    for text in ("发布时间:2027-05-06 10:00\n访问次数:\n2027年县政府十方面民生实事进展情况登记表\n"
                 "各镇要于2027年5月31日前报送二季度工作完成情况。\n",
                 "2027年县政府重点工作任务一季度完成情况\n来自:\n"
                 "各镇要于2027年5月31日前报送二季度工作完成情况。\n"):
        r = extract_text(text)
        assert [t.title for t in r.tasks] == ["各镇要于2027年5月31日前报送二季度工作完成情况"], titles(r)


def test_a_glossed_furniture_line_is_dropped_once_its_gloss_is_cut():
    lines = ["瀏覽次數(shù): 來源:丙縣政府辦公室 時(shí)間:2027-06-16 16:01", "推進(jìn)項(xiàng)目建設(shè)"]
    out, norms = clean_lines(lines)
    assert out == ["推進項目建設"] and norms == ["推进项目建设"]


def test_an_empty_counter_and_a_source_line_are_furniture():
    out, _ = clean_lines(["访问次数:", "来自:", "各镇要于6月底前完成。"])
    assert out == ["各镇要于6月底前完成。"]


def test_a_progress_phrase_after_the_unit_cell_is_no_unit():
    text = ("2027年县政府重点工作任务完成情况\n"
            "序号 重点工作任务 牵头责任单位 一季度完成情况\n"
            "1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%\n"
            "2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%\n"
            "3 财政收入增长3.7%以上。 县财政局、县税务局 财政收入增长4.8%\n")
    r = extract_text(text)
    units = [[u.name for u in t.units] for t in r.tasks]
    assert units == [["县发改委"], ["县工信局"], ["县财政局", "县税务局"]], units
