"""The active filters of the task list, said in words a clerk can act on.

The app shows every active filter as a chip with a ✕ (a unit picked through 查找单位
stays a filter after the search box is cleared) and, when the filters leave nothing,
a hint naming the filters that hide the tasks. Which filters exist and how they read
is decided here, without Qt, so the words are tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

# The order chips are shown in: the widest choice first.
KEYS = ("search", "bucket", "document", "unit", "lead_only")
EMPTY_TITLE = "没有符合条件的任务"


@dataclass(frozen=True)
class ActiveFilter:
    """One filter in force: ``key`` names it (one of ``KEYS``), ``label`` is its chip text."""

    key: str
    label: str


def active_filters(*, search: str = "", bucket: str | None = None, document: str | None = None,
                   unit: str | None = None, lead_only: bool = False) -> list[ActiveFilter]:
    """The filters in force, each with its chip text; blank arguments are not filters.

    ``bucket``, ``document`` and ``unit`` are the names shown to the clerk (a bucket's
    title, a document's short name, a unit's name), not ids.
    """
    out = []
    words = " ".join((search or "").split())
    if words:
        out.append(ActiveFilter("search", f"搜索：{words}"))
    if bucket:
        out.append(ActiveFilter("bucket", f"状态：{bucket}"))
    if document:
        out.append(ActiveFilter("document", f"公文：{document}"))
    if unit:
        out.append(ActiveFilter("unit", f"单位：{unit}"))
    if lead_only:
        out.append(ActiveFilter("lead_only", "仅牵头"))
    return out


def empty_hint(total: int, filters: list[ActiveFilter]) -> str:
    """What to show when the list is blank: why, and how to get the tasks back.

    ``total`` is the number of tasks in the ledger (as of the chosen date).
    """
    if total == 0:
        return f"{EMPTY_TITLE}。\n台账中还没有任务：请导入公文或新增任务。"
    if not filters:
        return f"{EMPTY_TITLE}。"
    names = "、".join(f"“{f.label}”" for f in filters)
    return (f"{EMPTY_TITLE}。\n台账中共 {total} 项任务，被这些筛选条件隐藏：{names}。\n"
            "点筛选条件上的 ✕ 清除它，或点“清除全部筛选”。")
