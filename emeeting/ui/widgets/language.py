"""Words that follow a live language switch: Qt sends every widget a LanguageChange, and a widget that
sets its own texts sets them again then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent


class FollowsLanguage:
    """Put first among a widget's bases: its ``_retranslate`` runs on every LanguageChange, before the
    widget itself handles the event. (An override of ``changeEvent``, not an event filter: only change
    events reach Python.)"""

    _retranslate: Callable[[], object]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # the widget's own
