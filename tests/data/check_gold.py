"""Validate hand-written gold files against their documents.

    .venv/bin/python tests/data/check_gold.py tests/data/heldout tests/data/heldout2 …

For every ``*.gold.json`` in the folders named (default: every folder beside this file and
the real-document corpus halves ``tests/corpus/dev`` and ``tests/corpus/test``):
keys and alt_keys are 6–40 characters, occur exactly once in the document after NFKC
normalization with all whitespace removed, and no key sits inside another task's key;
document fields, unit names, deadline texts and milestone texts occur in the document;
dates are ISO dates; a task with milestones is due at its last one; roles, kinds and
RRULEs are well formed; a task of kind `implicit` has a date, a recurrence, milestones or an
event-relative phrase, and that phrase is not a word of urgency alone. Prints each problem and exits 1 if there were any.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path


def norm(s: str) -> str:
    """The scorer's normalization: NFKC, then every whitespace character removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# Pinyin glosses that some mirrors insert after traditional characters ("發(fā)"): a clerk reads
# the characters alone, so unit names and dates may be written without them.
GLOSS = re.compile(r"\([a-zA-Z\u00e0-\u00fc\u0101-\u01dc\u0144\u0148\u01f9\u1e3f]+\)")

# Words of urgency that give no date ("立即", "及时", "尽快", "迅速", "抓紧"), alone as a deadline_text.
URGENCY = re.compile(r"(立即|及时|及時|尽快|盡快|迅速|抓紧|抓緊)")  # with the traditional forms


def check_file(gold_path: Path) -> list[str]:
    """Problems of one gold file (empty when it is sound)."""
    gold = json.loads(gold_path.read_text("utf-8"))
    raw = (gold_path.parent / gold["source"]).read_text("utf-8") \
        if not gold["source"].endswith(".docx") else None
    text = norm(raw) if raw is not None else None
    plain = norm(GLOSS.sub("", raw)) if raw is not None else None
    problems: list[str] = []

    def present(value: str, what: str, tid: str) -> None:
        if text is not None and norm(value) not in text and norm(value) not in plain:
            problems.append(f"{what} not in text: {tid} {value}")

    # A page excerpt may show no header (no document entry) or no 文号/成文日期/title (null fields).
    docnos = {d["doc_no"] for d in gold["documents"]} or {None}
    for d in gold["documents"]:
        if d["doc_no"] is not None:
            present(d["doc_no"], "doc_no", "-")
        if d["title"] is not None:  # a portal box may give 文号 and 成文日期 but no title
            present(d["title"], "title", "-")
        if d["issued"] is not None:
            datetime.date.fromisoformat(d["issued"])
    keys: list[tuple[str, str]] = []
    for t in gold["tasks"]:
        tid = t["id"]
        if t["doc_no"] not in docnos:
            problems.append(f"unknown doc_no: {tid}")
        for k in [t["key"], *t["alt_keys"]]:
            nk = norm(k)
            # A key is written as the text has it; on a glossed page an alt_key may give the
            # characters alone, found once in the text read without its glosses.
            if text is not None and text.count(nk) != 1 and not (text.count(nk) == 0 and plain.count(nk) == 1):
                problems.append(f"key occurs {text.count(nk)} times: {tid} {k}")
            if not 6 <= len(nk) <= 40:
                problems.append(f"key length {len(nk)}: {tid} {k}")
            keys.append((tid, nk))
        for u in t["units"]:
            if u["role"] not in ("lead", "support", "responsible"):
                problems.append(f"bad role: {tid} {u}")
            present(u["name"], "unit", tid)
        if t["deadline"]:
            datetime.date.fromisoformat(t["deadline"])
        if t["deadline_text"]:
            present(t["deadline_text"], "deadline_text", tid)
        for m in t["milestones"]:
            datetime.date.fromisoformat(m["due"])
            present(m["text"], "milestone text", tid)
        if t["milestones"] and t["deadline"] != max(m["due"] for m in t["milestones"]):
            problems.append(f"deadline is not the last milestone: {tid}")
        if t["kind"] not in ("table", "annotated", "implicit"):
            problems.append(f"bad kind: {tid}")
        # The contract's `implicit` is "a dated obligation with no responsibility note": with no
        # date, recurrence, milestone or event-relative phrase, and no note (kind `annotated`) or
        # row (kind `table`) to make it one, an undated duty is not a task (corpus README, "What is
        # a task (session 24)").
        undated = not t["deadline"] and not t["recurrence"] and not t["milestones"]
        if t["kind"] == "implicit" and undated and not t["deadline_text"]:
            problems.append(f"undated implicit task: {tid}")
        # A word of urgency alone is manner, not a deadline: it does not make a duty dated.
        if t["kind"] == "implicit" and undated and t["deadline_text"] \
                and URGENCY.fullmatch(norm(GLOSS.sub("", t["deadline_text"]))):
            problems.append(f"urgency word is no deadline: {tid}")
        if t["recurrence"] and not re.fullmatch(r"FREQ=(YEARLY|MONTHLY|WEEKLY|DAILY)(;[A-Z]+=[-0-9A-Z,]+)+", t["recurrence"]):
            problems.append(f"bad RRULE: {tid} {t['recurrence']}")
    for i, a in keys:
        for j, b in keys:
            if i != j and a in b:
                problems.append(f"key of {i} inside a key of {j}")
    return problems


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    corpus = here.parent / "corpus"
    folders = [Path(a) for a in argv] or (sorted(p for p in here.iterdir() if p.is_dir())
                                          + [corpus / "dev", corpus / "test"])
    total = 0
    for folder in folders:
        for g in sorted(folder.glob("*.gold.json")):
            problems = check_file(g)
            total += len(problems)
            print(f"{g}: {len(problems)} problems")
            for p in problems:
                print("  " + p)
    print("PROBLEMS", total)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
