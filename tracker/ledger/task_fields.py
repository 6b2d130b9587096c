"""The fields of a task as ``ledger.tasks.edit``/``add`` take them: names, parsing, checks.

Values come from the app's dialogs or the command line as text or Python values; each is
turned into what the ledger stores, or refused with a Chinese ValueRefusedError (exit 2).
"""

from __future__ import annotations

from datetime import date

from tracker.errors import ValueRefusedError
from tracker.ledger.tasks import ROLE_ZH

# Fields ``edit`` accepts, with the Chinese name the history shows.
FIELD_ZH = {
    "title": "标题", "text": "正文", "section": "所属部分", "number": "序号",
    "deadline": "完成时限", "deadline_text": "时限原文", "recurrence": "周期",
    "units": "责任单位", "milestones": "阶段节点",
    "source_kind": "来源", "source_date": "来源日期", "source_ref": "文号",
    "case_no": "督办件编号", "leader": "牵头领导", "created": "新增任务",
}
SCALAR_FIELDS = ("title", "text", "section", "number", "deadline_text", "source_kind", "source_date",
                 "source_ref", "case_no", "leader")
SOURCE_KINDS = ("文件", "领导批示", "会议", "督办件", "其他")
ROLE_NAMES = {"lead": "lead", "牵头": "lead", "support": "support", "配合": "support", "协办": "support",
              "responsible": "responsible", "责任": "responsible"}


def parse_unit(spec) -> dict:
    """``{"name", "role"}`` from a dict, a (name, role) pair or ``NAME[:role]`` text;
    roles in English (lead/support/responsible) or Chinese (牵头/配合/责任)."""
    if isinstance(spec, dict):
        name, role = spec.get("name"), spec.get("role")
    elif isinstance(spec, (tuple, list)):
        name, role = (list(spec) + [None])[:2]
    else:
        text = str(spec).replace("：", ":")
        name, _, role = text.partition(":")
    name = (name or "").strip()
    if not name:
        raise ValueRefusedError("单位名称不能为空。")
    role = (role or "responsible").strip()
    if role not in ROLE_NAMES:
        raise ValueRefusedError(f"单位“{name}”的职责应为 lead（牵头）、support（配合）或 responsible（责任）：{role}")
    return {"name": name, "role": ROLE_NAMES[role]}


def parse_milestone(spec) -> dict:
    """``{"id"?, "due", "label"}`` from a dict or ``YYYY-MM-DD[:label]`` text."""
    if isinstance(spec, dict):
        out = {"id": spec.get("id"), "due": iso_date(spec.get("due"), "节点日期"),
               "label": (spec.get("label") or spec.get("text") or "").strip()}
    else:
        due, _, label = str(spec).replace("：", ":").partition(":")
        out = {"id": None, "due": iso_date(due.strip(), "节点日期"), "label": label.strip()}
    out["label"] = out["label"] or out["due"] or ""
    return out


def iso_date(value, what: str = "日期") -> str | None:
    """An ISO date string from a date, ISO text or None; a Chinese refusal otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValueRefusedError(f"{what}应为 YYYY-MM-DD 格式的日期：{value}") from None


def check_rrule(rrule: str | None) -> str | None:
    """The rule unchanged if it yields dates (empty means no recurrence); refuses others."""
    from tracker.recurrence import occurrences

    rrule = (rrule or "").strip() or None
    if rrule and not occurrences(rrule, date(2000, 1, 1), date(2030, 12, 31)):
        raise ValueRefusedError(f"周期规则无法识别（应为 RRULE，例如 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31）：{rrule}")
    return rrule


def units_text(units: list[dict]) -> str:
    """``市科技局(牵头)、市财政局(配合)`` for the history."""
    return "、".join(f"{u['name']}({ROLE_ZH.get(u['role'], u['role'])})" for u in units)


def milestones_text(rows) -> str:
    """``2019-03-31 制定方案；2019-06-30 完成`` for the history."""
    return "；".join(f"{due or '无日期'} {label}" if label != due else str(due) for due, label in rows)


def normalized(changes: dict) -> dict:
    """``changes`` with each value parsed and checked (ValueRefusedError for a bad one)."""
    new: dict = {}
    for k, v in changes.items():
        if k in ("deadline", "source_date"):
            new[k] = iso_date(v, FIELD_ZH[k])
        elif k == "recurrence":
            new[k] = check_rrule(v)
        elif k == "units":
            units = [parse_unit(u) for u in (v or [])]
            seen: dict[str, dict] = {}
            for u in units:
                seen.setdefault(u["name"], u)
            new[k] = list(seen.values())
        elif k == "milestones":
            new[k] = [parse_milestone(m) for m in (v or [])]
        elif k == "source_kind":
            new[k] = source_kind(v)
        else:
            new[k] = None if v is None else str(v).strip() or None
    if "title" in new and not new["title"]:
        raise ValueRefusedError("任务标题不能为空。")
    if "text" in new and new["text"] is None:
        new["text"] = ""
    return new


def source_kind(v) -> str | None:
    """One of SOURCE_KINDS, or None for an empty value."""
    v = (v or "").strip() or None
    if v is not None and v not in SOURCE_KINDS:
        raise ValueRefusedError(f"任务来源应为 {'、'.join(SOURCE_KINDS)} 之一：{v}")
    return v
