"""Entry point of the frozen command line, ``tracker`` in the bundle.

In the bundle ``sys.executable`` is this program, not a Python interpreter, yet the core
runs Qt-using helpers as ``sys.executable -m MODULE …`` (the PDF renderer) to keep Qt out
of its own process. So ``tracker -m MODULE ARGS…`` runs that bundled module as
``__main__``, as ``python -m`` would; anything else is the command line.
"""

import runpy
import sys

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "-m":
        module = sys.argv[2]
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        sys.exit(0)
    from tracker.cli import main

    sys.exit(main())
