"""Assignment series in running text: a paragraph that hands out several duties, each in a
clause of its own opening with who does it ("由区执法局牵头，建设局配合，关停…；由区环卫局
负责加强…；由公安分局负责做好…"), as a meeting report or a district's notice writes them.
Each clause is one task, its units from the clause's head. A lone clause of this kind is
left alone: in a paragraph it is as often a description of how a body works
("由办公室负责抓好综合督办协调工作") as a duty handed out.

A 分工 list gives each share a line of its own, a short label, a colon and who does it
("- 办公区域：由各部门自行负责，包括…", "- 公共区域：由行政部统一组织…"; under each problem of an
inspection, "整改要求：由县环卫站负责清除…"): two or more such lines in a document are the
shares handed out, each a task of the units it names.
"""

from __future__ import annotations

import re

from tracker.extract.dated import schedule
from tracker.extract.model import ExtractedTask, ExtractedUnit
from tracker.extract.normalize import numbering
from tracker.extract.rules import rule
from tracker.extract.titles import passage_title
from tracker.extract.unit_levels import place_list
from tracker.extract.unit_names import township_name
from tracker.extract.units import parse_unit_list, unit_list_text

ASSIGNED_CLAUSE = rule(
    "assigned_clause",
    # A point counted in the running text may open the clause ("一是由X牵头，…"); the head is
    # "由X牵头/负责", or "X牵头/负责" right before a comma (a role note with no object: "X牵头，
    # 启动预案，Y配合，…"), not a label's units ("责任部门：X牵头，Y配合" is a note, read elsewhere).
    r"(?:^|(?<=[,;。:]))(?:[一二三四五六七八九十]是)?"
    r"(?:由(?P<units>[^,;:。()\n由的]{2,40}?)(?P<role>牵头|负责)|(?P<bare>[^,;:。()\n由的]{2,30}?)(?P<bare_role>牵头|负责)(?=,))"
    r"(?:,(?P<support>[^,;:。()\n]{2,40}?)(?:配合|协助|参与))?(?:,(?P<resp>[^,;:。()\n]{2,40}?)负责(?=,))?"
    r"(?P<act>(?:[^;。\n由]|由(?![^,;。]{2,40}?(?:牵头|负责))){4,160})",
    "assigned_clause",
    [("由县住建局牵头,各乡镇配合,拆除违章广告牌;由县城管局负责清理占道经营。",
      ["由县住建局牵头,各乡镇配合,拆除违章广告牌", "由县城管局负责清理占道经营"]),
     ("由区商务局负责督促超市落实限价措施,由区公安分局负责加强夜间巡逻。",
      ["由区商务局负责督促超市落实限价措施,", "由区公安分局负责加强夜间巡逻"]),
     ("一是由县水利局牵头,各镇负责,排查病险水库;二是县林业局牵头,开展林区巡护。",
      ["一是由县水利局牵头,各镇负责,排查病险水库", "二是县林业局牵头,开展林区巡护"]),
     ("县城管局牵头,启动应急预案,县住建局配合,各街道负责,清理积雪。",
      ["县城管局牵头,启动应急预案,县住建局配合,各街道负责,清理积雪"]),
     ("由办公室的同志负责记录。", []), ("责任部门:县教育局牵头,县财政局配合。", [])],
    when=lambda m: unit_list_text(m.group("units") or m.group("bare"))
    and not (m.group("bare") and _LABEL_BEFORE.search(m.string, max(0, m.start() - 8), m.start())),
    flags=re.M,  # a clause may open its paragraph
)
_BARE_HEADS = ("牵头,", "负责,")  # a role note with no object, the head of a clause with no 由
# A label whose colon the units follow ("责任部门：", "牵头单位："): a note, not a handed-out duty.
_LABEL_BEFORE = re.compile(r"(?:单位|部门|分工|责任|负责)[^,;。:]{0,2}:$")


