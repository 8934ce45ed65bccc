"""Errors that say what to do: a damaged database names its newest backup and the command that restores
it; `emeeting restore` brings a backup back and keeps what it replaces; a read-only data folder opens
read-only, saying so, and refuses changes with a message that says why.

Root may write anywhere, so the read-only runs drop the capabilities that let root ignore file permissions
(CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) in the child process: it is then held to the folder's mode bits
like any user.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from emeeting.storage.store import DB_FILE

pytestmark = pytest.mark.slow

RAW_SQLITE_WORDS = ("malformed", "file is not a database", "disk image", "btree", "Page ", "Traceback")
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE = 1
CAP_DAC_READ_SEARCH = 2


def _held_to_file_permissions() -> None:
    """In the child, before exec: a root process gives up overriding file permissions."""
    if os.geteuid() != 0:
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop a capability")


def run(data_dir: Path, *args: str, bound_by_permissions: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "EMEETING_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env=env,
        preexec_fn=_held_to_file_permissions if bound_by_permissions else None,
    )


def ok(data_dir: Path, *args: str) -> str:
    result = run(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): digest(p) for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with three demo meetings and, as after an upgrade, a database in backups/."""
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    ok(data_dir, "demo", "--meetings", "3")
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    with sqlite3.connect(data_dir / DB_FILE) as source, sqlite3.connect(backups / "emeeting-old.db") as copy:
        source.backup(copy)
    source.close()
    copy.close()
    return data_dir


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(demo_store, data_dir)
    return data_dir


def references(data_dir: Path) -> list[str]:
    return [line.split()[0] for line in ok(data_dir, "meetings").splitlines()]


def the_restore_command(message: str) -> list[str]:
    """The command a damaged-database message tells the user to run, as arguments after `emeeting`."""
    assert "run: emeeting " in message, message
    return shlex.split(message.split("run: emeeting ", 1)[1].strip())


def garble_header(db: Path) -> None:
    with db.open("r+b") as f:
        f.write(b"\x00garbage written over the header by a failing disk\x00" * 4)


def truncate(db: Path) -> None:
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size // 3)


# -- a damaged database --------------------------------------------------------------------------------------


@pytest.mark.parametrize("damage", [garble_header, truncate], ids=["garbled header", "truncated"])
@pytest.mark.parametrize("command", [("meetings",), ("check",), ("show", "ICT:1/2569")])
def test_a_damaged_database_names_the_newest_backup_and_how_to_restore_it(
    store: Path, damage: object, command: tuple[str, ...]
) -> None:
    damage(store / DB_FILE)  # type: ignore[operator]

    result = run(store, *command)

    assert result.returncode != 0
    message = result.stderr
    assert "is damaged" in message
    assert str(store / "backups" / "emeeting-old.db") in message
    assert the_restore_command(message) == [
        "--data-dir",
        str(store),
        "restore",
        str(store / "backups" / "emeeting-old.db"),
    ]
    assert not any(word in message for word in RAW_SQLITE_WORDS), message


def test_the_printed_command_restores_the_backup_and_keeps_the_damaged_copy(store: Path) -> None:
    before = references(store)
    garble_header(store / DB_FILE)
    damaged = digest(store / DB_FILE)
    message = run(store, "meetings").stderr

    restored = run(store, *the_restore_command(message))

    assert restored.returncode == 0, restored.stderr
    (kept,) = store.glob("emeeting-before-restore-*.db")
    assert digest(kept) == damaged  # never deleted
    assert f"kept as {kept}" in restored.stdout
    assert references(store) == before
    assert "store is healthy" in ok(store, "check")


def test_restore_from_a_folder_written_by_backup_brings_back_rows_and_documents(
    store: Path, tmp_path: Path
) -> None:
    before = references(store)
    ok(store, "backup", str(tmp_path / "backup"))
    truncate(store / DB_FILE)
    shutil.rmtree(store / "blobs")  # the documents went with the disk, too

    ok(store, "restore", str(tmp_path / "backup"))

    assert references(store) == before
    assert "store is healthy" in ok(store, "check")
    assert len(list(store.glob("emeeting-before-restore-*.db"))) == 1


def test_restore_keeps_the_commits_that_were_only_in_the_wal_with_the_replaced_database(
    store: Path, tmp_path: Path
) -> None:
    """A writer killed with its last commit still in the -wal: that -wal goes aside with the database it
    belongs to (SQLite pairs them by name), and never lands on the restored copy."""
    ok(store, "backup", str(tmp_path / "backup"))
    killed_writer = (
        "import os, signal, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "db.execute('PRAGMA journal_mode=WAL')\n"
        "db.execute('CREATE TABLE written_last (x)')\n"
        "db.commit()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", killed_writer, str(store / DB_FILE)], check=False, timeout=60)
    assert (store / (DB_FILE + "-wal")).stat().st_size > 0

    ok(store, "restore", str(tmp_path / "backup"))

    (kept,) = store.glob("emeeting-before-restore-*.db")
    assert (kept.parent / (kept.name + "-wal")).is_file()
    with sqlite3.connect(kept) as copy:
        assert copy.execute("SELECT count(*) FROM written_last").fetchone() == (0,)
    copy.close()
    with sqlite3.connect(store / DB_FILE) as restored:
        names = {n for (n,) in restored.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    restored.close()
    assert "written_last" not in names
    assert "store is healthy" in ok(store, "check")


@pytest.mark.parametrize(
    ("make_backup", "expected"),
    [
        (lambda folder: folder / "nowhere.db", "there is no backup at"),
        (lambda folder: folder / "empty-folder", "there is no backup at"),
        (lambda folder: folder / "garbage.db", "is damaged or is not an emeeting backup"),
        (lambda folder: folder / "other.db", "is damaged or is not an emeeting backup"),
    ],
    ids=["missing file", "folder without a database", "garbage", "another program's database"],
)
def test_a_missing_or_bad_backup_is_refused_and_changes_nothing(
    store: Path, tmp_path: Path, make_backup: object, expected: str
) -> None:
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "garbage.db").write_bytes(b"not a database at all\n" * 300)
    with sqlite3.connect(tmp_path / "other.db") as other:
        other.execute("CREATE TABLE people (name TEXT)")
    other.close()
    before = snapshot(store)

    result = run(store, "restore", str(make_backup(tmp_path)))  # type: ignore[operator]

    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(store) == before


