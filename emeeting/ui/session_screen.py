"""The in-session screen: the secretary's view of the meeting day.

Attendance with quick check-in and check-out, the live quorum (red when lost), start and end, and for
the current agenda item its elapsed and planned time, notes, resolution with quick phrases, dissent,
recusals, votes and action items. Every edit is an undoable step through the services; what is shown is
read back through the TaskRunner whenever the change bus says something concerning this meeting changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.services.container import Services
from emeeting.services.session import Attendee, SessionView
from emeeting.ui import labels
from emeeting.ui.meeting_screen import MeetingScreen
from emeeting.ui.safe_text import plain_label
from emeeting.ui.session_dialogs import (
    ActionDialog,
    PersonTextDialog,
    SessionSubstituteDialog,
    VoteDialog,
    result_label,
)
from emeeting.ui.undo import UndoHistory

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, SEAT, STATUS = range(3)  # status with its times: the table fits beside the agenda

# Resolutions in the minutes' language (the committee's), not the screen's: they are the record's words.
QUICK_PHRASES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "th": (
            "รับทราบ",
            "เห็นชอบ",
            "ไม่เห็นชอบ",
            "เห็นชอบโดยมีเงื่อนไข",
            "อนุมัติ",
            "ไม่อนุมัติ",
            "มอบหมาย",
            "รับรองรายงานการประชุม",
        ),
        "en": (
            "Noted",
            "Approved",
            "Not approved",
            "Approved with conditions",
            "Authorised",
            "Not authorised",
            "Assigned",
            "Minutes adopted",
        ),
    }
)


def _now() -> datetime:
    return datetime.now().astimezone()


def attendance_label(attendance: m.Attendance) -> str:
    A = m.Attendance
    return {
        A.UNKNOWN: QCoreApplication.translate("SessionScreen", "Not recorded"),
        A.PRESENT: QCoreApplication.translate("SessionScreen", "Present"),
        A.ONLINE: QCoreApplication.translate("SessionScreen", "Online"),
        A.LATE: QCoreApplication.translate("SessionScreen", "Late"),
        A.LEFT_EARLY: QCoreApplication.translate("SessionScreen", "Left"),
        A.ABSENT: QCoreApplication.translate("SessionScreen", "Absent"),
    }[attendance]


def _clock_text(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at is not None else ""


def _minutes_seconds(seconds: int) -> str:
    hours, rest = divmod(max(seconds, 0), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def attendee_name(attendee: Attendee) -> str:
    if attendee.substitute_for is None:
        return attendee.person.display_name
    return QCoreApplication.translate("SessionScreen", "{name} for {member}").format(
        name=attendee.person.display_name, member=attendee.substitute_for.display_name
    )


PHRASES_PER_ROW = 4


class SessionScreen(MeetingScreen[SessionView]):
    """The meeting day for one meeting; ``show_meeting(id)`` picks the meeting, ``loaded`` fires after
    each read is shown, ``failed(message)`` when a step or a read is refused."""

    KINDS = (
        Kind.MEETING,
        Kind.COMMITTEE,
        Kind.PERSON,
        Kind.MEMBERSHIP,
        Kind.AGENDA_ITEM,
        Kind.INVITATION,
        Kind.MINUTES,
        Kind.ITEM_NOTE,
        Kind.VOTE,
        Kind.BALLOT,
        Kind.DISSENT,
        Kind.RECUSAL,
        Kind.ACTION_ITEM,
    )

    def __init__(
        self,
        services: Services,
        history: UndoHistory,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        super().__init__(services, history, parent, clock)
        self.setObjectName("sessionScreen")
        self._current_item: str | None = None
        self._item_started: datetime | None = None
        self._saved: dict[tuple[str, str], str] = {}  # (field, item id) → text last stored

        # -- header: start/end, quorum ----------------------------------------------------------------
        self.title_label = plain_label(self)
        self.title_label.setObjectName("sessionTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)  # long titles wrap rather than widen the window
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startButton")
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("endButton")
        self.times_label = plain_label(self)
        self.times_label.setObjectName("sessionTimes")
        self.quorum_label = plain_label(self)
        self.quorum_label.setObjectName("quorumIndicator")
        self.quorum_label.setMargin(6)
        self.quorum_label.setWordWrap(True)
        self.reconvened_box = QCheckBox(self)
        self.reconvened_box.setObjectName("reconvened")
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.times_label)
        header.addWidget(self.start_button)
        header.addWidget(self.end_button)
        quorum_row = QHBoxLayout()
        quorum_row.addWidget(self.quorum_label, 1)
        quorum_row.addWidget(self.reconvened_box)

        # -- attendance ---------------------------------------------------------------------------------
        self.attendance_group = QGroupBox(self)
        self.table = QTableWidget(0, 3, self.attendance_group)
        self.table.setObjectName("attendanceTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(SEAT, QHeaderView.ResizeMode.ResizeToContents)
        # A long absence reason elides (its tooltip has it all) rather than squeezing the names.
        columns.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Interactive)
        columns.resizeSection(STATUS, self.fontMetrics().averageCharWidth() * 18)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.time_edit = QTimeEdit(self.attendance_group)
        self.time_edit.setObjectName("attendanceTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.now_button = QPushButton(self.attendance_group)
        self.attendance_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, key in enumerate(("present", "online", "late", "left", "absent", "substitute")):
            button = QPushButton(self.attendance_group)
            button.setObjectName(f"{key}Button")
            self.attendance_buttons[key] = button
            grid.addWidget(button, index // 3, index % 3)
        self.absence_reason = QLineEdit(self.attendance_group)
        self.absence_reason.setObjectName("absenceReason")
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit)
        time_row.addWidget(self.now_button)
        time_row.addWidget(self.absence_reason, 1)
        attendance_layout = QVBoxLayout(self.attendance_group)
        attendance_layout.addWidget(self.table, 1)
        attendance_layout.addLayout(time_row)
        attendance_layout.addLayout(grid)

        # -- agenda and the current item ------------------------------------------------------------
        self.agenda_list = QListWidget(self)
        self.agenda_list.setObjectName("sessionAgenda")
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.item_title = plain_label(self)
        self.item_title.setObjectName("currentItemTitle")
        self.item_title.setWordWrap(True)
        self.item_title.setFont(font)
        self.item_timer = plain_label(self)
        self.item_timer.setObjectName("itemTimer")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.resolution_edit = QPlainTextEdit(self)
        self.resolution_edit.setObjectName("resolutionEdit")
        # Small minimum heights keep the whole screen within a 1280×720 window; the notes take what is left.
        lines = self.fontMetrics().lineSpacing()
        self.resolution_edit.setMaximumHeight(lines * 4)
        for editor in (self.notes_edit, self.resolution_edit):
            editor.setMinimumHeight(lines * 2 + 2 * editor.frameWidth() + 8)
        self.phrase_row = QGridLayout()  # rows of four: the item panel stays narrow enough for the agenda
        self.phrase_buttons: list[QPushButton] = []
        self.notes_label = plain_label(self)
        self.resolution_label = plain_label(self)

        self.votes_group, self.votes_list, vote_buttons = self._list_group("votes", ("newVote", "deleteVote"))
        self.dissent_group, self.dissent_list, dissent_buttons = self._list_group(
            "dissents", ("addDissent", "removeDissent")
        )
        self.recusal_group, self.recusal_list, recusal_buttons = self._list_group(
            "recusals", ("addRecusal", "removeRecusal")
        )
        self.action_group, self.action_list, action_buttons = self._list_group(
            "actions", ("addAction", "removeAction")
        )
        self.new_vote_button, self.delete_vote_button = vote_buttons
        self.add_dissent_button, self.remove_dissent_button = dissent_buttons
        self.add_recusal_button, self.remove_recusal_button = recusal_buttons
        self.add_action_button, self.remove_action_button = action_buttons

        item_panel = QWidget(self)
        item_layout = QVBoxLayout(item_panel)
        item_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.item_title, 1)
        title_row.addWidget(self.item_timer)
        item_layout.addLayout(title_row)
        item_layout.addWidget(self.notes_label)
        item_layout.addWidget(self.notes_edit, 2)
        item_layout.addWidget(self.resolution_label)
        item_layout.addWidget(self.resolution_edit)
        item_layout.addLayout(self.phrase_row)
        # One tab per kind of record, each titled with its count: the screen fits a 720-pixel-high window.
        self.records_tabs = QTabWidget(item_panel)
        self.records_tabs.setObjectName("recordsTabs")
        for page in (self.votes_group, self.recusal_group, self.dissent_group, self.action_group):
            self.records_tabs.addTab(page, "")
        item_layout.addWidget(self.records_tabs, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.attendance_group)
        self.splitter.addWidget(self.agenda_list)
        self.splitter.addWidget(item_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 3)
        self.agenda_list.setMinimumWidth(150)
        self.splitter.setSizes([440, 160, 500])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(quorum_row)
        layout.addWidget(self.splitter, 1)

        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        self.tick.start()

        self.start_button.clicked.connect(self.start_meeting)
        self.end_button.clicked.connect(self.end_meeting)
        self.reconvened_box.toggled.connect(self._on_reconvened)
        self.now_button.clicked.connect(self._reset_time)
        self.attendance_buttons["present"].clicked.connect(lambda: self.check_in(m.Attendance.PRESENT))
        self.attendance_buttons["online"].clicked.connect(lambda: self.check_in(m.Attendance.ONLINE))
        self.attendance_buttons["late"].clicked.connect(lambda: self.check_in(m.Attendance.LATE))
        self.attendance_buttons["left"].clicked.connect(self.check_out)
        self.attendance_buttons["absent"].clicked.connect(self.mark_absent)
        self.attendance_buttons["substitute"].clicked.connect(self.open_substitute_dialog)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.agenda_list.currentItemChanged.connect(self._on_item_changed)
        self.notes_edit.textChanged.connect(self._on_text_edited)
        self.resolution_edit.textChanged.connect(self._on_text_edited)
        self.new_vote_button.clicked.connect(self.open_vote_dialog)
        self.delete_vote_button.clicked.connect(lambda: self._remove_selected(self.votes_list, m.Vote))
        self.add_dissent_button.clicked.connect(self.open_dissent_dialog)
        self.remove_dissent_button.clicked.connect(
            lambda: self._remove_selected(self.dissent_list, m.Dissent)
        )
        self.add_recusal_button.clicked.connect(self.open_recusal_dialog)
        self.remove_recusal_button.clicked.connect(
            lambda: self._remove_selected(self.recusal_list, m.Recusal)
        )
        self.add_action_button.clicked.connect(self.open_action_dialog)
        self.remove_action_button.clicked.connect(
            lambda: self._remove_selected(self.action_list, m.ActionItem)
        )
        for widget in (self.votes_list, self.dissent_list, self.recusal_list, self.action_list):
            widget.itemSelectionChanged.connect(self._update_buttons)

        self._reset_time()
        self._retranslate()
        self._render()

    def _list_group(
        self, name: str, buttons: Sequence[str]
    ) -> tuple[QWidget, QListWidget, list[QPushButton]]:
        group = QWidget(self)
        group.setObjectName(f"{name}Group")
        widget = QListWidget(group)
        widget.setObjectName(f"{name}List")
        widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * 2 + 2 * widget.frameWidth())
        made = []
        row = QHBoxLayout()
        for button_name in buttons:
            button = QPushButton(group)
            button.setObjectName(f"{button_name}Button")
            row.addWidget(button)
            made.append(button)
        layout = QVBoxLayout(group)
        layout.addWidget(widget, 1)
        layout.addLayout(row)
        return group, widget, made

    # -- loading ---------------------------------------------------------------------------------------

    @property
    def current_item_id(self) -> str | None:
        return self._current_item

    def _read(self, meeting_id: str) -> Callable[[], tuple[SessionView, list[m.Person]]]:
        services = self._services

        def read() -> tuple[SessionView, list[m.Person]]:
            return services.session.view(meeting_id), services.records.select(
                m.Person, order_by=("first_name", "last_name", "id")
            )

        return read

    def _meeting_of(self, view: SessionView) -> str:
        return view.meeting.id

    def _forget(self) -> None:
        self._current_item = None
        self._saved.clear()

    def _editing_widgets(self) -> list[QWidget]:
        return [
            self.start_button, self.end_button, self.reconvened_box, self.time_edit, self.now_button,
            *self.attendance_buttons.values(), self.absence_reason, self.notes_edit, self.resolution_edit,
            *self.phrase_buttons, self.new_vote_button, self.delete_vote_button, self.add_dissent_button,
            self.remove_dissent_button, self.add_recusal_button, self.remove_recusal_button,
            self.add_action_button, self.remove_action_button,
        ]  # fmt: skip

    # -- showing ---------------------------------------------------------------------------------------

    def _render(self) -> None:
        view = self._view
        self._filling = True
        try:
            self.setEnabled(view is not None)
            self._render_header(view)
            self._render_attendance(view)
            self._render_agenda(view)
            self._render_item()
        finally:
            self._filling = False
        self._update_buttons()
        self._on_tick()

    def _render_header(self, view: SessionView | None) -> None:
        if view is None:
            self.title_label.setText(self.tr("No meeting selected"))
            self.quorum_label.setText("")
            self.quorum_label.setStyleSheet("")
            self.times_label.setText("")
            return
        self.title_label.setText(f"{view.committee.short_name} {view.meeting.label} — {view.meeting.title}")
        q = view.quorum
        if q.reached:
            text = self.tr("Quorum reached: {present} present, {required} needed of {members} members")
            style = "background-color: #2e7d32; color: white; font-weight: bold;"
        else:
            text = self.tr("NO QUORUM: {present} present, {required} needed of {members} members")
            style = "background-color: #c62828; color: white; font-weight: bold;"
        self.quorum_label.setText(text.format(present=q.present, required=q.required, members=q.members))
        self.quorum_label.setStyleSheet(style)
        self.quorum_label.setProperty("reached", q.reached)
        self.reconvened_box.setChecked(view.meeting.reconvened)
        minutes = view.minutes
        parts = []
        if minutes is not None and minutes.started_at is not None:
            parts.append(self.tr("Opened {time}").format(time=_clock_text(minutes.started_at)))
        if minutes is not None and minutes.ended_at is not None:
            parts.append(self.tr("Closed {time}").format(time=_clock_text(minutes.ended_at)))
        self.times_label.setText("  ".join(parts))

    def _render_attendance(self, view: SessionView | None) -> None:
        selected = self.selected_attendee()
        self.table.setRowCount(0)
        if view is None:
            return
        self.table.setRowCount(len(view.attendees))
        for row, attendee in enumerate(view.attendees):
            inv = attendee.invitation
            # A tick keeps the column narrow; the tooltip says it in words.
            seat = "✓" if attendee.voting else ""
            seat_tip = self.tr("Voting member") if attendee.voting else self.tr("No vote")
            times = []
            if inv.arrived_at is not None:
                times.append(self.tr("in {time}").format(time=_clock_text(inv.arrived_at)))
            if inv.left_at is not None:
                times.append(self.tr("out {time}").format(time=_clock_text(inv.left_at)))
            status = attendance_label(inv.attendance)
            if inv.attendance is m.Attendance.ABSENT and inv.absence_reason:
                status = f"{status} ({inv.absence_reason})"
            for column, text in (
                (NAME, attendee_name(attendee)),
                (SEAT, seat),
                (STATUS, " ".join([status, *times])),
            ):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, inv.id)
                cell.setToolTip(seat_tip if column == SEAT else text)
                if column == SEAT:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, cell)
            if selected is not None and selected.invitation.id == inv.id:
                self.table.selectRow(row)

    def _render_agenda(self, view: SessionView | None) -> None:
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        if view is not None:
            for record in view.items:
                entry = record.entry
                row = QListWidgetItem("    " * entry.depth + f"{entry.number} {entry.item.title}")
                row.setData(ID_ROLE, entry.item.id)
                tip = f"{entry.number} {entry.item.title}"
                row.setToolTip(f"{tip}\n\n{record.item.resolution}" if record.item.resolution else tip)
                self.agenda_list.addItem(row)
                if entry.item.id == self._current_item:
                    self.agenda_list.setCurrentItem(row)
            if self._current_item is None and view.items:
                self.agenda_list.setCurrentRow(0)
                self._set_current(view.items[0].item.id)
            elif self._current_item is not None and not any(
                r.item.id == self._current_item for r in view.items
            ):
                self._current_item = None
        self.agenda_list.blockSignals(False)

    def _render_item(self) -> None:
        view, item_id = self._view, self._current_item
        record = view.item(item_id) if view is not None and item_id is not None else None
        for widget in (self.votes_list, self.dissent_list, self.recusal_list, self.action_list):
            widget.clear()
        language = view.committee.language if view is not None else "th"
        self._build_phrases(QUICK_PHRASES.get(language, QUICK_PHRASES["th"]))
        if record is None or view is None:
            self.item_title.setText("")
            self._set_text(self.notes_edit, "")
            self._set_text(self.resolution_edit, "")
            self._title_record_tabs()
            return
        self.item_title.setText(f"{record.entry.number} {record.item.title}")
        self._show_stored(self.notes_edit, ("note", record.item.id), record.note)
        self._show_stored(self.resolution_edit, ("resolution", record.item.id), record.item.resolution)
        people = view.people
        for vote in record.votes:
            text = self.tr("{question}: for {for_}, against {against}, abstain {abstain} — {result}").format(
                question=vote.question,
                for_=vote.votes_for,
                against=vote.votes_against,
                abstain=vote.abstentions,
                result=result_label(vote.result),
            )
            self._add_row(self.votes_list, text, vote.id)
        for dissent in record.dissents:
            name = people[dissent.person_id].display_name if dissent.person_id in people else ""
            self._add_row(self.dissent_list, f"{name}: {dissent.reasons}", dissent.id)
        for recusal in record.recusals:
            name = people[recusal.person_id].display_name if recusal.person_id in people else ""
            self._add_row(self.recusal_list, f"{name} {recusal.reason}".strip(), recusal.id)
        for action in record.actions:
            parts = [action.title]
            if action.assignee_id and action.assignee_id in people:
                parts.append(people[action.assignee_id].display_name)
            if action.due is not None:
                parts.append(labels.short_date(action.due))
            self._add_row(self.action_list, " — ".join(parts), action.id)
        self._title_record_tabs()

    def _title_record_tabs(self) -> None:
        for page, widget, title in (
            (self.votes_group, self.votes_list, self.tr("Votes")),
            (self.recusal_group, self.recusal_list, self.tr("Conflicts of interest")),
            (self.dissent_group, self.dissent_list, self.tr("Dissent")),
            (self.action_group, self.action_list, self.tr("Action items")),
        ):
            count = widget.count()
            text = self.tr("{title} ({count})").format(title=title, count=count) if count else title
            self.records_tabs.setTabText(self.records_tabs.indexOf(page), text)

    def _show_stored(self, editor: QPlainTextEdit, key: tuple[str, str], stored: str) -> None:
        # Keep what the user is typing: only text not edited since the last store is replaced.
        # What is kept is based on the text stored last seen, so that stays the base of its next save: a
        # change made elsewhere meanwhile is then refused rather than overwritten.
        last = self._saved.get(key)
        if last is None or editor.toPlainText() == last or editor.property("item") != key[1]:
            self._set_text(editor, stored)
            self._saved[key] = stored
        editor.setProperty("item", key[1])

    def _set_text(self, editor: QPlainTextEdit, text: str) -> None:
        if editor.toPlainText() != text:
            was, self._filling = self._filling, True
            editor.setPlainText(text)
            self._filling = was

    @staticmethod
    def _add_row(widget: QListWidget, text: str, entity_id: str) -> None:
        row = QListWidgetItem(text)
        row.setData(ID_ROLE, entity_id)
        widget.addItem(row)

    def _build_phrases(self, phrases: Sequence[str]) -> None:
        if [b.text() for b in self.phrase_buttons] == list(phrases):
            return
        for button in self.phrase_buttons:
            self.phrase_row.removeWidget(button)
            button.deleteLater()
        self.phrase_buttons = []
        for index, phrase in enumerate(phrases):
            button = QPushButton(phrase, self)
            button.setObjectName("quickPhrase")
            button.clicked.connect(lambda _checked=False, p=phrase: self.use_phrase(p))
            self.phrase_row.addWidget(button, index // PHRASES_PER_ROW, index % PHRASES_PER_ROW)
            button.setHidden(self._read_only)
            self.phrase_buttons.append(button)

    def _on_tick(self) -> None:
        view = self._view
        if view is None or self._current_item is None or self._item_started is None:
            self.item_timer.setText("")
            self.item_timer.setStyleSheet("")
            return
        elapsed = int((self._clock() - self._item_started).total_seconds())
        planned = view.item(self._current_item).item.duration_minutes
        if planned:
            text = self.tr("{elapsed} of {planned} min planned").format(
                elapsed=_minutes_seconds(elapsed), planned=planned
            )
        else:
            text = self.tr("{elapsed} (no time planned)").format(elapsed=_minutes_seconds(elapsed))
        self.item_timer.setText(text)
        over = bool(planned) and elapsed > planned * 60
        self.item_timer.setProperty("over", over)
        self.item_timer.setStyleSheet("color: #c62828; font-weight: bold;" if over else "")

    def _update_buttons(self) -> None:
        view = self._view
        attendee = self.selected_attendee()
        started = view is not None and view.started
        self.start_button.setEnabled(view is not None and (not started or view.ended))
        self.end_button.setEnabled(view is not None and started and not view.ended)
        inside = attendee is not None and attendee.invitation.attendance in m.ATTENDED
        for key, button in self.attendance_buttons.items():
            enabled = attendee is not None
            if key == "left":
                enabled = inside and attendee is not None and attendee.invitation.left_at is None
            if key == "substitute":
                enabled = (
                    attendee is not None
                    and attendee.voting
                    and attendee.substitute_for is None
                    and not (inside and attendee.invitation.left_at is None)
                )
            button.setEnabled(enabled)
        has_item = self._current_item is not None
        for button in (
            self.new_vote_button,
            self.add_dissent_button,
            self.add_recusal_button,
            self.add_action_button,
        ):
            button.setEnabled(has_item)
        self.notes_edit.setEnabled(has_item)
        self.resolution_edit.setEnabled(has_item)
        for widget, button in (
            (self.votes_list, self.delete_vote_button),
            (self.dissent_list, self.remove_dissent_button),
            (self.recusal_list, self.remove_recusal_button),
            (self.action_list, self.remove_action_button),
        ):
            button.setEnabled(widget.currentItem() is not None and widget.currentItem().isSelected())

    # -- selection -------------------------------------------------------------------------------------

    def selected_attendee(self) -> Attendee | None:
        view = self._view
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if view is None or not rows:
            return None
        cell = self.table.item(rows[0].row(), NAME)
        invitation_id = cell.data(ID_ROLE) if cell is not None else None
        return next((a for a in view.attendees if a.invitation.id == invitation_id), None)

    def select_attendee(self, person_id: str) -> None:
        view = self._view
        if view is None:
            return
        for row, attendee in enumerate(view.attendees):
            if attendee.person.id == person_id:
                self.table.selectRow(row)
                return

    def select_item(self, item_id: str) -> None:
        for row in range(self.agenda_list.count()):
            if self.agenda_list.item(row).data(ID_ROLE) == item_id:
                self.agenda_list.setCurrentRow(row)
                return

    def _on_item_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        self.save_pending()
        self._set_current(current.data(ID_ROLE))
        self._filling = True
        try:
            self._render_item()
        finally:
            self._filling = False
        self._update_buttons()
        self._on_tick()

    def _set_current(self, item_id: str) -> None:
        if item_id != self._current_item:
            self._current_item = item_id
            self._item_started = self._clock()

    # -- edits -----------------------------------------------------------------------------------------

    def _attendance_time(self) -> datetime:
        """The time in the time field on the meeting's day, in local time."""
        now = self._clock().astimezone()
        day = self._view.meeting.start.astimezone().date() if self._view is not None else now.date()
        t = self.time_edit.time()
        return now.replace(
            year=day.year,
            month=day.month,
            day=day.day,
            hour=t.hour(),
            minute=t.minute(),
            second=0,
            microsecond=0,
        )

    def _reset_time(self) -> None:
        now = self._clock().astimezone()
        self.time_edit.setTime(QTime(now.hour, now.minute))

    def _run(self, text: str, work: Callable[[], Changes]) -> None:
        self._history.run(text, work)

    def check_in(self, attendance: m.Attendance) -> None:
        attendee = self.selected_attendee()
        if attendee is None:
            return
        before = attendee.invitation
        at = self._attendance_time() if attendance is m.Attendance.LATE else self._clock()
        session = self._services.session
        self._run(
            self.tr("Check in {name}").format(name=attendee.person.display_name),
            lambda: session.check_in(before.id, attendance, at),
        )
        self._reset_time()

    def check_out(self) -> None:
        attendee = self.selected_attendee()
        if attendee is None:
            return
        before, at = attendee.invitation, self._attendance_time()
        session = self._services.session
        self._run(
            self.tr("Check out {name}").format(name=attendee.person.display_name),
            lambda: session.check_out(before.id, at),
        )
        self._reset_time()

    def mark_absent(self) -> None:
        attendee = self.selected_attendee()
        if attendee is None:
            return
        before, reason = attendee.invitation, self.absence_reason.text()
        session = self._services.session
        self._run(
            self.tr("Mark {name} absent").format(name=attendee.person.display_name),
            lambda: session.mark_absent(before.id, reason),
        )
        self.absence_reason.clear()

    def start_meeting(self) -> None:
        self._opening(self.tr("Open the meeting"), self._services.session.start)

    def end_meeting(self) -> None:
        self._opening(self.tr("Close the meeting"), self._services.session.end)

    def _opening(self, text: str, act: Callable[[str, datetime], Changes]) -> None:
        """Open or close at the current time; undo puts back the status and the times as they were."""
        view = self._view
        if view is None:
            return
        meeting_id, at = view.meeting.id, self._clock()
        self._run(text, lambda: act(meeting_id, at))

    def _on_reconvened(self, checked: bool) -> None:
        if self._filling or self._meeting_id is None:
            return
        meeting_id, session = self._meeting_id, self._services.session
        self._run(
            self.tr("Mark the meeting as reconvened")
            if checked
            else self.tr("Mark the meeting as not reconvened"),
            lambda: session.set_reconvened(meeting_id, checked),
        )

    def _on_text_edited(self) -> None:
        if not self._filling:
            self._save_timer.start()

    def save_pending(self) -> None:
        """Store notes and resolution typed but not yet stored (each an undoable step)."""
        self._save_timer.stop()
        session = self._services.session
        for field, editor, store, label in (
            ("note", self.notes_edit, session.set_note, self.tr("Edit the notes")),
            ("resolution", self.resolution_edit, session.set_resolution, self.tr("Edit the resolution")),
        ):
            item_id = editor.property("item")
            if not item_id:
                continue
            key = (field, str(item_id))
            text, before = editor.toPlainText(), self._saved.get(key, "")
            if text == before or (field == "resolution" and text.strip() == before):
                continue
            stored = text.strip() if field == "resolution" else text
            self._saved[key] = stored  # the base of the next save (a refused one reloads the screen)
            target = str(item_id)
            self._run(label, lambda s=store, t=target, x=text, b=before: s(t, x, base=b))  # type: ignore[misc]

    def use_phrase(self, phrase: str) -> None:
        """Put a quick phrase into the resolution, ready to be completed."""
        current = self.resolution_edit.toPlainText().strip()
        self.resolution_edit.setPlainText(
            f"{current} {phrase}".strip() if current and not _is_phrase(current) else phrase
        )
        self.resolution_edit.moveCursor(self.resolution_edit.textCursor().MoveOperation.End)
        self.resolution_edit.setFocus()
        self.save_pending()

    def _remove_selected(self, widget: QListWidget, cls: type) -> None:
        row = widget.currentItem()
        if row is None:
            return
        entity_id = str(row.data(ID_ROLE))
        records = self._services.records
        self._run(self.tr("Remove {what}").format(what=row.text()), lambda: records.delete(cls, entity_id))

    # -- dialogs ---------------------------------------------------------------------------------------

    def _member_people(self, view: SessionView) -> list[m.Person]:
        return [a.substitute_for or a.person for a in view.attendees if a.voting]

    def open_substitute_dialog(self) -> None:
        attendee, view = self.selected_attendee(), self._view
        if attendee is None or view is None:
            return
        invited = {a.person.id for a in view.attendees}
        dialog = SessionSubstituteDialog(
            attendee.person, self._people, [p for p in self._people if p.id not in invited], self
        )
        member_id, meeting_id = attendee.person.id, view.meeting.id
        session = self._services.session

        def accept() -> None:
            person, new = dialog.substitute()
            if person is None:
                return
            at = self._attendance_time()
            self._run(
                self.tr("Substitute for {name}").format(name=attendee.person.display_name),
                lambda: session.add_substitute(meeting_id, member_id, person, at, new_person=new),
            )

        self._open(dialog, accept)

    def open_vote_dialog(self) -> None:
        view, item_id = self._view, self._current_item
        if view is None or item_id is None:
            return
        eligible = view.eligible_voters(item_id)
        voters = [(a.seat_id, attendee_name(a)) for a in view.attendees if a.voting and a.seat_id in eligible]
        dialog = VoteDialog(voters, self)
        dialog.question_edit.setText(view.item(item_id).item.title)
        meeting_id, session = view.meeting.id, self._services.session

        def accept() -> None:
            vote, choices = dialog.vote(meeting_id, item_id)
            self._run(
                self.tr("Record the vote {question}").format(question=vote.question),
                lambda: session.record_vote(vote, choices),
            )

        self._open(dialog, accept)

    def open_dissent_dialog(self) -> None:
        view, item_id = self._view, self._current_item
        if view is None or item_id is None:
            return
        dialog = PersonTextDialog(self._member_people(view), self.tr("Dissent"), self.tr("Reasons"), self)
        session = self._services.session
        self._open_person_text(dialog, item_id, self.tr("Record a dissent"), session.add_dissent)

    def open_recusal_dialog(self) -> None:
        view, item_id = self._view, self._current_item
        if view is None or item_id is None:
            return
        recused = {r.person_id for r in view.item(item_id).recusals}
        people = [p for p in self._member_people(view) if p.id not in recused]
        dialog = PersonTextDialog(people, self.tr("Conflict of interest"), self.tr("Reason"), self)
        session = self._services.session
        self._open_person_text(dialog, item_id, self.tr("Record a recusal"), session.recuse)

    def _open_person_text(
        self,
        dialog: PersonTextDialog,
        item_id: str,
        step: str,
        record: Callable[[str, str, str], Changes],
    ) -> None:
        """Open ``dialog``; once accepted with a person, ``record(item id, person id, text)`` is the undoable
        step ``step``."""

        def accept() -> None:
            person_id, text = dialog.person_combo.person_id(), dialog.text_edit.toPlainText()
            if person_id is None:
                return
            self._run(step, lambda: record(item_id, person_id, text))

        self._open(dialog, accept)

    def open_action_dialog(self) -> None:
        view, item_id = self._view, self._current_item
        if view is None or item_id is None:
            return
        dialog = ActionDialog(self._people, self._clock().date(), self)
        records = self._services.records
        meeting_id = view.meeting.id

        def accept() -> None:
            action = m.ActionItem(
                meeting_id,
                dialog.title_edit.text().strip(),
                item_id=item_id,
                assignee_id=dialog.person_combo.person_id(),
                due=dialog.due(),
            )
            self._run(
                self.tr("Add the action {title}").format(title=action.title), lambda: records.create(action)
            )

        self._open(dialog, accept)

    # -- language --------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.start_button.setText(self.tr("Open the meeting"))
        self.end_button.setText(self.tr("Close the meeting"))
        self.reconvened_box.setText(self.tr("Reconvened (lower quorum)"))
        self.reconvened_box.setToolTip(
            self.tr(
                "Called again within 14 days after lacking quorum, as its notice says: one third suffices"
            )
        )
        self.attendance_group.setTitle(self.tr("Attendance"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Vote"), self.tr("Status")])
        for key, text in (
            ("present", self.tr("Present")),
            ("online", self.tr("Online")),
            ("late", self.tr("Late at time")),
            ("left", self.tr("Left at time")),
            ("absent", self.tr("Absent")),
            ("substitute", self.tr("Substitute…")),
        ):
            self.attendance_buttons[key].setText(text)
        self.now_button.setText(self.tr("Now"))
        self.absence_reason.setPlaceholderText(self.tr("Reason for absence (ลาป่วย, ติดราชการ …)"))
        self.notes_label.setText(self.tr("Notes"))
        self.resolution_label.setText(self.tr("Resolution"))
        self.new_vote_button.setText(self.tr("Vote…"))
        self.delete_vote_button.setText(self.tr("Delete"))
        self.add_dissent_button.setText(self.tr("Add…"))
        self.remove_dissent_button.setText(self.tr("Remove"))
        self.add_recusal_button.setText(self.tr("Add…"))
        self.remove_recusal_button.setText(self.tr("Remove"))
        self.add_action_button.setText(self.tr("Add…"))
        self.remove_action_button.setText(self.tr("Remove"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _is_phrase(text: str) -> bool:
    return any(text in phrases for phrases in QUICK_PHRASES.values())
