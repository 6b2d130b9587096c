"""Rules: a name, a pattern, what it produces, and its examples; one runner for all.

A rule reads one phrasing family of official documents. Its pattern runs on the text a
stage gives it (normalized text unless the rule says ``on="original"``); each match
becomes a :class:`Span` carrying the rule's name, what it produces (``produces``: the
kind of span a stage acts on) and the value ``value(match)`` reads from it. Every rule
carries examples, invented phrasings of its family: ``Example(text, expect)`` where
``expect`` lists the matched texts, or is empty when the rule must not fire on ``text``.
``tests/test_extract_rule_examples.py`` runs the examples of every rule in ``RULES``.

A new phrasing family is one rule here (and perhaps one lexicon line); the stage that
acts on its ``produces`` kind needs no change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

from tracker.extract.rule_starts import at_chars, first_chars, matches_at

_FIND_FROM = 200  # a shorter text is scanned by finditer as quickly


@dataclass(frozen=True)
class Example:
    """An invented sentence of the rule's family and the texts the rule must match in it
    (empty: it must match nothing)."""

    text: str
    expect: tuple[str, ...] = ()


@dataclass(frozen=True)
class Span:
    """What a rule found: ``text[start:end]``, its kind and the value read from it."""

    start: int
    end: int
    produces: str
    rule: str
    value: Any = None


@dataclass(frozen=True)
class Rule:
    """One phrasing family: its name, pattern, the kind of span it produces, examples."""

    name: str
    pattern: re.Pattern
    produces: str
    examples: tuple[Example, ...]
    value: Callable[[re.Match], Any] | None = None
    on: str = "normalized"  # or "original": the text as the document writes it
    when: Callable[[re.Match], bool] | None = None  # a condition the pattern cannot say
    doc: str = field(default="", compare=False)

    def __post_init__(self):
        if not self.examples:
            raise ValueError(f"rule {self.name} has no examples")

    @cached_property
    def needed(self) -> re.Pattern | None:
        """The strings one of which every match holds, as one pattern (None: none told).
        A text holding none of them is passed by a search that jumps between the strings'
        first characters instead of the rule's pattern tried at each of its characters
        (most rules find nothing in most passages they are run on). A pattern anchored at
        the start is tried once anyway. Read on first use: reading a pattern's parsed form
        takes time at start-up."""
        found = None if self.pattern.pattern.startswith("^") else required_literals(self.pattern)
        return re.compile("|".join(map(re.escape, sorted(found)))) if found else None

    @cached_property
    def opens_line(self) -> bool | None:
        """True when every match starts at a line's start (a pattern opening with ^ under
        MULTILINE), False when only at the text's start (^ alone), None otherwise."""
        if not self.pattern.pattern.startswith("^"):
            return None
        try:
            from re import _constants as constants, _parser as parser
        except ImportError:
            return None
        first = parser.parse(self.pattern.pattern, self.pattern.flags).data[:1]
        if first != [(constants.AT, constants.AT_BEGINNING)]:
            return None  # "^a|b": the ^ holds for one branch only
        return bool(self.pattern.flags & re.MULTILINE)

    @cached_property
    def opens_after(self) -> tuple[re.Pattern, bool] | None:
        """For a pattern opening with "(?:(?<=[。;])|^)" (every match starts right after one
        of a few marks, or at the text's start): a class finding the marks (a line break
        among them under MULTILINE) and whether the text's start is one; None otherwise."""
        try:
            from re import _constants as c, _parser as parser
        except ImportError:
            return None
        first = parser.parse(self.pattern.pattern, self.pattern.flags).data[:1]
        if not first or first[0][0] is not c.BRANCH:
            return None
        marks, at_start = set(), False
        for alt in first[0][1][1]:
            op, av = alt[0] if len(alt) == 1 else (None, None)
            if op is c.AT and av is c.AT_BEGINNING:
                at_start = True
                if self.pattern.flags & re.MULTILINE:
                    marks.add("\n")
            elif op is c.ASSERT and av[0] == -1 and len(av[1]) == 1 and av[1][0][0] in (c.LITERAL, c.IN) and all(
                    o is c.LITERAL for o, _ in ([av[1][0]] if av[1][0][0] is c.LITERAL else av[1][0][1])):
                item = av[1][0]
                marks.update(chr(v) for _, v in ([item] if item[0] is c.LITERAL else item[1]))
            elif op is c.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1 and av[1][0][0] is c.NOT_LITERAL:
                at_start = True  # "(?<![^\n])": the text's start or after a line break
                marks.add(chr(av[1][0][1]))
            else:
                return None
        return (re.compile("[" + "".join(map(re.escape, sorted(marks))) + "]"), at_start) if marks else None

    @cached_property
    def opens_with(self) -> str | None:
        """The few characters every match opens with (``rule_starts.first_chars``), or None."""
        return first_chars(self.pattern)

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[Span]:
        """Every match of the rule in ``text[start:end]``."""
        end = len(text) if end is None else end
        needed = self.needed
        if needed is not None and needed.search(text, start, end) is None:
            return []
        lines = self.opens_line
        if lines is not None:
            matches = _at_line_starts(self.pattern, text, start, end, lines)
        elif self.opens_after is not None:
            matches = _after_marks(self.pattern, text, start, end, *self.opens_after)
        elif end - start > _FIND_FROM and self.opens_with is not None:
            matches = at_chars(self.pattern, text, start, end, self.opens_with)
        else:
            matches = self.pattern.finditer(text, start, end)
        return [Span(m.start(), m.end(), self.produces, self.name,
                     self.value(m) if self.value else None)
                for m in matches
                if m.end() > m.start() and (self.when is None or self.when(m))]


