"""The marks on the paper in the viewer, painted over QtPdf's pages: highlights, underlines, ink and
sticky notes (mine and those shared with me), the mark being made, and a mark briefly emphasised.

The layer is a child of the page view's viewport that lets every mouse event through (the tools read
them from the viewport, ``paper_marks``); it paints only the pages on screen, and a page's marks come
from an index by page, so a paper with thousands of marks costs no more per paint than its page holds.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from emeeting.domain import model as m
from emeeting.services.annotations import AnnotationView
from emeeting.ui.reader.page_map import PageMap, map_to_viewport
from emeeting.ui.widgets.style import MARK_EMPHASIS

Shape = m.AnnotationShape
HIGHLIGHT_ALPHA = 110  # a highlight lets the text through
STICKY_SIZE = 18.0  # a sticky note's icon, in pixels at any zoom (it is a pin, not part of the page)
HIT_SLOP = 5.0  # pixels around a line that still count as on it
_PAINT_ORDER = (Shape.HIGHLIGHT, Shape.UNDERLINE, Shape.INK, Shape.STICKY)  # text under ink under notes


@dataclass(frozen=True)
class PaintedMark:
    """An annotation ready to paint: its geometry read once (the store keeps it as JSON)."""

    annotation: m.Annotation
    mine: bool
    rects: tuple[tuple[float, float, float, float], ...] = ()  # highlight, underline (points)
    strokes: tuple[tuple[tuple[float, float], ...], ...] = ()  # ink (points)
    point: tuple[float, float] | None = None  # sticky (points)

    @property
    def id(self) -> str:
        return self.annotation.id


def painted(view: AnnotationView) -> PaintedMark | None:
    """The mark as painted on its page; None for what is not painted there (a note on an item, a mark
    from an earlier version of the paper, a geometry that does not read)."""
    note = view.annotation
    if view.earlier_version or note.document_id is None or note.shape is Shape.ITEM_NOTE:
        return None
    try:
        value = json.loads(note.geometry)
        if note.shape in (Shape.HIGHLIGHT, Shape.UNDERLINE):
            rects = tuple((float(a), float(b), float(c), float(d)) for a, b, c, d in value)
            return PaintedMark(note, view.mine, rects=rects)
        if note.shape is Shape.INK:
            strokes = tuple(tuple((float(x), float(y)) for x, y in stroke) for stroke in value)
            return PaintedMark(note, view.mine, strokes=strokes)
        if note.shape is Shape.STICKY:
            return PaintedMark(note, view.mine, point=(float(value[0]), float(value[1])))
    except (ValueError, TypeError):  # validated when stored; a mark that still does not read is left out
        return None
    return None


class PageIndex:
    """The paper's marks by page. A page's geometry is read from its JSON the first time the page is
    shown: a paper with thousands of marks opens at any page for the price of that page's marks.
    Within a page, marks are in painting order: text marks under ink under notes."""

    def __init__(self, views: Iterable[AnnotationView] = ()) -> None:
        self._unread: dict[int, list[AnnotationView]] = {}
        self._pages: dict[int, list[PaintedMark]] = {}
        self._page_of: dict[str, int] = {}
        for view in views:
            note = view.annotation
            if view.earlier_version or note.document_id is None or note.shape is Shape.ITEM_NOTE:
                continue  # not painted on the page (listed elsewhere)
            self._unread.setdefault(note.page, []).append(view)
            self._page_of[note.id] = note.page

    def on_page(self, page: int) -> list[PaintedMark]:
        marks = self._pages.get(page)
        if marks is None:
            marks = [p for view in self._unread.pop(page, ()) if (p := painted(view)) is not None]
            marks.sort(key=lambda x: _PAINT_ORDER.index(x.annotation.shape))
            self._pages[page] = marks
        return marks

    def add(self, mark: PaintedMark) -> None:
        self.remove(mark.id)
        page = mark.annotation.page
        marks = self.on_page(page)
        marks.append(mark)
        marks.sort(key=lambda x: _PAINT_ORDER.index(x.annotation.shape))
        self._page_of[mark.id] = page

    def remove(self, annotation_id: str) -> None:
        page = self._page_of.pop(annotation_id, None)
        if page is not None:
            self._pages[page] = [x for x in self.on_page(page) if x.id != annotation_id]

    def get(self, annotation_id: str) -> PaintedMark | None:
        page = self._page_of.get(annotation_id)
        if page is None:
            return None
        return next((x for x in self.on_page(page) if x.id == annotation_id), None)

    def __len__(self) -> int:
        return len(self._page_of)


@dataclass(frozen=True)
class Preview:
    """What the hand is making, painted until it is stored: text rectangles or an ink stroke."""

    page: int
    shape: Shape
    color: str
    rects: tuple[tuple[float, float, float, float], ...] = ()
    stroke: tuple[tuple[float, float], ...] = ()


class AnnotationLayer(QWidget):
    """Paints ``index``'s marks over the pages ``page_map`` says are on screen; ``painted`` when it has
    (for timing and for tests that wait for the marks)."""

    painted = Signal()

    def __init__(self, view: QPdfView, page_map: PageMap) -> None:
        super().__init__(view.viewport())
        self.setObjectName("annotationLayer")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._view = view
        self.page_map = page_map
        self.index = PageIndex()
        self.preview: Preview | None = None
        self.emphasised: str | None = None
        self._viewport = view.viewport()
        self.setGeometry(self._viewport.rect())
        self._viewport.installEventFilter(self)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.setGeometry(self._viewport.rect())
        return False

    def set_index(self, index: PageIndex) -> None:
        self.index = index
        self.update()

    # -- painting --------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._view.document() is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        clip = QRectF(event.rect())
        for page, rect, points in self.page_map.visible_pages():
            if not rect.intersects(clip):
                continue
            for mark in self.index.on_page(page):
                self._paint_mark(painter, rect, points, mark)
            if self.preview is not None and self.preview.page == page:
                self._paint_preview(painter, rect, points, self.preview)
        painter.end()
        self.painted.emit()

    def _paint_mark(self, painter: QPainter, rect: QRectF, points: QSizeF, mark: PaintedMark) -> None:
        note = mark.annotation
        color = QColor(note.color)
        shape = note.shape
        if shape is Shape.HIGHLIGHT:
            _paint_highlight(painter, rect, points, mark.rects, color)
        elif shape is Shape.UNDERLINE:
            _paint_underline(painter, rect, points, mark.rects, color)
        elif shape is Shape.INK:
            for stroke in mark.strokes:
                _paint_stroke(painter, rect, points, stroke, color)
        elif shape is Shape.STICKY and mark.point is not None:
            _paint_sticky(painter, self.sticky_rect(rect, points, mark.point), color)
        if note.id == self.emphasised:
            bounds = self.mark_bounds(rect, points, mark)
            painter.setPen(QPen(QColor(MARK_EMPHASIS), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bounds.adjusted(-4, -4, 4, 4), 4, 4)

    def _paint_preview(self, painter: QPainter, rect: QRectF, points: QSizeF, preview: Preview) -> None:
        color = QColor(preview.color)
        if preview.shape is Shape.HIGHLIGHT:
            _paint_highlight(painter, rect, points, preview.rects, color)
        elif preview.shape is Shape.UNDERLINE:
            _paint_underline(painter, rect, points, preview.rects, color)
        elif preview.shape is Shape.INK:
            _paint_stroke(painter, rect, points, preview.stroke, color)

    # -- where marks are -------------------------------------------------------------------------------

    @staticmethod
    def sticky_rect(rect: QRectF, points: QSizeF, point: tuple[float, float]) -> QRectF:
        at = map_to_viewport(rect, points, QPointF(*point))
        return QRectF(at.x(), at.y(), STICKY_SIZE, STICKY_SIZE)

    def mark_bounds(self, rect: QRectF, points: QSizeF, mark: PaintedMark) -> QRectF:
        """The mark's extent in viewport pixels."""
        if mark.point is not None:
            return self.sticky_rect(rect, points, mark.point)
        corners = [p for r in mark.rects for p in ((r[0], r[1]), (r[2], r[3]))]
        corners += [p for stroke in mark.strokes for p in stroke]
        mapped = [map_to_viewport(rect, points, QPointF(*p)) for p in corners]
        if not mapped:
            return QRectF()
        xs, ys = [p.x() for p in mapped], [p.y() for p in mapped]
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))

    def mark_at(self, position: QPointF) -> PaintedMark | None:
        """The mark under a viewport position, the one painted last (on top) first."""
        for page, rect, points in self.page_map.visible_pages():
            if not rect.adjusted(-STICKY_SIZE, -STICKY_SIZE, STICKY_SIZE, STICKY_SIZE).contains(position):
                continue
            for mark in reversed(self.index.on_page(page)):
                if self._hits(rect, points, mark, position):
                    return mark
        return None

    def _hits(self, rect: QRectF, points: QSizeF, mark: PaintedMark, position: QPointF) -> bool:
        if mark.point is not None:
            return self.sticky_rect(rect, points, mark.point).contains(position)
        for r in mark.rects:
            top_left = map_to_viewport(rect, points, QPointF(r[0], r[1]))
            bottom_right = map_to_viewport(rect, points, QPointF(r[2], r[3]))
            area = QRectF(top_left, bottom_right).adjusted(-2, -2, 2, 2 + HIT_SLOP)
            if area.contains(position):
                return True
        for stroke in mark.strokes:
            mapped = [map_to_viewport(rect, points, QPointF(*p)) for p in stroke]
            if len(mapped) == 1 and QLineF(mapped[0], position).length() <= HIT_SLOP:
                return True
            for a, b in itertools.pairwise(mapped):
                if _distance(position, a, b) <= HIT_SLOP:
                    return True
        return False


