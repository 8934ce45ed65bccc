"""A page that scrolls when its window is smaller than the page can be."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class PageScroll(QScrollArea):
    """A page (a tab's, a dialog's) that scrolls rather than grows the window when the window is smaller
    than the page can be (a small laptop at 125 %): the window keeps the screen's size and nothing is cut
    off. The page fills the view whenever its minimum fits; QScrollArea's own resizing would keep a page
    with wrapped text at its preferred height instead."""

    def __init__(self, page: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"{page.objectName() or 'page'}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        self.setMinimumSize(1, 1)
        page.installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        room = self.maximumViewportSize()  # without scroll bars
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width, height = room.width(), room.height()
        if need.height() > height:
            width -= bar
        if need.width() > width:
            height -= bar
            if need.height() > height and width == room.width():
                width -= bar
        page.resize(max(width, need.width()), max(height, need.height()))
