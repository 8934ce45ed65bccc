"""The top of the meeting day: which meeting, its state, when it opened and closed, open and close, and the
quorum.

The state decides what it says: a meeting not yet opened invites the secretary to open it (the quorum is
only counted, calmly, while people arrive); an open meeting shows its quorum as a badge, red only while
it is lost; a held meeting shows that it was held and where its minutes are made.

Its words are the meeting day's (translation context ``SessionScreen``), as they were before the screen
was split into panels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from emeeting.domain import model as m
from emeeting.services.session import SessionView
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.style import GAP, Badge, Tone, heading_font

# States in which the meeting is not held and will not be today: no invitation to open it.
_CALLED_OFF = frozenset({m.MeetingStatus.CANCELLED, m.MeetingStatus.POSTPONED})


class SessionHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = plain_label(self)
        self.title_label.setObjectName("sessionTitle")
        self.title_label.setFont(heading_font(self.title_label.font(), 1.2))
        self.title_label.setWordWrap(True)  # long titles wrap rather than widen the window
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startButton")
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("endButton")
        self.times_label = plain_label(self)
        self.times_label.setObjectName("sessionTimes")
        self.state_badge = Badge(self)
        self.state_badge.setObjectName("sessionState")
        self.quorum_label = Badge(self)
        self.quorum_label.setObjectName("quorumIndicator")
        # What to do next in this state (open the meeting; where the minutes are made), in plain words.
        self.hint_label = plain_label(self)
        self.hint_label.setObjectName("sessionHint")
        self.hint_label.setWordWrap(True)
        self.reconvened_box = QCheckBox(self)
        self.reconvened_box.setObjectName("reconvened")
        self.projector_button = QPushButton(self)
        self.projector_button.setObjectName("projectorButton")
        self.chair_status = plain_label(self)
        self.chair_status.setObjectName("chairStatus")
        self.chair_status.setWordWrap(True)
        self.chair_status.hide()
        # The meeting's title is in the workspace's header just above: the Meeting day's own first row is
        # its state, quorum, times and actions (a laptop's 768 pixels have no line to spare).
        header = QHBoxLayout()
        header.setSpacing(GAP)
        header.addWidget(self.title_label, 1)  # only to say that no meeting is chosen
        header.addWidget(self.state_badge)
        header.addWidget(self.quorum_label)
        header.addStretch(1)
        header.addWidget(self.times_label)
        header.addWidget(self.start_button)
        header.addWidget(self.end_button)
        header.addWidget(self.projector_button)
        hint_row = QHBoxLayout()
        hint_row.setSpacing(GAP)
        hint_row.addWidget(self.hint_label, 1)
        hint_row.addWidget(self.reconvened_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(hint_row)
        layout.addWidget(self.chair_status)

    def show_view(self, view: SessionView | None) -> None:
        if view is None:
            self.title_label.setText(QCoreApplication.translate("SessionScreen", "No meeting selected"))
            for widget in (self.state_badge, self.quorum_label, self.hint_label):
                widget.hide()
            self.title_label.show()
            self.times_label.setText("")
            return
        self.title_label.hide()  # (the workspace's header names the meeting)
        self.title_label.setText(f"{view.committee.short_name} {view.meeting.label} — {view.meeting.title}")
        self.reconvened_box.setChecked(view.meeting.reconvened)
        self._show_state(view)
        self._show_quorum(view)
        minutes = view.minutes
        parts = []
        if minutes is not None and minutes.started_at is not None:
            opened = QCoreApplication.translate("SessionScreen", "Opened {time}")
            parts.append(opened.format(time=labels.clock_time(minutes.started_at)))
        if minutes is not None and minutes.ended_at is not None:
            closed = QCoreApplication.translate("SessionScreen", "Closed {time}")
            parts.append(closed.format(time=labels.clock_time(minutes.ended_at)))
        self.times_label.setText("  ".join(parts))

    def _show_state(self, view: SessionView) -> None:
        """The meeting's state as a badge, and what to do next in it."""
        status = view.meeting.status
        if view.ended:
            tone, hint = (
                Tone.NEUTRAL,
                QCoreApplication.translate(
                    "SessionScreen",
                    "The meeting has been held: this is its record. Its minutes are made from it in the "
                    "Minutes tab.",
                ),
            )
            text = labels.status_label(status if status not in _CALLED_OFF else m.MeetingStatus.CLOSED)
        elif view.started:
            tone, hint = Tone.GOOD, ""
            text = labels.status_label(m.MeetingStatus.IN_SESSION)
        elif status in _CALLED_OFF:
            tone, hint, text = Tone.WARN, "", labels.status_label(status)
        else:
            tone, text = Tone.INFO, QCoreApplication.translate("SessionScreen", "Not opened yet")
            hint = QCoreApplication.translate(
                "SessionScreen",
                "Mark those who arrive, then open the meeting: the quorum and each item's time count from "
                "the opening.",
            )
        self.state_badge.set_state(text, tone, labels.status_description(status))
        self.state_badge.show()
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    def _show_quorum(self, view: SessionView) -> None:
        """While the meeting is open, reached or lost; before, a count of those present; after, nothing
        (a closed meeting's quorum was the one it had while open, not who is left)."""
        q = view.quorum
        self.quorum_label.setProperty("reached", q.reached)
        if view.ended:
            self.quorum_label.hide()
            return
        if q.reached:
            text = QCoreApplication.translate(
                "SessionScreen", "Quorum reached: {present} present, {required} needed of {members} members"
            )
            tone = Tone.GOOD
        elif view.started:
            text = QCoreApplication.translate(
                "SessionScreen", "NO QUORUM: {present} present, {required} needed of {members} members"
            )
            tone = Tone.BAD
        else:
            text = QCoreApplication.translate(
                "SessionScreen", "{present} present so far; {required} of {members} members make a quorum"
            )
            tone = Tone.NEUTRAL
        counts = text.format(present=q.present, required=q.required, members=q.members)
        self.quorum_label.set_state(counts, tone, counts)  # whole in the tooltip when the badge elides
        self.quorum_label.show()

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
