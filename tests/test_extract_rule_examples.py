"""Every rule's examples, run as tests: each rule finds exactly the texts its examples
name (and nothing in an example that expects nothing)."""

import importlib
import pkgutil

import pytest

import tracker.extract
from tracker.extract.normalize import norm
from tracker.extract.rules import RULES, Example, Rule, run

# Rules register themselves when their module is imported: import every module of the
# package (a new rule module needs no line here), so no rule's examples go unrun.
MODULES = [importlib.import_module(m.name)
           for m in pkgutil.walk_packages(tracker.extract.__path__, tracker.extract.__name__ + ".")]


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


def test_every_rule_module_is_imported():
    """The walk reached the modules whose rules were once left out by a hand-kept list."""
    names = {m.__name__.rsplit(".", 1)[1] for m in MODULES}
    assert {"stage_heads", "year_list", "subject_carry", "tasks", "notes"} <= names
    assert {r.name for r in RULES} >= {"stage_heading", "year_list"}
