"""Report outputs: escaped HTML, the 台账 workbook, the PDF (pypdf reads it back), the CLI."""

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from ledger_helpers import import_tasks, task
from report_helpers import AS_OF
from tracker.errors import TrackerError
from tracker.report import build_notices, build_weekly
from tracker.report.html import notices_html, weekly_html

ROOT = Path(__file__).resolve().parent.parent
NASTY = '<b>粗体</b><img src="file:///etc/passwd"> &lt;已转义&gt;'


@pytest.fixture
def nasty_ledger(ledger):
    import_tasks(ledger, task(NASTY, "2018-12-01", units=(("市<i>局</i>", "lead"),)),
                 task("正常任务", "2018-12-25"), doc_no="测<b>发〔2018〕1号")
    tid = ledger.tasks.ids()[1]
    ledger.tasks.extend(tid, date(2019, 1, 31), "理由<script>alert(1)</script>", by="<u>某人</u>",
                        now="2018-12-18T09:00:00")
    return ledger


@pytest.fixture
def cjk(qapp):
    """Skip when no CJK font is installed (the app, made by pytest-qt, must exist first)."""
    from tracker.report.fonts import find_cjk_fonts
    from ui.report_pdf import ReportRenderError, cjk_family

    try:
        family = cjk_family()
    except ReportRenderError:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    if find_cjk_fonts() is None:
        pytest.skip("no CJK font file found (apt-get install fonts-noto-cjk)")
    return family


def test_html_escapes_document_text(nasty_ledger):
    html = weekly_html(build_weekly(nasty_ledger, AS_OF, printed_by="<em>我</em>"))
    html += notices_html(build_notices(nasty_ledger, AS_OF))
    assert "<b>粗体" not in html and "<img" not in html and "<script" not in html and "<i>局" not in html
    assert "&lt;b&gt;粗体&lt;/b&gt;" in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    assert "&amp;lt;已转义&amp;gt;" in html  # an entity in the text prints as written
    assert "测&lt;b&gt;发〔2018〕1号" in html and "&lt;em&gt;我&lt;/em&gt;" in html
    assert "理由&lt;script&gt;" in html and "&lt;u&gt;某人&lt;/u&gt;" in html


def test_html_as_qt_renders_it_shows_the_markup_literally(nasty_ledger, qapp):
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(weekly_html(build_weekly(nasty_ledger, AS_OF)))
    text = doc.toPlainText()
    assert '<b>粗体</b><img src="file:///etc/passwd"> &lt;已转义&gt;' in text
    assert "重点任务督办周报" in text and "一、逾期未完成（1项）" in text and "五、延期与终止（1项）" in text


def test_xlsx_layout_dates_header_filter(seeded, tmp_path):
    from openpyxl import load_workbook

    from tracker.report.xlsx import HEADERS, STATES, export_xlsx

    led, _, _ = seeded
    out = tmp_path / "台账.xlsx"
    assert export_xlsx(led, out, AS_OF) == led.tasks.count()
    wb = load_workbook(out)
    docs = {d.doc_no for d in led.documents.all() if d.task_count}
    assert wb.sheetnames[0] == "全部任务" and set(wb.sheetnames[1:]) == docs
    ws = wb["全部任务"]
    assert tuple(c.value for c in ws[1]) == HEADERS
    assert ws.max_row == led.tasks.count() + 1
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:J{ws.max_row}"
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert all(r[7] in STATES for r in rows)
    dated = [r for r in rows if r[6] is not None]
    assert dated and all(isinstance(r[6], datetime) for r in dated)
    counts = led.status.counts(AS_OF)
    states = [r[7] for r in rows]
    assert states.count("已办结") == counts["done"] and states.count("已终止") == counts["terminated"]
    assert states.count("已逾期") == counts["overdue"] and states.count("已延期") == 1
    done = [r for r in rows if r[7] == "已办结"]
    assert all(isinstance(r[8], datetime) for r in done)
    assert any("延期" in (r[9] or "") for r in rows)
    per_doc = sum(wb[name].max_row - 1 for name in wb.sheetnames[1:])
    assert per_doc == len(rows)
    assert ws.column_dimensions["C"].width >= 40


