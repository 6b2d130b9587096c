"""Modules stay small enough to read whole: no module of a checked package is over
``MAX_LINES`` lines (the developers' guide asks for about 100–300)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 300
# Packages whose modules have been split to size; a package joins once all of it fits.
# "tracker" checks only the top-level modules (glob is not recursive).
CHECKED = ["tracker", "tracker/extract", "tracker/report", "tracker/feedback", "tracker/cli", "tracker/ledger", "ui"]


@pytest.mark.parametrize("package", CHECKED)
def test_no_module_is_over_the_limit(package):
    modules = sorted((ROOT / package).glob("*.py"))
    assert modules, f"no modules found in {package}"
    long = {m.name: n for m in modules if (n := len(m.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules of {package} over {MAX_LINES} lines: {long}"
