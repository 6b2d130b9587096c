"""A rule's matches found by trying its pattern only where one can start.

A pattern opening with one of a few literal characters ("(?:自|从)…", "每…") is searched by
the regex engine testing a character set at every character of the text it is given (a
whole body, for many rules). ``first_chars`` reads those characters from the parsed pattern;
``at_chars`` finds them by plain substring finds and tries the pattern only there, giving
the matches ``finditer`` gives.
"""

from __future__ import annotations

import re

try:
    from re import _constants as _c, _parser as _p  # the parser re itself compiles with
except ImportError:  # pragma: no cover - older layouts of the re package
    _c = _p = None

# Characters so frequent in running text that a Python step at each costs more than the
# engine's scan: a pattern that may open with one is left to finditer.
_FREQUENT = frozenset("。，、；：（）“”的在和是要了一中有为不")
_MOST = 4  # more opening characters than this: finditer


def first_chars(pattern: re.Pattern) -> str | None:
    """The characters every match of ``pattern`` opens with (at most a few, none frequent in
    running text, none ASCII), or None when they cannot be told or would not pay."""
    if _p is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        found, empty = _first(_p.parse(pattern.pattern, pattern.flags).data)
    except _Unknown:
        return None
    if empty or not found or len(found) > _MOST or any(ch.isascii() or ch in _FREQUENT for ch in found):
        return None
    return "".join(sorted(found))


class _Unknown(Exception):
    """A construct whose first characters are not told."""


def _first(items) -> tuple[set[str], bool]:
    """The characters the parsed sequence ``items`` may open with, and whether it may match
    the empty string (zero-width assertions read no character: the next item opens)."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            if not all(o is _c.LITERAL for o, _ in av):
                raise _Unknown
            out.update(chr(v) for _, v in av)
            return out, False
        if op is _c.BRANCH:
            alts = [_first(alt) for alt in av[1]]
            for f, _ in alts:
                out |= f
            if not any(e for _, e in alts):
                return out, False
        elif op is _c.SUBPATTERN:
            f, e = _first(av[3])
            out |= f
            if not e:
                return out, False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            f, e = _first(av[2])
            out |= f
            if av[0] >= 1 and not e:
                return out, False
        elif op not in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            raise _Unknown
    return out, True


def at_chars(pattern: re.Pattern, text: str, start: int, end: int, chars: str) -> list[re.Match]:
    """``list(pattern.finditer(text, start, end))`` for a pattern every match of which opens
    with one of ``chars`` (``first_chars``): tried at those characters alone, in order, each
    from the end of the match before. An empty match leaves the rest to finditer."""
    if len(chars) == 1:
        at = []
        i = text.find(chars, start, end)
        while i >= 0:
            at.append(i)
            i = text.find(chars, i + 1, end)
    else:
        at = []
        for ch in chars:
            i = text.find(ch, start, end)
            while i >= 0:
                at.append(i)
                i = text.find(ch, i + 1, end)
        at.sort()
    return matches_at(pattern, text, start, end, at)


def matches_at(pattern: re.Pattern, text: str, start: int, end: int, positions) -> list[re.Match]:
    """``list(pattern.finditer(text, start, end))`` when every match opens at one of the
    ascending ``positions``: each is tried from the end of the match before. An empty match
    leaves the rest to finditer, which alone knows how to step past it."""
    found: list[re.Match] = []
    done = start  # every start before this was tried or lies inside a match found
    match = pattern.match
    for p in positions:
        if p < done or p >= end:
            continue
        m = match(text, p, end)
        if m is not None:
            if m.end() == p:
                return list(pattern.finditer(text, start, end))
            found.append(m)
            done = m.end()
    return found
