"""Reading and writing domain entities inside one transaction.

A Repository is bound to one connection of one transaction (see ``Store.transaction``/``Store.read``)
and speaks only domain dataclasses: callers never see rows, sessions or SQL.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, and_, func, insert, select, text, update

from emeeting.domain.errors import NotFoundError
from emeeting.domain.model import ENTITY_KIND, AuditEvent, Meeting
from emeeting.storage.tables import TABLE_NAMES, build_metadata

E = TypeVar("E")


def _enum_of(hint: Any) -> type[Enum] | None:
    for candidate in (hint, *typing.get_args(hint)):
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return candidate
    return None


class Schema:
    """Tables and the field conversions for each entity class, built once per store."""

    def __init__(self) -> None:
        self.metadata = build_metadata()
        self.tables: dict[type, Table] = {
            cls: self.metadata.tables[name] for cls, name in TABLE_NAMES.items()
        }
        self.fields: dict[type, tuple[str, ...]] = {}
        self.enums: dict[type, dict[str, type[Enum]]] = {}
        for cls in TABLE_NAMES:
            hints = typing.get_type_hints(cls)
            self.fields[cls] = tuple(f.name for f in dataclasses.fields(cls))
            self.enums[cls] = {
                name: enum for name in self.fields[cls] if (enum := _enum_of(hints[name])) is not None
            }

    def to_row(self, entity: object) -> dict[str, Any]:
        return {name: getattr(entity, name) for name in self.fields[type(entity)]}

    def from_row(self, cls: type[E], row: Any) -> E:
        mapping = row._mapping
        values = {name: mapping[name] for name in self.fields[cls]}
        for name, enum in self.enums[cls].items():
            if values[name] is not None:
                values[name] = enum(values[name])
        return cls(**values)


class Repository:
    def __init__(self, conn: Connection, schema: Schema, actor: str, now: datetime) -> None:
        self._conn = conn
        self._schema = schema
        self.actor = actor
        self.now = now

    def _table(self, cls: type) -> Table:
        return self._schema.tables[cls]

    def _live(self, table: Table) -> Any:
        return table.c.deleted.is_(False) if "deleted" in table.c else True

    def find(self, cls: type[E], id: str) -> E | None:
        table = self._table(cls)
        row = self._conn.execute(select(table).where(table.c.id == id, self._live(table))).first()
        return None if row is None else self._schema.from_row(cls, row)

    def get(self, cls: type[E], id: str) -> E:
        found = self.find(cls, id)
        if found is None:
            raise NotFoundError(f"no {ENTITY_KIND[cls].replace('_', ' ')} with id {id}")
        return found

    def select(self, cls: type[E], *, order_by: Sequence[str] = (), **where: Any) -> list[E]:
        """Live entities whose fields equal ``where`` (a list or set value means "one of")."""
        table = self._table(cls)
        conditions = [self._live(table)]
        for name, value in where.items():
            column = table.c[name]
            if isinstance(value, list | set | frozenset | tuple):
                conditions.append(column.in_(list(value)))
            elif value is None:
                conditions.append(column.is_(None))
            else:
                conditions.append(column == value)
        query = select(table).where(and_(*conditions)).order_by(*(table.c[n] for n in order_by))
        return [self._schema.from_row(cls, row) for row in self._conn.execute(query)]

    def insert(self, *entities: object) -> None:
        by_class: dict[type, list[dict[str, Any]]] = {}
        for entity in entities:
            row = self._schema.to_row(entity)
            if not isinstance(entity, AuditEvent):
                row.update(version=0, dirty=True, deleted=False, updated_at=self.now, updated_by=self.actor)
            by_class.setdefault(type(entity), []).append(row)
        for cls, rows in by_class.items():
            self._conn.execute(insert(self._table(cls)), rows)

    def update(self, entity: E) -> E:
        """Replace a live entity's fields; returns the previous value."""
        cls = type(entity)
        previous = self.get(cls, entity.id)  # type: ignore[attr-defined]
        table = self._table(cls)
        values = self._schema.to_row(entity)
        values.update(dirty=True, updated_at=self.now, updated_by=self.actor)
        self._conn.execute(update(table).where(table.c.id == values.pop("id")).values(**values))
        return previous

    def delete(self, cls: type[E], ids: Iterable[str]) -> None:
        """Tombstones, so that deletions can sync."""
        table = self._table(cls)
        self._conn.execute(
            update(table)
            .where(table.c.id.in_(list(ids)))
            .values(deleted=True, dirty=True, updated_at=self.now, updated_by=self.actor)
        )

    def audit_event(self, action: str, cls: type, entity_id: str, summary: str = "") -> AuditEvent:
        return AuditEvent(self.now, self.actor, action, ENTITY_KIND[cls], entity_id, summary)

    def audit(self, action: str, cls: type, entity_id: str, summary: str = "") -> None:
        self.insert(self.audit_event(action, cls, entity_id, summary))

    def audit_trail(self, entity_id: str) -> list[AuditEvent]:
        """The entity's history in the order it happened (insertion order within one transaction)."""
        table = self._table(AuditEvent)
        query = select(table).where(table.c.entity_id == entity_id).order_by(table.c.at, text("rowid"))
        return [self._schema.from_row(AuditEvent, row) for row in self._conn.execute(query)]

    def last_meeting_number(self, committee_id: str, year_be: int | None) -> tuple[int, int] | None:
        """The (number, BE year) of the committee's latest meeting, in one series or across all."""
        table = self._table(Meeting)
        query = select(table.c.number, table.c.year_be).where(
            table.c.committee_id == committee_id, table.c.deleted.is_(False)
        )
        if year_be is not None:
            query = query.where(table.c.year_be == year_be)
        row = self._conn.execute(
            query.order_by(table.c.year_be.desc(), table.c.number.desc()).limit(1)
        ).first()
        return None if row is None else (row.number, row.year_be)

    def count(self, cls: type, **where: Any) -> int:
        table = self._table(cls)
        conditions = [self._live(table), *(table.c[k] == v for k, v in where.items())]
        return int(
            self._conn.execute(select(func.count()).select_from(table).where(*conditions)).scalar_one()
        )
