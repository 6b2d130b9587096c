"""Smoke test of the desktop bundle: ``python tools/smoke_bundle.py [--no-build]``.

Builds the bundle with ``tools/build_bundle.py`` (unless ``--no-build``), then, from the
built folder only and with a private home so the user's ledger and settings are never
touched:

1. ``tracker --help`` works;
2. ``tracker import`` reads the seed gazette into a fresh ledger and ``tracker list``
   lists its tasks; the default ledger is made in the user's data directory, and the
   bundle folder is left unchanged;
3. ``tracker report --pdf`` writes the PDF weekly report in the command line's own
   process (the core's PDF writer, no Qt);
4. the GUI ``duban-tracker --quit-after-start`` starts offscreen, paints its main window
   on a new ledger and on the seeded one, and exits 0 with no traceback;
5. the bundle holds the shipped files, Qt's Chinese translations and only the Qt plugins
   the spec keeps;
6. on Linux, ``dpkg-deb --info`` and ``--contents`` of the .deb show the package, the
   programs under /opt/duban-tracker, the /usr/bin links, the menu entry and the icon.

Exits 0 when every check passes, 1 otherwise (each failure is printed). CI runs it after
the test suite; it needs PyInstaller (``pip install -e '.[bundle]'``).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

import build_bundle  # noqa: E402

EXE = ".exe" if sys.platform == "win32" else ""
SEED_CANDIDATES = (ROOT / "tests" / "data" / "seed" / "gazette-liaocheng-2018-09.txt",
                   ROOT.parent / "shared" / "seed" / "gazette-liaocheng-2018-09.txt")


def private_env(home: Path, **extra: str) -> dict:
    """The environment of a user whose home, data and settings are under ``home``."""
    env = dict(os.environ, HOME=str(home), USERPROFILE=str(home), LOCALAPPDATA=str(home / "AppData"),
               APPDATA=str(home / "AppData" / "Roaming"), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    for name in ("TRACKER_DB", "PYTHONPATH", "PYTHONHOME"):
        env.pop(name, None)
    env.update(extra)
    return env


def run(cmd: list, env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run one program of the bundle, text in and out."""
    return subprocess.run([str(c) for c in cmd], env=env, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=timeout, stdin=subprocess.DEVNULL)


# Exercises what only some documents need: traditional characters (OpenCC's table),
# Chinese numerals (cn2an) and a lunar-calendar deadline (lunardate).
VARIED_DOCUMENT = """关于做好校舍维修工作的通知

各县（市、區）政府：
一、市教育局牵头，市财政局配合，于2036年春节前完成全部校舍維修。
二、各县（市、区）政府要在二〇三六年六月三十日前报送进展情况。
"""


def seed_document(workdir: Path) -> Path:
    """The seed gazette, or when this checkout has none, the shipped sample rendered for today."""
    for path in SEED_CANDIDATES:
        if path.is_file():
            return path
    from tracker.sample import SAMPLE_NAME, render_sample

    path = workdir / SAMPLE_NAME
    path.write_text(render_sample(date.today()), "utf-8")
    return path


