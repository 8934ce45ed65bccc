"""SessionService: attendance, start and end, live quorum, notes, resolutions, dissent, recusals, votes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.domain.voting import Tally, decide
from emeeting.services.container import Services
from tests.services.conftest import Org

BANGKOK = timezone(timedelta(hours=7))


def at(h: int, mi: int = 0) -> datetime:
    return datetime(2026, 3, 10, h, mi, tzinfo=BANGKOK)


def invitation_of(services: Services, meeting: m.Meeting, person: m.Person) -> m.Invitation:
    return next(
        i
        for i in services.records.select(m.Invitation, meeting_id=meeting.id)
        if i.person_id == person.id and not i.substitute_for_id
    )


def item_numbered(services: Services, meeting: m.Meeting, number: str) -> m.AgendaItem:
    return next(e.item for e in services.meetings.view(meeting.id).agenda if e.number == number)


OPENED = at(9, 30)


def check_in(services: Services, meeting: m.Meeting, *people: m.Person, when: datetime = OPENED) -> None:
    for person in people:
        services.session.check_in(invitation_of(services, meeting, person).id, m.Attendance.PRESENT, when)


# -- attendance and quorum ---------------------------------------------------------------------------------


def test_quorum_follows_people_arriving_and_leaving(services: Services, org: Org, meeting: m.Meeting) -> None:
    session = services.session
    view = session.view(meeting.id)
    assert (view.quorum.present, view.quorum.required, view.quorum.members) == (0, 2, 4)
    assert not view.quorum.reached

    check_in(services, meeting, org.chair)
    late = invitation_of(services, meeting, org.members[0])
    session.check_in(late.id, m.Attendance.LATE, at(10, 15))
    view = session.view(meeting.id)
    assert view.quorum.reached and view.quorum.present == 2
    arrived = next(a for a in view.attendees if a.person.id == org.members[0].id).invitation
    assert arrived.attendance is m.Attendance.LATE and arrived.arrived_at == at(10, 15)

    session.check_out(late.id, at(11, 5))
    view = session.view(meeting.id)
    assert not view.quorum.reached and view.quorum.present == 1
    left = next(a for a in view.attendees if a.person.id == org.members[0].id).invitation
    assert left.attendance is m.Attendance.LEFT_EARLY and left.left_at == at(11, 5)


def test_the_secretary_does_not_count_for_quorum(services: Services, org: Org, meeting: m.Meeting) -> None:
    check_in(services, meeting, org.secretary, org.chair)
    view = services.session.view(meeting.id)
    assert view.quorum.present == 1
    assert [a.voting for a in view.attendees if a.person.id == org.secretary.id] == [False]


def test_a_reconvened_meeting_needs_only_the_lower_quorum(
    services: Services, org: Org, meeting: m.Meeting
) -> None:
    services.records.update(
        dataclasses.replace(org.committee, quorum_num=3, quorum_den=4), base=org.committee
    )
    check_in(services, meeting, org.chair, org.members[0])
    assert not services.session.view(meeting.id).quorum.reached  # 2 of 4, 3 needed

    services.session.set_reconvened(meeting.id, True)
    view = services.session.view(meeting.id)
    assert view.meeting.reconvened and view.quorum.required == 2 and view.quorum.reached


def test_a_substitute_counts_for_the_member_who_sent_them(
    services: Services, org: Org, meeting: m.Meeting
) -> None:
    deputy = m.Person("ชัยวัฒน์", "แทนใจ", title="นาย")
    services.session.add_substitute(meeting.id, org.members[1].id, deputy, at(9, 30), new_person=True)
    check_in(services, meeting, org.chair)

    view = services.session.view(meeting.id)
    assert view.quorum.present == 2 and view.quorum.reached
    attendee = next(a for a in view.attendees if a.person.id == deputy.id)
    assert (
        attendee.substitute_for == org.members[1]
        and attendee.voting
        and attendee.seat_id == org.members[1].id
    )
    own = invitation_of(services, meeting, org.members[1])
    assert own.rsvp is m.Rsvp.SUBSTITUTE and own.attendance is m.Attendance.ABSENT


def test_a_second_substitute_or_one_for_a_member_present_is_refused(
    services: Services, org: Org, meeting: m.Meeting, snapshot: Callable[[], object]
) -> None:
    check_in(services, meeting, org.chair)
    services.session.add_substitute(meeting.id, org.members[1].id, m.Person("ก", "ข"), at(9), new_person=True)
    before = snapshot()
    with pytest.raises(ValidationError, match="already attends"):
        services.session.add_substitute(
            meeting.id, org.members[1].id, m.Person("ค", "ง"), at(9), new_person=True
        )
    with pytest.raises(ValidationError, match="needs no substitute"):
        services.session.add_substitute(meeting.id, org.chair.id, m.Person("จ", "ฉ"), at(9), new_person=True)
    assert snapshot() == before


def test_checking_out_someone_not_there_and_absence_reasons(
    services: Services, org: Org, meeting: m.Meeting
) -> None:
    inv = invitation_of(services, meeting, org.members[2])
    with pytest.raises(ValidationError, match="only someone who is in the meeting"):
        services.session.check_out(inv.id, at(10))
    services.session.mark_absent(inv.id, "ติดราชการ")
    back = services.records.get(m.Invitation, inv.id)
    assert back.attendance is m.Attendance.ABSENT and back.absence_reason == "ติดราชการ"
    with pytest.raises(ValidationError, match="present, online or late"):
        services.session.check_in(inv.id, m.Attendance.ABSENT, at(10))


# -- start and end -------------------------------------------------------------------------------------------


def test_start_and_end_record_times_and_move_the_meeting_along(
    services: Services, meeting: m.Meeting
) -> None:
    session = services.session
    with pytest.raises(ValidationError, match="not been started"):
        session.end(meeting.id, at(12))
    session.start(meeting.id, at(9, 40))
    view = session.view(meeting.id)
    assert view.meeting.status is m.MeetingStatus.IN_SESSION and view.started and not view.ended
    assert view.minutes is not None and view.minutes.started_at == at(9, 40)

    with pytest.raises(ValidationError, match="cannot end before it starts"):
        session.end(meeting.id, at(9))
    session.end(meeting.id, at(12, 10))
    view = session.view(meeting.id)
    assert view.meeting.status is m.MeetingStatus.CLOSED
    assert view.minutes is not None and view.minutes.ended_at == at(12, 10)

    session.start(meeting.id, at(12, 20))  # reopened: closed by mistake, the start stays
    view = session.view(meeting.id)
    assert view.meeting.status is m.MeetingStatus.IN_SESSION and view.minutes is not None
    assert view.minutes.started_at == at(9, 40) and view.minutes.ended_at is None


def test_opening_and_closing_can_be_taken_back(services: Services, meeting: m.Meeting) -> None:
    session = services.session
    invited = dataclasses.replace(meeting, status=m.MeetingStatus.INVITED)
    services.meetings.update(invited, base=meeting)
    _, opening = services.steps.record(lambda: session.start(meeting.id, at(9, 40)))
    _, closing = services.steps.record(lambda: session.end(meeting.id, at(12)))
    services.steps.undo(closing)
    view = session.view(meeting.id)
    assert view.meeting.status is m.MeetingStatus.IN_SESSION and view.started and not view.ended
    services.steps.undo(opening)
    view = session.view(meeting.id)
    assert view.meeting.status is m.MeetingStatus.INVITED and view.minutes is None


def test_a_cancelled_meeting_cannot_be_started(services: Services, meeting: m.Meeting) -> None:
    services.meetings.update(dataclasses.replace(meeting, status=m.MeetingStatus.CANCELLED), base=meeting)
    with pytest.raises(ValidationError, match="cancelled cannot become in session"):
        services.session.start(meeting.id, at(9))
    assert services.records.select(m.Minutes, meeting_id=meeting.id) == []


# -- items: notes, resolutions, dissent, recusals ------------------------------------------------------------


def test_notes_resolution_and_dissent_are_kept_per_item(
    services: Services, org: Org, meeting: m.Meeting
) -> None:
    item = item_numbered(services, meeting, "1.1")
    services.session.set_note(item.id, "ประธานแจ้งเรื่องงบประมาณ")
    services.session.set_note(item.id, "ประธานแจ้งเรื่องงบประมาณ ปี 2570")
    services.session.set_resolution(item.id, "  รับทราบ ")
    services.session.add_dissent(item.id, org.members[2].id, "ไม่เห็นด้วยกับกรอบวงเงิน")

    record = services.session.view(meeting.id).item(item.id)
    assert record.note == "ประธานแจ้งเรื่องงบประมาณ ปี 2570"
    assert record.item.resolution == "รับทราบ"
    assert [(d.person_id, d.reasons) for d in record.dissents] == [(org.members[2].id, "ไม่เห็นด้วยกับกรอบวงเงิน")]
    assert len(services.records.select(m.ItemNote, item_id=item.id)) == 1


def test_dissent_needs_reasons_and_an_invitee(
    services: Services, org: Org, meeting: m.Meeting, snapshot: Callable[[], object]
) -> None:
    item = item_numbered(services, meeting, "1.1")
    stranger = m.Person("คน", "นอก")
    services.records.create(stranger)
    before = snapshot()
    with pytest.raises(ValidationError, match="reasons"):
        services.session.add_dissent(item.id, org.members[0].id, "   ")
    with pytest.raises(ValidationError, match="only someone invited"):
        services.session.add_dissent(item.id, stranger.id, "เหตุผล")
    assert snapshot() == before


# -- votes ---------------------------------------------------------------------------------------------------


def open_vote(meeting: m.Meeting, item: m.AgendaItem, **kw: object) -> m.Vote:
    return dataclasses.replace(m.Vote(meeting.id, item.id, "อนุมัติโครงการ"), **kw)  # type: ignore[arg-type]


def test_an_open_vote_is_tallied_from_named_ballots(services: Services, org: Org, meeting: m.Meeting) -> None:
    check_in(services, meeting, org.chair, *org.members)
    item = item_numbered(services, meeting, "2.1")
    vote = open_vote(meeting, item)
    F, A, X = m.Choice.FOR, m.Choice.AGAINST, m.Choice.ABSTAIN
    services.session.record_vote(
        vote, {org.chair.id: F, org.members[0].id: F, org.members[1].id: A, org.members[2].id: X}
    )
    stored = services.records.get(m.Vote, vote.id)
    assert (stored.votes_for, stored.votes_against, stored.abstentions) == (2, 1, 1)
    assert stored.result is m.VoteResult.PASSED
    assert len(services.records.select(m.Ballot, vote_id=vote.id)) == 4

    # Re-recorded: the ballots are replaced, not added to.
    services.session.record_vote(vote, {org.chair.id: A, org.members[0].id: A})
    stored = services.records.get(m.Vote, vote.id)
    assert (stored.votes_for, stored.votes_against, stored.result) == (0, 2, m.VoteResult.REJECTED)
    assert len(services.records.select(m.Ballot, vote_id=vote.id)) == 2


def test_a_tie_waits_for_the_chairs_casting_vote(services: Services, org: Org, meeting: m.Meeting) -> None:
    check_in(services, meeting, org.chair, *org.members)
    item = item_numbered(services, meeting, "2.1")
    vote = open_vote(meeting, item)
    choices = {org.chair.id: m.Choice.FOR, org.members[0].id: m.Choice.AGAINST}
    services.session.record_vote(vote, choices)
    assert services.records.get(m.Vote, vote.id).result is m.VoteResult.PENDING

    services.session.record_vote(dataclasses.replace(vote, casting_vote=m.Choice.FOR), choices)
    stored = services.records.get(m.Vote, vote.id)
    assert stored.result is m.VoteResult.PASSED and stored.casting_vote is m.Choice.FOR

    # Without a tie a casting vote means nothing and is not kept.
    services.session.record_vote(
        dataclasses.replace(vote, casting_vote=m.Choice.AGAINST), {org.chair.id: m.Choice.FOR}
    )
    stored = services.records.get(m.Vote, vote.id)
    assert stored.result is m.VoteResult.PASSED and stored.casting_vote is None


def test_recused_absent_and_non_voting_people_cannot_vote(
    services: Services, org: Org, meeting: m.Meeting, snapshot: Callable[[], object]
) -> None:
    check_in(services, meeting, org.chair, org.members[0], org.members[1], org.secretary)
    item = item_numbered(services, meeting, "2.1")
    services.session.recuse(item.id, org.members[0].id, "เป็นกรรมการบริษัทผู้เสนอราคา")
    view = services.session.view(meeting.id)
    assert view.eligible_voters(item.id) == {org.chair.id, org.members[1].id}

    before = snapshot()
    for person in (org.members[0], org.members[2], org.secretary):  # recused, absent, no voting right
        with pytest.raises(ValidationError):
            services.session.record_vote(open_vote(meeting, item), {person.id: m.Choice.FOR})
    assert snapshot() == before


def test_no_vote_without_quorum(services: Services, org: Org, meeting: m.Meeting) -> None:
    check_in(services, meeting, org.chair)
    item = item_numbered(services, meeting, "2.1")
    with pytest.raises(ValidationError, match=r"no quorum \(1 of 2 present\)"):
        services.session.record_vote(open_vote(meeting, item), {org.chair.id: m.Choice.FOR})


def test_recusal_after_voting_is_refused(services: Services, org: Org, meeting: m.Meeting) -> None:
    check_in(services, meeting, org.chair, org.members[0])
    item = item_numbered(services, meeting, "2.1")
    services.session.record_vote(open_vote(meeting, item), {org.members[0].id: m.Choice.FOR})
    with pytest.raises(ValidationError, match="has voted on the item"):
        services.session.recuse(item.id, org.members[0].id)


def test_a_secret_vote_keeps_counts_only(services: Services, org: Org, meeting: m.Meeting) -> None:
    check_in(services, meeting, org.chair, *org.members)
    item = item_numbered(services, meeting, "2.1")
    secret = open_vote(meeting, item, kind=m.VoteKind.SECRET, votes_for=3, votes_against=1)
    with pytest.raises(ValidationError, match="secret vote"):
        services.session.record_vote(secret, {org.chair.id: m.Choice.FOR})
    services.session.record_vote(secret)
    stored = services.records.get(m.Vote, secret.id)
    assert stored.result is m.VoteResult.PASSED and services.records.select(m.Ballot, vote_id=secret.id) == []

    too_many = open_vote(meeting, item, kind=m.VoteKind.SECRET, votes_for=4, votes_against=1)
    with pytest.raises(ValidationError, match="5 votes counted, only 4"):
        services.session.record_vote(too_many)


def test_two_thirds_rule_counts_the_members_present(services: Services, org: Org, meeting: m.Meeting) -> None:
    check_in(services, meeting, org.chair, *org.members)
    item = item_numbered(services, meeting, "2.1")
    vote = open_vote(meeting, item, rule=m.VoteRule.TWO_THIRDS_OF_PRESENT)
    two = {org.chair.id: m.Choice.FOR, org.members[0].id: m.Choice.FOR}
    services.session.record_vote(vote, two)
    assert services.records.get(m.Vote, vote.id).result is m.VoteResult.REJECTED  # 2 of 4 < 2/3
    services.session.record_vote(vote, {**two, org.members[1].id: m.Choice.FOR})
    assert services.records.get(m.Vote, vote.id).result is m.VoteResult.PASSED


RULES = st.sampled_from(list(m.VoteRule))
CHOICES = st.sampled_from([*m.Choice, None])  # None: did not vote


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    present=st.lists(st.booleans(), min_size=4, max_size=4),
    choices=st.lists(CHOICES, min_size=4, max_size=4),
    recused=st.lists(st.booleans(), min_size=4, max_size=4),
    rule=RULES,
    casting=st.sampled_from([None, m.Choice.FOR, m.Choice.AGAINST]),
)
def test_any_recorded_vote_matches_the_rule_over_those_entitled(
    services: Services,
    org: Org,
    meeting: m.Meeting,
    present: list[bool],
    choices: list[m.Choice | None],
    recused: list[bool],
    rule: m.VoteRule,
    casting: m.Choice | None,
) -> None:
    voters = [org.chair, *org.members]
    for person, here in zip(voters, present, strict=True):
        inv = invitation_of(services, meeting, person)
        if here:
            services.session.check_in(inv.id, m.Attendance.PRESENT, at(9))
        else:
            services.session.mark_absent(inv.id)
    item = m.AgendaItem(meeting.id, "เรื่องทดสอบ")  # a fresh item: no recusals from earlier examples
    services.agenda.add(item)
    for person, out in zip(voters, recused, strict=True):
        if out:
            services.session.recuse(item.id, person.id)
    eligible = {p.id for p, here, out in zip(voters, present, recused, strict=True) if here and not out}
    ballots = {p.id: c for p, c in zip(voters, choices, strict=True) if c is not None}
    vote = m.Vote(meeting.id, item.id, "ญัตติ", rule=rule, custom_num=3, custom_den=5, casting_vote=casting)

    if sum(present) < 2 or not set(ballots) <= eligible:  # no quorum (2 of 4), or a ballot not allowed
        with pytest.raises(ValidationError):
            services.session.record_vote(vote, ballots)
        assert services.records.find(m.Vote, vote.id) is None
        return
    services.session.record_vote(vote, ballots)
    stored = services.records.get(m.Vote, vote.id)
    tally = Tally(*(sum(c is choice for c in ballots.values()) for choice in m.Choice))
    assert (stored.votes_for, stored.votes_against, stored.abstentions) == (
        tally.for_,
        tally.against,
        tally.abstain,
    )
    expected = decide(
        rule, tally, len(eligible), casting, Fraction(3, 5) if rule is m.VoteRule.CUSTOM else None
    )
    assert stored.result is expected
    if stored.result is m.VoteResult.PASSED:
        assert tally.for_ > 0


ACTIONS = st.sampled_from(["present", "online", "late", "left", "absent"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    steps=st.lists(st.tuples(st.integers(0, 4), ACTIONS), max_size=12),
    reconvened=st.booleans(),
)
def test_the_live_quorum_follows_any_sequence_of_arrivals_and_departures(
    services: Services, org: Org, meeting: m.Meeting, steps: list[tuple[int, str]], reconvened: bool
) -> None:
    session = services.session
    people = [org.chair, *org.members, org.secretary]  # the secretary has no vote
    committee = services.records.get(m.Committee, org.committee.id)  # as the previous example left it
    services.records.update(dataclasses.replace(committee, quorum_num=3, quorum_den=4), base=committee)
    for person in people:
        session.mark_absent(invitation_of(services, meeting, person).id)
    session.set_reconvened(meeting.id, reconvened)
    inside: set[str] = set()  # the model: who is in the room now
    for index, action in steps:
        person = people[index]
        inv = invitation_of(services, meeting, person)
        if action == "left":
            if person.id not in inside:
                with pytest.raises(ValidationError):
                    session.check_out(inv.id, at(11))
                continue
            session.check_out(inv.id, at(11))
            inside.discard(person.id)
        elif action == "absent":
            session.mark_absent(inv.id, "ติดราชการ")
            inside.discard(person.id)
        else:
            attendance = {"present": m.Attendance.PRESENT, "online": m.Attendance.ONLINE}.get(
                action, m.Attendance.LATE
            )
            session.check_in(inv.id, attendance, at(10))
            inside.add(person.id)
    quorum = session.view(meeting.id).quorum
    voting_inside = inside - {org.secretary.id}
    required = 2 if reconvened else 3  # ⌈4 × 1/3⌉, ⌈4 × 3/4⌉
    assert (quorum.present, quorum.required, quorum.members) == (len(voting_inside), required, 4)
    assert quorum.reached is (len(voting_inside) >= required)
