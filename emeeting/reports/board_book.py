"""The board book: one PDF with a cover, the agenda with page numbers, and every item's documents.

Every page carries a stamp (the item number and "page n/N"); pages of items classed ลับ or higher carry a
watermark with the reader's name. The service decides what goes in (reader rights, ลับที่สุด policy,
blobs); this module only lays out and assembles, and never trusts the documents: a file that is not a
PDF, is password-protected or cannot be read is left out with a note in the agenda.

Text is set by the Thai text engine (reports.thai_text, page_layout, pdf_writer): shaped, broken between
words, and copied back exactly. Speed: the documents' pages are copied as they are (pikepdf/qpdf, no
re-rendering). Each stamp's fixed part (box, item label, watermark) is a Form XObject drawn once and
shared by all the pages of its item; only the page number is written per page, as a few bytes of text
in a font embedded once. pikepdf and the text engine are imported inside the functions: importing this
module stays cheap.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError, ValidationError
from emeeting.domain.model import Secrecy
from emeeting.domain.thai import to_thai_digits

if TYPE_CHECKING:
    from emeeting.reports.thai_text import Fonts

Progress = Callable[[int, int], None]  # (steps done, steps in all)


class BoardBookCancelled(EmeetingError):
    """The user stopped the board book; nothing was written."""


class Omission(StrEnum):
    """Why a document is listed in the agenda but not bound into the book."""

    NOT_PDF = "not_pdf"
    ENCRYPTED = "encrypted"
    UNREADABLE = "unreadable"
    MISSING = "missing"  # missing or damaged in the store
    WITHHELD = "withheld"  # the reader may not receive it (closed item, recusal, guest)
    TOP_SECRET = "top_secret"  # ลับที่สุด, not released by policy
    SEALED = "sealed"  # kept encrypted on this computer: read in the app, never written to a file in clear


@dataclass(frozen=True)
class BookDocument:
    name: str
    source: Path | bytes | None  # the PDF; None when ``omitted`` says why not
    secrecy: Secrecy = Secrecy.NORMAL
    omitted: Omission | None = None


@dataclass(frozen=True)
class BookItem:
    number: str  # "4.1"
    title: str
    depth: int = 0
    secrecy: Secrecy = Secrecy.NORMAL  # the item's class, its parents' included
    documents: tuple[BookDocument, ...] = ()


@dataclass(frozen=True)
class BoardBook:
    """What to bind, in order; every text already in the document's language."""

    committee: str
    meeting_label: str  # "3/2569"
    title: str
    when: str  # the date and time as printed
    place: str = ""
    secrecy: Secrecy = Secrecy.NORMAL  # the meeting's class, printed on the cover
    reader: str = ""  # the reader's name for the cover and the watermark; "": the secretariat's own copy
    meeting_documents: tuple[BookDocument, ...] = ()
    items: tuple[BookItem, ...] = ()
    language: str = "th"
    thai_digits: bool = False


@dataclass(frozen=True)
class BookResult:
    pages: int
    item_pages: dict[str, int]  # item number → first page (1-based) of its documents
    omitted: tuple[tuple[str, Omission], ...] = ()  # (document name, why)
    watermarked: tuple[int, ...] = field(default=())  # 1-based pages carrying the reader's watermark


def needs_watermark(secrecy: Secrecy) -> bool:
    return secrecy.rank >= Secrecy.CONFIDENTIAL.rank


# -- words -------------------------------------------------------------------------------------------------