# -- a read-only data folder ---------------------------------------------------------------------------------


def set_read_only(folder: Path, read_only: bool) -> None:
    for path in [folder, *folder.rglob("*")]:
        mode = path.stat().st_mode
        writable = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
        path.chmod(mode & ~writable if read_only else mode | stat.S_IWUSR)


@pytest.fixture
def read_only_store(store: Path) -> Iterator[Path]:
    set_read_only(store, True)
    try:
        yield store
    finally:
        set_read_only(store, False)


needs_posix = pytest.mark.skipif(
    sys.platform == "win32", reason="folder permissions and capabilities are POSIX"
)


@needs_posix
def test_a_read_only_folder_is_read_and_says_so(read_only_store: Path, tmp_path: Path) -> None:
    before = snapshot(read_only_store)
    expected = references(read_only_store)  # as root: only to know what the list holds

    for args in (["meetings"], ["show", "ICT:1/2569"], ["check"], ["backup", str(tmp_path / "copy")]):
        result = run(read_only_store, *args, bound_by_permissions=True)
        assert result.returncode == 0, result.stderr
        assert f"the data folder {read_only_store} is read-only" in result.stderr
        assert "not an emeeting database" not in result.stderr
    listed = run(read_only_store, "meetings", bound_by_permissions=True).stdout
    assert [line.split()[0] for line in listed.splitlines()] == expected
    assert snapshot(read_only_store) == before  # not a byte written, no -wal or -shm made
    assert (tmp_path / "copy" / DB_FILE).is_file()


@needs_posix
@pytest.mark.parametrize(
    "args",
    [["demo", "--meetings", "1"], ["import", "{package}"], ["attach", "ICT:1/2569", "1", "{package}"]],
    ids=["demo", "import", "attach"],
)
def test_a_read_only_folder_refuses_changes_saying_why(
    read_only_store: Path, tmp_path: Path, args: list[str]
) -> None:
    package = tmp_path / "meeting.zip"
    package.write_bytes(b"PK")  # never read: the command is refused first
    before = snapshot(read_only_store)

    result = run(read_only_store, *(a.format(package=package) for a in args), bound_by_permissions=True)

    assert result.returncode == 2
    assert f"the data folder {read_only_store} is read-only: nothing can be changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(read_only_store) == before


@needs_posix
def test_a_read_only_folder_cannot_be_restored_into(read_only_store: Path) -> None:
    result = run(
        read_only_store,
        "restore",
        str(read_only_store / "backups" / "emeeting-old.db"),
        bound_by_permissions=True,
    )
    assert result.returncode == 2
    assert "is read-only" in result.stderr


@needs_posix
def test_the_window_starts_on_a_read_only_folder(read_only_store: Path) -> None:
    before = snapshot(read_only_store)
    result = subprocess.run(
        [sys.executable, "-m", "emeeting", "--data-dir", str(read_only_store), "smoke"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        preexec_fn=_held_to_file_permissions,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke: 3 meetings" in result.stdout
    assert "read-only" in result.stderr
    assert snapshot(read_only_store) == before


def test_a_backup_folder_restores_into_a_new_data_folder(store: Path, tmp_path: Path) -> None:
    """Moving to another computer: the folder `emeeting backup` wrote becomes a new store."""
    ok(store, "backup", str(tmp_path / "backup"))
    new = tmp_path / "new" / "data"

    ok(new, "restore", str(tmp_path / "backup"))

    assert references(new) == references(store)
    assert "store is healthy" in ok(new, "check")
    assert not list(new.glob("emeeting-before-restore-*"))


@needs_posix
def test_a_read_only_folder_shows_the_commits_still_in_its_wal(store: Path) -> None:
    """A writer killed after its commit leaves it in the -wal; made read-only so, the folder shows it."""
    killed_writer = (
        "import os, signal, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "db.execute('PRAGMA journal_mode=WAL')\n"
        "db.execute(\"UPDATE meetings SET place = 'ห้องประชุมใหม่'\")\n"
        "db.commit()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", killed_writer, str(store / DB_FILE)], check=False, timeout=60)
    assert (store / (DB_FILE + "-wal")).stat().st_size > 0
    set_read_only(store, True)
    try:
        before = snapshot(store)
        result = run(store, "show", "ICT:1/2569", bound_by_permissions=True)
        assert result.returncode == 0, result.stderr
        assert "ห้องประชุมใหม่" in result.stdout
        assert snapshot(store) == before
    finally:
        set_read_only(store, False)
