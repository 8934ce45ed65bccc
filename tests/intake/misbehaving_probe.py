"""A stand-in probe worker that misbehaves on request, for tests of the parent's recovery.

Run as a script (``python misbehaving_probe.py --memory-mb ...``). It is the real worker, except that the
file name decides what happens first:

* ``hang*``  - never answers (sleeps), like a PDF that sends the parser into an endless loop;
* ``crash*`` - the process is killed outright (SIGKILL / TerminateProcess), like the kernel's OOM killer;
* ``spin*``  - burns CPU forever (for the worker's own CPU-time limit);
* ``hog*``   - allocates 2 GiB, which must fail under the worker's memory limit (if it does not, the real
  worker then reads the file normally, and the test notices the missing limit).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from typing import Any

from emeeting.intake import probe

_real_probe_pdf = probe.probe_pdf


def _misbehaving_probe_pdf(path: str, **kwargs: Any) -> tuple[int, str]:
    name = os.path.basename(path)
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("crash"):
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
    while name.startswith("spin"):
        pass
    if name.startswith("hog"):
        hog = bytearray(2 * 1024**3)
        hog[-1] = 1
    return _real_probe_pdf(path, **kwargs)


if __name__ == "__main__":
    probe.probe_pdf = _misbehaving_probe_pdf
    sys.exit(probe.run_probe_worker(sys.argv[1:]))
