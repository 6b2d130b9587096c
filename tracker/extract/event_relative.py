"""A duty counted from an event the notice does not date: "考试结束后，各系将试卷交教务处",
"选民名单要在选举日的20天前张榜公布", "各学校要在活动开始前制定安全预案".

The event (an exam, an activity, an election, the end of a clean-up) is held later, on a day the
notice leaves to others or states elsewhere, so the clerk keeps the phrase with no date and dates
the duty when the event happens (the gold rule's "活动结束后三个工作日内"). Phrases with a count of
days after the event ("会议结束后5个工作日内") are read by the deadline scanner; these are the
ones with no count after it (the duty follows the event's end) or with a count before it (the
duty is due that many days ahead). Only a clause that hands out work counts: the rest of its
sentence names a doer's duty (要, 需, 须, 应, 将…报/交/送, 公布). The events are the clerk's words
(``lexicon/events.json``).
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.rules import rule
from tracker.extract.sentences import is_stage_period

_COUNT = r"[0-9一二两三四五六七八九十]{1,3}"
_LEX = lexicon()

# The event opens its clause or item ("3.考试结束后"), or follows 在/于/待, or 每次/本次/此次 for an
# event that recurs with no calendar; after it 结束后 or 完成后 with no count of days (counted ones
# are the scanner's) and no 及时 (words of urgency are no time, as the gold rules read them).
# Before an event: "选举日的20天前", "考试前4天", "考试前一天", "活动开始前".
EVENT_RELATIVE = rule(
    "event_relative",
    r"(?:(?<=[,;。:、)])|(?<=\d\.)|^|(?<=[在于待]))(?:每次|本次|此次)?"
    rf"(?:{alternation(_LEX.events_after)}(?:结束|完成)后(?!{_COUNT}个?(?:工作日|日|天|周|星期|个月|小时)|,?请?及时|再)"
    rf"|{alternation(_LEX.events_before)}(?:的)?(?:{_COUNT}[天日]前|前{_COUNT}[天日](?!内)|前一天)"
    r"|(?:活动开始|会议召开|比赛开始|换届选举)前(?![0-9一二两三四五六七八九十]))",
    "relative",
    [("考试结束后，各系将试卷电子版交教务处。", ["考试结束后"]), ("3.考试结束后，各系将试卷交教务处。", ["考试结束后"]),
     ("活动结束后各村需将签到表复印一份交镇政府。", ["活动结束后"]),
     ("请各联络处在代表活动结束后，归纳相关资料报送县人大。", ["代表活动结束后"]),
     ("每次巡河过程结束后都要将记录报送河长办。", ["每次巡河过程结束后"]),
     ("选民名单要在选举日的20天前张榜公布。", ["选举日的20天前"]), ("候选人名单在选举日10天前公布。", ["选举日10天前"]),
     ("由任课老师于考试前4天将试卷交教务科。", ["考试前4天"]), ("抽测科目于考试前一天公布。", ["考试前一天"]),
     ("各学校要在活动开始前制定安全保障方案。", ["活动开始前"]),
     ("会议结束后5个工作日内印发。", []),  # counted: the scanner's phrase
     ("3月5日考试结束后放假。", []), ("活动结束后及时报送总结。", []), ("活动结束后，请及时将照片报工会。", []),
     ("本次活动结束后，公司将予以表彰。", ["本次活动结束后"])],  # matched; the duty test drops it
    doc="Searched in a paragraph; each match is a limit counted from an event the notice does not date.",
)

# What the sentence around the phrase must hold for the clause to hand out work: a doer's modal or a
# hand-in (将/把 … 报, 交, 送) or a publication. "公司将予以表彰" (the issuer's promise) is none.
_DUTY = re.compile(r"要(?!求)|需|须|应|务必|负责|(?:将|把)[^,;。]{1,40}?(?:报|交|送|录入)|公布|公示|张榜|(?<!将)(?:报送|上报|上交|交)")
_ISSUER_SAYS = re.compile(r"^[^,;。]{0,6}(?:公司|学校|学院|本局|我局|我委|我办|本单位)将")


# Every match holds one of these (a cheap test before the rule is run on a passage). Each branch
# opens with a literal character, so the search skips to the characters they open with (a
# branch opening with a group or a class would have it tried at every character of the span).
_MAY = re.compile(r"结束后|完成后|天前|日前|前[0-9一二两三四五六七八九十]|开始前|召开前|选举前")


def may_follow_event(text_norm: str, start: int = 0, end: int | None = None) -> bool:
    """May ``text_norm[start:end]`` hold a duty counted from an undated event (a hit
    ``advance.advance_hits`` adds)?"""
    return _MAY.search(text_norm, start, len(text_norm) if end is None else end) is not None


def hands_out_work(text_norm: str, a: int, start: int, end: int, b: int, hits: list) -> bool:
    """Does the sentence ``text_norm[a:b]`` around the event phrase at ``start:end`` hand out work
    of its own (``_DUTY`` before or after the phrase, and no promise of the issuer's after it)? Not
    under a stage's period before it in the passage ("（二）总结阶段（10月16日至31日）。…。活动结束后，
    X要…"): the stage's dated duty holds it."""
    rest = text_norm[end:b]
    if any(h.start < start and is_stage_period(text_norm, h.start, h.end) for h in hits):
        return False
    return bool(_DUTY.search(rest) or _DUTY.search(text_norm, a, start)) and not _ISSUER_SAYS.match(rest.lstrip(","))
