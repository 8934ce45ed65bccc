"""OParl package export/import: faithful round trips and strict rejection of damaged or hostile packages."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import re
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emeeting.domain.errors import NotFoundError, ValidationError
from emeeting.domain.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    Attendance,
    AuditEvent,
    Ballot,
    CertificationMethod,
    Choice,
    Committee,
    Dissent,
    Document,
    Invitation,
    InviteeRole,
    ItemNote,
    Meeting,
    MeetingBundle,
    MeetingMode,
    MeetingStatus,
    MemberRole,
    Membership,
    Minutes,
    MinutesEntry,
    MinutesStatus,
    MinutesStyle,
    MinutesVersion,
    NumberingStyle,
    Person,
    Recusal,
    Rsvp,
    Secrecy,
    Urgency,
    Vote,
    VoteKind,
    VoteResult,
    VoteRule,
    new_id,
)
from emeeting.interop.oparl import MeetingPackage, PackageFiles, read_package, write_package

BKK = timezone(timedelta(hours=7))


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_bundle() -> tuple[MeetingBundle, dict[str, bytes]]:
    """A realistic Thai committee meeting with every entity kind populated; returns it and its blobs."""
    committee = Committee(
        name="คณะกรรมการพัฒนารัฐบาลดิจิทัล",
        short_name="กพร.",
        quorum_num=2,
        quorum_den=3,
        reconvened_quorum_num=2,
        reconvened_quorum_den=5,
        numbering=NumberingStyle.CONTINUOUS,
        agenda_template="th-5",
        default_secrecy=Secrecy.CONFIDENTIAL,
        language="en",  # minutes in English
    )
    chair = Person(
        first_name="สมชาย",
        last_name="ใจดี",
        title="นาย",
        position="ประธานกรรมการ",
        organisation="สำนักงานพัฒนารัฐบาลดิจิทัล",
        email="somchai@dga.or.th",
        phone="๐๒-๖๑๒-๖๐๐๐",
    )
    member = Person(first_name="สุดา", last_name="รักษ์ไทย", title="นางสาว", position="กรรมการ")
    substitute = Person(first_name="ประเสริฐ", last_name="ศรีสุข", title="ว่าที่ร้อยตรี", position="ผู้อำนวยการกอง")
    secretary = Person(
        first_name="กนกพร", last_name="ทองคำ", title="นาง", position="เลขานุการ", email="k@x.go.th"
    )
    guest = Person(first_name="John", last_name="Smith", title="Dr.", organisation="OECD")
    people = (chair, member, substitute, secretary, guest)
    memberships = (
        Membership(committee.id, chair.id, role=MemberRole.CHAIR, term_start=date(2025, 10, 1)),
        Membership(committee.id, member.id, term_start=date(2025, 10, 1), term_end=date(2027, 9, 30)),
        Membership(committee.id, secretary.id, role=MemberRole.SECRETARY, voting=False),
    )
    meeting = Meeting(
        committee_id=committee.id,
        number=3,
        year_be=2569,
        title="การประชุมคณะกรรมการพัฒนารัฐบาลดิจิทัล ครั้งที่ ๓/๒๕๖๙",
        start=datetime(2026, 3, 12, 9, 30, tzinfo=BKK),
        end=datetime(2026, 3, 12, 12, 0, tzinfo=BKK),
        place="ห้องประชุม ๑ ชั้น ๑๗ อาคารบางกอกไทยทาวเวอร์",
        online_link="https://meet.example.go.th/room/๓",
        mode=MeetingMode.HYBRID,
        status=MeetingStatus.MINUTES_CERTIFIED,
        secrecy=Secrecy.SECRET,
        urgency=Urgency.MOST_URGENT,
        notice_sent_at=datetime(2026, 3, 5, 16, 45, 10, 123456, tzinfo=UTC),
        reconvened=True,
        recording_link="https://drive.example.go.th/recordings/๓-๒๕๖๙.mp4",
    )
    mid = meeting.id
    s1 = AgendaItem(mid, "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", position=0, section=AgendaSection.ANNOUNCEMENTS)
    s2 = AgendaItem(
        mid, "เรื่องรับรองรายงานการประชุม ครั้งที่ ๒/๒๕๖๙", position=1, section=AgendaSection.CERTIFY_MINUTES
    )
    s4 = AgendaItem(mid, "เรื่องเสนอเพื่อพิจารณา", position=3, section=AgendaSection.FOR_DECISION)
    s3 = AgendaItem(mid, "เรื่องสืบเนื่อง", position=2, section=AgendaSection.MATTERS_ARISING)
    i41 = AgendaItem(
        mid,
        "ร่างแผนพัฒนารัฐบาลดิจิทัล พ.ศ. ๒๕๗๐–๒๕๗๒",
        parent_id=s4.id,
        position=0,
        section=AgendaSection.FOR_DECISION,
        presenter_id=guest.id,
        background="ความเป็นมา: ตามมติคณะรัฐมนตรีเมื่อวันที่ ๑๒ มีนาคม ๒๕๖๓ …",
        facts="ข้อเท็จจริง — งบประมาณ ๑,๒๓๔,๕๖๗ บาท",
        legal_basis="พระราชบัญญัติการบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. ๒๕๖๒ มาตรา ๔",
        proposal="เห็นควรอนุมัติ\nและมอบหมายสำนักงานดำเนินการ",
        resolution="ที่ประชุมมีมติอนุมัติ",
        closed=True,
        duration_minutes=45,
        secrecy=Secrecy.TOP_SECRET,
    )
    i42 = AgendaItem(
        mid, "การจัดซื้อระบบ e-Meeting", parent_id=s4.id, position=1, section=AgendaSection.FOR_DECISION
    )
    i421 = AgendaItem(mid, "ข้อกำหนดขอบเขตงาน (TOR)", parent_id=i42.id, position=0, resolution="รับทราบ")
    s5 = AgendaItem(mid, "เรื่องอื่น ๆ", position=4)
    items = (s1, s2, s4, s3, i41, i42, i421, s5)
    recusals = (Recusal(i42.id, member.id, reason="มีส่วนได้เสียกับผู้เสนอราคา"),)

    pdf = b"%PDF-1.7\n" + "รายงาน".encode() + bytes(range(256)) * 40 + b"\n%%EOF\n"
    xlsx = b"PK\x03\x04 fake spreadsheet \x00\xff" * 100
    empty = b""
    blobs = {sha(b): b for b in (pdf, xlsx, empty)}
    documents = (
        Document(
            mid,
            "ระเบียบวาระการประชุม",
            "วาระ ๓-๒๕๖๙.pdf",
            "application/pdf",
            len(pdf),
            sha(pdf),
            page_count=12,
            text="ระเบียบวาระ ครั้งที่ ๓/๒๕๖๙",
            secrecy=Secrecy.CONFIDENTIAL,
        ),
        Document(
            mid,
            "งบประมาณ",
            "budget.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            len(xlsx),
            sha(xlsx),
            item_id=i41.id,
            position=0,
        ),
        Document(
            mid,
            "ร่างแผน (สำเนา)",
            "plan copy.pdf",
            "application/pdf",
            len(pdf),
            sha(pdf),
            item_id=i41.id,
            position=1,
            page_count=12,
            secrecy=Secrecy.TOP_SECRET,
        ),
        Document(mid, "บันทึกว่าง", "empty.txt", "text/plain", 0, sha(empty), item_id=i421.id),
    )
    invitations = (
        Invitation(mid, chair.id, rsvp=Rsvp.ACCEPTED, attendance=Attendance.PRESENT),
        Invitation(
            mid,
            substitute.id,
            rsvp=Rsvp.ACCEPTED,
            substitute_for_id=member.id,
            attendance=Attendance.LATE,
            arrived_at=datetime(2026, 3, 12, 9, 50, tzinfo=BKK),
        ),
        Invitation(
            mid,
            member.id,
            rsvp=Rsvp.SUBSTITUTE,
            rsvp_reason="ติดราชการ",
            attendance=Attendance.ABSENT,
            absence_reason="ติดราชการต่างประเทศ",
        ),
        Invitation(
            mid,
            secretary.id,
            rsvp=Rsvp.ACCEPTED,
            attendance=Attendance.LEFT_EARLY,
            left_at=datetime(2026, 3, 12, 11, 15, tzinfo=BKK),
        ),
        Invitation(
            mid,
            guest.id,
            role=InviteeRole.PRESENTER,
            item_id=i41.id,
            rsvp=Rsvp.ACCEPTED,
            attendance=Attendance.ONLINE,
        ),
    )
    open_vote = Vote(
        mid,
        i41.id,
        "อนุมัติร่างแผนหรือไม่",
        rule=VoteRule.TWO_THIRDS_OF_PRESENT,
        votes_for=2,
        votes_against=0,
        abstentions=0,
        result=VoteResult.PASSED,
    )
    secret_vote = Vote(
        mid,
        i42.id,
        "เห็นชอบผู้ชนะการเสนอราคา",
        kind=VoteKind.SECRET,
        rule=VoteRule.CUSTOM,
        custom_num=3,
        custom_den=5,
        votes_for=1,
        votes_against=1,
        abstentions=1,
        casting_vote=Choice.AGAINST,
        result=VoteResult.REJECTED,
        opened_at=datetime(2026, 3, 12, 11, 5, tzinfo=BKK),
        closed_at=datetime(2026, 3, 12, 11, 10, 30, tzinfo=BKK),
    )
    votes = (open_vote, secret_vote)
    ballots = (
        Ballot(open_vote.id, chair.id, Choice.FOR),
        Ballot(open_vote.id, substitute.id, Choice.FOR),
    )
    dissents = (Dissent(i41.id, substitute.id, "ไม่เห็นด้วยเนื่องจากงบประมาณสูงเกินไป ๑๐%"),)
    actions = (
        ActionItem(mid, "จัดทำแผนฉบับสมบูรณ์", item_id=i41.id, assignee_id=secretary.id, due=date(2026, 4, 30)),
        ActionItem(mid, "ติดตามผลการจัดซื้อ", status=ActionStatus.DONE, carried_from_id=new_id()),
    )
    minutes = Minutes(
        mid,
        style=MinutesStyle.VERBATIM,
        started_at=datetime(2026, 3, 12, 9, 35, tzinfo=BKK),
        ended_at=datetime(2026, 3, 12, 11, 58, tzinfo=BKK),
        status=MinutesStatus.CERTIFIED,
        certification_method=CertificationMethod.CIRCULATION,
        certified_at=datetime(2026, 3, 20, 10, 0, tzinfo=BKK),
        certified_sha256=sha(CERTIFIED_TEXT.encode()),
        taker_id=secretary.id,
        checker_id=chair.id,
    )
    entries = (
        MinutesEntry(minutes.id, s1.id, "ประธานแจ้งให้ที่ประชุมทราบ ๓ เรื่อง"),
        MinutesEntry(minutes.id, i41.id, "ที่ประชุมพิจารณาแล้ว มีมติอนุมัติ\n\nกรรมการ ๑ ท่านไม่เห็นด้วย"),
    )
    bundle = MeetingBundle(
        committee=committee,
        meeting=meeting,
        people=people,
        memberships=memberships,
        items=items,
        recusals=recusals,
        documents=documents,
        invitations=invitations,
        votes=votes,
        ballots=ballots,
        dissents=dissents,
        actions=actions,
        minutes=minutes,
        minutes_entries=entries,
    )
    return bundle, blobs


CERTIFIED_TEXT = "รายงานการประชุมคณะกรรมการพัฒนารัฐบาลดิจิทัล\nครั้งที่ 3/2569\n"
AMENDED_TEXT = CERTIFIED_TEXT + "แก้ไข: กรรมการ ๑ ท่านไม่เห็นด้วย\n"


def make_package() -> tuple[MeetingPackage, dict[str, bytes]]:
    """make_bundle's meeting with notes, its certified minutes' frozen versions and an audit trail."""
    bundle, blobs = make_bundle()
    assert bundle.minutes is not None
    minutes_id = bundle.minutes.id
    plan = bundle.items[4]
    notes = (ItemNote(plan.id, "ฝ่ายเลขานุการนำเสนอ\nที่ประชุมอภิปราย"), ItemNote(bundle.items[0].id))
    versions = (
        MinutesVersion(minutes_id, 0, CERTIFIED_TEXT, sha(CERTIFIED_TEXT.encode())),
        MinutesVersion(
            minutes_id, 1, AMENDED_TEXT, sha(AMENDED_TEXT.encode()), reason="แก้ไขตามมติครั้งที่ ๔/๒๕๖๙"
        ),
    )
    events = (
        AuditEvent(
            datetime(2026, 3, 1, 2, 0, tzinfo=UTC), "secretary", "create", "meeting", bundle.meeting.id
        ),
        AuditEvent(
            datetime(2026, 3, 12, 4, 0, 0, 123456, tzinfo=UTC),
            "กนกพร",
            "update",
            "agenda_item",
            plan.id,
            summary="resolution, closed",
        ),
        AuditEvent(datetime(2026, 3, 9, 1, 0, tzinfo=UTC), "secretary", "delete", "agenda_item", new_id()),
        AuditEvent(datetime(2026, 3, 20, 3, 0, tzinfo=UTC), "secretary", "certify", "minutes", minutes_id),
        AuditEvent(
            datetime(2026, 4, 2, 3, 0, tzinfo=UTC), "secretary", "create", "minutes_version", versions[1].id
        ),
    )
    return MeetingPackage(bundle, notes, versions, events), blobs


def uncertified(bundle: MeetingBundle) -> MeetingBundle:
    """The bundle with its minutes still a draft: such minutes have no frozen versions."""
    assert bundle.minutes is not None
    draft = dataclasses.replace(
        bundle.minutes,
        status=MinutesStatus.DRAFT,
        certification_method=None,
        certified_at=None,
        certified_sha256="",
    )
    held = dataclasses.replace(bundle.meeting, status=MeetingStatus.MINUTES_DRAFTED)
    return dataclasses.replace(bundle, meeting=held, minutes=draft)


def opener(blobs: Mapping[str, bytes]) -> Callable[[str], BinaryIO]:
    return lambda sha256: io.BytesIO(blobs[sha256])


def export(
    tmp_path: Path,
    package: MeetingPackage | MeetingBundle | None = None,
    blobs: Mapping[str, bytes] | None = None,
) -> Path:
    """Write ``package`` (make_package's by default; a bare bundle travels without notes, versions or
    trail) to tmp_path/meeting.zip."""
    if package is None:
        package, blobs = make_package()
    if isinstance(package, MeetingBundle):
        package = MeetingPackage(package)
    assert blobs is not None
    dest = tmp_path / "meeting.zip"
    write_package(package, opener(blobs), dest)
    return dest


def read_all(files: PackageFiles) -> dict[str, bytes]:
    out = {}
    for sha256 in files.sha256s:
        with files.open(sha256) as stream:
            out[sha256] = stream.read()
    return out


def meeting_json(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read("meeting.json")


# ------------------------------------------------------------------------------------------- round trips


def test_full_package_round_trips(tmp_path: Path) -> None:
    package, blobs = make_package()
    bundle = package.bundle
    path = export(tmp_path, package, blobs)

    back, files = read_package(path)
    with files:
        files.verify_all()
        contents = read_all(files)

    assert back == package
    for name in (f.name for f in dataclasses.fields(MeetingBundle)):
        assert getattr(back.bundle, name) == getattr(bundle, name), name
    for name in ("item_notes", "minutes_versions", "audit_events"):
        assert getattr(back, name) == getattr(package, name), name
    assert contents == blobs
    assert list(files.sha256s) == list(dict.fromkeys(d.sha256 for d in bundle.documents))
    assert [p.name for p in tmp_path.iterdir()] == ["meeting.zip"]  # no temp file left behind


def test_factory_sets_every_defaulted_field_somewhere() -> None:
    """Keeps the round trip meaningful: a field the export forgot would come back as its default."""
    package, _ = make_package()
    bundle = package.bundle
    entities: list[Any] = [bundle.committee, bundle.meeting, bundle.minutes]
    for f in dataclasses.fields(MeetingBundle):
        value = getattr(bundle, f.name)
        if isinstance(value, tuple):
            entities.extend(value)
    entities += [*package.item_notes, *package.minutes_versions, *package.audit_events]
    untouched: set[str] = set()
    touched: set[str] = set()
    for entity in entities:
        for f in dataclasses.fields(entity):
            if f.default is dataclasses.MISSING or f.name == "id":
                continue
            key = f"{type(entity).__name__}.{f.name}"
            (touched if getattr(entity, f.name) != f.default else untouched).add(key)
    assert untouched - touched == set()


def test_rewrite_gives_byte_identical_json_and_zip(tmp_path: Path) -> None:
    first = export(tmp_path)
    back, files = read_package(first)
    second = tmp_path / "again.zip"
    with files:
        write_package(back, files.open, second)
    assert meeting_json(second) == meeting_json(first)
    assert second.read_bytes() == first.read_bytes()  # fixed timestamps: the package is reproducible


def test_json_shape_is_oparl(tmp_path: Path) -> None:
    package, blobs = make_package()
    bundle = package.bundle
    raw = meeting_json(export(tmp_path, package, blobs))
    text = raw.decode("utf-8")
    assert "คณะกรรมการพัฒนารัฐบาลดิจิทัล" in text  # not \u-escaped
    assert text == json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    doc = json.loads(text)
    assert doc["format"] == "emeeting-oparl"
    assert doc["formatVersion"] == 3
    org = doc["organization"]
    assert org["type"] == "https://schema.oparl.org/1.1/Organization"
    assert org["id"] == f"urn:uuid:{bundle.committee.id}"
    assert org["shortName"] == "กพร."
    assert org["emeeting:ext"]["quorum_num"] == 2
    chair = doc["person"][0]
    assert chair["name"] == "นายสมชาย ใจดี"
    assert chair["formOfAddress"] == "นาย"
    assert chair["email"] == ["somchai@dga.or.th"]
    assert doc["person"][1]["email"] == []
    assert doc["membership"][1]["endDate"] == "2027-09-30"
    assert "endDate" not in doc["membership"][0]
    m = doc["meeting"]
    assert m["meetingState"] == "minutes_certified"
    assert m["cancelled"] is False
    assert m["start"] == "2026-03-12T09:30:00+07:00"
    assert m["location"]["description"].startswith("ห้องประชุม ๑")
    assert m["organization"] == [org["id"]]
    present = [bundle.people[i].id for i in (0, 2, 3, 4)]
    assert m["participant"] == [f"urn:uuid:{p}" for p in present]
    assert m["emeeting:ext"]["secrecy"] == "secret"
    assert m["emeeting:ext"]["urgency"] == "most_urgent"
    numbers = {i["name"]: (i["number"], i["order"]) for i in m["agendaItem"]}
    assert numbers["เรื่องสืบเนื่อง"] == ("3", 3)
    assert numbers["เรื่องเสนอเพื่อพิจารณา"] == ("4", 4)
    assert numbers["การจัดซื้อระบบ e-Meeting"] == ("4.2", 6)
    assert numbers["ข้อกำหนดขอบเขตงาน (TOR)"] == ("4.2.1", 7)
    assert numbers["เรื่องอื่น ๆ"] == ("5", 8)
    plan = m["agendaItem"][4]
    assert plan["public"] is False
    assert plan["result"] == "passed"
    assert plan["auxiliaryFile"] == [m["auxiliaryFile"][1]["id"], m["auxiliaryFile"][2]["id"]]
    f = m["auxiliaryFile"][0]
    assert f["type"] == "https://schema.oparl.org/1.1/File"
    assert f["accessUrl"] == f"files/{f['emeeting:ext']['sha256']}"
    assert "agendaItem" not in f
    assert m["emeeting:vote"][1]["kind"] == "secret"
    assert m["emeeting:minutes"]["certification_method"] == "circulation"
    assert len(m["emeeting:minutesEntry"]) == 2
    assert m["emeeting:itemNote"][0] == {
        "id": f"urn:uuid:{package.item_notes[0].id}",
        "item_id": plan["id"],
        "text": "ฝ่ายเลขานุการนำเสนอ\nที่ประชุมอภิปราย",
    }
    versions = m["emeeting:minutesVersion"]
    assert [v["number"] for v in versions] == [0, 1]
    assert versions[0]["sha256"] == m["emeeting:minutes"]["certified_sha256"]
    assert versions[0]["text"] == CERTIFIED_TEXT and versions[0]["reason"] == ""
    assert versions[1]["reason"] == "แก้ไขตามมติครั้งที่ ๔/๒๕๖๙"
    assert versions[1]["minutes_id"] == m["emeeting:minutes"]["id"]
    assert m["emeeting:auditEvent"][1] == {
        "at": "2026-03-12T04:00:00.123456+00:00",
        "actor": "กนกพร",
        "action": "update",
        "entity_kind": "agenda_item",
        "entity_id": plan["id"],
        "summary": "resolution, closed",
        "id": f"urn:uuid:{package.audit_events[1].id}",
    }


def test_bundle_without_minutes_or_extras_round_trips(tmp_path: Path) -> None:
    committee = Committee("Audit Committee", "AC")
    meeting = Meeting(
        committee.id,
        1,
        2569,
        "First meeting",
        datetime(2026, 1, 5, 13, 0, tzinfo=UTC),
        status=MeetingStatus.CANCELLED,
    )
    bundle = MeetingBundle(committee=committee, meeting=meeting)
    path = export(tmp_path, bundle, {})
    back, files = read_package(path)
    with files:
        files.verify_all()
        assert len(files) == 0
    assert back == MeetingPackage(bundle)
    assert json.loads(meeting_json(path))["meeting"]["cancelled"] is True


def _as_format_2(doc: dict[str, Any]) -> None:
    """meeting.json as an emeeting before format version 3 wrote it: no recording link, no vote times."""
    doc["formatVersion"] = 2
    del doc["meeting"]["emeeting:ext"]["recording_link"]
    for vote in doc["meeting"]["emeeting:vote"]:
        del vote["opened_at"], vote["closed_at"]


def _as_format_1(doc: dict[str, Any]) -> None:
    """meeting.json as an emeeting before format version 2 wrote it: no notes, versions or trail."""
    _as_format_2(doc)
    doc["formatVersion"] = 1
    for key in ("emeeting:itemNote", "emeeting:minutesVersion", "emeeting:auditEvent"):
        del doc["meeting"][key]


def _before_version_3(bundle: MeetingBundle) -> MeetingBundle:
    """What a package older than version 3 brings back: no recording link, no vote times."""
    return dataclasses.replace(
        bundle,
        meeting=dataclasses.replace(bundle.meeting, recording_link=""),
        votes=tuple(dataclasses.replace(v, opened_at=None, closed_at=None) for v in bundle.votes),
    )


def test_format_2_packages_are_still_read(tmp_path: Path) -> None:
    package, blobs = make_package()
    older = rewrite(export(tmp_path, package, blobs), tmp_path / "older.zip", edit=_as_format_2)
    back, files = read_package(older)
    with files:
        files.verify_all()
    assert back == dataclasses.replace(package, bundle=_before_version_3(package.bundle))


def test_format_2_packages_carry_no_version_3_keys(tmp_path: Path) -> None:
    def half_old(doc: dict[str, Any]) -> None:
        doc["formatVersion"] = 2

    mixed = rewrite(export(tmp_path), tmp_path / "mixed.zip", edit=half_old)
    assert rejected(mixed) == "meeting.json: meeting.emeeting:ext: unknown key 'recording_link'"


def test_format_1_packages_are_still_read(tmp_path: Path) -> None:
    bundle, blobs = make_bundle()
    bundle = uncertified(bundle)
    older = rewrite(export(tmp_path, bundle, blobs), tmp_path / "older.zip", edit=_as_format_1)
    back, files = read_package(older)
    with files:
        files.verify_all()
    assert back == MeetingPackage(_before_version_3(bundle))


def test_format_1_packages_of_certified_minutes_are_refused(tmp_path: Path) -> None:
    """They cannot show what was certified: their exporter dropped the frozen text."""
    older = rewrite(export(tmp_path), tmp_path / "older.zip", edit=_as_format_1)
    assert rejected(older) == (
        "meeting.json: the minutes are certified but the package holds no frozen version of their text "
        "(it may come from an older emeeting, which did not export them)"
    )


def test_format_1_packages_carry_no_version_2_keys(tmp_path: Path) -> None:
    def half_old(doc: dict[str, Any]) -> None:
        _as_format_2(doc)  # a version 2 document, labelled 1
        doc["formatVersion"] = 1

    mixed = rewrite(export(tmp_path), tmp_path / "mixed.zip", edit=half_old)
    assert rejected(mixed) == "meeting.json: meeting: unknown key 'emeeting:auditEvent'"


def test_write_refuses_certified_minutes_without_their_frozen_versions(tmp_path: Path) -> None:
    package, blobs = make_package()
    for versions in ((), package.minutes_versions[1:]):
        with pytest.raises(ValidationError, match=r"cannot export meeting 3/2569: meeting\.json: "):
            export(tmp_path, dataclasses.replace(package, minutes_versions=versions), blobs)
    assert list(tmp_path.iterdir()) == []


_TEXT = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.text(st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F), max_size=40),
    st.sampled_from(["", "๐๑๒๓๔๕๖๗๘๙", "น้ำ ก่ำ ป้ำ", "\x00\u2028\ufeff", "\"'\\/<>&"]),
)
_TZ = st.builds(
    timezone,
    st.timedeltas(min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59)),
)


def _randomise_texts(entity: Any, draw: Callable[[st.SearchStrategy[str]], str]) -> Any:
    fixed = ("id", "sha256", "certified_sha256", "entity_kind")
    if isinstance(entity, AuditEvent):
        fixed += ("action",)  # one of the actions emeeting writes
    changes = {
        f.name: draw(_TEXT)
        for f in dataclasses.fields(entity)
        if f.type == "str" and f.name not in fixed and not f.name.endswith("_id")
    }
    return dataclasses.replace(entity, **changes)


@settings(deadline=None, max_examples=40)
@given(
    data=st.data(),
    start=st.datetimes(datetime(1900, 1, 1), datetime(2200, 12, 31), timezones=_TZ),
    blob=st.binary(max_size=2000),
)
def test_random_texts_round_trip(data: st.DataObject, start: datetime, blob: bytes) -> None:
    package, blobs = make_package()
    bundle = package.bundle
    draw = data.draw
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(MeetingBundle):
        value = getattr(bundle, f.name)
        if isinstance(value, tuple):
            fields[f.name] = tuple(_randomise_texts(e, draw) for e in value)
        elif value is not None:
            fields[f.name] = _randomise_texts(value, draw)
    fields["meeting"] = dataclasses.replace(fields["meeting"], start=start)
    blobs[sha(blob)] = blob
    fields["documents"] = (
        *fields["documents"],
        Document(
            bundle.meeting.id, draw(_TEXT), draw(_TEXT), draw(_TEXT), len(blob), sha(blob), text=draw(_TEXT)
        ),
    )
    bundle = MeetingBundle(**fields)
    # Frozen texts and reasons, notes, audit actors and summaries: any text travels as it is (whether a
    # frozen text still matches its hash is the importer's check, not the format's).
    package = MeetingPackage(
        bundle,
        *(
            tuple(_randomise_texts(e, draw) for e in group)
            for group in (package.item_notes, package.minutes_versions, package.audit_events)
        ),
    )

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.zip"
        write_package(package, opener(blobs), path)
        back, files = read_package(path)
        with files:
            files.verify_all()
            contents = read_all(files)
    assert back == package
    assert contents == {d.sha256: blobs[d.sha256] for d in bundle.documents}


# ------------------------------------------------------------------------------------------------ writing


def test_write_refuses_content_that_does_not_match_and_leaves_nothing(tmp_path: Path) -> None:
    package, blobs = make_package()
    bundle = package.bundle
    dest = tmp_path / "out.zip"
    dest.write_bytes(b"previous export")
    bad = dict(blobs)
    first = bundle.documents[0].sha256
    bad[first] = b"X" + bad[first][1:]
    with pytest.raises(ValidationError, match=r"ระเบียบวาระการประชุม.*does not match its size and sha256"):
        write_package(dataclasses.replace(package, bundle=bundle), opener(bad), dest)
    assert dest.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.zip"]


def test_write_refuses_content_longer_than_the_document(tmp_path: Path) -> None:
    package, blobs = make_package()
    bundle = package.bundle
    bad = {k: v + b"more" for k, v in blobs.items()}
    with pytest.raises(ValidationError, match="does not match its size"):
        write_package(dataclasses.replace(package, bundle=bundle), opener(bad), tmp_path / "out.zip")
    assert list(tmp_path.iterdir()) == []


def test_write_refuses_an_entity_of_another_meeting(tmp_path: Path) -> None:
    package, blobs = make_package()
    bundle = package.bundle
    stray = dataclasses.replace(bundle.documents[0], meeting_id=new_id())
    with pytest.raises(ValidationError, match=f"Document {stray.id} field meeting_id would not survive"):
        write_package(
            dataclasses.replace(package, bundle=dataclasses.replace(bundle, documents=(stray,))),
            opener(blobs),
            tmp_path / "out.zip",
        )
    item = dataclasses.replace(bundle.items[0], meeting_id=new_id())
    with pytest.raises(
        ValidationError, match=r"agendaItem\[0\]\.meeting: does not refer to the enclosing meeting"
    ):
        write_package(
            dataclasses.replace(package, bundle=dataclasses.replace(bundle, items=(item,))),
            opener(blobs),
            tmp_path / "out.zip",
        )
    assert list(tmp_path.iterdir()) == []


def test_write_refuses_naive_datetimes(tmp_path: Path) -> None:
    package, blobs = make_package()
    bundle = package.bundle
    bundle = dataclasses.replace(
        bundle, meeting=dataclasses.replace(bundle.meeting, start=datetime(2026, 3, 12, 9))
    )
    with pytest.raises(
        ValidationError, match=r"cannot export meeting 3/2569: .*meeting\.start.*no UTC offset"
    ):
        write_package(dataclasses.replace(package, bundle=bundle), opener(blobs), tmp_path / "out.zip")


def test_write_refuses_dangling_references(tmp_path: Path) -> None:
    package, blobs = make_package()
    bundle = package.bundle
    bundle = dataclasses.replace(bundle, people=bundle.people[1:])
    with pytest.raises(
        ValidationError,
        match=r"cannot export meeting 3/2569: meeting\.json: meeting urn:uuid:.* refers to unknown",
    ):
        write_package(dataclasses.replace(package, bundle=bundle), opener(blobs), tmp_path / "out.zip")


def test_write_refuses_lone_surrogates(tmp_path: Path) -> None:
    package, blobs = make_package()
    bundle = package.bundle
    bundle = dataclasses.replace(bundle, meeting=dataclasses.replace(bundle.meeting, title="bad \ud800"))
    with pytest.raises(ValidationError, match="not valid Unicode"):
        write_package(dataclasses.replace(package, bundle=bundle), opener(blobs), tmp_path / "out.zip")


# ---------------------------------------------------------------------------------------------- rejection


def rewrite(
    src: Path,
    dest: Path,
    *,
    edit: Callable[[dict[str, Any]], None] | None = None,
    json_text: str | None = None,
    replace: Mapping[str, bytes | None] | None = None,
    extra: tuple[tuple[str, bytes], ...] = (),
) -> Path:
    """Copy the package ``src`` to ``dest``, changing meeting.json and members on the way."""
    replace = dict(replace or {})
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "meeting.json":
                if edit is not None:
                    doc = json.loads(data)
                    edit(doc)
                    data = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2).encode()
                if json_text is not None:
                    data = json_text.encode()
            if info.filename in replace:
                new = replace[info.filename]
                if new is None:
                    continue
                data = new
            zout.writestr(info.filename, data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about the duplicate names some cases add
            for name, data in extra:
                zout.writestr(name, data)
    return dest


def rejected(path: Path, *, verify: bool = False) -> str:
    with pytest.raises(ValidationError) as info:
        _, files = read_package(path)
        with files:
            if verify:
                files.verify_all()
    message = str(info.value)
    assert message and "\n" not in message
    return message


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return export(tmp_path)


def _item(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(i for i in doc["meeting"]["agendaItem"] if i["name"] == name)


def _plan(doc: dict[str, Any]) -> dict[str, Any]:
    return _item(doc, "ร่างแผนพัฒนารัฐบาลดิจิทัล พ.ศ. ๒๕๗๐–๒๕๗๒")


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


def _delete(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return edit


def _orphan_ancestor(doc: dict[str, Any]) -> None:
    """Item 1 becomes a child of item 5 (later in the list), whose parent is unknown."""
    last = _item(doc, "เรื่องอื่น ๆ")
    _item(doc, "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")["emeeting:ext"]["parent_id"] = last["id"]
    last["emeeting:ext"]["parent_id"] = "urn:uuid:" + new_id()


def test_rejects_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"%PDF-1.7 this is not a zip at all")
    assert "not a readable zip file" in rejected(path)


def test_rejects_a_missing_file(tmp_path: Path) -> None:
    assert "no such file" in rejected(tmp_path / "nothing.zip")


def test_rejects_a_truncated_zip(good: Path) -> None:
    data = good.read_bytes()
    good.write_bytes(data[: len(data) // 2])
    assert "not a readable zip file" in rejected(good)


def test_rejects_a_crc_error_in_meeting_json(tmp_path: Path, good: Path) -> None:
    stored = tmp_path / "stored.zip"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
    data = bytearray(stored.read_bytes())
    at = data.index("คณะกรรมการพัฒนารัฐบาลดิจิทัล".encode())
    data[at : at + 3] = "ก".encode()  # same length, different bytes: only the CRC notices
    stored.write_bytes(bytes(data))
    message = rejected(stored)
    assert "meeting.json is damaged" in message
    assert "CRC" in message


def test_rejects_a_crc_error_in_a_file_member(good: Path) -> None:
    _, blobs = make_bundle()
    data = bytearray(good.read_bytes())
    pdf = max(blobs.values(), key=lambda b: b.startswith(b"%PDF"))
    at = data.index(pdf[:40])
    data[at + 20] ^= 0xFF
    good.write_bytes(bytes(data))
    message = rejected(good, verify=True)
    assert "is damaged" in message
    assert "CRC" in message


def test_rejects_a_missing_meeting_json(tmp_path: Path, good: Path) -> None:
    bad = rewrite(good, tmp_path / "bad.zip", replace={"meeting.json": None})
    assert "meeting.json is missing" in rejected(bad)


def test_rejects_meeting_json_twice(tmp_path: Path, good: Path) -> None:
    bad = rewrite(good, tmp_path / "bad.zip", extra=(("meeting.json", b"{}"),))
    assert "holds meeting.json twice" in rejected(bad)


def test_rejects_an_oversized_meeting_json(good: Path) -> None:
    with pytest.raises(ValidationError, match=r"meeting\.json is \d+ bytes, over the limit of 1000"):
        read_package(good, max_json_bytes=1000)


def test_rejects_documents_over_the_total_limit(good: Path) -> None:
    with pytest.raises(ValidationError, match=r"documents add up to \d+ bytes, more than the limit of 100"):
        read_package(good, max_files_bytes=100)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"format": ', "invalid JSON: Expecting value (line 1 column 12)"),
        ("[1, 2", "invalid JSON"),
        ('{"format": "emeeting-oparl", "format": "x"}', "duplicate key 'format'"),
        ('{"format": NaN}', "NaN is not valid JSON"),
        ("[]", "expected an object, got a list"),
        ("[" * 100_000 + "]" * 100_000, "invalid JSON"),
    ],
    ids=["truncated", "unclosed-list", "duplicate-key", "nan", "not-an-object", "too-deep"],
)
def test_rejects_invalid_json(tmp_path: Path, good: Path, text: str, expected: str) -> None:
    bad = rewrite(good, tmp_path / "bad.zip", json_text=text)
    message = rejected(bad)
    assert message.startswith("meeting.json: ")
    assert expected in message


def test_rejects_meeting_json_that_is_not_utf8(tmp_path: Path, good: Path) -> None:
    bad = rewrite(good, tmp_path / "bad.zip", replace={"meeting.json": '{"format": "é"}'.encode("latin-1")})
    assert "not valid UTF-8" in rejected(bad)


# Each case edits a good meeting.json; the message must name the problem (and usually where).
_JSON_CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("wrong-format-marker", _set(("format",), "oparl"), "not an emeeting OParl package"),
    ("missing-format-marker", _delete(("format",)), "missing key 'format'"),
    ("newer-version", _set(("formatVersion",), 4), "formatVersion: unsupported version 4"),
    ("version-as-string", _set(("formatVersion",), "1"), "unsupported version '1'"),
    ("version-as-bool", _set(("formatVersion",), True), "unsupported version true"),
    ("missing-meeting", _delete(("meeting",)), "missing key 'meeting'"),
    ("missing-meeting-name", _delete(("meeting", "name")), "meeting: missing key 'name'"),
    ("missing-ext", _delete(("organization", "emeeting:ext")), "organization: missing key 'emeeting:ext'"),
    (
        "missing-ext-field",
        _delete(("meeting", "emeeting:ext", "secrecy")),
        "meeting.emeeting:ext: missing key 'secrecy'",
    ),
    ("unknown-key", _set(("meeting", "colour"), "red"), "meeting: unknown key 'colour'"),
    ("wrong-oparl-type", _set(("person", 0, "type"), "https://schema.oparl.org/1.1/Body"), "person[0].type"),
    (
        "string-for-int",
        _set(("meeting", "auxiliaryFile", 0, "size"), "1234"),
        "meeting.auxiliaryFile[0].size: expected an integer, got a string '1234'",
    ),
    (
        "bool-for-int",
        _set(("meeting", "agendaItem", 0, "emeeting:ext", "position"), True),
        "meeting.agendaItem[0].emeeting:ext.position: expected an integer, got a boolean true",
    ),
    (
        "float-for-int",
        _set(("organization", "emeeting:ext", "quorum_num"), 1.0),
        "organization.emeeting:ext.quorum_num: expected an integer, got a number",
    ),
    (
        "negative-size",
        _set(("meeting", "auxiliaryFile", 0, "size"), -1),
        "meeting.auxiliaryFile[0].size: must be at least 0",
    ),
    (
        "zero-denominator",
        _set(("organization", "emeeting:ext", "quorum_den"), 0),
        "quorum_den: must be at least 1",
    ),
    ("int-for-string", _set(("meeting", "name"), 3), "meeting.name: expected a string, got an integer"),
    (
        "string-for-bool",
        _set(("membership", 0, "votingRight"), "yes"),
        "membership[0].votingRight: expected true",
    ),
    ("null-for-list", _set(("person",), None), "person: expected a list, got null"),
    ("list-for-object", _set(("organization",), []), "organization: expected an object, got a list"),
    (
        "two-emails",
        _set(("person", 0, "email"), ["a@x", "b@x"]),
        "person[0].email: expected at most one value, got 2",
    ),
    (
        "bad-enum",
        _set(("meeting", "emeeting:ext", "secrecy"), "ลับมาก"),
        "meeting.emeeting:ext.secrecy: 'ลับมาก' is not one of: normal, confidential, secret, top_secret",
    ),
    (
        "bad-meeting-state",
        _set(("meeting", "meetingState"), "terminiert"),
        "meeting.meetingState: 'terminiert'",
    ),
    (
        "bad-role",
        _set(("membership", 0, "role"), "president"),
        "membership[0].role: 'president' is not one of",
    ),
    (
        "cancelled-disagrees",
        _set(("meeting", "cancelled"), True),
        "meeting.cancelled: disagrees with meetingState",
    ),
    ("id-not-urn", _set(("person", 0, "id"), "12345"), "person[0].id: expected an id of the form urn:uuid:"),
    (
        "invalid-uuid",
        _set(("person", 0, "id"), "urn:uuid:not-a-uuid"),
        "person[0].id: invalid UUID 'not-a-uuid'",
    ),
    (
        "uppercase-uuid",
        lambda doc: doc["organization"].update(
            id=doc["organization"]["id"].upper().replace("URN:UUID:", "urn:uuid:")
        ),
        "not in canonical lowercase form",
    ),
    (
        "bad-sha256",
        _set(("meeting", "auxiliaryFile", 0, "emeeting:ext", "sha256"), "abc"),
        "expected a SHA-256",
    ),
    ("bad-date", _set(("membership", 1, "endDate"), "2027-02-30"), "membership[1].endDate: invalid ISO date"),
    ("bad-datetime", _set(("meeting", "start"), "12 มี.ค. 2569"), "meeting.start: invalid ISO datetime"),
    ("datetime-without-offset", _set(("meeting", "start"), "2026-03-12T09:30:00"), "has no UTC offset"),
    (
        "access-url",
        _set(("meeting", "auxiliaryFile", 0, "accessUrl"), "../../etc/passwd"),
        "meeting.auxiliaryFile[0].accessUrl: expected",
    ),
    (
        "item-of-other-meeting",
        _set(("meeting", "agendaItem", 0, "meeting"), "urn:uuid:" + new_id()),
        "enclosing meeting",
    ),
    (
        "membership-unknown-person",
        _set(("membership", 0, "person"), "urn:uuid:" + new_id()),
        "membership urn:uuid:",
    ),
    (
        "membership-unknown-organization",
        _set(("membership", 0, "organization"), "urn:uuid:" + new_id()),
        "organization",
    ),
    (
        "item-unknown-parent",
        lambda doc: _plan(doc)["emeeting:ext"].update(parent_id="urn:uuid:" + new_id()),
        "refers to unknown parent agendaItem",
    ),
    (
        "item-parent-cycle",
        lambda doc: _item(doc, "เรื่องเสนอเพื่อพิจารณา")["emeeting:ext"].update(parent_id=_plan(doc)["id"]),
        "parents form a cycle",
    ),
    (
        "ancestor-unknown-parent",
        _orphan_ancestor,
        "refers to unknown parent agendaItem",
    ),
    (
        "document-unknown-item",
        _set(("meeting", "auxiliaryFile", 0, "agendaItem"), ["urn:uuid:" + new_id()]),
        "auxiliaryFile urn:uuid:",
    ),
    (
        "item-files-disagree",
        lambda doc: _plan(doc)["auxiliaryFile"].reverse(),
        "does not list exactly the files attached to this agenda item",
    ),
    (
        "ballot-unknown-vote",
        _set(("meeting", "emeeting:ballot", 0, "vote_id"), "urn:uuid:" + new_id()),
        "refers to unknown vote",
    ),
    (
        "ballot-in-secret-vote",
        lambda doc: doc["meeting"]["emeeting:ballot"][0].update(
            vote_id=doc["meeting"]["emeeting:vote"][1]["id"]
        ),
        "names a voter in a secret vote",
    ),
    (
        "entry-unknown-minutes",
        _set(("meeting", "emeeting:minutesEntry", 0, "minutes_id"), "urn:uuid:" + new_id()),
        "refers to unknown minutes",
    ),
    ("entries-without-minutes", _set(("meeting", "emeeting:minutes"), None), "refers to unknown minutes"),
    (
        "dissent-unknown-person",
        _set(("meeting", "emeeting:dissent", 0, "person_id"), "urn:uuid:" + new_id()),
        "emeeting:dissent urn:uuid:",
    ),
    (
        "participant-unknown",
        lambda doc: doc["meeting"]["participant"].append("urn:uuid:" + new_id()),
        "refers to unknown participant",
    ),
    (
        "duplicate-person-id",
        lambda doc: doc["person"].append(dict(doc["person"][0])),
        "two person records have the id",
    ),
    # The frozen record: notes, minutes versions, audit trail.
    (
        "no-versions-key",
        _delete(("meeting", "emeeting:minutesVersion")),
        "meeting: missing key 'emeeting:minutesVersion'",
    ),
    (
        "certified-without-versions",
        _set(("meeting", "emeeting:minutesVersion"), []),
        "the minutes are certified but the package holds no frozen version of their text",
    ),
    (
        "amendment-without-certified-version",
        lambda doc: doc["meeting"]["emeeting:minutesVersion"].pop(0),
        "meeting.emeeting:minutesVersion[0]: expected version number 0, got 1",
    ),
    (
        "version-gap",
        _set(("meeting", "emeeting:minutesVersion", 1, "number"), 2),
        "meeting.emeeting:minutesVersion[1]: expected version number 1, got 2",
    ),
    (
        "version-number-negative",
        _set(("meeting", "emeeting:minutesVersion", 1, "number"), -1),
        "meeting.emeeting:minutesVersion[1].number: must be at least 0, got -1",
    ),
    (
        "version-of-other-minutes",
        _set(("meeting", "emeeting:minutesVersion", 1, "minutes_id"), "urn:uuid:" + new_id()),
        "meeting.emeeting:minutesVersion[1]: refers to unknown minutes urn:uuid:",
    ),
    (
        "certified-hash-differs",
        _set(("meeting", "emeeting:minutes", "certified_sha256"), "0" * 64),
        "meeting.emeeting:minutesVersion[0]: the sha256 of version 0 is not the certified_sha256",
    ),
    (
        "version-bad-sha256",
        _set(("meeting", "emeeting:minutesVersion", 1, "sha256"), "not a hash"),
        "meeting.emeeting:minutesVersion[1].sha256: expected a SHA-256",
    ),
    (
        "version-text-not-text",
        _set(("meeting", "emeeting:minutesVersion", 0, "text"), None),
        "meeting.emeeting:minutesVersion[0].text: expected a string, got null",
    ),
    (
        "version-unknown-key",
        lambda doc: doc["meeting"]["emeeting:minutesVersion"][0].update(signature="x"),
        "meeting.emeeting:minutesVersion[0]: unknown key 'signature'",
    ),
    (
        "versions-of-draft-minutes",
        lambda doc: doc["meeting"]["emeeting:minutes"].update(
            status="draft", certification_method=None, certified_at=None, certified_sha256=""
        ),
        "emeeting:minutesVersion holds frozen versions of minutes that are not certified",
    ),
    (
        "duplicate-version-id",
        lambda doc: doc["meeting"]["emeeting:minutesVersion"][1].update(
            id=doc["meeting"]["emeeting:minutesVersion"][0]["id"]
        ),
        "two emeeting:minutesVersion records have the id",
    ),
    (
        "note-unknown-item",
        _set(("meeting", "emeeting:itemNote", 0, "item_id"), "urn:uuid:" + new_id()),
        "meeting.emeeting:itemNote[0].item_id: refers to unknown agendaItem urn:uuid:",
    ),
    (
        "duplicate-note-id",
        lambda doc: doc["meeting"]["emeeting:itemNote"].append(dict(doc["meeting"]["emeeting:itemNote"][0])),
        "two emeeting:itemNote records have the id",
    ),
    (
        "trail-not-a-list",
        _set(("meeting", "emeeting:auditEvent"), None),
        "meeting.emeeting:auditEvent: expected a list, got null",
    ),
    (
        "event-without-offset",
        _set(("meeting", "emeeting:auditEvent", 0, "at"), "2026-03-01T02:00:00"),
        "meeting.emeeting:auditEvent[0].at: datetime '2026-03-01T02:00:00' has no UTC offset",
    ),
    (
        "event-unknown-kind",
        _set(("meeting", "emeeting:auditEvent", 0, "entity_kind"), "spaceship"),
        "meeting.emeeting:auditEvent[0].entity_kind: 'spaceship' is not one of: action_item, agenda_item",
    ),
    (
        "event-names-a-person",
        lambda doc: doc["meeting"]["emeeting:auditEvent"][0].update(
            entity_kind="person", entity_id=doc["person"][0]["id"]
        ),
        "meeting.emeeting:auditEvent[0].entity_kind: 'person' is not one of: action_item, agenda_item,",
    ),
    (
        "event-kind-disagrees",
        _set(("meeting", "emeeting:auditEvent", 1, "entity_kind"), "vote"),
        "meeting.emeeting:auditEvent[1]: entity_kind vote disagrees with the package, where urn:uuid:",
    ),
    (
        "event-actor-not-text",
        _set(("meeting", "emeeting:auditEvent", 0, "actor"), 7),
        "meeting.emeeting:auditEvent[0].actor: expected a string, got an integer",
    ),
    (
        "event-entity-not-an-id",
        _set(("meeting", "emeeting:auditEvent", 0, "entity_id"), "the meeting"),
        "meeting.emeeting:auditEvent[0].entity_id: expected an id of the form urn:uuid:",
    ),
    (
        "event-store-bookkeeping",
        lambda doc: doc["meeting"]["emeeting:auditEvent"][0].update(hash="0" * 64),
        "meeting.emeeting:auditEvent[0]: unknown key 'hash'",
    ),
    (
        "duplicate-event-id",
        lambda doc: doc["meeting"]["emeeting:auditEvent"].append(
            dict(doc["meeting"]["emeeting:auditEvent"][0])
        ),
        "two emeeting:auditEvent records have the id",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), [c[1:] for c in _JSON_CASES], ids=[c[0] for c in _JSON_CASES])
def test_rejects_bad_meeting_json(
    tmp_path: Path, good: Path, edit: Callable[[dict[str, Any]], None], expected: str
) -> None:
    bad = rewrite(good, tmp_path / "bad.zip", edit=edit)
    message = rejected(bad)
    assert message.startswith("meeting.json: ")
    assert expected in message


_ITEM_DURATION = ("meeting", "agendaItem", 0, "emeeting:ext", "duration_minutes")


# Values that JSON can carry but no store can hold: raw JSON text for one value, and the message.
@pytest.mark.parametrize(
    ("path", "raw", "expected"),
    [
        (
            ("meeting", "start"),
            '"0999-03-12T09:30:00+07:00"',
            "meeting.start: '0999-03-12T09:30:00+07:00' is not",
        ),
        (("meeting", "start"), '"0001-01-01T00:00:00+07:00"', "is not between the years 1900 and 2200"),
        (
            ("meeting", "end"),
            '"2201-01-01T00:00:00+00:00"',
            "meeting.end: '2201-01-01T00:00:00+00:00' is not",
        ),
        (("membership", 1, "endDate"), '"1899-12-31"', "membership[1].endDate: '1899-12-31' is not between"),
        (
            _ITEM_DURATION,
            str(10**20),
            "duration_minutes: must be at most 9007199254740992, got a number of 21",
        ),
        (_ITEM_DURATION, "9" * 5000, "invalid JSON: a number has too many digits"),
        (
            ("meeting", "name"),
            '"\\ud800 ประชุม"',
            "meeting.name: not valid Unicode (a lone surrogate at character 0)",
        ),
        (("person", 0, "id"), '"urn:uuid:\\udfff"', "person[0].id: not valid Unicode"),
    ],
    ids=[
        "year-999",
        "year-1",
        "year-2201",
        "date-1899",
        "int-10**20",
        "5000-digits",
        "surrogate",
        "surrogate-id",
    ],
)
def test_rejects_values_no_store_can_hold(
    tmp_path: Path, good: Path, path: tuple[Any, ...], raw: str, expected: str
) -> None:
    doc = json.loads(meeting_json(good))
    _set(path, "@@RAW@@")(doc)
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2).replace('"@@RAW@@"', raw)
    message = rejected(rewrite(good, tmp_path / "bad.zip", json_text=text))
    assert message.startswith("meeting.json: ")
    assert expected in message


def test_rejects_a_document_whose_content_is_missing(tmp_path: Path, good: Path) -> None:
    bundle, _ = make_bundle()
    gone = bundle.documents[1]
    bad = rewrite(good, tmp_path / "bad.zip", replace={f"files/{gone.sha256}": None})
    message = rejected(bad)
    assert f"files/{gone.sha256} (document 'งบประมาณ') is missing" in message


def test_rejects_a_member_whose_size_differs_from_the_document(tmp_path: Path, good: Path) -> None:
    bundle, blobs = make_bundle()
    doc = bundle.documents[1]
    bad = rewrite(good, tmp_path / "bad.zip", replace={f"files/{doc.sha256}": blobs[doc.sha256] * 1000})
    message = rejected(bad)
    assert (
        f"files/{doc.sha256} declares {doc.size * 1000} bytes but document 'งบประมาณ' has {doc.size}"
        in message
    )


def test_rejects_a_document_size_that_differs_from_its_member(tmp_path: Path, good: Path) -> None:
    bad = rewrite(good, tmp_path / "bad.zip", edit=_set(("meeting", "auxiliaryFile", 1, "size"), 7))
    assert "declares" in rejected(bad)


def test_rejects_documents_that_disagree_on_the_size_of_one_content(tmp_path: Path, good: Path) -> None:
    bad = rewrite(good, tmp_path / "bad.zip", edit=_set(("meeting", "auxiliaryFile", 2, "size"), 7))
    assert "disagree on their size" in rejected(bad)


def test_rejects_content_that_does_not_hash_to_its_sha256(tmp_path: Path, good: Path) -> None:
    bundle, blobs = make_bundle()
    doc = bundle.documents[1]
    altered = b"Y" + blobs[doc.sha256][1:]  # same size, valid zip CRC, wrong content
    bad = rewrite(good, tmp_path / "bad.zip", replace={f"files/{doc.sha256}": altered})

    _, files = read_package(bad)  # the JSON and sizes are fine: the problem shows while reading
    with files:
        with pytest.raises(ValidationError, match=f"files/{doc.sha256} does not match its sha256"):
            files.verify_all()
        with (
            files.open(doc.sha256) as stream,
            pytest.raises(ValidationError, match="does not match its sha256"),
        ):
            stream.read(doc.size)  # raised with the last byte, without waiting for the end of the stream
        with files.open(bundle.documents[0].sha256) as stream:  # the other contents still read fine
            assert stream.read() == blobs[bundle.documents[0].sha256]
    assert "does not match its sha256" in rejected(bad, verify=True)


def test_rejects_a_duplicate_file_member(tmp_path: Path, good: Path) -> None:
    bundle, _ = make_bundle()
    name = f"files/{bundle.documents[1].sha256}"
    bad = rewrite(good, tmp_path / "bad.zip", extra=((name, b"other"),))
    assert f"holds {name} twice" in rejected(bad)


def test_rejects_an_encrypted_member(tmp_path: Path, good: Path) -> None:
    data = bytearray(good.read_bytes())
    # Set the "encrypted" flag bit of meeting.json in both its local and its central directory header.
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        while at >= 0:
            name_len_at = 26 if signature == b"PK\x03\x04" else 28
            name_at = 30 if signature == b"PK\x03\x04" else 46
            name_len = int.from_bytes(data[at + name_len_at : at + name_len_at + 2], "little")
            if data[at + name_at : at + name_at + name_len] == b"meeting.json":
                data[at + flag_offset] |= 0x1
            at = data.find(signature, at + 4)
    good.write_bytes(bytes(data))
    assert "meeting.json is encrypted" in rejected(good)


def test_ignores_path_traversal_and_other_members(tmp_path: Path, good: Path) -> None:
    hostile = (
        ("../evil.txt", b"x"),
        ("/etc/cron.d/evil", b"x"),
        ("files/../../evil", b"x"),
        ("files/" + "A" * 64, b"x"),
        ("files/" + "0" * 64 + "/x", b"x"),
        ("./meeting.json", b"not json"),
        ("files/" + "0" * 64, b"unreferenced"),
    )
    bad = rewrite(good, tmp_path / "hostile.zip", extra=hostile)
    bundle, blobs = make_bundle()
    back, files = read_package(bad)
    with files:
        files.verify_all()
        assert set(files.sha256s) == set(blobs)
        assert "0" * 64 not in files
        with pytest.raises(NotFoundError):
            files.open("0" * 64)
    assert back.bundle.meeting.title == bundle.meeting.title
    assert not (tmp_path.parent / "evil.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.zip", "meeting.zip"]


def test_read_closes_the_zip_on_failure(tmp_path: Path, good: Path) -> None:
    bad = rewrite(good, tmp_path / "bad.zip", edit=_set(("format",), "x"))
    rejected(bad)
    bad.unlink()  # would fail on Windows if a handle were leaked; on POSIX checked by ResourceWarning→error


# ------------------------------------------------------------------ what a package's trail may hold


def _with_event(**fields: str) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        events = doc["meeting"]["emeeting:auditEvent"]
        events.append(dict(events[0], id=f"urn:uuid:{new_id()}", **fields))

    return edit


def test_an_action_emeeting_never_writes_is_refused(tmp_path: Path) -> None:
    forged = rewrite(export(tmp_path), tmp_path / "forged.zip", edit=_with_event(action="a\x1b[2Jb"))
    assert rejected(forged).startswith(
        "meeting.json: meeting.emeeting:auditEvent[5].action: 'a\\x1b[2Jb' is not one of: amend, certify, "
        "create, delete, import, move, restore, update"
    )


def test_an_event_naming_a_person_of_the_package_as_another_kind_is_refused(tmp_path: Path) -> None:
    package, blobs = make_package()
    person = package.bundle.people[0].id
    edit = _with_event(entity_kind="vote", entity_id=f"urn:uuid:{person}")
    planted = rewrite(export(tmp_path, package, blobs), tmp_path / "planted.zip", edit=edit)
    assert rejected(planted) == (
        f"meeting.json: meeting.emeeting:auditEvent[5]: entity_kind vote disagrees with the package, where "
        f"urn:uuid:{person} is person"
    )


def test_a_trail_far_longer_than_its_record_is_refused(tmp_path: Path) -> None:
    def flood(doc: dict[str, Any]) -> None:
        events = doc["meeting"]["emeeting:auditEvent"]
        events += [dict(events[0], id=f"urn:uuid:{new_id()}") for _ in range(10_000)]

    message = rejected(rewrite(export(tmp_path), tmp_path / "flood.zip", edit=flood))
    assert re.fullmatch(
        r"meeting\.json: emeeting:auditEvent holds 10005 events, more than \d+ for a meeting of \d+ records",
        message,
    )


# ------------------------------------------------------------------------------------ documents' sizes


def test_a_document_compressed_beyond_any_real_documents_ratio_is_refused(tmp_path: Path) -> None:
    """A zip bomb: megabytes of zeros that a few kilobytes unpack to (the package's declared size agrees,
    so only the ratio tells)."""
    bundle, blobs = make_bundle()
    zeros = bytes(11 * 1024 * 1024)
    blobs[sha(zeros)] = zeros
    bomb = Document(bundle.meeting.id, "bomb", "bomb.pdf", "application/pdf", len(zeros), sha(zeros))
    bundle = dataclasses.replace(bundle, documents=(*bundle.documents, bomb))
    message = rejected(deflated(export(tmp_path, uncertified(bundle), blobs), tmp_path / "bomb.zip"))
    assert re.fullmatch(
        r"bomb\.zip: document 'bomb' unpacks from \d+ to 11534336 bytes, more than 200 times its size in "
        r"the zip, which no real document does; the package is refused",
        message,
    ), message


def deflated(src: Path, dest: Path) -> Path:
    """The package with every member compressed (emeeting stores documents as they are)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
    return dest


def test_a_large_document_of_real_content_is_read(tmp_path: Path) -> None:
    bundle, blobs = make_bundle()
    content = os.urandom(11 * 1024 * 1024)  # does not compress, like a scanned PDF
    blobs[sha(content)] = content
    scan = Document(bundle.meeting.id, "scan", "scan.pdf", "application/pdf", len(content), sha(content))
    bundle = dataclasses.replace(bundle, documents=(*bundle.documents, scan))
    package, files = read_package(deflated(export(tmp_path, uncertified(bundle), blobs), tmp_path / "d.zip"))
    with files:
        files.verify_all()
    assert scan in package.bundle.documents
