"""The look of the application in one place: tones for states, spacing, icons and badges.

Screens never name a colour of their own: a state is shown with a tone (calm for routine states, warm for
what needs attention), and every tone has a light and a dark rendering chosen from the window's palette,
so the dark palette needs no screen of its own.

Icons are Lucide's (ISC licence, ``resources/icons/lucide``): line drawings in ``currentColor``, painted
in the palette's text colour when drawn, so they follow a palette or language change without reloading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QIconEngine,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QShortcut,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from emeeting import paths

# Spacing in pixels: between the controls of one group, around a group, and at a window's edge.
GAP: Final = 6
SECTION: Final = 12
MARGIN: Final = 12
# Icons: in a toolbar, and inside a line of text or a small button.
TOOLBAR_ICON: Final = 20
INLINE_ICON: Final = 16


def heading_font(font: QFont, scale: float) -> QFont:
    """A heading's font: bold and ``scale`` times the text's size (which grows for Thai)."""
    bigger = QFont(font)
    bigger.setBold(True)
    if bigger.pointSizeF() > 0:  # (a font sized in pixels keeps its size)
        bigger.setPointSizeF(bigger.pointSizeF() * scale)
    return bigger


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


def tone_style(
    tone: Tone, palette: QPalette, *, selector: str = "QLabel", bold: bool = False, outlined: bool = False
) -> str:
    """A style sheet rule that writes ``selector``'s text in ``tone`` (bold, or framed like a stamp)."""
    colour = tone_text_colour(tone, palette).name()
    rule = f"color: {colour};"
    if bold or outlined:
        rule += " font-weight: bold;"
    if outlined:
        rule += f" border: 1px solid {colour}; border-radius: 4px; padding: 0px 6px;"
    return f"{selector} {{ {rule} }}"


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: the window text blended two fifths of the way towards the background."""
    text, background = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mix = 0.4
    return QColor(
        round(text.red() * (1 - mix) + background.red() * mix),
        round(text.green() * (1 - mix) + background.green() * mix),
        round(text.blue() * (1 - mix) + background.blue() * mix),
    )


# Colours that are not states of the application: the highlighter pens a member marks a paper with (stored
# with the mark, so the same on every palette), the thin frame of a page thumbnail, the reader's faint
# watermark (the printed board book's red) and the projector's dark room.
MARK_COLOURS: Final = ("#ffd54f", "#81c784", "#64b5f6", "#e57373")
DEFAULT_MARK_COLOUR: Final = MARK_COLOURS[0]
MARK_OUTLINE: Final = "#555555"
MARK_EMPHASIS: Final = "#d32f2f"  # the ring around the mark chosen in the list
PAPER_EDGE: Final = "#9a9a9a"
WATERMARK: Final = (191, 26, 26, 56)
PROJECTOR_BACKGROUND: Final = "#101418"
PROJECTOR_TEXT: Final = "#f5f5f5"
PROJECTOR_MUTED: Final = "#b0bec5"


def _paint_text_in(widget: QWidget, colour: QColor | None) -> None:
    """Write ``widget``'s text in ``colour`` (None: the colours it inherits), through its palette.

    A palette, not a style sheet: a widget with a style sheet no longer hears of its parent's or the
    application's palette changes, so it could not follow the desktop into dark mode."""
    if colour is None:
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            widget.setPalette(QPalette())  # inherit every colour again
        return
    palette = widget.palette()
    if palette.color(QPalette.ColorRole.WindowText) != colour:  # (a change calls for another PaletteChange)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        palette.setColor(QPalette.ColorRole.Text, colour)
        widget.setPalette(palette)


