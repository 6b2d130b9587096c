"""The streaming xlsx writer of the 台账 export, read back by openpyxl: values, types,
styles, sheets streamed and buffered, names Excel needs, text XML cannot hold."""

from datetime import date, datetime

from openpyxl import load_workbook

from tracker.report.xlsx_writer import HEADER, WRAP, Workbook, column_letter, excel_day


def test_values_styles_and_layout_read_back(tmp_path):
    path = tmp_path / "a.xlsx"
    wb = Workbook(path, title="督办台账 <测试> & 1", created=datetime(2018, 12, 20, 9, 30))
    one = wb.add_sheet("全部任务", (6, 40, 12, 12))
    one.append(("序号", "任务", "期限", "备注"), (HEADER,) * 4)
    texts = ["a & b <c> \"d\" 'e'", "=HYPERLINK(\"http://x\",\"点我\")", "  前后有空格 ", "换行\n第二行",
             "控\x07制\x00字符\ufffe", "\x01", "+1", "-2", "@x"]
    for i, text in enumerate(texts, 1):
        one.append((i, text, date(2018, 12, i), None), (0, WRAP))
    many = wb.add_sheet("测政发〔2018〕1号", (6, 40), buffered=True)
    other = wb.add_sheet("市'局'的表", (6, 40), buffered=True)
    for k in range(3000):   # more than one written chunk
        many.append((k, f"第{k}项"))
    other.append((1.5, True))
    wb.close()

    book = load_workbook(path)
    assert book.sheetnames == ["全部任务", "测政发〔2018〕1号", "市'局'的表"]
    assert book.properties.title == "督办台账 <测试> & 1" and book.properties.created == datetime(2018, 12, 20, 9, 30)
    ws = book["全部任务"]
    assert [c.value for c in ws[1]] == ["序号", "任务", "期限", "备注"]
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb == "FFE8E8E8" and ws["A1"].border.left.style == "thin"
    got = [r for r in ws.iter_rows(min_row=2, values_only=True)]
    assert [r[1] for r in got] == ["a & b <c> \"d\" 'e'", "=HYPERLINK(\"http://x\",\"点我\")", "  前后有空格 ",
                                   "换行\n第二行", "控制字符", None, "+1", "-2", "@x"]
    assert all(ws.cell(row=i, column=2).data_type == "s" for i in (3, 8, 9, 10))  # never a formula
    assert [r[0] for r in got] == list(range(1, 10))
    assert got[0][2] == datetime(2018, 12, 1) and ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["B2"].alignment.wrap_text and ws["B2"].alignment.vertical == "top"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:D10" and ws.print_title_rows == "$1:$1"
    assert ws.column_dimensions["B"].width == 40
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_options.horizontalCentered
    m = book["测政发〔2018〕1号"]
    assert m.max_row == 3000 and m["B3000"].value == "第2999项" and m.auto_filter.ref == "A1:B3000"
    o = book["市'局'的表"]
    assert o["A1"].value == 1.5 and o["B1"].value is True and o.print_title_rows == "$1:$1"


def test_streamed_sheets_follow_each_other(tmp_path):
    wb = Workbook(tmp_path / "b.xlsx")
    first = wb.add_sheet("一", (10,))
    first.append(("x",))
    second = wb.add_sheet("二", (10,))   # finishes the first (the zip is written in order)
    assert first.finished and not second.finished
    second.append(("y",))
    wb.close()
    book = load_workbook(tmp_path / "b.xlsx")
    assert [book["一"]["A1"].value, book["二"]["A1"].value] == ["x", "y"]


def test_a_failed_write_is_discarded_quietly(tmp_path):
    wb = Workbook(tmp_path / "c.xlsx")
    wb.add_sheet("一", (10,)).append(("x" * 100_000,))
    wb.discard()   # no directory written, no open handle left for exit to complain about
    assert wb.zip.fp is None


def test_helpers():
    assert [column_letter(n) for n in (1, 10, 26, 27, 52, 703)] == ["A", "J", "Z", "AA", "AZ", "AAA"]
    assert excel_day(date(1900, 1, 1)) == 1 and excel_day(date(1900, 3, 1)) == 61
    assert excel_day(date(2018, 12, 20)) == 43454


def test_export_past_excels_row_limit_goes_on_in_another_sheet(seeded, tmp_path, monkeypatch):
    from report_helpers import AS_OF

    from tracker.report import xlsx

    led, _, _ = seeded
    xlsx.export_xlsx(led, tmp_path / "one.xlsx", AS_OF)
    monkeypatch.setattr(xlsx, "EXCEL_MAX_ROWS", 41)   # a header and 40 tasks a sheet
    n = xlsx.export_xlsx(led, tmp_path / "split.xlsx", AS_OF)
    one, split = load_workbook(tmp_path / "one.xlsx"), load_workbook(tmp_path / "split.xlsx")
    parts = [name for name in split.sheetnames if name.startswith("全部任务")]
    assert len(parts) == -(-n // 40) > 1 and parts[1] == "全部任务(2)"
    rows = [r for name in parts for r in split[name].iter_rows(min_row=2, values_only=True)]
    assert [r[1:] for r in rows] == [r[1:] for r in one["全部任务"].iter_rows(min_row=2, values_only=True)]
    assert all(split[name]["A1"].value == "序号" and split[name]["A2"].value == 1 for name in parts)
    assert [name for name in split.sheetnames if name not in parts] == one.sheetnames[1:]   # per document
