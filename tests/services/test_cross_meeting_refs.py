"""A record belongs to one meeting: a record of another meeting cannot point into a certified meeting
(through item_id, vote_id, minutes_id …), and no record may refer to an agenda item of another meeting."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.services.container import Services
from emeeting.services.frozen import CertifiedRecordError
from tests.services.conftest import Org
from tests.services.test_frozen import CERTIFIED, Held, certified  # noqa: F401  (fixtures)
from tests.services.test_minutes import at, held, minutes  # noqa: F401  (fixtures)


def other_meeting(services: Services, org: Org) -> m.Meeting:
    other_id = m.new_id()
    services.meetings.create(
        org.committee.id, "ประชุมครั้งต่อไป", at(9, 30, 24), template="th", meeting_id=other_id
    )
    return services.records.get(m.Meeting, other_id)


def test_a_record_of_another_meeting_cannot_point_into_a_certified_meeting(
    services: Services,
    org: Org,
    meeting: m.Meeting,
    certified: Held,  # noqa: F811
    snapshot: Callable[[], object],
) -> None:
    other = other_meeting(services, org)
    item = certified["2.1"]
    before = snapshot()
    for entity in (
        m.Vote(other.id, item.id, "ลงมติ"),
        m.Invitation(other.id, org.members[0].id, item_id=item.id),
    ):
        with pytest.raises(CertifiedRecordError, match=CERTIFIED):
            services.records.create(entity)
    assert snapshot() == before


def test_an_item_of_another_meeting_is_refused_whatever_the_freeze(
    services: Services, org: Org, meeting: m.Meeting
) -> None:
    other = other_meeting(services, org)
    [item, *_] = services.records.select(m.AgendaItem, meeting_id=meeting.id)
    with pytest.raises(ValidationError, match="another meeting"):
        services.records.create(m.Vote(other.id, item.id, "ลงมติ"))
    assert services.records.select(m.Vote, meeting_id=other.id) == []
