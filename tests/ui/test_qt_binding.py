"""The application survives the Qt binding's reference-count bug on CPython 3.11.

PySide6 6.12.0 returns None from void methods and True from ``Signal.emit()`` without taking a
reference (see emeeting/ui/widgets/qt_compat.py). Without protection, CPython 3.11 aborts after some thousands
of such calls. The test runs far more calls than None and True have references, in a child process so that
an abort is seen as an exit status instead of killing the test run.
"""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import sys
calls = 4 * max(sys.getrefcount(None), sys.getrefcount(True), 10_000)  # more than they have references

import emeeting.ui  # what every Qt user in the application imports first
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    fired = Signal(int)

emitter = Emitter()
received = []
emitter.fired.connect(received.append)
for n in range(calls):
    emitter.setObjectName("emitter")  # a void method
    emitter.fired.emit(n)
assert len(received) == calls
print("ok", calls)
"""


def test_many_void_calls_and_emits_do_not_abort_the_interpreter() -> None:
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok ")
