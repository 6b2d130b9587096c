"""Every gold file of the real-document corpus is well formed and anchored in its text.

This validates the annotations only (format, keys present and unique, units and dates found in
the document); it never runs or scores the extractor, so the test half stays unseen.
"""

import importlib.util
import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
GOLDS = sorted(CORPUS.glob("*/*.gold.json"))
ROLES = {"lead", "support", "responsible"}


def _checker():
    spec = importlib.util.spec_from_file_location("check_gold", Path(__file__).parent / "data" / "check_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


CHECK = _checker()


def test_corpus_has_both_halves():
    halves = {g.parent.name for g in GOLDS}
    assert halves <= {"dev", "test"}
    assert "dev" in halves


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_file_is_sound(gold_path):
    gold = json.loads(gold_path.read_text("utf-8"))
    assert set(gold) >= {"source", "documents", "tasks"}
    assert (gold_path.parent / gold["source"]).exists()
    if not gold["tasks"]:
        # a document with no task is a precision check; SOURCES.md must say so
        row = next(l for l in (CORPUS / "SOURCES.md").read_text("utf-8").splitlines()
                   if l.startswith(f"| `{gold_path.name[:-len('.gold.json')]}` |"))
        assert "no task" in row, "a corpus document with no task is marked as such in SOURCES.md"
    ids = [t["id"] for t in gold["tasks"]]
    assert len(ids) == len(set(ids))
    for t in gold["tasks"]:
        assert set(t) >= {"id", "doc_no", "key", "alt_keys", "units", "deadline", "deadline_text",
                          "recurrence", "milestones", "kind"}
        assert all(u["role"] in ROLES and u["name"].strip() for u in t["units"])
        assert not any(w in u["name"] for u in t["units"] for w in ("下同", "分别", "落实"))
    assert CHECK.check_file(gold_path) == []


def test_every_corpus_text_has_a_gold_and_a_source_line():
    sources = (CORPUS / "SOURCES.md").read_text("utf-8")
    for txt in sorted(CORPUS.glob("*/*.txt")):
        assert txt.with_suffix(".gold.json").exists(), txt
        assert f"`{txt.stem}`" in sources, f"no SOURCES.md line for {txt.stem}"


def test_each_document_is_in_one_half_once():
    """A page gathered twice (two helpers at once) must not sit in both halves: the dev copy is
    read and tuned to, so the test copy would no longer be unseen."""
    rows = [l for l in (CORPUS / "SOURCES.md").read_text("utf-8").splitlines() if l.startswith("| `")]
    stems = [l.split("`")[1] for l in rows]
    assert len(stems) == len(set(stems)), "a stem has two SOURCES.md rows"
    files = [t.stem for t in CORPUS.glob("*/*.txt")]
    assert len(files) == len(set(files)), "a stem is in both halves"
    # Page addresses (not repositories, which hold many documents) are listed once.
    pages = [l.split("|")[3].split()[0] for l in rows if l.split("|")[3].strip().startswith("http")]
    pages = [p for p in pages if not p.startswith("https://github.com/")]
    assert len(pages) == len(set(pages)), "a page address is listed twice"
