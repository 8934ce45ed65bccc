"""InterchangeService: a meeting leaves one store and arrives in another whole — its record, the frozen
versions of its certified minutes with their hashes, and its audit trail — or not at all."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.domain.kinds import RECORDS
from emeeting.services.container import Services
from emeeting.services.minutes import MinutesService, sha256_text
from emeeting.services.publishing import DocumentKind
from emeeting.storage.store import Store
from tests.services.conftest import Org

BANGKOK = timezone(timedelta(hours=7))


def at(h: int, mi: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 3, day, h, mi, tzinfo=BANGKOK)


def meeting_json(package: Path) -> bytes:
    with zipfile.ZipFile(package) as zf:
        return zf.read("meeting.json")


def rewrite(src: Path, dest: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of the package ``src`` whose meeting.json went through ``edit``, as someone might edit it."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "meeting.json":
                doc = json.loads(data)
                edit(doc)
                data = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2).encode()
            zout.writestr(info.filename, data)
    return dest


def rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of ``store``, tombstones and audit events included."""
    with store.connection() as conn:
        return {
            name: [tuple(r) for r in conn.execute(f"SELECT * FROM {name} ORDER BY id")]
            for name in (row.table for row in RECORDS)
        }


def minutes_text(services: Services) -> Callable[[str], str]:
    """The certified minutes as printed (PDF, Bangkok time, a fixed issue date), through pdftotext."""

    def text(meeting_id: str) -> str:
        pdf = services.publishing.render(
            DocumentKind.MINUTES, meeting_id, tz=BANGKOK, issued=date(2026, 3, 24)
        )
        return subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode("utf-8")

    return text


def tombstone(store: Store, meeting_id: str) -> None:
    """Delete the meeting and everything in it the way a deletion arrives from the sync server: as
    tombstones written straight into the tables (a certified meeting cannot be deleted here)."""
    with store.read() as repo:
        ids = sorted({e.entity_id for e in repo.meeting_audit_trail(meeting_id)})
    with store.connection() as conn:
        for cls, table in ((row.cls, row.table) for row in RECORDS):
            if cls is not m.AuditEvent:
                conn.execute(
                    f"UPDATE {table} SET deleted = 1 WHERE id IN (SELECT value FROM json_each(?))",
                    [json.dumps(ids)],
                )
        conn.commit()


def invitation_of(services: Services, meeting: m.Meeting, person: m.Person) -> m.Invitation:
    return next(
        i for i in services.records.select(m.Invitation, meeting_id=meeting.id) if i.person_id == person.id
    )


@pytest.fixture
def minutes(store: Store) -> MinutesService:
    return MinutesService(store, BANGKOK)


@pytest.fixture
def held(
    services: Services, org: Org, meeting: m.Meeting, numbered: Callable[[str], dict[str, m.AgendaItem]]
) -> dict[str, m.AgendaItem]:
    """ICT 1/2569 as held: attendance, a decision by open vote with a dissent, an item added and deleted
    again before the meeting, a document on the decision."""
    items = numbered(meeting.id)
    decision = m.AgendaItem(meeting.id, "จัดซื้อระบบประชุมอิเล็กทรอนิกส์", parent_id=items["4"].id)
    dropped = m.AgendaItem(meeting.id, "เรื่องที่ถอนออก", parent_id=items["4"].id)
    services.agenda.add(decision)
    services.agenda.add(dropped)
    services.agenda.remove(dropped.id)
    session = services.session
    session.start(meeting.id, at(9, 35))
    for person in (org.chair, *org.members, org.secretary):
        session.check_in(invitation_of(services, meeting, person).id, m.Attendance.PRESENT, at(9, 30))
    session.set_note(items["1.1"].id, "ประธานแจ้งกำหนดการตรวจราชการ")
    session.set_resolution(items["1.1"].id, "รับทราบ")
    vote = m.Vote(meeting.id, decision.id, "อนุมัติจัดซื้อ")
    session.record_vote(
        vote,
        {
            org.chair.id: m.Choice.FOR,
            org.members[0].id: m.Choice.FOR,
            org.members[1].id: m.Choice.FOR,
            org.members[2].id: m.Choice.AGAINST,
        },
    )
    session.add_dissent(decision.id, org.members[2].id, "ราคาสูงเกินกรอบงบประมาณ")
    session.set_resolution(decision.id, "อนุมัติ")
    session.end(meeting.id, at(12, 0))
    return {**items, "4.1": decision, "dropped": dropped}


@pytest.fixture
def certified(
    services: Services, org: Org, meeting: m.Meeting, held: dict[str, m.AgendaItem], minutes: MinutesService
) -> m.Meeting:
    """ICT 1/2569 with minutes drafted, certified at the next meeting and amended once."""
    minutes.set_details(meeting.id, m.MinutesStyle.VERBATIM, org.secretary.id, org.chair.id)
    minutes.draft(meeting.id)
    minutes.certify(meeting.id, m.CertificationMethod.NEXT_MEETING, at(10, 0, 24))
    minutes.amend(meeting.id, "แก้ไขถ้อยคำตามมติที่ประชุมครั้งที่ 2/2569", {held["1.1"].id: "ประธานแจ้งให้ทราบ"})
    assert minutes.verify(meeting.id)
    return services.records.get(m.Meeting, meeting.id)


