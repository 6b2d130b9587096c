"""Numbered requests dated once, by the line that announces them or the line that closes them.

A notice asking units for work or papers may state the one due date apart from the requests:
a preamble "…，于7月18日前报送我办。具体要求如下：" over "（一）请X更新…" "（二）请Y起草…"; a closing
line "以上治理工作务必在6月30日前完成" under "一、各学院组织…" "二、对…进行维修"; a last item
"四、各相关单位须于5月21日前将电子版表格发送…" after "一、各学会…填写并报送《表1》" "二、各市科协…填写并
报送《表2》". Each request states no date of its own: the line dates it, and the line is no duty
of its own (it is the requests' schedule).

A request is a numbered paragraph that asks a named doer ("请X…", "X要…", "X填写并报送…"); under a
closing line that names the work above ("以上工作", "上述整治任务") every item of the run is one,
its doers those of the item, else of the closing line, else of the first item. Mixed into
``DocumentTasks`` (tasks.py); runs after the implicit stages, on what no noted passage covers.
"""

from __future__ import annotations

import re

from tracker.extract.dated import schedule
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm
from tracker.extract.rules import rule
from tracker.extract.titles import passage_title

# A dated sentence that hands in or finishes what the notice asks for.
_HAND_IN = re.compile(r"报送|上报|报至|报到|提交|发送|送交|送至|交至|交到|完成|填报")
# A line after the requests handing in what they ask for ("请于12月4日前将有关材料报送我委"): the
# materials named as those above, or as the ones concerned.
_MATERIALS = re.compile(r"(?:上述|以上|有关|相关)(?:各项)?材料")
# A preamble announcing its points ("具体要求如下：", "现将有关事项通知如下：").
_ANNOUNCES = re.compile(r"如下:$")

WORK_ABOVE = rule(
    "work_above_due",
    r"(?:^|(?<=[。;:\n]))(?:以上|上述)(?:各项)?[^,;。:]{0,6}?(?:工作|任务)",
    "closing",
    [("以上治理工作务必在6月30日前完成。", ["以上治理工作"]),
     ("上述各项整改任务于2027年3月19日前完成", ["上述各项整改任务"]),
     ("以上材料电子版于12月27日前报送", []), ("按照以上工作要求，各单位于…", [])],
    doc="Matched at the start of a sentence (after the item's number).",
)
# A request's own doer acting ahead ("省科协将根据…编制"): the issuer's plan, no request.
# (将 before a noun and its verb hands something in: "各单位将表格报送…".)
_OWN_PLAN = re.compile(r"[^,;。]{0,16}?(?:将|拟)(?:根据|按照|依据|对|组织|适时|在|于|会同|通过|联合|统一|择优|进行)")
_REQUEST_CUT = re.compile(r";(?=请|請)")
# A request put as the act alone, to the notice's addressees ("一、填报《登记表》（附表1）。"): a form filled
# in is a form handed in.
_ACT_FIRST = re.compile(r"(?:认真|如实|及时)?(?:填报|填写|报送|上报|提交)")
# A point stating the conditions a doer must meet ("1.某队完成实践的认定条件为：…"): it defines, it asks nothing.
_CONDITIONS = re.compile(r"[^,;。:]{0,40}?(?:条件|标准)(?:为|是)?:")


