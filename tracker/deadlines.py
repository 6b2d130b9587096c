"""Deadline phrases: from Chinese wording to a due date, a precision and a recurrence.

Pure and Qt-free; the clock is never read (the document's issue date stands in for
"now"). Resolution rules (see ../shared/eval/README.md):

- ``2019年12月底(前)``, ``2019年12月`` -> last day of that month;
  ``2019年2月3日(前)`` -> that day (``2月30日`` is clamped to the month's last day).
- ``2018年底前`` / ``2018年年底`` / ``2018年末`` / ``到2020年`` / ``2018年度`` -> 12-31;
  ``年内`` / ``年底前`` / ``今年`` with no year -> 12-31 of the issue year; ``明年`` -> next.
- ``2018年中`` -> 06-30, ``2019年初`` -> 01-31 (a clerk's reading of "early in the year").
- ``上半年`` -> 06-30, ``下半年`` -> 12-31; ``(第)三季度(末)`` -> 09-30.
- Within a month: ``上旬`` -> 10th, ``中旬`` -> 20th, ``下旬`` -> last day,
  ``月初`` -> 10th (read like 上旬), ``月中`` -> 15th.
- ``2018-2019年`` / ``2018年至2019年`` stages, ``9-12月`` and ``9月1日至30日`` ranges -> end of
  the last part.
- ``采暖季前`` -> 11-15 (the heating season starts on 15 November); ``春节前`` ->
  the eve of the lunar new year, ``国庆节前`` -> 09-30 (the next festival after issue when no year).
- A phrase with no year takes the issue year; when that lands before the issue date
  (``3月底前`` in a November document) it means the next year.
- Recurring duties (``每年12月31日前``, ``每半年``, ``每季度``, ``每月28日前``, ``每周五``):
  an RFC 5545 RRULE, and the date is the first occurrence after the issue date.
  RRULEs with an INTERVAL are anchored on that first occurrence, so pass ``Deadline.date``
  as ``start`` to :func:`occurrences`.
- Relative duties (``收到…之日起五日内``, ``10个工作日内``): no date, precision
  ``relative``, the phrase kept.
- ``长期`` / ``持续推进`` / ``常态化`` in a deadline cell: no date, precision ``none``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from tracker.normtext import fold
from tracker.deadline_filters import (PAST_DUE_DAYS, TITLE_WINDOW, accept_in_text, allowed_later, context_end,
                                     extend_relative_start, joined_range, range_head, unmasked)
from tracker.deadline_resolve import Resolved, resolve
from tracker.deadline_rules import MASTER_SCAN
from tracker.recurrence import describe_recurrence, exempt_rule, first_after, occurrences

__all__ = [
    "Deadline",
    "parse_deadline",
    "find_deadlines",
    "occurrences",
    "describe_recurrence",
]

PRECISIONS = ("day", "month", "quarter", "half", "year", "season", "relative", "none")


@dataclass(frozen=True)
class Deadline:
    """A resolved deadline.

    ``date`` is the due date (the first occurrence of a recurring duty; None when it is
    relative to an event or the year is unknown); ``precision`` one of ``PRECISIONS``;
    ``recurrence`` an RRULE body without the ``RRULE:`` prefix; ``text`` the phrase as
    written.
    """

    date: date | None
    precision: str
    recurrence: str | None
    text: str


_ONGOING = re.compile(r"长期|持续|常态化|长效|久久为功")
# A cell or note value "全年" (work through the year, as in a 工作要点): due at the end of
# the issue year, like 年内. Only a whole value: "全年新增…" in running text is a figure.
_WHOLE_YEAR = re.compile(r"^(?:全年|本年度|年度内)(?:持续|推进|完成|实施|开展|落实)?$")
_WS = re.compile(r"\s+")
_AFTER_EACH = re.compile(r"(?:[月季年]报:)?(?=月后|季后|季度后|半年后)")  # "季后7日前", "季报:季后5日前"
_DIGIT_YEAR = re.compile(r"\d{4}(?!\d)")
_SCHEDULE_HEAD = 12


def _compress(text: str, folded: bool = False) -> tuple[str, list[int], list[int]]:
    """Fold ``text`` and drop whitespace, keeping a map back to original positions.

    Whitespace inside numbers and phrases ("2019 年 12 月", a number wrapped across a
    line) is dropped. Between a digit and a complete four-digit year it is kept as one
    space, so a page number at a line end does not glue onto the year below it.
    Returns (normalized, run_starts_normalized, run_starts_original); ``folded``: ``text`` is folded.
    """
    folded = text if folded else fold(text)
    # Most texts come normalized already (no whitespace at all): nothing to drop. str.split
    # finds the first whitespace (the same characters as \s) faster than a regex scan.
    whole = folded.split(None, 1)
    if len(whole) == 1 and len(whole[0]) == len(folded):
        return folded, [0], [0]
    parts: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    n = 0
    pos = 0
    for gap in _WS.finditer(folded):
        s, e = gap.span()
        if s > pos:
            parts.append(folded[pos:s])
            norm_starts.append(n)
            orig_starts.append(pos)
            n += s - pos
        if s > 0 and folded[s - 1].isdigit() and _DIGIT_YEAR.match(folded, e):
            parts.append(" ")
            norm_starts.append(n)
            orig_starts.append(s)
            n += 1
        pos = e
    if pos < len(folded):
        parts.append(folded[pos:])
        norm_starts.append(n)
        orig_starts.append(pos)
    return "".join(parts), norm_starts, orig_starts


def _to_orig(i: int, norm_starts: list[int], orig_starts: list[int]) -> int:
    k = bisect.bisect_right(norm_starts, i) - 1
    return orig_starts[k] + (i - norm_starts[k])


_RESOLVED: dict = {}
_ACCEPTED: dict = {}
_MADE: dict = {}
_MISSING = object()


def _collect(norm: str, issued: date | None, strict: bool,
             keep_past: bool = False, anchors: list[int] | None = None) -> list[tuple[int, int, Resolved]]:
    """Resolved phrases in the normalized text, as (start, end, resolved).

    ``strict`` applies the running-text filters (document numbers, titles, past years,
    rates such as 每人每年); a deadline cell is parsed leniently. ``keep_past`` keeps periods
    ended before ``issued`` (the caller decides whether they are steps of a plan).
    """
    out: list[tuple[int, int, Resolved]] = []
    any_title = "《" in norm
    for m in MASTER_SCAN.finditer(norm, anchors):
        start, end = m.span()
        if start == end:
            continue
        # A range: "2018年9月-12月", "2018年9月至2019年6月" is one phrase ending at
        # its second part, which borrows the first part's year.
        joined = bool(out) and start - out[-1][1] <= 3 and out[-1][2].kind == "date" \
            and joined_range(norm, out[-1][1], start, m)
        # A list of dates ("于2027年2月和8月底前"): a later item takes the year written on the first.
        listed = not joined and bool(out) and start - out[-1][1] == 1 and norm[start - 1] in "和、及与" \
            and out[-1][2].kind == "date" and out[-1][2].has_year
        ctx_year = out[-1][2].year if joined or listed else None
        # A day with no month after a dated phrase of its sentence counts from that date.
        anchor = out[-1][2].date if m.group("dd") and out and out[-1][2].kind == "date" and out[-1][2].date \
            and "。" not in norm[out[-1][1]:start] else issued
        # The match's groups depend only on its text and the one character before it (the
        # lookbehinds), so dense text with the same phrase over and over resolves each phrase once.
        key = (norm[start - 1:end] if start else norm[:end], anchor, ctx_year)
        res = _RESOLVED.get(key, _MISSING)
        if res is _MISSING:
            res = resolve(m, anchor, ctx_year)
            if len(_RESOLVED) >= 8192:
                _RESOLVED.clear()
            _RESOLVED[key] = res
        if res is None:
            continue
        if strict and res.kind == "date" and res.date and issued and not res.has_year and ctx_year is None \
                and m.group("bef") and (issued - res.date).days > PAST_DUE_DAYS:
            res = resolve(m, issued, issued.year + 1) or res  # "1月5日前" in a 31 December notice
        res = unmasked(norm, start, res, ctx_year)  # "201*年1月16日前": the year is not given
        if strict:
            # The filter reads the match, two characters before it, three after it and
            # whether a 《title》 is open; the same context gives the same answer.
            lo = start - 2 if start >= 2 else 0
            if any_title:
                w = start - TITLE_WINDOW if start > TITLE_WINDOW else 0
                open_title = norm.rfind("《", w, start) > norm.rfind("》", w, start)
            else:
                open_title = False
            akey = (norm[lo:context_end(norm, start, end, res)], start - lo, open_title, issued, joined, ctx_year,
                    keep_past)
            ok = _ACCEPTED.get(akey)
            if ok is None:
                ok = accept_in_text(norm, m, res, None if keep_past and res.kind == "date" and res.date
                                    and issued and res.date < issued else issued, joined)
                if len(_ACCEPTED) >= 8192:
                    _ACCEPTED.clear()
                _ACCEPTED[akey] = ok
            if not ok or allowed_later(norm, start):
                continue
        if joined:
            out[-1] = (out[-1][0], end, res)
            continue
        if res.kind == "date" and not res.has_year:
            # "5月至10月", "5月—10月": the opening month belongs to the phrase; the
            # stage is due at its end, resolved on its own.
            core = start + (1 if m.group("pre") else 0)
            start = min(start, max(range_head(norm, core), out[-1][1] if out else 0))
        if res.kind == "rel" and strict:
            # The event phrase before "之日起N日内" never reaches back into the previous hit.
            start = max(extend_relative_start(norm, start), out[-1][1] if out else 0)
        out.append((start, end, res))
    return out


def _make(res: Resolved, text: str) -> Deadline:
    return Deadline(res.date, res.precision, res.rrule, text)


def parse_deadline(phrase: str, issued: date | None) -> Deadline | None:
    """Parse a deadline phrase (a 完成时限 cell, a note value) into a :class:`Deadline`.

    Returns None when the phrase holds no time at all. A recurring part wins over
    dates; among several dates the latest is the deadline (a cell such as
    "2018年底前启动，2019年6月底前完成" is due when its last step is). Never raises.
    """
    if not phrase or not phrase.strip():
        return None
    text = phrase.strip()
    norm, _, _ = _compress(text)
    # Dots ("2021.12") and a bare year ("建设时间 | 2024", due at its end) as a cell writes them.
    norm = _undot(norm) if "." in norm else (norm + "年" if _DIGIT_YEAR.fullmatch(norm) else norm)
    if each := _AFTER_EACH.match(norm):
        # A report schedule's cell "月后18日前", "季后7日前": the day after each period.
        norm = "每" + norm[each.end():]
    # "(四季度免报)": the exempt period names no due date of its own.
    spans = [(start, res) for start, end, res in _collect(norm, issued, strict=False)
             if not norm.startswith("免报", end)]
    # A cell of dated steps ("2024年底前:…;2025年底前:…推进按月结算优惠服务"): a 按月 or 每月 deep
    # inside a step's text is the manner of the work, not the cell's schedule.
    if any(r.kind == "date" and r.has_year for _, r in spans):
        spans = [(a, r) for a, r in spans if r.kind != "rec" or a <= _SCHEDULE_HEAD]
    found = [r for _, r in spans]
    if not found:
        if _WHOLE_YEAR.match(norm):
            return Deadline(date(issued.year, 12, 31) if issued else None, "year", None, text)
        if _ONGOING.search(norm):
            return Deadline(None, "none", None, text)
        return None
    for res in found:
        if res.kind == "rec":
            dl = _make(res, text)
            return _exempt(dl, norm, issued) if "免报" in norm else dl
    dated = [r for r in found if r.kind == "date"]
    if dated:
        known = [r for r in dated if r.date is not None]
        best = max(known, key=lambda r: r.date) if known else dated[-1]
        return _make(best, text)
    return _make(found[0], text)


# A cell's date written with dots ("2021.12", "2022.6.30", "2023.01-2023.12"): the year and
# month (and day) of a 计划完成时间 column. Only in cells: in running text dots are numbers.
_DOTTED = re.compile(r"(?<![\d.])((?:19|20)\d{2})\.(1[0-2]|0?[1-9])(?:\.(3[01]|[12]\d|0?[1-9]))?(?![\d.])")


def _undot(norm: str) -> str:
    return _DOTTED.sub(lambda m: f"{m.group(1)}年{m.group(2)}月" + (f"{m.group(3)}日" if m.group(3) else ""), norm)


def _exempt(dl: Deadline, norm: str, issued: date | None) -> Deadline:
    """A recurring report with a period exempt ("月后18日前(1月免报)"): see :func:`exempt_rule`."""
    new = exempt_rule(dl.recurrence, norm)
    if new is None:
        return dl
    return Deadline(first_after(new, issued) if issued else None, dl.precision, new, dl.text)


def find_deadlines(text: str, issued: date | None, keep_past: bool = False, folded: bool = False, anchors: list[int] | None = None) -> list[tuple[int, int, Deadline]]:
    """Every deadline phrase in running ``text``, as (start, end, Deadline).

    Spans are [start, end) in ``text`` itself. Document numbers (〔2018〕61号), years inside titles (《…2018年…》),
    start dates (自2018年起), past years and rates (每人每年) are not reported. Never raises; linear in the length of
    the text. ``folded``: ``text`` is its own fold; ``anchors``: ``MASTER_SCAN.anchor_starts(text)`` when known.
    """
    if not text:
        return []
    norm, ns, os_ = _compress(text, folded)
    out: list[tuple[int, int, Deadline]] = []
    identity = ns == [0] and os_ == [0]  # no whitespace was dropped: positions unchanged
    for start, end, res in _collect(norm, issued, True, keep_past, anchors if identity and (norm is text or norm == text) else None):
        if identity:
            o_start, o_end = start, end
        else:
            o_start = _to_orig(start, ns, os_)
            o_end = _to_orig(end - 1, ns, os_) + 1
        phrase = text[o_start:o_end]
        dl = _MADE.get((res, phrase))
        if dl is None:
            if len(_MADE) >= 8192:
                _MADE.clear()
            dl = _MADE[(res, phrase)] = _make(res, phrase)
        out.append((o_start, o_end, dl))
    return out
