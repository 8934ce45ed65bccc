"""`emeeting sync` from the command line: password from the environment, publish, what moved."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from emeeting.cli import main
from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.services.container import Services
from emeeting.storage.sync_state import SyncStore
from emeeting.sync.service import normalise_url
from tests.server.conftest import PASSWORD
from tests.sync.conftest import Office


def test_sync_without_a_password_store_says_so_and_does_not_crash(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run(
        [sys.executable, "-m", "emeeting", "--data-dir", str(tmp_path / "d"), "sync"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "no password store (keyring backend) is usable on this computer" in result.stdout
    assert "for this session only" in result.stdout


def test_an_attendee_syncs_from_the_command_line(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EMEETING_PASSWORD", PASSWORD)
    folder = tmp_path / "alice-cli"
    assert main(["--data-dir", str(folder), "sync", "--server", office.url, "--user", "alice"]) == 0
    out = capsys.readouterr()
    # No password store here: the ลับ paper stays on the server rather than on this laptop in clear.
    assert "documents: 0 uploaded, 1 downloaded, 1 not available" in out.out
    assert "for this session only" in out.err
    assert "1 documents not downloaded: no password store (keyring backend) is usable" in out.err
    assert "confidential papers (ลับ and above) are not downloaded" in out.err
    assert main(["--data-dir", str(folder), "sync"]) == 0  # the one server known: no need to name it
    assert "received 0 records, sent 0" in capsys.readouterr().out
    with Services.open(folder) as services:
        assert [x.title for x in services.records.select(m.Meeting)] == [office.meeting.title]


def test_a_secretary_publishes_by_reference_and_a_wrong_password_changes_nothing(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    services = office.secretary.services
    start = office.meeting.start.replace(year=office.meeting.start.year + 1)
    services.meetings.create(office.committee.id, "ประชุมครั้งที่ 2", start)
    second = next(x for x in services.records.select(m.Meeting) if x.id != office.meeting.id)
    reference = f"ICT:{second.number}/{second.year_be}"
    folder = str(services.store.data_dir)
    monkeypatch.setenv("EMEETING_PASSWORD", "wrong password")
    args = ["--data-dir", folder, "sync", "--server", office.url, "--user", "nobody", "--publish", reference]
    assert main(args) == 2
    assert "refused the user name, password or code" in capsys.readouterr().err
    monkeypatch.setenv("EMEETING_PASSWORD", PASSWORD)
    args[args.index("nobody")] = "somsri"
    assert main(args) == 0
    assert f"publishing {second.label}" in capsys.readouterr().out
    other_pc = office.attendee("somsri", name="secretary-laptop")
    other_pc.run()
    assert second.id in {x.id for x in other_pc.rows(m.Meeting)}
    bob = office.attendee("bob")
    bob.run()
    assert {x.id for x in bob.rows(m.Meeting)} == {office.meeting.id}  # not invited to the second


def test_a_password_is_never_sent_in_clear_text_to_another_computer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EMEETING_PASSWORD", PASSWORD)
    folder = str(tmp_path / "d")
    for url in ("http://192.168.1.10:8443", "http://sync.example.go.th", "http://[::1"):
        assert main(["--data-dir", folder, "sync", "--server", url, "--user", "alice"]) == 2
        assert "over https:// only" in capsys.readouterr().err
    # This computer's own server may be plain http; any https address is taken.
    for url in ("http://localhost:9", "http://127.0.0.1:9", "http://[::1]:9", "https://192.168.1.10"):
        assert normalise_url(url) == url


def test_a_mistyped_server_address_is_refused_in_words_and_nothing_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EMEETING_PASSWORD", PASSWORD)
    folder = str(tmp_path / "d")
    typed = (
        "https://sync.example.go.th:8443x",  # a port with a letter
        "https://[::1",  # an unclosed bracket
        "https://sync.example\t.go.th",  # a tab pasted in
        "https://sync example.go.th",  # a space
        "https://alice:secret@sync.example.go.th",  # a password in the address would be kept in clear
        "http://evil.example:@localhost",  # whose host is not what it seems at a glance
    )
    for url in typed:
        assert main(["--data-dir", folder, "sync", "--server", url, "--user", "alice"]) == 2, url
        err = capsys.readouterr().err
        assert "not a server address" in err and "Traceback" not in err, (url, err)
    with Services.open(Path(folder)) as services, SyncStore(services.store).read() as state:
        assert state.servers() == []
    # The scheme as a careless hand or a phone's keyboard types it.
    assert normalise_url(" HTTPS://Sync.Example.go.th/ ") == "https://Sync.Example.go.th"
    assert normalise_url("Http://localhost:8000") == "http://localhost:8000"


def test_a_server_kept_from_before_https_was_required_can_still_be_logged_out_of(tmp_path: Path) -> None:
    """Its address is kept as it was; syncing with it is refused (the token would travel in clear text),
    logging out forgets the token here without sending it."""
    from emeeting.services.credentials import Credentials
    from emeeting.storage.sync_state import ServerState
    from emeeting.sync.service import SyncService

    old = "http://192.168.1.10:8443"
    with Services.open(tmp_path / "d") as services:
        sync = SyncService(services.store, Credentials())
        with sync.state.transaction() as st:
            st.save_server(ServerState(old, "somsri"))
        sync.credentials.set(old, "somsri", "token-from-back-then")
        assert sync.logged_in(old) and sync.server(old) is not None
        with pytest.raises(ValidationError, match="over https:// only"):
            sync.sync(old)
        sync.logout(old)  # nothing sent: the address is not reached at all
        assert not sync.logged_in(old) and sync.published(old) == set()


def test_a_code_or_password_no_server_takes_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "d")
    for password, extra in (
        (PASSWORD, ["--totp", "123 456 789 0"]),  # a code pasted twice over
        ("x" * 1200, []),  # a whole file pasted for the password
        (PASSWORD, ["--totp", "12\x003456"]),
    ):
        monkeypatch.setenv("EMEETING_PASSWORD", password)
        args = ["--data-dir", folder, "sync", "--server", "http://127.0.0.1:9", "--user", "alice", *extra]
        assert main(args) == 2
        err = capsys.readouterr().err
        assert "no server takes" in err and "Traceback" not in err, err


def test_an_address_that_is_not_an_emeeting_server_is_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Some other service on the address (a proxy's page, an intranet's API) answering every request with
    JSON of its own: the sync stops with words, not a traceback."""

    class Other(BaseHTTPRequestHandler):
        def answer(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            self.rfile.read(length)
            payload = json.dumps({"status": "ok", "token": 42}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = answer

        def log_message(self, *_args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Other)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("EMEETING_PASSWORD", PASSWORD)
        url = f"http://127.0.0.1:{httpd.server_address[1]}"
        assert main(["--data-dir", str(tmp_path / "d"), "sync", "--server", url, "--user", "alice"]) == 2
        err = capsys.readouterr().err
        assert "is this the address of an emeeting server?" in err and "Traceback" not in err, err
    finally:
        httpd.shutdown()
        httpd.server_close()