_WORDS: dict[str, dict[str, str]] = {
    "th": {
        "book": "เอกสารประกอบการประชุม",
        "number": "ครั้งที่ {label}",
        "place": "ณ {place}",
        "copy_for": "สำเนาสำหรับ {reader}",
        "agenda": "ระเบียบวาระการประชุม",
        "cover": "ปก",
        "page": "หน้า",
        "item": "วาระที่ {number}",
        "meeting_papers": "เอกสารประกอบการประชุม",
        "no_documents": "ไม่มีเอกสาร",
        "copy_of": "สำเนาของ {reader}",
        "office_copy": "สำเนาฝ่ายเลขานุการ ห้ามเผยแพร่",
        "omit_not_pdf": "ไม่ได้รวมไว้: ไม่ใช่ไฟล์ PDF",
        "omit_encrypted": "ไม่ได้รวมไว้: ไฟล์มีรหัสผ่าน",
        "omit_unreadable": "ไม่ได้รวมไว้: เปิดไฟล์ไม่ได้",
        "omit_missing": "ไม่ได้รวมไว้: ไม่พบไฟล์ในคลังเอกสาร",
        "omit_withheld": "ไม่ได้รวมไว้: ไม่ได้เผยแพร่แก่ผู้รับสำเนานี้",
        "omit_top_secret": "ไม่ได้รวมไว้: ชั้นลับที่สุด",
        "omit_sealed": "ไม่ได้รวมไว้: เอกสารลับที่จัดเก็บแบบเข้ารหัสในเครื่องนี้ เปิดอ่านได้ในโปรแกรมเท่านั้น",
        "class_confidential": "ลับ",
        "class_secret": "ลับมาก",
        "class_top_secret": "ลับที่สุด",
    },
    "en": {
        "book": "Board book",
        "number": "Meeting {label}",
        "place": "at {place}",
        "copy_for": "Copy for {reader}",
        "agenda": "Agenda",
        "cover": "Cover",
        "page": "Page",
        "item": "Item {number}",
        "meeting_papers": "Meeting papers",
        "no_documents": "no documents",
        "copy_of": "Copy of {reader}",
        "office_copy": "Secretariat copy, not for distribution",
        "omit_not_pdf": "not included: not a PDF file",
        "omit_encrypted": "not included: the file is password-protected",
        "omit_unreadable": "not included: the file cannot be read",
        "omit_missing": "not included: missing from the document store",
        "omit_withheld": "not included: not released to this reader",
        "omit_top_secret": "not included: classed TOP SECRET",
        "omit_sealed": "not included: a confidential paper kept encrypted here, read in the app only",
        "class_confidential": "CONFIDENTIAL",
        "class_secret": "SECRET",
        "class_top_secret": "TOP SECRET",
    },
}


# -- layout: the Thai text engine and page flow of the official documents ------------------------------------

_FONT_SIZE = 16.0
_STAMP_SIZE = 10.0
_STAMP_RIGHT = 22.0  # the stamp box's right edge, from the page's right edge
# Low and tight enough that the box (two lines at single spacing) stays under a paper's 2 cm bottom
# margin, where the text of official papers ends.
_STAMP_BOTTOM = 8.0
_STAMP_PAD = 3.0
_A4 = (595.276, 841.890)  # the watermark's page, in points
_AGENDA_ROOM = 841 - 71 - 57  # A4 less the top and bottom margins
_ENTRY_SPACE = 2.0  # between the agenda's entries
_AGENDA_HEADING_SIZE = 20.0
_AGENDA_HEADING_AFTER = 12.0
_WATERMARK_CLASS_SIZE = 96.0  # at most: a long class word is made smaller to fit the page
_WATERMARK_READER_SIZE = 36.0
_GREY: tuple[float, float, float] = (0.35, 0.35, 0.35)
_WATERMARK_RED: tuple[float, float, float] = (0.75, 0.1, 0.1)
_WATERMARK_OPACITY = 0.2


@dataclass(frozen=True)
class _StampBox:
    """The stamp's box and, from its foot, the baselines of its two lines: the label over "page n/N",
    at single spacing from the font's own metrics so that the label's lower vowels never meet the tone
    marks of the line under it."""

    height: float
    page_baseline: float
    label_baseline: float

    @classmethod
    def of(cls, fonts: Fonts) -> _StampBox:
        line = fonts.line_height(_STAMP_SIZE)
        page = _STAMP_PAD + line - fonts.baseline_drop(_STAMP_SIZE)
        return cls(2 * line + 2 * _STAMP_PAD, page, page + line)


