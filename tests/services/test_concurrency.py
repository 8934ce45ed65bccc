"""No lost updates: two service instances on one store file (two windows, or the app and another process),
each holding the copy it read. An edit based on a copy someone else has changed since is refused with who
and when, and nothing is written; an edit of what is still there goes through."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import NotFoundError, StaleWriteError
from emeeting.services.container import Services
from emeeting.storage.store import Store
from tests.services.conftest import Org

# Window A's clock (everything the fixtures create, too) and window B's, later the same day.
A_WRITES_AT = datetime(2026, 12, 7, 7, 2, 30, tzinfo=UTC)  # 14:02 in Bangkok
B_WRITES_AT = datetime(2026, 12, 7, 7, 40, tzinfo=UTC)


@pytest.fixture(autouse=True)
def bangkok_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The user's local time zone is Bangkok (UTC+7): messages show times on that clock."""
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def window_a(services: Services, store: Store) -> Services:
    """The first window (the fixture's store, actor "secretary"), writing at 14:02 local time; tests ask
    for it first, so that the records the other fixtures create are written at that time too."""
    store.clock = lambda: A_WRITES_AT
    return services


@pytest.fixture
def window_b(data_dir: Path, store: Store) -> Iterator[Services]:
    """A second, independent opening of the same store file (another window, another process)."""
    other = Store.open(data_dir, actor="somsri")
    other.clock = lambda: B_WRITES_AT
    yield Services(other)
    other.close()


Snapshot = Callable[[], dict[str, list[tuple[object, ...]]]]


def test_a_stale_edit_is_refused_and_the_other_windows_change_is_kept(
    window_a: Services, window_b: Services, meeting: m.Meeting, snapshot: Snapshot
) -> None:
    seen_by_a = window_a.records.get(m.Meeting, meeting.id)
    seen_by_b = window_b.records.get(m.Meeting, meeting.id)
    window_a.meetings.update(dataclasses.replace(seen_by_a, place="ห้องประชุม 2"), base=seen_by_a)
    state = snapshot()

    with pytest.raises(StaleWriteError) as refused:
        window_b.meetings.update(dataclasses.replace(seen_by_b, title="ชื่อใหม่"), base=seen_by_b)

    assert str(refused.value) == (
        "this meeting was changed by secretary at 14:02, after you opened it; it has been reloaded — "
        "make your change again"
    )
    stored = window_b.records.get(m.Meeting, meeting.id)
    assert (stored.place, stored.title) == ("ห้องประชุม 2", meeting.title)  # A's place is not lost
    assert snapshot() == state  # nothing written, no audit event

    # B reloads and makes the change again: both changes stand.
    window_b.meetings.update(dataclasses.replace(stored, title="ชื่อใหม่"), base=stored)
    stored = window_a.records.get(m.Meeting, meeting.id)
    assert (stored.place, stored.title) == ("ห้องประชุม 2", "ชื่อใหม่")
    trail = window_a.records.audit_trail(meeting.id)
    assert [(e.actor, e.action) for e in trail][1:] == [("secretary", "update"), ("somsri", "update")]


def test_a_change_made_on_another_day_names_the_date(
    window_a: Services, window_b: Services, meeting: m.Meeting
) -> None:
    window_b.store.clock = lambda: datetime(2026, 12, 9, 2, 0, tzinfo=UTC)
    old = window_b.records.get(m.Meeting, meeting.id)
    window_a.meetings.update(dataclasses.replace(old, place="ห้อง 1"), base=old)
    with pytest.raises(StaleWriteError, match="changed by secretary at 2026-12-07 14:02,"):
        window_b.meetings.update(dataclasses.replace(old, place="ห้อง 2"), base=old)


def test_undo_over_someone_elses_later_change_is_refused(
    window_a: Services, window_b: Services, meeting: m.Meeting, snapshot: Snapshot
) -> None:
    before = meeting
    after = dataclasses.replace(before, place="ห้องประชุม 2")
    _, edit = window_a.steps.record(lambda: window_a.meetings.update(after, base=before))
    theirs = dataclasses.replace(after, title="แก้ในหน้าต่างอื่น")
    window_b.meetings.update(theirs, base=after)
    state = snapshot()

    with pytest.raises(StaleWriteError, match="changed again by somsri at 14:40"):
        window_a.steps.undo(edit)  # undo: checked against what the edit left
    with pytest.raises(StaleWriteError):
        window_a.meetings.update(after, base=before)  # redo: based on what was there before
    assert snapshot() == state
    assert window_a.records.get(m.Meeting, meeting.id) == theirs


