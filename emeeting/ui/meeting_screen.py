"""What the meeting-day screen and the minutes editor share: one meeting's view read in the background
(with the people, for the person fields), read again whenever the change bus says something it shows
changed (a hidden screen reads when it is shown again), typing stored after a pause, and one dialog open
at a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.services.container import Services
from emeeting.ui.read_only import lock
from emeeting.ui.task_runner import LatestRead
from emeeting.ui.undo import UndoHistory

SAVE_DELAY_MS = 700  # typing pauses this long before the text is stored

V = TypeVar("V")  # the view of one meeting the screen shows


class MeetingScreen(QWidget, Generic[V]):
    """One meeting's view; ``show_meeting(id)`` picks the meeting, ``loaded`` fires after each read is
    shown, ``failed(message)`` when a step or a read is refused.

    A screen says what it reads (``_read``), which meeting a view is of (``_meeting_of``), what to forget
    when it shows another meeting (``_forget``), how it shows its view (``_render``), how it stores what was
    typed (``save_pending``), the kinds of change that concern it (``KINDS``), and the widgets that edit
    (``_editing_widgets``: attendee mode makes them read-only)."""

    loaded = Signal()
    failed = Signal(str)
    KINDS: tuple[Kind, ...] = ()

    def __init__(
        self,
        services: Services,
        history: UndoHistory,
        parent: QWidget | None,
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._history = history
        self._clock = clock
        self._meeting_id: str | None = None
        self._view: V | None = None
        self._people: list[m.Person] = []
        self._reads = LatestRead(history.runner)
        self._stale = False
        self._filling = False  # the widgets are being filled from the view: their signals are no edits
        self._read_only = False  # attendee mode
        self.dialog: QDialog | None = None  # the open dialog, if any
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_pending)
        history.bus.changed.connect(self._on_changes)

    # -- what a screen says ----------------------------------------------------------------------------

    def _read(self, meeting_id: str) -> Callable[[], tuple[V, list[m.Person]]]:
        raise NotImplementedError

    def _meeting_of(self, view: V) -> str:
        raise NotImplementedError

    def _forget(self) -> None:
        raise NotImplementedError

    def _render(self) -> None:
        raise NotImplementedError

    def save_pending(self) -> None:
        raise NotImplementedError

    def _editing_widgets(self) -> list[QWidget]:
        """The widgets that change the meeting (attendee mode makes them read-only)."""
        raise NotImplementedError

    # -- attendee mode ---------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Attendee mode: the screen shows its meeting but nothing on it changes the meeting."""
        self._read_only = read_only
        lock(self._editing_widgets(), read_only)
        if not read_only:
            self._render()  # the screen's own enabled states come back

    # -- loading ---------------------------------------------------------------------------------------

    @property
    def view(self) -> V | None:
        return self._view

    def show_meeting(self, meeting_id: str | None) -> None:
        """Show ``meeting_id`` (None: nothing)."""
        if meeting_id == self._meeting_id and self._view is not None:
            return
        self.save_pending()
        self._meeting_id = meeting_id
        self._view = None
        self._forget()
        self._render()
        if meeting_id:
            self.reload()

    def clear(self) -> None:
        self.show_meeting(None)

    def reload(self) -> None:
        meeting_id = self._meeting_id
        if not meeting_id:
            return
        if self._view is not None and not self.isVisible():  # a hidden tab reads when it is shown again
            self._stale = True
            return
        self._stale = False
        self._reads.read(
            self._read(meeting_id),
            lambda result: self._on_loaded(*result),
            lambda _e, message: self.failed.emit(message),
        )

    def _on_loaded(self, view: V, people: list[m.Person]) -> None:
        if self._meeting_of(view) != self._meeting_id:
            return
        self._view, self._people = view, people
        self._render()
        self.loaded.emit()

    def _on_changes(self, changes: Changes) -> None:
        if self._meeting_id and any(changes.concerns(kind) for kind in self.KINDS):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- dialogs ---------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
