"""Word ``.docx``: paragraphs and tables in body order, tables as pipe tables (merged
cells repeated so every row keeps its columns)."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from tracker.errors import InputError


# What python-docx raises on a damaged file besides its own and lxml's errors, each seen on
# mutated .docx files (tests/test_readers_fuzz.py): a missing part or relationship, a bad
# content type or value, a broken zip entry (RuntimeError: an entry flagged as encrypted, a
# compression it lacks), an element of the wrong kind; OSError for the file.
_BROKEN_DOCX = (LookupError, ValueError, TypeError, AttributeError, RuntimeError,
                EOFError, zipfile.BadZipFile, zlib.error, OSError)


def read_docx(path: Path) -> str:
    """Paragraphs and tables of a .docx in body order; tables become pipe tables."""
    import docx
    from docx.opc.exceptions import OpcError
    from docx.oxml.ns import qn
    from lxml.etree import LxmlError

    try:
        body = docx.Document(str(path)).element.body
    except (OpcError, LxmlError, *_BROKEN_DOCX):
        raise InputError(f"Word文档已损坏或不完整，无法读取：{path.name}。请用Word打开后重新保存。") from None
    lines: list[str] = []
    _walk_body(body, lines, qn)
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise InputError(f"Word文档里没有文字：{path.name}")
    return text + "\n"


def _para_text(p, qn) -> str:
    """Text of a w:p: runs, tabs and line breaks (numbering is not rendered by Word XML)."""
    parts: list[str] = []
    for el in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        if el.tag == qn("w:t"):
            parts.append(el.text or "")
        elif el.tag == qn("w:tab"):
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _walk_body(parent, lines: list[str], qn) -> None:
    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(_para_text(child, qn))
        elif child.tag == qn("w:tbl"):
            lines.extend(_table_lines(child, qn))
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                _walk_body(content, lines, qn)


def _join_cell(pieces: list[str]) -> str:
    """Paragraphs of one cell on one line, separated by a space.

    A paragraph break in a Word cell is the writer's (units listed one per line), so
    the pieces stay apart; a space keeps them apart without adding punctuation.
    """
    words = [" ".join(p.split()) for p in pieces]
    return " ".join(w for w in words if w).replace("|", "｜")


def _cell_text(tc, qn) -> str:
    return _join_cell([_para_text(p, qn) for p in tc.iter(qn("w:p"))])


def _table_rows(tbl, qn) -> list[list[str]]:
    """Cells of each row on the table grid.

    A cell spanning several grid columns is repeated in each (as python-docx gives
    it); a vertically merged continuation cell is empty, so a reader of the table
    inherits the value of the row above.
    """
    rows: list[list[str]] = []
    for tr in tbl.iterchildren(qn("w:tr")):
        cells: list[str] = [""] * _grid_count(tr, qn, "w:gridBefore")
        for tc in tr.iter(qn("w:tc")):
            if tc.getparent() is not tr and tc.getparent().tag != qn("w:sdtContent"):
                continue  # a cell of a nested table
            tcPr = tc.find(qn("w:tcPr"))
            span, merged = 1, False
            if tcPr is not None:
                gs = tcPr.find(qn("w:gridSpan"))
                if gs is not None:
                    span = _int(gs.get(qn("w:val")), 1)
                vm = tcPr.find(qn("w:vMerge"))
                merged = vm is not None and vm.get(qn("w:val"), "continue") != "restart"
            text = "" if merged else _cell_text(tc, qn)
            cells.extend([text] * max(1, min(span, 64)))
        cells.extend([""] * _grid_count(tr, qn, "w:gridAfter"))
        rows.append(cells)
    return rows


def _grid_count(tr, qn, tag: str) -> int:
    trPr = tr.find(qn("w:trPr"))
    el = trPr.find(qn(tag)) if trPr is not None else None
    return min(_int(el.get(qn("w:val")), 0), 64) if el is not None else 0


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _table_lines(tbl, qn) -> list[str]:
    """A Word table as text: a pipe table, or plain lines for a one-column layout box."""
    rows = [r for r in _table_rows(tbl, qn) if any(c.strip() for c in r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    if width == 1:
        # One column is a frame around text, not a task table: keep its paragraphs.
        out: list[str] = []
        for tc in tbl.iter(qn("w:tc")):
            out.extend(_para_text(p, qn) for p in tc.iter(qn("w:p")))
        return ["", *out, ""]
    rows = [r + [""] * (width - len(r)) for r in rows]
    out = ["", _pipe(rows[0]), "|" + "---|" * width]
    out.extend(_pipe(r) for r in rows[1:])
    out.append("")
    return out


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
