"""The window's search box (Ctrl+K): one field over every meeting, agenda item, minutes, action item,
person and paper page. Typing opens the results panel under it; the panel and the search itself are loaded
the first time they are needed, so that start-up stays quick."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.style import icon

if TYPE_CHECKING:
    from emeeting.services.search import SearchHit
    from emeeting.ui.search.search_panel import SearchPanel

SEARCH_KEYS = "Ctrl+K"
FIELD_WIDTH = 300
# Thai's tallest and deepest stacks (a tone mark over an upper vowel, a lower vowel under ฎ): the font's
# ascent and descent leave them out, and the field must hold them whole.
THAI_STACKS = "ที่ปรึกษา ปั้น ฎู"


@dataclass(frozen=True)
class Found:
    """A result the user chose to open: the hit, its meeting (None: a person) and the words to highlight
    where it is shown (a paper's page)."""

    hit: SearchHit
    meeting_id: str | None
    needle: str


class SearchBox(FollowsLanguage, QLineEdit):
    """``opened(Found)`` when a result is chosen (Enter or a click); the window shows it."""

    opened = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self._context = context
        self._panel: SearchPanel | None = None
        self._people = True
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(FIELD_WIDTH)
        self.textEdited.connect(self._on_edited)
        self.installEventFilter(self)
        self._fit_marks()
        self._retranslate()

    @property
    def panel(self) -> SearchPanel:
        """The results panel, built the first time it is needed (over the window that holds the box)."""
        if self._panel is None:
            from emeeting.ui.search.search_panel import SearchPanel

            self._panel = SearchPanel(self._context, self, self.window())
            self._panel.opened.connect(self.opened)
            self._panel.set_people_shown(self._people)
        return self._panel

    @property
    def panel_built(self) -> bool:
        return self._panel is not None

    def set_people_shown(self, shown: bool) -> None:
        """Whether people are among the results (the member's reader has no directory to show them in)."""
        self._people = shown
        if self._panel is not None:
            self._panel.set_people_shown(shown)

    def focus(self) -> None:
        """Ctrl+K: the box, its text selected to type over, with the last results under it."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self.panel.popup()

    def _on_edited(self, text: str) -> None:
        self.panel.ask(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows move through the results, Enter opens the chosen one, Esc closes the panel."""
        if watched is self and event.type() == QEvent.Type.KeyPress and self._panel is not None:
            assert isinstance(event, QKeyEvent)
            if self._panel.handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def _fit_marks(self) -> None:
        """Room above and below the line for Thai's marks, from the font's own measures: the text sits in
        the middle of the field and no mark touches its border (the field's hint grows by as much)."""
        metrics = self.fontMetrics()
        ink = metrics.boundingRect(THAI_STACKS)
        above = max(0, -ink.top() - metrics.ascent())
        below = max(0, ink.bottom() + 1 - metrics.descent())
        margins = QMargins(0, above, 0, below)
        if self.textMargins() != margins:
            self.setTextMargins(margins)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_marks()

    def _retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search everything"))  # screen readers do not read placeholders
        self.setToolTip(
            self.tr("Search the meetings, agenda items, minutes, action items, people and the papers' text")
        )