def _viewport_rect(rect: QRectF, points: QSizeF, r: tuple[float, float, float, float]) -> QRectF:
    top_left = map_to_viewport(rect, points, QPointF(r[0], r[1]))
    bottom_right = map_to_viewport(rect, points, QPointF(r[2], r[3]))
    return QRectF(top_left, bottom_right)


def _paint_highlight(
    painter: QPainter,
    rect: QRectF,
    points: QSizeF,
    rects: Iterable[tuple[float, float, float, float]],
    color: QColor,
) -> None:
    fill = QColor(color)
    fill.setAlpha(HIGHLIGHT_ALPHA)
    for r in rects:
        painter.fillRect(_viewport_rect(rect, points, r), fill)


def _line_color(color: QColor) -> QColor:
    """Lines are drawn a shade darker than the chosen colour: a pale yellow line on white is not seen."""
    return color.darker(135)


def _paint_underline(
    painter: QPainter,
    rect: QRectF,
    points: QSizeF,
    rects: Iterable[tuple[float, float, float, float]],
    color: QColor,
) -> None:
    scale = rect.width() / points.width()
    pen = QPen(_line_color(color), max(1.5, 1.2 * scale))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    for r in rects:
        box = _viewport_rect(rect, points, r)
        painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()))


def _paint_stroke(
    painter: QPainter, rect: QRectF, points: QSizeF, stroke: Iterable[tuple[float, float]], color: QColor
) -> None:
    mapped = [map_to_viewport(rect, points, QPointF(*p)) for p in stroke]
    if not mapped:
        return
    scale = rect.width() / points.width()
    pen = QPen(_line_color(color), max(1.5, 1.5 * scale))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if len(mapped) == 1:
        painter.drawPoint(mapped[0])
        return
    painter.drawPolyline(QPolygonF(mapped))


def _paint_sticky(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A small note with a folded corner and two lines of "writing"."""
    fold = box.width() / 3
    path = QPainterPath()
    path.moveTo(box.topLeft())
    path.lineTo(box.right() - fold, box.top())
    path.lineTo(box.right(), box.top() + fold)
    path.lineTo(box.bottomRight())
    path.lineTo(box.bottomLeft())
    path.closeSubpath()
    painter.setPen(QPen(color.darker(170), 1))
    painter.setBrush(color)
    painter.drawPath(path)
    painter.drawLine(QPointF(box.right() - fold, box.top()), QPointF(box.right() - fold, box.top() + fold))
    painter.drawLine(QPointF(box.right() - fold, box.top() + fold), QPointF(box.right(), box.top() + fold))
    for row in (0.5, 0.72):
        y = box.top() + box.height() * row
        painter.drawLine(QPointF(box.left() + 3, y), QPointF(box.right() - 3, y))


def _distance(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = dx * dx + dy * dy
    if length == 0:
        return math.hypot(p.x() - a.x(), p.y() - a.y())
    t = max(0.0, min(1.0, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length))
    return math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy))
