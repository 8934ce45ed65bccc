"""Opening the local store: the SQLite database (migrated on open) and its blobs, with backup and check."""

from __future__ import annotations

import errno
import os
import shlex
import shutil
import socket
import sqlite3
import struct
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from emeeting.domain.errors import (
    QT_TRANSLATE_NOOP,
    EmeetingError,
    StoreError,
    StoreTooNewError,
    ValidationError,
)
from emeeting.domain.journal import Operation
from emeeting.domain.search import IndexText
from emeeting.domain.thai_words import WordBreaker
from emeeting.storage import audit_chain
from emeeting.storage.blobs import BlobStore, _fsync_dir, no_space_error, sha256_of
from emeeting.storage.codec import EntityCodec, codecs
from emeeting.storage.repository import Repository
from emeeting.storage.sealed import SealedBlobs
from emeeting.storage.sealed_notes import NoteSealer
from emeeting.storage.search_index import Progress, SearchIndex

# Every schema revision this version knows, oldest first. A database at a revision not listed here was
# written by a newer emeeting. A test keeps this in step with migrations/versions.
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")
DB_FILE = "emeeting.db"
# The mark an open window keeps in its data folder (emeeting.ui.shell.folder_lock writes it with Qt's
# QLockFile: the process id, the application name and the host name, one a line, under an flock while held).
WINDOW_LOCK_FILE = "window.lock"
# A backup is written under this suffix and renamed when complete: a name ending ".db" is a whole backup.
PARTIAL_SUFFIX = ".partial"


def _utc_now() -> datetime:
    return datetime.now(UTC)


BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another writer before giving up


def _pragmas(conn: sqlite3.Connection, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    # What is deleted is overwritten, not left in free pages (text a member may no longer read, a
    # confidential paper's text emptied): on every SQLite build, not only those compiled so.
    conn.execute("PRAGMA secure_delete=ON")


def connect(db_path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection with the pragmas every connection must have; transactions are begun explicitly."""
    conn = sqlite3.connect(db_path, isolation_level=None, timeout=busy_timeout_ms / 1000)
    _pragmas(conn, busy_timeout_ms)
    return conn


def connect_read_only(db_path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection that cannot write, for a database in a folder (or a file) that may not be written.

    SQLite reads a WAL database read-only only when its -wal and -shm files exist or can be made (and the
    -shm can be grown: not on a full disk). In a read-only folder they cannot be made; when the -wal does
    not exist or is empty, every commit is in the database file itself, and ``immutable=1`` (no locks, no
    WAL) is the way to read it.
    """
    uri = f"{db_path.absolute().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=busy_timeout_ms / 1000)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        if _wal_holds_commits(db_path):
            raise
        conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    return conn


def _wal_holds_commits(db_path: Path) -> bool:
    """Whether commits may be outside the database file: in its -wal, or (by the -shm's count of frames)
    in a -wal that was removed while in use. Reading the file alone would then show an older state."""
    try:
        if Path(f"{db_path}-wal").stat().st_size > 0:
            return True
    except FileNotFoundError:
        pass
    try:
        with Path(f"{db_path}-shm").open("rb") as shm:
            header = shm.read(WAL_INDEX_HEADER_BYTES)
    except FileNotFoundError:
        return False
    # The wal-index header (sqlite.org/walformat.html): mxFrame, the frames in use, at byte 16, native order.
    return len(header) >= WAL_INDEX_HEADER_BYTES and struct.unpack_from("=I", header, 16)[0] > 0


WAL_INDEX_HEADER_BYTES = 48


def _low_on_space(folder: Path) -> bool:
    """Whether the disk holding ``folder`` is (all but) full: SQLite then fails with an I/O error."""
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


LOW_SPACE_BYTES = 1 << 20  # below this SQLite cannot grow its -shm, -wal or a page: the disk is full


def database_error(db_path: Path, error: sqlite3.Error, *, writing: bool) -> StoreError:
    """SQLite's error on the store's database as what the user can do about it."""
    data_dir = db_path.parent
    name = getattr(error, "sqlite_errorname", "") or ""
    wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
    if _is_damage(error):
        return damaged_error(db_path)
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR")) and _low_on_space(data_dir):
        return no_space_error(data_dir)
    if name == "SQLITE_IOERR_SHORT_READ" and shm.exists():
        return StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{wal}, which holds the latest changes to {db_path}, was removed or cut short while emeeting "
                "had it open: close every emeeting window and command using {data_dir} and try again; if "
                "it still fails, run `emeeting --data-dir {quoted_dir} check`",
            ),
            wal=wal.name,
            db_path=db_path,
            data_dir=data_dir,
            quoted_dir=_shell_word(data_dir),
        )
    if (
        name.startswith("SQLITE_CANTOPEN")
        and wal.exists()
        and not shm.exists()
        and not _may_write(data_dir, db_path)
    ):
        return StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{db_path} cannot be read in the read-only folder {data_dir}: its latest changes are still "
                "in {wal}, which SQLite can read only beside an index file ({shm}) it cannot create "
                "here; open the folder once where it may be written (emeeting then folds the changes "
                "into the database), or ask for permission to write there",
            ),
            db_path=db_path,
            data_dir=data_dir,
            wal=wal.name,
            shm=shm.name,
        )
    if writing:
        return StoreError(
            QT_TRANSLATE_NOOP("Errors", "the database could not be written: {reason}"), reason=error
        )
    return StoreError(
        QT_TRANSLATE_NOOP("Errors", "{db_path} cannot be read: {reason}"), db_path=db_path, reason=error
    )


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return (status.st_dev, status.st_ino)


