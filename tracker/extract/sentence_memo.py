"""The subjects of a sentence, read once per document: several stages ask for the same one.

A duty's subject is looked for in its own sentence, then in the sentences before it
(``_carried`` walks back from each undated sentence of a paragraph), then in the first
sentence of its item: the later sentences of a paragraph ask again for the subjects of the
ones before them. Each answer is kept by its span and handed out as new units (a task may
change its units' roles later), with the problems its reading noted noted again.
"""

from __future__ import annotations

from tracker.extract.model import ExtractedUnit
from tracker.extract.normalize import NText
from tracker.extract.problems import Problem


class SentenceMemo:
    """``sentence()`` over ``_read_sentence()`` of the class it is mixed into, kept per span."""

    def __init__(self, nt: NText, problems: list[Problem]):
        super().__init__(nt, problems)
        self._sentences: dict[tuple, tuple[tuple[tuple[str, str], ...], list[Problem]]] = {}

    def sentence(self, a: int, limit: int, b: int, due_starts: tuple[int, ...] = ()) -> list[ExtractedUnit]:
        """Units that are the subject of the sentence at ``a`` (see ``_read_sentence``)."""
        key = (a, limit, b, due_starts)
        kept = self._sentences.get(key)
        if kept is None:
            noted = len(self.problems)
            units = self._read_sentence(a, limit, b, due_starts)
            self._sentences[key] = tuple((u.name, u.role) for u in units), self.problems[noted:]
            return units
        self.problems.extend(kept[1])
        return [ExtractedUnit(name, role) for name, role in kept[0]]

    def names(self, a: int, b: int, due: int) -> frozenset:
        """Names of the subject before the time phrase at ``due`` (empty when none)."""
        if due <= a:
            return frozenset()
        return frozenset(u.name for u in self.sentence(a, due, b, (due,)))
