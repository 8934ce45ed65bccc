"""A lost laptop leaks nothing confidential: papers classed ลับ or above reach a member's laptop sealed
(AES-256-GCM, the key in the OS password store), their text never reaches its database, and a revoke
destroys the key. Each test reads the member's data folder raw, every file of it."""

from __future__ import annotations

import io
import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.intake.inspect import Inspected
from emeeting.services.documents import Intake
from emeeting.storage.sealed import SealedBlobs, SealedPaperError
from emeeting.sync.client import AccessEnded
from emeeting.sync.paper_keys import SERVICE, PaperKeys
from tests.sync.conftest import Desk, Office
from tests.sync.test_revoke_expiry import Clock

THAI_TEXT = "ร่างสัญญาจ้างที่ปรึกษาโครงการระบบคลาวด์กลางภาครัฐ วงเงินห้าสิบล้านบาท"
ASCII_TEXT = "CLOUD-TENDER-7731 confidential pricing annex"
OPEN_TEXT = "ระเบียบวาระเพื่อทราบ OPEN-AGENDA-4410"


def pdf_with(*lines: str) -> bytes:
    """A real PDF with these lines in the bundled Thai font, its content stream left uncompressed so that
    the text is in its bytes as well."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from emeeting import paths

    pdfmetrics.registerFont(TTFont("Laksaman", str(paths.resources_dir() / "fonts" / "Laksaman.ttf")))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    page.setFont("Laksaman", 16)
    for n, line in enumerate(lines):
        page.drawString(72, 760 - 24 * n, line)
    page.save()
    return out.getvalue()


def confidential_pdf() -> bytes:
    """With a comment of ours at its end too: the text in clear, not only as the font's glyph codes."""
    return pdf_with(THAI_TEXT, ASCII_TEXT) + f"% {ASCII_TEXT} {THAI_TEXT}\n".encode()


def attach(office: Office, name: str, data: bytes, text: str, secrecy: m.Secrecy) -> m.Document:
    """Attach content as intake would have found it (intake has its own tests), with its extracted text."""
    services = office.secretary.services
    item = next(i for i in office.items if i.parent_id is None)
    sha = services.store.blobs.put_bytes(data)
    found = Inspected(Path(name), "application/pdf", len(data), sha, 1, text)
    document = services.documents.record(office.meeting.id, item.id, Intake((found,), ())).attached[0]
    if secrecy is not m.Secrecy.NORMAL:
        classed = m.Document(**{**document.__dict__, "secrecy": secrecy})
        services.documents.update(classed, base=document)
        document = classed
    office.secretary.run()
    return document


