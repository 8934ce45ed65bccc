from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emeeting.domain.errors import ValidationError
from emeeting.domain.model import Ballot, Choice, Vote, VoteKind, VoteResult, VoteRule
from emeeting.domain.voting import Tally, check_ballot, decide, decide_vote, tally_ballots

PASSED, REJECTED, PENDING = VoteResult.PASSED, VoteResult.REJECTED, VoteResult.PENDING
CAST, PRESENT, TWO_THIRDS, CUSTOM = (
    VoteRule.MAJORITY_OF_CAST,
    VoteRule.MAJORITY_OF_PRESENT,
    VoteRule.TWO_THIRDS_OF_PRESENT,
    VoteRule.CUSTOM,
)


@pytest.mark.parametrize(
    ("tally", "casting", "result"),
    [
        (Tally(6, 4, 0), None, PASSED),
        (Tally(4, 6, 0), None, REJECTED),
        (Tally(3, 2, 5), None, PASSED),  # abstentions are not votes cast
        (Tally(5, 5, 0), None, PENDING),  # a tie waits for the chair's casting vote
        (Tally(5, 5, 0), Choice.FOR, PASSED),
        (Tally(5, 5, 0), Choice.AGAINST, REJECTED),
        (Tally(6, 4, 0), Choice.AGAINST, PASSED),  # no tie: the casting vote plays no part
        (Tally(0, 0, 10), None, PENDING),
        (Tally(0, 0, 10), Choice.FOR, PENDING),  # nobody voted: no tie for the chair to break
    ],
)
def test_majority_of_votes_cast(tally: Tally, casting: Choice | None, result: VoteResult) -> None:
    assert decide(CAST, tally, 10, casting) is result


def test_casting_vote_cannot_abstain() -> None:
    with pytest.raises(ValidationError):
        decide(CAST, Tally(2, 2), 4, Choice.ABSTAIN)


@pytest.mark.parametrize(
    ("rule", "for_", "present", "result"),
    [
        (PRESENT, 6, 10, PASSED),
        (PRESENT, 5, 10, REJECTED),  # half is not a majority
        (PRESENT, 5, 9, PASSED),
        (TWO_THIRDS, 6, 9, PASSED),
        (TWO_THIRDS, 5, 9, REJECTED),
        (TWO_THIRDS, 7, 10, PASSED),  # ⌈6.67⌉ = 7
        (TWO_THIRDS, 6, 10, REJECTED),
        (TWO_THIRDS, 2, 3, PASSED),
        (TWO_THIRDS, 0, 0, REJECTED),  # nobody for: never passes
    ],
)
def test_thresholds_of_members_present(rule: VoteRule, for_: int, present: int, result: VoteResult) -> None:
    assert decide(rule, Tally(for_, 0, 0), present, None) is result


def test_threshold_counts_abstainers_as_present() -> None:
    assert decide(PRESENT, Tally(4, 1, 3), 8, None) is REJECTED  # 4 of 8 present is not more than half
    assert decide(CAST, Tally(4, 1, 3), 8, None) is PASSED


def test_custom_fraction() -> None:
    assert decide(CUSTOM, Tally(8, 0, 0), 10, None, Fraction(3, 4)) is PASSED
    assert decide(CUSTOM, Tally(7, 0, 0), 10, None, Fraction(3, 4)) is REJECTED
    for bad in (None, Fraction(0), Fraction(5, 4)):
        with pytest.raises(ValidationError):
            decide(CUSTOM, Tally(7, 0, 0), 10, None, bad)


def test_more_votes_than_members_present_refused() -> None:
    with pytest.raises(ValidationError):
        decide(CAST, Tally(5, 5, 1), 10, None)
    with pytest.raises(ValidationError):
        Tally(-1, 0, 0)


def ballot(person: str, choice: Choice, vote: str = "v1") -> Ballot:
    return Ballot(vote_id=vote, person_id=person, choice=choice)


