"""Entry point of the frozen command line, ``tracker`` in the bundle.

The command line carries no Qt, so that every command starts fast (Qt's start-up code
would otherwise run in each one). It needs none: the core writes PDF reports itself
(``tracker.report.pdf``), in this process.
"""

import sys

if __name__ == "__main__":
    from tracker.cli import main

    sys.exit(main())
