"""the search index: entries, the queue of records changed since it caught up, its format; FTS5 and triggers

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from emeeting.storage.search_index import FTS_DDL, trigger_ddl

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
