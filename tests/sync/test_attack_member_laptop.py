"""A member's laptop attacked from the inside: the member past the offline limit, the data folder's owner
with the command line, a thief with the folder. Each case is something that once leaked."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest

from emeeting.cli import main
from emeeting.domain import model as m
from emeeting.storage.sealed import SealedPaperError
from emeeting.storage.sync_state import SyncStore
from tests.sync.conftest import Desk, Office
from tests.sync.test_sealed_papers import (  # noqa: F401 - papers: a fixture
    ASCII_TEXT,
    NOTE_ASCII,
    OPEN_TEXT,
    marks_on,
    papers,
)


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


def test_the_summary_of_notes_leaves_out_the_words_of_those_on_a_paper_sealed_here(
    office: Office,
    papers: tuple[m.Document, bytes, m.Document, bytes],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A note on a confidential paper quotes it, and is sealed beside it: the summary, a file in clear,
    says how many it leaves out instead of their words; the notes on ordinary papers are in it."""
    secret, _secret_bytes, open_, _open_bytes = papers
    alice = alice_laptop(office)
    for note in marks_on(secret, m.Sharing.COMMITTEE):
        alice.services.annotations.add(note)
    plain = m.Annotation(office.meeting.id, "alice", m.AnnotationShape.STICKY, document_id=open_.id,
                         sha256=open_.sha256, geometry="[10, 10]", text="OPEN-NOTE-8080")  # fmt: skip
    alice.services.annotations.add(plain)
    alice.run()
    out = tmp_path / "summary.pdf"
    args = ["annotation-summary", office.meeting.id, "--owner", "alice", "-o", str(out), "--lang", "en"]
    assert main(["--data-dir", str(alice.services.store.data_dir), *args]) == 0, capsys.readouterr().err
    text = " ".join(unicodedata.normalize("NFKC", _text(out)).split())  # (the font's "fi" ligature)
    assert NOTE_ASCII not in text and "OPEN-NOTE-8080" in text
    assert "2 annotations on confidential papers kept encrypted on this computer are not included" in text
    assert main(["--data-dir", str(alice.services.store.data_dir), *args[:-2]]) == 0  # in Thai
    assert "ในสรุปนี้" in _text(out) and NOTE_ASCII not in _text(out)  # (tone marks come out shifted)
    # The secretary's office computer holds the paper in clear: Alice's shared notes are in her summary.
    office.secretary.run()
    sec = str(office.secretary.services.store.data_dir)
    assert main(["--data-dir", sec, *args]) == 0, capsys.readouterr().err
    assert NOTE_ASCII in _text(out)


@pytest.mark.parametrize("command", ["annotated-copy", "book"])
def test_a_confidential_paper_sealed_here_is_not_written_out_in_clear(
    office: Office,
    papers: tuple[m.Document, bytes, m.Document, bytes],  # noqa: F811
    tmp_path: Path,
    command: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An export is a file in clear beside the sealed paper (and on whatever it is copied to): a lost laptop
    would give the paper away through it. The paper is read in the app only; its ordinary neighbours go."""
    secret = papers[0]
    alice = alice_laptop(office)
    out = tmp_path / "out.pdf"
    args = {
        "annotated-copy": ["annotated-copy", secret.id, "--owner", "alice", "-o", str(out)],
        "book": ["book", office.meeting.id, "-o", str(out)],
    }[command]
    status = main(["--data-dir", str(alice.services.store.data_dir), *args])
    err = capsys.readouterr().err
    assert not out.exists() or ASCII_TEXT not in _text(out)
    if command == "annotated-copy":
        assert status == 2 and "kept encrypted on this computer" in err
    else:
        assert status == 0 and f"not included: {secret.name} (sealed)" in err
        assert OPEN_TEXT.split()[-1] in _text(out)
    # The secretary's office computer, where the paper is not sealed, writes both as before.
    sec = str(office.secretary.services.store.data_dir)
    assert main(["--data-dir", sec, *args]) == 0, capsys.readouterr().err
    assert ASCII_TEXT in _text(out)


def test_back_from_past_the_offline_limit_a_sync_brings_papers_and_notes_back_readable(
    office: Office,
    papers: tuple[m.Document, bytes, m.Document, bytes],  # noqa: F811
    tmp_path: Path,
) -> None:
    """The window and the command line hand the services keys that refuse a committee past its limit; the
    sync that ends it wipes, makes the committee's key anew (under the same id) and seals what it brings
    back with it: the notes on the paper must read in clear afterwards, not as empty."""
    secret = papers[0]
    alice = alice_laptop(office)
    notes = marks_on(secret, m.Sharing.COMMITTEE)
    for note in notes:
        alice.services.annotations.add(note)
    alice.run()
    _offline_for(alice, 8)
    from emeeting.services.container import Services
    from emeeting.storage.store import Store
    from emeeting.sync.expiry import KeysWithinLimit
    from emeeting.sync.service import SyncService

    store = Store.open(alice.services.store.data_dir, "alice")
    services = Services(store, KeysWithinLimit(store, alice.sync.paper_keys))  # type: ignore[arg-type]
    assert services.annotations.get(notes[0].id).text == ""  # closed: read as empty
    with pytest.raises(SealedPaperError):  # and the paper does not open, whatever asks for it
        services.documents.content_bytes(services.records.get(m.Document, secret.id))
    sync = SyncService(store, alice.sync.credentials, paper_keys=alice.sync.paper_keys)
    report = sync.sync(office.url)
    assert report.wiped == 2 and report.conflicts == 0  # the office's own ลับ paper and this one
    assert {n.id: n for n in (services.annotations.get(n.id) for n in notes)} == {n.id: n for n in notes}
    assert services.documents.content_bytes(services.records.get(m.Document, secret.id)) == papers[1]
