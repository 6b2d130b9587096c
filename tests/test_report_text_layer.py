"""The PDF reports give back exactly the characters printed (poppler's pdftotext).

Qt's PDF writer with Noto CJK wrote 178 characters as Kangxi radicals (⼈⺠ for 人民,
⽉ for 月); the core writer (``tracker.report.pdf``) is checked here on the seed's
weekly report and its chasing notices, as a clerk's search or copy would read them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from report_helpers import AS_OF, build_seed_ledger

RADICALS = re.compile("[\u2e80-\u2fdf]")


@pytest.fixture
def fonts():
    from tracker.report.fonts import find_cjk_fonts

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (apt-get install poppler-utils)")
    found = find_cjk_fonts()
    if found is None:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    return found


@pytest.fixture
def seed_ledger(ledger, seed_path):
    build_seed_ledger(ledger, seed_path)
    return ledger


def pdftotext(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


IDENTITY = dict(organisation="市政府督查室", printed_by="王晓明", contact="李娜", phone="0635-8241234")


def test_weekly_report_text_layer_is_exact(seed_ledger, fonts, tmp_path):
    from tracker.report import build_weekly
    from tracker.report.identity import ReportIdentity
    from tracker.report.pdf import weekly_pdf

    report = build_weekly(seed_ledger, AS_OF, printed_by="王晓明", printed_at="2018-12-20 10:00",
                          identity=ReportIdentity(**IDENTITY))
    out = tmp_path / "周报.pdf"
    weekly_pdf(report, out, fonts=fonts)
    text = pdftotext(out)
    assert not RADICALS.findall(text), sorted(set(RADICALS.findall(text)))
    flat = _flat(text)
    assert "人民政府" in flat and "月" in flat and "重点任务督办周报" in flat
    for value in IDENTITY.values():
        assert value in flat
    names = [u.name for u in report.units]
    assert len(names) > 10
    for name in names:
        assert name in flat, name
    for row in report.overdue:
        assert _flat(row.title) in flat


def test_chasing_notices_text_layer_is_exact(seed_ledger, fonts, tmp_path):
    from tracker.report import build_notices
    from tracker.report.identity import ReportIdentity
    from tracker.report.pdf import notices_pdf

    notices = build_notices(seed_ledger, AS_OF, printed_by="王晓明", printed_at="2018-12-20 10:00",
                            identity=ReportIdentity(**IDENTITY))
    assert notices
    out = tmp_path / "催办.pdf"
    notices_pdf(notices, out, fonts=fonts)
    text = pdftotext(out)
    assert not RADICALS.findall(text), sorted(set(RADICALS.findall(text)))
    flat = _flat(text)
    assert "人民政府" in flat and "月" in flat
    for n in notices:
        assert f"{n.unit}：" in flat
        for item in n.items:
            assert _flat(item.title) in flat
    # The 落款 of each notice: issuing office, date, contact and phone.
    assert flat.count("市政府督查室") == len(notices)
    assert flat.count("联系人：李娜") == len(notices) and flat.count("联系电话：0635-8241234") == len(notices)
    assert "2018年12月20日" in flat


def test_cli_pdf_uses_settings_and_no_qt(seed_ledger, fonts, tmp_path, monkeypatch):
    """``tracker report --pdf`` writes the PDF in-process with the core writer, taking the
    落款 from the 报表设置 file and options."""
    import os
    import sys

    from tracker.report.identity import ReportIdentity, save_identity

    save_identity(ReportIdentity(organisation="市政府督查室", contact="李娜", phone="0635-8241234"))
    db = seed_ledger.path
    out = tmp_path / "n.pdf"
    code = ("import sys, runpy; sys.argv=['tracker', *sys.argv[1:]]\n"
            "from tracker.cli import main\nrc = main(sys.argv[1:])\n"
            "assert 'PySide6' not in sys.modules, 'the CLI loaded Qt'\nsys.exit(rc)")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.run([sys.executable, "-c", code, "--db", str(db), "report", "--week", "2018-W51",
                           "--kind", "notice", "--by", "赵敏", "--pdf", str(out)], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stderr
    flat = _flat(pdftotext(out))
    assert "市政府督查室" in flat and "打印人：赵敏" in flat and "联系电话：0635-8241234" in flat
    assert not RADICALS.findall(flat)


def test_notice_signature_keeps_its_contact_and_text_of_the_notice_on_its_page(seed_ledger, fonts, tmp_path):
    """The 落款 (office, date, room for the seal) never stands alone on a page: the contact
    line and at least the last table row are on its page (the seed's notices run onto a
    second or third page)."""
    from tracker.report import build_notices
    from tracker.report.identity import ReportIdentity
    from tracker.report.pdf import notices_pdf

    notices = build_notices(seed_ledger, AS_OF, printed_by="王晓明", printed_at="2018-12-20 10:00",
                            identity=ReportIdentity(**IDENTITY))
    out = tmp_path / "催办.pdf"
    pages = notices_pdf(notices, out, fonts=fonts)
    texts = [_flat(p) for p in pdftotext(out).split("\f")[:pages]]
    signed = [t for t in texts if "2018年12月20日" in t and "市政府督查室" in t]
    assert len(signed) == len(notices) and pages > len(notices)
    for page in signed:
        assert "联系人：李娜" in page and "联系电话：0635-8241234" in page
        assert page.index("联系人") < page.index("市政府督查室") < page.index("签收人")
        assert "序号" in page or "根据重点任务督办台账" in page, page[:80]
