"""Undo in the core: every operation the screens offer with undo, recorded by the store and replayed.

For each operation: the whole record (every entity table, live rows and tombstones, entity fields only) is
exactly as before once it is undone — a row the operation created is left as a tombstone — and exactly as
after once it is redone, with the same ids. Then the conflicts: a later change to a row the step changed
(the same window, another window on the same file, a sync pull) refuses the undo and changes nothing; a
later change elsewhere does not; a step on a meeting certified since is refused by the certified-record
guard.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import StaleWriteError, ValidationError
from emeeting.domain.kinds import RECORDS, kind_of
from emeeting.services.container import Services
from emeeting.storage.store import Store
from tests.services.conftest import BANGKOK, Org

AT_NINE = datetime(2026, 3, 10, 9, 30, tzinfo=BANGKOK)
Work = Callable[[], Changes]

# One entity table: id → (entity fields, deleted).
Record = dict[str, dict[str, tuple[tuple[Any, ...], bool]]]


def record(store: Store) -> Record:
    """Every entity row, live or tombstone, by its entity fields only (not the sync bookkeeping)."""
    found: Record = {}
    with store.connection() as conn:
        for cls, table in ((row.cls, row.table) for row in RECORDS):
            if cls is m.AuditEvent:
                continue
            codec = store.codecs[cls]
            sql = f"SELECT {codec.columns_sql}, deleted FROM {table}"
            at = list(codec.fields).index("id")
            found[table] = {row[at]: (tuple(row[:-1]), bool(row[-1])) for row in conn.execute(sql)}
    return found


def assert_undone(now: Record, before: Record) -> None:
    """``now`` is ``before`` again; rows that did not exist before may remain, as tombstones only."""
    for table, rows in before.items():
        for row_id, row in rows.items():
            assert now[table].get(row_id) == row, f"{table} {row_id}"
        for row_id, (_fields, deleted) in now[table].items():
            assert row_id in rows or deleted, f"{table} {row_id} is still live"


@dataclasses.dataclass
class World:
    """A prepared store: the ICT committee and its meeting (every member invited, opened at 09:30, two
    members present, two documents attached to item 1, a vote, a dissent, a recusal and an action under
    item 1) and an empty second committee."""

    org: Org
    meeting: m.Meeting
    empty: m.Committee
    items: dict[str, m.AgendaItem]
    invitations: dict[str, m.Invitation]  # by person id
    documents: list[m.Document]
    make_pdf: Callable[..., Path]


@pytest.fixture
def world(services: Services, org: Org, meeting: m.Meeting, numbered, add_documents, make_pdf) -> World:
    empty = m.Committee("คณะกรรมการว่าง", "EMPTY")
    services.records.create(empty)
    items = numbered(meeting.id)
    item = items["1"]
    services.session.start(meeting.id, AT_NINE)
    pdfs = [make_pdf("a.pdf"), make_pdf("b.pdf", marker="Budget")]
    services.documents.attach(meeting.id, item.id, pdfs)
    documents = services.records.select(m.Document, order_by=("position",), meeting_id=meeting.id)
    invitations = {i.person_id: i for i in services.records.select(m.Invitation, meeting_id=meeting.id)}
    for member in org.members[:2]:
        services.session.check_in(invitations[member.id].id, m.Attendance.PRESENT, AT_NINE)
    vote = m.Vote(meeting.id, item.id, "เห็นชอบหรือไม่")
    services.session.record_vote(vote, {org.members[0].id: m.Choice.FOR})
    services.session.add_dissent(item.id, org.members[0].id, "ไม่เห็นด้วย")
    services.session.recuse(item.id, org.members[1].id, "มีส่วนได้เสีย")
    services.records.create(m.ActionItem(meeting.id, "ทำรายงาน", item_id=item.id))
    invitations = {i.person_id: i for i in services.records.select(m.Invitation, meeting_id=meeting.id)}
    meeting = services.records.get(m.Meeting, meeting.id)
    return World(org, meeting, empty, items, invitations, documents, make_pdf)


def _person(first: str) -> m.Person:
    return m.Person(first, "ทดสอบ", title="นาย")


def _edit_meeting(s: Services, w: World) -> Work:
    after = dataclasses.replace(w.meeting, place="ห้องประชุม 2", title="แก้ชื่อ")
    return lambda: s.meetings.update(after, base=w.meeting)


def _edit_committee(s: Services, w: World) -> Work:
    after = dataclasses.replace(w.org.committee, name="ชื่อใหม่")
    return lambda: s.records.update(after, base=w.org.committee)


def _edit_person(s: Services, w: World) -> Work:
    after = dataclasses.replace(w.org.chair, position="ประธาน")
    return lambda: s.people.update_person(after, base=w.org.chair)


def _edit_membership(s: Services, w: World) -> Work:
    before = w.org.memberships[1]
    return lambda: s.records.update(dataclasses.replace(before, role=m.MemberRole.VICE_CHAIR), base=before)


def _import_people(s: Services, w: World) -> Work:
    fields = ("title", "first_name", "last_name", "email", "role")
    rows = [
        (2, dict(zip(fields, ("นาย", "ธนา", "พัฒนา", "thana@example.go.th", "กรรมการ"), strict=True))),
        (3, dict(zip(fields, ("นาง", "สมหญิง", "รักเรียน", "", "กรรมการ"), strict=True))),  # already listed
    ]
    return lambda: s.people.import_rows(rows, w.empty.id).changes


def _agenda_add(s: Services, w: World) -> Work:
    parent = w.items["4"]
    item = m.AgendaItem(w.meeting.id, "เรื่องใหม่", parent_id=parent.id, position=0)
    return lambda: s.agenda.add(item)


def _agenda_section(s: Services, w: World) -> Work:
    ids = [m.new_id() for _ in range(4)]
    return lambda: s.agenda.add_section(w.meeting.id, "th", m.AgendaSection.FOR_DECISION, ids=ids)


def _agenda_edit(s: Services, w: World) -> Work:
    before = w.items["2"]
    return lambda: s.agenda.update(dataclasses.replace(before, title="รับรองรายงาน"), base=before)


def _invite_guest(s: Services, w: World) -> Work:
    guest = _person("แขก")
    s.records.create(guest)
    invitation = m.Invitation(w.meeting.id, guest.id, role=m.InviteeRole.GUEST)
    return lambda: s.records.change(create=[invitation])


def _invite_committee(s: Services, w: World) -> Work:
    s.records.delete(m.Invitation, w.invitations[w.org.members[2].id].id)
    return lambda: s.meetings.invite_committee(w.meeting.id)


def _send_substitute(s: Services, w: World) -> Work:
    deputy = _person("ผู้แทน")
    s.records.create(deputy)
    invitation = w.invitations[w.org.members[2].id]
    substitute = m.Invitation(
        w.meeting.id, deputy.id, rsvp=m.Rsvp.ACCEPTED, substitute_for_id=invitation.person_id
    )
    sends = dataclasses.replace(invitation, rsvp=m.Rsvp.SUBSTITUTE)
    return lambda: s.records.change(create=[substitute], update=[(sends, invitation)])


def _send_new_substitute(s: Services, w: World) -> Work:
    deputy = _person("ผู้แทนใหม่")
    invitation = w.invitations[w.org.members[2].id]
    substitute = m.Invitation(
        w.meeting.id, deputy.id, rsvp=m.Rsvp.ACCEPTED, substitute_for_id=invitation.person_id
    )
    sends = dataclasses.replace(invitation, rsvp=m.Rsvp.SUBSTITUTE)
    return lambda: s.meetings.invite_new_person(deputy, substitute, sends=sends)


def _set_rsvp(s: Services, w: World) -> Work:
    before = w.invitations[w.org.chair.id]
    return lambda: s.records.update(dataclasses.replace(before, rsvp=m.Rsvp.DECLINED), base=before)


def _document_secrecy(s: Services, w: World) -> Work:
    before = w.documents[0]
    return lambda: s.documents.update(
        dataclasses.replace(before, secrecy=m.Secrecy.CONFIDENTIAL), base=before
    )


def _attach(s: Services, w: World) -> Work:
    pdf = w.make_pdf("c.pdf", marker="Quote")
    item_id = w.items["1"].id
    return lambda: s.documents.attach(w.meeting.id, item_id, [pdf]).changes


def _substitute_in_session(s: Services, w: World) -> Work:
    member = w.org.members[2]
    return lambda: s.session.add_substitute(w.meeting.id, member.id, _person("แทน"), AT_NINE, new_person=True)


def _note(s: Services, w: World) -> Work:
    return lambda: s.session.set_note(w.items["1"].id, "บันทึก", base="")


def _resolution(s: Services, w: World) -> Work:
    return lambda: s.session.set_resolution(w.items["1"].id, "ที่ประชุมรับทราบ", base="")


def _close(s: Services, w: World) -> Work:
    return lambda: s.session.end(w.meeting.id, AT_NINE.replace(hour=11))


def _open_again(s: Services, w: World) -> Work:
    s.session.end(w.meeting.id, AT_NINE.replace(hour=11))
    return lambda: s.session.start(w.meeting.id, AT_NINE.replace(hour=11, minute=30))


def _open_first(s: Services, w: World) -> Work:
    meeting_id = m.new_id()
    s.meetings.create(w.org.committee.id, "ประชุมครั้งที่ 2", AT_NINE.replace(day=20), meeting_id=meeting_id)
    return lambda: s.session.start(meeting_id, AT_NINE.replace(day=20))


def _generate_draft(s: Services, w: World) -> Work:
    return lambda: s.minutes.draft(w.meeting.id, m.MinutesStyle.SUMMARY)


def _generate_after_closing(s: Services, w: World) -> Work:
    s.session.end(w.meeting.id, AT_NINE.replace(hour=11))  # the draft moves the meeting to "minutes drafted"
    return lambda: s.minutes.draft(w.meeting.id, m.MinutesStyle.SUMMARY)


def _regenerate_draft(s: Services, w: World) -> Work:
    s.minutes.draft(w.meeting.id, m.MinutesStyle.SUMMARY)
    s.minutes.set_entry(w.meeting.id, w.items["1"].id, "ข้อความที่แก้ไว้")
    return lambda: s.minutes.draft(w.meeting.id, m.MinutesStyle.VERBATIM)


def _minutes_details(s: Services, w: World) -> Work:
    s.minutes.draft(w.meeting.id, m.MinutesStyle.SUMMARY)
    old = (m.MinutesStyle.SUMMARY, None, None)
    new = (m.MinutesStyle.SUMMARY, w.org.secretary.id, w.org.chair.id)
    return lambda: s.minutes.set_details(w.meeting.id, *new, base=old)


def _minutes_entry(s: Services, w: World) -> Work:
    s.minutes.draft(w.meeting.id, m.MinutesStyle.SUMMARY)
    item_id = w.items["1"].id
    before = s.minutes.view(w.meeting.id).entries[item_id]
    return lambda: s.minutes.set_entry(w.meeting.id, item_id, "ข้อความใหม่", base=before)


def _remove(cls: type, pick: Callable[[Services, World], str]) -> Callable[[Services, World], Work]:
    def operation(s: Services, w: World) -> Work:
        entity_id = pick(s, w)
        return lambda: s.records.delete(cls, entity_id)

    return operation


def _first(cls: type) -> Callable[[Services, World], str]:
    return lambda s, w: s.records.select(cls, meeting_id=w.meeting.id)[0].id


def _of_item(cls: type) -> Callable[[Services, World], str]:
    return lambda s, w: s.records.select(cls, item_id=w.items["1"].id)[0].id


# Every operation a screen offers with undo (ui/*: the calls of UndoHistory.run), over the world above.
OPERATIONS: dict[str, Callable[[Services, World], Work]] = {
    "new meeting": lambda s, w: (
        lambda: s.meetings.create(
            w.org.committee.id, "ประชุมใหม่", AT_NINE.replace(day=24), template="th", place="ห้อง 3"
        )
    ),
    "copy as next meeting": lambda s, w: (
        lambda: s.meetings.copy_as_next(w.meeting.id, AT_NINE.replace(day=31))
    ),
    "delete meeting": lambda s, w: lambda: s.meetings.delete(w.meeting.id),
    "edit meeting": _edit_meeting,
    "new committee": lambda s, w: lambda: s.records.create(m.Committee("คณะใหม่", "NEW")),
    "edit committee": _edit_committee,
    "delete committee": lambda s, w: lambda: s.people.delete_committee(w.empty.id),
    "new person": lambda s, w: lambda: s.people.create_person(_person("ใหม่")),
    "edit person": _edit_person,
    "delete person": lambda s, w: (
        lambda p: (s.records.create(p), lambda: s.records.delete(m.Person, p.id))[1]
    )(_person("ลบได้")),
    "add membership": lambda s, w: lambda: s.records.create(m.Membership(w.empty.id, w.org.chair.id)),
    "edit membership": _edit_membership,
    "remove membership": lambda s, w: lambda: s.records.delete(m.Membership, w.org.memberships[2].id),
    "import people": _import_people,
    "add agenda item": _agenda_add,
    "add agenda section": _agenda_section,
    "remove agenda item": lambda s, w: lambda: s.agenda.remove(w.items["1"].id),
    "move agenda item": lambda s, w: lambda: s.agenda.move(w.items["3"].id, None, 0),
    "edit agenda item": _agenda_edit,
    "recuse (agenda)": lambda s, w: (
        lambda: s.records.change(create=[m.Recusal(w.items["2"].id, w.org.members[0].id)])
    ),
    "remove recusal": _remove(m.Recusal, _of_item(m.Recusal)),
    "invite the committee": _invite_committee,
    "invite a guest": _invite_guest,
    "change reply": _set_rsvp,
    "send a substitute": _send_substitute,
    "invite a new person": lambda s, w: (
        lambda p: (
            lambda: s.meetings.invite_new_person(
                p, m.Invitation(w.meeting.id, p.id, role=m.InviteeRole.PRESENTER, item_id=w.items["1"].id)
            )
        )
    )(_person("ผู้นำเสนอ")),
    "send a new substitute": _send_new_substitute,
    "remove invitee": lambda s, w: lambda: s.records.delete(m.Invitation, w.invitations[w.org.chair.id].id),
    "document secrecy": _document_secrecy,
    "move document": lambda s, w: (
        lambda: s.documents.reorder(w.meeting.id, w.items["1"].id, [d.id for d in reversed(w.documents)])
    ),
    "remove document": lambda s, w: lambda: s.documents.remove(w.documents[0].id),
    "attach documents": _attach,
    "check in": lambda s, w: (
        lambda: s.session.check_in(w.invitations[w.org.chair.id].id, m.Attendance.PRESENT, AT_NINE)
    ),
    "check in late": lambda s, w: (
        lambda: s.session.check_in(
            w.invitations[w.org.chair.id].id, m.Attendance.LATE, AT_NINE.replace(hour=10)
        )
    ),
    "check out": lambda s, w: (
        s.session.check_in(w.invitations[w.org.chair.id].id, m.Attendance.PRESENT, AT_NINE),
        lambda: s.session.check_out(w.invitations[w.org.chair.id].id, AT_NINE.replace(hour=10)),
    )[1],
    "mark absent": lambda s, w: lambda: s.session.mark_absent(w.invitations[w.org.chair.id].id, "ลาป่วย"),
    "substitute in session": _substitute_in_session,
    "open the meeting": _open_first,
    "open the meeting again": _open_again,
    "close the meeting": _close,
    "mark reconvened": lambda s, w: lambda: s.session.set_reconvened(w.meeting.id, True),
    "edit the notes": _note,
    "edit the resolution": _resolution,
    "record a vote": lambda s, w: (
        lambda: s.session.record_vote(
            m.Vote(w.meeting.id, w.items["2"].id, "รับรองหรือไม่"), {w.org.members[1].id: m.Choice.AGAINST}
        )
    ),
    "record a dissent": lambda s, w: lambda: s.session.add_dissent(w.items["2"].id, w.org.chair.id, "ค้าน"),
    "record a recusal": lambda s, w: lambda: s.session.recuse(w.items["2"].id, w.org.chair.id, "ญาติ"),
    "add an action": lambda s, w: (
        lambda: s.records.create(
            m.ActionItem(w.meeting.id, "ติดตามผล", item_id=w.items["2"].id, assignee_id=w.org.chair.id)
        )
    ),
    "remove vote": _remove(m.Vote, _first(m.Vote)),
    "remove dissent": _remove(m.Dissent, _of_item(m.Dissent)),
    "remove recusal (session)": _remove(m.Recusal, _of_item(m.Recusal)),
    "remove action": _remove(m.ActionItem, _first(m.ActionItem)),
    "generate the draft minutes": _generate_draft,
    "generate the draft of a closed meeting": _generate_after_closing,
    "generate the draft again": _regenerate_draft,
    "change the minutes' settings": _minutes_details,
    "edit the minutes": _minutes_entry,
}


@pytest.mark.parametrize("name", OPERATIONS)
def test_undo_puts_the_record_back_exactly_and_redo_does_it_again(
    services: Services, store: Store, world: World, name: str
) -> None:
    work = OPERATIONS[name](services, world)
    before = record(store)
    changes, operation = services.steps.record(work)
    after = record(store)
    assert after != before and operation, "the operation changed something and the store recorded it"
    for row in operation.rows:  # the Changes name every row the operation changed
        assert changes.concerns(kind_of(row.cls), [row.id]) or not changes, row

    undo_changes, undone = services.steps.undo(operation)
    assert_undone(record(store), before)
    assert undo_changes

    _, redone = services.steps.redo(undone)
    assert record(store) == after  # same ids, same values, tombstones back to life

    services.steps.undo(redone)  # and undone once more
    assert_undone(record(store), before)


# -- conflicts ---------------------------------------------------------------------------------------------

Snapshot = Callable[[], dict[str, list[tuple[object, ...]]]]
# 14:40 today in Bangkok: a message names a moment of today by its time alone, so the day is the day the
# tests run (a fixed date failed once Bangkok's clock passed midnight).
B_WRITES_AT = datetime.now(BANGKOK).replace(hour=14, minute=40, second=0, microsecond=0).astimezone(UTC)


@pytest.fixture
def bangkok_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The user's local time zone is Bangkok (UTC+7): messages show times on that clock."""
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def window_b(data_dir: Path, store: Store, bangkok_clock: None) -> Iterator[Services]:
    """A second opening of the same store file (another window, another process), by somsri at 14:40."""
    other = Store.open(data_dir, actor="somsri")
    other.clock = lambda: B_WRITES_AT
    yield Services(other)
    other.close()


