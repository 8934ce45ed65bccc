"""Opening a store: migrations, schema drift, pragmas, version checks, backups and the health check."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

import emeeting.storage.store as store_module
from emeeting.domain import model as m
from emeeting.domain.errors import StoreError, StoreTooNewError
from emeeting.domain.kinds import RECORDS
from emeeting.storage.audit_chain import CHAIN_TABLES
from emeeting.storage.mail_log import MAIL_TABLES
from emeeting.storage.search_index import FTS_TABLE, SEARCH_TABLES
from emeeting.storage.store import DB_FILE, SCHEMA_REVISIONS, Store, _sqlite_backup
from emeeting.storage.sync_state import SYNC_TABLES
from emeeting.storage.tables import build_metadata

MIGRATIONS = Path(store_module.__file__).with_name("migrations")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def set_revision(db: Path, revision: str) -> None:
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        conn.close()


def add_people(store: Store, *names: str) -> list[m.Person]:
    people = [m.Person(name, "ทดสอบ") for name in names]
    with store.transaction() as repo:
        repo.insert(*people)
    return people


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


def script_directory() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


# -- creating and migrating --------------------------------------------------------------------------------


def test_a_fresh_store_is_created_by_upgrading_from_empty(data_dir: Path) -> None:
    assert not data_dir.exists()
    store = Store.open(data_dir / "nested")
    try:
        db = data_dir / "nested" / DB_FILE
        assert db.is_file()
        assert (data_dir / "nested" / "blobs").is_dir()
        assert not (data_dir / "nested" / "backups").exists()  # nothing to back up on first open
        assert sqlite_rows(db, "SELECT version_num FROM alembic_version") == [(SCHEMA_REVISIONS[-1],)]
        tables = {name for (name,) in sqlite_rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {
            *(row.table for row in RECORDS),
            *SYNC_TABLES,
            *CHAIN_TABLES,
            *MAIL_TABLES,
            *SEARCH_TABLES,
            *(FTS_TABLE + suffix for suffix in ("", "_data", "_idx", "_docsize", "_config")),  # FTS5's own
            "alembic_version",
        }
        assert store.check() == []
    finally:
        store.close()


def test_migrating_from_empty_matches_the_metadata(store: Store) -> None:
    engine = create_engine(f"sqlite:///{store.db_path}")
    try:
        with engine.connect() as conn:
            # The FTS5 table and its shadow tables are SQLite's own, with no SQLAlchemy description.
            opts = {"include_name": lambda name, kind, _parent: not (name or "").startswith(FTS_TABLE)}
            drift = compare_metadata(MigrationContext.configure(conn, opts=opts), build_metadata())
    finally:
        engine.dispose()
    assert drift == []


def test_schema_revisions_list_every_migration_oldest_first() -> None:
    scripts = script_directory()
    assert len(scripts.get_heads()) == 1, "migrations must form one line of history"
    history = [rev.revision for rev in scripts.walk_revisions("base", "heads")]  # newest first
    assert tuple(reversed(history)) == SCHEMA_REVISIONS


def test_reopening_keeps_the_data_and_makes_no_backup(data_dir: Path) -> None:
    store = Store.open(data_dir)
    people = add_people(store, "หนึ่ง", "สอง")
    store.close()
    store = Store.open(data_dir)
    try:
        with store.read() as repo:
            assert sorted(repo.select(m.Person), key=lambda p: p.first_name) == sorted(
                people, key=lambda p: p.first_name
            )
        assert not (data_dir / "backups").exists()
    finally:
        store.close()


@pytest.mark.parametrize("another_open", [False, True])
def test_pragmas_are_set_on_every_connection(store: Store, another_open: bool) -> None:
    with contextlib.ExitStack() as stack:
        if another_open:
            stack.enter_context(store.connection())
        with store.connection() as conn:  # the connection transactions and reads are made of
            pragma = {
                name: conn.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "secure_delete")
            }
    assert pragma["journal_mode"] == "wal"
    assert pragma["synchronous"] == 2  # FULL
    assert pragma["foreign_keys"] == 1
    assert pragma["busy_timeout"] > 0
    # What is deleted is overwritten, not left in free pages (a confidential paper's text emptied on a
    # member's laptop), whatever the SQLite build's default.
    assert pragma["secure_delete"] == 1


# -- refusing what we cannot open --------------------------------------------------------------------------


def test_a_store_from_a_newer_version_is_refused_and_left_unchanged(data_dir: Path) -> None:
    Store.open(data_dir).close()
    db = data_dir / DB_FILE
    set_revision(db, "9999")
    before = digest(db)
    listing = sorted(p.name for p in data_dir.iterdir())

    with pytest.raises(StoreTooNewError, match=r"newer version of emeeting \(schema 9999\)"):
        Store.open(data_dir)

    assert digest(db) == before
    # No backup, nothing new but SQLite's own -wal/-shm sidecars that a read-only reader of a WAL file needs.
    after = sorted(p.name for p in data_dir.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert after == listing
    assert sqlite_rows(db, "SELECT version_num FROM alembic_version") == [("9999",)]


def test_a_newer_store_in_rollback_journal_mode_is_left_unchanged(data_dir: Path) -> None:
    """A newer version's file that is not in WAL mode (e.g. restored from a VACUUM INTO copy)."""
    data_dir.mkdir()
    db = data_dir / DB_FILE
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.close()
    before = digest(db)

    with pytest.raises(StoreTooNewError):
        Store.open(data_dir)

    assert digest(db) == before