LABELLED_SHARE = rule(
    "labelled_share",
    r"^(?:[-*•·] *|\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))?"
    r"[^:,;。由()“”]{2,14}:由(?P<units>[^,;:。()\n由的]{2,40}?)(?:自行|统一|具体|共同)?(?:牵头|负责|组织)",
    "assigned_clause",
    [("- 办公区域:由各部门自行负责,包括办公桌椅的清理。", ["- 办公区域:由各部门自行负责"]),
     ("- 公共区域:由行政部统一组织,重点清洁会议室。", ["- 公共区域:由行政部统一组织"]),
     ("整改要求:由包片单位县气象局负责清除。", ["整改要求:由包片单位县气象局负责"]),
     ("整改要求:由城关镇负责拆除旱厕。", ["整改要求:由城关镇负责"]),
     ("成绩报送方式:由课程负责人将成绩录入系统。", []), ("办公区域由各部门负责。", [])],
    # A township after 由 is the doer, as it is as a clause's subject.
    when=lambda m: unit_list_text(m.group("units")) or township_name(m.group("units")),
    flags=re.M,
    doc="A line of a 分工 list: a short label, a colon and the units that do the share.",
)


# A share named before its doers ("老城区范围由甲区负责清扫；新区范围由新区管委会负责清扫。",
# "…等公众聚集场所，由经营或管理单位负责。"): one clause of its own between semicolons or full
# stops, its share, 由, its units and their role. Two or more of them in an undated paragraph
# divide the work among the units, each clause a task (not in a regulation's articles, where
# "A由X负责" states who is competent for a matter).
TOPIC_CLAUSE = rule(
    "topic_clause",
    r"(?:^|(?<=[;。:]))(?P<topic>[^;:。\n由]{2,60}?)(?<![自理经])由(?P<units>[^,;:。()\n由的]{2,40}?)"
    r"(?:自行|统一|具体)?(?P<role>牵头|负责)(?!人|同志)(?P<act>[^;。\n由]{0,80})(?=[;。\n]|$)",
    "assigned_clause",
    [("老城区范围由城东区和市环卫处负责清扫;新区范围由新区管委会负责清扫。",
      ["老城区范围由城东区和市环卫处负责清扫", "新区范围由新区管委会负责清扫"]),
     ("车站、公园等公众聚集场所,由经营或管理单位负责。", ["车站、公园等公众聚集场所,由经营或管理单位负责"]),
     ("此事由我们的同志负责。", []), ("办理理由负责人签字。", []),
     ("您的建议由我局负责办理;具体由我局建设科负责落实。", [])],
    when=lambda m: unit_list_text(m.group("units")) and not m.group("units").startswith(_ISSUER),
    flags=re.M,
)
# The issuer's own office ("由我局负责办理", "由本委负责"): a reply's account of its own steps.
_ISSUER = ("我", "本")
# (第 first, its line start looked behind for: the scan jumps from 第 to 第, where ^ under
# MULTILINE would be tried at every character.)
_ARTICLE = re.compile(r"第(?<=^第)[一二三四五六七八九十百]+条", re.M)


