"""Background sync: the Sync menu, progress and the online/offline state in the status bar, retries.

A sync runs in the TaskRunner's pool (network, then short writes of its own), never on the GUI thread.
The worker reports progress into a locked holder that a timer on the GUI thread reads. After a success
the next sync is due after ``interval_s``; after a failure to reach the server after a pause that doubles
each time (``retry_s`` up to ``max_retry_s``). Views hear what a sync changed through the ChangeBus.

Two failures are questions for the user rather than reasons to retry: a replaced server (nothing was
removed; start over or publish again?) and a sync that would remove more than a handful of meetings (remove
or keep?). The controller asks once per question; an answer of "leave it" is not asked again by the timer,
only when the user chooses Sync now or the question changes. An answer applies to what was asked: start over
from the server id the user was told of, remove the meetings the user was shown. Meetings kept that way do
not stop the rest of the sync (the engine pushes and downloads before saying they are held back).
"""

from __future__ import annotations

import threading
import typing
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QProgressBar, QStatusBar, QWidget

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.sync.service import SyncService
from emeeting.ui.sync.sync_dialog import (
    AttendeeDialog,
    ConflictsDialog,
    ConnectDialog,
    RemovalsDialog,
    ServerReplacedDialog,
)
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label, plain_message_box
from emeeting.ui.widgets.style import GAP, INLINE_ICON, Tone, icon
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner, user_message

if TYPE_CHECKING:
    from emeeting.sync.calendar_feed import CalendarFeeds
    from emeeting.sync.engine import SyncReport
    from emeeting.ui.sync.calendar_feed_dialog import CalendarFeedDialog

_SERVER = "sync/server"

OFFLINE, SYNCING, SYNCED, NOT_CONNECTED, FAILED = "offline", "syncing", "synced", "not_connected", "failed"
# Stopped until the user answers: the server was replaced; more meetings than a handful would go.
REPLACED, ON_HOLD = "replaced", "on_hold"