def _rename(services: Services, item: m.AgendaItem, title: str) -> Changes:
    current = services.records.get(m.AgendaItem, item.id)
    return services.agenda.update(dataclasses.replace(current, title=title), base=current)


def test_a_later_edit_of_the_same_row_in_the_same_window_refuses_the_undo(
    services: Services, world: World, snapshot: Snapshot
) -> None:
    item = world.items["2"]
    _, operation = services.steps.record(lambda: _rename(services, item, "ชื่อแรก"))
    _rename(services, item, "ชื่อที่สอง")  # a later step, whose undo was not asked for
    state = snapshot()
    with pytest.raises(
        StaleWriteError,
        match=r"^this step cannot be undone or redone: "
        r"the agenda item it changed was changed again by secretary at ",
    ):
        services.steps.undo(operation)
    assert snapshot() == state


def test_a_later_edit_in_another_window_refuses_the_undo_and_names_who_and_when(
    services: Services, window_b: Services, world: World, snapshot: Snapshot
) -> None:
    invitation = world.invitations[world.org.chair.id]
    _, operation = services.steps.record(
        lambda: services.session.check_in(invitation.id, m.Attendance.PRESENT, AT_NINE)
    )
    window_b.session.check_out(invitation.id, AT_NINE.replace(hour=11))
    state = snapshot()
    with pytest.raises(
        StaleWriteError,
        match=r"^this step cannot be undone or redone: "
        r"the invitation it changed was changed again by somsri at 14:40",
    ):
        services.steps.undo(operation)
    assert snapshot() == state
    assert services.records.get(m.Invitation, invitation.id).left_at is not None  # B's check-out is kept


