"""Votes taken on members' laptops: who may cast a ballot and when, secret ballots kept as voters and
tallies apart, and the secretary closing a vote.

A vote is open from the moment the server accepts its record with ``opened_at`` set until its secretary
closes it (``closed_at``). While it is open, an eligible voter answers it: invited as a member (or as a
member's substitute) with the right to vote, in the meeting (checked in from their laptop, or marked present
or online by the secretary, and not marked absent or gone since), and not recused from the item.

An open vote's answers are ``ballot`` records like any other. A secret vote's answers never are: the
member posts the choice to ``/live/{meeting}/votes/{vote}/secret``, and one transaction adds the member to
``secret_voters`` and one to the choice's count in ``secret_tallies``, updating the three counts of the
vote in one statement so that no row's transaction stamp (PostgreSQL's xmin) singles out the choice.
Nothing else about the answer is kept: no time, no order, no row of its own; no log line names it and the
live event says only who has voted and how many have.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, case, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from emeeting.domain.errors import EmeetingError
from emeeting.domain.kinds import Kind
from emeeting.domain.model import Choice, VoteKind, VoteResult
from emeeting.domain.voting import Tally, decide_vote
from emeeting.server.access import Caller, Scope, VoteFacts
from emeeting.server.ballots import ballot_refusal, eligible_voters, ensure_tallies
from emeeting.server.feed import ApiError, not_found, now_text
from emeeting.server.live import Actor, publish
from emeeting.server.storage import Database, devices, records, secret_tallies, secret_voters
from emeeting.sync import protocol as p

_LIVE = records.c.deleted.is_(False)


def _conflict(message: str) -> ApiError:
    return ApiError(409, "conflict", message)


# ------------------------------------------------------------------------------- the live endpoints


def _vote_of_meeting(conn: Connection, scope: Scope, meeting_id: str, vote_id: str) -> tuple[Any, VoteFacts]:
    row = conn.execute(
        select(records.c.version, records.c.data, records.c.meeting_id).where(
            _LIVE, records.c.kind == Kind.VOTE, records.c.id == vote_id
        )
    ).first()
    if row is None or row.meeting_id != meeting_id or vote_id not in scope.votes:
        raise not_found()
    facts = scope.votes[vote_id]
    if not scope.sees_item(facts.item_id):
        raise not_found()
    return row, facts


def _voters(conn: Connection, vote_id: str, kind: str) -> list[str]:
    if kind == VoteKind.SECRET:
        query = select(secret_voters.c.person_id).where(secret_voters.c.vote_id == vote_id)
    else:
        query = select(records.c.person_id).where(
            _LIVE, records.c.kind == Kind.BALLOT, records.c.vote_id == vote_id
        )
    return sorted(str(person) for person in conn.execute(query).scalars())


def _tally(conn: Connection, vote_id: str, kind: str) -> Tally:
    if kind == VoteKind.SECRET:
        counts = dict(
            conn.execute(
                select(secret_tallies.c.choice, secret_tallies.c.count).where(
                    secret_tallies.c.vote_id == vote_id
                )
            ).all()
        )
    else:
        counts = {}
        for data in conn.execute(
            select(records.c.data).where(_LIVE, records.c.kind == Kind.BALLOT, records.c.vote_id == vote_id)
        ).scalars():
            choice = json.loads(data)["choice"]
            counts[choice] = counts.get(choice, 0) + 1
    return Tally(
        int(counts.get(Choice.FOR.value, 0)),
        int(counts.get(Choice.AGAINST.value, 0)),
        int(counts.get(Choice.ABSTAIN.value, 0)),
    )


def cast_secret(
    db: Database, caller: Caller, actor: Actor, meeting_id: str, vote_id: str, choice: str
) -> p.VoteStatus:
    """Count a member's answer in a secret vote and remember only that they voted."""
    try:
        with db.write() as conn:
            scope = Scope(conn, caller, meetings=(meeting_id,))
            row, facts = _vote_of_meeting(conn, scope, meeting_id, vote_id)
            if facts.kind != VoteKind.SECRET:
                raise ApiError(403, "forbidden", "an open vote is answered with a ballot record, by name")
            why = ballot_refusal(conn, scope, facts, caller.person_id)
            if why is not None:
                raise ApiError(403, "forbidden", why)
            voted = conn.execute(
                select(secret_voters.c.person_id).where(
                    secret_voters.c.vote_id == vote_id, secret_voters.c.person_id == caller.person_id
                )
            ).first()
            if voted is not None:
                raise _conflict("you have already voted in this vote; a secret ballot cannot be changed")
            conn.execute(insert(secret_voters).values(vote_id=vote_id, person_id=caller.person_id))
            ensure_tallies(conn, vote_id)
            # All three counts in one statement: each gets this transaction's stamp, not the choice's alone.
            conn.execute(
                update(secret_tallies)
                .where(secret_tallies.c.vote_id == vote_id)
                .values(count=secret_tallies.c.count + case((secret_tallies.c.choice == choice, 1), else_=0))
            )
            count = conn.execute(
                select(func.count()).select_from(secret_voters).where(secret_voters.c.vote_id == vote_id)
            ).scalar_one()
            data = {"vote_id": vote_id, "person_id": caller.person_id, "count": int(count)}
            publish(conn, meeting_id, p.LiveType.VOTED, data, actor)
            return p.VoteStatus(
                vote_id=vote_id,
                kind="secret",
                is_open=True,
                closed=False,
                voters=[str(caller.person_id)],  # the caller's own only: the rest is the secretary's to see
                count=int(count),
                version=int(row.version),
            )
    except IntegrityError:  # the same member twice at the same moment: the key lets one in
        raise _conflict("you have already voted in this vote; a secret ballot cannot be changed") from None


