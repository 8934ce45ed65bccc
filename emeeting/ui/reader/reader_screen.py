"""The member's reader: my meetings (the next one first) with my answer and what is new or changed since I
last looked; the chosen meeting's agenda as a reading list with its papers; a paper or the whole board
book in the PDF viewer. Nothing here changes the meeting: the only thing a reader stores is my answer
(through the attendee's dialog) and, in the settings, what I have seen.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QPixmap, QTextDocument
from PySide6.QtPdf import QPdfBookmarkModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.services.meetings import MeetingSummary, MeetingView
from emeeting.ui.day.chair import CHECKIN, ChairState
from emeeting.ui.documents.paper_access import (
    NotOpened,
    PaperNotices,
    Watermarks,
    meeting_closed_by_limit,
    paper_or_reason,
)
from emeeting.ui.documents.pdf_viewer import PdfViewer
from emeeting.ui.reader.annotation_exports import AnnotationExports
from emeeting.ui.reader.annotation_list import AnnotationList
from emeeting.ui.reader.item_notes import ItemNotes
from emeeting.ui.reader.live_bars import CheckInBar, FollowBar
from emeeting.ui.reader.notebook import Notebook
from emeeting.ui.reader.paper_marks import PaperMarks
from emeeting.ui.reader.papers import board_book_bytes
from emeeting.ui.reader.seen import Mark, SeenMarks, item_print, meeting_print, paper_print
from emeeting.ui.reader.vote_card import VoteCard
from emeeting.ui.reader.watermark import book_is_confidential, paper_is_confidential, reader_name
from emeeting.ui.sync.sync_dialog import AttendeeDialog
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import html, plain_label
from emeeting.ui.widgets.style import INLINE_ICON, Tone, heading_font, icon, toolbar
from emeeting.ui.widgets.task_runner import LatestRead

if TYPE_CHECKING:
    from emeeting.sync import protocol as p

ID_ROLE = Qt.ItemDataRole.UserRole
MARK_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # in the agenda: "item" or "paper"
TIP_ROLE = Qt.ItemDataRole.UserRole + 3  # a row's own tooltip, before its mark's word
ITEM, PAPER = "item", "paper"
BACK_TO_CHAIR_KEYS = "Ctrl+Shift+C"
CHECK_IN_MODES = {
    m.Attendance.PRESENT: "present",
    m.Attendance.LATE: "present",
    m.Attendance.ONLINE: "online",
}

# What the reader shows again when one of these changes.
_READ_KINDS = (Kind.MEETING, Kind.AGENDA_ITEM, Kind.DOCUMENT, Kind.INVITATION, Kind.COMMITTEE, Kind.PERSON)


@dataclass(frozen=True)
class MeetingRow:
    summary: MeetingSummary
    invitation: m.Invitation | None  # mine, when I am invited
    fingerprint: str


@dataclass(frozen=True)
class Reading:
    """Who reads (the person, for the answer and the board book) and the meetings, in reading order."""

    person_id: str | None
    user: str
    rows: tuple[MeetingRow, ...]
    has_server: bool = False  # a server to check in with


@dataclass(frozen=True)
class FoundPlace:
    """Where a search result is in a meeting: its agenda item, or its paper and page (from 1; None: where
    the words are first), and the words to highlight there."""

    item_id: str | None = None
    paper_id: str | None = None
    page: int | None = None
    needle: str = ""


def reading_order(rows: list[MeetingRow], now: datetime) -> list[MeetingRow]:
    """Meetings still to come, the next one first, then those held, the latest first."""
    today = now.astimezone().date()
    upcoming = sorted(
        (r for r in rows if r.summary.meeting.start.astimezone().date() >= today),
        key=lambda r: r.summary.meeting.start,
    )
    past = sorted(
        (r for r in rows if r.summary.meeting.start.astimezone().date() < today),
        key=lambda r: r.summary.meeting.start,
        reverse=True,
    )
    return upcoming + past


class _WrappedRows(QStyledItemDelegate):
    """Rows of several lines as high as their text wraps at the list's width: Thai lines are laid out in
    the fallback font, taller than the default font the view would measure them in."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QListWidget):
            return size
        # Narrower than the row: the style's margins around the text, and a line's worth of slack.
        width = max(view.viewport().width() - 2 * view.spacing() - 12, 80)
        font = index.data(Qt.ItemDataRole.FontRole)
        document = QTextDocument()
        document.setDefaultFont(font if isinstance(font, QFont) else option.font)
        document.setPlainText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        document.setTextWidth(width - 24)
        return QSize(width, max(size.height(), int(document.size().height()) + 6))


