"""DocumentService: attaching through the real intake subprocess, reordering, renaming, removing."""

from __future__ import annotations

import dataclasses
import hashlib
import random
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.domain.certification import changed_values
from emeeting.domain.errors import NotFoundError, StoreError, ValidationError
from emeeting.services.container import Services
from emeeting.storage.store import Store


def blob_files(store: Store) -> list[Path]:
    """Every file under blobs/ (temp files included), so that "nothing stored" means nothing."""
    return sorted(p for p in store.blobs.root.rglob("*") if p.is_file())


@pytest.fixture
def item_41(services: Services, meeting: m.Meeting, numbered) -> m.AgendaItem:
    item = m.AgendaItem(meeting.id, "ขออนุมัติจัดซื้อครุภัณฑ์คอมพิวเตอร์", parent_id=numbered(meeting.id)["4"].id)
    services.agenda.add(item)
    assert numbered(meeting.id)["4.1"].id == item.id
    return item


@pytest.fixture
def attached(services: Services, meeting: m.Meeting, item_41: m.AgendaItem, make_pdf) -> list[m.Document]:
    """Three PDFs on item 4.1, at positions 0, 1, 2."""
    paths = [make_pdf(f"doc{n}.pdf", pages=n, marker=f"Doc{n}") for n in (1, 2, 3)]
    result = services.documents.attach(meeting.id, item_41.id, paths)
    assert result.rejected == ()
    return list(result.attached)


def test_attach_two_pdfs_to_an_item(
    services: Services, store: Store, meeting: m.Meeting, item_41: m.AgendaItem, make_pdf
) -> None:
    budget = make_pdf("งบประมาณ.pdf", pages=2, marker="Budget")
    quote = make_pdf("quotation.pdf", pages=3, marker="Quotation")

    result = services.documents.attach(meeting.id, item_41.id, [budget, quote])

    assert result.rejected == ()
    first, second = result.attached
    assert (first.position, second.position) == (0, 1)
    assert (first.page_count, second.page_count) == (2, 3)
    assert "Budget page 1" in first.text and "Budget page 2" in first.text
    assert "Quotation page 3" in second.text
    assert (first.name, first.file_name, first.mime_type) == ("งบประมาณ", "งบประมาณ.pdf", "application/pdf")
    assert first.size == budget.stat().st_size
    assert first.sha256 == hashlib.sha256(budget.read_bytes()).hexdigest()
    assert (first.meeting_id, first.item_id, first.secrecy) == (meeting.id, item_41.id, meeting.secrecy)
    assert result.changes.ids == {"document": {first.id, second.id}}
    assert services.records.select(m.Document, order_by=("position",), item_id=item_41.id) == [first, second]
    assert store.blobs.read_bytes(first.sha256) == budget.read_bytes()
    assert services.documents.content_path(second).read_bytes() == quote.read_bytes()
    assert [e.action for e in services.records.audit_trail(first.id)] == ["create"]
    entry = next(e for e in services.meetings.view(meeting.id).agenda if e.number == "4.1")
    assert [d.id for d in entry.documents] == [first.id, second.id]
    assert services.meetings.view(meeting.id).page_count == 5


def test_same_content_is_stored_once(
    services: Services, store: Store, meeting: m.Meeting, item_41: m.AgendaItem, make_pdf, tmp_path: Path
) -> None:
    pdf = make_pdf("minutes.pdf")
    copy = tmp_path / "minutes-copy.pdf"
    copy.write_bytes(pdf.read_bytes())

    one = services.documents.attach(meeting.id, item_41.id, [pdf])
    two = services.documents.attach(meeting.id, item_41.id, [pdf, copy])

    documents = [*one.attached, *two.attached]
    assert len({d.id for d in documents}) == 3
    assert [d.position for d in documents] == [0, 1, 2]  # later attachments go after the existing ones
    assert len({d.sha256 for d in documents}) == 1
    assert len(services.records.select(m.Document, item_id=item_41.id)) == 3
    assert blob_files(store) == [store.blobs.path(documents[0].sha256)]
    assert store.check() == []


def test_meeting_level_documents(services: Services, meeting: m.Meeting, make_pdf) -> None:
    result = services.documents.attach(meeting.id, None, [make_pdf("หนังสือเชิญประชุม.pdf", pages=1)])
    (notice,) = result.attached
    assert notice.item_id is None
    assert services.meetings.view(meeting.id).meeting_documents == (notice,)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(random.Random(2569).randbytes(4096), id="random-bytes"),
        pytest.param(
            b"%PDF-1.7\n" + bytes((i * 97 + 13) % 251 for i in range(8192)) + b"\n%%EOF\n", id="damaged"
        ),
        pytest.param(b"%PDF-1.4\n", id="header-only"),
    ],
)
def test_a_broken_pdf_is_rejected_and_nothing_is_stored(
    services: Services, store: Store, meeting: m.Meeting, item_41: m.AgendaItem, tmp_path: Path, snapshot,
    content: bytes,
) -> None:  # fmt: skip
    broken = tmp_path / "สัญญาเสียหาย.pdf"
    broken.write_bytes(content)
    before, blobs_before = snapshot(), blob_files(store)

    result = services.documents.attach(meeting.id, item_41.id, [broken])

    assert (result.attached, bool(result.changes)) == ((), False)
    (rejection,) = result.rejected
    message = str(rejection)
    assert message.startswith("สัญญาเสียหาย.pdf: ")
    assert "\n" not in message and len(message) < 200
    assert snapshot() == before
    assert blob_files(store) == blobs_before
    assert not store.blobs.has(hashlib.sha256(content).hexdigest())


