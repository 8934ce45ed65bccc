"""The evidence pack holds the meeting's whole live channel: `emeeting evidence` first fetches the events the
secretary's desktop did not follow (here: every one, as no window was open), and offline it is still made
from what was kept, with a note saying so."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import keyring
import pytest

from emeeting import cli
from emeeting.services.credentials import Credentials
from emeeting.sync.service import SyncService
from tests.server.conftest import PASSWORD, run_server
from tests.sync.conftest import MemoryKeyring, Office, build_office, cheap_settings


@pytest.fixture
def os_keyring() -> None:
    """The computer's password store, which the command (another program) reads the secretary's login from
    (the conftest's autouse fixture puts the previous one back)."""
    keyring.set_keyring(MemoryKeyring())


def login(office: Office) -> None:
    """The secretary logs in on her office PC: the token goes to the computer's password store."""
    SyncService(office.secretary.services.store, Credentials()).login(office.url, "somsri", PASSWORD)


def _pack(office: Office, dest: Path) -> dict[str, object]:
    data_dir = office.secretary.services.store.data_dir
    office.secretary.services.close()  # (the command opens the data folder itself)
    assert cli.main(["--data-dir", str(data_dir), "evidence", office.meeting.id, "-o", str(dest)]) == 0
    with zipfile.ZipFile(dest) as pack:
        return json.loads(pack.read("evidence.json"))


def test_the_pack_fetches_the_live_events_this_desktop_did_not_follow(
    office: Office, tmp_path: Path, os_keyring: None
) -> None:
    login(office)
    alice = office.attendee("alice")
    alice.sync.check_in(office.meeting.id, "online")
    assert office.secretary.sync.kept_live_events(office.meeting.id) == []

    evidence = _pack(office, tmp_path / "evidence.zip")

    [checkin] = evidence["checkins"]  # type: ignore[misc]
    assert checkin["person_id"] == office.people["alice"].id and checkin["mode"] == "online"
    assert checkin["verified_by"] == "password"


def test_offline_the_pack_is_made_from_what_was_kept(
    tmp_path: Path, os_keyring: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with run_server(cheap_settings(tmp_path)) as live:
        office = build_office(live, tmp_path)
        login(office)
        office.attendee("alice").sync.check_in(office.meeting.id, "present")
    # The server is gone: the pack is still written, from the events this desktop kept (none).

    evidence = _pack(office, tmp_path / "evidence.zip")

    assert evidence["checkins"] == []
    assert "the live events were not brought up to date" in capsys.readouterr().err
