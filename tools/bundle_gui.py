"""Entry point of the frozen desktop program, ``duban-tracker`` in the bundle: the app
(``main.py``)."""

import sys

if __name__ == "__main__":
    from main import main

    sys.exit(main())
