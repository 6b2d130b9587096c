"""Standing duties and field lines: passages that say who is who, not what is to be done.

A plan may give, beside its tasks, a section on what each office does as a rule ("三、工作职责" /
"（一）区某局：负责项目审批…" / "（二）区某局：负责规划选址…"): these are the offices' standing
remits, the work handed out stands in the plan's tasks, each with its own date or note. A section
that divides the work ("三、职责分工", "五、任务分工") is different: its items are the tasks. So is a
body heading its own numbered list of duties in a remit section ("（一）街道消防委" over "1.…" "2.…"):
task_headed.py makes the list one row (kind "table"), which stays.

An item written as fields ("（四）新春象棋赛" / "1、活动时间：…" / "3、负责单位：某村") names the
unit doing it on a line of its own; that line, or a line naming whom the work concerns ("2、督办对象：
各镇区。"), is no task: the item above it is.
"""

from __future__ import annotations

import re

from tracker.extract.contact_lines import has_colon
from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm
from tracker.extract.rules import rule

# A top-level heading naming the offices' remits, with no word that divides work among them.
# A heading that asks for the remit to be carried out ("一、依法履行某某公开职责", a 工作要点's
# first part) heads work items, not remits.
STANDING_SECTION = rule(
    "standing_duty_section",
    r"^[一二三四五六七八九十]{1,3}、(?![^:]*(?:分工|任务|要求|措施|履行|落实|压实))[^,。;:]{0,10}职责:?$",
    "standing_section",
    [("三、工作职责", ["三、工作职责"]), ("一、有关职责", ["一、有关职责"]),
     ("二、明确部门职责", ["二、明确部门职责"]),
     ("三、职责分工", []), ("五、任务分工及职责", []), ("（一）区某局职责：负责审批", []),
     ("一、依法履行档案公开职责", []), ("二、切实落实属地监管职责", [])],
)

# A line that is one field of an item: a unit label (or whom the work concerns) and its value.
UNIT_FIELD_LINE = rule(
    "unit_field_line",
    r"^(?:[一二三四五六七八九十]{1,3}、|\(?[一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])?"
    r"(?:" + alternation([*lexicon().unit_labels, *lexicon().object_labels]) + r"):",
    "unit_field",
    [("3、负责单位：某村", ["3、负责单位:"]), ("2、督办对象：各镇区。", ["2、督办对象:"]),
     ("责任单位：区教育局牵头，各街道承办。", ["责任单位:"]),
     ("3、由某村负责，于3月1日前完成。", []), ("区教育局：负责校园安全检查", [])],
)


# A sentence that only announces what follows ("到2027年底，实现以下目标：", "现将报送安排如下：",
# "寒假将于1月8日开始，现将离校事项通知如下："), with no word that binds anyone: its date belongs to
# the items below it, it is no task of its own.
ANNOUNCING_LINE = rule(
    "announcing_line",
    r"^[^。;!?]*(?:如下|以下[^,。;:]{0,6}|下列[^,。;:]{0,6}):$",
    "announcing",
    [("到2027年底，实现以下目标：", ["到2027年底,实现以下目标:"]),
     ("现将各单位报送2027年7月材料安排如下：", ["现将各单位报送2027年7月材料安排如下:"]),
     ("请各镇于3月1日前报送以下材料：", []),
     ("到2027年底，实现以下目标。各镇要于3月1日前报送方案：", [])],
    when=lambda m: _BINDS.search(m.group()) is None,
)
_BINDS = re.compile(r"要|须|请|应|务必|负责")


def drop_standing(tasks: list[ExtractedTask]) -> list[ExtractedTask]:
    """``tasks`` without the undated items of a standing-duty section, the unit field lines and the
    lines that announce the items below them."""
    return [t for t in tasks if not (
        t.text and has_colon(t.text) and _field_or_announcing(norm(t.text))
        or t.section and t.kind != "table" and t.deadline is None and not t.recurrence and not t.milestones
        and STANDING_SECTION.pattern.match(norm(t.section)))]


def _field_or_announcing(text_norm: str) -> bool:
    """Is the normalized task text a unit field line or a line announcing the items below it?
    (Both end their label or their sentence with a colon: a text holding none is neither.)"""
    return UNIT_FIELD_LINE.pattern.match(text_norm) is not None or bool(ANNOUNCING_LINE.spans(text_norm))
