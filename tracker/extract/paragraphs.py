"""Paragraphs of a document body: lines joined where the page layout broke a sentence,
pipe tables kept apart, annexed blank forms and the list of annexes dropped.
"""

from __future__ import annotations

import re

from tracker.extract.header_lines import parse_date_line
from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.normalize import NORM_SPACES, find_all, fold_joined, fold_stable, norm, numbering
from tracker.extract.page_heads import is_report_name
from tracker.extract.rules import rule
from tracker.extract.table_packed import SEP_ROW as _SEP_ROW
from tracker.extract.tables import cells, header_map
from tracker.extract.units import has_role_word, unit_list_text

_TERMINAL = "。;!?:)”]》"
TITLE_WORD = re.compile(alternation(lexicon().plan_kinds) + "$")
# What may follow a document's name on its title line: a period, a trial or draft mark.
_TITLE_TAIL = re.compile(
    r"\((?:(?:19|20)\d{2}(?:年|[-—–~至到]{1,2}(?:19|20)\d{2}年?)(?:度)?(?:修订|修订版)?"
    r"|试行|暂行|修订|修订版|修订稿|征求意见稿|送审稿|草案|代拟稿)\)$")
_LABEL_LINE = re.compile("^" + alternation(lexicon().labels) + "[:：]")
_PAGE_NUMBER = re.compile(r"^(?:[-—–~]{1,3}\d{1,4}[-—–~]{1,3}|第\d{1,4}页(?:/?共\d{1,4}页)?)$")

def paragraphs(lines: list[str], nlines: list[str] | None = None, folds: dict[str, str] | None = None,
               folded: list[str] | None = None) -> list[tuple[str, str]]:
    """Paragraphs of a body as (kind, original text), kind 'text' or 'table'.
    ``nlines`` are the lines' normalized forms when the caller has them. Given ``folds``
    (``DocBlock.folds``), the ``fold`` of each text paragraph is put in ``folded``, made
    from its lines' folds (none when a line read anew has a character that maps twice).

    A text paragraph is joined to the next line when the page layout broke it inside a
    sentence: it is long, does not end a sentence, and the next line opens no new item.
    Pieces are collected in lists and joined once, so a paragraph of many thousand
    lines stays linear.
    """
    out: list[tuple[str, list[str]]] = []
    head, length, last = "", 0, ""  # the open text paragraph: start, length, last char
    split = _split_run_together(lines)
    if split is not lines:
        lines, nlines = split, None
    if nlines is not None and len(nlines) != len(lines):
        nlines = None
    listed = _list_runs(lines)
    # Each text paragraph's pieces folded (a table's: None); each piece is a slice of its
    # line's fold, as folding is done character by character.
    fout: list[list[str] | None] | None = [] if folds and folded is not None else None
    for i, line in enumerate(lines):
        raw = line.rstrip()
        if not raw.strip():
            continue
        if raw.lstrip().startswith("|"):
            if out and out[-1][0] == "table":
                out[-1][1].append("\n" + raw.strip())
            else:
                out.append(("table", [raw.strip()]))
                if fout is not None:
                    fout.append(None)
            head, length, last = "", 0, ""
            continue
        if fout is not None:
            f = folds.get(line)
            if f is None:
                f, stable = fold_stable(line)
                if not stable:
                    fout = None
            piece = f[len(raw) - len(raw.lstrip()):len(raw)] if fout is not None else ""
        # The line's known form serves when only spaces that norm drops were stripped.
        n = nlines[i] if nlines is not None and not line[len(raw):].strip(NORM_SPACES) else norm(raw)
        if not n or _PAGE_NUMBER.match(n):
            continue  # a page number between two pages of a table or a paragraph
        if out and out[-1][0] == "text" and _continues(head, length, last, n) \
                and not (i in listed and i - 1 in listed):
            pieces = out[-1][1]
            glue = " " if pieces[-1][-1:].isascii() and raw.strip()[:1].isascii() else ""
            pieces.append(glue + raw.strip())
            if fout is not None:
                fout[-1].append(glue + piece)
            if len(head) < _HEAD:
                head = (head + n)[:_HEAD]
            length += len(n)
            last = n[-1]
            continue
        out.append(("text", [raw.strip()]))
        if fout is not None:
            fout.append([piece])
        head, length, last = n[:_HEAD], len(n), n[-1]
    if fout is not None:
        folded.extend(fold_joined(f) for f in fout if f is not None)
    return [(kind, "".join(pieces)) for kind, pieces in out]


