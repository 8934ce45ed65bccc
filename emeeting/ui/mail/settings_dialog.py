"""File ▸ E-mail settings…: the office's outgoing mail server (SMTP) with a test message, the mailbox that
calendar replies arrive in (IMAP, off unless turned on), and each committee's reminders.

The settings are kept in the data folder, the passwords in the OS password store (or, without one, for
this session only, which the dialog says). Reading, saving, the test message and reading replies run
through the task runner; nothing here waits on the network or the password store on the GUI thread."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.mail.settings import (
    DEFAULT_PORTS,
    ImapSettings,
    MailSettingsStore,
    ReminderSettings,
    Security,
    SmtpSettings,
    check,
)
from emeeting.ui.mail import mail_settings
from emeeting.ui.widgets.buttons import ButtonBox
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.fields import EnumCombo
from emeeting.ui.widgets.form_rows import labelled_row
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.screen_fit import resize_within_screen
from emeeting.ui.widgets.style import Tone, ToneLabel
from emeeting.ui.widgets.task_runner import user_message

if TYPE_CHECKING:
    from emeeting.mail.replies import ReplyReport

# Examples shown in empty fields: addresses, the same in every language.
EXAMPLE_HOST, EXAMPLE_SENDER = "mail.example.go.th", "saraban@example.go.th"


def security_label(security: Security) -> str:
    return {
        Security.STARTTLS: QCoreApplication.translate(
            "MailSettingsDialog", "STARTTLS (encrypted after connecting)"
        ),
        Security.TLS: QCoreApplication.translate("MailSettingsDialog", "TLS (encrypted from the start)"),
        Security.NONE: QCoreApplication.translate(
            "MailSettingsDialog", "None (only inside the office network)"
        ),
    }[security]


@dataclass(frozen=True)
class _Loaded:
    smtp: SmtpSettings
    imap: ImapSettings
    reminders: ReminderSettings
    smtp_password: bool  # a password is stored for the saved SMTP login
    imap_password: bool
    committees: list[m.Committee]


@dataclass(frozen=True)
class _Saved:
    kept: bool  # every password given was taken by the OS password store
    why: str  # when not: the reason, in the UI's language


class _ServerFields:
    """Host, port, security, user and password of one mail server, as rows of a form; the port follows
    the security while it is that security's usual port."""

    def __init__(self, parent: QWidget, form: QFormLayout, kind: str) -> None:
        self.kind = kind
        self.host_edit = QLineEdit(parent)
        self.host_edit.setPlaceholderText(EXAMPLE_HOST)
        self.port_box = QSpinBox(parent)
        self.port_box.setRange(1, 65535)
        self.security_combo: EnumCombo[Security] = EnumCombo(Security, security_label, parent=parent)
        self.user_edit = QLineEdit(parent)
        self.password_edit = QLineEdit(parent)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = {
            field: labelled_row(form, field)
            for field in (
                self.host_edit,
                self.port_box,
                self.security_combo,
                self.user_edit,
                self.password_edit,
            )
        }
        self._security = Security.STARTTLS
        self.security_combo.currentIndexChanged.connect(self._security_changed)

    def show(self, host: str, port: int, security: Security, user: str) -> None:
        self.host_edit.setText(host)
        self._security = security
        self.security_combo.set_value(security)
        self.port_box.setValue(port)
        self.user_edit.setText(user)

    def _security_changed(self) -> None:
        new = self.security_combo.value() or Security.STARTTLS
        ports = DEFAULT_PORTS[self.kind]
        if self.port_box.value() == ports[self._security]:  # the usual port: the new one's usual port
            self.port_box.setValue(ports[new])
        self._security = new

    def values(self) -> tuple[str, int, Security, str]:
        return (
            self.host_edit.text().strip(),
            self.port_box.value(),
            self.security_combo.value() or Security.STARTTLS,
            self.user_edit.text().strip(),
        )

    def retranslate(self, stored: bool) -> None:
        for field, text in (
            (self.host_edit, QCoreApplication.translate("MailSettingsDialog", "Server:")),
            (self.port_box, QCoreApplication.translate("MailSettingsDialog", "Port:")),
            (self.security_combo, QCoreApplication.translate("MailSettingsDialog", "Encryption:")),
            (self.user_edit, QCoreApplication.translate("MailSettingsDialog", "User name:")),
            (self.password_edit, QCoreApplication.translate("MailSettingsDialog", "Password:")),
        ):
            self.labels[field].setText(text)
        self.user_edit.setPlaceholderText(
            QCoreApplication.translate("MailSettingsDialog", "empty when the server needs no login")
        )
        self.password_edit.setPlaceholderText(
            QCoreApplication.translate("MailSettingsDialog", "stored; type a new one to replace it")
            if stored
            else QCoreApplication.translate("MailSettingsDialog", "kept in the computer's password store")
        )


