"""A PDF's text layer page by page, with where each character is drawn: what re-anchoring a text mark on a
new version of a paper needs (the text to find its quote in, the boxes of the quote's glyphs to mark).

Read with pdfium (pypdfium2), the engine Qt PDF shows papers with, so that a mark lands where the viewer
draws the text. The PDF is read from bytes in memory: a sealed (confidential) paper is decrypted in memory
and its text never reaches the disk. Positions are in points from the top-left of the page as a reader
shows it (the crop box, turned by the page's /Rotate), as an annotation's geometry is.

Not imported by ``emeeting.intake``'s package (its child process checks files with pikepdf and pypdf).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


class UnreadablePdf(Exception):
    """The bytes are not a PDF pdfium can open."""


class TextLayer:
    """The text of one PDF's pages and the boxes of its characters, read as they are asked for."""

    def __init__(self, pdf: bytes) -> None:
        try:
            self._document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as error:
            raise UnreadablePdf(str(error)) from None
        self._texts: dict[int, str] = {}

    def __enter__(self) -> TextLayer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._document.close()

    @property
    def page_count(self) -> int:
        return len(self._document)

    @contextmanager
    def _page(self, number: int) -> Iterator[tuple[Any, Any]]:
        page = self._document[number]
        text_page = page.get_textpage()
        try:
            yield page, text_page
        finally:
            text_page.close()
            page.close()

    def text(self, number: int) -> str:
        """Page ``number``'s text (from 0), one character per character of the page's text layer (line
        ends the reader infers included), so that offsets into it are offsets into ``boxes``."""
        if number not in self._texts:
            with self._page(number) as (_, text_page):
                raw = text_page.raw
                count = pdfium_c.FPDFText_CountChars(raw)
                self._texts[number] = "".join(
                    chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(max(count, 0))
                )
        return self._texts[number]

    def pages(self) -> list[str]:
        return [self.text(n) for n in range(self.page_count)]

    def boxes(self, number: int, start: int, end: int) -> list[Box | None]:
        """The boxes of characters ``start`` to ``end`` (excluded) of page ``number``'s text; None for a
        character the reader inferred (a line end), which is drawn nowhere."""
        with self._page(number) as (page, text_page):
            on_screen = _ScreenSpace.of(page)
            raw = text_page.raw
            out: list[Box | None] = []
            for index in range(start, end):
                if pdfium_c.FPDFText_IsGenerated(raw, index) == 1:
                    out.append(None)
                    continue
                # The loose box spans the font's ascent and descent: a line's characters share one band
                # whatever marks sit above or below them, as a reader's selection does.
                left, bottom, right, top = text_page.get_charbox(index, loose=True)
                corners = [on_screen(left, top), on_screen(right, bottom)]
                xs, ys = [c[0] for c in corners], [c[1] for c in corners]
                out.append((min(xs), min(ys), max(xs), max(ys)))
            return out


class _ScreenSpace:
    """From a page's PDF space (points from the bottom-left of the media box) to the page as a reader
    shows it: points from the top-left of the crop box, turned clockwise by the page's /Rotate."""

    def __init__(self, x0: float, y0: float, width: float, height: float, rotate: int) -> None:
        self._x0, self._y0, self._width, self._height, self._rotate = x0, y0, width, height, rotate

    @classmethod
    def of(cls, page: Any) -> _ScreenSpace:
        left, bottom, right, top = page.get_cropbox()
        return cls(
            min(left, right), min(bottom, top), abs(right - left), abs(top - bottom), page.get_rotation()
        )

    def __call__(self, x: float, y: float) -> tuple[float, float]:
        u, v = x - self._x0, y - self._y0  # from the crop box's bottom-left
        match self._rotate % 360:
            case 90:
                return v, u
            case 180:
                return self._width - u, v
            case 270:
                return self._height - v, self._width - u
        return u, self._height - v
