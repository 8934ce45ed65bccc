"""Every edit the workspace makes is undone and redone through the core (services.undo): deletes,
status changes, add_section, invite_committee, invite_new_person."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import StaleWriteError, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.services.container import Services
from tests.services.conftest import BANGKOK, Org


def test_taking_an_agenda_item_and_restoring_it_puts_it_back_with_its_sub_items(
    services: Services, meeting: m.Meeting, numbered, snapshot
) -> None:
    agenda = numbered(meeting.id)
    before = {number: item.title for number, item in agenda.items()}
    _, removed = services.steps.record(lambda: services.agenda.remove(agenda["1"].id))  # with 1.1 and 1.2
    deleted = {r.id for r in removed.rows if r.after.deleted}
    assert deleted == {agenda["1"].id, agenda["1.1"].id, agenda["1.2"].id}
    after_take = numbered(meeting.id)
    assert after_take["1"].title == agenda["2"].title  # the rest moved up

    services.steps.undo(removed)
    assert {number: item.title for number, item in numbered(meeting.id).items()} == before
    with pytest.raises(StaleWriteError):  # undoing twice is refused, nothing changes
        state = snapshot()
        try:
            services.steps.undo(removed)
        finally:
            assert snapshot() == state


def test_a_template_section_is_added_with_its_sub_items_in_one_step(
    services: Services, meeting: m.Meeting, numbered
) -> None:
    ids = [m.new_id() for _ in range(3)]
    services.agenda.add_section(meeting.id, "th", m.AgendaSection.ANNOUNCEMENTS, ids=ids)
    agenda = numbered(meeting.id)
    assert agenda["6"].id == ids[0]
    assert [agenda["6.1"].title, agenda["6.2"].title] == ["เรื่องที่ประธานแจ้ง", "เรื่องที่เลขานุการแจ้ง"]
    assert agenda["6.1"].section is m.AgendaSection.ANNOUNCEMENTS
    with pytest.raises(ValidationError):
        services.agenda.add_section(meeting.id, "xx", m.AgendaSection.OTHER)


def test_a_deleted_meeting_is_restored_with_its_agenda_and_invitations(
    services: Services, meeting: m.Meeting, numbered
) -> None:
    agenda_before = {n: i.title for n, i in numbered(meeting.id).items()}
    invitations = services.records.select(m.Invitation, meeting_id=meeting.id)
    _, removed = services.steps.record(lambda: services.meetings.delete(meeting.id))
    assert services.records.find(m.Meeting, meeting.id) is None
    services.steps.undo(removed)
    assert services.records.get(m.Meeting, meeting.id) == meeting
    assert {n: i.title for n, i in numbered(meeting.id).items()} == agenda_before
    assert len(services.records.select(m.Invitation, meeting_id=meeting.id)) == len(invitations)


def test_restoring_a_meeting_whose_number_was_taken_meanwhile_is_refused(
    services: Services, meeting: m.Meeting, org: Org
) -> None:
    _, removed = services.steps.record(lambda: services.meetings.delete(meeting.id))
    services.meetings.create(org.committee.id, "ครั้งใหม่", meeting.start)  # takes 1/2569 again
    with pytest.raises(ValidationError):
        services.steps.undo(removed)


def test_undo_takes_back_a_status_change_only_while_the_meeting_is_as_the_edit_left_it(
    services: Services, meeting: m.Meeting
) -> None:
    invited = dataclasses.replace(meeting, status=m.MeetingStatus.INVITED, title="ใหม่")
    _, edit = services.steps.record(lambda: services.meetings.update(invited, base=meeting))
    _, undone = services.steps.undo(edit)  # invited → draft: against the lifecycle, as an undo
    assert services.records.get(m.Meeting, meeting.id) == meeting

    _, edit = services.steps.redo(undone)
    held = dataclasses.replace(invited, status=m.MeetingStatus.CLOSED)
    _, closing = services.steps.record(lambda: services.meetings.update(held, base=invited))
    with pytest.raises(StaleWriteError):  # the meeting moved on since the first edit
        services.steps.undo(edit)

    by_hand = dataclasses.replace(held, status=m.MeetingStatus.MINUTES_CERTIFIED)
    with pytest.raises(ValidationError):  # only certifying the minutes makes a meeting "minutes certified"
        services.meetings.update(by_hand, base=held)
    services.minutes.draft(meeting.id)
    services.minutes.certify(
        meeting.id, m.CertificationMethod.SAME_MEETING, datetime(2026, 3, 10, 12, tzinfo=BANGKOK)
    )
    certified = services.records.get(m.Meeting, meeting.id)
    assert certified.status is m.MeetingStatus.MINUTES_CERTIFIED
    with pytest.raises(StaleWriteError):  # certifying changed the meeting since the step
        services.steps.undo(closing)


def test_inviting_the_committee_invites_each_current_member_once(
    services: Services, org: Org, snapshot
) -> None:
    start = datetime(2026, 4, 2, 9, 30, tzinfo=BANGKOK)
    meeting_id = m.new_id()
    services.meetings.create(org.committee.id, "ประชุม", start, meeting_id=meeting_id)
    former = m.Person("อดีต", "กรรมการ")
    services.records.create(
        former,
        m.Membership(org.committee.id, former.id, term_end=start.date().replace(year=2025)),
    )
    assert services.meetings.uninvited_members(meeting_id) == sorted(p.id for p in org.people)
    changes = services.meetings.invite_committee(meeting_id)
    invited = {i.person_id for i in services.records.select(m.Invitation, meeting_id=meeting_id)}
    assert invited == {p.id for p in org.people}
    assert changes.ids[Kind.INVITATION] and len(changes.ids[Kind.INVITATION]) == len(org.people)

    assert services.meetings.uninvited_members(meeting_id) == []
    state = snapshot()
    assert not services.meetings.invite_committee(meeting_id)  # everyone is invited already
    assert {k: v for k, v in snapshot().items() if k != "audit_events"} == {
        k: v for k, v in state.items() if k != "audit_events"
    }


def test_records_delete_undo_and_change_in_one_transaction(
    services: Services, meeting: m.Meeting, org: Org
) -> None:
    member = services.records.select(m.Invitation, meeting_id=meeting.id, person_id=org.members[0].id)[0]
    guest = m.Person("สมศรี", "แทนกัน", title="นาง")
    services.records.create(guest)
    substitute = m.Invitation(meeting.id, guest.id, substitute_for_id=org.members[0].id)
    sends = dataclasses.replace(member, rsvp=m.Rsvp.SUBSTITUTE)
    _, sent = services.steps.record(
        lambda: services.records.change(create=[substitute], update=[(sends, member)])
    )
    assert services.records.get(m.Invitation, member.id).rsvp is m.Rsvp.SUBSTITUTE

    _, undone = services.steps.undo(sent)
    assert services.records.get(m.Invitation, member.id) == member
    assert services.records.find(m.Invitation, substitute.id) is None
    services.steps.redo(undone)  # redo brings the same row back
    assert services.records.get(m.Invitation, substitute.id) == substitute

    _, removed = services.steps.record(lambda: services.records.delete(m.Invitation, substitute.id))
    assert [(r.id, r.before.entity) for r in removed.rows] == [(substitute.id, substitute)]
    services.steps.undo(removed)
    assert services.records.get(m.Invitation, substitute.id) == substitute
    with pytest.raises(TypeError):  # meetings change only through their own service
        services.records.delete(m.Meeting, meeting.id)


def test_a_new_person_is_stored_and_invited_in_one_step_and_taken_back_in_one(
    services: Services, meeting: m.Meeting, snapshot
) -> None:
    guest = m.Person("วิไล", "ศรีสุข", title="นาง", organisation="กรมบัญชีกลาง", email="wilai@cgd.go.th")
    invitation = m.Invitation(meeting.id, guest.id, role=m.InviteeRole.PRESENTER)
    changes, invited = services.steps.record(lambda: services.meetings.invite_new_person(guest, invitation))
    assert changes.ids[Kind.PERSON] == {guest.id} and changes.ids[Kind.INVITATION] == {invitation.id}
    assert services.records.get(m.Person, guest.id) == guest
    assert services.records.get(m.Invitation, invitation.id) == invitation

    _, undone = services.steps.undo(invited)
    assert services.records.find(m.Person, guest.id) is None
    assert services.records.find(m.Invitation, invitation.id) is None
    services.steps.redo(undone)  # the same rows come back
    assert services.records.get(m.Person, guest.id) == guest
    assert services.records.get(m.Invitation, invitation.id) == invitation

    bad = m.Person("ไม่มี", "อีเมล", email="not-an-address")
    now = snapshot()
    with pytest.raises(ValidationError):
        services.meetings.invite_new_person(bad, m.Invitation(meeting.id, bad.id))
    assert snapshot() == now


def test_a_new_person_sent_as_a_substitute_is_taken_back_with_the_members_answer(
    services: Services, meeting: m.Meeting, org: Org
) -> None:
    member = services.records.select(m.Invitation, meeting_id=meeting.id, person_id=org.members[0].id)[0]
    deputy = m.Person("ประสิทธิ์", "รองผู้อำนวยการ", title="นาย")
    substitute = m.Invitation(meeting.id, deputy.id, rsvp=m.Rsvp.ACCEPTED, substitute_for_id=member.person_id)
    sends = dataclasses.replace(member, rsvp=m.Rsvp.SUBSTITUTE)
    _, sent = services.steps.record(
        lambda: services.meetings.invite_new_person(deputy, substitute, sends=sends)
    )
    assert services.records.get(m.Invitation, member.id).rsvp is m.Rsvp.SUBSTITUTE
    assert services.records.get(m.Invitation, substitute.id) == substitute

    services.steps.undo(sent)
    assert services.records.get(m.Invitation, member.id) == member
    assert services.records.find(m.Person, deputy.id) is None
    assert services.records.find(m.Invitation, substitute.id) is None
