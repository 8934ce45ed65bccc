"""Realistic multi-page PDF documents for demo data.

Set by the same Thai text engine as the official documents (reports.thai_text, page_layout,
pdf_writer): shaped by HarfBuzz, broken between words, lines at the font's own single spacing (their
marks never reach the line above), copied back exactly. Each distinct paragraph is set once and drawn
as often as it repeats, which keeps a 120-page report fast. Output is deterministic: the same demo
data always stores the same bytes. The engine is imported inside the function: importing this module
must stay cheap.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emeeting.domain.thai import is_thai

if TYPE_CHECKING:
    from emeeting.reports.thai_text import Fonts

_FONT_SIZE = 16.0
_TITLE_SIZE = 20.0
_PAGE_NUMBER_SIZE = 15.0  # not the body's 16: text extraction keeps "- 2 -" apart from the first line
_MARGIN_LEFT = 85.0  # 3 cm, as in official Thai correspondence
_MARGIN_RIGHT = 57.0  # 2 cm
_MARGIN_TOP = 71.0  # 2.5 cm
_MARGIN_BOTTOM = 57.0
_INDENT = 71.0  # first-line indent of a paragraph (2.5 cm)
_PAGE_NUMBER_Y = 36.0  # baseline, from the top edge (1.27 cm)


def make_demo_pdf(
    title: str, paragraphs: Sequence[str], pages: int, font_dir: Path, *, fonts: Fonts | None = None
) -> bytes:
    """An A4 document of exactly ``pages`` pages: a title, then ``paragraphs`` repeated to fill them.

    Pages after the first carry their number at the top centre ("- 2 -"). The last page ends part way
    down, like a real paper. Same inputs give the same bytes. ``fonts``: already loaded (a caller
    making many documents loads them once); by default they are loaded from ``font_dir``.
    """
    if pages < 1:
        raise ValueError("a document has at least one page")
    from emeeting.reports.page_layout import Paragraph, ParaStyle, draw_line, set_paragraph
    from emeeting.reports.pdf_writer import A4, PdfWriter
    from emeeting.reports.thai_text import Fonts, Unbreakable

    if fonts is None:
        fonts = Fonts.load(font_dir)  # a clear error when the regular face is missing
    width, height = A4
    text_width = width - _MARGIN_LEFT - _MARGIN_RIGHT
    writer = PdfWriter(title=title, lang="th-TH" if is_thai(title) else "en-GB")
    title_style = ParaStyle(size=_TITLE_SIZE, bold=True, align="centre")
    body_style = ParaStyle(size=_FONT_SIZE, align="justify", first=_INDENT)
    heading_style = ParaStyle(size=_FONT_SIZE, bold=True, align="left")
    number_style = ParaStyle(size=_PAGE_NUMBER_SIZE, align="centre")
    sets: dict[tuple[str, ParaStyle], Any] = {}  # each distinct paragraph is set once

    def lines(text: str, style: ParaStyle, keep: Unbreakable | None = None) -> Any:
        found = sets.get((text, style))
        if found is None:
            paragraph = Paragraph.of(text, style)
            found = sets[(text, style)] = set_paragraph(paragraph, fonts, _MARGIN_LEFT, text_width, keep)
        return found

    page = writer.new_page(width, height)
    number = 1
    y = height - _MARGIN_TOP  # the top of the next line

    def new_page() -> None:
        nonlocal page, number, y
        page = writer.new_page(width, height)
        number += 1
        label = lines(f"- {number} -", number_style)
        draw_line(page, label.lines[0], number_style, 0, width, height - _PAGE_NUMBER_Y, True)
        y = height - _MARGIN_TOP

    # A title breaks where its author put spaces, as a title page does ("…งบประมาณ / ประจำปี…").
    heading = lines(title, title_style, Unbreakable(tuple(title.split())))
    for i, line in enumerate(heading.lines):
        draw_line(page, line, title_style, heading.x, heading.width, y - heading.drop, i == 0)
        y -= heading.line_height
    y -= fonts.line_height(_FONT_SIZE) / 2
    last_page_stop = height / 2  # the last page ends about half way down
    source = [p for p in (" ".join(p.split()) for p in paragraphs) if p] or [title]
    for n in itertools.count():
        lap, index = divmod(n, len(source))
        if number == pages and (y < last_page_stop or (pages == 1 and lap)):
            break  # stop between paragraphs once the last page is part full
        block = (
            [(lines(f"{lap + 1}. {_part_heading(title, lap)}", heading_style))] if lap and not index else []
        )
        block.append(lines(source[index], body_style))
        need = min(sum(len(b.lines) for b in block), 2) * block[0].line_height
        if y - need < _MARGIN_BOTTOM - 0.01:
            # A heading stays with its text, a paragraph's first line with its second.
            if number == pages:
                break
            new_page()
        for placed in block:
            style = placed.paragraph.style
            for i, line in enumerate(placed.lines):
                if y - placed.line_height < _MARGIN_BOTTOM - 0.01:
                    if number == pages:
                        break
                    new_page()
                draw_line(page, line, style, placed.x, placed.width, y - placed.drop, i == 0)
                y -= placed.line_height
        y -= fonts.line_height(_FONT_SIZE) / 3
    return writer.to_bytes()


def _part_heading(title: str, lap: int) -> str:
    return f"รายละเอียดส่วนที่ {lap + 1}" if is_thai(title) else f"Details, part {lap + 1}"
