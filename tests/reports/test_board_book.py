"""The board book as a reader gets it: real PDFs in, one PDF out, read with poppler, pikepdf and QtPdf."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from emeeting.domain.model import Secrecy
from emeeting.reports.board_book import (
    BoardBook,
    BoardBookCancelled,
    BookDocument,
    BookItem,
    Omission,
    build_board_book,
)
from emeeting.reports.thai_text import Fonts
from tests.reports.conftest import pdftotext, pdftotext_pages

READER = "นายวิชัย มั่นคง"


def paper(marker: str, pages: int, size: tuple[float, float] = A4, rotate: int = 0) -> bytes:
    """A document whose every page says which document and page it is, e.g. "budget-p2"."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=size)
    for n in range(1, pages + 1):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, size[1] - 100, f"{marker}-p{n}")
        pdf.showPage()
    pdf.save()
    if not rotate:
        return buf.getvalue()
    with pikepdf.open(io.BytesIO(buf.getvalue())) as doc:
        for page in doc.pages:
            page.obj.Rotate = rotate
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def encrypted_paper() -> bytes:
    with pikepdf.open(io.BytesIO(paper("locked", 2))) as doc:
        out = io.BytesIO()
        doc.save(out, encryption=pikepdf.Encryption(user="secret", owner="owner"))
        return out.getvalue()


def meeting_book(tmp_path: Path, **changes: object) -> BoardBook:
    """ICT 3/2569: meeting papers, a section without papers, 4.1 (two papers, one of them landscape and
    rotated), 4.2 classed ลับ, 4.3 with a ลับมาก paper on an open item, and 5 with papers that cannot
    be bound (a Word file, a broken PDF, a password-protected PDF)."""
    budget = tmp_path / "budget.pdf"
    budget.write_bytes(paper("budget", 3))
    fields: dict[str, object] = {
        "committee": "คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร",
        "meeting_label": "3/2569",
        "title": "งบประมาณโครงการระบบคลาวด์ภาครัฐ",
        "when": "วันอังคารที่ 24 มีนาคม 2569 เวลา 09.30 น.",
        "place": "ห้องประชุม 1 ชั้น 9",
        "reader": READER,
        "meeting_documents": (BookDocument("รายชื่อผู้เข้าประชุม", paper("attendees", 1)),),
        "items": (
            BookItem("1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", 0),
            BookItem("4", "เรื่องเสนอเพื่อพิจารณา", 0),
            BookItem(
                "4.1",
                "ขออนุมัติโครงการจัดหาระบบคลาวด์",
                1,
                documents=(
                    BookDocument("งบประมาณโครงการ", budget),
                    BookDocument("แผนผังระบบ", paper("diagram", 2, landscape(A4), rotate=90)),
                ),
            ),
            BookItem(
                "4.2",
                "การจัดซื้อระบบคลาวด์กลาง",
                1,
                Secrecy.CONFIDENTIAL,
                (BookDocument("ราคากลาง", paper("price", 2)),),
            ),
            BookItem(
                "4.3",
                "ร่างนโยบายการคุ้มครองข้อมูลส่วนบุคคล",
                1,
                documents=(
                    BookDocument("ร่างนโยบาย", paper("policy", 1)),
                    BookDocument("ผลการประเมินความเสี่ยง", paper("risk", 2), Secrecy.SECRET),
                ),
            ),
            BookItem(
                "5",
                "เรื่องอื่น ๆ",
                0,
                documents=(
                    BookDocument("บันทึกข้อความ.docx", None, omitted=Omission.NOT_PDF),
                    BookDocument("ไฟล์เสีย", b"%PDF-1.7\n1 0 obj garbage"),
                    BookDocument("ไฟล์มีรหัสผ่าน", encrypted_paper()),
                    BookDocument("งบประมาณโครงการ (สำเนา)", budget),
                ),
            ),
        ),
    }
    fields.update(changes)
    return BoardBook(**fields)  # type: ignore[arg-type]


@pytest.fixture
def built(tmp_path: Path, fonts: Fonts) -> tuple[Path, list[str], object]:
    dest = tmp_path / "book.pdf"
    result = build_board_book(meeting_book(tmp_path), dest, fonts)
    return dest, pdftotext_pages(dest), result


def pages_of(texts: list[str], marker: str) -> list[int]:
    """1-based pages whose text holds a document page marker such as "budget-p"."""
    return [n for n, text in enumerate(texts, start=1) if marker in text]


def test_documents_are_bound_in_agenda_order_after_the_cover_and_agenda(built: tuple) -> None:
    _dest, texts, result = built
    assert texts[0].count("เอกสารประกอบการประชุม") >= 1 and "สำเนาสำหรับ นายวิชัย มั่นคง" in texts[0]
    assert "ระเบียบวาระการประชุม" in texts[1]
    order = [re.search(r"(\w+)-p(\d)", t) for t in texts[2:]]
    assert [m.group(0) for m in order if m] == [
        "attendees-p1",
        "budget-p1",
        "budget-p2",
        "budget-p3",
        "diagram-p1",
        "diagram-p2",
        "price-p1",
        "price-p2",
        "policy-p1",
        "risk-p1",
        "risk-p2",
        "budget-p1",
        "budget-p2",
        "budget-p3",
    ]
    assert result.pages == len(texts) == 2 + 14


