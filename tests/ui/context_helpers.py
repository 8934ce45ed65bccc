"""The context a screen or dialog under test works with, as the main window would hand it down."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.sync.service import SyncService
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory


def ui_context(
    services: Services, runner: TaskRunner, bus: ChangeBus, history: UndoHistory, settings: QSettings
) -> UiContext:
    return UiContext(services, SyncService(services.store, Credentials()), runner, bus, history, settings)
