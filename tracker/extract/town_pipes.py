"""A one-row-per-town table written as a pipe table ("| 序号 | 街镇 | 任务量 | 3月底前完成30% |
… |"), its dated columns the steps of every town's task: rebuilt with the canonical header the
table stage reads, as a flattened town table is (flat_tables.emit, table_divisions)."""

from __future__ import annotations

from tracker.extract.flat_tables import emit
from tracker.extract.normalize import norm
from tracker.extract.table_divisions import is_division
from tracker.extract.table_model import columns_of
from tracker.extract.table_packed import SEP_ROW, cells

_MIN_STEPS = 2


def town_pipes(lines: list[str]) -> list[str]:
    """``lines`` with each pipe town table with dated columns rebuilt (``lines`` itself when
    there is none)."""
    if "|" not in "\n".join(lines):  # (one C-level find: a generator step per line cost more)
        return lines
    out: list[str] = []
    i, changed = 0, False
    while i < len(lines):
        if not lines[i].lstrip().startswith("|"):
            out.append(lines[i])  # no table row, no header (most lines of a body)
            i += 1
            continue
        head = cells(lines[i])
        cols = columns_of([norm(c) for c in head]) if any(is_division(norm(c)) for c in head) else []
        if sum(c.role == "step" for c in cols) < _MIN_STEPS:
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        rows = []
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            if not SEP_ROW.match(lines[j].strip()):
                row = cells(lines[j])
                rows.append({k: [c] for k, c in enumerate(row[:len(cols)]) if c.strip()})
            j += 1
        out.extend(emit(cols, rows))
        i, changed = j, True
    return out if changed else lines
