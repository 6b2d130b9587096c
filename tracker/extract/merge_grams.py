"""Three-character runs for the table/body merge (merge.py): their sets and the share of a
text's characters they cover."""

from __future__ import annotations

from functools import lru_cache
from struct import Struct


def _grams(s: str, n: int = 3) -> set[str]:
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def _runs(s: str, n: int = 3) -> list[str]:
    """The ``n``-character runs of ``s``, each at its own index."""
    return [s[i:i + n] for i in range(len(s) - n + 1)]


@lru_cache(maxsize=512)
def _unpacker(k: int) -> Struct:
    return Struct("12s" * k)


def _code_runs(s: str) -> list[bytes]:
    """:func:`_runs` of ``s`` (three characters) as the runs' UTF-32 bytes: one C-level
    unpack per third of the positions instead of a Python slice per character (the merge
    slices every passage). Equal bytes mean equal runs, so sets and shares are unchanged."""
    n = len(s) - 2
    if n <= 0:
        return []
    b = s.encode("utf-32-le", "surrogatepass")
    out: list = [None] * n
    for j in range(3):
        out[j::3] = _unpacker((n - j + 2) // 3).unpack_from(b, 4 * j)
    return out


def coverage(short: str, grams, n: int = 3, runs: list | None = None) -> float:
    """Share of the characters of ``short`` that lie in an ``n``-gram found in ``grams``
    (the n-grams of a longer text): 1.0 when the longer text restates all of it, about
    the length of one common phrase over the length of ``short`` when they only share it.
    ``runs``: ``_runs(short, n)`` when the caller has them (a row is compared with many
    passages; slicing its text anew for each costs more than the test itself).

    The runs found are bytes of one integer (1 at the index of each), spread over the
    ``n`` bytes each covers by shifts; the covered characters are the bytes left non-zero.
    No Python step per character."""
    if not short:
        return 0.0
    if len(short) < n:
        return 1.0 if any(short in g for g in grams) else 0.0
    found = int.from_bytes(bytes(map(grams.__contains__, _runs(short, n) if runs is None else runs)), "little")
    covered = found
    for k in range(1, n):
        covered |= found << (8 * k)
    return (len(short) - covered.to_bytes(len(short), "little").count(0)) / len(short)


def _may_cover(own: set, grams: set) -> bool:
    """Cheap test before :func:`coverage`: a covered share of 0.7 needs at least a fifth
    of the short text's distinct n-grams in the other (runs of exactly three shared
    characters are the sparsest way to cover it)."""
    return bool(own) and len(own & grams) >= 0.2 * len(own)


def _shares_run(a: str, b: str, n: int) -> bool:
    """``a`` and ``b`` share a run of ``n`` characters."""
    grams = _grams(b, n)
    return any(a[i:i + n] in grams for i in range(len(a) - n + 1))