@pytest.fixture
def exported(certified: m.Meeting, services: Services, tmp_path: Path) -> Path:
    package = tmp_path / "ict-1-2569.zip"
    services.interchange.export_meeting(certified.id, package)
    return package


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Services]:
    """Another computer's store, empty."""
    other = Services.open(tmp_path / "elsewhere", actor="other-secretary")
    yield other
    assert other.check() == []


def test_a_certified_meeting_arrives_certified_in_another_store(
    services: Services,
    certified: m.Meeting,
    minutes: MinutesService,
    exported: Path,
    elsewhere: Services,
) -> None:
    imported = elsewhere.interchange.import_meeting(exported)

    assert imported == certified
    theirs = MinutesService(elsewhere.store, BANGKOK)
    assert theirs.verify(certified.id)  # was False: the package had no frozen versions
    mine, arrived = minutes.view(certified.id), theirs.view(certified.id)
    assert arrived.minutes == mine.minutes
    assert arrived.versions == mine.versions
    assert [(v.number, v.reason) for v in arrived.versions] == [
        (0, ""),
        (1, "แก้ไขถ้อยคำตามมติที่ประชุมครั้งที่ 2/2569"),
    ]
    assert arrived.version_times == mine.version_times  # when each version was frozen: from the trail
    items = [i.id for i in services.meetings.bundle(certified.id).items]
    notes = services.records.select(m.ItemNote, item_id=items, order_by=("id",))
    assert notes and elsewhere.records.select(m.ItemNote, item_id=items, order_by=("id",)) == notes
    assert minutes_text(elsewhere)(certified.id) == minutes_text(services)(certified.id)
    with pytest.raises(ValidationError, match="certified, so its record cannot change"):
        elsewhere.agenda.remove(elsewhere.meetings.bundle(certified.id).items[-1].id)  # frozen there too


def test_the_audit_trail_travels_and_says_where_it_came_from(
    services: Services,
    org: Org,
    certified: m.Meeting,
    held: dict[str, m.AgendaItem],
    exported: Path,
    elsewhere: Services,
) -> None:
    with services.store.read() as repo:
        trail = repo.meeting_audit_trail(certified.id)
    kinds = {e.entity_kind for e in trail}
    assert {"meeting", "agenda_item", "invitation", "vote", "ballot", "dissent", "minutes"} <= kinds
    assert {"minutes_entry", "minutes_version", "item_note"} <= kinds
    assert not kinds & {"person", "committee", "membership"}  # the committee's, not the meeting's
    dropped = [e.action for e in trail if e.entity_id == held["dropped"].id]
    assert dropped == ["create", "delete"]  # deleted records keep their history

    elsewhere.interchange.import_meeting(exported)

    with elsewhere.store.read() as repo:
        stored = {e.id: e for e in repo.select(m.AuditEvent, id=[e.id for e in trail])}
        arrived = repo.meeting_audit_trail(certified.id)
    assert {e.actor for e in trail} == {"secretary"}
    # Every event as it was (time, action, summary), its actor marked as history from the package.
    as_imported = [dataclasses.replace(e, actor=f"secretary (imported from {exported.name})") for e in trail]
    assert [stored.get(e.id) for e in trail] == as_imported
    # What the meeting's trail shows there: everything but the history of the item deleted before the
    # export, which that store never held (its events are kept, under the item's id).
    shown = [e for e in as_imported if e.entity_id != held["dropped"].id]
    assert arrived[: len(shown)] == shown
    last = arrived[-1]
    assert (last.action, last.entity_id, last.actor) == ("import", certified.id, "other-secretary")
    assert last.summary == f"from {exported.name}: {len(trail)} audit events, 2 frozen minutes versions"
    for version in MinutesService(elsewhere.store).view(certified.id).versions:
        actions = [e.action for e in elsewhere.records.audit_trail(version.id)]
        assert actions == ["create"]  # frozen there; stored here under the "import" event, not created again
    # The chain there holds, and its head at the import is kept with each frozen version, as a
    # certification keeps it: rewriting the history that arrived would show.
    there = elsewhere.audit.trail(certified.id)
    assert there.chain.intact
    imported_at = next(e.seq for e in there.entries if e.action == "import")
    assert [(number, link.seq) for number, link in there.anchors] == [(0, imported_at), (1, imported_at)]


@pytest.mark.parametrize("number", [0, 1], ids=["certified-text", "amended-text"])
def test_a_package_whose_frozen_text_was_altered_is_refused(
    certified: m.Meeting, exported: Path, elsewhere: Services, tmp_path: Path, number: int
) -> None:
    def alter(doc: dict[str, Any]) -> None:
        version = doc["meeting"]["emeeting:minutesVersion"][number]
        version["text"] = version["text"].replace("อนุมัติ", "ไม่อนุมัติ")

    tampered = rewrite(exported, tmp_path / "tampered.zip", alter)
    before = rows(elsewhere.store)

    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(tampered)

    assert str(refused.value) == (
        f"tampered.zip: the text of minutes version {number} does not match its sha256 (the certified "
        "text was altered); nothing was imported"
    )
    assert rows(elsewhere.store) == before
    assert list(elsewhere.store.blobs.all_hashes()) == []


