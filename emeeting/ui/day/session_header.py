"""The top of the meeting day: which meeting, when it opened and closed, open and close, and the quorum.

Its words are the meeting day's (translation context ``SessionScreen``), as they were before the screen
was split into panels."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from emeeting.services.session import SessionView
from emeeting.ui.widgets.safe_text import plain_label

REACHED_STYLE = "background-color: #2e7d32; color: white; font-weight: bold;"
LOST_STYLE = "background-color: #c62828; color: white; font-weight: bold;"


def clock_text(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at is not None else ""


def title_font(font: QFont) -> QFont:
    """The meeting day's headings: a fifth larger than the text, bold."""
    bigger = QFont(font)
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2)
    bigger.setBold(True)
    return bigger


class SessionHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = plain_label(self)
        self.title_label.setObjectName("sessionTitle")
        self.title_label.setFont(title_font(self.title_label.font()))
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
        self.projector_button = QPushButton(self)
        self.projector_button.setObjectName("projectorButton")
        self.chair_status = plain_label(self)
        self.chair_status.setObjectName("chairStatus")
        self.chair_status.setWordWrap(True)
        self.chair_status.hide()
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.times_label)
        header.addWidget(self.start_button)
        header.addWidget(self.end_button)
        header.addWidget(self.projector_button)
        quorum_row = QHBoxLayout()
        quorum_row.addWidget(self.quorum_label, 1)
        quorum_row.addWidget(self.reconvened_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(quorum_row)
        layout.addWidget(self.chair_status)

    def show_view(self, view: SessionView | None) -> None:
        if view is None:
            self.title_label.setText(QCoreApplication.translate("SessionScreen", "No meeting selected"))
            self.quorum_label.setText("")
            self.quorum_label.setStyleSheet("")
            self.times_label.setText("")
            return
        self.title_label.setText(f"{view.committee.short_name} {view.meeting.label} — {view.meeting.title}")
        q = view.quorum
        if q.reached:
            text = QCoreApplication.translate(
                "SessionScreen", "Quorum reached: {present} present, {required} needed of {members} members"
            )
        else:
            text = QCoreApplication.translate(
                "SessionScreen", "NO QUORUM: {present} present, {required} needed of {members} members"
            )
        self.quorum_label.setText(text.format(present=q.present, required=q.required, members=q.members))
        self.quorum_label.setStyleSheet(REACHED_STYLE if q.reached else LOST_STYLE)
        self.quorum_label.setProperty("reached", q.reached)
        self.reconvened_box.setChecked(view.meeting.reconvened)
        minutes = view.minutes
        parts = []
        if minutes is not None and minutes.started_at is not None:
            opened = QCoreApplication.translate("SessionScreen", "Opened {time}")
            parts.append(opened.format(time=clock_text(minutes.started_at)))
        if minutes is not None and minutes.ended_at is not None:
            closed = QCoreApplication.translate("SessionScreen", "Closed {time}")
            parts.append(closed.format(time=clock_text(minutes.ended_at)))
        self.times_label.setText("  ".join(parts))

    def update_buttons(self, view: SessionView | None) -> None:
        started = view is not None and view.started
        self.start_button.setEnabled(view is not None and (not started or view.ended))
        self.end_button.setEnabled(view is not None and started and not view.ended)

    def show_chair_failure(self, message: str) -> None:
        """Why the members' laptops did not get the chair's place (empty: they did)."""
        if message:
            self.chair_status.setText(
                QCoreApplication.translate(
                    "SessionScreen", "The members' laptops did not get the chair's place: {reason}"
                ).format(reason=message)
            )
        self.chair_status.setVisible(bool(message))

    def retranslate(self) -> None:
        self.projector_button.setText(QCoreApplication.translate("SessionScreen", "Projector"))
        self.projector_button.setToolTip(
            QCoreApplication.translate(
                "SessionScreen", "Show the current item and the paper presented on a big screen"
            )
        )
        self.start_button.setText(QCoreApplication.translate("SessionScreen", "Open the meeting"))
        self.end_button.setText(QCoreApplication.translate("SessionScreen", "Close the meeting"))
        self.reconvened_box.setText(QCoreApplication.translate("SessionScreen", "Reconvened (lower quorum)"))
        self.reconvened_box.setToolTip(
            QCoreApplication.translate(
                "SessionScreen",
                "Called again within 14 days after lacking quorum, as its notice says: one third suffices",
            )
        )
