"""Entry point of the frozen desktop program, ``duban-tracker`` in the bundle.

``duban-tracker -m MODULE ARGS…`` runs a module of the bundle as ``python -m`` would: the
command line (which carries no Qt) uses it to render PDFs with ``ui.report_pdf``.
Anything else starts the app (``main.py``).
"""

import runpy
import sys

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "-m":
        module = sys.argv[2]
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        sys.exit(0)
    from main import main

    sys.exit(main())