def test_a_package_whose_certified_hash_was_rewritten_with_the_text_is_refused(
    certified: m.Meeting, exported: Path, elsewhere: Services, tmp_path: Path
) -> None:
    def forge(doc: dict[str, Any]) -> None:
        version = doc["meeting"]["emeeting:minutesVersion"][0]
        version["text"] = version["text"].replace("อนุมัติ", "ไม่อนุมัติ")
        version["sha256"] = sha256_text(version["text"])

    before = rows(elsewhere.store)
    with pytest.raises(ValidationError, match="version 0 is not the certified_sha256 of the minutes"):
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "forged.zip", forge))
    assert rows(elsewhere.store) == before


def _without_versions(doc: dict[str, Any]) -> None:
    doc["meeting"]["emeeting:minutesVersion"] = []


def _as_format_1(doc: dict[str, Any]) -> None:
    """What an emeeting from before format version 2 exported: no notes, no versions, no trail (and
    nothing of version 3: no recording link, no vote times)."""
    doc["formatVersion"] = 1
    del doc["meeting"]["emeeting:ext"]["recording_link"]
    for vote in doc["meeting"]["emeeting:vote"]:
        del vote["opened_at"], vote["closed_at"]
    for key in ("emeeting:itemNote", "emeeting:minutesVersion", "emeeting:auditEvent"):
        del doc["meeting"][key]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_without_versions, "the minutes are certified but the package holds no frozen version"),
        (_as_format_1, "the minutes are certified but the package holds no frozen version"),
        (
            lambda doc: doc["meeting"]["emeeting:minutesVersion"][1].update(number="1"),
            "emeeting:minutesVersion[1].number: expected an integer, got a string '1'",
        ),
        (
            lambda doc: doc["meeting"]["emeeting:minutesVersion"].reverse(),
            "emeeting:minutesVersion[0]: expected version number 0, got 1",
        ),
        (
            lambda doc: doc["meeting"]["emeeting:auditEvent"][0].update(at="yesterday"),
            "emeeting:auditEvent[0].at: invalid ISO datetime 'yesterday'",
        ),
        (
            lambda doc: doc["meeting"]["emeeting:auditEvent"][0].pop("actor"),
            "emeeting:auditEvent[0]: missing key 'actor'",
        ),
        (
            lambda doc: doc["meeting"].update({"emeeting:auditEvent": {}}),
            "meeting.emeeting:auditEvent: expected a list, got an object",
        ),
    ],
    ids=["no-versions", "format-1", "number-as-text", "out-of-order", "bad-time", "no-actor", "not-a-list"],
)
def test_a_package_missing_or_mangling_the_frozen_record_is_refused(
    certified: m.Meeting,
    exported: Path,
    elsewhere: Services,
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    expected: str,
) -> None:
    before = rows(elsewhere.store)
    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "bad.zip", edit))
    assert expected in str(refused.value)
    assert rows(elsewhere.store) == before


def test_a_package_planting_history_on_other_records_here_is_refused(
    certified: m.Meeting, exported: Path, elsewhere: Services, tmp_path: Path
) -> None:
    """Its trail may hold the history of records deleted before the export, which this store never
    held, but not events about records this store holds for something else (a person here)."""
    someone = m.Person("สมศักดิ์", "ผู้อื่น", title="นาย")
    elsewhere.records.create(someone)

    def plant(doc: dict[str, Any]) -> None:
        # An edit and a deletion, as if the person were an agenda item deleted before the export.
        for action in ("update", "delete"):
            event = dict(doc["meeting"]["emeeting:auditEvent"][0])
            event.update(id=f"urn:uuid:{m.new_id()}", action=action, entity_kind="agenda_item")
            event.update(entity_id=f"urn:uuid:{someone.id}", summary="title")
            doc["meeting"]["emeeting:auditEvent"].append(event)

    before = rows(elsewhere.store)
    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "planted.zip", plant))
    assert str(refused.value) == (
        f"planted.zip: its audit trail names person {someone.id}, which is here but not part of meeting "
        "1/2569; nothing was imported"
    )
    assert rows(elsewhere.store) == before


