"""the server's identity: a random id made with the database, so clients can tell a replaced server

Revision ID: 0002
Revises: 0001
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from emeeting.storage.codec import datetime_to_db

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    identity = op.create_table(
        "server_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(26), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_server_identity"),
    )
    created = datetime_to_db(datetime.now(UTC))
    op.bulk_insert(identity, [{"id": 1, "server_id": str(uuid.uuid4()), "created_at": created}])


def downgrade() -> None:
    op.drop_table("server_identity")
