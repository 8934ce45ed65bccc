"""Opening the local store: the SQLite database (migrated on open) and its blobs, with backup and check."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from emeeting.domain.errors import QT_TRANSLATE_NOOP, StoreError, StoreTooNewError, ValidationError
from emeeting.storage import audit_chain
from emeeting.storage.blobs import BlobStore, sha256_of
from emeeting.storage.codec import EntityCodec, codecs
from emeeting.storage.repository import Repository

# Every schema revision this version knows, oldest first. A database at a revision not listed here was
# written by a newer emeeting. A test keeps this in step with migrations/versions.
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
DB_FILE = "emeeting.db"


def _utc_now() -> datetime:
    return datetime.now(UTC)


BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another writer before giving up


def _pragmas(conn: sqlite3.Connection, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")


def connect(db_path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection with the pragmas every connection must have; transactions are begun explicitly."""
    conn = sqlite3.connect(db_path, isolation_level=None, timeout=busy_timeout_ms / 1000)
    _pragmas(conn, busy_timeout_ms)
    return conn


def _current_revision(db_path: Path) -> str | None:
    """The schema revision, read without changing a byte of the file (a newer store must stay as it is).

    None for a missing or empty file; a database with tables of its own but no revision is refused, so that
    another program's database is never migrated into ours.
    """
    if not db_path.exists():
        return None
    try:
        with closing(sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)) as db:
            tables = {
                name
                for (name,) in db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            row = None
            if "alembic_version" in tables:
                row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as e:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{db_path} is not an emeeting database or is damaged: {reason}"),
            db_path=db_path,
            reason=e,
        ) from None
    if row is None and tables - {"alembic_version"}:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{db_path} is not an emeeting database (it holds other tables but no emeeting schema "
                "version); choose another data folder",
            ),
            db_path=db_path,
        )
    return None if row is None else str(row[0])


def _sqlite_backup(db_path: Path, dest: Path) -> None:
    """Copy a live database with SQLite's online backup API (never a plain file copy)."""
    with closing(connect(db_path)) as source, closing(sqlite3.connect(dest)) as target:
        source.backup(target)


def _upgrade(db_path: Path) -> None:
    # Only here: SQLAlchemy and Alembic cost more to import than the whole first window.
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import SQLAlchemyError

    try:
        engine = create_engine(f"sqlite:///{db_path}")
        event.listen(engine, "connect", lambda dbapi_connection, _record: _pragmas(dbapi_connection))
        config = Config()
        config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
        try:
            with engine.begin() as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        finally:
            engine.dispose()
    except (SQLAlchemyError, CommandError, OSError) as e:
        reason = " ".join(str(getattr(e, "orig", None) or e).split())  # the driver's words, on one line
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{db_path} could not be upgraded: {reason}"),
            db_path=db_path,
            reason=reason,
        ) from None


