"""Dialog buttons with a dialog's own text, and the About box.

Standard buttons (OK, Cancel, Yes, …) read in the UI's language through Qt's own translation
(translations/qtbase_th.ts for Thai), so plain QDialogButtonBox and QMessageBox are used for them. A dialog
that names a standard button after what it does ("Connect" for OK) uses ButtonBox.relabel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

B = QDialogButtonBox.StandardButton


class ButtonBox(QDialogButtonBox):
    """A QDialogButtonBox that keeps a dialog's own texts for standard buttons across a language switch."""

    def __init__(self, buttons: B = B.NoButton, parent: QWidget | None = None) -> None:
        super().__init__(buttons, parent)
        self._own_texts: dict[B, Callable[[], str]] = {}

    def relabel(self, standard: B, text: Callable[[], str]) -> None:
        """Label a standard button with the dialog's own (translated) text, e.g. OK as "Connect"."""
        self._own_texts[standard] = text
        self._retranslate()

    def _retranslate(self) -> None:
        for standard, text in self._own_texts.items():
            button = self.button(standard)
            if button is not None:
                button.setText(text())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # Qt gives the standard buttons its own texts again
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()


def dialog_buttons(
    dialog: QDialog, buttons: B = B.Ok | B.Cancel, on_accept: Callable[[], object] | None = None
) -> QDialogButtonBox:
    """A dialog's row of standard buttons: accepting runs ``on_accept`` (the dialog's accept when not
    given), rejecting closes the dialog."""
    box = QDialogButtonBox(buttons, dialog)
    box.accepted.connect(on_accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def show_about(parent: QWidget, title: str, text: str) -> None:
    """QMessageBox.about, deleted once closed: ``text`` is always rich text, ours (translated), never data."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text)
    icon = parent.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    try:
        box.exec()
    finally:
        box.deleteLater()