class HandInItems:
    """The hand-in stage of ``DocumentTasks``."""

    def hand_in_items(self, implicit: list[ExtractedTask]) -> list[ExtractedTask]:
        """``implicit`` with the numbered requests one line dates, that line's task left out."""
        s = self.nt.norm
        spans = self.para_spans
        for k, (pa, pb) in enumerate(spans):
            # (The verb first: a plain search, cheaper than reading the paragraph's dates; then
            # whether a run of two items lies where the line would date one, read from the
            # paragraphs' numbers, before the dates.)
            if pb - pa < 8 or not _HAND_IN.search(s, pa, pb) or not self._may_date_run(k, pa, pb):
                continue
            hits = self._due(pa, pb)
            if len(hits) != 1 or hits[0].deadline.recurrence or hits[0].deadline.date is None:
                continue
            hit = hits[0]
            sentence = self._sentence_at(pa, pb, pa + hit.start)
            if not _HAND_IN.search(s, *sentence):
                continue
            num = self.numbers.opening(k)
            body = pa + (num.end() if num else 0)
            closing = WORK_ABOVE.pattern.match(s, max(body, sentence[0]), sentence[1]) is not None
            if not num and _ANNOUNCES.search(s, pa, pb):
                run = self._run(k + 1, 1)
            elif closing or num or _MATERIALS.search(s, *sentence):
                run = self._run(k - 1, -1)
            else:
                continue
            if len(run) < 2:
                continue
            made = self._requests(run, hit, closing, bool(num) and not closing, (pa, pb), implicit)
            if made:
                line = s[sentence[0]:sentence[1]]
                kept = [t for t in implicit if not (t.deadline == hit.deadline.date and norm(t.text) and (
                    norm(t.text) in s[pa:pb] or line.strip("。") in norm(t.text)))]
                return kept + made
        return implicit

    def _may_date_run(self, k: int, pa: int, pb: int) -> bool:
        """Could paragraph ``k`` date a run below: is there one of two items where it would look
        (after an announcing line; else before it, which must then be an item or name the work
        above)? The test ``hand_in_items`` makes after reading the dates, made before them."""
        s = self.nt.norm
        if not self.numbers.opening(k) and _ANNOUNCES.search(s, pa, pb):
            return self._two_items(k + 1, 1)
        return (self.numbers.opening(k) is not None or s.find("以上", pa, pb) >= 0 or s.find("上述", pa, pb) >= 0
                or _MATERIALS.search(s, pa, pb) is not None) and self._two_items(k - 1, -1)

    def _two_items(self, k: int, step: int) -> bool:
        """Is ``self._run(k, step)`` two paragraphs or more (its first two, read alone)?"""
        if not (0 <= k < len(self.para_spans) and 0 <= k + step < len(self.para_spans)):
            return False
        first, second = self.numbers.opening(k), self.numbers.opening(k + step)
        return first is not None and second is not None and first.lastgroup == second.lastgroup

    def _sentence_at(self, pa: int, pb: int, at: int) -> tuple[int, int]:
        """The sentence of ``norm[pa:pb]`` holding position ``at``."""
        s = self.nt.norm
        a = max(s.rfind("。", pa, at) + 1, pa)
        b = s.find("。", at, pb)
        return a, (b + 1 if b >= 0 else pb)

    def _run(self, k: int, step: int) -> list[int]:
        """The numbered paragraphs from ``k`` on in direction ``step`` (1 or -1), of the kind of
        number the first one bears, up to the first paragraph bearing none."""
        run, kind = [], None
        while 0 <= k < len(self.para_spans):
            num = self.numbers.opening(k)
            if num is None or kind is not None and num.lastgroup != kind:
                break
            kind = num.lastgroup
            run.append(k)
            k += step
        return sorted(run)

    def _requests(self, run: list[int], hit, closing: bool, numbered: bool, line: tuple[int, int],
                  implicit: list[ExtractedTask]) -> list[ExtractedTask]:
        """The tasks of the requests among the paragraphs ``run``, due at ``hit`` (``numbered``:
        the line is the run's last item, not a closing line)."""
        s = self.nt.norm
        taken = [norm(t.text) for t in implicit]
        shown = schedule([hit])[1]
        tasks = []
        for k in run:
            pa, pb = self.para_spans[k]
            if self._is_covered(pa, pb) or self._due(pa, pb) or any(s[pa:pb] in t for t in taken if t):
                return []  # an item dated or taken by a stage of its own: the line dates no run
            body = pa + self.numbers.opening(k).end()
            cuts = [c.start() + 1 for c in _REQUEST_CUT.finditer(s, body, pb)]
            for a, b in zip([body] + cuts, [c - 1 for c in cuts] + [pb]):
                asks = s.startswith(("请", "請"), a)
                act = _ACT_FIRST.match(s, a, b) is not None
                # (Units the subject reader carries in from an item before are not this request's.)
                units = [u for u in self.subjects.sentence(a, a + 1, b) if norm(u.name) in s[a:b]]
                if units and not asks and _OWN_PLAN.match(s, a, b):
                    continue  # "三、省科协将根据…编制…": the issuer's own work
                if not asks and _CONDITIONS.match(s, a, b):
                    return []  # conditions to meet, no request: the line is a duty of its own
                if not units and not asks and not act and not closing or numbered and not act and not _HAND_IN.search(s, a, b):
                    # A point that asks no one ("1.申报条件：…"), or, before a numbered line, one that
                    # hands nothing in ("一、申报企业应具备…条件"): the line is a duty of its own.
                    return []
                tasks.append((pa if a == body else a, b, units, asks))
        if not tasks:
            return []
        # An item that names no doer under a closing line: the line's doers (as the implicit
        # stage read them), else the first item's.
        la, lb = line
        fallback = next((t.units for t in implicit if t.deadline == hit.deadline.date and t.units
                         and norm(t.text) in s[la:lb]), None) or next((u for _, _, u, _ in tasks if u), [])
        out = []
        for a, b, units, asks in tasks:
            units = units or ([] if asks else fallback)
            title, _ = passage_title(self.nt, a, b)
            self.order[len(self.order)] = a
            out.append(ExtractedTask(
                doc_no=self.doc.doc_no, title=title, text=self.show(a, b), units=list(units),
                deadline=hit.deadline.date, deadline_text=shown, section=self._section(a), kind="implicit"))
        return out