def replaced_error(data_dir: Path) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the database in {data_dir} was replaced (restored from a backup) while this change waited to "
            "be written; nothing was changed: look at the records again and repeat the change",
        ),
        data_dir=data_dir,
    )


def _may_write(data_dir: Path, db_path: Path) -> bool:
    """Whether this user may change the store (a read-only folder, file or file system says no)."""
    return os.access(data_dir, os.W_OK) and (not db_path.exists() or os.access(db_path, os.W_OK))


def _is_damage(error: sqlite3.Error) -> bool:
    """SQLite's words for a file that is not (or no longer) a whole database."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def newest_backup(data_dir: Path) -> Path | None:
    """The newest sound database in ``data_dir/backups`` (written there before each upgrade), if any.

    A backup cut short (a kill, a full disk) or damaged since is passed over: the one named to the user
    must be one that restores."""
    try:
        found = [(path.stat().st_mtime, path.name, path) for path in (data_dir / "backups").glob("*.db")]
    except OSError:
        return None
    for _mtime, _name, path in sorted(found, reverse=True):
        if is_sound_backup(path):
            return path
    return None


def is_sound_backup(path: Path) -> bool:
    """Whether ``path`` is a whole emeeting database: it opens, names a schema revision and passes SQLite's
    quick check. Read without changing a byte (a backup left with a journal is one cut short)."""
    try:
        if not path.is_file() or Path(f"{path}-journal").exists():
            return False
        uri = f"{path.absolute().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as db:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
            healthy = db.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except (OSError, sqlite3.Error):
        return False
    return healthy and row is not None and str(row[0]) in SCHEMA_REVISIONS


def _shell_word(path: Path) -> str:
    """A path as one word of a command the user can paste into a POSIX shell."""
    return shlex.quote(str(path))


def damaged_error(db_path: Path) -> StoreError:
    """What to do about a damaged database: name the newest backup and the command that restores it."""
    data_dir = db_path.parent
    backup = newest_backup(data_dir)
    if backup is None:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{db_path} is damaged or is not an emeeting database, and {backups} holds no backup of it; "
                "to restore a folder written by `emeeting backup`, run: emeeting --data-dir {data_dir} "
                "restore FOLDER",
            ),
            db_path=db_path,
            backups=data_dir / "backups",
            data_dir=_shell_word(data_dir),
        )
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{db_path} is damaged or is not an emeeting database; the newest backup is {backup}. To restore "
            "it (the damaged file is kept), run: emeeting --data-dir {data_dir} restore {backup}",
        ),
        db_path=db_path,
        backup=_shell_word(backup),
        data_dir=_shell_word(data_dir),
    )


def read_only_error(data_dir: Path) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the data folder {data_dir} is read-only: nothing can be changed; ask for permission to write "
            "there, or copy the folder to one you may write to",
        ),
        data_dir=data_dir,
    )


def _current_revision(db_path: Path) -> str | None:
    """The schema revision, read without changing a byte of the file (a newer store must stay as it is).

    None for a missing or empty file; a database with tables of its own but no revision is refused, so that
    another program's database is never migrated into ours.
    """
    if not db_path.exists():
        return None
    try:
        with closing(connect_read_only(db_path)) as db:
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
        raise database_error(db_path, e, writing=False) from None
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


def _sqlite_backup(db_path: Path, dest: Path, *, read_only: bool = False) -> None:
    """Copy a live database with SQLite's online backup API (never a plain file copy)."""
    source_connection = connect_read_only(db_path) if read_only else connect(db_path)
    with closing(source_connection) as source, closing(sqlite3.connect(dest)) as target:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")  # a backup is one file, readable without -wal/-shm


