"""A full pull removes only what came from the server: never a secretary's own work.

When the server stops returning records (a secretary's role taken away, a server restored from an older
backup), the records this computer made, and the meetings of the committees whose secretary works on it,
stay; a member's meeting that the server no longer shares with her goes, with what she added to it.
"""

from __future__ import annotations

import dataclasses
import shutil
from datetime import timedelta
from pathlib import Path

from emeeting.domain import model as m
from emeeting.sync.engine import SyncReport
from tests.sync.conftest import Desk, Office, build_office, cheap_settings, content
from tests.sync.test_refused_publish import make_secretary_of
from tests.sync.test_server_replaced import serve_at

KINDS: tuple[type, ...] = (
    m.Committee,
    m.Person,
    m.Membership,
    m.Meeting,
    m.AgendaItem,
    m.Document,
    m.Invitation,
    m.Vote,
)


def _everything(desk: Desk) -> dict[str, list[object]]:
    return {cls.__name__: sorted(desk.rows(cls), key=lambda x: x.id) for cls in KINDS}


def _documents_open(desk: Desk) -> bool:
    documents = desk.rows(m.Document)
    return bool(documents) and all(
        desk.services.documents.content_path(d).read_bytes() == content(d.file_name.removesuffix(".pdf"))
        for d in documents
    )


def _no_conflicts(desk: Desk, report: SyncReport) -> bool:
    return report.conflicts == 0 and desk.sync.conflicts() == []


def test_a_secretarys_own_meeting_stays_when_her_role_is_taken_away(office: Office) -> None:
    desk = office.secretary
    desk.run()  # (the cursor past her own publish)
    before = _everything(desk)
    make_secretary_of(office.live, "somsri")  # the administrator takes the committee away from her

    report = desk.run()
    assert report.full_resync and report.removed == 0
    assert _everything(desk) == before and _documents_open(desk)
    assert _no_conflicts(desk, report)
    # The server no longer takes her meeting: she is told so once, and it stays on her computer.
    [refused] = report.refused
    assert refused.meeting_id == office.meeting.id
    assert f"you are not the secretary of committee {office.committee.name}" in str(refused)
    again = desk.run()
    assert (again.removed, again.refused, again.pushed) == (0, [], 0)
    assert _everything(desk) == before

    # Her role back, the meeting is hers on the server again: published once more, it syncs as before.
    make_secretary_of(office.live, "somsri", office.committee.id)
    desk.sync.publish(desk.url, office.meeting.id)
    report = desk.run()
    assert report.refused == [] and _no_conflicts(desk, report)
    assert _everything(desk) == before
    first = next(i for i in office.items if i.parent_id is None)
    desk.services.agenda.update(dataclasses.replace(first, title="วาระที่แก้หลังได้สิทธิ์คืน"), base=first)
    assert desk.run().pushed == 1
    alice = office.attendee("alice")
    alice.run()
    assert alice.services.records.get(m.AgendaItem, first.id).title == "วาระที่แก้หลังได้สิทธิ์คืน"


def test_her_committees_meetings_stay_on_her_second_computer_too(office: Office) -> None:
    """On a second computer everything came from the server, but it is her committee's work there too."""
    laptop = office.attendee("somsri", name="secretary-laptop")
    laptop.run()
    before = _everything(laptop)
    assert [x.id for x in before["Meeting"]] == [office.meeting.id]
    make_secretary_of(office.live, "somsri")
    report = laptop.run()
    assert report.full_resync and report.removed == 0 and report.refused == []
    assert _everything(laptop) == before and _documents_open(laptop)
    assert _no_conflicts(laptop, report)


def test_a_members_meeting_no_longer_shared_goes_with_what_she_added_to_it(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    assert list(alice.services.store.sealed.all_hashes()) == [office.documents["secret"].sha256]
    alice.sync.cast_ballot(office.vote.id, office.people["alice"].id, m.Choice.FOR)
    alice.sync.save_note(office.meeting.id, "ถามเรื่องงบประมาณ", item_id=office.vote.item_id)
    assert alice.run().pushed == 2
    services = office.secretary.services
    services.records.delete(m.Invitation, office.invitations["alice"].id)
    office.secretary.run()

    report = alice.run()
    assert report.full_resync and report.removed >= 1
    assert alice.rows(m.Meeting) == [] and alice.rows(m.Document) == [] and alice.rows(m.Ballot) == []
    assert alice.sync.notes(office.meeting.id) == []
    assert list(alice.services.store.sealed.all_hashes()) == []  # its ลับ paper's sealed file too
    # The secretary's own computer lost nothing by it.
    assert [x.id for x in office.secretary.rows(m.Meeting)] == [office.meeting.id]


def _copy_database(tmp_path: Path, into: Path) -> None:
    into.mkdir(exist_ok=True)
    for path in into.glob("server.db*"):
        path.unlink()
    for path in tmp_path.glob("server.db*"):
        shutil.copy2(path, into / path.name)


def test_a_server_restored_from_an_older_backup_gets_the_secretarys_newer_meeting_back(
    tmp_path: Path,
) -> None:
    settings = cheap_settings(tmp_path)
    backup = tmp_path / "backup"
    with serve_at(settings, 0) as first:
        office = build_office(first, tmp_path)
        port = int(first.url.rsplit(":", 1)[1])
    _copy_database(tmp_path, backup)  # last night's backup: the first meeting only
    desk = office.secretary
    with serve_at(settings, port):
        services = desk.services
        start = office.meeting.start + timedelta(days=14)
        services.meetings.create(office.committee.id, "ประชุมครั้งที่ 2", start, template="th")
        second = next(x for x in services.records.select(m.Meeting) if x.id != office.meeting.id)
        services.records.create(m.Invitation(second.id, office.people["alice"].id))
        desk.sync.publish(desk.url, second.id)
        desk.run()
        alice = office.attendee("alice")
        alice.run()
        assert {x.id for x in alice.rows(m.Meeting)} == {office.meeting.id, second.id}
    _copy_database(backup, tmp_path)  # the server is restored from the backup
    with serve_at(settings, port):
        before = _everything(desk)
        report = desk.run()
        assert report.full_resync and report.removed == 0 and report.refused == []
        assert _everything(desk) == before and _no_conflicts(desk, report)
        assert report.pushed > 0  # her newer meeting is on the server again
        assert desk.run().pushed == 0
        newcomer = office.attendee("alice", name="alice-new-laptop")
        newcomer.run()
        assert {x.id for x in newcomer.rows(m.Meeting)} == {office.meeting.id, second.id}


def test_a_member_named_the_committees_secretary_does_not_keep_a_meeting_no_longer_shared(
    office: Office,
) -> None:
    """Alice holds the committee's secretary post in its roll (the server's data says so), but her account
    is a member's: a meeting withdrawn from her goes from her computer as from any member's, and nothing
    of it is offered back to the server as hers."""
    services = office.secretary.services
    alice_in_roll = services.records.select(m.Membership, person_id=office.people["alice"].id)[0]
    services.records.update(
        dataclasses.replace(alice_in_roll, role=m.MemberRole.SECRETARY), base=alice_in_roll
    )
    office.secretary.run()
    alice = office.attendee("alice")
    alice.run()
    assert [x.id for x in alice.rows(m.Meeting)] == [office.meeting.id]
    services.records.delete(m.Invitation, office.invitations["alice"].id)
    office.secretary.run()

    report = alice.run()
    assert report.full_resync and report.removed >= 1
    assert alice.rows(m.Meeting) == [] and alice.rows(m.Document) == []
    assert report.refused == [] and _no_conflicts(alice, report)
    assert alice.run().pushed == 0
