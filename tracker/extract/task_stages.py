"""Undated items under a dated stage heading: each is a task due when the stage ends.

A plan's 工作步骤 names its stages with their periods and lists under each the work it holds,
numbered below a heading alone on its line ("（三）巩固提高阶段（12月1日至12月31日）" over "1.区
协调小组将成立检查组…" "2.制定…改造计划…。区公安分局列出…清单…") or counted after it ("（一）动员
部署阶段（2027年9月10日至9月17日）。一是召开全市动员大会。各区县政府建立…" then "二是…").
Each item is a task due at the stage's end, and a sentence in it that opens with units of its own
is a task of those units; the heading itself is none. Sentence paragraphs under a heading alone on
its line, some dated and some not, are read the same way: the dated ones by their own dates. An item with a date of its own is left to
the dated sentences (``heads_dated_items``) and the stage's other items stay due at its end; a stage
of stages leaves its items to the inner ones; a year the item names ("2028年、2029年改造计划") is
the plan's, no date of the item.

Mixed into ``DocumentTasks`` (tasks.py); runs before the implicit stage and covers what it reads.
"""

from __future__ import annotations

import re

from tracker.extract.dated import find_due
from tracker.extract.item_times import opening_time
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import NUMBERING
from tracker.extract.stage_heads import stage_head_end
from tracker.extract.titles import passage_title

_COUNTED = re.compile(r"[一二三四五六七八九十]{1,2}是")
# A lead-in closed by a colon before counted items run on in one paragraph ("主要做好以下几方面工作：一是…"),
# and the end of one counted item where the next begins ("…。二是…").
_LEAD_COUNTED = re.compile(r"[^。;:]{0,24}:(?=一是)")
_NEXT_COUNT = re.compile(r"。(?=[二三四五六七八九十]{1,2}是)")
_RANK = {"l1": 1, "l5": 1, "l2": 2, "l3": 3, "l4": 4}
_SENTENCE = re.compile(r"[^。]*(?:。|$)")
_MIN_ITEMS = 2
# A sentence opening with its modal has no subject of its own ("要部署和督促相关企业…"): a name
# read in it is no doer.
_MODAL_OPEN = re.compile(r"(?:还|并|也|更)?(?:要|须|应|必须)")
# A later sentence of the same paragraph telling what another unit will then do ("…申请验收。市局将组织
# 验收确认。"): the next step of the same work, no duty of its own.
_NEXT_STEP = re.compile(r"[^,;:。]{2,30}?将")
# A counted item's topic: short phrases and nothing more ("二是调查摸底,建立台帐。").
_TOPIC = re.compile(r"[一二三四五六七八九十]{1,2}是[^,;。]{2,8}(?:,[^,;。]{2,8})+。")


