"""The desktop's side of the live channel against a real server: catching up and keeping the events, the
stream cut in the middle and resumed from the last event kept, the chair and check-ins, and refusals."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from pydantic import ValidationError

from emeeting.domain import model as m
from emeeting.domain.kinds import Kind
from emeeting.sync import protocol as p
from emeeting.sync.client import ServerRefused
from emeeting.sync.server_info import live_log_key
from emeeting.sync.service import LiveStream, NotLoggedIn
from tests.server.conftest import PASSWORD
from tests.sync.conftest import Desk, Office, make_desk


@contextmanager
def following(desk: Desk, meeting_id: str, after: int | None = None) -> Iterator[queue.Queue[object]]:
    """The desk's stream of the meeting read on a thread into a queue (an exception ends it)."""
    stream = desk.sync.live_stream(meeting_id, after)
    arrived: queue.Queue[object] = queue.Queue()

    def read(live: LiveStream) -> None:
        try:
            for event in live:
                arrived.put(event)
        except Exception as error:  # handed to the test
            arrived.put(error)
        arrived.put(None)

    thread = threading.Thread(target=read, args=(stream,), daemon=True)
    thread.start()
    try:
        yield arrived
    finally:
        stream.close()
        thread.join(timeout=5)
        assert not thread.is_alive(), "closing a stream ends its reader"


def next_of(arrived: queue.Queue[object], type: str, timeout: float = 5.0) -> p.LiveEvent:
    deadline = time.monotonic() + timeout
    while True:
        found = arrived.get(timeout=max(0.01, deadline - time.monotonic()))
        assert isinstance(found, p.LiveEvent), found
        if found.type == type:
            return found