class _Progress:
    """Written by the sync's worker thread, read by a timer on the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: tuple[str, int, int] = ("", 0, 0)

    def set(self, phase: str, done: int, total: int) -> None:
        with self._lock:
            self._value = (phase, done, total)

    def get(self) -> tuple[str, int, int]:
        with self._lock:
            return self._value


class SyncController(QObject):
    """Runs syncs with the server named in the settings; ``state_changed(state, message)`` tells the
    status bar, ``synced(report)`` the rest of the window. ``server_replaced(url)`` and
    ``removals_pending(url, meeting_ids)`` ask the user; the answer comes back through start_over,
    allow_removals or keep_as_is."""

    state_changed = Signal(str, str)
    synced = Signal(object)  # emeeting.sync.engine.SyncReport
    server_replaced = Signal(str)
    removals_pending = Signal(str, object)  # the ids of the meetings that would go

    def __init__(
        self,
        service: SyncService,
        runner: TaskRunner,
        bus: ChangeBus,
        settings: QSettings,
        parent: QObject | None = None,
        *,
        interval_s: float = 300.0,
        retry_s: float = 15.0,
        max_retry_s: float = 600.0,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._runner = runner
        self._bus = bus
        self._settings = settings
        self.interval_s = interval_s
        self.retry_s = retry_s
        self.max_retry_s = max_retry_s
        self.failures = 0
        self.running = False
        self.state = NOT_CONNECTED
        self.progress = _Progress()
        self.question: tuple[object, ...] | None = None  # asked and not answered yet
        self._starting_over: bool | str = False  # the running sync's: a start over from this server id
        self.declined: set[tuple[object, ...]] = set()  # answered "leave it": the timer does not ask again
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)

    @property
    def server(self) -> str:
        return str(self._settings.value(_SERVER, "") or "")

    def set_server(self, url: str) -> None:
        self._settings.setValue(_SERVER, url)

    def _set_state(self, state: str, message: str = "") -> None:
        self.state = state
        self.state_changed.emit(state, message)

    def start(self) -> None:
        """At start-up: expire what stayed offline too long, then sync if a server is set."""
        self._runner.write(self.service.expire_offline, self._after_expiry, lambda _e, _m: None)

    def _after_expiry(self, wiped: int) -> None:
        if wiped:
            self._bus.publish(_documents_changed())
        if self.server:
            self.sync_now()

    def sync_now(self) -> None:
        self._run()

    def ask_again(self) -> None:
        """Sync now, asking again what was left as it was (Sync now from the menu)."""
        self.declined.clear()
        self._run()

    def start_over(self) -> None:
        """Adopt the replaced server the user was asked about (another one answering by now is asked about
        again): what came from the old one goes, this computer's own records stay and are sent to it as
        new (the meetings published to the old one with them)."""
        question, self.question = self.question, None
        if question is None or question[0] != REPLACED:
            return
        self._run(start_over=str(question[2]))

    def allow_removals(self) -> None:
        """Sync, letting the meetings the user was shown go (asked again should more go by now)."""
        question, self.question = self.question, None
        if question is None or question[0] != ON_HOLD:
            return
        shown = typing.cast(frozenset[str], question[2])
        starting_over = typing.cast(bool | str, question[3])
        self._run(start_over=starting_over, allow_removals=shown)

    def keep_as_is(self) -> None:
        """The user leaves things as they are: not asked again until Sync now; a look later, quietly."""
        if self.question is not None:
            self.declined.add(self.question)
            if self.question[0] == ON_HOLD and isinstance(starting_over := self.question[3], str):
                # (kept while starting over: the replaced server is left as it is too)
                self.declined.add((REPLACED, self.question[1], starting_over))
            self.question = None
        self.timer.start(int(self.interval_s * 1000))

    def _run(self, *, start_over: bool | str = False, allow_removals: frozenset[str] = frozenset()) -> None:
        url = self.server
        if self.running or not url:
            return
        self.running = True
        self._starting_over = start_over
        self.timer.stop()
        self.progress.set("", 0, 0)
        self._set_state(SYNCING)
        service, progress = self.service, self.progress.set
        self._runner.read(
            lambda: service.sync(url, progress, start_over=start_over, allow_removals=allow_removals),
            self._on_done,
            lambda error, message: self._on_failed(error, message, url),
        )

    def _on_done(self, report: SyncReport) -> None:
        self.running = False
        self.failures = 0
        self._bus.publish(report.changes)
        self._set_state(SYNCED, datetime.now().astimezone().isoformat())  # shown in the screen's time style
        self.synced.emit(report)
        self.timer.start(int(self.interval_s * 1000))

    def next_retry_s(self) -> float:
        return float(min(self.retry_s * 2 ** max(self.failures - 1, 0), self.max_retry_s))

    def _on_failed(self, error: BaseException, message: str, url: str = "") -> None:
        from emeeting.sync.client import AuthError, ServerUnreachable
        from emeeting.sync.engine import ServerReplaced, TooManyRemovals
        from emeeting.sync.service import NotLoggedIn

        self.running = False
        if isinstance(error, ServerReplaced):
            question: tuple[object, ...] = (REPLACED, url, error.server_id)
            self._ask(REPLACED, "", question, lambda: self.server_replaced.emit(url))
            return
        if isinstance(error, TooManyRemovals):
            ids = error.meeting_ids
            question = (ON_HOLD, url, frozenset(ids), self._starting_over)
            if error.report is not None:  # the rest of the sync was done
                self._bus.publish(error.report.changes)
            self._ask(ON_HOLD, str(len(ids)), question, lambda: self.removals_pending.emit(url, ids))
            if error.report is not None:
                self.synced.emit(error.report)
            return
        if isinstance(error, ServerUnreachable):
            self.failures += 1
            wait = self.next_retry_s()
            self._set_state(OFFLINE, str(round(wait)))
            self.timer.start(int(wait * 1000))
            return
        if isinstance(error, NotLoggedIn | AuthError):
            self._bus.publish(_documents_changed())  # a revoke may have removed documents
            self._set_state(NOT_CONNECTED, message)
            return
        self.failures += 1
        self._set_state(FAILED, message)
        self.timer.start(int(self.next_retry_s() * 1000))

    def _ask(self, state: str, message: str, question: tuple[object, ...], ask: Callable[[], None]) -> None:
        """Stop and ask, unless the user already left this very question as it was."""
        self.failures = 0
        self._set_state(state, message)
        if question in self.declined:
            self.timer.start(int(self.interval_s * 1000))  # the answer may change on its own (access back)
            return
        self.question = question
        ask()


def _documents_changed() -> Changes:
    return Changes.of(Kind.DOCUMENT, "*") | Changes.of(Kind.MEETING, "*")


# Each sync state's icon and tone: calm while all is well, warm where something waits for the user.
_STATE_ICONS = {
    SYNCING: ("refresh-cw", Tone.INFO),
    SYNCED: ("cloud-check", Tone.GOOD),
    OFFLINE: ("cloud-off", Tone.WARN),
    NOT_CONNECTED: ("cloud-off", Tone.NEUTRAL),
    FAILED: ("cloud-alert", Tone.BAD),
    REPLACED: ("cloud-alert", Tone.WARN),
    ON_HOLD: ("cloud-alert", Tone.WARN),
}


class SyncStatus(FollowsLanguage, QWidget):
    """The status bar's part: a progress bar while syncing and a line saying online, offline or why not."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        self.setObjectName("syncStatus")
        self._controller = controller
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.state_icon = plain_label(self)  # the state at a glance: a small icon in its tone
        self.state_icon.setObjectName("syncStateIcon")
        self.label: QLabel = plain_label(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GAP)
        layout.addWidget(self.bar)
        layout.addWidget(self.state_icon)
        layout.addWidget(self.label)
        self._poll = QTimer(self)
        self._poll.setInterval(200)
        self._poll.timeout.connect(self._show_progress)
        self._state, self._message = controller.state, ""
        self._session_only = ""  # why the login lasts for this session only, when it does
        controller.state_changed.connect(self._on_state)
        self._retranslate()

    def _on_state(self, state: str, message: str) -> None:
        self._state, self._message = state, message
        if state == SYNCING:
            self.bar.setRange(0, 0)
            self.bar.show()
            self._poll.start()
        else:
            self.bar.hide()
            self._poll.stop()
        self._retranslate()

    def _show_progress(self) -> None:
        phase, done, total = self._controller.progress.get()
        if phase == "download" and total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.label.setText(
                self.tr("Downloading documents {done} of {total}…").format(done=done, total=total)
            )
        elif phase == "upload" and total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.label.setText(
                self.tr("Uploading documents {done} of {total}…").format(done=done, total=total)
            )

    def _synced_at(self) -> str:
        """When the last sync ended, as the screen writes a time (14.30 น. in Thai), in its language now."""
        try:
            return labels.clock_time(datetime.fromisoformat(self._message))
        except ValueError:
            return self._message

    def _retranslate(self) -> None:
        texts = {
            SYNCING: self.tr("Syncing…"),
            SYNCED: self.tr("Online · synced at {time}").format(time=self._synced_at()),
            OFFLINE: self.tr("Offline · trying again in {seconds} s").format(seconds=self._message),
            NOT_CONNECTED: self.tr("Not connected to a server") if not self._message else self._message,
            FAILED: self.tr("Sync failed: {message}").format(message=self._message),
            REPLACED: self.tr("Sync stopped: the server was replaced; nothing here was removed"),
            ON_HOLD: self.tr(
                "Sync on hold: {count} meetings the server no longer shares are kept here"
            ).format(count=self._message),
        }
        text = texts.get(self._state, "")
        if self._session_only and self._state != NOT_CONNECTED:
            text += self.tr(" · login for this session only")
        self.label.setText(text)
        self.setToolTip("\n".join(x for x in (self._controller.server, self._session_only) if x))
        self._show_state_icon()

    def _show_state_icon(self) -> None:
        name, tone = _STATE_ICONS.get(self._state, ("cloud-off", Tone.NEUTRAL))
        self.state_icon.setPixmap(icon(name, tone).pixmap(INLINE_ICON, INLINE_ICON))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_state_icon()

    def set_session_only(self, why: str) -> None:
        self._session_only = why
        self._retranslate()


