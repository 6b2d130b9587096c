"""Tables whose cells hold lists in step: one cell lists a group's numbered items, one a line,
the next cell lists their periods in the same order.

A work schedule copied from a web page keeps each table cell's line breaks and closes the
cell with a pipe:

    一、准备工作
    1、起草实施方案
    2、组建工作机构 |
    2029.1—3
    2029.2—4 |

Item 1 is due at the end of its period 2029.1—3, item 2 at the end of 2029.2—4. Such runs
(four items at least) are rebuilt as a pipe table, one row an item, each row's units the
subject its item opens with ("省级政府部署…").
"""

from __future__ import annotations

import re

from tracker.extract.date_rows import subject_units
from tracker.extract.normalize import norm
from tracker.extract.table_model import cell_kind

_ITEM = re.compile(r"^\d{1,3}[、.．]")
_MIN_ITEMS = 4


def _cells(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, line after) of each cell closed by a pipe at the end of its last line;
    a cell holds no pipe elsewhere and no blank line."""
    out, start = [], None
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s or s == "|" or s.count("|") > 1 or s.startswith("|"):
            start = None
            continue
        if start is None:
            start = i
        if s.endswith("|"):
            out.append((start, i + 1))
            start = None
    return out


def pair_cells(lines: list[str]) -> list[str]:
    """``lines`` with each run of item cells followed by period cells in step rebuilt as a
    pipe table (``lines`` itself when there is none)."""
    cells = _cells(lines)
    pairs = []
    for (a, b), (c, d) in zip(cells, cells[1:]):
        if c != b:
            continue
        texts = [ln.strip().rstrip("|").strip() for ln in lines[a:b]]
        items = [t for t in texts if _ITEM.match(t)]
        dates = [ln.strip().rstrip("|").strip() for ln in lines[c:d]]
        if items and len(items) == len(dates) and all(cell_kind(norm(t)) == "date" for t in dates) \
                and all(_ITEM.match(t) or t is texts[0] for t in texts):
            pairs.append((a, d, list(zip(items, dates))))
    if sum(len(p[2]) for p in pairs) < _MIN_ITEMS:
        return lines
    out, done = [], 0
    for k, (a, d, rows) in enumerate(pairs):
        out.extend(lines[done:a])
        if k == 0 or pairs[k - 1][1] != a:
            out.append("| 完成时限 | 工作内容 | 责任单位 |")
        # The item keeps its number: items of two groups may share their wording.
        out.extend(f"| {date} | {item} | {subject_units(_ITEM.sub('', item).strip())} |" for item, date in rows)
        done = d
    out.extend(lines[done:])
    return out
