"""Shortcuts that search fewer places than a plain search would: each must find exactly
what the plain search finds, on invented text mixing the phrasings they look for."""

import random

from tracker.extract.paragraphs import _RUN_BREAK, _SPACES, _UNIT_LABEL_BREAK, _breaks
from tracker.extract.role_notes import NAMED_ROLE_SENTENCE, spans_in_lines
from tracker.extract.normalize import norm
from tracker.extract.units import unit_list_text


def test_named_role_sentences_found_line_by_line_are_the_whole_search():
    pieces = ["4.建立联席会议制度。", "各县政府为责任单位,市水利局为协办单位。", "市民政局为牵头单位", "(列第一位的为牵头单位,下同)",
              "2.开展清理。市交通局为国道沿线的责任单位,各镇政府为配合单位;", "年底前完成。", "", "责任单位", "为", "。"]
    rng = random.Random(7)
    for _ in range(3000):
        text = rng.choice(["\n", "", "。"]).join(rng.choice(pieces) for _ in range(rng.randrange(1, 7)))
        assert spans_in_lines(NAMED_ROLE_SENTENCE, text) == NAMED_ROLE_SENTENCE.spans(text), repr(text)


def _plain_breaks(ln: str) -> list[tuple[int, int]]:
    found = [m.span() for m in _RUN_BREAK.finditer(ln)]
    found += [m.span() for m in _UNIT_LABEL_BREAK.finditer(ln) if unit_list_text(norm(m.group("label")))]
    spans: list[tuple[int, int]] = []
    for a, b in sorted(found):
        if not spans or a >= spans[-1][1]:
            spans.append((a, b))
    return spans


def test_run_together_breaks_tried_at_spaces_are_the_whole_search():
    # Both patterns open with one of _SPACES: _breaks tries them only there.
    for p in (_RUN_BREAK, _UNIT_LABEL_BREAK):
        assert p.pattern.startswith("[ \\u3000\\xa0]+"), p.pattern
    assert set(_SPACES) == {" ", "\u3000", "\xa0"}
    pieces = ["加快推进项目建设。", "1.落实责任", "(二)加强监管", "区财政局:负责资金保障", "责任单位:市发改委", " ", "\u3000\u3000",
              "\xa0", "2、完善制度", "各部门要按时完成。", "  3.x"]
    rng = random.Random(5)
    for _ in range(3000):
        ln = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        assert _breaks(ln) == _plain_breaks(ln), repr(ln)
