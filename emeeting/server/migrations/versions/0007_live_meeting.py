"""the live meeting: the channel's events, members' check-ins, secret ballots kept as voters and tallies
apart, and how each device's login was verified

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.add_column(
        "devices", sa.Column("verified_by", sa.String(32), nullable=False, server_default="password")
    )
    op.create_table(
        "live_events",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("at", sa.String(26), nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("device", sa.String(200), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_live_events"),
    )
    op.create_index("ix_live_events_meeting_id_id", "live_events", ["meeting_id", "id"])
    op.create_table(
        "checkins",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("device", sa.String(200), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("verified_by", sa.String(32), nullable=False),
        sa.Column("at", sa.String(26), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_checkins"),
    )
    op.create_index("ix_checkins_meeting_id", "checkins", ["meeting_id"])
    op.create_table(
        "secret_voters",
        sa.Column("vote_id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("vote_id", "person_id", name="pk_secret_voters"),
    )
    op.create_table(
        "secret_tallies",
        sa.Column("vote_id", sa.String(36), nullable=False),
        sa.Column("choice", sa.String(16), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("vote_id", "choice", name="pk_secret_tallies"),
    )


def downgrade() -> None:
    op.drop_table("secret_tallies")
    op.drop_table("secret_voters")
    op.drop_index("ix_checkins_meeting_id", table_name="checkins")
    op.drop_table("checkins")
    op.drop_index("ix_live_events_meeting_id_id", table_name="live_events")
    op.drop_table("live_events")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("verified_by")
