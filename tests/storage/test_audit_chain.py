"""The audit trail is a hash chain: `check` finds events edited, deleted or slipped in with sqlite3, and
says where the chain breaks; certification keeps the head; an older store's trail is chained on upgrade."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

import emeeting.storage.store as store_module
from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.services.records import replace
from emeeting.storage.audit_chain import GENESIS, HASHED_FIELDS, BreakKind, link_hash, verify
from emeeting.storage.store import DB_FILE, Store

START = datetime(2026, 3, 24, 2, 30, tzinfo=UTC)


class Clock:
    """A store clock that moves one second per call: every event has its own time."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clocked(store: Store) -> Store:
    store.clock = Clock()
    return store


def sql(store: Store, statement: str, *params: object) -> list[tuple[object, ...]]:
    """Tamper as anyone with the file and sqlite3 could: no application code involved."""
    with closing(sqlite3.connect(store.db_path)) as conn, conn:
        return conn.execute(statement, params).fetchall()


def people(store: Store, count: int) -> list[m.Person]:
    """``count`` people, each created in its own transaction, then each renamed: 2 × count events."""
    made = [m.Person(f"คนที่{i}", "ทดสอบ") for i in range(count)]
    services = Services(store)
    for person in made:
        services.records.create(person)
    for person in made:
        with store.transaction() as repo:
            replace(repo, dataclasses.replace(person, position="ผู้อำนวยการ"))
    return made


def chain_breaks(store: Store) -> list[tuple[BreakKind, int, int]]:
    with store.read() as repo:
        return [(b.kind, b.seq, b.last_seq) for b in repo.verify_audit_chain().breaks]


def test_every_event_links_to_the_one_before_in_a_gapless_sequence(clocked: Store) -> None:
    people(clocked, 3)
    rows = sql(
        clocked, f"SELECT seq, prev_hash, hash, {', '.join(HASHED_FIELDS)} FROM audit_events ORDER BY seq"
    )
    assert [row[0] for row in rows] == [1, 2, 3, 4, 5, 6]
    prev = GENESIS
    for seq, prev_hash, digest, *values in rows:
        assert prev_hash == prev
        assert digest == link_hash(seq, prev_hash, values)
        prev = digest
    assert sql(clocked, "SELECT seq, hash FROM audit_head") == [(6, prev)]
    assert clocked.check() == []


