"""The search index's tables, described for Alembic (see tables.py; search_index.py uses them).

They are this computer's own, never synced, and derived: ``emeeting check --reindex`` rebuilds them from
the records. The FTS5 table over ``search_entries`` and the triggers that fill ``search_queue`` are SQLite's
own and have no SQLAlchemy description; migration 0010 creates them.

- ``search_entries``: one row per searchable thing, with its text (Thai words marked) and what filters it.
- ``search_queue``: the records changed since the index last caught up (the next commit catches up).
- ``search_meta``: the format the index was built in.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text


def add_search_tables(metadata: MetaData) -> None:
    entries = Table(
        "search_entries",
        metadata,
        Column("id", Integer(), primary_key=True),
        Column("source", String(16), nullable=False),  # domain.kinds.Kind of the indexed record
        Column("entity_id", String(36), nullable=False),
        Column("kind", String(16), nullable=False),  # domain.search.SearchKind
        Column("part", Integer(), nullable=False),  # a paper's page, a minutes version's number
        Column("meeting_id", String(36), nullable=True),
        Column("item_id", String(36), nullable=True),
        Column("committee_id", String(36), nullable=True),
        Column("day", String(10), nullable=True),
        Column("title", Text(), nullable=False),
        Column("words", Text(), nullable=False),
        Column("parts", Text(), nullable=False),
    )
    Index("ix_search_entries_source", entries.c.source, entries.c.entity_id)
    Index("ix_search_entries_meeting_id", entries.c.meeting_id)
    Table(
        "search_queue",
        metadata,
        Column("source", String(16), primary_key=True),
        Column("entity_id", String(36), primary_key=True),
    )
    Table(
        "search_meta",
        metadata,
        Column("key", String(32), primary_key=True),
        Column("value", Text(), nullable=False),
    )
