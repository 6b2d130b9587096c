"""Chinese numerals and the character normalization used for matching dates.

Pure helpers shared by the deadline parser: turning 二〇一九 / 十二 / 三十一 / 两 into
integers, and a length-preserving normalization (NFKC per character, a few traditional
characters) so that positions found in the normalized text are positions in the original.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = {
    "〇": 0, "○": 0, "零": 0, "O": 0, "o": 0,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}

# Traditional forms of the characters that matter in deadline phrases. Kept to the few
# that change matching; everything else passes through unchanged.
_TRADITIONAL = {
    "號": "号", "週": "周", "兩": "两", "個": "个", "內": "内", "後": "后",
    "採": "采", "於": "于", "從": "从", "開": "开", "來": "来", "爭": "争",
    "確": "确", "結": "结", "東": "东", "歲": "岁", "當": "当", "際": "际",
    "會": "会", "將": "将", "與": "与", "達": "达", "實": "实",
}


def cn_to_int(text: str) -> int | None:
    """Value of a number written in ASCII digits or Chinese numerals, else None.

    Handles positional digit strings (二〇一九 -> 2019) and unit forms
    (十二 -> 12, 二十一 -> 21, 三十 -> 30, 一百二十 -> 120, 两 -> 2).
    """
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    if any(ch in _UNITS for ch in text):
        total, current = 0, 0
        for ch in text:
            if ch in _DIGITS:
                current = _DIGITS[ch]
            elif ch in _UNITS:
                # A bare unit (十二) means one of it.
                total += (current or 1) * _UNITS[ch]
                current = 0
            else:
                return None
        return total + current
    value = 0
    for ch in text:
        if ch not in _DIGITS:
            return None
        value = value * 10 + _DIGITS[ch]
    return value


def _build_table() -> dict[int, str]:
    """Translation table: compatibility characters folded to their NFKC form.

    Only characters whose NFKC form is a single character are mapped, so that the
    normalized text keeps the length (and every index) of the original.
    """
    table: dict[int, str] = {}
    ranges = [
        (0x00A0, 0x00A0),  # no-break space
        (0x2000, 0x200A),  # typographic spaces
        (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals (⼼ -> 心, ⽇ -> 日)
        (0x3000, 0x3000),  # ideographic space
        (0xF900, 0xFAFF),  # CJK compatibility ideographs
        (0xFF01, 0xFF5E),  # full-width ASCII: digits, brackets, punctuation
    ]
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if len(folded) == 1 and folded != ch:
                table[cp] = folded
    for trad, simp in _TRADITIONAL.items():
        table[ord(trad)] = simp
    return table


_TABLE = _build_table()


_MAPPED = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")


def _sub(m: re.Match) -> str:
    return _TABLE[ord(m.group())]


def fold(text: str) -> str:
    """Length-preserving normalization for matching: NFKC per character plus a few
    traditional characters. ``len(fold(s)) == len(s)`` always holds."""
    # A regex touching only the mapped characters is several times faster than
    # str.translate, which looks up every character of a long text.
    return _MAPPED.sub(_sub, text)
