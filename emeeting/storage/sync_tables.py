"""The desktop's sync bookkeeping tables, described for Alembic (see tables.py; sync_state.py uses them).

- ``sync_servers``: per server, the login name, the pull cursor, whether a full resync is due, the last
  contact and what ``/me`` said (role, committees, committee policies) as JSON.
- ``sync_shadows``: each record as last seen from a server (the base of a three-way merge), whether it
  first came from that server (``received``: what a revoke or an offline expiry may wipe) and whether it
  is waiting for a record it refers to (``parked``).
- ``sync_sent``: what was last pushed and not yet acknowledged: if the answer was lost, the record that
  comes back with exactly this content is our own change, not someone else's.
- ``sync_conflicts``: local values that lost to the server's, kept for the user to see.
- ``sync_published``: meetings a secretary publishes to a server.
- ``private_notes``: an attendee's own notes, synced to their account only.
- ``live_events``: the events of a live meeting's channel as received from a server (ids in the server's
  order), kept for the meeting's evidence pack and so that a reconnecting channel resumes after the last.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, MetaData, String, Table, Text


def _sync_columns() -> list[Column[Any]]:
    return [
        Column("version", Integer(), nullable=False, server_default="0"),
        Column("dirty", Boolean(), nullable=False, server_default="1"),
        Column("deleted", Boolean(), nullable=False, server_default="0"),
        Column("updated_at", String(26), nullable=False),
        Column("updated_by", Text(), nullable=False),
    ]


def add_sync_tables(metadata: MetaData) -> None:
    Table(
        "sync_servers",
        metadata,
        Column("url", Text(), primary_key=True),
        Column("user", Text(), nullable=False),
        Column("cursor", Integer(), nullable=False, server_default="0"),
        Column("resync", Boolean(), nullable=False, server_default="1"),
        Column("last_contact", String(26), nullable=True),
        Column("info", Text(), nullable=False, server_default="{}"),
    )
    Table(
        "sync_shadows",
        metadata,
        Column("server", Text(), primary_key=True),
        Column("kind", String(32), primary_key=True),
        Column("id", String(36), primary_key=True),
        Column("version", Integer(), nullable=False),
        Column("deleted", Boolean(), nullable=False),
        Column("data", Text(), nullable=False),
        Column("received", Boolean(), nullable=False, server_default="0"),
        Column("parked", Boolean(), nullable=False, server_default="0"),
    )
    Table(
        "sync_sent",
        metadata,
        Column("server", Text(), primary_key=True),
        Column("kind", String(32), primary_key=True),
        Column("id", String(36), primary_key=True),
        Column("deleted", Boolean(), nullable=False),
        Column("data", Text(), nullable=False),
    )
    conflicts = Table(
        "sync_conflicts",
        metadata,
        Column("id", String(36), primary_key=True),
        Column("server", Text(), nullable=False),
        Column("kind", String(32), nullable=False),
        Column("record_id", String(36), nullable=False),
        Column("field", Text(), nullable=False),
        Column("local_value", Text(), nullable=False),
        Column("server_value", Text(), nullable=False),
        Column("at", String(26), nullable=False),
        Column("resolved", Boolean(), nullable=False, server_default="0"),
    )
    Index("ix_sync_conflicts_record_id", conflicts.c.record_id)
    Table(
        "sync_published",
        metadata,
        Column("server", Text(), primary_key=True),
        Column("meeting_id", String(36), primary_key=True),
    )
    notes = Table(
        "private_notes",
        metadata,
        Column("id", String(36), primary_key=True),
        Column("meeting_id", String(36), ForeignKey("meetings.id"), nullable=False),
        Column("item_id", String(36), ForeignKey("agenda_items.id"), nullable=True),
        Column("text", Text(), nullable=False),
        *_sync_columns(),
    )
    Index("ix_private_notes_meeting_id", notes.c.meeting_id)
    Index("ix_private_notes_item_id", notes.c.item_id)
    live = Table(
        "live_events",
        metadata,
        Column("server", Text(), primary_key=True),
        Column("id", Integer(), primary_key=True, autoincrement=False),
        Column("meeting_id", String(36), nullable=False),
        Column("type", String(32), nullable=False),
        Column("at", String(26), nullable=False),
        Column("by", Text(), nullable=False),
        Column("data", Text(), nullable=False),  # JSON, as the server sent it
    )
    Index("ix_live_events_meeting_id", live.c.meeting_id)