def test_xlsx_keeps_formula_like_text_as_text(ledger, tmp_path):
    from openpyxl import load_workbook

    from tracker.report.xlsx import export_xlsx

    import_tasks(ledger, task("=HYPERLINK(\"http://x\",\"点我\")", "2018-12-31"))
    export_xlsx(ledger, tmp_path / "a.xlsx", AS_OF)
    cell = load_workbook(tmp_path / "a.xlsx")["全部任务"]["C2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


# Qt's PDF text map names some shared glyphs by their radical code points (⽉ for 月,
# ⻚ for 页); NFKC folds the Kangxi radicals, the supplement ones are listed.
def _norm(text: str) -> str:
    """Text without the layout's spaces and line breaks (characters are compared exactly)."""
    import re

    return re.sub(r"\s+", "", text)


# Qt's PDF writer maps a CJK glyph back to the first code point the font gives it
# (⼈ U+2F08 for 人): the Qt-rendered print path is compared after folding those.
_RADICALS = str.maketrans({"⻚": "页", "⻓": "长", "⻔": "门", "⻛": "风", "⻢": "马", "⻋": "车", "⻅": "见"})


def _qt_norm(text: str) -> str:
    import unicodedata

    return _norm(unicodedata.normalize("NFKC", text).translate(_RADICALS))


def _pdf_text(path: Path, norm=_norm) -> list[str]:
    """Each page's text as a reader sees it, normalized: poppler's pdftotext when installed
    (it reads the core writer's embedded CID CMap, which pypdf does not), else pypdf."""
    import shutil

    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
        return [norm(page) for page in out.decode("utf-8").split("\f")[:-1]]
    from pypdf import PdfReader

    return [norm(p.extract_text()) for p in PdfReader(str(path)).pages]


def test_pdf_reads_back_headings_units_and_doc_numbers(seeded, tmp_path, cjk):
    from tracker.report.pdf import weekly_pdf

    led, _, _ = seeded
    report = build_weekly(led, AS_OF, printed_by="督查室")
    out = tmp_path / "weekly.pdf"
    pages = weekly_pdf(report, out)
    texts = _pdf_text(out)
    assert len(texts) == pages >= 2 and out.read_bytes().startswith(b"%PDF")
    joined = "".join(texts)
    for heading in ("重点任务督办周报", "2018年第51周", "一、逾期未完成", "二、30天内到期", "三、本周完成",
                    "四、各责任单位进度", "五、延期与终止", "按期办结率"):
        assert heading in joined
    assert _norm(report.units[0].name) in joined
    assert "聊政办字〔2018〕76号" in joined
    for n, text in enumerate(texts, 1):
        assert f"第{n}页共{pages}页" in text


def test_pdf_pages_repeat_table_header_and_never_cut_rows(tmp_path, cjk):
    """A long table: every page but the first starts with the header row; each row's
    text stays on one page (rows are numbered, each ends in a marker)."""
    from PySide6.QtGui import QPdfWriter

    from tracker.report.html import _page, _table
    from ui.report_pdf import PDF_DPI, device_pages, layout_document, page_layout

    rows = [[("c", str(i)), ("", f"【行{i}始】" + "很长的任务内容" * (1 + i % 7) + f"【行{i}完】")] for i in range(1, 121)]
    html = _page("t", "<h1>标题</h1>" + _table([("序号", "10%"), ("任务说明列", "90%")], rows))
    out = tmp_path / "long.pdf"
    writer = QPdfWriter(str(out))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout())
    pages = device_pages(layout_document(html, writer), writer)
    del writer
    assert len(pages) >= 3 and all(len(p) == 2 for p in pages[1:])  # header band + body band
    from ui.report_pdf import html_to_pdf

    n = html_to_pdf(html, out)
    texts = _pdf_text(out, _qt_norm)
    assert len(texts) == n >= 3
    for t in texts[1:]:
        assert t.startswith("序号任务说明列")
    for i in range(1, 121):
        holding = [p for p, t in enumerate(texts) if f"【行{i}始】" in t or f"【行{i}完】" in t]
        assert len(holding) == 1 and f"【行{i}完】" in texts[holding[0]], i


def test_notices_pdf_one_unit_per_page(seeded, tmp_path, cjk):
    from tracker.report.pdf import notices_pdf

    led, _, _ = seeded
    notices = build_notices(led, AS_OF)
    out = tmp_path / "notices.pdf"
    notices_pdf(notices, out)
    texts = _pdf_text(out)
    starts = [t for t in texts if t.startswith("催办通知单")]
    assert len(starts) == len(notices)
    for n, t in zip(notices, starts):
        assert _norm(n.unit) in t and "反馈日期" in "".join(texts)


def test_missing_cjk_font_is_a_clear_chinese_error(monkeypatch, qapp):
    from PySide6.QtGui import QFontDatabase

    from ui import report_pdf

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: ["DejaVu Sans"]))
    monkeypatch.setattr(QFontDatabase, "writingSystems", staticmethod(lambda *a: []))
    with pytest.raises(report_pdf.ReportRenderError, match="未找到可显示中文的字体") as err:
        report_pdf.cjk_family()
    assert err.value.exit_code == report_pdf.EXIT_NO_FONT


