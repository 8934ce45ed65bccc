"""The search results under the window's search box: grouped by meeting (its title and number, committee
and day), people in a group of their own, each hit with what it is, its name and a snippet with the words
found highlighted; the papers of those meetings that have no text to search at the end. Filters for the
committee, the meetings' days and the kind of record narrow the search.

The search runs off the GUI thread a moment after the typing stops; an answer to an earlier question is
dropped when a newer one has been asked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.domain.search import SearchFilter, SearchKind, Snippet
from emeeting.services.search import DEFAULT_LIMIT, MeetingHits, SearchHit, SearchResults
from emeeting.storage.search_index import WATCHED, PaperWithoutText
from emeeting.ui.search.search_field import Found
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.fields import DateEdit
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import html, one_line, plain_label
from emeeting.ui.widgets.style import MARGIN, Tone, muted_colour, tone_colours
from emeeting.ui.widgets.task_runner import LatestRead

DELAY_MS = 250  # after the last key typed
PANEL_WIDTH = 780
PANEL_HEIGHT = 620
ROW_ROLE = Qt.ItemDataRole.UserRole  # GROUP, HIT or NOTE
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # (normal, selected) HTML of the row
FOUND_ROLE = Qt.ItemDataRole.UserRole + 2  # the Found a HIT row opens
GROUP, HIT, NOTE = "group", "hit", "note"
PAD = 6
RADIUS = 4  # the panel's corners
INDENT = 14  # a meeting's hits under its heading
# Meetings whose heading carries their status: cancelled, postponed or still a draft.
FLAGGED = frozenset({m.MeetingStatus.CANCELLED, m.MeetingStatus.POSTPONED, m.MeetingStatus.DRAFT})
ELLIPSIS = "…"  # where a snippet was cut from a longer text
# Kinds whose snippet may be their label (their title) rather than text of their own.
TITLED = frozenset({SearchKind.MEETING, SearchKind.AGENDA_ITEM, SearchKind.ACTION_ITEM, SearchKind.PERSON})
SearchFunction = Callable[[str, SearchFilter | None, int], SearchResults]


class _HtmlRows(QStyledItemDelegate):
    """Draws each row's rich text (bold names, highlighted words) wrapped to the list's width."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, text: str, width: int, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(text)
        document.setTextWidth(max(width - 2 * PAD, 50))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        normal, chosen = index.data(HTML_ROLE) or ("", "")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if index.data(ROW_ROLE) == GROUP:  # a meeting's heading on a quiet band
            painter.fillRect(opt.rect.adjusted(0, 1, 0, -1), tone_colours(Tone.NEUTRAL, opt.palette)[0])
        indent = INDENT if index.data(ROW_ROLE) == HIT else 0
        document = self._document(chosen if selected else normal, opt.rect.width() - indent, opt)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft() + QPoint(PAD + indent, PAD // 2))
        painter.setClipRect(0, 0, opt.rect.width() - PAD - indent, opt.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        normal, _chosen = index.data(HTML_ROLE) or ("", "")
        width = self._view.viewport().width()
        indent = INDENT if index.data(ROW_ROLE) == HIT else 0
        document = self._document(normal, width - indent, option)
        return QSize(width, round(document.size().height()) + PAD)


class SearchPanel(FollowsLanguage, QFrame):
    """Floats over ``window`` under ``box``. ``ask(text)`` searches a moment later, ``search_now()`` at
    once; ``shown`` fires when an answer (results, none, or an error) is on screen, ``opened(Found)`` when
    the user opens a result."""

    opened = Signal(object)
    shown = Signal()

    def __init__(self, context: UiContext, box: QLineEdit, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("searchPanel")
        self._context = context
        self._box = box
        self._window = window
        self._reads = LatestRead(context.runner)
        self.search_function: SearchFunction = context.services.search.search
        self._text = ""
        self._results: SearchResults | None = None
        self._error = ""
        self._people = True
        self.searching = False

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.search_now)

        self.committee_combo = QComboBox(self)
        self.committee_combo.setObjectName("searchCommittee")
        self.committee_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.committee_combo.setMinimumContentsLength(16)
        self.since_check = QCheckBox(self)
        self.since_edit = DateEdit(self)
        self.since_edit.setObjectName("searchSince")
        self.until_check = QCheckBox(self)
        self.until_edit = DateEdit(self)
        self.until_edit.setObjectName("searchUntil")
        today = date.today()
        self.since_edit.setDate(QDate(today - timedelta(days=365)))
        self.until_edit.setDate(QDate(today))
        for edit in (self.since_edit, self.until_edit):
            edit.setEnabled(False)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("searchKind")
        self.status_label = plain_label(self)
        self.status_label.setObjectName("searchStatus")
        self.status_label.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setItemDelegate(_HtmlRows(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setWordWrap(True)
        self.results.installEventFilter(self)
        self.results.itemClicked.connect(self._open_item)
        self.keys_label = plain_label(self)
        self.keys_label.setObjectName("searchKeys")

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.committee_combo, 1)
        filters.addWidget(self.since_check)
        filters.addWidget(self.since_edit)
        filters.addWidget(self.until_check)
        filters.addWidget(self.until_edit)
        filters.addWidget(self.kind_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN // 2)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.keys_label)

        self.committee_combo.currentIndexChanged.connect(self._filters_changed)
        self.kind_combo.currentIndexChanged.connect(self._filters_changed)
        for check, edit in ((self.since_check, self.since_edit), (self.until_check, self.until_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._filters_changed)
            edit.dateChanged.connect(self._filters_changed)
        window.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        self._committees: list[m.Committee] = []
        self._read_committees()
        context.bus.changed.connect(self._on_changes)
        self.hide()
        self._retranslate()

    # -- asking ----------------------------------------------------------------------------------------

    def ask(self, text: str) -> None:
        """Search ``text`` once the typing pauses (at once when it is empty: the hint shows)."""
        self._text = text
        self.popup()
        if text.strip():
            self._timer.start()
        else:
            self.search_now()

    def search_now(self) -> None:
        self._timer.stop()
        text, where, search = self._text, self.where(), self.search_function
        self._error = ""
        if not text.strip():
            self._reads.drop()
            self.searching = False
            self._results = None
            self._fill()
            return
        self.searching = True
        self.status_label.setText(self.tr("Searching…"))
        self._reads.read(lambda: search(text, where, DEFAULT_LIMIT), self._on_results, self._on_failed)

    def where(self) -> SearchFilter:
        """What the filters ask for."""
        committee = self.committee_combo.currentData()
        kind = self.kind_combo.currentData()
        kinds = frozenset({SearchKind(kind)}) if kind else frozenset()
        if not kinds and not self._people:
            kinds = frozenset(k for k in SearchKind if k is not SearchKind.PERSON)
        return SearchFilter(
            committee_id=committee or None,
            since=self.since_edit.date().toPython() if self.since_check.isChecked() else None,  # type: ignore[arg-type]
            until=self.until_edit.date().toPython() if self.until_check.isChecked() else None,  # type: ignore[arg-type]
            kinds=kinds,
        )

    def set_people_shown(self, shown: bool) -> None:
        if shown == self._people:
            return
        self._people = shown
        self._fill_kinds()
        if self._text.strip():
            self.search_now()

    def _filters_changed(self) -> None:
        if self._text.strip():
            self.search_now()

    def _on_results(self, results: SearchResults) -> None:
        self.searching = False
        self._results = results
        self._fill()

    def _on_failed(self, _error: BaseException, message: str) -> None:
        self.searching = False
        self._results = None
        self._error = message
        self._fill()

    def _read_committees(self) -> None:
        records = self._context.services.records
        self._context.runner.read(
            lambda: records.select(m.Committee, order_by=("short_name",)),
            self._set_committees,
            lambda *_: None,
        )

    def _on_changes(self, changes: Changes) -> None:
        """A committee made or renamed is in the filter; results on screen are asked again (the index
        changed with the records, in the same transaction)."""
        if changes.concerns(Kind.COMMITTEE):
            self._read_committees()
        if self.isVisible() and self._text.strip() and any(changes.concerns(kind) for kind in WATCHED):
            self.ask(self._text)

    def _set_committees(self, committees: list[m.Committee]) -> None:
        self._committees = committees
        self._fill_committees()

    # -- showing ---------------------------------------------------------------------------------------

    def _fill(self) -> None:
        self.results.clear()
        results = self._results
        if self._error:
            self.status_label.setText(self.tr("The search failed: {message}").format(message=self._error))
        elif not self._text.strip():
            self.status_label.setText(
                self.tr(
                    "Type what to look for: words of a meeting, an agenda item, the minutes, a person or the "
                    'text of a paper, in Thai or English. "Quotes" find the words as written together.'
                )
            )
        elif results is None:
            self.status_label.setText(self.tr("Searching…"))
        elif not results.count:
            self.status_label.setText(
                self.tr("Nothing found for “{text}”. Try other words, or fewer filters.").format(
                    text=one_line(self._text.strip())
                )
            )
        else:
            self.status_label.setText(self._count_text(results))
        if results is not None and not self._error:
            self._add_results(results)
        self.shown.emit()

    def _count_text(self, results: SearchResults) -> str:
        meetings = sum(1 for g in results.groups if g.meeting is not None)
        text = self.tr("%n result(s)", "", results.count)
        if meetings:
            text += " " + self.tr("in %n meeting(s)", "", meetings)
        if results.more:
            text += " · " + self._more_text()
        return text

    def _more_text(self) -> str:
        return self.tr("There are more: narrow the search (a committee, dates or a kind).")

    def _add_results(self, results: SearchResults) -> None:
        muted = muted_colour(self.palette()).name()
        chosen_muted = self.palette().color(QPalette.ColorRole.HighlightedText).name()
        meetings: dict[str, m.Meeting] = {}
        for group in results.groups:
            if group.meeting is not None:
                meetings[group.meeting.id] = group.meeting
            self._add_row(GROUP, self._group_html(group), muted, chosen_muted)
            for hit in group.hits:
                found = Found(hit, group.meeting.id if group.meeting else None, self._needle(hit, results))
                self._add_row(HIT, self._hit_html(hit), muted, chosen_muted, found)
        if results.more:
            self._add_row(
                NOTE,
                "<i>" + html(self._more_text()) + "</i>",
                muted,
                chosen_muted,
            )
        if results.no_text:
            self._add_row(
                GROUP, "<b>" + html(self.tr("Papers without text to search")) + "</b>", muted, chosen_muted
            )
            for paper in results.no_text:
                found = self._no_text_found(paper)
                self._add_row(
                    HIT, self._no_text_html(paper, meetings.get(paper.meeting_id)), muted, chosen_muted, found
                )

    def _add_row(
        self, kind: str, text: str, muted: str, chosen_muted: str, found: Found | None = None
    ) -> None:
        row = QListWidgetItem(self.results)
        row.setData(ROW_ROLE, kind)
        row.setData(HTML_ROLE, (text.replace("@muted@", muted), text.replace("@muted@", chosen_muted)))
        if found is None:
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        else:
            row.setData(FOUND_ROLE, found)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def _group_html(self, group: MeetingHits) -> str:
        meeting = group.meeting
        if meeting is None:
            return "<b>" + html(self.tr("People")) + "</b>"
        title = one_line(labels.numbered_title(meeting))
        details = [labels.committee_label(group.committee)] if group.committee is not None else []
        if group.day is not None:
            details.append(labels.short_date(group.day))
        badge = ""
        if meeting.status in FLAGGED:  # as the navigator's badge: not a meeting held as planned (yet)
            background, text = labels.status_colours(meeting.status, self.palette())
            badge = (
                f"&nbsp;&nbsp;<span style='background-color:{background.name()}; color:{text.name()}'>"
                f"&nbsp;{html(labels.status_badge(meeting.status))}&nbsp;</span>"
            )
        return (
            f"<b>{html(title)}</b>{badge}<br><span style='color:@muted@'>{html(' · '.join(details))}</span>"
        )

    def _hit_html(self, hit: SearchHit) -> str:
        label = one_line(hit.label)
        head = f"<span style='color:@muted@'>{html(self.kind_text(hit))}</span>"
        # A snippet that is the label (an action item, an agenda item's title that matched; a long one cut
        # short "…") is not shown again under it: the label has the words highlighted instead.
        found = hit.snippet.text
        cut = len(found) - len(found.lstrip(ELLIPSIS))
        core = found.strip(ELLIPSIS)
        at = label.find(core) if core and core == one_line(core) and hit.kind in TITLED else -1
        in_label = at >= 0
        if in_label:
            marks = tuple((start - cut + at, end - cut + at) for start, end in hit.snippet.marks)
            head += f"&nbsp;&nbsp;<b>{_marked(Snippet(label, marks), self.palette())}</b>"
        elif label:
            head += f"&nbsp;&nbsp;<b>{html(label)}</b>"
        if hit.kind is SearchKind.PAPER:  # where it sits: two papers of one name are told apart
            where = self._paper_place(hit)
            if where:
                head += f"<span style='color:@muted@'> · {html(where)}</span>"
        text = _marked(hit.snippet, self.palette())
        return head + (f"<br>{text}" if text and not in_label else "")

    def _paper_place(self, hit: SearchHit) -> str:
        """ "Item 1.2" for a paper attached to an agenda item, "Meeting documents" for the meeting's own."""
        if hit.item_label:
            return self.tr("Item {number}").format(number=hit.item_label)
        return self.tr("Meeting documents") if hit.item_id is None else ""

    def _no_text_html(self, paper: PaperWithoutText, meeting: m.Meeting | None) -> str:
        reason = (
            self.tr("Confidential: its text is not kept on this computer")
            if paper.sealed
            else self.tr("No text to search (a scanned image)")
        )
        where = f" · {labels.meeting_number(meeting)}" if meeting is not None else ""
        kind, name = html(self.tr("Paper")), html(one_line(paper.name))
        return (
            f"<span style='color:@muted@'>{kind}</span>&nbsp;&nbsp;<b>{name}</b>"
            f"<br><span style='color:@muted@'>{html(reason + where)}</span>"
        )

    def kind_text(self, hit: SearchHit) -> str:
        """What a hit is: "Agenda item", "Paper, page 3", "Minutes, as certified"…"""
        match hit.kind:
            case SearchKind.MEETING:
                return self.tr("Meeting")
            case SearchKind.AGENDA_ITEM:
                return self.tr("Agenda item")
            case SearchKind.ACTION_ITEM:
                return self.tr("Action item")
            case SearchKind.PERSON:
                return self.tr("Person")
            case SearchKind.MINUTES:
                if hit.version is None:
                    return self.tr("Minutes, draft")
                if hit.version == 0:
                    return self.tr("Minutes, as certified")
                return self.tr("Minutes, amendment {number}").format(number=hit.version)
            case SearchKind.PAPER:
                if hit.page is None:
                    return self.tr("Paper")
                text = self.tr("Paper, page {page}").format(page=hit.page)
                if len(hit.pages) > 1:
                    text += " " + self.tr("(found on %n pages)", "", len(hit.pages))
                return text
        return ""

    @staticmethod
    def _needle(hit: SearchHit, results: SearchResults) -> str:
        """The words to highlight where the hit is shown: those marked in its snippet (as they are written
        on its page), else the longest word asked for."""
        if hit.snippet.marks:
            start, end = hit.snippet.marks[0]
            return hit.snippet.text[start:end]
        needles = results.query.needles()
        return needles[0] if needles else ""

    def _no_text_found(self, paper: PaperWithoutText) -> Found:
        hit = SearchHit(SearchKind.PAPER, paper.document_id, paper.name, Snippet(""))
        return Found(hit, paper.meeting_id, "")

    # -- the panel's place and keys ----------------------------------------------------------------------

    def popup(self) -> None:
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        window = self._window
        below = self._box.mapTo(window, QPoint(0, self._box.height() + 2))
        width = min(PANEL_WIDTH, window.width() - 2 * MARGIN)
        x = max(MARGIN, min(below.x() + self._box.width() - width, window.width() - width - MARGIN))
        height = min(PANEL_HEIGHT, window.height() - below.y() - 2 * MARGIN)
        self.setGeometry(x, below.y(), width, max(height, 120))

    def close_panel(self) -> None:
        self.hide()

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keys typed in the box (or the list) that move through the results; whether it took the key."""
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.isVisible():
                self.hide()
                self._box.setFocus()
                return True
            return False
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.isVisible() and self._text.strip():
                self.popup()
            self.step(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isVisible():
            if self._timer.isActive():  # Enter before the pause: search now, the first result is chosen
                self.search_now()
                return True
            if self.results.currentItem() is None or not self.results.currentItem().isSelected():
                self.step(1)
            row = self.results.currentItem()
            if row is not None and row.data(FOUND_ROLE) is not None:
                self._open_item(row)
            return True
        return False

    def hit_rows(self) -> list[QListWidgetItem]:
        return [
            self.results.item(i)
            for i in range(self.results.count())
            if self.results.item(i).data(ROW_ROLE) == HIT
        ]

    def step(self, step: int) -> None:
        """Choose the next (1) or previous (-1) result."""
        rows = self.hit_rows()
        if not rows:
            return
        current = self.results.currentItem()
        index = (
            rows.index(current) + step
            if current in rows and current.isSelected()
            else (0 if step > 0 else len(rows) - 1)
        )
        row = rows[max(0, min(index, len(rows) - 1))]
        self.results.setCurrentItem(row)
        self.results.scrollToItem(row)

    def _open_item(self, row: QListWidgetItem) -> None:
        found = row.data(FOUND_ROLE)
        if isinstance(found, Found):
            self.hide()
            self.opened.emit(found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        elif watched is self.results and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Leaving the box and its panel for another part of the window closes the panel."""
        if new is None or not self.isVisible():
            return
        widget: QWidget | None = new
        while widget is not None:
            if widget is self or widget is self._box:
                return
            widget = widget.parentWidget()
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The window's ground inside a line round the panel (it floats over the window's screens), in the
        colours of the palette it has now: painted, not a style sheet, which would keep the panel and
        what it holds on the palette it was built with when the desktop turns dark or light."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._results is not None:
            self._fill()  # the highlight's colours follow a dark or light desktop

    # -- words -----------------------------------------------------------------------------------------

    def _fill_committees(self) -> None:
        current = self.committee_combo.currentData()
        self.committee_combo.blockSignals(True)
        self.committee_combo.clear()
        self.committee_combo.addItem(self.tr("All committees"), "")
        for committee in self._committees:
            self.committee_combo.addItem(f"{committee.short_name} — {one_line(committee.name)}", committee.id)
        index = self.committee_combo.findData(current)
        self.committee_combo.setCurrentIndex(max(index, 0))
        self.committee_combo.blockSignals(False)

    def _fill_kinds(self) -> None:
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind, text in (
            ("", self.tr("Everything")),
            (SearchKind.MEETING.value, self.tr("Meetings")),
            (SearchKind.AGENDA_ITEM.value, self.tr("Agenda items")),
            (SearchKind.MINUTES.value, self.tr("Minutes")),
            (SearchKind.PAPER.value, self.tr("Papers")),
            (SearchKind.ACTION_ITEM.value, self.tr("Action items")),
            (SearchKind.PERSON.value, self.tr("People")),
        ):
            if kind != SearchKind.PERSON.value or self._people:
                self.kind_combo.addItem(text, kind)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(current), 0))
        self.kind_combo.blockSignals(False)

    def _retranslate(self) -> None:
        self.since_check.setText(self.tr("From"))
        self.until_check.setText(self.tr("to"))
        self.since_check.setToolTip(self.tr("Only meetings on or after this day"))
        self.until_check.setToolTip(self.tr("Only meetings on or before this day"))
        self.committee_combo.setToolTip(self.tr("Only this committee's meetings"))
        self.kind_combo.setToolTip(self.tr("Only this kind of record"))
        self.keys_label.setText(self.tr("↑ ↓ choose · Enter open · Esc close"))
        self._fill_committees()
        self._fill_kinds()
        if self.isVisible() or self._results is not None:
            self._fill()


def _marked(text: Snippet, palette: QPalette) -> str:
    """The snippet as HTML, its marked stretches highlighted (bold on the palette's warning colours)."""
    background, foreground = tone_colours(Tone.WARN, palette)
    style = f"background-color:{background.name()}; color:{foreground.name()}; font-weight:bold"
    return "".join(
        f"<span style='{style}'>{html(piece)}</span>" if marked else html(piece)
        for piece, marked in text.pieces()
    )
