"""Send invitations… (and the update, the cancellation or a reminder): who gets what — the plan, with
those who get nothing and why —, the board book as a tick, Send; progress with Cancel while the
messages go out in the background; then the result, and "Send again to those that failed".

The plan and the sending are ``emeeting.mail.outbox``'s; the sending runs in the task runner's pool
(network, then a short write per message), its progress read by a timer on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.domain.mailing import MailKind
from emeeting.ui.mail import mail_settings
from emeeting.ui.mail.mail_status import kind_label
from emeeting.ui.widgets.buttons import ButtonBox
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.screen_fit import resize_within_screen
from emeeting.ui.widgets.style import Tone, ToneLabel

NAME, ADDRESS, WHAT, RESULT = range(4)


class _Progress:
    """Written by the sending's worker thread, read by a timer on the GUI thread; also the Cancel flag."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: tuple[int, int, str] = (0, 0, "")
        self.cancel = threading.Event()

    def set(self, done: int, total: int, name: str) -> None:
        with self._lock:
            self._value = (done, total, name)

    def get(self) -> tuple[int, int, str]:
        with self._lock:
            return self._value


def skip_label(reason: object) -> str:
    """Why someone gets nothing now (an ``outbox.SkipReason``), in words."""
    value = getattr(reason, "value", str(reason))
    return {
        "no_address": QCoreApplication.translate("SendMailDialog", "no e-mail address"),
        "up_to_date": QCoreApplication.translate("SendMailDialog", "already sent"),
        "not_invited": QCoreApplication.translate("SendMailDialog", "not invited"),
        "answered": QCoreApplication.translate("SendMailDialog", "has answered"),
        "cancelled": QCoreApplication.translate("SendMailDialog", "the meeting is cancelled"),
        "not_answered": QCoreApplication.translate("SendMailDialog", "has not answered"),
        "not_attending": QCoreApplication.translate("SendMailDialog", "not attending"),
        "held": QCoreApplication.translate("SendMailDialog", "the meeting has begun or is over"),
    }.get(value, value.replace("_", " "))


