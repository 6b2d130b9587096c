"""Reading an input file or pasted bytes into plain text.

Plain text (UTF-8 with or without BOM, UTF-16 with or without BOM, GB18030/GBK, Big5),
Word ``.docx``
(paragraphs and tables in body order, tables as pipe tables) and text-layer PDF. Every
other kind, and every broken file, raises :class:`tracker.errors.InputError` with a
message for the clerk; nothing here lets a library traceback escape.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

from tracker.errors import InputError
from tracker.extract.docx_reader import read_docx
from tracker.extract.pdf_reader import read_pdf

MAX_BYTES = 200 * 1024 * 1024

# Leading bytes of the kinds a clerk may pick by mistake -> what to call them.
_MAGIC = [
    (b"\x89PNG", "图片文件（PNG）"),
    (b"\xff\xd8\xff", "图片文件（JPEG）"),
    (b"GIF8", "图片文件（GIF）"),
    (b"II*\x00", "图片文件（TIFF）"),
    (b"MM\x00*", "图片文件（TIFF）"),
    (b"Rar!", "压缩包（RAR）"),
    (b"7z\xbc\xaf", "压缩包（7z）"),
    (b"\x1f\x8b", "压缩包（gzip）"),
    (b"{\\rtf", "RTF文档"),
]
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_KINDS = {".doc": "旧版Word文档（.doc）", ".wps": "WPS文字文档（.wps）",
              ".xls": "旧版Excel表格（.xls）", ".et": "WPS表格（.et）",
              ".ppt": "旧版PowerPoint演示文稿（.ppt）"}
_SUFFIX_KINDS = {".docx": "Word文档", ".pdf": "PDF文件", ".txt": "纯文本"}
# A .docx's text parts unpack to at most this much; a part packed much tighter than Word
# ever packs text is a zip bomb (4 MB holding 1 GB of XML took minutes and gigabytes).
MAX_DOCX_XML_BYTES = 64 * 1024 * 1024
MAX_DOCX_RATIO = 100
_RATIO_FLOOR_BYTES = 8 * 1024 * 1024   # small parts may pack tightly: nothing to fear
_OCR_HINT = "请先进行文字识别（OCR），或复制文字后粘贴导入。"
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp"}


def _unsupported(kind: str, hint: str = "请在Word或WPS中另存为 .docx 或纯文本（.txt）后再导入。") -> InputError:
    return InputError(f"不支持的文件类型：{kind}。{hint}")


def read_path(path: Path) -> str:
    """Text of the document at ``path``.

    The kind is decided by content (magic bytes), with the suffix only naming it in
    messages. Raises InputError for a missing, empty, oversized, binary, scanned,
    encrypted or corrupt file and for kinds the program cannot read.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(f"这是一个文件夹，不是文件：{path}。请选择文件夹里的公文文件。")
        if not path.is_file():
            raise InputError(f"找不到文件：{path}")
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"无法访问文件：{path}（{exc.strerror or exc}）") from None
    if size == 0:
        raise InputError(f"文件是空的：{path.name}")
    if size > MAX_BYTES:
        raise InputError(f"文件太大（{size / 1024 / 1024:.0f} MB），超过 200 MB 的上限：{path.name}")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InputError(f"无法读取文件：{path.name}（{exc.strerror or exc}）") from None

    suffix = path.suffix.lower()
    # The content decides, before the name: a picture named .docx is a picture.
    misnamed = f"文件名是 {suffix}，但内容不是{_SUFFIX_KINDS[suffix]}，而是" if suffix in _SUFFIX_KINDS else ""
    if head.startswith(_OLE_MAGIC):
        kind = _OLE_KINDS.get(suffix, "旧版Office文件（.doc/.xls）")
        raise _unsupported(kind) if not misnamed else InputError(
            f"{misnamed}旧版Office文件（.doc/.xls/.wps）：{path.name}。请在Word或WPS中另存为 .docx 后再导入。")
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            hint = _OCR_HINT if kind.startswith("图片") else "请在Word或WPS中另存为 .docx 或纯文本（.txt）后再导入。"
            if misnamed:
                raise InputError(f"{misnamed}{kind}：{path.name}。{hint}")
            raise _unsupported(kind, hint)
    if head.startswith(b"PK\x03\x04") or suffix == ".docx":
        return _read_zip(path, suffix, head.startswith(b"PK\x03\x04"))
    if head.startswith(b"%PDF") or suffix == ".pdf":
        return read_pdf(path)
    if suffix in _IMAGE_SUFFIXES:
        raise _unsupported(f"图片文件（{suffix}）", _OCR_HINT)
    try:
        data = path.read_bytes()
    except (OSError, MemoryError) as exc:
        raise InputError(f"无法读取文件：{path.name}（{exc}）") from None
    return decode_bytes(data)