class AssignedClauses:
    """The assignment-series stage of ``DocumentTasks`` (tasks.py)."""

    def assigned(self) -> list[ExtractedTask]:
        """One task per clause of a paragraph holding two or more "由X负责/牵头…" clauses, and per
        paragraph of a run of two or more each opening with one ("由X牵头，…。" line after line)."""
        s = self.nt.norm
        if "由" not in s and not any(w in s for w in _BARE_HEADS):
            return []
        tasks = self._shares()
        regulation = len(_ARTICLE.findall(s)) >= 2  # "第四条 …": articles state standing competences
        found = [(a, b, self._clauses(a, b, regulation)) for a, b in self.para_spans]
        # A paragraph that is one clause opening it (after its number): a line of a run.
        line = [len(c) == 1 and c[0][0].start == a + len(numbering(s[a:b]) or "") for a, b, c in found]
        for k, (a, b, clauses) in enumerate(found):
            in_run = line[k] and (k > 0 and line[k - 1] or k + 1 < len(line) and line[k + 1])
            if len(clauses) >= 2 or in_run:
                tasks += [self._clause_task(sp, kind, b) for sp, kind in clauses]
        return tasks

    def _clauses(self, a: int, b: int, regulation: bool) -> list:
        """(span, rule) of the assigned clauses of the paragraph ``norm[a:b]`` no note covers."""
        s = self.nt.norm
        if s.count("由", a, b) + sum(s.count(w, a, b) for w in _BARE_HEADS) < 1:
            return []
        spans = [(sp, ASSIGNED_CLAUSE) for sp in ASSIGNED_CLAUSE.spans(s, a, b)]
        if not regulation and not self._due(a, b):
            spans += [(sp, TOPIC_CLAUSE) for sp in TOPIC_CLAUSE.spans(s, a, b)
                      if all(sp.end <= o.start or o.end <= sp.start for o, _ in spans)]
        return sorted((x for x in spans if not self._is_covered(x[0].start, x[0].end)), key=lambda x: x[0].start)

    def _clause_task(self, sp, kind, b: int) -> ExtractedTask:
        """The task of one assigned clause (span ``sp`` of rule ``kind``, in a paragraph ending at ``b``)."""
        s = self.nt.norm
        m = kind.pattern.match(s, sp.start, b)
        end = sp.end - 1 if s[sp.end - 1] == "," else sp.end
        head, word = ("units", "role") if m.group("units") else ("bare", "bare_role")
        role = "lead" if m.group(word) == "牵头" else "responsible"
        units: list[ExtractedUnit] = parse_unit_list(self.nt, m.start(head), m.end(head), role)
        for group, role in (("support", "support"), ("resp", "responsible")):
            if kind is ASSIGNED_CLAUSE and m.group(group) and (unit_list_text(m.group(group)) or place_list(m.group(group))):
                units += [u for u in parse_unit_list(self.nt, m.start(group), m.end(group), role)
                          if all(u.name != v.name for v in units)]
        # Later clauses give other units their roles ("…，启动预案，Y配合，Z负责，…").
        units = self.subjects.with_later_roles(units, m.end(word), end)
        hits = self._due(sp.start, end)
        deadline, dtext, rec, ms = schedule(hits)
        title, num = passage_title(self.nt, sp.start, end, [(sp.start + h.start, sp.start + h.end) for h in hits])
        self.order[len(self.order)] = sp.start
        self.covered.append((sp.start, end))
        return ExtractedTask(
            doc_no=self.doc.doc_no, title=title, text=self.show(sp.start, end), units=units,
            deadline=deadline, deadline_text=dtext, recurrence=rec, milestones=ms,
            section=self._section(sp.start), number=num, kind="annotated")

    def _shares(self) -> list[ExtractedTask]:
        """One task per line of a 分工 list ("- 公共区域：由行政部统一组织…"), when it has two or more."""
        s = self.nt.norm
        found = [(a, b, sp) for a, b in self.para_spans if ":由" in s[a:min(b, a + 20)]
                 for sp in LABELLED_SHARE.spans(s, a, b)[:1] if not self._is_covered(a, b)]
        if len(found) < 2:
            return []
        tasks = []
        for a, b, sp in found:
            m = LABELLED_SHARE.pattern.match(s, sp.start, b)
            hits = self._due(a, b)
            deadline, dtext, rec, ms = schedule(hits)
            title, num = passage_title(self.nt, a, b, [(a + h.start, a + h.end) for h in hits])
            self.order[len(self.order)] = a
            self.covered.append((a, b))
            tasks.append(ExtractedTask(
                doc_no=self.doc.doc_no, title=title, text=self.show(a, b),
                units=parse_unit_list(self.nt, m.start("units"), m.end("units"), "responsible"),
                deadline=deadline, deadline_text=dtext, recurrence=rec, milestones=ms,
                section=self._section(a), number=num, kind="annotated"))
        return tasks
