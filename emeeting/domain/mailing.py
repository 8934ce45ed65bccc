"""E-mail to invitees: what kinds of message there are, what each one sent, and the rules that decide who
gets what (an invitation, an update, a cancellation, a reminder) from what was sent before.

A meeting's calendar event has one UID for its life; its SEQUENCE starts at 0 and rises by one each time
the invitees are told of a change of what their calendars show (date, time, place, link, title). What
was sent is recorded per message (``SentMail``) with the event's fingerprint, so the next sending knows
whether the event changed since, and a retry sends only what has not gone out yet.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from emeeting.domain import model as m
from emeeting.domain.model import new_id
from emeeting.domain.thai import is_thai


class MailKind(StrEnum):
    INVITATION = "invitation"  # the first message a person gets for a meeting
    UPDATE = "update"  # the date, time or place changed since they were sent the meeting
    CANCEL = "cancel"  # the meeting is cancelled, or the person is no longer invited
    REMINDER = "reminder"  # N days before, or to those who have not answered
    TEST = "test"  # the mail settings' test message


# The messages that carry the meeting's calendar event (a reminder and a test message do not).
EVENT_KINDS = frozenset({MailKind.INVITATION, MailKind.UPDATE, MailKind.CANCEL})


# A meeting that has begun: what its record says of times and place is no longer an invitation's business.
HELD = frozenset(
    {
        m.MeetingStatus.IN_SESSION,
        m.MeetingStatus.CLOSED,
        m.MeetingStatus.MINUTES_DRAFTED,
        m.MeetingStatus.MINUTES_CERTIFIED,
    }
)


class MailResult(StrEnum):
    SENT = "sent"  # the mail server accepted it
    FAILED = "failed"  # refused or not delivered to the server; ``error`` says why


@dataclass(frozen=True)
class SentMail:
    """One message sent or tried, as the office keeps it."""

    address: str
    kind: MailKind
    at: datetime
    result: MailResult
    meeting_id: str | None = None
    person_id: str | None = None
    sequence: int = 0
    fingerprint: str = ""
    message_id: str = ""
    error: str = ""
    id: str = field(default_factory=new_id)


def event_fingerprint(meeting: m.Meeting) -> str:
    """What a calendar shows of the meeting, as one short hash: a change of it is an update to send."""
    shown = {
        "title": meeting.title,
        "start": meeting.start.isoformat(),
        "end": meeting.end.isoformat() if meeting.end else "",
        "place": meeting.place,
        "online_link": meeting.online_link,
        "mode": meeting.mode.value,
        "secrecy": meeting.secrecy.value,
    }
    return hashlib.sha256(json.dumps(shown, sort_keys=True).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class EventState:
    """Where a meeting's calendar event stands among what was sent: the SEQUENCE the next message carries
    and whether it is a change the earlier recipients must be told of."""

    sequence: int
    changed: bool  # something was sent before and the event differs from the last one sent


def event_state(meeting: m.Meeting, sent: Iterable[SentMail]) -> EventState:
    """The SEQUENCE for the meeting's event now: that of the last event sent when nothing changed, one
    more when the date, place or title changed (or the meeting is cancelled) since."""
    delivered = [
        s
        for s in sent
        if s.meeting_id == meeting.id and s.result is MailResult.SENT and s.kind in EVENT_KINDS
    ]
    if not delivered:
        return EventState(0, False)
    last = max(delivered, key=lambda s: (s.sequence, s.at))
    cancelled = meeting.status is m.MeetingStatus.CANCELLED
    if last.kind is MailKind.CANCEL or meeting.status in HELD:
        # Once the meeting has begun its times are the record's (when it really ended), not news for
        # the invitees' calendars; a cancellation is the event's last word.
        return EventState(last.sequence, False)
    if not cancelled and last.fingerprint == event_fingerprint(meeting):
        return EventState(last.sequence, False)
    return EventState(last.sequence + 1, True)


def language_for(person: m.Person, committee: m.Committee) -> str:
    """The language a person's messages are written in: the committee's, except that a person whose name
    is written in Latin letters only (a foreign expert, say) on a Thai committee is written to in English,
    and one with a Thai name on an English committee in Thai."""
    name = f"{person.first_name}{person.last_name}"
    if not name.strip():
        return committee.language
    return "th" if is_thai(name) else "en"


def reminder_day(meeting: m.Meeting, days_before: int) -> date | None:
    """The local day on which a reminder N days before the meeting is due (None: no reminder)."""
    if days_before <= 0:
        return None
    return meeting.start.astimezone().date() - timedelta(days=days_before)
