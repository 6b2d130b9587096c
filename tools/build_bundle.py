"""Build the desktop bundle on this machine: ``python tools/build_bundle.py``.

Makes ``dist/duban-tracker/``, one folder holding the GUI (``duban-tracker``) and the
command line (``tracker``) frozen by PyInstaller from ``tools/duban-tracker.spec``. On
Linux it also makes ``dist/duban-tracker_VERSION_ARCH.deb`` for Debian-based desktops
(统信 UOS, 银河麒麟 Kylin): the folder under ``/opt/duban-tracker``, both programs on
PATH through ``/usr/bin`` links, a menu entry and its icon. On Windows the folder is what
``tools/duban-tracker.iss`` (Inno Setup) wraps into an installer.

The bundle runs on systems like the one it was built on, or newer: build on the oldest
system the offices run (the .deb states the C library version it needs).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "tools" / "duban-tracker.spec"
NAME = "duban-tracker"
INSTALL_DIR = f"/opt/{NAME}"
# Libraries the bundle takes from the system rather than carrying (PyInstaller leaves the
# C library and the graphics drivers' libraries to the system; the X11 display plugin needs
# a few xcb helpers); libfontconfig1 brings the system's font configuration (/etc/fonts),
# without which the bundled fontconfig finds no font. Package names are Debian's, shared
# by UOS and Kylin. The fonts are the system's, as from source: a CJK one is recommended.
DEB_DEPENDS = ["libgl1", "libegl1", "libfontconfig1", "libxcb1", "libxcb-icccm4", "libxcb-keysyms1"]
DEB_RECOMMENDS = ["fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"]
DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=督办台账
Name[zh_CN]=督办台账
GenericName=Task Supervision Ledger
GenericName[zh_CN]=督办任务台账
Comment=Track tasks, responsible units and deadlines of official documents
Comment[zh_CN]=导入公文，按期限督办各责任单位的任务
Exec=/usr/bin/{name}
Icon={name}
Terminal=false
Categories=Office;ProjectManagement;
Keywords=督办;台账;公文;任务;
StartupWMClass={name}
"""


def project_version() -> str:
    """The version declared in pyproject.toml."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def folder_size(path: Path) -> int:
    """Bytes of the regular files under ``path`` (links not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def render_ico(svg: Path, ico: Path) -> None:
    """The Windows program icon: ``svg`` rendered at 256×256 into an .ico, which Windows
    scales for smaller views (Qt's own ICO writer, so no image library is added for this)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - painting needs one
    renderer = QSvgRenderer(str(svg))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    ico.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(ico), "ICO"):
        raise SystemExit(f"could not write {ico}")


def freeze(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is not installed: pip install -e '.[bundle]'") from None
    # This checkout's code first, also in the helper processes PyInstaller starts to list
    # the app's modules (an editable install elsewhere must not stand in for it).
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    if sys.platform == "win32":
        ico = work / "app.ico"
        render_ico(ROOT / "icons" / "app.svg", ico)
        env["DUBAN_ICON"] = str(ico)
    log = work / "pyinstaller.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    print(f"freezing with PyInstaller (a few minutes; log: {log})", flush=True)
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                               "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)],
                              cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        print("".join(log.read_text("utf-8", errors="replace").splitlines(keepends=True)[-40:]), file=sys.stderr)
        raise SystemExit(f"PyInstaller failed (exit {proc.returncode}); full log: {log}")
    return dist / NAME


def glibc_needed(folder: Path) -> str | None:
    """The newest GLIBC symbol version any file of the bundle needs (readelf), or None."""
    if not shutil.which("readelf"):
        return None
    newest: tuple[int, ...] = ()
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["readelf", "-V", "-W", str(path)], capture_output=True, text=True).stdout
        for version in re.findall(r"Name: GLIBC_([0-9.]+)", out):
            newest = max(newest, tuple(int(x) for x in version.split(".")))
    return ".".join(map(str, newest)) if newest else None


def build_deb(bundle: Path, dist: Path, work: Path, version: str) -> Path:
    """Package ``bundle`` as a .deb with dpkg-deb; returns its path."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    stage = work / "deb" / f"{NAME}_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / INSTALL_DIR.lstrip("/"), symlinks=True)
    bindir = stage / "usr" / "bin"
    bindir.mkdir(parents=True)
    for program in ("tracker", NAME):
        (bindir / program).symlink_to(f"{INSTALL_DIR}/{program}")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{NAME}.desktop").write_text(DESKTOP_ENTRY.format(name=NAME), "utf-8")
    icons = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copyfile(ROOT / "icons" / "app.svg", icons / f"{NAME}.svg")

    depends = list(DEB_DEPENDS)
    glibc = glibc_needed(bundle)
    depends.insert(0, f"libc6 (>= {glibc})" if glibc else "libc6")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: 督办台账 developers <duban-tracker@localhost>\n"
        f"Installed-Size: {folder_size(stage) // 1024}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(DEB_RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {project['description']}\n"
        " 导入公文（通知、实施方案），提取任务、责任单位和完成时限，存入本地台账，\n"
        " 按期限督办并打印周报。离线运行。Includes the GUI (duban-tracker) and the\n"
        " command line (tracker).\n", "utf-8")
    deb = dist / f"{NAME}_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(deb)], check=True,
                   stdout=subprocess.DEVNULL)
    return deb


def main(argv: list[str] | None = None) -> int:
    """Build the bundle (and on Linux the .deb); print where they are and their sizes."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "bundle", help="work folder (default: build/bundle/)")
    ap.add_argument("--no-deb", action="store_true", help="on Linux, make the folder only")
    args = ap.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    bundle = freeze(dist, work)
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.1f} MB)")
    if sys.platform.startswith("linux") and not args.no_deb:
        if not shutil.which("dpkg-deb"):
            print("dpkg-deb not found: no .deb made (apt-get install dpkg-dev)", file=sys.stderr)
            return 1
        deb = build_deb(bundle, dist, work, project_version())
        print(f"deb: {deb} ({deb.stat().st_size / 2**20:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