def _at_line_starts(pattern: re.Pattern, text: str, start: int, end: int, multiline: bool) -> list[re.Match]:
    """``pattern.finditer(text, start, end)`` for a pattern opening with ^: tried only where
    ^ can hold (the text's start; under MULTILINE, after each line break) rather than at
    every character. An empty match leaves the rest to finditer (what may follow one is
    its own rule)."""
    found: list[re.Match] = []
    p = start
    if p and (not multiline or text[p - 1] != "\n"):
        p = text.find("\n", p, end) + 1 if multiline else 0
        if not p:
            return found
    while p < end:
        m = pattern.match(text, p, end)
        if m is not None:
            if m.end() == p:
                return list(pattern.finditer(text, start, end))
            found.append(m)
            p = m.end()
            if text[p - 1] == "\n":
                continue
        if not multiline:
            break
        p = text.find("\n", p, end) + 1
        if not p:
            break
    return found


def _after_marks(pattern: re.Pattern, text: str, start: int, end: int, marks: re.Pattern,
                 at_start: bool) -> list[re.Match]:
    """``pattern.finditer(text, start, end)`` for a pattern opening with "(?:(?<=[。;])|^)":
    tried only right after each of ``marks`` (and at the text's start when ``at_start``),
    rather than at every character. An empty match leaves the rest to finditer."""
    first = [start] if start and marks.match(text, start - 1) or not start and at_start else []
    return matches_at(pattern, text, start, end, first + [m.end() for m in marks.finditer(text, start, end)])


def run(rules, text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The spans of all ``rules`` in ``text``, in text order (the runner of every stage)."""
    found = [s for rule in rules for s in rule.spans(text, start, end)]
    found.sort(key=lambda s: (s.start, -s.end))
    return found


RULES: list[Rule] = []


def rule(name: str, pattern: str, produces: str, examples, value=None, on: str = "normalized",
         when=None, flags: int = 0, doc: str = "") -> Rule:
    """Define a rule and register it in ``RULES`` (so its examples are tested)."""
    r = Rule(name, re.compile(pattern, flags), produces,
             tuple(e if isinstance(e, Example) else Example(e[0], tuple(e[1])) for e in examples),
             value, on, when, doc)
    if any(x.name == name for x in RULES):
        raise ValueError(f"rule {name} defined twice")
    RULES.append(r)
    return r


def search_from_anchor(pattern: re.Pattern, text: str, anchors: tuple[str, ...], back: int) -> re.Match | None:
    """``pattern.search(text)``, for a pattern whose every match holds one of ``anchors``
    at most ``back`` characters after its start and that reads nothing before its match:
    the search starts at the first anchor (a pattern with no literal start is tried at
    every character of a long text, the anchors are found by a plain substring search)."""
    first = min((i for i in map(text.find, anchors) if i >= 0), default=-1)
    return None if first < 0 else pattern.search(text, max(0, first - back))


def search_in_lines(pattern: re.Pattern, text: str, marks: str, also: tuple[str, ...] = ()) -> re.Match | None:
    """``pattern.search(text)`` for a pattern whose every match lies inside one line and
    holds one of the characters ``marks`` (and one of the strings ``also``, when given),
    and that reads nothing past its line: only the lines holding a mark (and one of
    ``also``) are searched, each up to its line break (a pattern with no literal start is
    tried at every character of a long text; the marks are found by plain substring
    searches). ^ and $ hold at a line's ends as in the whole text."""
    ahead = {m: text.find(m) for m in marks}  # the next place of each mark
    while True:
        i = min((k for k in ahead.values() if k >= 0), default=-1)
        if i < 0:
            return None
        a = text.rfind("\n", 0, i) + 1
        b = text.find("\n", i)
        b = len(text) if b < 0 else b
        m = pattern.search(text, a, b) if not also or any(text.find(w, a, b) >= 0 for w in also) else None
        if m is not None:
            return m
        for mark, k in ahead.items():
            if 0 <= k < b:
                ahead[mark] = text.find(mark, b)


def found_near_anchor(pattern: re.Pattern, text: str, anchors: tuple[str, ...], back: int, ahead: int) -> bool:
    """Does ``pattern`` match in ``text``? For a pattern without lookarounds or anchors
    whose every match holds one of ``anchors``, starting at most ``back`` characters
    before it and ending at most ``ahead`` characters after its start: only the
    neighbourhood of each anchor is searched."""
    for anchor in anchors:
        i = text.find(anchor)
        while i >= 0:
            if pattern.search(text, max(0, i - back), i + ahead) is not None:
                return True
            i = text.find(anchor, i + 1)
    return False


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds (read from its parsed form:
    literal runs, alternations, groups, repeats of at least one), or None when none can
    be told. A text holding none of them cannot match: a cheap test before a search
    that would try the pattern at every character."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _parser as parser  # the parser re itself compiles with
    except ImportError:
        return None
    return _needed(parser.parse(pattern.pattern, pattern.flags))


def _needed(items) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence ``items`` holds, or None.
    Of several, a set of strings of two characters or more is preferred (a stronger test)."""
    found, run = None, []
    for op, av in [*items, (None, None)]:
        kind = str(op)
        if kind == "LITERAL":
            run.append(chr(av))
            continue
        candidates = [frozenset(["".join(run)])] if run else []
        run = []
        if kind == "BRANCH":
            alts = [_needed(alt) for alt in av[1]]
            candidates.append(None if None in alts else frozenset().union(*alts))
        elif kind == "SUBPATTERN" and not av[1] & re.IGNORECASE:
            candidates.append(_needed(av[3]))
        elif kind in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            candidates.append(_needed(av[2]))
        for c in candidates:
            if c and all(len(s) >= 2 for s in c):
                return c
            found = found or c
    return found
