"""one ballot per voter per vote (a unique key), and who proved to hold a blob's bytes

Revision ID: 0003
Revises: 0002
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("records", sa.Column("vote_id", sa.String(36), nullable=True))
    _one_live_ballot_per_voter()
    with op.batch_alter_table("records") as batch:  # SQLite adds a constraint by copying the table
        batch.create_unique_constraint("uq_records_ballot_voter", ["vote_id", "person_id"])
    op.create_table(
        "blob_holders",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_blob_holders_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sha256", "user_id", name="pk_blob_holders"),
    )
    # Whoever pushed a live document already holds its bytes.
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT DISTINCT r.sha256, u.id FROM records r JOIN users u ON u.name = r.updated_by"
            " WHERE r.kind = 'document' AND r.sha256 IS NOT NULL"
        )
    ).all()
    if rows:
        holders = sa.table("blob_holders", sa.column("sha256"), sa.column("user_id"))
        op.bulk_insert(holders, [{"sha256": sha, "user_id": user} for sha, user in rows])


def _one_live_ballot_per_voter() -> None:
    """Fill the vote of live ballots; where a voter has several, keep the newest and withdraw the others
    with new versions, so that every device takes them back on its next pull."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, version, data, person_id FROM records WHERE kind = 'ballot' AND deleted = :no"
            " ORDER BY version DESC"
        ),
        {"no": False},
    ).all()
    kept: set[tuple[str, str]] = set()
    for row in rows:
        key = (json.loads(row.data)["vote_id"], row.person_id)
        if key not in kept:
            kept.add(key)
            conn.execute(
                sa.text("UPDATE records SET vote_id = :vote WHERE kind = 'ballot' AND id = :id"),
                {"vote": key[0], "id": row.id},
            )
            continue
        version = conn.execute(
            sa.text("UPDATE server_meta SET version = version + 1 RETURNING version")
        ).scalar_one()
        conn.execute(
            sa.text(
                "UPDATE records SET deleted = :yes, version = :version WHERE kind = 'ballot' AND id = :id"
            ),
            {"yes": True, "version": version, "id": row.id},
        )


def downgrade() -> None:
    op.drop_table("blob_holders")
    with op.batch_alter_table("records") as batch:
        batch.drop_constraint("uq_records_ballot_voter", type_="unique")
        batch.drop_column("vote_id")
