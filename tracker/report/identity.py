"""Who issues the printed reports: the office, the person printing, a contact and phone.

Asked once (the app's 报表设置 dialog, or ``tracker report-settings``) and kept in a
small INI file beside the user's other settings, so that the app and the command line
print the same 落款. ``TRACKER_CONFIG`` names another file (tests, portable installs).
"""

from __future__ import annotations

import configparser
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from tracker.errors import OutputError

SECTION = "report"
ENV = "TRACKER_CONFIG"


@dataclass(frozen=True)
class ReportIdentity:
    """The 落款 of printed reports; empty fields are left out of the print."""

    organisation: str = ""   # 编制单位 / 发文机关, e.g. 市政府督查室
    printed_by: str = ""     # 打印人
    contact: str = ""        # 联系人
    phone: str = ""          # 联系电话

    def merged(self, **overrides: str | None) -> "ReportIdentity":
        """A copy with the given non-empty values replacing the stored ones."""
        return replace(self, **{k: v.strip() for k, v in overrides.items() if v and v.strip()})

    def is_set(self) -> bool:
        """True once the office's name has been given."""
        return bool(self.organisation)


def config_path() -> Path:
    """The settings file: ``TRACKER_CONFIG``, else ``report.ini`` in the user's config folder."""
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("duban-tracker", appauthor=False)) / "report.ini"


def load_identity(path: Path | None = None) -> ReportIdentity:
    """The stored identity (empty when nothing was saved or the file is unreadable)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path or config_path(), encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return ReportIdentity()
    if not parser.has_section(SECTION):
        return ReportIdentity()
    sec = parser[SECTION]
    return ReportIdentity(**{f.name: sec.get(f.name, "").strip() for f in fields(ReportIdentity)})


def save_identity(identity: ReportIdentity, path: Path | None = None) -> Path:
    """Store ``identity``; returns the file written. Raises TrackerError (Chinese) on failure."""
    target = path or config_path()
    parser = configparser.ConfigParser(interpolation=None)
    parser[SECTION] = {k: v.replace("\n", " ").strip() for k, v in asdict(identity).items()}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            parser.write(fh)
    except OSError as exc:
        raise OutputError(f"无法保存报表设置：{target}（{exc.strerror}）") from None
    return target
