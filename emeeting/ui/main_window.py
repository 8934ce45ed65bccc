"""The main window: the meeting navigator on the left, the selected meeting (read-only) on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QWidget

from emeeting import __version__
from emeeting.domain.changes import Changes
from emeeting.services.container import Services
from emeeting.services.meetings import MeetingSummary, MeetingView
from emeeting.ui.i18n import LanguageSwitcher
from emeeting.ui.meeting_pane import MeetingPane
from emeeting.ui.navigator import MeetingNavigator
from emeeting.ui.safe_text import plain_label, show_plain_message
from emeeting.ui.task_runner import ChangeBus, TaskRunner

_GEOMETRY = "main_window/geometry"
_STATE = "main_window/state"
_SPLITTER = "main_window/splitter"
_LAST_MEETING = "main_window/last_meeting"


class MainWindow(QMainWindow):
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
        runner: TaskRunner,
        bus: ChangeBus,
        languages: LanguageSwitcher,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._bus = bus
        self._languages = languages
        self._settings = settings
        self._loaded_once = False
        self._showing = ""  # id of the meeting whose view was last requested
        self._list_request = 0  # number of the latest meeting-list request
        self._view_request = 0  # number of the latest meeting-view request (or placeholder)

        self.setObjectName("mainWindow")
        self.navigator = MeetingNavigator(self)
        self.meeting_pane = MeetingPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.meeting_pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([380, 820])
        self.setCentralWidget(self.splitter)

        self.count_label = plain_label(self)
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_actions()
        self.navigator.meeting_selected.connect(self._on_meeting_selected)
        self._bus.changed.connect(self._on_changes)
        self._runner.failed.connect(self._show_error)
        self._restore_settings()
        self._retranslate()
        self.meeting_pane.show_placeholder()

    # -- menus -----------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = menu_bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.thai_action = QAction(self)
        self.english_action = QAction(self)
        for action, code in ((self.thai_action, "th"), (self.english_action, "en")):
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(self._languages.language == code)
            group.addAction(action)
            self.language_menu.addAction(action)
        group.triggered.connect(lambda action: self.set_language(str(action.data())))

        self.help_menu = menu_bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def set_language(self, language: str) -> None:
        """Switch the UI language live (Qt then sends every widget a LanguageChange) and remember it."""
        self._languages.set_language(language)
        self.thai_action.setChecked(language == "th")
        self.english_action.setChecked(language == "en")

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About emeeting"),
            self.tr(
                "<h3>emeeting {version}</h3>"
                "<p>Paperless meetings for committees: agendas, documents, attendance and minutes, "
                "working offline first.</p>"
                "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
            ).format(version=__version__),
        )

    # -- loading ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the meeting list in the background; ``meetings_loaded`` fires when it is shown."""
        self.statusBar().showMessage(self.tr("Loading meetings…"))
        self._list_request += 1
        request = self._list_request
        self._runner.read(
            self._services.meetings.summaries,
            lambda summaries: self._on_summaries(request, summaries),
            lambda _error, message: self._on_list_failed(request, message),
        )

    def _on_summaries(self, request: int, summaries: list[MeetingSummary]) -> None:
        if request != self._list_request:  # an older answer; the newer one is shown or on its way
            return
        first_load = not self._loaded_once
        self._loaded_once = True
        self.navigator.set_summaries(summaries)
        self.statusBar().clearMessage()
        self._update_count()
        if first_load and not self.navigator.current_meeting_id():
            last = self._settings.value(_LAST_MEETING)
            if isinstance(last, str) and last:
                self.navigator.select_meeting(last)
        elif not first_load and self._showing and self._showing == self.navigator.current_meeting_id():
            self._load_meeting(self._showing)  # still selected: show what may have changed in it
        self.meetings_loaded.emit(self.navigator.meeting_count)

    def _on_list_failed(self, request: int, message: str) -> None:
        if request != self._list_request:
            return
        self.statusBar().clearMessage()
        self.meeting_pane.show_placeholder(
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
        self._showing = meeting_id
        if not meeting_id:
            self._view_request += 1  # a view still on its way must not replace the placeholder
            self.meeting_pane.show_placeholder()
            return
        self._settings.setValue(_LAST_MEETING, meeting_id)
        self._load_meeting(meeting_id)

    def _load_meeting(self, meeting_id: str) -> None:
        view_meeting = self._services.meetings.view
        self._view_request += 1
        request = self._view_request
        self._runner.read(
            lambda: view_meeting(meeting_id),
            lambda view: self._on_view(request, meeting_id, view),
            lambda _error, message: self._on_view_failed(request, message),
        )

    def _on_view(self, request: int, meeting_id: str, view: MeetingView) -> None:
        if request != self._view_request:  # an older answer: another meeting, or an older state of it
            return
        self.meeting_pane.show_meeting(view)
        self.meeting_shown.emit(meeting_id)

    def _on_view_failed(self, request: int, message: str) -> None:
        if request != self._view_request:
            return
        self.meeting_pane.show_placeholder(
            self.tr("This meeting could not be shown: {message}").format(message=message)
        )
        self.load_failed.emit(message)

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns("meeting") or changes.concerns("committee"):
            self.reload()
        elif self._showing and any(
            changes.concerns(kind) for kind in ("agenda_item", "document", "invitation", "person")
        ):
            self._load_meeting(self._showing)

    def _show_error(self, message: str) -> None:
        show_plain_message(self, QMessageBox.Icon.Warning, self.tr("emeeting"), message)

    def _update_count(self) -> None:
        count = self.navigator.meeting_count
        self.count_label.setText(self.tr("%n meeting(s)", "", count))

    # -- settings and language -------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self._settings.value(_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = self._settings.value(_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self._settings.value(_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_settings(self) -> None:
        self._settings.setValue(_GEOMETRY, self.saveGeometry())
        self._settings.setValue(_STATE, self.saveState())
        self._settings.setValue(_SPLITTER, self.splitter.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("emeeting — electronic meetings"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.quit_action.setStatusTip(self.tr("Close emeeting"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.thai_action.setText(self.tr("ไทย"))
        self.english_action.setText(self.tr("English"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About emeeting"))
        if self._loaded_once:
            self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
