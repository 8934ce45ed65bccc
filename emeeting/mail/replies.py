"""RSVP from the calendar: the answers members give to an invitation in their calendar (Outlook, Google
Calendar, Thunderbird, Apple Calendar), read from the office's mailbox and recorded as their RSVP.

A calendar answers an invitation (iTIP METHOD:REQUEST) with an iMIP reply (RFC 6047): a message to the
organizer carrying a METHOD:REPLY calendar object, as a ``text/calendar`` part of a multipart message or
as an ``.ics`` attachment (base64 or quoted-printable). The secretary names the IMAP folder they arrive in
(``mail.settings.ImapSettings``: off unless turned on); ``read_replies`` reads it and, for each new reply:

- its event must be one of ours (``interop.ical.meeting_uid``) and a meeting in this data folder that is
  neither cancelled nor certified (certified minutes freeze the invitations);
- its ATTENDEE must be the e-mail address of an invitee of that meeting (case does not matter), and the
  message must come from that address: only an invitee's own address answers for them;
- ACCEPTED and DECLINED become the invitation's RSVP; TENTATIVE leaves it pending with the note
  "tentative"; a later reply replaces an earlier one, but one with a lower SEQUENCE than an answer
  already applied for that person (an answer to an older version of the invitation) changes nothing.

The RSVP is written through the services: based on the invitation as it was read (a stale write is
retried once on the fresh row), audited like any edit. Each message counts once: its Message-ID is kept
(``MailLog.record_reply``), with what became of it. The mailbox is never changed: the folder is opened
read-only and messages are fetched with BODY.PEEK, so nothing is marked as read, moved or deleted.

Anything the mailbox holds may be hostile: a huge message is not downloaded, broken MIME or a broken
calendar file, a reply for someone else's event, for another person or from a forged sender changes
nothing, and the report says why, message by message.
"""

from __future__ import annotations

import base64
import dataclasses
import email
import email.policy
import functools
import hashlib
import imaplib
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from enum import StrEnum
from typing import TYPE_CHECKING

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError, StaleWriteError
from emeeting.interop import ical
from emeeting.mail.settings import ImapSettings, MailSettingsStore, Security
from emeeting.mail.transport import MailError, MailFailure, tls_context
from emeeting.services.frozen import CertifiedRecordError, is_certified

if TYPE_CHECKING:
    from emeeting.services.container import Services

# A calendar reply is a few kilobytes (tens with Outlook's HTML); anything larger is not downloaded.
MAX_MESSAGE_BYTES = 2_000_000
# Replies older than this (by the date the mailbox received them) no longer concern any meeting.
WINDOW_DAYS = 120
DEFAULT_TIMEOUT_SECONDS = 30.0
_FETCH_BATCH = 200
_CALENDAR_TYPES = ("text/calendar", "application/ics")
_HEADER_FIELDS = "MESSAGE-ID FROM SUBJECT CONTENT-TYPE"


class MailboxError(MailError):
    """The replies mailbox cannot be read: the one line says why (the server, the login, the folder);
    ``failure`` says which kind, as for the outgoing server."""

    def __init__(self, template: str, /, *, failure: MailFailure | None = None, **params: object) -> None:
        super().__init__(template, failure=failure, **params)  # declared here too: a fact, not a placeholder