@dataclass(frozen=True)
class _Row:
    """One entry of the agenda: an item or a document, with the book page it starts on (0: none)."""

    text: str
    depth: int
    page: int
    bold: bool = False
    note: str = ""


@dataclass(frozen=True)
class _Group:
    """Pages that share one stamp: the cover and agenda, the meeting's papers, or one item's (with the
    watermark when they are classed)."""

    label: str
    watermark: str  # the secrecy word when the pages carry the reader's watermark, else ""


def _front_matter(
    book: BoardBook, rows: Sequence[_Row], fonts: Fonts, digits: Callable[[str], str]
) -> tuple[bytes, int, list[int]]:
    """The cover and the agenda: the PDF, its page count and the 0-based book page of each entry without
    a page of its own (the others: 0)."""
    from emeeting.reports.page_layout import (
        CM,
        Cell,
        PageBreak,
        PageTemplate,
        Paragraph,
        ParaStyle,
        Row,
        Spacer,
        Stamp,
        render_pdf,
    )
    from emeeting.reports.thai_text import Span, Unbreakable

    words = _WORDS[book.language]
    template = PageTemplate(page_numbers=False, thai_digits=book.thai_digits)
    if needs_watermark(book.secrecy):  # the class in red at the top and the bottom, as official papers
        template = PageTemplate(
            page_numbers=False,
            thai_digits=book.thai_digits,
            stamps=(
                Stamp(words[f"class_{book.secrecy.value}"], "top"),
                Stamp(words[f"class_{book.secrecy.value}"], "bottom"),
            ),
        )

    def centred(text: str, size: float, bold: bool = False, after: float = 8.0) -> Paragraph:
        return Paragraph.of(text, ParaStyle(size=size, bold=bold, align="centre", space_after=after))

    blocks: list[Any] = [
        Spacer(6 * CM),
        centred(words["book"], 26, bold=True, after=18),
        centred(book.committee, 20, bold=True),
        centred(digits(words["number"].format(label=book.meeting_label)), 18),
        centred(book.title, 18),
        centred(digits(book.when), 18),
    ]
    if book.place:
        blocks.append(centred(words["place"].format(place=book.place), 18))
    if book.reader:
        blocks += [Spacer(3 * CM), centred(words["copy_for"].format(reader=book.reader), 18)]
    blocks += [
        PageBreak(),
        centred(words["agenda"], _AGENDA_HEADING_SIZE, bold=True, after=_AGENDA_HEADING_AFTER),
    ]
    width = template.text_width
    number_width = 1.6 * CM
    marker = ParaStyle(size=0.001, leading=0.001)  # an empty paragraph whose page the renderer reports
    for index, row in enumerate(rows):
        indent = 0.6 * CM * row.depth
        spans = [Span(row.text, bold=row.bold)]
        if row.note:
            spans.append(Span(f" ({row.note})", color=_GREY))
        text = Cell(Paragraph(tuple(spans), ParaStyle(align="left")), indent, width - indent - number_width)
        if not row.page:  # its bookmark opens the agenda page that lists it
            blocks.append(Row((text,), space_after=_ENTRY_SPACE))
            # After the row, so that it reports the page the row landed on; it takes no room.
            blocks.append(Paragraph.of("", marker, anchor=str(index)))
            continue
        page = Paragraph.of(digits(str(row.page)), ParaStyle(bold=row.bold, align="right"))
        blocks.append(Row((text, Cell(page, width - number_width, number_width)), space_after=_ENTRY_SPACE))
    title = f"{words['book']} {book.committee} {digits(book.meeting_label)}"
    keep = Unbreakable(tuple(p for p in (book.reader, book.committee) if p))  # no break inside the names
    rendered = render_pdf(blocks, fonts, template, title=title, lang=book.language, keep=keep)
    return rendered.pdf, rendered.pages, [rendered.anchors.get(str(i), 1) - 1 for i in range(len(rows))]


