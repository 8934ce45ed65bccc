"""Only a meeting that was held has minutes to certify, and only certification makes a meeting
"minutes certified".

Issue 11, findings 3 and 4: the minutes of a draft, invited, postponed or cancelled meeting could be
certified (frozen as the record of a meeting that never took place), and a meeting could be given the
status "minutes certified" by hand, looking certified while nothing was frozen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.domain.lifecycle import allowed_by_hand, allowed_next, check_status_by_hand
from emeeting.services.container import Services
from emeeting.services.minutes import MinutesService
from tests.services.test_minutes import at, held, minutes  # noqa: F401  (fixtures)

S = m.MeetingStatus
NEVER_HELD = (S.DRAFT, S.INVITED, S.POSTPONED, S.CANCELLED)
BY_CERTIFYING = "only by certifying its minutes"


def _give_status(services: Services, meeting: m.Meeting, status: S) -> m.Meeting:
    """The meeting moved to ``status`` through the Details editor's service, as a secretary would."""
    current = services.records.get(m.Meeting, meeting.id)
    path = {S.POSTPONED: [S.POSTPONED], S.CANCELLED: [S.CANCELLED], S.INVITED: [S.INVITED]}.get(status, [])
    for step in path:
        services.meetings.update(dataclasses.replace(current, status=step), base=current)
        current = services.records.get(m.Meeting, meeting.id)
    assert current.status is status
    return current


@pytest.mark.parametrize("status", NEVER_HELD, ids=[s.value for s in NEVER_HELD])
def test_the_minutes_of_a_meeting_never_held_cannot_be_certified(
    services: Services,
    meeting: m.Meeting,
    minutes: MinutesService,  # noqa: F811
    snapshot: Callable[[], object],
    status: S,
) -> None:
    minutes.draft(meeting.id)  # a draft may be prepared ahead; certifying it is what is refused
    _give_status(services, meeting, status)
    before = snapshot()

    with pytest.raises(ValidationError) as refused:
        minutes.certify(meeting.id, m.CertificationMethod.SAME_MEETING, at(12, 0))

    message = str(refused.value)
    assert "1/2569" in message
    if status is S.CANCELLED:
        assert "was cancelled" in message and "no minutes to certify" in message
    else:
        assert "has not been held" in message and "certified once it has met" in message
    assert snapshot() == before
    assert minutes.frozen(meeting.id) is None
    assert services.records.get(m.Meeting, meeting.id).status is status


def test_certifying_several_meetings_refuses_all_when_one_was_never_held(
    services: Services,
    meeting: m.Meeting,
    held: dict[str, m.AgendaItem],  # noqa: F811
    minutes: MinutesService,  # noqa: F811
    snapshot: Callable[[], object],
) -> None:
    services.session.end(meeting.id, at(12, 0))
    minutes.draft(meeting.id)
    services.meetings.copy_as_next(meeting.id, at(9, 30, 24))
    following = next(s.meeting for s in services.meetings.summaries() if s.meeting.id != meeting.id)
    minutes.draft(following.id)
    before = snapshot()

    with pytest.raises(ValidationError, match="has not been held"):
        minutes.certify_many(
            [
                (meeting.id, m.CertificationMethod.NEXT_MEETING, at(10, 0, 24)),
                (following.id, m.CertificationMethod.SAME_MEETING, at(12, 0, 24)),
            ]
        )
    assert snapshot() == before


def test_a_meeting_held_and_closed_is_certified_and_becomes_minutes_certified(
    services: Services,
    meeting: m.Meeting,
    held: dict[str, m.AgendaItem],  # noqa: F811
    minutes: MinutesService,  # noqa: F811
) -> None:
    services.session.end(meeting.id, at(12, 0))
    minutes.draft(meeting.id)
    minutes.certify(meeting.id, m.CertificationMethod.SAME_MEETING, at(12, 5))
    assert services.records.get(m.Meeting, meeting.id).status is S.MINUTES_CERTIFIED
    assert minutes.verify(meeting.id)


def test_a_past_meeting_recorded_as_closed_after_the_fact_may_be_certified(
    services: Services,
    meeting: m.Meeting,
    minutes: MinutesService,  # noqa: F811
) -> None:
    services.meetings.update(dataclasses.replace(meeting, status=S.CLOSED), base=meeting)
    minutes.draft(meeting.id)
    minutes.certify(meeting.id, m.CertificationMethod.CIRCULATION, at(12, 0, 20))
    assert services.records.get(m.Meeting, meeting.id).status is S.MINUTES_CERTIFIED


def test_a_meeting_cannot_be_set_to_minutes_certified_by_hand(
    services: Services,
    meeting: m.Meeting,
    held: dict[str, m.AgendaItem],  # noqa: F811
    minutes: MinutesService,  # noqa: F811
    snapshot: Callable[[], object],
) -> None:
    services.session.end(meeting.id, at(12, 0))
    minutes.draft(meeting.id)
    drafted = services.records.get(m.Meeting, meeting.id)
    assert drafted.status is S.MINUTES_DRAFTED
    before = snapshot()

    with pytest.raises(ValidationError, match=BY_CERTIFYING) as refused:
        services.meetings.update(dataclasses.replace(drafted, status=S.MINUTES_CERTIFIED), base=drafted)
    assert "Minutes tab" in str(refused.value)

    assert snapshot() == before
    assert services.records.get(m.Meeting, meeting.id).status is S.MINUTES_DRAFTED
    assert minutes.frozen(meeting.id) is None


@pytest.mark.parametrize("status", [s for s in S if s is not S.MINUTES_CERTIFIED], ids=lambda s: s.value)
def test_no_status_reaches_minutes_certified_by_hand(status: S) -> None:
    assert S.MINUTES_CERTIFIED not in allowed_by_hand(status)
    assert allowed_by_hand(status) == allowed_next(status) - {S.MINUTES_CERTIFIED}
    with pytest.raises(ValidationError, match=BY_CERTIFYING):
        check_status_by_hand(status, S.MINUTES_CERTIFIED)
    for new in allowed_by_hand(status):
        check_status_by_hand(status, new)


def test_a_meeting_is_never_created_certified(services: Services) -> None:
    committee = m.Committee("คณะกรรมการทดสอบ", "TST")
    services.records.create(committee)
    with pytest.raises(ValidationError, match="only by certifying its minutes"):
        services.meetings.create(
            committee.id,
            "การประชุม",
            datetime(2026, 3, 10, 2, 30, tzinfo=UTC),
            status=m.MeetingStatus.MINUTES_CERTIFIED,
        )
    assert services.meetings.summaries(committee.id) == []
