"""Keep the Qt binding safe on CPython 3.11.

PySide6 6.12 ships one abi3 wheel built for CPython 3.12+, where None, True and False are immortal, so
it returns them from void methods and ``Signal.emit()`` without taking a reference. On CPython 3.11
every such call drops a reference for good, and after some thousands of calls the interpreter aborts
("deallocating None"). Giving these singletons a reference count no session can use up makes 3.11 behave
as 3.12 does. It touches only ``ob_refcnt``, the first field of every CPython object.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 48  # references; a void call a nanosecond would need days to use up 2**48


def protect_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False, NotImplemented, Ellipsis):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:  # once per process
            refcount.value += _HEADROOM
