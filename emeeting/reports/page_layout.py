"""Page templates and the flow of blocks onto pages, shared by every official document.

A document is a list of blocks (``Paragraph``, ``Row``, ``Spacer``, ``KeepTogether``, ``PageBreak``);
``render_pdf`` sets them on A4 pages with the margins of the Correspondence Regulation (3 cm left,
2 cm right, 2.5 cm top, 2 cm bottom), the page number at the top centre from page 2 ("- ๒ -"), and the
secrecy class in red at the top and bottom centre of every page. The same blocks feed the DOCX writer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from emeeting.domain.thai import to_thai_digits
from emeeting.reports.pdf_writer import A4, Page, PdfWriter
from emeeting.reports.thai_text import (
    BLACK,
    RED,
    RGB,
    Fonts,
    Line,
    Span,
    Unbreakable,
    justification_gaps,
    layout_paragraph,
)

CM = 72 / 2.54
WATERMARK_SIZE = 150.0
WATERMARK_GREY: RGB = (0.8, 0.8, 0.8)  # light enough that black text over it reads as on white
Align = Literal["left", "centre", "right", "justify"]
Role = Literal["title", "heading", "subheading", "body"]


@dataclass(frozen=True)
class ParaStyle:
    size: float = 16.0
    bold: bool = False
    align: Align = "justify"
    left: float = 0.0  # indent of every line from the left margin, points
    first: float = 0.0  # extra indent of the first line (negative: a hanging indent)
    right: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    leading: float = 0.0  # 0: single spacing from the font's own metrics (Fonts.line_height)
    keep_with_next: bool = False
    color: RGB = BLACK


BODY = ParaStyle()
TITLE = ParaStyle(size=18, bold=True, align="centre")
CENTRE = ParaStyle(align="centre")
HEADING = ParaStyle(bold=True, align="left", space_before=6, keep_with_next=True)


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]
    style: ParaStyle = BODY
    role: Role = "body"
    anchor: str = ""  # a name whose page number the renderer reports (e.g. an agenda item's id)

    @classmethod
    def of(cls, text: str, style: ParaStyle = BODY, role: Role = "body", anchor: str = "") -> Paragraph:
        return cls((Span(text, bold=style.bold, color=style.color),), style, role, anchor)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class Cell:
    paragraph: Paragraph
    x: float  # from the left margin
    width: float


@dataclass(frozen=True)
class Row:
    """Paragraphs side by side (a name and a position; a label and its text); never split across pages."""

    cells: tuple[Cell, ...]
    space_after: float = 0.0


@dataclass(frozen=True)
class Spacer:
    height: float


@dataclass(frozen=True)
class KeepTogether:
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Paragraph | Row | Spacer | KeepTogether | PageBreak


@dataclass(frozen=True)
class Stamp:
    """Red text on every page (the secrecy class) or on the first page only (the urgency class)."""

    text: str
    where: Literal["top", "bottom", "top_left"]
    size: float = 20.0
    first_page_only: bool = False


@dataclass(frozen=True)
class PageTemplate:
    width: float = A4[0]
    height: float = A4[1]
    margin_left: float = 3 * CM
    margin_right: float = 2 * CM
    margin_top: float = 2.5 * CM
    margin_bottom: float = 2 * CM
    page_numbers: bool = True  # "- n -" at the top centre from page 2
    thai_digits: bool = False
    stamps: tuple[Stamp, ...] = ()
    watermark: str = ""  # "ร่าง" / "DRAFT" across every page, under the text

    @property
    def text_width(self) -> float:
        return self.width - self.margin_left - self.margin_right


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    anchors: dict[str, int] = field(default_factory=dict)  # anchor → 1-based page number


@dataclass(frozen=True)
class _Set:
    """A paragraph set into lines at a given width."""

    paragraph: Paragraph
    lines: tuple[Line, ...]
    x: float
    width: float
    line_height: float  # baseline to baseline
    drop: float  # from the top of a line down to its baseline

    @property
    def height(self) -> float:
        s = self.paragraph.style
        return s.space_before + len(self.lines) * self.line_height + s.space_after


def set_paragraph(
    paragraph: Paragraph, fonts: Fonts, x: float, width: float, keep: Unbreakable | None = None
) -> _Set:
    s = paragraph.style
    inner = width - s.left - s.right
    spans = paragraph.spans or (Span(""),)
    lines = layout_paragraph(spans, fonts, s.size, inner, s.first, keep)
    line_height = s.leading or fonts.line_height(s.size)
    # A paragraph set tighter than single spacing keeps its baseline where single spacing has it
    # relative to the line's foot, so that its lines at least do not reach under the paragraph after.
    drop = fonts.baseline_drop(s.size) - (fonts.line_height(s.size) - line_height)
    return _Set(paragraph, tuple(lines), x + s.left, inner, line_height, max(drop, 0.0))


def draw_line(
    page: Page, line: Line, style: ParaStyle, x: float, width: float, y: float, first: bool
) -> None:
    """One line at baseline ``y`` inside the box [x, x + width], aligned by the paragraph's style."""
    indent = style.first if first else 0.0
    room = width - indent
    x0 = x + indent
    actual = None
    if line.last and line.source.endswith("-"):
        # "- ไม่มี -" ends its paragraph: the paragraph end goes into the text, or readers (poppler) take
        # the final hyphen for a word broken across lines and join the next line to it.
        actual = line.source + "\n"
    if style.align == "centre":
        page.text_line(line, x0 + (room - line.width) / 2, y, actual_text=actual)
    elif style.align == "right":
        page.text_line(line, x0 + room - line.width, y, actual_text=actual)
    elif style.align == "justify" and not line.last and line.width < room:
        # Spaces take up to a quarter of an em each, then the character clusters share the rest evenly
        # (Thai distributed justification, as Word's "Thai justify" does).
        spaces, clusters = justification_gaps(line)
        extra = room - line.width
        per_space = min(extra / spaces, style.size * 0.25) if spaces else 0.0
        rest = extra - per_space * spaces
        per_cluster = rest / clusters if clusters >= 4 else 0.0
        page.text_line(line, x0, y, extra_space=per_space, extra_cluster=per_cluster, actual_text=actual)
    else:
        page.text_line(line, x0, y, actual_text=actual)


