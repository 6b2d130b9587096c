"""The 反馈表 workbook: its layout, the hidden row keys, writing and reading it.

One sheet per unit. Rows 1–3 are a title, a line of instructions and the header; each
data row is one open (task, unit, milestone) cell. Only 办理情况, 完成日期 and 是否办结
are unlocked; the sheet is protected. Column K (hidden) holds the sheet's identity in K1
and each data row's key ``fb1|task|unit|milestone|checksum``; the checksum binds the key
to this ledger and this sheet, so a key typed over, shifted or copied from another sheet
is detected and its row refused. Nothing here touches the ledger.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from tracker.errors import InputError

log = logging.getLogger(__name__)

SHEET_TITLE = "反馈表"
HEADERS = ("序号", "任务编号", "任务", "文号/来源", "办理节点", "完成时限", "职责", "办理情况", "完成日期", "是否办结")
WIDTHS = (6, 9, 48, 22, 18, 12, 8, 48, 13, 10)
FILL_COLUMNS = ("办理情况", "完成日期", "是否办结")
KEY_COLUMN = "K"
HEADER_ROW = 3
FIRST_ROW = 4
YES, NO = "是", "否"
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
_KEY = re.compile(r"^fb1\|(\d+)\|(\d+)\|(\d+)\|([0-9a-f]{12})$")
_SHEET_KEY = re.compile(r"^fbsheet1\|([0-9a-f]{32})\|([0-9a-f]{12})$")


def checksum(ledger_id: str, sheet_id: str, *parts) -> str:
    """The 12 hex digits that bind a key to its ledger and sheet."""
    text = "|".join([ledger_id, sheet_id, *map(str, parts)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def row_key(ledger_id: str, sheet_id: str, task_id: int, unit_id: int, milestone_id: int) -> str:
    """The hidden key of one data row."""
    return f"fb1|{task_id}|{unit_id}|{milestone_id}|{checksum(ledger_id, sheet_id, task_id, unit_id, milestone_id)}"


def sheet_key(ledger_id: str, sheet_id: str) -> str:
    """The hidden identity of the sheet (cell K1)."""
    return f"fbsheet1|{sheet_id}|{checksum(ledger_id, sheet_id, 'sheet')}"


@dataclass
class SheetRow:
    """One data row to write."""

    task_id: int
    title: str
    source: str
    milestone: str
    due: str | None
    role: str
    key: str


def write(path: Path, *, unit: str, as_of: date, rows: list[SheetRow], sheet_key_text: str) -> Path:
    """Write the 反馈表 of one unit to ``path`` (atomically: a temporary file, then rename)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    last = chr(ord("A") + len(HEADERS) - 1)
    ws["A1"] = f"督办事项反馈表　单位：{unit}　统计日期：{as_of.isoformat()}"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("请在“办理情况”“完成日期”“是否办结”三列填写（其余各列已锁定）：完成日期写实际办结的日期，"
                "格式 2018-12-01；是否办结填“是”或“否”。请勿增删行。")
    ws["A2"].alignment = Alignment(wrap_text=True)
    ws.merge_cells(f"A2:{last}2")
    ws.row_dimensions[2].height = 32
    fill = PatternFill("solid", fgColor="FFF2CC")
    for col, (name, width) in enumerate(zip(HEADERS, WIDTHS), 1):
        cell = ws.cell(HEADER_ROW, col, name)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
        ws.column_dimensions[cell.column_letter].width = width
    ws[f"{KEY_COLUMN}1"] = sheet_key_text
    ws.column_dimensions[KEY_COLUMN].hidden = True
    fill_cols = [HEADERS.index(c) + 1 for c in FILL_COLUMNS]
    for n, r in enumerate(rows, 1):
        i = HEADER_ROW + n
        values = (n, r.task_id, r.title, r.source, r.milestone, r.due and date.fromisoformat(r.due), r.role)
        for col, value in enumerate(values, 1):
            cell = ws.cell(i, col, value)
            cell.alignment = Alignment(wrap_text=col in (3, 4, 5), vertical="top")
        ws.cell(i, 6).number_format = "yyyy-mm-dd"
        for col in fill_cols:
            cell = ws.cell(i, col)
            cell.protection = Protection(locked=False)
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(i, fill_cols[1]).number_format = "yyyy-mm-dd"
        ws[f"{KEY_COLUMN}{i}"] = r.key
    if rows:
        end = HEADER_ROW + len(rows)
        yes_no = DataValidation(type="list", formula1=f'"{YES},{NO}"', allow_blank=True,
                                error="请填写“是”或“否”。", showErrorMessage=True)
        ws.add_data_validation(yes_no)
        col = chr(ord("A") + fill_cols[2] - 1)
        yes_no.add(f"{col}{FIRST_ROW}:{col}{end}")
        when = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                              error="请填写日期，例如 2018-12-01。", showErrorMessage=True)
        ws.add_data_validation(when)
        col = chr(ord("A") + fill_cols[1] - 1)
        when.add(f"{col}{FIRST_ROW}:{col}{end}")
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.protection.sheet = True
    ws.protection.formatRows = False  # units may make rows taller to read long text
    ws.protection.formatColumns = False
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        wb.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"无法写入文件：{path}（{exc.strerror}）") from None
    return path


