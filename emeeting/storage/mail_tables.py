"""The office's e-mail bookkeeping tables, described for Alembic (see tables.py; mail_log.py uses them).

They are this computer's own, never synced: the office PC that sends the invitations keeps what it sent.

- ``office_settings``: settings of this data folder as JSON by key (the mail server, reminders per
  committee, the mailbox replies are read from). Never a password: those are in the OS password store.
- ``mail_messages``: every message sent or tried (invitation, update, cancellation, reminder, test):
  to whom, when, its Message-ID, the event's SEQUENCE and what was in it, and the result.
- ``mail_replies``: the replies read from the mailbox, by their Message-ID, so that each counts once.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text


def add_mail_tables(metadata: MetaData) -> None:
    Table(
        "office_settings",
        metadata,
        Column("key", String(64), primary_key=True),
        Column("value", Text(), nullable=False),  # JSON
    )
    messages = Table(
        "mail_messages",
        metadata,
        Column("id", String(36), primary_key=True),
        Column("meeting_id", String(36), nullable=True),  # None: a test message
        Column("person_id", String(36), nullable=True),
        Column("address", Text(), nullable=False),
        Column("kind", String(16), nullable=False),  # domain.mailing.MailKind
        Column("sequence", Integer(), nullable=False, server_default="0"),
        Column("fingerprint", Text(), nullable=False, server_default=""),
        Column("message_id", Text(), nullable=False, server_default=""),
        Column("at", String(26), nullable=False),
        Column("result", String(16), nullable=False),  # domain.mailing.MailResult
        Column("error", Text(), nullable=False, server_default=""),
    )
    Index("ix_mail_messages_meeting_id", messages.c.meeting_id)
    Table(
        "mail_replies",
        metadata,
        Column("message_id", Text(), primary_key=True),
        Column("at", String(26), nullable=False),
        Column("meeting_id", String(36), nullable=True),
        Column("person_id", String(36), nullable=True),
        Column("outcome", Text(), nullable=False),
    )
