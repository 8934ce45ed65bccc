"""Driving the main window's workspace in tests: select a meeting, do something, wait until it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from emeeting.services.container import Services
from emeeting.ui.shell.main_window import MainWindow


def select(qtbot: QtBot, window: MainWindow, services: Services, reference: str) -> str:
    meeting_id = services.meetings.resolve(reference).id
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        assert window.navigator.select_meeting(meeting_id)
    return meeting_id


def step(qtbot: QtBot, window: MainWindow, action: Callable[[], object]) -> None:
    """Do ``action`` (an edit, an undo, a redo) and wait until the workspace shows its outcome."""
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        action()
    assert window.history.runner.wait_idle(10_000)


class _Answerer:
    """Polls for the next modal dialog. An object, not a closure that schedules itself: such a closure is a
    reference cycle, and a dialog is owned by Python once exec() has run, so it would live until a garbage
    collection, which may run on a worker thread and delete the widget there (a crash)."""

    def __init__(self, fill: Callable[[QDialog], None], accept: bool, attempts: int) -> None:
        self.fill, self.accept, self.left = fill, accept, attempts
        self.seen: list[QDialog] = []

    def poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            self.seen.append(dialog)
            try:
                self.fill(dialog)
            finally:  # a failed check in ``fill`` must not leave the test waiting on an open dialog
                dialog.accept() if self.accept else dialog.reject()
        elif self.left > 0:
            self.left -= 1
            QTimer.singleShot(10, lambda: self.poll())  # a lambda: Qt holds a bound method only weakly


def answer_dialog(fill: Callable[[QDialog], None], accept: bool = True, attempts: int = 500) -> list[QDialog]:
    """Fill in the next modal dialog as soon as it shows, then accept (or reject) it."""
    answerer = _Answerer(fill, accept, attempts)
    QTimer.singleShot(0, lambda: answerer.poll())
    return answerer.seen
