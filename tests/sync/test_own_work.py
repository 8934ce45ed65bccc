"""What is a desktop's own work, kept whatever the server says, and what the user's answers allow.

Own work: records made on this computer and the meetings of the committees the server has named its user
secretary of (GET /me, remembered), never what a committee's roll says (the roll comes from the server).
Starting over from a replaced server keeps it as a full pull does; removals go only as far as the user
agreed; meetings held back from removal do not stop the rest of the sync.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.sync.engine import ServerReplaced, TooManyRemovals
from tests.server.conftest import PASSWORD
from tests.sync.conftest import Desk, Office, build_office, cheap_settings, has_document
from tests.sync.test_server_replaced import recreate_empty, serve_at


def test_publishing_again_from_a_secretarys_second_computer_keeps_her_committees_meetings(
    tmp_path: Path,
) -> None:
    """Everything on her laptop came from the server, but it is her committee's work: starting over from
    a replaced server keeps it and sends it to the new server, which members then receive."""
    settings = cheap_settings(tmp_path)
    with serve_at(settings, 0) as first:
        office = build_office(first, tmp_path)
        laptop = office.attendee("somsri", name="secretary-laptop")
        laptop.run()
        port = int(first.url.rsplit(":", 1)[1])
    office.secretary.services.close()  # (her main computer stays off)
    recreate_empty(settings, tmp_path)
    with serve_at(settings, port) as second:
        accounts = second.state.accounts
        accounts.add_user(
            "somsri", PASSWORD, "secretary", person_id=office.people["somsri"].id,
            committees=(office.committee.id,),
        )  # fmt: skip
        accounts.add_user("bob", PASSWORD, "member", person_id=office.people["bob"].id)
        laptop.sync.login(laptop.url, "somsri", PASSWORD)
        with pytest.raises(ServerReplaced) as replaced:
            laptop.run()

        report = laptop.sync.sync(laptop.url, start_over=replaced.value.server_id)
        assert report.removed == 0
        assert [x.id for x in laptop.rows(m.Meeting)] == [office.meeting.id]
        assert len(laptop.rows(m.Document)) == 2 and len(laptop.rows(m.Invitation)) == 2
        assert laptop.sync.published(laptop.url) == {office.meeting.id}
        assert laptop.run().pushed == 0
        bob = office.attendee("bob")
        bob.run()
        assert [x.id for x in bob.rows(m.Meeting)] == [office.meeting.id]
        assert len(bob.rows(m.Document)) == 2
        assert all(has_document(bob, d.sha256) for d in bob.rows(m.Document))


def test_starting_over_adopts_only_the_server_the_user_agreed_to(tmp_path: Path) -> None:
    settings = cheap_settings(tmp_path)
    with serve_at(settings, 0) as first:
        office = build_office(first, tmp_path)
        alice = office.attendee("alice")
        alice.run()
        port = int(first.url.rsplit(":", 1)[1])
    recreate_empty(settings, tmp_path)
    with serve_at(settings, port) as second:
        second.state.accounts.add_user("alice", PASSWORD, "member", person_id=office.people["alice"].id)
        alice.sync.login(alice.url, "alice", PASSWORD)
        with pytest.raises(ServerReplaced) as replaced:
            alice.run()
        asked_about = replaced.value.server_id
    recreate_empty(settings, tmp_path)  # replaced once more before she answers
    with serve_at(settings, port) as third:
        third.state.accounts.add_user("alice", PASSWORD, "member", person_id=office.people["alice"].id)
        alice.sync.login(alice.url, "alice", PASSWORD)
        with pytest.raises(ServerReplaced) as again:
            alice.sync.sync(alice.url, start_over=asked_about)
        assert again.value.server_id != asked_about
        assert [x.id for x in alice.rows(m.Meeting)] == [office.meeting.id]  # nothing removed
        alice.sync.sync(alice.url, start_over=again.value.server_id)
        assert alice.rows(m.Meeting) == []


def _alice_in_seven_meetings(office: Office) -> tuple[Desk, list[m.Invitation]]:
    """Alice invited to six more meetings than the first; her desktop has all seven."""
    services = office.secretary.services
    invitations = []
    for n in range(6):
        start = office.meeting.start + timedelta(days=7 * (n + 1))
        services.meetings.create(office.committee.id, f"ประชุมครั้งที่ {n + 2}", start)
    for meeting in services.records.select(m.Meeting):
        if meeting.id != office.meeting.id:
            invitation = m.Invitation(meeting.id, office.people["alice"].id)
            services.records.create(invitation)
            invitations.append(invitation)
            office.secretary.sync.publish(office.url, meeting.id)
    office.secretary.run()
    alice = office.attendee("alice")
    alice.run()
    assert len(alice.rows(m.Meeting)) == 7
    return alice, invitations


def test_remove_allows_only_the_meetings_the_user_was_shown(office: Office) -> None:
    alice, invitations = _alice_in_seven_meetings(office)
    services = office.secretary.services
    services.records.delete(m.Invitation, *(i.id for i in invitations))
    office.secretary.run()
    with pytest.raises(TooManyRemovals) as asked:
        alice.run()
    shown = asked.value.meeting_ids
    assert len(shown) == 6

    # Before she clicks Remove, one more meeting is withdrawn from her: she is asked again.
    services.records.delete(m.Invitation, office.invitations["alice"].id)
    office.secretary.run()
    with pytest.raises(TooManyRemovals) as again:
        alice.sync.sync(alice.url, allow_removals=shown)
    assert set(again.value.meeting_ids) == set(shown) | {office.meeting.id}
    assert len(alice.rows(m.Meeting)) == 7
    report = alice.sync.sync(alice.url, allow_removals=again.value.meeting_ids)
    assert report.removed >= 7 and alice.rows(m.Meeting) == []


def test_meetings_held_back_from_removal_do_not_hold_the_rest_of_the_sync(office: Office) -> None:
    """Kept for now: her ballot in a meeting still shared is sent and new documents arrive, and the syncs
    that follow pull only what is new, not everything again each time."""
    alice, invitations = _alice_in_seven_meetings(office)
    services = office.secretary.services
    services.records.delete(m.Invitation, *(i.id for i in invitations))
    office.secretary.run()
    with pytest.raises(TooManyRemovals) as held:
        alice.run()
    assert held.value.report is not None and held.value.report.full_resync

    alice.sync.cast_ballot(office.vote.id, office.people["alice"].id, m.Choice.FOR)
    first = next(i for i in office.items if i.parent_id is None)
    services.agenda.update(dataclasses.replace(first, title="วาระที่แก้ระหว่างรอ"), base=first)
    office.secretary.run()
    with pytest.raises(TooManyRemovals) as still:
        alice.run()
    assert set(still.value.meeting_ids) == set(held.value.meeting_ids)
    report = still.value.report
    assert report is not None and not report.full_resync
    assert report.pushed == 1 and report.pulled >= 1
    assert alice.services.records.get(m.AgendaItem, first.id).title == "วาระที่แก้ระหว่างรอ"
    assert len(alice.rows(m.Meeting)) == 7

    report = alice.sync.sync(alice.url, allow_removals=still.value.meeting_ids)
    assert report.removed >= 6 and [x.id for x in alice.rows(m.Meeting)] == [office.meeting.id]
    assert len(alice.rows(m.Ballot)) == 1
    assert alice.run().full_resync is False


def test_a_secretary_named_in_another_committees_roll_keeps_nothing_it_withdraws(office: Office) -> None:
    """Narin is a secretary on the server, of another committee; the ICT committee's roll names him its
    secretary too (the roll came from the server). Recused from an item, its confidential document goes
    from his computer like from any member's, and nothing of it is offered back to the server."""
    services = office.secretary.services
    narin = m.Person("Narin", "Test")
    services.records.create(narin)
    services.records.create(
        m.Membership(office.committee.id, narin.id, role=m.MemberRole.SECRETARY),
        m.Invitation(office.meeting.id, narin.id),
    )
    office.live.state.accounts.add_user(
        "narin", PASSWORD, "secretary", person_id=narin.id, committees=("another-committee",)
    )
    office.secretary.run()
    desk = office.attendee("narin")
    desk.run()
    assert {d.id for d in desk.rows(m.Document)} == {d.id for d in office.documents.values()}

    first = next(i for i in office.items if i.parent_id is None)
    services.records.create(m.Recusal(first.id, narin.id, reason="ส่วนได้เสีย"))
    office.secretary.run()
    report = desk.run()
    assert [d.id for d in desk.rows(m.Document)] == [office.documents["open"].id]
    assert report.refused == [] and report.conflicts == 0 and desk.sync.conflicts() == []
    assert desk.run().pushed == 0


