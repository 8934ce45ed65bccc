"""The look of the application in one place: tones for states, spacing, icons and badges.

Screens never name a colour of their own: a state is shown with a tone (calm for routine states, warm for
what needs attention), and every tone has a light and a dark rendering chosen from the window's palette,
so the dark palette needs no screen of its own.

Icons are Lucide's (ISC licence, ``resources/icons/lucide``): line drawings in ``currentColor``, painted
in the palette's text colour when drawn, so they follow a palette or language change without reloading.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from emeeting import paths

# Spacing in pixels: between the controls of one group, around a group, and at a window's edge.
GAP: Final = 6
SECTION: Final = 12
MARGIN: Final = 12


class Tone(Enum):
    NEUTRAL = "neutral"
    INFO = "info"
    GOOD = "good"
    WARN = "warn"
    BAD = "bad"


# (background, text) on a light window and on a dark one.
_LIGHT: Final = {
    Tone.NEUTRAL: ("#e7e9ed", "#4a5160"),
    Tone.INFO: ("#dbe8fb", "#1d4f91"),
    Tone.GOOD: ("#d8f0de", "#1c6b35"),
    Tone.WARN: ("#fbefd5", "#805600"),
    Tone.BAD: ("#f9dcdc", "#9b1c1c"),
}
_DARK: Final = {
    Tone.NEUTRAL: ("#3a3f4a", "#d5d9e0"),
    Tone.INFO: ("#1f3557", "#a9c8f5"),
    Tone.GOOD: ("#1d4028", "#9fdcae"),
    Tone.WARN: ("#4a3a12", "#f2d28b"),
    Tone.BAD: ("#5a2323", "#f4aaaa"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_colours(tone: Tone, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of ``tone`` on a window with ``palette``."""
    background, text = (_DARK if is_dark(palette) else _LIGHT)[tone]
    return QColor(background), QColor(text)


def tone_text_colour(tone: Tone, palette: QPalette) -> QColor:
    """Text in ``tone`` without a background (a count, an over-time timer)."""
    return tone_colours(tone, palette)[1]


class Badge(QLabel):
    """A small rounded label that shows a state in a tone; used instead of full-width colour bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = Tone.NEUTRAL
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # A label with a style sheet hears of no palette change: its parent's tells it the desktop's
        # palette changed (a dark mode switched on).
        if parent is not None:
            parent.installEventFilter(self)
        self._restyle()

    @property
    def tone(self) -> Tone:
        return self._tone

    def set_state(self, text: str, tone: Tone, tooltip: str = "") -> None:
        self.setText(text)
        self.setToolTip(tooltip)
        if tone is not self._tone:
            self._tone = tone
            self._restyle()

    def _restyle(self) -> None:
        # The window's palette, not the label's own: the style sheet below changes the label's palette,
        # and a sheet set again (even the same one) sends another PaletteChange.
        parent = self.parentWidget()
        palette = parent.palette() if parent is not None else QApplication.palette()
        background, text = tone_colours(self._tone, palette)
        sheet = (
            f"QLabel {{ background: {background.name()}; color: {text.name()}; border-radius: 8px;"
            " padding: 1px 9px; }"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and watched is self.parentWidget():
            self._restyle()
        return False


def icons_dir() -> Path:
    return paths.resources_dir() / "icons" / "lucide"


class _LineIconEngine(QIconEngine):
    """Draws a Lucide SVG at any size, in the text colour of the application's palette at that moment."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode is QIcon.Mode.Disabled else QPalette.ColorGroup.Normal
        colour = palette.color(group, QPalette.ColorRole.WindowText).name()
        renderer = QSvgRenderer(QByteArray(self._svg.replace(b"currentColor", colour.encode())))
        renderer.render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _LineIconEngine(self._svg)


def icon(name: str) -> QIcon:
    """The bundled icon ``name`` (a Lucide file name without ``.svg``); an empty icon if it is missing."""
    try:
        svg = (icons_dir() / f"{name}.svg").read_bytes()
    except OSError:
        return QIcon()
    return QIcon(_LineIconEngine(svg))