def test_every_page_carries_its_item_and_page_n_of_total(built: tuple) -> None:
    _dest, texts, _result = built
    total = len(texts)
    for n, text in enumerate(texts, start=1):
        assert f"หน้า {n}/{total}" in text, f"page {n}"
    for n in pages_of(texts, "budget-p")[:3] + pages_of(texts, "diagram-p"):
        assert "วาระที่ 4.1" in texts[n - 1]
    for n in pages_of(texts, "price-p"):
        assert "วาระที่ 4.2" in texts[n - 1]
    assert "ครั้งที่ 3/2569" in texts[0] and "ครั้งที่ 3/2569" in texts[1]


def test_the_watermark_with_the_readers_name_is_exactly_on_classed_pages(built: tuple) -> None:
    _dest, texts, result = built
    classed = pages_of(texts, "price-p") + pages_of(texts, "risk-p")
    assert sorted(result.watermarked) == sorted(classed)
    for n, text in enumerate(texts, start=1):
        if n == 1:
            continue  # the cover names the reader as the copy's owner
        flat = " ".join(text.split())
        assert (f"สำเนาของ {READER}" in flat) == (n in classed), f"page {n}"
    assert all("ลับ" in texts[n - 1] for n in pages_of(texts, "price-p"))
    assert all("ลับมาก" in texts[n - 1] for n in pages_of(texts, "risk-p"))


def test_bookmarks_name_every_item_and_document_and_open_their_pages(built: tuple) -> None:
    dest, texts, _result = built
    with pikepdf.open(dest) as pdf:
        page_index = {page.obj.objgen: n for n, page in enumerate(pdf.pages, start=1)}

        def tree(items: list) -> list:
            return [(i.title, page_index[i.destination[0].objgen], tree(list(i.children))) for i in items]

        with pdf.open_outline() as outline:
            marks = tree(list(outline.root))
    budget, diagram, price = (
        pages_of(texts, "budget-p")[0],
        pages_of(texts, "diagram-p")[0],
        pages_of(texts, "price-p")[0],
    )
    titles = [t for t, _page, _children in marks]
    assert titles == [
        "ปก",
        "ระเบียบวาระการประชุม",
        "เอกสารประกอบการประชุม",
        "1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "4 เรื่องเสนอเพื่อพิจารณา",
        "5 เรื่องอื่น ๆ",
    ]
    section4 = marks[4]
    assert section4[1] == budget
    items = {title: (page, children) for title, page, children in section4[2]}
    assert items["4.1 ขออนุมัติโครงการจัดหาระบบคลาวด์"] == (
        budget,
        [("งบประมาณโครงการ", budget, []), ("แผนผังระบบ", diagram, [])],
    )
    assert items["4.2 การจัดซื้อระบบคลาวด์กลาง"][0] == price
    # An item without papers opens the agenda page that lists it; so does a paper left out.
    assert marks[3][1] == 2
    other = marks[5][2]
    assert [t for t, _p, _c in other] == [
        "บันทึกข้อความ.docx",
        "ไฟล์เสีย",
        "ไฟล์มีรหัสผ่าน",
        "งบประมาณโครงการ (สำเนา)",
    ]
    assert [p for _t, p, _c in other][:3] == [2, 2, 2]


def test_the_agenda_gives_each_item_and_document_its_page(built: tuple, tmp_path: Path) -> None:
    dest, texts, result = built
    agenda = pdftotext(dest, "-layout", "-f", "2", "-l", "2")
    listed = {}
    for line in agenda.splitlines():
        found = re.match(r"\s*(?:– )?(.+?)\s{2,}(\d+)\s*$", line)
        if found:
            listed.setdefault(found.group(1).strip(), int(found.group(2)))
    assert listed["4.1 ขออนุมัติโครงการจัดหาระบบคลาวด์"] == result.item_pages["4.1"]
    for name, marker in (
        ("งบประมาณโครงการ", "budget-p1"),
        ("แผนผังระบบ", "diagram-p1"),
        ("ราคากลาง", "price-p1"),
    ):
        assert marker in texts[listed[name] - 1], name
    assert "risk-p1" in texts[listed["ผลการประเมินความเสี่ยง"] - 1]
    assert result.item_pages == {
        "4": listed["4 เรื่องเสนอเพื่อพิจารณา"],
        "4.1": listed["4.1 ขออนุมัติโครงการจัดหาระบบคลาวด์"],
        "4.2": listed["4.2 การจัดซื้อระบบคลาวด์กลาง"],
        "4.3": listed["4.3 ร่างนโยบายการคุ้มครองข้อมูลส่วนบุคคล"],
        "5": listed["5 เรื่องอื่น ๆ"],
    }


