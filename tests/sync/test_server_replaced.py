"""A server recreated empty at the same URL never empties the desktops that synced with it.

The server keeps a random id made with its database; a desktop that synced with one server and finds
another id at the same URL removes nothing and stops until its user chooses to start over. A sync that
would remove more than a handful of meetings because the server no longer shares them asks first too.
"""

from __future__ import annotations

import shutil
from contextlib import AbstractContextManager
from datetime import timedelta
from pathlib import Path

import pytest

from emeeting.cli import main
from emeeting.domain import model as m
from emeeting.server.app import Settings
from emeeting.services.container import Services
from emeeting.sync.engine import ServerReplaced, TooManyRemovals
from tests.server.conftest import PASSWORD, Live, run_server
from tests.sync.conftest import build_office, cheap_settings


def serve_at(settings: Settings, port: int) -> AbstractContextManager[Live]:
    """The server on a given port (0: any), so a new one can take the old one's URL."""
    return run_server(settings, port)


def recreate_empty(settings: Settings, tmp_path: Path) -> None:
    """A restore gone wrong: the database and the blobs are gone; the next server starts from nothing."""
    for path in tmp_path.glob("server.db*"):
        path.unlink()
    shutil.rmtree(settings.blobs, ignore_errors=True)


def test_a_replaced_server_removes_nothing_until_the_user_starts_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = cheap_settings(tmp_path)
    with serve_at(settings, 0) as first:
        office = build_office(first, tmp_path)
        alice = office.attendee("alice")
        alice.run()
        assert [x.id for x in alice.rows(m.Meeting)] == [office.meeting.id]
        port = int(first.url.rsplit(":", 1)[1])
    recreate_empty(settings, tmp_path)
    with serve_at(settings, port) as second:
        assert second.url == office.url
        # The administrator sets the accounts up again on the new, empty server.
        accounts = second.state.accounts
        accounts.add_user(
            "somsri",
            PASSWORD,
            "secretary",
            person_id=office.people["somsri"].id,
            committees=(office.committee.id,),
        )
        accounts.add_user("alice", PASSWORD, "member", person_id=office.people["alice"].id)

        monkeypatch.setenv("EMEETING_PASSWORD", PASSWORD)
        folder = str(office.secretary.services.store.data_dir)
        office.secretary.services.close()
        assert main(["--data-dir", folder, "sync"]) == 2
        err = capsys.readouterr().err
        assert f"the server at {office.url} was replaced" in err
        assert "nothing was removed here" in err and "--start-over" in err
        with Services.open(Path(folder)) as services:
            assert [x.id for x in services.records.select(m.Meeting)] == [office.meeting.id]
            assert len(services.records.select(m.Document)) == 2
        # A member's desktop stops the same way after logging in again, and keeps what it had.
        alice.sync.login(alice.url, "alice", PASSWORD)
        with pytest.raises(ServerReplaced):
            alice.run()
        assert [x.id for x in alice.rows(m.Meeting)] == [office.meeting.id]

        # The member starts over: what came from the old server goes.
        report = alice.sync.sync(alice.url, start_over=True)
        assert report.removed >= 1
        assert alice.rows(m.Meeting) == []
        # The secretary starts over: her own meeting stays and is published to the new server again.
        assert main(["--data-dir", folder, "sync", "--start-over"]) == 0
        capsys.readouterr()
        with Services.open(Path(folder)) as services:
            assert [x.id for x in services.records.select(m.Meeting)] == [office.meeting.id]
        alice.run()
        assert [x.id for x in alice.rows(m.Meeting)] == [office.meeting.id]
        assert len(alice.rows(m.Document)) == 2
        assert main(["--data-dir", folder, "sync"]) == 0  # the new server is the remembered one now
        assert "received 0 records" in capsys.readouterr().out


