"""Display helpers, item numbering and a substring finder over the normalized text of ``tracker.normtext``.

The normalized form itself (``fold``, ``norm``, ``NText`` with its position map) lives in
``tracker.normtext``, shared with the deadline grammar; it is re-exported here.
"""

from __future__ import annotations

import re

from tracker.normtext import NORM_SPACES, NText, fold, fold_joined, fold_stable, norm, norm_lines

__all__ = ["NText", "NORM_SPACES", "fold", "fold_joined", "fold_stable", "norm", "norm_lines", "display", "repair_and", "numbering", "number_text", "NUMBERING",
           "find_all"]


_LINEBREAKS = re.compile(r"[ \t\u3000]*\n[ \t\u3000\n]*")
# " and " between CJK characters (ideographs or full-width punctuation) is a conversion
# artefact for 和; English text and mixed Latin text are left alone.
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3001\u300a-\u300f\u201c\u201d\uff08\uff09]")


def repair_and(text: str) -> str:
    """Display text with " and " between CJK characters read back as 和.

    Occurrences are found with str.find, so a long text without them costs one scan.
    """
    i = text.find(" and ")
    if i < 0:
        return text
    parts, last = [], 0
    while i >= 0:
        if i > 0 and _CJK.match(text, i - 1) and _CJK.match(text, i + 5):
            parts.append(text[last:i])
            parts.append("和")
            last = i + 5
        i = text.find(" and ", i + 5)
    parts.append(text[last:])
    return "".join(parts)


def display(text: str) -> str:
    """Original text tidied for display: line breaks left by page layout removed and
    " and " between CJK characters read back as 和."""
    if "\n" in text:
        text = _LINEBREAKS.sub("", text)
    return repair_and(text.strip())


# Item numbering at the start of a paragraph: 一、 （一） 1. 1、 (1) ① 第一条 第一章 第一阶段.
NUMBERING = re.compile(
    r"^(?:[-*#>]\s*)?(?:"
    r"(?P<l1>[一二三四五六七八九十百]+、)"
    r"|(?P<l2>\([一二三四五六七八九十百]+\)、?)"
    r"|(?P<l3>\d{1,3}(?:\.(?!\d)|、|\. ?|．|。(?=[\u4e00-\u9fff])))"  # "1。在…": a page's odd stop
    r"|(?P<l4>\(\d{1,3}\)|[①②③④⑤⑥⑦⑧⑨])"
    r"|(?P<l5>第[一二三四五六七八九十百\d]+(?:阶段|步|[章节条部分项]))"
    r")"
)


def numbering(line_norm: str) -> str | None:
    """The item number that opens a normalized paragraph, or None."""
    return number_text(NUMBERING.match(line_norm))


def number_text(m: re.Match | None) -> str | None:
    """The item number a ``NUMBERING`` match reads ("（一）", "3"), or None."""
    return m.group().rstrip("、. ") if m else None


def find_all(text: str, sub: str) -> list[int]:
    """Every index where ``sub`` starts in ``text``, by ``str.find`` (one C scan per hit, where a
    regex would try every character)."""
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
