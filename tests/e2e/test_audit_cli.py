"""`emeeting audit` and `emeeting check` on a trail tampered with by sqlite3: real subprocesses."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e.test_cli import ok, run

pytestmark = pytest.mark.slow


def sql(data_dir: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(data_dir / "emeeting.db")) as conn, conn:
        return conn.execute(statement, params).fetchall()


@pytest.fixture
def demo(tmp_path: Path, good_pdf: Path) -> tuple[Path, str]:
    """Two demo meetings and one paper attached through the command line: a meeting with a trail."""
    data_dir = tmp_path / "data"
    ok(data_dir, "demo", "--meetings", "2")
    meeting = json.loads(ok(data_dir, "meetings", "--committee", "ICT", "--json"))[0]
    shown = json.loads(ok(data_dir, "show", meeting["reference"], "--json"))
    ok(data_dir, "attach", meeting["reference"], shown["agenda"][0]["number"], str(good_pdf))
    return data_dir, meeting["reference"]


def test_audit_prints_a_meetings_trail_with_the_state_of_the_chain(demo: tuple[Path, str]) -> None:
    data_dir, reference = demo
    text = ok(data_dir, "audit", reference)
    assert "create document" in text
    assert "the hash chain of all" in text and "holds" in text

    report = json.loads(ok(data_dir, "audit", reference, "--json"))
    assert report["chain"]["intact"] is True
    assert report["chain"]["head"]["seq"] == report["chain"]["events"]
    kinds = {e["kind"] for e in report["events"]}
    assert {"meeting", "agenda_item", "document", "invitation"} <= kinds  # everything in the meeting
    assert [e["seq"] for e in report["events"]] == sorted(e["seq"] for e in report["events"])
    everything = json.loads(ok(data_dir, "audit", "--json"))
    assert len(everything["events"]) == everything["chain"]["events"] > len(report["events"])


def test_check_and_audit_report_edited_deleted_and_inserted_events(demo: tuple[Path, str]) -> None:
    data_dir, reference = demo
    assert run(data_dir, "check").returncode == 0
    (last,) = sql(data_dir, "SELECT max(seq) FROM audit_events")[0]
    assert isinstance(last, int) and last > 20
    for seq in (3, 7, 11):
        sql(data_dir, "UPDATE audit_events SET summary = 'nothing happened' WHERE seq = ?", seq)
    sql(data_dir, "DELETE FROM audit_events WHERE seq IN (15, 16)")
    head_hash = sql(data_dir, "SELECT hash FROM audit_events WHERE seq = ?", last)[0][0]
    sql(
        data_dir,
        "INSERT INTO audit_events (id, at, actor, action, entity_kind, entity_id, summary, seq, prev_hash, "
        "hash) VALUES ('forged', '2026-01-01 00:00:00.000000', 'mallory', 'delete', 'meeting', 'x', '', "
        "?, ?, 'x')",
        last + 1,
        head_hash,
    )

    check = run(data_dir, "check")

    assert check.returncode == 1
    problems = check.stderr.splitlines()
    for seq in (3, 7, 11):
        assert any(p.startswith(f"audit trail: event {seq} (") and "was changed" in p for p in problems)
    assert any("event(s) 15–16 before the event" in p and "were deleted" in p for p in problems)
    assert any(f"event(s) {last + 1} (" in p and "added after the last recorded event" in p for p in problems)
    assert "healthy" not in check.stdout

    audit = run(data_dir, "audit", reference)
    assert audit.returncode == 1
    assert "THE HASH CHAIN IS BROKEN" in audit.stderr
    report = json.loads(run(data_dir, "audit", reference, "--json").stdout)
    assert report["chain"]["intact"] is False
    assert report["chain"]["breaks"][0]["seq"] == 3
