"""A news page's headline restating a duty its body tells.

A page with no document header opens with its headline ("某州：400个项目拟定3月底集中开复工",
"某桥正在施工 预计11月底完工"); the body tells the same duty with its doers and context ("…活动将于
3月底举行"). The tracker holds it once: the task read from the headline gives way to a body task due
the same day. A numbered item or a sentence (。，；) on the first line is no headline, and a recurring
duty is kept (the headline may be the only place stating its rule).
"""

from __future__ import annotations

import re

from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm, numbering

_HEADLINE_MAX = 40  # a headline is a short line; a longer first line is a page's opening text
_SENTENCE_MARK = re.compile(r"[。,;]")
_HEAD_LINES = 2  # the headline and the subtitle under it


def drop_headline(doc_no: str | None, title: str | None, lines: list[str], tasks: list[ExtractedTask]) -> list[ExtractedTask]:
    """``tasks`` without the first one when it is read from the headline of a page with no
    document header (no number, no title) and a later task is due the same day (on a page
    with no year, a later task stating the same due phrase). The headline is the page's first
    line or the subtitle under it; the task may be a part of it ("抽查了75个村！某市：这事4月中旬前要办好！")."""
    if doc_no or (title or "").strip() or len(tasks) < 2:
        return tasks
    first = tasks[0]
    if first.recurrence or not first.deadline_text:
        return tasks
    text, phrase = norm(first.text), norm(first.deadline_text)
    heads = [norm(ln) for ln in lines if ln.strip()][:_HEAD_LINES]
    if not any(_headline(head) and phrase in head and (text.startswith(head[:12]) or (len(text) >= 6 and text in head))
               for head in heads):
        return tasks
    # A page with no year gives no dates: a later task stating the same phrase is due the same day then.
    if any(t.deadline == first.deadline and not t.recurrence
           and (first.deadline is not None or phrase in norm(t.text)) for t in tasks[1:]):
        return tasks[1:]
    return tasks


def _headline(line_norm: str) -> bool:
    """Is a line short, with no sentence mark and no item number, as a headline is?"""
    return bool(line_norm) and len(line_norm) <= _HEADLINE_MAX and not _SENTENCE_MARK.search(line_norm) \
        and not numbering(line_norm)
