"""Sync ▸ "Calendar feed…": the private address of the user's calendar feed on the sync server, to copy
into a calendar; a new address (the old one stops working) and stopping the feed. Network work runs
through the TaskRunner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emeeting.sync.calendar_feed import CalendarFeeds, FeedState
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.form_rows import labelled_row
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.task_runner import TaskRunner, user_message


class CalendarFeedDialog(FollowsLanguage, QDialog):
    """``state``: what to show without asking the server (the window asks it when None)."""

    def __init__(
        self,
        feeds: CalendarFeeds,
        runner: TaskRunner,
        url: str,
        parent: QWidget | None = None,
        state: FeedState | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarFeedDialog")
        self._feeds = feeds
        self._runner = runner
        self._url = url
        self.state = state
        self.busy = False
        self.intro = plain_label(self)
        self.intro.setWordWrap(True)
        self.address = QLineEdit(self)
        self.address.setObjectName("calendarFeedAddress")
        self.address.setReadOnly(True)
        self.address.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # an address shows whole
        self.message = plain_label(self)
        self.message.setObjectName("calendarFeedMessage")
        self.message.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_address)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.make_new)
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self.stop)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        for button in (self.copy_button, self.new_button, self.stop_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        form = QFormLayout()
        self.address_label = labelled_row(form, self.address)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._retranslate()
        if state is None and url:
            self._run(lambda: self._feeds.state(self._url))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Calendar feed"))
        self.intro.setText(
            self.tr(
                "Subscribe to this address in your calendar (Outlook, Google Calendar, Thunderbird, a phone) "
                "to see the meetings you are invited to. Keep it to yourself: whoever has it sees your "
                "meetings and their agendas."
            )
        )
        self.address_label.setText(self.tr("Address:"))
        self.copy_button.setText(self.tr("Copy"))
        self.new_button.setText(self.tr("New address"))
        self.stop_button.setText(self.tr("Stop the feed"))
        self._show_state()

    def _run(self, work: Callable[[], FeedState | None]) -> None:
        self.busy = True
        self.message.setText(self.tr("Asking the server…"))
        self._enable()
        self._runner.read(work, self._on_state, self._on_failed)

    def _on_state(self, state: FeedState | None) -> None:
        self.busy = False
        self.state = state if state is not None else FeedState(False)
        self._show_state()

    def _on_failed(self, error: BaseException, message: str) -> None:
        self.busy = False
        self._enable()
        self.message.setText(message or user_message(error))

    def _show_state(self) -> None:
        state = self.state
        self.address.setText(state.address or "" if state is not None else "")
        self.address.setCursorPosition(0)
        if not self._url:
            text = self.tr("Connect to a sync server first (Sync ▸ Connect to server…).")
        elif state is None:
            text = ""
        elif not state.exists:
            text = self.tr("You have no calendar feed. Make an address to subscribe to.")
        elif state.address is None:
            text = self.tr(
                "You have a calendar feed, but its address is not kept on this computer. A new address "
                "shows it here; the old one stops working."
            )
        else:
            text = ""
            if state.created_at is not None:
                text = self.tr("Made {when}.").format(when=labels.short_date_time(state.created_at))
            if not state.kept:
                text = (
                    text
                    + " "
                    + self.tr(
                        "The address is kept for this session only: this computer has no password store."
                    )
                )
        if not self.busy:
            self.message.setText(text)
        self._enable()

    def _enable(self) -> None:
        state = self.state
        ready = bool(self._url) and not self.busy
        self.copy_button.setEnabled(ready and state is not None and bool(state.address))
        self.new_button.setEnabled(ready)
        self.stop_button.setEnabled(ready and state is not None and state.exists)

    def copy_address(self) -> None:
        if self.address.text():
            QGuiApplication.clipboard().setText(self.address.text())
            self.message.setText(self.tr("The address is copied: paste it into your calendar."))

    def make_new(self) -> None:
        self._run(lambda: self._feeds.new(self._url))

    def stop(self) -> None:
        def end() -> FeedState:
            self._feeds.end(self._url)
            return FeedState(False)

        self._run(end)
