"""A season or a ban the document declares: its days say when the public must refrain, no unit's due date.

A fire or fishing command declares its season ("规定2026年11月15日至2027年5月31日为今冬明春森林草原防火期")
or issues a ban or a warning for days in brackets ("发布森林防火禁火令（1月21日至1月28日），禁止一切野外
用火", "决定发布高森林火险橙色预警信号（3月20日-3月25日）"). Those days bound the ban; the duties the
notice hands to units inside that window are read with it (a window stage), not this sentence.
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import rule

# After the date: the season it is declared ("…为今冬明春森林草原防火期").
SEASON_AFTER = rule(
    "season_after",
    r"(?<![^\d日月年旬底初])(?:为|是)[^,;。]{0,16}?(?:防火|禁火|高火险|休渔|禁渔|禁捕|禁牧|禁猎)[^,;。\d]{0,4}?期",
    "not_due",
    [("至2027年5月31日为今冬明春森林草原防火期", ["为今冬明春森林草原防火期"]), ("至4月30日为森林草原防火紧要期", ["为森林草原防火紧要期"]),
     ("各林区要于防火期前完成检查", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)
# Before the date: a ban's or a warning's name with the bracket of its days ("禁火令（", "预警信号（").
SEASON_BEFORE = rule(
    "season_before",
    r"(?:禁火令|禁烧令|禁渔令|禁令|预警信号|警报信号)\($",
    "not_due",
    [("发布森林防火禁火令（", ["禁火令("]), ("高森林火险橙色预警信号(", ["预警信号("]), ("报送预警信息（", [])],
    doc="Searched in the text right before a date.",
)


def declared_season(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` (not ending in 前) a season or a ban the document
    declares (``SEASON_AFTER``, ``SEASON_BEFORE``)?"""
    return SEASON_AFTER.pattern.match(text_norm, end) is not None \
        or SEASON_BEFORE.pattern.search(text_norm, max(0, start - 8), start) is not None


_Y, _M, _D = r"(?:19|20)\d{2}", r"1[0-2]|0?[1-9]", r"3[01]|[12]\d|0?[1-9]"
# A span's first day (a time of day may follow it) and its "至/到/dash + last day"; task_spell.py reads
# warnings' spells with them; a season may also start "即日起".
SPAN_START = rf"(?:(?P<y1>{_Y})年)?(?:(?P<m1>{_M})月)?(?P<d1>{_D})日?(?:[^\d,;。:至到~\-—－]{{0,4}})?"
SPAN_END = rf"(?:至|到|~|-|—|－){{1,2}}(?:(?P<y2>{_Y})年)?(?:(?P<m2>{_M})月)?(?P<d2>{_D})日"
# The days of a season or a ban the notice declares, as its opening items state them ("一、封山时间：
# 从即日起至2027年5月31日", "2027年3月15日至6月15日为全旗春季防火期", "从3月25日起至5月20日止，对重点林区实施
# 防火戒严"): its start may be the day the notice comes out. Its end binds the duties the notice hands
# to named doers (task_window.py), as a spell of weather binds those of a warning.
SEASON_SPAN = rule(
    "season_span",
    rf"(?:(?:自|从)?(?:即日|今日|本(?:通告|通知|公告|命令|令)(?:发布|印发|下发|公布)?之日)起?,?"
    rf"|{SPAN_START})" + SPAN_END + r"(?!前|之前|以前)",
    "window",
    [("封山时间:从即日起至2027年5月31日。", ["从即日起至2027年5月31日"]),
     ("自本通告发布之日起至2027年5月31日,为春季防火期", ["自本通告发布之日起至2027年5月31日"]),
     ("休牧工作从3月20日开始至6月20日结束", ["3月20日开始至6月20日"]),
     ("2027年3月15日至2027年6月15日为森林草原防火期", ["2027年3月15日至2027年6月15日"]),
     ("各乡镇于5月31日前完成巡查", [])],
)
_SEASON = re.compile(alternation(lexicon().season_words))
_WORD_OF_DUTY = re.compile(r"要|须|应|务必|请")
_SENTENCE = re.compile(r"[^。;\n]+")
# A label on a line of its own over the days ("二、封山时间" / "从即日起至5月31日。") is that short.
_LABEL = 14


def season_window(text_norm: str, spans: list[tuple[int, int]], first: int) -> tuple[re.Match, int] | None:
    """(days matched by ``SEASON_SPAN``, end of their sentence) of the season or ban the notice
    declares in one of its paragraphs ``spans[:first]``: a sentence holding the days and a word of a
    season (lexicon ``seasons``), or the days under a label naming one; none in a sentence that
    hands out a duty ("各乡镇要于3月1日至5月31日开展巡查": that duty is dated on its own)."""
    for k, (pa, pb) in enumerate(spans[:first]):
        label = spans[k - 1] if k else (pa, pa)
        labelled = label[1] - label[0] <= _LABEL and _SEASON.search(text_norm, *label)
        for sm in _SENTENCE.finditer(text_norm, pa, pb):
            a, b = sm.span()
            for w in SEASON_SPAN.spans(text_norm, a, b):
                if _WORD_OF_DUTY.search(text_norm, a, w.start) or not (labelled or _SEASON.search(text_norm, a, b)):
                    continue
                return SEASON_SPAN.pattern.match(text_norm, w.start, w.end), b
    return None
