"""A certified meeting carried from one store to another with ``emeeting export`` and ``emeeting import``,
real subprocesses on real data folders: it arrives certified, prints the same, and a package whose
certified text was edited is refused without touching the store.

No command prints whether certified minutes still match their hashes, so the receiving store is checked
with ``MinutesService.verify`` in this process after the commands have finished.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.services.container import Services

pytestmark = pytest.mark.slow

BANGKOK = timezone(timedelta(hours=7))
REFERENCE = "ICT:1/2569"


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "EMEETING_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env=env,
    )


def ok(data_dir: Path, *args: str) -> str:
    result = run(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def rows(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read straight from the file."""
    with sqlite3.connect(data_dir / "emeeting.db") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode()


def at(h: int, mi: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 3, day, h, mi, tzinfo=BANGKOK)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A store holding ICT 1/2569, held, its minutes certified and amended once; and the meeting's id."""
    data_dir = tmp_path_factory.mktemp("source")
    with Services.open(data_dir, actor="ปราณี") as services:
        committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร", "ICT")
        chair = m.Person("สมชาย", "ลิ้มประเสริฐ", title="นาย")
        member = m.Person("ศักดิ์สิทธิ์", "นาคสวัสดิ์", title="นาย")
        secretary = m.Person("ปราณี", "ขยัน", title="นางสาว")
        services.records.create(
            committee,
            chair,
            member,
            secretary,
            m.Membership(committee.id, chair.id, role=m.MemberRole.CHAIR),
            m.Membership(committee.id, member.id),
            m.Membership(committee.id, secretary.id, role=m.MemberRole.SECRETARY, voting=False),
        )
        meeting_id = m.new_id()
        services.meetings.create(
            committee.id, "ประชุมคณะกรรมการ", at(9, 30), template="th", meeting_id=meeting_id, place="ห้อง 1"
        )
        invitations = [m.Invitation(meeting_id, p.id) for p in (chair, member, secretary)]
        services.records.create(*invitations)
        items = {e.number: e.item for e in services.meetings.view(meeting_id).agenda}
        decision = m.AgendaItem(meeting_id, "จัดซื้อระบบประชุม", parent_id=items["4"].id)
        services.agenda.add(decision)
        session = services.session
        session.start(meeting_id, at(9, 35))
        for invitation in invitations:
            session.check_in(invitation.id, m.Attendance.PRESENT, at(9, 30))
        session.set_note(decision.id, "ที่ประชุมอภิปรายอย่างกว้างขวาง")
        vote = m.Vote(meeting_id, decision.id, "อนุมัติจัดซื้อ")
        session.record_vote(vote, {chair.id: m.Choice.FOR, member.id: m.Choice.FOR})
        session.set_resolution(decision.id, "อนุมัติ")
        session.end(meeting_id, at(12, 0))
        minutes = services.minutes
        minutes.set_details(meeting_id, m.MinutesStyle.VERBATIM, secretary.id, chair.id)
        minutes.draft(meeting_id)
        minutes.certify(meeting_id, m.CertificationMethod.NEXT_MEETING, at(10, 0, 24))
        minutes.amend(meeting_id, "แก้ไขถ้อยคำ", {decision.id: "ที่ประชุมพิจารณาแล้ว มีมติอนุมัติ"})
        assert minutes.verify(meeting_id)
    return data_dir, meeting_id


def test_export_import_keeps_the_certification(source: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, meeting_id = source
    package = tmp_path / "ict-1-2569.zip"
    ok(data_dir, "export", REFERENCE, "-o", str(package))
    fresh = tmp_path / "fresh"

    assert "imported meeting 1/2569" in ok(fresh, "import", str(package))

    assert "healthy" in ok(fresh, "check")
    with Services.open(fresh) as services:
        assert services.minutes.verify(meeting_id)  # was False: the frozen versions stayed behind
        versions = services.minutes.view(meeting_id).versions
    assert [(v.number, v.reason) for v in versions] == [(0, ""), (1, "แก้ไขถ้อยคำ")]
    ok(data_dir, "minutes", REFERENCE, "-o", str(tmp_path / "there.pdf"))
    ok(fresh, "minutes", REFERENCE, "-o", str(tmp_path / "here.pdf"))
    printed = pdf_text(tmp_path / "here.pdf")
    assert printed == pdf_text(tmp_path / "there.pdf")
    assert "ที่ประชุมพิจารณาแล้ว มีมติอนุมัติ" in printed

    # The meeting's history came along, as it was recorded, each event marked as imported from the
    # package, and the import says where it came from.
    exported = json.loads(zipfile.ZipFile(package).read("meeting.json"))["meeting"]["emeeting:auditEvent"]
    trail = json.loads(ok(fresh, "audit", REFERENCE, "--json"))
    assert trail["chain"]["intact"]
    shown = {(e["at"], e["actor"], e["action"], e["id"]) for e in trail["events"]}
    assert len(exported) > 20
    assert {
        (
            e["at"],
            f"{e['actor']} (imported from {package.name})",
            e["action"],
            e["entity_id"].removeprefix("urn:uuid:"),
        )
        for e in exported
    } <= shown
    imports = [e for e in trail["events"] if e["action"] == "import"]
    assert len(imports) == 1 and "ict-1-2569.zip" in json.dumps(imports[0], ensure_ascii=False)


def test_a_package_with_an_edited_certified_text_is_refused(source: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, _ = source
    good = tmp_path / "good.zip"
    ok(data_dir, "export", REFERENCE, "-o", str(good))
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tampered, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "meeting.json":
                doc = json.loads(data)
                version = doc["meeting"]["emeeting:minutesVersion"][0]
                version["text"] = version["text"].replace("อนุมัติ", "ไม่อนุมัติ")
                data = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2).encode()
            out.writestr(info, data)
    store = tmp_path / "store"
    ok(store, "check")
    before = rows(store)

    result = run(store, "import", str(tampered))

    assert result.returncode == 2
    assert result.stderr == (
        "emeeting: tampered.zip: the text of minutes version 0 does not match its sha256 (the certified "
        "text was altered); nothing was imported\n"
    )
    assert rows(store) == before
    assert json.loads(ok(store, "meetings", "--json")) == []
    assert [p for p in (store / "blobs").rglob("*") if p.is_file()] == []  # no document stored either