def raw_files(folder: Path) -> dict[Path, bytes]:
    """Every file of a data folder as bytes: the database, its WAL and shared memory, blobs, everything."""
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def needles(data: bytes, text: str) -> list[bytes]:
    """What would betray a paper: runs of its bytes all along it (those its open neighbour shares, such as
    the PDF header every reportlab file has, left out), and its text as SQLite and JSON (escaped or not)
    would hold it, Thai and ASCII apart."""
    shared = pdf_with(OPEN_TEXT)
    runs = [data[i : i + 48] for i in range(0, len(data) - 48, max(1, len(data) // 400))]
    runs = [r for r in runs if r not in shared]
    assert len(runs) > 40
    words = [text, THAI_TEXT, ASCII_TEXT, THAI_TEXT[:20]]
    encoded = [w.encode() for w in words] + [json.dumps(w)[1:-1].encode() for w in words]
    return runs + encoded


def leaks(folder: Path, data: bytes, text: str) -> list[str]:
    found = []
    for path, raw in raw_files(folder).items():
        for needle in needles(data, text):
            if needle in raw:
                found.append(f"{path.relative_to(folder)} holds {needle[:24]!r}…")
    return found


@pytest.fixture
def papers(office: Office) -> tuple[m.Document, bytes, m.Document, bytes]:
    secret_bytes = confidential_pdf()
    secret = attach(office, "annex.pdf", secret_bytes, f"{THAI_TEXT} {ASCII_TEXT}", m.Secrecy.CONFIDENTIAL)
    open_bytes = pdf_with(OPEN_TEXT)
    open_ = attach(office, "agenda-note.pdf", open_bytes, OPEN_TEXT, m.Secrecy.NORMAL)
    return secret, secret_bytes, open_, open_bytes


def test_a_members_laptop_holds_no_confidential_byte_or_text_in_clear(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes]
) -> None:
    secret, secret_bytes, open_, open_bytes = papers
    alice = office.attendee("alice")
    report = alice.run()
    assert report.not_sealed == 0 and report.unsealable is None
    folder = alice.services.store.data_dir
    assert leaks(folder, secret_bytes, f"{THAI_TEXT} {ASCII_TEXT}") == []

    documents = alice.services.documents
    mine = alice.services.records.get(m.Document, secret.id)
    assert mine.text == ""  # searchable by name only on a laptop
    assert documents.is_sealed(mine)
    assert documents.content(mine) == secret_bytes  # decrypted in memory, exactly
    assert documents.content_bytes(mine) == secret_bytes
    assert leaks(folder, secret_bytes, THAI_TEXT) == []  # reading wrote nothing in clear

    # An ordinary paper is stored as before: a verified file, its text searchable.
    ordinary = alice.services.records.get(m.Document, open_.id)
    assert ordinary.text == OPEN_TEXT and not documents.is_sealed(ordinary)
    assert documents.content(ordinary) == alice.services.store.blobs.verified_path(open_.sha256)
    assert alice.services.store.blobs.read_bytes(open_.sha256) == open_bytes
    assert alice.services.check() == []

    # The secretary's own office PC keeps her committee's papers as she made them.
    sec_docs = office.secretary.services.documents
    assert sec_docs.content(office.secretary.services.records.get(m.Document, secret.id)) == (
        office.secretary.services.store.blobs.verified_path(secret.sha256)
    )

    # The board book binds the sealed paper from memory (the reader part shows it as one continuous read).
    book = alice.services.board_book.compose(office.meeting.id, reader_id=office.people["alice"].id)
    bound = {d.name: d for item in book.items for d in item.documents}
    assert bound[secret.name].omitted is None and bound[secret.name].source == secret_bytes

    # A second sync changes nothing and stays sealed.
    alice.run()
    assert leaks(folder, secret_bytes, THAI_TEXT) == []
    assert documents.content(mine) == secret_bytes


def test_a_paper_under_a_confidential_item_is_sealed_too(office: Office) -> None:
    services = office.secretary.services
    item = next(i for i in office.items if i.parent_id is None)
    services.agenda.update(m.AgendaItem(**{**item.__dict__, "secrecy": m.Secrecy.SECRET}), base=item)
    data = confidential_pdf()
    document = attach(office, "annex.pdf", data, ASCII_TEXT, m.Secrecy.NORMAL)
    alice = office.attendee("alice")
    alice.run()
    assert leaks(alice.services.store.data_dir, data, ASCII_TEXT) == []
    assert alice.services.documents.content(alice.services.records.get(m.Document, document.id)) == data


def test_a_revoke_destroys_the_key_and_nothing_decrypts_afterwards(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes], tmp_path: Path
) -> None:
    secret, secret_bytes, _open, _open_bytes = papers
    alice = office.attendee("alice")
    alice.run()
    assert alice.keyring is not None
    assert any(service == SERVICE for service, _id in alice.keyring.passwords)
    store = alice.services.store
    stolen = tmp_path / "stolen"  # a copy of the sealed files taken before the revoke (a backup, a thief)
    shutil.copytree(store.sealed.root, stolen)

    device = alice.sync.server(office.live.url).info["device_id"]  # type: ignore[union-attr]
    office.live.state.accounts.revoke_device(device)
    with pytest.raises(AccessEnded):
        alice.run()

    assert not any(service == SERVICE for service, _id in alice.keyring.passwords)  # the key is gone
    assert list(store.sealed.all_hashes()) == []
    assert alice.services.records.find(m.Document, secret.id) is None
    with pytest.raises(SealedPaperError, match="its key is not in this computer's password store"):
        SealedBlobs(stolen).read_bytes(secret.sha256, PaperKeys(alice.keyring))
    assert leaks(store.data_dir, secret_bytes, THAI_TEXT) == []


def test_the_offline_limit_destroys_that_committees_key(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes], tmp_path: Path
) -> None:
    secret, _secret_bytes, _open, _open_bytes = papers
    clock = Clock()
    alice = office.attendee("alice", clock=clock)
    alice.run()
    stolen = tmp_path / "stolen"
    shutil.copytree(alice.services.store.sealed.root, stolen)
    clock.now += timedelta(days=8)  # past the committee's 7 days without contact
    assert alice.sync.expire_offline() >= 1
    assert alice.services.records.find(m.Document, secret.id) is None
    with pytest.raises(SealedPaperError, match="its key is not in this computer's password store"):
        SealedBlobs(stolen).read_bytes(secret.sha256, PaperKeys(alice.keyring))


