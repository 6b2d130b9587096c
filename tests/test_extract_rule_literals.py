"""The search shortcuts of rules.py: a pattern's required words, and searches started at
or around an anchor, find what the plain search finds."""

import re

import pytest

from tracker.extract import clean, tasks  # noqa: F401  (registers the rules of every stage)
from tracker.extract.normalize import norm
from tracker.extract.rules import RULES, found_near_anchor, required_literals, search_from_anchor


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