def kept_fold(texts: list[str], folded: list[str], kept: list[str]) -> tuple[str, bool] | None:
    """The fold of the paragraphs ``kept`` joined (the text paragraphs ``drop_annex_forms``
    left of ``texts``, the same strings in order), from ``folded``, the fold of each of
    ``texts`` (``paragraphs``), or None when not known; as ``NText`` takes it."""
    if not folded or len(folded) != len(texts):
        return None
    pairs = iter(zip(texts, folded))
    out = [next((f for t, f in pairs if t is p), None) for p in kept]
    return None if None in out else ("\n".join(out), True)


_HEAD = 100  # enough of a paragraph's start for every test in _continues
# A line of a list printed one item per line ("20万学生脊柱侧弯筛查全覆盖", "10个滨江生态公园建设"):
# short, with no punctuation at all.
_LIST_LINE = re.compile(r"^[^,.;:!?。、，；：()（）]{1,30}$")
_LIST_RUN = 3  # so many such lines in a row are a list (a heading broken in two is not)


def _list_runs(lines: list[str]) -> set[int]:
    """Indices of the lines in a run of ``_LIST_RUN`` or more list lines with no blank line
    between them: each is an item of its own, never a broken sentence to join."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        text = line.strip()
        if text and len(text) <= 30 and _LIST_LINE.match(text):
            run.append(i)
            continue
        if len(run) >= _LIST_RUN:
            found.update(run)
        run = []
    return found

# A page that lost its line breaks keeps a space where each paragraph began: a space before
# an item number or a label ("…基本同步。 责任单位：X 2.落实…") opens a new paragraph.
_RUN_BREAK = re.compile(r"[ \u3000\xa0]+(?=(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]"
                        r"|\d{1,2}[.、．](?!\d)|(?:" + alternation(lexicon().labels)[3:-1] + r")[:：]))")


# A space before units standing as the label of their duties ("…管理工作。 区财政局：负责…").
_UNIT_LABEL_BREAK = re.compile(r"[ \u3000\xa0]+(?=(?P<label>[^\s,，;；:：。、()（）]{2,20})[:：])")


def _at_spaces(pattern: re.Pattern, ln: str, starts: list[int]) -> list[re.Match]:
    """``pattern.finditer(ln)`` for a pattern whose every match opens with a space of
    _SPACES (and reads nothing before it): tried at ``starts``, those spaces, only."""
    found, done = [], 0
    for p in starts:
        if p >= done and (m := pattern.match(ln, p)) is not None:
            found.append(m)
            done = m.end()
    return found


_SPACES = (" ", "\u3000", "\xa0")  # what both break patterns open with


def _breaks(ln: str) -> list[tuple[int, int]]:
    """Spans of the spaces where a run-together line ``ln`` opens a new paragraph."""
    # The spaces are found by str.find (a line has few): the patterns' own scan for their
    # opening class reads every character far more slowly.
    starts = sorted(i for ch in _SPACES if ch in ln for i in find_all(ln, ch))
    if not starts:
        return []
    found = [m.span() for m in _at_spaces(_RUN_BREAK, ln, starts)]
    found += [m.span() for m in _at_spaces(_UNIT_LABEL_BREAK, ln, starts) if unit_list_text(norm(m.group("label")))]
    spans: list[tuple[int, int]] = []
    for a, b in sorted(found):
        if not spans or a >= spans[-1][1]:  # one run of spaces found by both patterns is one break
            spans.append((a, b))
    return spans


def _split_run_together(lines: list[str]) -> list[str]:
    """``lines`` with long lines that ran paragraphs together split at their breaks (the
    same list when there is none)."""
    if not any(len(ln) > 200 for ln in lines):
        return lines
    out = []
    for ln in lines:
        breaks = _breaks(ln) if len(ln) > 200 and not ln.lstrip().startswith("|") else []
        if len(breaks) >= 2:
            ends = [0] + [x for span in breaks for x in span] + [len(ln)]
            out.extend(piece for piece in (ln[ends[i]:ends[i + 1]] for i in range(0, len(ends), 2)) if piece.strip())
        else:
            out.append(ln)
    return out if len(out) != len(lines) else lines

def is_title_line(line_norm: str) -> bool:
    """True for a line that is only a document's name: "…行动方案（2021—2023年）",
    "《…实施细则（试行）》". Such a line opens an annexed plan; it is never a task."""
    if len(line_norm) > 80 or re.search(r"[。;,:!?]", line_norm):
        return False
    name = line_norm.strip("《》")
    while True:
        m = _TITLE_TAIL.search(name)
        if not m:
            break
        name = name[:m.start()].rstrip("》")
    return len(name) <= 60 and bool(TITLE_WORD.search(name))


# Units standing as the label of a line ("工业科:工业经济发展情况", "县交通局、公路局:负责…").
_UNIT_LABEL_OPEN = re.compile(r"(?P<label>[^,;:。()]{2,16}):")


def _unit_labelled(line_norm: str) -> bool:
    """Does the normalized line open with units standing as its label?"""
    m = _UNIT_LABEL_OPEN.match(line_norm)
    return m is not None and unit_list_text(m.group("label"))


def _continues(head: str, length: int, last: str, cur: str) -> bool:
    """Does line ``cur`` continue the paragraph that starts with ``head``?"""
    if length < 16 or last in _TERMINAL or _LABEL_LINE.match(head):
        return False
    if ":" in cur[:17] and ":" in head[:17] and _unit_labelled(cur) and _unit_labelled(head):
        return False  # "综合核算科:…综述" / "工业科:…情况": each unit's share, a list of lines
    if length <= 40 and numbering(head) and "。" not in head:
        return False
    if length <= 80 and ((length <= 40 and TITLE_WORD.search(head)) or is_title_line(head)
                         or is_report_name(head)):
        return False
    if numbering(cur) or parse_date_line(cur) or cur.startswith(("附件", "|")):
        return False
    if length <= 80 and has_role_word(head) and unit_list_text(head):
        return False  # "X、Y分别牵头落实": a cell of units and their role, whole on its line
    return True


# An annex's heading alone on its line: a new part of the document starts (a table above ends there).
ANNEX_HEADING = rule(
    "annex_heading",
    r"^附件\s*[\d一二三四五六七八九十]{0,3}[:：]?$",
    "annex",
    [("附件2", ["附件2"]), ("附件 3：", ["附件 3:"]), ("附件三", ["附件三"]), ("附件", ["附件"]),
     ("附件2019年任务表", []), ("见附件2", [])],
)
_ANNEX_LIST = re.compile(r"^附件[\d一二三四五六七八九十]{0,3}[:：]")


def _blank_form(table: str) -> bool:
    """A table to fill in (a form): no task-table header, and a data row left empty."""
    rows = [cells(ln) for ln in table.split("\n") if ln.strip() and not _SEP_ROW.match(ln.strip())]
    if not rows or any(header_map(r) for r in rows):
        return False
    return len(rows) == 1 or any(not any(c for c in r) for r in rows[1:])


def drop_annex_forms(paras: list[tuple[str, str]], text_norms: list[str] | None = None) -> list[tuple[str, str]]:
    """Paragraphs without the list of annexes ("附件：1．…  2．…") and without annexed
    blank forms (a "附件N" heading whose part holds a form to fill in: its title, its
    table and its notes restate, at most, duties of the body). ``text_norms``: the
    normalized form of each text paragraph, in order, when the caller has them."""
    out: list[tuple[str, str]] = []
    heads: list[int] = []  # indices in ``out`` of the "附件N" headings
    in_list = False
    known = iter(text_norms) if text_norms is not None else None
    for kind, text in paras:
        n = "" if kind != "text" else norm(text) if known is None else next(known)
        if kind == "text" and _ANNEX_LIST.match(n) and len(n) <= 80 and "。" not in n:
            in_list = True
            continue
        if in_list and kind == "text" and numbering(n) and len(n) <= 60 and "。" not in n:
            continue
        in_list = False
        if kind == "text" and n.startswith("附件") and ANNEX_HEADING.spans(n):  # (the rule's own start, read first)
            heads.append(len(out))
        out.append((kind, text))
    drop: set[int] = set()
    for h, start in enumerate(heads):
        end = heads[h + 1] if h + 1 < len(heads) else len(out)
        part = range(start, end)
        if any(out[i][0] == "table" and _blank_form(out[i][1]) for i in part):
            drop.update(part)
    return [p for i, p in enumerate(out) if i not in drop] if drop else out
