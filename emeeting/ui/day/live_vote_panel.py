"""The secretary's vote on members' laptops, on the meeting day: open a vote on the current item, watch who
has voted and how many (an open vote's running tally too; a secret vote's never before closing), count a
secret vote's show of hands, and close the vote, which records its result in the item and the minutes.

Everything goes through the sync service (the server takes the answers); live news of the vote arrives as
``p.LiveEvent`` at the public slot ``on_live_event``, which the window connects to its live channel.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.services.session import SessionView
from emeeting.sync.service import SyncService
from emeeting.ui.day.session_dialogs import choice_label, kind_label, result_label, rule_label
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.buttons import dialog_buttons
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.fields import EnumCombo
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label

if TYPE_CHECKING:  # (the protocol's models load pydantic: not at start-up)
    from emeeting.sync import protocol as p


def server_of(sync: SyncService, meeting_id: str | None) -> str | None:
    """The server a meeting is taken on: the one it is published to, else the only (first) one."""
    servers = sync.servers()
    for state in servers:
        if meeting_id is not None and meeting_id in sync.published(state.url):
            return state.url
    return servers[0].url if servers else None


class OpenVoteDialog(QDialog):
    """The question (the item's title to begin with), open or secret, and the rule."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openVoteDialog")
        self.setWindowTitle(self.tr("Open a vote on members' laptops"))
        self.question_edit = QLineEdit(question, self)
        self.kind_combo = EnumCombo(m.VoteKind, kind_label, parent=self)
        # A custom share is for the vote recorded by hand; on laptops the common rules are offered.
        rules = [rule for rule in m.VoteRule if rule is not m.VoteRule.CUSTOM]
        self.rule_combo = EnumCombo(m.VoteRule, rule_label, rules, parent=self)
        self.buttons = dialog_buttons(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Question"), self.question_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Rule"), self.rule_combo)
        form.addRow(self.buttons)