def _agenda_heading(fonts: Fonts) -> float:
    """The room the agenda's heading takes on its first page."""
    return fonts.line_height(_AGENDA_HEADING_SIZE) + _AGENDA_HEADING_AFTER


def _stamp_sheet(
    groups: Sequence[_Group], copy_of: str, page_word: str, box_width: float, fonts: Fonts
) -> bytes:
    """The PDF whose pages become the stamps' Form XObjects: first a page holding the glyphs page
    numbers are written with (so that they share one embedded font), then per group the stamp box with
    its label and, for classed pages, an A4 watermark with the class and ``copy_of``."""
    from emeeting.reports.pdf_writer import PdfWriter
    from emeeting.reports.thai_text import Span, layout_paragraph

    def line(
        text: str, size: float, bold: bool = False, color: tuple[float, float, float] = (0, 0, 0)
    ) -> Any:
        return layout_paragraph([Span(text, bold=bold, color=color)], fonts, size, 10_000)[0]

    def fitted(text: str, largest: float) -> Any:
        """The line in bold red, as large as ``largest`` but no wider than 80 % of the page."""
        size = min(largest, 0.8 * _A4[0] / max(line(text, 1, bold=True).width, 0.01))
        return line(text, size, bold=True, color=_WATERMARK_RED)

    writer = PdfWriter(lang="th-TH")
    writer.new_page(200, 20).text_line(line(_NUMBER_CHARS, _STAMP_SIZE), 0, 5)
    box = _StampBox.of(fonts)
    for group in groups:
        page = writer.new_page(box_width, box.height)
        page.rect(0.25, 0.25, box_width - 0.5, box.height - 0.5, width=0.5, color=(0.5, 0.5, 0.5))
        page.text_line(line(group.label, _STAMP_SIZE, bold=True), _STAMP_PAD, box.label_baseline)
        page.text_line(line(page_word, _STAMP_SIZE), _STAMP_PAD, box.page_baseline)
        if group.watermark:
            w, h = _A4
            page = writer.new_page(w, h)
            # The class over the reader's name, one under the other at single spacing (the class's lower
            # vowels, as in ลับที่สุด, clear the name's tone marks), the pair centred on the page.
            lines = [fitted(group.watermark, _WATERMARK_CLASS_SIZE)]
            if copy_of:
                lines.append(fitted(copy_of, _WATERMARK_READER_SIZE))
            top = (h + sum(fonts.line_height(x.size) for x in lines)) / 2
            for x in lines:
                page.text_line(x, (w - x.width) / 2, top - fonts.baseline_drop(x.size))
                top -= fonts.line_height(x.size)
    return writer.to_bytes()


# The characters page numbers are written with, one glyph each (digits need no shaping).
_NUMBER_CHARS = "0123456789/ " + to_thai_digits("0123456789")


_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>")


def _carrier_codes(font: Any) -> dict[str, bytes]:
    """Character → two-byte code (the glyph id) in an Identity-H font, read from its ToUnicode map."""
    cmap = font.ToUnicode.read_bytes()
    return {chr(int(u, 16)): bytes.fromhex(c.decode()) for c, u in _BFCHAR.findall(cmap)}