def test_a_row_a_sync_pull_wrote_since_refuses_the_undo(
    services: Services, store: Store, world: World, snapshot: Snapshot
) -> None:
    from emeeting.storage.sync_state import SyncStore

    item = world.items["2"]
    _, operation = services.steps.record(lambda: _rename(services, item, "ชื่อของเรา"))
    with SyncStore(store).transaction() as sync:  # as a pull writes a row another device changed
        row = sync.row("agenda_item", item.id)
        assert row is not None
        data = {**row.data, "title": "ชื่อจากเครื่องอื่น"}
        sync.write(
            "agenda_item",
            data,
            version=7,
            dirty=False,
            deleted=False,
            updated_at="2026-03-10 05:00:00.000000",
            updated_by="narong",
        )
    state = snapshot()
    with pytest.raises(StaleWriteError, match="changed again by narong"):
        services.steps.undo(operation)
    assert snapshot() == state


def test_a_row_the_sync_only_marked_as_sent_does_not_refuse_the_undo(
    services: Services, store: Store, world: World
) -> None:
    from emeeting.storage.sync_state import SyncStore

    item = world.items["2"]
    before = record(store)
    _, operation = services.steps.record(lambda: _rename(services, item, "ชื่อของเรา"))
    with SyncStore(store).transaction() as sync:  # a push: version and dirty change, the fields do not
        sync.set_synced("agenda_item", item.id, 3, clean=True)
    services.steps.undo(operation)
    assert_undone(record(store), before)


