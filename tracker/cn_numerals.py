"""Chinese numerals as integers, read by cn2an (二〇一九 -> 2019, 三十一 -> 31, 两 -> 2).

cn2an is imported on first use: it costs about 0.3 s to import, and most commands
(list, show, tick) never read a numeral.
"""

from __future__ import annotations

from functools import lru_cache

# Letters a scan or OCR puts for 〇 in a year written digit by digit (二O一九).
_ZERO_LOOKALIKES = str.maketrans({"O": "〇", "o": "〇", "○": "〇"})


@lru_cache(maxsize=4096)
def cn_to_int(text: str) -> int | None:
    """Value of a number written in ASCII digits or Chinese numerals, else None.

    Handles positional digit strings (二〇一九 -> 2019) and unit forms
    (十二 -> 12, 二十一 -> 21, 三十 -> 30, 一百二十 -> 120, 两 -> 2).
    """
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    text = text.translate(_ZERO_LOOKALIKES)
    if text.isascii() or not all("\u3007" <= ch <= "\u9fff" for ch in text):
        return None
    import cn2an  # noqa: PLC0415 - deferred, see the module docstring

    try:
        value = cn2an.cn2an(text, "normal")
    except ValueError:
        return None  # not a numeral (cn2an rejects what it cannot read with ValueError)
    return int(value) if value == int(value) else None
