"""Every rule's examples, run as tests: each rule finds exactly the texts its examples
name (and nothing in an example that expects nothing)."""

import pytest

import tracker.extract.campaign  # noqa: F401
import tracker.extract.clean  # noqa: F401 - registers its rules
import tracker.extract.conventions  # noqa: F401
import tracker.extract.dated  # noqa: F401
import tracker.extract.flat_tables  # noqa: F401
import tracker.extract.not_due  # noqa: F401
import tracker.extract.periods  # noqa: F401
import tracker.extract.unit_headings  # noqa: F401
from tracker.extract.normalize import norm
from tracker.extract.rules import RULES, Example, Rule, run


def _cases():
    for r in RULES:
        for i, ex in enumerate(r.examples):
            yield pytest.param(r, ex, id=f"{r.name}-{i}")


@pytest.mark.parametrize("rule, example", list(_cases()))
def test_rule_example(rule: Rule, example: Example):
    text = example.text if rule.on == "original" else norm(example.text)
    want = [e if rule.on == "original" else norm(e) for e in example.expect]
    assert [text[s.start:s.end] for s in rule.spans(text)] == want


def test_every_rule_has_examples_that_match_and_the_runner_orders_spans():
    assert RULES
    for r in RULES:
        assert any(ex.expect for ex in r.examples), f"{r.name}: no example where it fires"
    spans = run(RULES, norm("当前位置:首页>通知 浏览量:12"))
    assert [s.start for s in spans] == sorted(s.start for s in spans)
