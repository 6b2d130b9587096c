"""A sentence stating the weather of a spell, forecast or past: the spell, no duty of anyone.

A warning notice or its news opens with the weather it is about: a forecast ("根据最新天气预报，
2027年1月30日夜里至31日白天，我市将有一次雨雪过程，…"), a bulletin it received ("接市应急办紧急通知，
从9月15日至9月18日午时，我市气象条件极不利于污染物扩散，将出现一次重污染过程。"), or the rain that
has fallen ("7月19日夜间，我市部分县区出现灾害性强降雨天气，…造成一定损失。"). Its days date the spell
(task_spell.py binds the duties after it at its end), not a duty: the clerk enters the demands that
follow. A sentence that asks or plans anything (要, 须, 请, 确保, …前, 完成) keeps its duty.
"""

from __future__ import annotations

import re

from tracker.extract.rules import rule

# A forecast, a bulletin or an observation, then the weather it states within the sentence.
WEATHER_STATED = rule(
    "weather_stated",
    r"(?:预报|预测|预计|通报|将出现|将有|出现)[^;。]{0,60}?"
    r"(?:降雨|降水|降雪|雨雪|暴雨|大雨|冰冻|寒潮|大风|降温|台风|冰雹|污染过程|雨情|汛情)",
    "scope",
    [("根据最新天气预报,2027年1月30日夜里至31日白天,我市将有一次雨雪过程。", ["预报,2027年1月30日夜里至31日白天,我市将有一次雨雪"]),
     ("据气象部门通报,6月4日8时至6月5日8时,某县降雨量达100毫米以上。", ["通报,6月4日8时至6月5日8时,某县降雨"]),
     ("接市应急办紧急通知,从9月15日至9月18日午时,我市将出现一次重污染过程。", ["将出现一次重污染过程"]),
     ("7月19日夜间,我市部分县区出现灾害性强降雨天气,造成一定损失。", ["出现灾害性强降雨"]),
     ("各乡镇要于5月31日前完成排查整治", []), ("2027年建成3个气象观测站", [])],
    doc="Searched in a dated sentence of the implicit stage (weather_report).",
)
# A request, a plan or a deadline in the sentence: it sets a duty ("各地要密切关注降雨预报…").
_ASKS = re.compile(r"要|须|需|应(?!急)|请|务必|必须|确保|力争|争取|计划|前|完成|负责")


def weather_report(para: str, start: int, end: int) -> bool:
    """Does the sentence ``para[start:end]`` only state the weather of a spell (a forecast, a
    bulletin or the rain fallen), asking or planning nothing?"""
    return WEATHER_STATED.pattern.search(para, start, end) is not None and _ASKS.search(para, start, end) is None
