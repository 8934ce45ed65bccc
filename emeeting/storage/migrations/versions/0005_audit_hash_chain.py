"""audit trail as a hash chain: sequence, previous hash and hash of every event; its head; certification anchors

The events an older store already holds are chained in the order they happened (time, then insertion).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from emeeting.storage.audit_chain import GENESIS, HASHED_FIELDS, link_hash


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))

    conn = op.get_bind()
    columns = ", ".join(f'"{name}"' for name in HASHED_FIELDS)
    rows = conn.exec_driver_sql(f"SELECT rowid, {columns} FROM audit_events ORDER BY at, rowid").fetchall()
    seq, prev = 0, GENESIS
    links = []
    for rowid, *values in rows:
        seq += 1
        digest = link_hash(seq, prev, values)
        links.append((seq, prev, digest, rowid))
        prev = digest
    if links:
        conn.exec_driver_sql("UPDATE audit_events SET seq = ?, prev_hash = ?, hash = ? WHERE rowid = ?", links)

    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.alter_column('seq', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_index('uq_audit_events_seq', ['seq'], unique=True)

    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    if links:
        conn.exec_driver_sql("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)", (seq, prev))
    op.create_table('audit_anchors',
    sa.Column('minutes_version_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('at', sa.String(length=26), nullable=False),
    sa.PrimaryKeyConstraint('minutes_version_id', name=op.f('pk_audit_anchors'))
    )


def downgrade() -> None:
    op.drop_table('audit_anchors')
    op.drop_table('audit_head')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('uq_audit_events_seq')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('seq')
