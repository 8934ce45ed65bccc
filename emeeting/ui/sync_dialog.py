"""Dialogs of syncing: "Connect to server…", the conflict copies, and an attendee's answer to a meeting
(RSVP, ballots on open votes, a private note). Network and database work runs through the TaskRunner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.services.sync import SyncService
from emeeting.storage.sync_state import ConflictCopy
from emeeting.ui import labels
from emeeting.ui.buttons import ButtonBox
from emeeting.ui.safe_text import plain_label
from emeeting.ui.task_runner import ChangeBus, TaskRunner, user_message


class ConnectDialog(QDialog):
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
        self.form.addRow("", self.url_edit)
        self.form.addRow("", self.user_edit)
        self.form.addRow("", self.password_edit)
        self.form.addRow("", self.totp_edit)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

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


class ConflictsDialog(QDialog):
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
        self.resize(760, 420)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

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


class AttendeeDialog(QDialog):
    """An attendee's answer to one meeting: RSVP with a reason, a choice on each open vote, a private note.
    Saving stores the answers here; the next sync sends them."""

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
        self.rsvp_combo = QComboBox(self)
        self.reason_edit = QLineEdit(self)
        self.note_edit = QPlainTextEdit(self)
        self.form = QFormLayout()
        self.form.addRow("", self.rsvp_combo)
        self.form.addRow("", self.reason_edit)
        self.form.addRow("", self.note_edit)
        self.message = plain_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._retranslate()
        runner.read(self._load, self._show, lambda _e, message: self.message.setText(message))

    def _rsvp_labels(self) -> dict[m.Rsvp, str]:
        return {
            m.Rsvp.PENDING: self.tr("Not answered yet"),
            m.Rsvp.ACCEPTED: self.tr("I will attend"),
            m.Rsvp.DECLINED: self.tr("I cannot attend"),
            m.Rsvp.SUBSTITUTE: self.tr("Someone attends in my place"),
        }

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

    def _load(self) -> tuple[m.Invitation | None, list[tuple[m.Vote, m.Choice | None]], list[object]]:
        records = self._service.records
        mine = records.select(m.Invitation, meeting_id=self._meeting_id, person_id=self._person_id)
        votes = [
            v for v in records.select(m.Vote, meeting_id=self._meeting_id) if v.result is m.VoteResult.PENDING
        ]
        ballots = {
            b.vote_id: b.choice
            for b in records.select(m.Ballot, vote_id=[v.id for v in votes], person_id=self._person_id)
        }
        notes = [n for n in self._service.notes(self._meeting_id) if n.item_id is None]
        return (mine[0] if mine else None), [(v, ballots.get(v.id)) for v in votes], list(notes)

    def _show(
        self, loaded: tuple[m.Invitation | None, list[tuple[m.Vote, m.Choice | None]], list[object]]
    ) -> None:
        invitation, votes, notes = loaded
        self._invitation = invitation
        for rsvp, text in self._rsvp_labels().items():
            self.rsvp_combo.addItem(text, rsvp.value)
        if invitation is not None:
            self.rsvp_combo.setCurrentIndex(self.rsvp_combo.findData(invitation.rsvp.value))
            self.reason_edit.setText(invitation.rsvp_reason)
        self.rsvp_combo.setEnabled(invitation is not None)
        self.reason_edit.setEnabled(invitation is not None)
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

        def work() -> Changes:
            changes = Changes()
            if invitation is not None and (rsvp, reason.strip()) != (invitation.rsvp, invitation.rsvp_reason):
                changes |= service.rsvp(invitation.id, rsvp, reason)
            for vote, value in choices:
                if value is not None:
                    changes |= service.cast_ballot(vote.id, person_id, m.Choice(str(value)))
            if note.strip() or note_id is not None:
                service.save_note(meeting_id, note, note_id=note_id)
            return changes

        self.buttons.setEnabled(False)
        self._runner.write(work, self._on_saved, self._on_failed)

    def _on_saved(self, changes: Changes) -> None:
        self._bus.publish(changes)
        self.saved.emit()
        self.accept()

    def _on_failed(self, _error: BaseException, message: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


OnConnected = Callable[[str, bool], None]
