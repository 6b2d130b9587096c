"""Errors the core raises with a message meant for the user (in Chinese)."""


class TrackerError(Exception):
    """Base of every error whose message can be shown to the user as it is."""

    exit_code = 1


class InputError(TrackerError):
    """The input file or text cannot be read as a document (empty, binary, unknown kind)."""

    exit_code = 3


class LedgerError(TrackerError):
    """The ledger file cannot be used (not a ledger, corrupt, newer version, read-only)."""

    exit_code = 4


class NotFoundError(TrackerError):
    """A task, unit or document named on the command line does not exist."""

    exit_code = 5


class ValueRefusedError(TrackerError):
    """A value the user gave is refused (a completion date in the future, an unknown role)."""

    exit_code = 2