class LiveVotePanel(FollowsLanguage, QWidget):
    """The current item's vote on laptops. ``changed(Changes)`` after opening or closing (the screen reads
    the meeting again); ``failed(message)`` when the server or the rules refuse."""

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveVotePanel")
        self._sync = context.sync
        self._runner = context.runner
        self._meeting_id: str | None = None
        self._item_id: str | None = None
        self._item_title = ""
        self._vote: m.Vote | None = None  # the item's vote now open, or the last one closed here
        self._people: Mapping[str, str] = MappingProxyType({})  # person id -> name
        self._voters: list[str] = []
        self._count = 0
        self._tally: tuple[int, int, int] | None = None
        self._result: str | None = None
        self.dialog: OpenVoteDialog | None = None

        self.question_label = plain_label(self)
        self.question_label.setObjectName("liveVoteQuestion")
        self.question_label.setWordWrap(True)
        self.count_label = plain_label(self)
        self.count_label.setObjectName("liveVoteCount")
        self.voters_label = plain_label(self)
        self.voters_label.setObjectName("liveVoteVoters")
        self.voters_label.setWordWrap(True)
        self.tally_label = plain_label(self)
        self.tally_label.setObjectName("liveVoteTally")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openLiveVote")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeLiveVote")
        self.hands_label = plain_label(self)
        self.hand_for, self.hand_against, self.hand_abstain = (QSpinBox(self) for _ in range(3))
        self.hands_labels = tuple(plain_label(self) for _ in range(3))
        hands = QHBoxLayout()
        hands.addWidget(self.hands_label)
        for label, spin in zip(
            self.hands_labels, (self.hand_for, self.hand_against, self.hand_abstain), strict=True
        ):
            spin.setRange(0, 999)
            hands.addWidget(label)
            hands.addWidget(spin)
        hands.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        # Tight: the tallest of the item's record tabs, which decide the Meeting day's height on a laptop.
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        # The actions first, the list of who has voted (which grows) last: on a laptop the tab scrolls,
        # and what the secretary does next must not be the part scrolled away.
        layout.addLayout(buttons)
        layout.addWidget(self.question_label)
        layout.addWidget(self.count_label)
        layout.addLayout(hands)
        layout.addWidget(self.tally_label)
        layout.addWidget(self.voters_label)
        layout.addStretch(1)

        self.open_button.clicked.connect(self.open_dialog)
        self.close_button.clicked.connect(self.close_vote)
        self._retranslate()
        self._render()

    # -- what is shown ---------------------------------------------------------------------------------

    @property
    def vote(self) -> m.Vote | None:
        return self._vote

    @property
    def voters(self) -> list[str]:
        """Person ids of those who have voted, as the server last said."""
        return list(self._voters)

    def show_item(self, view: SessionView | None, item_id: str | None) -> None:
        """The meeting day's current item: its vote open on laptops, if any."""
        self._people = MappingProxyType(
            {} if view is None else {pid: p.display_name for pid, p in view.people.items()}
        )
        if view is None or item_id is None:
            self._meeting_id = self._item_id = None
            self._vote = None
            self._render()
            return
        self._meeting_id, self._item_title = view.meeting.id, view.item(item_id).item.title
        votes = view.item(item_id).votes
        open_vote = next((v for v in votes if v.is_open), None)
        moved = item_id != self._item_id
        self._item_id = item_id
        if open_vote is not None and (self._vote is None or self._vote.id != open_vote.id):
            self._show_vote(open_vote)
            self.refresh()
        elif open_vote is None and (moved or self._vote is None or self._vote.is_open):
            kept = self._vote
            self._vote = next((v for v in votes if kept is not None and v.id == kept.id), None)
        self._render()

    def _show_vote(self, vote: m.Vote) -> None:
        self._vote = vote
        self._voters, self._count, self._tally, self._result = [], 0, None, None

    def _render(self) -> None:
        vote = self._vote
        has_item = self._item_id is not None
        self.open_button.setEnabled(has_item and (vote is None or not vote.is_open))
        self.close_button.setEnabled(vote is not None and vote.is_open)
        secret_open = vote is not None and vote.is_open and vote.kind is m.VoteKind.SECRET
        for widget in (
            self.hands_label,
            *self.hands_labels,
            self.hand_for,
            self.hand_against,
            self.hand_abstain,
        ):
            widget.setVisible(secret_open)
        if vote is None:
            self.question_label.setText(self.tr("No vote on laptops on this item."))
            for label in (self.count_label, self.voters_label, self.tally_label):
                label.setText("")
            return
        kind = kind_label(vote.kind)
        if vote.is_open:
            self.question_label.setText(
                self.tr("Open: {question} ({kind})").format(question=vote.question, kind=kind)
            )
        else:
            self.question_label.setText(
                self.tr("Closed: {question} ({kind})").format(question=vote.question, kind=kind)
            )
        # Beside the count, when it was open (in the screen's time style: 10.38 น. in Thai).
        counts = [self.tr("Voted: {count}").format(count=self._count)]
        if vote.opened_at is not None:
            counts.append(self.tr("opened {time}").format(time=labels.clock_time(vote.opened_at)))
        if vote.closed_at is not None:
            counts.append(self.tr("closed {time}").format(time=labels.clock_time(vote.closed_at)))
        self.count_label.setText(" · ".join(counts))
        names = sorted(self._people.get(person, person[:8]) for person in self._voters)
        self.voters_label.setText(
            self.tr("Have voted: {names}").format(names=", ".join(names)) if names else ""
        )
        if self._tally is None:
            # A secret vote's choices are never shown before it closes: the server does not tell them.
            self.tally_label.setText(
                self.tr("The choices are counted when the vote is closed.") if secret_open else ""
            )
        else:
            for_, against, abstain = self._tally
            text = self.tr("{for_label} {for_}, {against_label} {against}, {abstain_label} {abstain}").format(
                for_label=choice_label(m.Choice.FOR), for_=for_,
                against_label=choice_label(m.Choice.AGAINST), against=against,
                abstain_label=choice_label(m.Choice.ABSTAIN), abstain=abstain,
            )  # fmt: skip
            if self._result is not None:
                text += " — " + result_label(m.VoteResult(self._result))
            self.tally_label.setText(text)

    def _show_status(self, status: p.VoteStatus) -> None:
        if self._vote is None or status.vote_id != self._vote.id:
            return
        self._voters, self._count = list(status.voters), status.count
        if status.votes_for is not None:
            self._tally = (status.votes_for, status.votes_against or 0, status.abstentions or 0)
        self._result = status.result
        self._render()

    # -- acts ------------------------------------------------------------------------------------------

    def open_dialog(self) -> OpenVoteDialog | None:
        if self._item_id is None:
            return None
        dialog = OpenVoteDialog(self._item_title, self)
        self.dialog = dialog

        def accept() -> None:
            kind = dialog.kind_combo.value() or m.VoteKind.OPEN
            rule = dialog.rule_combo.value() or m.VoteRule.MAJORITY_OF_CAST
            self.open_vote(dialog.question_edit.text(), kind, rule)

        dialog.accepted.connect(accept)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_vote(self, question: str, kind: m.VoteKind, rule: m.VoteRule) -> None:
        """Open the vote on the current item (it reaches the laptops through the server)."""
        item_id, url, sync = self._item_id, server_of(self._sync, self._meeting_id), self._sync
        if item_id is None:
            return
        if url is None:
            self.failed.emit(self.tr("Log in to the sync server first: members vote through it."))
            return

        def work() -> m.Vote:
            return sync.open_vote(url, item_id, question, kind=kind, rule=rule)

        def done(vote: m.Vote) -> None:
            self._show_vote(vote)
            self._render()
            self.bring_forward()
            self.changed.emit(Changes.of(Kind.VOTE, vote.id))

        self.open_button.setEnabled(False)
        self._runner.write(work, done, self._on_failed)

    def close_vote(self) -> None:
        """Close the vote: the server stops taking answers; the result goes into the item and the minutes."""
        vote, url, sync = self._vote, server_of(self._sync, self._meeting_id), self._sync
        if vote is None or url is None or not vote.is_open:
            return
        hands = (self.hand_for.value(), self.hand_against.value(), self.hand_abstain.value())

        def work() -> m.Vote:
            return sync.close_vote(
                url, vote.id, hand_for=hands[0], hand_against=hands[1], hand_abstain=hands[2]
            )

        def done(closed: m.Vote) -> None:
            self._vote = closed
            self._tally = (closed.votes_for, closed.votes_against, closed.abstentions)
            self._result = closed.result.value
            for spin in (self.hand_for, self.hand_against, self.hand_abstain):
                spin.setValue(0)
            self._render()
            self.changed.emit(
                Changes.of(Kind.VOTE, closed.id)
                | Changes.of(Kind.AGENDA_ITEM, closed.item_id)
                | Changes.of(Kind.MINUTES_ENTRY)  # (the item's text of the draft, whichever entry it is)
            )

        self.close_button.setEnabled(False)
        self._runner.write(work, done, self._on_failed)

    def refresh(self) -> None:
        """Ask the server who has voted (and, for an open vote, the running tally)."""
        vote, url, sync = self._vote, server_of(self._sync, self._meeting_id), self._sync
        if vote is None or url is None:
            return
        self._runner.read(lambda: sync.vote_status(url, vote.id), self._show_status, lambda _e, _m: None)

    def bring_forward(self) -> None:
        """The open vote in sight: its tab chosen, wherever the panel is shown in one."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None:
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and (
                    page is self or page.isAncestorOf(self)
                ):  # (the tab's page may be a scroll area)
                    parent.setCurrentIndex(index)

    def _on_failed(self, _error: BaseException, message: str) -> None:
        self._render()
        self.failed.emit(message)

    @Slot(object)
    def on_live_event(self, event: p.LiveEvent) -> None:
        """News of the meeting's live channel: someone voted, or the vote was closed."""
        vote = self._vote
        if vote is None or event.meeting_id != self._meeting_id or event.data.get("vote_id") != vote.id:
            return
        if event.type == "voted":  # (event types are p.LiveType's values)
            person = str(event.data.get("person_id", ""))
            if person and person not in self._voters:
                self._voters.append(person)
            self._count = max(self._count, int(event.data.get("count", 0)))
            self._render()
            if vote.kind is m.VoteKind.OPEN:
                self.refresh()  # the running tally of a named vote
        elif event.type == "vote_closed":
            data = event.data
            self._tally = (int(data["votes_for"]), int(data["votes_against"]), int(data["abstentions"]))
            self._result = str(data.get("result", m.VoteResult.PENDING.value))
            self._render()

    def _retranslate(self) -> None:
        self.open_button.setText(self.tr("Open a vote on laptops…"))
        self.close_button.setText(self.tr("Close the vote"))
        self.hands_label.setText(self.tr("Show of hands:"))
        for label, choice in zip(self.hands_labels, m.Choice, strict=True):
            label.setText(choice_label(choice))
        self._render()