def _placement(
    page: Any, cache: dict[tuple[float, ...], tuple[bytes, float, float]]
) -> tuple[bytes, float, float]:
    """The ``cm`` operator that maps the page as displayed (origin bottom left, upright) to its user
    space, and the displayed width and height; honours the crop box and /Rotate. ``cache`` keeps the
    answer per box and rotation: a document's pages mostly share them."""
    obj = page.obj
    box = obj.get("/CropBox")
    if box is None:
        box = obj.get("/MediaBox")
    try:
        values = tuple(float(v) for v in (box if box is not None else page.mediabox))
        rotate = float(obj.get("/Rotate", 0)) % 360
    except Exception:  # an untrusted page with a malformed box or rotation: take it as A4 upright
        values, rotate = (0.0, 0.0, *_A4), 0.0
    key = (*values, rotate)
    found = cache.get(key)
    if found is not None:
        return found
    x0, x1 = sorted(values[0::2][:2])
    y0, y1 = sorted(values[1::2][:2])
    w, h = x1 - x0, y1 - y0
    matrix = {
        90.0: (0, 1, -1, 0, x1, y0),
        180.0: (-1, 0, 0, -1, x1, y1),
        270.0: (0, -1, 1, 0, x0, y1),
    }.get(rotate, (1, 0, 0, 1, x0, y0))
    shown = (h, w) if rotate in (90.0, 270.0) else (w, h)
    found = cache[key] = (b"%s cm" % b" ".join(_bnum(v) for v in matrix), shown[0], shown[1])
    return found


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


# -- assembly ------------------------------------------------------------------------------------------------


