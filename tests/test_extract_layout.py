"""PDF-copied layout, festival and farming-season deadlines, 文号 lines with 签发人."""

from datetime import date

from tracker.deadlines import find_deadlines, parse_deadline
from tracker.extract import extract_text
from tracker.extract.layout import unwrap

_W = 24  # page width of the invented wrapped text below


def _wrap(paragraph: str) -> list[str]:
    return [paragraph[i:i + _W] for i in range(0, len(paragraph), _W)]


def _wrapped_document() -> str:
    body = ("　　（一）整治河道堤防。开展堤防隐患排查整治，完成加固工程建设任务。"
            "（牵头单位：县水务局；责任单位：各乡镇（街道）人民政府；完成时限：2031年9月底前）")
    body2 = ("　　（二）推进灌区改造。完成中型灌区节水配套改造，提升灌溉水利用系数和"
             "管护水平。（牵头单位：县农业局；完成时限：2032年3月底前）")
    lines = ["秀川县人民政府办公室", "", "秀政办发〔2031〕5号", "",
             "秀川县人民政府办公室关于印发水利建设方案的通知", "", "各乡镇（街道）人民政府：", ""]
    lines += _wrap(body) + ["", "— 1 —", "", "秀川县人民政府办公室", ""] + _wrap(body2)
    lines += ["", "— 2 —", "", "秀川县人民政府办公室", "", "秀川县人民政府办公室", "2031年4月2日"]
    return "\n".join(lines)


def test_unwrap_joins_hard_breaks_and_drops_page_furniture():
    text = unwrap(_wrapped_document())
    assert "— 1 —" not in text
    assert "完成时限：2031年9月底前）" in text
    assert "各乡镇（街道）人民政府；" in text
    assert text.count("秀川县人民政府办公室") == 3  # masthead, title line, signature


def test_unwrap_leaves_ordinary_text_alone():
    text = "一、总体要求\n\n各部门要于2031年底前完成任务。\n\n二、保障措施\n加强领导。\n"
    assert unwrap(text) == text


def test_wrapped_dates_and_units_are_read_whole():
    x = extract_text(_wrapped_document())
    deadlines = sorted(str(t.deadline) for t in x.tasks)
    assert deadlines == ["2031-09-30", "2032-03-31"]
    names = {u.name for t in x.tasks for u in t.units}
    assert "各乡镇（街道）人民政府" in names and "人民政府" not in names


def test_festival_deadlines():
    issued = date(2029, 11, 1)
    assert parse_deadline("2030年春节前", issued).date == date(2030, 2, 2)
    # Due before the holiday week that opens on 1 October; with no year, the issue year.
    assert parse_deadline("2029年国庆节前", issued).date == date(2029, 9, 30)
    assert [dl.date for _, _, dl in find_deadlines("国庆节前完成第一轮督导", date(2029, 8, 1))] == [
        date(2029, 9, 30)]
    assert parse_deadline("元旦、春节期间", issued) is None


def test_farming_seasons_keep_the_phrase_without_a_date():
    hits = find_deadlines("秋收前，完成机具检修；汛期前完成排查。汛期实行值班。", date(2030, 5, 1))
    assert [(dl.text, dl.date, dl.precision) for _, _, dl in hits] == [
        ("秋收前", None, "relative"), ("汛期前", None, "relative")]
    # The freeze and the onset of winter are such seasons too; "前后" (around it) is none.
    hits = find_deadlines("封冻前必须完成秋翻秋整地；争取在入冬以前解决群众住房困难。上冻前后注意防滑。",
                          date(2030, 9, 1))
    assert [(dl.text, dl.date) for _, _, dl in hits] == [("封冻前", None), ("入冬以前", None)]
    # A school term's start and the holidays, which the notice does not date.
    hits = find_deadlines("开学初，各校要召开专题会议；开学后第一天上报自查表，开学第二周组织演练，"
                          "放假前开展安全教育。开学以来秩序良好，开学前后加强值守。", date(2030, 2, 1))
    assert [dl.text for _, _, dl in hits] == ["开学初", "开学后第一天", "开学第二周", "放假前"]
    hits = find_deadlines("确保在毕业生离校前完成体检；寒假前开展一次安全教育，暑假期间加强值守。", date(2030, 4, 1))
    assert [dl.text for _, _, dl in hits] == ["离校前", "寒假前"]
    # The same day's hour in an urgent notice: the phrase as written; a meeting's hour is none.
    hits = find_deadlines("请各村于今日下午17:30前上报受灾情况，今天上午9时召开调度会。", date(2030, 7, 3))
    assert [(dl.text, dl.date) for _, _, dl in hits] == [("今日下午17:30前", None)]


def test_doc_no_line_with_signer_opens_the_document():
    text = ("溪州市人民政府\n\n溪政字〔2030〕4号            签发人：某某\n\n"
            "关于调整补贴标准的请示\n\n市委：\n\n请各承办单位于2030年6月底前报送方案。\n\n"
            "溪州市人民政府\n2030年3月1日\n")
    x = extract_text(text)
    assert [d.doc_no for d in x.documents] == ["溪政字〔2030〕4号"]
    assert "签发人" not in (x.documents[0].title or "")
    assert [u.name for u in x.tasks[0].units] == ["各承办单位"]


def test_item_opening_with_a_reference_number_takes_its_content_as_title():
    from tracker.extract import extract_text

    text = ("甲市委督查室文件\n\n甲督办〔2030〕5号\n\n关于交办重点督办事项的通知\n\n各有关单位：\n\n"
            "（一）督办件编号：甲督〔2030〕第001号\n事项内容：完成老旧供水管网改造，消除爆管隐患。\n"
            "（承办单位：市水务局；协办单位：市财政局；办结时限：2030年11月30日）\n\n甲市委督查室\n2030年10月8日\n")
    t, = extract_text(text).tasks
    assert t.title.startswith("完成老旧供水管网改造")
    assert [(u.name, u.role) for u in t.units] == [("市水务局", "responsible"), ("市财政局", "support")]
    assert t.deadline.isoformat() == "2030-11-30"


def test_table_row_keeps_the_body_sentence_that_states_it():
    from tracker.extract import extract_text

    text = ("乙市人民政府文件\n\n乙政发〔2031〕3号\n\n乙市人民政府关于推进社区服务的实施意见\n\n各区政府：\n\n"
            "一、主要任务\n\n（一）完善社区服务。推进社区食堂建设，方便老年人就近就餐。另行研究其他事项。\n\n"
            "二、任务分工\n\n| 序号 | 重点任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
            "| 1 | 推进社区食堂建设 | 市民政局 | 2031年底前 |\n\n乙市人民政府\n2031年3月1日\n")
    t, = extract_text(text).tasks
    assert t.title == "推进社区食堂建设" and t.deadline.isoformat() == "2031-12-31"
    assert "推进社区食堂建设，方便老年人就近就餐。" in t.text and "另行研究" not in t.text
