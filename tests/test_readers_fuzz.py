"""Damaged PDF and Word files: reading gives text or an InputError with a Chinese message,
never another exception. The readers catch only the kinds the libraries raise on broken
files (no catch-all); these seeded mutations of real files are where those kinds were found."""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from test_readers import _text_pdf
from test_readers_hostile import _docx_bytes
from tracker.errors import InputError
from tracker.extract.readers import read_path

CASES = 150
_PDF_TOKENS = b"0123456789 /<>[]()R obj endobj stream endstream xref trailer /Length /Filter /FlateDecode Tf Tj\n"
_XML_TOKENS = [b"<w:p>", b"</w:body>", b"&bogus;", b"<?xml?>", b'r:id="rId99"', b"\xef\xbb", b"<w:tbl><w:tr>"]


def _mutate(data: bytes, rng: random.Random, tokens) -> bytes:
    """One random damage: cut short, bytes overwritten, a run deleted, junk inserted or a run repeated."""
    d = bytearray(data)
    op, a = rng.randrange(5), rng.randrange(len(d))
    if op == 0:
        del d[a:]
    elif op == 1:
        for _ in range(rng.randrange(1, 20)):
            d[rng.randrange(len(d))] = rng.randrange(256)
    elif op == 2:
        del d[a:a + rng.randrange(1, 200)]
    elif op == 3:
        d[a:a] = b"".join(rng.choice(tokens) for _ in range(rng.randrange(1, 12)))
    else:
        b = rng.randrange(len(d))
        d[a:a] = d[b:b + rng.randrange(1, 300)]
    return bytes(d)


def _pdfs() -> list[bytes]:
    """A text PDF, the same with compressed content, and one encrypted with an empty password."""
    from pypdf import PdfReader, PdfWriter

    plain = _text_pdf(["Task one: finish by 2019-12-31", "Task two: review"])
    out = [plain]
    for encrypt in (False, True):
        w = PdfWriter()
        w.add_page(PdfReader(io.BytesIO(plain)).pages[0])
        w.pages[0].compress_content_streams()
        if encrypt:
            w.encrypt("", "owner", algorithm="RC4-128")
        buf = io.BytesIO()
        w.write(buf)
        out.append(buf.getvalue())
    return out


def _read(path) -> None:
    try:
        assert isinstance(read_path(path), str)
    except InputError as exc:
        assert str(exc) and not str(exc).isascii()


@pytest.mark.parametrize("seed", [1, 2])
def test_damaged_pdfs_give_text_or_a_clear_message(tmp_path, seed):
    rng = random.Random(seed)
    bases = _pdfs()
    path = tmp_path / "公文.pdf"
    for i in range(CASES):
        path.write_bytes(_mutate(bases[i % len(bases)], rng, [bytes([c]) for c in _PDF_TOKENS]))
        _read(path)


@pytest.mark.parametrize("seed", [1, 2])
def test_damaged_docx_give_text_or_a_clear_message(tmp_path, seed):
    rng = random.Random(seed)
    src = zipfile.ZipFile(io.BytesIO(_docx_bytes("关于做好某项工作的通知")))
    parts = {name: src.read(name) for name in src.namelist()}
    path = tmp_path / "公文.docx"
    for i in range(CASES):
        damaged = dict(parts)
        if i % 3 == 0:   # one part's XML damaged
            name = rng.choice(sorted(damaged))
            damaged[name] = _mutate(damaged[name], rng, _XML_TOKENS)
        elif i % 3 == 1:   # a part missing
            del damaged[rng.choice(sorted(n for n in damaged if n != "word/document.xml"))]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in damaged.items():
                z.writestr(name, data)
        data = buf.getvalue()
        path.write_bytes(data if i % 3 != 2 else _mutate(data, rng, _XML_TOKENS))   # or the zip itself
        _read(path)