def test_a_member_named_secretary_in_the_roll_loses_a_document_she_is_recused_from(office: Office) -> None:
    services = office.secretary.services
    alice_in_roll = services.records.select(m.Membership, person_id=office.people["alice"].id)[0]
    services.records.update(
        dataclasses.replace(alice_in_roll, role=m.MemberRole.SECRETARY), base=alice_in_roll
    )
    office.secretary.run()
    alice = office.attendee("alice")
    alice.run()
    assert len(alice.rows(m.Document)) == 2
    first = next(i for i in office.items if i.parent_id is None)
    services.records.create(m.Recusal(first.id, office.people["alice"].id))
    office.secretary.run()
    report = alice.run()
    assert [d.id for d in alice.rows(m.Document)] == [office.documents["open"].id]
    assert report.conflicts == 0 and alice.run().pushed == 0


def test_starting_over_asks_before_removing_many_meetings(tmp_path: Path) -> None:
    settings = cheap_settings(tmp_path)
    with serve_at(settings, 0) as first:
        office = build_office(first, tmp_path)
        alice, _invitations = _alice_in_seven_meetings(office)
        port = int(first.url.rsplit(":", 1)[1])
    recreate_empty(settings, tmp_path)
    with serve_at(settings, port) as second:
        second.state.accounts.add_user("alice", PASSWORD, "member", person_id=office.people["alice"].id)
        alice.sync.login(alice.url, "alice", PASSWORD)
        with pytest.raises(ServerReplaced) as replaced:
            alice.run()
        with pytest.raises(TooManyRemovals) as asked:
            alice.sync.sync(alice.url, start_over=replaced.value.server_id)
        assert len(asked.value.meeting_ids) == 7 and len(alice.rows(m.Meeting)) == 7
        with pytest.raises(ServerReplaced):  # nothing was adopted either
            alice.run()
        report = alice.sync.sync(
            alice.url, start_over=replaced.value.server_id, allow_removals=asked.value.meeting_ids
        )
        assert report.removed >= 7 and alice.rows(m.Meeting) == []
