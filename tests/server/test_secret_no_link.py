"""A secret vote taken on laptops leaves nothing that ties a voter to a choice: not a row of any table of the
server's database (SQLite and PostgreSQL, with PostgreSQL's transaction stamps of the secret tables), not a
row of any database file on the secretary's or a member's desktop (with the live events they keep), not a
live event, not a line the server logs. And an open vote, with a hand vote mixed in, closes into the item's
resolution and the minutes draft.

Desktops with real data folders sync with a real server on 127.0.0.1 (tests/sync/conftest.py's office:
Alice and Bob are members marked present; Somsri is the secretary).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.server.live import events_after
from emeeting.storage.sync_state import LiveLogEntry, SyncStore
from tests.server.conftest import Live
from tests.sync.conftest import Desk, Office, build_office, no_password_store  # noqa: F401 (a fixture)

CHOICES = frozenset(c.value for c in m.Choice)


def _values(value: Any) -> Iterator[str]:
    """Every text value in a column value, JSON text opened up (keys and values)."""
    if isinstance(value, str):
        yield value
        try:
            inner = json.loads(value)
        except ValueError:
            return
        if not isinstance(inner, str):
            yield from _values(inner)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _values(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _values(item)
    elif value is not None:
        yield str(value)


def _links(row: Any, voters: frozenset[str]) -> bool:
    """Whether one row (or event, or log line) names a voter and a choice."""
    values = set(_values(row))
    return bool(values & voters) and bool(values & CHOICES)


def _server_rows(live: Live) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the server's database; on PostgreSQL with each row's transaction stamp
    (xmin) and place (ctid) too."""
    engine = sa.create_engine(live.state.settings.db_url)
    rows: dict[str, list[tuple[Any, ...]]] = {}
    try:
        tables = sa.MetaData()
        tables.reflect(engine)
        with engine.connect() as conn:
            for table in tables.sorted_tables:
                if engine.dialect.name == "postgresql":
                    query = (
                        f'SELECT xmin::text, ctid::text, * FROM "{table.name}"'  # (names from the catalog)
                    )
                else:
                    query = (
                        f'SELECT rowid, * FROM "{table.name}"' if table.name.startswith("secret_") else None
                    )
                if query is None:
                    rows[table.name] = [tuple(r) for r in conn.execute(sa.select(table))]
                else:
                    rows[table.name] = [tuple(r) for r in conn.exec_driver_sql(query)]
    finally:
        engine.dispose()
    return rows


