"""The reader's "My annotations" tab: my annotations of the meeting and those shared with me, by paper
then page, the notes on items under their item; apart, those from an earlier version of their paper (the
quote was not found in the new one) and those whose paper or item was removed. Enter or a double click
goes to one; from here I share, edit or delete my own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.services.annotations import AnnotationView
from emeeting.ui.reader.notebook import Notebook, NotebookData, Place
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import html_tooltip
from emeeting.ui.widgets.style import DEFAULT_MARK_COLOUR, MARK_OUTLINE

if TYPE_CHECKING:
    from emeeting.ui.reader.annotation_exports import AnnotationExports
    from emeeting.ui.reader.item_notes import NoteDialog

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole  # on a row of one annotation: its id
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # on a heading: which section it is
PAPERS, ITEMS, EARLIER, REMOVED = "papers", "items", "earlier", "removed"
_SHOWN_CHARS = 160  # of a long quote or note in its row; the tooltip has it all


def shape_word(shape: m.AnnotationShape) -> str:
    S = m.AnnotationShape
    words = {
        S.HIGHLIGHT: QCoreApplication.translate("AnnotationWords", "Highlight"),
        S.UNDERLINE: QCoreApplication.translate("AnnotationWords", "Underline"),
        S.INK: QCoreApplication.translate("AnnotationWords", "Drawing"),
        S.STICKY: QCoreApplication.translate("AnnotationWords", "Sticky note"),
        S.ITEM_NOTE: QCoreApplication.translate("AnnotationWords", "Note on the item"),
    }
    return words[shape]


def sharing_word(sharing: m.Sharing) -> str:
    S = m.Sharing
    words = {
        S.PRIVATE: QCoreApplication.translate("AnnotationWords", "Private"),
        S.COMMITTEE: QCoreApplication.translate("AnnotationWords", "Committee"),
        S.SECRETARY: QCoreApplication.translate("AnnotationWords", "Secretary"),
    }
    return words[sharing]


def sharing_choice(sharing: m.Sharing) -> str:
    """A sharing as a choice in a menu or a list, saying who sees it."""
    S = m.Sharing
    words = {
        S.PRIVATE: QCoreApplication.translate("AnnotationWords", "Private (only me)"),
        S.COMMITTEE: QCoreApplication.translate("AnnotationWords", "Shared with the committee"),
        S.SECRETARY: QCoreApplication.translate("AnnotationWords", "For the secretary only"),
    }
    return words[sharing]


def what_it_says(note: m.Annotation) -> str:
    """The quote of a text mark, else the note's text (empty for a drawing without one)."""
    if note.shape in (m.AnnotationShape.HIGHLIGHT, m.AnnotationShape.UNDERLINE) and note.quote.strip():
        return f"“{note.quote.strip()}”"
    return note.text.strip()


