"""Restore and backup that never lose or hide anything: `emeeting restore` waits for a writer and refuses
while a window has the folder open; a writer that waited through a restore is refused, never writes into
the copy set aside; `emeeting backup` refuses a damaged database; the backup named in a damaged-database
message is one that restores (never one cut short); the printed command survives any folder name; a
damaged document in a backup is named as the backup's damage.

Real processes on real files: the window, the writer and the restore are each `python -m emeeting`.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from emeeting.storage.blobs import sha256_of
from emeeting.storage.store import DB_FILE, WINDOW_LOCK_FILE
from emeeting.ui.shell.folder_lock import LOCK_FILE
from tests.e2e.test_restore import (
    digest,
    garble_header,
    ok,
    references,
    run,
    snapshot,
    the_restore_command,
)

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_lock_is_the_file_the_window_writes() -> None:
    assert WINDOW_LOCK_FILE == LOCK_FILE


def start(data_dir: Path, *args: str, home: Path | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "EMEETING_DATA_DIR"}
    if home is not None:
        env |= {"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    return subprocess.Popen(
        [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
        found = conn.execute(sql).fetchall()
    conn.close()
    return found


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three demo meetings and, as after an upgrade, a database in backups/."""
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    ok(data_dir, "demo", "--meetings", "3")
    (data_dir / "backups").mkdir(exist_ok=True)
    old = data_dir / "backups" / "emeeting-old.db"
    with closing(sqlite3.connect(data_dir / DB_FILE)) as source, closing(sqlite3.connect(old)) as copy:
        source.backup(copy)
    return data_dir


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    shutil.copytree(demo_store, tmp_path / "data")
    return tmp_path / "data"


@pytest.fixture
def backup(store: Path, tmp_path: Path) -> Path:
    ok(store, "backup", str(tmp_path / "backup"))
    return tmp_path / "backup"


# -- a window on the folder ----------------------------------------------------------------------------------


