"""What restore and backup rely on, on real files: a writer whose database was replaced while it waited for
the write lock is refused and writes nowhere; the window's lock tells a running window from one that is
gone; a backup file is written whole or not at all."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import StoreError
from emeeting.storage.store import (
    DB_FILE,
    WINDOW_LOCK_FILE,
    Store,
    is_sound_backup,
    newest_backup,
    window_open,
    write_backup_file,
)


def names(db: Path) -> set[str]:
    with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        return {first for (first,) in conn.execute("SELECT first_name FROM people")}


def test_a_writer_whose_database_was_replaced_while_it_waited_is_refused_and_writes_nowhere(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as repo:
        repo.insert(m.Person("ก่อน", "ทดสอบ"))
    write_backup_file(store.db_path, tmp_path / "replacement.db")
    holder = sqlite3.connect(store.db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # as restore holds it while it swaps the files
    outcome: list[BaseException | None] = []

    def write() -> None:
        try:
            with store.transaction() as repo:
                repo.insert(m.Person("หลัง", "ทดสอบ"))
        except BaseException as e:  # the test reports whatever happened
            outcome.append(e)
        else:
            outcome.append(None)

    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(0.5)  # it has opened the database and waits for the lock
    kept = store.data_dir / "emeeting-before-restore.db"
    os.link(store.db_path, kept)  # what restore does under the lock: the old file aside, the copy in
    for suffix in ("-wal", "-shm"):
        if Path(f"{store.db_path}{suffix}").exists():
            os.replace(f"{store.db_path}{suffix}", f"{kept}{suffix}")
    os.replace(tmp_path / "replacement.db", store.db_path)
    holder.execute("ROLLBACK")
    holder.close()
    writer.join(30)

    assert len(outcome) == 1 and isinstance(outcome[0], StoreError), outcome
    assert "was replaced (restored from a backup) while this change waited" in str(outcome[0])
    assert names(kept) == {"ก่อน"}  # nothing written into the copy set aside
    assert names(store.db_path) == {"ก่อน"}
    with store.transaction() as repo:  # the next change goes to the database now in place
        repo.insert(m.Person("ใหม่", "ทดสอบ"))
    assert names(store.db_path) == {"ก่อน", "ใหม่"}


# -- the window's lock ---------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_the_window_lock_is_held_only_while_its_process_holds_it(tmp_path: Path) -> None:
    lock = tmp_path / WINDOW_LOCK_FILE
    assert not window_open(tmp_path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, socket, sys, time\n"
            "f = open(sys.argv[1], 'w')\n"
            "f.write(f'{os.getpid()}\\nemeeting\\n{socket.gethostname()}\\n'); f.flush()\n"
            "fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
            str(lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        assert window_open(tmp_path)
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    assert lock.exists()  # left behind by a process killed outright
    assert not window_open(tmp_path)


# -- backup files --------------------------------------------------------------------------------------------


def test_leftovers_of_a_killed_backup_are_not_backups_and_go_at_the_next_one(store: Store) -> None:
    backups = store.data_dir / "backups"
    backups.mkdir()
    (backups / "emeeting-0004-a.db.partial").write_bytes(b"SQLite format 3\0 cut short")
    (backups / "emeeting-0004-a.db.partial-journal").write_bytes(b"\0" * 512)
    assert newest_backup(store.data_dir) is None

    write_backup_file(store.db_path, backups / "emeeting-0005-b.db")

    assert sorted(p.name for p in backups.iterdir()) == ["emeeting-0005-b.db"]
    assert newest_backup(store.data_dir) == backups / "emeeting-0005-b.db"
    assert is_sound_backup(backups / "emeeting-0005-b.db")


@pytest.mark.parametrize(
    "damage",
    [
        lambda db: db.write_bytes(b""),
        lambda db: db.write_bytes(db.read_bytes()[: len(db.read_bytes()) // 2]),
        lambda db: Path(f"{db}-journal").write_bytes(b"\0" * 512),
        lambda db: db.write_bytes(b"SQLite format 3\0" + b"\xff" * 4000),
    ],
    ids=["empty", "half", "with a journal", "garbage"],
)
def test_a_backup_that_would_not_restore_is_not_sound(store: Store, tmp_path: Path, damage: object) -> None:
    backup = tmp_path / "emeeting-0005-x.db"
    write_backup_file(store.db_path, backup)
    assert is_sound_backup(backup)
    damage(backup)  # type: ignore[operator]
    assert not is_sound_backup(backup)


def test_the_database_copy_of_a_backup_folder_is_checked_and_durable(store: Store, tmp_path: Path) -> None:
    with store.transaction() as repo:
        repo.insert(m.Person("สมชาย", "ใจดี"))
    store.backup(tmp_path / "copy")
    assert is_sound_backup(tmp_path / "copy" / DB_FILE)
    assert not list((tmp_path / "copy").glob("*.partial*"))
