"""Fuzz the extractor and the deadline parser with hostile text.

    .venv/bin/python bench/fuzz_extract.py [--cases 100000] [--seed 1] [--jobs 2]

Generated inputs (a seeded generator, so a run can be repeated) mix random text,
control characters, enormous lines, unbalanced brackets and fragments of real phrasing
cut from the seed gazette at run time. Each input goes through
``tracker.extract.extract_text`` (and ``to_contract``), ``find_deadlines`` and
``parse_deadline``. Prints the number of exceptions (goal 0) with the first few failing
inputs shrunk to a minimal form, the slowest input's time, and the time for a 1 MB input.
``tests/test_fuzz_extract.py`` runs the same generator for a few hundred cases.
"""

from __future__ import annotations

import argparse
import random
import re
import signal
import sys
import time
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED_TEXT = ROOT / "tests" / "data" / "seed" / "gazette-liaocheng-2018-09.txt"
CASE_TIMEOUT = 20.0  # seconds; an input taking longer counts as a failure (a hang)

CONTROL = [chr(c) for c in range(0, 32)] + ["\x7f", "\u0085", "\u200b", "\u200e", "\u2028", "\u2029",
                                            "\ufeff", "\ufffd", "\u3000", "\xa0", "\r\n", "\r"]
BRACKETS = list("（）()《》〈〉【】〔〕[]{}「」『』“”‘’\"'<>")
MARKUP = ["<b>", "</b>", "<img src=\"file:///etc/passwd\">", "&lt;", "&amp;", "<script>", "]]>", "%s", "{0}"]
HEADINGS = ["一、", "二、", "十一、", "（一）", "（十二）", "1.", "12．", "(3)", "第一条", "第十章", "①", "附件1",
            "牵头单位：", "责任单位：", "配合单位：", "完成时限：", "时间节点：", "各县（市、区）", "市直有关部门"]
RANGES = [(0x20, 0x7e), (0x4e00, 0x9fff), (0x3000, 0x303f), (0xff00, 0xffef), (0x2460, 0x24ff),
          (0x0400, 0x04ff), (0x1f300, 0x1f6ff), (0x2f00, 0x2fdf), (0xe000, 0xe0ff)]


def load_fragments(path: Path = SEED_TEXT) -> tuple[str, list[str]]:
    """The gazette text and its clauses (cut at punctuation and line ends), read now."""
    text = path.read_text("utf-8") if path.exists() else "市科技局牵头，2018年12月底前完成。"
    pieces = [p for p in re.split(r"(?<=[，。；：、\n])", text) if p.strip()]
    return text, pieces


