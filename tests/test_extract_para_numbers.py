"""The paragraph-number index (para_numbers.py) answers what NUMBERING answers on each window
a stage slices, on invented text mixing numbers of every kind, marks, long numeral runs and
short paragraphs."""

import random

from tracker.extract.normalize import NUMBERING
from tracker.extract.para_numbers import LEAD, ParagraphNumbers

_PIECES = ["一、", "(二)", "(三)、", "3.", "12、", "7.5", "4。", "4。加强", "(5)", "③", "第四条", "第十二章", "第三阶段",
           "第一二三四五六七八九十一二条", "一二三四五六七八九十一二三四、", "-", "- ", "#", ">", "*", "\t", "\x1c",
           "加强组织领导", "各单位要于6月底前完成。", "工作", "1", "。", ".", "、", "2025年", "", "x"]


def _same(a, b) -> bool:
    return (a is None) == (b is None) and (a is None or (a.group(), a.lastgroup, a.end()) == (b.group(), b.lastgroup, b.end()))


def test_every_window_is_the_plain_match():
    rng = random.Random(11)
    for _ in range(3000):
        s = "\n".join("".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 5))) for _ in range(rng.randrange(1, 6)))
        spans, start = [], 0
        for piece in s.split("\n"):
            spans.append((start, start + len(piece)))
            start += len(piece) + 1
        numbers = ParagraphNumbers(s, spans)
        for k, (a, b) in enumerate(spans):
            assert _same(numbers.whole[k], NUMBERING.match(s[a:b])), repr(s[a:b])
            assert _same(numbers.lead[k], NUMBERING.match(s[a:min(b, a + LEAD)])), repr(s[a:b])
            assert _same(numbers.opening(k), NUMBERING.match(s[a:a + LEAD])), repr(s[a:a + LEAD])
            for width in (6, 7, 12, 20, 60):
                assert _same(numbers.window(k, width), NUMBERING.match(s[a:min(b, a + width)])), (width, repr(s[a:b]))
