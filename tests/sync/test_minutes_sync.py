"""The secretary's item notes and the certified minutes travel: notes to the secretaries' own computers
only, the certified text and its amendments to the members."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from tests.sync.conftest import Office


def _notes_and_certified_minutes(office: Office) -> tuple[m.AgendaItem, m.MinutesVersion]:
    services = office.secretary.services
    item = next(i for i in office.items if i.parent_id is None)
    services.session.set_note(item.id, "ประธานขอให้แก้ไขตัวเลขงบประมาณ")
    office.hold_meeting()
    services.minutes.draft(office.meeting.id)
    services.minutes.certify(
        office.meeting.id, m.CertificationMethod.SAME_MEETING, datetime(2026, 12, 10, 9, tzinfo=UTC)
    )
    services.minutes.amend(office.meeting.id, "แก้ถ้อยคำ", {item.id: "ที่ประชุมรับทราบ (แก้ไข)"})
    report = office.secretary.run()
    assert report.conflicts == 0
    [certified] = office.secretary.rows(m.MinutesVersion, number=0)
    return item, certified


def test_the_secretarys_second_computer_receives_the_item_notes(office: Office) -> None:
    services = office.secretary.services
    item = next(i for i in office.items if i.parent_id is None)
    services.session.set_note(item.id, "ประธานขอให้แก้ไขตัวเลขงบประมาณ")
    office.secretary.run()
    second = office.attendee("somsri", name="secretary-laptop")
    second.run()
    [note] = second.rows(m.ItemNote)
    assert (note.item_id, note.text) == (item.id, "ประธานขอให้แก้ไขตัวเลขงบประมาณ")

    second.services.session.set_note(item.id, "แก้ไขบนเครื่องที่สอง")
    assert second.run().pushed == 1
    office.secretary.run()
    [back] = office.secretary.rows(m.ItemNote, item_id=item.id)
    assert back.text == "แก้ไขบนเครื่องที่สอง"

    # Once the minutes are certified the notes are part of the frozen record, on the second computer too.
    office.hold_meeting()
    services.minutes.draft(office.meeting.id)
    services.minutes.certify(
        office.meeting.id, m.CertificationMethod.SAME_MEETING, datetime(2026, 12, 10, 9, tzinfo=UTC)
    )
    office.secretary.run()
    second.run()
    with pytest.raises(ValidationError, match="certified"):
        second.services.session.set_note(item.id, "แก้อีกครั้งหลังรับรอง")


def test_a_member_receives_the_certified_minutes_and_their_amendments_but_no_item_notes(
    office: Office,
) -> None:
    _, certified = _notes_and_certified_minutes(office)
    alice = office.attendee("alice")
    alice.run()
    assert alice.rows(m.ItemNote) == []
    versions = sorted(alice.rows(m.MinutesVersion), key=lambda v: v.number)
    assert [v.number for v in versions] == [0, 1]
    assert (versions[0].text, versions[0].sha256) == (certified.text, certified.sha256)
    assert versions[1].reason == "แก้ถ้อยคำ"
    assert "ที่ประชุมรับทราบ (แก้ไข)" in versions[1].text
    [minutes] = alice.rows(m.Minutes)
    assert minutes.status is m.MinutesStatus.CERTIFIED and minutes.certified_sha256 == certified.sha256
    [meeting] = alice.rows(m.Meeting)
    assert meeting.status is m.MeetingStatus.MINUTES_CERTIFIED
    assert alice.services.check() == []


def test_a_guest_uninvited_leaves_the_members_laptop(office: Office) -> None:
    services = office.secretary.services
    guest = m.Person("Guest", "Speaker")
    invitation = m.Invitation(office.meeting.id, guest.id, role=m.InviteeRole.GUEST)
    services.records.create(guest, invitation)
    office.secretary.run()
    alice = office.attendee("alice")
    alice.run()
    assert [p.id for p in alice.rows(m.Person, id=guest.id)] == [guest.id]

    services.records.delete(m.Invitation, invitation.id)
    office.secretary.run()
    report = alice.run()
    assert report.full_resync
    assert alice.rows(m.Person, id=guest.id) == [] and alice.rows(m.Invitation, id=invitation.id) == []
    assert {p.id for p in alice.rows(m.Person)} >= {office.people["alice"].id, office.people["bob"].id}
    assert alice.services.check() == []
