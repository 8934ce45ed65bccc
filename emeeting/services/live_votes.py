"""Votes taken on members' laptops, on the secretary's desktop: opening one on the current item, the hand
votes of members without a laptop, and recording the result once the vote is closed.

The vote is open from ``opened_at`` (the sync server then takes members' answers) until ``closed_at``.
Closing is the server's (it stops taking answers and counts them, see ``emeeting.server.votes``); the
secretary's desktop then records the result here, by the vote's rule (``emeeting.domain.voting``), in the
vote, in the item's resolution and, when a minutes draft exists, in the item's text of it.

An open vote's hand votes are ballots by name, made here; a secret vote's show of hands is counted by the
secretary and added to the electronic tally when the vote is closed (it never names anyone).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.domain.voting import check_ballot, decide_vote
from emeeting.services.minutes import minutes_language, minutes_record, vote_lines
from emeeting.services.records import insert, replace
from emeeting.services.session import _eligible, _item_of_meeting
from emeeting.storage.store import Store

# The resolution a closed vote writes for its item, in the language of the committee's minutes.
_RESOLUTION: Mapping[str, Mapping[m.VoteResult, str]] = MappingProxyType(
    {
        "th": MappingProxyType(
            {
                m.VoteResult.PASSED: "ที่ประชุมมีมติเห็นชอบ{question} ด้วยคะแนนเสียงเห็นด้วย {for_} เสียง "
                "ไม่เห็นด้วย {against} เสียง งดออกเสียง {abstain} เสียง",
                m.VoteResult.REJECTED: "ที่ประชุมมีมติไม่เห็นชอบ{question} ด้วยคะแนนเสียงเห็นด้วย {for_} เสียง "
                "ไม่เห็นด้วย {against} เสียง งดออกเสียง {abstain} เสียง",
                m.VoteResult.PENDING: "ผลการลงคะแนน{question} เห็นด้วย {for_} เสียง ไม่เห็นด้วย {against} เสียง "
                "งดออกเสียง {abstain} เสียง ยังไม่มีมติ",
            }
        ),
        "en": MappingProxyType(
            {
                m.VoteResult.PASSED: "The meeting resolved to approve: {question} (for {for_}, against "
                "{against}, abstentions {abstain}).",
                m.VoteResult.REJECTED: "The meeting resolved not to approve: {question} (for {for_}, "
                "against {against}, abstentions {abstain}).",
                m.VoteResult.PENDING: "Vote on {question}: for {for_}, against {against}, abstentions "
                "{abstain}; no resolution yet.",
            }
        ),
    }
)


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a time on the meeting day needs a time zone"))
    return at


def resolution_text(language: str, vote: m.Vote) -> str:
    """The item's resolution after the vote (มติที่ประชุม), in the minutes' language."""
    words = _RESOLUTION.get(language, _RESOLUTION["th"])
    question = vote.question.strip()
    if language == "th" and question:
        question = f" {question}"  # Thai runs on: "มีมติเห็นชอบ <question>"
    return words[vote.result].format(
        question=question, for_=vote.votes_for, against=vote.votes_against, abstain=vote.abstentions
    )


class LiveVoteService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def open(
        self,
        item_id: str,
        question: str,
        at: datetime,
        *,
        kind: m.VoteKind = m.VoteKind.OPEN,
        rule: m.VoteRule = m.VoteRule.MAJORITY_OF_CAST,
    ) -> tuple[m.Vote, Changes]:
        """Put a question to the vote on members' laptops from ``at``; one open vote per item at a time,
        and only while the meeting has its quorum."""
        if not question.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a vote needs a question"))
        with self._store.transaction() as repo:
            item, meeting = _item_of_meeting(repo, item_id)
            if any(v.is_open for v in repo.select(m.Vote, item_id=item.id)):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "a vote on this item is open: close it before opening another"
                    )
                )
            _eligible(repo, meeting, item.id)  # refuses a vote without quorum
            vote = m.Vote(meeting.id, item.id, question.strip(), kind=kind, rule=rule, opened_at=_aware(at))
            return vote, insert(repo, vote)

    def hand_ballot(self, vote_id: str, person_id: str, choice: m.Choice) -> Changes:
        """A member without a laptop votes by hand in an open (named) vote: the secretary records it.
        ``person_id``: the member's seat (a substitute votes for their member)."""
        with self._store.transaction() as repo:
            vote = repo.get(m.Vote, vote_id)
            if vote.kind is m.VoteKind.SECRET:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "a secret vote keeps only the counts, not who voted how")
                )
            if not vote.is_open:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "this vote is not open: {question}"), question=vote.question
                )
            item, meeting = _item_of_meeting(repo, vote.item_id)
            recused = {r.person_id for r in repo.select(m.Recusal, item_id=item.id)}
            check_ballot(person_id, recused, _eligible(repo, meeting, item.id))
            if repo.select(m.Ballot, vote_id=vote.id, person_id=person_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "this member has already voted in this vote")
                )
            return insert(repo, m.Ballot(vote.id, person_id, choice)) | Changes.of(Kind.VOTE, vote.id)

    def record_result(self, vote_id: str, closed_at: datetime) -> tuple[m.Vote, Changes]:
        """The vote was closed (on the server, whose counts its record now holds): its result by its rule,
        written into the vote, the item's resolution and, when the minutes are drafted, the item's text."""
        with self._store.transaction() as repo:
            vote = repo.get(m.Vote, vote_id)
            if vote.opened_at is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "this vote was taken by hand; record it on the meeting day")
                )
            item, meeting = _item_of_meeting(repo, vote.item_id)
            ballots = repo.select(m.Ballot, vote_id=vote.id)
            if vote.kind is m.VoteKind.OPEN:
                counts = {c: sum(1 for b in ballots if b.choice is c) for c in m.Choice}
                vote = dataclasses.replace(
                    vote,
                    votes_for=counts[m.Choice.FOR],
                    votes_against=counts[m.Choice.AGAINST],
                    abstentions=counts[m.Choice.ABSTAIN],
                )
            present = len(_eligible(repo, meeting, item.id))
            total = vote.votes_for + vote.votes_against + vote.abstentions
            result = decide_vote(vote, ballots, max(present, total))
            vote = dataclasses.replace(vote, result=result, closed_at=vote.closed_at or _aware(closed_at))
            changes = replace(repo, vote)
            record = minutes_record(repo, meeting.id)
            language = minutes_language(record.bundle.committee)
            resolution = resolution_text(language, vote)
            if resolution not in item.resolution:
                text = f"{item.resolution.strip()}\n{resolution}".strip()
                changes |= replace(repo, dataclasses.replace(item, resolution=text))
            minutes = repo.select(m.Minutes, meeting_id=meeting.id)
            entries = repo.select(m.MinutesEntry, minutes_id=[x.id for x in minutes])
            if minutes and entries and minutes[0].status is not m.MinutesStatus.CERTIFIED:
                lines = "\n".join(vote_lines(record, vote, minutes[0].style))
                mine = [e for e in entries if e.item_id == item.id]
                if not mine:
                    changes |= insert(repo, m.MinutesEntry(minutes[0].id, item.id, lines))
                elif lines not in mine[0].text:
                    text = f"{mine[0].text.rstrip()}\n{lines}".strip()
                    changes |= replace(repo, dataclasses.replace(mine[0], text=text))
            return vote, changes | Changes.of(Kind.VOTE, vote.id)
