"""``pattern.finditer(text)`` read only near the characters every match must hold.

A pattern such as the deadline grammar is tried by the regex engine at every character of
a long text, and most characters start nothing. When every match holds one of a few
characters (年, 月, 日 …: the *anchors*) at most N characters after its start (N read
per anchor from the pattern itself), a match can only start in the N characters before
an anchor: the scan finds the anchors (one quick class search) and tries the pattern only
there, and only at characters its opening lookahead admits. The matches are the same
match objects ``finditer`` gives, in the same order: each is tried at its own position in
the whole text (lookbehinds and lookaheads see what they would see), and the scan goes on
from a match's end as ``finditer`` does.

What the pattern guarantees is read from its parsed form when the scan is first used.
When it cannot be told (a path through the pattern holding no anchor, an unbounded run
before the first anchor, a construct not understood) the scan is plain ``finditer``.
"""

from __future__ import annotations

import re

try:
    from re import _constants as _c, _parser as _p  # the parser re itself compiles with
except ImportError:  # pragma: no cover - older layouts of the re package
    _c = _p = None


class _Unknown(Exception):
    """A construct whose bound cannot be told: the scan falls back to finditer."""


class _Reach:
    """What the paths through a piece of pattern do, as bounds over all of them.

    ``free``: the longest a path holding no anchor consumes (None: every path holds one);
    ``back``: per anchor character, the greatest offset at which it can be the first anchor
    a path reads (in what it consumes or in a lookahead it passes)."""

    __slots__ = ("free", "back")

    def __init__(self, free: int | None, back: dict[str, int] | None = None):
        self.free, self.back = free, back or {}

    def then(self, other: _Reach) -> _Reach:
        """This piece followed by ``other``."""
        back = dict(self.back)
        if self.free is not None:
            for ch, off in other.back.items():
                back[ch] = max(back.get(ch, -1), self.free + off)
        return _Reach(None if self.free is None or other.free is None else self.free + other.free, back)

    def either(self, other: _Reach) -> _Reach:
        """This piece or ``other``."""
        back = dict(self.back)
        for ch, off in other.back.items():
            back[ch] = max(back.get(ch, -1), off)
        free = other.free if self.free is None else self.free if other.free is None else max(self.free, other.free)
        return _Reach(free, back)


def _seq(items, anchors: frozenset[str]) -> _Reach:
    out = _Reach(0)
    for op, av in items:
        out = out.then(_node(op, av, anchors))
    return out


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_source(items) -> str:
    """A character class ``[…]`` matching what the parsed class ``items`` matches."""
    parts = []
    for op, av in items:
        if op is _c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _c.NEGATE and not parts:
            parts.append("^")
        elif op is _c.CATEGORY and str(av) in _CATEGORIES:
            parts.append(_CATEGORIES[str(av)])
        else:
            raise _Unknown(f"class item {op}")
    return "[" + "".join(parts) + "]"


def _class(items, anchors: frozenset[str], flags: int) -> tuple[set[str], bool]:
    """The anchors a character class may match, and whether it may match another character."""
    if all(op is _c.LITERAL for op, _ in items):
        chars = {chr(av) for _, av in items}
        return chars & anchors, not chars <= anchors
    test = re.compile(_class_source(items), flags)
    return {ch for ch in anchors if test.fullmatch(ch)}, True


def _node(op, av, anchors: frozenset[str]) -> _Reach:
    if op is _c.LITERAL:
        return _Reach(None, {chr(av): 0}) if chr(av) in anchors else _Reach(1)
    if op is _c.NOT_LITERAL or op is _c.ANY:
        return _Reach(1, {ch: 0 for ch in anchors if op is _c.ANY or ch != chr(av)})
    if op is _c.IN:
        hit, other = _class(av, anchors, re.UNICODE)
        return _Reach(1 if other else None, {ch: 0 for ch in hit})
    if op is _c.BRANCH:
        out = None
        for alt in av[1]:
            out = _seq(alt, anchors) if out is None else out.either(_seq(alt, anchors))
        return out
    if op is _c.SUBPATTERN:
        return _seq(av[3], anchors)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, hi, sub = av
        one = _seq(sub, anchors)
        if hi == _c.MAXREPEAT:
            if one.free is None:
                return one if lo else one.either(_Reach(0))  # an anchor in the first round
            raise _Unknown("an unbounded run that may hold no anchor")
        out = _Reach(0)
        for k in range(hi):
            out = out.then(one) if k < lo else out.either(out.then(one))
        return out
    if op is _c.ASSERT:
        direction, sub = av
        inner = _seq(sub, anchors) if direction == 1 else _Reach(0)
        # A lookahead every path of which reads an anchor guarantees one there.
        return _Reach(None, inner.back) if inner.free is None else _Reach(0)
    if op is _c.ASSERT_NOT or op is _c.AT:
        return _Reach(0)
    if op is _c.GROUPREF_EXISTS:
        _group, yes, no = av
        return _seq(yes, anchors).either(_seq(no, anchors) if no else _Reach(0))
    raise _Unknown(str(op))