def test_importing_again_adds_no_version_or_event_twice(
    services: Services,
    certified: m.Meeting,
    minutes: MinutesService,
    exported: Path,
    elsewhere: Services,
    tmp_path: Path,
) -> None:
    with services.store.read() as repo:
        trail = repo.meeting_audit_trail(certified.id)
    anchors = services.audit.trail(certified.id).anchors
    tombstone(services.store, certified.id)  # deleted here …
    services.interchange.import_meeting(exported)  # … and brought back from its own export

    assert minutes.verify(certified.id)
    assert services.audit.trail(certified.id).anchors == anchors  # as certified and amended here
    with services.store.connection() as conn:
        versions = conn.execute("SELECT number, deleted FROM minutes_versions ORDER BY number").fetchall()
        repeated = conn.execute(
            "SELECT count(*) FROM audit_events GROUP BY id HAVING count(*) > 1"
        ).fetchall()
    assert versions == [(0, 0), (1, 0)]  # restored, not added again
    assert repeated == []
    with services.store.read() as repo:
        again = repo.meeting_audit_trail(certified.id)
    assert again[: len(trail)] == trail
    actions = [e.action for e in again[len(trail) :] if e.entity_id == certified.id]
    assert actions == ["restore", "import"]
    assert (
        again[-1].summary == f"from {exported.name}: 0 audit events, 2 frozen minutes versions"
    )  # all of them were here already

    # Round the world: the other store takes it, and its export comes back here after another delete.
    elsewhere.interchange.import_meeting(exported)
    theirs = tmp_path / "theirs.zip"
    elsewhere.interchange.export_meeting(certified.id, theirs)
    tombstone(services.store, certified.id)
    services.interchange.import_meeting(theirs)
    with services.store.read() as repo:
        final = repo.meeting_audit_trail(certified.id)
    assert len({e.id for e in final}) == len(final)
    assert [e.actor for e in final if e.action == "import"] == [
        "secretary",
        "other-secretary (imported from theirs.zip)",  # that store's import, as history from its package
        "secretary",
    ]
    assert minutes.verify(certified.id)


def test_a_live_meeting_is_still_refused(
    services: Services, certified: m.Meeting, exported: Path, snapshot: Callable[[], object]
) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="is already here"):
        services.interchange.import_meeting(exported)
    assert snapshot() == before


def test_frozen_text_altered_in_the_store_is_not_exported(
    services: Services, store: Store, certified: m.Meeting, tmp_path: Path
) -> None:
    with store.connection() as conn:
        conn.execute("UPDATE minutes_versions SET text = text || ' ' WHERE number = 1")
        conn.commit()
    dest = tmp_path / "altered.zip"
    try:
        with pytest.raises(ValidationError, match="stored text of minutes version 1 does not match"):
            services.interchange.export_meeting(certified.id, dest)
        assert not dest.exists()
    finally:
        with store.connection() as conn:
            conn.execute(
                "UPDATE minutes_versions SET text = substr(text, 1, length(text) - 1) WHERE number = 1"
            )
            conn.commit()


def test_minutes_certified_without_a_frozen_text_are_not_exported(
    services: Services, store: Store, certified: m.Meeting, tmp_path: Path
) -> None:
    """Such minutes (imported by an emeeting that dropped the versions) cannot prove their certification."""
    with store.connection() as conn:
        conn.execute("UPDATE minutes_versions SET deleted = 1")
        conn.commit()
    dest = tmp_path / "unproven.zip"
    with pytest.raises(ValidationError, match="certified but this store holds no frozen text of them"):
        services.interchange.export_meeting(certified.id, dest)
    assert not dest.exists()
    with store.connection() as conn:
        conn.execute("UPDATE minutes_versions SET deleted = 0")
        conn.commit()


# ------------------------------------------------------------------------------- meetings not certified


@pytest.fixture
def plain(services: Services, org: Org, meeting: m.Meeting, numbered, make_pdf, tmp_path: Path) -> Path:
    """ICT 1/2569 with a decision item, a document, a vote and an open action, exported."""
    item = m.AgendaItem(meeting.id, "ขออนุมัติโครงการ", parent_id=numbered(meeting.id)["4"].id)
    services.agenda.add(item)
    attached = services.documents.attach(meeting.id, item.id, [make_pdf("โครงการ.pdf")])
    assert attached.rejected == ()
    vote = m.Vote(meeting.id, item.id, "อนุมัติหรือไม่", result=m.VoteResult.PASSED)
    action = m.ActionItem(meeting.id, "ทำสัญญา", item_id=item.id, assignee_id=org.secretary.id)
    services.records.create(vote, action)
    package = tmp_path / "ict-1-2569.zip"
    services.interchange.export_meeting(meeting.id, package)
    return package


def _record_only(package: Path) -> dict[str, Any]:
    """meeting.json without the audit trail, which grows with every delete and import."""
    doc = json.loads(meeting_json(package))
    doc["meeting"].pop("emeeting:auditEvent")
    return doc


def test_a_deleted_meeting_comes_back_when_imported(
    services: Services, meeting: m.Meeting, plain: Path, tmp_path: Path
) -> None:
    bundle = services.meetings.bundle(meeting.id)
    services.meetings.delete(meeting.id)

    imported = services.interchange.import_meeting(plain)

    assert imported == meeting
    assert services.meetings.resolve("ICT:1/2569") == meeting
    assert services.meetings.bundle(meeting.id) == bundle
    again = tmp_path / "again.zip"
    services.interchange.export_meeting(meeting.id, again)
    assert _record_only(again) == _record_only(plain)
    for record in (bundle.meeting, *bundle.items, *bundle.documents, *bundle.invitations, *bundle.votes):
        actions = [e.action for e in services.records.audit_trail(record.id)]
        expected = ["delete", "restore", "import"] if record is bundle.meeting else ["delete", "restore"]
        assert actions[-len(expected) :] == expected, record
    assert services.check() == []


