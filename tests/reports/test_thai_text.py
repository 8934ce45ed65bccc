"""Thai typography: HarfBuzz shaping, line breaks only between words, exact copy/search back with
pdftotext, alignment, and golden images of the hard strings."""

from __future__ import annotations

import os
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from emeeting.domain.thai_words import WordBreaker
from emeeting.reports.page_layout import ParaStyle, draw_line
from emeeting.reports.pdf_writer import PdfWriter
from emeeting.reports.thai_text import Fonts, Line, Span, break_units, layout_paragraph
from tests.reports.conftest import LONG_DISCUSSION, pdftotext, words_with_boxes

GOLDEN = Path(__file__).parent / "golden"
HARD = {
    "thi": "ที่",
    "nan": "นั้น",
    "nam": "น้ำ",
    "pi_ek": "ปี่",
    "pi_tho": "ปี้",
    "pi_tri": "ปี๊",
    "pi_chattawa": "ปี๋",
    "phuyai": "ผู้ใหญ่",
    "tho_than": "ฐ",
    "yo_ying": "ญ",
}
# A long sentence without a single space, and more: what the minutes are made of.
NO_SPACES = (
    "ที่ประชุมมีมติเห็นชอบตามที่ฝ่ายเลขานุการเสนอโดยให้ศูนย์เทคโนโลยีสารสนเทศและการสื่อสารดำเนินการ"
    "จัดทำแผนปฏิบัติการดิจิทัลระยะห้าปีให้แล้วเสร็จภายในเดือนธันวาคมและรายงานผลต่อคณะกรรมการในการประชุม"
    "ครั้งต่อไปพร้อมทั้งประสานกับสำนักงานปลัดกระทรวงเพื่อจัดสรรงบประมาณที่จำเป็นสำหรับการดำเนินงาน"
)
PARAGRAPHS = [
    " ".join(HARD.values()),
    NO_SPACES,
    LONG_DISCUSSION,
    "การประชุมครั้งที่ ๓/๒๕๖๙ วันอังคารที่ ๓ มีนาคม ๒๕๖๙ เวลา ๐๙.๓๐ น. งบประมาณ ๑๕,๓๗๕,๐๐๐ บาท",
    "น้ำ ทำ คำ จำนำ กำหนด ดำเนินการ สำนักงาน ประจำปี ผู้อำนวยการ ชำนาญการพิเศษ",
    "ผู้ใหญ่บ้านไปซื้อปี่ปี้ปี๊ปี๋ที่ตลาดนั้นแล้วจึงกลับบ้านพร้อมกับญาติผู้ใหญ่ที่มาจากต่างจังหวัดเมื่อวานนี้",
    "Resolution: approved the Data Catalog (version 2.1) for 2026; see https://data.go.th/catalog.",
    "ข้อ 1\tการประชุม\u200bออนไลน์\u00a0ผ่าน e-Meeting",  # a tab, a zero-width space, a no-break space
    "มติที่ประชุม: เห็นชอบแนวทางการจัดทำบัญชีข้อมูล (Data Catalog) และการเปิดเผยข้อมูลเปิดภาครัฐ ตามที่เสนอ",
]


def _pdf_of_paragraphs(tmp_path: Path, fonts: Fonts, paragraphs: list[str], width: float) -> Path:
    """Each paragraph on a page of its own, justified, so pdftotext's pages are the paragraphs."""
    writer = PdfWriter("test")
    style = ParaStyle(align="justify")
    for text in paragraphs:
        page = writer.new_page()
        y = 780.0
        for i, line in enumerate(layout_paragraph([Span(text)], fonts, 16, width)):
            draw_line(page, line, style, 85, width, y, i == 0)
            y -= 20
    path = tmp_path / "paragraphs.pdf"
    path.write_bytes(writer.to_bytes())
    return path


# -- shaping ---------------------------------------------------------------------------------------


def _names(fonts: Fonts, text: str) -> list[str]:
    font = fonts.regular
    return [font.hb_font.get_glyph_name(g.gid) for g in font.shape(text).glyphs]


def test_sara_am_is_split_and_the_tone_mark_sits_between(fonts: Fonts) -> None:
    # น้ำ: NIKHAHIT goes up before the tone mark, SARA AA stays on the line after it.
    assert _names(fonts, "น้ำ") == ["uni0E19", "uni0E4D", "uni0E49", "uni0E32"]


def test_a_tone_mark_without_an_upper_vowel_is_lowered(fonts: Fonts) -> None:
    assert _names(fonts, "ท่") == ["uni0E17", "uni0E48.low"]
    assert _names(fonts, "ที่") == ["uni0E17", "uni0E35", "uni0E48"]  # stacked above SARA II


def test_marks_over_an_ascender_consonant_move_left(fonts: Fonts) -> None:
    over_po = fonts.regular.shape("ปี่").glyphs
    over_tho = fonts.regular.shape("ที่").glyphs
    assert [g.advance for g in over_po[1:]] == [0, 0]  # marks take no room
    assert all(g.x_offset < -100 for g in over_po[1:])  # clear of ป's ascender
    assert all(abs(g.x_offset) < 10 for g in over_tho[1:])


