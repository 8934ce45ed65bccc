"""live meetings are unique per committee, year and number; live committees per short name

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# Partial indexes: a tombstone keeps its values (for sync and audit) but no longer holds its number or name.
LIVE = sa.text('deleted = 0')


def upgrade() -> None:
    with op.batch_alter_table('committees', schema=None) as batch_op:
        batch_op.create_index(
            'uq_committees_live_short_name', ['short_name'], unique=True,
            sqlite_where=LIVE, postgresql_where=LIVE,
        )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(
            'uq_meetings_live_number', ['committee_id', 'year_be', 'number'], unique=True,
            sqlite_where=LIVE, postgresql_where=LIVE,
        )


def downgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index('uq_meetings_live_number')
    with op.batch_alter_table('committees', schema=None) as batch_op:
        batch_op.drop_index('uq_committees_live_short_name')