class StageItems:
    """The stage-item stage of ``DocumentTasks``."""

    def stage_items(self) -> list[ExtractedTask]:
        """Tasks of the undated items under each dated stage heading; their spans join ``covered``."""
        s = self.nt.norm
        if "阶段(" not in s and "日)" not in s and "月)" not in s:
            return []
        tasks = []
        for i, (pa, pb) in enumerate(self.para_spans):
            if "阶段(" not in s[pa:min(pb, pa + 40)] and not (pb - pa <= 50 and s[pb - 1:pb] in ")。:") \
                    or self._is_covered(pa, pb):
                continue
            head = stage_head_end(s, pa, pb)
            hits = self._head_due(pa, head) if head else []
            if not hits or hits[-1].deadline.recurrence:
                continue
            items = self._stage_items_under(i, head)
            due, shown = hits[-1].deadline, self.show(pa + hits[-1].start, pa + hits[-1].end)
            if not items:
                tasks += self._stage_body_split(i, head, due, shown)
                continue
            if len(items) < _MIN_ITEMS or any(self._is_covered(a, b) or stage_head_end(s, a, b) for a, b in items):
                continue  # (a stage of stages: each inner stage heads its own items)
            # An item with a date of its own is due then (the implicit stage reads it); the others at the stage's end.
            undated = [(a, b) for a, b in items if not self._stage_own_due(a, b)
                       and not opening_time(s, a, b, self.ref, self.show, self.dated)]
            if not undated or items[0][0] < pb and undated[0] != items[0]:
                continue
            for a, b in undated:
                tasks += self._stage_item_tasks(pa if (a, b) == items[0] and a < pb else a, a, b, due, shown)
            self.covered += [(pa, pb)] + undated
        return tasks

    def _head_due(self, pa: int, head: int) -> list:
        """The dates of the stage heading ``norm[pa:head]``. On a page with no issue date the year it
        is read against is a guess: a stage dated with its own years ("（一）准备阶段（2027年10月-2027年
        12月）") is the plan's, not a past period to drop."""
        hits = self._due(pa, head)
        if hits or self.dated:
            return hits
        return find_due(self.nt.norm[pa:head], None, self._shower(pa), False)

    def _stage_items_under(self, i: int, head: int) -> list[tuple[int, int]]:
        """The items of the stage whose heading ends at ``head`` in paragraph ``i``: counted
        items run on after the heading ("。一是…") and the paragraphs going on with them, or the
        numbered paragraphs of a lower level under a heading alone on its line."""
        s = self.nt.norm
        pa, pb = self.para_spans[i]
        rest = self.para_spans[i + 1:]
        if head < pb:
            if not _COUNTED.match(s, head):
                return []
            items = [(head, pb)]
            for a, b in rest:
                if not _COUNTED.match(s, a):
                    break
                items.append((a, b))
            return items
        if rest and (lead := _LEAD_COUNTED.match(s, *rest[0])):
            # "主要做好以下几方面工作：一是…。二是…。" under the heading: one item a count
            a, b = lead.end(), rest[0][1]
            cuts = [a] + [m.end() for m in _NEXT_COUNT.finditer(s, a, b)] + [b]
            return [(x, y) for x, y in zip(cuts, cuts[1:]) if y > x]
        top = NUMBERING.match(s[pa:pb])
        items = []
        for a, b in rest:
            m = NUMBERING.match(s[a:b])
            if m is None or top is not None and _RANK[m.lastgroup] <= _RANK[top.lastgroup]:
                break
            items.append((a, b))
        return items

    def _stage_body_split(self, i: int, head: int, due, shown: str) -> list[ExtractedTask]:
        """Tasks of the undated sentences after the stage heading ending at ``head`` in paragraph
        ``i`` (the rest of its paragraph, or the sentence paragraphs under a heading alone on its
        line) when two or more of them open with units of their own ("X将组织…检查。Y要…。"): one
        task a doer, each due at the stage's end. [] otherwise (the implicit stage reads them)."""
        s = self.nt.norm
        pa, pb = self.para_spans[i]
        if head < pb and self._stage_own_due(head, pb):
            return []
        body = [(head, pb)] if head < pb else []
        dated = 0
        for a, b in self.para_spans[i + 1:] if head >= pb else ():
            if a == b:
                continue
            if NUMBERING.match(s[a:b]) or not s[a:b].rstrip().endswith("。"):
                break
            if self._is_covered(a, b):
                return []
            if self._stage_own_due(a, b):
                dated += 1  # a dated duty under the stage: its dated sentences are its tasks
                continue
            body.append((a, b))
        if dated:
            return self._stage_undated_paragraphs(i, body, due, shown)
        made = len(self.order)
        parts = [self._stage_item_tasks(pa if k == 0 else a, a, b, due, shown) for k, (a, b) in enumerate(body)]
        groups = [t for part in parts for t in part]
        if sum(1 for t in groups if t.units) < _MIN_ITEMS or not groups[0].units \
                or any(t.units and _MODAL_OPEN.match(t.text) for t in groups[1:]) \
                or any(t.units and _NEXT_STEP.match(t.text) for part in parts for t in part[1:]):
            for k in range(made, len(self.order)):  # no such split: forget the tasks' places
                del self.order[k]
            return []
        self.covered += [self.para_spans[i]] + body
        return groups

    def _stage_undated_paragraphs(self, i: int, body: list[tuple[int, int]], due, shown: str) -> list[ExtractedTask]:
        """Tasks of the undated sentence paragraphs ``body`` under the stage heading alone on its
        line ``para_spans[i]`` when other paragraphs under it carry dates of their own ("（三）巩固
        阶段（…）" over "保持严管态势，…。" and "11月对各地进行考核。"): the dated ones are read by
        their own dates, the undated ones are due when the stage ends, as numbered items are."""
        pa, _ = self.para_spans[i]
        first = next(a for a, b in self.para_spans[i + 1:] if a < b)
        tasks = []
        for a, b in body:
            tasks += self._stage_item_tasks(pa if a == first else a, a, b, due, shown)
        if tasks:
            self.covered += [self.para_spans[i]] + body
        return tasks

    def _stage_own_due(self, a: int, b: int) -> bool:
        """Does the item ``norm[a:b]`` state a due date of its own (a year alone names a plan's)?"""
        return any(h.deadline.precision != "year" for h in self._due(a, b))

    def _stage_item_tasks(self, text_a: int, a: int, b: int, due, shown: str) -> list[ExtractedTask]:
        """The item ``norm[a:b]``: one task, and one more for each sentence opening with units
        of its own; ``text_a`` is where the first task's text starts."""
        s = self.nt.norm
        groups: list[list] = []
        for m in _SENTENCE.finditer(s, a, b):
            x, y = m.span()
            if x == y:
                continue
            lead = NUMBERING.match(s[x:y]) if x == a else None
            start = x + (lead.end() if lead else 0)
            start += 2 if _COUNTED.match(s, start) else 0
            units = self.subjects.sentence(start, start + 1, y)
            if units and len(groups) == 1 and not groups[0][2] and _TOPIC.fullmatch(s, groups[0][0], groups[0][1]):
                groups[0][1:] = [y, units]  # "二是调查摸底,建立台帐。X对…进行排查": the topic of X's work
            elif units or not groups:
                groups.append([x, y, units])
            else:
                groups[-1][1] = y
        tasks = []
        for x, y, units in groups:
            title, num = passage_title(self.nt, x, y)
            self.order[len(self.order)] = x
            tasks.append(ExtractedTask(
                doc_no=self.doc.doc_no, title=title, text=self.show(text_a if x == a else x, y), units=units,
                deadline=due.date, deadline_text=shown, section=self._section(x), number=num, kind="implicit"))
        return tasks
