"""The due dates of a span, read once per document: several stages ask for the same one.

The assignment stage reads a paragraph's dates to tell a duty with a time of its own from a
topic clause, the hand-in and implicit stages read the same paragraph again for its tasks,
the division stages for the sentences under a heading. Each answer is kept by its span and
handed out as a new list of the same hits (a hit is never changed once found; its clause is
read on first use, the same for every reader).
"""

from __future__ import annotations

from functools import cached_property

from tracker.extract.dated import Hit


class DueMemo:
    """``_due()`` over ``_read_due()`` of the class it is mixed into, kept per span."""

    @cached_property
    def _due_kept(self) -> dict[tuple[int, int], list[Hit]]:
        return {}

    def _due(self, a: int, b: int) -> list[Hit]:
        """Due dates in ``norm[a:b]`` (see ``_read_due``)."""
        kept = self._due_kept.get((a, b))
        if kept is None:
            kept = self._due_kept[(a, b)] = self._read_due(a, b)
        return list(kept)
