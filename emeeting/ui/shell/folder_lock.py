"""Knowing that another emeeting window has the same data folder open.

Two windows on one store may both write: every edit names what it was based on, so a stale one is refused
rather than applied, but the user should know why their screen may be overtaken. The main window takes
a lock file in the data folder while it is open; a window that finds it held by a running emeeting warns.

The lock only informs: it never stops a window from opening, and the command line never looks at it. A
lock left by a crashed process is taken over (Qt checks whether the process that wrote it still runs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from emeeting.storage.store import WINDOW_LOCK_FILE as LOCK_FILE  # restore reads it too


class DataFolderLock:
    """The data folder's "a window has this open" mark; ``claim()`` says whether another window has it."""

    def __init__(self, data_dir: Path) -> None:
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        # Never stale by age: a window may stay open for weeks. Only a holder that no longer runs loses it.
        self._lock.setStaleLockTime(0)

    def claim(self) -> bool:
        """Take the mark if it is free; False when a running emeeting window holds it.

        A folder where the mark cannot be written (read-only) gives True: nothing is known of others."""
        if self._lock.tryLock(0):
            return True
        return self._lock.error() is not QLockFile.LockError.LockFailedError

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
