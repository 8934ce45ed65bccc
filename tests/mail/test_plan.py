"""Who gets which message: invitations, updates after a change, cancellations, reminders, retries."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from emeeting.domain import model as m
from emeeting.domain.mailing import MailKind, MailResult, SentMail, event_fingerprint
from emeeting.mail.outbox import Outbox, Reminder, SkipReason
from emeeting.services.container import Services
from tests.mail.conftest import Board

AT = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def _record(
    outbox: Outbox,
    services: Services,
    board: Board,
    person: m.Person,
    kind: MailKind,
    sequence: int = 0,
    result: MailResult = MailResult.SENT,
    minutes: int = 0,
) -> None:
    meeting = services.meetings.bundle(board.meeting_id).meeting
    outbox.log.record(
        SentMail(
            person.email,
            kind,
            AT + timedelta(minutes=minutes),
            result,
            board.meeting_id,
            person.id,
            sequence,
            event_fingerprint(meeting),
            f"<{kind}-{person.id}@x>",
        )
    )


def test_a_new_meeting_invites_every_invitee_with_an_address_in_their_language(
    services: Services, board: Board, outbox: Outbox
) -> None:
    plan = outbox.plan(board.meeting_id)
    got = {o.person_id: (o.kind, o.language, o.address) for o in plan.outgoing}
    assert got == {
        board.chair.id: (MailKind.INVITATION, "th", "somchai@example.go.th"),
        board.expert.id: (MailKind.INVITATION, "en", "Jane.Smith@example.org"),
        board.deputy.id: (MailKind.INVITATION, "th", "wichai@example.go.th"),
    }
    assert [(s.person_id, s.reason) for s in plan.skipped] == [(board.no_mail.id, SkipReason.NO_ADDRESS)]
    assert plan.sequence == 0


def test_only_what_was_not_sent_goes_again_and_a_change_is_an_update(
    services: Services, board: Board, outbox: Outbox
) -> None:
    _record(outbox, services, board, board.chair, MailKind.INVITATION)
    _record(outbox, services, board, board.expert, MailKind.INVITATION, result=MailResult.FAILED)
    plan = outbox.plan(board.meeting_id)
    assert {o.person_id for o in plan.outgoing} == {board.expert.id, board.deputy.id}
    assert (board.chair.id, SkipReason.UP_TO_DATE) in [(s.person_id, s.reason) for s in plan.skipped]

    meeting = services.meetings.bundle(board.meeting_id).meeting
    services.meetings.update(dataclasses.replace(meeting, place="ห้องประชุม 2"), base=meeting)
    plan = outbox.plan(board.meeting_id)
    kinds = {o.person_id: (o.kind, o.sequence) for o in plan.outgoing}
    assert kinds == {
        board.chair.id: (MailKind.UPDATE, 1),
        board.expert.id: (MailKind.INVITATION, 1),
        board.deputy.id: (MailKind.INVITATION, 1),
    }
    assert [o.person_id for o in outbox.plan(board.meeting_id, to=[board.chair.id]).outgoing] == [
        board.chair.id
    ]


def test_a_cancelled_meeting_is_cancelled_for_those_sent_it_and_a_dropped_invitee_too(
    services: Services, board: Board, outbox: Outbox
) -> None:
    _record(outbox, services, board, board.chair, MailKind.INVITATION)
    _record(outbox, services, board, board.deputy, MailKind.INVITATION)
    deputy_invitation = next(
        i for i in services.meetings.bundle(board.meeting_id).invitations if i.person_id == board.deputy.id
    )
    services.records.delete(m.Invitation, deputy_invitation.id)
    plan = outbox.plan(board.meeting_id)
    kinds = {o.person_id: o.kind for o in plan.outgoing}
    assert kinds[board.deputy.id] is MailKind.CANCEL
    assert board.chair.id not in kinds

    meeting = services.meetings.bundle(board.meeting_id).meeting
    services.meetings.update(dataclasses.replace(meeting, status=m.MeetingStatus.CANCELLED), base=meeting)
    plan = outbox.plan(board.meeting_id)
    assert {o.person_id: (o.kind, o.sequence) for o in plan.outgoing} == {
        board.chair.id: (MailKind.CANCEL, 1),
        board.deputy.id: (MailKind.CANCEL, 1),
    }
    assert (board.expert.id, SkipReason.CANCELLED) in [(s.person_id, s.reason) for s in plan.skipped]


def test_reminders_go_to_all_coming_or_to_those_who_have_not_answered(
    services: Services, board: Board, outbox: Outbox
) -> None:
    bundle = services.meetings.bundle(board.meeting_id)
    chair = next(i for i in bundle.invitations if i.person_id == board.chair.id)
    expert = next(i for i in bundle.invitations if i.person_id == board.expert.id)
    services.records.update(dataclasses.replace(chair, rsvp=m.Rsvp.ACCEPTED), base=chair)
    services.records.update(dataclasses.replace(expert, rsvp=m.Rsvp.DECLINED), base=expert)
    every = outbox.plan(board.meeting_id, reminder=Reminder.ALL)
    assert {o.person_id for o in every.outgoing} == {board.chair.id, board.deputy.id}
    assert all(o.kind is MailKind.REMINDER for o in every.outgoing)
    pending = outbox.plan(board.meeting_id, reminder=Reminder.NOT_ANSWERED)
    assert {o.person_id for o in pending.outgoing} == {board.deputy.id}


def test_status_is_the_latest_message_to_each_person(
    services: Services, board: Board, outbox: Outbox
) -> None:
    _record(outbox, services, board, board.chair, MailKind.INVITATION, result=MailResult.FAILED)
    _record(outbox, services, board, board.chair, MailKind.INVITATION, minutes=5)
    status = outbox.status(board.meeting_id)
    assert list(status) == [board.chair.id]
    assert status[board.chair.id].result is MailResult.SENT


def test_a_meeting_that_has_begun_sends_nothing(services: Services, board: Board, outbox: Outbox) -> None:
    _record(outbox, services, board, board.chair, MailKind.INVITATION)
    meeting = services.meetings.bundle(board.meeting_id).meeting
    services.meetings.update(dataclasses.replace(meeting, status=m.MeetingStatus.CLOSED), base=meeting)
    meeting = services.meetings.bundle(board.meeting_id).meeting
    services.meetings.update(
        dataclasses.replace(meeting, end=meeting.start + timedelta(hours=3)), base=meeting
    )
    plan = outbox.plan(board.meeting_id)
    assert plan.outgoing == ()
    assert {s.reason for s in plan.skipped} == {SkipReason.HELD}