def test_agenda_edits_are_checked_against_the_content_a_move_meanwhile_is_kept(
    window_a: Services, window_b: Services, meeting: m.Meeting, numbered, snapshot: Snapshot
) -> None:
    section = numbered(meeting.id)["4"]
    for title in ("เรื่องแรก", "เรื่องที่สอง"):
        window_a.agenda.add(m.AgendaItem(meeting.id, title, parent_id=section.id))
    item = numbered(meeting.id)["4.1"]
    window_a.agenda.move(item.id, section.id, 1)  # another window moves it: 4.1 becomes 4.2
    window_b.agenda.update(dataclasses.replace(item, proposal="เห็นควรอนุมัติ"), base=item)
    stored = window_a.records.get(m.AgendaItem, item.id)
    assert (stored.position, stored.proposal) == (1, "เห็นควรอนุมัติ")

    window_a.agenda.update(dataclasses.replace(stored, title="ชื่อของ A"), base=stored)
    state = snapshot()
    with pytest.raises(StaleWriteError, match=r"^this agenda item was changed by secretary at 14:02"):
        window_b.agenda.update(dataclasses.replace(stored, background="ของ B"), base=stored)
    assert snapshot() == state


def test_documents_people_and_other_records_refuse_stale_edits_too(
    window_a: Services, window_b: Services, meeting: m.Meeting, org: Org, add_documents, snapshot: Snapshot
) -> None:
    content = b"%PDF-1.4 quotation"
    document = m.Document(meeting.id, "ใบเสนอราคา", "q.pdf", "application/pdf", len(content), "")
    document = dataclasses.replace(document, sha256=window_a.store.blobs.put_bytes(content))
    add_documents(document)
    window_a.documents.update(dataclasses.replace(document, name="ใบเสนอราคา (A)"), base=document)
    person = org.members[0]
    window_a.people.update_person(dataclasses.replace(person, phone="02 111 1111"), base=person)
    invitation = window_a.records.select(m.Invitation, meeting_id=meeting.id, person_id=person.id)[0]
    accepted = dataclasses.replace(invitation, rsvp=m.Rsvp.ACCEPTED)
    window_a.records.update(accepted, base=invitation)
    state = snapshot()

    with pytest.raises(StaleWriteError, match=r"^this document was changed by secretary"):
        window_b.documents.update(dataclasses.replace(document, secrecy=m.Secrecy.SECRET), base=document)
    with pytest.raises(StaleWriteError, match=r"^this person was changed by secretary"):
        window_b.people.update_person(dataclasses.replace(person, email="x@example.go.th"), base=person)
    with pytest.raises(StaleWriteError, match=r"^this invitation was changed by secretary"):
        window_b.records.update(dataclasses.replace(invitation, rsvp=m.Rsvp.DECLINED), base=invitation)
    guest = m.Invitation(meeting.id, org.chair.id, role=m.InviteeRole.GUEST)
    with pytest.raises(StaleWriteError):  # all or nothing: the new invitation is not stored either
        window_b.records.change(
            create=[guest], update=[(dataclasses.replace(invitation, rsvp=m.Rsvp.SUBSTITUTE), invitation)]
        )
    assert snapshot() == state


def test_an_edit_of_a_record_deleted_meanwhile_is_not_found(
    window_a: Services, window_b: Services, org: Org, snapshot: Snapshot
) -> None:
    person = m.Person("ชั่วคราว", "ทดสอบ")
    window_a.people.create_person(person)
    window_a.records.delete(m.Person, person.id)
    state = snapshot()
    with pytest.raises(NotFoundError):
        window_b.people.update_person(dataclasses.replace(person, phone="1"), base=person)
    assert snapshot() == state


def test_a_base_of_another_record_is_a_programming_error(window_a: Services, org: Org) -> None:
    with pytest.raises(ValueError, match="same entity"):
        window_a.records.update(dataclasses.replace(org.members[0], phone="1"), base=org.members[1])