def tree(folder: Path) -> set[str]:
    """Relative names of everything under ``folder``."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


class Checks:
    """Collects pass/fail lines."""

    def __init__(self) -> None:
        self.failures: list[str] = []
        self.passed = 0

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {what}" + (f"\n     {detail.strip()[-1500:]}" if detail and not ok else ""))
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)
        return ok


def check_cli(c: Checks, bundle: Path, work: Path) -> Path:
    """The command line from the bundle; returns the seeded ledger."""
    tracker = bundle / f"tracker{EXE}"
    home = work / "home"
    env = private_env(home)
    before = tree(bundle)
    proc = run([tracker, "--help"], env)
    c.check(proc.returncode == 0 and "import" in proc.stdout, "tracker --help", proc.stderr)
    proc = run([tracker, "list"], env)
    c.check(proc.returncode == 0 and "共 0 项任务" in proc.stdout, "tracker list on a new default ledger",
            proc.stdout + proc.stderr)
    default = expected_default_ledger(home)
    if default is not None:
        c.check(default.is_file(), f"the default ledger is in the user's data directory ({default})")
    db = work / "seed.sqlite3"
    proc = run([tracker, "--db", db, "import", seed_document(work)], env, timeout=300)
    imported = sum(int(n) for n in re.findall(r"(\d+) 项任务", proc.stdout))
    c.check(proc.returncode == 0 and imported > 0, f"tracker import of the seed ({imported} tasks)",
            proc.stdout + proc.stderr)
    proc = run([tracker, "--db", db, "list", "--format", "csv"], env)
    rows = max(0, len(list(csv.reader(io.StringIO(proc.stdout)))) - 1)
    c.check(proc.returncode == 0 and rows == imported, f"tracker list shows them ({rows} rows)",
            proc.stdout[-500:] + proc.stderr)
    varied = work / "varied.txt"
    varied.write_text(VARIED_DOCUMENT, "utf-8")
    source_env = dict(env, PYTHONPATH=str(ROOT))
    for doc in (seed_document(work), varied):
        frozen = run([tracker, "extract", doc, "--json"], env, timeout=300)
        source = subprocess.run([sys.executable, "-m", "tracker", "extract", str(doc), "--json"], cwd=ROOT,
                                env=source_env, capture_output=True, text=True, encoding="utf-8", timeout=300)
        c.check(frozen.returncode == 0 and '"deadline"' in frozen.stdout and frozen.stdout == source.stdout,
                f"tracker extract of {doc.name}: the frozen program finds what the source finds",
                frozen.stdout[-300:] + frozen.stderr + source.stderr)
    pdf = work / "周报.pdf"
    proc = run([tracker, "--db", db, "report", "--pdf", pdf], env, timeout=300)
    ok = proc.returncode == 0 and pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
    c.check(ok or "字体" in proc.stderr, "tracker report --pdf writes the PDF report (core writer, no Qt)"
            + ("" if ok else " (skipped: no CJK font on this machine)"), proc.stdout + proc.stderr)
    c.check(tree(bundle) == before, "the bundle folder is unchanged by running it",
            str(sorted(tree(bundle) ^ before)[:20]))
    return db


def expected_default_ledger(home: Path) -> Path | None:
    """Where the bundle's default ledger must land for a user whose home is ``home``
    (None on Windows, where the folder comes from the system, not the environment)."""
    if sys.platform == "win32":
        return None
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "duban-tracker" / "ledger.sqlite3"
    return home / "data" / "duban-tracker" / "ledger.sqlite3"


def check_gui(c: Checks, bundle: Path, work: Path, seeded: Path) -> None:
    """The GUI from the bundle, offscreen: a new ledger (welcome page) and the seeded one."""
    gui = bundle / f"duban-tracker{EXE}"
    env = private_env(work / "home-gui")
    for label, db in (("a new ledger", work / "new.sqlite3"), ("the seeded ledger", seeded)):
        proc = run([gui, "--quit-after-start", "--db", db], env)
        ok = proc.returncode == 0 and "first-paint" in proc.stdout and "Traceback" not in proc.stderr
        c.check(ok, f"duban-tracker --quit-after-start on {label} paints and exits 0", proc.stdout + proc.stderr)


def check_contents(c: Checks, bundle: Path) -> None:
    """Shipped files, translations and the Qt plugins kept."""
    internal = bundle / "_internal"
    for rel in ("data/units.json", "data/sample_plan.txt", "icons/app.svg"):
        c.check((internal / rel).is_file(), f"bundle holds {rel}")
    qt = internal / "PySide6" if sys.platform == "win32" else internal / "PySide6" / "Qt"
    qms = sorted(p.name for p in (qt / "translations").glob("*.qm"))
    c.check({"qtbase_zh_CN.qm", "qt_zh_CN.qm"} <= set(qms) and all("zh_CN" in q for q in qms),
            f"Qt translations: {', '.join(qms)}")
    plugins = sorted(str(p.relative_to(qt / "plugins")) for p in (qt / "plugins").rglob("*") if p.is_file())
    wanted = {"platforms": ("qoffscreen",), "imageformats": ("qsvg",), "iconengines": ("qsvgicon",)}
    if sys.platform.startswith("linux"):
        wanted["platforms"] += ("qxcb",)
        wanted["printsupport"] = ("cupsprintersupport",)
    missing = [f"{kind}/{name}" for kind, names in wanted.items() for name in names
               if not any(p.startswith(kind) and name in p for p in plugins)]
    c.check(not missing, f"Qt plugins ({len(plugins)}): {', '.join(plugins)}", f"missing {missing}")
    unused = [p for p in plugins if p.split(os.sep)[0].split("/")[0] not in spec_plugin_types()]
    c.check(not unused, "no Qt plugin of an unused type", str(unused))


def spec_plugin_types() -> set[str]:
    """The plugin types the spec keeps."""
    text = (ROOT / "tools" / "duban-tracker.spec").read_text("utf-8")
    block = text[text.index("QT_PLUGINS = {"):]
    block = block[:block.index("}\n")]
    return set(re.findall(r'"(\w+)": \{', block))


def check_deb(c: Checks, deb: Path) -> None:
    """``dpkg-deb --info`` and ``--contents`` of the package."""
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True)
    c.check(info.returncode == 0 and "Package: duban-tracker" in info.stdout and "Depends:" in info.stdout,
            "dpkg-deb --info: package name, version, depends", info.stdout + info.stderr)
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True).stdout
    for needle in ("./opt/duban-tracker/duban-tracker", "./opt/duban-tracker/tracker",
                   "./usr/bin/tracker -> /opt/duban-tracker/tracker",
                   "./usr/bin/duban-tracker -> /opt/duban-tracker/duban-tracker",
                   "./usr/share/applications/duban-tracker.desktop",
                   "./usr/share/icons/hicolor/scalable/apps/duban-tracker.svg",
                   "./opt/duban-tracker/_internal/data/units.json"):
        c.check(needle in contents, f"dpkg-deb --contents: {needle}")
    roots = ("./opt/duban-tracker/", "./usr/bin/tracker", "./usr/bin/duban-tracker",
             "./usr/share/applications/duban-tracker.desktop",
             "./usr/share/icons/hicolor/scalable/apps/duban-tracker.svg")
    paths = [ln.split()[5] for ln in contents.splitlines() if len(ln.split()) > 5]
    outside = [p for p in paths if not p.startswith(roots)
               and not (p.endswith("/") and any(r.startswith(p) for r in roots))]
    c.check(not outside, "nothing installed outside /opt/duban-tracker, /usr/bin and the menu and icon folders",
            str(outside[:10]))
    if shutil.which("desktop-file-validate"):
        with tempfile.TemporaryDirectory(prefix="duban-deb-") as tmp:
            subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
            proc = subprocess.run(["desktop-file-validate", f"{tmp}/usr/share/applications/duban-tracker.desktop"],
                                  capture_output=True, text=True)
            c.check(proc.returncode == 0 and not proc.stdout.strip(), "desktop-file-validate: the menu entry is valid",
                    proc.stdout + proc.stderr)


def main(argv: list[str] | None = None) -> int:
    """Build (unless told not to) and check the bundle; 0 when every check passes."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-build", action="store_true", help="check the bundle already in --dist")
    ap.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = ap.parse_args(argv)
    dist = args.dist.resolve()
    if not args.no_build:
        code = build_bundle.main(["--dist", str(dist)])
        if code:
            return code
    bundle = dist / "duban-tracker"
    c = Checks()
    if not c.check((bundle / f"tracker{EXE}").is_file(), f"bundle at {bundle}"):
        return 1
    with tempfile.TemporaryDirectory(prefix="duban-smoke-") as tmp:
        work = Path(tmp)
        seeded = check_cli(c, bundle, work)
        check_gui(c, bundle, work, seeded)
    check_contents(c, bundle)
    if sys.platform.startswith("linux"):
        debs = sorted(dist.glob("duban-tracker_*.deb"), key=lambda p: p.stat().st_mtime)
        if c.check(bool(debs), "a .deb was built"):
            check_deb(c, debs[-1])
    print(f"\nsmoke: {c.passed} passed, {len(c.failures)} failed")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
