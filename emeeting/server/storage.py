"""The server's own database: users, devices, the versioned records and the version counter.

SQLite (a file, the default) or PostgreSQL (``postgresql+psycopg://``). Records are kept whole as JSON in
one table, with the columns access control needs beside them (meeting, committee, person, owner, blob).
One counter row hands out versions: a push raises it first thing in its transaction, which serialises
pushes (a row lock on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so versions become visible in order and
a cursor never skips a change that commits later.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    select,
    update,
)
from sqlalchemy.engine import make_url

from emeeting.domain.errors import QT_TRANSLATE_NOOP, StoreError

metadata = MetaData(
    naming_convention={
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
    }
)

# One row: the newest version handed out, and the newest version of a tombstone that was purged (a cursor
# below it cannot be served any more).
meta = Table(
    "server_meta",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("purged_through", BigInteger, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(16), nullable=False),  # admin | secretary | member
    Column("person_id", String(36)),  # the Person this user is in the meeting records
    Column("disabled", Boolean, nullable=False),
    Column("totp_secret", String(64)),  # base32; None: no second factor
    Column("totp_last_step", BigInteger),  # the last time step whose code logged in: each code works once
    Column("scope_serial", Integer, nullable=False),  # raised when role or committees change
    Column("created_at", String(26), nullable=False),
)

secretary_committees = Table(
    "secretary_committees",
    metadata,
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("committee_id", String(36), nullable=False),
    PrimaryKeyConstraint("user_id", "committee_id"),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", String(26), nullable=False),
    Column("expires_at", String(26), nullable=False),
    Column("revoked", Boolean, nullable=False),
    # What the device's cursor was built under; a different scope means it must resync.
    Column("scope", String(64), nullable=False),
    Column("scope_serial", Integer, nullable=False),
    # How the login that made this device's token proved who it was: "password" or "password+totp".
    Column("verified_by", String(32), nullable=False, server_default="password"),
)
Index("ix_devices_user_id", devices.c.user_id)

policies = Table(
    "committee_policies",
    metadata,
    Column("committee_id", String(36), primary_key=True),
    Column("offline_days", Integer, nullable=False),
    Column("allow_top_secret", Boolean, nullable=False),
)

records = Table(
    "records",
    metadata,
    Column("kind", String(32), nullable=False),
    Column("id", String(36), nullable=False),
    Column("version", BigInteger, nullable=False, unique=True),
    Column("deleted", Boolean, nullable=False),
    Column("data", Text, nullable=False),  # JSON, as emeeting.sync.protocol.encode writes it
    Column("committee_id", String(36)),
    Column("meeting_id", String(36)),
    Column("item_id", String(36)),
    Column("person_id", String(36)),
    Column("owner_id", String(36)),  # private notes: the user who wrote it
    Column("sha256", String(64)),  # documents: the blob
    # Live ballots: their vote, so that the unique key below allows one ballot per voter per vote (a
    # withdrawn ballot's tombstone has none: NULLs never collide).
    Column("vote_id", String(36)),
    Column("updated_at", String(26), nullable=False),
    Column("updated_by", String(200), nullable=False),
    PrimaryKeyConstraint("kind", "id"),
    UniqueConstraint("vote_id", "person_id", name="uq_records_ballot_voter"),
)
# By meeting and kind: a scope asks for the few agenda items, votes, invitations and papers of meetings
# that may hold thousands of annotations.
Index("ix_records_meeting_id_kind", records.c.meeting_id, records.c.kind)
Index("ix_records_person_id", records.c.person_id)
Index("ix_records_sha256", records.c.sha256)
Index("ix_records_committee_id", records.c.committee_id)

# Who proved to hold a blob's bytes by uploading them: only they (and those who may see a document that
# refers to it) may name it in a document, so that knowing a hash never opens a file.
blob_holders = Table(
    "blob_holders",
    metadata,
    Column("sha256", String(64), nullable=False),
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    PrimaryKeyConstraint("sha256", "user_id"),
)

# The live meeting's channel: one ordered stream of events per meeting (the id orders them; a client that
# reconnects resumes after the last id it saw). Kept with the meeting: they are the traffic data of its
# evidence pack (who joined when, from which device and address, what the chair showed, who checked in).
live_events = Table(
    "live_events",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("meeting_id", String(36), nullable=False),
    Column("type", String(32), nullable=False),
    Column("data", Text, nullable=False),  # JSON
    Column("at", String(26), nullable=False),  # ISO 8601 UTC, the server's clock
    Column("user_name", String(200), nullable=False),  # "" for the server's own events
    Column("device", String(200), nullable=False),
    Column("address", String(64), nullable=False),  # the client's network address as the server saw it
)
Index("ix_live_events_meeting_id_id", live_events.c.meeting_id, live_events.c.id)

# A member's check-in to a meeting: when, from which device and address, in the room or online, and how
# the login behind it was verified.
checkins = Table(
    "checkins",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("meeting_id", String(36), nullable=False),
    Column("person_id", String(36), nullable=False),
    Column("user_name", String(200), nullable=False),
    Column("device", String(200), nullable=False),
    Column("address", String(64), nullable=False),
    Column("mode", String(16), nullable=False),  # present (in the room) | online
    Column("verified_by", String(32), nullable=False),
    Column("at", String(26), nullable=False),
)
Index("ix_checkins_meeting_id", checkins.c.meeting_id)

# A secret vote's ballots: who has voted and how many chose each answer, in two tables with nothing that
# links a voter to a choice (no ballot row, no time, no order shared between them).
secret_voters = Table(
    "secret_voters",
    metadata,
    Column("vote_id", String(36), nullable=False),
    Column("person_id", String(36), nullable=False),
    PrimaryKeyConstraint("vote_id", "person_id"),
)
secret_tallies = Table(
    "secret_tallies",
    metadata,
    Column("vote_id", String(36), nullable=False),
    Column("choice", String(16), nullable=False),
    Column("count", Integer, nullable=False),
    PrimaryKeyConstraint("vote_id", "choice"),
)

# Each user's calendar feed (at most one): the hash of the secret in its address, which the user asks for
# anew (the old address stops working) or revokes; disabling the user revokes it too.
calendar_feeds = Table(
    "calendar_feeds",
    metadata,
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", String(26), nullable=False),
)

# One row: a random id made when the database is created, so a client can tell a replaced (recreated,
# restored elsewhere) server at the same URL from the one it synced with, and must not mirror its emptiness.
identity = Table(
    "server_identity",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("server_id", String(36), nullable=False),
    Column("created_at", String(26), nullable=False),
)

HEAD = "0003"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's begin hook below issues BEGIN itself
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=30000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


class Database:
    """Two engines on one database: reads (a snapshot) and writes (serialised by the counter)."""

    def __init__(self, url: str, *, pool_size: int = 20) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self._server_id: str | None = None
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            self.reader = create_engine(url, pool_size=pool_size, max_overflow=10)
            self.writer = create_engine(url, pool_size=2)
            event.listen(self.reader, "connect", _sqlite_pragmas)
            event.listen(self.writer, "connect", _sqlite_pragmas)
            event.listen(self.reader, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
            event.listen(self.writer, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        else:
            # A pull reads its page and the caller's scope from one snapshot.
            self.reader = create_engine(
                url, pool_size=pool_size, max_overflow=10, isolation_level="REPEATABLE READ"
            )
            self.writer = create_engine(url, pool_size=5, max_overflow=5)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.reader.begin() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.writer.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self.reader.dispose()
        self.writer.dispose()

    def upgrade(self) -> None:
        """Bring the schema to head with the server's own Alembic migrations."""
        from alembic import command
        from alembic.config import Config
        from alembic.util import CommandError
        from sqlalchemy.exc import SQLAlchemyError

        config = Config()
        config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
        try:
            with self.writer.begin() as conn:
                if not self.is_sqlite:  # several processes starting at once on one database: one at a time
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(15, 0)")
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        except (SQLAlchemyError, CommandError, OSError) as e:
            reason = " ".join(str(getattr(e, "orig", None) or e).split())
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "the server database could not be upgraded: {reason}"),
                reason=reason,
            ) from None

    def server_id(self) -> str:
        """The database's random id (made once, with the database); read once per process."""
        if self._server_id is None:
            with self.read() as conn:
                self._server_id = str(conn.execute(select(identity.c.server_id)).scalar_one())
        return self._server_id

    def server_version(self, conn: Connection) -> int:
        return int(conn.execute(select(meta.c.version)).scalar_one())

    def counters(self, conn: Connection) -> tuple[int, int]:
        """The newest version and the newest purged tombstone's version."""
        newest, purged = conn.execute(select(meta.c.version, meta.c.purged_through)).one()
        return int(newest), int(purged)

    def allocate(self, conn: Connection, count: int) -> int:
        """Reserve ``count`` versions; returns the first. Holds the counter until the transaction ends."""
        newest = conn.execute(
            update(meta).values(version=meta.c.version + count).returning(meta.c.version)
        ).scalar_one()
        return int(newest) - count + 1
