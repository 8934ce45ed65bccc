"""What every screen of one window works with, made once by the main window and handed down."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from emeeting.mail.settings import MailSettingsStore
from emeeting.services.container import Services
from emeeting.sync.service import SyncService
from emeeting.ui.widgets.live_events import LiveEvents
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory


@dataclass(frozen=True)
class UiContext:
    """The services, the sync service, the reads and writes off the GUI thread (``runner``), the news of
    what changed (``bus``), the window's undo history, its settings, its live channel and the mail
    settings: one object instead of a list of arguments that every screen and dialog would otherwise take."""

    services: Services
    sync: SyncService
    runner: TaskRunner
    bus: ChangeBus
    history: UndoHistory
    settings: QSettings
    # The window's live channel (a LiveChannel): connect to ``event_received`` for the meeting's events.
    live: LiveEvents | None = None
    # The office's mail settings, with the passwords kept for this session when there is no password
    # store: one per window, so that the sending and the settings dialog share them.
    mail: MailSettingsStore | None = None
