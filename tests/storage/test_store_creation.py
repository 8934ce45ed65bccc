"""Creating and upgrading a store is all or nothing: a process killed at any statement of the schema's
migrations leaves no store or a working one, and an upgrade that fails half-way leaves the old schema whole.

The kills here land at exact statements: a child process creates a store and sends itself SIGKILL just
before SQLite runs the chosen statement of the migrations (seen through SQLAlchemy's statement events).
tests/e2e/test_kill_create.py kills whole commands at random moments.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

import emeeting
import emeeting.storage.store as store_module
from emeeting.domain import model as m
from emeeting.domain.errors import StoreError
from emeeting.storage.store import DB_FILE, SCHEMA_REVISIONS, Store

MIGRATIONS = Path(store_module.__file__).with_name("migrations")

# Creates a store in argv[1] and kills itself just before the statement that starts with argv[2] runs for
# the argv[3]-th time.
KILLED_CREATOR = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from emeeting.storage.store import Store

    prefix, wanted = sys.argv[2], int(sys.argv[3])
    seen = 0

    @event.listens_for(Engine, "before_cursor_execute")
    def kill_at(conn, cursor, statement, parameters, context, executemany):
        global seen
        if statement.lstrip().upper().startswith(prefix):
            seen += 1
            if seen == wanted:
                os.kill(os.getpid(), signal.SIGKILL)

    Store.open(Path(sys.argv[1]))
    print("not killed")
    """
)


def tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    conn.close()
    return {name for (name,) in rows}


def revision(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        (row,) = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        conn.close()
    return str(row[0])


def create_at_revision(data_dir: Path, revision: str) -> None:
    """A store as an earlier release left it: migrated from empty to ``revision`` by Alembic itself."""
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{data_dir / DB_FILE}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
@pytest.mark.parametrize(
    ("statement", "occurrence"),
    [
        ("CREATE TABLE", 1),  # the first table of the first migration
        ("CREATE TABLE", 5),
        ("CREATE INDEX", 3),
        ("INSERT INTO ALEMBIC_VERSION", 1),  # the first migration is done, its revision not yet written
        ("UPDATE ALEMBIC_VERSION", 1),  # between the first and the second migration
        ("UPDATE ALEMBIC_VERSION", len(SCHEMA_REVISIONS) - 1),  # the last migration is done
    ],
)
def test_a_creation_killed_at_any_statement_leaves_no_store_or_a_working_one(
    tmp_path: Path, statement: str, occurrence: int
) -> None:
    data_dir = tmp_path / "data"
    script = tmp_path / "creator.py"
    script.write_text(KILLED_CREATOR, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(emeeting.__file__).parent.parent))

    killed = subprocess.run(
        [sys.executable, str(script), str(data_dir), statement, str(occurrence)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )

    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    store = Store.open(data_dir)  # the next start opens (or makes) a whole store
    try:
        assert revision(store.db_path) == SCHEMA_REVISIONS[-1]
        assert store.check() == []
        with store.transaction() as repo:
            repo.insert(m.Person("หลัง", "การกู้คืน"))
        with store.read() as repo:
            assert [p.first_name for p in repo.select(m.Person)] == ["หลัง"]
    finally:
        store.close()


def test_an_upgrade_that_fails_half_way_leaves_the_old_schema_whole(data_dir: Path) -> None:
    """0003 runs, then 0004 fails on its last table (another program made one by that name): 0003's
    tables and revision are rolled back with it, and the store still opens as it was."""
    create_at_revision(data_dir, "0002")
    db = data_dir / DB_FILE
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE private_notes (note TEXT)")
    conn.close()
    before = tables(db)

    with pytest.raises(StoreError, match="could not be upgraded") as caught:
        Store.open(data_dir)

    assert "\n" not in str(caught.value)
    assert revision(db) == "0002"
    assert tables(db) == before  # not item_notes (0003), not sync_servers (0004)
    (backup,) = (data_dir / "backups").iterdir()
    assert revision(backup) == "0002"


def test_two_processes_creating_one_store_at_once_both_succeed(tmp_path: Path) -> None:
    """Two commands started together on a new folder: one creates the store, the other waits and uses it."""
    data_dir = tmp_path / "data"
    env = dict(os.environ, PYTHONPATH=str(Path(emeeting.__file__).parent.parent))
    code = "import sys, pathlib, emeeting.storage.store as s; s.Store.open(pathlib.Path(sys.argv[1]))"
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(data_dir)], stderr=subprocess.PIPE, text=True, env=env
        )
        for _ in range(3)
    ]
    errors = [run.communicate(timeout=120)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], errors
    assert revision(data_dir / DB_FILE) == SCHEMA_REVISIONS[-1]
    assert not (data_dir / "backups").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
@pytest.mark.parametrize(("statement", "occurrence"), [("CREATE TABLE", 2), ("UPDATE ALEMBIC_VERSION", 1)])
def test_an_upgrade_killed_half_way_leaves_the_old_store_and_upgrades_on_the_next_open(
    tmp_path: Path, statement: str, occurrence: int
) -> None:
    """A store of an older release (0002) whose upgrade is killed inside 0003 or between two migrations:
    the next open finds it whole at 0002, backs it up again and upgrades it."""
    data_dir = tmp_path / "data"
    create_at_revision(data_dir, "0002")
    with Store(data_dir, actor="old release").transaction() as repo:
        repo.insert(m.Person("ก่อน", "อัปเกรด"))
    script = tmp_path / "creator.py"
    script.write_text(KILLED_CREATOR, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(emeeting.__file__).parent.parent))

    killed = subprocess.run(
        [sys.executable, str(script), str(data_dir), statement, str(occurrence)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )

    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert revision(data_dir / DB_FILE) == "0002"
    store = Store.open(data_dir)
    try:
        assert revision(store.db_path) == SCHEMA_REVISIONS[-1]
        assert store.check() == []
        with store.read() as repo:
            assert [p.first_name for p in repo.select(m.Person)] == ["ก่อน"]
    finally:
        store.close()