@dataclass
class Generator:
    """Seeded hostile inputs; ``case(i)`` is the same text for the same seed and i."""

    seed: int
    text: str
    fragments: list[str]

    def _rand_chars(self, rng: random.Random, n: int) -> str:
        out = []
        for _ in range(n):
            lo, hi = rng.choice(RANGES)
            out.append(chr(rng.randint(lo, hi)))
        return "".join(out)

    def _part(self, rng: random.Random) -> str:
        k = rng.random()
        if k < 0.40:
            frag = rng.choice(self.fragments)
            if rng.random() < 0.3:  # cut it somewhere
                a, b = sorted(rng.randint(0, len(frag)) for _ in range(2))
                frag = frag[a:b]
            return frag
        if k < 0.55:
            return self._rand_chars(rng, rng.randint(1, 12))
        if k < 0.65:
            return "".join(rng.choice(CONTROL) for _ in range(rng.randint(1, 4)))
        if k < 0.75:
            return "".join(rng.choice(BRACKETS) for _ in range(rng.randint(1, 6)))
        if k < 0.85:
            return rng.choice(HEADINGS)
        if k < 0.90:
            return rng.choice(MARKUP)
        if k < 0.95:
            return str(rng.choice([rng.randint(0, 99), rng.randint(1900, 2100), rng.randint(0, 10**12)]))
        return rng.choice(["年", "月", "日", "底前", "前", "每月", "每季度", "上半年", "年底", "\n", "〔2018〕", "号"])

    def case(self, i: int) -> tuple[str, str]:
        """(kind, text) of case ``i``."""
        rng = random.Random(self.seed * 1_000_003 + i)
        k = rng.random()
        if k < 0.45:
            kind, text = "mix", "".join(self._part(rng) for _ in range(rng.randint(1, 60)))
        elif k < 0.65:  # a slice of the real document, mutated
            a = rng.randint(0, max(0, len(self.text) - 1))
            chars = list(self.text[a:a + rng.randint(10, 4000)])
            for _ in range(rng.randint(0, 30)):
                if not chars:
                    break
                j = rng.randrange(len(chars))
                op = rng.random()
                if op < 0.4:
                    del chars[j]
                elif op < 0.8:
                    chars.insert(j, self._part(rng))
                else:
                    chars[j] = rng.choice(CONTROL + BRACKETS)
            kind, text = "mutated", "".join(chars)
        elif k < 0.75:
            kind, text = "random", self._rand_chars(rng, rng.randint(0, 400))
        elif k < 0.83:
            kind = "brackets"
            text = "".join(rng.choice(BRACKETS + ["一、", "牵头单位：", "2019年", "前"])
                           for _ in range(rng.randint(1, 2000)))
        elif k < 0.91:
            kind = "control"
            text = "".join(rng.choice(CONTROL) if rng.random() < 0.5 else self._part(rng)
                           for _ in range(rng.randint(1, 80)))
        elif k < 0.995:
            kind = "headings"
            text = "\n".join(rng.choice(HEADINGS) + self._part(rng) + self._part(rng)
                             for _ in range(rng.randint(1, 100)))
        else:  # an enormous line: no line break in 20–200 k characters
            kind = "long-line"
            unit = "".join(self._part(rng) for _ in range(20)).replace("\n", "")
            text = (unit * (rng.randint(20_000, 200_000) // max(1, len(unit)) + 1))[:200_000]
        return kind, text


def _issued(text: str) -> date | None:
    return None if len(text) % 3 == 0 else date(2000 + len(text) % 30, 1 + len(text) % 12, 1 + len(text) % 28)


def run_one(text: str) -> None:
    """Everything hostile text goes through; raises whatever the code under test raises."""
    from tracker.deadlines import find_deadlines, parse_deadline
    from tracker.extract import extract_text

    contract = extract_text(text).to_contract(full=True)
    assert isinstance(contract, dict) and isinstance(contract.get("tasks"), list)
    issued = _issued(text)
    for start, end, d in find_deadlines(text, issued):
        assert 0 <= start <= end <= len(text), (start, end)
    parse_deadline(text[:300], issued)
    for line in text.splitlines()[:20]:
        parse_deadline(line[:200], issued)


class _Timeout(Exception):
    pass


def _alarm(_sig, _frame):
    raise _Timeout(f"took longer than {CASE_TIMEOUT:.0f} s")


def failure_of(text: str) -> str | None:
    """The failure's signature (exception type and innermost place), or None if it passed."""
    old = signal.signal(signal.SIGALRM, _alarm) if hasattr(signal, "SIGALRM") else None
    if old is not None:
        signal.setitimer(signal.ITIMER_REAL, CASE_TIMEOUT)
    try:
        run_one(text)
        return None
    except Exception as exc:  # the point of fuzzing: any exception is a finding
        tb = traceback.extract_tb(exc.__traceback__)
        where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
        return f"{type(exc).__name__} at {where}: {str(exc)[:160]}"
    finally:
        if old is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def shrink(text: str, signature: str, budget: int = 400) -> str:
    """A shorter input failing the same way (greedy chunk removal, ddmin-like)."""
    kind = signature.split(":", 1)[0]
    chunk = max(1, len(text) // 2)
    tries = 0
    while chunk >= 1 and tries < budget:
        i, changed = 0, False
        while i < len(text) and tries < budget:
            candidate = text[:i] + text[i + chunk:]
            tries += 1
            sig = failure_of(candidate) if candidate else None
            if sig and sig.split(":", 1)[0] == kind:
                text, changed = candidate, True
            else:
                i += chunk
        if not changed:
            chunk //= 2
    return text


@dataclass
class Report:
    cases: int = 0
    failures: list[tuple[int, str, str, str]] = field(default_factory=list)  # (case, kind, signature, text)
    slowest: tuple[float, int, str, int] = (0.0, -1, "", 0)  # (seconds, case, kind, length)
    by_kind: dict[str, int] = field(default_factory=dict)
    chars: int = 0


def fuzz(cases: int, seed: int = 1, start: int = 0, keep: int = 1000) -> Report:
    """Run cases ``start`` … ``start + cases - 1``; keeps up to ``keep`` failing inputs."""
    text, fragments = load_fragments()
    gen = Generator(seed, text, fragments)
    rep = Report()
    for i in range(start, start + cases):
        kind, case = gen.case(i)
        t0 = time.perf_counter()
        sig = failure_of(case)
        took = time.perf_counter() - t0
        rep.cases += 1
        rep.chars += len(case)
        rep.by_kind[kind] = rep.by_kind.get(kind, 0) + 1
        if took > rep.slowest[0]:
            rep.slowest = (took, i, kind, len(case))
        if sig and len(rep.failures) < keep:
            rep.failures.append((i, kind, sig, case))
        elif sig:
            rep.failures.append((i, kind, sig, ""))
    return rep


def one_megabyte_inputs(seed: int = 1) -> dict[str, str]:
    """Two 1 MB inputs: real phrasing with hostile noise in lines, and one 1 MB line."""
    text, fragments = load_fragments()
    rng = random.Random(seed)
    gen = Generator(seed, text, fragments)
    parts, size = [], 0
    while size < 1_000_000:
        p = gen._part(rng)
        parts.append(p)
        size += len(p)
    mixed = "".join(parts)[:1_000_000]
    line = (text.replace("\n", "") * (1_000_000 // max(1, len(text)) + 2))[:1_000_000]
    return {"mixed 1 MB": mixed, "one 1 MB line": line}


def time_input(text: str) -> tuple[float, str | None]:
    t0 = time.perf_counter()
    sig = failure_of(text)
    return time.perf_counter() - t0, sig


def _worker(args):
    cases, seed, start = args
    rep = fuzz(cases, seed, start, keep=20)
    return rep


def main() -> int:
    ap = argparse.ArgumentParser(description="fuzz extract_text and the deadline parser")
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    ap.add_argument("--show", type=int, default=5, help="failing inputs to shrink and print")
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.jobs > 1:
        from multiprocessing import get_context

        per = -(-args.cases // args.jobs)
        chunks = [(min(per, args.cases - j * per), args.seed, j * per) for j in range(args.jobs)]
        with get_context("fork").Pool(args.jobs) as pool:
            parts = pool.map(_worker, [c for c in chunks if c[0] > 0])
    else:
        parts = [fuzz(args.cases, args.seed, keep=20)]
    rep = Report()
    for p in parts:
        rep.cases += p.cases
        rep.chars += p.chars
        rep.failures += p.failures
        rep.slowest = max(rep.slowest, p.slowest)
        for k, v in p.by_kind.items():
            rep.by_kind[k] = rep.by_kind.get(k, 0) + v
    wall = time.perf_counter() - t0
    print(f"fuzz cases: {rep.cases} ({', '.join(f'{k} {v}' for k, v in sorted(rep.by_kind.items()))}); "
          f"{rep.chars / 1e6:.1f} M characters in {wall:.0f} s")
    print(f"exceptions: {len(rep.failures)}")
    signatures: dict[str, int] = {}
    for _i, _k, sig, _t in rep.failures:
        signatures[sig] = signatures.get(sig, 0) + 1
    for sig, n in sorted(signatures.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {n:6d} × {sig}")
    shown = set()
    for i, kind, sig, text in rep.failures:
        if len(shown) >= args.show or sig in shown or not text:
            continue
        shown.add(sig)
        small = shrink(text, sig)
        print(f"  case {i} ({kind}, {len(text)} chars) → minimal input {small[:300]!r}")
    sec, i, kind, length = rep.slowest
    print(f"slowest case: {sec * 1000:.0f} ms (case {i}, {kind}, {length} characters)")
    for name, text in one_megabyte_inputs(args.seed).items():
        took, sig = time_input(text)
        print(f"{name}: {took:.2f} s" + (f" — FAILED: {sig}" if sig else ""))
    return 1 if rep.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
