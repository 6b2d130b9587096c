"""A long title shortened for a one-line mention (a reminder, a summary line, a list).

Cutting a title at a fixed count ends it mid-word without a sign ("…组织落"): the reader
takes the stub for the whole title. Here a shortened title always ends in "…", and is cut
at its last pause (、，；：) when that keeps at least half of the room, so whole phrases
show: "推动新型防水材料、高端陶瓷研磨材料、橡胶助剂…" rather than "…橡胶助".
"""

from __future__ import annotations

PAUSES = "，、；：,;: 　"
MARK = "…"


def shorten(text: str | None, limit: int) -> str:
    """``text`` (stripped) when it has at most ``limit`` characters; else at most ``limit``
    characters ending in "…", cut at a pause in the second half of the room if there is one."""
    text = (text or "").strip()
    if len(text) <= limit:
        return text
    head = text[:max(1, limit - 1)]
    pause = max(head.rfind(p) for p in PAUSES)
    if pause >= limit // 2:
        head = head[:pause]
    return head.rstrip(PAUSES) + MARK
