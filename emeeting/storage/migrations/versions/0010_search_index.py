"""the search index: entries, the queue of records changed since it caught up, its format; FTS5 and triggers

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

# As they were made by this revision (a later change to what is indexed is a migration of its own).
FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, words, parts, content='search_entries', "
    "content_rowid='id', tokenize=\"porter unicode61 remove_diacritics 2 tokenchars "
    "'\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e'\")"
)
# Each indexed table: the name its rows are noted under, and the columns whose change changes their entries.
WATCHED = {
    "meetings": ("meeting", "title, place, number, year_be, start, committee_id, deleted"),
    "agenda_items": (
        "agenda_item",
        "title, background, facts, legal_basis, proposal, resolution, meeting_id, deleted",
    ),
    "documents": ("document", "name, file_name, text, meeting_id, item_id, deleted"),
    "action_items": ("action_item", "title, meeting_id, item_id, deleted"),
    "people": ("person", "title, first_name, last_name, position, organisation, email, deleted"),
    "minutes_entries": ("minutes_entry", "text, item_id, minutes_id, deleted"),
    "minutes_versions": ("minutes_version", "text, number, minutes_id, deleted"),
}


def trigger_ddl() -> list[str]:
    """The triggers that note every change to an indexed row in ``search_queue``."""
    statements = []
    for table, (source, columns) in WATCHED.items():
        note = f"INSERT OR IGNORE INTO search_queue (source, entity_id) VALUES ('{source}', {{row}}.id);"
        statements += [
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {note.format(row='NEW')} END",
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {note.format(row='NEW')} END",
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {note.format(row='OLD')} END",
        ]
    return statements

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("item_id", sa.String(length=36), nullable=True),
        sa.Column("committee_id", sa.String(length=36), nullable=True),
        sa.Column("day", sa.String(length=10), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("parts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entries")),
    )
    op.create_index("ix_search_entries_source", "search_entries", ["source", "entity_id"])
    op.create_index("ix_search_entries_meeting_id", "search_entries", ["meeting_id"])
    op.create_table(
        "search_queue",
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("source", "entity_id", name=op.f("pk_search_queue")),
    )
    op.create_table(
        "search_meta",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_search_meta")),
    )
    op.execute(FTS_DDL)
    for statement in trigger_ddl():
        op.execute(statement)
    # No format yet: the store builds the index from the records the first time it is opened to write.


def downgrade() -> None:
    for statement in trigger_ddl():
        op.execute("DROP TRIGGER " + statement.split()[2])
    op.execute("DROP TABLE search_fts")
    op.drop_table("search_meta")
    op.drop_table("search_queue")
    op.drop_index("ix_search_entries_meeting_id", table_name="search_entries")
    op.drop_index("ix_search_entries_source", table_name="search_entries")
    op.drop_table("search_entries")
