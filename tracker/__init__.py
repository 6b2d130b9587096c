"""督办台账 core: extraction, the ledger, deadline logic, reports and the command line.

Nothing in this package imports Qt; the desktop app in ``ui/`` is a thin view over it.
"""

__version__ = "0.1.0"