def test_tally_ballots() -> None:
    ballots = [
        ballot("a", Choice.FOR),
        ballot("b", Choice.FOR),
        ballot("c", Choice.AGAINST),
        ballot("d", Choice.ABSTAIN),
    ]
    assert tally_ballots(ballots) == Tally(2, 1, 1)
    assert tally_ballots([]) == Tally(0, 0, 0)
    with pytest.raises(ValidationError):
        tally_ballots([ballot("a", Choice.FOR), ballot("a", Choice.AGAINST)])  # one person, one vote
    with pytest.raises(ValidationError):
        tally_ballots([ballot("a", Choice.FOR), ballot("b", Choice.FOR, vote="v2")])


def test_recused_member_cannot_vote() -> None:
    check_ballot("a", {"b"})
    with pytest.raises(ValidationError, match="recused"):
        check_ballot("b", {"b"})
    with pytest.raises(ValidationError):
        check_ballot("guest", set(), voters={"a", "b"})


def test_decide_a_stored_vote() -> None:
    open_vote = Vote(meeting_id="m", item_id="i", question="q", id="v1", casting_vote=Choice.FOR)
    ballots = [
        ballot("a", Choice.FOR),
        ballot("b", Choice.AGAINST),
        ballot("x", Choice.AGAINST, vote="other"),
    ]
    assert decide_vote(open_vote, ballots, 3) is PASSED  # 1–1, the chair decides
    secret = Vote(
        meeting_id="m",
        item_id="i",
        question="q",
        kind=VoteKind.SECRET,
        rule=CUSTOM,
        custom_num=3,
        custom_den=5,
        votes_for=6,
        votes_against=4,
    )
    assert decide_vote(secret, ballots, 10) is PASSED
    with pytest.raises(ValidationError):
        decide_vote(Vote(meeting_id="m", item_id="i", question="q", rule=CUSTOM, custom_den=0), [], 3)


# ---- properties ---------------------------------------------------------------------------------------

tallies = st.builds(Tally, st.integers(0, 30), st.integers(0, 30), st.integers(0, 30))


@given(tallies, st.integers(0, 30), st.sampled_from([None, Choice.FOR, Choice.AGAINST]))
def test_majority_of_cast_ignores_abstentions(tally: Tally, extra: int, casting: Choice | None) -> None:
    more = Tally(tally.for_, tally.against, tally.abstain + extra)
    assert decide(CAST, tally, 200, casting) is decide(CAST, more, 200, casting)
    expected = PASSED if tally.for_ > tally.against else REJECTED if tally.for_ < tally.against else None
    if expected is None:
        expected = {None: PENDING, Choice.FOR: PASSED, Choice.AGAINST: REJECTED}[casting]
        expected = PENDING if tally.for_ == 0 else expected
    assert decide(CAST, tally, 100, casting) is expected


@given(st.integers(0, 60), st.integers(0, 60), st.fractions(Fraction(1, 100), 1))
def test_threshold_rules_match_their_definition(present: int, for_: int, f: Fraction) -> None:
    for_ = min(for_, present)
    t = Tally(for_, present - for_, 0)
    assert (decide(PRESENT, t, present, None) is PASSED) == (for_ > present / 2)
    assert (decide(TWO_THIRDS, t, present, None) is PASSED) == (
        for_ >= max(1, math.ceil(Fraction(2, 3) * present))
    )
    assert (decide(CUSTOM, t, present, None, f) is PASSED) == (for_ >= max(1, math.ceil(f * present)))


@given(st.integers(1, 60), st.sampled_from([PRESENT, TWO_THIRDS]))
def test_one_more_vote_for_never_hurts(present: int, rule: VoteRule) -> None:
    results = [decide(rule, Tally(k, 0, 0), present, None) for k in range(present + 1)]
    assert results == sorted(results, key=lambda r: r is PASSED)
    assert results[-1] is PASSED
