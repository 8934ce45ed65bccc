"""The reminders that fall due while the window is open: at start and then every hour, when mail is set up
on this computer, the data folder may be written and the desktop is not a member's, the reminders due
today are sent in the background (``emeeting.mail.reminders.run_due``, which the scheduled task
``emeeting remind`` runs too, and which sends each reminder once)."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from emeeting.ui.mail import mail_settings

if TYPE_CHECKING:
    from emeeting.mail.reminders import ReminderResult
from emeeting.ui.widgets.context import UiContext

log = logging.getLogger(__name__)

HOUR_S = 3600.0


class DueReminders(QObject):
    """``sent(count)`` fires after a run that sent reminders; ``failed(message)`` after one that could not
    send (the next run tries again)."""

    sent = Signal(int)
    failed = Signal(str)
    checked = Signal(bool)  # whether this run sent (or tried to send) anything at all

    def __init__(
        self, context: UiContext, parent: QObject | None = None, *, interval_s: float = HOUR_S
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(interval_s * 1000))
        self.timer.timeout.connect(self.start)

    def start(self) -> None:
        """Send what is due now (when this desktop sends mail at all), then again in an hour."""
        services = self._context.services
        if self.running or services.store.read_only:
            return
        self.timer.stop()
        self.running = True
        settings, sync = mail_settings(self._context), self._context.sync

        def due() -> int | None:
            if not settings.smtp().configured or sync.attendee_mode():
                return None  # no mail here, or a member's desktop: nothing is sent, nothing is loaded
            from emeeting.mail.outbox import Outbox
            from emeeting.mail.reminders import run_due

            return _count_sent(run_due(Outbox(services, settings), date.today()))

        self._context.runner.read(due, self._done, self._failed)

    def stop(self) -> None:
        self.timer.stop()

    def _done(self, count: int | None) -> None:
        self.running = False
        if count is None:
            self.checked.emit(False)
            return  # started again when the mail settings are saved
        self.timer.start()
        if count:
            self.sent.emit(count)
        self.checked.emit(True)

    def _failed(self, _error: BaseException, message: str) -> None:
        self.running = False
        log.warning("reminders could not be sent: %s", message)
        self.timer.start()
        self.failed.emit(message)
        self.checked.emit(True)


def _count_sent(results: list[ReminderResult]) -> int:
    """How many reminders a run sent."""
    return sum(len(result.report.sent) for result in results if result.report is not None)
