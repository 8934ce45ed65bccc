"""One loader for a meeting's record, on the caller's connection: what the screens, export and the
minutes read, and what an amendment freezes after correcting the record in its own transaction."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.services.meetings import load_bundle, stored_bundle
from emeeting.services.minutes import MinutesService
from emeeting.storage.store import Store
from tests.services.conftest import Org

BANGKOK = timezone(timedelta(hours=7))


def at(h: int, mi: int = 0) -> datetime:
    return datetime(2026, 3, 10, h, mi, tzinfo=BANGKOK)


def test_an_amendment_that_corrects_who_attended_names_that_person_in_the_frozen_minutes(
    services: Services, store: Store, org: Org, meeting: m.Meeting
) -> None:
    # The presenter was recorded as the wrong person; the right one is in the directory but nowhere else
    # in this meeting's record until the amendment corrects the invitation.
    recorded = m.Person("มานะ", "ชำนาญ", title="นาย")
    actual = m.Person("ปิยะ", "ตรงเวลา", title="นาย")
    presenter = m.Invitation(meeting.id, recorded.id, role=m.InviteeRole.PRESENTER)
    services.records.create(recorded, actual, presenter)
    services.session.start(meeting.id, at(9, 35))
    services.session.check_in(presenter.id, m.Attendance.PRESENT, at(9, 30))
    services.session.end(meeting.id, at(11))
    minutes = MinutesService(store, BANGKOK)
    minutes.draft(meeting.id)
    minutes.certify(meeting.id, m.CertificationMethod.CIRCULATION, at(15))
    assert recorded.display_name in minutes.view(meeting.id).versions[0].text

    corrected = dataclasses.replace(services.records.get(m.Invitation, presenter.id), person_id=actual.id)
    minutes.amend(meeting.id, "แก้ไขชื่อผู้เข้าร่วมประชุม", corrections=[corrected])

    amended = minutes.view(meeting.id).versions[-1].text
    assert actual.display_name in amended
    assert recorded.display_name not in amended
    assert minutes.verify(meeting.id)
    frozen = minutes.frozen(meeting.id)
    assert frozen is not None and frozen.text == amended


def test_the_loader_reads_on_the_callers_connection_and_sees_its_uncommitted_writes(
    store: Store, org: Org, meeting: m.Meeting
) -> None:
    guest = m.Person("มานะ", "ชำนาญ", title="นาย")
    invitation = m.Invitation(meeting.id, guest.id, role=m.InviteeRole.GUEST)
    with store.transaction() as repo:
        repo.insert(guest, invitation)
        seen = load_bundle(repo, meeting.id)
    assert invitation in seen.invitations
    assert guest in seen.people


def test_the_bundle_for_export_is_in_one_order_whatever_order_the_store_keeps(
    services: Services, store: Store, org: Org, meeting: m.Meeting
) -> None:
    with store.read() as repo:
        stored, canonical = stored_bundle(repo, meeting.id), load_bundle(repo, meeting.id)
    assert canonical.invitations == tuple(sorted(stored.invitations, key=lambda i: i.id))
    assert set(canonical.invitations) == set(stored.invitations)
    assert [i.id for i in canonical.items] == [e.item.id for e in services.meetings.view(meeting.id).agenda]
    assert services.meetings.bundle(meeting.id) == canonical
    # The screens keep the store's order, as before there was one loader.
    assert services.meetings.view(meeting.id).invitations == stored.invitations
