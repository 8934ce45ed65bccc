"""The meeting editor (every field of a meeting), and the dialogs for a new meeting and the next meeting.

Edits go through the undo history: saving is one undoable step that calls MeetingService.update, undone by
MeetingService.revert. Status changes offer only what the lifecycle allows next.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.lifecycle import allowed_by_hand
from emeeting.domain.mailing import event_fingerprint
from emeeting.domain.notice import meeting_notice_is_late, notice_deadline
from emeeting.services.meetings import MeetingView
from emeeting.storage.mail_log import MailLog
from emeeting.ui.mail.mail_status import meeting_mail
from emeeting.ui.meeting.meeting_pane import STAMP_TONE
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.buttons import dialog_buttons
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.fields import DateTimeEdit, EnumCombo, from_qdatetime, to_qdatetime
from emeeting.ui.widgets.form_rows import name_fields
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.read_only import lock
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.style import Tone, tone_style


class MeetingEditor(QWidget):
    """The Details tab. ``modified_changed(bool)`` fires when the form starts or stops differing from the
    stored meeting."""

    modified_changed = Signal(bool)
    # (meeting id, how many invitees were e-mailed the meeting and not yet told of this change)
    calendar_news = Signal(str, int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = context.services
        self._history = context.history
        self._runner = context.runner
        self._meeting: m.Meeting | None = None
        self._modified = False

        form_widget = QWidget(self)
        self.form = QFormLayout(form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self._names: dict[str, QLabel] = {}

        self.title_edit = QLineEdit(form_widget)
        self.number_spin = QSpinBox(form_widget)
        self.number_spin.setRange(1, 9999)
        self.year_spin = QSpinBox(form_widget)
        self.year_spin.setRange(2400, 2800)
        number_row = QHBoxLayout()
        number_row.setSpacing(6)
        self.year_label = plain_label(form_widget)
        number_row.addWidget(self.number_spin)
        number_row.addWidget(self.year_label)
        number_row.addWidget(self.year_spin)
        number_row.addStretch(1)
        self.start_edit = DateTimeEdit(form_widget)
        self.end_check = QCheckBox(form_widget)
        self.end_edit = DateTimeEdit(form_widget)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_check)
        end_row.addWidget(self.end_edit, 1)
        self.place_edit = QLineEdit(form_widget)
        self.mode_combo = EnumCombo(m.MeetingMode, labels.mode_label, parent=form_widget)
        self.link_edit = QLineEdit(form_widget)
        self.recording_edit = QLineEdit(form_widget)
        self.recording_edit.setObjectName("recordingLink")
        self.status_combo = EnumCombo(m.MeetingStatus, labels.status_label, parent=form_widget)
        self.secrecy_combo = EnumCombo(m.Secrecy, labels.secrecy_label, parent=form_widget)
        self.urgency_combo = EnumCombo(m.Urgency, labels.urgency_label, parent=form_widget)
        self.notice_check = QCheckBox(form_widget)
        self.notice_edit = DateTimeEdit(form_widget)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_check)
        notice_row.addWidget(self.notice_edit, 1)
        self.notice_warning = plain_label(form_widget)
        self.notice_warning.setObjectName("noticeWarning")
        self.notice_warning.setWordWrap(True)
        self.notice_warning.hide()
        self.reconvened_check = QCheckBox(form_widget)

        self._add("title", self.title_edit)
        self._add("number", number_row)
        self._add("start", self.start_edit)
        self._add("end", end_row)
        self._add("place", self.place_edit)
        self._add("mode", self.mode_combo)
        self._add("link", self.link_edit)
        self._add("recording", self.recording_edit)
        self._add("status", self.status_combo)
        self._add("secrecy", self.secrecy_combo)
        self._add("urgency", self.urgency_combo)
        self._add("notice", notice_row)
        self.form.addRow("", self.notice_warning)
        self.form.addRow("", self.reconvened_check)
        name_fields(self.form)
        self.year_label.setBuddy(self.year_spin)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveMeeting")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        for edit in (self.title_edit, self.place_edit, self.link_edit, self.recording_edit):
            edit.textEdited.connect(self._on_edited)
        for spin in (self.number_spin, self.year_spin):
            spin.valueChanged.connect(self._on_edited)
        for dt in (self.start_edit, self.end_edit, self.notice_edit):
            dt.dateTimeChanged.connect(self._on_edited)
        for check in (self.end_check, self.notice_check, self.reconvened_check):
            check.toggled.connect(self._on_edited)
        for combo in (self.mode_combo, self.status_combo, self.secrecy_combo, self.urgency_combo):
            combo.currentIndexChanged.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self._retranslate()
        self.setEnabled(False)

    def _add(self, key: str, field: QWidget | QHBoxLayout) -> None:
        name = plain_label(self)
        self._names[key] = name
        self.form.addRow(name, field)

    # -- public ----------------------------------------------------------------------------------------

    @property
    def meeting(self) -> m.Meeting | None:
        return self._meeting

    @property
    def is_modified(self) -> bool:
        return self._modified

    def show_meeting(self, view: MeetingView) -> None:
        """Show the stored meeting; unsaved edits of the same meeting are kept."""
        meeting = view.summary.meeting
        same = self._meeting is not None and self._meeting.id == meeting.id
        self._meeting = meeting
        self.setEnabled(True)
        if same and self._modified:
            self._update_state()
            return
        self._fill(meeting)

    def clear(self) -> None:
        self._meeting = None
        self._set_modified(False)
        self.setEnabled(False)

    def set_read_only(self, read_only: bool) -> None:
        """Attendee mode: the meeting's details show, nothing here changes them."""
        lock(
            [self.title_edit, self.number_spin, self.year_spin, self.start_edit, self.end_check,
             self.end_edit, self.place_edit, self.mode_combo, self.link_edit, self.recording_edit,
             self.status_combo, self.secrecy_combo, self.urgency_combo, self.notice_check, self.notice_edit,
             self.reconvened_check, self.save_button, self.revert_button],
            read_only,
        )  # fmt: skip

    def candidate(self) -> m.Meeting:
        """The meeting as the form has it now."""
        assert self._meeting is not None
        return dataclasses.replace(
            self._meeting,
            title=self.title_edit.text().strip(),
            number=self.number_spin.value(),
            year_be=self.year_spin.value(),
            start=self._keep_seconds(self._meeting.start, from_qdatetime(self.start_edit.dateTime())),
            end=(
                self._keep_seconds(self._meeting.end, from_qdatetime(self.end_edit.dateTime()))
                if self.end_check.isChecked()
                else None
            ),
            place=self.place_edit.text().strip(),
            mode=self.mode_combo.value() or self._meeting.mode,
            online_link=self.link_edit.text().strip(),
            recording_link=self.recording_edit.text().strip(),
            status=self.status_combo.value() or self._meeting.status,
            secrecy=self.secrecy_combo.value() or self._meeting.secrecy,
            urgency=self.urgency_combo.value() or self._meeting.urgency,
            notice_sent_at=(
                self._keep_seconds(self._meeting.notice_sent_at, from_qdatetime(self.notice_edit.dateTime()))
                if self.notice_check.isChecked()
                else None
            ),
            reconvened=self.reconvened_check.isChecked(),
        )

    def save(self) -> bool:
        """Store the form as one undoable step; False when there is nothing to save."""
        if self._meeting is None:
            return False
        before, after = self._meeting, self.candidate()
        if before == after:
            return False
        meetings = self._services.meetings
        self._history.run(
            self.tr("Edit meeting {label}").format(label=after.label),
            lambda: meetings.update(after, base=before),
        )
        self._meeting = after  # until the store answers: the form is what will be stored
        self._set_modified(False)
        if event_fingerprint(before) != event_fingerprint(after) or after.status != before.status:
            self._count_calendar_news(after)
        return True

    def _count_calendar_news(self, after: m.Meeting) -> None:
        """After a change the invitees' calendars show (date, place, link, title, or the meeting cancelled),
        count those e-mailed the meeting before: asked on the writer, behind the edit itself."""
        log = MailLog(self._services.store)

        def behind() -> int:
            mail = meeting_mail(after, log.messages(after.id))
            return len(mail.behind) if mail.changed else 0

        def done(count: int) -> None:
            if count:
                self.calendar_news.emit(after.id, count)

        self._runner.write(behind, done, lambda _error, _message: None)

    def revert(self) -> None:
        if self._meeting is not None:
            self._fill(self._meeting)

    # -- form ------------------------------------------------------------------------------------------

    @staticmethod
    def _keep_seconds(stored: datetime | None, edited: datetime) -> datetime:
        """The form shows minutes: an untouched time keeps its stored seconds and time zone."""
        if stored is not None and stored.replace(second=0, microsecond=0) == edited.replace(
            second=0, microsecond=0
        ):
            return stored
        return edited

    def _fill(self, meeting: m.Meeting) -> None:
        widgets = self.findChildren(QWidget)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.title_edit.setText(meeting.title)
            self.number_spin.setValue(meeting.number)
            self.year_spin.setValue(meeting.year_be)
            self.start_edit.setDateTime(to_qdatetime(meeting.start))
            self.end_check.setChecked(meeting.end is not None)
            self.end_edit.setDateTime(to_qdatetime(meeting.end or meeting.start + timedelta(hours=3)))
            self.place_edit.setText(meeting.place)
            self.mode_combo.set_value(meeting.mode)
            self.link_edit.setText(meeting.online_link)
            self.recording_edit.setText(meeting.recording_link)
            # Never "minutes certified": only certifying the minutes (Minutes tab) gets there, frozen.
            statuses = [
                meeting.status,
                *sorted(allowed_by_hand(meeting.status), key=list(m.MeetingStatus).index),
            ]
            self.status_combo.set_values(statuses, meeting.status)
            self.secrecy_combo.set_value(meeting.secrecy)
            self.urgency_combo.set_value(meeting.urgency)
            self.notice_check.setChecked(meeting.notice_sent_at is not None)
            self.notice_edit.setDateTime(to_qdatetime(meeting.notice_sent_at or datetime.now().astimezone()))
            self.reconvened_check.setChecked(meeting.reconvened)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._set_modified(False)
        self._update_state()

    def _on_edited(self) -> None:
        if self._meeting is None:
            return
        self._set_modified(self.candidate() != self._meeting)
        self._update_state()

    def _set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)
        self.save_button.setEnabled(modified)
        self.revert_button.setEnabled(modified)

    def _update_state(self) -> None:
        self.end_edit.setEnabled(self.end_check.isChecked())
        self.notice_edit.setEnabled(self.notice_check.isChecked())
        self.link_edit.setEnabled(self.mode_combo.value() is not m.MeetingMode.IN_PERSON)
        stamp = tone_style(STAMP_TONE, self.palette(), selector="QComboBox", bold=True)
        urgent = self.urgency_combo.value() not in (None, m.Urgency.NORMAL)
        classified = self.secrecy_combo.value() not in (None, m.Secrecy.NORMAL)
        self.urgency_combo.setStyleSheet(stamp if urgent else "")
        self.secrecy_combo.setStyleSheet(stamp if classified else "")
        self._update_notice_warning()

    def _update_notice_warning(self) -> None:
        if self._meeting is None:
            self.notice_warning.hide()
            return
        meeting = self.candidate()
        late = meeting.status in (m.MeetingStatus.DRAFT, m.MeetingStatus.INVITED) and meeting_notice_is_late(
            meeting, now=datetime.now().astimezone()
        )
        if late:
            deadline = labels.meeting_date(notice_deadline(meeting.start))
            self.notice_warning.setText(
                self.tr(
                    "⚠ The notice is late: members must be notified at least 3 days before the meeting "
                    "(by {deadline}) unless it is urgent."
                ).format(deadline=deadline)
            )
            self.notice_warning.setStyleSheet(tone_style(Tone.WARN, self.palette()))
        self.notice_warning.setVisible(late)

    def _retranslate(self) -> None:
        names = {
            "title": self.tr("Title:"),
            "number": self.tr("Meeting No.:"),
            "start": self.tr("Starts:"),
            "end": self.tr("Ends:"),
            "place": self.tr("Place:"),
            "mode": self.tr("Format:"),
            "link": self.tr("Online link:"),
            "recording": self.tr("Recording link:"),
            "status": self.tr("Status:"),
            "secrecy": self.tr("Secrecy:"),
            "urgency": self.tr("Urgency:"),
            "notice": self.tr("Notice sent:"),
        }
        for key, text in names.items():
            self._names[key].setText(text)
        self.year_label.setText(self.tr("/ BE year"))
        self.end_check.setText(self.tr("Set"))
        self.notice_check.setText(self.tr("Sent"))
        self.reconvened_check.setText(
            self.tr("Reconvened after a meeting without quorum (the lower quorum applies)")
        )
        self.place_edit.setPlaceholderText(self.tr("e.g. Meeting room 1, 9th floor"))
        self.link_edit.setPlaceholderText(self.tr("https://…"))
        self.recording_edit.setPlaceholderText(self.tr("Where the meeting's recording is kept"))
        self.save_button.setText(self.tr("&Save changes"))
        self.save_button.setToolTip(self.tr("Save the meeting's details (Ctrl+S)"))
        self.revert_button.setText(self.tr("&Discard changes"))
        self._update_notice_warning()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self._meeting is not None:
            self._update_state()
        super().changeEvent(event)


