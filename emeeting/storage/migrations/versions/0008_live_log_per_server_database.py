"""the live events kept here are filed by server database, not only by address: event ids count from 1 in
each server database, so a server replaced at the same address starts a log of its own

Events kept before were filed by the server's address; they came from the server this desktop synced
with, whose database id the sync state holds: they are filed under it.

Revision ID: 0008
Revises: 0007
"""

from alembic import op


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_SYNCED = (
    "(SELECT json_extract(s.info, '$.synced_server_id') FROM sync_servers s WHERE s.url = live_events.server)"
)


def upgrade() -> None:
    op.execute(
        f"UPDATE live_events SET server = server || '#' || {_SYNCED}"
        f" WHERE instr(server, '#') = 0 AND {_SYNCED} IS NOT NULL"
    )


def downgrade() -> None:
    # An older version files one log per address: it keeps that of the server it synced with.
    op.execute(
        "DELETE FROM live_events WHERE instr(server, '#') > 0 AND substr(server, instr(server, '#') + 1)"
        f" IS NOT (SELECT json_extract(s.info, '$.synced_server_id') FROM sync_servers s"
        " WHERE s.url = substr(live_events.server, 1, instr(live_events.server, '#') - 1))"
    )
    op.execute(
        "UPDATE live_events SET server = substr(server, 1, instr(server, '#') - 1) WHERE instr(server, '#') > 0"
    )
