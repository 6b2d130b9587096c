"""Aims told in news: reported words that still state what is to be reached by a time.

A news page's reporter or an official opens the sentence ("据了解，", "记者从…获悉，", "…负责人表示，"),
and what follows is mostly told (figures, work done): ``not_due.REPORTED`` reads such a sentence as no
duty. When the sentence commits to a result by a time ("确保某高速铁路今年年底前建成通车", "力争至2027年
全面完成农村改厕", "确保年底前“交账兑现”", "确保各专项行动二季度销账70%"), it tells the plan's target, due
then, as the same sentence without the reporter's words would be (the corpus's gold reads these targets
of news as tasks).
"""

from __future__ import annotations

from tracker.extract.rules import rule

# 确保/力争/争取 and, in the same clause, the time the result is due ("确保在8月底全面完工").
# "确保了…" tells a result reached, no aim.
COMMITTED_TIME = rule(
    "committed_time",
    r"(?:确保|力争|争取)(?!了)[^,;。]{0,24}?"
    r"(?:(?:19|20)\d{2}年|今年|年底|年内|年末|[上下]半年|[一二三四1-4]季度|(?<![\d至到-])\d{1,2}月(?:底|末|份|\d{1,2}日)?)",
    "target",
    [("据了解，某省将重点推进十大工程，确保某高速铁路今年年底前建成通车；", ["确保某高速铁路今年"]),
     ("据了解，某县将把危房改造和改厕相结合，力争至2027年全面完成农村改厕。", ["力争至2027年"]),
     ("记者从某办获悉，已累计完成22项，另外26项继续加紧实施，确保年底前“交账兑现”。", ["确保年底"]),
     ("据了解，在时间节点上，确保各专项行动二季度销账70%，三季度销账100%。", ["确保各专项行动二季度"]),
     ("据了解，今年以来全区共完成改造1200户，确保了群众安全过冬。", []),
     ("据了解，该项目总投资3亿元，力争早日建成投用。", [])],
    doc="Searched in a sentence a reporter's or an official's words open: an aim with its time keeps it.",
)


def reported_aim(para: str, start: int, end: int) -> bool:
    """Does the reported sentence ``para[start:end]`` commit to a result by a time (an aim the page
    tells, not a fact)?"""
    return COMMITTED_TIME.pattern.search(para, start, end) is not None