def _read_zip(path: Path, suffix: str, is_zip: bool = True) -> str:
    """A zip container: Word .docx is read; spreadsheets and archives are named."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, OSError, ValueError):
        if suffix == ".docx" and not is_zip:
            raise InputError(f"文件名是 .docx，但内容不是Word文档（.docx 是一种ZIP格式的文件）：{path.name}。"
                             "请确认选择的文件，或在Word中重新另存为 .docx。") from None
        if suffix == ".docx":
            raise InputError(f"Word文档已损坏或不完整，无法读取：{path.name}。请用Word打开后重新保存。") from None
        raise _unsupported("损坏的压缩文件") from None
    if "word/document.xml" in names:
        _refuse_zip_bomb(infos, path)
        return read_docx(path)
    if suffix == ".docx":
        raise InputError(f"Word文档已损坏或不完整（缺少正文部分），无法读取：{path.name}。")
    if any(n.startswith("xl/") for n in names):
        raise _unsupported("Excel表格（.xlsx）", "请把任务表复制到Word文档或纯文本中再导入。")
    if any(n.startswith("ppt/") for n in names):
        raise _unsupported("PowerPoint演示文稿（.pptx）")
    raise _unsupported("压缩包（ZIP）", "请先解压，再逐个导入其中的文档。")


def _refuse_zip_bomb(infos: list[zipfile.ZipInfo], path: Path) -> None:
    """InputError before parsing when the text parts would unpack too big or too tight.

    The sizes are the zip's own headers; Python's zipfile never unpacks a member past
    its declared size, so they bound what parsing can meet.
    """
    xml = [i for i in infos if i.filename.endswith((".xml", ".rels"))]
    unpacked = sum(i.file_size for i in xml)
    packed = sum(i.compress_size for i in xml)
    tight = any(i.file_size > _RATIO_FLOOR_BYTES and i.file_size > MAX_DOCX_RATIO * max(1, i.compress_size)
                for i in xml)
    if unpacked > MAX_DOCX_XML_BYTES or tight:
        raise InputError(
            f"Word文档解压后异常巨大（正文部分 {unpacked / 1024 / 1024:.0f} MB，压缩前仅 {packed / 1024 / 1024:.1f} MB），"
            f"不像正常的公文，为安全起见未读取：{path.name}。正文部分的上限是 {MAX_DOCX_XML_BYTES // 1024 // 1024} MB；"
            "如确是公文，请在Word中把正文复制到新文档后再导入。")


def decode_bytes(data: bytes) -> str:
    """Decode bytes of a text document (a file, or pasted from the clipboard).

    Tries UTF-8 (with or without BOM), UTF-16 with BOM, then GB18030 (a superset of
    GBK/GB2312, the usual encoding on Chinese office PCs), then charset-normalizer.
    Rejects binary data. Line ends come back as ``\\n``.
    """
    if not data or not data.strip():
        raise InputError("内容是空的，没有可以读取的文字。")
    text = _decode(data)
    if text is None:
        raise InputError("无法识别文件的文字编码，请另存为UTF-8编码的纯文本后再导入。")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("内容是空的，没有可以读取的文字。")
    if _looks_binary(text):
        raise InputError("这不是文本文件（含有二进制数据），无法读取。请选择 .txt、.docx 或 .pdf 文件。")
    return text


def _decode(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:65536]:
        # Text saved as UTF-16 without a BOM (Notepad's "Unicode" from some tools) has a
        # zero byte beside every ASCII character, all on one side; binary data does not.
        return _utf16_without_bom(data) or "\x00"  # binary; _looks_binary rejects it
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A UTF-8 file cut inside its last character, or with a stray bad byte, is
        # still UTF-8; decoding it as GB18030 would turn every line into mojibake.
        lenient = data.decode("utf-8", errors="replace")
        if exc.start > 0 and lenient.count("\ufffd") <= max(3, len(lenient) // 2000):
            return lenient
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    if gb is not None and not _looks_binary(gb):
        return gb
    # Big5 (traditional Chinese from Taiwan, Hong Kong, Macao) mostly decodes as GB18030
    # too, into private-use and unassigned characters: try it before guessing.
    for encoding in ("big5hkscs", "cp950"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            return text
    try:
        from charset_normalizer import from_bytes
    except ImportError:   # no detector in this installation: the encoding stays unknown
        return None
    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding is None:
        return None
    return data.decode(best.encoding, errors="replace")


def _utf16_without_bom(data: bytes) -> str | None:
    """``data`` decoded as UTF-16 when its zero bytes say so (nearly all at odd offsets:
    little-endian; at even ones: big-endian) and the result reads as text; else None."""
    sample = data[:65536]
    odd = sum(1 for b in sample[1::2] if b == 0)
    even = sum(1 for b in sample[0::2] if b == 0)
    if odd + even == 0 or min(odd, even) * 5 > odd + even:   # random bytes: about half and half
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    text = data[: len(data) // 2 * 2].decode(encoding, errors="replace")
    return None if _looks_binary(text.replace("\x00", "\ufffd")) else text


def _looks_binary(text: str) -> bool:
    """True when many characters are controls, unassigned or replacement marks."""
    sample = text[:200_000]
    if "\x00" in sample:
        return True
    bad = 0
    for ch in sample:
        if ch in "\n\t\f\v":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cn", "Co", "Cs") or ch == "\ufffd":
            bad += 1
    return bad > max(8, len(sample) // 50)
