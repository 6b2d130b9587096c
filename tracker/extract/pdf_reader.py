"""Text-layer PDF: the text of every page, or an :class:`InputError` saying why not
(encrypted, damaged, a scan without text)."""

from __future__ import annotations

from pathlib import Path

from tracker.errors import InputError

_SCANNED = "该PDF没有文字层（可能是扫描件），请先进行文字识别（OCR）或复制文本后粘贴导入。"

# What pypdf raises on a damaged file besides its own errors, each seen on mutated PDFs
# (tests/test_readers_fuzz.py): a wrong object type where a dictionary or number was
# expected, a missing key or index, a zero scale, an unsupported filter or encryption,
# an assertion of its parser, a self-referencing object; OSError for the file itself.
_BROKEN_PDF = (ValueError, LookupError, TypeError, AttributeError, ArithmeticError, AssertionError,
               NotImplementedError, RecursionError, OSError)


def read_pdf(path: Path) -> str:
    """Text layer of a PDF, page by page; a page that cannot be read is left out."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    broken = (PyPdfError, *_BROKEN_PDF)
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            # An empty user password opens a PDF only protected against editing.
            try:
                opened = reader.decrypt("")
            except (DependencyError, *broken):   # AES without the cryptography package, a bad key
                opened = 0
            if not opened:
                raise InputError(f"PDF文件已加密，请先解除密码保护后再导入：{path.name}")
        pages = list(reader.pages)
    except broken:
        raise InputError(f"PDF文件已损坏或不完整，无法读取：{path.name}") from None
    texts: list[str] = []
    for page in pages:
        try:
            texts.append(page.extract_text() or "")
        except broken:   # one bad page should not lose the others
            texts.append("")
    text = "\n".join(texts).replace("\r\n", "\n").replace("\r", "\n")
    visible = sum(1 for ch in text if not ch.isspace())
    # A scan can carry a few characters (a page number, a stamp); demand real text.
    if visible < max(20, 10 * len(pages)):
        raise InputError(_SCANNED)
    return text

