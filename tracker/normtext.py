"""The one normalized form of document text used for matching, with its position map.

Every matcher (the extractor's rules and the deadline grammar) works on the same
length-preserving fold of the text: NFKC per character (full-width digits and punctuation
become ASCII, Kangxi radicals such as ⼼ become 心; circled numbers ① … ⑨ are kept, as
NFKC's digit would join the digits after it: "①2月上旬前" is a step due in February, not
"12月上旬前"), traditional characters
folded to simplified ones by OpenCC's character table, all document brackets 〔［【 unified
to ``[``, and `` and `` between CJK text read as 和 (a conversion artefact seen in real
gazettes). ``norm`` also drops spaces (``2019 年`` -> ``2019年``). ``NText`` keeps the
original and the normalized form and maps positions of the normalized text back to the
original, so titles, task texts and unit names are shown exactly as the document writes
them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, compress
from importlib import resources

_BRACKETS = {"〔": "[", "〕": "]", "［": "[", "］": "]", "【": "[", "】": "]", "﹝": "[", "﹞": "]",
             "〈": "<", "〉": ">", "﹙": "(", "﹚": ")"}


def _opencc_characters() -> dict[str, str]:
    """Traditional -> simplified for single characters, from OpenCC's dictionary
    (TSCharacters: the first candidate, the usual reading). Only one-character
    replacements are kept, so folding never changes a text's length; phrase-level
    conversion is not needed for matching."""
    table: dict[str, str] = {}
    data = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt")
    for line in data.read_text(encoding="utf-8").splitlines():
        trad, _, cands = line.partition("\t")
        simp = cands.split(" ", 1)[0]
        if len(trad) == 1 and len(simp) == 1 and simp != trad:
            table[trad] = simp
    return table


def _build_table() -> dict[str, str]:
    table: dict[str, str] = {}
    ranges = [(0x00A0, 0x00A0), (0x2000, 0x200A), (0x2E80, 0x2FDF),
              (0x3000, 0x3000), (0xF900, 0xFAFF), (0xFF01, 0xFF5E)]
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[chr(cp)] = folded
    for trad, simp in _opencc_characters().items():
        table.setdefault(trad, simp)
    table.update(_BRACKETS)
    for ch in "\r\t\ufeff":
        table[ch] = " "
    return table


_TABLE = _build_table()
# Replacing only the characters that change is several times faster than str.translate,
# which looks every character of a long text up in the table: the text is split around
# them (a capturing split keeps them at the odd places) and they alone are looked up, in
# one C-level map, without a Python call per character as re.sub with a function makes.
# The class lists BMP characters only (sre tests those with a bitmap); characters beyond
# the BMP, rare in documents, are matched by one range and looked up.
_MAPPED = re.compile("([" + "".join(re.escape(ch) for ch in sorted(_TABLE) if ch <= "\uffff")
                     + "]|[\U00010000-\U0010FFFF])")
_LOOKUP = _TABLE.get
# " and " first, its left neighbour checked by a lookbehind after it: the same matches as
# (?<=X) and (?=Y), but the scan jumps between occurrences of the literal instead of
# trying the lookbehind at every character of a long text.
_AND = re.compile(r" and (?=[\u3400-\u9fff“（(])(?<=[\u3400-\u9fff”、）)] and )")
# The characters ``norm`` drops (spaces, or folded to a space): text that differs only by
# them has the same normalized form.
NORM_SPACES = " \t\r\f\v\u3000\xa0\ufeff" + "".join(chr(c) for c in range(0x2000, 0x200B))


# The full-width punctuation of running text (most of the characters a long text maps,
# often thousands): replaced first, each by one C-level str.replace, so the split below
# cuts the text only at the rare others. Only characters mapped to one that is no key of
# the table: the split then leaves their forms alone, as one lookup would.
_COMMON = [(ch, _TABLE[ch]) for ch in "，（）：；〔〕" if ch in _TABLE and _TABLE[ch] not in _TABLE]
_COMMON_FROM = 256  # a shorter text has few of them: the split alone is as quick


# Characters the table maps to a character it maps again (a Kangxi radical to a traditional
# character): the only way a folded text is not folded already.
_CHAINED = frozenset(ch for ch, to in _TABLE.items() if _TABLE.get(to, to) != to)


def fold(text: str) -> str:
    """Length-preserving normalization: NFKC per character, simplified characters,
    unified brackets, and ' and ' between CJK text turned into 和 plus spaces.
    ``len(fold(s)) == len(s)`` always holds."""
    return _fold(text)[0]


def fold_stable(text: str) -> tuple[str, bool]:
    """``fold(text)``, and whether folding it again leaves it as it is."""
    return _fold(text)


def fold_joined(pieces: list[str]) -> str:
    """``fold("".join(originals))`` from the folds of the pieces joined: each character
    folds alone, but for an " and " the join may bring together across two pieces."""
    folded = "".join(pieces)
    return _AND.sub("和    ", folded) if " and " in folded else folded


def _fold(text: str) -> tuple[str, bool]:
    """``fold(text)``, and whether folding it again leaves it as it is (no character of
    ``text`` maps to one the table maps again)."""
    if len(text) > _COMMON_FROM:
        for ch, to in _COMMON:
            text = text.replace(ch, to)
    parts = _MAPPED.split(text)
    stable = True
    if len(parts) > 1:
        mapped = parts[1::2]
        stable = _CHAINED.isdisjoint(mapped)
        parts[1::2] = map(_LOOKUP, mapped, mapped)
        folded = "".join(parts)
    else:
        folded = text
    if " and " in folded:
        folded = _AND.sub("和    ", folded)
    return folded, stable


# Folding maps every other space of NORM_SPACES to " " (checked below): in a folded text the
# spaces left are these, and dropping them is a C-level str.replace each, where a regex
# finding the runs between them tested every character against the class.
_FOLDED_SPACES = " \f\v"
assert all(_TABLE.get(ch, ch) in _FOLDED_SPACES for ch in NORM_SPACES)
assert not any(to in NORM_SPACES and to != " " for to in _TABLE.values())


def _unspaced(folded: str) -> str:
    """A folded text without its spaces."""
    out = folded.replace(" ", "")
    if "\f" in out or "\v" in out:
        out = out.replace("\f", "").replace("\v", "")
    return out


def folded_from(chars: str) -> str:
    """Every character ``fold`` maps to one of ``chars`` (those of ``chars`` it keeps
    included): a text holding none of them has none of ``chars`` in its folded or
    normalized form, so a C-level search of the raw text can stand in for ``norm``."""
    kept = [ch for ch in chars if _TABLE.get(ch, ch) in chars]
    return "".join(kept + sorted(ch for ch, to in _TABLE.items() if to in chars and ch not in kept))


def norm_lines(lines: list[str], folds: dict[str, str] | None = None) -> str:
    """``norm("\n".join(lines))``; each line's ``fold`` is put in ``folds`` as well, so a body
    made of the lines is folded from them (none when a character of the text maps twice:
    whether a fold is its own fold is then told by folding again)."""
    text = "\n".join(lines)
    if folds is None:
        return norm(text)
    folded, stable = _fold(text)
    pieces = folded.split("\n")
    if stable and len(pieces) == len(lines):  # (more pieces: a line held a line break)
        folds.update(zip(lines, pieces))
    return _unspaced(folded)


# The same short strings (unit names, titles, cells) are normalized again and again, by
# many stages of one document: their forms are kept.
_CACHED_LEN = 200
# So are a document's task texts (the stages after the body's read each task's text: the
# table merge, the contact and standing-duty filters, the row passages), fewer and longer:
# a few hundred are kept, none longer than a long passage (a few MB at most).
_KEPT_LEN = 4000


_CACHED_MAX = 8192


@lru_cache(maxsize=256)
def _norm_passage(text: str) -> str:
    return _unspaced(fold(text))


class _Forms(dict):
    """The normalized forms of the short strings read so far, by their text. Its lookup is
    ``norm``: a string seen before costs one C-level dict lookup and no Python call (tens of
    thousands of cells, names and titles are normalized for one long document)."""

    def __missing__(self, text: str) -> str:
        if len(text) > _CACHED_LEN:
            return _norm_passage(text) if len(text) <= _KEPT_LEN else _unspaced(fold(text))
        if len(self) >= _CACHED_MAX:
            self.clear()  # a bound on what is kept (a long run of strings each read once)
        out = self[text] = _unspaced(fold(text))
        return out


# ``norm(text)``: the matching form of a short string: folded, with every space removed.
norm = _Forms().__getitem__


class NText:
    """A text in its original form plus its normalized form, with a position map."""

    __slots__ = ("orig", "norm", "_nstarts", "_ostarts", "_offset", "folded")

    def __init__(self, orig: str, known: tuple[str, bool] | None = None):
        self.orig = orig
        # ``folded``: ``norm`` is its own fold (true unless a character maps twice), so a
        # matcher given a piece of it need not fold it again. ``known``: what ``_fold(orig)``
        # gives, when the caller has it (a body whose lines were folded when they were read).
        folded, self.folded = _fold(orig) if known is None else known
        # The runs between spaces, their starts in ``orig`` and in ``norm`` (the running
        # sum of their lengths). Split at each single space, the text's pieces start one
        # past the end of the piece before; the runs are the pieces that are not empty.
        if "\f" in folded or "\v" in folded:
            folded = folded.replace("\f", " ").replace("\v", " ")
        pieces = folded.split(" ")
        keep = list(map(bool, pieces))
        parts = list(compress(pieces, keep))
        ostarts = list(compress(accumulate([len(p) + 1 for p in pieces], initial=0), keep))
        nstarts = list(accumulate(map(len, parts), initial=0))
        nstarts.pop()
        self.norm = "".join(parts)
        self._nstarts = nstarts
        self._ostarts = ostarts
        # A text with no space inside (a unit name, a table cell): one run, one offset.
        self._offset = ostarts[0] if len(ostarts) == 1 else None

    def to_orig(self, i: int) -> int:
        """Original index of normalized index ``i`` (``len(norm)`` maps to the end)."""
        if i >= len(self.norm):
            return len(self.orig)
        if self._offset is not None and i >= 0:
            return self._offset + i
        k = bisect_right(self._nstarts, i) - 1
        return self._ostarts[k] + (i - self._nstarts[k])

    def run_starts(self) -> list[tuple[int, int]]:
        """Where each run of text between spaces starts: (normalized, original) index pairs."""
        return list(zip(self._nstarts, self._ostarts))

    def orig_slice(self, start: int, end: int) -> str:
        """The original text behind ``norm[start:end]``."""
        if end <= start:
            return ""
        if start >= 0 and end <= len(self.norm):
            # ``to_orig`` of both ends, read here (a task's text, its title and its units are
            # each a slice: the calls cost more than the reading).
            off = self._offset
            if off is not None:
                return self.orig[off + start:off + end]
            ns, os_ = self._nstarts, self._ostarts
            k = bisect_right(ns, start) - 1
            j = bisect_right(ns, end - 1, k) - 1
            return self.orig[os_[k] + start - ns[k]:os_[j] + end - ns[j]]
        return self.orig[self.to_orig(start):self.to_orig(end - 1) + 1]
