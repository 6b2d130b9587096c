"""A season or a ban the document declares: its days say when the public must refrain, no unit's due date.

A fire or fishing command declares its season ("规定2026年11月15日至2027年5月31日为今冬明春森林草原防火期")
or issues a ban or a warning for days in brackets ("发布森林防火禁火令（1月21日至1月28日），禁止一切野外
用火", "决定发布高森林火险橙色预警信号（3月20日-3月25日）"). Those days bound the ban; the duties the
notice hands to units inside that window are read with it (a window stage), not this sentence.
"""

from __future__ import annotations

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
