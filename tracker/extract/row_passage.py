"""The passage of a table row that its own task cell cannot name.

A row's task cell is its passage, unless the cell is too short to cite ("学生报到") or the
body says the same words again (a 分工方案's row restating a clause of the text above):
then the clerk cites the row by the cell written before it as well ("2月28日 | 学生报到";
a row number and the restated clause). The task's text keeps that cell, as the document
writes it, so the card shows which row it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.extract.normalize import norm

# The shortest passage that names a row on its own (a clerk's key is 6 characters or more).
_CITABLE = 6
# A cell longer than this before the task cell is another row's passage, not a label.
_LABEL = 40


@dataclass
class Written:
    """The document's non-empty lines cut at '|' into cells (as written, stripped), where each
    normalized cell stands, and the whole normalized text."""

    cells: list[list[str]]
    spots: dict[str, list[tuple[int, int]]]
    text: str


def written_cells(lines: list[str], nlines: list[str] | None = None) -> Written:
    """The cells of ``lines`` (a document's), indexed for ``row_passage``; ``nlines``: the
    lines' normalized forms when the caller has them (``DocBlock.nlines``)."""
    cells = [[c.strip() for c in line.split("|")] for line in lines if line.strip()]
    spots: dict[str, list[tuple[int, int]]] = {}
    for i, row in enumerate(cells):
        for j, c in enumerate(row):
            if c:
                spots.setdefault(norm(c), []).append((i, j))
    known = nlines is not None and len(nlines) == len(lines)
    return Written(cells, spots, "\n".join(nlines if known else map(norm, lines)))


def row_passage(text: str, written: Written, shown: tuple[str, ...] = ()) -> str:
    """``text`` with the cell written before it when the text alone does not name its row.

    The text must stand as one cell, once, in the document; the cell before it is the
    nearest non-empty one on its line, else, in a table written one cell a line, the line
    above. It joins with '|' where the document separates cells so, else with a line
    break; never when it is one of ``shown``, the row's name, section or title (the card
    shows them already).
    """
    body = norm(text)
    spots = written.spots.get(body, []) if body else []
    if len(spots) != 1:
        return text
    if len(body) >= _CITABLE and written.text.count(body) < 2:
        return text  # a passage long enough and said once names its row
    cells = written.cells
    i, j = spots[0]
    before = next((c for c in reversed(cells[i][:j]) if c), "")
    piped = j > 0
    if not before and i > 0 and _one_cell(cells[i]) and _one_cell(cells[i - 1]):
        # A table written one cell a line: the cell before is the line above.
        before = next(c for c in cells[i - 1] if c)
        piped = len(cells[i - 1]) > 1
    if not before or len(norm(before)) > _LABEL or norm(before) in {norm(s) for s in shown if s}:
        return text
    return f"{before} | {text}" if piped else f"{before}\n{text}"


def _one_cell(row: list[str]) -> bool:
    """A line holding one cell ("运动会报名 |", "2")."""
    return sum(1 for c in row if c) == 1
