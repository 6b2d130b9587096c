"""Times that date reported figures: a statistic's period, a comparison's day, a progress report's period.

News of work done and progress 通报 tell figures of a period gone by ("今年1至3月，某市空气质量
综合指数排名位于全国第七十位", "上半年，某热线受理市民来电300万件"), compare with a day of last year
("低于去年同期（2026年6月5日，69.9%）水平") and name the period a progress report covers
("2027年1-11月份某市重点工作完成情况", "重点任务推进情况（2027年第二季度）"). Those times say
when the figures were counted; nothing falls due then.
"""

from __future__ import annotations

from tracker.extract.rules import rule

# A figure counted over the period the date names: calls received (受理…N件) or a ranking (排名…第N).
# A modal or a target word before the figure makes it a target ("排名力争进入全国前十"): kept.
FIGURE_PERIOD = rule(
    "figure_period",
    r"(?<=[月度年季])(?:份|以来)?,?"
    r"(?:(?!要|应|须|力争|争取|确保|计划|预计|将|目标|进入|提升|提高)[^,;。]){0,30}?"
    r"(?:受理[^,;。]{0,16}?\d|排名(?:位于|位居|居|列)?(?:(?!力争|争取|确保|进入|提升|提高)[^,;。]){0,16}?(?:倒数)?第[\d一二三四五六七八九十])",
    "not_due",
    [("今年1至3月，某市城市空气质量综合指数排名位于全国74个重点城市倒数第七位。",
      [",某市城市空气质量综合指数排名位于全国74个重点城市倒数第七"]),
     ("上半年受理群众来电300多万件", ["受理群众来电3"]),
     ("2027年上半年，某市12345市民服务热线受理市民来电304.9万件", [",某市12345市民服务热线受理市民来电3"]),
     ("2027年，全省营商环境排名力争进入全国第10位。", []),
     ("各单位6月底前受理完毕，排名第一的单位予以通报。", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)

# A day given as last year's point of comparison ("低于去年同期（2026年6月5日，69.9%）水平"), or two
# periods compared ("今年1-6月较1-5月空气质量综合指数排名后退5位的县"): when figures were counted.
COMPARED_DAY = rule(
    "compared_day",
    r"(?:去年|上年|上一年)同期\($|(?<=[月季])较$",
    "not_due",
    [("年报率低于去年同期（", ["去年同期("]), ("今年1-6月较", ["较"]), ("去年同期", []), ("比", [])],
    doc="Searched in the text right before a date.",
)
COMPARED_PERIOD = rule(
    "compared_period",
    r"(?<=[月季])较(?:\d{1,2}(?:[-—至]\d{1,2})?月|去年同期|上年同期|上月|上季度)",
    "not_due",
    [("今年1-6月较1-5月排名后退5位以上的县", ["较1-5月"]), ("6月底较", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)

# The period a progress report covers, in its title ("2027年1-11月份某市重点工作完成情况",
# "2027年政府工作报告三季度完成情况.docx"), or in brackets after it ("推进情况（2027年第二季度）").
# A verb handing the report in ("6月底报送上半年工作完成情况") makes its date due (上半年 still names
# the period reported).
REPORT_PERIOD = rule(
    "report_period",
    r"(?<=[月度年季份])(?:(?!报送|上报|提交|填报|汇总|报市|报区|报县|报省|要求|要|须|应|请|前)[^,;。:!?]){0,30}?"
    r"(?:完成|进展|推进|落实|执行)(?:和完成)?情况(?=通报|报告|汇总表|统计表|一览表|表|\.docx?|\(|$|文号|[,;。:!?])",
    "not_due",
    [("2027年1-11月份某市《政府工作报告》部分目标任务完成情况 文号:", ["1-11月份某市《政府工作报告》部分目标任务完成情况"]),
     ("2027年县政府工作报告三季度完成情况.docx", ["县政府工作报告三季度完成情况"]),
     ("请各部门于6月底报送上半年工作完成情况。", ["工作完成情况"]), ("请各部门于6月底报送工作完成情况。", []),
     ("各乡镇6月底完成情况摸底，", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)
_REPORTED_IN = ("完成情况(", "进展情况(", "推进情况(", "落实情况(", "执行情况(")


def reported_figure(text_norm: str, start: int, end: int) -> bool:
    """Is the date at ``text_norm[start:end]`` (not ending in 前) the period of reported figures,
    last year's day of comparison, one of two periods compared, or the period a progress report's
    title names?"""
    return FIGURE_PERIOD.pattern.match(text_norm, end) is not None or COMPARED_PERIOD.pattern.match(text_norm, end) is not None \
        or COMPARED_DAY.pattern.search(text_norm, max(0, start - 8), start) is not None \
        or REPORT_PERIOD.pattern.match(text_norm, end) is not None \
        or text_norm.endswith(_REPORTED_IN, max(0, start - 8), start)
