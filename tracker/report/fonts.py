"""A CJK font for PDF reports, found on this computer at run time (none is shipped).

Song-style (宋体) faces first, as offices print; then Hei-style. TrueType/OpenType files
and collections (.ttc, with the Simplified Chinese face picked by its name) are read by
fpdf2 through fontTools. ``TRACKER_CJK_FONT`` names a file to use instead.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

# (file name, face name inside a collection or None, style); best first.
CANDIDATES = (
    ("simsun.ttc", "SimSun", "serif"), ("simsun.ttf", None, "serif"),
    ("Songti.ttc", "Songti SC", "serif"),
    ("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "serif"),
    ("NotoSerifCJKsc-Regular.otf", None, "serif"), ("SourceHanSerifSC-Regular.otf", None, "serif"),
    ("NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "sans"),
    ("NotoSansCJKsc-Regular.otf", None, "sans"), ("SourceHanSansSC-Regular.otf", None, "sans"),
    ("msyh.ttc", "Microsoft YaHei", "sans"), ("msyh.ttf", None, "sans"), ("simhei.ttf", None, "sans"),
    ("PingFang.ttc", "PingFang SC", "sans"),
    ("wqy-microhei.ttc", "WenQuanYi Micro Hei", "sans"), ("wqy-zenhei.ttc", "WenQuanYi Zen Hei", "sans"),
    ("uming.ttc", "AR PL UMing CN", "serif"), ("DroidSansFallbackFull.ttf", None, "sans"),
)
# The bold face of a regular file, when the family ships one.
BOLD = {"NotoSerifCJK-Regular.ttc": "NotoSerifCJK-Bold.ttc", "NotoSansCJK-Regular.ttc": "NotoSansCJK-Bold.ttc",
        "NotoSerifCJKsc-Regular.otf": "NotoSerifCJKsc-Bold.otf", "NotoSansCJKsc-Regular.otf": "NotoSansCJKsc-Bold.otf",
        "SourceHanSerifSC-Regular.otf": "SourceHanSerifSC-Bold.otf",
        "SourceHanSansSC-Regular.otf": "SourceHanSansSC-Bold.otf", "msyh.ttc": "msyhbd.ttc"}
ENV = "TRACKER_CJK_FONT"


@dataclass(frozen=True)
class FontFile:
    """One face: a file and, in a collection, the face's index."""

    path: Path
    index: int = 0


@dataclass(frozen=True)
class CjkFonts:
    """The regular face for body text and a bold face (the regular one when none)."""

    regular: FontFile
    bold: FontFile


def font_dirs() -> list[Path]:
    """Where fonts are installed on Windows, macOS and Linux."""
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts"),
                home / "Library" / "Fonts"]
    dirs = [home / ".local" / "share" / "fonts", home / ".fonts", Path("/usr/local/share/fonts"),
            Path("/usr/share/fonts")]
    for extra in os.environ.get("XDG_DATA_DIRS", "").split(os.pathsep):
        if extra:
            dirs.append(Path(extra) / "fonts")
    return dirs


def _index_of(path: Path, face: str | None) -> int | None:
    """The index of ``face`` in a collection (0 for a single font); None if it is absent."""
    if path.suffix.lower() != ".ttc" or face is None:
        return 0
    try:
        from fontTools.ttLib import TTCollection

        with TTCollection(str(path), lazy=True) as coll:
            for i, font in enumerate(coll.fonts):
                if font["name"].getDebugName(1) == face:
                    return i
    except Exception:  # noqa: BLE001 - a font file on the machine is foreign input and fontTools raises
        # many kinds for a damaged one; that collection is skipped (another font is looked for), not fatal.
        log.info("font collection %s is unreadable", path, exc_info=True)
        return None
    return None


def _find(name: str, dirs: list[Path]) -> Path | None:
    for d in dirs:
        if not d.is_dir():
            continue
        direct = d / name
        if direct.is_file():
            return direct
        for hit in d.rglob(name):
            if hit.is_file():
                return hit
    return None


@lru_cache(maxsize=4)
def find_cjk_fonts(dirs: tuple[Path, ...] | None = None) -> CjkFonts | None:
    """The best installed CJK font (and its bold face), or None when there is none."""
    env = os.environ.get(ENV)
    if env and Path(env).is_file():
        f = FontFile(Path(env), 0)
        return CjkFonts(f, f)
    search = list(dirs) if dirs is not None else font_dirs()
    for name, face, _style in CANDIDATES:
        path = _find(name, search)
        if path is None:
            continue
        index = _index_of(path, face)
        if index is None:
            continue
        regular = FontFile(path, index)
        bold = regular
        bold_name = BOLD.get(name)
        bold_path = path.with_name(bold_name) if bold_name else None
        if bold_path is not None and bold_path.is_file():
            bold_index = _index_of(bold_path, face)
            if bold_index is not None:
                bold = FontFile(bold_path, bold_index)
        return CjkFonts(regular, bold)
    return None
