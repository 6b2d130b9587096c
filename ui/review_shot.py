"""The review dialog rendered offscreen, for the README's screenshot (``tools/screenshot.py``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ui.review_dialog import ReviewDialog


def render_review_dialog_png(path: str | Path, today: date | None = None, size=(1440, 900)) -> Path:
    """Render the review dialog for the sample document offscreen to a PNG at ``path``.

    Needs a QApplication. Used by ``tools/screenshot.py`` for the second screenshot.
    """
    from tracker.extract import extract_text
    from tracker.ledger import Ledger
    from tracker.sample import SAMPLE_NAME, render_sample

    today = today or date.today()
    ledger = Ledger.memory()
    contract = extract_text(render_sample(today), source_name=SAMPLE_NAME).to_contract(full=True)
    dialog = ReviewDialog(ledger, contract, source_name=SAMPLE_NAME, sha256=None, today=today,
                          user_name="")
    dialog.resize(*size)
    dialog.show()
    dialog.tasks_view.selectRow(1)
    path = Path(path)
    dialog.grab().save(str(path))
    dialog.discard()
    dialog.deleteLater()
    ledger.close()
    return path