class MailSettingsDialog(FollowsLanguage, QDialog):
    """The office's mail settings in three tabs: Sending, Replies, Reminders.

    ``saved()`` fires once the settings are stored."""

    saved = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailSettingsDialog")
        self._context = context
        self._runner = context.runner
        self._store: MailSettingsStore = mail_settings(context)
        self._loaded: _Loaded | None = None
        self.tabs = QTabWidget(self)

        # Sending (SMTP)
        self.smtp_page = QWidget(self.tabs)
        smtp_form = QFormLayout()
        smtp_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.smtp = _ServerFields(self.smtp_page, smtp_form, "smtp")
        self.sender_edit = QLineEdit(self.smtp_page)
        self.sender_edit.setPlaceholderText(EXAMPLE_SENDER)
        self.sender_name_edit = QLineEdit(self.smtp_page)
        self.timeout_box = QSpinBox(self.smtp_page)
        self.timeout_box.setRange(5, 300)
        self.sender_label = labelled_row(smtp_form, self.sender_edit)
        self.sender_name_label = labelled_row(smtp_form, self.sender_name_edit)
        self.timeout_label = labelled_row(smtp_form, self.timeout_box)
        self.test_edit = QLineEdit(self.smtp_page)
        self.test_edit.setObjectName("testAddress")
        self.test_button = QPushButton(self.smtp_page)
        self.test_button.setObjectName("sendTestMessage")
        self.test_button.clicked.connect(self.send_test)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_edit, 1)
        test_row.addWidget(self.test_button)
        self.test_label = plain_label(self.smtp_page)
        self.test_label.setBuddy(self.test_edit)
        smtp_form.addRow(self.test_label, test_row)
        smtp_layout = QVBoxLayout(self.smtp_page)
        smtp_layout.addLayout(smtp_form)
        smtp_layout.addStretch(1)

        # Replies (IMAP)
        self.imap_page = QWidget(self.tabs)
        self.imap_check = QCheckBox(self.imap_page)
        self.imap_check.setObjectName("readReplies")
        self.imap_intro = plain_label(self.imap_page)
        self.imap_intro.setWordWrap(True)
        imap_form = QFormLayout()
        imap_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.imap = _ServerFields(self.imap_page, imap_form, "imap")
        self.folder_edit = QLineEdit(self.imap_page)
        self.folder_label = labelled_row(imap_form, self.folder_edit)
        self.read_button = QPushButton(self.imap_page)
        self.read_button.setObjectName("readRepliesNow")
        self.read_button.clicked.connect(self.read_replies)
        imap_layout = QVBoxLayout(self.imap_page)
        imap_layout.addWidget(self.imap_intro)
        imap_layout.addWidget(self.imap_check)
        imap_layout.addLayout(imap_form)
        read_row = QHBoxLayout()
        read_row.addStretch(1)
        read_row.addWidget(self.read_button)
        imap_layout.addLayout(read_row)
        imap_layout.addStretch(1)
        self.imap_check.toggled.connect(self._imap_toggled)

        # Reminders
        self.reminders_page = QWidget(self.tabs)
        self.reminders_intro = plain_label(self.reminders_page)
        self.reminders_intro.setWordWrap(True)
        self.committee_table = QTableWidget(0, 2, self.reminders_page)
        self.committee_table.setObjectName("reminderDays")
        self.committee_table.verticalHeader().hide()
        self.committee_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.committee_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.committee_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.non_responders_check = QCheckBox(self.reminders_page)
        self.non_responders_check.setObjectName("remindNonResponders")
        reminders_layout = QVBoxLayout(self.reminders_page)
        reminders_layout.addWidget(self.reminders_intro)
        reminders_layout.addWidget(self.committee_table, 1)
        reminders_layout.addWidget(self.non_responders_check)

        self.tabs.addTab(self.smtp_page, "")
        self.tabs.addTab(self.imap_page, "")
        self.tabs.addTab(self.reminders_page, "")
        self.message = ToneLabel(self)
        self.message.setObjectName("mailSettingsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = ButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Until the settings are read: the usual values, greyed (not the spin boxes' minimums).
        smtp, imap = SmtpSettings(), ImapSettings()
        self.smtp.show(smtp.host, smtp.port, smtp.security, smtp.user)
        self.imap.show(imap.host, imap.port, imap.security, imap.user)
        self.timeout_box.setValue(round(smtp.timeout_seconds))
        self.setEnabled(False)
        self._retranslate()
        resize_within_screen(self, 620, 540)
        self._runner.read(self._load, self._show, self._failed)

    # -- reading -------------------------------------------------------------------------------------

    def _load(self) -> _Loaded:
        store = self._store
        smtp, imap = store.smtp(), store.imap()
        return _Loaded(
            smtp,
            imap,
            store.reminders(),
            bool(smtp.user and store.password(smtp)),
            bool(imap.user and store.password(imap)),
            self._context.services.records.select(m.Committee, order_by=("short_name",)),
        )

    def _show(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        smtp, imap, reminders = loaded.smtp, loaded.imap, loaded.reminders
        self.smtp.show(smtp.host, smtp.port, smtp.security, smtp.user)
        self.sender_edit.setText(smtp.sender_address)
        self.sender_name_edit.setText(smtp.sender_name)
        self.timeout_box.setValue(round(smtp.timeout_seconds))
        self.imap.show(imap.host, imap.port, imap.security, imap.user)
        self.imap_check.setChecked(imap.enabled)
        self.folder_edit.setText(imap.folder)
        self.committee_table.setRowCount(len(loaded.committees))
        for row, committee in enumerate(loaded.committees):
            name = QTableWidgetItem(f"{committee.short_name} · {committee.name}")
            name.setToolTip(committee.name)
            self.committee_table.setItem(row, 0, name)
            days = QSpinBox(self.committee_table)
            days.setRange(0, 60)
            days.setValue(reminders.days_for(committee.id))
            days.setAccessibleName(f"{self._days_header()} · {committee.short_name}")
            self.committee_table.setCellWidget(row, 1, days)
        self.non_responders_check.setChecked(reminders.non_responders)
        self._imap_toggled(imap.enabled)
        self._retranslate()
        self.setEnabled(True)

    def _failed(self, _error: BaseException, message: str) -> None:
        self.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._say(message, Tone.BAD)

    def day_box(self, committee_id: str) -> QSpinBox:
        """The days-before box of a committee's row."""
        assert self._loaded is not None
        row = [c.id for c in self._loaded.committees].index(committee_id)
        box = self.committee_table.cellWidget(row, 1)
        assert isinstance(box, QSpinBox)
        return box

    # -- the settings on screen ------------------------------------------------------------------------

    def smtp_settings(self) -> SmtpSettings:
        host, port, security, user = self.smtp.values()
        base = self._loaded.smtp if self._loaded else SmtpSettings()
        return dataclasses.replace(
            base,
            host=host,
            port=port,
            security=security,
            user=user,
            sender_address=self.sender_edit.text().strip(),
            sender_name=self.sender_name_edit.text().strip(),
            timeout_seconds=float(self.timeout_box.value()),
        )

    def imap_settings(self) -> ImapSettings:
        host, port, security, user = self.imap.values()
        base = self._loaded.imap if self._loaded else ImapSettings()
        return dataclasses.replace(  # (what the dialog does not show, a trusted certificate, is kept)
            base,
            enabled=self.imap_check.isChecked(),
            host=host,
            port=port,
            security=security,
            user=user,
            folder=self.folder_edit.text().strip() or "INBOX",
        )

    def reminder_settings(self) -> ReminderSettings:
        committees = self._loaded.committees if self._loaded else []
        days = {c.id: self.day_box(c.id).value() for c in committees}
        return ReminderSettings(
            days_before={k: v for k, v in days.items() if v},
            non_responders=self.non_responders_check.isChecked(),
        )

    # -- actions ---------------------------------------------------------------------------------------

    def save(self, then: Callable[[], object] | None = None) -> None:
        """Store the settings (and any password typed); ``then()`` runs once they are stored."""
        try:
            smtp, imap, reminders = self.smtp_settings(), self.imap_settings(), self.reminder_settings()
            for settings in (smtp, imap, reminders):
                check(settings)
        except Exception as error:  # a ValidationError: said where the user is looking
            self._say(user_message(error), Tone.BAD)
            return
        smtp_password, imap_password = self.smtp.password_edit.text(), self.imap.password_edit.text()
        store = self._store

        def work() -> _Saved:
            for settings in (smtp, imap, reminders):
                store.save(settings)
            kept = True
            if smtp_password and smtp.user:
                kept = store.set_password(smtp, smtp_password) and kept
            if imap_password and imap.user:
                kept = store.set_password(imap, imap_password) and kept
            why = store.passwords.check()
            return _Saved(kept, "" if kept or why is None else user_message(why))

        self._busy(True)
        self._runner.write(work, lambda saved: self._saved(saved, then), self._action_failed)

    def _saved(self, saved: _Saved, then: Callable[[], object] | None) -> None:
        self._busy(False)
        self.smtp.password_edit.clear()
        self.imap.password_edit.clear()
        self._loaded = dataclasses.replace(
            self._loaded or _Loaded(SmtpSettings(), ImapSettings(), ReminderSettings(), False, False, []),
            smtp=self.smtp_settings(),
            imap=self.imap_settings(),
            reminders=self.reminder_settings(),
        )
        if saved.kept:
            self._say(self.tr("The e-mail settings are saved."), Tone.GOOD)
        else:
            self._say(
                self.tr(
                    "The e-mail settings are saved. The password is kept for this session only: {why}"
                ).format(why=saved.why),
                Tone.WARN,
            )
        self.saved.emit()
        if then is not None:
            then()

    def send_test(self) -> None:
        """Save, then send a test message to the address given (the sender's own when none is)."""
        to = self.test_edit.text().strip() or self.sender_edit.text().strip()
        if not to:
            self._say(self.tr("Type the address the test message goes to."), Tone.WARN)
            self.test_edit.setFocus()
            return
        self.save(then=lambda: self._send_test(to))

    def _send_test(self, to: str) -> None:
        from emeeting.mail.outbox import Outbox  # the sending is loaded when first used

        outbox = Outbox(self._context.services, self._store)
        self._busy(True)
        self._say(self.tr("Sending a test message to {address}…").format(address=to), None)
        self._runner.read(
            lambda: outbox.send_test(to), lambda _none: self._test_sent(to), self._action_failed
        )

    def _test_sent(self, to: str) -> None:
        self._busy(False)
        self._say(self.tr("A test message was sent to {address}.").format(address=to), Tone.GOOD)

    def read_replies(self) -> None:
        """Save, then read the replies mailbox once and say what was recorded."""
        self.save(then=self._read_replies)

    def _read_replies(self) -> None:
        from emeeting.mail.replies import read_replies  # loaded when first used

        services, store = self._context.services, self._store
        self._busy(True)
        self._say(self.tr("Reading replies…"), None)
        self._runner.read(lambda: read_replies(services, store), self._replies_read, self._action_failed)

    def _replies_read(self, report: ReplyReport) -> None:
        self._busy(False)
        text = self.tr("Replies read: %n answer(s) recorded.", "", report.recorded)
        if report.failed:
            text += " " + self.tr(
                "%n could not be recorded now and are read again next time.", "", report.failed
            )
        self._say(text, Tone.WARN if report.failed else Tone.GOOD)
        self._context.bus.publish(report.changes)  # the answers recorded, for the Invitees tab

    def _action_failed(self, _error: BaseException, message: str) -> None:
        self._busy(False)
        self._say(message, Tone.BAD)

    # -- helpers ---------------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for widget in (self.buttons, self.test_button, self.read_button):
            widget.setEnabled(not busy)

    def _say(self, text: str, tone: Tone | None) -> None:
        self.message.setText(text)
        self.message.set_tone(tone)

    def _imap_toggled(self, on: bool) -> None:
        for widget in (*self.imap.labels, self.folder_edit, self.read_button):
            widget.setEnabled(on)

    def _days_header(self) -> str:
        return self.tr("Days before")

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("E-mail settings"))
        self.tabs.setTabText(0, self.tr("Sending"))
        self.tabs.setTabText(1, self.tr("Replies"))
        self.tabs.setTabText(2, self.tr("Reminders"))
        loaded = self._loaded
        self.smtp.retranslate(bool(loaded and loaded.smtp_password))
        self.imap.retranslate(bool(loaded and loaded.imap_password))
        self.sender_label.setText(self.tr("Sender address:"))
        self.sender_name_label.setText(self.tr("Sender name:"))
        self.sender_name_edit.setPlaceholderText(self.tr("e.g. the committee's secretariat"))
        self.timeout_label.setText(self.tr("Wait for the server (seconds):"))
        self.test_label.setText(self.tr("Test message to:"))
        self.test_edit.setPlaceholderText(self.tr("the sender address when empty"))
        self.test_button.setText(self.tr("Send a test message"))
        self.imap_intro.setText(
            self.tr(
                "When a member answers the invitation in their calendar, the answer comes back by "
                "e-mail. emeeting can read those answers from a mailbox folder and record them as the "
                "members' replies."
            )
        )
        self.imap_check.setText(self.tr("Read calendar replies from this mailbox"))
        self.folder_label.setText(self.tr("Folder:"))
        self.read_button.setText(self.tr("Read replies now"))
        self.reminders_intro.setText(
            self.tr(
                "A reminder goes by e-mail to the invitees the given number of days before each meeting "
                "of the committee (0: no reminder), while emeeting is open on this computer or when the "
                "scheduled task runs."
            )
        )
        self.committee_table.setHorizontalHeaderLabels([self.tr("Committee"), self._days_header()])
        self.non_responders_check.setText(self.tr("Also remind those who have not answered yet"))
