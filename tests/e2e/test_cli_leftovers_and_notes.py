"""Small things the command line owes its user: an export killed half-way leaves nothing behind once the
next export to that file has run; `sync --status` only reads, so a read-only data folder answers it;
certified minutes asked for in another language say on stderr that they print as certified."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_restore import _held_to_file_permissions, ok, run, set_read_only

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Demo meetings, the Thai committee's first one certified (the demo certifies by date)."""
    from datetime import UTC, datetime

    from emeeting.domain import model as m
    from emeeting.services.container import Services

    data_dir = tmp_path_factory.mktemp("demo") / "data"
    ok(data_dir, "demo", "--meetings", "3")
    with Services.open(data_dir, actor="secretary") as services:
        meeting = services.meetings.resolve(THAI_MEETING)
        if services.minutes.frozen(meeting.id) is None:
            services.minutes.certify(meeting.id, m.CertificationMethod.SAME_MEETING, datetime.now(UTC))
    return data_dir


THAI_MEETING = "ICT:1/2569"


def certified_meeting(data_dir: Path) -> str:
    assert f"{THAI_MEETING} " in ok(data_dir, "meetings")
    return THAI_MEETING


def test_the_next_export_to_a_file_removes_what_a_killed_export_left(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    killed = out / ".x.zip.k3j2h1ab.tmp"  # what tempfile left when the export was killed (kill -9)
    killed.write_bytes(b"PK\x03\x04 half a package")
    others = [out / ".y.zip.k3j2h1ab.tmp", out / "x.zip.tmp", out / ".x.zip.notes"]  # not leftovers of x.zip
    for other in others:
        other.write_bytes(b"someone else's")

    ok(demo, "export", certified_meeting(demo), "-o", str(out / "x.zip"))

    assert sorted(p.name for p in out.iterdir()) == sorted(["x.zip", *(p.name for p in others)])


def test_sync_status_answers_in_a_read_only_folder(demo: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(demo, folder)
    set_read_only(folder, True)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "emeeting", "--data-dir", str(folder), "sync", "--status"],
            capture_output=True,
            text=True,
            timeout=180,
            preexec_fn=_held_to_file_permissions,
            env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        )
        refused = subprocess.run(
            [sys.executable, "-m", "emeeting", "--data-dir", str(folder), "sync", "--server", "http://x"],
            capture_output=True,
            text=True,
            timeout=180,
            preexec_fn=_held_to_file_permissions,
            env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        )
    finally:
        set_read_only(folder, False)
    assert result.returncode == 0, result.stderr
    assert "conflict copies to look at" in result.stdout
    assert "is read-only" in result.stderr
    assert refused.returncode == 2  # syncing writes: still refused up front
    assert "read-only: nothing can be changed" in refused.stderr


def test_certified_thai_minutes_asked_for_in_english_say_they_print_as_certified(
    demo: Path, tmp_path: Path
) -> None:
    meeting = certified_meeting(demo)
    pdf = tmp_path / "minutes.pdf"

    result = run(demo, "minutes", meeting, "--lang", "en", "-o", str(pdf))

    assert result.returncode == 0, result.stderr
    assert "are certified in Thai; they are printed as certified, not in English" in result.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "รายงานการประชุม" in text  # the frozen text, as certified
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Title:           รายงานการประชุม" in info  # the file's title too: no English wrapping
    assert "certified in" not in run(demo, "minutes", meeting, "-o", str(pdf)).stderr  # asked in Thai: quiet