@pytest.mark.parametrize(
    "content",
    [b"this is not a database, just some text\n" * 200, bytes(range(256)) * 64],
    ids=["text", "binary"],
)
def test_a_garbage_database_file_gives_a_clear_error(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir()
    db = data_dir / DB_FILE
    db.write_bytes(content)

    with pytest.raises(StoreError, match="is damaged or is not an emeeting database") as caught:
        Store.open(data_dir)

    message = str(caught.value)
    assert str(db) in message
    assert "\n" not in message
    assert db.read_bytes() == content


def test_a_data_folder_that_cannot_be_created_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create the data folder"):
        Store.open(blocker / "data")


def test_another_programs_database_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    db = data_dir / DB_FILE
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("CREATE TABLE people (name TEXT)")  # even a name that emeeting uses too
        conn.execute("INSERT INTO people VALUES ('someone else''s data')")
    conn.close()
    before = digest(db)

    with pytest.raises(StoreError, match="is not an emeeting database") as caught:
        Store.open(data_dir)

    assert "\n" not in str(caught.value)
    assert digest(db) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [DB_FILE]  # no backup, no blobs, no sidecars


def test_a_backup_folder_that_cannot_be_made_stops_the_upgrade(data_dir: Path) -> None:
    create_at_revision(data_dir, "0001")
    (data_dir / "backups").write_text("a file where the backups folder belongs")
    before = digest(data_dir / DB_FILE)

    with pytest.raises(StoreError, match="was not upgraded: cannot back it up"):
        Store.open(data_dir)

    assert digest(data_dir / DB_FILE) == before  # never upgraded without its backup


def test_a_blobs_folder_that_cannot_be_made_gives_a_clear_error(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "blobs").write_text("a file where the blobs folder belongs")
    with pytest.raises(StoreError, match="cannot open the data folder"):
        Store.open(data_dir)


# -- backups -----------------------------------------------------------------------------------------------


def test_sqlite_backup_copies_a_live_database_including_its_wal(store: Store, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    with store.connection():  # another user of the database keeps the WAL from being checkpointed away
        people = add_people(store, "ก", "ข", "ค")
        wal = store.data_dir / (DB_FILE + "-wal")
        assert wal.is_file() and wal.stat().st_size > 0  # the rows are (also) in the WAL
        _sqlite_backup(store.db_path, copy)

    assert sqlite_rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert sorted(r[0] for r in sqlite_rows(copy, "SELECT id FROM people")) == sorted(p.id for p in people)
    assert sqlite_rows(copy, "SELECT version_num FROM alembic_version") == [(SCHEMA_REVISIONS[-1],)]


def test_upgrading_an_older_store_backs_it_up_first(data_dir: Path) -> None:
    """A store made by the previous release (schema 0001) is backed up, then upgraded to the head."""
    create_at_revision(data_dir, "0001")
    people = add_people(Store(data_dir, actor="old release"), "ก่อน", "อัปเกรด")

    Store.open(data_dir).close()

    assert sqlite_rows(data_dir / DB_FILE, "SELECT version_num FROM alembic_version") == [
        (SCHEMA_REVISIONS[-1],)
    ]
    (backup,) = (data_dir / "backups").iterdir()
    assert backup.name.startswith("emeeting-0001-") and backup.suffix == ".db"
    stamp = datetime.strptime(backup.stem.removeprefix("emeeting-0001-"), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - stamp).total_seconds()) < 120
    assert sqlite_rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sorted(r[0] for r in sqlite_rows(backup, "SELECT id FROM people")) == sorted(p.id for p in people)
    upgraded = Store.open(data_dir)
    with upgraded.read() as repo:
        assert sorted(p.id for p in repo.select(m.Person)) == sorted(p.id for p in people)
    assert upgraded.check() == []


def test_an_upgraded_stores_records_are_found_by_search_at_once(data_dir: Path) -> None:
    """A store from before the search index (0009): opening it builds the index from its records."""
    from emeeting.services.search import SearchService

    create_at_revision(data_dir, "0009")
    (person,) = add_people(Store(data_dir, actor="old release"), "ประยุทธ")
    upgraded = Store.open(data_dir)
    results = SearchService(upgraded).search("ประยุทธ")
    assert [hit.entity_id for group in results.groups for hit in group.hits] == [person.id]
    assert upgraded.check() == []


def test_an_upgrade_that_fails_is_a_clear_error_and_leaves_the_backup(data_dir: Path) -> None:
    """Two live meetings with one number, possible before 0002, cannot take 0002's unique index."""
    create_at_revision(data_dir, "0001")
    # Written as that release wrote them: the columns of 0001's meetings table, not today's.
    committee = m.Committee("คณะกรรมการ", "C")
    with Store(data_dir, actor="old release").transaction() as repo:
        repo.insert(committee)
    with sqlite3.connect(data_dir / DB_FILE) as conn:
        conn.executemany(
            "INSERT INTO meetings (id, committee_id, number, year_be, title, start, place, online_link, mode,"
            " status, secrecy, urgency, reconvened, updated_at, updated_by) VALUES (?, ?, 1, 2569, 'ประชุม',"
            " '2026-03-01 00:00:00.000000', '', '', 'in_person', 'draft', 'normal', 'normal', 0,"
            " '2026-03-01 00:00:00.000000', 'old release')",
            [(m.new_id(), committee.id) for _ in range(2)],
        )

    with pytest.raises(StoreError, match="could not be upgraded: UNIQUE constraint failed") as caught:
        Store.open(data_dir)

    assert "\n" not in str(caught.value)
    assert sqlite_rows(data_dir / DB_FILE, "SELECT version_num FROM alembic_version") == [("0001",)]
    (backup,) = (data_dir / "backups").iterdir()
    assert sqlite_rows(backup, "SELECT count(*) FROM meetings") == [(2,)]


def test_backup_gives_a_folder_that_opens_with_the_same_rows_and_blobs(store: Store, tmp_path: Path) -> None:
    people = add_people(store, "สำรอง", "ข้อมูล")
    shas = [store.blobs.put_bytes(b"%PDF-1.4 one"), store.blobs.put_bytes(b"%PDF-1.4 two")]
    with store.transaction() as repo:
        repo.delete(m.Person, [people[1].id])  # tombstones travel too

    dest = tmp_path / "backup" / "2569-03-10"
    store.backup(dest)

    assert not list(dest.glob("*.partial"))
    copy = Store.open(dest)
    try:
        with copy.read() as repo:
            assert repo.select(m.Person) == [people[0]]
        assert set(sqlite_rows(dest / DB_FILE, "SELECT id, deleted FROM people")) == {
            (people[0].id, 0),
            (people[1].id, 1),
        }
        assert sorted(copy.blobs.all_hashes()) == sorted(shas)
        assert copy.blobs.read_bytes(shas[0]) == b"%PDF-1.4 one"
        assert copy.check() == []
    finally:
        copy.close()


def test_backup_refuses_a_folder_that_already_holds_a_database(store: Store, tmp_path: Path) -> None:
    dest = tmp_path / "taken"
    Store.open(dest).close()
    before = digest(dest / DB_FILE)
    add_people(store, "ไม่", "ทับ")
    with pytest.raises(StoreError, match="already holds an emeeting database"):
        store.backup(dest)
    assert digest(dest / DB_FILE) == before


def test_backup_into_its_own_folder_is_refused(store: Store) -> None:
    with pytest.raises(StoreError):
        store.backup(store.data_dir)


# -- health check ------------------------------------------------------------------------------------------


def _document(store: Store, content: bytes) -> m.Document:
    committee = m.Committee("คณะกรรมการ", "C")
    meeting = m.Meeting(committee.id, 1, 2569, "ประชุม", datetime(2026, 3, 1, tzinfo=UTC))
    sha = store.blobs.put_bytes(content)
    document = m.Document(meeting.id, "เอกสาร", "doc.pdf", "application/pdf", len(content), sha)
    with store.transaction() as repo:
        repo.insert(committee, meeting, document)
    return document


def test_check_is_empty_on_a_healthy_store(store: Store) -> None:
    _document(store, b"%PDF-1.4 healthy")
    assert store.check() == []


def test_check_reports_a_tampered_blob(store: Store) -> None:
    document = _document(store, b"%PDF-1.4 original")
    store.blobs.path(document.sha256).write_bytes(b"%PDF-1.4 tampered")
    assert store.check() == [f"document {document.sha256[:12]}… is damaged (content does not match its hash)"]


def test_check_reports_a_document_whose_blob_is_missing(store: Store) -> None:
    document = _document(store, b"%PDF-1.4 soon gone")
    store.blobs.path(document.sha256).unlink()
    assert store.check() == [f"document {document.sha256[:12]}… is missing from blobs/"]

    with store.transaction() as repo:  # a deleted document no longer needs its content
        repo.delete(m.Document, [document.id])
    assert store.check() == []


def test_check_reports_broken_references(store: Store) -> None:
    conn = sqlite3.connect(store.data_dir / DB_FILE)  # damage done behind the app's back (FKs off)
    try:
        with conn:
            conn.execute(
                "INSERT INTO memberships (id, committee_id, person_id, role, voting, version, dirty, deleted,"
                " updated_at, updated_by) VALUES ('ms-1', 'no-committee', 'no-person', 'member', 1, 0, 1, 0,"
                " '2026-03-01 00:00:00.000000', 'test')"
            )
    finally:
        conn.close()
    problems = store.check()
    assert problems and all(p.startswith("database: memberships row") for p in problems)


def test_check_reports_live_rows_whose_parent_is_deleted(store: Store) -> None:
    """Foreign keys see a tombstone as a row; check must see it as the deleted record it is."""
    document = _document(store, b"%PDF-1.4 orphaned")
    with store.transaction() as repo:  # a delete without its cascade, as a bug or a bad sync might do
        repo.delete(m.Meeting, [document.meeting_id])
    assert store.check() == [
        f"database: documents row {document.id} refers to the deleted meetings row {document.meeting_id}"
    ]


def test_a_failed_backup_leaves_no_partial_database(store: Store, tmp_path: Path) -> None:
    add_people(store, "สำรอง", "ไม่สำเร็จ")
    store.blobs.put_bytes(b"%PDF-1.4 content")
    dest = tmp_path / "backup"
    dest.mkdir()
    (dest / "blobs").write_text("a file where the blobs folder belongs")  # fails after the database copy

    with pytest.raises(StoreError, match=f"cannot write the backup to {dest}: ") as caught:
        store.backup(dest)

    assert "\n" not in str(caught.value)
    assert sorted(p.name for p in dest.iterdir()) == ["blobs"]


@pytest.mark.skipif(
    not Path("/proc/self").is_dir(), reason="needs Linux /proc, where nobody can make folders"
)
def test_a_backup_into_a_folder_that_cannot_be_made_is_a_clear_error(store: Store) -> None:
    with pytest.raises(StoreError, match="cannot write the backup to /proc/emeeting-backup"):
        store.backup(Path("/proc/emeeting-backup"))


def test_live_events_kept_by_address_are_filed_under_the_server_database_they_came_from(
    data_dir: Path,
) -> None:
    """Before 0008 the live events were kept by the server's address; they came from the server database
    this desktop synced with, and are filed under it (a replaced server then starts a log of its own)."""
    create_at_revision(data_dir, "0007")
    db = data_dir / DB_FILE
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany(
            "INSERT INTO sync_servers (url, user, cursor, resync, info) VALUES (?, 'somsri', 0, 0, ?)",
            [("https://a.example", '{"synced_server_id": "db-a"}'), ("https://b.example", "{}")],
        )
        conn.executemany(
            "INSERT INTO live_events (server, id, meeting_id, type, at, by, data) VALUES (?, ?, 'm', 'chair',"
            " '2026-12-07T07:30:00+00:00', 'somsri', '{}')",
            [("https://a.example", 1), ("https://a.example", 2), ("https://b.example", 1)],
        )
    conn.close()
    Store.open(data_dir).close()
    assert sorted(sqlite_rows(db, "SELECT server, id FROM live_events")) == [
        ("https://a.example#db-a", 1),
        ("https://a.example#db-a", 2),
        ("https://b.example", 1),  # a server whose database this desktop does not know keeps its address
    ]


def test_opening_a_store_does_not_wait_for_another_writer(data_dir: Path) -> None:
    """The search index is built when a store is opened only where it is due: opening a built store (a
    command beside a window that is writing) takes no write lock and does not wait for one."""
    import time

    Store.open(data_dir).close()
    writer = sqlite3.connect(data_dir / DB_FILE, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        began = time.monotonic()
        Store.open(data_dir).close()
        assert time.monotonic() - began < 2
    finally:
        writer.execute("ROLLBACK")
        writer.close()
