"""The application and the command line on one data folder, as real processes: a window open on the folder
holds nobody up, a second window says that another one has the folder open, and a window that crashed
leaves no warning behind. That a write from another process never silently undoes an edit is shown in
tests/ui/test_stale_edit.py (the window) and tests/services/test_concurrency.py (two stores on one file)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from emeeting.services.container import Services
from emeeting.ui.shell.folder_lock import LOCK_FILE
from tests.conftest import fill_demo

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WARNING = "smoke: another emeeting window has this data folder open"


def environment(home: Path) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if k != "EMEETING_DATA_DIR"},
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),  # the user's settings stay untouched
        "HOME": str(home),
    }


def emeeting(data_dir: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def demo_dir(services: Services, data_dir: Path) -> Path:
    fill_demo(services)
    services.close()
    return data_dir


@pytest.fixture
def open_window(demo_dir: Path, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`emeeting` (the window) running on the folder, until the test kills it."""
    window = subprocess.Popen(
        [sys.executable, "-m", "emeeting", "--data-dir", str(demo_dir)],
        cwd=ROOT,
        env=environment(tmp_path / "first"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not (demo_dir / LOCK_FILE).exists():
        assert window.poll() is None, "the window exited at start"
        assert time.monotonic() < deadline, "the window did not open within a minute"
        time.sleep(0.1)
    yield window
    if window.poll() is None:
        window.kill()
    window.wait(30)


def test_a_window_alone_is_not_warned_and_leaves_no_lock(demo_dir: Path, tmp_path: Path) -> None:
    result = emeeting(demo_dir, tmp_path, "smoke")
    assert result.returncode == 0, result.stderr
    assert WARNING not in result.stdout
    assert not (demo_dir / LOCK_FILE).exists()  # let go when the window closed


def test_a_second_window_is_warned_and_the_command_line_is_not_held_up(
    open_window: subprocess.Popen[bytes], demo_dir: Path, tmp_path: Path, good_pdf: Path
) -> None:
    second = emeeting(demo_dir, tmp_path, "smoke")
    assert second.returncode == 0, second.stderr  # allowed: the second window opens and shows the store
    assert second.stdout.splitlines() == [
        "smoke: 6 meetings, first meeting shows 8 agenda items",
        WARNING,
    ]

    listed = emeeting(demo_dir, tmp_path, "meetings")
    assert listed.returncode == 0, listed.stderr
    attached = emeeting(demo_dir, tmp_path, "attach", "ICT:1/2569", "1", str(good_pdf))
    assert attached.returncode == 0, attached.stderr
    assert "attached good.pdf" in attached.stdout
    assert open_window.poll() is None  # the first window is still open


def test_a_window_that_crashed_leaves_no_warning_behind(
    open_window: subprocess.Popen[bytes], demo_dir: Path, tmp_path: Path
) -> None:
    open_window.send_signal(signal.SIGKILL)  # no chance to let go of anything
    open_window.wait(30)
    assert (demo_dir / LOCK_FILE).exists()

    result = emeeting(demo_dir, tmp_path, "smoke")
    assert result.returncode == 0, result.stderr
    assert WARNING not in result.stdout
