"""How entity fields are written to and read from SQLite columns.

The running application reads and writes through the standard ``sqlite3`` module with these codecs;
SQLAlchemy (tables.py) describes the same columns for Alembic and is imported only to migrate. Importing
SQLAlchemy alone takes longer than starting a bare Qt window, so it stays off the start-up path.
"""

from __future__ import annotations

import typing
from datetime import UTC, date, datetime
from enum import Enum
from types import UnionType
from typing import Any

from emeeting.domain.kinds import FACTS, RECORDS, kind_of


def datetime_to_db(value: datetime) -> str:
    """Fixed-width UTC text ("0999-01-02 03:04:05.000006"), so that text order is time order.

    Not strftime: on glibc its %Y does not zero-pad years below 1000, which fromisoformat cannot read.
    """
    if value.tzinfo is None:
        raise ValueError("naive datetime: times must carry their time zone")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def datetime_from_db(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def to_db(value: Any) -> Any:
    """A field value as SQLite stores it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return datetime_to_db(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def field_type(hint: Any) -> tuple[Any, bool]:
    """The field's base type and whether it may be None."""
    if isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union:
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        return members[0], True
    return hint, False


def _reader(hint: Any) -> Any:
    base, _ = field_type(hint)
    if isinstance(base, type) and issubclass(base, Enum):
        return base
    if base is bool:
        return bool
    if base is datetime:
        return datetime_from_db
    if base is date:
        return date.fromisoformat
    return None


class EntityCodec:
    """Column list and value conversions for one entity class."""

    def __init__(self, cls: type) -> None:
        hints = typing.get_type_hints(cls)
        facts = FACTS[kind_of(cls)]
        self.cls = cls
        self.table = facts.table
        self.fields = facts.fields
        self.synced = facts.synced
        self.personal = facts.personal
        # (field, referenced class) for every reference field, e.g. ("meeting_id", Meeting).
        self.references: tuple[tuple[str, type], ...] = tuple((name, k.cls) for name, k in facts.references)
        self.columns_sql = ", ".join(f'"{name}"' for name in self.fields)
        self._readers = tuple(
            (index, reader) for index, name in enumerate(self.fields) if (reader := _reader(hints[name]))
        )

    def row(self, entity: object) -> list[Any]:
        return [to_db(getattr(entity, name)) for name in self.fields]

    def entity(self, row: tuple[Any, ...]) -> Any:
        values = list(row)
        for index, reader in self._readers:
            if values[index] is not None:
                values[index] = reader(values[index])
        return self.cls(**dict(zip(self.fields, values, strict=True)))


def codecs() -> dict[type, EntityCodec]:
    """A codec for every kind of a meeting's record (the kinds the repository keeps)."""
    return {row.cls: EntityCodec(row.cls) for row in RECORDS}
