"""The main window: the meeting navigator on the left, the meeting workspace on the right."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from emeeting import __version__
from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.mail.settings import MailSettingsStore
from emeeting.services.container import Services
from emeeting.services.meetings import MeetingSummary, MeetingView
from emeeting.storage.mail_log import MailLog
from emeeting.sync.service import SyncService
from emeeting.ui.mail.due_reminders import DueReminders
from emeeting.ui.meeting.meeting_editor import NewMeetingDialog, NextMeetingDialog
from emeeting.ui.search.search_field import Found, SearchBox
from emeeting.ui.shell.folder_lock import DataFolderLock
from emeeting.ui.shell.found import FoundOpener
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.navigator import MeetingNavigator
from emeeting.ui.shell.window_menus import WindowMenus
from emeeting.ui.shell.workspace import AGENDA, MEETING_DAY, MeetingWorkspace
from emeeting.ui.sync.live_channel import LiveChannel
from emeeting.ui.widgets.buttons import show_about
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.form_rows import find_label, find_text
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import notice_banner, plain_label, plain_message_box, show_plain_message
from emeeting.ui.widgets.screen_fit import FRAME_ALLOWANCE
from emeeting.ui.widgets.style import Tone
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory

if TYPE_CHECKING:
    from emeeting.sync import protocol as p
    from emeeting.ui.reader.reader_screen import ReaderScreen
    from emeeting.ui.shell.first_run import FirstRunGuide

_GEOMETRY = "main_window/geometry"
_STATE = "main_window/state"
_SPLITTER = "main_window/splitter"
_LAST_MEETING = "main_window/last_meeting"
_TAB = "main_window/tab"
# The size a first window asks for.
PREFERRED_SIZE = QSize(1280, 800)
_VOTE_EVENTS = frozenset({"vote_opened", "voted", "vote_closed"})  # p.LiveType values (pydantic loads late)

# A change to one of these kinds may change what the workspace shows of the selected meeting.
_MEETING_CONTENT = (
    Kind.AGENDA_ITEM,
    Kind.DOCUMENT,
    Kind.INVITATION,
    Kind.PERSON,
    Kind.RECUSAL,
    Kind.COMMITTEE,
    Kind.MINUTES,
)


class MainWindow(FollowsLanguage, QMainWindow):
    """Loads the meeting list and the selected meeting through the TaskRunner's read pool.

    ``meetings_loaded(count)`` fires after each load of the list, ``meeting_shown(id)`` when a selected
    meeting is on screen, ``load_failed(message)`` when either load fails.

    Reads run in parallel, so answers can arrive out of order: each kind of request (the list, the
    meeting view) carries a number from its own increasing counter, and only the answer to the latest
    request of its kind is shown.
    """

    meetings_loaded = Signal(int)
    meeting_shown = Signal(str)
    load_failed = Signal(str)

    def __init__(
        self,
        services: Services,
        sync: SyncService,
        runner: TaskRunner,
        bus: ChangeBus,
        languages: LanguageSwitcher,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._languages = languages
        self._loaded_once = False
        self._showing = ""  # id of the meeting whose view was last requested
        self._select_after_load = ""  # a meeting just created: selected once the list shows it
        self._list_request = 0  # number of the latest meeting-list request
        self._view_request = 0  # number of the latest meeting-view request (or placeholder)
        self._closed = False

        self.setObjectName("mainWindow")
        self.history = UndoHistory(runner, bus, services.steps, self)
        # The meeting's live events (one channel per window), for every screen through the context.
        self.live = LiveChannel(sync, lambda: self.menus.sync_menu.controller.server, parent=self)
        mail = MailSettingsStore(MailLog(services.store))
        self.context = UiContext(services, sync, runner, bus, self.history, settings, self.live, mail)
        self.navigator = MeetingNavigator(self)
        # Reminders due today go out in the background, at start and hourly, where mail is set up.
        self.reminders = DueReminders(self.context, self)
        self.reminders.sent.connect(
            lambda count: self.statusBar().showMessage(
                self.tr("%n reminder(s) sent by e-mail", "", count), 8000
            )
        )
        self.reminders.failed.connect(
            lambda message: self.statusBar().showMessage(
                self.tr("Reminders not sent: {reason}").format(reason=message), 15000
            )
        )
        QTimer.singleShot(0, self.reminders.start)
        self.workspace = MeetingWorkspace(self.context, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 980])
        # A store in a folder this user may not write: shown as it is, and every change is refused.
        self.read_only_banner = notice_banner(self, "readOnlyBanner", "lock", Tone.WARN)
        self.read_only_banner.setVisible(services.store.read_only)
        # Another window on the same data folder: allowed, but its edits may overtake this one's screens.
        self._folder_lock = DataFolderLock(services.store.data_dir)
        self.shared_folder_banner = notice_banner(self, "sharedFolderBanner", "triangle-alert", Tone.WARN)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.shared_folder_banner)
        # The secretary's desk (navigator and workspace) or the member's reader, built when first shown.
        self.views = QStackedWidget(central)
        self.views.setObjectName("windowViews")
        self.views.addWidget(self.splitter)
        self._reader: ReaderScreen | None = None
        self.first_run: FirstRunGuide | None = None  # the first-run guide while it is open
        central_layout.addWidget(self.views, 1)
        self.setCentralWidget(central)

        self.count_label = plain_label(self)
        self.statusBar().addPermanentWidget(self.count_label)

        # One search over everything, in the menu bar's free corner: there in the desk and the reader alike.
        corner = QWidget(self)
        self.search_box = SearchBox(self.context, corner)
        self.search_label = find_label(self.search_box)  # its visible name, as every search box has
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(4, 2, 6, 2)
        corner_layout.addWidget(self.search_label)
        corner_layout.addWidget(self.search_box)
        self.menuBar().setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.found = FoundOpener(self)
        self.search_box.opened.connect(self.open_found)

        self.menus = WindowMenus(self)
        # The menus' parts the window itself reaches by name.
        self.undo_action, self.redo_action = self.menus.undo_action, self.menus.redo_action
        controller = self.menus.sync_menu.controller
        self.live.set_controller(controller)
        self.live.event_received.connect(self.on_live_event)  # the chair's place, check-ins, votes
        # Back after a break: the chair's place may have moved meanwhile, so it is said again.
        self.live.state_changed.connect(self._on_live_state)
        controller.synced.connect(lambda _report: self.follow_live())  # a server connected meanwhile
        self.navigator.meeting_selected.connect(self._on_meeting_selected)
        self.navigator.guide_requested.connect(self.show_first_run_guide)
        self.context.bus.changed.connect(self._on_changes)
        self.context.runner.failed.connect(self._show_error)
        self.history.done.connect(self._on_step_done)
        self.history.failed.connect(self._on_step_failed)
        # The stack's signals carry what changed: the stack itself may be on its way out when they fire.
        stack = self.history.stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self.menus.set_undo_text)
        stack.redoTextChanged.connect(self.menus.set_redo_text)
        self.workspace.tabs.currentChanged.connect(lambda _index: self._update_actions())
        self.workspace.tabs.currentChanged.connect(lambda _index: self.follow_live())
        self.meeting_shown.connect(lambda _meeting_id: self.follow_live())
        self.workspace.agenda.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self._restore_settings()
        self._retranslate()
        self.workspace.show_placeholder()
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    @property
    def meeting_pane(self) -> MeetingWorkspace:
        """The workspace, under the name the start-up smoke check reads it by."""
        return self.workspace

    # -- menus and window commands -------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._languages.language

    def set_language(self, language: str) -> None:
        """Switch the UI language live (Qt then sends every widget a LanguageChange) and remember it."""
        self._languages.set_language(language)
        self.menus.check_language(language)

    def show_tab(self, tab: int) -> None:
        self.workspace.tabs.setCurrentIndex(tab)
        if tab == AGENDA:
            self.workspace.agenda.tree.setFocus()

    def focus_filter(self) -> None:
        self.navigator.filter_edit.setFocus()
        self.navigator.filter_edit.selectAll()

    def focus_search(self) -> None:
        """Ctrl+K: the search box."""
        self.search_box.focus()

    def open_found(self, found: Found) -> None:
        """A search result, shown where it lives (``FoundOpener``)."""
        self.found.open(found)

    def step_item(self, step: int) -> None:
        """Agenda navigation from anywhere: the previous or next item in reading order."""
        self.show_tab(AGENDA)
        tree = self.workspace.agenda.tree
        index = tree.indexBelow(tree.currentIndex()) if step > 0 else tree.indexAbove(tree.currentIndex())
        if not tree.currentIndex().isValid():
            index = tree.model().index(0, 0)
        if index.isValid():
            tree.setCurrentIndex(index)

    @property
    def reader(self) -> ReaderScreen:
        """The member's reader (QtPdf and its modules are loaded the first time it is asked for)."""
        if self._reader is None:
            from emeeting.ui.reader.reader_screen import ReaderScreen

            self._reader = ReaderScreen(self.context, self.views)
            self._reader.answered.connect(self.menus.sync_menu.controller.sync_now)
            self._reader.meeting_shown.connect(lambda _meeting_id: self.follow_live())
            self.views.addWidget(self._reader)
        return self._reader

    @property
    def reader_view(self) -> bool:
        return self._reader is not None and self.views.currentWidget() is self._reader

    def set_reader_view(self, on: bool) -> None:
        """The member's reader (every member, and a secretary who wants to see what members see) or the
        secretary's desk."""
        self.menus.show_reader_view(on)
        self.search_box.set_people_shown(not on)  # the reader has no directory to show a person in
        if on == self.reader_view:
            return
        if on:
            self.commit_pending()
            self.views.setCurrentWidget(self.reader)
            self.reader.activate()
            self.reader.meeting_list.setFocus()
        else:
            if self._reader is not None:
                self._reader.deactivate()
            self.views.setCurrentWidget(self.splitter)
            self._update_actions()
        self.follow_live()

    def follow_live(self) -> None:
        """Follow the live channel of the meeting open in the reader or on the Meeting day (when the window
        syncs with a server); another meeting selected elsewhere leaves it."""
        if self._closed:  # (a late answer of a read or a sync must not start it again)
            return
        if self.reader_view:
            meeting_id = self.reader.current_meeting_id()
        elif self.workspace.tabs.currentIndex() == MEETING_DAY:
            meeting_id = self.workspace.meeting_id
        else:  # the same meeting on another tab is still followed
            meeting_id = self.live.meeting_id if self.live.meeting_id == self.workspace.meeting_id else None
        if meeting_id:
            self.live.follow(meeting_id)
        elif self.live.meeting_id is not None:
            self.live.stop()

    def about(self) -> None:
        show_about(
            self,
            self.tr("About emeeting"),
            self.tr(
                "<h3>emeeting {version}</h3>"
                "<p>Paperless meetings for committees: agendas, documents, attendance and minutes, "
                "working offline first.</p>"
                "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
            ).format(version=__version__),
        )

    def _update_actions(self) -> None:
        has_meeting = self.workspace.meeting_id is not None
        has_item = self.workspace.agenda.current_item_id() is not None
        editable = has_meeting and not self.workspace.frozen  # certified minutes freeze the meeting
        self.menus.update_actions(has_meeting, has_item, editable)

    # -- meeting commands ------------------------------------------------------------------------------

    def save_current(self) -> None:
        """Ctrl+S: store the edits of the form on screen (meeting details or the agenda item)."""
        if self.workspace.tabs.currentIndex() == AGENDA:
            saved = self.workspace.agenda.save_item()
        else:
            saved = self.workspace.details.save()
        if not saved:
            self.statusBar().showMessage(self.tr("Nothing to save."), 3000)

    def commit_pending(self) -> None:
        """Store unsaved form edits before they would be lost (another meeting, closing)."""
        self.workspace.details.save()
        self.workspace.agenda.save_item()

    def new_meeting(self) -> None:
        """Ask for the new meeting's committee, template, title and start, then create it (undoable)."""
        records = self.context.services.records
        self.context.runner.read(
            lambda: records.select(m.Committee, order_by=("short_name",)),
            self._ask_new_meeting,
        )

    def _ask_new_meeting(self, committees: list[m.Committee]) -> None:
        if not committees:  # a meeting needs a committee: the guide starts with one
            self.show_first_run_guide()
            return
        view = self.workspace.meeting_view
        dialog = NewMeetingDialog(committees, view.summary.committee.id if view else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_meeting(
            dialog.committee_id(),
            dialog.title_edit.text().strip(),
            dialog.start(),
            dialog.template(),
            dialog.place_edit.text().strip(),
        )

    def create_meeting(
        self, committee_id: str, title: str, start: datetime, template: str | None, place: str = ""
    ) -> str:
        """Create a meeting as one undoable step and select it once listed; returns its id."""
        meeting_id = m.new_id()
        meetings = self.context.services.meetings
        self._select_after_load = meeting_id
        self.commit_pending()
        self.history.run(
            self.tr("New meeting"),
            lambda: meetings.create(
                committee_id, title, start, template=template, meeting_id=meeting_id, place=place
            ),
        )
        return meeting_id

    def copy_as_next(self) -> None:
        view = self.workspace.meeting_view
        if view is None:
            return
        dialog = NextMeetingDialog(view.summary.meeting, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.copy_meeting_as_next(view.summary.meeting.id, dialog.start())

    def copy_meeting_as_next(self, meeting_id: str, start: datetime) -> str:
        new_id = m.new_id()
        meetings = self.context.services.meetings
        self._select_after_load = new_id
        self.commit_pending()
        self.history.run(
            self.tr("Copy as next meeting"), lambda: meetings.copy_as_next(meeting_id, start, new_id=new_id)
        )
        return new_id

    def delete_meeting(self, confirm: bool = True) -> None:
        view = self.workspace.meeting_view
        if view is None:
            return
        meeting = view.summary.meeting
        if confirm:
            box = plain_message_box(
                self,
                QMessageBox.Icon.Question,
                self.tr("Delete meeting"),
                self.tr(
                    "Delete meeting {number} “{title}” with its agenda, documents and invitations?"
                ).format(number=meeting.label, title=meeting.title),
            )
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
        meetings = self.context.services.meetings
        self.history.run(
            self.tr("Delete meeting {label}").format(label=meeting.label), lambda: meetings.delete(meeting.id)
        )

    # -- the first-run guide ---------------------------------------------------------------------------

    def show_first_run_guide(self) -> FirstRunGuide:
        """The guide from an empty data folder to a meeting with its invitees (Help ▸ First steps)."""
        from emeeting.ui.shell.first_run import FirstRunGuide

        if self.first_run is not None:  # open already: brought to the front
            self.first_run.raise_()
            self.first_run.activateWindow()
            return self.first_run
        guide = FirstRunGuide(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.finished.connect(lambda _result: setattr(self, "first_run", None))
        self.first_run = guide
        guide.start()
        guide.show()
        return guide

    def offer_first_run(self) -> None:
        """At start: the guide, when the data folder holds no meeting, the guide was never closed on this
        computer, changes may be made here and this desktop is not an attendee's."""
        from emeeting.ui.shell.first_run import guide_seen

        if guide_seen(self.context.settings) or self.context.services.store.read_only:
            return
        if not self._loaded_once:
            self.meetings_loaded.connect(self._offer_once, Qt.ConnectionType.SingleShotConnection)
            return
        self._offer_once(self.navigator.meeting_count)

    def _offer_once(self, meetings: int) -> None:
        if meetings or self._closed:
            return
        self.context.runner.read(
            self.context.sync.attendee_mode,
            lambda attendee: (
                None if attendee or self.navigator.meeting_count else self.show_first_run_guide()
            ),
            lambda _error, _message: None,
        )

    def open_committees(self) -> None:
        from emeeting.ui.directory.committee_editor import (
            CommitteeDialog,  # only when asked for: start-up stays lean
        )

        dialog = CommitteeDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_people(self, person_id: str | None = None) -> QDialog:
        """The People dialog (with ``person_id`` selected once the directory is loaded)."""
        from emeeting.ui.directory.people_pane import PeopleDialog

        dialog = PeopleDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if person_id:
            pane = dialog.pane
            pane.loaded.connect(lambda: pane.select(person_id), Qt.ConnectionType.SingleShotConnection)
        dialog.open()
        return dialog

    def import_people(self) -> None:
        from emeeting.ui.directory.people_import import PeopleImportDialog

        dialog = PeopleImportDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(
            lambda count: self.statusBar().showMessage(self.tr("%n row(s) imported", "", count), 8000)
        )
        dialog.open()

    def open_mail_settings(self) -> QDialog:
        """The office's e-mail settings: the mail server, the replies mailbox, reminders."""
        from emeeting.ui.mail.settings_dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.reminders.start)  # mail set up now: reminders may be due
        dialog.open()
        return dialog

    def open_audit_trail(self) -> None:
        """Who changed what in the selected meeting, and whether the trail's hash chain holds."""
        from emeeting.ui.minutes.audit_view import AuditDialog

        meeting_id = self.workspace.meeting_id
        if meeting_id is None:
            return
        dialog = AuditDialog(self.context, meeting_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_live_event(self, event: p.LiveEvent) -> None:
        """An event of the live channel (``LiveChannel.event_received``): the chair's place for the member's
        reader, a member's check-in for the Meeting day (which marks them in the meeting), a vote on laptops
        for the Meeting day's vote panel and the reader's vote card."""
        from emeeting.ui.day.chair import CHAIR, CHECKIN

        if event.type in (CHAIR, CHECKIN):
            self.reader.on_live_event(event)
        if event.type == CHECKIN:
            self.workspace.session.on_live_event(event)
        if event.type in _VOTE_EVENTS:
            self.workspace.session.live_vote.on_live_event(event)
            if self._reader is not None:  # (a member's window shows its reader from the start)
                self._reader.vote_card.on_live_event(event)

    def _on_live_state(self, state: str) -> None:
        if state == "connected":
            self.workspace.session.repost_chair()

    def open_projector(self) -> None:
        """The big-screen window of the selected meeting's Meeting day, which it follows."""
        if self.workspace.meeting_id is None:
            return
        self.show_tab(MEETING_DAY)
        self.workspace.session.open_projector()

    def _on_step_done(self, text: str) -> None:
        self.statusBar().showMessage(self.tr("Done: {action}").format(action=text), 4000)

    def _on_step_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Not done: {message}").format(message=message), 8000)
        show_plain_message(self, QMessageBox.Icon.Warning, self.tr("emeeting"), message)

    # -- loading ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the meeting list in the background; ``meetings_loaded`` fires when it is shown."""
        self.statusBar().showMessage(self.tr("Loading meetings…"))
        if self.reader_view:
            self.reader.reload()
        self._list_request += 1
        request = self._list_request
        self.context.runner.read(
            self.context.services.meetings.summaries,
            lambda summaries: self._on_summaries(request, summaries),
            lambda _error, message: self._on_list_failed(request, message),
        )
        self._load_people()

    def _load_people(self) -> None:
        records = self.context.services.records
        self.context.runner.read(
            lambda: records.select(m.Person, order_by=("first_name", "last_name", "id")),
            self.workspace.set_people,
        )

    def _on_summaries(self, request: int, summaries: list[MeetingSummary]) -> None:
        if request != self._list_request:  # an older answer; the newer one is shown or on its way
            return
        first_load = not self._loaded_once
        self._loaded_once = True
        self.navigator.set_summaries(summaries)
        self.statusBar().clearMessage()
        self._update_count()
        if self._select_after_load and self.navigator.select_meeting(self._select_after_load):
            self._select_after_load = ""
        elif first_load and not self.navigator.current_meeting_id():
            last = self.context.settings.value(_LAST_MEETING)
            if isinstance(last, str) and last:
                self.navigator.select_meeting(last)
        elif not first_load and self._showing and self._showing == self.navigator.current_meeting_id():
            self._load_meeting(self._showing)  # still selected: show what may have changed in it
        self.meetings_loaded.emit(self.navigator.meeting_count)

    def _on_list_failed(self, request: int, message: str) -> None:
        if request != self._list_request:
            return
        self.statusBar().clearMessage()
        self.workspace.show_placeholder(
            self.tr("The meetings could not be loaded: {message}").format(message=message)
        )
        self.load_failed.emit(message)

    def select_first_meeting(self) -> str:
        """Select the first meeting in the navigator; returns its id ("" when there is none)."""
        meeting_id = self.navigator.first_meeting_id()
        if meeting_id:
            self.navigator.select_meeting(meeting_id)
        return meeting_id

    def _on_meeting_selected(self, meeting_id: str) -> None:
        if meeting_id != self._showing:
            self.commit_pending()
        self._showing = meeting_id
        if not meeting_id:
            self._view_request += 1  # a view still on its way must not replace the placeholder
            self.workspace.show_placeholder()
            self._update_actions()
            return
        self.context.settings.setValue(_LAST_MEETING, meeting_id)
        self._load_meeting(meeting_id)

    def _load_meeting(self, meeting_id: str) -> None:
        view_meeting = self.context.services.meetings.view
        self._view_request += 1
        request = self._view_request
        self.context.runner.read(
            lambda: view_meeting(meeting_id),
            lambda view: self._on_view(request, meeting_id, view),
            lambda _error, message: self._on_view_failed(request, message),
        )

    def _on_view(self, request: int, meeting_id: str, view: MeetingView) -> None:
        if request != self._view_request:  # an older answer: another meeting, or an older state of it
            return
        self.workspace.show_meeting(view)
        self._update_actions()
        self.meeting_shown.emit(meeting_id)

    def _on_view_failed(self, request: int, message: str) -> None:
        if request != self._view_request:
            return
        self.workspace.show_placeholder(
            self.tr("This meeting could not be shown: {message}").format(message=message)
        )
        self._update_actions()
        self.load_failed.emit(message)

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Kind.PERSON):
            self._load_people()
        if changes.concerns(Kind.MEETING) or changes.concerns(Kind.COMMITTEE):
            self.reload()
        elif self._showing and any(changes.concerns(kind) for kind in _MEETING_CONTENT):
            self._load_meeting(self._showing)

    def _show_error(self, message: str) -> None:
        show_plain_message(self, QMessageBox.Icon.Warning, self.tr("emeeting"), message)

    def _update_count(self) -> None:
        count = self.navigator.meeting_count
        self.count_label.setText(self.tr("%n meeting(s)", "", count))

    # -- settings and language -------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = self.context.settings
        geometry = settings.value(_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._first_geometry()
        state = settings.value(_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value(_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        tab = settings.value(_TAB)
        if tab is not None and str(tab).isdigit():
            self.workspace.tabs.setCurrentIndex(int(str(tab)))

    def _first_geometry(self) -> None:
        """The first start: the preferred size where the screen has room for it; otherwise the whole work
        area (a 1366×768 laptop leaves about 1366×728 once its taskbar is drawn)."""
        screen = self.screen()
        if screen is None:
            self.resize(PREFERRED_SIZE)
            return
        geometry, fits = first_geometry(screen.availableGeometry())
        self.setGeometry(geometry)
        if not fits:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_settings(self) -> None:
        settings = self.context.settings
        settings.setValue(_GEOMETRY, self.saveGeometry())
        settings.setValue(_STATE, self.saveState())
        settings.setValue(_SPLITTER, self.splitter.saveState())
        settings.setValue(_TAB, self.workspace.tabs.currentIndex())
        settings.sync()

    def claim_data_folder(self) -> None:
        """Mark the data folder as open in this window; warn, without stopping anything, when another
        emeeting window has it open already."""
        self.shared_folder_banner.setVisible(not self._folder_lock.claim())

    def release_data_folder(self) -> None:
        self._folder_lock.release()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.live.stop()
        self.reminders.stop()
        self.commit_pending()
        self.context.runner.wait_idle(10_000)  # the last edits are stored before the window goes
        self.release_data_folder()
        self.save_settings()
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.search_label.setText(find_text())
        self.setWindowTitle(self.tr("emeeting — electronic meetings"))
        self.statusBar().clearMessage()  # (a passing message is in the language it was shown in)
        self.menus.retranslate()
        self.shared_folder_banner.setText(
            self.tr(
                "emeeting is already open on this data folder in another window. Both can make changes; "
                "a change made on a screen that the other window has changed since is refused, and the "
                "screen is reloaded."
            )
        )
        self.read_only_banner.setText(
            self.tr(
                "Read-only: the data folder {folder} may not be written by you, so it is shown as it is "
                "and changes are refused."
            ).format(folder=self.context.services.store.data_dir)
        )
        self.menus.set_undo_text(self.history.stack.undoText())
        self.menus.set_redo_text(self.history.stack.redoText())
        self._update_actions()
        if self._loaded_once:
            self._update_count()


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """The window's first geometry on a screen whose work area is ``available``: the preferred size,
    centred, when it fits with its frame; else the work area less the frame (and False: maximise)."""
    room = available.size() - FRAME_ALLOWANCE
    size = PREFERRED_SIZE.boundedTo(room)
    geometry = QRect(available.topLeft(), size)
    geometry.moveCenter(available.center())
    return geometry, size == PREFERRED_SIZE
