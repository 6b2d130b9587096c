"""The search shortcuts of rules.py: a pattern's required words, and searches started at
or around an anchor, find what the plain search finds."""

import re

import pytest

from tracker.extract import clean, tasks  # noqa: F401  (registers the rules of every stage)
from tracker.extract.normalize import norm
from tracker.extract.rules import RULES, found_near_anchor, required_literals, rule, search_from_anchor


@pytest.mark.parametrize("rule", [r for r in RULES if required_literals(r.pattern)], ids=lambda r: r.name)
def test_every_match_of_a_rule_holds_one_of_its_required_words(rule):
    words = required_literals(rule.pattern)
    for ex in rule.examples:
        text = ex.text if rule.on == "original" else norm(ex.text)
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                assert any(w in m.group() for w in words), (m.group(), words)


def test_required_literals_reads_alternations_groups_and_repeats():
    assert required_literals(re.compile(r"^(?:浏览量|点击数):")) == {"浏览量", "点击数"}
    assert required_literals(re.compile(r"[\[【](?:打印本页|关闭窗口)[\]】]|ICP备")) == {"打印本页", "关闭窗口", "ICP备"}
    assert required_literals(re.compile(r"(?:市|县)?(?:局)+牵头")) == {"牵头"}
    assert required_literals(re.compile(r"\d+年")) == {"年"}
    assert required_literals(re.compile(r"(?:a|\d)b?")) is None
    assert required_literals(re.compile("abc", re.IGNORECASE)) is None


def test_anchored_searches_agree_with_the_plain_search():
    pattern = re.compile(r"(?:从|自)?(?P<y>20\d{2})年(?:起|开始)")
    for text in ["", "2027年", "本方案自2027年起施行", "x" * 50 + "从2026年开始，2027年起", "2027年起" * 3]:
        plain = pattern.search(text)
        fast = search_from_anchor(pattern, text, ("年起", "年开始"), 5)
        assert (plain and (plain.span(), plain.group("y"))) == (fast and (fast.span(), fast.group("y")))
        assert (plain is not None) == found_near_anchor(pattern, text, ("年起", "年开始"), 5, 10)


def test_rules_opening_with_a_caret_are_tried_only_where_it_holds():
    def spans(r, text, a, b):
        return [(s.start, s.end) for s in r.spans(text, a, b)]

    def plain(r, text, a, b):
        return [m.span() for m in r.pattern.finditer(text, a, b) if m.end() > m.start()]

    lines = rule("_test_caret_lines", r"^(?:某区|某县)?20\d{2}年\w{0,6}安排", "test", [("2031年工作安排", ["2031年工作安排"])],
                 flags=re.MULTILINE)
    once = rule("_test_caret_text", r"^某[镇乡]通知", "test", [("某镇通知", ["某镇通知"])])
    loose = rule("_test_caret_branch", r"^甲|乙", "test", [("甲乙", ["甲", "乙"])])
    RULES[:] = [r for r in RULES if not r.name.startswith("_test_caret")]
    assert (lines.opens_line, once.opens_line, loose.opens_line) == (True, False, None)
    text = "某区2031年实事安排\n前言。2031年工作安排\n2031年重点安排\n\n某县2032年工作安排某镇通知乙"
    for a in range(len(text) + 1):
        for b in (a, a + 5, a + 20, len(text)):
            for r in (lines, once, loose):
                assert spans(r, text, a, min(b, len(text))) == plain(r, text, a, min(b, len(text))), (r.name, a, b)