class SyncMenu(FollowsLanguage, QMenu):
    """Connect to server…, Sync now, My answer…, Sync conflicts…; owns the controller and the status.
    ``attendee_changed(attendee)`` fires when this desktop starts or stops following meetings only as an
    attendee (every login a member)."""

    attendee_changed = Signal(bool)

    def __init__(
        self,
        context: UiContext,
        status_bar: QStatusBar,
        current_meeting: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncMenu")
        self.service = context.sync
        self._runner = context.runner
        self._bus = context.bus
        self._current_meeting = current_meeting
        self.session_only = False  # the last login lasts for this session only (no password store)
        self.controller = SyncController(self.service, context.runner, context.bus, context.settings, self)
        self.status = SyncStatus(self.controller, status_bar)
        status_bar.addPermanentWidget(self.status)
        self.connect_action = QAction(self)
        self.connect_action.triggered.connect(self.open_connect)
        self.sync_action = QAction(self)
        self.sync_action.triggered.connect(self.controller.ask_again)
        self.publish_action = QAction(self)
        self.publish_action.triggered.connect(self.publish_current)
        self.answer_action = QAction(self)
        self.answer_action.triggered.connect(self.open_answer)
        self.conflicts_action = QAction(self)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.calendar_action = QAction(self)
        self.calendar_action.setObjectName("calendarFeedAction")
        self.calendar_action.triggered.connect(self.open_calendar_feed)
        self._calendar_feeds: CalendarFeeds | None = None  # one per window: it keeps session-only addresses
        for action in (self.connect_action, self.sync_action, self.publish_action, self.answer_action):
            self.addAction(action)
        self.addAction(self.calendar_action)
        self.addSeparator()
        self.addAction(self.conflicts_action)
        self._retranslate()
        self.editing_actions: list[QAction] = []
        self.attendee = False
        self.reading = False  # the window shows the reader, where nothing is edited
        self.controller.synced.connect(lambda _report: self.check_attendee_mode())
        self.controller.synced.connect(self.tell_refused)
        self.controller.server_replaced.connect(self.ask_server_replaced)
        self.controller.removals_pending.connect(self.ask_removals)
        self.replaced_dialog: ServerReplacedDialog | None = None
        self.removals_dialog: RemovalsDialog | None = None
        self.refused_box: QMessageBox | None = None
        QTimer.singleShot(0, self.controller.start)
        QTimer.singleShot(0, self.check_attendee_mode)

    def set_editing_actions(self, actions: list[QAction]) -> None:
        """Actions that change meetings, committees or people: hidden (so their shortcuts do nothing
        either) while this desktop only follows meetings as an attendee."""
        self.editing_actions = actions
        self._apply_attendee_mode()

    def set_reading(self, reading: bool) -> None:
        """The window shows the reader (True) or the secretary's desk: the editing actions follow."""
        self.reading = reading
        self._apply_attendee_mode()

    def check_attendee_mode(self) -> None:
        self._runner.read(self.service.attendee_mode, self._on_attendee_mode, lambda _e, _m: None)

    def _on_attendee_mode(self, attendee: bool) -> None:
        changed = attendee != self.attendee
        self.attendee = attendee
        self._apply_attendee_mode()
        if changed:
            self.attendee_changed.emit(attendee)

    def _apply_attendee_mode(self) -> None:
        # One place decides, so that the attendee check answering late cannot show them in the reader.
        for action in self.editing_actions:
            action.setVisible(not self.attendee and not self.reading)
        self.publish_action.setVisible(not self.attendee)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&Sync"))
        self.connect_action.setText(self.tr("&Connect to server…"))
        self.sync_action.setText(self.tr("Sync &now"))
        self.publish_action.setText(self.tr("&Publish this meeting"))
        self.publish_action.setStatusTip(self.tr("Send the selected meeting to the server at the next sync"))
        self.answer_action.setText(self.tr("My &answer to this meeting…"))
        self.conflicts_action.setText(self.tr("Sync con&flicts…"))
        self.calendar_action.setText(self.tr("Calendar &feed…"))
        self.calendar_action.setStatusTip(
            self.tr("The private address that shows your meetings in your own calendar")
        )

    def open_connect(self) -> ConnectDialog:
        state = self.service.server(self.controller.server) if self.controller.server else None
        dialog = ConnectDialog(
            self.service,
            self._runner,
            self.controller.server,
            state.user if state else "",
            self.parentWidget(),
        )
        dialog.connected.connect(self._on_connected)
        dialog.open()
        return dialog

    def _on_connected(self, url: str, kept: bool) -> None:
        self.controller.set_server(url)
        why = None if kept else self.service.credentials.check()
        self.session_only = why is not None
        if why is not None:  # not an error: the login works until the program ends
            self.status.set_session_only(user_message(why))
        self.controller.sync_now()

    def open_calendar_feed(self) -> CalendarFeedDialog:
        from emeeting.sync.calendar_feed import CalendarFeeds
        from emeeting.ui.sync.calendar_feed_dialog import CalendarFeedDialog

        if self._calendar_feeds is None:
            self._calendar_feeds = CalendarFeeds(self.service)
        dialog = CalendarFeedDialog(
            self._calendar_feeds, self._runner, self.controller.server or "", self.parentWidget()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def publish_current(self) -> None:
        meeting_id, url = self._current_meeting(), self.controller.server
        if not meeting_id or not url:
            return
        self._runner.write(
            lambda: self.service.publish(url, meeting_id), lambda _c: self.controller.sync_now()
        )

    def open_answer(self) -> AttendeeDialog | None:
        meeting_id = self._current_meeting()
        person_id = self.service.person_id()
        if not meeting_id or not person_id:
            return None
        dialog = AttendeeDialog(
            self.service, self._runner, self._bus, meeting_id, person_id, self.parentWidget()
        )
        dialog.saved.connect(self.controller.sync_now)
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.service, self._runner, self.parentWidget())
        dialog.open()
        return dialog

    def tell_refused(self, report: SyncReport) -> None:
        """The meetings the server would not take: each named with the server's reason. They stay on this
        computer as they are and are no longer published to it, so this is said once, not at every sync."""
        if not report.refused:
            return
        if self.refused_box is not None:
            self.refused_box.deleteLater()
        text = "\n\n".join(user_message(refusal) for refusal in report.refused)
        box = plain_message_box(self.parentWidget(), QMessageBox.Icon.Warning, self.tr("Not published"), text)
        box.setObjectName("refusedPublishBox")
        self.refused_box = box
        box.open()

    def ask_server_replaced(self, url: str) -> None:
        """A secretary is offered to publish again, a member to start over (after a confirmation)."""
        self._runner.read(
            self.service.attendee_mode,
            lambda attendee: self._open_replaced(url, secretary=not attendee),
            lambda _e, _m: self._open_replaced(url, secretary=False),  # the wording that confirms first
        )

    def _open_replaced(self, url: str, *, secretary: bool) -> None:
        if self.replaced_dialog is not None:  # the last question's, answered by now
            self.replaced_dialog.deleteLater()
        dialog = ServerReplacedDialog(url, secretary, self.parentWidget())
        dialog.accepted.connect(self.controller.start_over)
        dialog.rejected.connect(self.controller.keep_as_is)
        self.replaced_dialog = dialog
        dialog.open()

    def ask_removals(self, url: str, meeting_ids: tuple[str, ...]) -> None:
        """Which meetings would go, by their number, title and day; then Remove or Keep."""
        records = self.service.records

        def meetings() -> list[m.Meeting]:
            return records.select(m.Meeting, id=list(meeting_ids)) if meeting_ids else []

        self._runner.read(meetings, lambda found: self._open_removals(url, len(meeting_ids), found))

    def _open_removals(self, url: str, count: int, meetings: list[m.Meeting]) -> None:
        line = self.tr("{number} {title} ({date})")  # the order of the parts is the translation's
        titles = [
            line.format(
                number=labels.meeting_number(x),
                title=x.title,
                date=labels.short_date(x.start.astimezone().date()),
            )
            for x in sorted(meetings, key=lambda x: x.start)
        ]
        if self.removals_dialog is not None:  # the last question's, answered by now
            self.removals_dialog.deleteLater()
        dialog = RemovalsDialog(url, count, titles, self.parentWidget())
        dialog.accepted.connect(self.controller.allow_removals)
        dialog.rejected.connect(self.controller.keep_as_is)
        self.removals_dialog = dialog
        dialog.open()