def _first_class(parsed) -> str | None:
    """The characters a pattern opening with a one-class lookahead ``(?=[…])`` can start at."""
    if not parsed.data or parsed.data[0][0] is not _c.ASSERT:
        return None
    direction, sub = parsed.data[0][1]
    if direction != 1 or len(sub.data) != 1 or sub.data[0][0] is not _c.IN:
        return None
    return _class_source(sub.data[0][1])


class AnchoredScan:
    """``pattern.finditer(text)``, tried only near ``anchors`` (see the module's doc)."""

    def __init__(self, pattern: re.Pattern, anchors: str):
        self.pattern = pattern
        self.anchors = frozenset(anchors)
        self._ready = False
        self._back: dict[str, int] | None = None
        self._anchor_re: re.Pattern | None = None
        self._first: re.Pattern | None = None

    def _prepare(self) -> None:
        self._ready = True
        if _p is None or self.pattern.flags & re.IGNORECASE:
            return
        parsed = _p.parse(self.pattern.pattern, self.pattern.flags)
        try:
            reach = _seq(parsed.data, self.anchors)
            first = _first_class(parsed)
        except _Unknown:
            return
        if reach.free is not None:
            return  # some match may hold no anchor
        self._back = reach.back
        self._anchor_re = re.compile("[" + "".join(map(re.escape, sorted(reach.back))) + "]")
        self._first = re.compile(first, self.pattern.flags) if first else None

    def guaranteed(self) -> dict[str, int] | None:
        """Per anchor, how far before it a match may start (None: no guarantee, finditer)."""
        if not self._ready:
            self._prepare()
        return self._back

    def anchor_starts(self, text: str) -> list[int] | None:
        """Where ``text`` holds an anchor, in order (None: no guarantee). A stretch of
        ``text`` holding none has no match of the pattern searched within it."""
        if self.guaranteed() is None:
            return None
        return [a.start() for a in self._anchor_re.finditer(text)]

    def finditer(self, text: str, anchors: list[int] | None = None) -> list[re.Match]:
        """The matches ``self.pattern.finditer(text)`` gives, as a list. ``anchors``: what
        ``anchor_starts(text)`` gives, when the caller has it (read from a longer text)."""
        if self.guaranteed() is None:
            return list(self.pattern.finditer(text))
        match, back, first = self.pattern.match, self._back, self._first
        # The starts to try: the union of each anchor's window (the characters up to its
        # reach before it, and itself), as disjoint intervals in text order. A window may
        # reach back over intervals already closed: they are joined to it.
        los: list[int] = []
        his: list[int] = []
        for x in self.anchor_starts(text) if anchors is None else anchors:
            lo = x - back[text[x]]
            while his and lo <= his[-1] + 1:
                his.pop()
                if los[-1] < lo:
                    lo = los[-1]
                los.pop()
            los.append(lo)
            his.append(x)
        found: list[re.Match] = []
        done = 0  # every start before this was tried or lies inside a match found
        for q, x in zip(los, his):
            if q < done:
                q = done
            while q <= x:
                if first is not None:
                    f = first.search(text, q, x + 1)
                    if f is None:
                        break
                    q = f.start()
                m = match(text, q)
                if m is None:
                    q += 1
                    continue
                if m.end() == q:
                    # An empty match: finditer's rules for what follows one are its own.
                    return list(self.pattern.finditer(text))
                found.append(m)
                q = m.end()
            done = max(done, q, x + 1)
        return found
