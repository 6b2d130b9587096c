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


def drop_headline(doc_no: str | None, title: str | None, lines: list[str], tasks: list[ExtractedTask]) -> list[ExtractedTask]:
    """``tasks`` without the first one when it is read from the headline of a page with no
    document header (no number, no title) and a later task is due the same day (on a page
    with no year, a later task with the same due phrase)."""
    if doc_no or (title or "").strip() or len(tasks) < 2:
        return tasks
    head = next((norm(ln) for ln in lines if ln.strip()), "")
    first = tasks[0]
    if not head or len(head) > _HEADLINE_MAX or _SENTENCE_MARK.search(head) or numbering(head) \
            or first.recurrence or not first.deadline_text \
            or norm(first.deadline_text) not in head or not norm(first.text).startswith(head[:12]):
        return tasks
    phrase = norm(first.deadline_text)
    # A page with no year gives no dates: the same phrase is the same day then.
    if any(t.deadline == first.deadline and not t.recurrence
           and (first.deadline is not None or norm(t.deadline_text or "") == phrase) for t in tasks[1:]):
        return tasks[1:]
    return tasks
