"""Undated duties of a campaign: under a period stated once ("一、活动时间 2月1日-2月17日",
"一、搬迁时间 公告之日起至2020年12月30日"), an item whose sentence opens with its units acting
("2、各乡镇组织干部职工开展大扫除…", "1.县信访局搬迁至…", "（一）清理垃圾。各县区结合实际…")
is a duty of those units, due when the period ends (campaign.py gives the date). Items
that state no unit, and the campaign's closing requirements (工作要求, 保障措施), are not.

Mixed into ``DocumentTasks`` (tasks.py); runs after the implicit stage, on the paragraphs
that no noted passage covers and no dated duty took.
"""

from __future__ import annotations

import re

from tracker.extract.campaign import campaign_period
from tracker.extract.model import ExtractedTask, ExtractedUnit
from tracker.extract.normalize import norm
from tracker.extract.role_clauses import NAME_GOES_ON
from tracker.extract.rules import rule
from tracker.extract.titles import passage_title
from tracker.extract.units import unit_list_text

# Sections of a campaign notice that ask for attitude and support, not for a duty.
_CONTENT = re.compile(r"(?:活动|工作|整治|主要)内容|(?:工作|主要|重点)任务")
_SPAN = re.compile(r"[至到\-—－~]")
_CLOCK = re.compile(r"\d[:时点]")
_REQUIREMENTS = re.compile(r"要求|保障|领导|纪律|组织|宣传|注意事项|职责")
# What may follow a unit opening a duty: a working verb, a manner adverbial or a move.
# A modal verb after the units ("3、区教育局要组织…", "各部门要认真执行…") or a move to the place of
# the work ("各联村干部到所驻村组织…") opens their act too; so does a time, place or manner
# adverbial ("X在活动周期间安排…", "X在组织…的基础上开展…", "X认真组织…", "X围绕主题开展…"),
# which would otherwise hide the verb after it (在组织 is no act of 在).
_ACTS = re.compile(r"组织|开展|对|结合|搬迁|负责|做好|加大|落实|按照|牵头|全面|集中|深入|要|应当?|须|必须|务必|到(?![0-9]|期|位)"
                   r"|(?<!所)在|围绕|根据|通过|以|认真|积极|切实")

# A content item naming no unit is the campaign's work when it says an act ("（一）在主要岗位张贴
# 宣传资料。", "（二）组织开展一次知识竞赛。"). One with no clause mark is a heading or the name of
# an event ("（一）开幕式", "（二）举办一场宣传活动" over the paragraph that hands its work out), and one
# naming only a text or a spirit is what a list of study gives to read ("1.全会精神;",
# "2.某部印发的《某办法》。"): the duties, if any, are in the sentences that name their doers.
CONTENT_NAME = rule(
    "content_name",
    r"^[^,;。:!?]*$|^[^,;。:!?]*(?:》|精神)[;。]?$",
    "not_due",
    [("社团文化节开幕式", ["社团文化节开幕式"]), ("举办一场大型义诊服务活动", ["举办一场大型义诊服务活动"]),
     ("全国“两会”精神;", ["全国“两会”精神;"]), ("某部印发的《某某工作办法(试行)》。", ["某部印发的《某某工作办法(试行)》。"]),
     ("组织开展一次安全知识竞赛。", []), ("在主要岗位张贴宣传挂图,加大", []),
     ("学习《某某条例》,撰写心得体会。", [])],
    doc="Matched on a unitless content item, its number left out.",
)


# The issuer naming itself ("我局", "本委", "我办"): its own work in the campaign, handed to no one.
_ISSUER_SELF = re.compile(r"[我本](?:局|委|办|厅|院|处|部|中心|单位|公司)$")

# Numbering levels from the outermost ("第一阶段", "一、") in, and how many paragraphs one item may run to.
_RANK = {"l5": 0, "l1": 1, "l2": 2, "l3": 3, "l4": 4}
_ITEM_REACH = 8