class Store:
    """One data directory: ``emeeting.db``, ``blobs/`` and ``backups/``."""

    def __init__(self, data_dir: Path, actor: str, clock: Callable[[], datetime] = _utc_now) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / DB_FILE
        self.actor = actor
        self.clock = clock
        self.codecs = codecs()
        self.blobs = BlobStore(data_dir / "blobs")
        self.busy_timeout_ms = BUSY_TIMEOUT_MS

    @classmethod
    def open(cls, data_dir: Path, actor: str = "local") -> Store:
        """Open (creating or upgrading as needed) the store in ``data_dir``."""
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "cannot create the data folder {data_dir}: {reason}"),
                data_dir=data_dir,
                reason=e.strerror,
            ) from None
        db_path = data_dir / DB_FILE
        revision = _current_revision(db_path)
        if revision is not None and revision not in SCHEMA_REVISIONS:
            raise StoreTooNewError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{db_path} was written by a newer version of emeeting (schema {revision}); install "
                    "that version to open it",
                ),
                db_path=db_path,
                revision=revision,
            )
        if revision != SCHEMA_REVISIONS[-1]:
            if revision is not None:
                backups = data_dir / "backups"
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
                try:
                    backups.mkdir(exist_ok=True)
                    _sqlite_backup(db_path, backups / f"emeeting-{revision}-{stamp}.db")
                except (OSError, sqlite3.Error) as e:
                    raise StoreError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{db_path} was not upgraded: cannot back it up in {backups}: {reason}"
                        ),
                        db_path=db_path,
                        backups=backups,
                        reason=e,
                    ) from None
            _upgrade(db_path)
        try:
            return cls(data_dir, actor)
        except OSError as e:
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "cannot open the data folder {data_dir}: {reason}"),
                data_dir=data_dir,
                reason=e.strerror or e,
            ) from None

    def close(self) -> None:
        """Nothing stays open between calls; kept so that owners can say when they are done."""

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        with closing(connect(self.db_path, self.busy_timeout_ms)) as conn:
            yield conn

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        """A write transaction: everything in it commits together or not at all."""
        try:
            with self.connection() as conn:
                conn.execute("BEGIN IMMEDIATE")  # take the write lock up front: writers never deadlock
                try:
                    yield Repository(conn, self.codecs, self.actor, self.clock())
                except BaseException:
                    if conn.in_transaction:  # SQLite may already have rolled back on some errors
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
        except sqlite3.IntegrityError as e:
            raise _integrity_error(e) from None
        except sqlite3.DatabaseError as e:
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "the database could not be written: {reason}"), reason=e
            ) from None
        # A safety net under validation: what SQLite cannot bind must still be a clear refusal.
        except OverflowError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "a number or a date is too large to be stored")
            ) from None
        except UnicodeEncodeError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "a text holds characters that are not valid Unicode (lone surrogates)"
                )
            ) from None

    @contextmanager
    def read(self) -> Iterator[Repository]:
        """A consistent read-only snapshot."""
        try:
            with self.connection() as conn:
                conn.execute("BEGIN")
                try:
                    yield Repository(conn, self.codecs, self.actor, self.clock())
                finally:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
        except sqlite3.DatabaseError as e:
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "the database could not be read: {reason}"), reason=e
            ) from None

    def backup(self, dest: Path) -> None:
        """An online copy of the database and blobs that ``Store.open(dest)`` can open."""
        if (dest / DB_FILE).exists():
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{dest} already holds an emeeting database; choose an empty folder"
                ),
                dest=dest,
            )
        partial = dest / (DB_FILE + ".partial")
        try:
            dest.mkdir(parents=True, exist_ok=True)
            _sqlite_backup(self.db_path, partial)
            target = BlobStore(dest / "blobs")
            for sha in self.blobs.all_hashes():
                if not target.has(sha):
                    with self.blobs.open(sha) as src:
                        target.put_stream(src, sha)
            partial.replace(dest / DB_FILE)  # the database appears last: a finished backup has both parts
        except (OSError, sqlite3.Error) as e:
            with suppress(OSError):
                partial.unlink(missing_ok=True)
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "cannot write the backup to {dest}: {reason}"),
                dest=dest,
                reason=reason,
            ) from None

    def check(self) -> list[str]:
        """Every problem found: database integrity, references, and each document's content."""
        problems: list[str] = []
        with self.connection() as conn:
            for (row,) in conn.execute("PRAGMA integrity_check"):
                if row != "ok":
                    problems.append(f"database: {row}")
            for row in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"database: {row[0]} row {row[1]} refers to a missing {row[2]}")
            problems += _live_rows_under_tombstones(conn, self.codecs)
            problems += [b.describe() for b in audit_chain.verify(conn).breaks]
            query = "SELECT DISTINCT sha256 FROM documents WHERE deleted = 0"
            referenced = {sha for (sha,) in conn.execute(query)}
        stored = set(self.blobs.all_hashes())
        for sha in sorted(referenced - stored):
            problems.append(f"document {sha[:12]}… is missing from blobs/")
        for sha in sorted(stored):
            if sha256_of(self.blobs.path(sha)) != sha:
                problems.append(f"document {sha[:12]}… is damaged (content does not match its hash)")
        return problems


def _live_rows_under_tombstones(conn: sqlite3.Connection, codecs: dict[type, EntityCodec]) -> list[str]:
    """Live rows whose parent is deleted: the foreign keys cannot see tombstones, so look for them here."""
    problems: list[str] = []
    for codec in codecs.values():
        for field, target in codec.references:
            parent = codecs[target].table
            sql = (
                f'SELECT child.id, child."{field}" FROM {codec.table} AS child '
                f'JOIN {parent} AS parent ON parent.id = child."{field}" '
                "WHERE child.deleted = 0 AND parent.deleted = 1"
            )
            for child_id, parent_id in conn.execute(sql):
                problems.append(
                    f"database: {codec.table} row {child_id} refers to the deleted {parent} row {parent_id}"
                )
    return problems


def _integrity_error(e: sqlite3.IntegrityError) -> ValidationError:
    """What breaking a constraint means for the user (unique indexes beyond the primary keys by name)."""
    detail = str(e)
    if "FOREIGN KEY" in detail:
        return ValidationError(QT_TRANSLATE_NOOP("Errors", "this refers to a record that does not exist"))
    if "UNIQUE" in detail:
        if "meetings.committee_id" in detail:
            return ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "a meeting with this number and year already exists in this committee"
                )
            )
        if "committees.short_name" in detail:
            return ValidationError(
                QT_TRANSLATE_NOOP("Errors", "another committee already has this short name")
            )
        return ValidationError(QT_TRANSLATE_NOOP("Errors", "a record with this id already exists"))
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "the change breaks a rule of the database: {detail}"), detail=detail
    )