class NewMeetingDialog(FollowsLanguage, QDialog):
    """A new meeting: committee, agenda template, title, start and place."""

    def __init__(
        self, committees: Sequence[m.Committee], current_committee: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self.committee_combo = QComboBox(self)
        for committee in committees:
            self.committee_combo.addItem(labels.committee_label(committee), committee.id)
        self._templates = {c.id: c.agenda_template for c in committees}
        index = self.committee_combo.findData(current_committee or "")
        self.committee_combo.setCurrentIndex(max(index, 0))
        self.template_combo = QComboBox(self)
        self.title_edit = QLineEdit(self)
        self.start_edit = DateTimeEdit(self)
        start = QDateTime.currentDateTime().addDays(14)
        start.setTime(start.time().fromString("09:30", "HH:mm"))
        self.start_edit.setDateTime(start)
        self.place_edit = QLineEdit(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._names = [plain_label(self) for _ in range(5)]
        for name, field in zip(
            self._names,
            (self.committee_combo, self.template_combo, self.title_edit, self.start_edit, self.place_edit),
            strict=True,
        ):
            form.addRow(name, field)
        name_fields(form)
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update_ok)
        self.committee_combo.currentIndexChanged.connect(self._pick_template)
        self._retranslate()
        self._pick_template()
        self._update_ok()
        self.resize(560, self.sizeHint().height())

    def committee_id(self) -> str:
        return str(self.committee_combo.currentData() or "")

    def start(self) -> datetime:
        return from_qdatetime(self.start_edit.dateTime())

    def template(self) -> str | None:
        data = self.template_combo.currentData()
        return str(data) if data else None

    def _pick_template(self) -> None:
        index = self.template_combo.findData(self._templates.get(self.committee_id(), "th"))
        self.template_combo.setCurrentIndex(max(index, 0))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()) and bool(self.committee_id()))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New meeting"))
        for name, text in zip(
            self._names,
            (
                self.tr("Committee:"),
                self.tr("Agenda:"),
                self.tr("Title:"),
                self.tr("Starts:"),
                self.tr("Place:"),
            ),
            strict=True,
        ):
            name.setText(text)
        current = self.template_combo.currentData()
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("Thai template (five customary sections)"), "th")
        self.template_combo.addItem(self.tr("English template"), "en")
        self.template_combo.addItem(self.tr("Empty agenda"), "")
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(current or "th"), 0))
        self.title_edit.setPlaceholderText(self.tr("e.g. Meeting of the ICT committee"))


class NextMeetingDialog(FollowsLanguage, QDialog):
    """Copy as next meeting: asks only when the next one starts."""

    def __init__(self, meeting: m.Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextMeetingDialog")
        self._meeting = meeting
        self.explanation = plain_label(self)
        self.explanation.setWordWrap(True)
        self.start_edit = DateTimeEdit(self)
        self.start_edit.setDateTime(to_qdatetime(meeting.start + timedelta(days=28)))
        self.start_name = plain_label(self)
        form = QFormLayout()
        form.addRow(self.start_name, self.start_edit)
        name_fields(form)
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.resize(520, self.sizeHint().height())

    def start(self) -> datetime:
        return from_qdatetime(self.start_edit.dateTime())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Copy as next meeting"))
        self.start_name.setText(self.tr("Starts:"))
        self.explanation.setText(
            self.tr(
                "A new meeting after {number} with the next number, the committee's agenda template, "
                "the same members invited and the open action items carried over."
            ).format(number=labels.meeting_number(self._meeting))
        )
