"""A small real disk for tests of a full disk: a tmpfs mounted for the test (root only, as in CI), so that
writes fail with ENOSPC exactly as on a full drive (RLIMIT_FSIZE would give EFBIG, which users never see).
Always unmounted afterwards, even when the test fails."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "24m") -> Iterator[Path]:
    """``folder`` as the mount point of a fresh tmpfs of ``size``; skipped where that cannot be done."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a small disk is a tmpfs mounted for the test: that needs root on Linux (as in CI)")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (no CAP_SYS_ADMIN?): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], capture_output=True, check=False)


def fill(disk: Path) -> Path:
    """Take every free byte of ``disk``; returns the file holding them (remove it to free the space)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (1 << 16, 1 << 12, 1):
            block = b"\0" * size
            try:
                while os.write(fd, block):
                    pass
            except OSError as e:
                if e.errno != errno.ENOSPC:
                    raise
    finally:
        os.close(fd)
    return filler