class _Flow:
    def __init__(
        self, writer: PdfWriter, fonts: Fonts, template: PageTemplate, keep: Unbreakable | None = None
    ) -> None:
        self.writer, self.fonts, self.t, self.keep = writer, fonts, template, keep
        self.page: Page | None = None
        self.number = 0
        self.y = 0.0
        self.anchors: dict[str, int] = {}
        self._empty = True
        # Set paragraphs by (id, x, width): looking ahead (keep with next, rows) must not set them twice.
        self._sets: dict[tuple[int, float, float], _Set] = {}

    def set(self, paragraph: Paragraph, x: float, width: float) -> _Set:
        key = (id(paragraph), x, width)
        placed = self._sets.get(key)
        if placed is None:
            placed = self._sets[key] = set_paragraph(paragraph, self.fonts, x, width, self.keep)
        return placed

    @property
    def bottom(self) -> float:
        return self.t.margin_bottom

    def new_page(self) -> None:
        t = self.t
        self.page = self.writer.new_page(t.width, t.height)
        self.number += 1
        self.y = t.height - t.margin_top
        self._empty = True
        if t.watermark:
            self._watermark(t.watermark)
        if t.page_numbers and self.number > 1:
            label = f"- {self.number} -"
            label = to_thai_digits(label) if t.thai_digits else label
            # 15 pt, not the body's 16: text extraction then keeps "- 2 -" apart from the first line
            # instead of joining them as a hyphenated word.
            self._centred(label, t.height - 1.5 * CM, 15.0, BLACK)
        for stamp in t.stamps:
            if stamp.first_page_only and self.number > 1:
                continue
            if stamp.where == "top":
                self._centred(stamp.text, t.height - 0.9 * CM, stamp.size, RED, bold=True)
            elif stamp.where == "bottom":
                self._centred(stamp.text, 0.8 * CM, stamp.size, RED, bold=True)
            else:
                para = Paragraph.of(
                    stamp.text, ParaStyle(size=stamp.size, bold=True, color=RED, align="left")
                )
                placed = set_paragraph(para, self.fonts, t.margin_left, t.text_width)
                assert self.page is not None
                self.page.text_line(placed.lines[0], t.margin_left, t.height - 2.0 * CM)  # below the class

    def _watermark(self, text: str) -> None:
        """The text in light grey along the page's rising diagonal, centred, drawn first so that the
        page's text lies over it and stays readable; drawn as outlines, it is not part of the text."""
        t = self.t
        angle = math.degrees(math.atan2(t.height, t.width))
        size = WATERMARK_SIZE
        (line,) = layout_paragraph([Span(text, bold=True)], self.fonts, size, 10_000)[:1]
        # Centre the line's box (width × the font's ascent over the baseline, roughly the ink) on the
        # page centre: from there, back along the diagonal by half the width, down across it by half.
        rise = size * 0.5 * self.fonts.bold.ascent / self.fonts.bold.upem
        turn = math.radians(angle)
        x = t.width / 2 - math.cos(turn) * line.width / 2 + math.sin(turn) * rise / 2
        y = t.height / 2 - math.sin(turn) * line.width / 2 - math.cos(turn) * rise / 2
        assert self.page is not None
        self.page.outlined_line(line, x, y, angle, WATERMARK_GREY)

    def _centred(self, text: str, y: float, size: float, color: RGB, bold: bool = False) -> None:
        para = Paragraph.of(text, ParaStyle(size=size, bold=bold, color=color, align="centre"))
        placed = set_paragraph(para, self.fonts, 0, self.t.width)
        assert self.page is not None
        for line in placed.lines[:1]:
            self.page.text_line(line, (self.t.width - line.width) / 2, y)

    def room(self) -> float:
        return self.y - self.bottom

    def ensure(self, height: float) -> None:
        if self.page is None or (height > self.room() + 0.01 and not self._empty):
            self.new_page()

    def measure(self, block: Block) -> list[_Set | Row | Spacer | PageBreak]:
        t = self.t
        if isinstance(block, Paragraph):
            return [self.set(block, t.margin_left, t.text_width)]
        if isinstance(block, KeepTogether):
            return [m for b in block.blocks for m in self.measure(b)]
        return [block]

    def height(self, placed: _Set | Row | Spacer | PageBreak) -> float:
        if isinstance(placed, _Set):
            return placed.height
        if isinstance(placed, Row):
            return self._row_sets(placed)[0] + placed.space_after
        if isinstance(placed, Spacer):
            return placed.height
        return 0.0

    def _row_sets(self, row: Row) -> tuple[float, list[_Set]]:
        sets = [self.set(c.paragraph, self.t.margin_left + c.x, c.width) for c in row.cells]
        return max((s.height for s in sets), default=0.0), sets

    def place_set(self, placed: _Set, lines_together: int = 2) -> None:
        s = placed.paragraph.style
        first_need = s.space_before + min(len(placed.lines), lines_together) * placed.line_height
        self.ensure(first_need)
        if placed.paragraph.anchor:
            self.anchors.setdefault(placed.paragraph.anchor, self.number)
        if not self._empty:
            self.y -= s.space_before
        for i, line in enumerate(placed.lines):
            if self.room() < placed.line_height - 0.01:
                self.new_page()
            assert self.page is not None
            draw_line(self.page, line, s, placed.x, placed.width, self.y - placed.drop, i == 0)
            self.y -= placed.line_height
            self._empty = False
        self.y -= s.space_after

    def place_row(self, row: Row) -> None:
        height, sets = self._row_sets(row)
        self.ensure(height)
        top = self.y
        for placed in sets:
            s = placed.paragraph.style
            y = top - (s.space_before if not self._empty else 0.0)
            for i, line in enumerate(placed.lines):
                assert self.page is not None
                draw_line(self.page, line, s, placed.x, placed.width, y - placed.drop, i == 0)
                y -= placed.line_height
        self.y = top - height - row.space_after
        self._empty = False

    def _lead(self, blocks: Sequence[Block], index: int) -> float:
        """The room a heading needs at the foot of a page: itself, any headings that follow it, and
        the first two lines (or the first row) of what they introduce."""
        need = 0.0
        for block in blocks[index:]:
            if isinstance(block, PageBreak):
                break
            first = self.measure(block)[:1]
            if not first:
                break
            head = first[0]
            if isinstance(block, Paragraph) and block.style.keep_with_next and isinstance(head, _Set):
                need += head.height
                continue
            if isinstance(head, _Set):
                style = head.paragraph.style
                need += style.space_before + min(len(head.lines), 2) * head.line_height
            else:
                need += self.height(head)
            break
        return need

    def place(self, blocks: Sequence[Block]) -> None:
        for index, block in enumerate(blocks):
            if isinstance(block, PageBreak):
                self.new_page()
                continue
            measured = self.measure(block)
            if isinstance(block, KeepTogether):
                self.ensure(sum(self.height(m) for m in measured))
            elif isinstance(block, Paragraph) and block.style.keep_with_next:
                self.ensure(self._lead(blocks, index))
            for m in measured:
                if isinstance(m, _Set):
                    self.place_set(m, lines_together=len(m.lines) if isinstance(block, KeepTogether) else 2)
                elif isinstance(m, Row):
                    self.place_row(m)
                elif isinstance(m, Spacer):
                    self.ensure(m.height)
                    if not self._empty:
                        self.y -= m.height


def render_pdf(
    blocks: Sequence[Block],
    fonts: Fonts,
    template: PageTemplate,
    *,
    title: str = "",
    lang: str = "th",
    keep: Unbreakable | None = None,
) -> Rendered:
    """Set ``blocks`` on pages of ``template``; the PDF bytes, its page count and the anchors' pages.
    ``keep``: the names and phrases no line may break inside (numbers with their words always)."""
    writer = PdfWriter(title=title, lang="th-TH" if lang == "th" else "en-GB")
    flow = _Flow(writer, fonts, template, keep)
    flow.new_page()
    flow.place(blocks)
    return Rendered(writer.to_bytes(), flow.number, dict(flow.anchors))