def test_deleted_people_and_memberships_of_the_committee_come_back_too(
    services: Services, org, meeting: m.Meeting, plain: Path
) -> None:
    leaver = org.members[2]
    services.meetings.delete(meeting.id)  # their invitation goes with it, so the person may go too
    services.records.delete(m.Person, leaver.id)
    renamed = dataclasses.replace(org.chair, position="ประธานคนใหม่")
    services.records.update(renamed, base=org.chair)  # live records stay as they are here

    services.interchange.import_meeting(plain)

    assert services.records.get(m.Person, leaver.id) == leaver
    membership = next(ms for ms in org.memberships if ms.person_id == leaver.id)
    assert services.records.get(m.Membership, membership.id) == membership
    assert services.records.get(m.Person, org.chair.id) == renamed
    assert services.check() == []


def test_a_deleted_meeting_whose_number_was_taken_again_is_refused(
    services: Services, org, meeting: m.Meeting, plain: Path, snapshot
) -> None:
    services.meetings.delete(meeting.id)
    services.meetings.create(org.committee.id, "ประชุมแทน", meeting.start)  # numbered 1/2569 again
    before = snapshot()
    with pytest.raises(ValidationError, match="meeting 1/2569 already exists in this committee"):
        services.interchange.import_meeting(plain)
    assert snapshot() == before


def test_minutes_not_certified_arrive_without_versions(
    services: Services, meeting: m.Meeting, plain: Path, elsewhere: Services, tmp_path: Path
) -> None:
    doc = json.loads(meeting_json(plain))
    assert doc["meeting"]["emeeting:minutesVersion"] == []
    elsewhere.interchange.import_meeting(plain)
    assert not MinutesService(elsewhere.store).verify(meeting.id)  # nothing certified, nothing to verify


# ------------------------------------------------- certified texts swapped, in the store or in a package


def _swap_in_store(store: Store, number: int, *, certified_hash_too: bool) -> None:
    """Replace a frozen text as anyone with the file and sqlite3 could, rewriting its hash (and the
    minutes' certified hash) to match: every hash stored with the text agrees with the new text."""
    with store.connection() as conn:
        (text,) = conn.execute("SELECT text FROM minutes_versions WHERE number = ?", [number]).fetchone()
        forged = text.replace("อนุมัติ", "ไม่อนุมัติ")
        assert forged != text
        conn.execute(
            "UPDATE minutes_versions SET text = ?, sha256 = ? WHERE number = ?",
            [forged, sha256_text(forged), number],
        )
        if certified_hash_too:
            conn.execute("UPDATE minutes SET certified_sha256 = ?", [sha256_text(forged)])
        conn.commit()


@pytest.mark.parametrize("number", [0, 1], ids=["certified-text", "amended-text"])
def test_check_finds_a_certified_text_swapped_with_its_hashes(
    services: Services, certified: m.Meeting, minutes: MinutesService, number: int
) -> None:
    assert services.check() == []
    _swap_in_store(services.store, number, certified_hash_too=number == 0)

    problems = services.check()

    recorded = "the certified text's sha256" if number == 0 else f"version {number}'s sha256"
    (problem,) = [p for p in problems if recorded in p]
    assert problem.startswith(f"minutes of meeting 1/2569: the audit trail recorded {recorded} as ")
    assert "which is not the stored one" in problem
    assert not minutes.verify(certified.id)
    with pytest.raises(ValidationError, match="does not match its SHA-256: the store has been altered"):
        minutes.frozen(certified.id)  # the swapped text is not printed as the certified minutes
    assert services.store.check() == []  # the chain itself holds: the events were not touched


def test_check_finds_a_certified_hash_that_disagrees_with_version_0(
    services: Services, certified: m.Meeting, tmp_path: Path
) -> None:
    with services.store.connection() as conn:
        conn.execute("UPDATE minutes SET certified_sha256 = ?", ["0" * 64])
        conn.commit()

    assert (
        "minutes of meeting 1/2569: the sha256 of version 0 is not the certified sha256 of the minutes"
        in (services.check())
    )
    # An export says what is wrong with this store, not with a meeting.json the user never saw.
    with pytest.raises(ValidationError) as refused:
        services.interchange.export_meeting(certified.id, tmp_path / "x.zip")
    assert str(refused.value).startswith(
        "cannot export meeting 1/2569: in this store its certified minutes disagree with their hashes"
    )
    assert not (tmp_path / "x.zip").exists()