def test_a_batch_keeps_the_good_files_and_rejects_the_broken_one(
    services: Services, store: Store, meeting: m.Meeting, item_41: m.AgendaItem, make_pdf, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500)
    good_a, good_b = make_pdf("a.pdf"), make_pdf("b.pdf", pages=1, marker="B")

    result = services.documents.attach(meeting.id, item_41.id, [good_a, broken, good_b])

    assert [d.file_name for d in result.attached] == ["a.pdf", "b.pdf"]
    assert [d.position for d in result.attached] == [0, 1]
    assert [str(r).split(":")[0] for r in result.rejected] == ["broken.pdf"]
    assert {p.name for p in blob_files(store)} == {d.sha256 for d in result.attached}


def test_attach_to_an_item_of_another_meeting_is_refused(
    services: Services, store: Store, meeting: m.Meeting, item_41: m.AgendaItem, make_pdf, snapshot
) -> None:
    other_id = m.new_id()
    services.meetings.copy_as_next(meeting.id, meeting.start.replace(month=5), new_id=other_id)
    before, blobs_before = snapshot(), blob_files(store)
    with pytest.raises(ValidationError, match="another meeting"):
        services.documents.attach(other_id, item_41.id, [make_pdf("x.pdf")])
    with pytest.raises(NotFoundError):
        services.documents.attach("no-such-meeting", None, [make_pdf("y.pdf")])
    assert snapshot() == before
    assert blob_files(store) == blobs_before


