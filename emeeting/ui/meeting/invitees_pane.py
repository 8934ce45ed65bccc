"""The Invitees tab: the whole committee in one action, guests and presenters per item, RSVPs and
substitutes. A guest, presenter or substitute who is not in the directory yet is entered in the dialog and
stored with their invitation. Every change is an undoable step through the services."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.services.meetings import MeetingView
from emeeting.storage.mail_log import MailLog
from emeeting.ui.directory.person_form import PersonChoice, PersonChoiceDialog
from emeeting.ui.mail import mail_status
from emeeting.ui.mail.mail_status import MeetingMail, meeting_mail
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.buttons import dialog_buttons
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.fields import EnumCombo, in_language_order
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.read_only import lock
from emeeting.ui.widgets.safe_text import notice_banner, plain_label
from emeeting.ui.widgets.style import Tone, icon, tone_text_colour
from emeeting.ui.widgets.task_runner import LatestRead

NAME, POSITION, ROLE, ITEM, RSVP, NOTE, MAIL = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class InviteesPane(FollowsLanguage, QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._services = context.services
        self._history = context.history
        self._mail: MeetingMail | None = None  # what was sent of the meeting shown
        self._mail_read = LatestRead(context.runner)
        self._view: MeetingView | None = None
        self._people: list[m.Person] = []
        self._filling = False
        self._read_only = False

        self.invite_button = QPushButton(self)
        self.invite_button.setObjectName("inviteCommittee")
        self.guest_button = QPushButton(self)
        self.substitute_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendInvitations")
        self.send_button.setIcon(icon("send"))
        self.remind_button = QPushButton(self)
        self.remind_button.setObjectName("remindNonResponders")
        tools = QHBoxLayout()
        for button in (self.invite_button, self.guest_button, self.substitute_button, self.remove_button):
            tools.addWidget(button)
        tools.addStretch(1)
        # The date or place changed since the invitations went out, or the meeting is cancelled.
        self.mail_notice = notice_banner(self, "mailNotice", "mail", Tone.WARN)
        self.mail_notice_button = QPushButton(self)
        self.mail_notice_button.setObjectName("sendMailNotice")
        self.mail_notice_button.hide()
        # E-mail on a row of its own: the tools above keep their width on a small laptop screen.
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.mail_notice, 1)
        notice_row.addWidget(self.mail_notice_button)
        notice_row.addWidget(self.send_button)
        notice_row.addWidget(self.remind_button)
        notice_row.addStretch(0)  # (takes the room the notice leaves, if any)

        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("invitees")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Long positions, item titles and notes elide instead of widening the window.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Stretch)
        for column in (NAME, ROLE, RSVP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(ITEM, 180)
        header.resizeSection(NOTE, 200)
        header.resizeSection(MAIL, 170)
        self.table.setWordWrap(False)
        self.summary_label = plain_label(self)
        self.summary_label.setObjectName("inviteesSummary")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(tools)
        layout.addLayout(notice_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)

        self.invite_button.clicked.connect(self.invite_committee)
        self.guest_button.clicked.connect(self._ask_guest)
        self.substitute_button.clicked.connect(self._ask_substitute)
        self.remove_button.clicked.connect(self.remove_selected)
        self.send_button.clicked.connect(lambda: self.open_sending())
        self.mail_notice_button.clicked.connect(lambda: self.open_sending())
        self.remind_button.clicked.connect(lambda: self.open_sending(reminder=True))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._retranslate()
        self._update_buttons()

    # -- content ---------------------------------------------------------------------------------------

    def set_people(self, people: Sequence[m.Person]) -> None:
        self._people = list(people)

    def set_read_only(self, read_only: bool) -> None:
        """Attendee mode: no one is invited or removed here and no answer changed (an attendee gives their
        own answer through the Sync menu)."""
        self._read_only = read_only
        lock(
            [self.invite_button, self.guest_button, self.substitute_button, self.remove_button,
             self.send_button, self.remind_button, self.mail_notice_button],
            read_only,
        )  # fmt: skip
        for row in range(self.table.rowCount()):
            if (combo := self.table.cellWidget(row, RSVP)) is not None:
                combo.setEnabled(not read_only)

    def show_meeting(self, view: MeetingView) -> None:
        selected = self.selected_invitation()
        if self._view is None or self._view.summary.meeting.id != view.summary.meeting.id:
            self._mail = None
        self._view = view
        self._fill(selected.id if selected else None)
        self.read_mail()

    def clear(self) -> None:
        self._view = None
        self._mail = None
        self._mail_read.drop()
        self.table.setRowCount(0)
        self.mail_notice.hide()
        self.mail_notice_button.hide()
        self._update_buttons()

    # -- e-mail ----------------------------------------------------------------------------------------

    def read_mail(self) -> None:
        """Read what was sent of the meeting shown (the mail column and the notice follow)."""
        view = self._view
        if view is None:
            return
        meeting = view.summary.meeting
        log = MailLog(self._services.store)
        self._mail_read.read(
            lambda: meeting_mail(meeting, log.messages(meeting.id)), self._show_mail, lambda _e, _m: None
        )

    def _show_mail(self, mail: MeetingMail) -> None:
        self._mail = mail
        self._fill_mail()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # The e-mail column's tones follow light and dark, once the table has its new palette too.
            QTimer.singleShot(0, self._fill_mail)

    def _fill_mail(self) -> None:
        mail, view = self._mail, self._view
        if view is None:
            return
        language = labels.ui_language()
        for row, inv in enumerate(self.invitations()):
            if mail is None:
                text, tooltip, tone = "", "", None
            else:
                text, tooltip, tone = mail_status.status(mail, inv.person_id, language)
            cell = QTableWidgetItem(text)
            cell.setData(ID_ROLE, inv.id)
            cell.setToolTip(tooltip or text)
            if tone is not None:
                cell.setForeground(tone_text_colour(tone, self.table.palette()))
            self.table.setItem(row, MAIL, cell)
        behind = len(mail.behind) if mail is not None else 0
        if behind and mail is not None and mail.cancelled:
            self.mail_notice.setText(
                self.tr("This meeting is cancelled: %n invitee(s) were sent its invitation.", "", behind)
            )
            self.mail_notice_button.setText(self.tr("Send the cancellation…"))
        elif behind:
            self.mail_notice.setText(
                self.tr(
                    "The date or place changed since the invitations were sent: %n invitee(s) should get "
                    "an update.",
                    "",
                    behind,
                )
            )
            self.mail_notice_button.setText(self.tr("Send the update…"))
        self.mail_notice.setVisible(bool(behind))
        self.mail_notice_button.setVisible(bool(behind))

    def open_sending(self, reminder: bool = False) -> QDialog | None:
        """Send invitations… (or the reminder to those who have not answered) for the meeting shown."""
        from emeeting.ui.mail.send_dialog import SendMailDialog

        if self._view is None:
            return None
        dialog = SendMailDialog(self._context, self._view.summary.meeting.id, self, reminder=reminder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(lambda _report: self.read_mail())
        dialog.open()
        return dialog

    def invitations(self) -> list[m.Invitation]:
        """In the order shown: members by first name, each substitute right after the member they stand in
        for, then presenters and guests."""
        view = self._view
        if view is None:
            return []
        order = {m.InviteeRole.MEMBER: 0, m.InviteeRole.PRESENTER: 1, m.InviteeRole.GUEST: 2}

        def name(person_id: str) -> tuple[str, str]:
            person = view.people.get(person_id)
            return (person.first_name, person.last_name) if person else (person_id, "")

        def key(inv: m.Invitation) -> tuple[int, tuple[str, str], int]:
            stands_for = inv.substitute_for_id
            return order[inv.role], name(stands_for or inv.person_id), 1 if stands_for else 0

        return sorted(view.invitations, key=key)

    def selected_invitation(self) -> m.Invitation | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self._view is None:
            return None
        cell = self.table.item(rows[0].row(), NAME)
        invitation_id = cell.data(ID_ROLE) if cell is not None else None
        return next((i for i in self._view.invitations if i.id == invitation_id), None)

    def rsvp_combo(self, row: int) -> EnumCombo[m.Rsvp]:
        widget = self.table.cellWidget(row, RSVP)
        assert isinstance(widget, EnumCombo)
        return widget

    # -- edits -----------------------------------------------------------------------------------------

    def invite_committee(self) -> None:
        """Invite every current member not invited yet; says so when there is nobody left to invite."""
        if self._view is None:
            return
        meeting_id = self._view.summary.meeting.id
        meetings = self._services.meetings
        self._runner_read(lambda: meetings.uninvited_members(meeting_id), self._invite_members)

    def _invite_members(self, people: list[str]) -> None:
        if self._view is None:
            return
        if not people:
            self.summary_label.setText(self.tr("Every member of the committee is invited already."))
            return
        meeting_id = self._view.summary.meeting.id
        meetings = self._services.meetings
        self._history.run(self.tr("Invite the committee"), lambda: meetings.invite_committee(meeting_id))

    def _runner_read(self, work: Callable[[], list[str]], done: Callable[[list[str]], object]) -> None:
        self._history.runner.read(work, done)

    def invite(self, person_id: str, role: m.InviteeRole, item_id: str | None) -> None:
        if self._view is None:
            return
        invitation = m.Invitation(self._view.summary.meeting.id, person_id, role=role, item_id=item_id)
        records = self._services.records
        self._history.run(
            self.tr("Invite a guest") if role is m.InviteeRole.GUEST else self.tr("Invite a presenter"),
            lambda: records.change(create=[invitation]),
        )

    def set_rsvp(self, invitation: m.Invitation, rsvp: m.Rsvp) -> None:
        if invitation.rsvp is rsvp:
            return
        after = dataclasses.replace(invitation, rsvp=rsvp)
        records = self._services.records
        self._history.run(
            self.tr("Change reply"),
            lambda: records.update(after, base=invitation),
        )

    def _on_rsvp(self, invitation: m.Invitation, combo: EnumCombo[m.Rsvp]) -> None:
        if not self._filling:
            self.set_rsvp(invitation, combo.value() or invitation.rsvp)

    def send_substitute(self, invitation: m.Invitation, person_id: str) -> None:
        """The invited member sends ``person_id`` in their place: one step, undone as one."""
        substitute, sends = _substitution(invitation, person_id)
        records = self._services.records
        self._history.run(
            self.tr("Send a substitute"),
            lambda: records.change(create=[substitute], update=[(sends, invitation)]),
        )

    def invite_new_person(self, person: m.Person, role: m.InviteeRole, item_id: str | None) -> None:
        """Store someone not in the directory yet and invite them: one step, undone as one."""
        if self._view is None:
            return
        invitation = m.Invitation(self._view.summary.meeting.id, person.id, role=role, item_id=item_id)
        meetings = self._services.meetings
        self._history.run(
            self.tr("Invite {name}").format(name=person.display_name),
            lambda: meetings.invite_new_person(person, invitation),
        )

    def send_new_substitute(self, invitation: m.Invitation, person: m.Person) -> None:
        """The invited member sends someone not in the directory yet: stored and sent in one step."""
        substitute, sends = _substitution(invitation, person.id)
        meetings = self._services.meetings
        self._history.run(
            self.tr("Send a substitute"),
            lambda: meetings.invite_new_person(person, substitute, sends=sends),
        )

    def remove_selected(self) -> None:
        invitation = self.selected_invitation()
        if invitation is None:
            return
        records = self._services.records
        self._history.run(
            self.tr("Remove invitee"),
            lambda: records.delete(m.Invitation, invitation.id),
        )

    # -- helpers ---------------------------------------------------------------------------------------

    def _fill(self, selected_id: str | None) -> None:
        view = self._view
        if view is None:
            return
        numbers = {e.item.id: f"{e.number} {e.item.title}" for e in view.agenda}
        invitations = self.invitations()
        self._filling = True
        self.table.setUpdatesEnabled(False)
        try:
            self.table.setRowCount(len(invitations))
            for row, inv in enumerate(invitations):
                person = view.people.get(inv.person_id)
                cells = [
                    person.display_name if person else inv.person_id,
                    person.position if person else "",
                    role_label(inv.role),
                    numbers.get(inv.item_id or "", self.tr("Whole meeting")),
                    "",
                    self._note(inv, view),
                    "",
                ]
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setData(ID_ROLE, inv.id)
                    self.table.setItem(row, column, cell)
                combo: EnumCombo[m.Rsvp] = EnumCombo(m.Rsvp, labels.reply_label, parent=self.table)
                combo.set_value(inv.rsvp)
                combo.setEnabled(not self._read_only)
                # Seen under the Reply column on the person's row; said as both.
                reply = self.table.horizontalHeaderItem(RSVP)
                combo.setAccessibleName(f"{reply.text() if reply else ''} · {cells[NAME]}")
                combo.currentIndexChanged.connect(lambda _i, c=combo, i=inv: self._on_rsvp(i, c))
                self.table.setCellWidget(row, RSVP, combo)
                if inv.id == selected_id:
                    self.table.selectRow(row)
        finally:
            self.table.setUpdatesEnabled(True)
            self._filling = False
        counts = {r: sum(1 for i in invitations if i.rsvp is r) for r in m.Rsvp}
        summary = self.tr("{invited} · {accepted} · {declined} · {pending}").format(
            invited=self.tr("%n invited", "", len(invitations)),
            accepted=self.tr("%n accepted", "", counts[m.Rsvp.ACCEPTED]),
            declined=self.tr("%n declined", "", counts[m.Rsvp.DECLINED]),
            pending=self.tr("%n not answered", "", counts[m.Rsvp.PENDING]),
        )
        if counts[m.Rsvp.SUBSTITUTE]:  # (so that the answers add up to those invited)
            summary += " · " + self.tr("%n sending a substitute", "", counts[m.Rsvp.SUBSTITUTE])
        self.summary_label.setText(summary)
        self._fill_mail()
        self._update_buttons()

    def _note(self, inv: m.Invitation, view: MeetingView) -> str:
        if inv.substitute_for_id:
            original = view.people.get(inv.substitute_for_id)
            return self.tr("in place of {name}").format(
                name=original.display_name if original else inv.substitute_for_id
            )
        if inv.rsvp is m.Rsvp.SUBSTITUTE:
            sent = next((i for i in view.invitations if i.substitute_for_id == inv.person_id), None)
            person = view.people.get(sent.person_id) if sent else None
            if person is not None:
                return self.tr("sends {name}").format(name=person.display_name)
        return inv.rsvp_reason

    def _ask_guest(self) -> None:
        if self._view is None:
            return
        dialog = GuestDialog(self._people, self._view, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.choice.is_new():
            if (person := dialog.choice.new_person()) is not None:
                self.invite_new_person(person, dialog.role(), dialog.item_id())
        elif person_id := dialog.person_combo.person_id():
            self.invite(person_id, dialog.role(), dialog.item_id())

    def _ask_substitute(self) -> None:
        invitation = self.selected_invitation()
        if invitation is None or self._view is None:
            return
        dialog = SubstituteDialog(self._people, invitation, self._view, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.choice.is_new():
            if (person := dialog.choice.new_person()) is not None:
                self.send_new_substitute(invitation, person)
        elif person_id := dialog.person_combo.person_id():
            self.send_substitute(invitation, person_id)

    def _update_buttons(self) -> None:
        has_meeting = self._view is not None
        selected = self.selected_invitation()
        self.invite_button.setEnabled(has_meeting)
        self.guest_button.setEnabled(has_meeting)
        self.remove_button.setEnabled(selected is not None)
        self.send_button.setEnabled(has_meeting and not self._read_only)
        self.remind_button.setEnabled(
            has_meeting and not self._read_only and any(i.rsvp is m.Rsvp.PENDING for i in self.invitations())
        )
        self.substitute_button.setEnabled(
            selected is not None and selected.role is m.InviteeRole.MEMBER and not selected.substitute_for_id
        )

    def _retranslate(self) -> None:
        self.invite_button.setText(self.tr("Invite the whole committee"))
        self.invite_button.setToolTip(self.tr("Invite every current member who is not invited yet"))
        self.guest_button.setText(self.tr("Add guest or presenter…"))
        self.substitute_button.setText(self.tr("Send a substitute…"))
        self.remove_button.setText(self.tr("Remove"))
        self.send_button.setText(self.tr("Send invitations…"))
        self.send_button.setToolTip(
            self.tr("Send the invitation, or what changed since, to every invitee by e-mail")
        )
        self.remind_button.setText(self.tr("Remind those who have not answered…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Position"),
                self.tr("Role"),
                self.tr("For"),
                self.tr("Reply"),
                self.tr("Note"),
                self.tr("E-mail"),
            ]
        )
        if self._view is not None:
            self._fill(None)


def _substitution(invitation: m.Invitation, person_id: str) -> tuple[m.Invitation, m.Invitation]:
    """The substitute's invitation, and the member's own answered "sends a substitute"."""
    substitute = m.Invitation(
        invitation.meeting_id,
        person_id,
        role=invitation.role,
        item_id=invitation.item_id,
        rsvp=m.Rsvp.ACCEPTED,
        substitute_for_id=invitation.person_id,
    )
    return substitute, dataclasses.replace(invitation, rsvp=m.Rsvp.SUBSTITUTE)


def role_label(role: m.InviteeRole) -> str:
    return {
        m.InviteeRole.MEMBER: QCoreApplication.translate("InviteesPane", "Member"),
        m.InviteeRole.GUEST: QCoreApplication.translate("InviteesPane", "Guest"),
        m.InviteeRole.PRESENTER: QCoreApplication.translate("InviteesPane", "Presenter"),
    }[role]


class GuestDialog(PersonChoiceDialog):
    """Who to invite as a guest or presenter (someone in the list or a new person), and for which item
    (or the whole meeting)."""

    def __init__(self, people: Sequence[m.Person], view: MeetingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guestDialog")
        invited = {i.person_id for i in view.invitations}
        # (the meeting's language first: on a Thai meeting, Thai names in Thai order)
        people = in_language_order(people, view.summary.committee.language)
        self.choice = PersonChoice(people, [p for p in people if p.id not in invited], self)
        self.person_combo = self.choice.person_combo
        self.role_combo = EnumCombo(
            m.InviteeRole, role_label, [m.InviteeRole.GUEST, m.InviteeRole.PRESENTER], parent=self
        )
        self.item_combo = QComboBox(self)
        self.item_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_combo.setMinimumContentsLength(30)  # long item titles elide instead of widening the dialog
        self.item_combo.addItem(self.tr("Whole meeting"), "")
        for entry in view.agenda:
            self.item_combo.addItem(f"{entry.number} {entry.item.title}", entry.item.id)
        self.buttons = dialog_buttons(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Person:"), self.choice)
        form.addRow(self.tr("Invited as:"), self.role_combo)
        form.addRow(self.tr("For:"), self.item_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Add guest or presenter"))
        self._watch_choice()
        self.resize(560, self.sizeHint().height())

    def role(self) -> m.InviteeRole:
        return self.role_combo.value() or m.InviteeRole.GUEST

    def item_id(self) -> str | None:
        data = self.item_combo.currentData()
        return str(data) if data else None


class SubstituteDialog(PersonChoiceDialog):
    """Who attends in place of the invited member: someone in the list or a new person."""

    def __init__(
        self,
        people: Sequence[m.Person],
        invitation: m.Invitation,
        view: MeetingView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("substituteDialog")
        invited = {i.person_id for i in view.invitations}
        member = view.people.get(invitation.person_id)
        self.explanation = plain_label(self)
        self.explanation.setWordWrap(True)
        self.explanation.setText(
            self.tr("Who attends in place of {name}?").format(
                name=member.display_name if member else invitation.person_id
            )
        )
        # (the meeting's language first: on a Thai meeting, Thai names in Thai order)
        people = in_language_order(people, view.summary.committee.language)
        self.choice = PersonChoice(people, [p for p in people if p.id not in invited], self)
        self.person_combo = self.choice.person_combo
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.choice)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Send a substitute"))
        self._watch_choice()
        self.resize(520, self.sizeHint().height())
