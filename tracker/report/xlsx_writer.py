"""A streaming writer of plain .xlsx workbooks (SpreadsheetML), for the 台账 export.

openpyxl's write-only mode makes a cell object per value and writes it through lxml:
about 70 µs a row of ten cells, over a minute for the million rows of a big ledger
(measured in ``bench/bench_ledger.py``). Here a row is one string join: text, numbers and
dates, inline strings (no shared-string table held in memory), three cell styles, column
widths, a frozen header row, an auto filter and the print setup. Nothing else of the
format is supported; openpyxl still reads and writes every other workbook.

A sheet is streamed into the zip as its rows come (one at a time), or buffered in memory
when several are filled at once (the per-document sheets of a small ledger).
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, timezone

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Cell styles (indexes into cellXfs below).
PLAIN, HEADER, WRAP, DATE = 0, 1, 2, 3
_STYLES = (
    _XML + f'<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE8E8E8"/><bgColor indexed="64"/></patternFill></fill>'
    '</fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"><color rgb="FF999999"/></left><right style="thin"><color rgb="FF999999"/></right>'
    '<top style="thin"><color rgb="FF999999"/></top><bottom style="thin"><color rgb="FF999999"/></bottom>'
    '<diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" '
    'applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>')

# XML 1.0 cannot hold these (control characters, non-characters, lone surrogates): they
# are dropped, where openpyxl would stop the whole export with an error.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPECIAL = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_EPOCH = date(1899, 12, 30).toordinal()


_SPACE = " \t\n\r"   # kept at either end of a text only with xml:space="preserve"


def text_escape(text: str) -> str:
    """``text`` as XML character data."""
    return _ILLEGAL.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape(text: str) -> str:
    """``text`` as an XML attribute value (or character data)."""
    if _SPECIAL.search(text) is None and '"' not in text:
        return text
    return text_escape(text).replace('"', "&quot;")


def column_letter(n: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def excel_day(d: date) -> int:
    """A date as Excel's day number (1900 system, with its 29 February 1900)."""
    days = d.toordinal() - _EPOCH
    return days - 1 if 0 < days <= 60 else days