class Outcome(StrEnum):
    """What became of one reply."""

    ACCEPTED = "accepted"  # recorded: the invitee attends
    DECLINED = "declined"  # recorded: the invitee does not attend
    TENTATIVE = "tentative"  # recorded: left pending, noted "tentative"
    UNCHANGED = "unchanged"  # the same answer is already recorded
    NO_ANSWER = "no_answer"  # NEEDS-ACTION or DELEGATED: nothing to record
    SUBSTITUTE = "substitute"  # the member sends a substitute: changed in emeeting only
    OLDER = "older"  # a lower SEQUENCE than an answer already applied for that person
    OTHER_EVENT = "other_event"  # not one of our meetings, or none in this data folder
    CANCELLED = "cancelled"  # the meeting is cancelled
    CERTIFIED = "certified"  # the meeting's minutes are certified: its invitations no longer change
    NOT_INVITED = "not_invited"  # the ATTENDEE is no invitee's address
    FORGED = "forged"  # the message does not come from the ATTENDEE's address
    NOT_A_REPLY = "not_a_reply"  # a calendar object that is no reply (an invitation, say)
    BROKEN = "broken"  # the message or its calendar file cannot be read
    TOO_LARGE = "too_large"  # larger than a reply can be: not downloaded
    FAILED = "failed"  # could not be recorded now (the store); tried again next time


# ``mail_replies.outcome`` of a message without any calendar (an ordinary message in the folder).
NO_CALENDAR = "no_calendar"

# Outcomes that wrote (or confirmed) the invitee's answer: the SEQUENCE they answered counts from then on.
APPLIED = frozenset({Outcome.ACCEPTED, Outcome.DECLINED, Outcome.TENTATIVE, Outcome.UNCHANGED})
RECORDED = frozenset({Outcome.ACCEPTED, Outcome.DECLINED, Outcome.TENTATIVE})

_RSVP = {
    ical.PartStat.ACCEPTED: (m.Rsvp.ACCEPTED, Outcome.ACCEPTED),
    ical.PartStat.DECLINED: (m.Rsvp.DECLINED, Outcome.DECLINED),
    ical.PartStat.TENTATIVE: (m.Rsvp.PENDING, Outcome.TENTATIVE),
}
_TENTATIVE_NOTE = {"th": "อาจเข้าร่วม (ตอบจากปฏิทิน)", "en": "tentative (answered in the calendar)"}


class ReplyNote(EmeetingError):
    """What became of one reply, as a line the UI shows in its language (like an error message)."""


@dataclass(frozen=True)
class _Said:
    """What a note about a reply may name."""

    sender: str  # the From address
    address: str = ""  # the ATTENDEE address
    who: str = ""  # the invitee's name (the address when none is known)
    meeting: str = ""  # the meeting's reference, ICT:3/2569 (the UID when no meeting is known)
    reason: object = ""
    size: int = 0


def _note(outcome: Outcome, said: _Said) -> ReplyNote:
    """The line that says what became of a reply (each template marked for translation)."""
    who, meeting, sender, address = said.who, said.meeting, said.sender, said.address
    match outcome:
        case Outcome.ACCEPTED:
            return ReplyNote(
                QT_TRANSLATE_NOOP("Errors", "{who} accepts the invitation to {meeting}"),
                who=who,
                meeting=meeting,
            )
        case Outcome.DECLINED:
            return ReplyNote(
                QT_TRANSLATE_NOOP("Errors", "{who} declines the invitation to {meeting}"),
                who=who,
                meeting=meeting,
            )
        case Outcome.TENTATIVE:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors", "{who} may attend {meeting} (tentative): the answer stays pending"
                ),
                who=who,
                meeting=meeting,
            )
        case Outcome.UNCHANGED:
            return ReplyNote(
                QT_TRANSLATE_NOOP("Errors", "{who} gives the answer already recorded for {meeting}"),
                who=who,
                meeting=meeting,
            )
        case Outcome.NO_ANSWER:
            return ReplyNote(
                QT_TRANSLATE_NOOP("Errors", "the reply of {who} to {meeting} gives no answer"),
                who=who,
                meeting=meeting,
            )
        case Outcome.SUBSTITUTE:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors", "{who} sends a substitute to {meeting}: the calendar reply does not change that"
                ),
                who=who,
                meeting=meeting,
            )
        case Outcome.OLDER:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the reply of {who} answers an older version of the invitation to {meeting}: ignored",
                ),
                who=who,
                meeting=meeting,
            )
        case Outcome.OTHER_EVENT:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors", "the reply from {sender} is for an event that is no meeting in this data folder"
                ),
                sender=sender,
            )
        case Outcome.CANCELLED:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors", "the reply of {who} is for {meeting}, which is cancelled: nothing recorded"
                ),
                who=who,
                meeting=meeting,
            )
        case Outcome.CERTIFIED:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the reply of {who} is for {meeting}, whose minutes are certified: nothing recorded",
                ),
                who=who,
                meeting=meeting,
            )
        case Outcome.NOT_INVITED:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors", "the reply from {sender} answers for {address}, who is not invited to {meeting}"
                ),
                sender=sender,
                address=address,
                meeting=meeting,
            )
        case Outcome.FORGED:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the reply from {sender} answers for {address}: only their own address may answer",
                ),
                sender=sender,
                address=address,
            )
        case Outcome.NOT_A_REPLY:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors", "the message from {sender} carries a calendar object that is no reply"
                ),
                sender=sender,
            )
        case Outcome.BROKEN:
            return ReplyNote(
                QT_TRANSLATE_NOOP("Errors", "the message from {sender} is broken: {reason}"),
                sender=sender,
                reason=said.reason,
            )
        case Outcome.TOO_LARGE:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the message from {sender} is larger than a reply can be ({size} bytes): not read",
                ),
                sender=sender,
                size=said.size,
            )
        case Outcome.FAILED:
            return ReplyNote(
                QT_TRANSLATE_NOOP(
                    "Errors", "the reply of {who} to {meeting} could not be recorded now: {reason}"
                ),
                who=who,
                meeting=meeting,
                reason=said.reason,
            )


