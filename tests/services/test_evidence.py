"""The evidence pack of a held, certified meeting, from a real store: the live channel's events the
secretary's desktop kept (SyncState.keep_live_events), attendance, an open vote with names and a secret
vote taken on laptops with counts only, the recording link, and the hash of the frozen minutes. The CLI
writes the zip; its JSON and its PDF (read back with pdftotext) say what the store holds, in Thai and in
English."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sqlite3
import subprocess
import zipfile
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from emeeting import cli
from emeeting.demo.load import load_demo
from emeeting.domain import model as m
from emeeting.domain.thai import OFFICE_ZONE
from emeeting.services.container import Services
from emeeting.storage.store import Store
from emeeting.storage.sync_state import LiveLogEntry, SyncStore

SERVER = "https://emeeting.example.go.th"
RECORDING = "https://drive.example.go.th/recordings/ict-1-2569.mp4"
DEVICE = "โน้ตบุ๊กห้องประชุม 3"
ADDRESS = "10.20.30.41"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler)")


@dataclasses.dataclass(frozen=True)
class Held:
    data_dir: Path
    meeting: m.Meeting
    member: m.Person  # checked in from the reader with a second factor
    secret_vote: m.Vote
    open_vote: m.Vote
    certified_sha256: str


def _held(data_dir: Path) -> Held:
    """The demo's Thai ICT meeting, held: a secret vote taken on laptops next to the demo's open vote,
    the recording link filled in, the minutes certified, and the live channel's events kept."""
    services = Services(Store.open(data_dir, actor="secretary"))
    try:
        load_demo(services, meetings=2)
        meeting = services.meetings.resolve("ICT:1/2569")
        meeting_with_link = dataclasses.replace(meeting, recording_link=RECORDING)
        services.meetings.update(meeting_with_link, base=meeting)
        bundle = services.meetings.bundle(meeting.id)
        (open_vote,) = bundle.votes
        start = meeting.start
        secret = m.Vote(
            meeting.id,
            open_vote.item_id,
            "ลงคะแนนลับเลือกผู้แทนคณะกรรมการ",
            kind=m.VoteKind.SECRET,
            votes_for=5,
            votes_against=2,
            abstentions=1,
            opened_at=start + timedelta(hours=1, minutes=10),
            closed_at=start + timedelta(hours=1, minutes=15),
        )
        services.session.record_vote(secret)
        services.minutes.draft(meeting.id)
        services.minutes.certify(meeting.id, m.CertificationMethod.SAME_MEETING, start + timedelta(hours=3))
        names = {p.id: p for p in bundle.people}
        invitation = next(
            i
            for i in bundle.invitations
            if i.role is m.InviteeRole.MEMBER and i.attendance in m.ATTENDED and i.arrived_at is not None
        )
        member = names[invitation.person_id]
        at = start.replace(hour=7, minute=30, second=5)  # 14.30.05 in Bangkok
        where = {"device": DEVICE, "address": ADDRESS}
        checkin = {"person_id": member.id, "mode": "online", "verified_by": "password+totp", **where}
        opened = {"vote_id": secret.id, "item_id": secret.item_id, "kind": "secret"}
        events = [
            (at, "joined", "member1", where),
            (at + timedelta(seconds=40), "checkin", "member1", checkin),
            (at + timedelta(minutes=2), "vote_opened", "secretary", opened),
            (at + timedelta(minutes=5), "voted", "", {"vote_id": secret.id, "count": 1}),
            (at + timedelta(hours=2), "left", "member1", where),
        ]
        kept = [
            LiveLogEntry(n, meeting.id, kind, when.isoformat(), by, data)
            for n, (when, kind, by, data) in enumerate(events, start=1)
        ]
        with SyncStore(services.store).transaction() as state:
            state.keep_live_events(SERVER, kept)
        certified = services.meetings.bundle(meeting.id).minutes
        assert certified is not None and certified.status is m.MinutesStatus.CERTIFIED
        stored_secret = next(v for v in services.meetings.bundle(meeting.id).votes if v.id == secret.id)
        return Held(data_dir, meeting, member, stored_secret, open_vote, certified.certified_sha256)
    finally:
        services.close()


@pytest.fixture(scope="module")
def held(tmp_path_factory: pytest.TempPathFactory) -> Held:
    return _held(tmp_path_factory.mktemp("evidence") / "data")