def _open_pdf(source: Path | bytes) -> tuple[Any, Omission | None]:
    """Open a document for copying; a password or a broken file gives the reason instead."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(source) if isinstance(source, bytes) else source)
    except pikepdf.PasswordError:
        return None, Omission.ENCRYPTED
    except Exception:  # untrusted bytes: whatever the parser raises, the file is left out, never fatal
        return None, Omission.UNREADABLE
    try:
        if len(pdf.pages) == 0:
            pdf.close()
            return None, Omission.UNREADABLE
    except Exception:
        pdf.close()
        return None, Omission.UNREADABLE
    return pdf, None


def build_board_book(
    book: BoardBook,
    dest: Path | BinaryIO,
    fonts: Fonts,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BookResult:
    """Write the board book to ``dest``, a file (the caller makes that atomic) or a stream in memory (a
    book with confidential papers read on a member's laptop). ``progress(done, total)`` is
    called as the work advances; when ``cancelled()`` turns true, stops with BoardBookCancelled."""
    import pikepdf

    if book.language not in _WORDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "no document language {lang}; use th or en"), lang=book.language
        )
    words = _WORDS[book.language]
    digits: Callable[[str], str] = to_thai_digits if book.thai_digits else str
    documents = [*book.meeting_documents, *(d for i in book.items for d in i.documents)]
    total = len(documents) + 3
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise BoardBookCancelled(QT_TRANSLATE_NOOP("Errors", "the board book was cancelled"))
        done += 1
        if progress is not None:
            progress(done, total)

    from emeeting.reports.thai_text import text_width

    out = pikepdf.new()
    sources: list[Any] = []  # open until the book is saved: qpdf reads copied pages' streams lazily
    omitted: list[tuple[str, Omission]] = []
    placed: list[tuple[int, int]] = []  # per document: first body page (0-based) and page count
    reasons: list[Omission | None] = []
    try:
        for doc in documents:
            step()
            reason = doc.omitted
            pdf = None
            if reason is None:
                pdf, reason = _open_pdf(doc.source) if doc.source is not None else (None, Omission.MISSING)
            start = len(out.pages)
            if pdf is not None:
                sources.append(pdf)
                try:
                    out.pages.extend(pdf.pages)
                except Exception:  # a page tree qpdf cannot copy: the document is left out, never fatal
                    del out.pages[start:]
                    reason = Omission.UNREADABLE
            if reason is not None:
                omitted.append((doc.name, reason))
            placed.append((start, len(out.pages) - start))
            reasons.append(reason)

        # The agenda's page numbers count the cover and the agenda, whose length is known once they are
        # laid out; the numbers have a column of their own, so a second layout at most gets them right.
        entries = len(book.items) + len(documents) + (1 if book.meeting_documents else 0)
        # A good guess: one line per entry is the common case.
        entry = fonts.line_height(_FONT_SIZE) + _ENTRY_SPACE
        front_pages = 1 + math.ceil((entries * entry + _agenda_heading(fonts)) / _AGENDA_ROOM)
        for _attempt in range(3):
            rows, targets, items = _rows(book, placed, reasons, front_pages, words)
            front, pages, row_pages = _front_matter(book, rows, fonts, digits)
            if pages == front_pages:
                break
            front_pages = pages
        front_pdf = pikepdf.open(io.BytesIO(front))
        sources.append(front_pdf)
        step()
        for i, page in enumerate(front_pdf.pages):
            out.pages.insert(i, page)

        groups, page_groups = _groups(book, placed, front_pages, words, digits)
        count = len(out.pages)
        page_word = words["page"]
        word_width = text_width(f"{page_word} ", fonts.regular, _STAMP_SIZE)
        box_width = _STAMP_PAD * 2 + max(
            word_width + text_width(digits(f"{count}/{count}"), fonts.regular, _STAMP_SIZE),
            *(text_width(g.label, fonts.bold, _STAMP_SIZE) for g in groups),
        )
        copy_of = words["copy_of"].format(reader=book.reader) if book.reader else words["office_copy"]
        sheet = pikepdf.open(io.BytesIO(_stamp_sheet(groups, copy_of, page_word, box_width, fonts)))
        sources.append(sheet)
        step()
        number_at = (word_width, _StampBox.of(fonts).page_baseline)
        watermarked = _apply_stamps(out, sheet, groups, page_groups, (box_width, *number_at), digits)
        # An entry without pages of its own points at the agenda page that lists it.
        _outline(out, rows, [t if t >= 0 else row_pages[i] for i, t in enumerate(targets)], words)
        out.docinfo["/Title"] = f"{words['book']} {book.committee} {digits(book.meeting_label)}"
        out.docinfo["/Creator"] = "emeeting"
        try:
            out.save(dest, deterministic_id=True)
        except pikepdf.PdfError as error:  # a bound document qpdf opened but cannot write back
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "the board book could not be assembled: {reason}"), reason=error
            ) from None
        step()
        item_pages = {book.items[k].number: rows[r].page for r, k in items.items() if rows[r].page}
        return BookResult(count, item_pages, tuple(omitted), watermarked)
    finally:
        out.close()
        for pdf in sources:
            pdf.close()


def _rows(
    book: BoardBook,
    placed: Sequence[tuple[int, int]],
    reasons: Sequence[Omission | None],
    front_pages: int,
    words: dict[str, str],
) -> tuple[list[_Row], list[int], dict[int, int]]:
    """The agenda's entries (meeting papers, then items with their documents), the 0-based book page
    each one's bookmark points at (-1: it has no pages), and which entry is which item."""
    rows: list[_Row] = []
    targets: list[int] = []
    items: dict[int, int] = {}  # entry index → item index
    index = 0  # into the documents in book order

    def add(text: str, depth: int, bold: bool, docs: Sequence[BookDocument]) -> None:
        nonlocal index
        at = len(rows)
        rows.append(_Row(text, depth, 0, bold))
        targets.append(-1)
        first = 0
        for doc in docs:
            start, pages = placed[index]
            reason = reasons[index]
            index += 1
            page = front_pages + start + 1 if pages else 0
            first = first or page
            rows.append(
                _Row(f"– {doc.name}", depth + 1, page, note=words[f"omit_{reason.value}"] if reason else "")
            )
            targets.append(page - 1)
        if first:
            rows[at] = _Row(text, depth, first, bold)
            targets[at] = first - 1

    if book.meeting_documents:
        add(words["meeting_papers"], 0, True, book.meeting_documents)
    for k, item in enumerate(book.items):
        items[len(rows)] = k
        add(f"{item.number} {item.title}", item.depth, item.depth == 0, item.documents)
    # An item without papers of its own starts where its sub-items' papers start (a section: 4 → 4.1).
    for at in items:
        row = rows[at]
        if row.page:
            continue
        first = 0
        for later in rows[at + 1 :]:
            if later.depth <= row.depth or later.page:
                first = later.page if later.depth > row.depth else 0
                break
        if first:
            rows[at] = replace(row, page=first)
            targets[at] = first - 1
    return rows, targets, items


def _groups(
    book: BoardBook,
    placed: Sequence[tuple[int, int]],
    front_pages: int,
    words: dict[str, str],
    digits: Callable[[str], str],
) -> tuple[list[_Group], list[int]]:
    """The stamp groups and, for every page of the book, the index of its group."""
    groups = [_Group(digits(words["number"].format(label=book.meeting_label)), "")]
    page_groups = [0] * front_pages
    sections: list[tuple[str, Secrecy, Sequence[BookDocument]]] = []
    if book.meeting_documents:
        sections.append((words["meeting_papers"], Secrecy.NORMAL, book.meeting_documents))
    for item in book.items:
        sections.append((digits(words["item"].format(number=item.number)), item.secrecy, item.documents))
    known: dict[_Group, int] = {groups[0]: 0}
    index = 0
    for label, secrecy, docs in sections:
        for doc in docs:
            pages = placed[index][1]
            index += 1
            level = max(secrecy, doc.secrecy, key=lambda s: s.rank)
            group = _Group(label, words[f"class_{level.value}"] if needs_watermark(level) else "")
            if pages and group not in known:
                known[group] = len(groups)
                groups.append(group)
            page_groups += [known.get(group, 0)] * pages
    return groups, page_groups


def _apply_stamps(
    out: Any,
    sheet: Any,
    groups: Sequence[_Group],
    page_groups: Sequence[int],
    box: tuple[float, float, float],
    digits: Callable[[str], str],
) -> tuple[int, ...]:
    """Put each page's stamp (and watermark) over it; returns the 1-based watermarked pages.

    ``box`` is the stamp's width and where the page number starts in it: after the word "page", on its
    baseline (from the box's foot).
    """
    import pikepdf

    box_width, number_x, number_y = box
    carrier = sheet.pages[0]
    carrier_font = next(f for f in carrier.Resources.Font.values() if "/ToUnicode" in f)
    codes = _carrier_codes(carrier_font)
    font_ref = out.copy_foreign(carrier_font)
    labels: list[Any] = []
    marks: list[Any] = []
    at = 1
    for group in groups:
        page = sheet.pages[at]
        w, h = (float(v) for v in page.mediabox[2:])
        page.contents_add(b"q 1 g 0 0 %s %s re f Q" % (_bnum(w), _bnum(h)), prepend=True)  # opaque box
        labels.append(out.copy_foreign(page.as_form_xobject()))
        at += 1
        mark = None
        if group.watermark:
            page = sheet.pages[at]
            gs = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=_WATERMARK_OPACITY, CA=_WATERMARK_OPACITY)
            _subdictionary(page.obj.Resources, "/ExtGState")["/EmBookGS"] = gs
            page.contents_add(b"/EmBookGS gs", prepend=True)
            mark = out.copy_foreign(page.as_form_xobject())
            at += 1
        marks.append(mark)
    count = len(page_groups)
    opening = pikepdf.Stream(out, b"q\n")  # one shared stream: saves the page's graphics state
    font_name = pikepdf.Name("/EmBookF")
    watermarked: list[int] = []
    boxes: dict[tuple[float, ...], tuple[bytes, float, float]] = {}
    heads: dict[tuple[int, bytes, float, float], bytes] = {}  # a group's operators on a page geometry
    for number, (page, g) in enumerate(zip(out.pages, page_groups, strict=True), start=1):
        cm, w, h = _placement(page, boxes)
        obj = page.obj
        resources = _subdictionary(obj, "/Resources")
        # Names unlikely in any document; a resource dictionary shared by pages of several items simply
        # holds each one's form.
        xobjects = _subdictionary(resources, "/XObject")
        xobjects[f"/EmBookL{g}"] = labels[g]
        _subdictionary(resources, "/Font")[font_name] = font_ref
        if marks[g] is not None:
            xobjects[f"/EmBookW{g}"] = marks[g]
            watermarked.append(number)
        key = (g, cm, w, h)
        head = heads.get(key)
        if head is None:
            x = _bnum(w - _STAMP_RIGHT - box_width + _STAMP_PAD + number_x)
            head = heads[key] = _stamp_operators(g, marks[g] is not None, cm, w, h, box_width) + (
                b"BT /EmBookF %s Tf 0 g 1 0 0 1 %s %s Tm"
                % (_bnum(_STAMP_SIZE), x, _bnum(_STAMP_BOTTOM + number_y))
            )
        encoded = b"".join(codes.get(c, b"") for c in digits(f"{number}/{count}")).hex().encode()
        page.contents_add(opening, prepend=True)
        page.contents_add(pikepdf.Stream(out, b"%s <%s> Tj ET Q" % (head, encoded)))
    return tuple(watermarked)


