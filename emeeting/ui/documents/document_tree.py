"""The tree of a meeting's documents, grouped by agenda item: files dropped on it from outside are
attached, a document dragged within its own list moves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

NAME, PAGES, SECRECY, SIZE = range(4)
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole  # a document node: the document's id
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # a group node: the agenda item's id, "" for the meeting itself
# A document node's name as it is edited: the row shows it with its file's extension ("m_th.docx"), but
# renaming edits the name alone.
EDIT_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files a drag carries (web links and the like are ignored)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class _NameDelegate(QStyledItemDelegate):
    """Starts editing a document's name from its bare name, not from the text shown in the row."""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        bare = index.data(EDIT_NAME_ROLE)
        if isinstance(bare, str) and isinstance(editor, QLineEdit):
            editor.setText(bare)
            return
        super().setEditorData(editor, index)


class DocumentTree(QTreeWidget):
    """The tree of groups and documents. Files dropped from outside are announced by ``files_dropped``
    (with the agenda item under the drop, None for the meeting); a document dragged within its own list
    by ``move_requested`` (its id, the id of the document it lands before, "" for the end)."""

    files_dropped = Signal(list, object)
    move_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentTree")
        self.setColumnCount(4)
        self.setUniformRowHeights(True)
        self.setItemDelegateForColumn(NAME, _NameDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.header()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (PAGES, SECRECY, SIZE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)  # never let the view move its own rows

    def group_at(self, node: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
        """The group node of ``node`` (itself when it is one)."""
        if node is not None and node.data(0, DOCUMENT_ROLE):
            return node.parent()
        return node

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event) or event.source() is self:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # scrolling and the drop indicator
        target = self.itemAt(event.position().toPoint())
        ok = bool(local_files(event)) or (event.source() is self and self._move_target(target) is not None)
        if ok:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.itemAt(event.position().toPoint())
        files = local_files(event)
        if files:
            group = self.group_at(target)
            item_id = group.data(0, GROUP_ROLE) if group is not None else ""
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.files_dropped.emit(files, item_id or None)
            return
        moved = self._move_target(target)
        if event.source() is self and moved is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.move_requested.emit(*moved)
            return
        event.ignore()

    def _move_target(self, target: QTreeWidgetItem | None) -> tuple[str, str] | None:
        """(moved document, document it goes before or "" for the end) for the current item dropped on
        ``target``; None when that is not a move within the same list."""
        current = self.currentItem()
        if current is None or not current.data(0, DOCUMENT_ROLE) or target is None:
            return None
        group = current.parent()
        if self.group_at(target) is not group or target is current:
            return None
        if target is group:
            return current.data(0, DOCUMENT_ROLE), ""
        return current.data(0, DOCUMENT_ROLE), target.data(0, DOCUMENT_ROLE)