class Sheet:
    """One worksheet being filled row by row (``append``); ``Workbook.add_sheet`` makes it."""

    def __init__(self, book: Workbook, name: str, widths, *, buffered: bool, big: bool):
        self.name, self.rows, self.index = name, 0, len(book.sheets) + 1
        self._cols = [column_letter(i) for i in range(1, len(widths) + 1)]
        self._chunks: list[str] = []
        self._attrs: dict[tuple, tuple[str, ...]] = {}
        self._size, self.finished = 0, False
        self._out = None if buffered else book.zip.open(self.path, "w", force_zip64=big)
        cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
        self._write(
            _XML + f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>')

    @property
    def path(self) -> str:
        return f"xl/worksheets/sheet{self.index}.xml"

    def _write(self, text: str) -> None:
        self._chunks.append(text)
        self._size += len(text)
        if self._out is not None and self._size > 1 << 16:
            self._out.write("".join(self._chunks).encode("utf-8"))
            self._chunks, self._size = [], 0

    def append(self, values, styles=()) -> None:
        """A row of values (str, int, float, date or None; None and '' leave the cell
        empty), at most one per column. ``styles``: a style per column (PLAIN, HEADER,
        WRAP; the rest PLAIN); dates get DATE."""
        self.rows += 1
        n = self.rows
        cells: list[str] = []
        add = cells.append
        attrs = self._attrs.get(styles)
        if attrs is None:
            attrs = self._attrs[styles] = tuple(f' s="{styles[i]}"' if i < len(styles) and styles[i] else ""
                                                for i in range(len(self._cols)))
        for col, v, s in zip(self._cols, values, attrs):
            if isinstance(v, str):
                if _SPECIAL.search(v) is not None:
                    v = text_escape(v)
                if not v:
                    if s:
                        add(f'<c r="{col}{n}"{s}/>')
                elif v[0] in _SPACE or v[-1] in _SPACE:
                    add(f'<c r="{col}{n}"{s} t="inlineStr"><is><t xml:space="preserve">{v}</t></is></c>')
                else:
                    add(f'<c r="{col}{n}"{s} t="inlineStr"><is><t>{v}</t></is></c>')
            elif v is None:
                if s:
                    add(f'<c r="{col}{n}"{s}/>')
            elif isinstance(v, date):
                add(f'<c r="{col}{n}" s="{DATE}"><v>{excel_day(v)}</v></c>')
            elif isinstance(v, bool):
                add(f'<c r="{col}{n}" t="b"><v>{int(v)}</v></c>')
            else:
                add(f'<c r="{col}{n}"{s}><v>{v}</v></c>')
        self._write(f'<row r="{n}">{"".join(cells)}</row>')

    def last_cell(self) -> tuple[str, int]:
        """(last column letter, last row) of the header and rows."""
        return self._cols[-1], max(self.rows, 1)

    def finish(self) -> None:
        """The parts after the rows: an auto filter over the header and rows, the print
        setup (landscape A4, the columns fit to the page's width, centred). A streamed
        sheet's zip entry is closed here; a buffered one is written by ``Workbook.close``."""
        if self.finished:
            return
        col, row = self.last_cell()
        self._write(f'</sheetData><autoFilter ref="A1:{col}{row}"/><printOptions horizontalCentered="1"/>'
                    '<pageMargins left="0.4" right="0.4" top="1" bottom="1" header="0.5" footer="0.5"/>'
                    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>')
        self.finished = True
        if self._out is not None:
            out, self._out = self._out, None
            out.write("".join(self._chunks).encode("utf-8"))
            self._chunks = []
            out.close()

    def buffered_xml(self) -> bytes:
        data = "".join(self._chunks).encode("utf-8")
        self._chunks = []
        return data


class Workbook:
    """A workbook written into ``path`` (a new file): ``add_sheet``, ``append`` rows to
    each sheet, then ``close``. At most one unbuffered sheet is open at a time (the zip
    is written in order). ``discard`` after a failure closes the file without finishing."""

    def __init__(self, path, *, title: str = "", created: datetime | None = None, compresslevel: int = 1):
        # Level 1: most of the size gain of compression at a fraction of level 6's time.
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self.sheets: list[Sheet] = []
        self.title, self.created = title, created or datetime.now(timezone.utc)

    def add_sheet(self, name: str, widths, *, buffered: bool = False, big: bool = False) -> Sheet:
        """A new sheet called ``name`` (a valid, unique sheet name) with column ``widths``.
        Unbuffered, it is written as it fills (the sheet streamed before it is finished
        first: the zip is written in order). ``big``: it may pass 2 GiB of XML (a zip64 entry)."""
        if not buffered:
            for other in self.sheets:
                if other._out is not None:
                    other.finish()
        sheet = Sheet(self, name, widths, buffered=buffered, big=big)
        self.sheets.append(sheet)
        return sheet

    def close(self) -> None:
        """Finish every sheet and write the workbook's other parts."""
        for sheet in self.sheets:   # the streamed ones first: their zip entries are open
            if sheet._out is not None:
                sheet.finish()
        for sheet in self.sheets:
            if not sheet.finished or sheet._chunks:
                sheet.finish()
                self.zip.writestr(sheet.path, sheet.buffered_xml())
        z, n = self.zip, len(self.sheets)
        sheets = "".join(f'<sheet name="{escape(s.name)}" sheetId="{s.index}" r:id="rId{s.index}"/>'
                         for s in self.sheets)
        names = ""
        for i, sheet in enumerate(self.sheets):
            # The filter's range and the header row printed on every page, by Excel's names.
            quoted = "'" + escape(sheet.name.replace("'", "''")) + "'"
            col, row = sheet.last_cell()
            names += (f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
                      f'{quoted}!$A$1:${col}${row}</definedName>'
                      f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">{quoted}!$1:$1</definedName>')
        z.writestr("xl/workbook.xml", _XML + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews>'
                   f'<workbookView/></bookViews><sheets>{sheets}</sheets><definedNames>{names}</definedNames>'
                   '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>')
        rels = "".join(f'<Relationship Id="rId{s.index}" Type="{_REL}/worksheet" Target="worksheets/sheet{s.index}.xml"/>'
                       for s in self.sheets)
        z.writestr("xl/_rels/workbook.xml.rels", _XML + f'<Relationships xmlns="{_PKG}">{rels}'
                   f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>')
        z.writestr("xl/styles.xml", _STYLES)
        created = self.created.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        z.writestr("docProps/core.xml", _XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
                   'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                   'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                   f'<dc:title>{escape(self.title)}</dc:title><dc:creator>督办台账</dc:creator>'
                   f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
                   f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')
        z.writestr("_rels/.rels", _XML + f'<Relationships xmlns="{_PKG}">'
                   f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                   'metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
        ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        over = "".join(f'<Override PartName="/{s.path}" ContentType="{ct}.worksheet+xml"/>' for s in self.sheets)
        z.writestr("[Content_Types].xml", _XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
                   f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>{over}'
                   '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
                   'core-properties+xml"/></Types>')
        z.close()

    def discard(self) -> None:
        """Close the file after a failed write without writing its directory (the caller
        removes the file): nothing is left to complain at exit."""
        for sheet in self.sheets:
            out, sheet._out = sheet._out, None
            if out is not None:
                try:
                    out.close()
                except (OSError, ValueError, zipfile.LargeZipFile):
                    pass   # the write failed already (full disk, size limit): this only tidies up
        fp, self.zip.fp = self.zip.fp, None
        try:
            if fp is not None:
                fp.close()
        except OSError:
            pass
