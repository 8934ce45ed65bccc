"""A secret vote keeps only its tally: no ballot of it reaches the server, from anyone, in any way, and no
desktop keeps one either.

Nothing in the server's database, nor in a desktop's, may link a person to a choice in a secret vote: every
table is read back after each attempt and no row may name both the vote and a voter.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from tests.server.conftest import Live, World, change, pull_all, push
from tests.sync.conftest import build_office, no_password_store  # noqa: F401 (a fixture: no password store)


def _secret_vote(world: World) -> tuple[m.Vote, int]:
    """The secretary records a secret vote on the open item: its counts only."""
    vote = m.Vote(
        world.meeting_a.id,
        world.open_item.id,
        "เห็นชอบให้แต่งตั้งหรือไม่",
        kind=m.VoteKind.SECRET,
        votes_for=2,
        votes_against=1,
    )
    with world.client("sec") as c:
        r = push(c, vote)
        assert r.status_code == 200, r.text
        return vote, r.json()["accepted"][0]["version"]


def _rows_linking(world: World, vote_id: str) -> list[tuple[str, dict[str, Any]]]:
    voters = {world.people[name].id for name in ("sec", "alice", "bob", "carol", "dave")}
    return _server_rows_naming(world.live, vote_id, voters)


def _server_rows_naming(live: Live, vote_id: str, voters: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
    """Every row of every table of the server's database that names the vote and one of the voters."""
    engine = sa.create_engine(live.state.settings.db_url)
    found: list[tuple[str, dict[str, Any]]] = []
    try:
        tables = sa.MetaData()
        tables.reflect(engine)
        with engine.connect() as conn:
            for table in tables.sorted_tables:
                for row in conn.execute(sa.select(table)):
                    text = " ".join(str(value) for value in row)
                    if vote_id in text and any(voter in text for voter in voters):
                        found.append((table.name, dict(row._mapping)))
    finally:
        engine.dispose()
    return found


def _server_version(world: World) -> int:
    with world.client("sec") as c:
        return int(c.get("/health").json()["server_version"])


def test_a_ballot_for_a_secret_vote_is_refused_to_members_and_secretaries(world: World) -> None:
    vote, _ = _secret_vote(world)
    before = _server_version(world)
    attempts = {
        "alice": m.Ballot(vote.id, world.people["alice"].id, m.Choice.FOR),
        "dave": m.Ballot(vote.id, world.people["dave"].id, m.Choice.AGAINST),
        # the secretary may change every record of the meeting, but not record who voted how in secret
        "sec": m.Ballot(vote.id, world.people["alice"].id, m.Choice.AGAINST),
    }
    for user, ballot in attempts.items():
        with world.client(user) as c:
            r = push(c, ballot)
        assert r.status_code == 403, (user, r.text)
        assert r.json()["records"] == [f"ballot/{ballot.id}"]
        assert "secret" in r.json()["message"]
    # also inside a push that creates the vote itself
    other = dataclasses.replace(vote, id=m.new_id(), question="ลงคะแนนลับอีกครั้ง")
    with world.client("sec") as c:
        r = push(c, other, m.Ballot(other.id, world.people["sec"].id, m.Choice.FOR))
    assert r.status_code == 403, r.text

    assert _server_version(world) == before
    assert _rows_linking(world, vote.id) == []
    assert _rows_linking(world, other.id) == []
    for user in ("sec", "alice"):
        with world.client(user) as c:
            assert not any(r["data"]["vote_id"] == vote.id for r in pull_all(c)[0] if r["kind"] == "ballot")


def test_a_vote_with_ballots_does_not_become_secret_while_they_stand(world: World) -> None:
    ballot = m.Ballot(world.vote.id, world.people["alice"].id, m.Choice.FOR)
    with world.client("alice") as c:
        r = push(c, ballot)
        assert r.status_code == 200, r.text
        ballot_version = r.json()["accepted"][0]["version"]
    secret = dataclasses.replace(world.vote, kind=m.VoteKind.SECRET, votes_for=1)
    with world.client("sec") as c:
        r = push(c, secret, base=world.versions[world.vote.id])
        assert r.status_code == 403, r.text
        assert r.json()["records"] == [f"vote/{world.vote.id}"]
        # with its ballots taken away in the same push, the vote turns secret
        r = c.post(
            "/sync/push",
            json={
                "changes": [
                    change(secret, world.versions[world.vote.id]),
                    change(ballot, ballot_version, deleted=True),
                ]
            },
        )
        assert r.status_code == 200, r.text
        got = pull_all(c)[0]
    assert not any(r["kind"] == "ballot" and not r["deleted"] for r in got)
    # What is left is the withdrawn ballot's tombstone (a tombstone keeps its record's last data) and the
    # live channel's word that Alice voted: cast while the vote was open, when every member saw it.
    [(log, event), (table, row)] = sorted(_rows_linking(world, world.vote.id), key=lambda found: found[0])
    assert table == "records" and (row["kind"], row["id"], row["deleted"]) == ("ballot", ballot.id, True)
    assert log == "live_events" and event["type"] == "voted" and "choice" not in event["data"]


def _desktop_rows_naming(data_dir: Path, vote_id: str, voters: Iterable[str]) -> list[tuple[str, str]]:
    """Every row of every table of every database file in a desktop's data folder (the records, the sync
    state, conflict copies, the audit trail) that names the vote and one of the voters."""
    found: list[tuple[str, str]] = []
    files = sorted(data_dir.rglob("*.db"))
    assert files, data_dir
    for path in files:
        conn = sqlite3.connect(path)
        try:
            tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                for row in conn.execute(f'SELECT * FROM "{table}"'):  # (names from the file itself)
                    text = " ".join(str(value) for value in row)
                    if vote_id in text and any(voter in text for voter in voters):
                        found.append((f"{path.name}:{table}", text[:200]))
        finally:
            conn.close()
    return found


def test_a_desktop_keeps_no_ballot_of_a_secret_vote(server: Live, tmp_path: Path) -> None:
    office = build_office(server, tmp_path)
    voters = [person.id for person in office.people.values()]
    session = office.secretary.services.session
    secret = m.Vote(office.meeting.id, office.vote.item_id, "เห็นชอบให้แต่งตั้งหรือไม่", kind=m.VoteKind.SECRET)
    office.secretary.services.records.create(secret)
    office.secretary.run()
    alice = office.attendee("alice")
    alice.run()
    assert [v.id for v in alice.rows(m.Vote, id=secret.id)] == [secret.id]

    # A member cannot cast a named ballot in it, nor can the secretary record who voted how.
    with pytest.raises(ValidationError, match="secret vote"):
        alice.sync.cast_ballot(secret.id, office.people["alice"].id, m.Choice.FOR)
    office.hold_meeting()
    with pytest.raises(ValidationError, match="secret vote"):
        session.record_vote(secret, {office.people["alice"].id: m.Choice.FOR})
    # The counts are what the meeting records.
    counted = dataclasses.replace(secret, votes_for=2, votes_against=0)
    session.record_vote(counted)
    office.secretary.run()
    alice.run()

    [seen] = alice.rows(m.Vote, id=secret.id)
    assert (seen.votes_for, seen.votes_against) == (2, 0)
    for desk in (alice, office.secretary):
        assert desk.rows(m.Ballot, vote_id=secret.id) == []
        assert _desktop_rows_naming(desk.services.store.data_dir, secret.id, voters) == []
    assert _server_rows_naming(server, secret.id, voters) == []
