"""The item number opening each paragraph of a document body, read once for every stage.

Most stages walk the paragraphs asking which number opens each one ("一、", "（二）", "3.",
"第四条"): ``NUMBERING`` on the paragraph, on its first 12 characters or on its first 60,
slicing the text anew each time: one regex call per paragraph per stage. Here each paragraph
is matched once, whole, and the answer for a window of it is derived from that match.

Why the derivation is exact: a number is read at the paragraph's start, the only lookaheads of
``NUMBERING`` (in its digit branch) read at most its fifth character, and each branch can match
only one way (a run of numerals closed by the one mark that must follow the run), so a window
of six characters or more matches as the whole paragraph does when that match fits in it,
and not at all otherwise. A window running past the paragraph's end reads its line break
first, where no number goes on. A paragraph opening with a Markdown mark (- * # >) is matched
again on the window itself: the blanks the pattern allows after the mark may run on.
"""

from __future__ import annotations

import re

from tracker.extract.normalize import NUMBERING

_MARKS = ("-", "*", "#", ">")
LEAD = 12  # the window most stages read a paragraph's number in


class ParagraphNumbers:
    """``NUMBERING`` matches of the paragraphs ``spans`` of the normalized text ``s``."""

    __slots__ = ("_s", "_spans", "whole", "lead")

    def __init__(self, s: str, spans: list[tuple[int, int]]):
        self._s, self._spans = s, spans
        # NUMBERING.match(s[a:b]) of each paragraph, and of its first LEAD characters.
        self.whole: list[re.Match | None] = [NUMBERING.match(s[a:b]) for a, b in spans]
        self.lead: list[re.Match | None] = [self.window(k, LEAD) for k in range(len(spans))]

    def window(self, k: int, width: int) -> re.Match | None:
        """``NUMBERING.match(s[a:min(b, a + width)])`` of paragraph ``k`` (``width`` >= 6)."""
        a, b = self._spans[k]
        m = self.whole[k]
        if b - a <= width:
            return m
        if self._s.startswith(_MARKS, a):
            return NUMBERING.match(self._s[a:a + width])
        return m if m is None or m.end() <= width else None

    def opening(self, k: int) -> re.Match | None:
        """``NUMBERING.match(s[a:a + LEAD])`` of paragraph ``k``: the window may run past a
        short paragraph's end into the next one."""
        a, b = self._spans[k]
        if b - a < LEAD and self._s.startswith(_MARKS, a):
            return NUMBERING.match(self._s[a:a + LEAD])
        return self.lead[k]
