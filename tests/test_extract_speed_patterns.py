"""Patterns rewritten for speed (a literal opening each branch, a run read by one repeat, a
lookahead that fails a sentence at once): each must find exactly what the pattern it
replaced finds, on invented text mixing the phrasings they look for and near misses."""

import random
import re

from tracker.extract.event_relative import _MAY, may_follow_event
from tracker.extract.role_clauses import SUBJECT_CLAUSE
from tracker.extract.rules import _after_marks
from tracker.extract.target_sentence import TARGET_SENTENCE, target_sentences

# The forms before the rewrite.
_MAY_BEFORE = re.compile(r"(?:结束|完成)后|[天日]前|前[0-9一二两三四五六七八九十]|(?:开始|召开|选举)前")
_CLAUSE_BEFORE = re.compile(r"(?:[^,;:。()]|\([^()。]{0,40}\)|[()])+")
_TARGET_BEFORE = re.compile(TARGET_SENTENCE.pattern.pattern.replace(r"(?=[^。;!?\n]*:)", "", 1), TARGET_SENTENCE.pattern.flags)


def _texts(pieces: list[str], seed: int, n: int = 3000):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))


def test_event_words_found_as_before():
    pieces = ["考试结束", "后", "活动完成后", "10天前", "3月5日前", "前", "一天", "前3天", "会议召开前", "选举", "开始前",
              "各校要", "报送总结", "。", ",", "日", "天"]
    for text in _texts(pieces, 11):
        assert (_MAY.search(text) is None) == (_MAY_BEFORE.search(text) is None), repr(text)
        assert [m.span() for m in _MAY.finditer(text)] == [m.span() for m in _MAY_BEFORE.finditer(text)], repr(text)
    assert may_follow_event("请于考试前3天报送。") and may_follow_event("活动结束后及时总结。")
    assert not may_follow_event("请于3月底报送。")


def test_subject_clauses_read_as_before():
    pieces = ["各牵头单位", "(无牵头单位的,责任单位即为牵头单位,下同)", "要", ",", ";", ":", "。", "(", ")", "市教育局",
              "(" + "长" * 45 + ")", "负责组织实施", "(二)", "X、Y"]
    for text in _texts(pieces, 13):
        assert [m.span() for m in SUBJECT_CLAUSE.finditer(text)] == [m.span() for m in _CLAUSE_BEFORE.finditer(text)], repr(text)
        for p in range(0, len(text), 3):
            a, b = SUBJECT_CLAUSE.match(text, p), _CLAUSE_BEFORE.match(text, p)
            assert (a and a.span()) == (b and b.span()), (text, p)
    assert SUBJECT_CLAUSE.match("各牵头单位(无牵头单位的,下同)要抓紧落实,确保完成。").group() == "各牵头单位(无牵头单位的,下同)要抓紧落实"


def test_year_target_sentences_found_as_before():
    pieces = ["2027年", "全区经济社会发展的", "主要预期目标是", "主要发展目标是", ":", "生产总值增长6%左右", ",财政收入增长5%",
              "。", ";", "\n", "今年", "重点抓好以下工作", "完成投资50亿元", "预期指标为", "去年", "!"]
    marks, at_start = TARGET_SENTENCE.opens_after
    for text in _texts(pieces, 17):
        new = [m.span() for m in _after_marks(TARGET_SENTENCE.pattern, text, 0, len(text), marks, at_start)]
        assert new == [m.span() for m in _TARGET_BEFORE.finditer(text)], repr(text)
    found = target_sentences("2027年全局主要发展目标是:完成交通投资50亿元,同比增长9%。重点抓好以下工作:", 0, 40, None)
    assert [(due.year, due.month, due.day, phrase) for *_, due, phrase in found] == [(2027, 12, 31, "2027年")]


def test_articles_counted_as_before():
    from tracker.extract.task_assigned import _ARTICLE
    before = re.compile(r"^第[一二三四五六七八九十百]+条", re.M)
    pieces = ["第一条", "第二十条", " 第三条", "第", "条", "\n", "本办法所称", "依照第五条规定", "第十一条本条例", "。"]
    for text in _texts(pieces, 19):
        assert _ARTICLE.findall(text) == before.findall(text), repr(text)
    assert len(_ARTICLE.findall("第一条 为规范管理,制定本办法。\n第二条 本办法适用于全市。\n依照第三条执行。")) == 2


def test_division_headings_told_as_before():
    from tracker.extract.heading_runs import DIVISION_HEAD, _heads_division
    pieces = ["五、", "职责分工", "(三)", "部门职责", "各成员单位", "职责如下", ":", "明确", ",确保工作落实。", "三、组织领导",
              "任务", "分工", "如下", "工作"]
    for text in _texts(pieces, 23):
        s = "前言。\n" + text + "\n结尾"
        a, b = 4, 4 + len(text)
        assert _heads_division(s, a, b) == bool(DIVISION_HEAD.spans(s[a:b])), repr(text)
    assert _heads_division("x\n四、职责分工\n", 2, 8) and not _heads_division("x\n明确职责分工,确保落实。\n", 2, 15)


def test_list_words_found_by_one_search_as_by_finds():
    from tracker.extract.item_lists import _ANY_HANDOVER, _ANY_NOUN, LIST_HANDOVER, LIST_NOUNS
    pieces = ["2027年", "十件民生", "实事", "工程", "项", "目", "预期", "指标", "即", ":", "——", "—", "分别", "一是", "如下",
              "方案为", "包括", "。", "\n"]
    for text in _texts(pieces, 29):
        for a in range(0, len(text), 2):
            for b in (a + 3, len(text)):
                assert (_ANY_NOUN.search(text, a, b) is None) == all(text.find(w, a, b) < 0 for w in LIST_NOUNS)
                assert (_ANY_HANDOVER.search(text, a, b) is not None) == any(text.find(w, a, b) >= 0 for w in LIST_HANDOVER)


def test_role_words_kept_per_text_read_as_before():
    from tracker.extract.role_words import has_role_word
    pieces = ["市教育局", "牵头", "配合", "负责人", "(牵头)", "、", "分别实施", "落实", "各乡镇", ",", "。"]
    for text in _texts(pieces, 31, 800):
        assert has_role_word(text) == has_role_word.__wrapped__(text) == has_role_word(text), repr(text)
    assert has_role_word("市教育局牵头,市财政局配合") and not has_role_word("市教育局、市财政局")


def test_bare_lines_told_as_before():
    from tracker.extract.bare_lines import DATE_ONLY, HEADLINE, SIGNED_TITLE, SIGNER_DATE, WINDOW_ONLY, is_bare_line
    pieces = ["2027年3月5日", "二〇二七年三月五日", "某县人民政府", "活动时间:", "3月1日至3月31日", "各乡镇要", "!", "\n", "。",
              "年", "月", "日"]
    for text in _texts(pieces, 37):
        before = any(r.pattern.match(text) for r in (DATE_ONLY, WINDOW_ONLY, SIGNED_TITLE, SIGNER_DATE)) \
            or text.endswith(("!", "!\n")) and HEADLINE.pattern.match(text) is not None
        assert is_bare_line(text) == before, repr(text)
    assert is_bare_line("2027年3月5日") and not is_bare_line("各乡镇要于2027年3月5日前报送。")
