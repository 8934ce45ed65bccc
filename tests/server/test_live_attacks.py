"""Hostile requests to the live meeting's endpoints, against a real server on SQLite and PostgreSQL: ids of
another meeting or committee mixed into a URL, the same ballot twice (at once, from two threads), bodies of
the wrong shape. Each is answered with a 4xx in words and changes nothing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import httpx

from emeeting.domain import model as m
from emeeting.server.live import events_after
from emeeting.server.storage import secret_tallies, secret_voters
from tests.server.conftest import World, push


def _events(world: World, meeting_id: str) -> list[Any]:
    with world.live.state.db.read() as conn:
        return events_after(conn, meeting_id, 0).events


def _secret_rows(world: World) -> tuple[list[Any], list[Any]]:
    with world.live.state.db.read() as conn:
        voters = sorted(conn.execute(secret_voters.select()).all())
        tallies = sorted(conn.execute(secret_tallies.select()).all())
    return voters, tallies


def _secret_vote(world: World, meeting: m.Meeting, item: m.AgendaItem) -> m.Vote:
    vote = m.Vote(meeting.id, item.id, "ลับหรือไม่", kind=m.VoteKind.SECRET, opened_at=datetime.now(UTC))
    with world.client("sec") as c:
        r = push(c, vote)
    assert r.status_code == 200, r.text
    return vote


def _assert_refused(responses: list[httpx.Response]) -> None:
    statuses = [r.status_code for r in responses]
    assert all(400 <= s < 500 for s in statuses), [
        (i, s, r.text[:120])
        for i, (s, r) in enumerate(zip(statuses, responses, strict=True))
        if not 400 <= s < 500
    ]
    assert all("message" in r.json() or "detail" in r.json() for r in responses)


def test_a_vote_of_another_meeting_or_committee_is_not_there_in_this_meetings_url(world: World) -> None:
    a, b = world.meeting_a.id, world.meeting_b.id
    vote_b = _secret_vote(world, world.meeting_b, world.item_b)
    before_a, before_b, rows = _events(world, a), _events(world, b), _secret_rows(world)
    with world.client("sec") as sec, world.client("alice") as alice, world.client("hrsec") as hrsec:
        bad = [
            sec.get(f"/live/{a}/votes/{vote_b.id}"),
            sec.post(f"/live/{a}/votes/{vote_b.id}/close", json={}),
            alice.post(f"/live/{a}/votes/{vote_b.id}/secret", json={"choice": "for"}),
            sec.get(f"/live/{b}/votes/{world.vote.id}"),  # meeting A's vote under meeting B
            sec.post(f"/live/{b}/votes/{world.vote.id}/close", json={}),
            hrsec.get(f"/live/{world.meeting_h.id}/votes/{world.vote.id}"),  # another committee's
            hrsec.post(f"/live/{world.meeting_h.id}/votes/{world.vote.id}/close", json={}),
            hrsec.get(f"/live/{a}/votes/{world.vote.id}"),
            sec.get(f"/live/{a}/votes/{world.open_item.id}"),  # an item's id is no vote's
            sec.get(f"/live/{a}/votes/{'v' * 100}"),
            sec.post(f"/live/{a}/chair", json={"item_id": world.vote.id}),  # a vote's id is no item's
            sec.post(
                f"/live/{a}/chair", json={"item_id": world.open_item.id, "document_id": world.docs["h"].id}
            ),
            sec.post(
                f"/live/{a}/chair", json={"item_id": world.item_b.id, "document_id": world.docs["b"].id}
            ),
            sec.post(f"/live/{world.meeting_h.id}/chair", json={"item_id": world.item_h.id}),
        ]
    _assert_refused(bad)
    assert [r.status_code for r in bad[:9]] == [404] * 9
    assert (_events(world, a), _events(world, b), _secret_rows(world)) == (before_a, before_b, rows)


def test_the_same_secret_ballot_sent_at_once_from_two_threads_counts_once(world: World) -> None:
    vote = _secret_vote(world, world.meeting_a, world.open_item)
    url = f"/live/{vote.meeting_id}/votes/{vote.id}/secret"
    gate = threading.Barrier(4)
    answers: list[httpx.Response] = []

    def cast(choice: str) -> None:
        with world.client("alice") as c:
            gate.wait()
            answers.append(c.post(url, json={"choice": choice}))

    threads = [threading.Thread(target=cast, args=(c,)) for c in ("for", "against", "for", "abstain")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.status_code for r in answers) == [200, 409, 409, 409], [r.text for r in answers]
    voters, tallies = _secret_rows(world)
    assert [v.person_id for v in voters if v.vote_id == vote.id] == [world.people["alice"].id]
    assert sum(t.count for t in tallies if t.vote_id == vote.id) == 1
    assert [e.type for e in _events(world, vote.meeting_id) if e.data.get("vote_id") == vote.id].count(
        "voted"
    ) == 1


def test_an_open_votes_ballot_pushed_twice_is_one_ballot(world: World) -> None:
    ballot = m.Ballot(world.vote.id, world.people["alice"].id, m.Choice.FOR)
    with world.client("alice") as c:
        first = push(c, ballot)
        assert first.status_code == 200, first.text
        again = push(c, ballot)  # the same record from an old base
        twin = push(c, m.Ballot(world.vote.id, world.people["alice"].id, m.Choice.AGAINST))
        r = c.get(f"/live/{world.meeting_a.id}/votes/{world.vote.id}")
    assert again.status_code < 500 and twin.status_code < 500, (again.text, twin.text)
    assert not again.json().get("accepted") and not twin.json().get("accepted"), (again.text, twin.text)
    assert r.status_code == 200 and r.json()["count"] == 1 and r.json()["votes_for"] == 1, r.text


def test_ballot_and_closing_bodies_of_the_wrong_shape_are_refused(world: World) -> None:
    vote = _secret_vote(world, world.meeting_a, world.open_item)
    meeting = vote.meeting_id
    secret, close = f"/live/{meeting}/votes/{vote.id}/secret", f"/live/{meeting}/votes/{vote.id}/close"
    json_type = {"Content-Type": "application/json"}
    before, rows = _events(world, meeting), _secret_rows(world)
    with world.client("alice") as alice, world.client("sec") as sec:
        bad = [
            alice.post(secret, json={"choice": "maybe"}),
            alice.post(secret, json={"choice": "FOR"}),
            alice.post(secret, json={"choice": 1}),
            alice.post(secret, json={"choice": None}),
            alice.post(secret, json={"choice": ["for"]}),
            alice.post(secret, json={}),
            alice.post(secret, json={"choice": "for", "person_id": world.people["dave"].id}),
            alice.post(secret, json="for"),
            alice.post(secret, content=b'{"choice": "for"', headers=json_type),
            alice.post(secret, content=b'{"choice": "' + b"f" * (1 << 20) + b'"}', headers=json_type),
            alice.post(f"/live/{meeting}/votes/{'v' * 100}/secret", json={"choice": "for"}),
            sec.post(close, json={"hand_for": -1}),
            sec.post(close, json={"hand_for": "many"}),
            sec.post(close, json={"hand_for": 10**30}),
            sec.post(close, json={"hand_for": 1.5}),
            sec.post(close, json={"result": "passed"}),
            sec.post(close, json=[]),
            sec.post(close, content=b"{", headers=json_type),
            alice.post(close, json={}),  # a member does not close a vote
            sec.post(f"/live/{meeting}/checkin", json={"mode": "present", "person_id": "x"}),
            alice.post(f"/live/{meeting}/checkin", json={"mode": "present", "person_id": "x"}),
            alice.post(f"/live/{meeting}/checkin", json={"mode": 1}),
            alice.post(f"/live/{meeting}/checkin", json={}),
            sec.post(f"/live/{meeting}/chair", json={"item_id": world.open_item.id, "page": "1"}),
            sec.post(f"/live/{meeting}/chair", json={"item_id": 5}),
        ]
    _assert_refused(bad)
    assert (_events(world, meeting), _secret_rows(world)) == (before, rows)
    status = _status_of(world, vote)
    assert status["is_open"] and status["count"] == 0


def _status_of(world: World, vote: m.Vote) -> dict[str, Any]:
    with world.client("sec") as c:
        r = c.get(f"/live/{vote.meeting_id}/votes/{vote.id}")
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_a_vote_closed_twice_is_closed_once(world: World) -> None:
    vote = _secret_vote(world, world.meeting_a, world.open_item)
    with world.client("sec") as c:
        first = c.post(f"/live/{vote.meeting_id}/votes/{vote.id}/close", json={"hand_for": 2})
        again = c.post(f"/live/{vote.meeting_id}/votes/{vote.id}/close", json={"hand_for": 2})
    assert first.status_code == 200, first.text
    assert again.status_code == 409, again.text
    assert _status_of(world, vote)["votes_for"] == 2
    closed = [e for e in _events(world, vote.meeting_id) if e.type == "vote_closed"]
    assert len(closed) == 1
    with world.client("alice") as c:  # and no ballot after it
        assert (
            c.post(f"/live/{vote.meeting_id}/votes/{vote.id}/secret", json={"choice": "for"}).status_code
            == 403
        )


def test_event_pages_at_the_edges(world: World) -> None:
    meeting = world.meeting_a.id
    with world.client("sec") as c:
        last = c.get(f"/live/{meeting}/events").json()["last"]
        beyond = c.get(f"/live/{meeting}/events", params={"after": last + 1000})
        one = c.get(f"/live/{meeting}/events", params={"limit": 1})
        bad = [
            c.get(f"/live/{meeting}/events", params={"limit": 10**9}),
            c.get(f"/live/{meeting}/events", params={"limit": 10**30}),
            c.get(f"/live/{meeting}/events", params={"after": 2**63}),
            c.get(f"/live/{meeting}/events", params={"after": 10**40}),
            c.get(f"/live/{meeting}/events", params={"limit": -1}),
            c.get(f"/live/{meeting}/events", params={"limit": "1.5"}),
        ]
        with c.stream("GET", f"/live/{meeting}/stream", headers={"Last-Event-ID": "9" * 30}) as r:
            r.read()
            bad.append(r)
        with c.stream("GET", f"/live/{meeting}/stream", headers={"Last-Event-ID": "9" * 100}) as r:
            r.read()
            bad.append(r)
        with c.stream("GET", f"/live/{meeting}/stream", params={"after": 2**63}) as r:
            r.read()
            bad.append(r)
    assert beyond.status_code == 200 and beyond.json()["events"] == [] and not beyond.json()["more"]
    assert one.status_code == 200 and len(one.json()["events"]) <= 1
    _assert_refused(bad)


def test_an_open_votes_ballots_pushed_at_once_from_six_threads_count_once(world: World) -> None:
    gate = threading.Barrier(6)
    answers: list[httpx.Response] = []

    def cast(choice: m.Choice) -> None:
        with world.client("alice") as c:
            gate.wait()
            answers.append(push(c, m.Ballot(world.vote.id, world.people["alice"].id, choice)))

    threads = [threading.Thread(target=cast, args=(c,)) for c in [m.Choice.FOR, m.Choice.AGAINST] * 3]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(r.status_code < 500 for r in answers), [r.text for r in answers]
    assert sum(len(r.json().get("accepted", [])) for r in answers if r.status_code == 200) == 1
    with world.client("sec") as c:
        status = c.get(f"/live/{world.meeting_a.id}/votes/{world.vote.id}").json()
    assert status["count"] == 1 and status["votes_for"] + status["votes_against"] == 1
    voted = [e for e in _events(world, world.meeting_a.id) if e.type == "voted"]
    assert len(voted) == 1
