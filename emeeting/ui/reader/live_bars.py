"""Two bars of the member's reader during a live meeting: whether it follows the chair (with the way back
to the chair when the member reads on their own), and the member's check-in ("I am here" / "I am online",
then when and how they checked in)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from emeeting.ui.widgets import labels
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.style import GAP, MARGIN, Notice, Tone, ToneLabel

# A quiet line, no coloured bar: a small icon says whether the member follows the chair or reads alone.
FOLLOWING = ("presentation", Tone.INFO)
ON_OWN = ("book-open", Tone.WARN)


class FollowBar(FollowsLanguage, QFrame):
    """ "Following the chair", or "Reading on your own" with "Back to the chair" (``back`` when pressed)."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followBar")
        self.label = Notice(self, *FOLLOWING)
        self.label.setObjectName("followLabel")
        self.label.show()
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToChairButton")
        self.back_button.clicked.connect(self.back)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, MARGIN, 0)
        layout.setSpacing(GAP)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back_button)
        # One line high: the reading list and the paper keep the height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._following = True
        self._shortcut = ""
        self._where = ""  # the chair's item, "4.1 title"
        self._retranslate()

    @property
    def following(self) -> bool:
        return self._following

    def show_following(self, following: bool, shortcut: str, where: str = "") -> None:
        self._following, self._shortcut, self._where = following, shortcut, where
        self._retranslate()

    def _retranslate(self) -> None:
        text = self.tr("Following the chair") if self._following else self.tr("Reading on your own")
        if self._where:
            text = self.tr("{state} · the chair is at {item}").format(state=text, item=self._where)
        self.label.setText(text)
        self.label.set_icon(*(FOLLOWING if self._following else ON_OWN))
        self.back_button.setVisible(not self._following)
        self.back_button.setText(self.tr("Back to the chair"))
        tip = self.tr("Go where the chair is now and follow again")
        self.back_button.setToolTip(f"{tip} ({self._shortcut})" if self._shortcut else tip)


class CheckInBar(FollowsLanguage, QWidget):
    """The member's check-in to the meeting being held: ``check_in(mode)`` ("present" or "online") when a
    button is pressed; ``show_checked_in`` once the server has it, ``show_failure`` when it did not."""

    check_in = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInBar")
        self.here_button = QPushButton(self)
        self.here_button.setObjectName("checkInHereButton")
        self.here_button.clicked.connect(lambda: self._press("present"))
        self.online_button = QPushButton(self)
        self.online_button.setObjectName("checkInOnlineButton")
        self.online_button.clicked.connect(lambda: self._press("online"))
        self.state_label = ToneLabel(self)
        self.state_label.setObjectName("checkInState")
        self.state_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.here_button)
        layout.addWidget(self.online_button)
        layout.addWidget(self.state_label, 1)
        self._checked: tuple[str, datetime | None] | None = None
        self._failure = ""
        self._retranslate()

    @property
    def checked_in(self) -> str | None:
        """How the member checked in ("present" or "online"), if they have."""
        return self._checked[0] if self._checked is not None else None

    def reset(self) -> None:
        self._checked, self._failure = None, ""
        self._retranslate()

    def _press(self, mode: str) -> None:
        self.here_button.setEnabled(False)
        self.online_button.setEnabled(False)
        self._failure = ""
        self.state_label.set_tone(None)
        self.state_label.setText(self.tr("Checking in…"))
        self.check_in.emit(mode)

    def show_checked_in(self, mode: str, at: datetime | None) -> None:
        self._checked, self._failure = (mode, at), ""
        self._retranslate()

    def show_failure(self, message: str) -> None:
        self._failure = message
        self._retranslate()

    def _retranslate(self) -> None:
        self.here_button.setText(self.tr("I am here"))
        self.here_button.setToolTip(self.tr("Check in: you are in the meeting room"))
        self.online_button.setText(self.tr("I am online"))
        self.online_button.setToolTip(self.tr("Check in: you take part from where you are, online"))
        checked = self._checked
        self.here_button.setVisible(checked is None)
        self.online_button.setVisible(checked is None)
        self.here_button.setEnabled(True)
        self.online_button.setEnabled(True)
        failed = bool(self._failure) and checked is None
        self.state_label.set_tone(
            Tone.GOOD if checked is not None else Tone.BAD if failed else None, bold=True
        )
        if checked is None:
            self.state_label.setText(
                self.tr("Could not check in: {reason}").format(reason=self._failure) if self._failure else ""
            )
            return
        mode, at = checked
        time = labels.clock_time(at) if at is not None else ""
        if mode == "online":
            text = self.tr("Checked in online at {time}") if time else self.tr("Checked in online")
        else:
            text = (
                self.tr("Checked in, in the room, at {time}") if time else self.tr("Checked in, in the room")
            )
        self.state_label.setText(text.format(time=time))