def _cli(*args, db: Path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), TRACKER_DB=str(db), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_cli_report_pdf_html_notice_and_export(seeded, tmp_path, cjk):
    led, _, db = seeded
    counts = led.status.counts(AS_OF)
    pdf = tmp_path / "周报.pdf"
    r = _cli("report", "--week", "2018-W51", "--as-of", "2018-12-20", "--pdf", str(pdf), db=db)
    assert r.returncode == 0, r.stderr
    assert "已写入" in r.stdout and f"逾期 {counts['overdue']} 项" in r.stdout
    assert "重点任务督办周报" in "".join(_pdf_text(pdf))
    html = tmp_path / "notice.html"
    r = _cli("report", "--week", "2018-W51", "--kind", "notice", "--unit", "市政务服务中心管理办",
             "--html", str(html), db=db)
    assert r.returncode == 0, r.stderr
    text = html.read_text("utf-8")
    assert "催办通知单" in text and "市政务服务中心管理办" in text and "2018年12月23日" in text
    xlsx = tmp_path / "台账.xlsx"
    r = _cli("export", "--xlsx", str(xlsx), "--as-of", "2018-12-20", db=db)
    assert r.returncode == 0 and f"已导出 {led.tasks.count()} 项任务" in r.stdout, r.stderr


def test_cli_report_errors_are_chinese(seeded, tmp_path):
    _, _, db = seeded
    r = _cli("report", "--week", "2018-W60", "--html", str(tmp_path / "a.html"), db=db)
    assert r.returncode == 2 and "周次格式" in r.stderr and "Traceback" not in r.stderr
    r = _cli("report", "--unit", "市不存在局", "--html", str(tmp_path / "a.html"), db=db)
    assert r.returncode == 5 and "没有单位" in r.stderr
    r = _cli("report", "--week", "2018-W51", "--pdf", str(tmp_path / "no" / "dir" / "a.pdf"), db=db)
    assert r.returncode == 7 and "无法写入文件" in r.stderr and "Traceback" not in r.stderr
    r = _cli("export", "--xlsx", str(tmp_path / "no" / "dir" / "a.xlsx"), db=db)
    assert r.returncode == 7 and "无法写入文件" in r.stderr
    r = _cli("report", "--week", "2018-W51", db=db)
    assert r.returncode == 2 and "参数错误" in r.stderr


def test_cli_pdf_without_cjk_font_is_a_chinese_error(seeded, tmp_path, monkeypatch, capsys):
    """No CJK font on the computer: exit code 7 and a Chinese message, no file, no traceback."""
    from tracker.cli import main
    from tracker.report import pdf_writer

    _, _, db = seeded
    monkeypatch.setattr(pdf_writer, "find_cjk_fonts", lambda: None)
    out = tmp_path / "a.pdf"
    assert main(["--db", str(db), "report", "--week", "2018-W51", "--pdf", str(out)]) == 7
    assert "未找到可显示中文的字体" in capsys.readouterr().err and not out.exists()


def test_xlsx_of_a_big_ledger_writes_each_task_once(seeded, tmp_path, monkeypatch):
    """Past the per-document limit the workbook holds 全部任务 alone, in the same order."""
    from openpyxl import load_workbook

    from tracker.report import xlsx

    led, _, _ = seeded
    xlsx.export_xlsx(led, tmp_path / "small.xlsx", AS_OF)
    monkeypatch.setattr(xlsx, "PER_DOCUMENT_MAX_TASKS", 1)
    assert xlsx.export_xlsx(led, tmp_path / "big.xlsx", AS_OF) == led.tasks.count()
    big, small = load_workbook(tmp_path / "big.xlsx"), load_workbook(tmp_path / "small.xlsx")
    assert big.sheetnames == ["全部任务"]
    assert ([r for r in big["全部任务"].iter_rows(values_only=True)]
            == [r for r in small["全部任务"].iter_rows(values_only=True)])
    with pytest.raises(TrackerError, match="无法写入"):
        xlsx.export_xlsx(led, tmp_path / "no" / "x.xlsx", AS_OF)


def test_xlsx_print_setup_and_responsible_column(ledger, tmp_path):
    """Landscape, fit to the page's width, the header row on every printed page; 责任单位
    in its own column, not under 牵头单位."""
    from openpyxl import load_workbook

    from tracker.report.xlsx import HEADERS, export_xlsx

    import_tasks(ledger, task("修订应急预案", "2018-12-31", units=(("市应急局", "responsible"),)),
                 task("建设创新平台", "2019-06-30", units=(("市科技局", "lead"), ("市财政局", "support"))))
    out = tmp_path / "台账.xlsx"
    export_xlsx(ledger, out, AS_OF)
    wb = load_workbook(out)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
    ws = wb["全部任务"]
    cols = {name: i for i, name in enumerate(HEADERS)}
    rows = {r[cols["任务"]]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert [c.value for c in ws[1]] == list(HEADERS)
    assert "应急" in rows["修订应急预案"][cols["责任单位"]]
    assert not rows["修订应急预案"][cols["牵头单位"]]
    assert rows["建设创新平台"][cols["牵头单位"]] == "市科技局"
    assert rows["建设创新平台"][cols["配合单位"]] == "市财政局"
