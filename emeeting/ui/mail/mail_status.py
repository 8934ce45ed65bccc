"""What was sent to each invitee of a meeting, in a few words for the Invitees tab's mail column: not
sent, sent (day and time), failed (why, in the tooltip), an update or a cancellation to send."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from emeeting.domain import model as m
from emeeting.domain.mailing import EVENT_KINDS, MailKind, MailResult, SentMail, event_state
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.style import Tone


@dataclass(frozen=True)
class MeetingMail:
    """The messages of one meeting and what its calendar event needs now."""

    latest: dict[str, SentMail]  # person id -> the latest invitation, update or cancellation tried
    sequence: int  # the SEQUENCE the event carries now
    changed: bool  # the event changed since it was sent: an update (or cancellation) is to send
    cancelled: bool
    sent_to: frozenset[str]  # people who were sent the event (and got it)

    @property
    def behind(self) -> list[str]:
        """People sent the event who have not been told of its change (or cancellation) yet."""
        return [
            person
            for person in self.sent_to
            if (sent := self.latest.get(person)) is not None
            and sent.kind is not MailKind.CANCEL
            and (sent.result is MailResult.FAILED or sent.sequence < self.sequence or self.cancelled)
        ]


def meeting_mail(meeting: m.Meeting, messages: Iterable[SentMail]) -> MeetingMail:
    messages = [s for s in messages if s.meeting_id == meeting.id]
    latest: dict[str, SentMail] = {}
    sent_to: set[str] = set()
    for sent in messages:  # oldest first: the last one wins
        if sent.kind in EVENT_KINDS and sent.person_id:
            latest[sent.person_id] = sent
            if sent.result is MailResult.SENT:
                sent_to.add(sent.person_id)
    state = event_state(meeting, messages)
    cancelled = meeting.status is m.MeetingStatus.CANCELLED
    return MeetingMail(latest, state.sequence, state.changed, cancelled, frozenset(sent_to))


def kind_label(kind: MailKind) -> str:
    return {
        MailKind.INVITATION: QCoreApplication.translate("MailStatus", "Invitation"),
        MailKind.UPDATE: QCoreApplication.translate("MailStatus", "Update"),
        MailKind.CANCEL: QCoreApplication.translate("MailStatus", "Cancellation"),
        MailKind.REMINDER: QCoreApplication.translate("MailStatus", "Reminder"),
        MailKind.TEST: QCoreApplication.translate("MailStatus", "Test message"),
    }[kind]


def status(mail: MeetingMail, person_id: str, language: str | None = None) -> tuple[str, str, Tone | None]:
    """(text, tooltip, tone) of the person's mail column."""
    sent = mail.latest.get(person_id)
    if sent is None:
        return QCoreApplication.translate("MailStatus", "not sent"), "", None
    local = sent.at.astimezone()
    when = f"{labels.day_month(local.date(), language)} {labels.clock_time(local, language)}"
    what = kind_label(sent.kind)
    if sent.result is MailResult.FAILED:
        text = QCoreApplication.translate("MailStatus", "failed: {reason}").format(reason=sent.error)
        tooltip = QCoreApplication.translate(
            "MailStatus", "{what} to {address} failed {when}: {reason}"
        ).format(what=what, address=sent.address, when=when, reason=sent.error)
        return text, tooltip, Tone.BAD
    tooltip = QCoreApplication.translate("MailStatus", "{what} sent to {address} {when}").format(
        what=what, address=sent.address, when=when
    )
    if person_id in mail.behind:
        text = (
            QCoreApplication.translate("MailStatus", "cancellation to send")
            if mail.cancelled
            else QCoreApplication.translate("MailStatus", "update to send")
        )
        return text, tooltip, Tone.WARN
    if sent.kind is MailKind.CANCEL:
        return (
            QCoreApplication.translate("MailStatus", "cancellation sent {when}").format(when=when),
            tooltip,
            None,
        )
    return QCoreApplication.translate("MailStatus", "sent {when}").format(when=when), tooltip, Tone.GOOD
