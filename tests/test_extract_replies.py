"""Replies to a citizen's message, a deputy's 建议 or a member's 提案: their promises are the
answering office's, named by a label, by the words opening its answer or by its signature
(invented examples)."""

from tracker.extract import extract_text


def _units(text: str) -> list:
    return [(t.deadline_text, [(u.name, u.role) for u in t.units]) for t in extract_text(text).tasks]


def test_the_words_opening_an_answer_name_its_office():
    text = ("网友留言：某路二期何时通车？\n"
            "某新区交通运输局回复：经核实，目前具备施工条件路段已进场施工。预计2027年底完工。\n")
    assert _units(text) == [("2027年底", [("某新区交通运输局", "responsible")])]


def test_a_label_names_the_office_over_its_signature():
    text = ("信件类型：意见建议\n内容：某国道何时修好？\n答复情况：\n"
            "答复单位：某区交通运输局    答复时间：2027-01-14 15:36\n"
            "尊敬的网友：您好，现将您关心的情况回复如下：该项目于2026年10月复工，预计2028年全线完工。\n"
            "某市某区交通运输局\n2027年1月14日\n")
    assert _units(text) == [("2028年", [("某区交通运输局", "responsible")])]


def test_a_signature_over_the_date_names_the_answering_office():
    text = ("某委员：\n你提出的《关于硬化自然村道路的提案》已交我们研究办理，现答复如下：\n"
            "剩余的38个村小组道路已于2027年6月30日完成勘察设计，计划在年底竣工投入使用。\n"
            "感谢您对交通运输工作的关心与支持。\n某县交通运输局\n2027年8月1日\n")
    assert _units(text) == [("年底", [("某县交通运输局", "responsible")])]


def test_the_first_person_reads_as_the_answering_office():
    text = ("网民朋友：您好！您反映的某路问题已收悉，现回复如下：\n"
            "我局将督促施工单位加快进度，力争2027年10月底前完工。\n"
            "回复单位：某市某区交通运输局 回复时间：2027-06-11\n")
    assert _units(text) == [("2027年10月底前", [("某市某区交通运输局", "responsible")])]


def test_each_answer_of_a_page_of_answers_keeps_its_office():
    text = ("某镇答复：\n某村污水处理项目已列入计划，近期将进场施工。\n"
            "市城投公司答复：\n某路拓宽工程计划于2027年9月底前完工。\n")
    assert _units(text) == [("2027年9月底前", [("市城投公司", "responsible")])]


def test_a_signed_notice_is_no_reply():
    text = ("关于做好政务新媒体管理工作的通知\n各区政府：\n"
            "请各区于2027年5月底前完成本地区政务新媒体清理，及时回应网民关切。\n"
            "对网民留言要在3个工作日内回复。全市政务新媒体年度报表于2027年12月底前公开。\n"
            "某市人民政府办公室\n2027年3月2日\n")
    found = _units(text)
    assert ("2027年12月底前", []) in found
    assert not any(name == "某市人民政府办公室" for _, units in found for name, _ in units)


def test_the_message_answered_is_no_task():
    text = ("网友留言\n"
            "关于某路何时继续施工的追问 2027-06-10 已回复\n"
            "交通局：去年你们回复说2026年底前完工，至今未动工，我们不满意。\n"
            "官方回复\n"
            "回复单位：某区交通运输局 回复时间：2027-06-11\n"
            "网民朋友：您好！现回复如下：该项目已复工，力争2027年10月底前完工。\n")
    assert _units(text) == [("2027年10月底前", [("某区交通运输局", "responsible")])]


def test_a_letter_under_its_label_is_no_task():
    text = ("信件信息\n建议\n某路东延工程\n某路东延已施工一年多，听说2027年5月底通车，希望加快。\n"
            "回复信息\n某市住房和城乡建设局\n2027-09-27\n"
            "经核实，剩余路段管线复杂，计划在2027年10月中旬实现道路通车。\n")
    assert [d for d, _ in _units(text)] == ["2027年10月中旬"]


def test_a_second_role_word_after_the_unit_is_no_unit():
    text = "答复如下：该工程是市政府重点工程，由市交通集团负责组织实施，预计2027年12月完工。\n"
    assert _units(text) == [("2027年12月", [("市交通集团", "responsible")])]


def test_the_title_names_the_office_when_nothing_else_does():
    text = ("某县住房和城乡建设局关于对某县人民代表大会第18号建议的答复\n"
            "某某代表：\n你提出的关于道路亮化的建议收悉，现答复如下：\n"
            "我局已将该路段路灯安装列入计划，预计2027年10月底前完成安装。\n感谢您对我们工作的关心和支持。\n2027年7月3日\n")
    assert _units(text) == [("2027年10月底前", [("某县住房和城乡建设局", "responsible")])]


def test_a_forecast_start_and_finish_are_two_steps_of_one_promise():
    text = ("关于某公路相关问题的回复\n您的来信已收悉，现回复如下：该公路已下达建设计划，"
            "预计该线路将于7月份实施开工建设并要求在年底完工。\n某县交通运输局\n2027年4月26日\n")
    [task] = extract_text(text).tasks
    assert (task.deadline_text, [m.due.isoformat() for m in task.milestones]) == ("年底", ["2027-07-31", "2027-12-31"])


def test_an_answer_stamped_with_its_time_names_its_office():
    text = ("2027年6月3日 16:25 群众来电反映：某小区改造何时完工？\n"
            "2027年6月3日 17:05 某区住房和城乡建设局答复：经核实，计划今年8月底完工。\n")
    assert _units(text) == [("今年8月底", [("某区住房和城乡建设局", "responsible")])]
    text = ("网友（2027-01-26 19:08）反映：某路路灯不亮。\n"
            "某区住建局 (2027-01-28 10:37)回复：你好。计划今年8月底前完成改造。\n")
    assert _units(text) == [("今年8月底前", [("某区住建局", "responsible")])]


def test_a_signature_date_left_in_a_table_cell_still_signs():
    text = ("尊敬的网民：\n您好！您反映的路灯问题已收悉，现回复如下：\n"
            "目前我局正在抓紧设备订购，预计2028年2月完成整改。\n某区城市管理局\n2027年12月16日 |\n")
    assert _units(text) == [("2028年2月", [("某区城市管理局", "responsible")])]


def test_the_office_that_took_a_letter_answers_it():
    text = ("来信内容：\n某新区部分路段没有路灯。\n受理情况\n受理单位：\n某市某新区管委会\n"
            "受理时间：\n2027-07-07 17:12:11\n回复内容：\n您好，你反映的问题已收悉。该工程预计9月底投入使用。\n")
    assert _units(text) == [("9月底", [("某市某新区管委会", "responsible")])]
