"""Undo the layout of text copied from a PDF: hard line breaks and page furniture.

Text copied out of a PDF viewer breaks every line at the page width, inside words,
unit names and dates ("2024年1" / "2月底前"), and carries each page's footer
("— 3 —") followed by the next page's running header (usually the issuer's name).
Matching works on paragraphs, so such text is put back together first:

- a page footer line, and the running header after it (a short line that follows
  several footers), are dropped;
- a line as long as the page width, or the last line of a page that stops
  mid-sentence, is joined to the next line unless that line opens a new paragraph
  (an indent or a heading number).

Nothing changes unless the text looks wrapped: many lines share one maximal length.
"""

from __future__ import annotations

import re
from collections import Counter

_FOOTER = re.compile(r"^\s*[—\-－–]{1,3}\s*\d{1,3}\s*[—\-－–]{1,3}\s*$")
_INDENT = re.compile(r"^[ \u3000\t]")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[章节条])")
_SENTENCE_END = re.compile(r"[。；：！？）)”]\s*$")
_MIN_WRAPPED = 6
_MAX_WIDTH = 80


def _width(line: str) -> int:
    """Characters of a line without its trailing spaces."""
    return len(line.rstrip())


def _wrap_width(lines: list[str]) -> int | None:
    """The page width in characters when many lines stop at it, else None."""
    # (the widths by one C-level map: a call of _width per line of a long text cost more)
    counts = Counter(w for ln, w in zip(lines, map(len, map(str.rstrip, lines))) if 12 <= w <= _MAX_WIDTH and "|" not in ln)
    if not counts:
        return None
    nonempty = sum(1 for ln in lines if ln.strip())
    for width in sorted(counts, reverse=True):
        near = counts[width] + counts.get(width - 1, 0)
        if near >= _MIN_WRAPPED and near * 4 >= nonempty:
            return width
        if counts[width] >= 3:
            break  # the longest common length is not a page width
    return None


def _drop_page_furniture(lines: list[str]) -> tuple[list[str], set[int]]:
    """Lines without page footers and the running header that follows them, and the
    indices (in the result) of the last lines before each page break."""
    footers = [i for i, ln in enumerate(lines) if _FOOTER.match(ln)]
    if len(footers) < 2:
        return lines, set()
    after = Counter()
    for i in footers:
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines):
            after[lines[j].strip()] += 1
    headers = {h for h, n in after.items() if n >= 2 and len(h) <= 30}
    out, breaks = [], set()
    state = 0  # 1: after a footer (its header may follow), 2: after that header
    for ln in lines:
        if _FOOTER.match(ln):
            while out and not out[-1].strip():
                out.pop()  # the page's bottom margin
            if out:
                breaks.add(len(out) - 1)
            state = 1
            continue
        if state:
            if not ln.strip():
                continue
            if state == 1 and ln.strip() in headers:
                state = 2
                continue
            state = 0
        out.append(ln)
    return out, breaks


def unwrap(text: str) -> str:
    """``text`` with PDF hard line breaks and page footers/headers removed (see module doc)."""
    if text.count("\n") < _MIN_WRAPPED:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    lines, breaks = _drop_page_furniture(lines)
    out: list[str] = []
    joining = False
    for i, ln in enumerate(lines):
        if joining and ln.strip() and not _INDENT.match(ln) and not _HEADING.match(ln):
            out[-1] = out[-1].rstrip() + ln
        else:
            out.append(ln)
        # A sentence cut by a page break goes on after the next page's header.
        cut = i in breaks and not _SENTENCE_END.search(ln)
        joining = _width(ln) >= width - 1 or cut
    return "\n".join(out)