@dataclass(frozen=True)
class ReplyResult:
    """One answer found in the mailbox (a message may carry several), or one message that gave none."""

    message_id: str
    sender: str  # the From address
    outcome: Outcome
    note: ReplyNote  # str(note): the English line
    meeting_id: str | None = None
    person_id: str | None = None
    sequence: int = 0

    @property
    def recorded(self) -> bool:
        return self.outcome in RECORDED


@dataclass(frozen=True)
class ReplyReport:
    """What one reading of the mailbox found and did."""

    enabled: bool  # False: reading replies is off (or not set up); nothing was read
    dry_run: bool = False
    messages: int = 0  # messages in the folder within the window
    new: int = 0  # of those, not read before and carrying a calendar (or too large to tell)
    results: tuple[ReplyResult, ...] = ()
    changes: Changes = field(default_factory=Changes)  # what the recorded answers changed (for the views)

    def count(self, *outcomes: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome in outcomes)

    @property
    def recorded(self) -> int:
        return self.count(*RECORDED)

    @property
    def failed(self) -> int:
        """Answers that could not be recorded now: they are read again next time."""
        return self.count(Outcome.FAILED)

    @property
    def ignored(self) -> int:
        """Answers that change nothing (and are not read again)."""
        return len(self.results) - self.recorded - self.failed


# -- the mailbox --------------------------------------------------------------------------------------


