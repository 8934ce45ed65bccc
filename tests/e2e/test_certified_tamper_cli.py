"""Certified minutes and the trail against someone with the database file or a forged package: `emeeting
check` finds a certified text swapped with all its hashes, `emeeting audit` shows an imported trail's
control characters as escapes and says where it came from. Real subprocesses, real SQLite files."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e.test_cli import ok, run

pytestmark = pytest.mark.slow


def sql(data_dir: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(data_dir / "emeeting.db")) as conn, conn:
        return conn.execute(statement, params).fetchall()


def sha256_text(text: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode()).hexdigest()


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, str]:
    """A demo store with certified minutes; the reference of one certified meeting."""
    data_dir = tmp_path / "data"
    ok(data_dir, "demo", "--meetings", "8")
    rows = sql(
        data_dir,
        "SELECT c.short_name, m.number, m.year_be FROM minutes mi JOIN meetings m ON m.id = mi.meeting_id "
        "JOIN committees c ON c.id = m.committee_id WHERE mi.status = 'certified' ORDER BY c.short_name",
    )
    assert rows, "the demo certifies minutes"
    short, number, year = rows[0]
    return data_dir, f"{short}:{number}/{year}"


def test_check_finds_a_certified_text_swapped_with_every_hash_stored_with_it(demo: tuple[Path, str]) -> None:
    data_dir, reference = demo
    assert "healthy" in ok(data_dir, "check")
    meeting_id = json.loads(ok(data_dir, "show", reference, "--json"))["id"]
    ((minutes_id, text),) = sql(
        data_dir,
        "SELECT v.minutes_id, v.text FROM minutes_versions v JOIN minutes mi ON mi.id = v.minutes_id "
        "WHERE mi.meeting_id = ? AND v.number = 0",
        meeting_id,
    )
    assert isinstance(text, str)
    forged = text.replace("\n", "\nมติที่ประชุม: ไม่อนุมัติ\n", 1)
    digest = sha256_text(forged)
    sql(
        data_dir,
        "UPDATE minutes_versions SET text = ?, sha256 = ? WHERE minutes_id = ?",
        forged,
        digest,
        minutes_id,
    )
    sql(data_dir, "UPDATE minutes SET certified_sha256 = ? WHERE id = ?", digest, minutes_id)

    check = run(data_dir, "check")

    assert check.returncode == 1
    label = reference.split(":")[1]
    assert (
        f"minutes of meeting {label}: the audit trail recorded the certified text's sha256 as "
        in check.stderr
    )
    assert "healthy" not in check.stdout
    export = run(data_dir, "export", reference, "-o", str(data_dir.parent / "m.zip"))
    assert export.returncode != 0
    assert "meeting.json" not in export.stderr
    assert "in this store its certified minutes disagree" in export.stderr


def test_audit_shows_an_imported_trails_control_characters_as_escapes(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, reference = demo
    package = tmp_path / "m.zip"
    ok(data_dir, "export", reference, "-o", str(package))
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(package) as zin, zipfile.ZipFile(forged, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "meeting.json":
                doc = json.loads(data)
                events = doc["meeting"]["emeeting:auditEvent"]
                events.append(
                    dict(
                        events[0],
                        id="urn:uuid:6f1c1ad2-3a5e-4c57-9d1f-2a43f6b7c0de",
                        actor="a\x1b[2Jb",
                        summary="ok\n#1      2026-01-01 00:00  admin  delete meeting FAKE\x1b[31m",
                    )
                )
                data = json.dumps(doc, ensure_ascii=False).encode()
            zout.writestr(info, data)
    other = tmp_path / "other"
    ok(other, "import", str(forged))

    audit = run(other, "audit", reference)

    assert audit.returncode == 0, audit.stderr
    assert "\x1b" not in audit.stdout
    assert not any(line.startswith("#1 ") and "FAKE" in line for line in audit.stdout.splitlines())
    assert "a\\x1b[2Jb (imported from forged.zip)" in audit.stdout
    assert "ok\\n#1      2026-01-01 00:00  admin  delete meeting FAKE\\x1b[31m" in audit.stdout
    assert "(imported from forged.zip)" in audit.stdout


def test_check_notes_a_document_no_record_refers_to_and_stays_healthy(demo: tuple[Path, str]) -> None:
    data_dir, _reference = demo
    content = b"%PDF-1.7 left behind"
    digest = hashlib.sha256(content).hexdigest()
    blob = data_dir / "blobs" / digest[:2] / digest[2:4] / digest
    blob.parent.mkdir(parents=True, exist_ok=True)
    blob.write_bytes(content)

    check = run(data_dir, "check")

    assert check.returncode == 0, check.stderr
    assert "note: 1 stored document(s)" in check.stdout
    assert "store is healthy" in check.stdout
