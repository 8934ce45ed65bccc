"""`emeeting smoke` as a real process: the window shows the meeting list and the first meeting's agenda."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from emeeting.services.container import Services
from tests.conftest import fill_demo

ROOT = Path(__file__).resolve().parents[2]


def run_smoke(data_dir: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),  # the user's settings stay untouched
        "HOME": str(home),
        "LANG": "th_TH.UTF-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), "smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_shows_the_demo_meetings(services: Services, data_dir: Path, tmp_path: Path) -> None:
    fill_demo(services)
    services.close()
    result = run_smoke(data_dir, tmp_path)
    assert result.returncode == 0, result.stderr
    # The navigator shows HR 1/2569 first, with the plain Thai agenda: 1, 1.1, 1.2, 2, 2.1, 3, 4, 5.
    assert result.stdout.strip().splitlines() == ["smoke: 6 meetings, first meeting shows 8 agenda items"]
    assert "Traceback" not in result.stderr
    assert (data_dir / "logs" / "emeeting.log").is_file()  # where unexpected errors would be logged


def test_smoke_on_an_empty_store(data_dir: Path, tmp_path: Path) -> None:
    result = run_smoke(data_dir, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "smoke: 0 meetings (the store is empty)"


def test_smoke_refuses_a_store_written_by_a_newer_version(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    services.close()
    with sqlite3.connect(data_dir / "emeeting.db") as db:
        db.execute("UPDATE alembic_version SET version_num='9999'")
    db.close()
    result = run_smoke(data_dir, tmp_path)
    assert result.returncode == 2
    assert "newer version of emeeting" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
