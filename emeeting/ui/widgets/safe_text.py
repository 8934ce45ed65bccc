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


# Line and paragraph breaks, tabs and the like: shown as one space in a single-line view.
_BREAKS = frozenset("\n\r\t\v\f\x1c\x1d\x1e\x85\u2028\u2029")
# Direction overrides and isolates can make "evil\u202efdp.exe" look like "evilexe.pdf": never shown raw.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_control(ch: str) -> bool:
    return (ch < " " or "\x7f" <= ch <= "\x9f") or ch in _BREAKS or ch in _BIDI_CONTROLS


def one_line(text: str) -> str:
    """``text`` for a single-line view (a tree row, a title): line breaks and tabs become single spaces,
    other control characters the replacement mark "\ufffd"; a name with a newline no longer shows as its
    first line only. Thai and the zero-width space Thai text uses between words are kept."""
    out: list[str] = []
    for ch in text:
        if ch in _BREAKS:
            if out and out[-1] != " ":
                out.append(" ")
        elif _is_control(ch):
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out).strip()


def visible_controls(text: str) -> str:
    """``text`` exactly, with each control character shown as its Unicode control picture ("\u240a" for a
    line feed) or code ("<U+202E>"): for a tooltip that gives the full, true name."""
    out: list[str] = []
    for ch in text:
        if ch < " ":
            out.append(chr(0x2400 + ord(ch)))
        elif ch == "\x7f":
            out.append("\u2421")
        elif _is_control(ch):
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


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