class CampaignDuties:
    """The campaign-duty stage of ``DocumentTasks``."""

    def campaign_duties(self, implicit: list[ExtractedTask]) -> list[ExtractedTask]:
        """Undated items of a campaign whose sentence opens with its units."""
        period = campaign_period(self.nt, self.ref)
        if period is None:
            return []
        s = self.nt.norm
        taken = [norm(t.text) for t in implicit]
        tasks = []
        prev_heading = False
        # A campaign running over days ("活动时间：6月1日至30日"): the items of its 活动内容 are its
        # work even when they name no unit; an event of some hours ("上午9:00-11:00") has a programme.
        spans_days = _SPAN.search(period[1]) is not None and not _CLOCK.search(period[1])
        for k, (pa, pb) in enumerate(self.para_spans):
            num = self.numbers.opening(k)  # NUMBERING on s[pa:pa + 12]
            under_heading, prev_heading = prev_heading, bool(num) and "。" not in s[pa:pb] and pb - pa <= 30
            section = self._section(pa) or ""
            if not (num or under_heading) or pb - pa < 8 or self._is_covered(pa, pb) \
                    or _REQUIREMENTS.search(section):
                continue
            para = s[pa:pb]
            if any(para in t or t in para for t in taken):
                continue
            if not num and self._item_dated(k):
                continue  # the item has its own date: the period does not bind its sentences
            units = self._acting_units(pa + (num.end() if num else 0), pb)
            if units and _ISSUER_SELF.match(units[0].name):
                continue  # "（二）市级督查。我局组织人员…": the issuer's own step, no duty handed out
            if not units and not (spans_days and num and num.lastgroup != "l1" and _CONTENT.search(section)
                                  and not CONTENT_NAME.pattern.match(para[num.end():].strip())
                                  and not self._heads_items(k, num)):
                continue
            title, _ = passage_title(self.nt, pa, pb)
            self.order[len(self.order)] = pa
            tasks.append(ExtractedTask(
                doc_no=self.doc.doc_no, title=title, text=self.show(pa, pb), units=units,
                section=self._section(pa), number=num.group().rstrip("、. ") if num else None,
                kind="implicit"))
        return tasks

    def _heads_items(self, k: int, num) -> bool:
        """Is paragraph ``k`` (numbered ``num``) one short sentence over items of another level
        ("（一）开展专项治理。" over "1.整治…" "2.开展…"): their heading, not a duty beside them?"""
        pa, pb = self.para_spans[k]
        following = self.numbers.opening(k + 1) if k + 1 < len(self.para_spans) else None
        return following is not None and following.lastgroup != num.lastgroup \
            and pb - pa <= 30 and "。" not in self.nt.norm[pa:pb].rstrip("。")

    def _item_dated(self, k: int) -> bool:
        """Does the numbered item holding the unnumbered paragraph ``k`` state a date of its own
        in one of its paragraphs ("（一）提交总结" over "各学院组织…。" and "请于9月15日前报送…")?"""
        head = next((j for j in range(k - 1, -1, -1) if self.numbers.opening(j)), None)
        if head is None:
            return False
        rank = _RANK[self.numbers.opening(head).lastgroup]
        for j in range(head + 1, min(len(self.para_spans), head + _ITEM_REACH)):
            num = self.numbers.opening(j)
            if num is not None and _RANK[num.lastgroup] <= rank:
                break  # the next item of its level or above
            if self._due(*self.para_spans[j]):
                return True
        return False

    def _acting_units(self, a: int, b: int) -> list[ExtractedUnit]:
        """Units opening the item's first sentence (or the one after a short heading
        sentence, "（一）清理垃圾。各县区结合实际…") right before a working verb."""
        s = self.nt.norm
        starts = [a]
        stop = s.find("。", a, b)
        if 0 <= stop - a <= 20:
            starts.append(stop + 1)
        for c in starts:
            for m in _ACTS.finditer(s, c + 2, min(b, c + 120)):
                if NAME_GOES_ON.match(s, m.end()):
                    continue  # "县委组织部": the verb is part of a name
                if unit_list_text(s[c:m.start()]):
                    return self.subjects.opening_units(c, m, b)
                break
        return []
