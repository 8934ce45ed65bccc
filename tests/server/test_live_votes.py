"""Votes opened and closed by the secretary and answered on members' laptops, against a real server on
SQLite and PostgreSQL: when a ballot is taken, from whom, and what the secretary sees of a secret vote.

In the world (tests/server/conftest.py) Alice and Dave are members of meeting A marked present, Bob is a
guest, and Dave is recused from the closed item.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import insert

from emeeting.domain import model as m
from emeeting.server.live import events_after
from emeeting.server.storage import checkins
from tests.server.conftest import PASSWORD, World, pull_all, push


def _now() -> datetime:
    return datetime.now(UTC)


def _vote(
    world: World,
    kind: m.VoteKind = m.VoteKind.SECRET,
    item: m.AgendaItem | None = None,
    *,
    opened: bool = True,
) -> m.Vote:
    """A vote the secretary puts to the meeting (opened on laptops unless ``opened`` is false)."""
    vote = m.Vote(
        world.meeting_a.id,
        (item or world.open_item).id,
        "เห็นชอบให้แต่งตั้งหรือไม่",
        kind=kind,
        opened_at=_now() if opened else None,
    )
    with world.client("sec") as c:
        r = push(c, vote)
    assert r.status_code == 200, r.text
    world.versions[vote.id] = r.json()["accepted"][0]["version"]
    return vote


def _secret(world: World, user: str, vote: m.Vote, choice: str) -> httpx.Response:
    with world.client(user) as c:
        return c.post(f"/live/{vote.meeting_id}/votes/{vote.id}/secret", json={"choice": choice})


def _close(world: World, vote: m.Vote, user: str = "sec", **hands: int) -> httpx.Response:
    with world.client(user) as c:
        return c.post(f"/live/{vote.meeting_id}/votes/{vote.id}/close", json=hands)


def _status(world: World, user: str, vote: m.Vote) -> dict[str, Any]:
    with world.client(user) as c:
        r = c.get(f"/live/{vote.meeting_id}/votes/{vote.id}")
    assert r.status_code == 200, r.text
    return dict(r.json())


def _events(world: World, vote: m.Vote) -> list[tuple[str, dict[str, Any]]]:
    with world.live.state.db.read() as conn:
        events = events_after(conn, world.meeting_a.id, 0).events
    return [(e.type, e.data) for e in events if e.data.get("vote_id") == vote.id]


def _add_member(world: World, name: str, *, voting: bool = True, **invitation: Any) -> m.Person:
    """Someone more invited to meeting A as a member, on the committee's roll (with or without a vote)."""
    person = m.Person(name.title(), "Test")
    world.live.state.accounts.add_user(name, PASSWORD, "member", person_id=person.id)
    world.tokens[name] = world.live.login(name)
    with world.client("sec") as c:
        r = push(
            c,
            person,
            m.Membership(world.ict.id, person.id, voting=voting),
            m.Invitation(world.meeting_a.id, person.id, **invitation),
        )
    assert r.status_code == 200, r.text
    return person


def _checks_in(world: World, person: m.Person, user: str) -> None:
    """A check-in from the laptop, as the live channel's endpoint records it."""
    row = {
        "meeting_id": world.meeting_a.id, "person_id": person.id, "user_name": user, "device": "laptop",
        "address": "127.0.0.1", "mode": "online", "verified_by": "password", "at": "2026-03-10T02:31:00.000Z",
    }  # fmt: skip
    with world.live.state.db.write() as conn:
        conn.execute(insert(checkins).values(**row))


def test_opening_a_vote_is_announced_once_and_a_hand_recorded_vote_is_not(world: World) -> None:
    vote = _vote(world, m.VoteKind.OPEN, opened=False)
    assert _events(world, vote) == []
    opened = dataclasses.replace(vote, opened_at=_now())
    with world.client("sec") as c:
        r = push(c, opened, base=world.versions[vote.id])
        assert r.status_code == 200, r.text
        again = dataclasses.replace(opened, question="เห็นชอบหรือไม่ (แก้ถ้อยคำ)")
        assert push(c, again, base=r.json()["accepted"][0]["version"]).status_code == 200
    [(kind, data)] = _events(world, vote)
    assert kind == "vote_opened"
    assert data == {
        "vote_id": vote.id,
        "item_id": world.open_item.id,
        "question": vote.question,
        "kind": "open",
        "rule": "majority_of_cast",
    }


@pytest.mark.parametrize("kind", [m.VoteKind.OPEN, m.VoteKind.SECRET])
def test_a_ballot_is_taken_only_between_opening_and_closing(world: World, kind: m.VoteKind) -> None:
    alice, dave = world.people["alice"].id, world.people["dave"].id

    def answer(user: str, person: str, vote: m.Vote) -> int:
        if kind is m.VoteKind.SECRET:
            return _secret(world, user, vote, "for").status_code
        with world.client(user) as c:
            return push(c, m.Ballot(vote.id, person, m.Choice.FOR)).status_code

    not_yet = _vote(world, kind, opened=False)
    assert answer("alice", alice, not_yet) == 403
    assert _close(world, not_yet).status_code == 409  # nor is a vote never opened closed

    vote = _vote(world, kind)
    assert answer("alice", alice, vote) == 200
    r = _close(world, vote)
    assert r.status_code == 200, r.text
    assert answer("dave", dave, vote) == 403
    assert _close(world, vote).status_code == 409  # closed once
    # The secretary cannot reopen it by pushing its record without the closing time.
    with world.client("sec") as c:
        closed = next(r for r in pull_all(c)[0] if r["id"] == vote.id)
        assert closed["data"]["closed_at"] is not None
        reopened = {**closed["data"], "closed_at": None}
        change = {"kind": "vote", "id": vote.id, "base_version": closed["version"], "deleted": False}
        r = c.post("/sync/push", json={"changes": [{**change, "data": reopened}]})
    assert r.status_code == 403, r.text
    if kind is m.VoteKind.OPEN:  # nor does a hand ballot reach it afterwards
        with world.client("sec") as c:
            assert push(c, m.Ballot(vote.id, dave, m.Choice.AGAINST)).status_code == 403