class ToneLabel(QLabel):
    """Plain text in a tone (an error under a form, a broken chain, a check-in), or in the window's own
    text colour when the tone is None; follows a palette change."""

    def __init__(
        self, parent: QWidget | None = None, tone: Tone | None = None, *, bold: bool = False
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._tone = tone
        self._bold = bold
        self._restyle()

    @property
    def tone(self) -> Tone | None:
        return self._tone

    def set_tone(self, tone: Tone | None, *, bold: bool | None = None) -> None:
        self._tone = tone
        if bold is not None:
            self._bold = bold
        self._restyle()

    def _restyle(self) -> None:
        _paint_text_in(self, None if self._tone is None else tone_text_colour(self._tone, self.palette()))
        bold = self._bold and self._tone is not None
        if self.font().bold() != bold:
            font = self.font()
            font.setBold(bold)
            self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()


class Notice(QLabel):
    """A quiet line that says why a screen behaves as it does (certified, read-only, another window open):
    a small icon in the notice's tone before plain text in the window's colours, over a hairline; no
    coloured bar. Hidden until there is something to say."""

    def __init__(
        self, parent: QWidget | None = None, icon_name: str = "info", tone: Tone = Tone.INFO
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._icon_name = icon_name
        self._tone = tone
        self.setContentsMargins(MARGIN + INLINE_ICON + GAP, GAP, MARGIN, GAP)
        self.hide()

    @property
    def tone(self) -> Tone:
        return self._tone

    @property
    def icon_name(self) -> str:
        return self._icon_name

    def set_icon(self, icon_name: str, tone: Tone) -> None:
        self._icon_name, self._tone = icon_name, tone
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        top = GAP + max(0, (self.fontMetrics().height() - INLINE_ICON) // 2)
        icon(self._icon_name, self._tone).paint(painter, QRect(MARGIN, top, INLINE_ICON, INLINE_ICON))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()


class Badge(QLabel):
    """A small rounded label that shows a state in a tone; used instead of full-width colour bars.

    It paints itself in the tone of the palette it has when painted (no style sheet: a widget with one
    is not told when the application's palette changes, and would stay light on a dark desktop)."""

    RADIUS: Final = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = Tone.NEUTRAL
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContentsMargins(9, 1, 9, 1)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    @property
    def tone(self) -> Tone:
        return self._tone

    def set_state(self, text: str, tone: Tone, tooltip: str = "") -> None:
        self.setText(text)
        self.setToolTip(tooltip)
        if tone is not self._tone:
            self._tone = tone
            self.update()

    def colours(self) -> tuple[QColor, QColor]:
        """(background, text) as painted now."""
        return tone_colours(self._tone, self.palette())

    def paintEvent(self, event: QPaintEvent) -> None:
        background, text = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(self.rect()), self.RADIUS, self.RADIUS)
        painter.setPen(text)
        painter.setFont(self.font())
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)
        painter.end()


def icons_dir() -> Path:
    return paths.resources_dir() / "icons" / "lucide"


class _LineIconEngine(QIconEngine):
    """Draws a Lucide SVG at any size, in the text colour of the application's palette at that moment (or
    in a tone's text colour on that palette)."""

    def __init__(self, svg: bytes, tone: Tone | None = None) -> None:
        super().__init__()
        self._svg = svg
        self._tone = tone

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode is QIcon.Mode.Disabled else QPalette.ColorGroup.Normal
        if self._tone is not None and group is QPalette.ColorGroup.Normal:
            colour = tone_text_colour(self._tone, palette).name()
        else:
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
        return _LineIconEngine(self._svg, self._tone)


def icon(name: str, tone: Tone | None = None) -> QIcon:
    """The bundled icon ``name`` (a Lucide file name without ``.svg``), in the palette's text colour or in
    ``tone``; an empty icon if it is missing."""
    try:
        svg = (icons_dir() / f"{name}.svg").read_bytes()
    except OSError:
        return QIcon()
    return QIcon(_LineIconEngine(svg, tone))


# -- words on buttons and in tooltips -------------------------------------------------------------------

_THAI_MNEMONIC = re.compile(r"\s*\(&\w\)")  # "ประชุมใหม่ (&N)": Latin letters Thai has no use for
_ELLIPSIS = re.compile(r"(…|\.\.\.)$")


def plain_words(text: str) -> str:
    """A menu text as a button's face or a tooltip says it: no mnemonic, no trailing ellipsis."""
    text = _THAI_MNEMONIC.sub("", text)
    text = re.sub(r"&(&?)", lambda match: match.group(1), text)  # "&&" is a literal "&"
    return _ELLIPSIS.sub("", text).strip()


def shortcut_tooltip(text: str, keys: QKeySequence | None = None) -> str:
    """ "Save (Ctrl+S)": what a button does and its shortcut, the keyboard's way there in every language."""
    words = plain_words(text)
    shortcut = keys.toString(QKeySequence.SequenceFormat.NativeText) if keys is not None else ""
    return f"{words} ({shortcut})" if shortcut else words


def show_shortcuts(actions: Iterable[QAction]) -> None:
    """Each action's tooltip says its words and its shortcut (call after the words change)."""
    for action in actions:
        action.setToolTip(shortcut_tooltip(action.text(), action.shortcut()))


def dress(action: QAction, icon_name: str) -> QAction:
    """Give ``action`` its icon; returns it."""
    action.setIcon(icon(icon_name))
    return action


def _show_face(action: QAction) -> None:
    face, tip = plain_words(action.text()), shortcut_tooltip(action.text(), action.shortcut())
    if action.iconText() != face:  # (each change signals ``changed`` again: set only what differs)
        action.setIconText(face)
    if action.toolTip() != tip:
        action.setToolTip(tip)


def keep_faces(actions: Iterable[QAction]) -> None:
    """A toolbar button's words are its action's menu text without mnemonic or ellipsis (Qt itself would
    keep a Thai "(N)"), its tooltip the words and the shortcut; both follow every change of the text (a
    language, an undo step's name)."""
    for action in actions:
        action.changed.connect(lambda action=action: _show_face(action))
        _show_face(action)


def toolbar(parent: QWidget, name: str, *, text: bool = True) -> QToolBar:
    """A toolbar in the application's one style: icons with words beside them (or icons alone, their
    words and shortcut in the tooltip), fixed in place."""
    bar = QToolBar(parent)
    bar.setObjectName(name)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setIconSize(QSize(TOOLBAR_ICON, TOOLBAR_ICON))
    style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if text else Qt.ToolButtonStyle.ToolButtonIconOnly
    bar.setToolButtonStyle(style)
    # Tight around its buttons: on a 768-pixel laptop every line of the window counts.
    bar.setContentsMargins(0, 0, 0, 0)
    if (layout := bar.layout()) is not None:
        layout.setContentsMargins(0, 0, 0, 0)
    return bar


def press_with(button: QAbstractButton, keys: QKeySequence | QKeySequence.StandardKey) -> QKeySequence:
    """``keys`` press ``button`` anywhere in its window (while it can be pressed): the keyboard's way to a
    primary button in every language, where a Latin mnemonic served English only. Returns the keys, for the
    button's tooltip (``shortcut_tooltip``)."""
    sequence = QKeySequence(keys)
    shortcut = QShortcut(sequence, button)
    shortcut.activated.connect(lambda: button.click() if button.isVisible() and button.isEnabled() else None)
    return sequence


def icon_button(button: QToolButton, icon_name: str) -> QToolButton:
    """A small button that shows only its icon; its words go to the tooltip (``shortcut_tooltip``)."""
    button.setIcon(icon(icon_name))
    button.setIconSize(QSize(INLINE_ICON, INLINE_ICON))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    button.setAutoRaise(True)
    return button


# -- the application -------------------------------------------------------------------------------------


def apply_look(app: QApplication) -> None:
    """The application's one look: Qt's Fusion style on every desktop (it follows the desktop's light or
    dark palette, where a native style may keep light controls in a dark window)."""
    app.setStyle("Fusion")
