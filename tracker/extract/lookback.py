"""Relative periods that look back: the age of a test, a stay, a record; no time to act in.

A rule for travellers or applicants measures a period back from now or from a check ("请近14日内到过
某地的人员…", "根据3日内核酸检测阴性结果出具证明", "审核申报期一年内重大安全质量状况"): it names which
stays, results or records count. Nobody is given that period to do something in, unlike "收到通知之日起
5日内报送" (a relative deadline, kept).
"""

from __future__ import annotations

from tracker.extract.rules import rule

# The word before a relative period that makes it a look-back: 近 (the last N days), a result or a
# proof relied on (根据/依据/凭/持/出示/查验), or the window of an application (申报期/有效期).
LOOKBACK_BEFORE = rule(
    "lookback_before",
    r"(?:近|最近|根据|依据|凭|持|出示|查验|申报期|有效期)$",
    "not_due",
    [("请近", ["近"]), ("各指挥部要根据", ["根据"]), ("对企业申报期", ["申报期"]), ("持", ["持"]),
     ("收到通知之日起", []), ("请于", [])],
    doc="Searched in the text right before a relative period (N日内, 一年内).",
)


def looks_back(text_norm: str, start: int, end: int) -> bool:
    """Is the relative period at ``text_norm[start:end]`` a look-back (``LOOKBACK_BEFORE``)?"""
    return LOOKBACK_BEFORE.pattern.search(text_norm, max(0, start - 4), start) is not None
