"""Minutes of a meeting not yet certified carry "ร่าง" (Thai) or "DRAFT" (English) across every page: light
grey under the text, drawn as outlines so that copy and search give back exactly the minutes' text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from emeeting.domain import model as m
from emeeting.reports.minutes import minutes_pdf
from emeeting.reports.thai_text import Fonts
from emeeting.reports.wording import ReportOptions
from tests.reports.conftest import BANGKOK, LONG_DISCUSSION, pdftotext

TH = ReportOptions(lang="th", tz=BANGKOK)
EN = ReportOptions(lang="en", tz=BANGKOK)


def long_bundle(bundle: m.MeetingBundle) -> m.MeetingBundle:
    """The meeting with a long entry on its first item, so the minutes run over several pages."""
    first, *rest = bundle.minutes_entries
    long_text = "\n".join([LONG_DISCUSSION] * 24 + ["มติที่ประชุม รับทราบ"])
    entries = (m.MinutesEntry(first.minutes_id, first.item_id, long_text), *rest)
    return m.MeetingBundle(
        bundle.committee,
        bundle.meeting,
        people=bundle.people,
        memberships=bundle.memberships,
        items=bundle.items,
        recusals=bundle.recusals,
        invitations=bundle.invitations,
        votes=bundle.votes,
        ballots=bundle.ballots,
        dissents=bundle.dissents,
        minutes=bundle.minutes,
        minutes_entries=entries,
    )


def page_images(pdf: Path, dpi: int = 40) -> list[Image.Image]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(prefix)], check=True)
    return [Image.open(p).convert("L") for p in sorted(pdf.parent.glob(f"{prefix.name}-*.png"))]


def watermark_share(marked: Image.Image, plain: Image.Image) -> float:
    """The share of the page's middle third (where the diagonal watermark crosses) that is paper on the
    plain page and light grey on the marked one."""
    w, h = marked.size
    box = (w // 3, h // 3, 2 * w // 3, 2 * h // 3)
    a, b = marked.crop(box).tobytes(), plain.crop(box).tobytes()
    grey = sum(1 for x, y in zip(a, b, strict=True) if y > 250 and 190 <= x <= 235)
    return grey / len(a)


@pytest.mark.parametrize(("options", "word"), [(TH, "ร่าง"), (EN, "DRAFT")])
def test_draft_minutes_carry_the_watermark_on_every_page(
    tmp_path: Path, fonts: Fonts, bundle: m.MeetingBundle, options: ReportOptions, word: str
) -> None:
    meeting = long_bundle(bundle)
    draft = minutes_pdf(meeting, fonts, options, draft=True)
    final = minutes_pdf(meeting, fonts, options)
    assert draft.pages >= 3 and draft.pages == final.pages
    (tmp_path / "draft").mkdir()
    (tmp_path / "final").mkdir()
    draft_pdf, final_pdf = tmp_path / "draft" / "d.pdf", tmp_path / "final" / "f.pdf"
    draft_pdf.write_bytes(draft.pdf)
    final_pdf.write_bytes(final.pdf)

    draft_pages, final_pages = page_images(draft_pdf), page_images(final_pdf)
    assert len(draft_pages) == draft.pages
    assert watermark_share(final_pages[0], final_pages[0]) == 0.0  # the measure sees no text as grey
    for number, (marked, plain) in enumerate(zip(draft_pages, final_pages, strict=True), start=1):
        assert watermark_share(marked, plain) > 0.04, f"page {number} has no watermark"

    # The watermark is no text: copy and search read exactly what the certified minutes read.
    assert word not in pdftotext(draft_pdf)
    assert pdftotext(draft_pdf) == pdftotext(final_pdf)


def test_the_watermark_leaves_the_text_black_and_readable(
    tmp_path: Path, fonts: Fonts, bundle: m.MeetingBundle
) -> None:
    """Under the text, not over it: where text crosses the watermark its ink is as dark as elsewhere."""
    pdf = tmp_path / "d.pdf"
    pdf.write_bytes(minutes_pdf(long_bundle(bundle), fonts, TH, draft=True).pdf)
    page = page_images(pdf, dpi=100)[1]
    w, h = page.size
    middle = page.crop((w // 3, h // 3, 2 * w // 3, 2 * h // 3))
    assert middle.getextrema()[0] < 40  # black text drawn over the grey
    assert sum(middle.histogram()[:40]) > 500


@pytest.mark.parametrize(("options", "word"), [(TH, "ร่าง"), (EN, "DRAFT")])
def test_draft_minutes_in_word_carry_the_watermark_in_every_header(
    bundle: m.MeetingBundle, options: ReportOptions, word: str
) -> None:
    """Word's own watermark: a grey text shape in the headers (the first page's and the others'), behind
    the text; the body is the same as the certified minutes'."""
    import io

    import docx

    from emeeting.reports.docx_writer import minutes_docx

    draft = docx.Document(io.BytesIO(minutes_docx(bundle, options, draft=True)))
    final = docx.Document(io.BytesIO(minutes_docx(bundle, options)))
    vml = "{urn:schemas-microsoft-com:vml}"
    section = draft.sections[0]
    for header in (section.first_page_header, section.header):
        (shape,) = header._element.iter(f"{vml}shape")
        assert [t.get("string") for t in shape.iter(f"{vml}textpath")] == [word]
        assert "rotation:315" in shape.get("style") and "z-index:-" in shape.get("style")  # behind the text
        assert len(header.paragraphs) == 1  # no extra line in the header
    assert not list(final.sections[0].header._element.iter(f"{vml}shape"))
    assert [p.text for p in draft.paragraphs] == [p.text for p in final.paragraphs]