def test_a_later_edit_of_another_row_does_not_refuse_the_undo(
    services: Services, window_b: Services, world: World, store: Store
) -> None:
    item = world.items["2"]
    _, operation = services.steps.record(lambda: _rename(services, item, "ชื่อแรก"))
    _rename(window_b, world.items["3"], "อีกเรื่องหนึ่ง")
    services.steps.undo(operation)
    assert services.records.get(m.AgendaItem, item.id) == item
    assert services.records.get(m.AgendaItem, world.items["3"].id).title == "อีกเรื่องหนึ่ง"


def test_a_redo_over_a_later_edit_is_refused_too(
    services: Services, window_b: Services, world: World, snapshot: Snapshot
) -> None:
    item = world.items["2"]
    _, operation = services.steps.record(lambda: _rename(services, item, "ชื่อแรก"))
    _, undone = services.steps.undo(operation)
    _rename(window_b, item, "ชื่อของสมศรี")
    state = snapshot()
    with pytest.raises(
        StaleWriteError,
        match=r"^this step cannot be undone or redone: "
        r"the agenda item it changed was changed again by somsri at 14:40",
    ):
        services.steps.redo(undone)
    assert snapshot() == state


def test_undo_of_a_generated_draft_is_refused_once_its_text_was_edited(
    services: Services, window_b: Services, world: World, snapshot: Snapshot
) -> None:
    meeting_id, item = world.meeting.id, world.items["1"]
    _, operation = services.steps.record(lambda: services.minutes.draft(meeting_id, m.MinutesStyle.SUMMARY))
    drafted = services.minutes.view(meeting_id).entries[item.id]
    window_b.minutes.set_entry(meeting_id, item.id, "ข้อความของสมศรี", base=drafted)
    state = snapshot()
    with pytest.raises(
        StaleWriteError,
        match=r"^this step cannot be undone or redone: "
        r"the minutes entry it changed was changed again by somsri at 14:40",
    ):
        services.steps.undo(operation)
    assert snapshot() == state

    window_b.minutes.set_entry(meeting_id, item.id, drafted, base="ข้อความของสมศรี")  # put back as generated
    services.steps.undo(operation)  # the text is as the step left it again: the undo goes through
    assert not services.minutes.view(meeting_id).entries


def test_undo_of_a_step_on_a_meeting_certified_since_is_refused_by_the_guard(
    services: Services, world: World, snapshot: Snapshot
) -> None:
    meeting_id, item = world.meeting.id, world.items["2"]
    _, operation = services.steps.record(lambda: _rename(services, item, "ชื่อก่อนรับรอง"))
    services.session.end(meeting_id, AT_NINE.replace(hour=11))
    services.minutes.draft(meeting_id)
    services.minutes.certify(
        meeting_id, m.CertificationMethod.SAME_MEETING, AT_NINE.replace(hour=11, minute=5)
    )
    state = snapshot()
    with pytest.raises(
        ValidationError, match=r"^the minutes are certified and frozen; this cannot be undone$"
    ):
        services.steps.undo(operation)
    assert snapshot() == state
