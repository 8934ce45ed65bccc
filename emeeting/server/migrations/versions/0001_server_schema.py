"""the sync server's schema: users, devices, committee policies, versioned records

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "server_meta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("purged_through", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_server_meta"),
    )
    op.bulk_insert(meta, [{"id": 1, "version": 0, "purged_through": 0}])
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("totp_secret", sa.String(64), nullable=True),
        sa.Column("scope_serial", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(26), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "secretary_committees",
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("committee_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_secretary_committees_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "committee_id", name="pk_secretary_committees"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(26), nullable=False),
        sa.Column("expires_at", sa.String(26), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("scope", sa.String(64), nullable=False),
        sa.Column("scope_serial", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_devices_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.UniqueConstraint("token_hash", name="uq_devices_token_hash"),
    )
    op.create_index("ix_devices_user_id", "devices", ["user_id"])
    op.create_table(
        "committee_policies",
        sa.Column("committee_id", sa.String(36), nullable=False),
        sa.Column("offline_days", sa.Integer(), nullable=False),
        sa.Column("allow_top_secret", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("committee_id", name="pk_committee_policies"),
    )
    op.create_table(
        "records",
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("committee_id", sa.String(36), nullable=True),
        sa.Column("meeting_id", sa.String(36), nullable=True),
        sa.Column("item_id", sa.String(36), nullable=True),
        sa.Column("person_id", sa.String(36), nullable=True),
        sa.Column("owner_id", sa.String(36), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("updated_at", sa.String(26), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("kind", "id", name="pk_records"),
        sa.UniqueConstraint("version", name="uq_records_version"),
    )
    op.create_index("ix_records_meeting_id", "records", ["meeting_id"])
    op.create_index("ix_records_person_id", "records", ["person_id"])
    op.create_index("ix_records_sha256", "records", ["sha256"])
    op.create_index("ix_records_committee_id", "records", ["committee_id"])


def downgrade() -> None:
    for table in ("records", "committee_policies", "devices", "secretary_committees", "users", "server_meta"):
        op.drop_table(table)
