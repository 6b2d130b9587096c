"""Entry point of the frozen command line, ``tracker`` in the bundle.

The command line carries no Qt, so that every command starts fast (Qt's start-up code
would otherwise run in each one). The core renders PDFs by running ``sys.executable -m
ui.report_pdf …`` as a child process; in the bundle ``sys.executable`` is this program, so
``tracker -m MODULE ARGS…`` hands the module to the GUI program beside it, which holds Qt
and runs it as ``python -m`` would, and returns its exit code.
"""

import subprocess
import sys
from pathlib import Path

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "-m":
        gui = Path(sys.executable).with_name("duban-tracker" + Path(sys.executable).suffix)
        sys.exit(subprocess.call([str(gui), *sys.argv[1:]]))
    from tracker.cli import main

    sys.exit(main())
