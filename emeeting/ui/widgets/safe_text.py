"""Showing text from the store safely: as plain text, never as markup.

Qt guesses whether a label's, a message box's or a tooltip's text is HTML (Qt.TextFormat.AutoText). What
the store holds may come from an imported package or another user (a meeting title such as
``<img src=file:...>``), so labels and message boxes that show data are plain text, and tooltips, which
have no plain-text switch, are built as HTML from escaped text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from emeeting.ui.widgets.style import Notice, Tone


def plain_label(parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows its text as plain text, never as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def notice_banner(parent: QWidget, name: str, icon_name: str = "info", tone: Tone = Tone.INFO) -> Notice:
    """A quiet plain-text line across a screen that says why it behaves as it does (read-only, certified,
    another window open): a small icon in ``tone`` before the words, no coloured bar; hidden until there is
    something to say."""
    banner = Notice(parent, icon_name, tone)
    banner.setObjectName(name)
    return banner


def html(text: str) -> str:
    """``text`` escaped for use inside HTML (a tooltip)."""
    return escape(text, quote=False)


def html_tooltip(*lines: str) -> str:
    """Lines of plain text as a tooltip that shows them exactly as written."""
    return "<qt>" + "<br>".join(html(line) for line in lines) + "</qt>"


def plain_message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A modal message box with one OK button whose text is plain text."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_plain_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """Show ``text`` as plain text in a modal message box and wait until it is closed."""
    box = plain_message_box(parent, icon, title, text)
    try:
        box.exec()
    finally:
        box.deleteLater()
