"""The main window's menu bar: File, Edit, Agenda, View, Export, Sync and Help, their actions, shortcuts
and words, and which of them apply to what is on screen.

The actions call the window's commands; the menus only name them. Their words are the main window's
(translation context ``MainWindow``), as they were before the menus had a class of their own."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from emeeting.ui.meeting.agenda_editor import agenda_shortcuts
from emeeting.ui.search.search_field import SEARCH_KEYS
from emeeting.ui.shell.export_actions import BOOK, ExportMenu
from emeeting.ui.shell.workspace import AGENDA, TABS, tab_shortcut
from emeeting.ui.sync.sync_status import SyncMenu
from emeeting.ui.widgets.style import dress, keep_faces, toolbar

if TYPE_CHECKING:
    from emeeting.ui.shell.main_window import MainWindow


class WindowMenus:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        menu_bar = window.menuBar()
        history, workspace = window.history, window.workspace

        self.file_menu = menu_bar.addMenu("")
        self.new_action = self._action(self.file_menu, window.new_meeting, QKeySequence.StandardKey.New)
        self.next_action = self._action(self.file_menu, window.copy_as_next, QKeySequence("Ctrl+Shift+N"))
        self.delete_action = self._action(self.file_menu, window.delete_meeting)
        self.file_menu.addSeparator()
        self.committees_action = self._action(self.file_menu, window.open_committees)
        self.people_action = self._action(self.file_menu, window.open_people)
        self.import_people_action = self._action(self.file_menu, window.import_people)
        self.file_menu.addSeparator()
        self.mail_settings_action = self._action(self.file_menu, window.open_mail_settings)
        self.mail_settings_action.setObjectName("mailSettingsAction")
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, window.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = menu_bar.addMenu("")
        self.undo_action = self._action(self.edit_menu, history.stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.edit_menu, history.stack.redo, QKeySequence.StandardKey.Redo)
        self.edit_menu.addSeparator()
        self.save_action = self._action(self.edit_menu, window.save_current, QKeySequence.StandardKey.Save)
        self.find_action = self._action(self.edit_menu, window.focus_filter, QKeySequence.StandardKey.Find)

        self.agenda_menu = menu_bar.addMenu("")
        keys = agenda_shortcuts()
        agenda = workspace.agenda
        self.agenda_actions: dict[str, QAction] = {}
        for key, slot in (
            ("add", lambda: agenda.add_item(sub_item=False)),
            ("add_sub", lambda: agenda.add_item(sub_item=True)),
            ("remove", agenda.remove_item),
            ("up", lambda: agenda.move_by(-1)),
            ("down", lambda: agenda.move_by(1)),
            ("outdent", agenda.outdent),
            ("indent", agenda.indent),
        ):
            action = self._action(self.agenda_menu, self._on_agenda(slot), keys[key])
            # Only while the agenda has the focus: Delete elsewhere must not remove an agenda item.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            agenda.tree.addAction(action)
            self.agenda_actions[key] = action
        self.agenda_menu.addSeparator()
        self.previous_item_action = self._action(
            self.agenda_menu, lambda: window.step_item(-1), QKeySequence("Ctrl+Up")
        )
        self.next_item_action = self._action(
            self.agenda_menu, lambda: window.step_item(1), QKeySequence("Ctrl+Down")
        )

        self.view_menu = menu_bar.addMenu("")
        # Every tab has its shortcut (shown in its tooltip): Thai needs no Latin letter to reach it.
        self.tab_actions = [
            self._action(self.view_menu, self._tab_shower(tab), tab_shortcut(tab)) for tab in TABS
        ]
        self.view_menu.addSeparator()
        self.search_action = self._action(self.view_menu, window.focus_search, QKeySequence(SEARCH_KEYS))
        self.search_action.setObjectName("searchAction")
        self.reader_action = QAction(window)
        self.reader_action.setObjectName("readerViewAction")
        self.reader_action.setCheckable(True)
        self.reader_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.reader_action.triggered.connect(window.set_reader_view)
        self.view_menu.addAction(self.reader_action)
        self.reload_action = self._action(self.view_menu, window.reload, QKeySequence.StandardKey.Refresh)
        self.audit_action = self._action(self.view_menu, window.open_audit_trail)
        self.projector_action = self._action(self.view_menu, window.open_projector)
        self.projector_action.setObjectName("projectorAction")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(window)
        group.setExclusive(True)
        self.thai_action = QAction(window)
        self.english_action = QAction(window)
        for action, code in ((self.thai_action, "th"), (self.english_action, "en")):
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(window.language == code)
            group.addAction(action)
            self.language_menu.addAction(action)
        group.triggered.connect(lambda action: window.set_language(str(action.data())))

        self.export_menu = ExportMenu(window.context, lambda: workspace.meeting_id, window)
        menu_bar.addMenu(self.export_menu)
        self.sync_menu = SyncMenu(window.context, window.statusBar(), lambda: workspace.meeting_id, window)
        menu_bar.addMenu(self.sync_menu)

        self.help_menu = menu_bar.addMenu("")
        self.guide_action = self._action(self.help_menu, window.show_first_run_guide)
        self.guide_action.setObjectName("firstStepsAction")
        self.help_menu.addSeparator()
        self.about_action = self._action(self.help_menu, window.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        self.sync_menu.set_editing_actions(
            [self.new_action, self.next_action, self.delete_action, self.committees_action,
             self.people_action, self.import_people_action, self.mail_settings_action, self.save_action,
             *self.agenda_actions.values(),
             self.guide_action]
        )  # fmt: skip
        self.sync_menu.attendee_changed.connect(workspace.set_read_only)
        self.sync_menu.attendee_changed.connect(window.set_reader_view)  # a member reads in the reader

        self._build_toolbars()

    def _build_toolbars(self) -> None:
        """The main actions under the menus, each with its icon and words (the less used with the icon
        alone): the secretary's desk on the left, what every user needs (the reader, sync) beside it."""
        window = self._window
        sync = self.sync_menu
        self.book_action = self.export_menu.actions_by_kind[BOOK]
        for action, name in (
            (self.new_action, "calendar-plus"),
            (self.next_action, "calendar-arrow-right"),
            (self.delete_action, "trash-2"),
            (self.committees_action, "users"),
            (self.people_action, "contact"),
            (self.import_people_action, "user-plus"),
            (self.undo_action, "undo-2"),
            (self.redo_action, "redo-2"),
            (self.save_action, "save"),
            (self.find_action, "search"),
            (self.reader_action, "book-open"),
            (self.reload_action, "refresh-ccw"),
            (self.projector_action, "presentation"),
            (self.book_action, "book-marked"),
            (sync.sync_action, "refresh-cw"),
            (sync.connect_action, "cloud"),
        ):
            dress(action, name)
        for action in (self.undo_action, self.redo_action):
            action.setPriority(QAction.Priority.LowPriority)  # the icon alone, the words in the tooltip
        self.desk_toolbar = toolbar(window, "deskToolbar")
        for item in (
            self.new_action, self.save_action, self.undo_action, self.redo_action, None,
            self.committees_action, self.people_action, self.import_people_action, None,
            self.book_action, self.projector_action,
        ):  # fmt: skip
            if item is None:
                self.desk_toolbar.addSeparator()
            else:
                self.desk_toolbar.addAction(item)
        self.view_toolbar = toolbar(window, "viewToolbar")
        self.view_toolbar.addAction(self.reader_action)
        self.view_toolbar.addAction(sync.sync_action)
        window.addToolBar(self.desk_toolbar)
        window.addToolBar(self.view_toolbar)
        keep_faces(self.toolbar_actions)

    @property
    def toolbar_actions(self) -> list[QAction]:
        """The actions of the window's toolbars, in order."""
        return [*self.desk_toolbar.actions(), *self.view_toolbar.actions()]

    def _action(
        self,
        menu: QMenu,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(self._window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _on_agenda(self, slot: Callable[[], object]) -> Callable[[], None]:
        """An agenda command acts on the Agenda tab, shown first: a hidden tab may show an older meeting."""

        def run() -> None:
            self._window.show_tab(AGENDA)
            slot()

        return run

    def _tab_shower(self, tab: int) -> Callable[[], None]:
        return lambda: self._window.show_tab(tab)

    def check_language(self, language: str) -> None:
        self.thai_action.setChecked(language == "th")
        self.english_action.setChecked(language == "en")

    def set_undo_text(self, action: str) -> None:
        self.undo_action.setText(
            QCoreApplication.translate("MainWindow", "&Undo {action}").format(action=action)
            if action
            else QCoreApplication.translate("MainWindow", "&Undo")
        )

    def set_redo_text(self, action: str) -> None:
        self.redo_action.setText(
            QCoreApplication.translate("MainWindow", "&Redo {action}").format(action=action)
            if action
            else QCoreApplication.translate("MainWindow", "&Redo")
        )

    def update_actions(self, has_meeting: bool, has_item: bool, editable: bool) -> None:
        """What applies to the meeting on screen; ``editable``: it is shown and its record may change."""
        meeting_actions = (
            self.next_action, self.delete_action, self.save_action, self.audit_action, self.projector_action,
        )  # fmt: skip
        for action in (*meeting_actions, *self.tab_actions):
            action.setEnabled(has_meeting)
        self.delete_action.setEnabled(editable)
        for key, action in self.agenda_actions.items():
            action.setEnabled(editable and (key == "add" or has_item))

    def show_reader_view(self, reader: bool) -> None:
        """In the reader, the secretary's desk and its commands are out of sight (their shortcuts too)."""
        self.reader_action.setChecked(reader)
        self.desk_toolbar.setVisible(not reader)
        self.agenda_menu.menuAction().setVisible(not reader)
        self.edit_menu.menuAction().setVisible(not reader)
        for action in (*self.tab_actions, self.audit_action, self.projector_action, self.find_action):
            action.setVisible(not reader)
        self.sync_menu.set_reading(reader)

    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.new_action.setText(QCoreApplication.translate("MainWindow", "&New meeting…"))
        self.new_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Create a meeting from an agenda template")
        )
        self.next_action.setText(QCoreApplication.translate("MainWindow", "&Copy as next meeting…"))
        self.next_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "The next meeting of this series, numbered one higher")
        )
        self.delete_action.setText(QCoreApplication.translate("MainWindow", "&Delete meeting…"))
        self.committees_action.setText(QCoreApplication.translate("MainWindow", "&Committees…"))
        self.people_action.setText(QCoreApplication.translate("MainWindow", "&People…"))
        self.import_people_action.setText(QCoreApplication.translate("MainWindow", "&Import people…"))
        self.import_people_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Add people from a CSV or Excel (.xlsx) list")
        )
        self.mail_settings_action.setText(QCoreApplication.translate("MainWindow", "E-&mail settings…"))
        self.mail_settings_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "The mail server invitations are sent through, replies and reminders"
            )
        )
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.quit_action.setStatusTip(QCoreApplication.translate("MainWindow", "Close emeeting"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.save_action.setText(QCoreApplication.translate("MainWindow", "&Save"))
        self.save_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Store the edits of the form on screen")
        )
        self.find_action.setText(QCoreApplication.translate("MainWindow", "&Find meeting"))
        self.agenda_menu.setTitle(QCoreApplication.translate("MainWindow", "&Agenda"))
        for key, text in (
            ("add", QCoreApplication.translate("MainWindow", "&Add item")),
            ("add_sub", QCoreApplication.translate("MainWindow", "Add &sub-item")),
            ("remove", QCoreApplication.translate("MainWindow", "&Remove item")),
            ("up", QCoreApplication.translate("MainWindow", "Move &up")),
            ("down", QCoreApplication.translate("MainWindow", "Move &down")),
            ("outdent", QCoreApplication.translate("MainWindow", "&Outdent")),
            ("indent", QCoreApplication.translate("MainWindow", "&Indent")),
        ):
            self.agenda_actions[key].setText(text)
        self.previous_item_action.setText(QCoreApplication.translate("MainWindow", "&Previous item"))
        self.next_item_action.setText(QCoreApplication.translate("MainWindow", "&Next item"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        for action, text in zip(
            self.tab_actions,
            (
                QCoreApplication.translate("MainWindow", "&Details"),
                QCoreApplication.translate("MainWindow", "&Agenda"),
                QCoreApplication.translate("MainWindow", "&Invitees"),
                QCoreApplication.translate("MainWindow", "D&ocuments"),
                QCoreApplication.translate("MainWindow", "Meeting da&y"),
                QCoreApplication.translate("MainWindow", "&Minutes"),
            ),
            strict=True,
        ):
            action.setText(text)
        self.search_action.setText(QCoreApplication.translate("MainWindow", "&Search…"))
        self.search_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Search every meeting, agenda item, minutes, person and the papers' text"
            )
        )
        self.reader_action.setText(QCoreApplication.translate("MainWindow", "R&eader view"))
        self.reader_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Read the meetings as a member sees them")
        )
        self.reload_action.setText(QCoreApplication.translate("MainWindow", "&Reload"))
        self.audit_action.setText(QCoreApplication.translate("MainWindow", "Audit &trail…"))
        self.audit_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Who changed what in this meeting, and when")
        )
        self.projector_action.setText(QCoreApplication.translate("MainWindow", "&Projector"))
        self.projector_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Show the meeting day's current item and the paper presented on a big screen"
            )
        )
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.thai_action.setText(QCoreApplication.translate("MainWindow", "ไทย"))
        self.english_action.setText(QCoreApplication.translate("MainWindow", "English"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.guide_action.setText(QCoreApplication.translate("MainWindow", "&First steps…"))
        self.guide_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "A guide from the first committee to a meeting with its invitees"
            )
        )
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About emeeting"))