def test_an_amendments_event_records_the_hash_it_froze(
    services: Services, certified: m.Meeting, minutes: MinutesService
) -> None:
    for version in minutes.view(certified.id).versions:
        (created,) = [e for e in services.records.audit_trail(version.id) if e.action == "create"]
        assert json.loads(created.summary) == {
            "minutes_id": [None, version.minutes_id],
            "number": [None, version.number],
            "sha256": [None, version.sha256],
        }


def _swap_in_package(number: int) -> Callable[[dict[str, Any]], None]:
    def swap(doc: dict[str, Any]) -> None:
        meeting = doc["meeting"]
        version = meeting["emeeting:minutesVersion"][number]
        version["text"] = version["text"].replace("อนุมัติ", "ไม่อนุมัติ")
        version["sha256"] = sha256_text(version["text"])
        if number == 0:
            meeting["emeeting:minutes"]["certified_sha256"] = version["sha256"]

    return swap


def _drop_amendment(doc: dict[str, Any]) -> None:
    del doc["meeting"]["emeeting:minutesVersion"][1]


def _invent_amendment(doc: dict[str, Any]) -> None:
    versions = doc["meeting"]["emeeting:minutesVersion"]
    invented = dict(versions[1], id=f"urn:uuid:{m.new_id()}", number=2, reason="เพิ่มเติม")
    invented["text"] = invented["text"].replace("อนุมัติ", "ไม่อนุมัติ")
    invented["sha256"] = sha256_text(invented["text"])
    versions.append(invented)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            _swap_in_package(0),
            "meeting.json: its audit trail records the certified minutes' sha256 as {v0}, not the sha256 of "
            "version 0 (the certified text was replaced)",
        ),
        (
            _swap_in_package(1),
            "meeting.json: its audit trail records the sha256 of minutes version 1 as {v1}, not the one the "
            "package gives (the text was replaced)",
        ),
        (
            _drop_amendment,
            "meeting.json: its audit trail records minutes version 1, which the package lacks (an amendment "
            "was left out)",
        ),
        (
            _invent_amendment,
            "meeting.json: minutes version 2 has no event in the package's audit trail (an amendment that "
            "was never recorded)",
        ),
        (
            lambda doc: doc["meeting"].update({"emeeting:auditEvent": []}),
            "meeting.json: minutes version 1 has no event in the package's audit trail (an amendment that "
            "was never recorded)",
        ),
    ],
    ids=[
        "certified-swapped",
        "amendment-swapped",
        "amendment-dropped",
        "amendment-invented",
        "trail-removed",
    ],
)
def test_a_package_whose_versions_disagree_with_its_own_trail_is_refused(
    certified: m.Meeting,
    minutes: MinutesService,
    exported: Path,
    elsewhere: Services,
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    expected: str,
) -> None:
    v0, v1 = (v.sha256 for v in minutes.view(certified.id).versions)
    before = rows(elsewhere.store)
    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "forged.zip", edit))
    assert str(refused.value) == expected.format(v0=v0, v1=v1)
    assert rows(elsewhere.store) == before
    assert list(elsewhere.store.blobs.all_hashes()) == []


# ------------------------------------------------------- the meeting's status against its minutes' status


def _uncertify(doc: dict[str, Any]) -> None:
    """The meeting stays "minutes certified", its minutes become an editable draft without versions."""
    minutes = doc["meeting"]["emeeting:minutes"]
    minutes.update(status="draft", certified_sha256="", certified_at=None, certification_method=None)
    doc["meeting"]["emeeting:minutesVersion"] = []


def _state(state: str) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        doc["meeting"].update(meetingState=state, cancelled=state == "cancelled")

    return edit


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            _uncertify,
            "meeting.json: the meeting's status is minutes certified but its minutes are draft",
        ),
        (
            _state("draft"),
            "meeting.json: the minutes are certified but the meeting's status is draft; only a meeting that "
            "was held has its minutes certified, and their certification makes it minutes certified",
        ),
        (
            _state("cancelled"),
            "meeting.json: the minutes are certified but the meeting's status is cancelled; only a meeting "
            "that was held has its minutes certified, and their certification makes it minutes certified",
        ),
        (
            _state("closed"),
            "meeting.json: the minutes are certified but the meeting's status is closed; only a meeting "
            "that was held has its minutes certified, and their certification makes it minutes certified",
        ),
    ],
    ids=["certified-meeting-draft-minutes", "draft-meeting", "cancelled-meeting", "closed-meeting"],
)
def test_a_package_whose_meeting_status_contradicts_its_minutes_is_refused(
    certified: m.Meeting,
    exported: Path,
    elsewhere: Services,
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    expected: str,
) -> None:
    before = rows(elsewhere.store)
    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "status.zip", edit))
    assert str(refused.value) == expected
    assert rows(elsewhere.store) == before


# ------------------------------------------------------------------ the package's trail is not trusted


def _add_event(**fields: str) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        events = doc["meeting"]["emeeting:auditEvent"]
        events.append(dict(events[0], id=f"urn:uuid:{m.new_id()}", **fields))

    return edit