def test_a_descender_goes_when_a_lower_vowel_comes(fonts: Fonts) -> None:
    assert _names(fonts, "ญู")[0] == "uni0E0D.descless"
    assert _names(fonts, "ฐู")[0] == "uni0E10.descless"
    assert _names(fonts, "ญ") == ["uni0E0D"]


# -- line breaking ----------------------------------------------------------------------------------


def _boundaries(text: str, breaker: WordBreaker) -> set[int]:
    out, pos = set(), 0
    for word in breaker.segment(text):
        pos += len(word)
        out.add(pos)
    return out


@pytest.mark.parametrize("width", [160.0, 200.0, 287.0, 453.0])
def test_long_thai_without_spaces_breaks_only_between_words(fonts: Fonts, width: float) -> None:
    lines = layout_paragraph([Span(NO_SPACES)], fonts, 16, width)
    assert len(lines) > 1
    assert "".join(line.source for line in lines) == NO_SPACES
    words = _boundaries(NO_SPACES, fonts.breaker)
    pos = 0
    for line in lines[:-1]:
        pos += len(line.source)
        assert pos in words, f"broke inside a word: …{line.text[-6:]}|{NO_SPACES[pos : pos + 6]}…"
        assert line.width <= width + 0.01
    for line in lines[1:]:
        first = line.text[0]
        assert unicodedata.category(first) != "Mn" and first not in "ะาำๅๆ", line.text


def test_the_segmenter_finds_dictionary_words(fonts: Fonts) -> None:
    assert fonts.breaker.segment("ผู้ใหญ่บ้านน้ำปี่") == ["ผู้ใหญ่บ้าน", "น้ำ", "ปี่"]
    assert "".join(fonts.breaker.segment(LONG_DISCUSSION)) == LONG_DISCUSSION


@pytest.mark.parametrize(
    "text", [NO_SPACES, LONG_DISCUSSION, *PARAGRAPHS, "ครั้งที่ 3/2569 (ร่าง) e-Meeting  ระบบ"]
)
def test_the_word_breaker_answers_as_pythainlp_does(fonts: Fonts, text: str) -> None:
    """Our dictionary sets stand in for PyThaiNLP's trie: the words must be the same."""
    from pythainlp.tokenize import word_tokenize

    assert fonts.breaker.segment(text) == word_tokenize(text, engine="newmm", keep_whitespace=True)


def test_numbers_dates_and_brackets_stay_whole(fonts: Fonts) -> None:
    units = break_units("ครั้งที่ 3/2569 วาระ 4.1 (ร่าง) ราคา 15,375,000 บาท", fonts.breaker)
    assert "4.1" in units and "(ร่าง)" in units
    # A number stays with the word it completes, too.
    assert "ครั้งที่ 3/2569" in units and "15,375,000 บาท" in units


def test_spaces_at_a_break_are_kept_as_source_and_not_drawn(fonts: Fonts) -> None:
    text = "การประชุม ครั้งนี้ มีวาระ สำคัญ หลายเรื่อง ที่ต้อง พิจารณา อย่างรอบคอบ"
    lines = layout_paragraph([Span(text)], fonts, 16, 150)
    assert " " in [line.break_space for line in lines]
    assert all(not line.text.endswith(" ") and not line.text.startswith(" ") for line in lines)
    assert "".join(line.source for line in lines) == text


def test_a_word_wider_than_the_line_is_cut_between_clusters(fonts: Fonts) -> None:
    url = "https://www.example.go.th/" + "a" * 80
    lines = layout_paragraph([Span(url)], fonts, 16, 200)
    assert len(lines) > 1 and "".join(line.source for line in lines) == url
    assert all(line.width <= 200.01 for line in lines)


# -- copy and search back --------------------------------------------------------------------------


@pytest.mark.parametrize("width", [150.0, 453.0])
def test_pdftotext_gives_back_exactly_every_paragraph(tmp_path: Path, fonts: Fonts, width: float) -> None:
    pdf = _pdf_of_paragraphs(tmp_path, fonts, PARAGRAPHS, width)
    pages = pdftotext(pdf).split("\f")[:-1]
    assert len(pages) == len(PARAGRAPHS)
    for source, page in zip(PARAGRAPHS, pages, strict=True):
        # Only the line breaks between the lines of the paragraph are normalised away.
        assert page.rstrip("\n").replace("\n", "") == source


def test_qtpdf_reads_back_every_paragraph(tmp_path: Path, fonts: Fonts, qapp: object) -> None:
    """The viewer of the application itself (PDFium, via QtPdf) copies and searches the same text."""
    from PySide6.QtPdf import QPdfDocument

    import emeeting.ui  # noqa: F401  (the binding guard before any Qt call)

    pdf = _pdf_of_paragraphs(tmp_path, fonts, PARAGRAPHS, 287)
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    for page, source in enumerate(PARAGRAPHS):
        text = document.getAllText(page).text()
        # PDFium reports a tab as a space, whatever the file says; everything else comes back as written.
        assert text.replace("\r\n", "").replace("\n", "") == source.replace("\t", " ")
    document.close()


