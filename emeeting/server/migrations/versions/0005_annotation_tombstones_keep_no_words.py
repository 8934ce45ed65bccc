"""a deleted annotation keeps no words: the quote, text and place of tombstones written before are emptied

Revision ID: 0005
Revises: 0004
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# As emeeting.server.feed keeps a deleted annotation (a migration stands on its own, so it is spelt out).
_CONTENT = {"quote": "", "text": "", "geometry": "[]"}


def upgrade() -> None:
    """Empty what a deleted annotation said, keeping its version: the devices that got the tombstone have
    already let the annotation go; a device that syncs from the start later gets it without the words."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, data FROM records WHERE kind = 'annotation' AND deleted = :yes"), {"yes": True}
    ).all()
    for row in rows:
        data = json.loads(row.data)
        if all(data.get(field) == empty for field, empty in _CONTENT.items()):
            continue
        conn.execute(
            sa.text("UPDATE records SET data = :data WHERE kind = 'annotation' AND id = :id"),
            {"data": json.dumps({**data, **_CONTENT}, ensure_ascii=False), "id": row.id},
        )


def downgrade() -> None:
    """What was emptied is gone for good: nothing to restore."""
