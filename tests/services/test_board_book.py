"""The board book service on a real store: who gets which papers, classes, and the file written whole."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import NotFoundError, StoreError, ValidationError
from emeeting.reports.board_book import BoardBookCancelled, Omission
from emeeting.services.container import Services
from emeeting.storage.store import Store
from tests.services.conftest import Org


def pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return [" ".join(p.split()) for p in out.stdout.decode().split("\f")[:-1]]


@pytest.fixture
def agenda(services: Services, meeting: m.Meeting, numbered, make_pdf) -> dict[str, m.AgendaItem]:
    """4.1 open with a budget (2 pages) and a Word-less note (plain text); 4.2 closed and classed ลับ
    with a price list (1 page); 5.1 classed ลับที่สุด with a report (1 page); a meeting paper (1 page)."""
    items = numbered(meeting.id)
    i41 = m.AgendaItem(meeting.id, "ขออนุมัติโครงการระบบคลาวด์", parent_id=items["4"].id)
    i42 = m.AgendaItem(
        meeting.id,
        "การจัดซื้อระบบคลาวด์กลาง",
        parent_id=items["4"].id,
        position=1,
        closed=True,
        secrecy=m.Secrecy.CONFIDENTIAL,
    )
    i51 = m.AgendaItem(
        meeting.id, "รายงานการตรวจสอบภายใน", parent_id=items["5"].id, secrecy=m.Secrecy.TOP_SECRET
    )
    for item in (i41, i42, i51):
        services.agenda.add(item)
    note = make_pdf("note.pdf").with_name("บันทึก.txt")
    note.write_text("บันทึกข้อความ", encoding="utf-8")
    attach = services.documents.attach
    assert not attach(meeting.id, i41.id, [make_pdf("budget.pdf", pages=2, marker="Budget"), note]).rejected
    assert not attach(meeting.id, i42.id, [make_pdf("price.pdf", pages=1, marker="Price")]).rejected
    assert not attach(meeting.id, i51.id, [make_pdf("audit.pdf", pages=1, marker="Audit")]).rejected
    assert not attach(meeting.id, None, [make_pdf("attendees.pdf", pages=1, marker="Attendees")]).rejected
    return numbered(meeting.id)


def test_a_members_book_holds_every_paper_but_top_secret_with_their_name_on_classed_pages(
    services: Services, meeting: m.Meeting, org: Org, agenda, tmp_path: Path
) -> None:
    member = org.members[1]  # นายวิชัย มั่นคง
    dest = tmp_path / "book.pdf"

    result = services.board_book.write(meeting.id, dest, reader_id=member.id)

    texts = pages(dest)
    assert result.pages == len(texts) == 2 + 1 + 2 + 1  # cover, agenda, meeting paper, budget, price
    assert result.omitted == (("บันทึก", Omission.NOT_PDF), ("audit", Omission.TOP_SECRET))
    price = next(n for n, t in enumerate(texts, start=1) if "Price page 1" in t)
    assert result.watermarked == (price,)
    assert "สำเนาของ นายวิชัย มั่นคง" in texts[price - 1] and "ลับ" in texts[price - 1]
    assert "สำเนาสำหรับ นายวิชัย มั่นคง" in texts[0]
    assert "รายงานการตรวจสอบภายใน" in texts[1] and "ไม่ได้รวมไว้: ชั้นลับที่สุด" in texts[1]
    assert result.item_pages["4.1"] == next(n for n, t in enumerate(texts, start=1) if "Budget page 1" in t)
    assert not any("Audit page" in t for t in texts)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf", "data", "files"]  # no temp file left


def test_top_secret_papers_go_in_only_when_policy_allows(
    services: Services, meeting: m.Meeting, org: Org, agenda, tmp_path: Path
) -> None:
    dest = tmp_path / "book.pdf"
    result = services.board_book.write(meeting.id, dest, reader_id=org.chair.id, include_top_secret=True)
    texts = pages(dest)
    audit = next(n for n, t in enumerate(texts, start=1) if "Audit page 1" in t)
    assert audit in result.watermarked and "ลับที่สุด" in texts[audit - 1]
    assert "สำเนาของ นายสมชาย ใจดี" in texts[audit - 1]


def test_a_guest_gets_only_the_open_papers_of_their_own_item(
    services: Services, meeting: m.Meeting, agenda, tmp_path: Path
) -> None:
    guest = m.Person("พิมพ์ชนก", "ทวีสุข", title="นางสาว", email="pim@example.go.th")
    services.records.create(
        guest, m.Invitation(meeting.id, guest.id, role=m.InviteeRole.PRESENTER, item_id=agenda["4.1"].id)
    )
    dest = tmp_path / "guest.pdf"

    result = services.board_book.write(meeting.id, dest, reader_id=guest.id)

    assert ("price", Omission.WITHHELD) in result.omitted
    texts = pages(dest)
    assert any("Budget page 2" in t for t in texts) and not any("Price page" in t for t in texts)
    assert result.watermarked == ()


def test_a_member_recused_from_a_closed_item_does_not_get_its_papers(
    services: Services, meeting: m.Meeting, org: Org, agenda, tmp_path: Path
) -> None:
    member = org.members[0]
    services.records.create(m.Recusal(agenda["4.2"].id, member.id, reason="ผู้เสนอราคาเป็นญาติ"))
    result = services.board_book.write(meeting.id, tmp_path / "b.pdf", reader_id=member.id)
    assert ("price", Omission.WITHHELD) in result.omitted
    assert result.watermarked == ()


def test_a_classed_meeting_marks_every_paper(
    services: Services, meeting: m.Meeting, org: Org, agenda, tmp_path: Path
) -> None:
    services.meetings.update(dataclasses.replace(meeting, secrecy=m.Secrecy.SECRET), base=meeting)
    dest = tmp_path / "b.pdf"
    result = services.board_book.write(meeting.id, dest, reader_id=org.chair.id)
    assert result.watermarked == tuple(range(3, result.pages + 1))
    texts = pages(dest)
    assert texts[0].startswith("ลับมาก") and "ลับมาก" in texts[1]


def test_readers_are_found_among_the_invitees(services: Services, meeting: m.Meeting, org: Org) -> None:
    book = services.board_book
    anna = org.members[2]
    assert book.find_reader(meeting.id, "Dr. Anna Schmidt") == anna
    assert book.find_reader(meeting.id, "  anna   schmidt ") == anna
    assert book.find_reader(meeting.id, anna.id) == anna
    assert book.find_reader(meeting.id, "นายวิชัย มั่นคง") == org.members[1]
    assert {p.id for p in book.readers(meeting.id)} == {p.id for p in org.people}
    with pytest.raises(NotFoundError, match="'Somebody Else' is not invited to ICT:1/2569"):
        book.find_reader(meeting.id, "Somebody Else")


def test_a_person_who_is_not_invited_gets_no_book(
    services: Services, meeting: m.Meeting, agenda, tmp_path: Path
) -> None:
    outsider = m.Person("สมศรี", "มีสุข", title="นาง")
    services.records.create(outsider)
    dest = tmp_path / "b.pdf"
    with pytest.raises(ValidationError, match="นางสมศรี มีสุข is not invited to ICT:1/2569"):
        services.board_book.write(meeting.id, dest, reader_id=outsider.id)
    assert not dest.exists()


def test_a_damaged_stored_document_is_listed_and_the_rest_is_bound(
    services: Services, store: Store, meeting: m.Meeting, org: Org, agenda, tmp_path: Path
) -> None:
    budget = next(d for d in services.records.select(m.Document) if d.name == "budget")
    blob = store.blobs.path(budget.sha256)
    original = blob.read_bytes()
    blob.write_bytes(b"%PDF-1.4 overwritten")
    try:
        result = services.board_book.write(meeting.id, tmp_path / "b.pdf", reader_id=org.chair.id)
    finally:
        blob.write_bytes(original)  # the store check at teardown would rightly fail on a damaged blob
    assert ("budget", Omission.MISSING) in result.omitted
    assert result.pages == 2 + 1 + 1


def test_cancelling_leaves_an_existing_file_as_it_was(
    services: Services, meeting: m.Meeting, org: Org, agenda, tmp_path: Path
) -> None:
    dest = tmp_path / "book.pdf"
    dest.write_bytes(b"the previous book")
    with pytest.raises(BoardBookCancelled):
        services.board_book.write(meeting.id, dest, reader_id=org.chair.id, cancelled=lambda: True)
    assert dest.read_bytes() == b"the previous book"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf", "data", "files"]


def test_a_folder_that_does_not_exist_gives_a_clear_error(
    services: Services, meeting: m.Meeting, tmp_path: Path
) -> None:
    with pytest.raises(StoreError, match=r"cannot write .*nowhere/book\.pdf"):
        services.board_book.write(meeting.id, tmp_path / "nowhere" / "book.pdf")


def test_the_language_follows_the_committee_unless_asked(
    services: Services, meeting: m.Meeting, org: Org, agenda, tmp_path: Path
) -> None:
    services.records.update(dataclasses.replace(org.committee, language="en"), base=org.committee)
    english = tmp_path / "en.pdf"
    services.board_book.write(meeting.id, english, reader_id=org.chair.id)
    assert "Page 1/" in pages(english)[0]
    thai = tmp_path / "th.pdf"
    services.board_book.write(meeting.id, thai, reader_id=org.chair.id, lang="th", thai_digits=True)
    assert "หน้า ๑/" in pages(thai)[0]
    with pytest.raises(ValidationError, match="no document language de"):
        services.board_book.write(meeting.id, tmp_path / "de.pdf", lang="de")