def _evidence(held: Held, dest: Path, *extra: str) -> tuple[dict, str]:
    code = cli.main(["--data-dir", str(held.data_dir), "evidence", "ICT:1/2569", "-o", str(dest), *extra])
    assert code == 0
    with zipfile.ZipFile(dest) as pack:
        assert sorted(pack.namelist()) == ["evidence.json", "evidence.pdf"]
        document = json.loads(pack.read("evidence.json"))
        pdf = dest.with_suffix(".pdf")
        pdf.write_bytes(pack.read("evidence.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True)
    return document, " ".join(text.stdout.split())


def test_the_json_holds_who_joined_checked_in_attended_voted_and_the_minutes_hash(
    held: Held, tmp_path: Path
) -> None:
    document, _text = _evidence(held, tmp_path / "pack.zip")

    assert document["meeting"]["id"] == held.meeting.id
    assert document["meeting"]["number"] == "1/2569"
    assert document["recording_link"] == RECORDING
    joined, left = document["connections"]
    assert (joined["event"], joined["device"], joined["address"]) == ("joined", DEVICE, ADDRESS)
    assert joined["at"].endswith("T07:30:05+00:00")
    assert left["event"] == "left"
    (checkin,) = document["checkins"]
    assert checkin["name"] == held.member.display_name
    assert (checkin["mode"], checkin["verified_by"]) == ("online", "password+totp")
    attended = {a["person_id"]: a for a in document["attendance"]}
    assert attended[held.member.id]["arrived_at"] is not None
    assert attended[held.member.id]["attendance"] in {"present", "online", "late", "left_early"}
    votes = {v["id"]: v for v in document["votes"]}
    secret = votes[held.secret_vote.id]
    assert (secret["mode"], secret["votes_for"], secret["votes_against"], secret["abstentions"]) == (
        "secret",
        5,
        2,
        1,
    )
    assert secret["result"] == held.secret_vote.result.value
    assert secret["opened_at"] and secret["closed_at"]
    assert "names" not in secret  # a secret vote: counts only
    opened = votes[held.open_vote.id]
    assert opened["mode"] == "open"
    assert sum(len(names) for names in opened["names"].values()) == (
        opened["votes_for"] + opened["votes_against"] + opened["abstentions"]
    )
    assert [e["id"] for e in document["live_events"]] == [1, 2, 3, 4, 5]
    assert document["live_events"][0]["data"] == {"device": DEVICE, "address": ADDRESS}
    seal = document["minutes"]
    assert seal["certified"] is True
    assert seal["certified_sha256"] == held.certified_sha256
    assert seal["latest_sha256"] == held.certified_sha256
    assert seal["verified"] is True


def test_the_minutes_hash_is_the_frozen_minutes_hash(held: Held, tmp_path: Path) -> None:
    document, _text = _evidence(held, tmp_path / "pack.zip")
    with Services.open(held.data_dir) as services:
        frozen = services.minutes.frozen(held.meeting.id)
    assert frozen is not None
    assert document["minutes"]["latest_sha256"] == frozen.version.sha256
    assert frozen.version.number == 0 and frozen.version.sha256 == held.certified_sha256


def test_the_thai_pdf_shows_headings_names_thai_times_votes_and_the_verified_hash(
    held: Held, tmp_path: Path
) -> None:
    document, text = _evidence(held, tmp_path / "pack.zip", "--lang", "th")

    for heading in (
        "หลักฐานการประชุมผ่านสื่ออิเล็กทรอนิกส์",
        "การแสดงตนและการยืนยันตัวตนของผู้ร่วมประชุม",
        "เวลาเข้าร่วมประชุมตามบันทึกของฝ่ายเลขานุการ",
        "การลงมติ",
        "ข้อมูลจราจรอิเล็กทรอนิกส์",
        "ส่วนของหลักฐานกับข้อกำหนดที่รองรับ",
    ):
        assert heading in text
    assert held.member.display_name in text
    assert "14.30.05 น." in text  # the join, in Bangkok time, Thai style
    assert "14.30 น." in text  # the check-in
    arrived = next(a for a in document["attendance"] if a["person_id"] == held.member.id)["arrived_at"]
    from datetime import datetime

    local = datetime.fromisoformat(arrived).astimezone(OFFICE_ZONE)
    assert f"มาประชุมเวลา {local:%H.%M} น." in text
    assert "ยืนยันตัวตนด้วยรหัสผ่านและรหัสผ่านใช้ครั้งเดียว (TOTP)" in text
    assert DEVICE in text and ADDRESS in text
    assert "เห็นด้วย 5 เสียง ไม่เห็นด้วย 2 เสียง งดออกเสียง 1 เสียง" in text
    assert "วิธีลงมติ: ลับ (บันทึกเฉพาะจำนวนเสียง)" in text
    assert RECORDING in text
    assert held.certified_sha256 in text
    assert "ตรวจสอบแล้ว: ข้อความที่จัดเก็บตรงกับค่าแฮชที่บันทึกไว้" in text
    with zipfile.ZipFile(tmp_path / "pack.zip") as pack:  # the PDF names the JSON it goes with
        assert hashlib.sha256(pack.read("evidence.json")).hexdigest() in text


def test_the_english_pdf_and_a_secret_vote_without_names(held: Held, tmp_path: Path) -> None:
    document, text = _evidence(held, tmp_path / "pack.zip", "--lang", "en")

    assert "Evidence of the electronic meeting" in text
    assert "Check-in and how identity was verified" in text
    assert "identity verified by password and one-time code (TOTP)" in text
    assert "14:30:05" in text
    assert "for 5, against 2, abstentions 1" in text
    assert "Mode: secret (counts only)" in text
    assert "Verified: the stored text matches the recorded hash." in text
    # The open vote names its voters; the secret vote's section names nobody.
    after = text.split("Question: ลงคะแนนลับเลือกผู้แทนคณะกรรมการ")[1]
    secret_part = after.split("Question:")[0].split("The certified minutes")[0]
    assert "for 5, against 2, abstentions 1" in secret_part
    for attendee in document["attendance"]:
        assert attendee["name"] not in secret_part


def test_a_meeting_not_in_the_store_or_a_folder_that_cannot_be_written_writes_nothing(
    held: Held, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "pack.zip"
    code = cli.main(["--data-dir", str(held.data_dir), "evidence", "ICT:9/2569", "-o", str(dest)])
    assert code == 2
    assert "ICT:9/2569" in capsys.readouterr().err
    assert not dest.exists()

    missing = tmp_path / "no-such-folder" / "pack.zip"
    code = cli.main(["--data-dir", str(held.data_dir), "evidence", "ICT:1/2569", "-o", str(missing)])
    assert code == 2
    assert "cannot write" in capsys.readouterr().err
    assert not missing.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_minutes_altered_in_the_database_are_reported_as_not_verified(held: Held, tmp_path: Path) -> None:
    """The pack is evidence, not a gate: a frozen text that no longer matches its hash is written as such."""
    copy = dataclasses.replace(held, data_dir=tmp_path / "data")
    shutil.copytree(held.data_dir, copy.data_dir)
    with closing(sqlite3.connect(copy.data_dir / "emeeting.db")) as conn, conn:
        conn.execute("UPDATE minutes_versions SET text = text || 'มติที่ประชุม: ไม่อนุมัติ'")

    document, text = _evidence(copy, tmp_path / "pack.zip", "--lang", "th")

    assert document["minutes"]["certified_sha256"] == held.certified_sha256
    assert document["minutes"]["verified"] is False
    assert "ตรวจสอบไม่ผ่าน: ข้อความที่จัดเก็บไม่ตรงกับค่าแฮชที่บันทึกไว้" in text


def test_thai_digits_leave_hashes_addresses_and_the_log_as_stored(held: Held, tmp_path: Path) -> None:
    _document, text = _evidence(held, tmp_path / "pack.zip", "--lang", "th", "--thai-digits")

    assert "๑๔.๓๐.๐๕ น." in text and "ครั้งที่ ๑/๒๕๖๙" in text
    assert "เห็นด้วย ๕ เสียง ไม่เห็นด้วย ๒ เสียง งดออกเสียง ๑ เสียง" in text
    assert held.certified_sha256 in text  # a hash is compared character for character
    assert f"บัญชีผู้ใช้ member1 อุปกรณ์ {DEVICE} ที่อยู่ {ADDRESS}" in text
    assert f"14.30.05 น. joined member1 device={DEVICE}" in text  # the event log, as the server sent it
