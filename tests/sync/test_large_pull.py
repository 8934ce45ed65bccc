"""A large pull (a new laptop's first sync) writes the records new to it many at a time; the result is the
one the record-by-record path gives, also when the store refuses one of them (a committee's short name
taken here): that one is held back, the rest written. A real server on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import json

import pytest

from emeeting.domain import model as m
from emeeting.storage.sync_state import SyncStore
from emeeting.sync import engine
from tests.sync.conftest import Desk, Office

NOTES = 240  # with the meeting's records, more than engine.MANY_RECORDS


def _state(desk: Desk) -> dict[str, object]:
    """What a sync leaves on a laptop: its records and its sync bookkeeping (ids local to it left out)."""
    with SyncStore(desk.services.store).read() as st:
        shadows = sorted(
            (s.kind, s.id, s.version, s.deleted, s.received, s.parked) for s in st.shadows(desk.url)
        )
    records = {
        cls.__name__: sorted(json.dumps(r.__dict__, default=str, sort_keys=True) for r in desk.rows(cls))
        for cls in (m.Committee, m.Meeting, m.AgendaItem, m.Document, m.Invitation, m.Annotation, m.Person)
    }
    return {"shadows": shadows, "records": records}


def _new_laptop(office: Office, name: str, *, taken_short_name: bool) -> Desk:
    desk = office.attendee("alice", name)
    if taken_short_name:  # made on this laptop before its first sync: the server's committee collides
        desk.services.records.create(m.Committee("คณะทำงานของฉันเอง", office.committee.short_name))
    return desk


@pytest.mark.parametrize(
    ("taken_short_name", "confidential_item"), [(False, False), (True, False), (False, True)]
)
def test_a_large_first_pull_equals_the_record_by_record_one(
    office: Office, monkeypatch: pytest.MonkeyPatch, taken_short_name: bool, confidential_item: bool
) -> None:
    if confidential_item:  # the item's papers confidential by the item's class: sealed here
        sec = office.secretary.services
        item = sec.records.get(m.AgendaItem, office.documents["open"].item_id)
        sec.agenda.update(dataclasses.replace(item, secrecy=m.Secrecy.CONFIDENTIAL), base=item)
        office.secretary.run()
    alice = office.attendee("alice")
    alice.run()
    paper = office.documents["open"]
    for n in range(NOTES):
        alice.services.annotations.add(
            m.Annotation(
                office.meeting.id, "alice", m.AnnotationShape.STICKY, document_id=paper.id,
                sha256=paper.sha256, geometry=json.dumps([10, 10 + n]), text=f"บันทึก {n}",
            )
        )  # fmt: skip
    assert alice.run().pushed == NOTES

    batched = _new_laptop(office, "batched", taken_short_name=taken_short_name)
    batched_report = batched.run()
    monkeypatch.setattr(engine, "MANY_RECORDS", 10**9)  # every record on its own, as a small pull
    single = _new_laptop(office, "single", taken_short_name=taken_short_name)
    single_report = single.run()

    assert (batched_report.pulled, batched_report.conflicts) == (
        single_report.pulled,
        single_report.conflicts,
    )
    mine, theirs = _state(batched), _state(single)
    if taken_short_name:  # (the local committees have ids of their own)
        for state in (mine, theirs):
            state["records"].pop("Committee")  # type: ignore[attr-defined]
    assert mine == theirs
    if confidential_item:  # the paper's text is not kept here, its file sealed, on either path
        for desk in (batched, single):
            assert desk.rows(m.Document, id=paper.id)[0].text == ""
            assert desk.services.documents.is_sealed(desk.rows(m.Document, id=paper.id)[0])
    held = len(batched.rows(m.Annotation))
    assert held == (0 if taken_short_name else NOTES)  # held back with their meeting's committee, or all