@contextmanager
def _translated_errors(settings: ImapSettings, timeout: float) -> Iterator[None]:
    """Every failure of the connection as one clear line naming the server (in the words of
    ``mail.transport``, so that the failures of both mail servers read alike)."""
    server = f"{settings.host}:{settings.port}"
    try:
        yield
    except MailError:
        raise
    except socket.gaierror:
        raise MailboxError(
            QT_TRANSLATE_NOOP("Errors", "the mail server {host} is not known: check its name"),
            failure=MailFailure.UNKNOWN_HOST,
            host=settings.host,
        ) from None
    except ConnectionRefusedError:
        raise MailboxError(
            QT_TRANSLATE_NOOP("Errors", "the mail server {server} refused the connection: check the port"),
            failure=MailFailure.REFUSED,
            server=server,
        ) from None
    except TimeoutError:
        raise MailboxError(
            QT_TRANSLATE_NOOP("Errors", "the mail server {server} did not answer within {seconds} seconds"),
            failure=MailFailure.TIMEOUT,
            server=server,
            seconds=f"{timeout:g}",
        ) from None
    except ssl.SSLCertVerificationError as e:
        raise MailboxError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the mail server {server}'s certificate is not trusted ({reason}): name the office's "
                "certificate in the mail settings, or ask IT",
            ),
            failure=MailFailure.CERTIFICATE,
            server=server,
            reason=e.verify_message or _one_line(e),
        ) from None
    except ssl.SSLError as e:
        raise MailboxError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "a secure connection to the mail server {server} failed ({reason}): check the security",
            ),
            failure=MailFailure.TLS,
            server=server,
            reason=_one_line(e),
        ) from None
    except (imaplib.IMAP4.abort, OSError, EOFError) as e:
        raise MailboxError(
            QT_TRANSLATE_NOOP("Errors", "the connection to the mail server {server} was lost: {reason}"),
            failure=MailFailure.GONE,
            server=server,
            reason=_one_line(e),
        ) from None
    except imaplib.IMAP4.error as e:
        raise MailboxError(
            QT_TRANSLATE_NOOP("Errors", "the mail server {server} answered with an error: {reason}"),
            failure=MailFailure.CONNECTION,
            server=server,
            reason=_one_line(e),
        ) from None


def _one_line(value: object) -> str:
    text = value.decode(errors="replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())[:200] or type(value).__name__


class _Mailbox:
    """One read-only IMAP session on the replies folder."""

    def __init__(self, client: imaplib.IMAP4, settings: ImapSettings) -> None:
        self.client = client
        self.settings = settings

    @classmethod
    def open(
        cls, settings: ImapSettings, password: str | None, context: ssl.SSLContext, timeout: float
    ) -> _Mailbox:
        client: imaplib.IMAP4
        if settings.security is Security.TLS:
            client = imaplib.IMAP4_SSL(settings.host, settings.port, ssl_context=context, timeout=timeout)
        else:
            client = imaplib.IMAP4(settings.host, settings.port, timeout=timeout)
        try:
            if settings.security is Security.STARTTLS:
                if "STARTTLS" not in client.capabilities:
                    raise MailboxError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the mail server {server} does not offer STARTTLS: choose TLS or another port",
                        ),
                        failure=MailFailure.NO_STARTTLS,
                        server=f"{settings.host}:{settings.port}",
                    )
                client.starttls(context)
            if settings.user:
                try:
                    _login(client, settings.user, password or "")
                except imaplib.IMAP4.abort:
                    raise
                except imaplib.IMAP4.error as e:
                    raise MailboxError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "the mail server {server} refused the login of {user}: {reason}"
                        ),
                        failure=MailFailure.LOGIN_REFUSED,
                        server=f"{settings.host}:{settings.port}",
                        user=settings.user,
                        reason=_one_line(e),
                    ) from None
            status, _data = client.select(_quoted(settings.folder), readonly=True)
            if status != "OK":
                raise MailboxError(
                    QT_TRANSLATE_NOOP("Errors", "the mailbox has no folder {folder}"),
                    failure=MailFailure.NO_FOLDER,
                    folder=settings.folder,
                )
        except BaseException:
            _close(client)
            raise
        return cls(client, settings)

    def close(self) -> None:
        _close(self.client)

    def uids(self, since: date) -> list[int]:
        status, data = self.client.uid("SEARCH", "SINCE", since.strftime("%d-%b-%Y"))
        if status != "OK":
            raise imaplib.IMAP4.error(_one_line(data))
        return sorted(int(n) for n in (data[0] or b"").split() if n.isdigit())

    def uidvalidity(self) -> str:
        data = self.client.untagged_responses.get("UIDVALIDITY") or [b""]
        return _one_line(data[-1])

    def headers(self, uids: list[int]) -> Iterator[tuple[int, int, Message]]:
        """(uid, size, the few headers needed to decide whether to read the message) per message."""
        parser = BytesHeaderParser(policy=email.policy.compat32)
        for start in range(0, len(uids), _FETCH_BATCH):
            batch = ",".join(str(u) for u in uids[start : start + _FETCH_BATCH])
            status, data = self.client.uid(
                "FETCH", batch, f"(UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS ({_HEADER_FIELDS})])"
            )
            if status != "OK":
                raise imaplib.IMAP4.error(_one_line(data))
            for item in data:
                if not isinstance(item, tuple):
                    continue
                prefix = item[0]
                uid = re.search(rb"UID (\d+)", prefix)
                size = re.search(rb"RFC822\.SIZE (\d+)", prefix)
                if uid and size:
                    yield int(uid.group(1)), int(size.group(1)), parser.parsebytes(item[1])

    def message(self, uid: int) -> bytes:
        status, data = self.client.uid("FETCH", str(uid), "(BODY.PEEK[])")
        if status != "OK":
            raise imaplib.IMAP4.error(_one_line(data))
        parts = [item[1] for item in data if isinstance(item, tuple)]
        return parts[0] if parts else b""


