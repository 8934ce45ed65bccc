"""The read-only meeting pane: header (committee, title, number, date, place, status, classes) and agenda.

Everything shown comes from the store, which may hold what an imported package brought in: every label is
plain text, and tooltips (which Qt may read as HTML) are built as escaped HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.services.meetings import MeetingView
from emeeting.ui import labels
from emeeting.ui.safe_text import html_tooltip, plain_label

URGENT_RED = "#c0392b"
NUMBER, TITLE, PRESENTER, DURATION, PAGES = range(5)


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: the window text blended two fifths of the way towards the background."""
    text, background = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mix = 0.4
    return QColor(
        round(text.red() * (1 - mix) + background.red() * mix),
        round(text.green() * (1 - mix) + background.green() * mix),
        round(text.blue() * (1 - mix) + background.blue() * mix),
    )


class MeetingPane(QWidget):
    """Shows one MeetingView; re-renders itself when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: MeetingView | None = None
        self._placeholder_message = ""

        self.stack = QStackedWidget(self)
        self.placeholder = plain_label(self.stack)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("placeholder")
        self.stack.addWidget(self.placeholder)

        content = QWidget(self.stack)
        self.stack.addWidget(content)
        self.committee_label = plain_label(content)
        self.committee_label.setObjectName("committee")
        self.committee_label.setWordWrap(True)
        self.title_label = plain_label(content)
        self.title_label.setObjectName("title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.urgency_stamp = plain_label(content)
        self.urgency_stamp.setObjectName("urgencyStamp")
        self.secrecy_stamp = plain_label(content)
        self.secrecy_stamp.setObjectName("secrecyStamp")
        for stamp in (self.urgency_stamp, self.secrecy_stamp):
            stamp.setStyleSheet(
                f"QLabel {{ color: {URGENT_RED}; border: 2px solid {URGENT_RED}; border-radius: 4px;"
                " padding: 2px 8px; font-weight: bold; }"
            )
            stamp.hide()

        stamps = QHBoxLayout()
        stamps.setSpacing(8)
        stamps.addWidget(self.urgency_stamp)
        stamps.addWidget(self.secrecy_stamp)
        stamps.addStretch(1)

        self.details = QFormLayout()
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details.setHorizontalSpacing(18)
        self.details.setVerticalSpacing(6)
        self._field_labels: dict[str, QLabel] = {}
        self.number_value = self._add_field("number")
        self.date_value = self._add_field("date")
        self.place_value = self._add_field("place")
        self.mode_value = self._add_field("mode")
        self.status_value = self._add_field("status")
        self.status_value.setWordWrap(False)
        self.status_value.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.secrecy_value = self._add_field("secrecy")
        self.urgency_value = self._add_field("urgency")

        separator = QFrame(content)
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.agenda_heading = plain_label(content)

        self.agenda = QTreeWidget(content)
        self.agenda.setObjectName("agenda")
        self.agenda.setColumnCount(5)
        self.agenda.setRootIsDecorated(True)
        self.agenda.setUniformRowHeights(True)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.agenda.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRESENTER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DURATION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PAGES, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(48)

        self.totals_label = plain_label(content)
        self.totals_label.setObjectName("totals")

        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.committee_label)
        layout.addWidget(self.title_label)
        layout.addLayout(stamps)
        layout.addSpacing(4)
        layout.addLayout(self.details)
        layout.addSpacing(6)
        layout.addWidget(separator)
        layout.addSpacing(2)
        layout.addWidget(self.agenda_heading)
        layout.addWidget(self.agenda, 1)
        layout.addWidget(self.totals_label)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self._apply_muted()
        self._apply_fonts()
        self._retranslate()

    # -- public ----------------------------------------------------------------------------------------

    @property
    def meeting_view(self) -> MeetingView | None:
        return self._view

    def show_meeting(self, view: MeetingView) -> None:
        self._view = view
        self._render()
        self.stack.setCurrentIndex(1)

    def show_placeholder(self, message: str = "") -> None:
        """The empty pane: ``message`` or the default hint to pick a meeting."""
        self._view = None
        self._placeholder_message = message
        self.placeholder.setText(message or self._default_hint())
        self.stack.setCurrentIndex(0)

    def agenda_rows(self) -> list[tuple[str, str]]:
        """(number, title) of every agenda item shown, in order (documents excluded)."""
        rows: list[tuple[str, str]] = []

        def visit(item: QTreeWidgetItem) -> None:
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None and child.data(0, Qt.ItemDataRole.UserRole) == "item":
                    rows.append((child.text(NUMBER), child.text(TITLE)))
                    visit(child)

        visit(self.agenda.invisibleRootItem())
        return rows

    # -- rendering -------------------------------------------------------------------------------------

    def _add_field(self, key: str) -> QLabel:
        name = plain_label(self)
        value = plain_label(self)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setObjectName(f"{key}Value")
        self._field_labels[key] = name
        self.details.addRow(name, value)
        return value

    def _apply_muted(self) -> None:
        muted = muted_colour(self.palette()).name()
        for label in (
            self.committee_label,
            self.placeholder,
            self.totals_label,
            *self._field_labels.values(),
        ):
            label.setStyleSheet(f"QLabel {{ color: {muted}; }}")

    def _apply_fonts(self) -> None:
        """Title and heading sizes relative to the current font (which grows for Thai)."""
        for label, scale in ((self.title_label, 1.45), (self.agenda_heading, 1.15)):
            font = QFont(self.font())
            font.setBold(True)
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * scale)
            label.setFont(font)

    def _default_hint(self) -> str:
        return self.tr("Select a meeting on the left to see its agenda and documents.")

    def _render(self) -> None:
        view = self._view
        if view is None:
            return
        meeting, committee = view.summary.meeting, view.summary.committee
        self.committee_label.setText(labels.committee_label(committee))
        self.title_label.setText(meeting.title)
        self.number_value.setText(labels.meeting_number(meeting))
        self.date_value.setText(labels.meeting_date(meeting.start, meeting.end))
        self.place_value.setText(meeting.place or "—")
        mode = labels.mode_label(meeting.mode)
        link = meeting.online_link
        self.mode_value.setText(self.tr("{mode} · {link}").format(mode=mode, link=link) if link else mode)

        background, foreground = labels.status_colours(meeting.status)
        self.status_value.setText(labels.status_label(meeting.status))
        self.status_value.setToolTip(html_tooltip(labels.status_description(meeting.status)))
        self.status_value.setStyleSheet(
            f"QLabel {{ background: {background.name()}; color: {foreground.name()}; border-radius: 8px;"
            " padding: 1px 9px; }"
        )

        secrecy = labels.secrecy_label(meeting.secrecy)
        urgency = labels.urgency_label(meeting.urgency)
        self.secrecy_value.setText(secrecy)
        self.urgency_value.setText(urgency)
        urgent = meeting.urgency is not m.Urgency.NORMAL
        classified = meeting.secrecy is not m.Secrecy.NORMAL
        self.urgency_value.setStyleSheet(
            f"QLabel {{ color: {URGENT_RED}; font-weight: bold; }}" if urgent else ""
        )
        self.secrecy_value.setStyleSheet(
            f"QLabel {{ color: {URGENT_RED}; font-weight: bold; }}" if classified else ""
        )
        self.urgency_stamp.setText(urgency)
        self.urgency_stamp.setVisible(urgent)
        self.secrecy_stamp.setText(secrecy)
        self.secrecy_stamp.setVisible(classified)

        self._render_agenda(view)

    def _render_agenda(self, view: MeetingView) -> None:
        self.agenda.setUpdatesEnabled(False)
        try:
            self.agenda.clear()
            file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            parents: list[QTreeWidgetItem] = []
            bold = QFont(self.agenda.font())
            bold.setBold(True)
            for entry in view.agenda:
                item = entry.item
                presenter = view.people.get(item.presenter_id) if item.presenter_id else None
                pages = sum(d.page_count or 0 for d in entry.documents)
                del parents[entry.depth :]
                parent = parents[-1] if parents else self.agenda.invisibleRootItem()
                row = QTreeWidgetItem(
                    parent,
                    [
                        entry.number,
                        item.title,
                        presenter.display_name if presenter else "",
                        labels.duration(item.duration_minutes),
                        str(pages) if pages else "",
                    ],
                )
                row.setData(0, Qt.ItemDataRole.UserRole, "item")
                row.setTextAlignment(PAGES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row.setToolTip(TITLE, self._item_tooltip(item))
                if entry.depth == 0:
                    for column in range(self.agenda.columnCount()):
                        row.setFont(column, bold)
                for doc in entry.documents:
                    self._document_row(row, doc, file_icon)
                parents.append(row)
            if view.meeting_documents:
                others = QTreeWidgetItem(self.agenda, ["", self.tr("Meeting documents"), "", "", ""])
                others.setData(0, Qt.ItemDataRole.UserRole, "group")
                for doc in view.meeting_documents:
                    self._document_row(others, doc, file_icon)
            self.agenda.expandAll()
        finally:
            self.agenda.setUpdatesEnabled(True)

        documents = len(view.meeting_documents) + sum(len(e.documents) for e in view.agenda)
        if not view.agenda:
            self.totals_label.setText(self.tr("The agenda is empty."))
        else:
            self.totals_label.setText(
                self.tr("{items} · {documents} · {pages}").format(
                    items=self.tr("%n agenda item(s)", "", len(view.agenda)),
                    documents=self.tr("%n document(s)", "", documents),
                    pages=self.tr("%n page(s) in total", "", view.page_count),
                )
            )

    def _document_row(self, parent: QTreeWidgetItem, doc: m.Document, icon: object) -> None:
        row = QTreeWidgetItem(parent, ["", doc.name, "", "", str(doc.page_count) if doc.page_count else ""])
        row.setIcon(TITLE, icon)  # type: ignore[arg-type]
        row.setData(0, Qt.ItemDataRole.UserRole, "document")
        row.setTextAlignment(PAGES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.setToolTip(
            TITLE,
            html_tooltip(
                doc.name,
                self.tr("File: {file} ({size})").format(file=doc.file_name, size=labels.file_size(doc.size)),
            ),
        )

    def _item_tooltip(self, item: m.AgendaItem) -> str:
        lines = [item.title]
        if item.closed:
            lines.append(self.tr("Closed item: withheld from guests"))
        if item.secrecy is not m.Secrecy.NORMAL:
            lines.append(self.tr("Secrecy: {level}").format(level=labels.secrecy_label(item.secrecy)))
        return html_tooltip(*lines)

    def _retranslate(self) -> None:
        names = {
            "number": self.tr("Meeting:"),
            "date": self.tr("Date and time:"),
            "place": self.tr("Place:"),
            "mode": self.tr("Format:"),
            "status": self.tr("Status:"),
            "secrecy": self.tr("Secrecy:"),
            "urgency": self.tr("Urgency:"),
        }
        for key, text in names.items():
            self._field_labels[key].setText(text)
        self.agenda_heading.setText(self.tr("Agenda"))
        self.agenda.setHeaderLabels(
            [self.tr("No."), self.tr("Item"), self.tr("Presenter"), self.tr("Duration"), self.tr("Pages")]
        )
        if self.stack.currentIndex() == 0:
            self.placeholder.setText(self._placeholder_message or self._default_hint())
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_muted()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
            self._render()
        super().changeEvent(event)
