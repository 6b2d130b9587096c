"""Issue 9's hostile inputs for the readers: misnamed files, folders, Big5 and UTF-16
without a BOM, and .docx zip bombs refused before parsing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tracker.errors import InputError
from tracker.extract import readers
from tracker.extract.readers import read_path

ROOT = Path(__file__).resolve().parent.parent
TRAD = (ROOT / "tests" / "data" / "district-notice-trad.txt").read_text("utf-8").replace("\r\n", "\n")
SIMPLE = "关于开展督查工作的通知\n各单位：\n请于2024年6月30日前报送工作进展情况。\n"


def _docx_bytes(text: str = "关于做好某项工作的通知") -> bytes:
    from docx import Document

    buf = io.BytesIO()
    doc = Document()
    doc.add_paragraph(text)
    doc.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("magic, kind", [(b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff\xe0", "JPEG"),
                                         (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "旧版Office")])
def test_a_picture_named_docx_is_called_what_it_is(tmp_path, magic, kind):
    p = tmp_path / "通知.docx"
    p.write_bytes(magic + bytes(2000))
    with pytest.raises(InputError) as err:
        read_path(p)
    msg = str(err.value)
    assert "不是Word文档" in msg and kind in msg and "已损坏" not in msg


def test_other_content_named_docx_is_not_called_damaged_word(tmp_path):
    p = tmp_path / "通知.docx"
    p.write_text("这其实是一段纯文本。" * 20, encoding="utf-8")
    with pytest.raises(InputError, match="不是Word文档"):
        read_path(p)


def test_a_truncated_real_docx_is_still_called_damaged(tmp_path):
    p = tmp_path / "通知.docx"
    data = _docx_bytes()
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="已损坏"):
        read_path(p)


def test_a_folder_is_not_a_missing_file(tmp_path):
    folder = tmp_path / "公文.docx"
    folder.mkdir()
    with pytest.raises(InputError, match="文件夹") as err:
        read_path(folder)
    assert "找不到" not in str(err.value)


@pytest.mark.parametrize("encoding", ["big5", "cp950", "utf-16-le", "utf-16-be"])
def test_big5_and_bomless_utf16_are_read(tmp_path, encoding):
    p = tmp_path / "通知.txt"
    p.write_bytes(TRAD.encode(encoding))
    assert read_path(p) == TRAD


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_simplified(tmp_path, encoding):
    p = tmp_path / "通知.txt"
    p.write_bytes(SIMPLE.encode(encoding))
    assert read_path(p) == SIMPLE


def test_binary_with_zero_bytes_is_still_binary(tmp_path):
    import random

    rnd = random.Random(3)
    for data in (bytes(rnd.randrange(256) for _ in range(20000)), b"\x00\x01\x02\x03" * 5000,
                 b"\x00" * 9000 + b"ABCD" * 100):
        p = tmp_path / "x.txt"
        p.write_bytes(data)
        with pytest.raises(InputError, match="二进制"):
            read_path(p)


def _bomb(path: Path, xml_bytes: int) -> None:
    """A .docx whose document.xml unpacks to ``xml_bytes`` of highly repetitive XML."""
    src = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    para = b"<w:p><w:r><w:t>" + "任务".encode() * 20 + b"</w:t></w:r></w:p>"
    tail = b"</w:body></w:document>"
    body = head + para * ((xml_bytes - len(head) - len(tail)) // len(para)) + tail
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, body if info.filename == "word/document.xml" else src.read(info.filename))


def test_docx_zip_bomb_refused_before_parsing(tmp_path, monkeypatch):
    parsed = []
    monkeypatch.setattr(readers, "read_docx", lambda path: parsed.append(path) or "x")
    monkeypatch.setattr(readers, "MAX_DOCX_XML_BYTES", 2 * 1024 * 1024)   # the 64 MB limit, scaled down
    big = tmp_path / "big.docx"
    _bomb(big, 3 * 1024 * 1024)
    with pytest.raises(InputError, match="异常巨大") as err:
        read_path(big)
    assert "上限" in str(err.value)
    monkeypatch.undo()
    monkeypatch.setattr(readers, "read_docx", lambda path: parsed.append(path) or "x")
    tight = tmp_path / "tight.docx"   # under the size limit, packed like no Word text is
    _bomb(tight, 12 * 1024 * 1024)
    assert tight.stat().st_size < 12 * 1024 * 1024 / readers.MAX_DOCX_RATIO
    with pytest.raises(InputError, match="异常巨大"):
        read_path(tight)
    assert parsed == []


def test_ordinary_docx_still_reads(tmp_path):
    p = tmp_path / "通知.docx"
    p.write_bytes(_docx_bytes("关于做好防汛工作的通知"))
    assert "防汛" in read_path(p)
