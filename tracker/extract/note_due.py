"""Time limits inside responsibility notes: which segment of a note is a due date only.

A note often ends (or opens) with its time limit after the units: "（X、Y，2022年10月底前
完成）", "（X，第三季度）", "（X，长期坚持）", or glued to the last unit "（X4月底前）".
``split_due_tail`` cuts such a segment off the unit list; ``is_due_segment`` says whether
a segment is a time limit and nothing else. Used by notes.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.deadlines import find_deadlines, parse_deadline
from tracker.extract.dated import Hit, schedule

# Words around a deadline phrase that make a note segment a time limit and nothing else:
# "2022年6月底前完成", "于2021年9月30日前", "须在9月底前办结", "长期坚持".
_DUE_PREFIX = re.compile(r"^(?:并|均|务必|须|需|要|应|应当|力争|确保|争取|统一)?(?:于|在|到|至)?$")
# After the date: a completion verb, alone or with a short object of its own
# ("N年底前完成", "N年N月底前完成平台验收").
_DUE_SUFFIX = re.compile(
    r"^(?:以前|之前|前)?(?:全部|全面|基本|陆续)?"
    r"(?:(?:完成|办结|建成|出台|制定|印发|启动|上线|报送)[^,;。()\d]{0,12}"
    r"|落实|到位|落实到位|见效|实施|(?:持续)?(?:推进|开展))?(?:任务)?$")  # "年内持续推进"
# A standing limit, "立行立改" of 整改 notes too ("（X，立行立改）", "（X，立行立改、长期坚持）").
_ONGOING_SEGMENT = re.compile(r"^(?:立行立改、?|立即整改、?|即知即改、?)?"
                              r"(?:长期坚持|长期推进|长期|持续推进|持续开展|持续实施|常态化推进|常态化开展|常态化|持续)$"
                              r"|^(?:立行立改|立即整改|即知即改)$")
# Year-less periods that running text only takes with a marker (到/前/完成), but that a
# note segment of their own states as its time limit: "（X，第三季度）", "（X，6月份）".
_BARE_PERIOD = re.compile(
    r"^(?:于|在|到)?(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}(?:-\d{1,2})?月(?:份|上旬|中旬|下旬)?)(?:末|底)?"
    r"|^(?:全年|本年度|年度内)")


@lru_cache(maxsize=4096)
def is_due_segment(seg_norm: str) -> bool:
    """True when a segment of a note is only a time limit ("2022年6月底前完成", "于…前")."""
    seg = seg_norm.strip("\n ")
    if not seg or len(seg) > 40:
        return False
    if _ONGOING_SEGMENT.match(seg):
        return True
    hits = find_deadlines(seg, None)
    if not hits:
        m = _BARE_PERIOD.match(seg)
        return bool(m and _DUE_SUFFIX.match(seg[m.end():]) and parse_deadline(seg, None))
    # Several phrases may follow each other ("2021年底前启动，2022年6月底前完成") with
    # little in between; anything longer is a sentence, not a time limit.
    if any(hits[k + 1][0] - hits[k][1] > 6 for k in range(len(hits) - 1)):
        return False
    return bool(_DUE_PREFIX.match(seg[:hits[0][0]]) and _DUE_SUFFIX.match(seg[hits[-1][1]:]))


# The characters split_due_tail reads: brackets, the separators and the space.
_SEGMENT_MARKS = re.compile(r"[(\[)\],; ]")


def split_due_tail(s: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """Cut time-limit segments off either end of a unit list in ``s[start:end]``.

    Returns (new start, new end) of the unit part and the span of the time limit (or
    None): "区人社局、区教育局，2022年10月底前完成" -> the units, and the date phrase.
    Only segments after a top-level comma or semicolon are considered, so a unit name is
    never cut.
    """
    cuts = [start - 1]
    depth = 0
    for m in _SEGMENT_MARKS.finditer(s, start, end):  # (only the marks: no Python step per character)
        i = m.start()
        ch = m.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ",;" or ch == " " and s[i - 1] != " "):
            cuts.append(i)  # "（X 4月底前）": a space may part the units from the date
    cuts.append(end)
    segments = [(cuts[k] + 1, cuts[k + 1]) for k in range(len(cuts) - 1)]
    if len(segments) < 2:
        return _glued_due(s, start, end)
    due = None
    if is_due_segment(s[segments[-1][0]:segments[-1][1]]):
        due = segments.pop()
    elif is_due_segment(s[segments[0][0]:segments[0][1]]):
        due = segments.pop(0)
    if due is None:
        return (start, end), None
    return (segments[0][0], segments[-1][1]), due


# A time limit written right after the last unit with nothing between: "（X4月底前）"
# (the space a writer put there is gone once digits are normalized).
_GLUED_END = re.compile(r"(?:前|底|末|月|年|季度|份|完成)$")
_OFFICE_LAST = "局委办厅部处室科院所会府心组站队馆社镇道"


def _glued_due(s: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    if end - start < 6 or not _GLUED_END.search(s, start, end):
        return (start, end), None
    hits = find_deadlines(s[start:end], None)
    if hits and hits[-1][0] > 1:
        cut = start + hits[-1][0]
        if s[cut - 1] in _OFFICE_LAST and is_due_segment(s[cut:end]):
            return (start, cut), (cut, end)
    return (start, end), None


def steps_before(hits: list[Hit], dl, note_text: str):
    """Milestones of a passage whose text names earlier dates than its note's deadline
    ("…一期要于N月N日前开工。完成时限：N月底前全部投产"): each earlier date is a step,
    the note's date the last one. Empty when the text names no earlier date."""
    earlier = [h for h in hits if h.deadline.date and not h.deadline.recurrence
               and h.deadline.date < dl.date]
    if not earlier:
        return []
    _, _, _, ms = schedule(earlier + [Hit(0, 0, dl, clause=note_text)])
    return ms