def test_a_papers_text_stored_in_clear_before_is_emptied_at_the_next_sync(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes]
) -> None:
    secret, _secret_bytes, open_, _open_bytes = papers
    alice = office.attendee("alice")
    alice.run()
    # As a laptop synced by an earlier version holds it: the text in the row and in the shadow.
    with alice.services.store.connection() as conn:
        conn.execute("UPDATE documents SET text = ? WHERE id = ?", [ASCII_TEXT, secret.id])
        conn.execute(
            "UPDATE sync_shadows SET data = json_set(data, '$.text', ?) WHERE id = ?", [ASCII_TEXT, secret.id]
        )
    assert alice.services.records.get(m.Document, secret.id).text == ASCII_TEXT
    alice.run()
    assert alice.services.records.get(m.Document, secret.id).text == ""
    with alice.services.store.connection() as conn:
        (shadow,) = conn.execute("SELECT data FROM sync_shadows WHERE id = ?", [secret.id]).fetchone()
    assert json.loads(shadow)["text"] == ""
    assert alice.services.records.get(m.Document, open_.id).text == OPEN_TEXT
    assert alice.run().conflicts == 0 and alice.sync.conflicts() == []


def test_a_tampered_sealed_file_is_a_clear_error(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes]
) -> None:
    secret, _secret_bytes, _open, _open_bytes = papers
    alice = office.attendee("alice")
    alice.run()
    path = alice.services.store.sealed.path(secret.sha256)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    mine = alice.services.records.get(m.Document, secret.id)
    with pytest.raises(SealedPaperError, match="is damaged or was altered: it cannot be opened"):
        alice.services.documents.content(mine)
    path.write_bytes(b"not a sealed file")
    with pytest.raises(SealedPaperError, match="is damaged or was altered"):
        alice.services.documents.content(mine)
    assert any("is damaged (not a sealed file)" in p for p in alice.services.check())


def test_without_a_password_store_confidential_papers_are_not_downloaded(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes]
) -> None:
    secret, secret_bytes, open_, _open_bytes = papers
    alice: Desk = office.attendee("alice")
    alice.sync.paper_keys = PaperKeys()  # the system's: keyring's ``fail`` backend in these tests
    report = alice.run()
    assert report.not_sealed == 2 and report.download_failures == 2  # ours and the office's ลับ paper
    assert "no password store (keyring backend) is usable" in str(report.unsealable)
    assert "not downloaded" in str(report.unsealable)
    store = alice.services.store
    assert not store.blobs.has(secret.sha256) and not store.sealed.has(secret.sha256)
    assert store.blobs.has(open_.sha256)
    assert leaks(store.data_dir, secret_bytes, THAI_TEXT) == []


NOTE_THAI = "ข้อสังเกตลับเรื่องราคากลางสูงเกินจริงร้อยละสามสิบ"
NOTE_ASCII = "PRICE-INFLATED-30PCT-NOTE-5521"
QUOTE_THAI = "วงเงินห้าสิบล้านบาท"
GEOMETRY = "[[71.4375, 83.8125, 311.0625, 97.1875]]"
STICKY_AT = "[287.6875, 512.3125]"


def note_needles() -> list[bytes]:
    words = [NOTE_THAI, NOTE_ASCII, QUOTE_THAI, f"{ASCII_TEXT} {QUOTE_THAI}", GEOMETRY, STICKY_AT,
             NOTE_THAI[:12], "71.4375", "287.6875"]  # fmt: skip
    return [w.encode() for w in words] + [json.dumps(w)[1:-1].encode() for w in words]


def note_leaks(folder: Path) -> list[str]:
    return [
        f"{path.relative_to(folder)} holds {needle[:24]!r}…"
        for path, raw in raw_files(folder).items()
        for needle in note_needles()
        if needle in raw
    ]


def marks_on(paper: m.Document, sharing: m.Sharing = m.Sharing.PRIVATE) -> list[m.Annotation]:
    on_paper = {
        "meeting_id": paper.meeting_id,
        "owner": "alice",
        "document_id": paper.id,
        "sha256": paper.sha256,
    }
    return [
        m.Annotation(shape=m.AnnotationShape.HIGHLIGHT, geometry=GEOMETRY, quote=f"{ASCII_TEXT} {QUOTE_THAI}",
                     text=NOTE_ASCII, sharing=sharing, **on_paper),
        m.Annotation(shape=m.AnnotationShape.STICKY, geometry=STICKY_AT, text=f"{NOTE_THAI} {NOTE_ASCII}",
                     sharing=sharing, **on_paper),
    ]  # fmt: skip


