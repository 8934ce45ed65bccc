"""Certified minutes freeze the meeting on the server too, where every device's changes meet.

A device may have edited a meeting offline before its minutes were certified elsewhere and send the edit
afterwards; the desktop's own check (``services.frozen``) never sees such an edit, so the server refuses
it. The rule is the desktop's (``domain.freeze``); the server applies it to a push as a whole, against
what it held before the push — a push that certifies minutes carries the last edits made before
certifying, and those go through.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from emeeting.domain import freeze
from emeeting.domain import model as m
from emeeting.domain.kinds import Kind, kind_of
from emeeting.server.storage import records
from emeeting.sync import protocol as p

_CERTIFIED = m.MinutesStatus.CERTIFIED.value


class _Records:
    """Records by kind and id: those of the push first, then the server's."""

    def __init__(self, conn: Connection, pushed: dict[tuple[type, str], Any]) -> None:
        self._conn = conn
        self._known = dict(pushed)

    def find(self, cls: type, id: str) -> Any | None:
        key = (cls, id)
        if key not in self._known:
            row = self.row(kind_of(cls), id)
            self._known[key] = None if row is None else _decoded(row.kind, json.loads(row.data))
        return self._known[key]

    def row(self, kind: str, id: str) -> Any | None:
        return self._conn.execute(
            select(records.c.kind, records.c.data, records.c.deleted).where(
                records.c.kind == kind, records.c.id == id
            )
        ).first()


def _decoded(kind: str, data: dict[str, Any]) -> Any | None:
    try:
        return p.decode(kind, data)
    except p.RecordError:  # refused as invalid by the push's own checks
        return None


def certified_meetings(conn: Connection, meeting_ids: Iterable[str]) -> set[str]:
    """Those of ``meeting_ids`` whose minutes the server holds as certified."""
    wanted = sorted(set(meeting_ids))
    if not wanted:
        return set()
    rows = conn.execute(
        select(records.c.meeting_id, records.c.data).where(
            records.c.kind == Kind.MINUTES,
            records.c.meeting_id.in_(wanted),
            records.c.deleted.is_(False),
        )
    ).all()
    return {row.meeting_id for row in rows if json.loads(row.data).get("status") == _CERTIFIED}


def frozen_changes(conn: Connection, changes: list[p.Change]) -> set[tuple[str, str]]:
    """The (kind, id) of the changes that would create, change or delete part of the record of a meeting
    whose minutes the server holds as certified, and that are neither one of the changes that stay open
    after certification nor part of an amendment (a push that brings the meeting's next frozen version
    of its minutes)."""
    new: dict[tuple[str, str], Any | None] = {}
    for change in changes:
        new[(change.kind, change.id)] = None if change.deleted else _decoded(change.kind, change.data)
    found = _Records(conn, {(type(e), e.id): e for e in new.values() if e is not None})
    writes: list[tuple[tuple[str, str], Any | None, Any | None, set[str]]] = []
    amended: set[str] = set()
    for change in changes:
        if not Kind(change.kind).facts.of_the_record:  # an attendee's own note or annotation
            continue
        entity = new[(change.kind, change.id)]
        current = found.row(change.kind, change.id)
        previous = (
            None if current is None or current.deleted else _decoded(change.kind, json.loads(current.data))
        )
        if previous is None and entity is None:
            continue  # a tombstone sent again, or an invalid record refused by the push's own checks
        if previous == entity or freeze.stays_open(previous, entity):
            continue
        meetings = {
            meeting_id
            for value in (previous, entity)
            if value is not None
            for meeting_id in freeze.meetings_reached(value, found.find)
        }
        if isinstance(entity, m.MinutesVersion) and previous is None:
            amended |= meetings
        writes.append(((change.kind, change.id), previous, entity, meetings))
    certified = certified_meetings(conn, {i for *_, meetings in writes for i in meetings})
    frozen: set[tuple[str, str]] = set()
    for key, previous, entity, meetings in writes:
        touched = meetings & certified
        if not touched:
            continue
        if touched <= amended and entity is not None and freeze.amends(entity, insert=previous is None):
            continue  # an amendment: its entries, its frozen version, corrections of the record
        frozen.add(key)
    return frozen
