"""The text a drag covers on a page, and the rectangles a highlight or underline of it takes, from
QtPdf's text layer.

Most papers' text layers place each character where it is printed, and the rectangles are the layer's.
Papers whose lines are written as one marked-content span with their text in /ActualText (as the
project's own Thai engine writes them, so that copying gives the exact text back) get from PDFium all of
a line's characters squeezed into the first few points of it: a drag then hits no character beyond them,
and the layer's rectangles cover a sliver of the line. For those, the drag itself says where the marked
text lies along the line.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtPdf import QPdfDocument, QPdfSelection

PROBE_STEP = 12.0  # points: QtPdf finds a character within 16 points of where it looks
MAX_PROBES = 40
NARROW = 2.0  # points per character: no printed text is set this tight


def select_text(document: QPdfDocument, page: int, start: QPointF, end: QPointF) -> QPdfSelection:
    """The text between two points of a page; when either lies past the characters the layer knows of,
    the nearest ones toward the other point."""
    selection = document.getSelection(page, start, end)
    if selection.text():
        return selection
    for moving_end in (True, False):
        fixed, moving = (start, end) if moving_end else (end, start)
        direction = 1.0 if fixed.x() > moving.x() else -1.0
        distance = abs(fixed.x() - moving.x())
        for step in range(1, MAX_PROBES + 1):
            if step * PROBE_STEP >= distance:
                break
            probe = QPointF(moving.x() + direction * step * PROBE_STEP, moving.y())
            found = document.getSelection(page, *((fixed, probe) if moving_end else (probe, fixed)))
            if found.text():
                return found
    return selection


def mark_rects(
    selection: QPdfSelection, start: QPointF, end: QPointF
) -> tuple[tuple[float, float, float, float], ...]:
    """[x0, y0, x1, y1] rectangles, in points, of the marked text, one per line."""
    lines = sorted((polygon.boundingRect() for polygon in selection.bounds()), key=QRectF.top)
    lines = [r for r in lines if r.height() > 0]
    if not lines:
        return ()
    characters = len("".join(selection.text().split()))
    if sum(r.width() for r in lines) >= NARROW * max(characters, 1):
        return tuple(_rect(r) for r in lines)  # the layer knows where its characters are printed
    upper, lower = (start, end) if (start.y(), start.x()) <= (end.y(), end.x()) else (end, start)
    left = min(min(r.left() for r in lines), start.x(), end.x())
    right = max(max(r.right() for r in lines), start.x(), end.x())
    if len(lines) == 1:
        only = lines[0]
        x0 = max(only.left(), min(start.x(), end.x()))
        return (_rect(QRectF(QPointF(x0, only.top()), QPointF(right, only.bottom()))),)
    rects = []
    for number, line in enumerate(lines):
        x0 = max(line.left(), upper.x()) if number == 0 else left
        x1 = max(line.right(), lower.x()) if number == len(lines) - 1 else right
        rects.append(_rect(QRectF(QPointF(x0, line.top()), QPointF(x1, line.bottom()))))
    return tuple(rects)


def _rect(rect: QRectF) -> tuple[float, float, float, float]:
    return (round(rect.left(), 2), round(rect.top(), 2), round(rect.right(), 2), round(rect.bottom(), 2))
