"""Opening the local store: the SQLite database (migrated on open) and its blobs, with backup and check."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc

from emeeting.domain.errors import StoreError, StoreTooNewError, ValidationError
from emeeting.storage.blobs import BlobStore, sha256_of
from emeeting.storage.repository import Repository, Schema

# Every schema revision this version knows, oldest first. A database at a revision not listed here was
# written by a newer emeeting. A test keeps this in step with migrations/versions.
SCHEMA_REVISIONS = ("0001",)
DB_FILE = "emeeting.db"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event (below) issue BEGIN itself instead of pysqlite guessing.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the lock up front so two writers never deadlock upgrading a read lock.
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _current_revision(db_path: Path) -> str | None:
    """The schema revision, read without changing a byte of the file (a newer store must stay as it is)."""
    if not db_path.exists():
        return None
    try:
        with closing(sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)) as db:
            has_table = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                return None
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else str(row[0])
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{db_path} is not an emeeting database or is damaged: {e}") from None


def _sqlite_backup(source: Engine, dest: Path) -> None:
    """Copy a live database with SQLite's online backup API (never a plain file copy)."""
    raw = source.raw_connection()
    try:
        target = sqlite3.connect(dest)
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    finally:
        raw.close()


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


class Store:
    """One data directory: ``emeeting.db``, ``blobs/`` and ``backups/``."""

    def __init__(
        self, data_dir: Path, engine: Engine, actor: str, clock: Callable[[], datetime] = _utc_now
    ) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.actor = actor
        self.clock = clock
        self.schema = Schema()
        self.blobs = BlobStore(data_dir / "blobs")

    @classmethod
    def open(cls, data_dir: Path, actor: str = "local") -> Store:
        """Open (creating or upgrading as needed) the store in ``data_dir``."""
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create the data folder {data_dir}: {e.strerror}") from None
        db_path = data_dir / DB_FILE
        revision = _current_revision(db_path)
        if revision is not None and revision not in SCHEMA_REVISIONS:
            raise StoreTooNewError(
                f"{db_path} was written by a newer version of emeeting (schema {revision}); "
                "install that version to open it"
            )
        engine = _make_engine(db_path)
        try:
            if revision != SCHEMA_REVISIONS[-1]:
                if revision is not None:
                    backups = data_dir / "backups"
                    backups.mkdir(exist_ok=True)
                    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
                    _sqlite_backup(engine, backups / f"emeeting-{revision}-{stamp}.db")
                _upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(data_dir, engine, actor)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        """A write transaction: everything in it commits together or not at all."""
        try:
            with self.engine.connect().execution_options(immediate=True) as conn, conn.begin():
                yield Repository(conn, self.schema, self.actor, self.clock())
        except exc.IntegrityError as e:
            raise ValidationError(_integrity_message(e)) from None
        except exc.DatabaseError as e:
            raise StoreError(f"the database could not be written: {e.orig}") from None

    @contextmanager
    def read(self) -> Iterator[Repository]:
        """A consistent read-only snapshot."""
        try:
            with self.engine.connect() as conn, conn.begin():
                yield Repository(conn, self.schema, self.actor, self.clock())
        except exc.DatabaseError as e:
            raise StoreError(f"the database could not be read: {e.orig}") from None

    def backup(self, dest: Path) -> None:
        """An online copy of the database and blobs that ``Store.open(dest)`` can open."""
        if (dest / DB_FILE).exists():
            raise StoreError(f"{dest} already holds an emeeting database; choose an empty folder")
        dest.mkdir(parents=True, exist_ok=True)
        partial = dest / (DB_FILE + ".partial")
        _sqlite_backup(self.engine, partial)
        target = BlobStore(dest / "blobs")
        for sha in self.blobs.all_hashes():
            if not target.has(sha):
                with self.blobs.open(sha) as src:
                    target.put_stream(src, sha)
        partial.replace(dest / DB_FILE)  # the database appears last: a finished backup has both parts

    def check(self) -> list[str]:
        """Every problem found: database integrity, references, and each document's content."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            for (row,) in conn.exec_driver_sql("PRAGMA integrity_check"):
                if row != "ok":
                    problems.append(f"database: {row}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"database: {row[0]} row {row[1]} refers to a missing {row[2]}")
            referenced = {
                sha
                for (sha,) in conn.exec_driver_sql("SELECT DISTINCT sha256 FROM documents WHERE deleted=0")
            }
        stored = set(self.blobs.all_hashes())
        for sha in sorted(referenced - stored):
            problems.append(f"document {sha[:12]}… is missing from blobs/")
        for sha in sorted(stored):
            if sha256_of(self.blobs.path(sha)) != sha:
                problems.append(f"document {sha[:12]}… is damaged (content does not match its hash)")
        return problems


def _integrity_message(e: exc.IntegrityError) -> str:
    detail = str(e.orig)
    if "FOREIGN KEY" in detail:
        return "this refers to a record that does not exist"
    if "UNIQUE" in detail:
        return "a record with this id already exists"
    return f"the change breaks a rule of the database: {detail}"
