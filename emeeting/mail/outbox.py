"""Who gets which message about a meeting (the plan), sending it, and what was sent (the status).

The plan is worked out from the meeting and from what the mail log says was sent before: an invitation
to each invitee not yet sent the meeting, an update to those sent an earlier version of its calendar
event, a cancellation when the meeting is cancelled (and to people no longer invited), nothing to those
already sent the current one — so sending the same plan again sends only what failed or was not sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from emeeting.domain import model as m
from emeeting.domain.mailing import (
    EVENT_KINDS,
    MailKind,
    MailResult,
    SentMail,
    event_state,
    language_for,
)
from emeeting.mail.settings import MailSettingsStore
from emeeting.services.container import Services
from emeeting.storage.mail_log import MailLog


class Reminder(StrEnum):
    ALL = "all"  # every invitee who is coming or has not answered
    NOT_ANSWERED = "not_answered"  # only those whose answer is still pending


class SkipReason(StrEnum):
    NO_ADDRESS = "no_address"  # the person has no e-mail address
    UP_TO_DATE = "up_to_date"  # already sent the current message
    NOT_INVITED = "not_invited"  # named in ``to`` but not invited (and never sent anything)
    CANCELLED = "cancelled"  # the meeting is cancelled and this person was never sent it
    ANSWERED = "answered"  # a reminder to those who have not answered: this one has
    NOT_ATTENDING = "not_attending"  # a reminder: declined, or sends a substitute


@dataclass(frozen=True)
class Outgoing:
    """One message to send."""

    person_id: str
    name: str
    address: str
    kind: MailKind
    language: str  # "th" or "en"
    sequence: int  # the calendar event's SEQUENCE it carries


@dataclass(frozen=True)
class Skipped:
    """An invitee who gets nothing now, and why."""

    person_id: str
    name: str
    reason: SkipReason


@dataclass(frozen=True)
class MailPlan:
    meeting_id: str
    sequence: int
    outgoing: tuple[Outgoing, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class SendReport:
    sent: tuple[Outgoing, ...]
    failed: tuple[tuple[Outgoing, str], ...]  # with the error line (English)
    cancelled: bool
    notice_set: datetime | None  # the notice date this sending set (None: it was already set, or none sent)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def latest_event(sent: Sequence[SentMail]) -> dict[str, SentMail]:
    """Person id -> the last calendar-event message the server accepted for them."""
    latest: dict[str, SentMail] = {}
    for s in sent:
        if s.person_id and s.result is MailResult.SENT and s.kind in EVENT_KINDS:
            old = latest.get(s.person_id)
            if old is None or (s.sequence, s.at) >= (old.sequence, old.at):
                latest[s.person_id] = s
    return latest


class Outbox:
    """Plans and sends a meeting's messages, and records every one in the mail log."""

    def __init__(
        self,
        services: Services,
        settings: MailSettingsStore | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.services = services
        self.settings = settings if settings is not None else MailSettingsStore(MailLog(services.store))
        self.log = self.settings.log
        self.clock = clock or _utc_now

    # -- what to send -----------------------------------------------------------------------------------

    def plan(
        self,
        meeting_id: str,
        *,
        to: Sequence[str] | None = None,
        reminder: Reminder | None = None,
    ) -> MailPlan:
        """Who gets which message now (``to``: only these person ids; ``reminder``: a reminder instead of
        the invitations, updates and cancellations)."""
        bundle = self.services.meetings.bundle(meeting_id)
        meeting, committee = bundle.meeting, bundle.committee
        sent = self.log.messages(meeting_id)
        state = event_state(meeting, sent)
        delivered = latest_event(sent)
        people = {p.id: p for p in bundle.people}
        invitations = {i.person_id: i for i in bundle.invitations}
        cancelled = meeting.status is m.MeetingStatus.CANCELLED
        wanted = list(dict.fromkeys(to)) if to is not None else None

        # Invitees in the letter's order (by name), then people sent the meeting who are no longer invited.
        order = sorted(invitations, key=lambda pid: _sort_key(people.get(pid), pid)) + sorted(
            (pid for pid, s in delivered.items() if pid not in invitations and s.kind is not MailKind.CANCEL),
            key=lambda pid: _sort_key(people.get(pid), pid),
        )
        if wanted is not None:
            order = [pid for pid in order if pid in set(wanted)] + [
                pid for pid in wanted if pid not in invitations and pid not in delivered
            ]
        missing = [pid for pid in order if pid not in people]
        if missing:
            people |= self._people(missing)

        outgoing: list[Outgoing] = []
        skipped: list[Skipped] = []
        for pid in order:
            person = people.get(pid)
            name = person.display_name if person else pid
            last = delivered.get(pid)
            invitation = invitations.get(pid)

            def skip(reason: SkipReason, pid: str = pid, name: str = name) -> None:
                skipped.append(Skipped(pid, name, reason))

            if invitation is None and (last is None or last.kind is MailKind.CANCEL):
                skip(SkipReason.NOT_INVITED if last is None else SkipReason.UP_TO_DATE)
                continue
            if reminder is not None:
                kind = self._reminder_kind(reminder, invitation, cancelled, skip)
            elif cancelled or invitation is None:
                if last is None:
                    skip(SkipReason.CANCELLED)
                    continue
                kind = None if last.kind is MailKind.CANCEL else MailKind.CANCEL
            elif last is None or last.kind is MailKind.CANCEL:
                kind = MailKind.INVITATION
            elif last.sequence < state.sequence:
                kind = MailKind.UPDATE
            else:
                kind = None
            if kind is None:
                if reminder is None:
                    skip(SkipReason.UP_TO_DATE)
                continue
            address = (person.email if person else "").strip()
            if not address and kind is MailKind.CANCEL and last is not None:
                address = last.address  # tell them at the address the meeting went to
            if not address or person is None:
                skip(SkipReason.NO_ADDRESS)
                continue
            outgoing.append(
                Outgoing(pid, name, address, kind, language_for(person, committee), state.sequence)
            )
        return MailPlan(meeting_id, state.sequence, tuple(outgoing), tuple(skipped))

    @staticmethod
    def _reminder_kind(
        reminder: Reminder,
        invitation: m.Invitation | None,
        cancelled: bool,
        skip: Callable[[SkipReason], None],
    ) -> MailKind | None:
        if cancelled:
            skip(SkipReason.CANCELLED)
            return None
        if invitation is None:
            skip(SkipReason.NOT_INVITED)
            return None
        if reminder is Reminder.NOT_ANSWERED and invitation.rsvp is not m.Rsvp.PENDING:
            skip(SkipReason.ANSWERED)
            return None
        if invitation.rsvp in (m.Rsvp.DECLINED, m.Rsvp.SUBSTITUTE):
            skip(SkipReason.NOT_ATTENDING)
            return None
        return MailKind.REMINDER

    def _people(self, person_ids: Sequence[str]) -> dict[str, m.Person]:
        with self.services.store.read() as repo:
            return {p.id: p for p in repo.select(m.Person, id=list(person_ids))}

    # -- sending ---------------------------------------------------------------------------------------

    def send(
        self,
        plan: MailPlan,
        *,
        board_book: bool = False,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> SendReport:
        """Send the plan's messages over one connection (not yet: the transport comes next)."""
        raise NotImplementedError

    def send_test(self, to: str) -> None:
        """Send a short test message to ``to`` (not yet: the transport comes next)."""
        raise NotImplementedError

    # -- what was sent ----------------------------------------------------------------------------------

    def status(self, meeting_id: str) -> dict[str, SentMail]:
        """Person id -> the latest message sent or tried to them about the meeting."""
        latest: dict[str, SentMail] = {}
        for s in self.log.messages(meeting_id):  # oldest first
            if s.person_id:
                latest[s.person_id] = s
        return latest


def _sort_key(person: m.Person | None, person_id: str) -> tuple[str, str, str]:
    if person is None:
        return ("\uffff", "", person_id)
    return (person.first_name, person.last_name, person_id)
