"""LiveVoteService: a vote opened on laptops, hand votes mixed in, and the result recorded once the vote is
closed (the server's part is tested in tests/server/test_live_votes.py)."""

from __future__ import annotations

import dataclasses

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.services.container import Services
from emeeting.services.live_votes import LiveVoteService, resolution_text
from tests.services.conftest import Org
from tests.services.test_session import OPENED, at, check_in, item_numbered


def _votes(services: Services) -> LiveVoteService:
    return LiveVoteService(services.store)


def test_a_vote_opens_only_with_quorum_and_one_at_a_time_per_item(
    services: Services, org: Org, meeting: m.Meeting
) -> None:
    item = item_numbered(services, meeting, "4")
    with pytest.raises(ValidationError, match="quorum"):
        _votes(services).open(item.id, "อนุมัติหรือไม่", OPENED)
    check_in(services, meeting, org.chair, *org.members)
    with pytest.raises(ValidationError, match="question"):
        _votes(services).open(item.id, "  ", OPENED)
    vote, _ = _votes(services).open(item.id, "อนุมัติหรือไม่", OPENED, kind=m.VoteKind.SECRET)
    assert vote.is_open and services.records.get(m.Vote, vote.id).opened_at == OPENED
    with pytest.raises(ValidationError, match="is open"):
        _votes(services).open(item.id, "อีกเรื่อง", OPENED)
    with pytest.raises(ValidationError, match="secret vote"):  # a secret vote's hands are counts only
        _votes(services).hand_ballot(vote.id, org.chair.id, m.Choice.FOR)


def test_hand_ballots_count_with_laptop_ballots_and_the_result_goes_into_the_item_and_the_draft(
    services: Services, org: Org, meeting: m.Meeting
) -> None:
    check_in(services, meeting, org.chair, *org.members)
    services.session.start(meeting.id, OPENED)
    services.minutes.draft(meeting.id)
    item = item_numbered(services, meeting, "4")
    live = _votes(services)
    vote, _ = live.open(item.id, "อนุมัติจัดซื้อหรือไม่", OPENED)
    member, other = org.members[0], org.members[1]
    services.records.create(m.Ballot(vote.id, member.id, m.Choice.FOR))  # as it arrives from her laptop
    live.hand_ballot(vote.id, other.id, m.Choice.FOR)
    live.hand_ballot(vote.id, org.chair.id, m.Choice.AGAINST)
    with pytest.raises(ValidationError, match="already voted"):
        live.hand_ballot(vote.id, other.id, m.Choice.AGAINST)
    with pytest.raises(ValidationError, match="Only voting members"):
        live.hand_ballot(vote.id, org.secretary.id, m.Choice.FOR)  # no vote on the committee

    # The server closed it: its record has the closing time.
    services.records.update(dataclasses.replace(vote, closed_at=at(10)), base=vote)
    closed, _ = live.record_result(vote.id, at(10, 1))
    assert (closed.votes_for, closed.votes_against, closed.result) == (2, 1, m.VoteResult.PASSED)
    assert closed.closed_at == at(10)
    stored = services.records.get(m.AgendaItem, item.id)
    assert stored.resolution == (
        "ที่ประชุมมีมติเห็นชอบ อนุมัติจัดซื้อหรือไม่ ด้วยคะแนนเสียงเห็นด้วย 2 เสียง ไม่เห็นด้วย 1 เสียง งดออกเสียง 0 เสียง"
    )
    [entry] = [e for e in services.records.select(m.MinutesEntry) if e.item_id == item.id]
    assert "การลงมติ: อนุมัติจัดซื้อหรือไม่ (ลงคะแนนโดยเปิดเผย)" in entry.text
    assert entry.text.rstrip().endswith("ผลการลงมติ: ผ่าน")
    # Recording it again changes nothing more.
    live.record_result(vote.id, at(10, 2))
    assert services.records.get(m.AgendaItem, item.id).resolution == stored.resolution
    with pytest.raises(ValidationError, match="not open"):
        live.hand_ballot(vote.id, org.members[2].id, m.Choice.FOR)


def test_the_resolution_is_written_in_the_minutes_language() -> None:
    vote = m.Vote("m", "i", "Approve the budget?", votes_for=1, votes_against=2, result=m.VoteResult.REJECTED)
    assert resolution_text("en", vote) == (
        "The meeting resolved not to approve: Approve the budget? (for 1, against 2, abstentions 0)."
    )
    assert resolution_text("th", vote).startswith("ที่ประชุมมีมติไม่เห็นชอบ Approve the budget?")