# -- the meeting day and the minutes: each write names the value the screen showed ----------------------

AT_NINE = datetime(2026, 3, 10, 2, 30, tzinfo=UTC)  # 09:30 in Bangkok


def test_undo_of_a_check_in_over_a_check_out_elsewhere_is_refused(
    window_a: Services, window_b: Services, meeting: m.Meeting, org: Org, snapshot: Snapshot
) -> None:
    alice = org.members[0]
    before = window_a.records.select(m.Invitation, meeting_id=meeting.id, person_id=alice.id)[0]
    _, check_in = window_a.steps.record(
        lambda: window_a.session.check_in(before.id, m.Attendance.PRESENT, AT_NINE)
    )
    checked_in = window_a.records.get(m.Invitation, before.id)
    window_b.session.check_out(before.id, AT_NINE.replace(hour=4))  # B sees her leave at 11:00
    left = window_b.records.get(m.Invitation, before.id)
    state = snapshot()

    with pytest.raises(
        StaleWriteError,
        match=r"^this step cannot be undone or redone: "
        r"the invitation it changed was changed again by somsri at 14:40",
    ):
        window_a.steps.undo(check_in)  # A's undo of the check-in
    assert snapshot() == state
    assert window_a.records.get(m.Invitation, before.id) == left  # B's leave is kept

    window_b.records.update(checked_in, base=left)  # B takes the leave back: as the check-in left it
    window_a.steps.undo(check_in)  # the undo goes through now
    assert window_a.records.get(m.Invitation, before.id) == before


def test_minutes_details_from_an_older_form_are_refused(
    window_a: Services, window_b: Services, meeting: m.Meeting, org: Org, snapshot: Snapshot
) -> None:
    shown = (m.MinutesStyle.SUMMARY, None, None)  # both forms show no minutes settings yet
    window_a.minutes.set_details(meeting.id, m.MinutesStyle.SUMMARY, org.secretary.id, None, base=shown)
    a_set = (m.MinutesStyle.SUMMARY, org.secretary.id, None)
    state = snapshot()

    with pytest.raises(StaleWriteError, match=r"^the minutes were changed by secretary at 14:02"):
        window_b.minutes.set_details(meeting.id, m.MinutesStyle.SUMMARY, None, org.chair.id, base=shown)
    assert snapshot() == state
    stored = window_b.minutes.view(meeting.id).minutes
    assert stored is not None and stored.taker_id == org.secretary.id  # A's taker is not lost

    window_b.minutes.set_details(
        meeting.id, m.MinutesStyle.SUMMARY, org.secretary.id, org.chair.id, base=a_set
    )
    stored = window_a.minutes.view(meeting.id).minutes
    assert stored is not None and (stored.taker_id, stored.checker_id) == (org.secretary.id, org.chair.id)
    with pytest.raises(StaleWriteError):  # A's undo of its taker, over B's checker
        window_a.minutes.set_details(meeting.id, *shown, base=a_set)


def test_a_resolution_or_note_typed_on_an_older_screen_is_refused(
    window_a: Services, window_b: Services, meeting: m.Meeting, numbered, snapshot: Snapshot
) -> None:
    item = numbered(meeting.id)["1"]
    window_a.session.set_resolution(item.id, "รับทราบ", base="")
    window_a.session.set_note(item.id, "ประธานแจ้งที่ประชุม", base="")
    state = snapshot()

    with pytest.raises(StaleWriteError, match=r"^this agenda item was changed by secretary at 14:02"):
        window_b.session.set_resolution(item.id, "อนุมัติ", base="")
    with pytest.raises(StaleWriteError) as refused:
        window_b.session.set_note(item.id, "ข้อความของ B", base="")
    assert str(refused.value) == (
        "the notes on this agenda item were changed by secretary at 14:02, after you opened them; they have "
        "been reloaded — make your change again"
    )
    assert snapshot() == state
    stored = window_b.session.view(meeting.id).item(item.id)
    assert (stored.item.resolution, stored.note) == ("รับทราบ", "ประธานแจ้งที่ประชุม")

    # Typing on: each autosave is based on the one before it.
    window_a.session.set_note(item.id, "ประธานแจ้งที่ประชุมทราบ", base="ประธานแจ้งที่ประชุม")
    window_a.session.set_resolution(item.id, " รับทราบ ตามเสนอ ", base="รับทราบ")
    window_a.session.set_resolution(item.id, "รับทราบตามเสนอ", base="รับทราบ ตามเสนอ")
    stored = window_a.session.view(meeting.id).item(item.id)
    assert (stored.item.resolution, stored.note) == ("รับทราบตามเสนอ", "ประธานแจ้งที่ประชุมทราบ")