def test_many_meetings_no_longer_shared_are_removed_only_when_allowed(tmp_path: Path) -> None:
    settings = cheap_settings(tmp_path)
    with serve_at(settings, 0) as live:
        office = build_office(live, tmp_path)
        services = office.secretary.services
        alice_person = office.people["alice"]
        invitations = []
        for n in range(6):
            start = office.meeting.start + timedelta(days=7 * (n + 1))
            services.meetings.create(office.committee.id, f"ประชุมครั้งที่ {n + 2}", start)
        for meeting in services.records.select(m.Meeting):
            if meeting.id != office.meeting.id:
                invitation = m.Invitation(meeting.id, alice_person.id)
                services.records.create(invitation)
                invitations.append(invitation)
                office.secretary.sync.publish(office.url, meeting.id)
        office.secretary.run()
        alice = office.attendee("alice")
        alice.run()
        assert len(alice.rows(m.Meeting)) == 7

        services.records.delete(m.Invitation, *(i.id for i in invitations))
        services.records.delete(m.Invitation, office.invitations["alice"].id)
        office.secretary.run()
        with pytest.raises(TooManyRemovals, match="7 meetings are no longer shared with you"):
            alice.run()
        assert len(alice.rows(m.Meeting)) == 7
        with pytest.raises(TooManyRemovals):  # asked again, not forgotten
            alice.run()
        report = alice.sync.sync(alice.url, allow_removals=True)
        assert report.removed >= 7
        assert alice.rows(m.Meeting) == []


def test_a_restarted_server_is_the_same_server(tmp_path: Path) -> None:
    settings = cheap_settings(tmp_path)
    with serve_at(settings, 0) as first:
        office = build_office(first, tmp_path)
        port = int(first.url.rsplit(":", 1)[1])
    with serve_at(settings, port):
        report = office.secretary.run()
    assert report.removed == 0
    assert [x.id for x in office.secretary.rows(m.Meeting)] == [office.meeting.id]


def test_the_live_events_of_a_replaced_server_are_kept_from_its_first_one(tmp_path: Path) -> None:
    """Event ids count from 1 in each server database: a desktop that kept events up to id 9 of the old
    server still keeps events 1… of the new one at the same address, in a log of their own."""
    settings = cheap_settings(tmp_path)
    with serve_at(settings, 0) as first:
        office = build_office(first, tmp_path)
        meeting, item = office.meeting.id, office.items[0]
        paper = office.documents["open"].id
        secretary, alice = office.secretary.sync, office.attendee("alice")
        alice.run()
        for page in range(6):
            secretary.set_chair(meeting, item.id, paper, page)
        old = alice.sync.live_events(meeting)
        assert [e.data["page"] for e in old if e.type == "chair"] == list(range(6))
        port = int(first.url.rsplit(":", 1)[1])
    recreate_empty(settings, tmp_path)
    with serve_at(settings, port) as second:
        accounts = second.state.accounts
        accounts.add_user(
            "somsri",
            PASSWORD,
            "secretary",
            person_id=office.people["somsri"].id,
            committees=(office.committee.id,),
        )
        accounts.add_user("alice", PASSWORD, "member", person_id=office.people["alice"].id)
        secretary.login(office.url, "somsri", PASSWORD)
        secretary.sync(office.url, start_over=True)  # the meeting is published to the new server
        secretary.set_chair(meeting, item.id, paper, 7)
        secretary.set_chair(meeting, item.id, paper, 8)
        # Alice has not synced since: her desktop still expects the old server, and learns of the new one
        # from the events' page.
        alice.sync.login(alice.url, "alice", PASSWORD)
        new = alice.sync.live_events(meeting)
        assert [e.data["page"] for e in new if e.type == "chair"] == [7, 8]
        assert new[0].id == 1 and {e.server for e in new} != {e.server for e in old}
        kept = alice.sync.kept_live_events(meeting)
        assert [e.data["page"] for e in kept if e.type == "chair"] == [*range(6), 7, 8]  # the old log stays
        # Her stream follows on in the new log too: nothing again, the next event as it comes.
        stream = alice.sync.live_stream(meeting)
        events = iter(stream)
        secretary.set_chair(meeting, item.id, paper, 9)
        try:
            while (event := next(events)).type != "chair":
                pass
        finally:
            stream.close()
        assert event.data["page"] == 9 and stream.server == new[0].server
        # The secretary's own desktop (which adopted the new server) catches up the same way.
        mine = secretary.live_events(meeting)
        assert [e.data["page"] for e in mine if e.type == "chair"] == [7, 8, 9]
