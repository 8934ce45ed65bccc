"""A record the server refuses in a meeting it already has does not wedge sync, and a refused push leaves
nothing behind that would later be taken for the server's copy.

A record the server cannot take (it breaks a rule the server checks, such as a desktop of another version
letting an agenda item lose its title) goes back to the server's copy, the local edit kept as a conflict
copy the user can see, as for a record the server will not take from this user (403).
"""

from __future__ import annotations

from typing import Any

from emeeting.domain import model as m
from emeeting.storage.sync_state import SyncStore
from tests.sync.conftest import Desk, Office
from tests.sync.test_refused_publish import _finance_meeting


def _edit_behind_the_services(desk: Desk, kind: str, record_id: str, **fields: Any) -> None:
    """An edit the desktop's own checks did not see (another version of the program, say)."""
    with SyncStore(desk.services.store).transaction() as st:
        row = st.row(kind, record_id)
        assert row is not None
        st.write(
            kind, {**row.data, **fields}, version=row.version, dirty=True, deleted=False,
            updated_at="2026-12-07 00:00:00", updated_by=desk.services.store.data_dir.name,
        )  # fmt: skip


def _sent(desk: Desk, kind: str, record_id: str) -> object:
    with SyncStore(desk.services.store).read() as st:
        return st.sent(desk.url, kind, record_id)


def test_a_record_the_server_cannot_take_goes_back_to_its_copy_and_sync_goes_on(office: Office) -> None:
    desk = office.secretary
    first = next(i for i in office.items if i.parent_id is None)
    _edit_behind_the_services(desk, "agenda_item", first.id, title="")

    report = desk.run()
    assert report.refused == [] and report.conflicts == 1
    assert desk.services.records.get(m.AgendaItem, first.id).title == first.title
    [copy] = desk.sync.conflicts()
    assert copy.record_id == first.id and copy.local_value["title"] == ""
    assert _sent(desk, "agenda_item", first.id) is None
    again = desk.run()
    assert (again.pushed, again.conflicts, again.refused) == (0, 0, [])
    # Edits made afterwards travel as usual.
    second = next(i for i in office.items if i.parent_id is None and i.id != first.id)
    _edit_behind_the_services(desk, "agenda_item", second.id, title="วาระที่แก้แล้ว")
    assert desk.run().pushed == 1


def test_a_record_refused_as_someone_elses_leaves_no_trace_of_the_push(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    _edit_behind_the_services(alice, "meeting", office.meeting.id, title="ชื่อที่สมาชิกแก้เอง")
    report = alice.run()
    assert report.conflicts == 1
    assert alice.services.records.get(m.Meeting, office.meeting.id).title == office.meeting.title
    assert _sent(alice, "meeting", office.meeting.id) is None
    assert alice.run().pushed == 0


def test_a_publish_dropped_as_refused_leaves_no_trace_of_the_push(office: Office) -> None:
    meeting = _finance_meeting(office)
    desk = office.secretary
    desk.sync.publish(desk.url, meeting.id)
    [refused] = desk.run().refused
    assert refused.meeting_id == meeting.id
    assert _sent(desk, "meeting", meeting.id) is None
    for item in desk.rows(m.AgendaItem, meeting_id=meeting.id):
        assert _sent(desk, "agenda_item", item.id) is None
