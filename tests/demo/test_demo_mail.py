"""The demo's mail log agrees with its meetings: what an office that e-mails its invitations would show."""

from __future__ import annotations

from datetime import date

from emeeting.demo.load import load_demo
from emeeting.domain import model as m
from emeeting.domain.mailing import MailKind, MailResult, event_state
from emeeting.services.container import Services
from emeeting.storage.mail_log import MailLog


def test_every_meeting_given_notice_was_e_mailed_to_its_invitees_then(services: Services) -> None:
    load_demo(services, 8, today=date(2026, 12, 7))
    log = MailLog(services.store)
    noticed = 0
    for summary in services.meetings.summaries():
        bundle = services.meetings.bundle(summary.meeting.id)
        meeting, sent = bundle.meeting, log.messages(summary.meeting.id)
        if meeting.notice_sent_at is None:
            assert sent == [], f"{meeting.label}: e-mailed before its notice"
            continue
        noticed += 1
        addressed = {p.id for p in bundle.people if p.email}
        invited = {i.person_id for i in bundle.invitations} & addressed
        invitations = [s for s in sent if s.kind is MailKind.INVITATION]
        assert {s.person_id for s in invitations} == invited
        assert all(s.result is MailResult.SENT and s.at >= meeting.notice_sent_at for s in sent)
        assert (
            min(s.at for s in invitations) == meeting.notice_sent_at
        )  # the notice date is the first sending
        # Nothing waits to be sent: no update, and a cancelled meeting's cancellation has gone out.
        assert not event_state(meeting, sent).changed, meeting.label
        cancels = {s.person_id for s in sent if s.kind is MailKind.CANCEL}
        assert cancels == (invited if meeting.status is m.MeetingStatus.CANCELLED else set())
    assert noticed >= 3
