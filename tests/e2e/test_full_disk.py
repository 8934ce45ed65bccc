"""Errors that say what to do when the disk or the folder is the trouble, as the command line shows them:
a full disk (reading still works; a change says the disk is full and changes nothing), an upgrade that
cannot write its backup (no file left under a backup's name), documents that may not be written, a -wal
removed from under an open store, a read-only folder whose -wal lost its index file.

The full disk is a real one: a tmpfs mounted for the test (root, as in CI), filled to the last byte.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from emeeting.storage.store import DB_FILE, SCHEMA_REVISIONS, is_sound_backup
from tests.e2e.test_restore import run, set_read_only, snapshot
from tests.small_disk import fill, small_disk

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="tmpfs and -wal on Linux")]

FULL = "no space left on the disk holding"


def ok(data_dir: Path, *args: str) -> str:
    result = run(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A meeting exported from another store, with its documents."""
    source = tmp_path / "source"
    ok(source, "demo", "--meetings", "1")
    ok(source, "export", "ICT:1/2569", "-o", str(tmp_path / "meeting.zip"))
    return tmp_path / "meeting.zip"


@pytest.fixture
def full_store(disk: Path) -> Iterator[Path]:
    """Demo meetings on a disk then filled to the last byte."""
    data_dir = disk / "data"
    ok(data_dir, "demo", "--meetings", "2")
    filler = fill(disk)
    yield data_dir
    filler.unlink()


def test_reading_commands_work_on_a_full_disk(full_store: Path) -> None:
    listed = ok(full_store, "meetings")
    assert [line.split()[0] for line in listed.splitlines()] == ["ICT:1/2569", "PMQA:1/2569"]
    assert "ครั้งที่ 1/2569" in ok(full_store, "show", "ICT:1/2569")
    assert "store is healthy" in ok(full_store, "check")
    assert "Traceback" not in run(full_store, "meetings").stderr


def test_attaching_on_a_full_disk_says_the_disk_is_full_and_attaches_nothing(
    full_store: Path, good_pdf: Path
) -> None:
    before = ok(full_store, "show", "ICT:1/2569")

    result = run(full_store, "attach", "ICT:1/2569", "1", str(good_pdf))

    assert result.returncode == 2
    assert f"{FULL} {full_store}: free space and try again; nothing was changed" in result.stderr
    assert "changed or vanished" not in result.stderr
    assert "Traceback" not in result.stderr
    assert ok(full_store, "show", "ICT:1/2569") == before


def test_importing_on_a_full_disk_says_so_and_imports_nothing(disk: Path, package: Path) -> None:
    data_dir = disk / "data"
    ok(data_dir, "meetings")  # an empty store
    filler = fill(disk)

    result = run(data_dir, "import", str(package))

    assert result.returncode == 2
    # Said up front when the package's size is known to exceed the free space, else when a write fails.
    assert f"{FULL} {data_dir}: free space and try again" in result.stderr or "0 MB free" in result.stderr
    assert "nothing was" in result.stderr
    assert "Traceback" not in result.stderr
    assert ok(data_dir, "meetings") == ""
    filler.unlink()


def test_an_upgrade_that_cannot_write_its_backup_leaves_no_file_under_a_backups_name(disk: Path) -> None:
    """A full disk (as a kill) cuts the backup short: nothing under backups/ may look like a backup, and
    the store stays whole at its old schema until there is room."""
    from emeeting.storage.store import Store
    from tests.storage.test_store import add_people, create_at_revision

    data_dir = disk / "data"
    create_at_revision(data_dir, SCHEMA_REVISIONS[-2])
    with sqlite3.connect(data_dir / DB_FILE) as db:  # enough rows that the copy cannot fit
        db.execute("CREATE TABLE ballast (x BLOB)")
        db.executemany("INSERT INTO ballast VALUES (randomblob(4000))", [()] * 400)
    db.close()
    filler = fill(disk)
    os.truncate(filler, filler.stat().st_size - 256 * 1024)  # room for a little, not for a copy

    result = run(data_dir, "meetings")

    assert result.returncode == 2
    assert "was not upgraded: cannot back it up in" in result.stderr
    assert FULL in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == []
    filler.unlink()
    ok(data_dir, "meetings")
    (backup,) = (data_dir / "backups").iterdir()
    assert backup.suffix == ".db" and is_sound_backup(backup)
    add_people(Store.open(data_dir), "สมชาย")  # upgraded and writable


