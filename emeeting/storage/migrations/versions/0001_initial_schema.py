"""initial schema

Revision ID: 0001
Revises: 
"""

import sqlalchemy as sa
from alembic import op



revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.String(length=26), nullable=False),
    sa.Column('actor', sa.Text(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('entity_kind', sa.Text(), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_entity_id', ['entity_id'], unique=False)

    op.create_table('committees',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('short_name', sa.Text(), nullable=False),
    sa.Column('quorum_num', sa.Integer(), nullable=False),
    sa.Column('quorum_den', sa.Integer(), nullable=False),
    sa.Column('reconvened_quorum_num', sa.Integer(), nullable=False),
    sa.Column('reconvened_quorum_den', sa.Integer(), nullable=False),
    sa.Column('numbering', sa.String(length=32), nullable=False),
    sa.Column('agenda_template', sa.Text(), nullable=False),
    sa.Column('default_secrecy', sa.String(length=32), nullable=False),
    sa.Column('language', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committees'))
    )
    op.create_table('people',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('first_name', sa.Text(), nullable=False),
    sa.Column('last_name', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('position', sa.Text(), nullable=False),
    sa.Column('organisation', sa.Text(), nullable=False),
    sa.Column('email', sa.Text(), nullable=False),
    sa.Column('phone', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    op.create_table('meetings',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('committee_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('year_be', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('start', sa.String(length=26), nullable=False),
    sa.Column('end', sa.String(length=26), nullable=True),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('online_link', sa.Text(), nullable=False),
    sa.Column('mode', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('secrecy', sa.String(length=32), nullable=False),
    sa.Column('urgency', sa.String(length=32), nullable=False),
    sa.Column('notice_sent_at', sa.String(length=26), nullable=True),
    sa.Column('reconvened', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committees.id'], name=op.f('fk_meetings_committee_id_committees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index('ix_meetings_committee_id', ['committee_id'], unique=False)
        batch_op.create_index('ix_meetings_series', ['committee_id', 'year_be', 'number'], unique=False)

    op.create_table('memberships',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('committee_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('voting', sa.Boolean(), nullable=False),
    sa.Column('term_start', sa.String(length=10), nullable=True),
    sa.Column('term_end', sa.String(length=10), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committees.id'], name=op.f('fk_memberships_committee_id_committees')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_memberships_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memberships'))
    )
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.create_index('ix_memberships_committee_id', ['committee_id'], unique=False)
        batch_op.create_index('ix_memberships_person_id', ['person_id'], unique=False)

    op.create_table('agenda_items',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=32), nullable=False),
    sa.Column('presenter_id', sa.String(length=36), nullable=True),
    sa.Column('background', sa.Text(), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('proposal', sa.Text(), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('secrecy', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agenda_items_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['parent_id'], ['agenda_items.id'], name=op.f('fk_agenda_items_parent_id_agenda_items')),
    sa.ForeignKeyConstraint(['presenter_id'], ['people.id'], name=op.f('fk_agenda_items_presenter_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index('ix_agenda_items_meeting_id', ['meeting_id'], unique=False)
        batch_op.create_index('ix_agenda_items_parent_id', ['parent_id'], unique=False)
        batch_op.create_index('ix_agenda_items_presenter_id', ['presenter_id'], unique=False)

    op.create_table('minutes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('style', sa.String(length=32), nullable=False),
    sa.Column('started_at', sa.String(length=26), nullable=True),
    sa.Column('ended_at', sa.String(length=26), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('certification_method', sa.String(length=32), nullable=True),
    sa.Column('certified_at', sa.String(length=26), nullable=True),
    sa.Column('certified_sha256', sa.Text(), nullable=False),
    sa.Column('taker_id', sa.String(length=36), nullable=True),
    sa.Column('checker_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['checker_id'], ['people.id'], name=op.f('fk_minutes_checker_id_people')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_minutes_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['taker_id'], ['people.id'], name=op.f('fk_minutes_taker_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes'))
    )
    with op.batch_alter_table('minutes', schema=None) as batch_op:
        batch_op.create_index('ix_minutes_checker_id', ['checker_id'], unique=False)
        batch_op.create_index('ix_minutes_meeting_id', ['meeting_id'], unique=False)
        batch_op.create_index('ix_minutes_taker_id', ['taker_id'], unique=False)

    op.create_table('action_items',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=True),
    sa.Column('assignee_id', sa.String(length=36), nullable=True),
    sa.Column('due', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('carried_from_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['people.id'], name=op.f('fk_action_items_assignee_id_people')),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_action_items_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_action_items_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_items'))
    )
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.create_index('ix_action_items_assignee_id', ['assignee_id'], unique=False)
        batch_op.create_index('ix_action_items_item_id', ['item_id'], unique=False)
        batch_op.create_index('ix_action_items_meeting_id', ['meeting_id'], unique=False)

    op.create_table('dissents',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_dissents_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_dissents_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dissents'))
    )
    with op.batch_alter_table('dissents', schema=None) as batch_op:
        batch_op.create_index('ix_dissents_item_id', ['item_id'], unique=False)
        batch_op.create_index('ix_dissents_person_id', ['person_id'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('mime_type', sa.Text(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.Text(), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('secrecy', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_documents_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_documents_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index('ix_documents_item_id', ['item_id'], unique=False)
        batch_op.create_index('ix_documents_meeting_id', ['meeting_id'], unique=False)
        batch_op.create_index('ix_documents_sha256', ['sha256'], unique=False)

    op.create_table('invitations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=True),
    sa.Column('rsvp', sa.String(length=32), nullable=False),
    sa.Column('rsvp_reason', sa.Text(), nullable=False),
    sa.Column('substitute_for_id', sa.String(length=36), nullable=True),
    sa.Column('attendance', sa.String(length=32), nullable=False),
    sa.Column('arrived_at', sa.String(length=26), nullable=True),
    sa.Column('left_at', sa.String(length=26), nullable=True),
    sa.Column('absence_reason', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_invitations_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_invitations_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_invitations_person_id_people')),
    sa.ForeignKeyConstraint(['substitute_for_id'], ['people.id'], name=op.f('fk_invitations_substitute_for_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invitations'))
    )
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.create_index('ix_invitations_item_id', ['item_id'], unique=False)
        batch_op.create_index('ix_invitations_meeting_id', ['meeting_id'], unique=False)
        batch_op.create_index('ix_invitations_person_id', ['person_id'], unique=False)
        batch_op.create_index('ix_invitations_substitute_for_id', ['substitute_for_id'], unique=False)

    op.create_table('minutes_entries',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('minutes_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_minutes_entries_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['minutes_id'], ['minutes.id'], name=op.f('fk_minutes_entries_minutes_id_minutes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes_entries'))
    )
    with op.batch_alter_table('minutes_entries', schema=None) as batch_op:
        batch_op.create_index('ix_minutes_entries_item_id', ['item_id'], unique=False)
        batch_op.create_index('ix_minutes_entries_minutes_id', ['minutes_id'], unique=False)

    op.create_table('recusals',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_recusals_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_recusals_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recusals'))
    )
    with op.batch_alter_table('recusals', schema=None) as batch_op:
        batch_op.create_index('ix_recusals_item_id', ['item_id'], unique=False)
        batch_op.create_index('ix_recusals_person_id', ['person_id'], unique=False)

    op.create_table('votes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('rule', sa.String(length=32), nullable=False),
    sa.Column('custom_num', sa.Integer(), nullable=False),
    sa.Column('custom_den', sa.Integer(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('abstentions', sa.Integer(), nullable=False),
    sa.Column('casting_vote', sa.String(length=32), nullable=True),
    sa.Column('result', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_votes_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_votes_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_votes'))
    )
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.create_index('ix_votes_item_id', ['item_id'], unique=False)
        batch_op.create_index('ix_votes_meeting_id', ['meeting_id'], unique=False)

    op.create_table('ballots',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('vote_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('choice', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('dirty', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.String(length=26), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_ballots_person_id_people')),
    sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_ballots_vote_id_votes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballots'))
    )
    with op.batch_alter_table('ballots', schema=None) as batch_op:
        batch_op.create_index('ix_ballots_person_id', ['person_id'], unique=False)
        batch_op.create_index('ix_ballots_vote_id', ['vote_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('ballots', schema=None) as batch_op:
        batch_op.drop_index('ix_ballots_vote_id')
        batch_op.drop_index('ix_ballots_person_id')

    op.drop_table('ballots')
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_index('ix_votes_meeting_id')
        batch_op.drop_index('ix_votes_item_id')

    op.drop_table('votes')
    with op.batch_alter_table('recusals', schema=None) as batch_op:
        batch_op.drop_index('ix_recusals_person_id')
        batch_op.drop_index('ix_recusals_item_id')

    op.drop_table('recusals')
    with op.batch_alter_table('minutes_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_minutes_entries_minutes_id')
        batch_op.drop_index('ix_minutes_entries_item_id')

    op.drop_table('minutes_entries')
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_index('ix_invitations_substitute_for_id')
        batch_op.drop_index('ix_invitations_person_id')
        batch_op.drop_index('ix_invitations_meeting_id')
        batch_op.drop_index('ix_invitations_item_id')

    op.drop_table('invitations')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index('ix_documents_sha256')
        batch_op.drop_index('ix_documents_meeting_id')
        batch_op.drop_index('ix_documents_item_id')

    op.drop_table('documents')
    with op.batch_alter_table('dissents', schema=None) as batch_op:
        batch_op.drop_index('ix_dissents_person_id')
        batch_op.drop_index('ix_dissents_item_id')

    op.drop_table('dissents')
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.drop_index('ix_action_items_meeting_id')
        batch_op.drop_index('ix_action_items_item_id')
        batch_op.drop_index('ix_action_items_assignee_id')

    op.drop_table('action_items')
    with op.batch_alter_table('minutes', schema=None) as batch_op:
        batch_op.drop_index('ix_minutes_taker_id')
        batch_op.drop_index('ix_minutes_meeting_id')
        batch_op.drop_index('ix_minutes_checker_id')

    op.drop_table('minutes')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index('ix_agenda_items_presenter_id')
        batch_op.drop_index('ix_agenda_items_parent_id')
        batch_op.drop_index('ix_agenda_items_meeting_id')

    op.drop_table('agenda_items')
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_index('ix_memberships_person_id')
        batch_op.drop_index('ix_memberships_committee_id')

    op.drop_table('memberships')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index('ix_meetings_series')
        batch_op.drop_index('ix_meetings_committee_id')

    op.drop_table('meetings')
    op.drop_table('people')
    op.drop_table('committees')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_entity_id')

    op.drop_table('audit_events')

