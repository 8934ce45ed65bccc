"""The server's database: migrations give exactly the schema the code describes, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from emeeting.server.storage import Database, meta, metadata


def test_migrating_from_empty_gives_the_described_schema(db_url: str) -> None:
    db = Database(db_url, pool_size=1)
    try:
        db.upgrade()
        db.upgrade()  # a second start changes nothing
        with db.read() as conn:
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
            assert conn.execute(select(meta.c.version, meta.c.purged_through)).one() == (0, 0)
    finally:
        db.dispose()


def test_versions_are_handed_out_in_order_without_gaps(db_url: str) -> None:
    db = Database(db_url, pool_size=1)
    try:
        db.upgrade()
        with db.write() as conn:
            assert db.allocate(conn, 3) == 1
            assert db.allocate(conn, 1) == 4
        with db.write() as conn:  # a rolled back transaction gives its versions back
            db.allocate(conn, 5)
            conn.rollback()
        with db.write() as conn:
            assert db.allocate(conn, 1) == 5
    finally:
        db.dispose()
