"""Dates and milestones as text a clerk types in a table cell, and back.

A date cell takes ``2018-12-31``, ``2018/12/31``, ``2018.12.31`` or the document's own
wording (``2018年12月31日``, ``2018年12月底前``). A milestones cell holds one checkpoint
per part, ``2018-12-31 完成方案；2019-06-30 全面推开``.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.errors import InputError

_NUMERIC = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$")
_MILESTONE_SPLIT = re.compile(r"[；;\n]+")
_LEADING_DATE = re.compile(r"^\s*(\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}年[^，,\s]*?[日底末])\s*[：:，,]?\s*")


def parse_date_input(text: str | None) -> date | None:
    """The date in ``text``; None when empty. Raises InputError when it is not a date."""
    text = (text or "").strip()
    if not text:
        return None
    m = _NUMERIC.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise InputError(f"不是有效日期：{text}") from None
    from tracker.deadlines import parse_deadline

    dl = parse_deadline(text, None)
    if dl is None or dl.date is None or dl.recurrence:
        raise InputError(f"无法识别的日期：{text}（请写成 2018-12-31 或 2018年12月31日）")
    return dl.date


def format_milestones(milestones: list[dict]) -> str:
    """``[{due, text}, …]`` as ``2018-12-31 完成方案；2019-06-30 全面推开``."""
    parts = []
    for m in milestones or []:
        due, text = m.get("due") or "", (m.get("text") or "").strip()
        parts.append(f"{due} {text}".strip() if text != due else due)
    return "；".join(p for p in parts if p)


def parse_milestones(text: str | None) -> list[dict]:
    """Read a milestones cell back; each part must start with a date. Raises InputError."""
    out = []
    for part in _MILESTONE_SPLIT.split(text or ""):
        part = part.strip()
        if not part:
            continue
        m = _LEADING_DATE.match(part)
        if not m:
            raise InputError(f"阶段节点应以日期开头：{part}")
        due = parse_date_input(m.group(1))
        label = part[m.end():].strip() or due.isoformat()
        out.append({"due": due.isoformat(), "text": label})
    return sorted(out, key=lambda m: m["due"])
