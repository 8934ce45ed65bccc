"""RecordService: create/update/delete with validation, tombstone cascades and the audit trail."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections import Counter
from datetime import date

import pytest

from emeeting.domain import model as m
from emeeting.domain.certification import changed_values
from emeeting.domain.errors import NotFoundError, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.services.container import Services
from emeeting.services.records import insert
from emeeting.storage.store import Store


def raw_row(store: Store, table: str, id_: str) -> dict[str, object]:
    with store.connection() as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", [id_]).fetchone()
    assert row is not None
    return dict(row)


# -- create / update / delete: Changes and audit -----------------------------------------------------------


def test_create_returns_changes_and_audits_each_entity(services: Services) -> None:
    person = m.Person("กมล", "ศรีสุข")
    committee = m.Committee("คณะกรรมการการเงิน", "FIN")
    membership = m.Membership(committee.id, person.id)

    changes = services.records.create(person, committee, membership)

    assert changes.ids == {
        "person": {person.id},
        "committee": {committee.id},
        "membership": {membership.id},
    }
    assert changes.concerns(Kind.PERSON, [person.id])
    for entity in (person, committee, membership):
        trail = services.records.audit_trail(entity.id)
        assert [(e.action, e.actor) for e in trail] == [("create", "secretary")]
    assert services.records.get(m.Person, person.id) == person
    assert services.records.get(m.Membership, membership.id) == membership


def test_update_names_the_changed_fields_in_the_audit_trail(services: Services, org) -> None:
    person = org.members[0]
    changed = dataclasses.replace(person, email="somying@example.go.th", phone="02 123 4567")

    changes = services.records.update(changed, base=person)

    assert changes.ids == {"person": {person.id}}
    assert services.records.get(m.Person, person.id) == changed
    trail = services.records.audit_trail(person.id)
    assert [e.action for e in trail] == ["create", "update"]
    assert changed_values(trail[-1].summary) == {  # old → new, for the trail to show
        "email": ("", "somying@example.go.th"),
        "phone": ("", "02 123 4567"),
    }


def test_update_without_a_difference_adds_no_audit_event(services: Services, org) -> None:
    services.records.update(org.chair, base=org.chair)
    assert [e.action for e in services.records.audit_trail(org.chair.id)] == ["create"]


def test_delete_tombstones_and_audits(services: Services, store: Store) -> None:
    person = m.Person("ลบ", "ได้")
    services.records.create(person)

    changes = services.records.delete(m.Person, person.id)

    assert changes.concerns(Kind.PERSON, [person.id])
    assert services.records.find(m.Person, person.id) is None
    with pytest.raises(NotFoundError):
        services.records.get(m.Person, person.id)
    assert person.id not in {p.id for p in services.records.select(m.Person)}
    assert raw_row(store, "people", person.id)["deleted"] == 1  # still there, for sync
    assert [e.action for e in services.records.audit_trail(person.id)] == ["create", "delete"]


def test_deleting_a_person_without_meeting_records_ends_their_memberships(services: Services, org) -> None:
    person = org.members[2]
    membership = next(ms for ms in org.memberships if ms.person_id == person.id)

    changes = services.records.delete(m.Person, person.id)

    assert changes.concerns(Kind.MEMBERSHIP, [membership.id])
    assert services.records.find(m.Membership, membership.id) is None
    assert (
        len(services.records.select(m.Membership, committee_id=org.committee.id)) == len(org.memberships) - 1
    )


def test_deleting_a_committee_tombstones_its_memberships_and_meetings(
    services: Services, org, meeting: m.Meeting
) -> None:
    services.records.delete(m.Committee, org.committee.id)

    assert services.records.select(m.Membership) == []
    assert services.records.select(m.Meeting) == []
    assert services.records.select(m.AgendaItem) == []
    assert services.records.select(m.Invitation) == []
    assert len(services.records.select(m.Person)) == len(org.people)  # people outlive their committees


def test_deleting_a_meeting_tombstones_items_documents_and_invitations(
    services: Services, store: Store, meeting: m.Meeting, add_documents
) -> None:
    items = services.records.select(m.AgendaItem, meeting_id=meeting.id)
    sha = store.blobs.put_bytes(b"%PDF-1.4 minutes")
    sub_item = next(i for i in items if i.parent_id is not None)
    docs = [
        m.Document(meeting.id, "วาระ", "agenda.pdf", "application/pdf", 16, sha),
        m.Document(meeting.id, "เอกสาร", "doc.pdf", "application/pdf", 16, sha, item_id=sub_item.id),
    ]
    add_documents(*docs)
    invitations = services.records.select(m.Invitation, meeting_id=meeting.id)

    changes = services.meetings.delete(meeting.id)

    assert changes.ids[Kind.MEETING] == {meeting.id}
    assert changes.ids[Kind.AGENDA_ITEM] == {i.id for i in items}
    assert changes.ids[Kind.DOCUMENT] == {d.id for d in docs}
    assert changes.ids[Kind.INVITATION] == {i.id for i in invitations}
    for cls in (m.AgendaItem, m.Document, m.Invitation):
        assert services.records.select(cls, meeting_id=meeting.id) == []
    for table, entities in (("agenda_items", items), ("documents", docs), ("invitations", invitations)):
        for entity in entities:
            assert raw_row(store, table, entity.id)["deleted"] == 1
    assert store.blobs.has(sha)  # the content stays: other records (and backups) may share it


def test_deleting_a_meeting_records_one_delete_event_per_record(
    services: Services, meeting: m.Meeting
) -> None:
    """The audit trail says each sub-item was deleted once, not once per level of nesting."""
    items = services.records.select(m.AgendaItem, meeting_id=meeting.id)
    assert any(i.parent_id is not None for i in items)

    services.meetings.delete(meeting.id)

    for item in items:
        actions = Counter(e.action for e in services.records.audit_trail(item.id))
        assert actions == {"create": 1, "delete": 1}, f"{item.title}: {dict(actions)}"


# -- refused changes change nothing ------------------------------------------------------------------------


def test_deleting_a_person_in_a_meeting_record_is_refused(
    services: Services, org, meeting: m.Meeting, snapshot
) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="appears in meeting records"):
        services.records.delete(m.Person, org.members[0].id)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("committee", "message"),
    [
        (m.Committee("  ", "X"), "needs a name"),
        (m.Committee("คณะกรรมการ", ""), "short name"),
        (m.Committee("คณะกรรมการ", "A:B"), "':'"),
        (m.Committee("คณะกรรมการ", "X", quorum_num=3, quorum_den=2), "3/2"),
        (m.Committee("คณะกรรมการ", "X", quorum_num=0, quorum_den=2), "quorum"),
        (m.Committee("คณะกรรมการ", "X", reconvened_quorum_num=1, reconvened_quorum_den=0), "reconvened"),
        (m.Committee("คณะกรรมการ", "X", language="fr"), "th or en"),
    ],
)
def test_invalid_committee_is_refused_and_nothing_is_stored(
    services: Services, snapshot, committee: m.Committee, message: str
) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match=message):
        services.records.create(committee)
    assert snapshot() == before


def test_one_invalid_entity_stores_none_of_the_batch(services: Services, snapshot) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="first name"):
        services.records.create(m.Person("ดี", "มาก"), m.Person("", "ไม่มีชื่อ"))
    assert snapshot() == before


def test_reference_to_a_missing_person_is_refused_and_changes_nothing(
    services: Services, meeting: m.Meeting, snapshot
) -> None:
    before = snapshot()
    good = m.Person("มาใหม่", "ทันเวลา")
    with pytest.raises(ValidationError, match="does not exist"):
        services.records.create(good, m.Invitation(meeting.id, "no-such-person"))
    assert snapshot() == before  # the valid person in the same call was not kept either


def test_update_to_a_missing_reference_is_refused(services: Services, org, snapshot) -> None:
    membership = org.memberships[1]
    before = snapshot()
    with pytest.raises(ValidationError, match="does not exist"):
        services.records.update(dataclasses.replace(membership, person_id=m.new_id()), base=membership)
    assert snapshot() == before


def test_duplicate_id_is_refused(services: Services, org, snapshot) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="already exists"):
        services.records.create(m.Person("ซ้ำ", "กัน", id=org.chair.id))
    assert snapshot() == before


def test_membership_term_must_not_end_before_it_starts(services: Services, org, snapshot) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="term"):
        services.records.create(
            m.Membership(
                org.committee.id, org.chair.id, term_start=date(2026, 10, 1), term_end=date(2026, 9, 30)
            )
        )
    assert snapshot() == before


def test_unknown_or_deleted_records_are_not_found(services: Services, org, snapshot) -> None:
    before = snapshot()
    with pytest.raises(NotFoundError):
        services.records.delete(m.Person, "no-such-person")
    with pytest.raises(NotFoundError):
        nobody = m.Person("ไม่มี", "ตัวตน")
        services.records.update(nobody, base=nobody)
    assert snapshot() == before

    services.records.delete(m.Person, org.members[2].id)
    with pytest.raises(NotFoundError):
        services.records.update(
            dataclasses.replace(org.members[2], email="x@example.org"), base=org.members[2]
        )
    with pytest.raises(NotFoundError):
        services.records.delete(m.Person, org.members[2].id)


def test_dates_and_enums_round_trip_through_the_services(services: Services, org) -> None:
    membership = m.Membership(
        org.committee.id,
        org.members[0].id,
        role=m.MemberRole.VICE_CHAIR,
        voting=False,
        term_start=date(2025, 10, 1),
        term_end=date(2027, 9, 30),
    )
    services.records.create(membership)
    stored = services.records.get(m.Membership, membership.id)
    assert stored == membership
    assert stored.role is m.MemberRole.VICE_CHAIR
    assert stored.active_on(date(2026, 1, 1))


# -- references to deleted records -------------------------------------------------------------------------


def test_an_invitation_to_a_deleted_meeting_is_refused(
    services: Services, org, meeting: m.Meeting, snapshot
) -> None:
    services.meetings.delete(meeting.id)
    guest = m.Person("แขก", "รับเชิญ")
    before = snapshot()
    with pytest.raises(ValidationError, match=f"refers to a deleted or missing meeting \\({meeting.id}\\)"):
        services.records.create(guest, m.Invitation(meeting.id, guest.id, role=m.InviteeRole.GUEST))
    assert snapshot() == before


def test_an_update_pointing_at_a_deleted_person_is_refused(services: Services, org, snapshot) -> None:
    gone = m.Person("ลา", "ออก")
    services.records.create(gone)
    services.records.delete(m.Person, gone.id)
    before = snapshot()
    with pytest.raises(ValidationError, match="refers to a deleted or missing person"):
        services.records.update(
            dataclasses.replace(org.memberships[1], person_id=gone.id), base=org.memberships[1]
        )
    assert snapshot() == before


def test_references_are_checked_in_one_query_per_referenced_table(
    services: Services, org, meeting: m.Meeting, store: Store
) -> None:
    """Many new records referring to a few tables cost a few queries, not one per record."""
    people = [m.Person("คน", str(n)) for n in range(200)]
    invitations = [m.Invitation(meeting.id, p.id, role=m.InviteeRole.GUEST) for p in people]
    statements: list[str] = []
    with store.transaction() as repo:
        repo._conn.set_trace_callback(statements.append)  # the statements SQLite runs
        insert(repo, *people, *invitations)
    checks = [s for s in statements if "NOT EXISTS" in s]
    assert len(checks) == 2  # people and meetings


def test_removing_an_agenda_item_takes_its_guests_and_actions_along(
    services: Services, org, meeting: m.Meeting, numbered
) -> None:
    """Nothing live may be left pointing at the removed item (``check`` would report it)."""
    item = m.AgendaItem(meeting.id, "โครงการ", parent_id=numbered(meeting.id)["4"].id)
    services.agenda.add(item)
    guest = m.Person("ผู้", "ชี้แจง")
    invitation = m.Invitation(meeting.id, guest.id, role=m.InviteeRole.PRESENTER, item_id=item.id)
    action = m.ActionItem(meeting.id, "จัดทำรายงาน", item_id=item.id, assignee_id=org.secretary.id)
    services.records.create(guest, invitation, action)

    changes = services.agenda.remove(item.id)

    assert changes.ids[Kind.INVITATION] == {invitation.id} and changes.ids[Kind.ACTION_ITEM] == {action.id}
    assert services.store.check() == []


# -- meetings, agenda items and documents have their own services ------------------------------------------


def test_meetings_agenda_items_and_documents_are_changed_only_through_their_services(
    services: Services, meeting: m.Meeting, snapshot
) -> None:
    item = services.records.select(m.AgendaItem, meeting_id=meeting.id)[0]
    before = snapshot()
    with pytest.raises(TypeError, match="MeetingService"):
        services.records.update(dataclasses.replace(meeting, number=3), base=meeting)
    with pytest.raises(TypeError, match="MeetingService"):
        services.records.create(dataclasses.replace(meeting, id=m.new_id(), number=2))
    with pytest.raises(TypeError, match="AgendaService"):
        services.records.update(dataclasses.replace(item, parent_id=item.id), base=item)
    with pytest.raises(TypeError, match="AgendaService"):
        services.records.delete(m.AgendaItem, item.id)
    with pytest.raises(TypeError, match="DocumentService"):
        services.records.create(m.Document(meeting.id, "ก", "a.pdf", "application/pdf", 1, "0" * 64))
    assert snapshot() == before


def test_two_live_committees_cannot_share_a_short_name(services: Services, org, snapshot) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="another committee already has this short name"):
        services.records.create(m.Committee("คณะกรรมการอีกชุด", org.committee.short_name))
    assert snapshot() == before
    services.records.delete(m.Committee, org.committee.id)  # a deleted committee frees its short name
    services.records.create(m.Committee("คณะกรรมการชุดใหม่", org.committee.short_name))


def test_the_database_refuses_a_second_live_meeting_with_the_same_number(
    services: Services, meeting: m.Meeting, store: Store, snapshot
) -> None:
    """Below the services: even a write that skips MeetingService cannot number two meetings alike."""
    twin = dataclasses.replace(meeting, id=m.new_id())
    before = snapshot()
    with (
        pytest.raises(ValidationError, match="already exists in this committee"),
        store.transaction() as repo,
    ):
        repo.insert(twin)
    assert snapshot() == before
