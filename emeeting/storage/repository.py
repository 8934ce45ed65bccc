"""Reading and writing domain entities inside one transaction.

A Repository is bound to one connection of one transaction (see ``Store.transaction``/``Store.read``)
and speaks only domain dataclasses: callers never see rows, connections or SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from emeeting.domain.certification import StoreTrail
from emeeting.domain.errors import (
    QT_TRANSLATE_NOOP,
    Moment,
    NotFoundError,
    StaleWriteError,
    ValidationError,
)
from emeeting.domain.journal import ABSENT, Operation, RowChange, RowImage
from emeeting.domain.kinds import Kind, kind_of
from emeeting.domain.model import (
    AgendaItem,
    Annotation,
    AuditEvent,
    Document,
    ItemNote,
    Meeting,
    Minutes,
    MinutesEntry,
    Person,
)
from emeeting.storage import audit_chain
from emeeting.storage.codec import EntityCodec, datetime_from_db, datetime_to_db, to_db
from emeeting.storage.sealed_notes import Ciphers, NoteSealer

E = TypeVar("E")


def _stale_error(cls: type, who: str, when: Moment) -> StaleWriteError:
    """What a refused stale write says: the records a user edits on their own screens by name, any other
    kind by its kind. "Reloaded": the screens read the store again when a write is refused (ui.undo)."""
    if cls is Meeting:
        return StaleWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this meeting was changed by {who} at {when}, after you opened it; it has been reloaded — "
                "make your change again",
            ),
            who=who,
            when=when,
        )
    if cls is AgendaItem:
        return StaleWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this agenda item was changed by {who} at {when}, after you opened it; it has been "
                "reloaded — make your change again",
            ),
            who=who,
            when=when,
        )
    if cls is Document:
        return StaleWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this document was changed by {who} at {when}, after you opened it; it has been reloaded — "
                "make your change again",
            ),
            who=who,
            when=when,
        )
    if cls is Person:
        return StaleWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this person was changed by {who} at {when}, after you opened it; it has been reloaded — "
                "make your change again",
            ),
            who=who,
            when=when,
        )
    if cls is ItemNote:
        return StaleWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the notes on this agenda item were changed by {who} at {when}, after you opened them; "
                "they have been reloaded — make your change again",
            ),
            who=who,
            when=when,
        )
    if cls is Minutes or cls is MinutesEntry:
        return StaleWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the minutes were changed by {who} at {when}, after you opened them; they have been "
                "reloaded — make your change again",
            ),
            who=who,
            when=when,
        )
    return StaleWriteError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "this {kind} was changed by {who} at {when}, after you opened it; it has been reloaded — "
            "make your change again",
        ),
        kind=kind_of(cls).words,
        who=who,
        when=when,
    )


def _local_time(at: datetime, now: datetime) -> Moment:
    """A moment as the user's clock showed it: the time alone today, with the date otherwise."""
    local, today = at.astimezone(), now.astimezone()
    return Moment(local, with_date=local.date() != today.date())


def _one_of(values: Iterable[Any]) -> str:
    """A single JSON parameter for ``IN``: no limit on the number of values, one cached statement."""
    return json.dumps([to_db(v) for v in values])


