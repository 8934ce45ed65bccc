"""InterchangeService: importing a meeting that this store has deleted brings it back."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.services.container import Services


def meeting_json(package: Path) -> bytes:
    with zipfile.ZipFile(package) as zf:
        return zf.read("meeting.json")


@pytest.fixture
def exported(services: Services, org, meeting: m.Meeting, numbered, make_pdf, tmp_path: Path) -> Path:
    """ICT 1/2569 with a decision item, a document, a vote and an open action, exported."""
    item = m.AgendaItem(meeting.id, "ขออนุมัติโครงการ", parent_id=numbered(meeting.id)["4"].id)
    services.agenda.add(item)
    attached = services.documents.attach(meeting.id, item.id, [make_pdf("โครงการ.pdf")])
    assert attached.rejected == ()
    vote = m.Vote(meeting.id, item.id, "อนุมัติหรือไม่", result=m.VoteResult.PASSED)
    action = m.ActionItem(meeting.id, "ทำสัญญา", item_id=item.id, assignee_id=org.secretary.id)
    services.records.create(vote, action)
    package = tmp_path / "ict-1-2569.zip"
    services.interchange.export_meeting(meeting.id, package)
    return package


def test_a_deleted_meeting_comes_back_when_imported(
    services: Services, meeting: m.Meeting, exported: Path, tmp_path: Path
) -> None:
    bundle = services.meetings.bundle(meeting.id)
    services.meetings.delete(meeting.id)

    imported = services.interchange.import_meeting(exported)

    assert imported == meeting
    assert services.meetings.resolve("ICT:1/2569") == meeting
    assert services.meetings.bundle(meeting.id) == bundle
    again = tmp_path / "again.zip"
    services.interchange.export_meeting(meeting.id, again)
    assert meeting_json(again) == meeting_json(exported)
    for record in (bundle.meeting, *bundle.items, *bundle.documents, *bundle.invitations, *bundle.votes):
        actions = [e.action for e in services.records.audit_trail(record.id)]
        assert actions[-2:] == ["delete", "restore"], record
    assert services.check() == []


def test_deleted_people_and_memberships_of_the_committee_come_back_too(
    services: Services, org, meeting: m.Meeting, exported: Path
) -> None:
    leaver = org.members[2]
    services.meetings.delete(meeting.id)  # their invitation goes with it, so the person may go too
    services.records.delete(m.Person, leaver.id)
    renamed = dataclasses.replace(org.chair, position="ประธานคนใหม่")
    services.records.update(renamed, base=org.chair)  # live records stay as they are here

    services.interchange.import_meeting(exported)

    assert services.records.get(m.Person, leaver.id) == leaver
    membership = next(ms for ms in org.memberships if ms.person_id == leaver.id)
    assert services.records.get(m.Membership, membership.id) == membership
    assert services.records.get(m.Person, org.chair.id) == renamed
    assert services.check() == []


def test_a_live_meeting_is_still_refused(
    services: Services, meeting: m.Meeting, exported: Path, snapshot
) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="is already here"):
        services.interchange.import_meeting(exported)
    assert snapshot() == before


def test_a_deleted_meeting_whose_number_was_taken_again_is_refused(
    services: Services, org, meeting: m.Meeting, exported: Path, snapshot
) -> None:
    services.meetings.delete(meeting.id)
    services.meetings.create(org.committee.id, "ประชุมแทน", meeting.start)  # numbered 1/2569 again
    before = snapshot()
    with pytest.raises(ValidationError, match="meeting 1/2569 already exists in this committee"):
        services.interchange.import_meeting(exported)
    assert snapshot() == before