def test_annotations_on_a_confidential_paper_are_sealed_in_every_file_and_read_in_clear(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes]
) -> None:
    secret, secret_bytes, open_, _open_bytes = papers
    alice = office.attendee("alice")
    alice.run()
    highlight, sticky = marks_on(secret)
    notes = alice.services.annotations
    notes.add(highlight)
    notes.add(sticky)
    # An annotation on an ordinary paper stays as it was: in clear.
    plain = m.Annotation(office.meeting.id, "alice", m.AnnotationShape.STICKY, document_id=open_.id,
                         sha256=open_.sha256, geometry="[10, 10]", text="OPEN-NOTE-8080")  # fmt: skip
    notes.add(plain)
    folder = alice.services.store.data_dir
    assert note_leaks(folder) == []
    read = {v.annotation.id: v.annotation for v in notes.for_document(secret.id, owner="alice")}
    assert read[highlight.id] == highlight and read[sticky.id] == sticky  # opened in memory, exactly
    assert notes.get(sticky.id).text == f"{NOTE_THAI} {NOTE_ASCII}"

    # An edit, an undo and a sync (push, pending answer, shadow): sealed all along.
    edited = m.Annotation(**{**sticky.__dict__, "text": f"{NOTE_ASCII} {NOTE_THAI}"})
    notes.edit(edited, base=sticky)
    assert notes.get(sticky.id) == edited
    alice.run()
    assert note_leaks(folder) == [] and leaks(folder, secret_bytes, THAI_TEXT) == []
    assert b"OPEN-NOTE-8080" in b"".join(raw_files(folder).values())  # (the raw read does see the clear)
    with alice.services.store.connection() as conn:
        stored = dict(conn.execute("SELECT id, quote || text || geometry FROM annotations").fetchall())
    assert stored[highlight.id].startswith("emseal1:") and "OPEN-NOTE-8080" in stored[plain.id]

    # Her second laptop receives them from the server, sealed with its own key for that committee.
    second = office.attendee("alice", name="alice-second-laptop")
    second.run()
    again = {
        v.annotation.id: v.annotation
        for v in second.services.annotations.for_document(secret.id, owner="alice")
    }
    assert again[highlight.id] == highlight and again[sticky.id] == edited
    assert note_leaks(second.services.store.data_dir) == []
    assert second.run().conflicts == 0 and note_leaks(second.services.store.data_dir) == []

    # The server holds them as sent (it keeps the papers in clear as well): the member's laptops do not.
    assert alice.services.check() == [] and second.services.check() == []


def test_a_shared_note_on_a_confidential_paper_reaches_a_fellow_member_sealed(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes]
) -> None:
    secret, _secret_bytes, _open, _open_bytes = papers
    alice = office.attendee("alice")
    alice.run()
    for note in marks_on(secret, m.Sharing.COMMITTEE):
        alice.services.annotations.add(note)
    alice.run()
    bob = office.attendee("bob")
    bob.run()
    shared = bob.services.annotations.for_document(secret.id, owner="bob")
    assert {v.annotation.text for v in shared} == {NOTE_ASCII, f"{NOTE_THAI} {NOTE_ASCII}"}
    assert note_leaks(bob.services.store.data_dir) == []


def test_annotations_sealed_with_a_destroyed_key_read_as_empty_and_go_with_the_paper(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes]
) -> None:
    secret, _secret_bytes, _open, _open_bytes = papers
    clock = Clock()
    alice = office.attendee("alice", clock=clock)
    alice.run()
    highlight, sticky = marks_on(secret)
    notes = alice.services.annotations
    notes.add(highlight)
    notes.add(sticky)
    assert alice.keyring is not None
    kept = dict(alice.keyring.passwords)
    alice.keyring.passwords.clear()  # the key is gone (another program wiped the password store)
    views = notes.for_document(secret.id, owner="alice")
    assert {(v.annotation.quote, v.annotation.text, v.annotation.geometry) for v in views} == {("", "", "[]")}
    with pytest.raises(
        SealedPaperError, match="cannot be stored"
    ):  # nothing new on it, in clear least of all
        notes.add(m.Annotation(**{**sticky.__dict__, "id": m.new_id()}))
    notes.delete(highlight.id, owner="alice")  # removed cleanly
    assert [v.annotation.id for v in notes.for_document(secret.id, owner="alice")] == [sticky.id]
    alice.keyring.passwords.update(kept)
    assert notes.get(sticky.id) == sticky

    # The offline limit passes: the paper, its key and the annotations on it go together.
    alice.run()
    clock.now += timedelta(days=8)
    assert alice.sync.expire_offline() >= 1
    assert notes.for_document(secret.id, owner="alice") == []
    assert note_leaks(alice.services.store.data_dir) == []
    assert alice.services.check() == []
    clock.now += timedelta(minutes=1)
    alice.run()  # contact again: the paper and the annotations the server still has come back, sealed
    back = {v.annotation.id: v.annotation for v in notes.for_document(secret.id, owner="alice")}
    assert back == {sticky.id: sticky}
    assert note_leaks(alice.services.store.data_dir) == []


