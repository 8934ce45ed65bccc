"""records are found by meeting and kind: the index on the meeting alone made every request's scope read
each annotation of the caller's meetings to find their few agenda items, votes and invitations

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # (meeting_id, kind) answers what the index on meeting_id alone answered, so it replaces it.
    op.create_index("ix_records_meeting_id_kind", "records", ["meeting_id", "kind"])
    op.drop_index("ix_records_meeting_id", table_name="records")


def downgrade() -> None:
    op.create_index("ix_records_meeting_id", "records", ["meeting_id"])
    op.drop_index("ix_records_meeting_id_kind", table_name="records")
