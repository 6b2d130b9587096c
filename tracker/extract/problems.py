"""What the extractor asks a clerk to check: problems as codes with arguments.

A stage reports ``Problem(code, args)``; the Chinese sentence is made from the code's
template only when it is shown, so code that reacts to a problem (the review dialog
leaving out notes it restates per row) tests the code, never words of the message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# One template per code; ``{name}`` fields are the problem's arguments.
MESSAGES: dict[str, str] = {
    "empty_input": "输入为空，没有可读取的公文内容。",
    "no_documents": "未识别出公文（没有文号、标题或任务），请确认输入内容。",
    "no_tasks": "公文中未找到带责任单位或期限的任务。",
    "no_issue_date": "{doc}：未找到成文日期，无年份的期限按不确定处理。",
    "task_without_unit": "{doc}：任务“{title}”未写明责任单位。",
    "task_without_deadline": "{doc}：任务“{title}”没有完成时限。",
    "page_fragment_unplaced": "未能找到第{page}页续接内容的出处，已单独保留：“{head}…”",
    "page_marker_unmatched": "“下转”标记未找到对应的续接内容：“{tail}”",
    "unit_doubled": "单位名称疑似重复书写：“{name}”，已按“{kept}”记录",
    "unit_unknown": "无法识别的单位名称：“{name}”",
}

# Problems about one task that the review list states per row (and keeps current).
PER_TASK = frozenset({"task_without_unit", "task_without_deadline"})


@dataclass(frozen=True)
class Problem:
    """One thing to check: a code from ``MESSAGES`` and the values its message names."""

    code: str
    args: dict = field(default_factory=dict, hash=False, compare=True)

    def __post_init__(self):
        if self.code not in MESSAGES:
            raise ValueError(f"unknown problem code {self.code!r}")

    @property
    def message(self) -> str:
        """The problem in Chinese, for the clerk."""
        return MESSAGES[self.code].format(**self.args)

    def __str__(self) -> str:
        return self.message

    def to_contract(self) -> dict:
        """JSON-ready form: code, arguments and the message."""
        return {"code": self.code, "args": dict(self.args), "message": self.message}


def problem_message(item) -> str:
    """The message of a problem as held in a contract (a dict, or a plain string)."""
    return item.get("message", "") if isinstance(item, dict) else str(item)


def problem_code(item) -> str | None:
    """The code of a problem as held in a contract, None for a plain string."""
    return item.get("code") if isinstance(item, dict) else None