class Repository:
    def __init__(
        self,
        conn: sqlite3.Connection,
        codecs: dict[type, EntityCodec],
        actor: str,
        now: datetime,
        *,
        journaling: bool = False,
        notes: NoteSealer | None = None,
    ):
        self._conn = conn
        self._codecs = codecs
        self._notes = notes  # seals annotations on confidential papers as they are stored, opens them read
        self._ciphers: Ciphers = {}  # their keys, for this transaction only
        self.actor = actor
        self.now = now
        # With ``journaling``: each entity row written, as it was before its first write here (undo).
        self._before: dict[tuple[type, str], RowImage] | None = {} if journaling else None

    def _where(
        self, codec: EntityCodec, where: dict[str, Any], *, tombstones: bool = False
    ) -> tuple[str, list[Any]]:
        """The SQL condition for live rows (``tombstones``: deleted ones) whose fields equal ``where``."""
        if tombstones and not codec.synced:
            raise ValueError(f"{codec.table} keeps no tombstones")
        clauses = [f"deleted = {int(tombstones)}"] if codec.synced else ["1"]
        params: list[Any] = []
        for name, value in where.items():
            if name not in codec.fields:
                raise KeyError(f"{codec.table} has no field {name}")
            if isinstance(value, list | set | frozenset | tuple):
                clauses.append(f'"{name}" IN (SELECT value FROM json_each(?))')
                params.append(_one_of(value))
            elif value is None:
                clauses.append(f'"{name}" IS NULL')
            else:
                clauses.append(f'"{name}" = ?')
                params.append(to_db(value))
        return " AND ".join(clauses), params

    def select(self, cls: type[E], *, order_by: Sequence[str] = (), **where: Any) -> list[E]:
        """Live entities whose fields equal ``where`` (a list or set value means "one of")."""
        codec = self._codecs[cls]
        condition, params = self._where(codec, where)
        if any(n not in codec.fields for n in order_by):
            raise KeyError(f"cannot order {codec.table} by {order_by}")
        order = " ORDER BY " + ", ".join(f'"{n}"' for n in order_by) if order_by else ""
        sql = f"SELECT {codec.columns_sql} FROM {codec.table} WHERE {condition}{order}"
        return [self._entity(codec, row) for row in self._conn.execute(sql, params)]

    def _entity(self, codec: EntityCodec, row: Sequence[Any]) -> Any:
        """An entity from its stored row (an annotation's sealed content opened, in memory only)."""
        if codec.cls is Annotation and self._notes is not None:
            opened = self._notes.open(dict(zip(codec.fields, row, strict=True)), self._ciphers)
            row = tuple(opened[name] for name in codec.fields)
        return codec.entity(tuple(row))

    def _row(self, codec: EntityCodec, entity: object) -> list[Any]:
        """An entity's stored row (an annotation on a paper sealed here sealed with that paper's key)."""
        row = codec.row(entity)
        if codec.cls is Annotation and self._notes is not None:
            data = dict(zip(codec.fields, row, strict=True))
            sealed = self._notes.seal(self._conn, data, self._ciphers, made_here=True)
            row = [sealed[name] for name in codec.fields]
        return row

    def find(self, cls: type[E], id: str) -> E | None:
        found = self.select(cls, id=id)
        return found[0] if found else None

    def get(self, cls: type[E], id: str) -> E:
        found = self.find(cls, id)
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "no {kind} with id {id}"),
                kind=kind_of(cls).words,
                id=id,
            )
        return found

    def count(self, cls: type, **where: Any) -> int:
        codec = self._codecs[cls]
        condition, params = self._where(codec, where)
        row = self._conn.execute(f"SELECT count(*) FROM {codec.table} WHERE {condition}", params).fetchone()
        return int(row[0])

    def insert(self, *entities: object) -> None:
        by_class: dict[type, list[object]] = {}
        for entity in entities:
            by_class.setdefault(type(entity), []).append(entity)
        for cls, group in by_class.items():
            codec = self._codecs[cls]
            if cls is AuditEvent:  # every audit event becomes the next link of the hash chain
                audit_chain.append(self._conn, codec, group)
                continue
            if self._before is not None:
                for entity in group:
                    self._before.setdefault((cls, entity.id), ABSENT)  # type: ignore[attr-defined]
            columns, marks = codec.columns_sql, ", ".join("?" * len(codec.fields))
            rows = [self._row(codec, entity) for entity in group]
            if codec.synced:
                columns += ", version, dirty, deleted, updated_at, updated_by"
                marks += ", 0, 1, 0, ?, ?"
                stamp = [datetime_to_db(self.now), self.actor]
                rows = [row + stamp for row in rows]
            self._conn.executemany(f"INSERT INTO {codec.table} ({columns}) VALUES ({marks})", rows)

    def update(self, entity: E, *, base: E | None = None) -> E:
        """Replace a live entity's fields; returns the previous value.

        ``base`` is the value the edit was made from: when the row no longer holds exactly that (someone
        else wrote it meanwhile), StaleWriteError says who and when, and nothing is written. Without a
        base the caller vouches that it read the row in this same transaction.
        """
        if base is None:
            previous = self.get(type(entity), entity.id)  # type: ignore[attr-defined]
        else:
            if base.id != entity.id:  # type: ignore[attr-defined]
                raise ValueError("an edit's base must be the same entity")
            previous = self.refuse_stale(base)
        self._overwrite(entity, was_deleted=False)
        return previous

    def refuse_stale(self, base: E) -> E:
        """The stored entity, when it is still exactly ``base`` (the value an edit was made from);
        StaleWriteError, naming who changed it and when, when someone else wrote it meanwhile."""
        cls = type(base)
        current = self.get(cls, base.id)  # type: ignore[attr-defined]
        if current != base:
            raise self.stale(cls, base.id)  # type: ignore[attr-defined]
        return current

    def stale(self, cls: type, entity_id: str) -> StaleWriteError:
        """The refusal of a write over a row that ``entity_id``'s last writer changed meanwhile."""
        return _stale_error(cls, *self._last_writer(cls, entity_id))

    def _last_writer(self, cls: type, entity_id: str) -> tuple[str, Moment]:
        """Who last wrote the row, and when in local time."""
        table = self._codecs[cls].table
        who, at = self._conn.execute(
            f"SELECT updated_by, updated_at FROM {table} WHERE id = ?", [entity_id]
        ).fetchone()
        return who, _local_time(datetime_from_db(at), self.now)

    def refuse_deleted_meanwhile(self, cls: type, **where: Any) -> None:
        """For an edit of a row the screen showed that is no longer live: StaleWriteError naming who
        deleted it and when (writing it again would undo their delete), if a tombstone matches ``where``."""
        codec = self._codecs[cls]
        condition, params = self._where(codec, where, tombstones=True)
        sql = f"SELECT id FROM {codec.table} WHERE {condition} ORDER BY updated_at DESC LIMIT 1"
        row = self._conn.execute(sql, params).fetchone()
        if row is not None:
            raise self.stale(cls, row[0])

    def tombstoned(self, cls: type, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that exist only as tombstones (deleted rows kept for sync)."""
        table = self._codecs[cls].table
        sql = f"SELECT id FROM {table} WHERE deleted = 1 AND id IN (SELECT value FROM json_each(?))"
        return {row[0] for row in self._conn.execute(sql, [_one_of(ids)])}

    def restore(self, entity: object) -> None:
        """Bring a tombstoned entity back to life with these field values."""
        if not self._overwrite(entity, was_deleted=True):
            kind = kind_of(type(entity)).words
            entity_id = entity.id  # type: ignore[attr-defined]
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "no deleted {kind} with id {id}"), kind=kind, id=entity_id
            )

    def _overwrite(self, entity: object, *, was_deleted: bool) -> bool:
        """Write every field of the row in that state (live or tombstone), leaving it live and dirty."""
        self._remember(type(entity), [entity.id])  # type: ignore[attr-defined]
        codec = self._codecs[type(entity)]
        names = [n for n in codec.fields if n != "id"]
        assignments = ", ".join(f'"{n}" = ?' for n in names)
        stored = dict(zip(codec.fields, self._row(codec, entity), strict=True))
        values = [stored[n] for n in names]
        cursor = self._conn.execute(
            f"UPDATE {codec.table} SET {assignments}, deleted = 0, dirty = 1, updated_at = ?, updated_by = ? "
            "WHERE id = ? AND deleted = ?",
            [*values, datetime_to_db(self.now), self.actor, entity.id, int(was_deleted)],  # type: ignore[attr-defined]
        )
        return cursor.rowcount == 1

    def check_references(self, entities: Sequence[object]) -> None:
        """Refuse entities that refer to a deleted or missing row (the foreign keys see tombstones as rows).

        One query per referenced table, whatever the number of entities; call it after writing them, so
        that entities may refer to each other.
        """
        wanted: dict[type, set[str]] = {}
        for entity in entities:
            for name, target in self._codecs[type(entity)].references:
                if (value := getattr(entity, name)) is not None:
                    wanted.setdefault(target, set()).add(value)
        for target, ids in wanted.items():
            table = self._codecs[target].table
            missing = self._conn.execute(
                f"SELECT value FROM json_each(?) AS wanted WHERE NOT EXISTS "
                f"(SELECT 1 FROM {table} WHERE id = wanted.value AND deleted = 0) LIMIT 1",
                [_one_of(ids)],
            ).fetchone()
            if missing is not None:
                what = kind_of(target).words
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "this refers to a deleted or missing {what} ({id})"),
                    what=what,
                    id=missing[0],
                )

    def delete(self, cls: type, ids: Iterable[str]) -> None:
        """Tombstones, so that deletions can sync."""
        ids = list(ids)
        self._remember(cls, ids)
        self._conn.execute(
            f"UPDATE {self._codecs[cls].table} SET deleted = 1, dirty = 1, updated_at = ?, updated_by = ? "
            "WHERE id IN (SELECT value FROM json_each(?))",
            [datetime_to_db(self.now), self.actor, _one_of(ids)],
        )

    def images(self, cls: type, ids: Iterable[str]) -> dict[str, RowImage]:
        """The rows with these ids as they are now, live or tombstones (ids with no row are left out)."""
        codec = self._codecs[cls]
        sql = (
            f"SELECT {codec.columns_sql}, deleted FROM {codec.table} "
            "WHERE id IN (SELECT value FROM json_each(?))"
        )
        found: dict[str, RowImage] = {}
        for *values, deleted in self._conn.execute(sql, [_one_of(ids)]):
            entity = self._entity(codec, values)
            found[entity.id] = RowImage(entity, bool(deleted))
        return found

    def image(self, cls: type, entity_id: str) -> RowImage:
        return self.images(cls, [entity_id]).get(entity_id, ABSENT)

    def _remember(self, cls: type, ids: Sequence[str]) -> None:
        """Keep the before-image of rows about to be written for the first time in this transaction."""
        if self._before is None:
            return
        new = [i for i in ids if (cls, i) not in self._before]
        if new:
            found = self.images(cls, new)
            for entity_id in new:
                self._before[(cls, entity_id)] = found.get(entity_id, ABSENT)

    def journal(self) -> Operation:
        """What this transaction changed so far, row by row (empty unless it was opened journaling)."""
        if not self._before:
            return Operation()
        by_class: dict[type, list[str]] = {}
        for cls, entity_id in self._before:
            by_class.setdefault(cls, []).append(entity_id)
        after = {cls: self.images(cls, ids) for cls, ids in by_class.items()}
        return Operation.of(
            RowChange(cls, entity_id, before, after[cls].get(entity_id, ABSENT))
            for (cls, entity_id), before in self._before.items()
        )

    def refuse_changed_since(self, row: RowChange) -> None:
        """For an undo or redo of a step: StaleWriteError naming who changed the row and when (the screens
        reload, as for a stale edit), unless the row is still exactly as the step left it."""
        now = self.image(row.cls, row.id)
        if now == row.after:
            return
        if row.after.absent or now.absent:
            raise StaleWriteError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this step cannot be undone or redone: the {kind} it changed has been removed since",
                ),
                kind=kind_of(row.cls).words,
            )
        who, when = self._last_writer(row.cls, row.id)
        raise StaleWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this step cannot be undone or redone: the {kind} it changed was changed again by {who} at "
                "{when}; the screens show it as it is now",
            ),
            kind=kind_of(row.cls).words,
            who=who,
            when=when,
        )

    def audit_event(self, action: str, cls: type, entity_id: str, summary: str = "") -> AuditEvent:
        return AuditEvent(self.now, self.actor, action, kind_of(cls), entity_id, summary)

    def audit(self, action: str, cls: type, entity_id: str, summary: str = "") -> None:
        self.insert(self.audit_event(action, cls, entity_id, summary))

    def audit_trail(self, entity_id: str) -> list[AuditEvent]:
        """The entity's history in the order it happened (insertion order within one transaction)."""
        codec = self._codecs[AuditEvent]
        sql = f"SELECT {codec.columns_sql} FROM audit_events WHERE entity_id = ? ORDER BY at, rowid"
        rows = self._conn.execute(sql, [entity_id])
        return [codec.entity(row) for row in rows]

    def meeting_audit_trail(self, meeting_id: str) -> list[AuditEvent]:
        """The history of a meeting and of everything that is or was in it — agenda items, documents,
        invitations, votes, ballots, minutes, their versions … deleted ones included, as their tombstones
        still name the meeting — in the order it happened."""
        codec = self._codecs[AuditEvent]
        sql = (
            f"SELECT {codec.columns_sql} FROM audit_events "
            "WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY at, rowid"
        )
        rows = self._conn.execute(sql, [_one_of(self._meeting_record_ids(meeting_id))])
        return [codec.entity(row) for row in rows]

    def meeting_record_ids(self, meeting_id: str) -> set[str]:
        """Ids of the meeting and of every record that is or was in it (tombstones included)."""
        return self._meeting_record_ids(meeting_id)

    def _meeting_record_ids(self, meeting_id: str) -> set[str]:
        """Ids of the meeting and of every row, live or tombstone, that refers to it directly or through
        another such row (an item's recusals, a vote's ballots, the minutes' versions)."""
        found: dict[type, set[str]] = {Meeting: {meeting_id}}
        grew = True
        while grew:
            grew = False
            for cls, codec in self._codecs.items():
                for name, target in codec.references:
                    parents = found.get(target)
                    if not parents or not codec.synced:
                        continue
                    sql = f'SELECT id FROM {codec.table} WHERE "{name}" IN (SELECT value FROM json_each(?))'
                    ids = {row[0] for row in self._conn.execute(sql, [_one_of(parents)])}
                    known = found.setdefault(cls, set())
                    if not ids <= known:
                        known |= ids
                        grew = True
        return set().union(*found.values())

    def audit_links(self, meeting_id: str | None = None) -> list[tuple[int, AuditEvent]]:
        """Audit events with their place in the hash chain, in the order they happened: the whole store's,
        or those of a meeting's record (as ``meeting_audit_trail``)."""
        codec = self._codecs[AuditEvent]
        sql = f"SELECT seq, {codec.columns_sql} FROM audit_events"
        params: list[Any] = []
        if meeting_id is not None:
            sql += " WHERE entity_id IN (SELECT value FROM json_each(?))"
            params.append(_one_of(self._meeting_record_ids(meeting_id)))
        links: list[tuple[int, AuditEvent]] = []
        for seq, *values in self._conn.execute(sql + " ORDER BY at, seq", params):
            try:
                event = codec.entity(tuple(values))
            except (ValueError, TypeError):
                continue  # a row made by hand that is not even an event: the chain's report names it
            if isinstance(seq, int) and all(isinstance(v, str) for v in values):
                links.append((seq, event))
        return links

    def including_deleted(self, cls: type[E], ids: Iterable[str]) -> list[E]:
        """Entities with these ids whether live or tombstoned (what a trail names may be deleted since)."""
        codec = self._codecs[cls]
        sql = f"SELECT {codec.columns_sql} FROM {codec.table} WHERE id IN (SELECT value FROM json_each(?))"
        return [self._entity(codec, row) for row in self._conn.execute(sql, [_one_of(ids)])]

    def marks_on_earlier_versions(
        self, owner: str, shapes: Iterable[Any], document_id: str | None = None
    ) -> list[Annotation]:
        """The owner's live annotations of these shapes made on another version of a live paper than the one
        it holds now (what re-anchoring looks at), found by one query: the others are not read or opened."""
        codec, papers = self._codecs[Annotation], self._codecs[Document]
        columns = ", ".join(f'a."{name}"' for name in codec.fields)
        sql = (
            f"SELECT {columns} FROM {codec.table} a JOIN {papers.table} d ON d.id = a.document_id"
            " WHERE a.deleted = 0 AND d.deleted = 0 AND a.owner = ? AND a.sha256 != d.sha256"
            " AND a.shape IN (SELECT value FROM json_each(?))"
        )
        params: list[Any] = [owner, _one_of(shapes)]
        if document_id is not None:
            sql += " AND a.document_id = ?"
            params.append(document_id)
        return [self._entity(codec, row) for row in self._conn.execute(sql, params)]

    def document_hashes(self) -> set[str]:
        """The contents any document refers to, deleted ones included (they may be restored)."""
        return {row[0] for row in self._conn.execute("SELECT DISTINCT sha256 FROM documents")}

    def anchor_audit_trail(self, minutes_version_id: str) -> audit_chain.Link | None:
        """Keep the chain's head as it is now with a frozen minutes version (after this transaction's
        events): a later rewrite of the trail up to this point no longer matches it."""
        return audit_chain.anchor(self._conn, minutes_version_id, self.now)

    def audit_anchor(self, minutes_version_id: str) -> audit_chain.Link | None:
        return audit_chain.anchor_of(self._conn, minutes_version_id)

    def verify_audit_chain(self) -> audit_chain.ChainReport:
        return audit_chain.verify(self._conn)

    def audit_head(self) -> audit_chain.Link | None:
        return audit_chain.head(self._conn)

    def certification_trail(self, minutes_version_ids: Sequence[str]) -> StoreTrail:
        """Which of the frozen versions have an anchor here, and which arrived by sync."""
        kind = Kind.MINUTES_VERSION
        return StoreTrail(
            frozenset(audit_chain.anchored(self._conn, minutes_version_ids)),
            frozenset(audit_chain.received_by_sync(self._conn, kind, minutes_version_ids)),
        )

    def meeting_numbered(self, committee_id: str, year_be: int, number: int) -> Meeting | None:
        """The committee's live meeting with this number in this BE year, if there is one."""
        found = self.select(Meeting, committee_id=committee_id, year_be=year_be, number=number)
        return found[0] if found else None

    def last_meeting_number(self, committee_id: str, year_be: int | None) -> tuple[int, int] | None:
        """The (number, BE year) of the committee's latest meeting, in one series or across all."""
        sql = "SELECT number, year_be FROM meetings WHERE committee_id = ? AND deleted = 0"
        params: list[Any] = [committee_id]
        if year_be is not None:
            sql += " AND year_be = ?"
            params.append(year_be)
        row = self._conn.execute(sql + " ORDER BY year_be DESC, number DESC LIMIT 1", params).fetchone()
        return None if row is None else (int(row[0]), int(row[1]))
