"""Attendance on the meeting day: who is invited, their seat and status, and the check-in buttons.

Its words are the meeting day's (translation context ``SessionScreen``), as they were before the screen
was split into panels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.services.session import Attendee, SessionView
from emeeting.ui.day.record_list import ID_ROLE
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.fields import TimeEdit
from emeeting.ui.widgets.safe_text import plain_label

NAME, SEAT, STATUS = range(3)  # status with its times: the table fits beside the agenda
BUTTONS = ("present", "online", "late", "left", "absent", "substitute")


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


def attendee_name(attendee: Attendee) -> str:
    if attendee.substitute_for is None:
        return attendee.person.display_name
    return QCoreApplication.translate("SessionScreen", "{name} for {member}").format(
        name=attendee.person.display_name, member=attendee.substitute_for.display_name
    )


class AttendancePanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
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
        self.time_edit = TimeEdit(self)
        self.time_edit.setObjectName("attendanceTime")
        self.now_button = QPushButton(self)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, key in enumerate(BUTTONS):
            button = QPushButton(self)
            button.setObjectName(f"{key}Button")
            self.buttons[key] = button
            grid.addWidget(button, index // 3, index % 3)
        self.absence_reason = QLineEdit(self)
        self.absence_reason.setObjectName("absenceReason")
        # Each box named on screen and for screen readers.
        self.time_label = plain_label(self)
        self.time_label.setBuddy(self.time_edit)
        self.reason_label = plain_label(self)
        self.reason_label.setBuddy(self.absence_reason)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_label)
        time_row.addWidget(self.time_edit)
        time_row.addWidget(self.now_button)
        time_row.addWidget(self.reason_label)
        time_row.addWidget(self.absence_reason, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(time_row)
        layout.addLayout(grid)

    def show_view(self, view: SessionView | None) -> None:
        selected = self.selected(view)
        self.table.setRowCount(0)
        if view is None:
            return
        self.table.setRowCount(len(view.attendees))
        for row, attendee in enumerate(view.attendees):
            inv = attendee.invitation
            # A tick keeps the column narrow; the tooltip says it in words.
            seat = "✓" if attendee.voting else ""
            seat_tip = (
                QCoreApplication.translate("SessionScreen", "Voting member")
                if attendee.voting
                else QCoreApplication.translate("SessionScreen", "No vote")
            )
            times = []
            if inv.arrived_at is not None:
                arrived = QCoreApplication.translate("SessionScreen", "in {time}")
                times.append(arrived.format(time=labels.clock_time(inv.arrived_at)))
            if inv.left_at is not None:
                left = QCoreApplication.translate("SessionScreen", "out {time}")
                times.append(left.format(time=labels.clock_time(inv.left_at)))
            status = attendance_label(inv.attendance)
            if inv.attendance is m.Attendance.ABSENT and inv.absence_reason:
                status = f"{status} ({inv.absence_reason})"
            for column, text in (
                (NAME, attendee_name(attendee)),
                (SEAT, seat),
                # The times first: where the column is narrow, the words are cut, not the times.
                (STATUS, " · ".join([" ".join(times), status]) if times else status),
            ):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, inv.id)
                cell.setToolTip(seat_tip if column == SEAT else text)
                if column == SEAT:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, cell)
            if selected is not None and selected.invitation.id == inv.id:
                self.table.selectRow(row)

    def selected(self, view: SessionView | None) -> Attendee | None:
        """The attendee of ``view`` selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if view is None or not rows:
            return None
        cell = self.table.item(rows[0].row(), NAME)
        invitation_id = cell.data(ID_ROLE) if cell is not None else None
        return next((a for a in view.attendees if a.invitation.id == invitation_id), None)

    def update_buttons(self, attendee: Attendee | None) -> None:
        inside = attendee is not None and attendee.invitation.attendance in m.ATTENDED
        for key, button in self.buttons.items():
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

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("SessionScreen", "Attendance"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SessionScreen", "Name"),
                QCoreApplication.translate("SessionScreen", "Vote"),
                QCoreApplication.translate("SessionScreen", "Status"),
            ]
        )
        for key, text in (
            ("present", QCoreApplication.translate("SessionScreen", "Present")),
            ("online", QCoreApplication.translate("SessionScreen", "Online")),
            ("late", QCoreApplication.translate("SessionScreen", "Late at time")),
            ("left", QCoreApplication.translate("SessionScreen", "Left at time")),
            ("absent", QCoreApplication.translate("SessionScreen", "Absent")),
            ("substitute", QCoreApplication.translate("SessionScreen", "Substitute…")),
        ):
            self.buttons[key].setText(text)
        self.now_button.setText(QCoreApplication.translate("SessionScreen", "Now"))
        self.time_label.setText(QCoreApplication.translate("AuditDialog", "When"))  # translated once, there
        self.reason_label.setText(QCoreApplication.translate("SessionScreen", "Reason"))
        self.absence_reason.setPlaceholderText(
            QCoreApplication.translate("SessionScreen", "Reason for absence (ลาป่วย, ติดราชการ …)")
        )
