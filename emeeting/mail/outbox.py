"""Who gets which message about a meeting (the plan), sending it, and what was sent (the status).

The plan is worked out from the meeting and from what the mail log says was sent before: an invitation
to each invitee not yet sent the meeting, an update to those sent an earlier version of its calendar
event, a cancellation when the meeting is cancelled (and to people no longer invited), nothing to those
already sent the current one — so sending the same plan again sends only what failed or was not sent.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.policy import SMTP as SMTP_POLICY
from enum import StrEnum

from emeeting.domain import model as m
from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError, StaleWriteError, ValidationError
from emeeting.domain.mailing import (
    EVENT_KINDS,
    HELD,
    MailKind,
    MailResult,
    SentMail,
    event_fingerprint,
    event_state,
    language_for,
)
from emeeting.domain.thai import OFFICE_ZONE, is_thai
from emeeting.mail.compose import Attachment, compose, file_stem, settings_test_message
from emeeting.mail.settings import MailSettingsStore, SmtpSettings
from emeeting.mail.transport import (
    ConnectionLost,
    MailError,
    MailFailure,
    SmtpConnection,
    connect,
    no_password,
    not_set_up,
)
from emeeting.services.container import Services
from emeeting.storage.mail_log import MailLog


class Reminder(StrEnum):
    ALL = "all"  # every invitee who is coming or has not answered
    NOT_ANSWERED = "not_answered"  # only those whose answer is still pending
    ACCEPTED = "accepted"  # only those who said they are coming


class SkipReason(StrEnum):
    NO_ADDRESS = "no_address"  # the person has no e-mail address
    UP_TO_DATE = "up_to_date"  # already sent the current message
    NOT_INVITED = "not_invited"  # named in ``to`` but not invited (and never sent anything)
    CANCELLED = "cancelled"  # the meeting is cancelled and this person was never sent it
    ANSWERED = "answered"  # a reminder to those who have not answered: this one has
    NOT_ANSWERED = "not_answered"  # a reminder to those coming: this one has not answered
    NOT_ATTENDING = "not_attending"  # a reminder: declined, or sends a substitute
    HELD = "held"  # the meeting has begun or is over: nothing to tell calendars


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
    address: str = ""  # the person's e-mail address, if they have one


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
        held = meeting.status in HELD
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

            address = person.email.strip() if person else ""

            def skip(reason: SkipReason, pid: str = pid, name: str = name, address: str = address) -> None:
                skipped.append(Skipped(pid, name, reason, address))

            if held:
                skip(SkipReason.HELD)
                continue
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
        if reminder is Reminder.ACCEPTED and invitation.rsvp is m.Rsvp.PENDING:
            skip(SkipReason.NOT_ANSWERED)
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
        """Send the plan's messages over one connection, recording each as soon as its result is known;
        a refused address fails alone. Raises MailError only when nothing can be sent at all (not set up,
        cannot connect or log in, the sender refused), having recorded nothing."""
        settings = self.settings.smtp()
        if not settings.configured:
            raise not_set_up()
        password = self.settings.password(settings) if settings.user else None
        if settings.user and password is None:
            raise no_password(settings)
        if not plan.outgoing:
            return SendReport((), (), False, None)
        bundle = self.services.meetings.bundle(plan.meeting_id)
        documents = self._documents(bundle, plan)
        batch = _Batch(self, plan, bundle, settings, password, documents, board_book)
        with batch:
            return batch.run(progress, cancelled)

    def _documents(self, bundle: m.MeetingBundle, plan: MailPlan) -> dict[str, list[Attachment]]:
        """The invitation letter and the agenda in each language the plan's invitations are written in,
        made once for the whole sending."""
        from emeeting.services.publishing import DocumentKind

        meeting = bundle.meeting
        issued = None if meeting.notice_sent_at else self.clock().astimezone(OFFICE_ZONE).date()
        languages = sorted({o.language for o in plan.outgoing if o.kind in _WITH_DOCUMENTS})
        publishing = self.services.publishing
        documents: dict[str, list[Attachment]] = {}
        for lang in languages:
            documents[lang] = [
                Attachment(
                    f"{file_stem(kind.value, meeting)}.pdf",
                    publishing.render(kind, meeting.id, lang=lang, issued=issued),
                )
                for kind in (DocumentKind.INVITATION, DocumentKind.AGENDA)
                # ลับที่สุด never leaves by e-mail: such an agenda is handed over in person
                if kind is DocumentKind.INVITATION or not top_secret(bundle)
            ]
        return documents

    def _set_notice(self, meeting_id: str, at: datetime) -> datetime | None:
        """The first invitation the server accepted is the meeting's notice (APA s.80): set it when it is
        not set yet, on the meeting as it is now (audited like any edit)."""
        for _attempt in range(3):
            meeting = self.services.meetings.bundle(meeting_id).meeting
            if meeting.notice_sent_at is not None:
                return None
            try:
                self.services.meetings.update(dataclasses.replace(meeting, notice_sent_at=at), base=meeting)
            except StaleWriteError:  # edited in between: read it again
                continue
            return at
        return None

    def send_test(self, to: str) -> None:
        """Send the test message to ``to`` with the saved settings; raises MailError."""
        settings = self.settings.smtp()
        if not settings.configured:
            raise not_set_up()
        password = self.settings.password(settings) if settings.user else None
        language = "th" if is_thai(settings.sender_name) else "en"
        try:
            msg = settings_test_message(settings, to.strip(), language, self.clock())
        except ValidationError:
            raise MailError(
                QT_TRANSLATE_NOOP("Errors", "the address {address} cannot be used for e-mail"),
                failure=MailFailure.BAD_ADDRESS,
                address=repr(to.strip()),
            ) from None
        with connect(settings, password) as connection:
            connection.send(msg, [to.strip()])
        self.log.record(
            SentMail(
                to.strip(), MailKind.TEST, self.clock(), MailResult.SENT, message_id=str(msg["Message-ID"])
            )
        )

    # -- what was sent ----------------------------------------------------------------------------------

    def status(self, meeting_id: str) -> dict[str, SentMail]:
        """Person id -> the latest message sent or tried to them about the meeting."""
        latest: dict[str, SentMail] = {}
        for s in self.log.messages(meeting_id):  # oldest first
            if s.person_id:
                latest[s.person_id] = s
        return latest


_WITH_DOCUMENTS = (MailKind.INVITATION, MailKind.UPDATE)
# Failures of the whole sending, not of one message: nothing more can go out on this connection.
_BATCH_FAILURES = frozenset({MailFailure.SENDER_REFUSED, MailFailure.LOGIN_NEEDED})


class _Batch:
    """One sending: one connection (reconnected once if the server goes away), one message per person."""

    def __init__(
        self,
        outbox: Outbox,
        plan: MailPlan,
        bundle: m.MeetingBundle,
        settings: SmtpSettings,
        password: str | None,
        documents: dict[str, list[Attachment]],
        board_book: bool,
    ) -> None:
        self.outbox = outbox
        self.plan = plan
        self.bundle = bundle
        self.settings = settings
        self.password = password
        self.documents = documents
        self.board_book = board_book
        self.fingerprint = event_fingerprint(bundle.meeting)
        self.connection: SmtpConnection | None = None
        self.reconnected = False

    def __enter__(self) -> _Batch:
        self.connection = connect(self.settings, self.password)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.connection is not None:
            self.connection.close()

    def _attachments(self, outgoing: Outgoing) -> list[Attachment]:
        if outgoing.kind not in _WITH_DOCUMENTS:
            return []
        attachments = list(self.documents.get(outgoing.language, []))
        if self.board_book:
            book = self.outbox.services.board_book.render(self.plan.meeting_id, reader_id=outgoing.person_id)
            attachments.append(Attachment(f"{file_stem('board-book', self.bundle.meeting)}.pdf", book))
        return attachments

    def _send(self, data: bytes, address: str) -> None:
        assert self.connection is not None
        try:
            self.connection.send_bytes(data, [address])
        except ConnectionLost:
            if self.reconnected:
                raise
            self.reconnected = True  # once: a server that keeps dropping us is not tried forever
            self.connection.close()
            self.connection = connect(self.settings, self.password)
            self.connection.send_bytes(data, [address])

    def run(
        self, progress: Callable[[int, int, str], None] | None, cancelled: Callable[[], bool] | None
    ) -> SendReport:
        outbox, plan = self.outbox, self.plan
        sent: list[Outgoing] = []
        failed: list[tuple[Outgoing, str]] = []
        notice_set: datetime | None = None
        total = len(plan.outgoing)
        stopped = False
        for done, outgoing in enumerate(plan.outgoing):
            if cancelled is not None and cancelled():
                stopped = True
                break
            message_id = ""
            try:
                msg = compose(
                    self.bundle, outgoing, self.settings, self._attachments(outgoing), now=outbox.clock()
                )
                message_id = str(msg["Message-ID"])
                self._send(msg.as_bytes(policy=SMTP_POLICY), outgoing.address)
            except MailError as error:
                if not sent and not failed and error.failure in _BATCH_FAILURES:
                    raise  # nothing can go out: the sending fails as a whole, nothing recorded
                failed.append((outgoing, str(error)))
                self._record(outgoing, MailResult.FAILED, message_id, str(error))
                if isinstance(error, ConnectionLost) or error.failure in _BATCH_FAILURES:
                    # gone for good: the rest are not tried, and fail with the same reason
                    for rest in plan.outgoing[done + 1 :]:
                        failed.append((rest, str(error)))
                        self._record(rest, MailResult.FAILED, "", str(error))
                    break
            except EmeetingError as error:  # this message could not be made (a bad address, its board book)
                failed.append((outgoing, str(error)))
                self._record(outgoing, MailResult.FAILED, message_id, str(error))
            else:
                sent.append(outgoing)
                at = self._record(outgoing, MailResult.SENT, message_id, "")
                if (
                    notice_set is None
                    and outgoing.kind in _WITH_DOCUMENTS
                    and self.bundle.meeting.notice_sent_at is None
                ):
                    notice_set = outbox._set_notice(plan.meeting_id, at)
                    self.bundle = dataclasses.replace(
                        self.bundle, meeting=dataclasses.replace(self.bundle.meeting, notice_sent_at=at)
                    )
            if progress is not None:
                progress(done + 1, total, outgoing.name)
        return SendReport(tuple(sent), tuple(failed), stopped, notice_set)

    def _record(self, outgoing: Outgoing, result: MailResult, message_id: str, error: str) -> datetime:
        at = self.outbox.clock()
        self.outbox.log.record(
            SentMail(
                outgoing.address,
                outgoing.kind,
                at,
                result,
                self.plan.meeting_id,
                outgoing.person_id,
                outgoing.sequence,
                self.fingerprint,
                message_id,
                error,
            )
        )
        return at


def top_secret(bundle: m.MeetingBundle) -> bool:
    """Whether the meeting or any of its items is classed ลับที่สุด (its agenda is not e-mailed)."""
    levels = [bundle.meeting.secrecy, *(item.secrecy for item in bundle.items)]
    return m.Secrecy.TOP_SECRET in levels


def _sort_key(person: m.Person | None, person_id: str) -> tuple[str, str, str]:
    if person is None:
        return ("\uffff", "", person_id)
    return (person.first_name, person.last_name, person_id)