def test_check_reports_three_edited_two_deleted_and_one_inserted_event(clocked: Store) -> None:
    people(clocked, 6)  # events 1–12
    assert clocked.check() == []
    sql(clocked, "UPDATE audit_events SET summary = 'ไม่มีอะไรเปลี่ยน' WHERE seq = 2")
    sql(clocked, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 8")
    sql(clocked, "UPDATE audit_events SET at = '2026-03-24 02:30:00.000000' WHERE seq = 9")
    sql(clocked, "DELETE FROM audit_events WHERE seq IN (4, 5)")
    last_hash = sql(clocked, "SELECT hash FROM audit_events WHERE seq = 12")[0][0]
    forged = ["forged", "2026-03-24 02:31:00.000000", "mallory", "delete", "person", "x", ""]
    sql(
        clocked,
        f"INSERT INTO audit_events (seq, prev_hash, hash, {', '.join(HASHED_FIELDS)}) "
        "VALUES (13, ?, 'not a hash', ?, ?, ?, ?, ?, ?, ?)",
        last_hash,
        *forged,
    )

    problems = clocked.check()

    assert chain_breaks(clocked) == [
        (BreakKind.ALTERED, 2, 2),
        (BreakKind.MISSING, 4, 5),
        (BreakKind.ALTERED, 8, 8),
        (BreakKind.ALTERED, 9, 9),
        (BreakKind.ALTERED, 13, 13),
        (BreakKind.BEYOND_HEAD, 13, 13),
    ]
    assert problems == [
        "audit trail: event 2 ("
        + local(START + timedelta(seconds=2))
        + ") was changed after it was recorded",
        "audit trail: event(s) 4–5 before the event ("
        + local(START + timedelta(seconds=6))
        + ") were deleted",
        "audit trail: event 8 ("
        + local(START + timedelta(seconds=8))
        + ") was changed after it was recorded",
        "audit trail: event 9 (" + local(START) + ") was changed after it was recorded",
        "audit trail: event 13 ("
        + local(START + timedelta(minutes=1))
        + ") was changed after it was recorded",
        "audit trail: event(s) 13 (" + local(START + timedelta(minutes=1)) + ") were added after the last "
        "recorded event",
    ]


def local(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def test_an_edit_with_its_hash_recomputed_breaks_the_next_link(clocked: Store) -> None:
    people(clocked, 2)
    _seq, prev_hash, *values = sql(
        clocked, f"SELECT seq, prev_hash, {', '.join(HASHED_FIELDS)} FROM audit_events WHERE seq = 2"
    )[0]
    values[HASHED_FIELDS.index("actor")] = "mallory"
    sql(
        clocked,
        "UPDATE audit_events SET actor = 'mallory', hash = ? WHERE seq = 2",
        link_hash(2, str(prev_hash), values),
    )
    assert chain_breaks(clocked) == [(BreakKind.RELINKED, 3, 3)]


def test_deleting_the_last_events_is_found_from_the_recorded_head(clocked: Store) -> None:
    people(clocked, 2)
    sql(clocked, "DELETE FROM audit_events WHERE seq >= 3")
    assert chain_breaks(clocked) == [(BreakKind.TRUNCATED, 3, 4)]
    assert "audit trail: event(s) 3–4 at the end were deleted" in clocked.check()[0]

    # The store keeps recording after the head, so the gap stays in sight.
    Services(clocked).records.create(m.Person("ใหม่", "ทดสอบ"))
    assert chain_breaks(clocked) == [(BreakKind.MISSING, 3, 4)]


def test_a_forger_who_rewrites_the_tail_and_the_head_is_caught_by_the_certification_anchor(
    clocked: Store,
) -> None:
    people(clocked, 2)  # events 1–4
    with clocked.transaction() as repo:
        anchored = repo.anchor_audit_trail("version-0")  # as certification does
    assert anchored is not None and anchored.seq == 4
    people(clocked, 1)  # events 5–6
    # Delete events 3–6 and write the head as if 2 were the last: the chain and its head agree again.
    sql(clocked, "DELETE FROM audit_events WHERE seq >= 3")
    two = sql(clocked, "SELECT hash FROM audit_events WHERE seq = 2")[0][0]
    sql(clocked, "UPDATE audit_head SET seq = 2, hash = ?", two)
    assert chain_breaks(clocked) == [(BreakKind.ANCHOR, 4, 4)]
    assert "recorded as the last when minutes were certified" in clocked.check()[0]


def test_the_record_of_the_head_removed_is_reported(clocked: Store) -> None:
    people(clocked, 1)
    sql(clocked, "DELETE FROM audit_head")
    assert chain_breaks(clocked) == [(BreakKind.NO_HEAD, 2, 2)]
    Services(clocked).records.create(m.Person("ใหม่", "ทดสอบ"))  # recording goes on after the last event
    assert chain_breaks(clocked) == []


def test_a_row_slipped_in_between_is_reported(clocked: Store) -> None:
    people(clocked, 1)
    sql(
        clocked,
        f"INSERT INTO audit_events (seq, prev_hash, hash, {', '.join(HASHED_FIELDS)}) "
        "VALUES (1.5, '', '', 'between', '2026-03-24 02:30:01.500000', 'mallory', 'update', 'person', 'x', "
        "'')",
    )
    assert chain_breaks(clocked) == [(BreakKind.FOREIGN, 1, 1)]


def test_certification_keeps_the_head_with_the_certified_version(demo_services: Services) -> None:
    services = demo_services
    meeting = next(
        s.meeting for s in services.meetings.summaries() if s.meeting.status is m.MeetingStatus.CLOSED
    )
    services.minutes.draft(meeting.id)
    services.minutes.certify(meeting.id, m.CertificationMethod.SAME_MEETING, START)
    trail = services.audit.trail(meeting.id)
    ((number, link),) = trail.anchors
    assert number == 0
    assert trail.entries[-1].action == "certify"
    assert (link.seq, link.hash) == (trail.chain.head.seq, trail.chain.head.hash)  # type: ignore[union-attr]


# -- upgrading a store written before the chain ------------------------------------------------------------

MIGRATIONS = Path(store_module.__file__).with_name("migrations")


def at_revision(data_dir: Path, revision: str) -> None:
    """A store as an earlier release left it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{data_dir / DB_FILE}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_upgrading_chains_the_events_of_an_older_store_in_the_order_they_happened(data_dir: Path) -> None:
    at_revision(data_dir, "0004")
    with closing(sqlite3.connect(data_dir / DB_FILE)) as conn, conn:
        # Inserted out of time order: the chain follows time, then insertion.
        for at, actor in (("2026-03-24 02:30:02.000000", "b"), ("2026-03-24 02:30:01.000000", "a"),
                          ("2026-03-24 02:30:02.000000", "c")):  # fmt: skip
            conn.execute(
                "INSERT INTO audit_events (id, at, actor, action, entity_kind, entity_id, summary) "
                "VALUES (?, ?, ?, 'create', 'person', 'p', '')",
                [actor, at, actor],
            )
    store = Store.open(data_dir)
    assert sql(store, "SELECT actor, seq FROM audit_events ORDER BY seq") == [("a", 1), ("b", 2), ("c", 3)]
    assert store.check() == []
    Services(store).records.create(m.Person("ใหม่", "ทดสอบ"))
    assert sql(store, "SELECT max(seq) FROM audit_events") == [(4,)]
    assert store.check() == []


def test_a_meetings_trail_names_deleted_items_and_shows_old_and_new_values(demo_services: Services) -> None:
    services = demo_services
    meeting = next(
        s.meeting
        for s in services.meetings.summaries()
        if s.meeting.status is m.MeetingStatus.DRAFT and s.committee.short_name == "ICT"
    )
    item = next(e.item for e in services.meetings.view(meeting.id).agenda if e.item.presenter_id)
    services.agenda.update(dataclasses.replace(item, title="ขออนุมัติโครงการคลาวด์ (แก้ไข)"), base=item)
    services.agenda.remove(item.id)
    other = services.records.get(m.Meeting, meeting.id)
    services.meetings.update(dataclasses.replace(other, place="ห้องประชุม 2"), base=other)

    trail = services.audit.trail(meeting.id)

    edit, removal, moved_place = (
        next(e for e in trail.entries if e.entity_id == item.id and e.action == "update"),
        next(e for e in trail.entries if e.entity_id == item.id and e.action == "delete"),
        trail.entries[-1],
    )
    assert [(c.field, c.old, c.new) for c in edit.changes] == [
        ("title", item.title, "ขออนุมัติโครงการคลาวด์ (แก้ไข)")
    ]
    assert removal.label == "ขออนุมัติโครงการคลาวด์ (แก้ไข)"  # the deleted item is still named
    assert (moved_place.kind, moved_place.actor) == ("meeting", "secretary")
    assert [(c.field, c.old, c.new) for c in moved_place.changes] == [
        ("place", "ห้องประชุม 1 ชั้น 9 อาคารศูนย์ราชการ", "ห้องประชุม 2")
    ]
    assert trail.chain.intact
    assert all(e.entity_id != meeting.id or e.kind == "meeting" for e in trail.entries)
    assert len({e.seq for e in trail.entries}) == len(trail.entries)


def test_a_row_that_is_not_even_an_event_is_reported_and_left_out_of_the_trail(clocked: Store) -> None:
    people(clocked, 1)
    sql(
        clocked,
        f"INSERT INTO audit_events (seq, prev_hash, hash, {', '.join(HASHED_FIELDS)}) "
        "VALUES (3, ?, 'x', 'junk', 'not a time', X'00ff', 'update', 'person', 'x', 42)",
        sql(clocked, "SELECT hash FROM audit_events WHERE seq = 2")[0][0],
    )
    assert chain_breaks(clocked) == [(BreakKind.ALTERED, 3, 3), (BreakKind.BEYOND_HEAD, 3, 3)]
    trail = Services(clocked).audit.trail()
    assert [e.seq for e in trail.entries] == [1, 2]
    assert not trail.chain.intact


def test_check_while_another_connection_records_sees_one_consistent_trail(clocked: Store) -> None:
    """The events and the head are read in one snapshot: an edit committed between the two reads must
    not look like events deleted at the end."""
    people(clocked, 1)
    stop, wrote = threading.Event(), threading.Event()

    def record() -> None:
        while not stop.is_set():
            with clocked.transaction() as repo:
                repo.audit("update", m.Person, "x", "")
            wrote.set()

    writer = threading.Thread(target=record)
    writer.start()
    try:
        assert wrote.wait(10)
        reports = []
        # A loaded machine may schedule the writer rarely: read on until it wrote between two reads.
        deadline = time.monotonic() + 10
        while len(reports) < 30 or (reports[-1].events == reports[0].events and time.monotonic() < deadline):
            with closing(sqlite3.connect(clocked.db_path, isolation_level=None)) as conn:
                reports.append(verify(conn))
    finally:
        stop.set()
        writer.join()
    assert [r.breaks for r in reports] == [()] * len(reports)
    assert reports[-1].events > reports[0].events  # the writer did write meanwhile
