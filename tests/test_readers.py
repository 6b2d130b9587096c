"""Reading input files: encodings, Word documents, PDFs and the kinds we refuse."""

import zipfile

import pytest

from tracker.errors import InputError
from tracker.extract.readers import decode_bytes, read_path

TEXT = "聊城市人民政府办公室\n关于做好食品安全工作的通知\n2019年12月底前完成。\n"


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --- plain text -------------------------------------------------------------------------

def test_utf8(tmp_path):
    assert read_path(_write(tmp_path, "a.txt", TEXT.encode("utf-8"))) == TEXT


def test_utf8_bom(tmp_path):
    assert read_path(_write(tmp_path, "a.txt", b"\xef\xbb\xbf" + TEXT.encode())) == TEXT


def test_gb18030(tmp_path):
    assert read_path(_write(tmp_path, "a.txt", TEXT.encode("gb18030"))) == TEXT


def test_gbk_without_suffix(tmp_path):
    assert read_path(_write(tmp_path, "notice", TEXT.encode("gbk"))) == TEXT


def test_utf16_with_bom(tmp_path):
    assert read_path(_write(tmp_path, "a.txt", TEXT.encode("utf-16"))) == TEXT


def test_crlf_becomes_lf():
    assert decode_bytes(TEXT.replace("\n", "\r\n").encode()) == TEXT


def test_utf8_cut_inside_last_character():
    data = (TEXT * 20).encode("utf-8")[:-1]
    text = decode_bytes(data)
    assert text.startswith("聊城市人民政府办公室")
    assert "关于做好食品安全工作的通知" in text


def test_pasted_text_markdown(tmp_path):
    md = "# 通知\n\n| 序号 | 任务 |\n|---|---|\n| 1 | 年底前完成 |\n"
    assert read_path(_write(tmp_path, "a.md", md.encode())) == md


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n"])
def test_empty(tmp_path, data):
    with pytest.raises(InputError, match="空"):
        read_path(_write(tmp_path, "a.txt", data))
    with pytest.raises(InputError):
        decode_bytes(data)


def test_binary(tmp_path):
    data = bytes(range(256)) * 64
    with pytest.raises(InputError, match="二进制"):
        read_path(_write(tmp_path, "a.txt", data))


def test_binary_without_nul(tmp_path):
    data = bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 200
    with pytest.raises(InputError):
        read_path(_write(tmp_path, "a.bin", data))


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="找不到"):
        read_path(tmp_path / "nope.txt")


def test_directory_is_not_a_file(tmp_path):
    with pytest.raises(InputError):
        read_path(tmp_path)


def test_too_large(tmp_path, monkeypatch):
    import tracker.extract.readers as readers

    monkeypatch.setattr(readers, "MAX_BYTES", 10)
    with pytest.raises(InputError, match="太大"):
        read_path(_write(tmp_path, "a.txt", TEXT.encode()))


# --- Word -------------------------------------------------------------------------------

def _docx(tmp_path, name="a.docx"):
    import docx

    d = docx.Document()
    d.add_paragraph("关于印发工作方案的通知")
    d.add_paragraph("一、总体要求")
    t = d.add_table(rows=4, cols=4)
    for i, h in enumerate(["序号", "重点任务", "牵头单位", "完成时限"]):
        t.cell(0, i).text = h
    t.cell(1, 0).text = "1"
    t.cell(1, 1).text = "推进园区建设"
    t.cell(1, 2).text = "市科技局"
    t.cell(1, 2).add_paragraph("市财政局")
    t.cell(1, 3).text = "2019年12月底前"
    t.cell(2, 0).text = "2"
    t.cell(2, 1).text = "完善评价体系"
    t.cell(2, 2).text = "市发改委"
    # The deadline cell spans rows 2 and 3 (a vertical merge).
    t.cell(2, 3).merge(t.cell(3, 3)).text = "2020年6月底前"
    t.cell(3, 0).text = "3"
    # A cell spanning two grid columns (a horizontal merge).
    t.cell(3, 1).merge(t.cell(3, 2)).text = "合并单元格"
    d.add_paragraph("二、保障措施")
    p = tmp_path / name
    d.save(p)
    return p


