"""The schema for Alembic, derived from the domain dataclasses so there is one description of every field.

Each synced entity becomes a table whose columns are the dataclass fields plus the sync columns
(version, dirty, deleted, updated_at, updated_by). Migrations under ``migrations/versions`` are the
history of this schema; a test checks that migrating from empty gives exactly this metadata.
"""

from __future__ import annotations

import dataclasses
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    text,
)

from emeeting.domain.kinds import RECORDS, REFERENCES, SELF_REFERENCES
from emeeting.storage.codec import datetime_from_db, datetime_to_db, field_type
from emeeting.storage.mail_tables import add_mail_tables
from emeeting.storage.search_tables import add_search_tables
from emeeting.storage.sync_tables import add_sync_tables


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as fixed-width UTC text (see codec.py, which the application uses)."""

    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else datetime_to_db(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime_from_db(value)


class IsoDate(TypeDecorator[date]):
    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)


def _column(name: str, hint: Any, table_name: str) -> Column[Any]:
    hint, nullable = field_type(hint)
    sql_type: Any
    if isinstance(hint, type) and issubclass(hint, Enum):
        sql_type = String(32)
    elif hint is bool:
        sql_type = Boolean()
    elif hint is int:
        sql_type = Integer()
    elif hint is datetime:
        sql_type = UtcDateTime()
    elif hint is date:
        sql_type = IsoDate()
    elif hint is str:
        sql_type = String(36) if name == "id" or name.endswith("_id") else Text()
    else:  # pragma: no cover - a new field type must be mapped here deliberately
        raise TypeError(f"no column type for {name}: {hint!r}")
    args: list[Any] = []
    if name in REFERENCES:
        args.append(ForeignKey(f"{REFERENCES[name].table}.id"))
    elif name in SELF_REFERENCES:
        args.append(ForeignKey(f"{table_name}.id"))
    return Column(name, sql_type, *args, primary_key=name == "id", nullable=nullable)


def _sync_columns() -> list[Column[Any]]:
    return [
        Column("version", Integer(), nullable=False, server_default="0"),
        Column("dirty", Boolean(), nullable=False, server_default="1"),
        Column("deleted", Boolean(), nullable=False, server_default="0"),
        Column("updated_at", UtcDateTime(), nullable=False),
        Column("updated_by", Text(), nullable=False),
    ]


def _audit_chain_columns() -> list[Column[Any]]:
    """Each audit event's place in the hash chain (see audit_chain.py)."""
    return [
        Column("seq", Integer(), nullable=False),
        Column("prev_hash", String(64), nullable=False),
        Column("hash", String(64), nullable=False),
    ]


def _add_audit_chain_tables(metadata: MetaData) -> None:
    """The chain's recorded head (one row) and the head as it was at each certification of minutes."""
    Table(
        "audit_head",
        metadata,
        Column("id", Integer(), primary_key=True),
        Column("seq", Integer(), nullable=False),
        Column("hash", String(64), nullable=False),
    )
    # No foreign key to minutes_versions: the anchor must outlive whatever happens to that row.
    Table(
        "audit_anchors",
        metadata,
        Column("minutes_version_id", String(36), primary_key=True),
        Column("seq", Integer(), nullable=False),
        Column("hash", String(64), nullable=False),
        Column("at", UtcDateTime(), nullable=False),
    )


def build_metadata() -> MetaData:
    metadata = MetaData(
        naming_convention={
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    for row in RECORDS:  # private notes are the sync bookkeeping's (sync_tables.py)
        table_name = row.table
        hints = typing.get_type_hints(row.cls)
        fields = sorted(
            dataclasses.fields(row.cls), key=lambda f: f.name != "id"
        )  # id first, then as declared
        columns = [_column(f.name, hints[f.name], table_name) for f in fields]
        if row.synced:
            columns += _sync_columns()
        else:
            columns += _audit_chain_columns()
        table = Table(table_name, metadata, *columns)
        for column in table.columns:
            if column.foreign_keys:
                Index(f"ix_{table_name}_{column.name}", column)
    meetings, documents = metadata.tables["meetings"], metadata.tables["documents"]
    committees = metadata.tables["committees"]
    Index("ix_meetings_series", meetings.c.committee_id, meetings.c.year_be, meetings.c.number)
    # Among live rows only: a tombstone keeps its values but no longer holds its number or short name.
    live = text("deleted = 0")
    Index(
        "uq_meetings_live_number",
        meetings.c.committee_id,
        meetings.c.year_be,
        meetings.c.number,
        unique=True,
        sqlite_where=live,
        postgresql_where=live,
    )
    Index(
        "uq_committees_live_short_name",
        committees.c.short_name,
        unique=True,
        sqlite_where=live,
        postgresql_where=live,
    )
    Index("ix_documents_sha256", documents.c.sha256)
    Index("ix_audit_events_entity_id", metadata.tables["audit_events"].c.entity_id)
    Index("uq_audit_events_seq", metadata.tables["audit_events"].c.seq, unique=True)
    _add_audit_chain_tables(metadata)
    add_sync_tables(metadata)
    add_mail_tables(metadata)
    add_search_tables(metadata)
    return metadata
