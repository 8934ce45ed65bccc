"""Minutes (form แบบที่ 11), agenda and invitation from a MeetingBundle: real PDFs read back with poppler
and QtPdf, pages looked at as pixels where colour matters, and the minutes as DOCX."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path

import docx
import pytest
from PIL import Image

from emeeting.domain import model as m
from emeeting.reports.agenda_doc import agenda_blocks, agenda_pdf
from emeeting.reports.docx_writer import minutes_docx
from emeeting.reports.invitation import invitation_pdf
from emeeting.reports.minutes import minutes_blocks, minutes_pdf
from emeeting.reports.page_layout import KeepTogether, Paragraph, Row
from emeeting.reports.thai_text import Fonts
from emeeting.reports.wording import ReportOptions
from tests.reports.conftest import (
    BANGKOK,
    LONG_DISCUSSION,
    body_text,
    pdftotext,
    pdftotext_pages,
    words_with_boxes,
)

TH = ReportOptions(lang="th", tz=BANGKOK)
EN = ReportOptions(lang="en", tz=BANGKOK)
TH_DIGITS = ReportOptions(lang="th", thai_digits=True, tz=BANGKOK)
A4_HEIGHT = 841.89

# Form แบบที่ 11: these headings, in this order.
FORM_11 = [
    "รายงานการประชุมคณะกรรมการบริหารเทคโนโลยีสารสนเทศ",
    "ครั้งที่ 3/2569",
    "เมื่อวันอังคารที่ 3 มีนาคม 2569 เวลา 09.30 น.",
    "ณ ห้องประชุมชัยพฤกษ์ ชั้น 9 อาคารสำนักงานปลัดกระทรวง",
    "ผู้มาประชุม",
    "ผู้ไม่มาประชุม",
    "ผู้เข้าร่วมประชุม",
    "เริ่มประชุมเวลา 09.35 น.",
    "ระเบียบวาระที่ 1",
    "ระเบียบวาระที่ 4",
    "4.2  การจัดซื้อระบบคลาวด์กลาง",
    "ระเบียบวาระที่ 5",
    "เลิกประชุมเวลา 12.10 น.",
    "ผู้จดรายงานการประชุม",
    "ผู้ตรวจรายงานการประชุม",
]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def flat(text: str) -> str:
    """Extracted text with the line breaks inside paragraphs normalised away."""
    return text.replace("\n", "")


def paragraphs_of(blocks: list) -> list[str]:  # type: ignore[type-arg]
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, Row):
            out += [c.paragraph.text for c in block.cells]
        elif isinstance(block, KeepTogether):
            out += paragraphs_of(list(block.blocks))
    return out


def qt_page_count(path: Path, qapp: object) -> int:
    from PySide6.QtPdf import QPdfDocument

    import emeeting.ui  # noqa: F401  (the binding guard before any Qt call)

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.status() == QPdfDocument.Status.Ready
    count = document.pageCount()
    document.close()
    return count


@pytest.fixture(scope="module")
def minutes_th(fonts: Fonts, bundle: m.MeetingBundle, tmp_path_factory: pytest.TempPathFactory) -> Path:
    rendered = minutes_pdf(bundle, fonts, TH)
    return write(tmp_path_factory.mktemp("minutes"), "minutes.pdf", rendered.pdf)


def test_minutes_follow_form_11_in_order(minutes_th: Path) -> None:
    text = body_text(minutes_th)
    positions = [text.find(heading) for heading in FORM_11]
    assert all(p >= 0 for p in positions), [h for h, p in zip(FORM_11, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_minutes_list_who_came_who_did_not_and_why(minutes_th: Path) -> None:
    text = body_text(minutes_th)
    present, rest = text.split("ผู้ไม่มาประชุม")
    absent, others = rest.split("ผู้เข้าร่วมประชุม", 1)
    assert "นายสมชาย ใจดี" in present and "ประธานกรรมการ" in present
    # The substitute, in the member's place, with whom she stands in for under her name.
    assert present.index("5. นางสาวชลธิชา ชัยมงคล") < present.index("แทน นายปิยะ รักษ์ไทย") < present.index("6.")
    assert "มาประชุมเวลา 10.15 น." in present and "ออกจากการประชุมเวลา 11.00 น." in present
    assert "ประชุมผ่านสื่ออิเล็กทรอนิกส์" in present
    assert "1. นางมาลัย บุญมา" in absent and "ติดราชการ" in absent
    assert "นายปิยะ" not in absent  # stood in for: not absent
    assert "นางสาวพิมพ์ชนก ทวีสุข" in others.split("เริ่มประชุมเวลา")[0]
    # The chair is listed first and the secretaries last.
    assert present.index("ใจดี") < present.index("ศรีสุข") < present.index("รักงาน") < present.index("เรืองศรี")


def test_minutes_use_the_edited_entries_and_fall_back_to_the_record(minutes_th: Path) -> None:
    text = body_text(minutes_th)
    assert LONG_DISCUSSION in text  # an entry, exactly
    assert "มติที่ประชุม รับรองรายงานการประชุม" in text
    item_42 = text.split("4.2  การจัดซื้อระบบคลาวด์กลาง")[1].split("ระเบียบวาระที่ 5")[0]
    assert "มติที่ประชุม อนุมัติการจัดซื้อระบบคลาวด์กลาง" in item_42  # no entry: the recorded resolution
    assert "เห็นด้วย 3 เสียง ไม่เห็นด้วย 1 เสียง งดออกเสียง 1 เสียง" in item_42
    assert "ผู้ไม่เห็นด้วย: พลตำรวจตรีประเสริฐ เจริญผล" in item_42
    assert "ผลการลงมติ: ผ่าน" in item_42
    assert "นายธีรวัฒน์ มั่นคง ไม่ร่วมพิจารณาและไม่ออกเสียงในวาระนี้" in item_42
    assert "พลตำรวจตรีประเสริฐ เจริญผล มีความเห็นแย้ง โดยมีเหตุผลว่า ราคากลางสูงกว่าราคาตลาด" in item_42
    section_3 = text.split("ระเบียบวาระที่ 3")[1].split("ระเบียบวาระที่ 4")[0]
    assert "- ไม่มี -" in section_3


def test_every_paragraph_of_the_minutes_searches_back_exactly(
    minutes_th: Path, bundle: m.MeetingBundle
) -> None:
    text = body_text(minutes_th)
    for paragraph in paragraphs_of(minutes_blocks(bundle, TH)):
        assert paragraph in text


def test_page_numbers_at_the_top_centre_from_page_two(minutes_th: Path) -> None:
    pages = pdftotext_pages(minutes_th)
    assert len(pages) >= 2
    words = words_with_boxes(minutes_th)
    for number in range(1, len(pages) + 1):
        marks = [w for w in words if w.page == number and w.text == f"- {number} -" and w.y_max < 60]
        if number == 1:
            assert not marks
        else:
            (mark,) = marks
            assert (mark.x_min + mark.x_max) / 2 == pytest.approx(595.28 / 2, abs=6)


def test_secrecy_class_top_and_bottom_of_every_page(minutes_th: Path) -> None:
    words = words_with_boxes(minutes_th)
    pages = len(pdftotext_pages(minutes_th))
    for number in range(1, pages + 1):
        stamps = [w for w in words if w.page == number and w.text == "ลับ"]
        assert any(w.y_max < 40 for w in stamps) and any(w.y_min > A4_HEIGHT - 60 for w in stamps)


def test_signature_blocks_name_the_taker_and_the_checker(minutes_th: Path) -> None:
    last = flat(pdftotext_pages(minutes_th)[-1])
    assert re.search(r"\(ลงชื่อ\) \.+\(นายเกรียงไกร เรืองศรี\).*ผู้จดรายงานการประชุม", last)
    assert re.search(r"\(ลงชื่อ\) \.+\(นางสาวสุดา รักงาน\).*ผู้ตรวจรายงานการประชุม", last)
    assert "เลิกประชุมเวลา" in last  # the closing line goes with the signatures


def test_thai_digits_everywhere_including_page_numbers(
    fonts: Fonts, bundle: m.MeetingBundle, tmp_path: Path
) -> None:
    pdf = write(tmp_path, "digits.pdf", minutes_pdf(bundle, fonts, TH_DIGITS).pdf)
    text = pdftotext(pdf)
    assert not re.search(r"[0-9]", text)
    assert "ครั้งที่ ๓/๒๕๖๙" in text and "เริ่มประชุมเวลา ๐๙.๓๕ น." in text and "- ๒ -" in text


def test_english_minutes(fonts: Fonts, bundle: m.MeetingBundle, tmp_path: Path, qapp: object) -> None:
    pdf = write(tmp_path, "en.pdf", minutes_pdf(bundle, fonts, EN).pdf)
    text = body_text(pdf)
    for heading in (
        "Minutes of the meeting of the",
        "Meeting No. 3/2569",
        "held on Tuesday 3 March 2026 at 09:30",
    ):
        assert heading in text
    order = [
        text.find(h) for h in ("Present", "Absent", "In attendance", "The meeting began at 09:35", "Item 4")
    ]
    assert min(order) >= 0 and order == sorted(order)
    assert "Minute-taker" in text and "Checked by" in text and "CONFIDENTIAL" in pdftotext(pdf)
    assert qt_page_count(pdf, qapp) == len(pdftotext_pages(pdf))


def test_minutes_without_entries_show_the_resolutions(
    fonts: Fonts, bundle: m.MeetingBundle, tmp_path: Path
) -> None:
    bare = dataclasses.replace(bundle, minutes=None, minutes_entries=())
    text = body_text(write(tmp_path, "bare.pdf", minutes_pdf(bare, fonts, TH).pdf))
    assert LONG_DISCUSSION not in text
    assert "มติที่ประชุม เห็นชอบร่างแผนปฏิบัติการดิจิทัล ระยะที่ 1 ตามที่ฝ่ายเลขานุการเสนอ" in text
    assert "เริ่มประชุมเวลา 09.30 น." in text and "เลิกประชุมเวลา 12.00 น." in text  # the meeting's times


def test_every_pdf_opens_in_qtpdf_and_poppler(
    fonts: Fonts, bundle: m.MeetingBundle, tmp_path: Path, qapp: object
) -> None:
    for name, rendered in (
        ("minutes", minutes_pdf(bundle, fonts, TH)),
        ("agenda", agenda_pdf(bundle, fonts, TH)),
        ("invitation", invitation_pdf(bundle, fonts, TH)),
        ("agenda-en", agenda_pdf(bundle, fonts, EN)),
        ("invitation-en", invitation_pdf(bundle, fonts, EN)),
    ):
        pdf = write(tmp_path, f"{name}.pdf", rendered.pdf)
        assert qt_page_count(pdf, qapp) == rendered.pages == len(pdftotext_pages(pdf)), name
        subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)


def test_the_same_meeting_gives_the_same_bytes(fonts: Fonts, bundle: m.MeetingBundle) -> None:
    assert minutes_pdf(bundle, fonts, TH).pdf == minutes_pdf(bundle, fonts, TH).pdf


def test_agenda_gives_each_item_its_background_facts_law_and_proposal(
    fonts: Fonts, bundle: m.MeetingBundle, tmp_path: Path
) -> None:
    pdf = write(tmp_path, "agenda.pdf", agenda_pdf(bundle, fonts, TH).pdf)
    text = body_text(pdf)
    assert text.index("ระเบียบวาระการประชุมคณะกรรมการบริหารเทคโนโลยีสารสนเทศ") < text.index("ครั้งที่ 3/2569")
    item = text.split("4.1  แผนปฏิบัติการดิจิทัล")[1].split("4.2")[0]
    labels = ["ผู้นำเสนอ: นางสาวพิมพ์ชนก ทวีสุข", "ความเป็นมา", "ข้อเท็จจริง", "ข้อกฎหมาย/ระเบียบ", "ประเด็นเสนอเพื่อพิจารณา"]
    positions = [item.find(label) for label in labels]
    assert min(positions) >= 0 and positions == sorted(positions)
    assert "วงเงินงบประมาณรวม 15,375,000 บาท" in item
    assert "(วาระลับ)" in text.split("4.2")[1]
    for paragraph in paragraphs_of(agenda_blocks(bundle, TH)):
        assert paragraph in text


def _red_share(png: Path, box: tuple[float, float, float, float], dpi: int) -> float:
    image = Image.open(png).convert("RGB")
    k = dpi / 72
    crop = image.crop(tuple(round(v * k) for v in box))  # type: ignore[arg-type]
    raw = crop.tobytes()
    pixels = [(raw[i], raw[i + 1], raw[i + 2]) for i in range(0, len(raw), 3)]
    inked = [p for p in pixels if sum(p) < 600]
    return sum(1 for r, g, b in inked if r > 150 and g < 90 and b < 90) / max(len(inked), 1)


def test_invitation_stamps_urgency_and_secrecy_in_red(
    fonts: Fonts, bundle: m.MeetingBundle, tmp_path: Path
) -> None:
    pdf = write(tmp_path, "invitation.pdf", invitation_pdf(bundle, fonts, TH).pdf)
    text = flat(pdftotext(pdf))
    for part in (
        "ด่วนที่สุด",
        "หนังสือเชิญประชุม",
        "24 กุมภาพันธ์ 2569",  # when the notice went out
        "ขอเชิญประชุมคณะกรรมการบริหารเทคโนโลยีสารสนเทศ ครั้งที่ 3/2569",
        "กรรมการคณะกรรมการบริหารเทคโนโลยีสารสนเทศ",
        "ในวันอังคารที่ 3 มีนาคม 2569 เวลา 09.30 น. ณ ห้องประชุมชัยพฤกษ์",
        "ขอแสดงความนับถือ",
        "(นางสาวสุดา รักงาน)",
    ):
        assert part in text
    words = words_with_boxes(pdf)
    (urgent,) = [w for w in words if w.text == "ด่วนที่สุด"]
    assert urgent.x_min < 120 and urgent.y_max < 70  # top left
    secret = [w for w in words if w.text == "ลับ"]
    assert len(secret) == 2
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf), str(tmp_path / "inv")], check=True
    )
    png = tmp_path / "inv.png"
    for w in (urgent, *secret):
        assert _red_share(png, (w.x_min, w.y_min, w.x_max, w.y_max), 72) > 0.6, w.text  # edges are pink
    (title,) = [w for w in words if w.text == "หนังสือเชิญประชุม"]
    assert _red_share(png, (title.x_min, title.y_min, title.x_max, title.y_max), 72) < 0.05


def test_a_normal_meeting_has_no_stamps(fonts: Fonts, bundle: m.MeetingBundle, tmp_path: Path) -> None:
    normal = dataclasses.replace(
        bundle,
        meeting=dataclasses.replace(bundle.meeting, urgency=m.Urgency.NORMAL, secrecy=m.Secrecy.NORMAL),
        items=tuple(dataclasses.replace(i, secrecy=m.Secrecy.NORMAL) for i in bundle.items),
    )
    text = pdftotext(write(tmp_path, "normal.pdf", invitation_pdf(normal, fonts, TH).pdf))
    assert "ด่วน" not in text and "ลับ" not in text


def test_docx_minutes_hold_every_heading(bundle: m.MeetingBundle) -> None:
    document = docx.Document(io.BytesIO(minutes_docx(bundle, TH)))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    body = "\n".join(paragraphs)
    positions = [body.find(h) for h in FORM_11]
    assert min(positions) >= 0 and positions == sorted(positions)
    headings = [
        p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")
    ]
    assert headings[:4] == ["ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุมเวลา 09.35 น."]
    assert "4.2  การจัดซื้อระบบคลาวด์กลาง" in headings
    assert any("นางสาวชลธิชา ชัยมงคล" in c for c in cells)
    assert "แทน นายปิยะ รักษ์ไทย" in paragraphs
    assert LONG_DISCUSSION in paragraphs
    header = document.sections[0].header.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in header and "ลับ" in header
    assert document.sections[0].different_first_page_header_footer


def test_docx_in_english_with_thai_digit_page_numbers(bundle: m.MeetingBundle) -> None:
    english = docx.Document(io.BytesIO(minutes_docx(bundle, EN)))
    assert "Present" in [p.text for p in english.paragraphs]
    thai = docx.Document(io.BytesIO(minutes_docx(bundle, TH_DIGITS)))
    assert "ThaiArabic" in thai.sections[0].header.paragraphs[0]._p.xml
    assert "ครั้งที่ ๓/๒๕๖๙" in [p.text for p in thai.paragraphs]
