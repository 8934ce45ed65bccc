"""The navigator: committees → Buddhist Era years → meetings (newest first), with a filter box."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.thai import ce_year
from emeeting.services.meetings import MeetingSummary
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.form_rows import find_label, find_text
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import html, html_tooltip, plain_label
from emeeting.ui.widgets.style import MARGIN, SECTION, heading_font, icon

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "committee", "year" or "meeting"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # committee id, BE year or meeting id
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # a meeting's MeetingStatus value, drawn as a badge
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # what the filter matches

COMMITTEE, YEAR, MEETING = "committee", "year", "meeting"

AnyIndex = QModelIndex | QPersistentModelIndex


class StatusBadgeDelegate(QStyledItemDelegate):
    """Draws a meeting row's text elided before a small rounded status badge at the right edge."""

    _PAD_X = 7
    _GAP = 8

    def __init__(self, tooltip: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tooltip = tooltip

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: AnyIndex
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.data(KIND_ROLE) == MEETING:
            QToolTip.showText(event.globalPos(), self._tooltip(str(index.data(ID_ROLE))), view)
            return True
        return super().helpEvent(event, view, option, index)

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(KIND_ROLE) == COMMITTEE:
            font = QFont(option.font)
            font.setBold(True)
            option.font = font
            option.fontMetrics = QFontMetrics(font)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        status = index.data(STATUS_ROLE)
        if not status:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect: QRect = opt.rect
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)

        badge_text = labels.status_badge(m.MeetingStatus(status))
        badge_font = QFont(opt.font)
        badge_font.setPointSizeF(max(badge_font.pointSizeF() * 0.82, 6.5))
        metrics = QFontMetrics(badge_font)
        width = metrics.horizontalAdvance(badge_text) + 2 * self._PAD_X
        height = min(metrics.height() + 2, rect.height() - 2)
        badge = QRect(rect.right() - width - 4, rect.center().y() - height // 2 + 1, width, height)

        text = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        painter.setPen(
            palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        painter.setFont(opt.font)
        text_rect.setRight(min(text_rect.right(), badge.left() - self._GAP))
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, max(text_rect.width(), 0))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)

        background, foreground = labels.status_colours(m.MeetingStatus(status), palette)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(foreground)
        painter.setFont(badge_font)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), badge_text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        status = index.data(STATUS_ROLE)
        if status:
            metrics = QFontMetrics(option.font)
            size.setWidth(
                size.width() + metrics.horizontalAdvance(labels.status_badge(m.MeetingStatus(status))) + 30
            )
        return size