def test_annotations_stored_in_clear_before_are_sealed_at_the_next_sync(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes]
) -> None:
    secret, _secret_bytes, _open, _open_bytes = papers
    alice = office.attendee("alice")
    alice.run()
    highlight, _sticky = marks_on(secret)
    alice.services.annotations.add(highlight)
    alice.run()
    # As a laptop synced by an earlier version holds it: the content in clear in the row and the shadow.
    with alice.services.store.connection() as conn:
        conn.execute(
            "UPDATE annotations SET quote = ?, text = ? WHERE id = ?", [QUOTE_THAI, NOTE_ASCII, highlight.id]
        )
        conn.execute(
            "UPDATE sync_shadows SET data = json_set(data, '$.quote', ?) WHERE id = ?",
            [QUOTE_THAI, highlight.id],
        )
    assert alice.services.annotations.get(highlight.id).quote == QUOTE_THAI
    alice.run()
    with alice.services.store.connection() as conn:
        row = conn.execute(
            "SELECT quote, text, geometry FROM annotations WHERE id = ?", [highlight.id]
        ).fetchone()
        (shadow,) = conn.execute("SELECT data FROM sync_shadows WHERE id = ?", [highlight.id]).fetchone()
    assert all(value.startswith("emseal1:") for value in row)
    assert QUOTE_THAI not in shadow and json.loads(shadow)["quote"].startswith("emseal1:")
    assert alice.services.annotations.get(highlight.id).quote == QUOTE_THAI


def test_a_lost_edit_of_a_sealed_annotation_is_kept_sealed_and_shown_in_clear(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes]
) -> None:
    secret, _secret_bytes, _open, _open_bytes = papers
    first = office.attendee("alice")
    first.run()
    _highlight, sticky = marks_on(secret)
    first.services.annotations.add(sticky)
    first.run()
    second = office.attendee("alice", name="alice-second-laptop")
    second.run()
    mine = second.services.annotations.get(sticky.id)
    first.services.annotations.edit(m.Annotation(**{**sticky.__dict__, "text": "ฉบับแรก"}), base=sticky)
    first.run()
    lost_text = f"{NOTE_ASCII} ฉบับที่สอง"
    second.services.annotations.edit(m.Annotation(**{**mine.__dict__, "text": lost_text}), base=mine)
    report = second.run()
    # The later edit lost to the server's: its text kept aside for the user, sealed, shown in clear.
    assert report.conflicts == 1
    (copy,) = second.sync.conflicts()
    assert (copy.field, copy.local_value, copy.server_value) == ("text", lost_text, "ฉบับแรก")
    with second.services.store.connection() as conn:
        (stored,) = conn.execute("SELECT local_value FROM sync_conflicts").fetchone()
    assert json.loads(stored).startswith("emseal1:")
    assert note_leaks(second.services.store.data_dir) == []
    assert note_leaks(first.services.store.data_dir) == []


def test_without_a_password_store_annotations_on_confidential_papers_stay_on_the_server(
    office: Office, papers: tuple[m.Document, bytes, m.Document, bytes]
) -> None:
    secret, _secret_bytes, _open, _open_bytes = papers
    bob = office.attendee("bob")
    bob.run()
    for note in marks_on(secret, m.Sharing.COMMITTEE):
        bob.services.annotations.add(m.Annotation(**{**note.__dict__, "owner": "bob"}))
    bob.run()
    alice = office.attendee("alice")
    alice.sync.paper_keys = PaperKeys()  # the system's: keyring's ``fail`` backend in these tests
    report = alice.run()
    assert report.not_sealed >= 2 + 2  # the two ลับ papers and bob's two annotations on ours
    assert alice.services.annotations.for_meeting(office.meeting.id, owner="alice") == []
    assert note_leaks(alice.services.store.data_dir) == []