def _quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check: the problems it finds in the file (none for a whole database)."""
    try:
        return [str(row) for (row,) in conn.execute("PRAGMA quick_check") if row != "ok"]
    except sqlite3.DatabaseError as e:
        if not _is_damage(e):
            raise
        return [str(e)]


def write_backup_file(db_path: Path, dest: Path, *, read_only: bool = False) -> None:
    """A whole, checked copy of the database at ``dest``, or nothing there.

    The copy is written under a temporary name (``dest`` + ".partial"), read back through SQLite's quick
    check, made durable, and only then renamed to ``dest``: a kill or a full disk never leaves a file under
    a backup's name. A copy cut short is removed; one left by a kill is removed the next time."""
    partial = dest.with_name(dest.name + PARTIAL_SUFFIX)
    _remove_partials(dest.parent)
    try:
        _write_checked_copy(db_path, partial, read_only=read_only)
        os.replace(partial, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        _remove_database(partial)
        raise


def _write_checked_copy(db_path: Path, dest: Path, *, read_only: bool) -> None:
    """Copy the database to ``dest``, read the copy back through SQLite's quick check, make it durable."""
    _sqlite_backup(db_path, dest, read_only=read_only)
    with closing(sqlite3.connect(f"{dest.absolute().as_uri()}?mode=ro", uri=True)) as copy:
        if damage := _quick_check(copy):
            raise sqlite3.DatabaseError(f"the copy does not read back whole: {damage[0]}")
    _fsync_file(dest)


def _remove_database(db_path: Path) -> None:
    for leftover in _sqlite_files(db_path):
        with suppress(OSError):
            leftover.unlink(missing_ok=True)


def _remove_partials(folder: Path) -> None:
    """Backups of ours cut short by a kill (never a file of anyone else's: only our suffix)."""
    with suppress(OSError):
        for leftover in folder.glob(f"*.db{PARTIAL_SUFFIX}*"):
            with suppress(OSError):
                leftover.unlink()


def _failure_reason(error: BaseException, folder: Path) -> object:
    """Why writing in ``folder`` failed, in words: a full disk is named as such."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return no_space_error(folder)
    if isinstance(error, sqlite3.Error) and _low_on_space(folder):
        return no_space_error(folder)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return error


def _new_store_schema() -> list[tuple[str, str, str, str]]:
    """What a new store's database is made of: its ``sqlite_master`` rows (type, name, table, SQL), as
    the migrations make them. Made afresh in a temporary folder, for the rare mending that needs it."""
    with tempfile.TemporaryDirectory(prefix="emeeting-schema-") as folder:
        db_path = Path(folder) / DB_FILE
        _upgrade(db_path)
        with closing(sqlite3.connect(db_path)) as conn:
            return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()


def _upgrade(db_path: Path) -> None:
    # Only here: SQLAlchemy and Alembic cost more to import than the whole first window.
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError
    from sqlalchemy import Connection, create_engine, event
    from sqlalchemy.exc import SQLAlchemyError

    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Python's sqlite3 commits before DDL on its own; with isolation_level None it leaves transactions
        # to us, so that every migration (creating the store, too) commits together or not at all.
        dbapi_connection.isolation_level = None
        _pragmas(dbapi_connection)

    def on_begin(conn: Connection) -> None:
        # IMMEDIATE: a second process creating the same store waits here, then finds it made.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        engine = create_engine(f"sqlite:///{db_path}")
        event.listen(engine, "connect", on_connect)
        event.listen(engine, "begin", on_begin)
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


class Recording:
    """What one operation changed so far, across the transactions it committed (``Store.recording``)."""

    def __init__(self) -> None:
        self.operation = Operation()

    def add(self, done: Operation) -> None:
        self.operation = self.operation.then(done)


class Store:
    """One data directory: ``emeeting.db``, ``blobs/`` and ``backups/``."""

    def __init__(
        self,
        data_dir: Path,
        actor: str,
        clock: Callable[[], datetime] = _utc_now,
        *,
        read_only: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / DB_FILE
        self.actor = actor
        self.clock = clock
        self.read_only = read_only  # a folder this user may not write: reads work, changes are refused
        self.codecs = codecs()
        self.blobs = BlobStore(data_dir / "blobs")
        self.sealed = SealedBlobs(data_dir / "sealed")  # confidential papers on a member's laptop
        self.notes = NoteSealer(self.sealed, self.is_sealed)  # and the annotations on them, in the database
        self.busy_timeout_ms = BUSY_TIMEOUT_MS
        # How texts go into the search index; what it learns of Thai words is kept for the next commit.
        self.index_text = IndexText(WordBreaker())
        # The recording each thread has open (see ``recording``): what its transactions change is kept.
        self._recordings: dict[int, Recording] = {}

    @classmethod
    def open(cls, data_dir: Path, actor: str = "local", *, build_index: bool = True) -> Store:
        """Open (creating or upgrading as needed) the store in ``data_dir``; read-only (``read_only``)
        when the folder or the database may not be written. ``build_index``: build the search index now
        when it is due (else the caller does, with ``reindex(only_if_due=True)``, showing its progress; a
        new store's is built here, being empty)."""
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "cannot create the data folder {data_dir}: {reason}"),
                data_dir=data_dir,
                reason=e.strerror,
            ) from None
        db_path = data_dir / DB_FILE
        read_only = not _may_write(data_dir, db_path)
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
        if read_only and revision is None:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the data folder {data_dir} is read-only and holds no emeeting database; choose a "
                    "folder you may write to",
                ),
                data_dir=data_dir,
            )
        if read_only and revision != SCHEMA_REVISIONS[-1]:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the data folder {data_dir} is read-only and its database must first be upgraded "
                    "(schema {revision}); open it once where it may be written",
                ),
                data_dir=data_dir,
                revision=revision,
            )
        if revision != SCHEMA_REVISIONS[-1]:
            if revision is not None:
                backups = data_dir / "backups"
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
                try:
                    backups.mkdir(exist_ok=True)
                    write_backup_file(db_path, backups / f"emeeting-{revision}-{stamp}.db")
                except (OSError, sqlite3.Error) as e:
                    raise StoreError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{db_path} was not upgraded: cannot back it up in {backups}: {reason}"
                        ),
                        db_path=db_path,
                        backups=backups,
                        reason=_failure_reason(e, backups),
                    ) from None
            _upgrade(db_path)
        try:
            store = cls(data_dir, actor, read_only=read_only)
        except OSError as e:
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "cannot open the data folder {data_dir}: {reason}"),
                data_dir=data_dir,
                reason=e.strerror or e,
            ) from None
        # New, upgraded, or indexed by another version: built now (the write lock only then: opening a
        # store to read must not wait for another window's write). A database that cannot be read here
        # says so, in its own words, where it is used next.
        with suppress(StoreError, sqlite3.DatabaseError):
            if (build_index or revision is None) and store.search_index_due():  # a new store's is empty
                store.reindex(only_if_due=True)
        return store

    def search_index_due(self) -> bool:
        """Whether the search index must be built before searching (a new or upgraded store, or one
        indexed by another version) and may be (the store may be written)."""
        if self.read_only:
            return False
        try:
            with self.connection(reading=True) as conn:
                return not self.search_index(conn).built()
        except sqlite3.DatabaseError:  # says so, in its own words, where the database is used next
            return False

    def search_index(self, conn: sqlite3.Connection) -> SearchIndex:
        return SearchIndex(conn, self.index_text)

    @contextmanager
    def search_reader(self) -> Iterator[SearchIndex]:
        """The search index in a consistent snapshot, caught up first when someone else's write (a
        database tool, an older version) left changes it has not indexed."""
        try:
            with self.connection(reading=True) as conn:
                if not self.read_only and self.search_index(conn).pending():
                    self._catch_up_unless_busy(conn)
                conn.execute("BEGIN")
                try:
                    yield self.search_index(conn)
                finally:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
        except sqlite3.DatabaseError as e:
            raise database_error(self.db_path, e, writing=False) from None

    def _catch_up_unless_busy(self, conn: sqlite3.Connection) -> None:
        """Index what another program wrote (a database tool, an older version), unless someone is writing
        now: then the index is searched as it stands, and that writer's commit catches it up. A search
        must never wait for a writer (the search box asks at every pause in typing)."""
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if getattr(e, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                return
            raise
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        try:
            self.search_index(conn).catch_up()
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def reindex(self, *, only_if_due: bool = False, progress: Progress | None = None) -> int:
        """Rebuild the search index from the records; how many records it now indexes. ``only_if_due``:
        only when it was not built in this version's format (else 0). ``progress`` is told the records
        indexed so far and how many there are, now and then, from this thread."""
        self.require_writable()
        try:
            with self.write_connection() as conn:
                try:
                    index = self.search_index(conn)
                    if only_if_due and index.built():
                        conn.execute("ROLLBACK")
                        return 0
                    if index.missing():  # parts dropped behind the store's back: made again first
                        index.remake(_new_store_schema())
                    count = index.rebuild(progress)
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
                return count
        except sqlite3.DatabaseError as e:
            raise database_error(self.db_path, e, writing=True) from None

    def is_sealed(self, sha256: str) -> bool:
        """Whether these contents are a confidential paper kept encrypted here (a member's laptop): sealed,
        and held nowhere in clear."""
        return not self.blobs.has(sha256) and self.sealed.has(sha256)

    def close(self) -> None:
        """Nothing stays open between calls; kept so that owners can say when they are done."""

    @contextmanager
    def connection(self, *, reading: bool = False) -> Iterator[sqlite3.Connection]:
        """A connection to the database; ``reading``: one that only reads, which still opens on a full disk
        (where SQLite cannot grow the files beside a database it opens to write)."""
        if self.read_only:
            opened = connect_read_only(self.db_path, self.busy_timeout_ms)
        elif reading:
            try:
                opened = connect(self.db_path, self.busy_timeout_ms)
            except sqlite3.OperationalError as e:
                if not _low_on_space(self.data_dir):
                    raise
                try:
                    opened = connect_read_only(self.db_path, self.busy_timeout_ms)
                except sqlite3.Error:
                    raise e from None
        else:
            opened = connect(self.db_path, self.busy_timeout_ms)
        with closing(opened) as conn:
            yield conn

    @contextmanager
    def write_connection(self) -> Iterator[sqlite3.Connection]:
        """A connection holding SQLite's write lock (BEGIN IMMEDIATE) on the store's current database.

        ``emeeting restore`` swaps the database file under that same lock. A writer that opened the file
        before a restore and got the lock after it would write into the copy set aside, and its change
        would be lost without a word; it is refused here instead, before anything is written."""
        before = _file_identity(self.db_path)
        with self.connection() as conn:
            conn.execute("BEGIN IMMEDIATE")  # take the write lock up front: writers never deadlock
            if _file_identity(self.db_path) != before:
                conn.execute("ROLLBACK")
                raise replaced_error(self.data_dir)
            yield conn

    def require_writable(self) -> None:
        """Refuse a change, saying why, before any of it is made."""
        if self.read_only:
            raise read_only_error(self.data_dir)

    @contextmanager
    def recording(self) -> Iterator[Recording]:
        """Keep what the transactions this thread commits meanwhile change, as one Operation (what undo
        replays). Transactions that roll back leave nothing in it; other threads' writes are not its own."""
        thread = threading.get_ident()
        outer = self._recordings.get(thread)
        recording = self._recordings[thread] = Recording()
        try:
            yield recording
        finally:
            if outer is None:
                del self._recordings[thread]
            else:  # a recording inside another: the outer one keeps what the inner one kept too
                self._recordings[thread] = outer
                outer.add(recording.operation)

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        """A write transaction: everything in it commits together or not at all."""
        self.require_writable()
        recording = self._recordings.get(threading.get_ident())
        try:
            with self.write_connection() as conn:
                try:
                    repo = Repository(
                        conn,
                        self.codecs,
                        self.actor,
                        self.clock(),
                        journaling=recording is not None,
                        notes=self.notes,
                    )
                    yield repo
                    done = repo.journal()  # the after-images, read before anyone else may write
                    self.search_index(conn).catch_up()
                except BaseException:
                    if conn.in_transaction:  # SQLite may already have rolled back on some errors
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
                if recording is not None:
                    recording.add(done)
        except sqlite3.IntegrityError as e:
            raise _integrity_error(e) from None
        except sqlite3.DatabaseError as e:
            raise database_error(self.db_path, e, writing=True) from None
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
            with self.connection(reading=True) as conn:
                conn.execute("BEGIN")
                try:
                    yield Repository(conn, self.codecs, self.actor, self.clock(), notes=self.notes)
                finally:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
        except sqlite3.DatabaseError as e:
            raise database_error(self.db_path, e, writing=False) from None

    def backup(self, dest: Path) -> None:
        """An online copy of the database and blobs that ``Store.open(dest)`` can open."""
        if (dest / DB_FILE).exists():
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{dest} already holds an emeeting database; choose an empty folder"
                ),
                dest=dest,
            )
        self._refuse_to_back_up_damage(dest)
        partial = dest / (DB_FILE + PARTIAL_SUFFIX)
        try:
            dest.mkdir(parents=True, exist_ok=True)
            _write_checked_copy(self.db_path, partial, read_only=self.read_only)
            target = BlobStore(dest / "blobs")
            for sha in self.blobs.all_hashes():
                if not target.has(sha):
                    with self.blobs.open(sha) as src:
                        target.put_stream(src, sha)
            for sha in self.sealed.all_hashes():  # still sealed: the backup holds no key either
                copy = SealedBlobs(dest / "sealed").path(sha)
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self.sealed.path(sha), copy)
            partial.replace(dest / DB_FILE)  # the database appears last: a finished backup has both parts
            _fsync_dir(dest)
        except (OSError, sqlite3.Error, EmeetingError) as e:
            _remove_database(partial)
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "cannot write the backup to {dest}: {reason}"),
                dest=dest,
                reason=_failure_reason(e, dest if dest.exists() else dest.parent),
            ) from None

    def _refuse_to_back_up_damage(self, dest: Path) -> None:
        """A copy of a damaged database is a damaged backup that looks whole: say so, and write nothing."""
        try:
            with self.connection(reading=True) as conn:
                damage = _quick_check(conn)
        except sqlite3.DatabaseError as e:
            raise database_error(self.db_path, e, writing=False) from None
        if damage:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "no backup was written to {dest}: SQLite's check found {count} problems in the "
                    "database. {damage}",
                ),
                dest=dest,
                count=len(damage),
                damage=damaged_error(self.db_path),
            )

    def check(self) -> list[str]:
        """Every problem found: database integrity, references, and each document's content."""
        problems: list[str] = []
        with self.connection(reading=True) as conn:
            if damage := self._damage(conn):
                return [damage]  # nothing else in a damaged file can be trusted; restoring it comes first
            for row in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"database: {row[0]} row {row[1]} refers to a missing {row[2]}")
            problems += _live_rows_under_tombstones(conn, self.codecs)
            problems += [b.describe() for b in audit_chain.verify(conn).breaks]
            try:
                problems += self.search_index(conn).problems()
            except sqlite3.OperationalError as e:  # another program writing: FTS5 checks itself by writing
                raise database_error(self.db_path, e, writing=False) from None
            query = "SELECT DISTINCT sha256 FROM documents WHERE deleted = 0"
            referenced = {sha for (sha,) in conn.execute(query)}
        stored = set(self.blobs.all_hashes())
        sealed = set(self.sealed.all_hashes())
        for sha in sorted(referenced - stored - sealed):
            problems.append(f"document {sha[:12]}… is missing from blobs/")
        for sha in sorted(sealed - stored):  # only its key can check the content: the file's form here
            if not self.sealed.looks_sealed(sha):
                problems.append(f"confidential document {sha[:12]}… is damaged (not a sealed file)")
        for sha in sorted(stored):
            if sha256_of(self.blobs.path(sha)) != sha:
                problems.append(f"document {sha[:12]}… is damaged (content does not match its hash)")
        return problems

    def _damage(self, conn: sqlite3.Connection) -> str:
        """What to do when SQLite finds the file damaged (its own lines name pages, not remedies); or ""."""
        try:
            damage = [row for (row,) in conn.execute("PRAGMA integrity_check") if row != "ok"]
        except sqlite3.DatabaseError as e:
            if not _is_damage(e):
                raise
            damage = [str(e)]
        if not damage:
            return ""
        return f"database: {damaged_error(self.db_path)} ({len(damage)} problems found by SQLite)"


