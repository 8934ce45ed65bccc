"""The open vote on a member's laptop: the question appears in the reader as soon as the secretary opens it,
the member answers once (For, Against, Abstain), and the card says the vote was recorded — for a secret
vote, without the member's name. The choice of a secret vote is sent to be counted and kept nowhere here.

Live news arrives as ``p.LiveEvent`` at the public slot ``on_live_event`` (the window connects it to its
live channel); ``show_meeting`` looks for a vote already open when the reader shows a meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import EmeetingError
from emeeting.domain.kinds import Kind
from emeeting.ui.day.live_vote_panel import server_of
from emeeting.ui.day.session_dialogs import choice_label
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label

if TYPE_CHECKING:  # (the protocol's models load pydantic: not at start-up)
    from emeeting.sync import protocol as p


class VoteCard(FollowsLanguage, QFrame):
    """``answered(vote id)`` once the server has the answer; ``failed(message)`` when it refuses."""

    answered = Signal(str)
    failed = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voteCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._sync = context.sync
        self._runner = context.runner
        self._bus = context.bus
        self._meeting_id: str | None = None
        self._vote_id: str | None = None
        self._question = ""
        self._secret = False
        self._answered: set[str] = set()  # votes answered on this laptop in this session
        self._closed = False
        # The live event that last put a vote on the card: an older one (replayed by a channel catching up)
        # does not take its place.
        self._opened_by = 0

        self.title_label = plain_label(self)
        self.title_label.setObjectName("voteCardTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.question_label = plain_label(self)
        self.question_label.setObjectName("voteCardQuestion")
        self.question_label.setWordWrap(True)
        self.note_label = plain_label(self)
        self.note_label.setObjectName("voteCardNote")
        self.note_label.setWordWrap(True)
        self.choice_buttons: dict[m.Choice, QPushButton] = {}
        row = QHBoxLayout()
        for choice in m.Choice:
            button = QPushButton(self)
            button.setObjectName(f"voteCard_{choice.value}")
            button.clicked.connect(lambda _checked=False, c=choice: self.answer(c))
            self.choice_buttons[choice] = button
            row.addWidget(button)
        self.status_label = plain_label(self)
        self.status_label.setObjectName("voteCardStatus")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.note_label)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        self.hide()
        self._retranslate()

    @property
    def vote_id(self) -> str | None:
        """The vote on the card (None: no card)."""
        return None if self.isHidden() else self._vote_id

    def show_vote(self, meeting_id: str, vote_id: str, question: str, kind: str) -> None:
        """Put the vote on the card and show it (answered already: with its confirmation)."""
        self._meeting_id, self._vote_id, self._question = meeting_id, vote_id, question
        self._secret = kind == m.VoteKind.SECRET.value
        self._closed = False
        self._render()
        self.show()

    def _render(self) -> None:
        answered = self._vote_id in self._answered
        self.question_label.setText(self._question)
        for button in self.choice_buttons.values():
            button.setEnabled(not answered and not self._closed)
            button.setVisible(not answered and not self._closed)
        if self._secret:
            self.note_label.setText(self.tr("Secret ballot: your choice is counted without your name."))
        else:
            self.note_label.setText(self.tr("Open vote: the minutes may record how each member voted."))
        if self._closed:
            self.status_label.setText(self.tr("The vote is closed."))
        elif answered and self._secret:
            self.status_label.setText(self.tr("Your vote was recorded without your name."))
        elif answered:
            self.status_label.setText(self.tr("Your vote was recorded."))
        else:
            self.status_label.setText("")

    def answer(self, choice: m.Choice) -> None:
        """Send the answer (once): a named ballot, or a secret one counted on the server."""
        vote_id, sync = self._vote_id, self._sync
        url = server_of(sync, self._meeting_id)
        if vote_id is None or vote_id in self._answered:
            return
        if url is None:
            self.status_label.setText(self.tr("Connect to the meeting's server to vote."))
            return
        for button in self.choice_buttons.values():
            button.setEnabled(False)

        def work() -> p.VoteStatus:
            return sync.answer_vote(url, vote_id, choice)

        def done(_status: p.VoteStatus) -> None:
            self._answered.add(vote_id)
            self._render()
            self._bus.publish(Changes.of(Kind.VOTE, vote_id))
            self.answered.emit(vote_id)

        def refused(_error: BaseException, message: str) -> None:
            self._render()
            self.status_label.setText(message)
            self.failed.emit(message)

        self._runner.write(work, done, refused)

    def show_meeting(self, meeting_id: str) -> None:
        """The reader shows a meeting: a vote of it open on laptops comes up (asking the server whether
        this member has answered it already)."""
        sync = self._sync
        url = server_of(sync, meeting_id)
        person = sync.person_id()

        def find() -> list[tuple[m.Vote, bool]]:
            votes = [v for v in sync.records.select(m.Vote, meeting_id=meeting_id) if v.is_open]
            found: list[tuple[m.Vote, bool]] = []
            for vote in votes:
                answered = False
                if url is not None and person is not None:
                    try:
                        answered = person in sync.vote_status(url, vote.id).voters
                    except EmeetingError:  # offline: the server refuses a second answer anyway
                        answered = False
                found.append((vote, answered))
            return found

        def found(votes: list[tuple[m.Vote, bool]]) -> None:
            on_card = None if self.isHidden() or self._closed else self._vote_id
            if (
                on_card is not None
                and self._meeting_id == meeting_id
                and on_card not in {v.id for v, _ in votes}
            ):
                return  # announced by the live channel and not synced here yet: it stays on the card
            if not votes:
                if self._meeting_id in (meeting_id, None):
                    self.hide()
                return
            self._answered.update(vote.id for vote, answered in votes if answered)
            # The vote on the card stays while it is open; else the first one still to answer comes up.
            shown = next((vote for vote, _ in votes if vote.id == on_card), None)
            waiting = next((vote for vote, answered in votes if not answered), None)
            vote = shown or waiting or votes[0][0]
            if vote.id == self._vote_id and not self.isHidden():
                self._render()
                return
            self.show_vote(meeting_id, vote.id, vote.question, vote.kind.value)

        self._runner.read(find, found, lambda _e, _message: None)

    @Slot(object)
    def on_live_event(self, event: p.LiveEvent) -> None:
        """A vote opened (the card comes up), or the card's vote closed."""
        data = event.data  # (event types are p.LiveType's values)
        if event.type == "vote_opened":
            if event.id < self._opened_by:
                return
            self._opened_by = event.id
            self.show_vote(event.meeting_id, str(data["vote_id"]), str(data["question"]), str(data["kind"]))
        elif event.type == "vote_closed" and data.get("vote_id") == self._vote_id:
            self._closed = True
            self._render()
        elif (
            event.type == "voted"
            and self._vote_id is not None
            and data.get("vote_id") == self._vote_id
            and data.get("person_id") == self._sync.person_id()
        ):
            self._answered.add(self._vote_id)  # answered from another of my devices
            self._render()

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Vote now open"))
        for choice, button in self.choice_buttons.items():
            button.setText(choice_label(choice))
        self._render()
