"""The desktop app (PySide6): widgets, models and dialogs over the ``tracker`` core.

No SQL and no parsing here: everything the window shows comes from the core.
"""