def restore(data_dir: Path, backup: Path) -> Path | None:
    """Put ``backup`` (a database from backups/, or a folder written by ``Store.backup``) in place of the
    store's database; returns where the database it replaces was kept (never deleted), or None.

    The backup is copied with SQLite's backup API and checked before anything in ``data_dir`` changes; its
    documents join the store's blobs. Refused while an emeeting window has the folder open (its screens
    would show and edit the replaced records). The old database (with its -wal) is moved aside under a
    timestamped name, and the checked copy takes its place in one rename, under SQLite's write lock on the
    old database: a writer either commits before (its change is in the copy kept) or is refused after
    (``Store.write_connection``), never writes unseen into the copy kept.
    """
    refuse_while_a_window_is_open(data_dir)
    source = backup / DB_FILE if backup.is_dir() else backup
    if not source.is_file():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "there is no backup at {backup}: give a .db file from {backups} or a folder written by "
                "`emeeting backup`",
            ),
            backup=backup,
            backups=data_dir / "backups",
        )
    db_path = data_dir / DB_FILE
    if data_dir.exists() and not _may_write(data_dir, db_path):
        raise read_only_error(data_dir)
    damaged_backup = StoreError(
        QT_TRANSLATE_NOOP(
            "Errors", "the backup {backup} is damaged or is not an emeeting backup: choose another"
        ),
        backup=backup,
    )
    try:
        revision = _current_revision(source)
    except StoreTooNewError:
        raise
    except StoreError:
        raise damaged_backup from None
    if revision is None:
        raise damaged_backup
    if revision not in SCHEMA_REVISIONS:
        raise StoreTooNewError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the backup {backup} was written by a newer version of emeeting (schema {revision}); install "
                "that version to restore it",
            ),
            backup=backup,
            revision=revision,
        )
    incoming = data_dir / (DB_FILE + ".restoring")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        for leftover in _sqlite_files(incoming):  # a restore cut short earlier
            leftover.unlink(missing_ok=True)
        _sqlite_backup(source, incoming, read_only=True)
        with closing(sqlite3.connect(incoming, isolation_level=None)) as copy:
            healthy = copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            copy.execute("PRAGMA journal_mode=DELETE")  # one file to move into place
        if not healthy:
            raise damaged_backup
        _fsync_file(incoming)
        if backup.is_dir() and (backup / "blobs").is_dir():
            _copy_blobs(BlobStore(backup / "blobs"), BlobStore(data_dir / "blobs"), backup)
        with _write_lock(db_path):
            kept = _move_aside(db_path) if db_path.exists() else None
            os.replace(incoming, db_path)
            _fsync_dir(data_dir)
    except sqlite3.DatabaseError:
        raise damaged_backup from None
    except OSError as e:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "cannot restore {backup} into {data_dir}: {reason}"),
            backup=backup,
            data_dir=data_dir,
            reason=e.strerror or e,
        ) from None
    finally:
        for leftover in _sqlite_files(incoming):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
    return kept