def _login(client: imaplib.IMAP4, user: str, password: str) -> None:
    """Log in; with SASL PLAIN when offered, which carries a password in UTF-8 (a Thai password, say),
    where IMAP's LOGIN takes ASCII only."""
    if "AUTH=PLAIN" in client.capabilities:
        client.authenticate("PLAIN", lambda _challenge: f"\0{user}\0{password}".encode())
    elif user.isascii() and password.isascii():
        client.login(user, password)
    else:
        raise imaplib.IMAP4.error("LOGIN takes only ASCII")


def _quoted(folder: str) -> str:
    """A folder name as IMAP writes it: modified UTF-7 (RFC 3501 §5.1.3), quoted."""
    encoded: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            data = base64.b64encode("".join(pending).encode("utf-16-be")).decode()
            encoded.append("&" + data.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for ch in folder:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            encoded.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return '"' + "".join(encoded).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _close(client: imaplib.IMAP4) -> None:
    try:
        if client.state == "SELECTED":
            client.close()  # the folder was opened read-only: closing expunges nothing
        client.logout()
    except (imaplib.IMAP4.error, OSError, EOFError):
        pass  # leaving: the server may be gone already


# -- reading a message --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Message:
    message_id: str
    sender: str  # lower case
    calendars: tuple[str, ...]  # the text of every calendar part, as sent


def _address_of(header: object) -> str:
    addresses = getaddresses([str(header or "")])
    return addresses[0][1].strip().lower() if addresses else ""


def _may_carry_calendar(headers: Message) -> bool:
    """Whether a message's top Content-Type allows a calendar inside: plain text or HTML alone does not."""
    content_type = str(headers.get("Content-Type", "text/plain")).split(";", 1)[0].strip().lower()
    return content_type.startswith("multipart/") or content_type in (
        *_CALENDAR_TYPES,
        "application/octet-stream",
    )


def _calendar_text(part: Message) -> str | None:
    content_type = part.get_content_type()
    name = (part.get_filename() or "").lower()
    if content_type not in _CALENDAR_TYPES and not name.endswith(".ics"):
        return None
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return None
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know: iCalendar is UTF-8 (RFC 5545 §3.1.4)
        return payload.decode("utf-8", errors="replace")


def _parse(raw: bytes, message_id: str) -> _Message:
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    calendars = []
    for count, part in enumerate(message.walk()):
        if count > 500:  # a message of a thousand parts is no reply
            break
        if part.is_multipart():
            continue
        text = _calendar_text(part)
        if text is not None:
            calendars.append(text)
    return _Message(message_id, _address_of(message.get("From")), tuple(calendars))


# -- recording ----------------------------------------------------------------------------------------


def _stored_outcome(outcome: Outcome, sequence: int) -> str:
    """``mail_replies.outcome``: the outcome, and for an applied answer the SEQUENCE it answered."""
    return f"{outcome.value}@{sequence}" if outcome in APPLIED else outcome.value


def _applied_sequence(stored: str) -> int | None:
    outcome, at, sequence = stored.partition("@")
    return int(sequence) if at and outcome in APPLIED and sequence.isdigit() else None


class _Recorder:
    """Turns the answers of one message into RSVPs, remembering per person the SEQUENCE answered."""

    def __init__(self, services: Services, settings_store: MailSettingsStore, *, dry_run: bool) -> None:
        self.services = services
        self.log = settings_store.log
        self.dry_run = dry_run
        self.changes = Changes()
        self.sequences: dict[tuple[str, str], int] = {}
        read_before = self.log.replies()
        self.seen = {row.message_id for row in read_before}  # each message counts once
        for row in read_before:
            sequence = _applied_sequence(row.outcome)
            if sequence is not None and row.meeting_id and row.person_id:
                key = (row.meeting_id, row.person_id)
                self.sequences[key] = max(self.sequences.get(key, -1), sequence)

    def answer(self, message: _Message, answer: ical.ReplyAnswer) -> ReplyResult:
        """Record one answer (unless it must not count), saying what became of it."""
        meeting_id = ical.meeting_id_of_uid(answer.uid)
        meeting = self.services.records.find(m.Meeting, meeting_id) if meeting_id else None
        if meeting is None:
            return _result(message, answer, Outcome.OTHER_EVENT)
        committee = self.services.records.find(m.Committee, meeting.committee_id)
        # The meeting as the command line names it: ICT:3/2569.
        reference = f"{committee.short_name}:{meeting.label}" if committee else meeting.label
        said = functools.partial(_result, message, answer, meeting=meeting, reference=reference)
        invitations = self.services.records.select(m.Invitation, meeting_id=meeting.id)
        invited = self.services.records.select(m.Person, id=sorted({i.person_id for i in invitations}))
        # Only an invitee's own address answers for them (whatever its case).
        person = next((p for p in invited if p.email and p.email.strip().lower() == answer.address), None)
        if person is None:
            return said(Outcome.NOT_INVITED)
        if message.sender != answer.address:
            return said(Outcome.FORGED, person=person)
        if meeting.status is m.MeetingStatus.CANCELLED:
            return said(Outcome.CANCELLED, person=person)
        with self.services.store.read() as repo:
            certified = is_certified(repo, meeting.id)
        if certified or meeting.status is m.MeetingStatus.MINUTES_CERTIFIED:
            return said(Outcome.CERTIFIED, person=person)
        key = (meeting.id, person.id)
        if answer.sequence < self.sequences.get(key, -1):
            return said(Outcome.OLDER, person=person)
        if answer.partstat not in _RSVP:
            return said(Outcome.NO_ANSWER, person=person)
        if any(i.rsvp is m.Rsvp.SUBSTITUTE for i in invitations if i.person_id == person.id):
            return said(Outcome.SUBSTITUTE, person=person)
        language = committee.language if committee else "th"
        written = self._write(meeting.id, person.id, answer, language)
        if isinstance(written, EmeetingError):
            return said(Outcome.FAILED, person=person, reason=written)
        self.sequences[key] = max(self.sequences.get(key, -1), answer.sequence)
        return said(written or Outcome.UNCHANGED, person=person)

    def _write(
        self, meeting_id: str, person_id: str, answer: ical.ReplyAnswer, language: str
    ) -> Outcome | EmeetingError | None:
        """Record the answer on the person's invitations (None: they already say so)."""
        rsvp, outcome = _RSVP[answer.partstat]
        comment = " ".join(answer.comment.split())[:500]
        for attempt in (1, 2):
            mine = self.services.records.select(m.Invitation, meeting_id=meeting_id, person_id=person_id)
            edits = []
            for invitation in mine:
                if outcome is Outcome.TENTATIVE:
                    reason = comment or _TENTATIVE_NOTE.get(language, _TENTATIVE_NOTE["en"])
                else:  # a new answer without a comment drops the reason of the old one
                    reason = comment or (invitation.rsvp_reason if invitation.rsvp is rsvp else "")
                after = dataclasses.replace(invitation, rsvp=rsvp, rsvp_reason=reason)
                if after != invitation:
                    edits.append((after, invitation))
            if not edits:
                return None
            if self.dry_run:
                return outcome
            try:
                self.changes |= self.services.records.change(update=edits)
                return outcome
            except StaleWriteError as e:  # edited meanwhile (the window, a sync): read again once
                if attempt == 2:
                    return e
            except CertifiedRecordError as e:
                return e
            except EmeetingError as e:
                return e
        return None


def _result(
    message: _Message,
    answer: ical.ReplyAnswer,
    outcome: Outcome,
    *,
    meeting: m.Meeting | None = None,
    person: m.Person | None = None,
    reference: str = "",
    reason: object = "",
) -> ReplyResult:
    said = _Said(
        message.sender or "?",
        answer.address,
        person.display_name if person else answer.address,
        reference or answer.uid,
        reason,
    )
    return ReplyResult(
        message.message_id,
        message.sender,
        outcome,
        _note(outcome, said),
        meeting_id=meeting.id if meeting else None,
        person_id=person.id if person else None,
        sequence=answer.sequence,
    )


def _message_note(
    outcome: Outcome, message_id: str, sender: str, *, reason: object = "", size: int = 0
) -> ReplyResult:
    return ReplyResult(
        message_id, sender, outcome, _note(outcome, _Said(sender or "?", reason=reason, size=size))
    )


def _looks_like_a_calendar(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n")[:15].upper() == "BEGIN:VCALENDAR"


def _answers(message: _Message) -> list[ical.ReplyAnswer] | ReplyResult:
    """The answers a message carries, or what makes it none."""
    replies = [text for text in message.calendars if ical.read_method(text) == ical.Method.REPLY]
    if not replies:
        if any(not _looks_like_a_calendar(text) for text in message.calendars):
            return _message_note(
                Outcome.BROKEN,
                message.message_id,
                message.sender,
                reason="its calendar part holds no calendar object",
            )
        return _message_note(Outcome.NOT_A_REPLY, message.message_id, message.sender)
    answers: dict[tuple[str, int, str, str], ical.ReplyAnswer] = {}
    for text in replies:
        try:
            found = ical.read_replies(text)
        except ical.IcsError as e:
            return _message_note(Outcome.BROKEN, message.message_id, message.sender, reason=e)
        for answer in found:  # Google sends the same calendar twice: inline and as invite.ics
            answers.setdefault((answer.uid, answer.sequence, answer.address, answer.partstat.value), answer)
    if not answers:
        return _message_note(
            Outcome.BROKEN, message.message_id, message.sender, reason="the reply names no attendee"
        )
    return list(answers.values())


# -- the use case -------------------------------------------------------------------------------------


def read_replies(
    services: Services,
    settings_store: MailSettingsStore,
    *,
    dry_run: bool = False,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    today: date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReplyReport:
    """Read the replies mailbox once and record the new answers (``dry_run``: say what would be recorded,
    change nothing). Off or not set up: a report with ``enabled`` False, nothing read.

    Raises ``MailboxError`` when the mailbox cannot be read (the server, the login, the folder), and
    StoreError when the data folder is read-only (unless ``dry_run``). ``ssl_context``: whom to trust
    (default: the system's trust store and the settings' ``ca_file``)."""
    settings = settings_store.imap()
    if not (settings.enabled and settings.host):
        return ReplyReport(enabled=False, dry_run=dry_run)
    if not dry_run:
        services.store.require_writable()
    password = settings_store.password(settings)
    if settings.user and password is None:
        raise MailboxError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the mail server {server} needs a login and no password is kept for {user}: set it again",
            ),
            failure=MailFailure.NO_PASSWORD,
            server=f"{settings.host}:{settings.port}",
            user=settings.user,
        )
    context = ssl_context if ssl_context is not None else tls_context(settings, MailboxError)
    since = (today or datetime.now(UTC).date()) - timedelta(days=WINDOW_DAYS)
    recorder = _Recorder(services, settings_store, dry_run=dry_run)
    results: list[ReplyResult] = []
    with _translated_errors(settings, timeout):
        mailbox = _Mailbox.open(settings, password, context, timeout)
        try:
            uids = mailbox.uids(since)
            uidvalidity = mailbox.uidvalidity()
            new = 0
            for uid, size, headers in list(mailbox.headers(uids)):
                if cancelled is not None and cancelled():
                    break
                message_id = _one_line(headers.get("Message-ID", "")) or _made_up_id(
                    settings, uidvalidity, uid
                )
                if message_id in recorder.seen or not _may_carry_calendar(headers):
                    continue
                recorder.seen.add(message_id)  # the same message twice in the folder counts once
                sender = _address_of(headers.get("From"))
                found: list[ReplyResult] | None
                if size > MAX_MESSAGE_BYTES:
                    found = [_message_note(Outcome.TOO_LARGE, message_id, sender, size=size)]
                else:
                    found = _read_one(recorder, mailbox.message(uid), message_id)
                if found is None:  # an ordinary message: kept as seen (not read again), not reported
                    if not dry_run:
                        recorder.log.record_reply(message_id, datetime.now(UTC), NO_CALENDAR, None, None)
                    continue
                new += 1
                results += found
                if not dry_run and all(r.outcome is not Outcome.FAILED for r in found):
                    first = next((r for r in found if r.outcome in APPLIED), found[0])
                    recorder.log.record_reply(
                        message_id,
                        datetime.now(UTC),
                        _stored_outcome(first.outcome, first.sequence),
                        first.meeting_id,
                        first.person_id,
                    )
        finally:
            mailbox.close()
    return ReplyReport(
        enabled=True,
        dry_run=dry_run,
        messages=len(uids),
        new=new,
        results=tuple(results),
        changes=recorder.changes,
    )


def _made_up_id(settings: ImapSettings, uidvalidity: str, uid: int) -> str:
    """An id for a message without a Message-ID: its place in the folder (stable while the folder is)."""
    place = f"{settings.user}@{settings.host}:{settings.port}/{settings.folder}/{uidvalidity}/{uid}"
    return f"<{hashlib.sha256(place.encode()).hexdigest()[:32]}@imap.emeeting>"


def _read_one(recorder: _Recorder, raw: bytes, message_id: str) -> list[ReplyResult] | None:
    try:
        message = _parse(raw, message_id)
    except Exception as e:  # any message may be hostile, and the parser fails in many ways
        return [_message_note(Outcome.BROKEN, message_id, "", reason=_one_line(e))]
    if not message.calendars:
        return None
    answers = _answers(message)
    if isinstance(answers, ReplyResult):
        return [answers]
    return [recorder.answer(message, answer) for answer in answers]


def describe(report: ReplyReport) -> list[str]:
    """The report as lines for the command line (English)."""
    if not report.enabled:
        return [
            "reading replies is off: turn it on and name the mailbox in the e-mail settings "
            "(emeeting window: E-mail settings…)"
        ]
    lines = [f"{r.outcome.value:<12} {r.note}" for r in report.results]
    verb = "would be recorded" if report.dry_run else "recorded"
    failed = f", {report.failed} to try again" if report.failed else ""
    lines.append(
        f"{report.messages} messages in the folder, {report.new} new with a calendar: "
        f"{report.recorded} answers {verb}, {report.ignored} ignored{failed}"
    )
    return lines
