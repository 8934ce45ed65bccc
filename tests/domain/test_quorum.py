from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emeeting.domain.errors import ValidationError
from emeeting.domain.model import Attendance, Committee, Invitation, InviteeRole, Meeting, Membership
from emeeting.domain.quorum import (
    QuorumState,
    is_attending,
    quorum_state,
    quorum_timeline,
    required_for_quorum,
)

START = datetime(2026, 11, 26, 13, 30)


def committee(**kwargs: int) -> Committee:
    return Committee(name="คณะกรรมการทดสอบ", short_name="กท", id="c1", **kwargs)  # type: ignore[arg-type]


def meeting(reconvened: bool = False) -> Meeting:
    return Meeting(
        committee_id="c1", number=3, year_be=2569, title="t", start=START, id="m1", reconvened=reconvened
    )


def members(n: int) -> list[Membership]:
    return [Membership(committee_id="c1", person_id=f"p{i}") for i in range(n)]


def present(person: str, **kwargs: object) -> Invitation:
    fields: dict[str, object] = {"meeting_id": "m1", "attendance": Attendance.PRESENT} | kwargs
    return Invitation(person_id=person, **fields)  # type: ignore[arg-type]


def state(
    n: int, invitations: list[Invitation], at: datetime | None = None, reconvened: bool = False
) -> QuorumState:
    return quorum_state(committee(), meeting(reconvened), members(n), invitations, at)


@pytest.mark.parametrize(
    ("members_", "fraction", "required"),
    [
        (10, Fraction(1, 2), 5),  # "at least one half": exactly half is enough
        (9, Fraction(1, 2), 5),
        (3, Fraction(1, 2), 2),
        (1, Fraction(1, 2), 1),
        (10, Fraction(1, 3), 4),  # reconvened within 14 days
        (9, Fraction(1, 3), 3),
        (12, Fraction(2, 3), 8),
        (0, Fraction(1, 2), 1),  # no members: never a quorum with nobody
    ],
)
def test_required(members_: int, fraction: Fraction, required: int) -> None:
    assert required_for_quorum(members_, fraction) == required


@pytest.mark.parametrize(
    ("members_", "fraction"), [(-1, Fraction(1, 2)), (5, Fraction(0)), (5, Fraction(3, 2))]
)
def test_required_refuses_nonsense(members_: int, fraction: Fraction) -> None:
    with pytest.raises(ValidationError):
        required_for_quorum(members_, fraction)


def test_ten_members_five_present_is_a_quorum() -> None:
    assert state(10, [present(f"p{i}") for i in range(5)]) == QuorumState(5, 5, 10, True)
    assert state(10, [present(f"p{i}") for i in range(4)]) == QuorumState(4, 5, 10, False)


def test_three_members_need_two() -> None:
    assert not state(3, [present("p0")]).reached
    assert state(3, [present("p0"), present("p1", attendance=Attendance.ONLINE)]).reached


def test_reconvened_meeting_needs_one_third() -> None:
    four = [present(f"p{i}") for i in range(4)]
    assert not state(10, four).reached
    assert state(10, four, reconvened=True) == QuorumState(4, 4, 10, True)


def test_committee_fraction_setting_is_used() -> None:
    c = committee(quorum_num=2, quorum_den=3)
    s = quorum_state(c, meeting(), members(9), [present(f"p{i}") for i in range(5)])
    assert (s.required, s.reached) == (6, False)


def test_who_counts() -> None:
    memberships = [
        *members(4),
        Membership(committee_id="c1", person_id="secretary", voting=False),
        Membership(committee_id="c1", person_id="retired", term_end=date(2026, 9, 30)),
        Membership(committee_id="c1", person_id="future", term_start=date(2027, 1, 1)),
        Membership(committee_id="other", person_id="outsider"),
        Membership(committee_id="c1", person_id="p0"),  # a renewed term: still one member
    ]
    invitations = [
        present("p0"),
        present("secretary"),
        present("retired"),
        present("outsider"),
        present("guest", role=InviteeRole.GUEST),
        present("p1", meeting_id="another-meeting"),
        present("p2", attendance=Attendance.ABSENT),
        present("p3", attendance=Attendance.UNKNOWN),
    ]
    s = quorum_state(committee(), meeting(), memberships, invitations)
    assert (s.members, s.present) == (4, 1)


def test_substitute_counts_for_the_member_once() -> None:
    sub = present("deputy", substitute_for_id="p1")  # นาย ก แทน นาย ข
    assert state(3, [present("p0"), sub]).present == 2
    assert state(3, [present("p1"), sub]).present == 1  # the member came after all: still one seat
    assert state(3, [present("deputy", substitute_for_id="not-a-member")]).present == 0


