"""Dialogs of syncing: "Connect to server…", the conflict copies, an attendee's answer to a meeting
(RSVP, ballots on open votes, a private note), and the two questions a sync stops to ask: what to do with a
replaced server, and whether many meetings the server no longer shares may go. Network and database work
runs through the TaskRunner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.sync.service import ConflictCopy, SyncService
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.buttons import ButtonBox, dialog_buttons
from emeeting.ui.widgets.form_rows import labelled_row
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.screen_fit import resize_within_screen
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner, user_message

if TYPE_CHECKING:
    from emeeting.ui.directory.person_form import PersonChoice


class ConnectDialog(FollowsLanguage, QDialog):
    """Server address, user name, password and (when the account has one) the six-digit code.

    ``connected(url, kept)`` fires after a successful login; ``kept`` is False when the login lasts
    for this session only (no password store on this computer)."""

    connected = Signal(str, bool)

    def __init__(
        self,
        service: SyncService,
        runner: TaskRunner,
        url: str = "",
        user: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self._service = service
        self._runner = runner
        self.url_edit = QLineEdit(url, self)
        self.url_edit.setPlaceholderText("https://emeeting.example.go.th")
        self.url_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)  # an address shows whole
        self.user_edit = QLineEdit(user, self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.totp_edit = QLineEdit(self)
        self.totp_edit.setMaxLength(10)
        self.totp_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.message = plain_label(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("connectMessage")
        self.form = QFormLayout()
        for field in (self.url_edit, self.user_edit, self.password_edit, self.totp_edit):
            labelled_row(self.form, field)
        self.buttons = ButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.relabel(QDialogButtonBox.StandardButton.Ok, lambda: self.tr("Connect"))
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to server"))
        for field, text in (
            (self.url_edit, self.tr("Server address:")),
            (self.user_edit, self.tr("User name:")),
            (self.password_edit, self.tr("Password:")),
            (self.totp_edit, self.tr("Code (if asked):")),
        ):
            _set_label(self.form, field, text)
        self.totp_edit.setPlaceholderText(self.tr("six digits from the authenticator app"))

    def connect_to_server(self) -> None:
        url, user, password = self.url_edit.text(), self.user_edit.text(), self.password_edit.text()
        totp = self.totp_edit.text().strip() or None
        self.message.setText(self.tr("Connecting…"))
        self.buttons.setEnabled(False)
        self._runner.read(
            lambda: self._service.login(url, user, password, totp),
            lambda kept: self._on_connected(url, kept),
            self._on_failed,
        )

    def _on_connected(self, url: str, kept: bool) -> None:
        self.buttons.setEnabled(True)
        self.password_edit.clear()
        self.connected.emit(url.strip().rstrip("/"), kept)
        self.accept()

    def _on_failed(self, error: BaseException, message: str) -> None:
        self.buttons.setEnabled(True)
        if getattr(error, "code", "") == "totp_required":
            self.totp_edit.setFocus()
        self.message.setText(message or user_message(error))


class ConflictsDialog(FollowsLanguage, QDialog):
    """The local values that lost to the server's: what was kept, what was yours; dismiss when done."""

    def __init__(self, service: SyncService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self._service = service
        self._runner = runner
        self._copies: list[ConflictCopy] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        self.intro = plain_label(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 760, 420)
        self._retranslate()
        self.reload()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.intro.setText(
            self.tr(
                "These values were changed here and on the server at the same time. The server's value "
                "was kept; yours is shown so that you can copy it back."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Record"), self.tr("Field"), self.tr("Kept"), self.tr("Yours")]
        )
        self.dismiss_button.setText(self.tr("Dismiss"))

    def reload(self) -> None:
        self._runner.read(self._service.conflicts, self._show)

    def _show(self, copies: list[ConflictCopy]) -> None:
        self._copies = copies
        self.table.setRowCount(len(copies))
        for row, copy in enumerate(copies):
            cells = (
                labels.short_date_time(copy.at),
                f"{copy.kind.replace('_', ' ')} {copy.record_id[:8]}",
                copy.field,
                _text(copy.server_value),
                _text(copy.local_value),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def dismiss_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self._copies[row].id for row in rows if row < len(self._copies)]
        if not ids:
            return

        def dismiss() -> None:
            for conflict_id in ids:
                self._service.dismiss_conflict(conflict_id)

        self._runner.write(dismiss, lambda _none: self.reload())


def _set_label(form: QFormLayout, field: QWidget, text: str) -> None:
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setText(text)


def _text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in ("", None))
    return str(value)


_Loaded = tuple[
    m.Invitation | None,
    list[tuple[m.Vote, m.Choice | None]],
    list[object],
    tuple[list[m.Person], str | None] | None,
]


class AttendeeDialog(FollowsLanguage, QDialog):
    """An attendee's answer to one meeting: RSVP with a reason (and, for a member who sends someone in
    their place, who: a person of the committee's roll or someone new with their name and position), a
    choice on each open vote, a private note. Saving stores the answers here; the next sync sends them."""

    saved = Signal()

    def __init__(
        self,
        service: SyncService,
        runner: TaskRunner,
        bus: ChangeBus,
        meeting_id: str,
        person_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendeeDialog")
        self._service = service
        self._runner = runner
        self._bus = bus
        self._meeting_id = meeting_id
        self._person_id = person_id
        self._invitation: m.Invitation | None = None
        self._votes: list[tuple[m.Vote, QComboBox]] = []
        self._note_id: str | None = None
        self._substitute: str | None = None  # who attends in my place now (their person id)
        self.rsvp_combo = QComboBox(self)
        self.reason_edit = QLineEdit(self)
        self.note_edit = QPlainTextEdit(self)
        # Made once the roll is read; shown while the answer is "someone attends in my place".
        self.substitute_choice: PersonChoice | None = None
        self.form = QFormLayout()
        for field in (self.rsvp_combo, self.reason_edit, self.note_edit):
            labelled_row(self.form, field)
        self.rsvp_combo.currentIndexChanged.connect(self._answer_changed)
        self.message = plain_label(self)
        self.buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            on_accept=self.save,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._retranslate()
        runner.read(self._load, self._show, lambda _e, message: self.message.setText(message))

    def _choice_labels(self) -> dict[m.Choice | None, str]:
        return {
            None: self.tr("No vote yet"),
            m.Choice.FOR: self.tr("For"),
            m.Choice.AGAINST: self.tr("Against"),
            m.Choice.ABSTAIN: self.tr("Abstain"),
        }

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("My answer to this meeting"))
        for field, text in (
            (self.rsvp_combo, self.tr("Attendance:")),
            (self.reason_edit, self.tr("Reason:")),
            (self.note_edit, self.tr("Private note:")),
        ):
            _set_label(self.form, field, text)
        self.note_edit.setPlaceholderText(self.tr("Only you see this note, on every computer you sync"))

    def _load(self) -> _Loaded:
        records = self._service.records
        mine = records.select(m.Invitation, meeting_id=self._meeting_id, person_id=self._person_id)
        # Only a member sends someone in their place (not a guest, nor a substitute in turn).
        member = [i for i in mine if i.role is m.InviteeRole.MEMBER and not i.substitute_for_id]
        substitutes = self._service.substitute_choices(member[0].id) if member else None
        votes = [  # a secret vote keeps only its counts: no named choice is asked for it
            v
            for v in records.select(m.Vote, meeting_id=self._meeting_id)
            if v.result is m.VoteResult.PENDING
            and v.kind is m.VoteKind.OPEN
            and v.is_open  # (server: only then)
        ]
        ballots = {
            b.vote_id: b.choice
            for b in records.select(m.Ballot, vote_id=[v.id for v in votes], person_id=self._person_id)
        }
        notes = [n for n in self._service.notes(self._meeting_id) if n.item_id is None]
        return (mine[0] if mine else None), [(v, ballots.get(v.id)) for v in votes], list(notes), substitutes

    def _show(self, loaded: _Loaded) -> None:
        invitation, votes, notes, substitutes = loaded
        self._invitation = invitation
        if substitutes is not None:
            # (here, not at the top: the person form is loaded when a dialog asks for it, not at start-up)
            from emeeting.ui.directory.person_form import PersonChoice

            people, self._substitute = substitutes
            self.substitute_choice = PersonChoice(people, people, self)
            self.substitute_choice.setObjectName("substituteChoice")
            if self._substitute is not None:
                self.substitute_choice.person_combo.set_person(self._substitute)
            # A row of its own under the answer, which says what it is ("someone attends in my place").
            self.form.insertRow(1, self.substitute_choice)
        for rsvp in m.Rsvp:
            self.rsvp_combo.addItem(labels.own_reply_label(rsvp), rsvp.value)
        if invitation is not None:
            self.rsvp_combo.setCurrentIndex(self.rsvp_combo.findData(invitation.rsvp.value))
            self.reason_edit.setText(invitation.rsvp_reason)
        self.rsvp_combo.setEnabled(invitation is not None)
        self.reason_edit.setEnabled(invitation is not None)
        self._answer_changed()
        for vote, choice in votes:
            combo = QComboBox(self)
            for value, text in self._choice_labels().items():
                combo.addItem(text, None if value is None else value.value)
            combo.setCurrentIndex(combo.findData(None if choice is None else choice.value))
            self.form.addRow(vote.question, combo)
            self._votes.append((vote, combo))
        if notes:
            note = notes[0]
            self._note_id = getattr(note, "id", None)
            self.note_edit.setPlainText(str(getattr(note, "text", "")))

    def save(self) -> None:
        rsvp = m.Rsvp(str(self.rsvp_combo.currentData() or m.Rsvp.PENDING.value))
        reason = self.reason_edit.text()
        choices = [(vote, combo.currentData()) for vote, combo in self._votes]
        note = self.note_edit.toPlainText()
        invitation, note_id = self._invitation, self._note_id
        service, meeting_id, person_id = self._service, self._meeting_id, self._person_id
        choice = self.substitute_choice if rsvp is m.Rsvp.SUBSTITUTE else None
        new_person: m.Person | None = None
        substitute: str | None = None
        if choice is not None:
            if choice.is_new() and not choice.form.show_problem():
                return  # the new person's problem is shown beside their details
            new_person = choice.new_person()
            substitute = None if new_person is not None else choice.person_combo.person_id()
            if new_person is None and substitute is None:
                return  # (nobody to choose from: the new person's details are asked for instead)
        unchanged = substitute is not None and substitute == self._substitute
        answered = invitation is not None and (rsvp, reason.strip()) != (
            invitation.rsvp,
            invitation.rsvp_reason,
        )

        def work() -> Changes:
            changes = Changes()
            if invitation is not None and (new_person is not None or (substitute and not unchanged)):
                changes |= service.send_substitute(
                    invitation.id, reason, person_id=substitute, new_person=new_person
                )
            elif answered and invitation is not None:
                changes |= service.rsvp(invitation.id, rsvp, reason)
            for vote, value in choices:
                if value is not None:
                    changes |= service.cast_ballot(vote.id, person_id, m.Choice(str(value)))
            if note.strip() or note_id is not None:
                service.save_note(meeting_id, note, note_id=note_id)
            return changes

        self.buttons.setEnabled(False)
        self._runner.write(work, self._on_saved, self._on_failed)

    def _answer_changed(self) -> None:
        """Who attends in my place is asked only with that answer."""
        if self.substitute_choice is not None:
            shown = self.rsvp_combo.currentData() == m.Rsvp.SUBSTITUTE.value
            self.form.setRowVisible(self.substitute_choice, shown)

    def _on_saved(self, changes: Changes) -> None:
        self._bus.publish(changes)
        self.saved.emit()
        self.accept()

    def _on_failed(self, _error: BaseException, message: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(message)


class ServerReplacedDialog(FollowsLanguage, QDialog):
    """The server at ``url`` is not the one this computer synced with, and nothing here was removed.

    A secretary publishes again to it; a member starts over from it, after a second step that says what
    will go. ``accepted`` means go ahead (both are one start-over sync: what came from the old server goes,
    this computer's own records stay and are sent as new); Cancel leaves everything as it is."""

    def __init__(self, url: str, secretary: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverReplacedDialog")
        self.url = url
        self.secretary = secretary
        self.confirming = False  # a member's second step: the confirmation
        self.message = plain_label(self)
        self.message.setObjectName("serverReplacedMessage")
        self.message.setWordWrap(True)
        self.details = plain_label(self)
        self.details.setObjectName("serverReplacedDetails")
        self.details.setWordWrap(True)
        self.buttons = ButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.relabel(QDialogButtonBox.StandardButton.Ok, self._action_text)
        self.action_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.action_button.setAutoDefault(False)
        cancel.setDefault(True)  # Enter must not drop anything
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        _question_layout(
            self, QStyle.StandardPixmap.SP_MessageBoxWarning, [self.message, self.details], self.buttons
        )
        self._retranslate()

    def _action_text(self) -> str:
        if self.secretary:
            return self.tr("Publish again to this server")
        if self.confirming:
            return self.tr("Start over")
        return self.tr("Start over from this server…")

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("The server was replaced"))
        self.message.setText(
            self.tr(
                "The server at {url} is not the one this computer synced with: its data was made anew or "
                "restored from elsewhere. Nothing on this computer was removed."
            ).format(url=self.url)
        )
        if self.secretary:
            details = self.tr(
                "Publish again: your own meetings and records stay on this computer and are sent to this "
                "server as new, the meetings you published to it included. Records that came from the old "
                "server and are not your own (such as other people's answers) are removed from this computer."
            )
        elif self.confirming:
            details = self.tr(
                "Start over from {url}? Meetings, documents and other records from the old server that this "
                "server does not share with you are removed from this computer. This cannot be undone."
            ).format(url=self.url)
        else:
            details = self.tr(
                "To sync with it again, start over from this server. Until then this computer keeps what it "
                "has and does not sync with it."
            )
        self.details.setText(details)
        self.buttons.relabel(QDialogButtonBox.StandardButton.Ok, self._action_text)
        _fit_height(self)

    def choose(self) -> None:
        """The action button: a secretary's goes ahead; a member's asks for confirmation first."""
        if self.secretary or self.confirming:
            self.accept()
            return
        self.confirming = True
        self._retranslate()


class RemovalsDialog(FollowsLanguage, QDialog):
    """A sync would remove more than a handful of meetings the server no longer shares: how many, the first
    few of their ``titles``, and Remove or Keep. ``accepted`` is Remove; Keep (rejected) leaves them here."""

    SHOWN = 5

    def __init__(self, url: str, count: int, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removalsDialog")
        self.url = url
        self.count = count
        self.titles = titles
        self.message = plain_label(self)
        self.message.setObjectName("removalsMessage")
        self.message.setWordWrap(True)
        self.list = plain_label(self)
        self.list.setObjectName("removalsList")
        self.list.setWordWrap(True)
        self.list.setContentsMargins(16, 0, 0, 0)
        self.question = plain_label(self)
        self.question.setWordWrap(True)
        self.buttons = ButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.relabel(QDialogButtonBox.StandardButton.Ok, lambda: self.tr("Remove"))
        self.buttons.relabel(QDialogButtonBox.StandardButton.Cancel, lambda: self.tr("Keep"))
        self.remove_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.keep_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button.setAutoDefault(False)
        self.keep_button.setDefault(True)  # Enter keeps them
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        _question_layout(
            self,
            QStyle.StandardPixmap.SP_MessageBoxQuestion,
            [self.message, self.list, self.question],
            self.buttons,
        )
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Remove meetings?"))
        self.message.setText(
            self.tr(
                "{count} meetings on this computer are no longer shared with you by {url}. Nothing has been "
                "removed yet:"
            ).format(count=self.count, url=self.url)
        )
        lines = [f"• {title}" for title in self.titles[: self.SHOWN]]
        if self.count > len(lines):
            lines.append(self.tr("and {count} more").format(count=self.count - len(lines)))
        self.list.setText("\n".join(lines))
        self.question.setText(
            self.tr(
                "Remove them from this computer? If you keep them, they stay as they are and syncing with "
                "this server waits until you decide; choose Sync now to be asked again."
            )
        )
        _fit_height(self)


# Wide enough that a Thai paragraph and a server address wrap into a few even lines on a 1366×768 screen.
QUESTION_WIDTH = 680


def _question_layout(
    dialog: QDialog, icon: QStyle.StandardPixmap, texts: list[QLabel], buttons: QDialogButtonBox
) -> None:
    """A message box's look for a dialog with its own buttons: the icon on the left,
    the paragraphs beside it, the buttons below."""
    picture = QLabel(dialog)
    size = dialog.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, dialog)
    picture.setPixmap(dialog.style().standardIcon(icon, None, dialog).pixmap(size, size))
    picture.setAlignment(Qt.AlignmentFlag.AlignTop)
    column = QVBoxLayout()
    column.setSpacing(10)
    for text in texts:
        column.addWidget(text)
    column.addStretch(1)
    row = QHBoxLayout()
    row.setSpacing(16)
    row.addWidget(picture)
    row.addLayout(column, 1)
    layout = QVBoxLayout(dialog)
    layout.addLayout(row, 1)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(QUESTION_WIDTH)


def _fit_height(dialog: QDialog) -> None:
    """As tall as the wrapped text needs at the dialog's width: a size hint taken at a narrower width
    would leave an empty band below shorter text."""
    layout = dialog.layout()
    if layout is None:
        return
    width = max(dialog.width(), dialog.minimumWidth())
    dialog.resize(width, max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height()))


OnConnected = Callable[[str, bool], None]
