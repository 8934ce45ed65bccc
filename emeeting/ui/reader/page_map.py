"""Where QPdfView puts each page on screen, and PDF points ↔ viewport pixels.

QPdfView exposes no mapping: its layout (``QPdfViewPrivate::calculateDocumentLayout`` in Qt 6) is worked
out again here from what it does expose — the document's page sizes in points, the screen's logical DPI,
the zoom mode and factor, the document margins and page spacing, the page mode and current page — and
moved by the scroll bars. Pages are drawn scaled into their rectangle, so a point maps by the rectangle's
size over the page's size in points. ``tests/ui/test_reader_marks.py`` checks it against the pixels QPdfView
paints, at several zooms and in both page modes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView


class PageMap:
    """One view's layout, read again when something it depends on changed (kept between paints: a long
    document in continuous mode has hundreds of pages to size)."""

    def __init__(self, view: QPdfView) -> None:
        self._view = view
        self._key: tuple[object, ...] | None = None
        self._layout: dict[int, tuple[QRectF, QSizeF]] = {}  # page → (rectangle in the document, points)

    def _state(self) -> tuple[object, ...]:
        view = self._view
        document = view.document()
        margins = view.documentMargins()
        viewport = view.viewport().size()
        single = view.pageMode() == QPdfView.PageMode.SinglePage
        return (
            id(document),
            document.pageCount() if document is not None else 0,
            document.status() if document is not None else None,
            view.pageMode(),
            view.pageNavigator().currentPage() if single else -1,
            view.zoomMode(),
            view.zoomFactor(),
            view.pageSpacing(),
            (margins.left(), margins.top(), margins.right(), margins.bottom()),
            (viewport.width(), viewport.height()),
            _resolution(),
        )

    def invalidate(self) -> None:
        """The document's pages changed under the same state (another document loaded)."""
        self._key = None

    def _document_layout(self) -> dict[int, tuple[QRectF, QSizeF]]:
        key = self._state()
        if key != self._key:
            self._layout = _layout(self._view)
            self._key = key
        return self._layout

    def pages(self) -> dict[int, tuple[QRectF, QSizeF]]:
        """{page: (its rectangle in viewport pixels, its size in points)} for the pages laid out."""
        dx = self._view.horizontalScrollBar().value()
        dy = self._view.verticalScrollBar().value()
        return {
            page: (rect.translated(-dx, -dy), points)
            for page, (rect, points) in self._document_layout().items()
        }

    def visible_pages(self) -> list[tuple[int, QRectF, QSizeF]]:
        """The pages that show in the viewport, with their rectangle and size in points."""
        area = QRectF(self._view.viewport().rect())
        return [
            (page, rect, points) for page, (rect, points) in self.pages().items() if rect.intersects(area)
        ]

    def to_viewport(self, page: int, point: QPointF) -> QPointF | None:
        """A point of ``page`` (PDF points, origin top-left) in viewport pixels; None when it is not laid
        out (another page in single-page mode)."""
        placed = self.pages().get(page)
        if placed is None:
            return None
        return map_to_viewport(placed[0], placed[1], point)

    def to_page(self, position: QPointF) -> tuple[int, QPointF] | None:
        """The page under a viewport position and the position on it in points, or None off the pages."""
        for page, (rect, points) in self.pages().items():
            if rect.contains(position):
                return page, map_to_page(rect, points, position)
        return None


def map_to_viewport(rect: QRectF, points: QSizeF, point: QPointF) -> QPointF:
    return QPointF(
        rect.x() + point.x() * rect.width() / points.width(),
        rect.y() + point.y() * rect.height() / points.height(),
    )


def map_to_page(rect: QRectF, points: QSizeF, position: QPointF) -> QPointF:
    return QPointF(
        (position.x() - rect.x()) * points.width() / rect.width(),
        (position.y() - rect.y()) * points.height() / rect.height(),
    )


def _resolution() -> float:
    screen = QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInch() if screen is not None else 96.0) / 72.0


def _layout(view: QPdfView) -> dict[int, tuple[QRectF, QSizeF]]:
    """QPdfView's document layout, step by step as Qt computes it (integer sizes, rounded the same way)."""
    document = view.document()
    if document is None or document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        return {}
    resolution = _resolution()
    margins, spacing = view.documentMargins(), view.pageSpacing()
    viewport = view.viewport().size()
    if view.pageMode() == QPdfView.PageMode.SinglePage:
        pages: range | list[int] = [view.pageNavigator().currentPage()]
    else:
        pages = range(document.pageCount())
    mode = view.zoomMode()
    sizes: dict[int, tuple[QSize, QSizeF]] = {}
    total_width = 0
    for page in pages:
        points = document.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            points = QSizeF(595.0, 842.0)  # a broken page still gets a place; QtPdf draws it blank
        if mode == QPdfView.ZoomMode.Custom:
            size = (points * resolution * view.zoomFactor()).toSize()
        elif mode == QPdfView.ZoomMode.FitToWidth:
            size = (points * resolution).toSize()
            factor = (viewport.width() - margins.left() - margins.right()) / max(size.width(), 1)
            size = size * factor
        else:  # FitInView
            size = (points * resolution).toSize()
            room = QSize(viewport.width() - margins.left() - margins.right(), viewport.height() - spacing)
            size = size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
        total_width = max(total_width, size.width())
        sizes[page] = (size, points)
    total_width += margins.left() + margins.right()
    y = margins.top()
    layout: dict[int, tuple[QRectF, QSizeF]] = {}
    for page, (size, points) in sizes.items():
        x = (max(total_width, viewport.width()) - size.width()) // 2
        layout[page] = (QRectF(x, y, size.width(), size.height()), points)
        y += size.height() + spacing
    return layout
