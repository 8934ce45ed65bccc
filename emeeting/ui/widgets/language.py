"""Words that follow a live language switch: Qt sends every widget a LanguageChange, and a widget that
sets its own texts sets them again then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class _LanguageWatcher(QObject):
    def __init__(self, widget: QObject, retranslate: Callable[[], object]) -> None:
        super().__init__(widget)  # lives and dies with the widget
        self._retranslate = retranslate

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False  # the widget still gets the event


def follow_language(widget: QObject, retranslate: Callable[[], object]) -> None:
    """Call ``retranslate`` whenever ``widget`` is told the language changed, before the widget itself."""
    widget.installEventFilter(_LanguageWatcher(widget, retranslate))