def vote_status(db: Database, caller: Caller, meeting_id: str, vote_id: str) -> p.VoteStatus:
    """Who has voted and how many: to the secretary; a member sees the count and whether they voted. The
    counts of a secret vote only once it is closed."""
    with db.read() as conn:
        scope = Scope(conn, caller, meetings=(meeting_id,))
        row, facts = _vote_of_meeting(conn, scope, meeting_id, vote_id)
        secretary = scope.is_secretary_of(scope.meetings[meeting_id][0])
        voters = _voters(conn, vote_id, facts.kind)
        data = json.loads(row.data)
        closed = facts.closed_at is not None or facts.result != VoteResult.PENDING
        shows_counts = closed or (
            facts.kind == VoteKind.OPEN and (secretary or scope.is_member_of(meeting_id))
        )
        status = p.VoteStatus(
            vote_id=vote_id,
            kind=facts.kind,  # type: ignore[arg-type]
            is_open=facts.is_open,
            closed=closed,
            voters=voters if secretary else [v for v in voters if v == caller.person_id],
            count=len(voters),
            version=int(row.version),
        )
        if shows_counts:
            if closed:
                tally = Tally(data["votes_for"], data["votes_against"], data["abstentions"])
            else:
                tally = _tally(conn, vote_id, facts.kind)
            status.votes_for, status.votes_against, status.abstentions = (
                tally.for_,
                tally.against,
                tally.abstain,
            )
        if closed:
            status.result = data["result"] if data["result"] != VoteResult.PENDING else None
        return status


def close_vote(
    db: Database, caller: Caller, actor: Actor, meeting_id: str, vote_id: str, hand: p.CloseVote
) -> p.VoteStatus:
    """The secretary closes the vote: no ballot is taken afterwards; the vote record gets its closing time
    and its counts (a secret vote's from its tally, with the show of hands added); ``vote_closed`` tells
    every laptop. The result is reckoned here for the event; the secretary's desktop records its own."""
    with db.write() as conn:
        scope = Scope(conn, caller, meetings=(meeting_id,))
        row, facts = _vote_of_meeting(conn, scope, meeting_id, vote_id)
        committee_id = scope.meetings[meeting_id][0]
        if not scope.is_secretary_of(committee_id):
            raise ApiError(403, "forbidden", "only the committee's secretary closes a vote")
        if not facts.is_open:
            raise _conflict("the vote is not open")
        hands = Tally(hand.hand_for, hand.hand_against, hand.hand_abstain)
        if facts.kind == VoteKind.OPEN and hands.total:
            raise ApiError(
                422, "invalid_request", "an open vote's hand votes are ballots by name, not counts"
            )
        counted = _tally(conn, vote_id, facts.kind)
        tally = Tally(
            counted.for_ + hands.for_, counted.against + hands.against, counted.abstain + hands.abstain
        )
        data = json.loads(row.data)
        data.update(
            closed_at=now_text(), votes_for=tally.for_, votes_against=tally.against, abstentions=tally.abstain
        )
        present = set(eligible_voters(conn, meeting_id, committee_id, facts.item_id).values())
        result = _decide_counts(data, max(len(present), tally.total))
        version = db.allocate(conn, 1)
        conn.execute(
            update(records)
            .where(records.c.kind == Kind.VOTE, records.c.id == vote_id)
            .values(
                version=version,
                data=json.dumps(data, ensure_ascii=False, sort_keys=True),
                updated_at=now_text(),
                updated_by=caller.name,
            )
        )
        event = {
            "vote_id": vote_id,
            "result": result.value,
            "votes_for": tally.for_,
            "votes_against": tally.against,
            "abstentions": tally.abstain,
        }
        publish(conn, meeting_id, p.LiveType.VOTE_CLOSED, event, actor)
        voters = _voters(conn, vote_id, facts.kind)
        return p.VoteStatus(
            vote_id=vote_id,
            kind=facts.kind,  # type: ignore[arg-type]
            is_open=False,
            closed=True,
            voters=voters,
            count=len(voters),
            votes_for=tally.for_,
            votes_against=tally.against,
            abstentions=tally.abstain,
            result=None if result is VoteResult.PENDING else result.value,
            version=version,
        )


def _decide_counts(data: dict[str, Any], present: int) -> VoteResult:
    """The result of a vote from the counts in its record (an open vote's as a secret one's are)."""
    as_counts = p.decode(Kind.VOTE, {**data, "kind": VoteKind.SECRET.value})
    try:
        return decide_vote(as_counts, (), present)
    except EmeetingError:
        return VoteResult.PENDING


def actor(conn_db: Database, caller: Caller, address: str) -> Actor:
    """The caller as the live log names them: user, device name and network address."""
    with conn_db.read() as conn:
        device = conn.execute(select(devices.c.name).where(devices.c.id == caller.device_id)).scalar()
    return Actor(caller.name, str(device or ""), address)