def test_docx_paragraphs_and_table_in_order(tmp_path):
    text = read_path(_docx(tmp_path))
    lines = text.splitlines()
    assert lines[0] == "关于印发工作方案的通知"
    assert lines.index("一、总体要求") < lines.index("| 序号 | 重点任务 | 牵头单位 | 完成时限 |")
    assert lines.index("| 序号 | 重点任务 | 牵头单位 | 完成时限 |") < lines.index("二、保障措施")
    assert "|---|---|---|---|" in lines
    assert "| 1 | 推进园区建设 | 市科技局 市财政局 | 2019年12月底前 |" in lines
    assert "| 2 | 完善评价体系 | 市发改委 | 2020年6月底前 |" in lines
    # Horizontal merge: once per grid column; vertical continuation: empty.
    assert "| 3 | 合并单元格 | 合并单元格 |  |" in lines


def test_docx_without_tables(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("各县（市、区）政府：")
    d.add_paragraph("2019年底前完成。")
    p = tmp_path / "plain.docx"
    d.save(p)
    assert read_path(p).splitlines() == ["各县（市、区）政府：", "2019年底前完成。"]


def test_docx_pipe_in_cell_does_not_break_the_table(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "任务", "单位"
    t.cell(1, 0).text, t.cell(1, 1).text = "A|B", "市科技局"
    p = tmp_path / "pipe.docx"
    d.save(p)
    assert "| A｜B | 市科技局 |" in read_path(p).splitlines()


def test_empty_docx(tmp_path):
    import docx

    p = tmp_path / "empty.docx"
    docx.Document().save(p)
    with pytest.raises(InputError, match="没有文字"):
        read_path(p)


def test_truncated_docx(tmp_path):
    data = _docx(tmp_path).read_bytes()
    p = _write(tmp_path, "cut.docx", data[: len(data) // 2])
    with pytest.raises(InputError, match="损坏"):
        read_path(p)


def test_docx_with_broken_xml(tmp_path):
    src = _docx(tmp_path)
    p = tmp_path / "bad.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(p, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    with pytest.raises(InputError, match="损坏"):
        read_path(p)


def test_text_file_named_docx(tmp_path):
    with pytest.raises(InputError, match="不是Word文档"):
        read_path(_write(tmp_path, "fake.docx", TEXT.encode()))


def test_zip_archive_and_xlsx(tmp_path):
    p = tmp_path / "a.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("x.txt", "hello")
    with pytest.raises(InputError, match="压缩包"):
        read_path(p)
    q = tmp_path / "a.xlsx"
    with zipfile.ZipFile(q, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match="Excel"):
        read_path(q)


# --- PDF --------------------------------------------------------------------------------

def _text_pdf(lines):
    """A minimal one-page PDF with a Helvetica text layer."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_text_pdf(tmp_path):
    p = _write(tmp_path, "a.pdf", _text_pdf(["Task one: finish by 2019-12-31", "Task two: review"]))
    text = read_path(p)
    assert "Task one: finish by 2019-12-31" in text
    assert "Task two: review" in text


def test_scanned_pdf(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(595, 842)
    w.add_blank_page(595, 842)
    p = tmp_path / "scan.pdf"
    with p.open("wb") as fh:
        w.write(fh)
    with pytest.raises(InputError) as exc:
        read_path(p)
    assert str(exc.value) == "该PDF没有文字层（可能是扫描件），请先进行文字识别（OCR）或复制文本后粘贴导入。"


def test_truncated_pdf(tmp_path):
    data = _text_pdf(["Task one: finish by 2019-12-31"])
    p = _write(tmp_path, "cut.pdf", data[:60])
    with pytest.raises(InputError):
        read_path(p)


# --- other kinds ------------------------------------------------------------------------

@pytest.mark.parametrize("name,data,word", [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "Word"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "Excel"),
    ("scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "图片"),
    ("scan.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64, "图片"),
    ("noext", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG"),
    ("a.rar", b"Rar!\x1a\x07\x00" + b"\x00" * 64, "压缩包"),
    ("a.rtf", b"{\\rtf1\\ansi hello}", "RTF"),
])
def test_refused_kinds(tmp_path, name, data, word):
    with pytest.raises(InputError) as exc:
        read_path(_write(tmp_path, name, data))
    assert word in str(exc.value)
    assert exc.value.exit_code == 3
