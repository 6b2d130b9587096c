"""The command line: ``python -m tracker COMMAND …`` (also the ``tracker`` script).

Each command lives in its own module and registers itself through ``register(sub)``;
this module builds the parser, opens the ledger when a command needs it, and turns
``TrackerError`` into a Chinese message and an exit code (never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from tracker.errors import TrackerError
from tracker.paths import default_ledger_path

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
# Dates the program can compute with (a year of recurring duties and the due-soon window
# are added to an as-of date): years far beyond any deadline are an argument error.
FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2999, 12, 31)
MAX_DAYS = 3650


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` for argparse, with a Chinese message on error."""
    try:
        d = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None
    if not FIRST_DATE <= d <= LAST_DATE:
        raise argparse.ArgumentTypeError(f"日期超出支持的范围（{FIRST_DATE.year}—{LAST_DATE.year} 年）：{text}")
    return d


def parse_position(text: str) -> int:
    """A 1-based position (a milestone's number) for argparse."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"序号应为整数：{text}") from None
    if not 1 <= n <= 2**63 - 1:
        raise argparse.ArgumentTypeError(f"序号超出范围：{text}")
    return n


def parse_days(text: str) -> int:
    """A number of days (0 to 3650) for argparse, with a Chinese message on error."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"天数应为整数：{text}") from None
    if not 0 <= n <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"天数超出范围（0—{MAX_DAYS}）：{text}")
    return n


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it (``COLUMNS``, then the
    terminal, else 80), without importing shutil, which loads bz2 and lzma."""
    import os

    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    # argparse makes a formatter for every argument added; its own default width
    # imports shutil each time the parser is built, for every command.
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message):  # argparse's own messages are English; keep them, add ours
        self.print_usage(sys.stderr)
        print(f"参数错误：{message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


# The module registering each command: running one command builds only its module's
# parsers (building all of them was a third of a small command's time). A command not
# named here, ``-h`` or a mistake builds the whole parser.
COMMAND_MODULES = {
    "extract": "commands_extract",
    **dict.fromkeys(("import-json", "import", "list", "show", "history",
                     "tick", "extend", "terminate", "units"), "commands_ledger"),
    **dict.fromkeys(("edit", "add", "attach", "attachments"), "commands_task"),
    "feedback": "commands_feedback",
    **dict.fromkeys(("report", "export"), "commands_report"),
    **dict.fromkeys(("backup", "restore"), "commands_backup"),
}
_ALL_MODULES = ("commands_extract", "commands_ledger", "commands_task", "commands_feedback", "commands_report",
                "commands_backup")


def _command_word(argv: list[str]) -> str | None:
    """The command named in ``argv`` (after the global ``--db PATH``), or None."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db":
            i += 2
        elif arg.startswith("--db="):
            i += 1
        else:
            return None if arg.startswith("-") else arg
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command-line parser; given ``argv``, only the parsers that command needs."""
    import importlib

    parser = _Parser(prog="tracker", description="督办台账 命令行")
    parser.add_argument("--db", type=Path, default=None, help="台账文件（默认：用户数据目录；环境变量 TRACKER_DB）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    word = _command_word(argv) if argv is not None else None
    modules = (COMMAND_MODULES[word],) if word in COMMAND_MODULES else _ALL_MODULES
    for name in modules:
        importlib.import_module(f"tracker.cli.{name}").register(sub)
    return parser


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the process exit code."""
    _utf8_stdio()
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.db is None:
        args.db = default_ledger_path()
    try:
        return int(args.func(args) or EXIT_OK)
    except TrackerError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: a Chinese message and an exit code, never a traceback
        # A damaged page met by a read (a big ledger is not whole-checked at every open)
        # gets the same Chinese message as damage found when opening.
        sqlite3 = sys.modules.get("sqlite3")
        if sqlite3 is not None and isinstance(exc, sqlite3.DatabaseError):
            from tracker.ledger import translate

            err = translate(exc, args.db)
            print(f"错误：{err}", file=sys.stderr)
            return err.exit_code
        # A fault of the program itself: a message and exit code 1; the traceback goes to the error log.
        from tracker import errorlog

        logged = errorlog.record(exc, f"tracker {' '.join(argv)}")
        where = f"详细信息已记入：{logged}" if logged else "详细信息未能记入日志"
        print(f"程序内部错误（{type(exc).__name__}: {exc}）。台账中已保存的数据不受影响；{where}，"
              "请把这条信息报告给维护人员。", file=sys.stderr)
        return EXIT_INTERNAL
