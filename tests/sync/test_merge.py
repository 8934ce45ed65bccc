"""Concurrent edits: different fields merge, the same field keeps the server's value and a conflict copy."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from emeeting.domain import model as m
from emeeting.sync.merge import DELETED, WHOLE, merge_fields, merge_record
from tests.sync.conftest import Office, make_desk


def test_edits_of_different_fields_on_two_desktops_merge(office: Office) -> None:
    other = make_desk(office.tmp_path, "secretary-2", office.live.url, "somsri")
    other.run()
    item = office.items[0]
    a = office.secretary.services.records
    b = other.services.records
    mine, theirs = a.get(m.AgendaItem, item.id), b.get(m.AgendaItem, item.id)
    office.secretary.services.agenda.update(dataclasses.replace(mine, title="ชื่อใหม่"), base=mine)
    other.services.agenda.update(dataclasses.replace(theirs, background="ความเป็นมาใหม่"), base=theirs)
    office.secretary.run()
    report = other.run()
    assert report.conflicts == 0
    office.secretary.run()
    for desk in (office.secretary, other):
        merged = desk.services.records.get(m.AgendaItem, item.id)
        assert (merged.title, merged.background) == ("ชื่อใหม่", "ความเป็นมาใหม่")
    assert other.sync.conflicts() == []


def test_the_same_field_edited_twice_keeps_the_server_value_and_a_conflict_copy(office: Office) -> None:
    other = make_desk(office.tmp_path, "secretary-2", office.live.url, "somsri")
    other.run()
    item = office.items[0]
    mine = office.secretary.services.records.get(m.AgendaItem, item.id)
    theirs = other.services.records.get(m.AgendaItem, item.id)
    office.secretary.services.agenda.update(dataclasses.replace(mine, title="ฉบับ A"), base=mine)
    other.services.agenda.update(dataclasses.replace(theirs, title="ฉบับ B"), base=theirs)
    office.secretary.run()
    report = other.run()
    assert report.conflicts == 1
    assert other.services.records.get(m.AgendaItem, item.id).title == "ฉบับ A"
    [copy] = other.sync.conflicts()
    assert (copy.kind, copy.record_id, copy.field, copy.local_value, copy.server_value) == (
        "agenda_item",
        item.id,
        "title",
        "ฉบับ B",
        "ฉบับ A",
    )
    other.sync.dismiss_conflict(copy.id)
    assert other.sync.conflicts() == [] and len(other.sync.conflicts(include_resolved=True)) == 1
    office.secretary.run()
    assert office.secretary.services.records.get(m.AgendaItem, item.id).title == "ฉบับ A"


def test_a_deletion_travels_as_a_tombstone(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    document = office.documents["open"]
    assert alice.services.records.find(m.Document, document.id) is not None
    office.secretary.services.documents.remove(document.id)
    office.secretary.run()
    alice.run()
    assert alice.services.records.find(m.Document, document.id) is None
    assert alice.services.check() == []


def test_full_resync_keeps_local_edits_and_drops_what_the_server_no_longer_shows(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    invitation = alice.rows(m.Invitation, person_id=office.people["alice"].id)[0]
    alice.sync.rsvp(invitation.id, m.Rsvp.DECLINED, "ติดราชการ")
    with alice.services.store.connection() as conn:  # as if the server had been restored from a backup
        conn.execute("UPDATE sync_servers SET cursor = 10000000")
    bob_invitation = office.invitations["bob"]
    office.secretary.services.records.delete(m.Invitation, bob_invitation.id)
    office.secretary.run()
    report = alice.run()
    assert report.full_resync
    assert alice.services.records.get(m.Invitation, invitation.id).rsvp is m.Rsvp.DECLINED
    assert alice.services.records.find(m.Invitation, bob_invitation.id) is None
    office.secretary.run()
    assert office.secretary.services.records.get(m.Invitation, invitation.id).rsvp is m.Rsvp.DECLINED
    assert alice.services.check() == []


def test_a_full_resync_uploads_nothing_that_was_already_synced(office: Office) -> None:
    other = make_desk(office.tmp_path, "secretary-2", office.live.url, "somsri")
    other.run()
    other.sync.login(office.live.url, "somsri", "correct horse battery")  # a new login: full resync
    report = other.run()
    assert report.full_resync and report.pushed == 0 and report.uploaded == 0 and report.bytes_sent == 0


# -- the merge rule itself ------------------------------------------------------------------------------

values = st.sampled_from(["a", "b", "c"])
records = st.fixed_dictionaries({"x": values, "y": values, "z": values})


@given(records, records, records)
def test_merge_takes_each_one_sided_change_and_reports_every_two_sided_one(
    base: dict[str, str], local: dict[str, str], server: dict[str, str]
) -> None:
    merged, lost = merge_fields(base, local, server)
    for name in base:
        if local[name] == base[name]:
            assert merged[name] == server[name]
        elif server[name] == base[name]:
            assert merged[name] == local[name]
        else:
            assert merged[name] == server[name]
        if local[name] not in (base[name], merged[name]):  # no local edit disappears without a copy
            assert any(x.field == name and x.local == local[name] for x in lost)


def test_edited_here_deleted_there_keeps_the_edit_as_a_copy() -> None:
    result = merge_record({"x": 1}, False, {"x": 2}, False, {"x": 1}, True)
    assert result.deleted and [(lost.field, lost.local) for lost in result.lost] == [(WHOLE, {"x": 2})]
    result = merge_record({"x": 1}, False, {"x": 1}, True, {"x": 3}, False)
    assert not result.deleted and result.data == {"x": 3} and result.lost[0].field == DELETED


def test_an_attendees_edit_the_server_refuses_goes_back_and_is_kept_as_a_copy(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    item = alice.services.records.get(m.AgendaItem, office.items[0].id)
    alice.services.agenda.update(dataclasses.replace(item, title="แก้โดยผู้เข้าประชุม"), base=item)
    report = alice.run()
    assert report.conflicts == 1 and report.pushed == 0
    assert alice.services.records.get(m.AgendaItem, item.id).title == item.title
    [copy] = alice.sync.conflicts()
    assert copy.record_id == item.id and copy.local_value["title"] == "แก้โดยผู้เข้าประชุม"
    assert alice.run().pushed == 0  # not sent again