def test_extraction_needs_the_marked_text(tmp_path: Path, fonts: Fonts) -> None:
    """Without /ActualText the glyphs alone lose the text (SARA AM comes back as NIKHAHIT + SARA AA):
    the marking is what makes copy and search exact."""
    pdf = _pdf_of_paragraphs(tmp_path, fonts, ["น้ำ กำหนด"], 300)
    stripped = tmp_path / "stripped.pdf"
    qpdf = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(pdf), "-"], capture_output=True)
    data = qpdf.stdout
    start = data.index(b"/Span <</ActualText")
    end = data.index(b"BDC", start) + 3
    data = data[:start] + b" " * (end - start) + data[end:]
    data = data.replace(b"EMC", b"   ")
    stripped.write_bytes(data)
    text = pdftotext(stripped).strip()
    assert text != "น้ำ กำหนด"
    assert pdftotext(pdf).strip() == "น้ำ กำหนด"


# -- alignment --------------------------------------------------------------------------------------


def test_justified_lines_reach_both_margins_and_centred_lines_sit_in_the_middle(
    tmp_path: Path, fonts: Fonts
) -> None:
    writer = PdfWriter()
    page = writer.new_page()
    left, width = 85.0, 300.0
    y = 780.0
    styles = [ParaStyle(align="justify"), ParaStyle(align="centre"), ParaStyle(align="left")]
    for style in styles:
        for i, line in enumerate(layout_paragraph([Span(LONG_DISCUSSION)], fonts, 16, width)):
            draw_line(page, line, style, left, width, y, i == 0)
            y -= 20
        y -= 20
    pdf = tmp_path / "align.pdf"
    pdf.write_bytes(writer.to_bytes())
    lines: dict[float, list[float]] = {}
    for w in words_with_boxes(pdf):
        box = lines.setdefault(round(w.y_max), [w.x_min, w.x_max])
        box[0], box[1] = min(box[0], w.x_min), max(box[1], w.x_max)
    rows = sorted(lines.items())
    n = len(rows) // 3
    justified, centred, ragged = rows[:n], rows[n : 2 * n], rows[2 * n :]
    for _, (x0, x1) in justified[:-1]:
        assert x0 == pytest.approx(left, abs=2) and x1 == pytest.approx(left + width, abs=3)
    for _, (x0, x1) in centred:
        assert (x0 + x1) / 2 == pytest.approx(left + width / 2, abs=3)
    assert all(x0 == pytest.approx(left, abs=2) for _, (x0, _x1) in ragged)
    assert any(x1 < left + width - 10 for _, (_x0, x1) in ragged)


# -- golden images ----------------------------------------------------------------------------------


def _render_png(tmp_path: Path, fonts: Fonts, text: str, name: str, *, unshaped: bool = False) -> Image.Image:
    writer = PdfWriter()
    page = writer.new_page(160, 80)
    (line,) = layout_paragraph([Span(text)], fonts, 40, 150)
    if unshaped:  # what a writer without GPOS draws: every mark at its default place
        pieces = tuple(
            replace(p, glyphs=tuple(replace(g, x_offset=0, y_offset=0) for g in p.glyphs))
            for p in line.pieces
        )
        line = Line(pieces, line.text, line.width, line.size, True)
    page.text_line(line, 10, 30)
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(writer.to_bytes())
    subprocess.run(
        ["pdftoppm", "-r", "96", "-gray", "-png", "-singlefile", str(pdf), str(tmp_path / name)], check=True
    )
    return Image.open(tmp_path / f"{name}.png").convert("L")


def _differs(a: Image.Image, b: Image.Image) -> float:
    """The share of pixels that differ clearly (anti-aliasing noise is below the threshold)."""
    if a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > 96 else 0)
    return sum(diff.histogram()[1:]) / (a.size[0] * a.size[1])


@pytest.mark.parametrize("name", list(HARD))
def test_hard_strings_match_their_golden_images(tmp_path: Path, fonts: Fonts, name: str) -> None:
    image = _render_png(tmp_path, fonts, HARD[name], name)
    golden = GOLDEN / f"{name}.png"
    if os.environ.get("EMEETING_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        image.save(golden)
    assert golden.is_file(), f"no golden image {golden}; run with EMEETING_UPDATE_GOLDEN=1 and look at it"
    assert _differs(image, Image.open(golden).convert("L")) <= 0.002


@pytest.mark.parametrize("name", ["pi_ek", "pi_tho", "pi_tri"])
def test_golden_images_tell_misplaced_marks(tmp_path: Path, fonts: Fonts, name: str) -> None:
    """The comparison is strict enough to see marks left where an unshaped writer puts them."""
    image = _render_png(tmp_path, fonts, HARD[name], name, unshaped=True)
    assert _differs(image, Image.open(GOLDEN / f"{name}.png").convert("L")) > 0.002