def test_late_arrivals_and_early_leavers_over_time() -> None:
    t = START
    invitations = [
        present("p0"),
        present("p1", attendance=Attendance.LATE, arrived_at=t + timedelta(minutes=10)),
        present("p2", attendance=Attendance.LEFT_EARLY, left_at=t + timedelta(minutes=60)),
    ]
    assert state(4, invitations, t).present == 2
    assert state(4, invitations, t + timedelta(minutes=10)).present == 3  # arrived at that instant counts
    assert state(4, invitations, t + timedelta(minutes=59)).present == 3
    assert state(4, invitations, t + timedelta(minutes=60)).present == 2  # left at that instant: gone
    assert state(4, invitations).present == 2  # now: whoever left does not count
    assert quorum_timeline(committee(), meeting(), members(4), invitations) == [
        (t, QuorumState(2, 2, 4, True)),
        (t + timedelta(minutes=10), QuorumState(3, 2, 4, True)),
        (t + timedelta(minutes=60), QuorumState(2, 2, 4, True)),
    ]


def test_timeline_shows_when_quorum_was_reached() -> None:
    arrivals = [present(f"p{i}", arrived_at=START + timedelta(minutes=5 * i)) for i in range(6)]
    reached_at = next(
        t for t, s in quorum_timeline(committee(), meeting(), members(10), arrivals) if s.reached
    )
    assert reached_at == START + timedelta(minutes=20)  # the fifth of ten members


def test_left_early_without_time_does_not_count() -> None:
    inv = present("p0", attendance=Attendance.LEFT_EARLY)
    assert not is_attending(inv)
    assert not is_attending(inv, START)


# ---- properties ---------------------------------------------------------------------------------------

people = st.lists(st.integers(0, 19), unique=True)
minutes = st.integers(0, 240)


@given(st.integers(0, 20), people, st.integers(0, 19), st.booleans())
def test_an_arrival_never_lowers_the_quorum(n: int, here: list[int], newcomer: int, reconvened: bool) -> None:
    before = state(n, [present(f"p{i}") for i in here], reconvened=reconvened)
    after = state(n, [present(f"p{i}") for i in {*here, newcomer}], reconvened=reconvened)
    assert after.present >= before.present
    assert after.reached >= before.reached
    assert before.present == len([i for i in here if i < n])
    assert before.reached == (before.present >= required_for_quorum(n, Fraction(1, 3 if reconvened else 2)))


@given(st.integers(1, 20), st.lists(st.tuples(st.integers(0, 19), minutes, st.none() | minutes)), minutes)
def test_quorum_at_any_instant_counts_who_is_in_the_room(
    n: int, visits: list[tuple[int, int, int | None]], when: int
) -> None:
    invitations = [
        present(
            f"p{who}",
            arrived_at=START + timedelta(minutes=a),
            left_at=None if b is None else START + timedelta(minutes=a + b),
        )
        for who, a, b in visits
    ]
    at = START + timedelta(minutes=when)
    in_room = {who for who, a, b in visits if who < n and a <= when and (b is None or when < a + b)}
    assert state(n, invitations, at).present == len(in_room)


@given(st.integers(1, 20), st.lists(st.tuples(st.integers(0, 19), minutes), unique_by=lambda v: v[0]))
def test_with_arrivals_only_the_timeline_only_rises(n: int, arrivals: list[tuple[int, int]]) -> None:
    invitations = [present(f"p{who}", arrived_at=START + timedelta(minutes=a)) for who, a in arrivals]
    timeline = quorum_timeline(committee(), meeting(), members(n), invitations)
    counts = [s.present for _, s in timeline]
    assert counts == sorted(counts)
    assert [t for t, _ in timeline] == sorted({t for t, _ in timeline})


def test_aware_datetimes() -> None:
    bangkok = timezone(timedelta(hours=7))
    start = datetime(2026, 11, 26, 13, 30, tzinfo=bangkok)
    m = Meeting(committee_id="c1", number=3, year_be=2569, title="t", start=start, id="m1")
    late = present("p1", attendance=Attendance.LATE, arrived_at=datetime(2026, 11, 26, 7, 0, tzinfo=UTC))
    invitations = [present("p0"), late]
    assert quorum_state(committee(), m, members(4), invitations, start).present == 1
    assert quorum_state(committee(), m, members(4), invitations, start + timedelta(minutes=30)).present == 2
