"""Modules stay small enough to read whole: no module of any package of ``tracker`` or
``ui`` is over ``MAX_LINES`` lines (the developers' guide asks for about 100–300)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 300
# Every package (a folder of modules) under the core and the UI, found rather than listed,
# so a new subpackage is checked from its first commit.
PACKAGES = sorted({p.parent.relative_to(ROOT).as_posix()
                   for top in ("tracker", "ui") for p in (ROOT / top).rglob("*.py")
                   if "__pycache__" not in p.parts})


def test_the_walk_finds_the_known_packages():
    assert {"tracker", "tracker/extract", "tracker/extract/lexicon", "tracker/ledger", "ui"} <= set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_is_over_the_limit(package):
    modules = sorted((ROOT / package).glob("*.py"))
    assert modules, f"no modules found in {package}"
    long = {m.name: n for m in modules if (n := len(m.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules of {package} over {MAX_LINES} lines: {long}"
