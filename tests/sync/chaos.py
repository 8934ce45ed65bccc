"""Syncs interrupted at random points, then a check that both desktops converged with nothing lost or
doubled. Used by tests/sync/test_interrupted.py (a short run) and tests/bench/stress_sync.py (long runs)."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field

from emeeting.domain import model as m
from emeeting.domain.errors import EmeetingError
from tests.sync.conftest import Desk, Office, attach_bytes
from tests.sync.faults import FlakyProxy, Killed


@dataclass
class Expected:
    titles: dict[str, str] = field(default_factory=dict)
    documents: set[str] = field(default_factory=set)
    rsvp: m.Rsvp = m.Rsvp.PENDING
    choice: m.Choice | None = None
    notes: set[str] = field(default_factory=set)
    interrupted: int = 0


def one_run(
    office: Office, alice: Desk, proxy: FlakyProxy, rng: random.Random, n: int, expected: Expected
) -> None:
    """Edits on both desktops, then each syncs once with a fault chosen at random."""
    sec = office.secretary
    items = [i for i in office.items if i.parent_id is None]
    item = rng.choice(items)
    title = f"วาระ {n}"
    stored = sec.services.records.get(m.AgendaItem, item.id)
    sec.services.agenda.update(dataclasses.replace(stored, title=title), base=stored)
    expected.titles[item.id] = title
    if n % 5 == 0:
        document = attach_bytes(
            sec.services, office.meeting.id, item.id, f"doc{n}.pdf", f"doc {n} ".encode() * 3000
        )
        expected.documents.add(document.id)
    elif n % 7 == 3 and expected.documents - {d.id for d in office.documents.values()}:
        doomed = sorted(expected.documents - {d.id for d in office.documents.values()})[0]
        sec.services.documents.remove(doomed)
        expected.documents.discard(doomed)
    invitation = office.invitations["alice"]
    if alice.services.records.find(m.Invitation, invitation.id) is not None:
        expected.rsvp = rng.choice([m.Rsvp.ACCEPTED, m.Rsvp.DECLINED])
        alice.sync.rsvp(invitation.id, expected.rsvp)
    if alice.services.records.find(m.Vote, office.vote.id) is not None:
        expected.choice = rng.choice(list(m.Choice))
        alice.sync.cast_ballot(office.vote.id, office.people["alice"].id, expected.choice)
    if n % 3 == 0 and alice.services.records.find(m.Meeting, office.meeting.id) is not None:
        text = f"บันทึก {n}"
        alice.sync.save_note(office.meeting.id, text)
        expected.notes.add(text)
    for desk in rng.sample([sec, alice], 2):
        fault = rng.choice(["none", "cut", "cut", "kill", "kill"])
        if fault == "cut":
            proxy.cut_after = rng.randint(100, 60000)
        elif fault == "kill":
            desk.kill.countdown = rng.randint(1, 8)
        try:
            desk.run()
        except (EmeetingError, Killed):
            expected.interrupted += 1
        finally:
            proxy.cut_after = None
            desk.kill.countdown = None


def converge_and_check(office: Office, alice: Desk, expected: Expected) -> None:
    sec = office.secretary
    for _ in range(2):
        sec.run()
        alice.run()
    for desk in (sec, alice):
        records = desk.services.records
        for item_id, title in expected.titles.items():
            assert records.get(m.AgendaItem, item_id).title == title
        documents = {d.id for d in records.select(m.Document, meeting_id=office.meeting.id)}
        assert documents == expected.documents | {d.id for d in office.documents.values()}
        assert desk.services.check() == []
        assert desk.sync.conflicts() == [], "nothing edited on both sides, so nothing may conflict"
        with desk.services.store.connection() as conn:
            for table in ("agenda_items", "documents", "invitations", "ballots", "private_notes"):
                dirty = conn.execute(f"SELECT count(*) FROM {table} WHERE dirty = 1").fetchone()[0]
                assert dirty == 0, f"{table}: {dirty} changes never reached the server"
        assert records.get(m.Invitation, office.invitations["alice"].id).rsvp is expected.rsvp
        ballots = records.select(m.Ballot, vote_id=office.vote.id)
        assert [(b.person_id, b.choice) for b in ballots] == [(office.people["alice"].id, expected.choice)]
    assert {n.text for n in alice.sync.notes(office.meeting.id)} == expected.notes
