"""Which message a meeting's invitees get follows from what was sent before (domain.mailing)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from emeeting.domain import model as m
from emeeting.domain.mailing import (
    MailKind,
    MailResult,
    SentMail,
    event_fingerprint,
    event_state,
    language_for,
    reminder_day,
)

START = datetime(2026, 12, 10, 2, 30, tzinfo=UTC)  # 09.30 in Bangkok
MEETING = m.Meeting("c", 3, 2569, "การประชุม ครั้งที่ 3/2569", START, place="ห้องประชุม 1")


def sent(
    meeting: m.Meeting, kind: MailKind = MailKind.INVITATION, *, sequence: int = 0, ok: bool = True
) -> SentMail:
    return SentMail(
        "somchai@example.go.th",
        kind,
        START - timedelta(days=5),
        MailResult.SENT if ok else MailResult.FAILED,
        meeting_id=meeting.id,
        person_id="p",
        sequence=sequence,
        fingerprint=event_fingerprint(meeting),
    )


def test_nothing_sent_starts_at_sequence_zero() -> None:
    assert (event_state(MEETING, []).sequence, event_state(MEETING, []).changed) == (0, False)
    assert event_state(MEETING, [sent(MEETING, ok=False)]).sequence == 0  # a failure sent nothing


def test_a_new_date_or_place_is_an_update_with_the_next_sequence() -> None:
    before = [sent(MEETING)]
    assert not event_state(MEETING, before).changed
    for change in (
        {"start": START + timedelta(days=1)},
        {"place": "ห้องประชุม 2"},
        {"online_link": "https://x"},
    ):
        state = event_state(dataclasses.replace(MEETING, **change), before)
        assert (state.sequence, state.changed) == (1, True), change
    # The text of the agenda is no calendar news.
    assert not event_state(dataclasses.replace(MEETING, urgency=m.Urgency.URGENT), before).changed


def test_cancelling_is_news_once_and_the_cancellation_is_the_last_word() -> None:
    cancelled = dataclasses.replace(MEETING, status=m.MeetingStatus.CANCELLED)
    assert event_state(cancelled, [sent(MEETING)]).changed
    told = [sent(MEETING), sent(cancelled, MailKind.CANCEL, sequence=1)]
    assert (event_state(cancelled, told).sequence, event_state(cancelled, told).changed) == (1, False)


def test_a_held_meeting_sends_no_update_when_its_real_end_is_recorded() -> None:
    held = dataclasses.replace(
        MEETING, status=m.MeetingStatus.CLOSED, end=START + timedelta(hours=3, minutes=7)
    )
    assert not event_state(held, [sent(MEETING)]).changed


def test_reminders_and_tests_carry_no_event() -> None:
    assert event_state(MEETING, [sent(MEETING, MailKind.REMINDER, sequence=4)]).sequence == 0


def test_people_are_written_to_in_the_language_of_their_name() -> None:
    thai, english = m.Committee("คณะกรรมการ", "ICT"), m.Committee("Board", "DTSC", language="en")
    assert language_for(m.Person("สมชาย", "ใจดี"), english) == "th"
    assert language_for(m.Person("John", "Smith"), thai) == "en"
    assert language_for(m.Person("", ""), english) == "en"


def test_a_reminder_is_due_n_local_days_before() -> None:
    assert reminder_day(MEETING, 0) is None
    assert reminder_day(MEETING, 3) == MEETING.start.astimezone().date() - timedelta(days=3)