def test_a_minutes_entry_and_its_undo_over_another_windows_edit_are_refused(
    window_a: Services, window_b: Services, meeting: m.Meeting, numbered, snapshot: Snapshot
) -> None:
    item = numbered(meeting.id)["1"]
    window_a.session.start(meeting.id, AT_NINE)
    window_a.minutes.draft(meeting.id)
    drafted = window_a.minutes.view(meeting.id).entries[item.id]
    _, edit = window_a.steps.record(
        lambda: window_a.minutes.set_entry(meeting.id, item.id, "ข้อความของ A", base=drafted)
    )
    state = snapshot()

    with pytest.raises(StaleWriteError, match=r"^the minutes were changed by secretary at 14:02"):
        window_b.minutes.set_entry(meeting.id, item.id, "ข้อความของ B", base=drafted)
    assert snapshot() == state

    window_b.minutes.set_entry(meeting.id, item.id, "ข้อความของ B", base="ข้อความของ A")
    with pytest.raises(StaleWriteError, match="changed again by somsri at 14:40"):
        window_a.steps.undo(edit)  # A's undo
    assert window_a.minutes.view(meeting.id).entries[item.id] == "ข้อความของ B"


def test_a_note_deleted_in_another_window_is_not_typed_back_into_being(
    window_a: Services, window_b: Services, meeting: m.Meeting, numbered, snapshot: Snapshot
) -> None:
    item = numbered(meeting.id)["1"]
    window_b.session.set_note(item.id, "ประธานแจ้งที่ประชุม", base="")
    with window_a.store.transaction() as repo:  # as a sync from another device deletes it
        note = repo.select(m.ItemNote, item_id=item.id)[0]
        repo.delete(m.ItemNote, [note.id])
    state = snapshot()
    with pytest.raises(StaleWriteError, match=r"^the notes on this agenda item were changed by secretary"):
        window_b.session.set_note(item.id, "ประธานแจ้งที่ประชุมทราบ", base="ประธานแจ้งที่ประชุม")
    assert snapshot() == state
    assert window_b.session.view(meeting.id).item(item.id).note == ""
    window_b.session.set_note(item.id, "บันทึกใหม่", base="")  # typed afresh on the reloaded screen: taken
    assert window_b.session.view(meeting.id).item(item.id).note == "บันทึกใหม่"


def test_undo_of_a_rebuilt_draft_over_another_windows_edit_is_refused(
    window_a: Services, window_b: Services, meeting: m.Meeting, numbered, snapshot: Snapshot
) -> None:
    item = numbered(meeting.id)["1"]
    window_a.session.start(meeting.id, AT_NINE)
    window_a.minutes.draft(meeting.id)
    window_a.minutes.set_entry(meeting.id, item.id, "ข้อความที่แก้ไว้", base=None)
    _, rebuild = window_a.steps.record(lambda: window_a.minutes.draft(meeting.id))  # replaces the edited text
    rebuilt = dict(window_a.minutes.view(meeting.id).entries)
    window_b.minutes.set_entry(meeting.id, item.id, "ข้อความของ B", base=rebuilt[item.id])
    state = snapshot()

    with pytest.raises(
        StaleWriteError,
        match=r"^this step cannot be undone or redone: "
        r"the minutes entry it changed was changed again by somsri at 14:40",
    ):
        window_a.steps.undo(rebuild)  # A's undo
    assert snapshot() == state
    assert window_a.minutes.view(meeting.id).entries[item.id] == "ข้อความของ B"

    window_b.minutes.set_entry(meeting.id, item.id, rebuilt[item.id], base="ข้อความของ B")
    window_a.steps.undo(rebuild)
    assert window_a.minutes.view(meeting.id).entries[item.id] == "ข้อความที่แก้ไว้"  # nothing else changed