def test_documents_that_may_not_be_written_say_so(tmp_path: Path, package: Path) -> None:
    from tests.e2e.test_restore import _held_to_file_permissions

    data_dir = tmp_path / "data"
    ok(data_dir, "meetings")
    set_read_only(data_dir / "blobs", True)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), "import", str(package)],
            capture_output=True,
            text=True,
            timeout=180,
            preexec_fn=_held_to_file_permissions,
        )
    finally:
        set_read_only(data_dir / "blobs", False)

    assert result.returncode == 2
    assert f"cannot write documents in {data_dir / 'blobs'}: permission denied" in result.stderr
    assert "Traceback" not in result.stderr
    assert ok(data_dir, "meetings") == ""


# -- the files beside the database ---------------------------------------------------------------------------

HOLDING_WRITER = (
    "import sqlite3, sys, time\n"
    "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "db.execute('PRAGMA journal_mode=WAL')\n"
    "db.execute(\"UPDATE meetings SET place = 'ห้องประชุมใหม่'\")\n"
    "print('written', flush=True)\n"
    "time.sleep(120)\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    ok(data_dir, "demo", "--meetings", "2")
    return data_dir


def test_a_wal_removed_from_under_an_open_store_says_what_to_do(store: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLDING_WRITER, str(store / DB_FILE)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "written\n"
        (store / (DB_FILE + "-wal")).unlink()  # a cleaner, a sync tool, a user tidying up

        result = run(store, "meetings")

        assert result.returncode == 2
        assert (
            f"{DB_FILE}-wal, which holds the latest changes to {store / DB_FILE}, was removed"
            in result.stderr
        )
        assert "close every emeeting window and command" in result.stderr
        assert "disk I/O error" not in result.stderr
    finally:
        writer.send_signal(signal.SIGTERM)
        writer.communicate(timeout=30)


def test_a_read_only_folder_with_a_wal_but_no_index_says_what_to_do(store: Path) -> None:
    from tests.e2e.test_restore import _held_to_file_permissions

    killed_writer = HOLDING_WRITER.replace("time.sleep(120)", "import os, signal; os.kill(os.getpid(), 9)")
    subprocess.run([sys.executable, "-c", killed_writer, str(store / DB_FILE)], check=False, timeout=60)
    assert (store / (DB_FILE + "-wal")).stat().st_size > 0
    (store / (DB_FILE + "-shm")).unlink(missing_ok=True)
    set_read_only(store, True)
    try:
        before = snapshot(store)
        result = subprocess.run(
            [sys.executable, "-m", "emeeting", "--data-dir", str(store), "meetings"],
            capture_output=True,
            text=True,
            timeout=180,
            preexec_fn=_held_to_file_permissions,
        )
        assert result.returncode == 2
        assert f"its latest changes are still in {DB_FILE}-wal" in result.stderr
        assert "open the folder once where it may be written" in result.stderr
        assert snapshot(store) == before
    finally:
        set_read_only(store, False)
    time.sleep(0)  # nothing left running


def test_a_change_to_the_database_on_a_full_disk_says_the_disk_is_full(disk: Path) -> None:
    from emeeting.domain import model as m
    from emeeting.domain.errors import StoreError
    from emeeting.storage.store import Store

    store = Store.open(disk / "data")
    with store.transaction() as repo:
        repo.insert(m.Person("ก่อน", "ทดสอบ"))
    filler = fill(disk)

    with pytest.raises(StoreError) as refused, store.transaction() as repo:
        repo.insert(m.Person("หลัง", "ทดสอบ"))

    assert str(refused.value).startswith(f"{FULL} {disk / 'data'}: free space and try again")
    with store.read() as repo:  # and reading goes on
        assert [p.first_name for p in repo.select(m.Person)] == ["ก่อน"]
    filler.unlink()
    with store.transaction() as repo:
        repo.insert(m.Person("หลัง", "ทดสอบ"))
