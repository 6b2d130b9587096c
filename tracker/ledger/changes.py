"""What a change did, returned by every function that changes the ledger.

Views refresh from it (only the tasks named) instead of reloading everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    """Ids of what a change touched, plus a Chinese summary line for the user."""

    tasks: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    units: set[int] = field(default_factory=set)
    events: list[int] = field(default_factory=list)
    message: str = ""

    def merge(self, other: "Changes") -> "Changes":
        """Add what ``other`` touched to this one; returns self."""
        self.tasks |= other.tasks
        self.documents |= other.documents
        self.units |= other.units
        self.events += other.events
        if other.message:
            self.message = f"{self.message}\n{other.message}".strip()
        return self

    def __bool__(self) -> bool:
        return bool(self.tasks or self.documents or self.units or self.events)