def test_attach_to_an_item_deleted_while_the_files_were_checked_is_refused(
    services: Services,
    store: Store,
    meeting: m.Meeting,
    item_41: m.AgendaItem,
    make_pdf,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The item is checked again inside the write: another window may remove it during intake."""
    store_content = store.blobs.put_stream
    removed: list[str] = []

    def remove_item_then_store(*args: object, **kwargs: object) -> str:
        # Runs after intake accepted the file and before the write transaction: the race window.
        if not removed:
            removed.append(item_41.id)
            services.agenda.remove(item_41.id)
        return store_content(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store.blobs, "put_stream", remove_item_then_store)
    with pytest.raises(NotFoundError, match=f"no agenda item with id {item_41.id}"):
        services.documents.attach(meeting.id, item_41.id, [make_pdf("late.pdf")])

    assert removed == [item_41.id]
    assert services.records.select(m.Document, meeting_id=meeting.id) == []
    assert services.store.check() == []


def test_reorder(services: Services, meeting: m.Meeting, item_41: m.AgendaItem, attached) -> None:
    a, b, c = attached
    changes = services.documents.reorder(meeting.id, item_41.id, [c.id, a.id, b.id])

    stored = services.records.select(m.Document, order_by=("position",), item_id=item_41.id)
    assert [d.id for d in stored] == [c.id, a.id, b.id]
    assert [d.position for d in stored] == [0, 1, 2]
    assert changes.ids == {"document": {a.id, b.id, c.id}}
    assert services.records.audit_trail(c.id)[-1].action == "move"
    shifted = services.records.audit_trail(c.id)[-1]
    assert list(changed_values(shifted.summary) or ()) == ["position"]


def test_reorder_must_list_exactly_the_items_documents(
    services: Services, meeting: m.Meeting, item_41: m.AgendaItem, attached, snapshot
) -> None:
    a, b, c = attached
    before = snapshot()
    for wrong in ([a.id, b.id], [a.id, b.id, c.id, "other"], [a.id, a.id, b.id]):
        with pytest.raises(ValidationError, match="exactly the documents"):
            services.documents.reorder(meeting.id, item_41.id, wrong)
    assert snapshot() == before


def test_remove_renumbers_the_rest(
    services: Services, store: Store, meeting: m.Meeting, item_41: m.AgendaItem, attached
) -> None:
    a, b, c = attached
    changes = services.documents.remove(a.id)

    stored = services.records.select(m.Document, order_by=("position",), item_id=item_41.id)
    assert [(d.id, d.position) for d in stored] == [(b.id, 0), (c.id, 1)]
    assert changes.ids == {"document": {a.id, b.id, c.id}}
    assert services.records.find(m.Document, a.id) is None
    assert services.records.audit_trail(a.id)[-1].action == "delete"
    assert store.blobs.has(a.sha256)  # content is kept (backups and sync may still need it)
    assert store.check() == []


def test_remove_unknown_document_changes_nothing(services: Services, snapshot) -> None:
    before = snapshot()
    with pytest.raises(NotFoundError):
        services.documents.remove("no-such-document")
    assert snapshot() == before


def test_update_renames_but_cannot_change_the_content(
    services: Services, meeting: m.Meeting, item_41: m.AgendaItem, attached
) -> None:
    a, b, _ = attached
    forged = dataclasses.replace(
        a,
        name="ใบเสนอราคา (ฉบับแก้ไข)",
        secrecy=m.Secrecy.CONFIDENTIAL,
        sha256=b.sha256,
        size=1,
        file_name="other.pdf",
        mime_type="text/plain",
        page_count=99,
        text="forged",
        position=7,
        item_id=None,
    )

    changes = services.documents.update(forged, base=a)

    stored = services.records.get(m.Document, a.id)
    assert changes.ids == {"document": {a.id}}
    assert (stored.name, stored.secrecy) == ("ใบเสนอราคา (ฉบับแก้ไข)", m.Secrecy.CONFIDENTIAL)
    assert dataclasses.replace(stored, name=a.name, secrecy=a.secrecy) == a
    trail = services.records.audit_trail(a.id)
    assert set(changed_values(trail[-1].summary) or ()) == {"name", "secrecy"}


def test_update_requires_a_name(services: Services, attached, snapshot) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="name"):
        services.documents.update(dataclasses.replace(attached[0], name=" "), base=attached[0])
    assert snapshot() == before


def test_content_path_refuses_a_damaged_document(services: Services, store: Store, attached) -> None:
    document = attached[0]
    path = store.blobs.path(document.sha256)
    path.chmod(0o644)
    original = path.read_bytes()
    path.write_bytes(original.replace(b"Doc1", b"Doc9"))
    with pytest.raises(StoreError, match="damaged"):
        services.documents.content_path(document)
    assert store.check() == [f"document {document.sha256[:12]}… is damaged (content does not match its hash)"]

    store.blobs.put_bytes(original)  # attaching the original again repairs the store
    assert services.documents.content_path(document).read_bytes() == original


def test_intake_stores_content_and_record_attaches_it(
    services: Services, store: Store, meeting: m.Meeting, item_41: m.AgendaItem, make_pdf, tmp_path: Path,
    snapshot,
) -> None:  # fmt: skip
    """The GUI checks files off the GUI thread (intake: no row written) and then makes one short write."""
    good = make_pdf("budget.pdf", pages=3, marker="Budget")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500)
    before = snapshot()
    done: list[int] = []

    intake = services.documents.intake([good, broken], progress=done.append)

    assert snapshot() == before  # intake writes no row
    assert [found.path for found in intake.accepted] == [good]
    assert [str(r).split(":")[0] for r in intake.rejected] == ["broken.pdf"]
    assert (intake.cancelled, intake.unchecked, done) == (False, 0, [2])
    assert store.blobs.read_bytes(intake.accepted[0].sha256) == good.read_bytes()

    result = services.documents.record(meeting.id, item_41.id, intake)

    (document,) = result.attached
    assert (document.file_name, document.page_count, document.position) == ("budget.pdf", 3, 0)
    assert result.rejected == intake.rejected
    assert services.records.select(m.Document, item_id=item_41.id) == [document]


def test_a_cancelled_intake_stops_between_batches(services: Services, make_pdf, snapshot) -> None:
    paths = [make_pdf(f"doc{n}.pdf", pages=1, marker=f"Doc{n}") for n in range(10)]
    before = snapshot()
    done: list[int] = []

    intake = services.documents.intake(paths, progress=done.append, cancelled=lambda: bool(done))

    assert intake.cancelled
    assert done == [4]  # the first batch finished, then the user's cancel was seen
    assert [found.path for found in intake.accepted] == paths[:4]
    assert intake.unchecked == 6
    assert snapshot() == before


def test_record_refuses_a_meeting_deleted_after_intake(
    services: Services, meeting: m.Meeting, make_pdf
) -> None:
    intake = services.documents.intake([make_pdf("late.pdf")])
    services.meetings.delete(meeting.id)
    with pytest.raises(NotFoundError):
        services.documents.record(meeting.id, None, intake)
    with pytest.raises(NotFoundError):
        services.documents.check_target(meeting.id, None)
    assert services.records.select(m.Document, meeting_id=meeting.id) == []


def test_undoing_a_removal_puts_documents_back_in_their_places(
    services: Services, meeting: m.Meeting, item_41: m.AgendaItem, attached, snapshot
) -> None:
    """Undoing an attach or a removal: the documents come back with their ids, at their old places."""
    a, b, c = attached
    changes, removed = services.steps.record(
        lambda: services.documents.remove(a.id) | services.documents.remove(c.id)
    )

    assert [d.id for d in services.records.select(m.Document, item_id=item_41.id)] == [b.id]
    assert services.records.get(m.Document, b.id).position == 0
    assert {r.id for r in removed.rows if r.after.deleted} == {a.id, c.id}
    assert changes.ids == {"document": {a.id, b.id, c.id}}

    services.steps.undo(removed)

    stored = services.records.select(m.Document, order_by=("position",), item_id=item_41.id)
    assert [(d.id, d.position) for d in stored] == [(a.id, 0), (b.id, 1), (c.id, 2)]
    assert stored == [a, b, c]
    assert services.store.check() == []
