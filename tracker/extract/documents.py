"""Split an input into its documents and give each its body, joined across page breaks.

A gazette holds a masthead and a table of contents, then documents, each opened by its
文号 line (any issuer prefix, 〔〕［］[]【】 brackets), then perhaps a chronicle (大事记).
Page layout leaks in: a passage stops at （下转第N页） and goes on after （上接第M页）
somewhere else. Fragments are moved back behind the marker they continue, chosen by the
table of contents' page numbers when there is one, else by order. Only documents are
returned; masthead, contents and chronicle hold no duties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from tracker.extract.clean import clean_lines, strip_markup
from tracker.extract.header_lines import DOC_NO, DOC_NO_ANY, issue_date, parse_date_line
from tracker.extract.layout import unwrap
from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.problems import Problem
from tracker.extract.stage_heads import dated_outline
from tracker.extract.pages import join_page_fragments
from tracker.extract.page_dates import posted_day
from tracker.extract.normalize import norm, numbering

_CHRONICLE = "大事记"  # a substring test: a regex call per short line cost more
_TITLE_END = re.compile(alternation(lexicon().document_kinds) + "$")
_ADDRESSEE = re.compile(r"[:：]$")
_BODY_OPENERS = ("为", "根据", "按照", "经", "现将", "近日", "近年来", "《")


@dataclass
class DocBlock:
    """One document: its header fields and its body as original-text lines."""

    doc_no: str | None
    title: str
    issuer: str | None
    issued: date | None
    lines: list[str] = field(default_factory=list)
    nlines: list[str] | None = None  # the normalized form of each line, when known
    folds: dict[str, str] | None = None  # each line's fold as read, by its text (clean_lines)
    # The day the page was posted (its 发布时间, a news byline), when the page says: never
    # the issue date; its year is the last year year-less dates can take.
    page_day: date | None = None


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-style ``---`` header fields (文号, 标题, 发布日期 ...) and the text after it."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for i in range(1, min(len(lines), 60)):
        if lines[i].strip() == "---":
            meta = {}
            for raw in lines[1:i]:
                if ":" in raw:
                    k, v = raw.split(":", 1)
                    meta[k.strip()] = v.strip().strip("\"'")
            return meta, "\n".join(lines[i + 1:])
    return {}, text


def split_documents(text: str, problems: list[Problem]) -> list[DocBlock]:
    """The documents held in ``text``, each with its body joined across page breaks."""
    text = strip_markup(text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n"))
    text = unwrap(text)
    meta, text = front_matter(text)
    posted = posted_day(text)
    lines, nlines = clean_lines([ln for ln in text.split("\n") if not ln.lstrip().startswith(">")], (folds := {}))
    for i, ln in enumerate(lines):
        if "#" in ln and _MD_HEADING.match(ln):  # (the test first: few lines hold a mark)
            lines[i] = _MD_HEADING.sub("", ln)
            nlines[i] = norm(lines[i])
    lines, nlines = _split_form_doc_no(lines, nlines)
    starts = [i for i, n in enumerate(nlines) if "号" in n and DOC_NO.match(n)]  # (the test first: it is cheaper)
    box = _box_issued(text)
    if not starts:
        return _posted_in(_box_dated([_single_document(lines, nlines, meta)], box), posted, folds)

    lines, nlines = join_page_fragments(lines, nlines, starts, problems)
    starts = [i for i, n in enumerate(nlines) if "号" in n and DOC_NO.match(n)]  # (the test first: it is cheaper)
    docs = []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        end = _masthead_start(nlines, end, s) if k + 1 < len(starts) else end
        for j in range(s + 1, end):
            if len(nlines[j]) <= 30 and _CHRONICLE in nlines[j] and not nlines[j].endswith("。"):
                end = j
                break
        above = lines[max(0, (starts[k - 1] if k else 0), s - 4):s]
        docs.append(_document(lines[s:end], nlines[s:end], _masthead(nlines, s), above))
        if k == 0 and s > 4 and dated_outline(nlines[:s - 4]):  # the document's outline printed above it
            docs[0].lines, docs[0].nlines = lines[:s - 4] + docs[0].lines, nlines[:s - 4] + docs[0].nlines
    if len(docs) == 1 and meta:
        _apply_meta(docs[0], meta)
    return _posted_in(_box_dated(docs, box), posted, folds)


# A portal's information box above the text ("成文日期:2017-06-30", "• 成文日期：2017年06月30日",
# "发文日期: | 2019-01-25 |", "[ 成文日期 ] 2023-02-23", a legal database's "【公布日期】2009.09.06"):
# the issue date of a page's one document when no signature line gives it (发布日期, the
# posting date, is not the issue date). 成文 is read first, then 发文, then 公布.
_BOX_DATE = r"(?:日期|时间)\s*[:：|\]】]?\s*\|?\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
_BOX_ISSUED = tuple(re.compile(word + _BOX_DATE) for word in ("成文", "发文", "公布"))
_BOX_CHARS = 1500


def _box_issued(text: str) -> re.Match | None:
    """The first issue-date field of a portal box in the opening of ``text``, by the order of
    ``_BOX_ISSUED``."""
    return next((m for m in (p.search(text, 0, _BOX_CHARS) for p in _BOX_ISSUED) if m), None)


def _box_dated(docs: list[DocBlock], box: re.Match | None) -> list[DocBlock]:
    if box is not None and len(docs) == 1 and docs[0].issued is None:
        try:
            docs[0].issued = date(*map(int, box.groups()))
        except ValueError:
            pass  # not a calendar date: the box is unreadable, the document stays undated
    return docs


def _posted_in(docs: list[DocBlock], day: date | None, folds: dict[str, str]) -> list[DocBlock]:
    """``docs`` with the day the page was posted, when it says, and the folds of its lines."""
    for d in docs:
        d.folds, d.page_day = folds, day if day is not None else d.page_day
    return docs


_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")  # a Markdown heading's marks
_FORM_TAIL = re.compile(r"\s{2,}(\S{2,24})\s*$")
_FORM_LINE_MAX = 200  # form lines are short; never scan a long paragraph for this
# "X〔2024〕27号      签发人：某某": the signer of an upward document beside its 文号.
_SIGNER_TAIL = re.compile(r"^\s*(\S{4,30}号)\s+签\s*发\s*人\s*[:：]")


def _split_form_doc_no(lines: list[str], nlines: list[str]) -> tuple[list[str], list[str]]:
    """A 文号 at the end of a form line ("等    级：特急        X明电〔2024〕11号" in a
    明传电报 box), or one followed by its 签发人, goes on a line of its own, so it opens
    the document. Returns the lines and their normalized forms."""
    out, nout = [], []
    for ln, n in zip(lines, nlines):
        signer = _SIGNER_TAIL.match(ln) if "签" in ln and len(ln) <= _FORM_LINE_MAX else None
        if signer and DOC_NO.match(norm(signer.group(1))):
            out.append(signer.group(1))  # the signer is a person, not document text
            nout.append(norm(signer.group(1)))
            continue
        m = _FORM_TAIL.search(ln) if "号" in ln and len(ln) <= _FORM_LINE_MAX else None
        head = ln[:m.start()] if m else ""
        if m and head.strip() and ("：" in head or ":" in head) and DOC_NO.match(norm(m.group(1))):
            out.extend([head.rstrip(), m.group(1)])
            nout.extend([norm(head.rstrip()), norm(m.group(1))])
        else:
            out.append(ln)
            nout.append(n)
    return out, nout


def _masthead_start(nlines: list[str], doc_no_line: int, floor: int) -> int:
    """Index where the masthead above a 文号 line begins (short organ-name lines)."""
    i = doc_no_line
    j = doc_no_line - 1
    while j > floor and doc_no_line - j <= 4:
        n = nlines[j]
        if not n:
            j -= 1
            continue
        if len(n) <= 20 and not parse_date_line(n) and not n.endswith(("。", ";", ":")):
            i = j
            j -= 1
            continue
        break
    return i


def _masthead(nlines: list[str], doc_no_line: int) -> str | None:
    for j in range(doc_no_line - 1, max(-1, doc_no_line - 4), -1):
        if nlines[j]:
            n = nlines[j]
            return n[:-2] if n.endswith("文件") else n if len(n) <= 20 else None
    return None


def _title_above(lines: list[str]) -> str:
    """A title written above the 文号 line (some offices put the 文号 under it)."""
    for ln in reversed(lines):
        n = norm(ln)
        if len(n) <= 80 and "关于" in n and _TITLE_END.search(n):
            return re.sub(r"\s+", "", ln.strip())
    return ""


def _document(lines: list[str], nlines: list[str], masthead: str | None,
              masthead_lines: list[str] = ()) -> DocBlock:
    doc_no = re.sub(r"\s+", "", lines[0].strip())
    title_parts, i = [], 1
    while i < len(lines) and len(title_parts) < 4:
        n = nlines[i]
        if not n:
            i += 1
            if title_parts and _TITLE_END.search(nlines_join(title_parts)):
                break
            continue
        if _ADDRESSEE.search(n) or n.startswith(_BODY_OPENERS) or parse_date_line(n) or numbering(n):
            break
        title_parts.append(n)
        i += 1
        if _TITLE_END.search(n):
            break
    title = _clean_title(lines[1:i], nlines[1:i], title_parts)
    if not title:
        title = _title_above(masthead_lines)
    issuer = title.split("关于", 1)[0] if "关于" in title and title.index("关于") > 0 else masthead
    issued = issue_date(nlines)
    return DocBlock(doc_no, title, issuer or None, issued, lines[i:], nlines[i:])


def nlines_join(parts: list[str]) -> str:
    """Normalized title lines joined."""
    return "".join(parts)


def _clean_title(lines, nlines, parts_norm) -> str:
    originals = []
    for ln, n in zip(lines, nlines):
        if n in parts_norm:
            originals.append(ln.strip())
    raw = "".join(originals) if originals else "".join(parts_norm)
    return re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", raw)


def _single_document(lines: list[str], nlines: list[str], meta: dict) -> DocBlock:
    """A text with no 文号 line: one document, header fields from metadata if any."""
    title, start = "", 0
    for i, n in enumerate(nlines[:40]):
        if n and len(n) <= 60 and ("关于" in n or _TITLE_END.search(n)) and not n.endswith("。") \
                and not numbering(n):  # "二、实施六大人才行动计划" is a heading, not the title
            title, start = lines[i].strip(), i + 1
            break
    doc_no = None
    for n in nlines[:40]:
        m = DOC_NO_ANY.search(n)
        if m and len(n) <= len(m.group()) + 6:
            doc_no = m.group()
            break
    issued = issue_date(nlines)
    body, nbody = lines[start:], nlines[start:]
    first = next((i for i, n in enumerate(nlines[:max(0, start - 1)]) if n.endswith(("。", ":"))), None)
    if first is not None and any(n.endswith("。") for n in nlines[first:start - 1]):
        # A cover notice above the plan's own title (its addressees, "现将《…》印发你们…。
        # X要于…前报…"): its sentences are the document's text too.
        body, nbody = lines[first:start - 1] + body, nlines[first:start - 1] + nbody
    doc = DocBlock(doc_no, re.sub(r"\s+", "", title), None, issued, body, nbody)
    if title and "关于" in doc.title and doc.title.index("关于") > 0:
        doc.issuer = doc.title.split("关于", 1)[0]
    box = _box_fields(lines[:_BOX_LINES], nlines[:_BOX_LINES])
    if "|" in doc.title and "标题" in box:
        doc.title = box["标题"]  # the title was read off the box row itself
    _apply_meta(doc, {**box, **meta})
    return doc


_BOX_LINES = 12
_BOX_KEYS = {"文号": "文号", "发文字号": "文号", "成文日期": "成文日期", "名称": "标题", "标题": "标题"}


def _box_fields(lines: list[str], nlines: list[str]) -> dict[str, str]:
    """A portal's information box written as a pipe table ("文号: | X〔2024〕4号 | 成文日期: |
    2024-02-04 |"): its 文号, 成文日期 and title, the values as the page writes them. The keys
    are read in normalized text, so a traditional-character box (文號, 名稱) is read too."""
    out: dict[str, str] = {}
    for ln, n in zip(lines, nlines):
        cells, ncells = ln.split("|"), n.split("|")
        if len(ncells) < 3 or len(cells) != len(ncells):
            continue
        for k in range(len(ncells) - 1):
            key = _BOX_KEYS.get(ncells[k].strip().rstrip(":"))
            if key and ncells[k].strip().endswith(":") and cells[k + 1].strip():
                out.setdefault(key, re.sub(r"\s+", "", cells[k + 1]))
    return out


def _apply_meta(doc: DocBlock, meta: dict) -> None:
    if not meta:
        return
    doc.doc_no = meta.get("文号") or meta.get("发文字号") or doc.doc_no
    doc.title = meta.get("标题") or meta.get("title") or doc.title
    doc.issuer = meta.get("发布单位") or meta.get("发文机关") or doc.issuer
    # 成文日期 is the issue date; a page's 发布日期 (posting date) only stands in when the
    # text signs no date of its own.
    raw = meta.get("成文日期") or (None if doc.issued else meta.get("发布日期") or meta.get("date"))
    if raw:
        m = re.match(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", raw)
        if m:
            try:
                doc.issued = date(*map(int, m.groups()))
            except ValueError:
                pass