class SendMailDialog(FollowsLanguage, QDialog):
    """The messages of one meeting to send now. ``reminder``: a reminder to those who have not answered
    instead of the invitations, updates and cancellations; ``to``: only these people (person ids).

    ``sent(report)`` fires after each sending (an ``outbox.SendReport``)."""

    sent = Signal(object)

    def __init__(
        self,
        context: UiContext,
        meeting_id: str,
        parent: QWidget | None = None,
        *,
        reminder: bool = False,
        to: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendMailDialog")
        self._context = context
        self._meeting_id = meeting_id
        self._reminder = reminder
        self._to = list(to) if to is not None else None
        self._settings = mail_settings(context)
        self.plan: object | None = None  # the outbox.MailPlan shown
        self.report: object | None = None  # the last outbox.SendReport
        self.sending = False
        self._progress = _Progress()
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_progress)

        self.intro = plain_label(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("mailPlan")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ADDRESS, 240)
        header.resizeSection(WHAT, 110)
        header.resizeSection(RESULT, 160)
        self.board_book_check = QCheckBox(self)
        self.board_book_check.setObjectName("attachBoardBook")
        self.board_book_check.setVisible(not reminder)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.message = ToneLabel(self)
        self.message.setObjectName("sendMailMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = ButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close, self
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setObjectName("sendMail")
        self.buttons.relabel(QDialogButtonBox.StandardButton.Ok, self._send_text)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelSending")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("sendAgain")
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("openMailSettings")
        for button in (self.cancel_button, self.retry_button, self.settings_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.hide()  # (the box shows what it is given): each shows when it applies
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self.send_again)
        self.settings_button.clicked.connect(self._open_settings)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.board_book_check)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.send_button.setEnabled(False)
        self._retranslate()
        resize_within_screen(self, 760, 480)
        self.load()

    # -- the plan --------------------------------------------------------------------------------------

    def _outbox(self) -> object:
        from emeeting.mail.outbox import Outbox  # the sending is loaded when first used

        return Outbox(self._context.services, self._settings)

    def load(self) -> None:
        """Read the plan (and whether mail is set up) in the background."""
        settings = self._settings

        def work() -> tuple[object, bool]:
            return self._replan(), settings.smtp().configured

        self._context.runner.read(work, self._show_plan, self._failed)

    def _show_plan(self, loaded: tuple[object, bool]) -> None:
        plan, configured = loaded
        self.plan = plan
        outgoing = list(getattr(plan, "outgoing", ()))
        skipped = list(getattr(plan, "skipped", ()))
        self.table.setRowCount(len(outgoing) + len(skipped))
        for row, message in enumerate(outgoing):
            self._set_row(row, message.name, message.address, kind_label(message.kind), "")
        for row, skip in enumerate(skipped, start=len(outgoing)):
            self._set_row(row, skip.name, skip.address, "—", skip_label(skip.reason), muted=True)
        self.board_book_check.setVisible(
            not self._reminder and any(o.kind is not MailKind.CANCEL for o in outgoing)
        )
        self.settings_button.setVisible(not configured)
        self.send_button.setEnabled(bool(outgoing) and configured)
        if not configured:
            self._say(
                self.tr("E-mail is not set up on this computer yet: open the e-mail settings first."),
                Tone.WARN,
            )
        elif not outgoing and skipped and all(s.reason.value == "held" for s in skipped):
            self._say(self.tr("This meeting has begun or is over: there are no invitations to send."), None)
        elif not outgoing:
            self._say(self.tr("There is nothing to send: everyone has been sent what is current."), None)
        else:
            self._say(self.tr("%n message(s) to send.", "", len(outgoing)), None)

    def _set_row(
        self, row: int, name: str, address: str, what: str, result: str, muted: bool = False
    ) -> None:
        for column, text in enumerate((name, address, what, result)):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if muted:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, column, cell)

    # -- sending ---------------------------------------------------------------------------------------

    def send(self) -> None:
        plan = self.plan
        if plan is None or self.sending or not getattr(plan, "outgoing", ()):
            return
        outbox = self._outbox()
        progress = self._progress = _Progress()
        board_book = self.board_book_check.isVisible() and self.board_book_check.isChecked()
        self.sending = True
        self.send_button.setEnabled(False)
        self.retry_button.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(False)
        self.progress_bar.setRange(0, len(plan.outgoing))  # type: ignore[attr-defined]
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self._say(self.tr("Sending…"), None)
        self._poll.start()
        self._context.runner.read(
            lambda: outbox.send(  # type: ignore[attr-defined]
                plan, board_book=board_book, progress=progress.set, cancelled=progress.cancel.is_set
            ),
            self._sent,
            self._send_failed,
        )

    def cancel(self) -> None:
        """Stop after the message being sent now; what was sent stays sent (and recorded)."""
        self._progress.cancel.set()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Stopping after the message being sent now…"), None)

    def _show_progress(self) -> None:
        done, total, name = self._progress.get()
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
            if not self._progress.cancel.is_set():
                self._say(
                    self.tr("Sending {done} of {total}: {name}").format(done=done, total=total, name=name),
                    None,
                )

    def _finish_sending(self) -> None:
        self._poll.stop()
        self.sending = False
        self.cancel_button.hide()
        self.progress_bar.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(True)

    def _sent(self, report: object) -> None:
        self._finish_sending()
        self.report = report
        sent = list(getattr(report, "sent", ()))
        failed = list(getattr(report, "failed", ()))
        results = {(o.person_id, o.kind): self.tr("sent") for o in sent}
        results.update(
            {(o.person_id, o.kind): self.tr("failed: {reason}").format(reason=why) for o, why in failed}
        )
        outgoing = list(getattr(self.plan, "outgoing", ()))
        for row, message in enumerate(outgoing):
            text = results.get((message.person_id, message.kind), self.tr("not sent"))
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            self.table.setItem(row, RESULT, cell)
        parts = [self.tr("%n sent", "", len(sent))]
        if failed:
            parts.append(self.tr("%n failed", "", len(failed)))
        if getattr(report, "cancelled", False):
            parts.append(self.tr("the rest cancelled"))
        if getattr(report, "notice_set", None) is not None:
            parts.append(self.tr("the notice date is set"))
        tone = Tone.BAD if failed and not sent else Tone.WARN if failed or report.cancelled else Tone.GOOD  # type: ignore[attr-defined]
        self._say(" · ".join(parts), tone)
        self.retry_button.setVisible(bool(failed) or bool(getattr(report, "cancelled", False)))
        self.send_button.setEnabled(False)
        self._context.bus.publish(Changes.of(Kind.MEETING, self._meeting_id))
        self.sent.emit(report)

    def _send_failed(self, _error: BaseException, message: str) -> None:
        self._finish_sending()
        self.send_button.setEnabled(True)
        self._say(message, Tone.BAD)

    def send_again(self) -> None:
        """A new plan for those whose message failed or was not sent (cancelled), then send it."""
        report = self.report
        failed = [o.person_id for o, _why in getattr(report, "failed", ())]
        done = {(o.person_id, o.kind) for o in getattr(report, "sent", ())}
        done |= {(o.person_id, o.kind) for o, _why in getattr(report, "failed", ())}
        not_sent = [
            o.person_id for o in getattr(self.plan, "outgoing", ()) if (o.person_id, o.kind) not in done
        ]
        self._to = sorted(set(failed) | set(not_sent))
        self.retry_button.hide()
        self.plan = None
        self._context.runner.read(self._replan, self._replanned, self._failed)

    def _replan(self) -> object:
        """(On a worker thread.)"""
        from emeeting.mail.outbox import Reminder

        reminder = Reminder.NOT_ANSWERED if self._reminder else None
        return self._outbox().plan(self._meeting_id, to=self._to, reminder=reminder)  # type: ignore[attr-defined]

    def _replanned(self, plan: object) -> None:
        self._show_plan((plan, True))
        self.send()

    def _failed(self, _error: BaseException, message: str) -> None:
        self._say(message, Tone.BAD)

    def _open_settings(self) -> None:
        from emeeting.ui.mail.settings_dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self._context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.load)
        dialog.open()

    def reject(self) -> None:
        if self.sending:  # closing while sending cancels what is not sent yet
            self.cancel()
            return
        super().reject()

    # -- words -----------------------------------------------------------------------------------------

    def _send_text(self) -> str:
        return self.tr("Send reminders") if self._reminder else self.tr("Send")

    def _say(self, text: str, tone: Tone | None) -> None:
        self.message.setText(text)
        self.message.set_tone(tone)

    def _retranslate(self) -> None:
        if self._reminder:
            self.setWindowTitle(self.tr("Remind those who have not answered"))
            self.intro.setText(
                self.tr("A reminder goes by e-mail to each invitee who has not answered the invitation yet.")
            )
        else:
            self.setWindowTitle(self.tr("Send invitations by e-mail"))
            self.intro.setText(
                self.tr(
                    "Each invitee gets a message with the invitation letter, the agenda and a calendar "
                    "invitation (in English to those whose names are written in Latin letters, otherwise in "
                    "Thai); those sent the meeting before get an update when its date or place changed, or "
                    "the cancellation."
                )
            )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Message"), self.tr("Result")]
        )
        self.board_book_check.setText(
            self.tr("Attach the board book (each reader's own, with their watermark)")
        )
        self.cancel_button.setText(self.tr("Cancel sending"))
        self.retry_button.setText(self.tr("Send again to those that failed"))
        self.settings_button.setText(self.tr("E-mail settings…"))
