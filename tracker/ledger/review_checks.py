"""``ledger.review_checks``: review notes a clerk marked 已核对, remembered across imports.

Which note. A note is found again without its row number (rows move as the clerk edits):
by its code, a hash of what it is about (``tracker.review.ReviewNote.subject``: the task's
source text, or the message of a document-wide problem) and a document key of two
columns, either of which finds the mark again: the SHA-256 of the imported bytes (the
same file, or the same pasted text, reviewed again) and the 文号 (the same document
re-issued as another file). A note without a 文号 is found only by the SHA-256.

When a mark is written. Checking or unchecking a note in the review dialog writes at
once, in its own small transaction (``mark``): checking 88 notes is work that must
survive a cancelled review or a crash, like every other tick in the ledger, and a mark
adds or changes no document or task, so 取消 still stores nothing of the import.
Saving the import writes the marks of the notes checked at that moment again, inside
the import's transaction (``import_contract(review_checks=…)``), under the 文号 as
finally edited: a 文号 corrected during the review is the one a re-issue will carry.
"""

from __future__ import annotations

from collections.abc import Iterable


class ReviewChecksPart:
    """Reading and writing the 已核对 marks of review notes."""

    def __init__(self, ledger):
        self._ledger = ledger

    def checked(self, sha256: str | None, notes: Iterable) -> set[tuple[str, str, str]]:
        """The keys (``ReviewNote.key``) of ``notes`` marked 已核对 in an earlier review of
        the same file (``sha256``) or of the same 文号."""
        notes = list(notes)
        doc_nos = sorted({n.doc_no for n in notes if n.doc_no})
        if not notes or not (sha256 or doc_nos):
            return set()
        marks = ",".join("?" * len(doc_nos))
        rows = self._ledger.db.execute(
            f"SELECT sha256, doc_no, code, subject FROM review_checks "
            f"WHERE (sha256=? AND sha256<>'') OR doc_no IN ({marks})", [sha256 or "", *doc_nos]).fetchall()
        by_file = {(code, subject) for sha, _no, code, subject in rows if sha256 and sha == sha256}
        by_doc = {(no, code, subject) for _sha, no, code, subject in rows if no}
        return {n.key for n in notes
                if (n.code, n.subject) in by_file or (n.doc_no and (n.doc_no, n.code, n.subject) in by_doc)}

    def mark(self, notes: Iterable, checked: bool, *, sha256: str | None, at: str, by: str = "") -> int:
        """Mark ``notes`` 已核对 (``checked``) or take the mark off, in one transaction
        (joining the caller's, as the import's). Unchecking removes the note's marks under
        this file and under its 文号; a note with neither cannot be found again and is not
        written. Returns how many notes were given."""
        notes = list(notes)
        db = self._ledger.db
        with self._ledger.transaction():
            for n in notes:
                if checked and (sha256 or n.doc_no):
                    db.execute("INSERT OR REPLACE INTO review_checks "
                               "(sha256, doc_no, code, subject, checked_at, checked_by) VALUES (?, ?, ?, ?, ?, ?)",
                               [sha256 or "", n.doc_no or "", n.code, n.subject, at, by])
                elif not checked:
                    db.execute("DELETE FROM review_checks WHERE code=? AND subject=? "
                               "AND ((sha256=? AND sha256<>'') OR (doc_no=? AND doc_no<>''))",
                               [n.code, n.subject, sha256 or "", n.doc_no or ""])
        return len(notes)

    def count(self) -> int:
        """How many marks the ledger holds."""
        return self._ledger.db.execute("SELECT COUNT(*) FROM review_checks").fetchone()[0]
