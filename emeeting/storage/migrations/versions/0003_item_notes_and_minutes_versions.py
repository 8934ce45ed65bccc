"""notes taken on agenda items during the meeting; frozen versions of certified minutes (amendments)

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column('version', sa.Integer(), server_default='0', nullable=False),
        sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
        sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
        sa.Column('updated_at', sa.String(length=26), nullable=False),
        sa.Column('updated_by', sa.Text(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('item_notes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_item_notes_item_id_agenda_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item_notes'))
    )
    with op.batch_alter_table('item_notes', schema=None) as batch_op:
        batch_op.create_index('ix_item_notes_item_id', ['item_id'], unique=False)

    op.create_table('minutes_versions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('minutes_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sha256', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['minutes_id'], ['minutes.id'], name=op.f('fk_minutes_versions_minutes_id_minutes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes_versions'))
    )
    with op.batch_alter_table('minutes_versions', schema=None) as batch_op:
        batch_op.create_index('ix_minutes_versions_minutes_id', ['minutes_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('minutes_versions', schema=None) as batch_op:
        batch_op.drop_index('ix_minutes_versions_minutes_id')
    op.drop_table('minutes_versions')
    with op.batch_alter_table('item_notes', schema=None) as batch_op:
        batch_op.drop_index('ix_item_notes_item_id')
    op.drop_table('item_notes')