def shape_icon(note: m.Annotation) -> QIcon:
    """A small swatch in the mark's colour, drawn as the mark is: filled, underlined, a stroke, a note."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    color = QColor(note.color) if QColor.isValidColorName(note.color) else QColor(DEFAULT_MARK_COLOUR)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    S = m.AnnotationShape
    if note.shape is S.HIGHLIGHT:
        painter.fillRect(1, 3, 12, 8, color)
    elif note.shape is S.UNDERLINE:
        painter.setPen(QColor(MARK_OUTLINE))
        painter.drawLine(2, 5, 12, 5)
        painter.fillRect(1, 10, 12, 2, color)
    elif note.shape is S.INK:
        pen = painter.pen()
        pen.setColor(color.darker(130))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawPolyline([QPoint(1, 11), QPoint(4, 4), QPoint(8, 10), QPoint(12, 3)])
    else:
        painter.setPen(color.darker(150))
        painter.setBrush(color)
        painter.drawRect(1, 1, 11, 11)
        painter.drawLine(4, 5, 10, 5)
        painter.drawLine(4, 8, 9, 8)
    painter.end()
    return QIcon(pixmap)


class AnnotationList(FollowsLanguage, QWidget):
    """The tab's tree with its buttons. ``changed_count(n)`` says how many annotations it lists."""

    changed_count = Signal(int)

    def __init__(self, notebook: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerAnnotationList")
        self._notebook = notebook
        self.data: NotebookData | None = None
        self.note_dialog: NoteDialog | None = None
        self.exports: AnnotationExports | None = None

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("readerAnnotations")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda row, _column: self.jump_to_row(row))
        self.tree.currentItemChanged.connect(lambda _row, _previous: self._update_actions())
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.installEventFilter(self)  # the Delete key deletes the annotation chosen

        self.share_menu = QMenu(self)
        self.share_menu.setObjectName("readerAnnotationSharing")
        self.share_group = QActionGroup(self)
        self.share_actions: dict[m.Sharing, QAction] = {}
        for sharing in m.Sharing:
            action = QAction(self.share_menu)
            action.setCheckable(True)
            action.setData(sharing.value)
            action.triggered.connect(lambda _checked=False, s=sharing: self.share_current(s))
            self.share_group.addAction(action)
            self.share_menu.addAction(action)
            self.share_actions[sharing] = action
        self.share_button = QToolButton(self)
        self.share_button.setObjectName("readerAnnotationShare")
        self.share_button.setMenu(self.share_menu)
        self.share_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.share_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("readerAnnotationEdit")
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("readerAnnotationDelete")
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.exports_row = QHBoxLayout()  # the exports' buttons, placed by the reader
        self.exports_row.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addLayout(self.exports_row)
        notebook.loaded.connect(self.show_notebook)
        self._retranslate()
        self._update_actions()

    def add_exports(self, exports: AnnotationExports) -> None:
        """The exports' buttons below the list, where a member looks for what to do with the notes."""
        self.exports = exports
        for name, action in (
            ("readerAnnotatedCopyButton", exports.copy_action),
            ("readerSummaryButton", exports.summary_action),
        ):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.exports_row.addWidget(button)
        self.exports_row.addStretch(1)

    # -- filling ---------------------------------------------------------------------------------------

    def show_notebook(self, data: NotebookData) -> None:
        current = self.current_view()
        self.data = data
        self.tree.clear()
        views = list(data.views)
        on_papers = [v for v in views if v.annotation.document_id and not (v.earlier_version or v.orphaned)]
        on_items = [v for v in views if v.annotation.document_id is None and not v.orphaned]
        earlier = [v for v in views if v.earlier_version and not v.orphaned]
        removed = [v for v in views if v.orphaned]

        def paper_order(view: AnnotationView) -> tuple[int, int, str]:
            place = data.papers.get(view.annotation.document_id or "")
            return (place.order if place else 1 << 30, view.annotation.page, view.annotation.geometry)

        for paper_id, group in _grouped(
            sorted(on_papers, key=paper_order), lambda v: v.annotation.document_id
        ):
            paper = self._heading(None, _place_name(data.papers, paper_id), PAPERS)
            for _page, rows in _grouped(group, lambda v: v.annotation.page):
                number = rows[0].annotation.page + 1
                heading = self._heading(paper, self.tr("Page {page}").format(page=number), PAPERS)
                for view in rows:
                    self._add(heading, view)
        if on_items:
            section = self._heading(None, self.tr("Notes on agenda items"), ITEMS)
            by_item = sorted(on_items, key=lambda v: _place_order(data.items, v.annotation.item_id))
            for item_id, group in _grouped(by_item, lambda v: v.annotation.item_id):
                heading = self._heading(section, _place_name(data.items, item_id), ITEMS)
                for view in group:
                    self._add(heading, view)
        if earlier:
            section = self._heading(None, self.tr("From the earlier version"), EARLIER)
            section.setToolTip(
                0,
                self.tr(
                    "These were made on an earlier version of their paper; what they marked was not found "
                    "in the version the meeting holds now"
                ),
            )
            for paper_id, group in _grouped(
                sorted(earlier, key=paper_order), lambda v: v.annotation.document_id
            ):
                heading = self._heading(section, _place_name(data.papers, paper_id), EARLIER)
                for view in group:
                    self._add(heading, view, with_page=True)
        if removed:
            section = self._heading(None, self.tr("Paper or item removed"), REMOVED)
            section.setToolTip(
                0, self.tr("The paper or agenda item these were on is no longer part of the meeting")
            )
            for view in removed:
                self._add(section, view, with_page=view.annotation.document_id is not None)
        if not views:
            empty = QTreeWidgetItem(self.tree)
            empty.setText(
                0,
                self.tr("No annotations yet. Select text on a paper, or add a note on an agenda item."),
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.expandAll()
        if current is not None:
            self.select(current.annotation.id)
        self._update_actions()
        self.changed_count.emit(len(views))

    def _heading(self, parent: QTreeWidgetItem | None, text: str, section: str) -> QTreeWidgetItem:
        row = QTreeWidgetItem(self.tree) if parent is None else QTreeWidgetItem(parent)
        row.setText(0, text)
        row.setToolTip(0, html_tooltip(text))
        row.setData(0, SECTION_ROLE, section)
        row.setFirstColumnSpanned(True)
        if parent is None:
            font = QFont(row.font(0))
            font.setBold(True)
            row.setFont(0, font)
        return row

    def _add(self, parent: QTreeWidgetItem, view: AnnotationView, *, with_page: bool = False) -> None:
        note = view.annotation
        says = " ".join(what_it_says(note).split())
        parts = [shape_word(note.shape)]
        if not view.mine:  # whose it is before what it says: the quote is what gets cut short
            parts.append(note.author or note.owner)
        if with_page:
            parts.append(self.tr("p. {page}").format(page=note.page + 1))
        if says:
            parts.append(says if len(says) <= _SHOWN_CHARS else says[: _SHOWN_CHARS - 1] + "…")
        row = QTreeWidgetItem(parent)
        row.setData(0, ANNOTATION_ROLE, note.id)
        row.setIcon(0, shape_icon(note))
        row.setText(0, " · ".join(parts))
        row.setText(1, sharing_word(note.sharing))
        tip = [shape_word(note.shape), what_it_says(note)]
        if note.shape in (m.AnnotationShape.HIGHLIGHT, m.AnnotationShape.UNDERLINE) and note.text.strip():
            tip.append(note.text.strip())
        tip.append(sharing_choice(note.sharing))
        if not view.mine:
            tip.append(self.tr("By {author}").format(author=note.author or note.owner))
        row.setToolTip(0, html_tooltip(*(t for t in tip if t)))
        row.setToolTip(1, html_tooltip(sharing_choice(note.sharing)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
            and self.delete_button.isEnabled()
        ):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

    # -- rows ------------------------------------------------------------------------------------------

    def rows(self) -> list[QTreeWidgetItem]:
        """Every row of one annotation, top to bottom."""
        found: list[QTreeWidgetItem] = []

        def walk(row: QTreeWidgetItem) -> None:
            if row.data(0, ANNOTATION_ROLE):
                found.append(row)
            for i in range(row.childCount()):
                child = row.child(i)
                if child is not None:
                    walk(child)

        for top in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(top)
            if item is not None:
                walk(item)
        return found

    def section_of(self, annotation_id: str) -> str | None:
        for row in self.rows():
            if row.data(0, ANNOTATION_ROLE) == annotation_id:
                top = row
                while (parent := top.parent()) is not None:
                    top = parent
                return str(top.data(0, SECTION_ROLE))
        return None

    def select(self, annotation_id: str) -> bool:
        for row in self.rows():
            if row.data(0, ANNOTATION_ROLE) == annotation_id:
                self.tree.setCurrentItem(row)
                return True
        return False

    def view_of(self, row: QTreeWidgetItem | None) -> AnnotationView | None:
        if row is None or self.data is None:
            return None
        annotation_id = row.data(0, ANNOTATION_ROLE)
        return self.data.find(str(annotation_id)) if annotation_id else None

    def current_view(self) -> AnnotationView | None:
        return self.view_of(self.tree.currentItem())

    # -- acting ----------------------------------------------------------------------------------------

    def jump_to_row(self, row: QTreeWidgetItem) -> None:
        view = self.view_of(row)
        if view is not None and not self._notebook.jump(view):
            self._status(self.tr("Its paper or agenda item is no longer part of the meeting"))

    def share_current(self, sharing: m.Sharing) -> None:
        view = self.current_view()
        if view is not None:
            self._notebook.share(view, sharing)

    def edit_current(self) -> None:
        """The note's text and sharing in a small dialog (a sticky note or a note on an item)."""
        from emeeting.ui.reader.item_notes import NoteDialog

        view = self.current_view()
        if view is None or not _text_editable(view):
            return
        note = view.annotation
        dialog = NoteDialog(self, text=note.text, sharing=note.sharing)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.note_dialog = dialog
        dialog.accepted.connect(lambda: self._notebook.change(view, dialog.text(), dialog.sharing()))
        dialog.finished.connect(lambda _result: setattr(self, "note_dialog", None))
        dialog.open()

    def delete_current(self) -> None:
        view = self.current_view()
        if view is not None:
            self._notebook.delete(view)

    def _update_actions(self) -> None:
        view = self.current_view()
        mine = view is not None and view.mine
        # A mark whose paper or item is gone can only be deleted: the store keeps nothing new on it.
        self.share_button.setEnabled(mine and view is not None and not view.orphaned)
        self.delete_button.setEnabled(mine)
        self.edit_button.setEnabled(view is not None and _text_editable(view))
        if view is not None:
            self.share_actions[view.annotation.sharing].setChecked(True)

    def _context_menu(self, at: QPoint) -> None:
        view = self.view_of(self.tree.itemAt(at))
        if view is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        go = menu.addAction(self.tr("Go to it"))
        go.triggered.connect(lambda: self._notebook.jump(view))
        go.setEnabled(not view.orphaned)
        if view.mine:
            menu.addMenu(self.share_menu).setEnabled(not view.orphaned)
            edit = menu.addAction(self.edit_button.text())
            edit.setEnabled(_text_editable(view))
            edit.triggered.connect(self.edit_current)
            menu.addAction(self.delete_button.text()).triggered.connect(self.delete_current)
        menu.popup(self.tree.viewport().mapToGlobal(at))

    def _status(self, text: str) -> None:
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)

    def _retranslate(self) -> None:
        self.share_button.setText(self.tr("Sharing"))
        self.share_button.setToolTip(self.tr("Who sees this annotation besides you"))
        self.share_menu.setTitle(self.tr("Sharing"))
        for sharing, action in self.share_actions.items():
            action.setText(sharing_choice(sharing))
        self.edit_button.setText(self.tr("Edit note…"))
        self.edit_button.setToolTip(self.tr("Change the text of a sticky note or a note on an item"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this annotation of yours (Undo brings it back)"))
        self.tree.setToolTip(self.tr("Enter or double-click: go to the annotation"))
        if self.exports is not None:
            self.exports.retranslate()
        if self.data is not None:
            self.show_notebook(self.data)


def _text_editable(view: AnnotationView) -> bool:
    return (
        view.mine
        and not view.orphaned
        and view.annotation.shape in (m.AnnotationShape.STICKY, m.AnnotationShape.ITEM_NOTE)
    )


def _place_name(places: dict[str, Place], place_id: object) -> str:
    place = places.get(str(place_id or ""))
    return place.name if place else QCoreApplication.translate("AnnotationWords", "(removed)")


def _place_order(places: dict[str, Place], place_id: str | None) -> int:
    place = places.get(place_id or "")
    return place.order if place else 1 << 30


def _grouped(
    views: Iterable[AnnotationView], key: Callable[[AnnotationView], object]
) -> list[tuple[object, list[AnnotationView]]]:
    """Consecutive runs of ``views`` with the same ``key(view)``, in order."""
    groups: list[tuple[object, list[AnnotationView]]] = []
    for view in views:
        value = key(view)
        if groups and groups[-1][0] == value:
            groups[-1][1].append(view)
        else:
            groups.append((value, [view]))
    return groups
