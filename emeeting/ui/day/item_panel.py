"""The current agenda item on the meeting day: its title and time, notes, resolution with quick phrases, and
one tab per kind of record (votes, conflicts of interest, dissent, action items), each a ``RecordList``.

Its words are the meeting day's (translation context ``SessionScreen``), as they were before the screen
was split into panels."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from emeeting.services.session import SessionView
from emeeting.ui.day.record_list import RecordList
from emeeting.ui.day.session_dialogs import result_label
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.elided import ElidedLabel, eliding_tabs, tab_tooltips
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.style import Tone, heading_font, tone_text_colour

PHRASES_PER_ROW = 4

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


def is_phrase(text: str) -> bool:
    return any(text in phrases for phrases in QUICK_PHRASES.values())


def minutes_seconds(seconds: int) -> str:
    hours, rest = divmod(max(seconds, 0), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


class CurrentItemPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One line, elided with the whole title in its tooltip: the screen fits a laptop's height.
        self.item_title = ElidedLabel(self)
        self.item_title.setObjectName("currentItemTitle")
        self.item_title.setFont(heading_font(self.item_title.font(), 1.2))
        self.item_timer = plain_label(self)
        self.item_timer.setObjectName("itemTimer")
        # The item's papers to present (a menu of them when there are several).
        self.present_button = QPushButton(self)
        self.present_button.setObjectName("presentPaperButton")
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
        self.notes_label.setBuddy(self.notes_edit)  # the labels name the boxes for screen readers too
        self.resolution_label.setBuddy(self.resolution_edit)
        # One tab per kind of record, each titled with its count: the screen fits a 720-pixel-high window.
        self.records_tabs = QTabWidget(self)
        self.records_tabs.setObjectName("recordsTabs")
        eliding_tabs(self.records_tabs.tabBar())  # five Thai tabs are wider than the panel on a laptop
        self.votes = RecordList("votes", "newVote", "deleteVote", self.records_tabs)
        self.dissents = RecordList("dissents", "addDissent", "removeDissent", self.records_tabs)
        self.recusals = RecordList("recusals", "addRecusal", "removeRecusal", self.records_tabs)
        self.action_items = RecordList("actions", "addAction", "removeAction", self.records_tabs)
        for page in self.record_lists():
            self.records_tabs.addTab(page, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)  # the screen fits a laptop's height
        title_row = QHBoxLayout()
        title_row.addWidget(self.item_title, 1)
        title_row.addWidget(self.item_timer)
        title_row.addWidget(self.present_button)
        layout.addLayout(title_row)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(self.resolution_label)
        layout.addWidget(self.resolution_edit)
        layout.addLayout(self.phrase_row)
        layout.addWidget(self.records_tabs, 2)  # (the vote on laptops in it needs the room more)

    def record_lists(self) -> tuple[RecordList, ...]:
        """In the order of their tabs."""
        return self.votes, self.recusals, self.dissents, self.action_items

    def show_records(self, view: SessionView | None, item_id: str | None) -> None:
        """The records of ``item_id`` in ``view`` (none: empty lists), each tab titled with its count."""
        for records in self.record_lists():
            records.clear()
        if view is not None and item_id is not None:
            record, people = view.item(item_id), view.people
            for vote in record.votes:
                text = QCoreApplication.translate(
                    "SessionScreen", "{question}: for {for_}, against {against}, abstain {abstain} — {result}"
                ).format(
                    question=vote.question,
                    for_=vote.votes_for,
                    against=vote.votes_against,
                    abstain=vote.abstentions,
                    result=result_label(vote.result),
                )
                self.votes.add_row(text, vote.id)
            for dissent in record.dissents:
                name = people[dissent.person_id].display_name if dissent.person_id in people else ""
                self.dissents.add_row(f"{name}: {dissent.reasons}", dissent.id)
            for recusal in record.recusals:
                name = people[recusal.person_id].display_name if recusal.person_id in people else ""
                self.recusals.add_row(f"{name} {recusal.reason}".strip(), recusal.id)
            for action in record.actions:
                parts = [action.title]
                if action.assignee_id and action.assignee_id in people:
                    parts.append(people[action.assignee_id].display_name)
                if action.due is not None:
                    parts.append(labels.short_date(action.due))
                self.action_items.add_row(" — ".join(parts), action.id)
        for records, title in (
            (self.votes, QCoreApplication.translate("SessionScreen", "Votes")),
            (self.recusals, QCoreApplication.translate("SessionScreen", "Conflicts of interest")),
            (self.dissents, QCoreApplication.translate("SessionScreen", "Dissent")),
            (self.action_items, QCoreApplication.translate("SessionScreen", "Action items")),
        ):
            count = records.count()
            counted = QCoreApplication.translate("SessionScreen", "{title} ({count})")
            text = counted.format(title=title, count=count) if count else title
            self.records_tabs.setTabText(self.records_tabs.indexOf(records), text)
        tab_tooltips(self.records_tabs.tabBar())

    def build_phrases(self, phrases: Sequence[str], hidden: bool, use: Callable[[str], None]) -> None:
        """One button per quick phrase (made again only when the phrases differ); ``use(phrase)`` on click."""
        if [b.text() for b in self.phrase_buttons] == list(phrases):
            return
        for button in self.phrase_buttons:
            self.phrase_row.removeWidget(button)
            button.deleteLater()
        self.phrase_buttons = []
        for index, phrase in enumerate(phrases):
            button = QPushButton(phrase, self)
            button.setObjectName("quickPhrase")
            button.clicked.connect(lambda _checked=False, p=phrase: use(p))
            self.phrase_row.addWidget(button, index // PHRASES_PER_ROW, index % PHRASES_PER_ROW)
            button.setHidden(hidden)
            self.phrase_buttons.append(button)

    def show_time(self, elapsed: int | None, planned: int) -> None:
        """``elapsed`` seconds on the item (None: no item running) against ``planned`` minutes."""
        if elapsed is None:
            self.item_timer.setText("")
            self.item_timer.setProperty("over", False)
            self.item_timer.setStyleSheet("")
            return
        if planned:
            text = QCoreApplication.translate("SessionScreen", "{elapsed} of {planned} min planned").format(
                elapsed=minutes_seconds(elapsed), planned=planned
            )
        else:
            text = QCoreApplication.translate("SessionScreen", "{elapsed} (no time planned)").format(
                elapsed=minutes_seconds(elapsed)
            )
        self.item_timer.setText(text)
        over = bool(planned) and elapsed > planned * 60
        self.item_timer.setProperty("over", over)
        self._style_timer()

    def _style_timer(self) -> None:
        """Over time: the timer in the warning tone of the palette in use (so also in a dark one)."""
        if self.item_timer.property("over") is True:
            colour = tone_text_colour(Tone.BAD, self.palette()).name()
            self.item_timer.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        else:
            self.item_timer.setStyleSheet("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_timer()

    def update_buttons(self, has_item: bool, papers: int = 0) -> None:
        self.present_button.setEnabled(has_item and papers > 0)
        self.notes_edit.setEnabled(has_item)
        self.resolution_edit.setEnabled(has_item)
        for records in self.record_lists():
            records.update_buttons(has_item)

    def retranslate(self) -> None:
        self.present_button.setText(QCoreApplication.translate("SessionScreen", "Present paper"))
        self.present_button.setToolTip(
            QCoreApplication.translate(
                "SessionScreen",
                "Show a paper of this item on the projector and on the members' laptops, page by page",
            )
        )
        self.notes_label.setText(QCoreApplication.translate("SessionScreen", "Notes"))
        self.resolution_label.setText(QCoreApplication.translate("SessionScreen", "Resolution"))
        add = QCoreApplication.translate("SessionScreen", "Add…")
        remove = QCoreApplication.translate("SessionScreen", "Remove")
        self.votes.set_texts(
            QCoreApplication.translate("SessionScreen", "Vote…"),
            QCoreApplication.translate("SessionScreen", "Delete"),
        )
        for records in (self.dissents, self.recusals, self.action_items):
            records.set_texts(add, remove)