def test_control_characters_in_an_imported_trail_do_not_fake_lines(
    certified: m.Meeting, exported: Path, elsewhere: Services, tmp_path: Path
) -> None:
    fake = "ok\n#1    2026-01-01 00:00  admin  delete meeting FAKE\x1b[31mRED"
    package = rewrite(exported, tmp_path / "lines.zip", _add_event(actor="a\x1b[2Jb", summary=fake))
    elsewhere.interchange.import_meeting(package)

    shown = [e for e in elsewhere.audit.trail(certified.id).entries if "FAKE" in e.note]
    assert len(shown) == 1
    (entry,) = shown
    for text in (entry.actor, entry.note, entry.action, entry.label):
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in text), repr(text)
    assert entry.actor == "a\\x1b[2Jb (imported from lines.zip)"
    assert entry.note == "ok\\n#1    2026-01-01 00:00  admin  delete meeting FAKE\\x1b[31mRED"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            _add_event(action="delete\nforged"),
            "emeeting:auditEvent[",
        ),
        (_add_event(action="approve"), "'approve' is not one of: amend, certify, create, delete, import"),
    ],
    ids=["control-character", "unknown-action"],
)
def test_a_trail_with_actions_emeeting_never_writes_is_refused(
    certified: m.Meeting,
    exported: Path,
    elsewhere: Services,
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    expected: str,
) -> None:
    before = rows(elsewhere.store)
    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "action.zip", edit))
    assert expected in str(refused.value)
    assert "is not one of" in str(refused.value)
    assert rows(elsewhere.store) == before


def test_imported_history_is_told_apart_from_local_history(
    services: Services, certified: m.Meeting, exported: Path, elsewhere: Services
) -> None:
    elsewhere.interchange.import_meeting(exported)
    entries = elsewhere.audit.trail(certified.id).entries
    imported = [e for e in entries if e.action != "import"]
    assert len(imported) > 40
    assert {e.actor for e in imported} == {"secretary (imported from ict-1-2569.zip)"}
    assert [e.actor for e in entries if e.action == "import"] == ["other-secretary"]


def test_a_trail_far_longer_than_its_record_is_refused(
    certified: m.Meeting, exported: Path, elsewhere: Services, tmp_path: Path
) -> None:
    def flood(doc: dict[str, Any]) -> None:
        events = doc["meeting"]["emeeting:auditEvent"]
        first = events[0]
        events += [dict(first, id=f"urn:uuid:{m.new_id()}") for _ in range(20_000)]

    before = rows(elsewhere.store)
    with pytest.raises(
        ValidationError, match=r"holds \d+ events, more than \d+ for a meeting of \d+ records"
    ):
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "flood.zip", flood))
    assert rows(elsewhere.store) == before


def test_history_of_a_record_the_package_does_not_account_for_is_refused(
    certified: m.Meeting, exported: Path, elsewhere: Services, tmp_path: Path
) -> None:
    """Events may name a record that is not in the package only when the trail records its deletion."""
    stranger = m.new_id()
    edit = _add_event(action="update", entity_kind="agenda_item", entity_id=f"urn:uuid:{stranger}")
    before = rows(elsewhere.store)
    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "stranger.zip", edit))
    assert f"names urn:uuid:{stranger}, which is not in the package and whose deletion its audit trail" in (
        str(refused.value)
    )
    assert rows(elsewhere.store) == before


@pytest.mark.parametrize("target", ["person", "committee"])
def test_history_planted_on_the_packages_own_people_is_refused(
    org: Org, certified: m.Meeting, exported: Path, elsewhere: Services, tmp_path: Path, target: str
) -> None:
    """A person new to this store, named by an event as if it were an agenda item."""
    entity_id = org.chair.id if target == "person" else org.committee.id
    edit = _add_event(action="update", entity_kind="agenda_item", entity_id=f"urn:uuid:{entity_id}")
    before = rows(elsewhere.store)
    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "planted.zip", edit))
    assert f"entity_kind agenda_item disagrees with the package, where urn:uuid:{entity_id} is {target}" in (
        str(refused.value)
    )
    assert rows(elsewhere.store) == before


# ------------------------------------------------------------------ hops do not re-create the record


def test_each_hop_adds_one_import_event_not_a_second_creation(
    services: Services, certified: m.Meeting, exported: Path, tmp_path: Path
) -> None:
    with services.store.read() as repo:
        trail = repo.meeting_audit_trail(certified.id)
    # Another store never held the item deleted before the export: its meeting's trail does not show it.
    dropped = {e.entity_id for e in trail if e.action == "delete"}
    trail = [e for e in trail if e.entity_id not in dropped]
    package = exported
    for hop in range(2):
        with Services.open(tmp_path / f"hop{hop}", actor=f"hop{hop}") as there:
            there.interchange.import_meeting(package)
            with there.store.read() as repo:
                arrived = repo.meeting_audit_trail(certified.id)
            package = tmp_path / f"hop{hop}.zip"
            there.interchange.export_meeting(certified.id, package)
            assert there.check() == []
        assert [e.id for e in arrived[: len(trail)]] == [e.id for e in trail]
        assert [e.action for e in arrived[len(trail) :]] == ["import"] * (hop + 1)
        assert sum(1 for e in arrived if e.action == "create" and e.entity_id == certified.id) == 1


