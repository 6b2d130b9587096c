"""Which responsible units a one-line summary (a task card) names, and what follows them.

A card has one line for its units. Those that fit are named; the rest are counted, but
never as "另1个单位" (one unit left is named, shortened with "…"), and a first unit too
long for the line is named, shortened, before "等N个单位" (N counting every unit), as
an official text would say it. Widths come from the caller (``measure``/``elide`` in the
font's pixels), so this is tested without a screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

GAP = 14           # px between two named units
TAIL_GAP = 6       # px before the count
SHORTEST = "○ 市…"  # a unit shortened below this width is not worth naming


def fit_units(labels: Sequence[tuple[str, bool]], room: int, measure: Callable[[str, bool], int],
              elide: Callable[[str, bool, int], str]) -> tuple[list[tuple[int, str]], str]:
    """The units to name on a line ``room`` px wide and the text after them.

    ``labels`` are (text, bold) per unit in order; ``measure(text, bold)`` gives a text's
    width; ``elide(text, bold, width)`` shortens a text to ``width`` with "…". Returns
    ([(unit index, text to draw)], tail) where tail is "", "…", "等N个单位" or "另N个单位"
    (N ≥ 2), drawn in the plain font.
    """
    n, x, shown = len(labels), 0, []
    for i, (label, bold) in enumerate(labels):
        last = i == n - 1
        tail = "" if last else (f"等{n}个单位" if i == 0 else f"另{n - i}个单位")
        reserve = measure(tail, False) + TAIL_GAP if tail else 0
        width = measure(label, bold)
        if x + width <= room - reserve:
            shown.append((i, label))
            x += width + GAP
            continue
        space = room - reserve - x
        if (i == 0 or last) and space >= measure(SHORTEST, bold):
            shown.append((i, elide(label, bold, space)))
            return shown, tail
        if i == 0:
            return shown, f"共{n}个单位"
        return shown, tail or "…"
    return shown, ""