@pytest.fixture
def open_window(store: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    window = start(store, home=tmp_path / "home")
    deadline = time.monotonic() + 60
    while not (store / LOCK_FILE).exists():
        assert window.poll() is None, "the window exited at start"
        assert time.monotonic() < deadline, "the window did not open within a minute"
        time.sleep(0.1)
    yield window
    if window.poll() is None:
        window.kill()
    window.communicate(timeout=30)


def test_restore_is_refused_while_a_window_has_the_folder_open(
    open_window: subprocess.Popen[str], store: Path, backup: Path
) -> None:
    before = snapshot(store)

    refused = run(store, "restore", str(backup))

    assert refused.returncode == 2
    assert "close emeeting windows on this folder first" in refused.stderr
    assert "nothing was restored" in refused.stderr
    assert snapshot(store) == before
    assert open_window.poll() is None

    open_window.send_signal(signal.SIGKILL)  # a window that crashed leaves its lock file: not a window
    open_window.wait(30)
    assert (store / LOCK_FILE).exists()
    restored = run(store, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr


# -- a writer during a restore -------------------------------------------------------------------------------


def test_a_writer_waiting_through_a_restore_is_refused_or_done_before_never_lost(
    store: Path, backup: Path, good_pdf: Path
) -> None:
    """The writer (attach: documents first, then one transaction) waits for SQLite's write lock, which the
    test holds; the restore must wait for it too, not swap the file under the writer. When the lock is let
    go, either the writer commits first (its document is in the copy kept, as everything before a restore
    is) or the restore does, and the writer, holding the old file, is refused: it must not report success
    with its document in the copy set aside."""
    db = store / DB_FILE
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        writer = start(store, "attach", "ICT:1/2569", "1", str(good_pdf))
        blob = store / "blobs" / sha256_of(good_pdf)[:2] / sha256_of(good_pdf)[2:4] / sha256_of(good_pdf)
        deadline = time.monotonic() + 120
        while not blob.exists():  # the writer stores the document, then waits for the write lock
            assert writer.poll() is None, writer.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(1.0)
        restorer = start(store, "restore", str(backup))
        time.sleep(2.0)
        assert restorer.poll() is None, "the restore swapped the database while a writer had it locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    written, write_errors = writer.communicate(timeout=120)
    _, restore_errors = restorer.communicate(timeout=120)

    assert restorer.returncode == 0, restore_errors
    (kept,) = store.glob("emeeting-before-restore-*.db")
    attached_kept = rows(kept, "SELECT count(*) FROM documents WHERE file_name = 'good.pdf'")[0][0]
    attached_now = rows(db, "SELECT count(*) FROM documents WHERE file_name = 'good.pdf'")[0][0]
    assert attached_now == 0  # the restored database is the backup's
    if writer.returncode == 0:  # it committed first: its document went aside with everything before
        assert "attached good.pdf" in written
        assert attached_kept == 1
    else:
        assert "was replaced (restored from a backup)" in write_errors, write_errors
        assert "Traceback" not in write_errors
        assert attached_kept == 0
    assert "store is healthy" in ok(store, "check")


# -- backup refuses damage -----------------------------------------------------------------------------------


def garble_page_of(db: Path, table: str) -> None:
    """Damage as a failing disk does: one table's page overwritten, the schema and its version intact."""
    (root, page_size) = rows(
        db,
        "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master "
        f"WHERE name = '{table}'",
    )[0]
    with db.open("r+b") as f:
        f.seek((int(root) - 1) * int(page_size))  # type: ignore[arg-type]
        f.write(b"\xa5" * int(page_size))  # type: ignore[arg-type]


def test_backup_of_a_damaged_database_is_refused_saying_what_to_do(store: Path, tmp_path: Path) -> None:
    garble_page_of(store / DB_FILE, "agenda_items")
    assert "ICT:1/2569" in ok(store, "meetings")  # the store still opens: the damage is further in

    result = run(store, "backup", str(tmp_path / "copy"))

    assert result.returncode == 2
    assert f"no backup was written to {tmp_path / 'copy'}" in result.stderr
    assert "is damaged" in result.stderr
    assert the_restore_command(result.stderr)[-2:] == ["restore", str(store / "backups" / "emeeting-old.db")]
    assert not (tmp_path / "copy" / DB_FILE).exists()
    assert not list((tmp_path / "copy").glob("emeeting.db*")) if (tmp_path / "copy").exists() else True


# -- the backup named is one that restores -------------------------------------------------------------------


def test_a_damaged_database_names_the_newest_backup_that_restores_not_one_cut_short(store: Path) -> None:
    """An upgrade's backup killed half-way or cut by a full disk: newer, but not a backup."""
    backups = store / "backups"
    good = backups / "emeeting-old.db"
    whole = good.read_bytes()
    (backups / "emeeting-0004-20991231T000000.db").write_bytes(b"")  # the disk was full
    (backups / "emeeting-0004-20991230T000000.db").write_bytes(whole[: len(whole) // 3])  # killed
    (backups / "emeeting-0004-20991230T000000.db-journal").write_bytes(b"\x00" * 512)
    (backups / "emeeting-0004-20991229T000000.db").write_bytes(whole[: len(whole) // 2])  # cut, no journal
    later = time.time() + 60
    for path in backups.glob("emeeting-0004-*"):
        os.utime(path, (later, later))
    garble_header(store / DB_FILE)

    message = run(store, "meetings").stderr

    assert f"the newest backup is {good}" in message
    assert the_restore_command(message) == ["--data-dir", str(store), "restore", str(good)]


def test_the_printed_restore_command_works_in_a_shell_whatever_the_folder_is_called(
    store: Path, tmp_path: Path
) -> None:
    odd = tmp_path / 'my $HOME "q" it\'s `dir`'
    shutil.move(store, odd)
    before = references(odd)
    garble_header(odd / DB_FILE)
    message = run(odd, "meetings").stderr
    command = message.split("run: emeeting ", 1)[1].strip()

    restored = subprocess.run(
        ["bash", "-c", f"{shlex.quote(sys.executable)} -m emeeting {command}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )

    assert restored.returncode == 0, restored.stderr
    assert references(odd) == before


# -- a damaged document in a backup --------------------------------------------------------------------------


def test_a_backup_with_a_damaged_document_says_the_damage_is_in_the_backup(store: Path, backup: Path) -> None:
    shutil.rmtree(store / "blobs")  # the documents must come from the backup
    (store / "blobs").mkdir()
    damaged = next(p for p in (backup / "blobs").glob("??/??/*"))
    damaged.write_bytes(damaged.read_bytes()[:-1] + b"!")
    before = snapshot(store)

    result = run(store, "restore", str(backup))

    assert result.returncode == 2
    assert f"the backup {backup} is damaged: its document {damaged.name[:12]}…" in result.stderr
    assert "nothing was restored" in result.stderr
    assert "Traceback" not in result.stderr
    assert {k: v for k, v in snapshot(store).items() if not k.startswith("blobs/")} == before
    assert digest(store / DB_FILE) == before[DB_FILE]
