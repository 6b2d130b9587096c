"""Times a disaster notice tells, not due dates: a response switched on or off, weather to come.

A flood, frost or typhoon notice opens with what its command decided ("决定于7月4日16时启动本县防汛
Ⅳ级应急响应", "12月25日12时，省指挥部启动了…应急响应") and with the forecast that moved it ("某市将
于2月28日至3月2日迎来一次雨雪降温天气过程", "30日至1月1日最低气温可降至-6℃"). Those times say when
the response began or ended and when the weather comes; the duties of such a notice come with their
own due words or with the window the notice dates (a separate stage reads that).
"""

from __future__ import annotations

from tracker.extract.rules import rule

# A response or a warning level switched at the date (an hour may follow it, then the commanding
# body, then the switch and the response): the command's own act.
RESPONSE_SWITCH = rule(
    "response_switch",
    r"(?<=[日号])(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?|\d{1,2}:\d{2})?,?[^,;。]{0,30}?"
    r"(?:启动|终止|解除|结束|提升|降低|调整)了?[^,;。]{0,30}?应急响应",
    "not_due",
    [("决定于7月4日16时终止我县防汛Ⅳ级应急响应。", ["16时终止我县防汛Ⅳ级应急响应"]),
     ("12月25日12时,省指挥部启动了低温雨雪冰冻灾害Ⅳ级应急响应", ["12时,省指挥部启动了低温雨雪冰冻灾害Ⅳ级应急响应"]),
     ("于2027年8月9日10时30分启动某区防洪四级应急响应", ["10时30分启动某区防洪四级应急响应"]),
     ("各乡镇要做好准备,确保队伍随时待命", []),
     ("各成员单位于8月9日完成物资调配", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)

# A forecast told of the date ("将于2月28日至3月2日迎来一次雨雪降温天气过程", "主汛期（6月至8月）
# 降水量较常年偏多", "30日至1月1日最低气温可降至-4℃", "预计28日凌晨至3月1日，全市将有小雪"):
# when the weather comes, no one's duty.
FORECAST = rule(
    "forecast",
    r"(?<=[日号月旬])\)?[^,;。]{0,24}?(?:,[^,;。]{0,10}?)?"
    r"(?:迎来[^,;。]{0,20}?(?:天气|降温|降雨|降雪|寒潮|台风|大风)|天气过程"
    r"|(?:最[高低])?气温[^,;。]{0,8}?(?:降至|升至|下降|上升|可达)|降(?:水|雨|雪)量(?:较|比|将|可)"
    r"|(?:将有|有|出现)[^,;。]{0,12}?(?:小|中|大|暴)(?:雨|雪)(?!天气[^,;。]{0,4}(?:前|后)))",
    "not_due",
    [("某市将于2月28日至3月2日迎来一次雨雪降温天气过程", ["28日至3月2日迎来一次雨雪降温"]),
     ("30日至1月1日最低气温可降至-4至-6℃", ["至1月1日最低气温可降至"]),
     ("主汛期(6月至8月)降水量较常年偏多1至5成", ["至8月)降水量较"]),
     ("预计28日凌晨至3月1日,全市将有小雪或雨夹雪", ["凌晨至3月1日,全市将有小雪"]),
     ("各地要于3月1日完成道路除雪", []),
     ("各乡镇于2月28日组织人员清理积雪", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)


def alert_time(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` (not ending in 前) the time an emergency response
    was switched on or off (``RESPONSE_SWITCH``) or the time a forecast's weather comes (``FORECAST``)?"""
    return RESPONSE_SWITCH.pattern.match(text_norm, end) is not None \
        or FORECAST.pattern.match(text_norm, end) is not None
