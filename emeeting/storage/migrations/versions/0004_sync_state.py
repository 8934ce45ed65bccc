"""sync bookkeeping: servers and cursors, shadow copies, unacknowledged pushes, conflict copies, published meetings, private notes

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_servers',
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('user', sa.Text(), nullable=False),
    sa.Column('cursor', sa.Integer(), server_default='0', nullable=False),
    sa.Column('resync', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('last_contact', sa.String(length=26), nullable=True),
    sa.Column('info', sa.Text(), server_default='{}', nullable=False),
    sa.PrimaryKeyConstraint('url', name=op.f('pk_sync_servers'))
    )
    op.create_table('sync_shadows',
    sa.Column('server', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('received', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('parked', sa.Boolean(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('server', 'kind', 'id', name=op.f('pk_sync_shadows'))
    )
    op.create_table('sync_sent',
    sa.Column('server', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('server', 'kind', 'id', name=op.f('pk_sync_sent'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('server', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.Text(), nullable=False),
    sa.Column('local_value', sa.Text(), nullable=False),
    sa.Column('server_value', sa.Text(), nullable=False),
    sa.Column('at', sa.String(length=26), nullable=False),
    sa.Column('resolved', sa.Boolean(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    op.create_index('ix_sync_conflicts_record_id', 'sync_conflicts', ['record_id'], unique=False)
    op.create_table('sync_published',
    sa.Column('server', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('server', 'meeting_id', name=op.f('pk_sync_published'))
    )
    op.create_table('private_notes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_private_notes_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_private_notes_item_id_agenda_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_private_notes'))
    )
    op.create_index('ix_private_notes_meeting_id', 'private_notes', ['meeting_id'], unique=False)
    op.create_index('ix_private_notes_item_id', 'private_notes', ['item_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_private_notes_item_id', table_name='private_notes')
    op.drop_index('ix_private_notes_meeting_id', table_name='private_notes')
    op.drop_table('private_notes')
    op.drop_table('sync_published')
    op.drop_index('ix_sync_conflicts_record_id', table_name='sync_conflicts')
    op.drop_table('sync_conflicts')
    op.drop_table('sync_sent')
    op.drop_table('sync_shadows')
    op.drop_table('sync_servers')
