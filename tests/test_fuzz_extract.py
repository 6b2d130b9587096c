"""Hostile text through the extractor and the deadline parser: no exception, ever.

A few hundred cases of the generator in ``bench/fuzz_extract.py`` (which runs 100,000).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import fuzz_extract  # noqa: E402


def test_generator_is_seeded_and_mixes_every_kind():
    text, fragments = fuzz_extract.load_fragments()
    gen = fuzz_extract.Generator(3, text, fragments)
    again = fuzz_extract.Generator(3, text, fragments)
    assert [gen.case(i) for i in range(50)] == [again.case(i) for i in range(50)]
    kinds = {gen.case(i)[0] for i in range(600)}
    assert {"mix", "mutated", "random", "brackets", "control", "headings"} <= kinds


def test_shrink_finds_a_small_failing_input(monkeypatch):
    def fragile(text):
        if "（（" in text and "2019年" in text:
            raise ValueError("boom")

    monkeypatch.setattr(fuzz_extract, "run_one", fragile)
    big = "前言" * 50 + "（（" + "中间" * 50 + "2019年" + "后记" * 50
    sig = fuzz_extract.failure_of(big)
    assert sig.startswith("ValueError")
    assert fuzz_extract.shrink(big, sig) == "（（2019年"


@pytest.mark.parametrize("seed", [11, 12])
def test_few_hundred_hostile_inputs_raise_nothing(seed):
    rep = fuzz_extract.fuzz(200, seed=seed)
    assert rep.cases == 200
    failures = [(i, kind, sig, text[:200]) for i, kind, sig, text in rep.failures]
    assert failures == []


def test_enormous_line_and_markup_do_not_break_extraction():
    line = "各县（市、区）政府牵头，2018年12月底前完成《方案》<b>&lt;" * 3000
    assert fuzz_extract.failure_of(line) is None
    assert fuzz_extract.failure_of("\x00\ufeff（（《【" * 500 + "\n一、") is None