def _sqlite_files(db_path: Path) -> list[Path]:
    """A database file and the files SQLite keeps beside it."""
    return [db_path, *(db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]


def _move_aside(db_path: Path) -> Path:
    """Keep the database (and its -wal, which may hold its latest commits) under a timestamped name that
    SQLite still pairs them by. The main file is linked first, so ``db_path`` never goes missing (where the
    file system has hard links)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kept = db_path.with_name(f"{db_path.stem}-before-restore-{stamp}{db_path.suffix}")
    counter = 1
    while kept.exists():
        counter += 1
        kept = db_path.with_name(f"{db_path.stem}-before-restore-{stamp}-{counter}{db_path.suffix}")
    try:
        os.link(db_path, kept)
    except OSError:
        # A file system without hard links: rename (for the instant before the copy takes its place, no
        # database is there). Never a copy: closing a file this process has open drops SQLite's POSIX
        # locks on it, the write lock restore holds while it swaps the files among them.
        os.replace(db_path, kept)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            os.replace(companion, kept.with_name(kept.name + suffix))
    return kept


def _copy_blobs(source: BlobStore, target: BlobStore, backup: Path) -> None:
    for sha in source.all_hashes():
        if not target.has(sha):
            try:
                stream = source.open(sha)
            except StoreError:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the backup {backup} is damaged: its document {sha256}… no longer matches its hash; "
                        "nothing was restored: choose another backup, or copy {document} away from the "
                        "backup and restore again (that document then stays missing)",
                    ),
                    backup=backup,
                    sha256=sha[:12],
                    document=source.path(sha),
                ) from None
            with stream:
                target.put_stream(stream, sha)


@contextmanager
def _write_lock(db_path: Path) -> Iterator[None]:
    """Hold SQLite's write lock on the database while its files are swapped: no commit lands meanwhile.

    A writer waiting for the lock gets it on the file set aside and is refused there
    (``Store.write_connection``). A file SQLite cannot read at all (the damage a restore is for) cannot be
    written either, and is swapped without a lock."""
    if not db_path.exists():
        yield
        return
    with closing(sqlite3.connect(db_path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as e:
            if not _is_damage(e):
                if getattr(e, "sqlite_errorname", "") == "SQLITE_BUSY":
                    raise StoreError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "another emeeting has been writing to {db_path} for {seconds} seconds; nothing "
                            "was restored: try again when it is done",
                        ),
                        db_path=db_path,
                        seconds=BUSY_TIMEOUT_MS // 1000,
                    ) from None
                raise database_error(db_path, e, writing=True) from None
        try:
            yield
        finally:
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")


def window_open(data_dir: Path) -> bool:
    """Whether an emeeting window has ``data_dir`` open: it holds WINDOW_LOCK_FILE (Qt's QLockFile keeps an
    flock on it while held); where the file system has no such locks, whether the process it names runs."""
    lock = data_dir / WINDOW_LOCK_FILE
    try:
        with lock.open("rb") as f:
            try:
                import fcntl  # POSIX only
            except ImportError:
                fcntl = None  # type: ignore[assignment]
            if fcntl is not None:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return True
                except OSError:
                    pass  # no native locks on this file system: go by the process the file names
                else:
                    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
                    return False  # left behind by a window that is gone (a crash, a kill)
            lines = f.read(4096).decode("utf-8", "replace").splitlines()
    except FileNotFoundError:
        return False
    except OSError:
        return False  # a mark no one can read informs no one (the window does not rely on it either)
    return _process_runs(lines)


def _process_runs(lock_lines: list[str]) -> bool:
    """QLockFile's contents (process id, application name, host name): whether that process still runs."""
    try:
        pid = int(lock_lines[0])
    except (IndexError, ValueError):
        return False
    host = lock_lines[2] if len(lock_lines) > 2 else ""
    if host and host != socket.gethostname():
        return True  # a window on another computer (a shared folder): nothing here can tell it is gone
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's running process
    except OSError:
        return False
    return True


def refuse_while_a_window_is_open(data_dir: Path) -> None:
    if window_open(data_dir):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "an emeeting window has {data_dir} open: nothing was restored; close emeeting windows on "
                "this folder first (if none is open, delete {lock} and try again)",
            ),
            data_dir=data_dir,
            lock=data_dir / WINDOW_LOCK_FILE,
        )


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _live_rows_under_tombstones(conn: sqlite3.Connection, codecs: dict[type, EntityCodec]) -> list[str]:
    """Live rows whose parent is deleted: the foreign keys cannot see tombstones, so look for them here."""
    problems: list[str] = []
    for codec in codecs.values():
        if codec.personal:  # a reader's marks outlive a removed paper or item: listed as orphaned, not lost
            continue
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
