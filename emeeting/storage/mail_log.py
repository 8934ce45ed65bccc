"""The office's e-mail bookkeeping (tables in mail_tables.py): settings by key, the messages sent or
tried, the replies read. Plain SQL over the store's connections, like sync_state.py; never synced."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from emeeting.domain.errors import QT_TRANSLATE_NOOP, StoreError
from emeeting.domain.mailing import MailKind, MailResult, SentMail
from emeeting.storage.codec import datetime_from_db, datetime_to_db
from emeeting.storage.store import Store

MAIL_TABLES = ("office_settings", "mail_messages", "mail_replies")
_COLUMNS = "id, meeting_id, person_id, address, kind, sequence, fingerprint, message_id, at, result, error"


def _error(e: sqlite3.Error) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP("Errors", "the database could not be written: {reason}"), reason=e)


def _sent(row: tuple[Any, ...]) -> SentMail:
    id_, meeting_id, person_id, address, kind, sequence, fingerprint, message_id, at, result, error = row
    return SentMail(
        address=address,
        kind=MailKind(kind),
        at=datetime_from_db(at),
        result=MailResult(result),
        meeting_id=meeting_id,
        person_id=person_id,
        sequence=sequence,
        fingerprint=fingerprint,
        message_id=message_id,
        error=error,
        id=id_,
    )


@dataclass(frozen=True)
class ReadReply:
    """A reply read from the mailbox: its Message-ID, when it was read, what became of it."""

    message_id: str
    at: datetime
    outcome: str  # mail.replies: the outcome, and for an applied answer "@" and the SEQUENCE it answered
    meeting_id: str | None
    person_id: str | None


class MailLog:
    """Settings, sent messages and read replies of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        self.store.require_writable()
        try:
            with self.store.write_connection() as conn:
                try:
                    yield conn
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
        except sqlite3.Error as e:
            raise _error(e) from None

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        try:
            with self.store.connection(reading=True) as conn:
                yield conn
        except sqlite3.Error as e:
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "the database could not be read: {reason}"), reason=e
            ) from None

    # -- settings -------------------------------------------------------------------------------------

    def setting(self, key: str) -> Any | None:
        """The JSON value kept under ``key``, or None."""
        with self._reading() as conn:
            row = conn.execute("SELECT value FROM office_settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def put_setting(self, key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO office_settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )

    # -- messages -------------------------------------------------------------------------------------

    def record(self, *sent: SentMail) -> None:
        """Keep messages sent or tried (each one as soon as its result is known)."""
        with self._writing() as conn:
            conn.executemany(
                f"INSERT INTO mail_messages ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        s.id,
                        s.meeting_id,
                        s.person_id,
                        s.address,
                        s.kind.value,
                        s.sequence,
                        s.fingerprint,
                        s.message_id,
                        datetime_to_db(s.at),
                        s.result.value,
                        s.error,
                    )
                    for s in sent
                ],
            )

    def messages(self, meeting_id: str | None = None) -> list[SentMail]:
        """Every message of a meeting (all when None), oldest first."""
        where, params = ("WHERE meeting_id = ?", (meeting_id,)) if meeting_id else ("", ())
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM mail_messages {where} ORDER BY at, rowid", params
            ).fetchall()
        return [_sent(row) for row in rows]

    # -- replies --------------------------------------------------------------------------------------

    def reply_seen(self, message_id: str) -> bool:
        with self._reading() as conn:
            row = conn.execute("SELECT 1 FROM mail_replies WHERE message_id = ?", (message_id,)).fetchone()
        return row is not None

    def record_reply(
        self, message_id: str, at: datetime, outcome: str, meeting_id: str | None, person_id: str | None
    ) -> None:
        with self._writing() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO mail_replies (message_id, at, meeting_id, person_id, outcome)"
                " VALUES (?, ?, ?, ?, ?)",
                (message_id, datetime_to_db(at), meeting_id, person_id, outcome),
            )

    def replies(self, meeting_id: str | None = None) -> list[ReadReply]:
        """The replies read (of one meeting, all when None), in the order they were read."""
        where, params = ("WHERE meeting_id = ?", (meeting_id,)) if meeting_id else ("", ())
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT message_id, at, outcome, meeting_id, person_id FROM mail_replies {where}"
                " ORDER BY at, rowid",
                params,
            ).fetchall()
        return [
            ReadReply(mid, datetime_from_db(at), outcome, mtg, person)
            for mid, at, outcome, mtg, person in rows
        ]
