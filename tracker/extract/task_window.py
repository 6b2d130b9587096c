"""Duties inside a campaign's dated window: the sentences that name their doers.

A notice states its window once, under a label ("二、活动时间" / "2027年5月1日-31日") or in the
sentence that launches the campaign ("定于2027年7月5日—8日开展全系统安全大检查"), and then hands out
work inside paragraphs and items whose headings name no doer ("（一）举办一场宣传活动" over
"县协会将…。各乡镇协会也要结合实际，组织开展一次主题宣传活动。"). Each sentence or clause
that opens with its doers and a word of duty ("各乡镇协会也要…"), or with the word of duty
alone after such a duty (its doers), is a task due when the window ends (the
contract's "a window the document dates binds the duties inside it at its end"). The issuer's
own work (no word of duty: "县协会将…"), bans on the public ("任何单位和个人不得…") and
sentences of attitude ("各单位要高度重视…") are not.

A holiday notice's days off ("10月1日至7日放假调休"; holiday_eve.py) are such a window too:
the duties of named doers for the days off ("放假期间，各单位要安排好值班…") are due on the last one.

Mixed into ``DocumentTasks`` (tasks.py); runs after the campaign and spell stages (which take
the items that open with their doers and the duties under a spell), on what no noted passage
covers and no task took.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.bare_lines import is_window_only
from tracker.extract.campaign import campaign_period
from tracker.extract.holiday_eve import for_days_off, holiday_windows
from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import NUMBERING, norm
from tracker.extract.rules import rule
from tracker.extract.seasons import season_window
from tracker.extract.task_spell import SPELL_WINDOW, SpellDuties, spell_window, window_end

# The sentence launching the campaign dates it ("经研究，定于2027年7月5日—8日开展全系统安全大检查",
# "9月1日至30日，全市将组织开展一次环境整治活动", "决定利用一个月时间（3月15日至4月15日）开展…"):
# the window binds the duties the notice then hands out.
LAUNCH_WINDOW = rule(
    "launch_window",
    "(?:" + SPELL_WINDOW.pattern.pattern + r")\)?(?:期间|止)?,?[^;。]{0,20}?(?:开展|进行|组织|启动|举办|实施)"
    r"[^;。]{0,30}?(?:活动|检查|整治|行动|督查|督察|排查|清理|大扫除|整顿|普查)",
    "window",
    [("经研究,定于2027年7月5日—8日开展全系统安全生产大检查", ["2027年7月5日—8日开展全系统安全生产大检查"]),
     ("9月1日至30日,全市将组织开展一次市容环境整治活动", ["9月1日至30日,全市将组织开展一次市容环境整治"]),
     ("决定利用一个月的时间(3月15日至4月15日)开展春季卫生整治活动", ["3月15日至4月15日)开展春季卫生整治"]),
     ("降雨量25-50毫米,各地要开展排查", []), ("请于5月10日前开展自查", [])],
    doc="Searched in the sentences of the preamble.",
)
# The preamble: the paragraphs before the first numbered one, among the first few of the body.
_PREAMBLE = 8

# A season of work extended to a day ("今冬采暖期将延长至3月31日24时", "供暖时间统一延长至3月31日24时",
# "延长供暖时间至3月31日24时", "森林防火期延长至…"): the extended days are a window the duties then handed
# out fill, due when it ends; the statement itself asks no one for anything. A time limit for handing
# something in extended ("申报截止时间延长至…", "填报时间延长至…") is a due date of its own, no window.
_SEASON = "(?:供暖|供热|采暖|取暖|活动|整治|行动|检查|防火|禁火|禁烧)"
EXTENDED_WINDOW = rule(
    "extended_window",
    r"(?:(?:(?<![报交缴])期|季|" + _SEASON + r"(?:时间|时段))(?:将|统一|再|顺)?延长(?:至|到)"
    r"|延长" + _SEASON + r"?(?:期|季|时间)(?:至|到))"
    r"(?P<end>(?:(?:19|20)\d{2}年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日)",
    "window",
    [("今冬采暖期将延长至3月31日24时", ["期将延长至3月31日"]), ("供暖时间统一延长至3月31日24时", ["供暖时间统一延长至3月31日"]),
     ("我市今冬采暖季延长供暖时间至3月31日24时", ["延长供暖时间至3月31日"]),
     ("森林防火期延长至2028年6月15日", ["期延长至2028年6月15日"]),
     ("申报截止时间延长至9月20日", []), ("执行报告填报时间延长至2028年2月29日", []),
     ("将办理时限延长5个工作日", []), ("各乡镇要于3月31日前完成", [])],
    doc="Searched in the sentences of the preamble.",
)
# A span of two years a winter season is named by ("2027-2028年度采暖季", "2027—2028采暖期"): a day in
# its first half-year falls in the second year (read for two years that follow each other only).
_TWO_YEARS = re.compile(r"((?:19|20)\d{2})\s*[-—–~至]\s*((?:19|20)\d{2})年?度?")
# A word of duty: a statement holding none asks no one for anything.
_ASKS = re.compile(r"(?<!报)请|要|须|应(?!急|对|用)|务必")

# A duty of attitude rather than of work ("各单位要高度重视", "要充分认识…的重要性"): the preamble's
# exhortation, no task.
ATTITUDE = rule(
    "window_attitude",
    r"[^,;。]{0,30}?(?:要|须|应|需|务必|必须)(?:进一步)?(?:高度重视|重视|充分认识|深刻认识|提高认识|统一思想|站在)",
    "attitude",
    [("各单位要高度重视，精心组织", ["各单位要高度重视"]), ("各相关单位要重视活动的组织工作", ["各相关单位要重视"]),
     ("各乡镇要充分认识活动的重要意义", ["各乡镇要充分认识"]), ("各单位要站在全局的高度,周密部署", ["各单位要站在"]),
     ("各乡镇要组织开展一次宣传活动", [])],
    doc="Matched at the start of a clause that opens with its doers.",
)

# A window runs over days ("2027年5月1日-31日"); one day, or hours of it, is an event's time
# ("督查时间：1月4日全天", "活动时间：4月14日下午14:00"), whose duties the notice dates on their own.
_SPAN = re.compile(r"[至到\-—－~]")
_CLOCK = re.compile(r"\d[:时点]")
# A duty after an event inside the window ("在活动结束后，归纳…报送") is due relative to it, not at the window's end.
_AFTER_EVENT = re.compile(r"结束后|之后|以后")
# The issuer's own teams (检查组, 督查组) do the campaign; their conduct is no duty handed out.
_OWN_TEAMS = re.compile(alternation(lexicon().issuer_teams))
# Doers named as everyone ("所有单位必须在划定区域内作业", "任何单位和个人…") are the public a ban binds.
_EVERYONE = re.compile(r"所有|任何|一切|凡")


class WindowDuties(SpellDuties):
    """The window-duty stage of ``DocumentTasks`` (with the spell stage, whose clause cutter
    and doer reader it shares)."""

    def window_duties(self, annotated: list[ExtractedTask], implicit: list[ExtractedTask]) -> list[ExtractedTask]:
        """``implicit`` without the lines that only state a window, and with the undated duties
        of named doers after the campaign window the text states."""
        implicit = [t for t in implicit if not is_window_only(t.text)]
        self._declared = self._extension = None
        found = self._window_duties(annotated + implicit)
        if self._declared:  # "一、从即日起至5月31日，对重点林区实施封山": the season, no one's duty
            implicit = [t for t in implicit if t.units or self._declared not in norm(t.text)]
        if self._extension and found:  # "…决定采暖期延长至3月31日24时。": the window, no one's duty
            implicit = [t for t in implicit if not any(x in norm(t.text) for x in self._extension)
                        or _ASKS.search(norm(t.text))]
        return implicit + found

    def _window_duties(self, done: list[ExtractedTask]) -> list[ExtractedTask]:
        """The undated duties of named doers after the holidays or the campaign window the text states."""
        windows = self._holidays()
        holidays = bool(windows)
        if not holidays:
            found = self._window()
            if found is None or not _SPAN.search(found[1]) or _CLOCK.search(found[1]):
                return []
            windows = [found]
        start = windows[0][2]
        s = self.nt.norm
        taken = [norm(t.text) for t in done]
        dated = [norm(t.deadline_text or "") if t.deadline else "" for t in done]
        tasks, last, lead = [], None, None
        for pa, pb in self.para_spans:
            if pb <= start:
                continue
            item = self.numbers.opening(self._para_index(pa))
            lead = self._lead(max(pa, start), pb, item, lead)
            for a, b in self._doer_clauses(max(pa, start), pb, purpose=True):
                if a == pa and (num := item) is not None:
                    a += len(num.group())  # "1.各部门负责人组织…": the doers after the number
                elif num := NUMBERING.match(s[a:b]):
                    a += len(num.group())  # items run into one paragraph ("…。3、各乡镇要…")
                if not self._new_clause(a, b, self._holding(a, b, taken, dated)) or ATTITUDE.pattern.match(s, a, b) \
                        or _AFTER_EVENT.search(s, a, b):
                    continue
                units = self._spell_doers(a, b)
                if not units:
                    units = self._carried_doers(a, b, last)  # "…。要严格执行…": the doers before
                    if not units and lead and item is not None and item.lastgroup != lead[0] \
                            and a - len(item.group()) == pa and not self._due(pa, pb):
                        units = list(lead[1])  # an undated item of the list its lead hands to its doers
                if units is None or any(_OWN_TEAMS.search(u.name) or _EVERYONE.match(u.name) for u in units):
                    continue
                if holidays and (not units or not for_days_off(s, a, b, pa, self._due)):
                    continue  # a holiday binds the duties of named doers for its days off only
                # A notice of two holidays binds a duty to the one it is handed out under.
                due, shown, _ = [w for w in windows if w[2] <= a][-1]
                tasks.append(self._bound_task(a, b, units, due, shown))
                last = (b, units)
        return tasks

    def _holding(self, a: int, b: int, taken: list[str], dated: list[str]) -> list[str]:
        """``taken`` without the dated tasks that hold the undated sentence ``norm[a:b]`` beside the
        sentence of their date ("寒假期间，各单位要安排好值班。值班表请于1月16日前报送。"): the sentence
        before or after is a duty of its own, due when the window ends."""
        s = self.nt.norm
        start = max(s.rfind("。", 0, a), s.rfind("\n", 0, a)) + 1
        end = min((i for i in (s.find("。", b - 1), s.find("\n", b)) if i >= 0), default=len(s))
        sentence = s[start:end]
        # Only a sentence before the date: after it ("（二）集中整治阶段（1月10日-12日）。X要…"), the
        # date heads the sentences it dates.
        return [t for t, d in zip(taken, dated) if not (d and d not in sentence and t.count("。") > 1
                                                        and -1 < t.find(sentence.strip("。")) < t.find(d))]

    def _lead(self, pa: int, pb: int, item, lead):
        """(level of its number, doers) of the paragraph ``norm[pa:pb]`` (``item``: its number) when
        it hands the items after it to its doers: "…，各乡镇要做好以下工作：" (no number), or an item
        that is one duty of named doers over items of a lower level ("四、各乡镇要做好防火工作。" over
        "（一）做好宣传工作…"); the ``lead`` before goes on over items of another level; else None."""
        if item is None:
            doers = self._lead_doers(pa, pb)
            return (None, doers) if doers else None
        if lead is not None and item.lastgroup != lead[0]:
            return lead
        s, a = self.nt.norm, pa + len(item.group())
        end = pb - (s[pb - 1:pb] in "。:")
        if end == pb or any(c in s[a:end] for c in "。;:"):
            return None  # more than one sentence: an item of its own
        doers = self._spell_doers(a, pb)
        return (item.lastgroup, doers) if doers else None

    def _holidays(self) -> list[tuple]:
        """(last day off, days off as written, where its duties may start: the end of its
        sentence) of each holiday the notice states (holiday_eve.py), in text order; a
        campaign period or a spell of weather the text states comes first."""
        s = self.nt.norm
        if campaign_period(self.nt, self.ref) is not None \
                or spell_window(s, self.para_spans, lambda k: self.numbers.opening(k) is not None) is not None:
            return []
        out = []
        for due, m in holiday_windows(self.nt, self.ref, self.dated, self.year_told):
            end = min((i for i in (s.find("。", m.end()), s.find("\n", m.end())) if i >= 0), default=len(s))
            out.append((due, self.show(m.start("y1") if m.group("y1") else m.start("m1") if m.group("m1")
                                       else m.start("d1"), m.end("d2") + 1), end + 1))
        return out

    def _extended_window(self):
        """(due date, window as written, where the duties may start) of the season of work the
        preamble extends to a day (``EXTENDED_WINDOW``): the duties after its last statement are due
        then. The day takes its year from the text ("…至2028年3月31日"), else from a season of two
        years named before it ("2027-2028年度采暖季…延长至3月31日": the second, for a day of the first
        half-year), else from the year the document tells; None otherwise."""
        s = self.nt.norm
        found, said = None, set()
        for k, (pa, pb) in enumerate(self.para_spans[:_PREAMBLE]):
            if self.numbers.opening(k) is not None:
                break
            for w in EXTENDED_WINDOW.spans(s, pa, pb):
                found = (EXTENDED_WINDOW.pattern.match(s, w.start), pb)
                said.add(s[w.start:w.end])
        if found is None:
            return None
        m, pb = found
        year = re.match(r"(?:19|20)\d{2}", m.group("end"))
        if year:
            y = int(year.group())
        elif spans := [x for x in _TWO_YEARS.finditer(s, 0, m.start()) if int(x.group(2)) == int(x.group(1)) + 1]:
            y = int(spans[-1].group(2 if int(m.group("m")) <= 6 else 1))
        elif self.ref is not None and (self.dated or self.year_told):
            y = self.ref.year
        else:
            return None
        try:
            due = date(y, int(m.group("m")), int(m.group("d")))
        except ValueError:
            return None
        end = s.find("。", m.end(), pb)
        self._extension = said
        return due, self.show(m.start(), m.end()), end + 1 if end >= 0 else pb

    def _window(self):
        """(due date, window as written, where the duties may start) of the window the text
        states once: a labelled campaign period, else the preamble sentence launching the
        campaign (not under a spell of weather: the spell stage reads that); None otherwise."""
        s = self.nt.norm
        period = campaign_period(self.nt, self.ref, year_told=self.year_told)
        if period is not None:
            start = s.find(period[2]) if period[2] else -1
            return (period[0], period[1], start + len(period[2])) if start >= 0 else None
        numbered = lambda k: self.numbers.opening(k) is not None  # noqa: E731
        if spell_window(s, self.para_spans, numbered) is not None:
            return None
        for k, (pa, pb) in enumerate(self.para_spans[:_PREAMBLE]):
            if numbered(k):
                break
            for w in LAUNCH_WINDOW.spans(s, pa, pb):
                m = SPELL_WINDOW.pattern.match(s, w.start)
                due = window_end(m, self.ref, self.dated, self.year_told)
                if due is None:
                    return None
                end = s.find("。", w.end, pb)
                return due, self.show(m.start(), m.end()), end + 1 if end >= 0 else pb
        extended = self._extended_window()
        if extended is not None:
            return extended
        # A season or a ban the notice declares in its opening items ("一、封山时间：从即日起至5月31日").
        found = season_window(s, self.para_spans, _PREAMBLE)
        if found is None or (due := window_end(found[0], self.ref, self.dated, self.year_told)) is None:
            return None
        self._declared = found[0].group()
        return due, self.show(found[0].start(), found[0].end()), found[1] + 1
