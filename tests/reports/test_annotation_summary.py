"""The annotation summary (reports/annotation_summary.py): a reader's marks and notes by paper and page, in
Thai and English, whose text searches back exactly and whose Thai lines never collide."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.reports.annotation_summary import annotation_summary_pdf
from emeeting.reports.thai_text import Fonts
from emeeting.reports.wording import ReportOptions
from tests.reports.conftest import BANGKOK, body_text, pdftotext_pages
from tests.reports.test_line_spacing import HARD, collisions, line_inks

TH = ReportOptions(lang="th", tz=BANGKOK)
EN = ReportOptions(lang="en", tz=BANGKOK)
TH_DIGITS = ReportOptions(lang="th", thai_digits=True, tz=BANGKOK)
READER = "นางสาวอัญชลี พงษ์พานิช"
PRINTED = date(2026, 3, 2)
NOTE = "ขอให้ฝ่ายเลขานุการตรวจสอบวงเงินงบประมาณอีกครั้ง เนื่องจากผู้ใหญ่บ้านและปู่ย่าตายายในพื้นที่ได้ทักท้วงไว้"
QUOTE = "วงเงินงบประมาณรวม 15,375,000 บาท"
OLD_QUOTE = "ราคากลางสูงกว่าราคาตลาดร้อยละสิบห้า"
ITEM_NOTE = "ถามประธานเรื่องกำหนดการจัดซื้อ ศักดิ์สิทธิ์ ฐิติ ญาณ"
PLAN = "ร่างแผนปฏิบัติการดิจิทัล ระยะที่ 1"
CLOUD = "ขอบเขตงานระบบคลาวด์กลาง"
AGENDA_PAPER = "ระเบียบวาระการประชุม"


@dataclasses.dataclass(frozen=True)
class Case:
    bundle: m.MeetingBundle
    annotations: tuple[m.Annotation, ...]


@pytest.fixture(scope="module")
def case(bundle: m.MeetingBundle) -> Case:
    by_title = {i.title: i for i in bundle.items}
    plan_item = by_title["แผนปฏิบัติการดิจิทัล ระยะที่ 1 (พ.ศ. 2569-2573)"]
    cloud_item = by_title["การจัดซื้อระบบคลาวด์กลาง"]
    mid = bundle.meeting.id

    def paper(
        name: str, sha: str, item: m.AgendaItem | None, secrecy: m.Secrecy = m.Secrecy.NORMAL
    ) -> m.Document:
        return m.Document(
            mid,
            name,
            f"{sha}.pdf",
            "application/pdf",
            1000,
            sha * 64,
            item_id=item.id if item else None,
            secrecy=secrecy,
        )

    agenda = paper(AGENDA_PAPER, "a", None)
    plan = paper(PLAN, "b", plan_item)
    cloud = paper(CLOUD, "c", cloud_item, m.Secrecy.SECRET)
    unmarked = paper("เอกสารที่ไม่มีบันทึก", "d", plan_item)
    S = m.AnnotationShape

    def mark(shape: m.AnnotationShape, document: m.Document | None, **fields: object) -> m.Annotation:
        return m.Annotation(
            meeting_id=mid,
            owner="anchalee",
            shape=shape,
            document_id=document.id if document else None,
            sha256=document.sha256 if document else "",
            author=READER,
            **fields,  # type: ignore[arg-type]
        )

    annotations = (
        # Listed out of order: the summary sorts them by page, then from the top of the page.
        mark(S.STICKY, plan, page=4, geometry="[300, 100]", text=NOTE, sharing=m.Sharing.SECRETARY),
        mark(
            S.HIGHLIGHT,
            plan,
            page=2,
            geometry="[[100, 400, 300, 420]]",
            quote=QUOTE,
            text="ตัวเลขนี้รวมภาษีแล้วหรือไม่",
        ),
        mark(S.UNDERLINE, plan, page=2, geometry="[[100, 200, 300, 220]]", quote=f"{HARD}\nผู้ใหญ่บ้าน"),
        mark(S.INK, agenda, page=0, geometry="[[[10, 10], [20, 20]]]", sharing=m.Sharing.COMMITTEE),
        mark(S.ITEM_NOTE, None, item_id=cloud_item.id, text=ITEM_NOTE),
        mark(S.HIGHLIGHT, cloud, page=1, geometry="[[10, 10, 20, 20]]", quote="ขอบเขตงาน"),
        # Made on a version of the plan that has since been replaced, its quote not found in the new one.
        dataclasses.replace(
            mark(S.HIGHLIGHT, plan, page=6, geometry="[[1, 1, 2, 2]]", quote=OLD_QUOTE, text="ดูอีกครั้ง"),
            sha256="e" * 64,
        ),
        # On a paper that has been taken out of the meeting.
        mark(S.STICKY, None, page=0, geometry="[1, 1]", text="บันทึกบนเอกสารที่ถูกถอนออก"),
        # A fellow member's note shared with the committee: it says who made it.
        dataclasses.replace(
            mark(
                S.STICKY,
                agenda,
                page=1,
                geometry="[5, 5]",
                text="เห็นด้วยกับข้อเสนอ",
                sharing=m.Sharing.COMMITTEE,
            ),
            author="นายสมชาย ใจดี",
            owner="somchai",
        ),
        # Another meeting's note: not in this summary.
        dataclasses.replace(
            mark(S.ITEM_NOTE, None, item_id=plan_item.id, text="ของการประชุมอื่น"), meeting_id="other"
        ),
    )
    return Case(dataclasses.replace(bundle, documents=(cloud, plan, agenda, unmarked)), annotations)


def render(tmp_path: Path, case: Case, fonts: Fonts, options: ReportOptions, name: str = "summary") -> Path:
    rendered = annotation_summary_pdf(case.bundle, case.annotations, READER, PRINTED, fonts, options)
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(rendered.pdf)
    return pdf


def test_the_thai_summary_reads_back_exactly_in_agenda_order(
    tmp_path: Path, case: Case, fonts: Fonts
) -> None:
    text = body_text(render(tmp_path, case, fonts, TH))
    assert text.startswith("สรุปบันทึกบนเอกสารประกอบการประชุมคณะกรรมการบริหารเทคโนโลยีสารสนเทศครั้งที่ 3/2569")
    assert f"ของ {READER}" in text and "พิมพ์เมื่อวันที่ 2 มีนาคม 2569" in text
    order = [
        "เอกสารประกอบการประชุม",
        f"เอกสาร: {AGENDA_PAPER}",
        "หน้า 1  เขียนด้วยมือ  (แบ่งปันกับกรรมการ)",
        "หน้า 2  บันทึกติดหน้า  (แบ่งปันกับกรรมการ โดย นายสมชาย ใจดี)",
        "เห็นด้วยกับข้อเสนอ",
        "ระเบียบวาระที่ 4  เรื่องเสนอเพื่อพิจารณา",
        "4.1  แผนปฏิบัติการดิจิทัล",
        f"เอกสาร: {PLAN}",
        "หน้า 3  ขีดเส้นใต้  (ส่วนตัว)",
        f"“{HARD} ผู้ใหญ่บ้าน”",
        "หน้า 3  เน้นข้อความ  (ส่วนตัว)",
        f"“{QUOTE}”",
        "ตัวเลขนี้รวมภาษีแล้วหรือไม่",
        "หน้า 5  บันทึกติดหน้า  (ส่งถึงเลขานุการ)",
        NOTE,
        "4.2  การจัดซื้อระบบคลาวด์กลาง",
        "บันทึกในวาระ  (ส่วนตัว)",
        ITEM_NOTE,
        f"เอกสาร: {CLOUD}",
        "หน้า 2  เน้นข้อความ",
        "บันทึกจากเอกสารฉบับก่อนหน้า",
        f"เอกสาร: {PLAN}",
        "หน้า 7  เน้นข้อความ  (ส่วนตัว)",
        f"“{OLD_QUOTE}”",
        "ดูอีกครั้ง",
        "เอกสาร: เอกสารที่ไม่มีในการประชุมแล้ว",
        "บันทึกบนเอกสารที่ถูกถอนออก",
    ]
    at = 0
    for part in order:  # each after the one before
        found = text.find(part, at)
        assert found >= 0, (part, text[at : at + 200])
        at = found + len(part)
    assert "เอกสารที่ไม่มีบันทึก" not in text and "ของการประชุมอื่น" not in text


def test_the_summary_carries_the_highest_class_of_what_it_quotes(
    tmp_path: Path, case: Case, fonts: Fonts
) -> None:
    pages = pdftotext_pages(render(tmp_path, case, fonts, TH))
    assert all("ลับมาก" in page for page in pages)  # the cloud paper is SECRET, the meeting only CONFIDENTIAL


def test_the_english_summary(tmp_path: Path, case: Case, fonts: Fonts) -> None:
    text = body_text(render(tmp_path, case, fonts, EN))
    assert text.startswith("Summary of annotations: คณะกรรมการบริหารเทคโนโลยีสารสนเทศMeeting No. 3/2569")
    assert f"by {READER}" in text and "Printed on 2 March 2026" in text
    for part in (
        "Papers of the meeting",
        "Page 1  Ink  (shared with the committee)",
        "Page 2  Sticky note  (shared with the committee, by นายสมชาย ใจดี)",
        "Page 5  Sticky note  (sent to the secretary)",
        "Note on the item  (private)",
        "From the earlier version",
        "A paper no longer in the meeting",
        NOTE,
    ):
        assert part in text, part


def test_thai_digits_throughout(tmp_path: Path, case: Case, fonts: Fonts) -> None:
    text = body_text(render(tmp_path, case, fonts, TH_DIGITS))
    assert "หน้า ๓  เน้นข้อความ" in text and "“วงเงินงบประมาณรวม ๑๕,๓๗๕,๐๐๐ บาท”" in text
    assert "ครั้งที่ ๓/๒๕๖๙" in text


def test_a_reader_without_annotations_gets_a_summary_that_says_so(
    tmp_path: Path, case: Case, fonts: Fonts
) -> None:
    empty = Case(case.bundle, ())
    text = body_text(render(tmp_path, empty, fonts, TH))
    assert "- ไม่มี -" in text and "เอกสาร:" not in text


@pytest.mark.parametrize("options", [TH, EN, TH_DIGITS], ids=["th", "en", "th-digits"])
def test_no_line_of_the_summary_rises_into_or_touches_the_line_above(
    tmp_path: Path, case: Case, fonts: Fonts, options: ReportOptions
) -> None:
    pages = line_inks(render(tmp_path, case, fonts, options), tmp_path)
    assert sum(len(p) for p in pages) > 20
    found = collisions(pages)
    assert not found, f"{len(found)} collisions, e.g.\n" + "\n".join(found[:10])