def test_only_members_in_the_meeting_with_a_vote_and_no_recusal_answer(world: World) -> None:
    secret = _vote(world)
    on_closed_item = _vote(world, item=world.closed_item)
    _add_member(world, "erin", voting=False, attendance=m.Attendance.PRESENT)
    frank = _add_member(world, "frank")  # invited, not (yet) in the meeting
    gina = _add_member(world, "gina", attendance=m.Attendance.ABSENT)

    def refused(r: httpx.Response) -> bool:
        return r.status_code in (403, 404)

    assert refused(_secret(world, "bob", secret, "for"))  # a guest
    assert refused(_secret(world, "erin", secret, "for"))  # on the roll without a vote
    assert refused(_secret(world, "frank", secret, "for"))  # not in the meeting
    assert refused(_secret(world, "gina", secret, "for"))  # marked absent
    assert refused(_secret(world, "sec", secret, "for"))  # the secretary is not a voter
    assert refused(_secret(world, "dave", on_closed_item, "for"))  # recused from the item
    assert refused(_secret(world, "carol", secret, "for"))  # invited to another meeting
    # A check-in from the laptop puts Frank in the meeting, as marking him present would.
    _checks_in(world, frank, "frank")
    assert _secret(world, "frank", secret, "against").status_code == 200
    twice = _secret(world, "frank", secret, "for")
    assert twice.status_code == 409 and "already voted" in twice.json()["message"]
    # The secretary's later word wins over the check-in: marked absent, Gina stays out though checked in.
    _checks_in(world, gina, "gina")
    assert refused(_secret(world, "gina", secret, "for"))
    assert _status(world, "sec", secret)["count"] == 1

    # An open vote: a recused member's and an absent member's ballots are refused too.
    open_vote = _vote(world, m.VoteKind.OPEN, item=world.closed_item)
    with world.client("dave") as c:
        assert refused(push(c, m.Ballot(open_vote.id, world.people["dave"].id, m.Choice.FOR)))
    with world.client("gina") as c:
        assert refused(push(c, m.Ballot(open_vote.id, gina.id, m.Choice.FOR)))


def test_the_secretary_sees_who_voted_in_secret_and_how_many_and_the_tally_only_at_closing(
    world: World,
) -> None:
    vote = _vote(world)
    alice, dave = world.people["alice"].id, world.people["dave"].id
    mine = _secret(world, "alice", vote, "for")
    assert mine.status_code == 200, mine.text
    assert mine.json()["voters"] == [alice] and mine.json()["votes_for"] is None
    assert _secret(world, "dave", vote, "against").status_code == 200

    running = _status(world, "sec", vote)
    assert running["voters"] == sorted([alice, dave]) and running["count"] == 2
    assert (running["votes_for"], running["votes_against"], running["abstentions"]) == (None, None, None)
    # A member sees how many have voted and that they have, not who else.
    assert _status(world, "dave", vote)["voters"] == [dave]
    assert [kind for kind, _ in _events(world, vote)] == ["vote_opened", "voted", "voted"]
    voted = [data for kind, data in _events(world, vote) if kind == "voted"]
    assert voted == [
        {"vote_id": vote.id, "person_id": alice, "count": 1},
        {"vote_id": vote.id, "person_id": dave, "count": 2},
    ]

    # Closing adds the show of hands of a member without a laptop to the electronic tally.
    r = _close(world, vote, hand_for=1)
    assert r.status_code == 200, r.text
    closed = r.json()
    assert (closed["votes_for"], closed["votes_against"], closed["abstentions"]) == (2, 1, 0)
    assert closed["result"] == "passed" and closed["voters"] == sorted([alice, dave])
    assert _events(world, vote)[-1] == (
        "vote_closed",
        {"vote_id": vote.id, "result": "passed", "votes_for": 2, "votes_against": 1, "abstentions": 0},
    )
    with world.client("alice") as c:
        [record] = [r for r in pull_all(c)[0] if r["id"] == vote.id]
    assert (record["data"]["votes_for"], record["data"]["votes_against"]) == (2, 1)
    assert record["data"]["closed_at"] is not None
    assert _status(world, "alice", vote)["votes_for"] == 2


def test_hand_ballots_mix_with_ballots_cast_on_laptops_in_an_open_vote(world: World) -> None:
    vote = _vote(world, m.VoteKind.OPEN)
    alice, dave = world.people["alice"].id, world.people["dave"].id
    with world.client("alice") as c:
        assert push(c, m.Ballot(vote.id, alice, m.Choice.FOR)).status_code == 200
    with world.client("sec") as c:  # Dave raised his hand: the secretary records his ballot
        assert push(c, m.Ballot(vote.id, dave, m.Choice.AGAINST)).status_code == 200
    running = _status(world, "sec", vote)
    assert running["voters"] == sorted([alice, dave])
    assert (running["votes_for"], running["votes_against"]) == (1, 1)  # an open vote's tally runs
    assert _close(world, vote, hand_for=1).status_code == 422  # an open vote's hands are named ballots
    closed = _close(world, vote).json()
    assert (closed["votes_for"], closed["votes_against"], closed["result"]) == (1, 1, None)  # a tie
    assert [d["person_id"] for k, d in _events(world, vote) if k == "voted"] == [alice, dave]
