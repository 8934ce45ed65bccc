"""The page flow shared by every document: headings stay with their text, blocks kept together move
as one, page breaks, and the page each anchored paragraph lands on (what the board book's agenda uses)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from emeeting.domain import model as m
from emeeting.reports.minutes import minutes_pdf
from emeeting.reports.page_layout import (
    BODY,
    HEADING,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    render_pdf,
)
from emeeting.reports.thai_text import Fonts
from emeeting.reports.wording import ReportOptions
from tests.reports.conftest import BANGKOK, LONG_DISCUSSION, pdftotext_pages

LINE = "ที่ประชุมรับทราบ"


def test_a_heading_never_ends_a_page(fonts: Fonts) -> None:
    for filler in range(28, 40):  # push the heading to every position near the bottom of page 1
        blocks = [Paragraph.of(LINE, BODY) for _ in range(filler)]
        blocks += [
            Paragraph.of("ระเบียบวาระที่ 4", HEADING, anchor="heading"),
            Paragraph.of(LONG_DISCUSSION, BODY, anchor="text"),
        ]
        rendered = render_pdf(blocks, fonts, PageTemplate())
        assert rendered.anchors["heading"] == rendered.anchors["text"], filler


def test_a_section_heading_stays_with_its_first_item_and_its_text(fonts: Fonts) -> None:
    for filler in range(26, 40):
        blocks = [Paragraph.of(LINE, BODY) for _ in range(filler)]
        blocks += [
            Paragraph.of("ระเบียบวาระที่ 4", HEADING, anchor="section"),
            Paragraph.of("4.1  แผนปฏิบัติการดิจิทัล", HEADING, anchor="item"),
            Paragraph.of(LONG_DISCUSSION, BODY, anchor="text"),
        ]
        anchors = render_pdf(blocks, fonts, PageTemplate()).anchors
        assert anchors["section"] == anchors["item"] == anchors["text"], filler


def test_blocks_kept_together_move_as_one(fonts: Fonts) -> None:
    together = KeepTogether(tuple(Paragraph.of(f"{LINE} {n}", BODY, anchor=f"k{n}") for n in range(6)))
    for filler in range(28, 37):
        rendered = render_pdf([*(Paragraph.of(LINE) for _ in range(filler)), together], fonts, PageTemplate())
        assert len({rendered.anchors[f"k{n}"] for n in range(6)}) == 1, filler


def test_page_breaks_and_anchor_pages(tmp_path: Path, fonts: Fonts) -> None:
    blocks = [
        Paragraph.of("หน้าแรก", anchor="one"),
        PageBreak(),
        Paragraph.of("หน้าที่สอง", anchor="two"),
        PageBreak(),
        Paragraph.of("หน้าที่สาม", anchor="three"),
    ]
    rendered = render_pdf(blocks, fonts, PageTemplate())
    assert rendered.pages == 3 and rendered.anchors == {"one": 1, "two": 2, "three": 3}
    pdf = tmp_path / "breaks.pdf"
    pdf.write_bytes(rendered.pdf)
    pages = pdftotext_pages(pdf)
    assert "หน้าที่สอง" in pages[1] and "- 2 -" in pages[1] and "- 1 -" not in pages[0]


def test_minutes_report_the_page_of_every_agenda_item(
    fonts: Fonts, bundle: m.MeetingBundle, tmp_path: Path
) -> None:
    rendered = minutes_pdf(bundle, fonts, ReportOptions(tz=BANGKOK))
    assert set(rendered.anchors) == {i.id for i in bundle.items}
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(rendered.pdf)
    pages = pdftotext_pages(pdf)
    for item in bundle.items:
        assert item.title in pages[rendered.anchors[item.id] - 1].replace("\n", "")


def test_no_page_numbers_when_the_template_says_so(fonts: Fonts, tmp_path: Path) -> None:
    template = replace(PageTemplate(), page_numbers=False)
    rendered = render_pdf([Paragraph.of("ก"), PageBreak(), Paragraph.of("ข")], fonts, template)
    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(rendered.pdf)
    assert [p.strip() for p in pdftotext_pages(pdf)] == ["ก", "ข"]
