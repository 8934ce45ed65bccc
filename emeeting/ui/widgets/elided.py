"""Text that may not fit: a one-line label that elides its end, and tabs that elide theirs; either says
its whole text in a tooltip when it is cut."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QTabBar, QWidget


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when the label is narrower than its text, with the whole
    text as its tooltip then. It asks for its text's width but can be squeezed to a few characters, so a
    long title never widens a window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._own_tooltip = ""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def set_own_tooltip(self, text: str) -> None:
        """A tooltip shown when the text is whole (the whole text replaces it when the text is cut)."""
        self._own_tooltip = text
        self._update_tooltip()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 6), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        palette, role = self.palette(), self.foregroundRole()
        self.style().drawItemText(painter, rect, int(self.alignment()), palette, self.isEnabled(), text, role)

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else self._own_tooltip)


def eliding_tabs(bar: QTabBar) -> None:
    """Every tab stays in sight, its text shortened with "…" when the bar is too narrow for all of them,
    rather than some hidden behind scroll arrows; ``tab_tooltips`` gives each its whole text."""
    bar.setUsesScrollButtons(False)
    bar.setElideMode(Qt.TextElideMode.ElideRight)


def tab_tooltips(bar: QTabBar) -> None:
    """Each tab's whole text as its tooltip; call again when the texts change."""
    for index in range(bar.count()):
        bar.setTabToolTip(index, bar.tabText(index).replace("&&", "\0").replace("&", "").replace("\0", "&"))
