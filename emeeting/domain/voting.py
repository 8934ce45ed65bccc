"""Deciding a vote: tallies, the per-vote rule, the chair's casting vote, and recusal."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from fractions import Fraction

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.model import Ballot, Choice, Vote, VoteKind, VoteResult, VoteRule


@dataclass(frozen=True)
class Tally:
    for_: int = 0
    against: int = 0
    abstain: int = 0

    def __post_init__(self) -> None:
        if min(self.for_, self.against, self.abstain) < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Vote counts cannot be negative."))

    @property
    def cast(self) -> int:
        """Votes cast for or against; abstentions are not votes cast."""
        return self.for_ + self.against

    @property
    def total(self) -> int:
        return self.for_ + self.against + self.abstain


def check_ballot(person_id: str, recused_ids: Collection[str], voters: Collection[str] | None = None) -> None:
    """Refuse a ballot from a recused member, or (``voters`` given) from anyone not entitled to vote."""
    if person_id in recused_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "This member is recused from the item (conflict of interest) and cannot vote."
            )
        )
    if voters is not None and person_id not in voters:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only voting members present may vote."))


def tally_ballots(ballots: Iterable[Ballot]) -> Tally:
    """Count one vote's ballots; a second ballot from the same person is refused."""
    counts = dict.fromkeys(Choice, 0)
    voters: set[str] = set()
    vote_ids: set[str] = set()
    for ballot in ballots:
        if ballot.person_id in voters:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A member has more than one ballot in this vote.")
            )
        voters.add(ballot.person_id)
        vote_ids.add(ballot.vote_id)
        counts[ballot.choice] += 1
    if len(vote_ids) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Ballots of different votes cannot be counted together.")
        )
    return Tally(counts[Choice.FOR], counts[Choice.AGAINST], counts[Choice.ABSTAIN])


def _threshold(rule: VoteRule, custom: Fraction | None) -> Fraction:
    # The share of members present that "for" must reach; majority-of-present is strict (> 1/2), see decide.
    if rule is VoteRule.MAJORITY_OF_PRESENT:
        return Fraction(1, 2)
    if rule is VoteRule.TWO_THIRDS_OF_PRESENT:
        return Fraction(2, 3)
    if custom is None or not 0 < custom <= 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A custom vote rule needs a fraction above 0 and at most 1.")
        )
    return custom


def decide(
    rule: VoteRule,
    tally: Tally,
    present_voting: int,
    casting_vote: Choice | None = None,
    custom: Fraction | None = None,
) -> VoteResult:
    """The result of a vote.

    ``present_voting``: voting members present and entitled to vote on the item (recused members excluded).
    - majority of votes cast: for > against, abstentions ignored; on a tie the chair's casting vote decides,
      and without it the result stays PENDING ("needs the chair's casting vote"); with no vote for or
      against it stays PENDING whatever the casting vote.
    - majority of members present: for > present / 2.
    - two-thirds of present: for >= ⌈2/3 × present⌉; custom: for >= ⌈fraction × present⌉.
    A motion nobody voted for never passes.
    """
    if tally.total > present_voting:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{total} votes counted, only {present} voting members present."),
            total=tally.total,
            present=present_voting,
        )
    if casting_vote is Choice.ABSTAIN:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The chair's casting vote must be for or against."))
    if rule is VoteRule.MAJORITY_OF_CAST:
        if tally.for_ != tally.against:
            return VoteResult.PASSED if tally.for_ > tally.against else VoteResult.REJECTED
        # A casting vote breaks a tie of votes, not a vote nobody cast: that one waits for votes.
        if casting_vote is None or tally.for_ == 0:
            return VoteResult.PENDING
        return VoteResult.PASSED if casting_vote is Choice.FOR else VoteResult.REJECTED
    threshold = _threshold(rule, custom)
    # Integer "for" reaches ⌈f × present⌉ exactly when it reaches f × present, so compare exact fractions.
    if rule is VoteRule.MAJORITY_OF_PRESENT:
        passed = tally.for_ > threshold * present_voting
    else:
        passed = tally.for_ >= threshold * present_voting
    return VoteResult.PASSED if passed and tally.for_ > 0 else VoteResult.REJECTED


def vote_tally(vote: Vote, ballots: Iterable[Ballot]) -> Tally:
    """An open vote's tally comes from its named ballots; a secret vote keeps only the counts."""
    if vote.kind is VoteKind.SECRET:
        return Tally(vote.votes_for, vote.votes_against, vote.abstentions)
    return tally_ballots(b for b in ballots if b.vote_id == vote.id)


def decide_vote(vote: Vote, ballots: Iterable[Ballot], present_voting: int) -> VoteResult:
    """``decide`` for a stored Vote with its own rule, custom fraction and casting vote."""
    custom = None
    if vote.rule is VoteRule.CUSTOM:
        if vote.custom_den <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A custom vote rule needs a fraction above 0 and at most 1.")
            )
        custom = Fraction(vote.custom_num, vote.custom_den)
    return decide(vote.rule, vote_tally(vote, ballots), present_voting, vote.casting_vote, custom)
