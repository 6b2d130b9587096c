"""Errors the core raises with a message meant for the user (in Chinese).

Each kind has its own exit code for the command line; the README lists them. Raise a
subclass, never ``TrackerError`` itself: exit code 1 is kept for the program's own
faults (an unexpected error, reported without a traceback).
"""


class TrackerError(Exception):
    """Base of every error whose message can be shown to the user as it is."""

    exit_code = 1


class UsageError(TrackerError):
    """An argument the user gave cannot be used (a bad week, an empty reason, a number out of range)."""

    exit_code = 2


class InputError(TrackerError):
    """The input file or text cannot be read as a document (empty, binary, unknown kind)."""

    exit_code = 3


class LedgerError(TrackerError):
    """The ledger file cannot be used (not a ledger, corrupt, newer version, read-only, busy)."""

    exit_code = 4


class NotFoundError(TrackerError):
    """A task, unit or document named on the command line does not exist."""

    exit_code = 5


class OutputError(TrackerError):
    """A report or export could not be written (disk full, unwritable path, renderer failed)."""

    exit_code = 7


class StateError(TrackerError):
    """The action does not apply to the task as it now stands (all done, terminated, nothing to undo)."""

    exit_code = 8


class ValueRefusedError(UsageError):
    """A value the user gave is refused (a completion date in the future, an unknown role)."""

    exit_code = 2