def test_the_stream_is_resumed_from_the_last_event_kept_and_nothing_is_missed(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    meeting, item = office.meeting.id, office.items[0]
    paper = office.documents["open"].id
    secretary = office.secretary.sync
    with following(alice, meeting) as arrived:
        secretary.set_chair(meeting, item.id, paper, 0)
        event = next_of(arrived, "chair")
        assert event.data == {"item_id": item.id, "document_id": paper, "page": 0}
        # (kept under the server's address and database id, as the window's channel keeps them)
        alice.sync.keep_live_events(live_log_key(office.url, office.live.state.db.server_id()), [event])
    # The connection is gone (closed under the reader, mid-stream); the meeting goes on without alice.
    for page in (1, 2, 3):
        secretary.set_chair(meeting, item.id, paper, page)
    with following(alice, meeting) as arrived:  # from the last event kept here
        pages = [next_of(arrived, "chair").data["page"] for _ in range(3)]
    assert pages == [1, 2, 3]
    assert {e.type for e in alice.sync.live_events(meeting)} <= {"chair"}  # the catch-up keeps the rest
    log = alice.sync.kept_live_events(meeting)
    assert [e.id for e in log] == sorted({e.id for e in log})
    assert [e.data["page"] for e in log if e.type == "chair"] == [0, 1, 2, 3]
    assert alice.sync.live_events(meeting) == []  # nothing new since
    # The secretary's desktop keeps the comings and goings of alice's laptop as well (the traffic data).
    sec = office.secretary.sync
    deadline = time.monotonic() + 5
    while len(traffic := [e for e in sec.kept_live_events(meeting) if e.type in ("joined", "left")]) < 4:
        assert time.monotonic() < deadline, traffic  # (a stream's leaving is written as it closes)
        sec.live_events(meeting)
        time.sleep(0.05)
    assert [(e.type, e.by) for e in traffic] == [("joined", "alice"), ("left", "alice")] * 2


def test_the_secretary_keeps_every_event_of_the_meeting_check_ins_with_how_identity_was_verified(
    office: Office,
) -> None:
    alice, bob = office.attendee("alice"), office.attendee("bob")
    meeting = office.meeting.id
    here = alice.sync.check_in(meeting, "present")
    online = bob.sync.check_in(meeting, "online")
    assert here.data == {"person_id": office.people["alice"].id, "mode": "present", "verified_by": "password"}
    assert online.data["mode"] == "online" and online.by == "bob"
    assert alice.sync.kept_live_events(meeting) == []  # kept when it comes back in order, not before
    sec = office.secretary.sync
    kept = sec.live_events(meeting)
    checkins = [e for e in kept if e.type == "checkin"]
    assert [(e.by, e.data["mode"], e.data["verified_by"]) for e in checkins] == [
        ("alice", "present", "password"),
        ("bob", "online", "password"),
    ]
    assert sec.kept_live_events(meeting) == kept and sec.last_live_event(meeting) == kept[-1].id
    with pytest.raises(ValueError):
        alice.sync.check_in(meeting, "asleep")


def test_a_push_tells_the_followers_to_pull(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    meeting = office.meeting.id
    with following(alice, meeting) as arrived:
        services = office.secretary.services
        item = office.items[0]
        services.agenda.update(m.AgendaItem(**{**item.__dict__, "title": "เรื่องที่แก้ไข"}), base=item)
        office.secretary.run()
        news = next_of(arrived, "records")
    assert news.by == "somsri" and news.data == {}
    report = alice.run()
    assert report.changes.concerns(Kind.AGENDA_ITEM)


def test_refusals_are_the_sync_errors(office: Office, tmp_path: object) -> None:
    meeting = office.meeting.id
    office.live.state.accounts.add_user("carol", PASSWORD, "member", person_id=m.new_id())
    carol = office.attendee("carol")
    with pytest.raises(ServerRefused):  # not invited: as if there were no such meeting
        carol.sync.live_events(meeting)
    with pytest.raises(ServerRefused):
        carol.sync.check_in(meeting, "present")
    alice = office.attendee("alice")
    with pytest.raises(ServerRefused):  # a member does not move the chair
        alice.sync.set_chair(meeting, office.items[0].id)
    stream = carol.sync.live_stream(meeting)
    with pytest.raises(ServerRefused):
        next(iter(stream))
    nobody = make_desk(office.tmp_path, "nobody", office.url, None)
    with pytest.raises(NotLoggedIn):
        nobody.sync.live_events(meeting)


def test_a_server_whose_database_changes_at_every_answer_is_a_clear_error_and_nothing_is_kept(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that names another database at every answer (a broken proxy between two servers, or a
    hostile one) cannot make the desktop file its events under ever new logs: one retry, then an error."""
    import uuid

    from emeeting.sync.live import OtherServerDatabase

    alice = office.attendee("alice")
    alice.run()
    meeting, item = office.meeting.id, office.items[0]
    office.secretary.sync.set_chair(meeting, item.id, office.documents["open"].id, 0)
    monkeypatch.setattr(office.live.state.db, "server_id", lambda: str(uuid.uuid4()))
    with pytest.raises(OtherServerDatabase) as raised:
        alice.sync.live_events(meeting)
    assert "replaced" in str(raised.value)
    assert alice.sync.kept_live_events(meeting) == []
    with following(alice, meeting) as arrived:  # the stream gives up the same way
        found = arrived.get(timeout=10)
    assert isinstance(found, OtherServerDatabase)
    assert alice.sync.kept_live_events(meeting) == []


def test_a_server_id_too_long_to_be_one_is_an_answer_the_desktop_cannot_read(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice = office.attendee("alice")
    alice.run()
    meeting = office.meeting.id
    # (a page with such an id is not a LiveEvents page: the desktop reads none; our server sends none)
    with pytest.raises(ValidationError):
        p.LiveEvents.model_validate({"events": [], "last": 0, "more": False, "server_id": "x" * 65})
    monkeypatch.setattr(office.live.state.db, "server_id", lambda: "x" * 100_000)
    with following(alice, meeting) as arrived:  # the stream's header
        found = arrived.get(timeout=10)
    assert isinstance(found, ServerRefused) and "cannot read" in str(found)
    assert alice.sync.kept_live_events(meeting) == []
