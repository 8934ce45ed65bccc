"""Certified minutes stand on their trail: a store whose trail was wiped (or whose certification anchors
were deleted) while the certified text was rewritten is not healthy, and records of another meeting cannot
point into a certified meeting."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.services.container import Services
from emeeting.services.minutes import MinutesService, sha256_text
from emeeting.storage.store import Store
from tests.services.test_frozen import CERTIFIED, Held, certified  # noqa: F401  (fixtures)
from tests.services.test_minutes import at, held, minutes  # noqa: F401  (fixtures)


def sql(store: Store, statement: str, *params: object) -> list[tuple[object, ...]]:
    """Tamper as anyone with the file and sqlite3 could: no application code involved."""
    with closing(sqlite3.connect(store.db_path)) as conn, conn:
        return conn.execute(statement, params).fetchall()


def rewrite_certified_text(store: Store, meeting: m.Meeting) -> None:
    """Change what the committee certified, with every hash in the tables recomputed to match."""
    [(minutes_id,)] = sql(store, "SELECT id FROM minutes WHERE meeting_id = ?", meeting.id)
    [(version_id, text)] = sql(
        store, "SELECT id, text FROM minutes_versions WHERE minutes_id = ? AND number = 0", minutes_id
    )
    forged = str(text).replace("ที่ประชุม", "ที่ประชุมไม่", 1)
    assert forged != text
    digest = sha256_text(forged)
    sql(store, "UPDATE minutes_versions SET text = ?, sha256 = ? WHERE id = ?", forged, digest, version_id)
    sql(store, "UPDATE minutes SET certified_sha256 = ? WHERE id = ?", digest, minutes_id)


def test_wiping_the_trail_does_not_hide_a_rewritten_certified_text(
    services: Services,
    store: Store,
    meeting: m.Meeting,
    certified: Held,  # noqa: F811
    minutes: MinutesService,  # noqa: F811
) -> None:
    assert services.check() == [] and minutes.verify(meeting.id)
    rewrite_certified_text(store, meeting)
    for table in ("audit_events", "audit_head", "audit_anchors"):
        sql(store, f"DELETE FROM {table}")

    problems = services.check()
    assert any("1/2569" in p and "anchor" in p for p in problems), problems
    assert any("1/2569" in p and "no event in the audit trail" in p for p in problems), problems
    assert any("audit trail is empty" in p for p in problems), problems
    assert not minutes.verify(meeting.id)
    with pytest.raises(ValidationError):
        minutes.frozen(meeting.id)


def test_deleting_only_the_certification_anchors_is_reported(
    services: Services,
    store: Store,
    meeting: m.Meeting,
    certified: Held,  # noqa: F811
    minutes: MinutesService,  # noqa: F811
) -> None:
    sql(store, "DELETE FROM audit_anchors")
    problems = services.check()
    assert len(problems) == 1 and "1/2569" in problems[0] and "anchor" in problems[0], problems
    assert not minutes.verify(meeting.id)


def test_minutes_certified_elsewhere_are_a_note_not_a_problem(
    services: Services,
    store: Store,
    meeting: m.Meeting,
    certified: Held,  # noqa: F811
    minutes: MinutesService,  # noqa: F811
) -> None:
    """A member's laptop receives certified minutes by sync; their trail stays on the secretary's
    computer. Here: rows marked as received from a server, with no local events or anchors."""
    for kind, table in (("minutes", "minutes"), ("minutes_version", "minutes_versions")):
        for (record_id,) in sql(store, f"SELECT id FROM {table}"):
            sql(
                store,
                "INSERT INTO sync_shadows (server, kind, id, version, deleted, data, received, parked) "
                "VALUES ('https://sync.example', ?, ?, 1, 0, '{}', 1, 0)",
                kind,
                record_id,
            )
    for table in ("audit_events", "audit_head", "audit_anchors"):
        sql(store, f"DELETE FROM {table}")

    assert services.check() == []
    assert any("1/2569" in n and "certified elsewhere" in n for n in services.check_report().notes)
    assert minutes.verify(meeting.id)


def test_an_amendment_deleted_from_the_database_is_seen_by_verify_printing_and_check(
    services: Services,
    store: Store,
    meeting: m.Meeting,
    certified: Held,  # noqa: F811
    minutes: MinutesService,  # noqa: F811
) -> None:
    minutes.amend(meeting.id, "แก้ไขตามมติที่ประชุมครั้งที่ 2/2569", {certified["4.1"].id: "ข้อความที่แก้ไขแล้ว"})
    assert services.check() == [] and minutes.verify(meeting.id)
    sql(store, "DELETE FROM minutes_versions WHERE number = 1")  # back to the text as first certified

    assert any(
        "1/2569" in p and "version 1, recorded in the audit trail, is missing" in p for p in services.check()
    )
    assert not minutes.verify(meeting.id)
    with pytest.raises(ValidationError):
        minutes.frozen(meeting.id)