class ReaderScreen(FollowsLanguage, QWidget):
    """``meeting_shown(id)`` fires when a meeting's reading list is on screen, ``paper_opened(id)`` when
    a paper is in the viewer, ``paper_refused(id)`` when a message says in its place why it is not (a
    confidential paper closed by its offline limit, or not downloaded), ``book_opened(pages)`` when the
    board book is, ``answered()`` when my answer was stored (the window then syncs it).

    During a live meeting the reader follows the chair (``on_live_event`` takes the live channel's events):
    the item, the paper and the page the chair shows, until the member moves on their own; "Back to the
    chair" (or its key) follows again from where the chair is now. ``checked_in(mode)`` once the member's
    own check-in is recorded."""

    meetings_loaded = Signal(int)
    meeting_shown = Signal(str)
    paper_opened = Signal(str)
    paper_refused = Signal(
        str
    )  # not shown: closed by the offline limit, or not downloaded (said in its place)
    book_opened = Signal(int)
    answered = Signal()
    checked_in = Signal(str)
    following_changed = Signal(bool)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerScreen")
        self._context = context
        self._list_read = LatestRead(context.runner)
        self._view_read = LatestRead(context.runner)
        self._paper_read = LatestRead(context.runner)
        self._reading: Reading | None = None
        self._marks: SeenMarks | None = None
        blank = QPixmap(INLINE_ICON, INLINE_ICON)
        blank.fill(Qt.GlobalColor.transparent)
        self._no_mark = QIcon(blank)  # a read row keeps its text where the dot of an unread one leaves it
        self._view: MeetingView | None = None
        self._open_paper: str | None = None  # id of the paper in the viewer ("" for the board book)
        self._open_sha256 = ""  # the version of it on screen
        self._keep_page: int | None = None  # where to open the paper's next version
        self._active = False
        self._looking = True  # the next meeting chosen in the list is the reader's own choice
        self._notices = PaperNotices(self)
        self._watermarks = Watermarks(self)
        self._chair: ChairState | None = None  # the chair's place last heard of
        self._following = True  # the member has not moved on their own since
        self._applying_chair = False  # the reader moves for the chair: not the member's own navigation
        self._checkins: dict[str, tuple[str, datetime | None]] = {}  # meeting → my check-in, as told here

        self.meeting_list = QListWidget(self)
        self.meeting_list.setObjectName("readerMeetings")
        self.meeting_list.setWordWrap(True)
        self.meeting_list.setSpacing(3)
        self.meeting_list.setAlternatingRowColors(True)
        self.meeting_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Rows are laid out again at every width: Thai lines wrap later or sooner than they were measured.
        self.meeting_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.meeting_list.setItemDelegate(_WrappedRows(self.meeting_list))
        self.meeting_list.currentItemChanged.connect(self._on_meeting_chosen)

        self.meeting_title = plain_label(self)
        self.meeting_title.setObjectName("readerMeetingTitle")
        self.meeting_title.setWordWrap(True)
        self.meeting_title.setFont(heading_font(self.meeting_title.font(), 1.15))
        self.rsvp_label = plain_label(self)
        self.rsvp_label.setObjectName("readerRsvp")
        self.answer_button = QPushButton(self)
        self.answer_button.setObjectName("readerAnswerButton")
        self.answer_button.clicked.connect(self.open_answer)
        self.book_button = QPushButton(self)
        self.book_button.setObjectName("readerBoardBookButton")
        self.book_button.clicked.connect(self.open_board_book)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rsvp_label, 1)
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.book_button)
        self.follow_bar = FollowBar(self)
        self.follow_bar.back.connect(self.back_to_chair)
        self.follow_bar.hide()  # until the chair's place is heard of
        self.check_in_bar = CheckInBar(self)
        self.check_in_bar.check_in.connect(self.check_in)
        self.check_in_bar.hide()

        self.agenda = QTreeWidget(self)
        self.agenda.setObjectName("readerAgenda")
        self.agenda.setHeaderHidden(True)
        self.agenda.setRootIsDecorated(False)  # every item shows its papers: nothing to fold
        self.agenda.setItemsExpandable(False)
        self.agenda.setWordWrap(True)
        self.agenda.setUniformRowHeights(False)
        self.agenda.currentItemChanged.connect(self._on_row_current)
        self.agenda.itemClicked.connect(lambda row, _column: self._open_row(row))
        self.agenda.itemActivated.connect(lambda row, _column: self._open_row(row))
        self.item_text = QTextBrowser(self)
        self.item_text.setObjectName("readerItemText")
        self.item_text.setOpenLinks(False)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.meeting_title)
        middle_layout.addLayout(buttons)
        # A vote the secretary opens comes up here (vote_card.py); the window feeds it the live events.
        self.vote_card = VoteCard(context, middle)
        middle_layout.addWidget(self.vote_card)
        # My annotations: a tab beside the agenda; the chosen item's notes under its text.
        self.notebook = Notebook(context, self)
        self.annotation_list = AnnotationList(self.notebook, self)
        self.item_notes = ItemNotes(self.notebook, self)
        self.reading_tabs = QTabWidget(middle)
        self.reading_tabs.setObjectName("readerTabs")
        self.reading_tabs.setDocumentMode(True)
        self.reading_tabs.addTab(self.agenda, "")
        self.reading_tabs.addTab(self.annotation_list, "")
        self.annotation_list.changed_count.connect(lambda _count: self._retitle_tabs())
        reading = QSplitter(Qt.Orientation.Vertical, middle)
        reading.addWidget(self.reading_tabs)
        reading.addWidget(self.item_text)
        reading.addWidget(self.item_notes)
        reading.setSizes([380, 160, 90])
        middle_layout.addWidget(reading, 1)

        self.viewer = PdfViewer(context.runner, self)
        self.viewer.setObjectName("readerViewer")
        self.bookmarks = QTreeView(self)
        self.bookmarks.setObjectName("readerBookmarks")
        self.bookmarks.setHeaderHidden(True)
        self.bookmark_model = QPdfBookmarkModel(self)
        self.bookmarks.setModel(self.bookmark_model)
        self.bookmarks.activated.connect(self._on_bookmark)
        self.bookmarks.clicked.connect(self._on_bookmark)
        self.bookmarks.hide()
        right = self.paper_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        right.addWidget(self.bookmarks)
        right.addWidget(self.viewer)
        right.setStretchFactor(1, 1)
        right.setSizes([200, 700])

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.addWidget(self.meeting_list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([250, 400, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.follow_bar)
        layout.addWidget(self.splitter)

        self.previous_item_action = self._action(
            "readerPreviousItem", "Alt+Up", "chevron-up", lambda: self.step_item(-1)
        )
        self.next_item_action = self._action(
            "readerNextItem", "Alt+Down", "chevron-down", lambda: self.step_item(1)
        )
        self.previous_paper_action = self._action(
            "readerPreviousPaper", "Alt+Left", "chevron-left", lambda: self.step_paper(-1)
        )
        self.next_paper_action = self._action(
            "readerNextPaper", "Alt+Right", "chevron-right", lambda: self.step_paper(1)
        )
        self.go_to_page_action = self._action("readerGoToPage", "Ctrl+G", "file-search", self.ask_page)
        self.back_to_chair_action = self._action(
            "readerBackToChair", BACK_TO_CHAIR_KEYS, None, self.back_to_chair
        )
        # The keys in sight: a row of buttons over the reading list, each saying its key in its tooltip.
        self.toolbar = toolbar(self, "readerToolbar", text=False)
        self.toolbar.setIconSize(QSize(INLINE_ICON, INLINE_ICON))
        for action in (self.previous_item_action, self.next_item_action, self.previous_paper_action,
                       self.next_paper_action):  # fmt: skip
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.go_to_page_action)
        middle_layout.insertWidget(2, self.toolbar)
        middle_layout.insertWidget(2, self.check_in_bar)
        # The viewer's Page Up / Page Down work from anywhere in the reader, the reading list too.
        for action in (self.viewer.previous_action, self.viewer.next_action):
            self.addAction(action)

        # The annotation tools and the marks over a single paper (paper_marks.py).
        self.marks = PaperMarks(context, self.viewer, self)
        self._paper_to_open: str | None = None  # show_annotation's paper, once its meeting is shown
        self._found: FoundPlace | None = None  # a search result's place, once its meeting is shown
        self._found_page: FoundPlace | None = None  # … and once its paper is in the viewer
        self.meeting_shown.connect(self._open_waiting_paper)
        self.meeting_shown.connect(self._show_waiting_found)
        self.paper_opened.connect(self._show_found_page)
        self.meeting_shown.connect(self.vote_card.show_meeting)
        self.meeting_shown.connect(self._chair_meeting_shown)
        self.paper_opened.connect(self._chair_paper_opened)
        # The member's own moves in the viewer: they read on their own from then on.
        for action in (self.viewer.previous_action, self.viewer.next_action):
            action.triggered.connect(self._read_on_own)
        self.viewer.page_box.valueChanged.connect(self._read_on_own)
        self.viewer.thumbnail_list.clicked.connect(self._read_on_own)

        context.bus.changed.connect(self._on_changes)
        self.viewer.document_opened.connect(self._on_document_opened)
        self.annotation_exports = AnnotationExports(context, self, self.notebook)
        self.annotation_list.add_exports(self.annotation_exports)
        self._retranslate()
        self._show_meeting_actions(False)

    def _action(self, name: str, keys: str, icon_name: str | None, slot: object) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    # -- loading ---------------------------------------------------------------------------------------

    def activate(self) -> None:
        """Shown: read my meetings (again)."""
        self._active = True
        self.reload()

    def deactivate(self) -> None:
        self._active = False

    def reload(self) -> None:
        services, sync = self._context.services, self._context.sync

        def load() -> Reading:
            person_id = sync.person_id()
            servers = sync.servers()
            user = servers[0].user if servers else services.store.actor
            summaries = services.meetings.summaries()
            records = services.records
            mine = (
                {i.meeting_id: i for i in records.select(m.Invitation, person_id=person_id)}
                if person_id
                else {}
            )
            items: dict[str, list[m.AgendaItem]] = {}
            for item in records.select(m.AgendaItem):
                items.setdefault(item.meeting_id, []).append(item)
            papers: dict[str, list[m.Document]] = {}
            for paper in records.select(m.Document):
                papers.setdefault(paper.meeting_id, []).append(paper)
            rows = [
                MeetingRow(
                    s,
                    mine.get(s.meeting.id),
                    meeting_print(s.meeting, items.get(s.meeting.id, []), papers.get(s.meeting.id, [])),
                )
                for s in summaries
            ]
            ordered = tuple(reading_order(rows, datetime.now(UTC)))
            return Reading(person_id, user, ordered, bool(servers))

        self._list_read.read(load, self._show_reading, lambda _e, message: self._show_failure(message))

    def _show_failure(self, message: str) -> None:
        self.meeting_title.setText(message)

    def _show_reading(self, reading: Reading) -> None:
        self._reading = reading
        self._marks = SeenMarks(self._context.settings, self._context.services.store.data_dir, reading.user)
        current = self.current_meeting_id()
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for row in reading.rows:
            entry = QListWidgetItem(self.meeting_list)
            entry.setData(ID_ROLE, row.summary.meeting.id)
            self._set_meeting_text(entry, row)
        self.meeting_list.blockSignals(False)
        self.meetings_loaded.emit(len(reading.rows))
        if current and self.select_meeting(current, look=False):
            return
        chair = self._chair if self._following else None
        if chair is not None and self.select_meeting(chair.meeting_id, look=False):
            return  # the meeting the chair is in, at first
        if reading.rows:  # the next meeting, at first or when the one on screen went
            self.select_meeting(reading.rows[0].summary.meeting.id)

    def _set_meeting_text(self, entry: QListWidgetItem, row: MeetingRow) -> None:
        assert self._marks is not None
        meeting = row.summary.meeting
        mark = self._marks.mark(meeting.id, row.fingerprint)
        lines = [
            labels.numbered_title(meeting),
            labels.meeting_date(meeting.start, meeting.end),
            self._rsvp_text(row.invitation),
        ]
        entry.setText("\n".join(lines))
        self._show_mark(entry, mark)

    def current_meeting_id(self) -> str | None:
        entry = self.meeting_list.currentItem()
        return str(entry.data(ID_ROLE)) if entry is not None else None

    def select_meeting(self, meeting_id: str, *, look: bool = True) -> bool:
        """Show ``meeting_id``'s reading list; ``look``: as the reader's own choice (it counts as seen)."""
        for row in range(self.meeting_list.count()):
            entry = self.meeting_list.item(row)
            if entry.data(ID_ROLE) == meeting_id:
                if self.meeting_list.currentItem() is entry:
                    self._load_meeting(meeting_id, look=look)
                else:
                    self._looking = look
                    self.meeting_list.setCurrentItem(entry)
                return True
        return False

    def _on_meeting_chosen(self, entry: QListWidgetItem | None, _previous: object) -> None:
        look, self._looking = self._looking, True
        if entry is None:
            return
        if look and self._chair is not None and entry.data(ID_ROLE) != self._chair.meeting_id:
            self._read_on_own()
        self._load_meeting(str(entry.data(ID_ROLE)), look=look)

    def _load_meeting(self, meeting_id: str, *, look: bool) -> None:
        view = self._context.services.meetings.view
        self._view_read.read(
            lambda: view(meeting_id),
            lambda v: self._show_meeting(v, look=look),
            lambda _e, message: self._show_failure(message),
        )

    def _row(self, meeting_id: str) -> MeetingRow | None:
        rows = self._reading.rows if self._reading else ()
        return next((r for r in rows if r.summary.meeting.id == meeting_id), None)

    def _show_meeting(self, view: MeetingView, *, look: bool) -> None:
        same = self._view is not None and self._view.summary.meeting.id == view.summary.meeting.id
        current = self._current_row_id() if same else None
        self._view = view
        meeting = view.summary.meeting
        row = self._row(meeting.id)
        if look and row is not None and self._marks is not None:
            self._marks.see(meeting.id, row.fingerprint)
            entry = self.meeting_list.currentItem()
            if entry is not None:
                self._set_meeting_text(entry, row)
        self.meeting_title.setText(labels.numbered_title(meeting))
        self.rsvp_label.setText(self._rsvp_text(row.invitation if row else None))
        self._show_meeting_actions(True)
        self._show_check_in(view, row)
        self._fill_agenda(view)
        if current:
            self._select_row(current, look=False)
        elif self.agenda.topLevelItemCount():
            self._select_row_item(self.agenda.topLevelItem(0), look=look)
        if same and self._open_paper:
            self._follow_new_version(self._open_paper)
        if not same:
            self._open_paper = None
            self.viewer.clear()
            self.bookmarks.hide()
        self.meeting_shown.emit(meeting.id)

    def _show_meeting_actions(self, shown: bool) -> None:
        self.answer_button.setEnabled(shown and self._my_invitation() is not None)
        self.book_button.setEnabled(shown)

    def _fill_agenda(self, view: MeetingView) -> None:
        assert self._marks is not None
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for entry in view.agenda:
            row = QTreeWidgetItem(self.agenda)
            row.setData(0, ID_ROLE, entry.item.id)
            row.setData(0, KIND_ROLE, ITEM)
            mark = self._marks.mark(entry.item.id, item_print(entry.item))
            indent = "    " * entry.depth
            row.setText(0, indent + f"{entry.number} {entry.item.title}")
            self._show_mark(row, mark)
            for paper in entry.documents:
                self._add_paper(row, paper)
            row.setExpanded(True)
        if view.meeting_documents:
            row = QTreeWidgetItem(self.agenda)
            row.setData(0, KIND_ROLE, ITEM)
            row.setData(0, ID_ROLE, "")
            row.setText(0, self.tr("Papers of the meeting"))
            for paper in view.meeting_documents:
                self._add_paper(row, paper)
            row.setExpanded(True)
        self.agenda.blockSignals(False)

    def _add_paper(self, parent: QTreeWidgetItem, paper: m.Document) -> None:
        assert self._marks is not None
        row = QTreeWidgetItem(parent)
        row.setData(0, ID_ROLE, paper.id)
        row.setData(0, KIND_ROLE, PAPER)
        mark = self._marks.mark(paper.id, paper_print(paper))
        pages = self.tr("%n page(s)", "", paper.page_count or 0) if paper.page_count else ""
        secrecy = labels.secrecy_label(paper.secrecy) if paper.secrecy is not m.Secrecy.NORMAL else ""
        text = " · ".join(x for x in (paper.name, pages, secrecy) if x)
        row.setText(0, text)
        row.setToolTip(0, self.tr("Click or press Enter to read this paper"))
        self._show_mark(row, mark)

    # -- the reading list ------------------------------------------------------------------------------

    def _rows(self, kind: str) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for top in range(self.agenda.topLevelItemCount()):
            item = self.agenda.topLevelItem(top)
            if item is None:
                continue
            if kind == ITEM and item.data(0, ID_ROLE):
                found.append(item)
            if kind == PAPER:
                found.extend(c for i in range(item.childCount()) if (c := item.child(i)) is not None)
        return found

    def _current_row_id(self) -> str | None:
        row = self.agenda.currentItem()
        return str(row.data(0, ID_ROLE)) if row is not None else None

    def _select_row(self, record_id: str, *, look: bool) -> None:
        for row in (*self._rows(ITEM), *self._rows(PAPER)):
            if row.data(0, ID_ROLE) == record_id:
                self._select_row_item(row, look=look)
                return

    def _select_row_item(self, row: QTreeWidgetItem | None, *, look: bool) -> None:
        if row is None:
            return
        self.agenda.blockSignals(True)
        self.agenda.setCurrentItem(row)
        self.agenda.blockSignals(False)
        self._show_row(row, look=look)

    def _on_row_current(self, row: QTreeWidgetItem | None, _previous: object) -> None:
        if row is not None:
            self._read_on_own()
            self._show_row(row, look=True)

    def _item_of(self, row: QTreeWidgetItem) -> m.AgendaItem | None:
        item_row = row if row.data(0, KIND_ROLE) == ITEM else row.parent()
        item_id = item_row.data(0, ID_ROLE) if item_row is not None else None
        entries = self._view.agenda if self._view else ()
        return next((e.item for e in entries if e.item.id == item_id), None)

    def _show_row(self, row: QTreeWidgetItem, *, look: bool) -> None:
        item = self._item_of(row)
        self._show_item_text(item)
        if look and item is not None and row.data(0, KIND_ROLE) == ITEM and self._marks is not None:
            self._marks.see(item.id, item_print(item))
            self._unmark(row)

    def _unmark(self, row: QTreeWidgetItem) -> None:
        if row.data(0, MARK_ROLE) != Mark.SEEN.value:
            self._show_mark(row, Mark.SEEN)

    def _show_item_text(self, item: m.AgendaItem | None) -> None:
        self.item_notes.show_item(item.id if item else None, item.title if item else "")
        if item is None or self._view is None:
            self.item_text.clear()
            return
        presenter = self._view.people.get(item.presenter_id or "")
        parts = [f"<h3>{html(item.title)}</h3>"]
        if presenter is not None:
            label = self.tr("Presenter:")  # outside the f-string, where lupdate finds it
            parts.append(f"<p><b>{html(label)}</b> {html(presenter.display_name)}</p>")
        for heading, text in (
            (self.tr("Proposal"), item.proposal),
            (self.tr("Background"), item.background),
            (self.tr("Facts"), item.facts),
            (self.tr("Legal basis"), item.legal_basis),
        ):
            if text.strip():
                body = html(text).replace("\n", "<br>")
                parts.append(f"<p><b>{html(heading)}</b><br>{body}</p>")
        self.item_text.setHtml("".join(parts))

    def focus_item(self, item_id: str) -> None:
        """Show an agenda item as if the reader had chosen it (it counts as seen)."""
        for row in self._rows(ITEM):
            if row.data(0, ID_ROLE) == item_id:
                self.agenda.setCurrentItem(row)
                self.agenda.scrollToItem(row)

    def show_agenda(self) -> None:
        """The agenda's tab in front (from the annotations' tab)."""
        self.reading_tabs.setCurrentWidget(self.agenda)

    def current_item_id(self) -> str | None:
        row = self.agenda.currentItem()
        if row is None:
            return None
        item = self._item_of(row)
        return item.id if item else None

    def step_item(self, step: int) -> None:
        """The next (1) or previous (-1) agenda item in reading order."""
        rows = self._rows(ITEM)
        if not rows:
            return
        current = self.current_item_id()
        ids = [r.data(0, ID_ROLE) for r in rows]
        index = ids.index(current) + step if current in ids else 0
        if 0 <= index < len(rows):
            self.agenda.setCurrentItem(rows[index])
            self.agenda.scrollToItem(rows[index])

    def step_paper(self, step: int) -> None:
        """Open the next (1) or previous (-1) paper of the meeting."""
        rows = self._rows(PAPER)
        if not rows:
            return
        ids = [r.data(0, ID_ROLE) for r in rows]
        current = self._open_paper or self._current_row_id()
        # From the paper open, else from the item on screen: its first paper, or the first after it.
        index = ids.index(current) + step if current in ids else self._first_paper_from(rows, step)
        if 0 <= index < len(rows):
            self.agenda.setCurrentItem(rows[index])
            self._open_row(rows[index])

    def _first_paper_from(self, rows: list[QTreeWidgetItem], step: int) -> int:
        current = self.agenda.currentItem()
        if current is None:
            return 0 if step > 0 else len(rows) - 1
        tops = [self.agenda.indexOfTopLevelItem(r.parent() or r) for r in rows]
        here = self.agenda.indexOfTopLevelItem(current.parent() or current)
        after = [i for i, top in enumerate(tops) if (top >= here if step > 0 else top < here)]
        if not after:
            return -1
        return after[0] if step > 0 else after[-1]

    # -- papers and the board book ---------------------------------------------------------------------

    def _paper(self, paper_id: str) -> m.Document | None:
        if self._view is None:
            return None
        papers = [*self._view.meeting_documents, *(d for e in self._view.agenda for d in e.documents)]
        return next((d for d in papers if d.id == paper_id), None)

    def paper(self, paper_id: str) -> m.Document | None:
        """A paper of the meeting on screen."""
        return self._paper(paper_id)

    def open_paper_id(self) -> str | None:
        """The paper in the viewer (None for none, or the board book)."""
        return self._open_paper or None

    def annotation_owner(self) -> str:
        """The account this reader reads and annotates as: the server account, else this store's user."""
        return self._reading.user if self._reading else self._context.services.store.actor

    def reader_person_id(self) -> str | None:
        return self._reading.person_id if self._reading else None

    def _open_row(self, row: QTreeWidgetItem) -> None:
        if row.data(0, KIND_ROLE) == PAPER:
            if row.data(0, ID_ROLE) != self._open_paper:
                self._read_on_own()
            self.open_paper(str(row.data(0, ID_ROLE)))

    def open_paper(self, paper_id: str) -> None:
        """Show a paper in the viewer (its content checked off the GUI thread); it counts as seen."""
        paper = self._paper(paper_id)
        if paper is None or (self._open_paper == paper_id and self.viewer.page_count):
            return
        self._open_paper = paper_id
        services, sync = self._context.services, self._context.sync
        self._paper_read.read(
            lambda: paper_or_reason(services, sync, paper),
            lambda content: self._show_paper(paper, content),
            lambda _e, message: self.viewer.clear(message),
        )

    def _follow_new_version(self, paper_id: str) -> None:
        """The paper on screen was replaced by a new version (its marks have moved to it): show that one
        at the same page; a paper taken out of the meeting leaves the viewer."""
        paper = self._paper(paper_id)
        if paper is None:
            self._open_paper = None
            self.viewer.clear()
            return
        if paper.sha256 != self._open_sha256:
            self._keep_page = self.viewer.current_page()
            self._open_paper = None
            self.open_paper(paper_id)

    def watermark_for(self, confidential: bool) -> str | None:
        """The reader's name and today's date over a confidential paper (as on the printed board book)."""
        if not confidential or self._view is None:
            return None
        person_id, account = (self._reading.person_id, self._reading.user) if self._reading else (None, "")
        return self._watermarks.text(reader_name(self._view, person_id, account), date.today())

    def _show_paper(self, paper: m.Document, content: Path | bytes | NotOpened) -> None:
        keep_page, self._keep_page = self._keep_page, None
        self.bookmarks.hide()
        if isinstance(content, NotOpened):  # said where the paper would be, with what to do
            self.viewer.clear(self._notices.text(content))
            self.paper_refused.emit(paper.id)
            return
        confidential = self._view is not None and paper_is_confidential(self._view, paper)
        self.viewer.open_document(
            content, paper.name, file_name=paper.file_name, mime_type=paper.mime_type,
            watermark=self.watermark_for(confidential),
        )  # fmt: skip
        if isinstance(content, bytes):  # a sealed paper: a copy for the system viewer would be in clear
            self.viewer.external_action.setEnabled(False)
        self._open_sha256 = paper.sha256
        if keep_page is not None and self.viewer.page_count:
            self.viewer.go_to_page(min(keep_page, self.viewer.page_count - 1))
        if self._marks is not None:
            self._marks.see(paper.id, paper_print(paper))
        for row in self._rows(PAPER):
            if row.data(0, ID_ROLE) == paper.id:
                self._unmark(row)
        self.paper_opened.emit(paper.id)

    def open_board_book(self) -> None:
        """The meeting's papers as one read with its bookmarks, made for me with my rights."""
        meeting_id = self.current_meeting_id()
        if not meeting_id or self._view is None:
            return
        services, sync = self._context.services, self._context.sync
        person_id = self._reading.person_id if self._reading else None
        papers = [*self._view.meeting_documents, *(d for e in self._view.agenda for d in e.documents)]
        self._open_paper = ""
        self.viewer.clear(self.tr("Making the board book…"))

        def make() -> bytes | NotOpened:
            if (limit := meeting_closed_by_limit(sync, papers)) is not None:
                return NotOpened(limit)
            with tempfile.TemporaryDirectory(prefix="emeeting-book-") as folder:
                return board_book_bytes(services, meeting_id, person_id, Path(folder))

        title = self.meeting_title.text()
        self._read_on_own()
        self._paper_read.read(
            make,
            lambda content: self._show_book(title, content),
            lambda _e, message: self.viewer.clear(message),
        )

    def _show_book(self, title: str, content: bytes | NotOpened) -> None:
        if isinstance(content, NotOpened):
            self.viewer.clear(self._notices.text(content))
            return
        confidential = self._view is not None and book_is_confidential(self._view)
        shown = self.viewer.open_document(
            content,
            self.tr("Board book: {meeting}").format(meeting=title),
            watermark=self.watermark_for(confidential),
        )
        if confidential:  # it binds papers sealed here: a copy for the system viewer would be in clear,
            self.viewer.external_action.setEnabled(False)  # and without the reader's name on it
        self.bookmark_model.setDocument(self.viewer.document)
        self.bookmarks.expandAll()
        self.bookmarks.setVisible(shown)
        sizes = self.paper_splitter.sizes()
        if shown and sizes[0] == 0:  # hidden when the splitter was laid out: it had no width to show again
            width = sum(sizes)
            self.paper_splitter.setSizes([min(220, width // 3), width - min(220, width // 3)])
        if shown:
            self.book_opened.emit(self.viewer.page_count)

    def _on_bookmark(self, index: QModelIndex) -> None:
        page = index.data(int(QPdfBookmarkModel.Role.Page))
        if isinstance(page, int):
            self._read_on_own()
            self.viewer.go_to_page(page)

    def _on_document_opened(self, _pages: int) -> None:
        if self._open_paper:  # a single paper: the book's outline does not apply
            self.bookmarks.hide()
        paper = self._paper(self._open_paper) if self._open_paper else None
        if paper is None:  # the board book: marks are made on the papers themselves
            self.marks.clear()
            return
        user = self._reading.user if self._reading else self._context.services.store.actor
        person_id = self._reading.person_id if self._reading else None
        person = self._view.people.get(person_id) if self._view is not None and person_id else None
        self.marks.show_paper(paper, user, person.display_name if person is not None else user)

    def show_annotation(self, annotation_id: str) -> None:
        """Open the paper an annotation is on at its page and frame the mark for a moment (a note on an
        item: show the item)."""
        if self.marks.has_mark(annotation_id):  # on the paper open: at once
            self.marks.emphasise(annotation_id)
            return
        annotations = self._context.services.annotations
        self._context.runner.read(
            lambda: annotations.get(annotation_id), self._go_to_annotation, lambda _e, _message: None
        )

    def _go_to_annotation(self, note: m.Annotation) -> None:
        if note.document_id is None:
            if self.current_meeting_id() == note.meeting_id and note.item_id:
                self.focus_item(note.item_id)
            return
        self.marks.wait_for(note.id)
        if self.current_meeting_id() != note.meeting_id or self._view is None:
            self._paper_to_open = note.document_id
            self.select_meeting(note.meeting_id, look=False)
        elif self._open_paper == note.document_id and self.viewer.page_count:
            self.marks.emphasise(note.id)
        else:
            self.open_paper(note.document_id)

    def _open_waiting_paper(self, meeting_id: str) -> None:
        paper_id, self._paper_to_open = self._paper_to_open, None
        if paper_id and self._paper(paper_id) is not None:
            self._select_row(paper_id, look=False)
            self.open_paper(paper_id)

    def show_found(self, meeting_id: str, place: FoundPlace) -> bool:
        """A search result: its meeting's reading list with its agenda item, or its paper at the page found
        with the words highlighted. False when this reader does not list the meeting."""
        self._read_on_own()
        self._found = place
        shown = self._view is not None and self._view.summary.meeting.id == meeting_id
        if shown and self.current_meeting_id() == meeting_id:
            self._show_waiting_found(meeting_id)
            return True
        if not self.select_meeting(meeting_id, look=True):
            self._found = None
            return False
        return True

    def _show_waiting_found(self, _meeting_id: str) -> None:
        place, self._found = self._found, None
        if place is None:
            return
        self.show_agenda()
        if place.paper_id and self._paper(place.paper_id) is not None:
            self._select_row(place.paper_id, look=False)
            self._found_page = place
            if self._open_paper == place.paper_id and self.viewer.page_count:
                self._show_found_page(place.paper_id)
            else:
                self.open_paper(place.paper_id)
        elif place.item_id:
            self.focus_item(place.item_id)

    def _show_found_page(self, paper_id: str) -> None:
        place, self._found_page = self._found_page, None
        if place is not None and place.paper_id == paper_id:
            self.viewer.show_found(place.needle, None if place.page is None else place.page - 1)

    def ask_page(self) -> None:
        """Ctrl+G: the page number box, ready for a number and Enter."""
        box = self.viewer.page_box
        if box.isEnabled():
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()

    # -- following the chair ---------------------------------------------------------------------------

    @property
    def following(self) -> bool:
        """Whether the reader follows the chair (True also before the chair's place is heard of)."""
        return self._following

    def chair_state(self) -> ChairState | None:
        return self._chair

    def on_live_event(self, event: p.LiveEvent) -> None:
        """An event of the live channel: the chair's place (followed unless I read on my own), or my
        check-in recorded by the server."""
        state = ChairState.of_event(event)
        if state is not None:
            self._chair = state
            self._show_follow_bar()
            if self._following:
                self._go_to_chair()
            return
        if event.type == CHECKIN:
            person_id = self._reading.person_id if self._reading else None
            if person_id and event.data.get("person_id") == person_id:
                self._checked_in(event.meeting_id, str(event.data.get("mode", "present")), event)

    def back_to_chair(self) -> None:
        """Follow the chair again, from where it is now."""
        if self._chair is None:
            return
        self._set_following(True)
        self._go_to_chair()

    def _read_on_own(self) -> None:
        """The member moved on their own: stop following (once the chair's place is known)."""
        if self._applying_chair or self._chair is None or not self._following:
            return
        self._set_following(False)

    def _set_following(self, following: bool) -> None:
        if following != self._following:
            self._following = following
            self.following_changed.emit(following)
        self._show_follow_bar()

    def _show_follow_bar(self) -> None:
        keys = self.back_to_chair_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.follow_bar.show_following(self._following, keys, self._chair_item_text())
        self.follow_bar.setVisible(self._chair is not None)

    def _chair_item_text(self) -> str:
        """The chair's item as the agenda numbers it, when its meeting is on screen."""
        state, view = self._chair, self._view
        if state is None or view is None or view.summary.meeting.id != state.meeting_id:
            return ""
        entry = next((e for e in view.agenda if e.item.id == state.item_id), None)
        return f"{entry.number} {entry.item.title}" if entry is not None else ""

    def _go_to_chair(self) -> None:
        """Show the chair's item, and its paper at its page (a meeting not on screen is shown first)."""
        state = self._chair
        if state is None:
            return
        if self.current_meeting_id() != state.meeting_id or self._view is None:
            self.select_meeting(state.meeting_id, look=False)  # then _chair_meeting_shown
            return
        if self._view.summary.meeting.id != state.meeting_id:
            return  # its reading list is on its way
        self._applying_chair = True
        try:
            paper = self._paper(state.document_id) if state.document_id else None
            self._select_row(paper.id if paper is not None else state.item_id, look=False)
            current = self.agenda.currentItem()
            if current is not None:
                self.agenda.scrollToItem(current)
            if paper is None:
                return
            if self._open_paper == paper.id and self.viewer.page_count:
                self.viewer.go_to_page(state.page or 0)
            else:
                self.open_paper(paper.id)  # at the page once shown: _chair_paper_opened
        finally:
            self._applying_chair = False

    def _chair_meeting_shown(self, meeting_id: str) -> None:
        if self._chair is not None:
            self._show_follow_bar()
        if self._following and self._chair is not None and self._chair.meeting_id == meeting_id:
            self._go_to_chair()

    def _chair_paper_opened(self, paper_id: str) -> None:
        state = self._chair
        if self._following and state is not None and state.document_id == paper_id:
            self._applying_chair = True
            try:
                self.viewer.go_to_page(state.page or 0)
            finally:
                self._applying_chair = False

    # -- checking in -----------------------------------------------------------------------------------

    def _show_check_in(self, view: MeetingView, row: MeetingRow | None) -> None:
        """The check-in buttons for a meeting held today that I am invited to, with a server to tell."""
        meeting = view.summary.meeting
        invitation = row.invitation if row is not None else None
        today = datetime.now(UTC).astimezone().date()
        end = meeting.end or meeting.start
        held_today = meeting.start.astimezone().date() <= today <= end.astimezone().date()
        shown = (
            invitation is not None
            and held_today
            and self._reading is not None
            and self._reading.has_server
            and meeting.status is not m.MeetingStatus.CANCELLED
        )
        self.check_in_bar.setVisible(shown)
        if not shown or invitation is None:
            return
        told = self._checkins.get(meeting.id)
        if told is not None:
            self.check_in_bar.show_checked_in(*told)
        elif invitation.attendance in CHECK_IN_MODES and invitation.left_at is None:
            self.check_in_bar.show_checked_in(CHECK_IN_MODES[invitation.attendance], invitation.arrived_at)
        elif self.check_in_bar.checked_in is not None:
            self.check_in_bar.reset()

    def check_in(self, mode: str) -> None:
        """Check in to the meeting on screen: "present" (in the room) or "online"."""
        meeting_id = self.current_meeting_id()
        if not meeting_id:
            return
        sync = self._context.sync
        self._context.runner.read(
            lambda: sync.check_in(meeting_id, mode),
            lambda event: self._checked_in(meeting_id, str(event.data.get("mode", mode)), event),
            lambda _e, message: self.check_in_bar.show_failure(message),
        )

    def _checked_in(self, meeting_id: str, mode: str, event: p.LiveEvent) -> None:
        try:
            when: datetime | None = event.time()
        except ValueError:
            when = None
        self._checkins[meeting_id] = (mode, when)
        if meeting_id == self.current_meeting_id():
            self.check_in_bar.show_checked_in(mode, when)
        self.checked_in.emit(mode)

    # -- my answer -------------------------------------------------------------------------------------

    def _my_invitation(self) -> m.Invitation | None:
        """My invitation to the meeting on screen; none for a meeting I am not invited to (a secretary's
        store lists every meeting of her committees): there is no answer to give."""
        row = self._row(self.current_meeting_id() or "")
        return row.invitation if row is not None else None

    def open_answer(self) -> AttendeeDialog | None:
        """Attend, not attend, or someone in my place: the attendee's own dialog, stored here and synced."""
        meeting_id = self.current_meeting_id()
        person_id = self._reading.person_id if self._reading else None
        if not meeting_id or not person_id or self._my_invitation() is None:
            return None
        context = self._context
        dialog = AttendeeDialog(context.sync, context.runner, context.bus, meeting_id, person_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.answered)
        dialog.open()
        return dialog

    def _on_changes(self, changes: Changes) -> None:
        if self._active and any(changes.concerns(kind) for kind in _READ_KINDS):
            self.reload()

    # -- words -----------------------------------------------------------------------------------------

    def _mark_word(self, mark: Mark) -> str:
        return {Mark.NEW: self.tr("New"), Mark.CHANGED: self.tr("Changed"), Mark.SEEN: ""}[mark]

    def _show_mark(self, entry: QListWidgetItem | QTreeWidgetItem, mark: Mark) -> None:
        """New and changed rows are bold with a small dot before them (a word on every row was clutter);
        the word is what a screen reader says."""
        word = self._mark_word(mark)
        # New in the calm blue, changed since it was read (a revised paper) in the warning tone.
        tones = {Mark.NEW: Tone.INFO, Mark.CHANGED: Tone.WARN}
        dot = icon("circle-small", tones[mark]) if mark in tones else self._no_mark
        if isinstance(entry, QTreeWidgetItem):
            entry.setData(0, MARK_ROLE, mark.value)
            entry.setIcon(0, dot)
            text = entry.text(0).strip()
            entry.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{word} · {text}" if word else text)
            self._tip_mark(entry, word)
        else:
            entry.setData(MARK_ROLE, mark.value)
            entry.setIcon(dot)
            text = entry.text()
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{word} · {text}" if word else text)
        _bold(entry, mark is not Mark.SEEN)

    def _tip_mark(self, row: QTreeWidgetItem, word: str) -> None:
        """The tooltip begins with the mark's word while the row is marked ("ใหม่ — …")."""
        tip = str(row.data(0, TIP_ROLE) or row.toolTip(0))
        row.setData(0, TIP_ROLE, tip)
        row.setToolTip(0, f"{word} — {tip}" if word and tip else word or tip)

    def _rsvp_text(self, invitation: m.Invitation | None) -> str:
        if invitation is None:
            return self.tr("Not invited")
        return labels.own_reply_label(invitation.rsvp)

    def _retranslate(self) -> None:
        self.answer_button.setText(self.tr("My &answer…"))
        self.answer_button.setToolTip(
            self.tr("Attend, send your apologies, or send someone in your place (name them in the reason)")
        )
        self.book_button.setText(self.tr("&Board book"))
        self.book_button.setToolTip(self.tr("All papers of this meeting as one read, with bookmarks"))
        for action, text, keys in (
            (self.next_item_action, self.tr("Next item"), "Alt+↓"),
            (self.previous_item_action, self.tr("Previous item"), "Alt+↑"),
            (self.next_paper_action, self.tr("Next paper"), "Alt+→"),
            (self.previous_paper_action, self.tr("Previous paper"), "Alt+←"),
            (self.go_to_page_action, self.tr("Go to page…"), "Ctrl+G"),
        ):
            action.setText(text)
            action.setToolTip(f"{text} ({keys})")
        self.agenda.setToolTip(
            self.tr(
                "Alt+↓ / Alt+↑: next or previous item · Alt+→ / Alt+←: next or previous paper · "
                "Page Down / Page Up: pages · Ctrl+G: go to page"
            )
        )
        self._retitle_tabs()
        if self._reading is not None:
            self._show_reading(self._reading)

    def _retitle_tabs(self) -> None:
        self.reading_tabs.setTabText(0, self.tr("Agenda"))
        count = len(self.notebook.data.views) if self.notebook.data else 0
        self.reading_tabs.setTabText(1, self.tr("My annotations (%n)", "", count))
        self.reading_tabs.setTabToolTip(
            1, self.tr("Your annotations in this meeting and those shared with you")
        )


def _bold(entry: QListWidgetItem | QTreeWidgetItem, bold: bool) -> None:
    if isinstance(entry, QTreeWidgetItem):
        font = QFont(entry.font(0))
        font.setBold(bold)
        entry.setFont(0, font)
    else:
        font = QFont(entry.font())
        font.setBold(bold)
        entry.setFont(font)