@dataclass
class FilledRow:
    """One data row read back: its Excel row number, key text and the three filled cells."""

    row: int
    key: str
    task_id: int | None
    unit_id: int | None
    milestone_id: int | None
    checksum: str | None
    note: str
    done_on: object  # a date, text or number as the unit typed it
    done: str


@dataclass
class FilledSheet:
    """A 反馈表 as read from disk."""

    path: Path
    sha256: str
    sheet_id: str | None
    sheet_checksum: str | None
    rows: list[FilledRow] = field(default_factory=list)


def read(path: Path) -> FilledSheet:
    """Read a filled 反馈表; InputError (exit 3) for a file that is not one."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"文件太大（超过 {MAX_FILE_BYTES // (1024 * 1024)} MB），不是反馈表：{path.name}")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取文件：{path}（{exc.strerror}）") from None
    try:
        import io

        wb = load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    except Exception:  # noqa: BLE001 - the file is the user's: openpyxl raises many kinds (BadZipFile, KeyError,
        # ValueError, XML parse errors, InvalidFileException) for a damaged or foreign one.
        log.info("%s is not a readable workbook", path, exc_info=True)
        raise InputError(f"无法读取 Excel 文件（文件损坏或不是 .xlsx）：{path.name}") from None
    try:
        ws = wb[SHEET_TITLE] if SHEET_TITLE in wb.sheetnames else wb.worksheets[0]
        key_col = ord(KEY_COLUMN) - ord("A")
        found = FilledSheet(path, hashlib.sha256(data).hexdigest(), None, None)
        cols: dict[str, int] = {}
        for i, values in enumerate(ws.iter_rows(values_only=True), 1):
            if i > MAX_ROWS + HEADER_ROW:
                raise InputError(f"反馈表行数过多（超过 {MAX_ROWS} 行）：{path.name}")
            values = list(values) + [None] * (len(HEADERS) + 1 - len(values))
            if i == 1:
                m = _SHEET_KEY.match(str(values[key_col] or "").strip())
                if m:
                    found.sheet_id, found.sheet_checksum = m.group(1), m.group(2)
                continue
            if i == HEADER_ROW:
                cols = {str(v).strip(): n for n, v in enumerate(values) if v is not None}
                continue
            if i < FIRST_ROW:
                continue
            found.rows.append(_filled(i, values, key_col, cols))
    finally:
        wb.close()
    if found.sheet_id is None or not all(c in cols for c in FILL_COLUMNS):
        raise InputError(f"该文件不是本程序导出的反馈表（缺少表标识或“办理情况/完成日期/是否办结”列）：{path.name}")
    return found


def _filled(i: int, values: list, key_col: int, cols: dict[str, int]) -> FilledRow:
    key = str(values[key_col] or "").strip()
    m = _KEY.match(key)
    ids = (int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4)) if m else (None, None, None, None)
    note = values[cols["办理情况"]]
    done = values[cols["是否办结"]]
    return FilledRow(i, key, *ids, note=str(note).strip() if note is not None else "",
                     done_on=values[cols["完成日期"]], done=str(done).strip() if done is not None else "")


_CN_DATE = re.compile(r"^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$")


def parse_filled_date(value) -> date | None:
    """A date as a unit may type it: a real Excel date, 2018-12-01, 2018/12/1, 2018.12.1,
    2018年12月1日; None when empty; ValueError when unreadable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and 20000 < value < 80000:  # an Excel serial day number
        from openpyxl.utils.datetime import from_excel

        return from_excel(value).date()
    m = _CN_DATE.match(str(value).strip())
    if not m:
        raise ValueError(str(value))
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
