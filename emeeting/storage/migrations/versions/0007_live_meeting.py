"""the live meeting: votes opened and closed on members' laptops, the link to the meeting's recording, and
the live channel's events as received (for the evidence pack and to resume after the last one)

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('opened_at', sa.String(length=26), nullable=True))
        batch_op.add_column(sa.Column('closed_at', sa.String(length=26), nullable=True))
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recording_link', sa.Text(), server_default='', nullable=False))
    op.create_table('live_events',
    sa.Column('server', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('at', sa.String(length=26), nullable=False),
    sa.Column('by', sa.Text(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('server', 'id', name=op.f('pk_live_events'))
    )
    with op.batch_alter_table('live_events', schema=None) as batch_op:
        batch_op.create_index('ix_live_events_meeting_id', ['meeting_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('live_events', schema=None) as batch_op:
        batch_op.drop_index('ix_live_events_meeting_id')
    op.drop_table('live_events')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_column('recording_link')
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_column('closed_at')
        batch_op.drop_column('opened_at')
