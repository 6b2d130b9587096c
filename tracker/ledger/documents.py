"""``ledger.documents``: the official documents tasks come from."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.errors import NotFoundError


@dataclass
class Document:
    """One official document in the ledger."""

    id: int
    doc_no: str | None
    title: str
    issuer: str | None
    issued: str | None
    source_name: str | None
    source_sha256: str | None
    imported_at: str | None
    task_count: int = 0

    @property
    def short_name(self) -> str:
        """The title without the issuer and the 关于…的通知 wrapping, for cards."""
        return short_title(self.title)


def short_title(title: str) -> str:
    """《…》 inside a 关于印发《…》的通知 title, else the part after 关于, else the title."""
    t = title or ""
    if "《" in t and "》" in t:
        return t[t.index("《") + 1: t.rindex("》")]
    if "关于" in t:
        t = t[t.index("关于") + 2:]
    return t


_COLUMNS = "id, doc_no, title, issuer, issued, source_name, source_sha256, imported_at"


class DocumentsPart:
    """Look-ups over documents; documents are written by the importer."""

    def __init__(self, ledger):
        self._ledger = ledger

    def _rows(self, where: str = "", params=()) -> list[Document]:
        sql = (f"SELECT {_COLUMNS}, (SELECT COUNT(*) FROM tasks t WHERE t.document_id=d.id) "
               f"FROM documents d {where} ORDER BY issued, id")
        return [Document(*row) for row in self._ledger.db.execute(sql, list(params))]

    def all(self) -> list[Document]:
        """Every document with its task count, oldest issue date first."""
        return self._rows()

    def get(self, document_id: int) -> Document:
        """A document by id; raises NotFoundError."""
        rows = self._rows("WHERE id=?", [document_id])
        if not rows:
            raise NotFoundError(f"没有这个文件：{document_id}")
        return rows[0]

    def find(self, ref: str) -> Document:
        """A document by id, 文号, or a part of its title; raises NotFoundError."""
        if str(ref).isdigit():
            return self.get(int(ref))
        rows = self._rows("WHERE doc_no=?", [ref]) or self._rows("WHERE title LIKE ?", [f"%{ref}%"])
        if not rows:
            raise NotFoundError(f"没有这个文件：{ref}")
        return rows[0]

    def by_sha256(self, sha: str) -> list[Document]:
        """Documents imported from a source file with this SHA-256."""
        return self._rows("WHERE source_sha256=?", [sha])

    def by_doc_no(self, doc_no: str) -> Document | None:
        """The latest document with this 文号, or None."""
        rows = self._rows("WHERE doc_no=?", [doc_no])
        return rows[-1] if rows else None
