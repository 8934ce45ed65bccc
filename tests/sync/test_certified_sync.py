"""Certified minutes freeze the meeting on every device: an edit made offline before certification and
sent afterwards is refused by the server, which is where all devices meet. The device that made it keeps
the server's (certified) value and its own as a conflict copy it can see; the certified record stays as
it was certified everywhere. What stays open after certification — an action item's follow-up, an
amendment — still travels."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from emeeting.domain import model as m
from emeeting.services.minutes import check_certifications
from emeeting.sync.merge import WHOLE
from tests.sync.conftest import Desk, Office, attach_bytes, content

OFFLINE_TITLE = "ชื่อวาระที่แก้ไขก่อนรับรองแต่ส่งหลังรับรอง"


def _laptop(office: Office) -> Desk:
    """The secretary's second computer, with the meeting as it stood before the minutes were made."""
    laptop = office.attendee("somsri", name="secretary-laptop")
    laptop.run()
    return laptop


def _certify(office: Office) -> None:
    services = office.secretary.services
    services.minutes.draft(office.meeting.id)
    services.minutes.certify(
        office.meeting.id, m.CertificationMethod.SAME_MEETING, datetime(2026, 12, 10, 9, tzinfo=UTC)
    )
    office.secretary.run()


def _item(desk: Desk, item_id: str) -> m.AgendaItem:
    [item] = desk.rows(m.AgendaItem, id=item_id)
    return item


def test_an_offline_edit_sent_after_certification_does_not_reach_the_certified_meeting(
    office: Office,
) -> None:
    services = office.secretary.services
    first = next(i for i in office.items if i.parent_id is None)
    office.hold_meeting()
    office.secretary.run()
    laptop = _laptop(office)
    before = _item(laptop, first.id)
    laptop.services.agenda.update(dataclasses.replace(before, title=OFFLINE_TITLE), base=before)

    _certify(office)
    report = laptop.run()  # pulls the certification, then sends its edit

    assert report.conflicts == 1 and report.pushed == 0
    assert _item(laptop, first.id).title == first.title  # the laptop shows the certified title …
    [copy] = laptop.sync.conflicts()  # … and keeps its own edit where the secretary can see it
    assert (copy.kind, copy.record_id, copy.field) == ("agenda_item", first.id, WHOLE)
    assert copy.local_value["title"] == OFFLINE_TITLE
    assert copy.server_value["title"] == first.title
    assert not laptop.services.records.select(m.AgendaItem, id=first.id, title=OFFLINE_TITLE)

    assert laptop.run().pushed == 0  # settled: nothing is sent again
    office.secretary.run()
    assert _item(office.secretary, first.id).title == first.title
    assert services.minutes.verify(office.meeting.id)
    with services.store.read() as repo:
        assert check_certifications(repo).problems == []
    # A device that starts afresh receives the certified record only.
    assert _item(_fresh(office), first.id).title == first.title


def _fresh(office: Office) -> Desk:
    desk = office.attendee("somsri", name="fresh-laptop")
    desk.run()
    return desk


def test_offline_additions_and_deletions_are_refused_once_the_minutes_are_certified(
    office: Office,
) -> None:
    office.hold_meeting()
    office.secretary.run()
    laptop = _laptop(office)
    added = m.AgendaItem(office.meeting.id, "วาระเพิ่มเติมจากเครื่องที่สอง", position=99)
    laptop.services.agenda.add(added)
    laptop.services.records.delete(m.Vote, office.vote.id)

    _certify(office)
    report = laptop.run()

    assert report.pushed == 0
    refused = {(c.kind, c.record_id) for c in laptop.sync.conflicts()}
    assert {("agenda_item", added.id), ("vote", office.vote.id)} <= refused
    assert laptop.rows(m.Vote, id=office.vote.id)  # the deletion is undone on the laptop
    office.secretary.run()
    assert office.secretary.rows(m.Vote, id=office.vote.id)
    assert not office.secretary.rows(m.AgendaItem, id=added.id)
    assert office.secretary.services.minutes.verify(office.meeting.id)


def test_what_stays_open_after_certification_still_travels(office: Office) -> None:
    services = office.secretary.services
    first = next(i for i in office.items if i.parent_id is None)
    task = m.ActionItem(office.meeting.id, "จัดทำรายงานสรุป", item_id=first.id, due=date(2026, 12, 31))
    services.records.create(task)
    office.hold_meeting()
    office.secretary.run()
    laptop = _laptop(office)
    _certify(office)
    laptop.run()

    # The follow-up of an action item, from the laptop.
    [mine] = laptop.rows(m.ActionItem, id=task.id)
    laptop.services.records.update(dataclasses.replace(mine, status=m.ActionStatus.DONE), base=mine)
    report = laptop.run()
    assert (report.pushed, report.conflicts) == (1, 0)
    # Papers filed with the meeting itself, e.g. the signed copy of the certified minutes.
    signed = attach_bytes(laptop.services, office.meeting.id, None, "signed.pdf", content("signed"))
    assert (laptop.run().pushed, laptop.sync.conflicts()) == (1, [])
    # A member's own notes on the meeting.
    alice = office.attendee("alice")
    alice.run()
    alice.sync.save_note(office.meeting.id, "ทบทวนมติก่อนประชุมครั้งหน้า", item_id=first.id)
    assert (alice.run().pushed, alice.sync.conflicts()) == (1, [])
    # An amendment from the desktop, correcting a record of the meeting as well as an entry.
    [invitation] = services.records.select(m.Invitation, id=office.invitations["alice"].id)
    corrected = dataclasses.replace(invitation, absence_reason="ติดราชการ")
    services.minutes.amend(
        office.meeting.id, "แก้ไขเหตุที่ไม่มาประชุม", {first.id: "ที่ประชุมรับทราบ (แก้ไข)"}, corrections=[corrected]
    )
    report = office.secretary.run()
    assert report.conflicts == 0 and report.pushed >= 3

    laptop.run()
    [done] = office.secretary.rows(m.ActionItem, id=task.id)
    assert done.status is m.ActionStatus.DONE
    assert office.secretary.rows(m.Document, id=signed.id)
    assert {v.number for v in laptop.rows(m.MinutesVersion)} == {0, 1}
    [there] = laptop.rows(m.Invitation, id=invitation.id)
    assert there.absence_reason == "ติดราชการ"
    assert laptop.sync.conflicts() == []
    assert services.minutes.verify(office.meeting.id)
