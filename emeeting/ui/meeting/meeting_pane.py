"""The meeting's header above the workspace tabs: committee, title, number, date, place, status and the
secrecy and urgency stamps.

Everything shown comes from the store, which may hold what an imported package brought in: every label is
plain text, and tooltips (which Qt may read as HTML) are built as escaped HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from emeeting.domain import model as m
from emeeting.services.meetings import MeetingView
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.safe_text import html_tooltip, plain_label
from emeeting.ui.widgets.style import GAP, MARGIN, Badge, Tone, heading_font, muted_colour, tone_style

# Urgency and secrecy are stamped in red on paper: on screen, in the tone of what needs attention.
STAMP_TONE = Tone.BAD


def stamp_style(palette: QPalette) -> str:
    return tone_style(STAMP_TONE, palette, outlined=True)


class MeetingHeader(QWidget):
    """Shows who meets, what, when and where; re-renders itself when the language or palette changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: MeetingView | None = None
        self.committee_label = plain_label(self)
        self.committee_label.setObjectName("committee")
        self.committee_label.setWordWrap(True)
        self.title_label = plain_label(self)
        self.title_label.setObjectName("title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = plain_label(self)
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.status_label = Badge(self)
        self.status_label.setObjectName("status")
        self.urgency_stamp = plain_label(self)
        self.urgency_stamp.setObjectName("urgencyStamp")
        self.secrecy_stamp = plain_label(self)
        self.secrecy_stamp.setObjectName("secrecyStamp")
        for stamp in (self.urgency_stamp, self.secrecy_stamp):
            stamp.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            stamp.hide()

        top = QHBoxLayout()
        top.setSpacing(GAP)
        top.addWidget(self.committee_label, 1)
        top.addWidget(self.urgency_stamp)
        top.addWidget(self.secrecy_stamp)
        line = QHBoxLayout()
        line.setSpacing(10)
        line.addWidget(self.status_label)
        line.addWidget(self.summary_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, GAP)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addLayout(line)
        self._apply_palette()
        self.title_label.setFont(heading_font(self.font(), 1.4))

    def show_meeting(self, view: MeetingView) -> None:
        self._view = view
        self._render()

    def _apply_palette(self) -> None:
        muted = muted_colour(self.palette()).name()
        for label in (self.committee_label, self.summary_label):
            label.setStyleSheet(f"QLabel {{ color: {muted}; }}")
        for stamp in (self.urgency_stamp, self.secrecy_stamp):
            stamp.setStyleSheet(stamp_style(self.palette()))

    def _render(self) -> None:
        view = self._view
        if view is None:
            return
        meeting, committee = view.summary.meeting, view.summary.committee
        self.committee_label.setText(labels.committee_label(committee))
        self.title_label.setText(meeting.title)
        parts = [labels.meeting_number(meeting), labels.meeting_date(meeting.start, meeting.end)]
        if meeting.place:
            parts.append(meeting.place)
        if meeting.mode is not m.MeetingMode.IN_PERSON:
            parts.append(labels.mode_label(meeting.mode))
        self.summary_label.setText(" · ".join(parts))
        self.status_label.set_state(
            labels.status_label(meeting.status),
            labels.status_tone(meeting.status),
            html_tooltip(labels.status_description(meeting.status)),
        )
        urgent = meeting.urgency is not m.Urgency.NORMAL
        classified = meeting.secrecy is not m.Secrecy.NORMAL
        self.urgency_stamp.setText(labels.urgency_label(meeting.urgency))
        self.urgency_stamp.setVisible(urgent)
        self.secrecy_stamp.setText(labels.secrecy_label(meeting.secrecy))
        self.secrecy_stamp.setVisible(classified)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.FontChange:
            self.title_label.setFont(heading_font(self.font(), 1.4))
        super().changeEvent(event)


def field_label(parent: QWidget) -> QLabel:
    label = plain_label(parent)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label
