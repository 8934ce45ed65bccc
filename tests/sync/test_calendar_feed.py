"""The calendar feed from the desktop: `emeeting calendar-feed` and ``CalendarFeeds`` make, show and stop
the private address; a calendar fetches it with a plain GET."""

from __future__ import annotations

from pathlib import Path

import httpx
import icalendar
import keyring
import pytest

from emeeting.cli import main
from emeeting.interop.ical import meeting_uid
from emeeting.sync.calendar_feed import CalendarFeeds
from tests.server.conftest import PASSWORD
from tests.sync.conftest import MemoryKeyring, Office


def uids(address: str) -> set[str]:
    r = httpx.get(address, timeout=10)
    assert r.status_code == 200, r.text
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(r.content).walk("VEVENT")}


def test_the_command_makes_shows_and_stops_the_address(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EMEETING_PASSWORD", PASSWORD)
    keyring.set_keyring(MemoryKeyring())  # this laptop's password store (the fixture puts the old back)
    command = ["--data-dir", str(tmp_path / "alice"), "calendar-feed"]
    assert main([*command, "--server", office.url, "--user", "alice"]) == 0
    assert "no calendar feed yet" in capsys.readouterr().out
    assert main([*command, "--new"]) == 0  # the one server known: no need to name it again
    address = capsys.readouterr().out.strip()
    assert address.startswith(office.url + "/calendar/") and address.endswith(".ics")
    assert uids(address) == {meeting_uid(office.meeting.id)}
    assert main(command) == 0
    assert capsys.readouterr().out.strip() == address  # kept in the password store
    assert main([*command, "--revoke"]) == 0
    assert "no longer works" in capsys.readouterr().out
    assert httpx.get(address, timeout=10).status_code == 404
    assert main(command) == 0 and "no calendar feed yet" in capsys.readouterr().out


def test_without_a_password_store_the_address_is_for_this_session(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bob = office.attendee("bob")
    feeds = CalendarFeeds(bob.sync)
    assert not feeds.state(bob.url).exists
    made = feeds.new(bob.url)
    assert made.exists and not made.kept and made.address is not None and made.created_at is not None
    assert uids(made.address) == {meeting_uid(office.meeting.id)}
    assert feeds.state(bob.url).address == made.address  # this session still has it
    later = CalendarFeeds(bob.sync).state(bob.url)  # another session: the server says one exists
    assert later.exists and later.address is None
    again = feeds.new(bob.url)
    assert again.address != made.address and httpx.get(made.address, timeout=10).status_code == 404
    feeds.end(bob.url)
    assert not feeds.state(bob.url).exists
