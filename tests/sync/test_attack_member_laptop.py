"""A member's laptop attacked from the inside: the member past the offline limit, the data folder's owner
with the command line, a thief with the folder. Each case is something that once leaked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest

from emeeting.cli import main
from emeeting.domain import model as m
from emeeting.storage.sync_state import SyncStore
from tests.sync.conftest import Desk, Office, stored_bytes
from tests.sync.test_sealed_papers import ASCII_TEXT, papers  # noqa: F401 - a fixture


def _offline_for(desk: Desk, days: int) -> None:
    """As if the laptop's last contact with its server was ``days`` ago."""
    with SyncStore(desk.services.store).transaction() as st:
        for state in st.servers():
            state.last_contact = datetime.now(UTC) - timedelta(days=days)
            st.save_server(state)


def _text(pdf: Path) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(pdf).pages)


def alice_laptop(office: Office) -> Desk:
    """Alice's laptop, synced, its password store the one the command line finds."""
    alice = office.attendee("alice")
    alice.run()
    assert alice.keyring is not None
    keyring.set_keyring(alice.keyring)  # the conftest's autouse fixture puts the previous one back
    return alice


@pytest.mark.parametrize("command", ["annotated-copy", "book"])
def test_the_command_line_does_not_hand_out_a_paper_past_its_offline_limit(
    office: Office,
    papers: tuple[m.Document, bytes, m.Document, bytes],  # noqa: F811
    tmp_path: Path,
    command: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    secret = papers[0]
    alice_cli = alice_laptop(office)
    assert stored_bytes(alice_cli, secret.sha256)  # sealed there, and readable
    folder = str(alice_cli.services.store.data_dir)
    out = tmp_path / "out.pdf"
    args = {
        "annotated-copy": ["annotated-copy", secret.id, "--owner", "alice", "-o", str(out)],
        "book": ["book", office.meeting.id, "-o", str(out)],
    }[command]
    _offline_for(alice_cli, 6)  # within the committee's 7 days: still readable
    assert main(["--data-dir", folder, *args]) == 0, capsys.readouterr().err
    assert ASCII_TEXT in _text(out)
    out.unlink()
    _offline_for(alice_cli, 8)
    status = main(["--data-dir", folder, *args])
    err = capsys.readouterr().err
    assert not out.exists() or ASCII_TEXT not in _text(out)
    if command == "annotated-copy":
        assert status != 0 and "cannot be opened" in err