# ------------------------------------------------------------------------------ documents: size and room


def _blank_item_title(doc: dict[str, Any]) -> None:
    """Passes the package format (any text), refused by the record's own rules when it is stored."""
    doc["meeting"]["agendaItem"][0]["name"] = " "


def test_an_import_refused_while_storing_leaves_no_documents_behind(
    plain: Path, elsewhere: Services, tmp_path: Path
) -> None:
    before = rows(elsewhere.store)
    with pytest.raises(ValidationError, match="an agenda item needs a title"):
        elsewhere.interchange.import_meeting(rewrite(plain, tmp_path / "blank.zip", _blank_item_title))
    assert rows(elsewhere.store) == before
    assert list(elsewhere.store.blobs.all_hashes()) == []  # the document written for it is gone again
    assert elsewhere.check_report().notes == []


def test_check_notes_documents_no_record_refers_to_without_failing(services: Services) -> None:
    orphan = services.store.blobs.put_bytes(b"%PDF-1.7 left by an interrupted import")
    assert services.check() == []
    (note,) = services.check_report().notes
    assert note.startswith("note: 1 stored document(s) (")
    assert f"{orphan[:12]}…" in note


def test_a_zip_bomb_is_refused_before_anything_is_written(
    plain: Path, elsewhere: Services, tmp_path: Path
) -> None:
    """Megabytes of zeros, declared in meeting.json with their true size and hash, in a few kilobytes."""
    zeros = bytes(64 * 1024 * 1024)
    digest = hashlib.sha256(zeros).hexdigest()

    def add_bomb(doc: dict[str, Any]) -> None:
        meeting = doc["meeting"]
        bomb = json.loads(json.dumps(meeting["auxiliaryFile"][0]))
        bomb.update(id=f"urn:uuid:{m.new_id()}", size=len(zeros), accessUrl=f"files/{digest}", name="bomb")
        bomb["emeeting:ext"].update(sha256=digest, position=99)
        meeting["auxiliaryFile"].append(bomb)
        for item in meeting["agendaItem"]:
            if item["id"] == bomb["agendaItem"][0]:
                item["auxiliaryFile"].append(bomb["id"])

    package = rewrite(plain, tmp_path / "bomb.zip", add_bomb)
    with zipfile.ZipFile(package, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"files/{digest}", zeros)
    assert package.stat().st_size < 1024 * 1024
    before = rows(elsewhere.store)

    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(package)

    assert "document 'bomb' unpacks from" in str(refused.value)
    assert "more than 200 times its size in the zip" in str(refused.value)
    assert rows(elsewhere.store) == before
    assert list(elsewhere.store.blobs.all_hashes()) == []


def test_history_of_a_record_deleted_by_sync_stays_out_of_the_package(
    services: Services, meeting: m.Meeting, numbered, elsewhere: Services, tmp_path: Path
) -> None:
    """An item created here and deleted on another computer: its tombstone came by sync, its "delete"
    event stayed there. The package cannot account for the item, so it leaves its history out."""
    item = m.AgendaItem(meeting.id, "เรื่องที่ถอนออกจากเครื่องอื่น", parent_id=numbered(meeting.id)["4"].id)
    services.agenda.add(item)
    with services.store.connection() as conn:
        conn.execute("UPDATE agenda_items SET deleted = 1 WHERE id = ?", [item.id])
        conn.commit()
    package = tmp_path / "synced.zip"
    services.interchange.export_meeting(meeting.id, package)

    events = json.loads(meeting_json(package))["meeting"]["emeeting:auditEvent"]
    assert f"urn:uuid:{item.id}" not in {e["entity_id"] for e in events}
    elsewhere.interchange.import_meeting(package)
    assert elsewhere.meetings.bundle(meeting.id) == services.meetings.bundle(meeting.id)


def test_a_trail_event_from_the_future_is_refused(
    certified: m.Meeting, exported: Path, elsewhere: Services, tmp_path: Path
) -> None:
    """It would stand at the end of this store's trail for good, after everything done here later."""
    edit = _add_event(at="2199-01-01T00:00:00+00:00")
    before = rows(elsewhere.store)
    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "future.zip", edit))
    assert str(refused.value) == (
        "future.zip: its audit trail has an event dated 2199-01-01T00:00:00+00:00, which has not happened "
        "yet; nothing was imported"
    )
    assert rows(elsewhere.store) == before


@pytest.mark.parametrize(("field", "size"), [("summary", 100_001), ("actor", 1001)])
def test_an_event_larger_than_emeeting_writes_is_refused(
    certified: m.Meeting, exported: Path, elsewhere: Services, tmp_path: Path, field: str, size: int
) -> None:
    edit = _add_event(**{field: "ก" * size})
    before = rows(elsewhere.store)
    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(rewrite(exported, tmp_path / "big.zip", edit))
    assert f".{field}: {size} characters, more than an audit event holds" in str(refused.value)
    assert rows(elsewhere.store) == before