def _desktop_rows(data_dir: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of every database file in a desktop's data folder."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    files = sorted(data_dir.rglob("*.db"))
    assert files, data_dir
    for path in files:
        conn = sqlite3.connect(path)
        try:
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for name in names:
                rows[f"{path.name}:{name}"] = list(conn.execute(f'SELECT * FROM "{name}"'))  # (from the file)
        finally:
            conn.close()
    return rows


def _keep_events(desk: Desk, live: Live, meeting_id: str) -> list[LiveLogEntry]:
    """The meeting's live events as a desktop keeps them (what its live channel stores)."""
    with live.state.db.read() as conn:
        events = events_after(conn, meeting_id, 0).events
    kept = [LiveLogEntry(e.id, e.meeting_id, e.type, e.at, e.by, e.data, desk.url) for e in events]
    with SyncStore(desk.services.store).transaction() as st:
        st.keep_live_events(desk.url, kept)
    return kept


def _in_session_with_draft(office: Office) -> None:
    """The secretary starts the meeting and drafts its minutes (the vote's result goes into them)."""
    office.secretary.services.session.start(office.meeting.id, office.meeting.start)
    office.secretary.services.minutes.draft(office.meeting.id)


def test_nothing_ties_a_secret_voter_to_a_choice(
    server: Live, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    office = build_office(server, tmp_path)
    secretary, url = office.secretary, office.url
    _in_session_with_draft(office)
    item_id = next(i.id for i in office.items if i.parent_id is None and i.id != office.vote.item_id)
    vote = secretary.sync.open_vote(url, item_id, "เห็นชอบให้แต่งตั้งนายสมชายหรือไม่", kind=m.VoteKind.SECRET)
    alice, bob = office.attendee("alice"), office.attendee("bob")
    alice.run()
    bob.run()
    assert alice.sync.answer_vote(url, vote.id, m.Choice.FOR).count == 1
    assert bob.sync.answer_vote(url, vote.id, m.Choice.ABSTAIN).count == 2
    with pytest.raises(ValidationError, match="already voted"):
        alice.sync.answer_vote(url, vote.id, m.Choice.AGAINST)

    # The secretary sees who has voted and how many, not how.
    running = secretary.sync.vote_status(url, vote.id)
    voters = frozenset(office.people[n].id for n in ("alice", "bob"))
    assert set(running.voters) == voters and running.count == 2
    assert (running.votes_for, running.votes_against, running.abstentions) == (None, None, None)

    closed = secretary.sync.close_vote(url, vote.id)
    assert (closed.votes_for, closed.votes_against, closed.abstentions) == (1, 0, 1)
    assert closed.result is m.VoteResult.PASSED and closed.closed_at is not None
    [item] = secretary.rows(m.AgendaItem, id=item_id)
    assert "ที่ประชุมมีมติเห็นชอบ เห็นชอบให้แต่งตั้งนายสมชายหรือไม่" in item.resolution
    [entry] = secretary.rows(m.MinutesEntry, item_id=item_id)
    assert "ลงคะแนนลับ" in entry.text and "เห็นด้วย 1 เสียง ไม่เห็นด้วย 0 เสียง งดออกเสียง 1 เสียง" in entry.text
    for desk in (alice, bob):
        desk.run()
        [seen] = desk.rows(m.Vote, id=vote.id)
        assert (seen.votes_for, seen.result) == (1, m.VoteResult.PASSED)
    events = _keep_events(secretary, server, office.meeting.id)
    _keep_events(alice, server, office.meeting.id)
    assert [e.type for e in events if e.data.get("vote_id") == vote.id] == [
        "vote_opened",
        "voted",
        "voted",
        "vote_closed",
    ]

    # Nothing, anywhere, names a voter with a choice.
    everywhere: dict[str, list[Any]] = {}
    everywhere.update({f"server:{k}": v for k, v in _server_rows(server).items()})
    for name, desk in (("secretary", secretary), ("alice", alice), ("bob", bob)):
        rows = _desktop_rows(desk.services.store.data_dir)
        everywhere.update({f"{name}:{k}": v for k, v in rows.items()})
    everywhere["live events"] = [(e.type, e.data, e.by) for e in events]
    everywhere["server log"] = [(r.name, r.getMessage()) for r in caplog.records]
    linked = [(where, row) for where, rows in everywhere.items() for row in rows if _links(row, voters)]
    assert linked == []
    # (The check sees them: the tallies name the choices, the voters' list and the events name the voters.)
    assert any(CHOICES & set(_values(row)) for row in everywhere["server:secret_tallies"])
    assert {row[-1] for row in everywhere["server:secret_voters"]} == voters
    assert not any(r.levelno >= logging.WARNING and "secret" in r.getMessage() for r in caplog.records)
    if server.state.db.url.startswith("postgresql"):
        # Each answer updated the vote's three counts at once: their stamps are one, whatever was chosen.
        stamps = {row[0] for row in everywhere["server:secret_tallies"] if vote.id in row}
        assert len(stamps) == 1


def test_an_open_vote_with_a_hand_vote_closes_into_the_resolution_and_the_minutes(
    server: Live, tmp_path: Path
) -> None:
    office = build_office(server, tmp_path)
    secretary, url = office.secretary, office.url
    _in_session_with_draft(office)
    item_id = office.vote.item_id
    with pytest.raises(ValidationError, match="open"):  # the office's own vote is open on this item
        secretary.sync.open_vote(url, item_id, "อนุมัติโครงการหรือไม่")
    office.secretary.services.records.delete(m.Vote, office.vote.id)
    vote = secretary.sync.open_vote(url, item_id, "อนุมัติโครงการหรือไม่")
    alice = office.attendee("alice")
    alice.run()
    alice.sync.answer_vote(url, vote.id, m.Choice.FOR)
    secretary.sync.hand_ballot(url, vote.id, office.people["bob"].id, m.Choice.AGAINST)  # no laptop
    with pytest.raises(ValidationError, match="already voted"):
        secretary.sync.hand_ballot(url, vote.id, office.people["bob"].id, m.Choice.FOR)
    running = secretary.sync.vote_status(url, vote.id)
    assert (running.count, running.votes_for, running.votes_against) == (2, 1, 1)
    # In an open vote everyone sees who voted how: the same search finds Alice's ballot.
    alice_id = frozenset({office.people["alice"].id})
    assert any(_links(row, alice_id) for row in _server_rows(server)["records"])

    # A tie: no resolution until the chair's casting vote.
    closed = secretary.sync.close_vote(url, vote.id)
    assert (closed.votes_for, closed.votes_against, closed.result) == (1, 1, m.VoteResult.PENDING)
    [item] = secretary.rows(m.AgendaItem, id=item_id)
    assert "ยังไม่มีมติ" in item.resolution
    [entry] = secretary.rows(m.MinutesEntry, item_id=item_id)
    assert "ลงคะแนนโดยเปิดเผย" in entry.text and "เห็นด้วย 1 เสียง ไม่เห็นด้วย 1 เสียง" in entry.text
    # No ballot reaches the closed vote, on the laptop or by hand.
    alice.run()
    with pytest.raises(ValidationError, match="not open"):
        alice.sync.answer_vote(url, vote.id, m.Choice.AGAINST)
    with pytest.raises(ValidationError, match="not open"):
        secretary.sync.hand_ballot(url, vote.id, office.people["alice"].id, m.Choice.AGAINST)
