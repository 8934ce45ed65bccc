"""Dialog and message-box buttons labelled in our own translation.

Qt ships no Thai translation of its standard buttons (OK, Cancel, Yes, …), so in the Thai UI they would
read in English. These boxes set the texts of their standard buttons from our translation; the button box sets
them again when the language changes (Qt resets them to its own texts then).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox, QWidget

B = QDialogButtonBox.StandardButton
M = QMessageBox.StandardButton


def button_text(name: str) -> str | None:
    """Our text for a standard button, by the enum member's name ("Ok", "Cancel", …)."""
    texts = {
        "Ok": QCoreApplication.translate("Buttons", "OK"),
        "Cancel": QCoreApplication.translate("Buttons", "Cancel"),
        "Save": QCoreApplication.translate("Buttons", "Save"),
        "Close": QCoreApplication.translate("Buttons", "Close"),
        "Yes": QCoreApplication.translate("Buttons", "Yes"),
        "No": QCoreApplication.translate("Buttons", "No"),
    }
    return texts.get(name)


def _label(standard: B | M, button: QAbstractButton | None) -> None:
    text = button_text(standard.name or "")
    if button is not None and text is not None:
        button.setText(text)


class ButtonBox(QDialogButtonBox):
    """A QDialogButtonBox whose standard buttons read in the UI's language."""

    def __init__(self, buttons: B = B.NoButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_texts: dict[B, Callable[[], str]] = {}
        self.setStandardButtons(buttons)

    def relabel(self, standard: B, text: Callable[[], str]) -> None:
        """Label a standard button with the dialog's own (translated) text, e.g. OK as "Connect"."""
        self._own_texts[standard] = text
        self._retranslate()

    def setStandardButtons(self, buttons: B) -> None:
        super().setStandardButtons(buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        for button in self.buttons():
            standard = self.standardButton(button)
            own = self._own_texts.get(standard)
            if own is not None:
                button.setText(own())
            else:
                _label(standard, button)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()


class MessageBox(QMessageBox):
    """A QMessageBox whose standard buttons read in the UI's language. Message boxes are modal, so the
    language cannot change while one is open."""

    def setStandardButtons(self, buttons: M) -> None:
        super().setStandardButtons(buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        for button in self.buttons():
            _label(self.standardButton(button), button)


def show_about(parent: QWidget, title: str, text: str) -> None:
    """QMessageBox.about with our OK button: ``text`` is our own (translated) rich text, never data."""
    box = MessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text)
    icon = parent.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setStandardButtons(M.Ok)
    try:
        box.exec()
    finally:
        box.deleteLater()