class NavigatorFilter(QSortFilterProxyModel):
    """Case-insensitive, recursive: a matching meeting keeps its year and committee; a matching committee
    or year keeps everything under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(SEARCH_ROLE)


class MeetingNavigator(FollowsLanguage, QWidget):
    """Emits ``meeting_selected(id)`` ("" when the selection is not a meeting), ``guide_requested()`` when
    the empty state's button asks for the first-run guide."""

    meeting_selected = Signal(str)
    guide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summaries: dict[str, MeetingSummary] = {}
        self._committees: dict[str, m.Committee] = {}
        self._rebuilding = False

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setObjectName("navigatorFilter")

        self.model = QStandardItemModel(self)
        self.proxy = NavigatorFilter(self)
        self.proxy.setSourceModel(self.model)

        self.view = QTreeView(self)
        self.view.setObjectName("navigator")
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)  # one row height for all: fast with thousands of meetings
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAnimated(False)
        self.view.setIndentation(self.fontMetrics().averageCharWidth() * 2)  # more room for the rows' text
        self.view.setItemDelegate(StatusBadgeDelegate(self.meeting_tooltip, self.view))
        self.view.setMinimumWidth(200)  # rows elide (their tooltip has it all): room for a small screen

        # No meeting yet: an invitation to the first-run guide instead of an empty tree.
        self.empty_state = QWidget(self)
        self.empty_state.setObjectName("navigatorEmpty")
        self.empty_heading = plain_label(self.empty_state)
        self.empty_heading.setFont(heading_font(self.font(), 1.1))
        self.empty_heading.setWordWrap(True)
        self.empty_text = plain_label(self.empty_state)
        self.empty_text.setWordWrap(True)
        self.guide_button = QPushButton(self.empty_state)
        self.guide_button.setObjectName("startGuide")
        self.guide_button.setIcon(icon("list-checks"))
        self.guide_button.setDefault(True)
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(MARGIN, SECTION * 2, MARGIN, MARGIN)
        empty_layout.setSpacing(SECTION)
        empty_layout.addWidget(self.empty_heading)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.empty_state.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        self.filter_label = find_label(self.filter_edit)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        layout.addLayout(filter_row)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_state, 1)

        self.guide_button.clicked.connect(self.guide_requested)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self._retranslate()

    # -- content ---------------------------------------------------------------------------------------

    @property
    def meeting_count(self) -> int:
        return len(self._summaries)

    def set_summaries(self, summaries: Iterable[MeetingSummary]) -> None:
        """Rebuild the tree: committees by short name, then years and meetings newest first."""
        selected = self.current_meeting_id()
        expanded = self._expanded_keys() if self.model.rowCount() else None
        by_committee: dict[str, dict[int, list[MeetingSummary]]] = {}
        self._summaries.clear()
        self._committees.clear()
        for summary in summaries:
            self._summaries[summary.meeting.id] = summary
            self._committees[summary.committee.id] = summary.committee
            by_committee.setdefault(summary.committee.id, {}).setdefault(summary.meeting.year_be, []).append(
                summary
            )

        self.view.setUpdatesEnabled(False)
        self._rebuilding = True
        try:
            self.model.clear()
            root = self.model.invisibleRootItem()
            committees = sorted(
                self._committees.values(), key=lambda c: (c.short_name.casefold(), c.name, c.id)
            )
            for committee in committees:
                committee_item = self._item(COMMITTEE, committee.id)
                years = by_committee[committee.id]
                for year in sorted(years, reverse=True):
                    year_item = self._item(YEAR, year)
                    meetings = sorted(
                        years[year], key=lambda s: (s.meeting.number, s.meeting.start), reverse=True
                    )
                    year_item.appendRows([self._item(MEETING, s.meeting.id) for s in meetings])
                    committee_item.appendRow(year_item)
                root.appendRow(committee_item)
            self._retranslate_items()
            self._restore_expansion(expanded)
            if selected:
                self.select_meeting(selected)
        finally:
            self._rebuilding = False
            self.view.setUpdatesEnabled(True)
        self._show_empty_state(not self._summaries)
        if self.current_meeting_id() != selected:  # the selected meeting is gone
            self.meeting_selected.emit(self.current_meeting_id())

    def _show_empty_state(self, empty: bool) -> None:
        self.empty_state.setVisible(empty)
        for widget in (self.view, self.filter_label, self.filter_edit):
            widget.setVisible(not empty)

    def summary(self, meeting_id: str) -> MeetingSummary | None:
        return self._summaries.get(meeting_id)

    def current_meeting_id(self) -> str:
        index = self.view.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) == MEETING:
            return str(index.data(ID_ROLE))
        return ""

    def select_meeting(self, meeting_id: str) -> bool:
        for item in self._walk():
            if item.data(KIND_ROLE) == MEETING and item.data(ID_ROLE) == meeting_id:
                index = self.proxy.mapFromSource(item.index())
                if not index.isValid():
                    return False
                self.view.scrollTo(index)
                self.view.setCurrentIndex(index)
                return True
        return False

    def first_meeting_id(self) -> str:
        """The meeting shown first in the tree (after filtering), or ""."""
        index = self.proxy.index(0, 0)
        while index.isValid() and index.data(KIND_ROLE) != MEETING:
            index = self.proxy.index(0, 0, index)
        return str(index.data(ID_ROLE)) if index.isValid() else ""

    def visible_rows(self) -> list[tuple[int, str]]:
        """(depth, text) of every row the filter lets through, in order: for tests and diagnostics."""
        rows: list[tuple[int, str]] = []

        def visit(parent: QModelIndex, depth: int) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                rows.append((depth, str(index.data())))
                visit(index, depth + 1)

        visit(QModelIndex(), 0)
        return rows

    # -- helpers ---------------------------------------------------------------------------------------

    @staticmethod
    def _item(kind: str, key: str | int) -> QStandardItem:
        item = QStandardItem()
        item.setEditable(False)
        item.setData(kind, KIND_ROLE)
        item.setData(key, ID_ROLE)
        item.setData("", STATUS_ROLE)
        return item

    def _walk(self, parent: QStandardItem | None = None) -> Iterator[QStandardItem]:
        parent = parent or self.model.invisibleRootItem()
        for row in range(parent.rowCount()):
            child = parent.child(row)
            yield child
            yield from self._walk(child)

    def _retranslate_items(self) -> None:
        # Thousands of rows: look each translation up once, not once per row.
        status_names = {status: labels.status_label(status) for status in m.MeetingStatus}
        number_format = labels.meeting_number_format()
        language = labels.ui_language()
        # The date tells a committee's meetings apart; their titles often repeat the committee's name.
        row_format = self.tr("{number} · {date} · {title}")
        for item in self._walk():
            kind = item.data(KIND_ROLE)
            key = item.data(ID_ROLE)
            if kind == MEETING:
                summary = self._summaries[key]
                meeting = summary.meeting
                text = row_format.format(
                    number=number_format.format(label=meeting.label),
                    date=labels.day_month(meeting.start.astimezone().date(), language),
                    title=meeting.title,
                )
                item.setText(text)
                item.setData(meeting.status.value, STATUS_ROLE)
                item.setData(f"{text} {summary.reference} {status_names[meeting.status]}", SEARCH_ROLE)
            elif kind == YEAR:
                heading = labels.year_heading(key)
                item.setText(heading)
                item.setData(f"{heading} {key} {ce_year(key)}", SEARCH_ROLE)
            else:
                text = labels.committee_label(self._committees[key])
                item.setText(text)
                item.setToolTip(html_tooltip(text))
                item.setData(text, SEARCH_ROLE)

    def meeting_tooltip(self, meeting_id: str) -> str:
        """Built when the tooltip is shown: cheaper than one per row for thousands of meetings."""
        summary = self._summaries.get(meeting_id)
        if summary is None:
            return ""
        meeting = summary.meeting
        return self.tr(
            "<b>{title}</b><br>{committee}<br>{number} · {date}<br>{status}: {description}"
        ).format(
            title=html(meeting.title),
            committee=html(summary.committee.name),
            number=html(labels.meeting_number(meeting)),
            date=html(labels.meeting_date(meeting.start)),
            status=html(labels.status_label(meeting.status)),
            description=html(labels.status_description(meeting.status)),
        )

    def _expanded_keys(self) -> set[tuple[str, object]]:
        keys: set[tuple[str, object]] = set()
        for item in self._walk():
            if item.hasChildren() and self.view.isExpanded(self.proxy.mapFromSource(item.index())):
                kind = str(item.data(KIND_ROLE))
                # Only years have a parent item; committees are top-level.
                owner = item.parent().data(ID_ROLE) if kind == YEAR else None
                keys.add((kind, (owner, item.data(ID_ROLE))))
        return keys

    def _restore_expansion(self, keys: set[tuple[str, object]] | None) -> None:
        """Expand what was expanded before a reload; at first every committee and its newest year."""
        for row in range(self.model.rowCount()):
            committee = self.model.item(row)
            for year_row in range(committee.rowCount()):
                year = committee.child(year_row)
                if keys is None:
                    expand = year_row == 0
                else:
                    expand = (YEAR, (committee.data(ID_ROLE), year.data(ID_ROLE))) in keys
                if expand:
                    self.view.expand(self.proxy.mapFromSource(year.index()))
            if keys is None or (COMMITTEE, (None, committee.data(ID_ROLE))) in keys:
                self.view.expand(self.proxy.mapFromSource(committee.index()))

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.view.expandAll()
        else:
            self.view.collapseAll()
            self._restore_expansion(None)
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._rebuilding:
            return
        is_meeting = current.isValid() and current.data(KIND_ROLE) == MEETING
        self.meeting_selected.emit(str(current.data(ID_ROLE)) if is_meeting else "")

    def _retranslate(self) -> None:
        self.filter_label.setText(find_text())
        self.empty_heading.setText(self.tr("No meetings yet"))
        self.empty_text.setText(
            self.tr(
                "The guide sets up the first committee, its members and the first meeting with its "
                "invitees in three steps; or it loads example meetings to look around."
            )
        )
        self.guide_button.setText(self.tr("Start with the guide"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by committee, title, number or status…"))
        self.filter_edit.setToolTip(self.tr("Type part of a committee name, meeting title, number or status"))
        self._retranslate_items()
