"""The desktop app (PySide6): widgets, models and dialogs over the ``tracker`` core.

No SQL and no parsing here: everything the window shows comes from the core.
"""

import sys


def _pin_none() -> None:
    """Work around PySide6 6.12.0's abi3 wheel on Python < 3.12: every call of a
    void C++ method drops one reference to ``None`` without taking it (None is immortal
    only from 3.12 on), so after a few thousand calls Python aborts with
    "none_dealloc". Giving None a huge reference count makes that unreachable; it is
    a no-op on 3.12+, where None's count is never changed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48


_pin_none()