def test_files_that_cannot_be_bound_are_listed_with_the_reason_and_left_out(built: tuple) -> None:
    _dest, texts, result = built
    assert result.omitted == (
        ("บันทึกข้อความ.docx", Omission.NOT_PDF),
        ("ไฟล์เสีย", Omission.UNREADABLE),
        ("ไฟล์มีรหัสผ่าน", Omission.ENCRYPTED),
    )
    agenda = " ".join(texts[1].split())
    assert "บันทึกข้อความ.docx (ไม่ได้รวมไว้: ไม่ใช่ไฟล์ PDF)" in agenda
    assert "ไฟล์เสีย (ไม่ได้รวมไว้: เปิดไฟล์ไม่ได้)" in agenda
    assert "ไฟล์มีรหัสผ่าน (ไม่ได้รวมไว้: ไฟล์มีรหัสผ่าน)" in agenda
    assert not pages_of(texts, "locked-p")


def test_the_book_opens_in_qtpdf_with_every_page(built: tuple, qapp: object) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    dest, texts, _result = built
    document = QPdfDocument()
    assert document.load(str(dest)) == QPdfDocument.Error.None_
    assert document.pageCount() == len(texts)
    for page in (0, len(texts) - 1):  # every page draws its stamp: ink in the bottom-right corner (half size)
        image = document.render(page, QSize(298, 421))
        corner = [image.pixelColor(x, y).alpha() for x in range(240, 287) for y in range(395, 416)]
        assert not image.isNull() and max(corner) > 0
    document.close()


def test_rotated_pages_get_an_upright_stamp_at_the_bottom_right(built: tuple) -> None:
    from tests.reports.conftest import words_with_boxes

    dest, texts, _result = built
    first = pages_of(texts, "diagram-p")[0]
    words = [w for w in words_with_boxes(dest) if w.page == first]
    number = next(w for w in words if re.fullmatch(rf"{first}/\d+", w.text))
    # A landscape sheet turned a quarter: shown 595 x 842 points, the stamp in its bottom-right corner,
    # written along the page as shown (poppler reads it as one upright word).
    assert number.x_min > 595 / 2 and number.x_max < 595 and number.y_max > 842 - 40


def test_thai_digits_and_english_wording(tmp_path: Path, fonts: Fonts) -> None:
    thai = tmp_path / "thai.pdf"
    build_board_book(meeting_book(tmp_path, thai_digits=True), thai, fonts)
    texts = pdftotext_pages(thai)
    assert "หน้า ๑/๑๖" in texts[0] and "วาระที่ ๔.๑" in texts[4]
    english = tmp_path / "english.pdf"
    build_board_book(meeting_book(tmp_path, language="en", reader="Dr. Anna Schmidt"), english, fonts)
    texts = pdftotext_pages(english)
    assert "Page 5/16" in texts[4] and "Item 4.1" in texts[4]
    assert "Copy of Dr. Anna Schmidt" in " ".join(texts[8].split())
    assert "not included: not a PDF file" in " ".join(texts[1].split())


def test_without_a_reader_classed_pages_say_secretariat_copy(tmp_path: Path, fonts: Fonts) -> None:
    dest = tmp_path / "office.pdf"
    result = build_board_book(meeting_book(tmp_path, reader=""), dest, fonts)
    texts = pdftotext_pages(dest)
    assert result.watermarked
    for n in result.watermarked:
        assert "สำเนาฝ่ายเลขานุการ ห้ามเผยแพร่" in " ".join(texts[n - 1].split())
    assert READER not in pdftotext(dest)


def test_progress_runs_to_the_end_and_cancelling_writes_nothing(tmp_path: Path, fonts: Fonts) -> None:
    seen: list[tuple[int, int]] = []
    build_board_book(
        meeting_book(tmp_path), tmp_path / "a.pdf", fonts, progress=lambda d, t: seen.append((d, t))
    )
    assert [d for d, _t in seen] == list(range(1, len(seen) + 1))
    assert seen[-1][0] == seen[-1][1]

    dest = tmp_path / "b.pdf"
    steps: list[int] = []
    with pytest.raises(BoardBookCancelled):
        build_board_book(
            meeting_book(tmp_path),
            dest,
            fonts,
            progress=lambda d, _t: steps.append(d),
            cancelled=lambda: len(steps) >= 3,
        )
    assert steps == [1, 2, 3] and not dest.exists()


def test_a_book_without_any_documents_is_a_cover_and_an_agenda(tmp_path: Path, fonts: Fonts) -> None:
    dest = tmp_path / "empty.pdf"
    book = meeting_book(tmp_path, meeting_documents=(), items=(BookItem("1", "เรื่องแจ้ง", 0),))
    result = build_board_book(book, dest, fonts)
    texts = pdftotext_pages(dest)
    assert result.pages == len(texts) == 2
    assert "1 เรื่องแจ้ง" in texts[1] and "หน้า 2/2" in texts[1]
