"""The first-run guide: from an empty data folder to a meeting with its invitees, in three steps.

1. the committee (typed, and its members imported from a CSV or Excel list with the people import),
2. the first meeting (the new-meeting dialog, the Thai template chosen),
3. its invitees (the Invitees tab's "invite the whole committee").

Each step can be skipped, and each ends where the work continues: the new meeting's Agenda tab, then its
Invitees tab; the last page leads to the agenda items, the papers and the invitation letter. The guide
also offers example meetings to look around, and the way to a server for a member's laptop. It is shown
when the window opens on a data folder without meetings, and from the Help menu at any time.

The guide runs no editor of its own beyond the committee's two names: every step uses the window's
dialogs and panes, so what a user learns here is what they use afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import EmeetingError
from emeeting.domain.kinds import Kind
from emeeting.domain.templates import meeting_title
from emeeting.domain.validation import validate
from emeeting.services.people import Directory
from emeeting.ui.shell.workspace import AGENDA, DOCUMENTS, INVITEES
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.style import GAP, MARGIN, SECTION, Badge, Tone, heading_font, icon, tone_text_colour
from emeeting.ui.widgets.task_runner import user_message

if TYPE_CHECKING:
    from emeeting.ui.directory.people_import import PeopleImportDialog
    from emeeting.ui.meeting.meeting_editor import NewMeetingDialog
    from emeeting.ui.shell.main_window import MainWindow

COMMITTEE, MEETING, INVITEES_STEP, DONE = range(4)
STEPS = (COMMITTEE, MEETING, INVITEES_STEP)
DEMO_MEETINGS = 12  # as `emeeting demo` makes by default
SEEN_KEY = "first_run/seen"  # the guide was shown once and closed: it is not offered by itself again


def guide_seen(settings: QSettings) -> bool:
    return str(settings.value(SEEN_KEY, "")).lower() in ("true", "1")


class FirstRunGuide(FollowsLanguage, QDialog):
    """The guide beside the main window (not modal: the window shows where each step leads).

    ``step_shown(step)`` fires when a page is shown, ``demo_loaded(count)`` when the example meetings
    are stored. ``import_dialog`` and ``meeting_dialog`` are the step's dialog while it is open."""

    step_shown = Signal(int)
    demo_loaded = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("firstRunGuide")
        self._window = window
        self._context = window.context
        self._directory = Directory((), (), (), {})
        self.committee_id = ""  # the committee the meeting is for (created here or the first one)
        self.meeting_id = ""  # the meeting made in step 2
        self._done: set[int] = set()
        self._import_after_create = False
        # What the guide awaits: "committee", "directory", "meeting", "members", "invitations" or "demo".
        self._waiting_for = ""
        self.import_dialog: PeopleImportDialog | None = None
        self.meeting_dialog: NewMeetingDialog | None = None

        self.title = plain_label(self)
        self.title.setObjectName("guideTitle")
        self.title.setFont(heading_font(self.font(), 1.35))
        self.intro = plain_label(self)
        self.intro.setWordWrap(True)
        self.badges = [Badge(self) for _ in STEPS]
        steps_row = QHBoxLayout()
        steps_row.setSpacing(GAP)
        for badge in self.badges:
            steps_row.addWidget(badge)
        steps_row.addStretch(1)

        self.pages = QStackedWidget(self)
        self.back_buttons: dict[int, QPushButton] = {}
        self.skip_buttons: dict[int, QPushButton] = {}
        self._build_committee_page()
        self._build_meeting_page()
        self._build_invitees_page()
        self._build_done_page()

        self.error = plain_label(self)
        self.error.setObjectName("guideError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()

        self.close_button = QPushButton(self)
        self.close_button.setObjectName("guideClose")

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.demo_label = plain_label(self)
        self.demo_label.setWordWrap(True)
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.setIcon(icon("book-open"))
        self.member_label = plain_label(self)
        self.member_label.setWordWrap(True)
        self.connect_button = QPushButton(self)
        self.connect_button.setObjectName("guideConnect")
        self.connect_button.setIcon(icon("cloud"))
        others = QFormLayout()
        others.setHorizontalSpacing(SECTION)
        others.setVerticalSpacing(GAP)
        others.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        others.addRow(self.demo_label, self.demo_button)
        others.addRow(self.member_label, self.connect_button)
        self.demo_label.setBuddy(self.demo_button)
        self.member_label.setBuddy(self.connect_button)
        closing = QHBoxLayout()
        closing.addStretch(1)
        closing.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN * 2, MARGIN * 2, MARGIN * 2, MARGIN)
        layout.setSpacing(SECTION)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(steps_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(line)
        layout.addLayout(others)
        layout.addLayout(closing)

        self.close_button.clicked.connect(self.close)
        self.demo_button.clicked.connect(self.ask_demo)
        self.connect_button.clicked.connect(self._connect)
        self._context.bus.changed.connect(self._on_changes)
        self._context.history.failed.connect(self._on_refused)
        window.meeting_shown.connect(self._on_meeting_shown)
        # Enter presses the step's own main button (show_step), never one that merely had the focus.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._retranslate()
        self.resize(700, 580)  # room for the Thai texts of every step at once
        self.show_step(COMMITTEE)

    # -- pages -----------------------------------------------------------------------------------------

    def _page(self, heading_name: str) -> tuple[QWidget, QLabel, QLabel, QVBoxLayout, QHBoxLayout]:
        """A step's page: heading, text, what the builder adds, and a row with Back, Skip and the
        builder's own buttons (returned last, to add them to)."""
        step = self.pages.count()
        page = QWidget(self.pages)
        heading = plain_label(page)
        heading.setObjectName(heading_name)
        heading.setFont(heading_font(self.font(), 1.1))
        heading.setWordWrap(True)
        text = plain_label(page)
        text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SECTION)
        layout.addWidget(heading)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        buttons.setSpacing(GAP)
        if step in STEPS:
            back, skip = QPushButton(page), QPushButton(page)
            back.setObjectName("guideBack")
            skip.setObjectName("guideSkip")
            back.clicked.connect(self.back)
            skip.clicked.connect(self.skip)
            back.setVisible(step > COMMITTEE)
            buttons.addWidget(back)
            buttons.addStretch(1)
            buttons.addWidget(skip)
            self.back_buttons[step], self.skip_buttons[step] = back, skip
        else:
            buttons.addStretch(1)
        self.pages.addWidget(page)
        return page, heading, text, layout, buttons

    def _build_committee_page(self) -> None:
        page, self.committee_heading, self.committee_text, layout, buttons = self._page("committeeStep")
        self.name_edit = QLineEdit(page)
        self.name_edit.setObjectName("guideCommitteeName")
        self.short_edit = QLineEdit(page)
        self.short_edit.setObjectName("guideCommitteeShort")
        self.short_edit.setMaxLength(20)
        self.name_label = plain_label(page)
        self.short_label = plain_label(page)
        self.name_label.setBuddy(self.name_edit)
        self.short_label.setBuddy(self.short_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.short_label, self.short_edit)
        layout.addLayout(form)
        self.existing_label = plain_label(page)
        self.existing_label.setWordWrap(True)
        layout.addWidget(self.existing_label)
        layout.addStretch(1)
        self.create_button = QPushButton(page)
        self.create_button.setObjectName("createCommittee")
        self.create_button.setIcon(icon("users"))
        self.create_import_button = QPushButton(page)
        self.create_import_button.setObjectName("createCommitteeAndImport")
        self.create_import_button.setIcon(icon("file-spreadsheet"))
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.create_import_button)
        layout.addLayout(buttons)
        self.create_button.clicked.connect(lambda: self.create_committee(import_members=False))
        self.create_import_button.clicked.connect(lambda: self.create_committee(import_members=True))
        self.name_edit.textChanged.connect(self._update_committee_buttons)
        self.short_edit.textChanged.connect(self._update_committee_buttons)

    def _build_meeting_page(self) -> None:
        page, self.meeting_heading, self.meeting_text, layout, buttons = self._page("meetingStep")
        self.meeting_committee = plain_label(page)
        self.meeting_committee.setWordWrap(True)
        layout.addWidget(self.meeting_committee)
        layout.addStretch(1)
        self.meeting_button = QPushButton(page)
        self.meeting_button.setObjectName("createMeeting")
        self.meeting_button.setIcon(icon("calendar-plus"))
        buttons.addWidget(self.meeting_button)
        layout.addLayout(buttons)
        self.meeting_button.clicked.connect(self.ask_meeting)

    def _build_invitees_page(self) -> None:
        page, self.invitees_heading, self.invitees_text, layout, buttons = self._page("inviteesStep")
        self.invitees_note = plain_label(page)
        self.invitees_note.setWordWrap(True)
        layout.addWidget(self.invitees_note)
        layout.addStretch(1)
        self.members_button = QPushButton(page)
        self.members_button.setObjectName("guideImportMembers")
        self.members_button.setIcon(icon("file-spreadsheet"))
        self.invite_button = QPushButton(page)
        self.invite_button.setObjectName("guideInvite")
        self.invite_button.setIcon(icon("send"))
        buttons.addWidget(self.members_button)
        buttons.addWidget(self.invite_button)
        layout.addLayout(buttons)
        self.members_button.clicked.connect(lambda: self.import_members())
        self.invite_button.clicked.connect(self.invite)

    def _build_done_page(self) -> None:
        page, self.done_heading, self.done_text, layout, _buttons = self._page("doneStep")
        self.next_buttons: dict[str, QPushButton] = {}
        self.next_texts: dict[str, QLabel] = {}
        grid = QFormLayout()
        grid.setHorizontalSpacing(SECTION)
        grid.setVerticalSpacing(SECTION)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, name, icon_name in (
            ("agenda", "goAgenda", "list-checks"),
            ("papers", "goDocuments", "file-up"),
            ("invitation", "goInvitation", "file-down"),
        ):
            button = QPushButton(page)
            button.setObjectName(name)
            button.setIcon(icon(icon_name))
            text = plain_label(page)
            text.setWordWrap(True)
            grid.addRow(button, text)
            self.next_buttons[key] = button
            self.next_texts[key] = text
        layout.addLayout(grid)
        layout.addStretch(1)
        self.next_buttons["agenda"].clicked.connect(self.go_to_agenda)
        self.next_buttons["papers"].clicked.connect(self.go_to_documents)
        self.next_buttons["invitation"].clicked.connect(self.write_invitation)

    # -- moving between steps --------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    def start(self) -> None:
        """Read the directory, then begin where the data folder stands: a first committee when there is
        none, else the first meeting of the first committee."""
        self._read_directory(lambda: self.show_step(MEETING if self._directory.committees else COMMITTEE))

    def show_step(self, step: int) -> None:
        self._waiting_for = ""
        self._set_error("")
        self.pages.setCurrentIndex(step)
        self._update()
        main = {
            COMMITTEE: self.create_button,
            MEETING: self.meeting_button,
            INVITEES_STEP: self.invite_button,
            DONE: self.next_buttons["agenda"],
        }
        for button in main.values():
            button.setDefault(button is main[step])
        focus = self.name_edit if step == COMMITTEE else main[step]
        if focus.isEnabled():
            focus.setFocus()
        self.step_shown.emit(step)

    def back(self) -> None:
        if self.step > COMMITTEE:
            self.show_step(self.step - 1)

    def skip(self) -> None:
        if self.step < DONE:
            self.show_step(self.step + 1)

    def _complete(self, step: int) -> None:
        self._done.add(step)
        self.show_step(step + 1)

    # -- step 1: the committee -------------------------------------------------------------------------

    def committee_from_form(self) -> m.Committee:
        return m.Committee(" ".join(self.name_edit.text().split()), self.short_edit.text().strip())

    def _check(self, committee: m.Committee) -> str:
        """The committee dialog's checks: the field rules and a short name another committee has."""
        try:
            validate(committee)
        except EmeetingError as error:
            return user_message(error)
        taken = next(
            (
                c
                for c in self._directory.committees
                if c.short_name.casefold() == committee.short_name.casefold()
            ),
            None,
        )
        if taken is not None:
            return self.tr("The short name {short} is already used by {name}.").format(
                short=committee.short_name, name=taken.name
            )
        return ""

    def create_committee(self, import_members: bool) -> None:
        """Store the committee as one undoable step; then its members' list, when asked, and step 2."""
        if self._waiting_for or not self.create_button.isEnabled():
            return
        committee = self.committee_from_form()
        problem = self._check(committee)
        self._set_error(problem)
        if problem:
            return
        self.committee_id = committee.id
        self._import_after_create = import_members
        self._waiting_for = "committee"
        self._update()
        records = self._context.services.records
        self._context.history.run(
            self.tr("New committee {short}").format(short=committee.short_name),
            lambda: records.create(committee),
        )

    def _on_committee_stored(self) -> None:
        # The next steps offer the new committee: they wait until the directory that holds it is read.
        self._waiting_for = "directory"

        def next_step() -> None:
            self._waiting_for = ""
            if self._import_after_create:
                self.import_members(then=lambda: self._complete(COMMITTEE))
            else:
                self._complete(COMMITTEE)

        self._read_directory(next_step)

    def import_members(self, then: Callable[[], object] | None = None) -> None:
        """The people import for the committee, its file chooser opened at once; ``then`` runs when the
        dialog is closed, whether it imported or not (the members can also be imported later)."""
        from emeeting.ui.directory.people_import import PeopleImportDialog

        if self.import_dialog is not None:
            return
        after = then or self._after_members_imported
        dialog = PeopleImportDialog(self._context, self, committee_id=self.committee_id or None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.imported.connect(
            lambda count: self._window.statusBar().showMessage(
                self.tr("%n member(s) imported", "", count), 8000
            )
        )
        dialog.finished.connect(lambda _result: self._import_closed(after))
        dialog.open()
        QTimer.singleShot(0, dialog.choose_file)  # the file is the first thing the dialog asks for

    def _import_closed(self, then: Callable[[], object]) -> None:
        self.import_dialog = None
        then()

    def _after_members_imported(self) -> None:
        self._read_directory(lambda: None)

    # -- step 2: the meeting ---------------------------------------------------------------------------

    def ask_meeting(self) -> None:
        """The new-meeting dialog, for the guide's committee, the Thai template and a title filled in."""
        from emeeting.ui.meeting.meeting_editor import NewMeetingDialog

        committees = list(self._directory.committees)
        if not committees or self.meeting_dialog is not None:
            return
        committee = self._committee() or committees[0]
        dialog = NewMeetingDialog(committees, committee.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.template_combo.setCurrentIndex(max(dialog.template_combo.findData("th"), 0))
        dialog.title_edit.setText(self.default_title(committee))
        dialog.title_edit.selectAll()
        dialog.accepted.connect(lambda: self._create_meeting(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "meeting_dialog", None))
        self.meeting_dialog = dialog
        dialog.open()

    @staticmethod
    def default_title(committee: m.Committee) -> str:
        """In the committee's language, as its agenda and letters are written."""
        return meeting_title(committee.name, committee.language)

    def _create_meeting(self, dialog: NewMeetingDialog) -> None:
        self.committee_id = dialog.committee_id()
        self._waiting_for = "meeting"
        self._update()
        self.meeting_id = self._window.create_meeting(
            dialog.committee_id(),
            dialog.title_edit.text().strip(),
            dialog.start(),
            dialog.template(),
            dialog.place_edit.text().strip(),
        )

    def _on_meeting_shown(self, meeting_id: str) -> None:
        if self._waiting_for == "meeting" and meeting_id == self.meeting_id:
            self._window.show_tab(AGENDA)  # the template's agenda: where the work continues
            self._complete(MEETING)
        else:
            self._update()

    # -- step 3: the invitees --------------------------------------------------------------------------

    def invite(self) -> None:
        """Invite the whole committee with the Invitees tab's own action, that tab open."""
        meeting_id = self._meeting_on_screen()
        if not meeting_id or self._waiting_for:
            return
        meetings = self._context.services.meetings
        self._waiting_for = "members"
        self._update()
        self._context.runner.read(
            lambda: meetings.uninvited_members(meeting_id),
            self._on_uninvited,
            lambda _error, message: self._failed(message),
        )

    def _on_uninvited(self, people: list[str]) -> None:
        self._waiting_for = ""
        if not people:
            self._update()
            self.invitees_note.setText(
                self.tr(
                    "No one is left to invite: the committee has no members yet, or all of them are "
                    "invited. Import the members from a list, then invite them."
                )
            )
            return
        self._waiting_for = "invitations"
        self._update()
        self._window.show_tab(INVITEES)
        self._window.workspace.invitees.invite_committee()

    # -- the last page: where the work continues -------------------------------------------------------

    def go_to_agenda(self) -> None:
        """The Agenda tab with the matters for decision selected: the next click adds an item there."""
        workspace = self._window.workspace
        self._window.show_tab(AGENDA)
        view = workspace.meeting_view
        if view is not None:
            decision = next(
                (
                    e.item
                    for e in view.agenda
                    if e.depth == 0 and e.item.section is m.AgendaSection.FOR_DECISION
                ),
                None,
            )
            if decision is not None:
                workspace.agenda.select_item(decision.id)
        self.close()

    def go_to_documents(self) -> None:
        self._window.show_tab(DOCUMENTS)
        self.close()

    def write_invitation(self) -> None:
        from emeeting.ui.shell.export_actions import INVITATION

        self.close()
        self._window.menus.export_menu.start(INVITATION)

    # -- example meetings and a member's laptop --------------------------------------------------------

    def ask_demo(self) -> None:
        from emeeting.ui.directory.committee_editor import confirm

        if self._waiting_for:
            return
        if confirm(
            self,
            self.tr("Example meetings"),
            self.tr(
                "Add %n made-up meeting(s) with their committees, people and papers to this data folder, "
                "to look around? They stay until deleted; to keep them apart from real work, start "
                "emeeting with another data folder (emeeting --data-dir FOLDER).",
                "",
                DEMO_MEETINGS,
            ),
        ):
            self.load_demo()

    def load_demo(self) -> None:
        """Store the example meetings in the background; the window lists them, the guide closes."""
        services = self._context.services

        def work() -> int:
            from emeeting.demo.load import load_demo

            return load_demo(services, DEMO_MEETINGS)

        self._waiting_for = "demo"
        self._update()
        self._context.runner.write(work, self._on_demo, lambda _error, message: self._failed(message))

    def _on_demo(self, count: int) -> None:
        self._waiting_for = ""
        self._update()
        if not count:
            self._set_error(self.tr("Example meetings are only added to a data folder without meetings."))
            return
        everything = Changes.of(Kind.MEETING, "*") | Changes.of(Kind.COMMITTEE, "*")
        self._context.bus.publish(everything | Changes.of(Kind.PERSON, "*"))
        self.demo_loaded.emit(count)
        self.close()

    def _connect(self) -> None:
        self._window.menus.sync_menu.open_connect()
        self.close()

    # -- what the guide hears --------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if self._waiting_for == "committee" and changes.concerns(Kind.COMMITTEE, [self.committee_id]):
            self._on_committee_stored()
        elif self._waiting_for == "invitations" and changes.concerns(Kind.INVITATION):
            self._waiting_for = ""
            self._complete(INVITEES_STEP)
        elif any(changes.concerns(kind) for kind in (Kind.COMMITTEE, Kind.MEMBERSHIP, Kind.MEETING)):
            self._read_directory(lambda: None)  # what the steps say: committees, members, meetings

    def _on_refused(self, message: str) -> None:
        if self._waiting_for in ("committee", "meeting", "invitations"):
            self._failed(message)

    def _failed(self, message: str) -> None:
        self._waiting_for = ""
        self._update()
        self._set_error(message)

    def _read_directory(self, then: Callable[[], object]) -> None:
        def done(directory: Directory) -> None:
            self._directory = directory
            if not self.committee_id and directory.committees:
                self.committee_id = directory.committees[0].id
            self._update()
            then()

        self._context.runner.read(
            self._context.services.people.directory, done, lambda _error, message: self._failed(message)
        )

    def _committee(self) -> m.Committee | None:
        return next((c for c in self._directory.committees if c.id == self.committee_id), None)

    def _meeting_on_screen(self) -> str:
        """The meeting the window shows: the one step 2 made, or one the user picked meanwhile."""
        return self._window.workspace.meeting_id or ""

    # -- state and words -------------------------------------------------------------------------------

    def _set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setStyleSheet(f"color: {tone_text_colour(Tone.BAD, self.palette()).name()};")
        self.error.setVisible(bool(message))

    def _update_committee_buttons(self) -> None:
        filled = bool(self.name_edit.text().strip() and self.short_edit.text().strip())
        for button in (self.create_button, self.create_import_button):
            button.setEnabled(filled and not self._waiting_for)

    def _update(self) -> None:
        step, busy = self.step, bool(self._waiting_for)
        names = (self.tr("1 Committee"), self.tr("2 Meeting"), self.tr("3 Invitees"))
        for index, (badge, name) in enumerate(zip(self.badges, names, strict=True)):
            if index == step:
                badge.set_state(name, Tone.INFO, self.tr("This step"))
            elif index in self._done:
                badge.set_state(f"✓ {name}", Tone.GOOD, self.tr("Done"))
            else:
                badge.set_state(name, Tone.NEUTRAL)
        for button in (*self.back_buttons.values(), *self.skip_buttons.values()):
            button.setEnabled(not busy)
        self.busy.setVisible(busy)
        self._update_committee_buttons()
        committees = self._directory.committees
        self.existing_label.setVisible(bool(committees))
        self.existing_label.setText(
            self.tr("Already set up: {committees}. Skip this step to use them.").format(
                committees=", ".join(c.short_name for c in committees)
            )
        )
        committee = self._committee()
        self.meeting_button.setEnabled(bool(committees) and not busy)
        self.meeting_committee.setText(
            self.tr("For: {committee}").format(committee=labels.committee_label(committee))
            if committee is not None
            else self.tr("A meeting belongs to a committee: go back one step to set one up.")
        )
        has_meeting = bool(self._meeting_on_screen())
        self.invite_button.setEnabled(has_meeting and not busy)
        self.members_button.setEnabled(bool(committees) and not busy)
        members = self._directory.member_count(self.committee_id) if committee is not None else 0
        if not has_meeting:
            note = self.tr("There is no meeting to invite to yet: go back one step to make one.")
        elif committee is not None:
            note = self.tr("{committee} has %n member(s).", "", members).format(
                committee=committee.short_name
            )
        else:
            note = ""
        self.invitees_note.setText(note)
        for button in self.next_buttons.values():
            button.setEnabled(has_meeting and not busy)
        self.demo_button.setEnabled(not busy and not any(self._directory.meeting_counts.values()))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("First steps"))
        self.title.setText(self.tr("Welcome to emeeting"))
        self.intro.setText(
            self.tr(
                "Three steps take you from an empty data folder to a meeting with its agenda and invitees. "
                "Each step can be skipped, and each leaves you where the work continues."
            )
        )
        self.committee_heading.setText(self.tr("Step 1 of 3: the committee"))
        self.committee_text.setText(
            self.tr(
                "Meetings belong to a committee. Name the committee whose meetings you prepare; its "
                "members can be imported from a CSV or Excel (.xlsx) list right away. Quorum and other "
                "settings can be changed later in File ▸ Committees."
            )
        )
        self.name_label.setText(self.tr("Committee name:"))
        self.short_label.setText(self.tr("Short name:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. คณะกรรมการเทคโนโลยีสารสนเทศ"))
        self.short_edit.setPlaceholderText(self.tr("e.g. ICT"))
        self.short_edit.setToolTip(self.tr("Used in meeting references such as ICT:1/2569"))
        self.name_edit.setAccessibleName(self.tr("Committee name"))
        self.short_edit.setAccessibleName(self.tr("Short name"))
        self.create_button.setText(self.tr("Create committee"))
        self.create_import_button.setText(self.tr("Create and import members…"))
        self.create_import_button.setToolTip(
            self.tr("Create the committee, then choose the list of its members (CSV or Excel .xlsx)")
        )
        self.meeting_heading.setText(self.tr("Step 2 of 3: the first meeting"))
        self.meeting_text.setText(
            self.tr(
                "The meeting starts from the Thai template: the five customary sections of an agenda, "
                "numbered as the committee numbers its meetings (1/2569, 2/2569 …). Choose its day, time "
                "and place; everything can be changed later on the Details tab."
            )
        )
        self.meeting_button.setText(self.tr("Create the meeting…"))
        self.invitees_heading.setText(self.tr("Step 3 of 3: the invitees"))
        self.invitees_text.setText(
            self.tr(
                "Invite every member of the committee in one step. Guests and presenters of single items "
                "are added on the Invitees tab, where the replies are kept too."
            )
        )
        self.members_button.setText(self.tr("Import members…"))
        self.invite_button.setText(self.tr("Invite the whole committee"))
        self.done_heading.setText(self.tr("Ready: where the work continues"))
        self.done_text.setText(
            self.tr("The meeting is set up with the Thai agenda and its invitees. What usually comes next:")
        )
        for key, (name, text) in {
            "agenda": (self.tr("Agenda items"), self.tr("Add the matters for decision under section 4.")),
            "papers": (self.tr("Papers"), self.tr("Attach each item's papers (PDF) on the Documents tab.")),
            "invitation": (
                self.tr("Invitation letter…"),
                self.tr("Write the invitation letter as a PDF, ready to sign and send."),
            ),
        }.items():
            self.next_buttons[key].setText(name)
            self.next_texts[key].setText(text)
        for back in self.back_buttons.values():
            back.setText(self.tr("Back"))
        for skip in self.skip_buttons.values():
            skip.setText(self.tr("Skip this step"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("The guide opens again from Help ▸ First steps"))
        self.demo_label.setText(self.tr("Just looking? Example meetings show every screen filled in."))
        self.demo_button.setText(self.tr("Load example meetings…"))
        self.member_label.setText(
            self.tr("A committee member? Your meetings come from your organisation's server.")
        )
        self.connect_button.setText(self.tr("Connect to the server…"))
        self._update()

    def done(self, result: int) -> None:
        """Closed (its Close button, Escape, the title bar, or a step leading elsewhere): it is not
        offered by itself again; Help ▸ First steps opens it."""
        self._context.settings.setValue(SEEN_KEY, True)
        super().done(result)
        self._window.activateWindow()  # the work continues there, with the keyboard