def _stamp_operators(group: int, watermark: bool, cm: bytes, w: float, h: float, box_width: float) -> bytes:
    """What a page of ``group`` draws after its own content, up to the page number's text: the end of
    the page's saved state, the watermark scaled to the page, the stamp box in its bottom-right corner."""
    ops = [b"Q q", cm]
    if watermark:
        scale = min(w / _A4[0], h / _A4[1])
        dx, dy = _bnum((w - _A4[0] * scale) / 2), _bnum((h - _A4[1] * scale) / 2)
        ops.append(b"q %s 0 0 %s %s %s cm /EmBookW%d Do Q" % (_bnum(scale), _bnum(scale), dx, dy, group))
    left = _bnum(w - _STAMP_RIGHT - box_width)
    ops.append(b"q 1 0 0 1 %s %s cm /EmBookL%d Do Q" % (left, _bnum(_STAMP_BOTTOM), group))
    return b"\n".join(ops) + b"\n"


def _subdictionary(parent: Any, key: str) -> Any:
    """``parent[key]``, made an empty dictionary first when it is missing or not a dictionary."""
    import pikepdf

    value = parent.get(key)
    if not isinstance(value, pikepdf.Dictionary):
        value = pikepdf.Dictionary()
        parent[key] = value
        value = parent[key]
    return value


def _bnum(value: float) -> bytes:
    return _num(value).encode()


def _outline(out: Any, rows: Sequence[_Row], targets: Sequence[int], words: dict[str, str]) -> None:
    """Bookmarks: the cover, the agenda, then every item with its documents below it, nested as the
    agenda is."""
    from pikepdf import OutlineItem, PageLocation

    def bookmark(title: str, page: int) -> Any:
        # An /XYZ destination at the page's top left, the zoom left as it is: viewers built on pdfium
        # (QtPdf) read a bookmark's place only from /XYZ and call any other kind (/Fit) an invalid location.
        box = out.pages[page].trimbox
        return OutlineItem(title, page, PageLocation.XYZ, left=float(box[0]), top=float(box[3]), zoom=0)

    with out.open_outline() as outline:
        outline.root.append(bookmark(words["cover"], 0))
        outline.root.append(bookmark(words["agenda"], 1))
        stack: list[tuple[int, Any]] = []
        for row, target in zip(rows, targets, strict=True):
            while stack and stack[-1][0] >= row.depth:
                stack.pop()
            entry = bookmark(row.text.removeprefix("– "), target)
            (stack[-1][1].children if stack else outline.root).append(entry)
            stack.append((row.depth, entry))
