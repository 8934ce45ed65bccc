"""The live meeting's event log on the server: written by the server's live endpoints, read in id order by
every client of the meeting (a stream, or pages for catching up and for the evidence pack).

Every process serving one database writes and reads the same table, so an event written by one process
reaches the clients connected to another (each process's stream wakes on a notification or a short poll).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select

from emeeting.server.storage import live_events
from emeeting.storage.codec import datetime_to_db
from emeeting.sync import protocol as p

PAGE_MAX = 1000
# PostgreSQL: the channel every process of one database listens on (NOTIFY is scoped to the database), its
# payload the meeting's id; and the first key of the advisory lock that orders a meeting's events.
CHANNEL = "emeeting_live"
_LOCK_KEY = 15


@dataclass(frozen=True)
class Actor:
    """Who caused an event, as the evidence pack names them."""

    user_name: str
    device: str
    address: str


SERVER = Actor("", "", "")


def publish(
    conn: Connection, meeting_id: str, type: p.LiveType, data: dict[str, Any], actor: Actor = SERVER
) -> p.LiveEvent:
    """Write one event of the meeting in the caller's transaction; visible to readers once it commits.

    On PostgreSQL the meeting's events are written one transaction at a time (an advisory lock held until
    the caller's transaction ends): ids come from one sequence, and without the lock an event could become
    visible after a later one that a reader has already passed. Take it after ``Database.allocate`` when a
    transaction does both (every writer then locks in the same order). The notification that wakes the
    streams of every process goes out when the transaction commits.
    """
    postgres = conn.dialect.name == "postgresql"
    if postgres:
        conn.execute(select(func.pg_advisory_xact_lock(_LOCK_KEY, func.hashtext(meeting_id))))
    at = datetime_to_db(datetime.now(UTC))  # fixed-width UTC text, as every time the protocol sends
    event_id = conn.execute(
        insert(live_events)
        .values(
            meeting_id=meeting_id,
            type=str(type),
            data=json.dumps(data, ensure_ascii=False),
            at=at,
            user_name=actor.user_name,
            device=actor.device,
            address=actor.address,
        )
        .returning(live_events.c.id)
    ).scalar_one()
    if postgres:
        conn.execute(select(func.pg_notify(CHANNEL, meeting_id)))
    return p.LiveEvent(
        id=int(event_id), meeting_id=meeting_id, type=str(type), at=at, by=actor.user_name, data=data
    )


def events_after(conn: Connection, meeting_id: str, after: int, limit: int = PAGE_MAX) -> p.LiveEvents:
    """The meeting's events after id ``after``, oldest first, at most ``limit``."""
    limit = max(1, min(limit, PAGE_MAX))
    rows = conn.execute(
        select(
            live_events.c.id,
            live_events.c.type,
            live_events.c.at,
            live_events.c.user_name,
            live_events.c.data,
        )
        .where(live_events.c.meeting_id == meeting_id, live_events.c.id > after)
        .order_by(live_events.c.id)
        .limit(limit + 1)
    ).all()
    events = [
        p.LiveEvent(
            id=int(r.id), meeting_id=meeting_id, type=r.type, at=r.at, by=r.user_name, data=json.loads(r.data)
        )
        for r in rows[:limit]
    ]
    return p.LiveEvents(events=events, last=events[-1].id if events else after, more=len(rows) > limit)
