"""Page continuations of a gazette: a passage stops at （下转第N页） and goes on after
（上接第M页） somewhere else. Fragments are moved back behind the marker they continue,
chosen by the table of contents' page numbers when there is one, else by order.
"""

from __future__ import annotations

import re

from tracker.extract.header_lines import DOC_NO, parse_date_line
from tracker.extract.normalize import norm
from tracker.extract.problems import Problem

_CHRONICLE = "大事记"  # a substring test: a regex call per short line cost more
_DOWN = re.compile(r"[(（]\s*下\s*转\s*第?\s*(\d+)\s*页\s*[)）]")
_UP = re.compile(r"^\s*[(（]\s*上\s*接\s*第?\s*(\d+)\s*页\s*[)）]\s*")
_TOC = re.compile(r"^目录$")


def join_page_fragments(lines, nlines, starts, problems):
    """Move every （上接第M页） fragment behind the （下转第N页） marker it continues."""
    # (Each marker holds 接 or 转: lines without them are not matched at all.)
    ups = [i for i, ln in enumerate(lines) if "接" in ln and _UP.match(ln)]
    downs = [i for i, ln in enumerate(lines) if "转" in ln and _DOWN.search(ln)]
    if not ups and not downs:
        return lines, nlines
    first = starts[0]
    sections = _sections(nlines, starts)
    pages = _toc_pages(nlines[:first])
    sec_page = {}
    for sid, (s, _e, key) in enumerate(sections):
        sec_page[sid] = pages.get(key)
        if sec_page[sid] is None:
            for k, p in pages.items():
                if key and (k.startswith(key[:8]) or key.startswith(k[:8])):
                    sec_page[sid] = p
                    break

    def section_of(i):
        for sid, (s, e, _k) in enumerate(sections):
            if s <= i < e:
                return sid
        return None

    open_downs = {d: section_of(d) for d in downs}
    moves: dict[int, tuple[list[str], list[str]]] = {}  # marker -> fragment lines, their norms
    removed: set[int] = set()
    for u in ups:
        end = _fragment_end(nlines, u, ups)
        frag = [_UP.sub("", lines[u], count=1)] + lines[u + 1:end]
        page = int(_UP.match(lines[u]).group(1))
        target = _pick_marker(open_downs, sec_page, page, u)
        removed.update(range(u, end))
        if target is None:
            problems.append(Problem("page_fragment_unplaced", {"page": page, "head": norm(frag[0])[:20]}))
            continue
        del open_downs[target]
        moves[target] = (frag, [norm(frag[0])] + nlines[u + 1:end])
    for d in open_downs:
        problems.append(Problem("page_marker_unmatched", {"tail": nlines[d][-20:]}))
    out, nout = [], []
    for i, ln in enumerate(lines):
        if i in removed:
            continue
        if i in moves or ("转" in ln and _DOWN.search(ln)):
            ln = _DOWN.sub("", ln).rstrip()
            nout.append(norm(ln))
        else:
            nout.append(nlines[i])
        out.append(ln)
        if i in moves:
            frag, frag_norms = moves[i]
            out.extend(frag)
            nout.extend(frag_norms)
    return out, nout


def _fragment_end(nlines, u, ups) -> int:
    """A fragment runs to its signature date, the next masthead or the next fragment."""
    j = u + 1
    while j < len(nlines):
        n = nlines[j]
        if j in ups or DOC_NO.match(n) or (len(n) <= 30 and _CHRONICLE in n):
            break
        if parse_date_line(n):
            return j + 1
        nxt = next((k for k in range(j + 1, min(len(nlines), j + 4)) if nlines[k]), None)
        if n and len(n) <= 20 and nxt is not None and DOC_NO.match(nlines[nxt]):
            break
        j += 1
    return j


def _pick_marker(open_downs: dict, sec_page: dict, page: int, u: int):
    """The open 下转 marker a fragment from ``page`` continues."""
    best, best_page = None, -1
    for d, sid in open_downs.items():
        p = sec_page.get(sid)
        if p is not None and best_page < p <= page:
            best, best_page = d, p
    if best is not None:
        return best
    before = [d for d in open_downs if d < u]
    if before:
        return max(before)
    return min(open_downs) if open_downs else None


def _sections(nlines, starts):
    """(start, end, key) of each document and chronicle in the file, key for the TOC."""
    marks = [(s, nlines[s]) for s in starts]
    for i, n in enumerate(nlines):
        if i >= starts[0] and len(n) <= 30 and _CHRONICLE in n:
            marks.append((i, n))
    marks.sort()
    out = []
    for k, (s, key) in enumerate(marks):
        e = marks[k + 1][0] if k + 1 < len(marks) else len(nlines)
        out.append((s, e, key))
    return out


def _toc_pages(nlines) -> dict[str, int]:
    """Start pages listed in a table of contents: 文号 or title -> page."""
    pages = {}
    in_toc = False
    for n in nlines:
        if _TOC.match(n):
            in_toc = True
            continue
        if not in_toc or not n:
            continue
        m = re.match(r"^(.*?[^\d])(\d{1,3})$", n)
        if m:
            key = m.group(1)
            key = re.sub(r"\((?:19|20)\d{2}年\d{1,2}月\)$", "", key)
            pages[key] = int(m.group(2))
    return pages
