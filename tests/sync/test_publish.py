"""A secretary publishes; attendees receive the agenda and documents, answer, vote and keep notes."""

from __future__ import annotations

import dataclasses

from emeeting.domain import model as m
from tests.sync.conftest import Office, attach_bytes, content


def test_the_attendee_receives_the_agenda_and_opens_documents_offline(office: Office) -> None:
    alice = office.attendee("alice")
    report = alice.run()
    assert report.full_resync and report.pulled > 0 and report.downloaded == 2
    [meeting] = alice.rows(m.Meeting)
    assert meeting.title == office.meeting.title
    titles = {i.title for i in alice.rows(m.AgendaItem, meeting_id=meeting.id)}
    assert titles == {i.title for i in office.items}
    # Offline: the documents open from this laptop's own store, checked against their hash (the ลับ one
    # decrypted in memory).
    for document in alice.rows(m.Document):
        data = alice.services.documents.content_bytes(document)
        assert data == content(document.file_name.removesuffix(".pdf"))
        assert alice.services.documents.is_sealed(document) == (document.secrecy is m.Secrecy.CONFIDENTIAL)
    assert alice.services.check() == []


def test_rsvp_ballot_and_note_sync_back_to_the_secretary(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    invitation = alice.rows(m.Invitation, person_id=office.people["alice"].id)[0]
    alice.sync.rsvp(invitation.id, m.Rsvp.ACCEPTED, "จะเข้าร่วม")
    alice.sync.cast_ballot(office.vote.id, office.people["alice"].id, m.Choice.FOR)
    note = alice.sync.save_note(office.meeting.id, "ถามเรื่องงบประมาณ", item_id=office.vote.item_id)
    report = alice.run()
    assert report.pushed == 3 and report.conflicts == 0

    office.secretary.run()
    seen = office.secretary.services.records.get(m.Invitation, invitation.id)
    assert (seen.rsvp, seen.rsvp_reason) == (m.Rsvp.ACCEPTED, "จะเข้าร่วม")
    [ballot] = office.secretary.rows(m.Ballot, vote_id=office.vote.id)
    assert (ballot.person_id, ballot.choice) == (office.people["alice"].id, m.Choice.FOR)
    assert office.secretary.sync.notes(office.meeting.id) == []  # private: never reaches the secretary

    again = office.attendee("alice", name="alice-laptop-2")
    again.run()
    assert [n.text for n in again.sync.notes(office.meeting.id)] == ["ถามเรื่องงบประมาณ"]
    assert again.sync.notes(office.meeting.id)[0].id == note


def test_a_sync_with_nothing_new_is_one_request(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    alice.run()
    report = alice.run()
    assert report.requests == 1 and report.pulled == 0 and report.pushed == 0


def test_a_top_secret_document_stays_on_the_secretarys_computer(office: Office) -> None:
    services = office.secretary.services
    item = office.documents["open"].item_id
    document = attach_bytes(services, office.meeting.id, item, "top.pdf", content("top"))
    services.documents.update(dataclasses.replace(document, secrecy=m.Secrecy.TOP_SECRET), base=document)
    report = office.secretary.run()
    assert (report.pushed, report.uploaded, report.conflicts) == (0, 0, 0)
    assert not office.live.state.blobs.has(document.sha256)
    alice = office.attendee("alice")
    alice.run()
    assert alice.services.records.find(m.Document, document.id) is None
