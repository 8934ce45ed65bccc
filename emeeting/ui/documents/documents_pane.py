"""The meeting's documents: grouped by agenda item, attached by drag and drop, previewed in the viewer.

Attaching runs in two steps: intake (checking the files in the guarded child process and storing their
content) on the runner's read pool, with progress and cancel, then one short write that records the
accepted files. Renaming, reordering, secrecy, removing and attaching are undoable edits (UndoHistory).
Names come from the store and from users' files: the tree shows them as plain item text, never as markup,
on one line with their file's extension and a type icon (full name in the tooltip).

The board book binds PDFs only. A paper that is not one is marked in the list, and when it is selected a
notice says so; where LibreOffice is installed one click converts it (in the runner's pool: LibreOffice
and the intake child do the work) and the PDF becomes the paper's new version, an undoable edit that
keeps the original file; where it is not, the notice says what to do instead.
"""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import ConversionCancelled
from emeeting.domain.kinds import Kind
from emeeting.services.documents import Intake
from emeeting.services.meetings import MeetingView
from emeeting.ui.documents import file_kinds
from emeeting.ui.documents.document_tree import (
    DOCUMENT_ROLE,
    EDIT_NAME_ROLE,
    GROUP_ROLE,
    NAME,
    PAGES,
    SECRECY,
    SIZE,
    DocumentTree,
)
from emeeting.ui.documents.documents_toolbar import DocumentsToolbar
from emeeting.ui.documents.paper_access import (
    NotOpened,
    PaperNotices,
    Watermarks,
    paper_or_reason,
    reader_of_this_computer,
)
from emeeting.ui.documents.pdf_viewer import PdfViewer
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import html_tooltip, one_line, plain_label
from emeeting.ui.widgets.style import GAP, Badge, Tone, icon
from emeeting.ui.widgets.task_runner import LatestRead, user_message


class _Progress(QObject):
    """Carries the number of files checked from the worker to the GUI thread (only an int crosses)."""

    advanced = Signal(int)


class DocumentsPane(FollowsLanguage, QWidget):
    """``show_meeting(meeting_id)`` lists that meeting's documents; None shows nothing.

    ``loaded(meeting_id)`` fires when a list is on screen, ``import_finished(attached, rejected)`` when an
    import has ended (cancelled ones report 0 attached), ``preview_shown(document_id)`` when the selected
    document is in the viewer, ``converted(document_id)`` when a paper's PDF made by LibreOffice is stored
    as its new version and ``conversion_failed(message)`` when a conversion ended without one. Pass the
    workspace's ``viewer``; without one the pane shows its own.
    """

    loaded = Signal(str)
    import_finished = Signal(int, int)
    preview_shown = Signal(str)
    converted = Signal(str)
    conversion_failed = Signal(str)

    def __init__(
        self,
        context: UiContext,
        viewer: PdfViewer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = context.services
        self._sync = context.sync
        self._notices = PaperNotices(self)
        self._watermarks = Watermarks(self)
        self._runner = context.runner
        self._history = context.history
        self._meeting_id: str | None = None
        self._view: MeetingView | None = None
        self._documents: dict[str, m.Document] = {}
        self._loads = LatestRead(context.runner)
        self._previews = LatestRead(context.runner)
        self._office_checks = LatestRead(context.runner)
        self._previewed: tuple[str, str] | None = None  # (document id, sha256) in the viewer
        self._select_after_load = ""
        self._filling = False
        self._read_only = False
        self._items_frozen = False  # certified minutes: the agenda items' papers are part of the record
        self._import_cancel: threading.Event | None = None
        self._import_text = ""  # the undo text of the import being recorded
        self._import_rejected = 0
        self._import_accepted = 0
        self._office: Path | None = None  # LibreOffice's program, looked up with each load of the list
        self._converting: m.Document | None = None  # the paper being converted, until its version is stored
        self._convert_text = ""  # the undo text of the conversion being recorded
        self._convert_cancel: threading.Event | None = None

        self.summary_label = plain_label(self)
        self.summary_label.setObjectName("documentsSummary")
        self._build_toolbar()

        self.tree = DocumentTree(self)
        self.tree.files_dropped.connect(self.import_files)
        self.tree.move_requested.connect(self._move_before)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemChanged.connect(self._on_item_changed)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.import_label = plain_label(self)
        self.import_label.setObjectName("importStatus")
        self.import_label.setWordWrap(True)
        self.rejected_list = QListWidget(self)
        self.rejected_list.setObjectName("rejectedFiles")
        self.rejected_list.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self._set_importing(False)
        self._build_book_notice()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.toolbar)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(progress_row)
        left_layout.addWidget(self.import_label)
        left_layout.addWidget(self.rejected_list)
        left_layout.addWidget(self.book_notice)
        left_layout.addWidget(self.summary_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if viewer is None:  # standalone: the pane shows its own viewer beside the list
            viewer = PdfViewer(context.runner, self)
            self.splitter: QSplitter | None = QSplitter(Qt.Orientation.Horizontal, self)
            self.splitter.addWidget(left)
            self.splitter.addWidget(viewer)
            self.splitter.setStretchFactor(1, 1)
            self.splitter.setSizes([460, 740])
            layout.addWidget(self.splitter)
        else:
            self.splitter = None
            layout.addWidget(left)
        self.viewer = viewer

        context.bus.changed.connect(self._on_changes)
        context.history.done.connect(self._on_history_done)
        context.history.failed.connect(self._on_history_failed)
        self._retranslate()
        self._update_actions()

    def _build_toolbar(self) -> None:
        self.toolbar = DocumentsToolbar(self)
        # The toolbar's parts the pane itself reaches by name.
        self.add_action = self.toolbar.add_action
        self.up_action = self.toolbar.up_action
        self.down_action = self.toolbar.down_action
        self.rename_action = self.toolbar.rename_action
        self.remove_action = self.toolbar.remove_action
        self.secrecy_box = self.toolbar.secrecy_box
        self.add_action.triggered.connect(self._choose_files)
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        self.rename_action.triggered.connect(self._edit_name)
        self.remove_action.triggered.connect(self.remove_selected)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.remove_action)  # Delete works wherever the focus is in the pane
        self.secrecy_box.activated.connect(
            lambda index: self.set_secrecy(m.Secrecy(self.secrecy_box.itemData(index)))
        )

    def _build_book_notice(self) -> None:
        """The notice under the list for a selected paper the board book cannot bind: a badge, what it
        means, and the conversion button."""
        self.book_notice = QFrame(self)
        self.book_notice.setObjectName("bookNotice")
        self.book_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.book_badge = Badge(self.book_notice)
        self.book_badge.setObjectName("bookBadge")
        self.convert_button = QPushButton(self.book_notice)
        self.convert_button.setObjectName("convertToPdf")
        self.convert_button.setIcon(icon("file-text"))
        self.convert_button.clicked.connect(self.convert_selected)
        self.cancel_conversion_button = QPushButton(self.book_notice)
        self.cancel_conversion_button.setObjectName("cancelConversion")
        self.cancel_conversion_button.clicked.connect(self.cancel_conversion)
        self.cancel_conversion_button.hide()
        self.book_text = plain_label(self.book_notice)
        self.book_text.setObjectName("bookNoticeText")
        self.book_text.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(GAP)
        top.addWidget(self.book_badge)
        top.addStretch(1)
        top.addWidget(self.convert_button)
        top.addWidget(self.cancel_conversion_button)
        layout = QVBoxLayout(self.book_notice)
        layout.setContentsMargins(GAP, GAP, GAP, GAP)
        layout.setSpacing(GAP)
        layout.addLayout(top)
        layout.addWidget(self.book_text)
        self.book_notice.hide()

    # -- loading ---------------------------------------------------------------------------------------

    @property
    def meeting_id(self) -> str | None:
        return self._meeting_id

    def show_meeting(self, meeting_id: str | None) -> None:
        """List ``meeting_id``'s documents (loaded in the background); None empties the pane."""
        if meeting_id != self._meeting_id:
            self._select_after_load = ""
            self._previewed = None
            self._previews.drop()
            self.viewer.clear()
            self.rejected_list.clear()
            self.rejected_list.hide()
            if self._import_cancel is None:
                self.import_label.clear()
        self._meeting_id = meeting_id
        if meeting_id is None:
            self._loads.drop()
            self._view = None
            self._fill(None)
            return
        view, office = self._services.meetings.view, self._services.documents.office
        self._loads.read(
            lambda: (view(meeting_id), office()),  # whether LibreOffice is here: a few file lookups
            lambda found: self._on_loaded(*found),
            lambda _error, message: self._on_load_failed(message),
        )

    def _on_loaded(self, view: MeetingView, office: Path | None = None) -> None:
        self._view = view
        self._office = office
        self._fill(view)
        self.loaded.emit(view.summary.meeting.id)

    def _on_load_failed(self, message: str) -> None:
        self._view = None
        self._fill(None)
        self.summary_label.setText(
            self.tr("The documents could not be loaded: {message}").format(message=message)
        )

    def _on_changes(self, changes: Changes) -> None:
        if self._meeting_id is not None and any(
            changes.concerns(kind) for kind in (Kind.DOCUMENT, Kind.AGENDA_ITEM, Kind.MEETING)
        ):
            self.show_meeting(self._meeting_id)

    def _fill(self, view: MeetingView | None) -> None:
        current = self.selected_document()
        keep = self._select_after_load or (current.id if current is not None else "")
        self._select_after_load = ""
        self._filling = True
        try:
            self.tree.clear()
            self._documents = {}
            if view is not None:
                self._populate(view)
            else:
                self.summary_label.clear()
        finally:
            self._filling = False
        node = self._node_of(keep)
        if node is not None:
            self.tree.setCurrentItem(node)
        else:
            self._on_current_changed(self.tree.currentItem(), None)
        self._update_actions()
        self._update_book_notice()

    def _populate(self, view: MeetingView) -> None:
        """One group per agenda item (the meeting's own documents first), each with its documents."""
        groups: list[tuple[str | None, str, tuple[m.Document, ...]]] = [
            (None, self.tr("Meeting documents"), view.meeting_documents)
        ]
        groups += [(e.item.id, f"{e.number}  {e.item.title}", e.documents) for e in view.agenda]
        for item_id, title, documents in groups:
            group = QTreeWidgetItem(self.tree)
            group.setText(NAME, title)
            group.setToolTip(NAME, html_tooltip(title))
            group.setData(0, GROUP_ROLE, item_id or "")
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            pages = sum(d.page_count or 0 for d in documents)
            if documents:
                group.setText(PAGES, str(pages))
                font = group.font(NAME)
                font.setBold(True)
                group.setFont(NAME, font)
            for document in documents:
                self._documents[document.id] = document
                self._document_node(group, document)
            group.setExpanded(True)
        count = len(self._documents)
        summary = (
            self.tr("%n document(s)", "", count)
            + " · "
            + self.tr("%n page(s) in this meeting", "", view.page_count)
        )
        left_out = sum(1 for d in self._documents.values() if not self._in_book(d))
        if left_out:
            summary += " · " + self.tr("%n not in the board book", "", left_out)
        self.summary_label.setText(summary)

    @staticmethod
    def _in_book(document: m.Document) -> bool:
        return document.mime_type == file_kinds.PDF

    def _document_node(self, group: QTreeWidgetItem, document: m.Document) -> QTreeWidgetItem:
        node = QTreeWidgetItem(group)
        node.setText(NAME, file_kinds.shown_name(document))
        node.setData(NAME, EDIT_NAME_ROLE, one_line(document.name))
        node.setIcon(NAME, icon(file_kinds.icon_name(document.mime_type)))
        kind = file_kinds.kind_text(document.mime_type)
        lines = [*file_kinds.full_name_lines(document), kind]
        node.setData(0, DOCUMENT_ROLE, document.id)
        if self._in_book(document):
            node.setText(PAGES, str(document.page_count) if document.page_count is not None else "–")
        else:  # no page count to give: the row says it stays out of the board book
            left_out = self.tr("Not in the board book (not a PDF)")
            lines.append(left_out)
            node.setIcon(PAGES, icon("triangle-alert"))
            node.setToolTip(PAGES, html_tooltip(left_out))
            node.setData(PAGES, Qt.ItemDataRole.AccessibleTextRole, left_out)
        node.setToolTip(NAME, html_tooltip(*lines))
        node.setText(SECRECY, labels.secrecy_label(document.secrecy) if document.secrecy.rank else "")
        node.setText(SIZE, labels.file_size(document.size))
        for column in (PAGES, SIZE):
            node.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        node.setFlags(self._document_flags(document.item_id))
        return node

    def _document_flags(self, item_id: str | None) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._may_change(item_id):
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def _may_change(self, item_id: str | None) -> bool:
        """Whether the papers of ``item_id`` (None: the meeting's own) may be added, renamed, ordered or
        removed here."""
        return not self._read_only and not (self._items_frozen and item_id is not None)

    def set_items_frozen(self, frozen: bool) -> None:
        """Certified minutes: the agenda items' papers show read-only; papers filed with the meeting itself
        (the signed minutes, later letters) can still be attached, renamed, ordered and removed."""
        self._items_frozen = frozen
        self._filling = True
        for group in self._groups():
            for node in self._children(group):
                node.setFlags(self._document_flags(group.data(0, GROUP_ROLE) or None))
        self._filling = False
        self._update_actions()

    def _groups(self) -> list[QTreeWidgetItem]:
        tree = self.tree
        return [g for g in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount())) if g is not None]

    @staticmethod
    def _children(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [c for c in (group.child(i) for i in range(group.childCount())) if c is not None]

    def _node_of(self, document_id: str) -> QTreeWidgetItem | None:
        if not document_id:
            return None
        for group in self._groups():
            for node in self._children(group):
                if node.data(0, DOCUMENT_ROLE) == document_id:
                    return node
        return None

    # -- what is shown ---------------------------------------------------------------------------------

    def group_node(self, item_id: str | None) -> QTreeWidgetItem | None:
        """The tree node of an agenda item's list (None: the meeting's own documents)."""
        for group in self._groups():
            if (group.data(0, GROUP_ROLE) or None) == item_id:
                return group
        return None

    def group_documents(self, item_id: str | None) -> list[m.Document]:
        """The documents listed under an agenda item (None: the meeting's own), in their order."""
        group = self.group_node(item_id)
        if group is None:
            return []
        return [self._documents[node.data(0, DOCUMENT_ROLE)] for node in self._children(group)]

    def document_node(self, document_id: str) -> QTreeWidgetItem | None:
        return self._node_of(document_id)

    @property
    def previewed_id(self) -> str | None:
        """The document in the viewer (None: none, or its preview is on its way)."""
        return self._previewed[0] if self._previewed is not None else None

    def selected_document(self) -> m.Document | None:
        node = self.tree.currentItem()
        document_id = node.data(0, DOCUMENT_ROLE) if node is not None else None
        return self._documents.get(document_id) if document_id else None

    def select_document(self, document_id: str) -> None:
        node = self._node_of(document_id)
        if node is not None:
            self.tree.setCurrentItem(node)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._filling:
            return
        self._update_actions()
        self._update_book_notice()
        document = self.selected_document()
        if document is None:
            return
        if self._office is None and not self._in_book(document):  # installed since the list was loaded?
            self._office_checks.read(self._services.documents.office, self._on_office_found, lambda *_: None)
        if self._previewed == (document.id, document.sha256):
            self.viewer.title_label.setText(one_line(document.name))
            return
        self._preview(document)

    def _preview(self, document: m.Document) -> None:
        """Verify the stored content off the GUI thread, then show it."""
        services, sync = self._services, self._sync  # a sealed paper comes as bytes, decrypted in memory

        def read() -> tuple[Path | bytes | NotOpened, str | None]:
            source = paper_or_reason(services, sync, document)
            # A paper sealed here (a member's confidential paper) carries its reader's name, as in the reader.
            sealed = isinstance(source, bytes)
            return source, reader_of_this_computer(services, sync) if sealed else None

        self._previews.read(
            read,
            lambda found: self._show_preview(document, *found),
            lambda _error, message: self._preview_failed(message),
        )

    def _show_preview(
        self, document: m.Document, source: Path | bytes | NotOpened, reader: str | None = None
    ) -> None:
        if isinstance(source, NotOpened):  # closed by the offline limit, or not downloaded: say why
            self._preview_failed(self._notices.text(source))
            return
        self._previewed = (document.id, document.sha256)
        self.viewer.open_document(
            source, one_line(document.name), file_name=document.file_name, mime_type=document.mime_type,
            watermark=None if reader is None else self._watermarks.text(reader, date.today()),
        )  # fmt: skip
        if isinstance(source, bytes):  # a sealed paper: a copy for the system viewer would be in clear
            self.viewer.external_action.setEnabled(False)
        self.preview_shown.emit(document.id)

    def _preview_failed(self, message: str) -> None:
        self._previewed = None
        self.viewer.clear(message)

    def set_read_only(self, read_only: bool) -> None:
        """Attendee mode: documents are listed, previewed and opened with the system viewer, but none is
        attached (dropped either), renamed, reordered, removed or reclassed."""
        self._read_only = read_only
        self.toolbar.setVisible(not read_only)
        trigger = QAbstractItemView.EditTrigger
        self.tree.setEditTriggers(
            trigger.NoEditTriggers if read_only else trigger.EditKeyPressed | trigger.SelectedClicked
        )
        self._update_actions()

    def _update_actions(self) -> None:
        document = self.selected_document()
        if document is not None:
            target_id = document.item_id  # where "Attach" puts files: the selected paper's list
        else:
            group = self.tree.group_at(self.tree.currentItem())
            target_id = (group.data(0, GROUP_ROLE) or None) if group is not None else None
        editable = document is not None and self._may_change(document.item_id)
        has_meeting = self._view is not None and not self._read_only
        self.add_action.setEnabled(has_meeting and self._may_change(target_id))
        self.tree.setAcceptDrops(has_meeting)
        for action in (self.rename_action, self.remove_action):
            action.setEnabled(editable)
        self.secrecy_box.setEnabled(editable)
        if document is None or not editable:
            self.up_action.setEnabled(False)
            self.down_action.setEnabled(False)
            return
        siblings = [d.id for d in self.group_documents(document.item_id)]
        index = siblings.index(document.id) if document.id in siblings else -1
        self.up_action.setEnabled(index > 0)
        self.down_action.setEnabled(0 <= index < len(siblings) - 1)
        self.secrecy_box.setCurrentIndex(self.secrecy_box.findData(document.secrecy.value))

    # -- edits (each one undoable) ---------------------------------------------------------------------

    def _on_item_changed(self, node: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != NAME:
            return
        document = self._documents.get(node.data(0, DOCUMENT_ROLE))
        if document is not None and node.text(NAME) != file_kinds.shown_name(document):
            self.rename(document.id, node.text(NAME))  # the same name again only shows it as before

    def _edit_name(self) -> None:
        node = self.tree.currentItem()
        if node is not None and node.data(0, DOCUMENT_ROLE):
            self.tree.editItem(node, NAME)

    def rename(self, document_id: str, name: str) -> None:
        """Give a document a new name (an empty one is refused and the old name stays)."""
        document = self._documents[document_id]
        name = " ".join(name.split())
        if not name:
            self.import_label.setText(self.tr("A document needs a name."))
            self._revert_name(document)
            return
        if name == document.name:
            self._revert_name(document)
            return
        self._update(
            self.tr("Rename document “{name}”").format(name=document.name),
            document,
            dataclasses.replace(document, name=name),
        )

    def _revert_name(self, document: m.Document) -> None:
        node = self._node_of(document.id)
        if node is not None:
            self._filling = True
            node.setText(NAME, file_kinds.shown_name(document))
            self._filling = False

    def set_secrecy(self, secrecy: m.Secrecy) -> None:
        document = self.selected_document()
        if document is None or document.secrecy is secrecy:
            return
        self._update(
            self.tr("Set secrecy of “{name}”").format(name=document.name),
            document,
            dataclasses.replace(document, secrecy=secrecy),
        )

    def _update(self, text: str, before: m.Document, after: m.Document) -> None:
        """Change a document's details as one undoable step; it stays selected."""
        update = self._services.documents.update
        self._select_after_load = before.id
        self._history.run(text, lambda: update(after, base=before))

    def move_selected(self, step: int) -> None:
        """Move the selected document up (-1) or down (1) in its list."""
        document = self.selected_document()
        if document is None:
            return
        order = [d.id for d in self.group_documents(document.item_id)]
        index = order.index(document.id)
        target = index + step
        if not 0 <= target < len(order):
            return
        order.insert(target, order.pop(index))
        self._reorder(document, order)

    def _move_before(self, document_id: str, before_id: str) -> None:
        document = self._documents.get(document_id)
        if document is None or not self._may_change(document.item_id):
            return
        order = [d.id for d in self.group_documents(document.item_id) if d.id != document_id]
        order.insert(order.index(before_id) if before_id in order else len(order), document_id)
        self._reorder(document, order)

    def _reorder(self, document: m.Document, order: list[str]) -> None:
        before = [d.id for d in self.group_documents(document.item_id)]
        if order == before or self._meeting_id is None:
            return
        reorder, meeting_id, item_id = self._services.documents.reorder, self._meeting_id, document.item_id
        self._select_after_load = document.id
        self._history.run(
            self.tr("Move document “{name}”").format(name=document.name),
            lambda: reorder(meeting_id, item_id, order),
        )

    def remove_selected(self) -> None:
        document = self.selected_document()
        if document is None:
            return
        documents = self._services.documents
        self._history.run(
            self.tr("Remove document “{name}”").format(name=document.name),
            lambda: documents.remove(document.id),
        )

    # -- importing -------------------------------------------------------------------------------------

    @property
    def importing(self) -> bool:
        return self._import_cancel is not None or bool(self._import_text)

    def _choose_files(self) -> None:
        document = self.selected_document()
        node = self.tree.currentItem()
        item_id = (
            document.item_id if document is not None else (node.data(0, GROUP_ROLE) or None if node else None)
        )
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach documents"))
        if names:
            self.import_files([Path(name) for name in names], item_id)

    def import_files(self, paths: list[Path], item_id: str | None) -> None:
        """Check ``paths`` in the background and attach the good ones to ``item_id`` (None: the meeting)."""
        if self._meeting_id is None or not paths or self._read_only:
            return
        if self.importing:
            self.import_label.setText(self.tr("Another import is still running; wait for it or cancel it."))
            return
        meeting_id = self._meeting_id
        cancel = threading.Event()
        progress = _Progress(self)
        progress.advanced.connect(self.progress.setValue)
        self._import_cancel = cancel
        self.rejected_list.clear()
        self.rejected_list.hide()
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self._set_importing(True)
        self.import_label.setText(self.tr("Checking %n file(s)…", "", len(paths)))
        documents = self._services.documents

        def work() -> Intake:
            documents.check_target(meeting_id, item_id)
            return documents.intake(paths, progress=progress.advanced.emit, cancelled=cancel.is_set)

        self._runner.read(
            work,
            lambda intake: self._on_intake(meeting_id, item_id, intake, progress),
            lambda _error, message: self._import_failed(message, progress),
        )

    def cancel_import(self) -> None:
        if self._import_cancel is not None:
            self._import_cancel.set()
            self.cancel_button.setEnabled(False)
            self.import_label.setText(self.tr("Cancelling…"))

    def _on_intake(self, meeting_id: str, item_id: str | None, intake: Intake, progress: _Progress) -> None:
        progress.deleteLater()
        self._import_cancel = None
        self._show_rejections(intake)
        if intake.cancelled:
            self._set_importing(False)
            self.import_label.setText(self.tr("Import cancelled; no file was attached."))
            self.import_finished.emit(0, len(intake.rejected))
            return
        if not intake.accepted:
            self._set_importing(False)
            self.import_label.setText(self.tr("No file was attached."))
            self.import_finished.emit(0, len(intake.rejected))
            return
        documents = self._services.documents
        self._import_rejected = len(intake.rejected)
        self._import_accepted = len(intake.accepted)
        self._import_text = self.tr("Attach %n document(s)", "", len(intake.accepted))
        self.cancel_button.setEnabled(False)
        self.import_label.setText(self.tr("Attaching %n document(s)…", "", len(intake.accepted)))
        self._history.run(self._import_text, lambda: documents.record(meeting_id, item_id, intake).changes)

    def _show_rejections(self, intake: Intake) -> None:
        for rejection in intake.rejected:
            self.rejected_list.addItem(user_message(rejection))
        if intake.unchecked:
            self.rejected_list.addItem(self.tr("%n file(s) not checked (cancelled)", "", intake.unchecked))
        count = self.rejected_list.count()
        rows = min(count, 4)  # a few lines without scrolling; a long list scrolls
        row_height = self.rejected_list.sizeHintForRow(0) if count else 0
        self.rejected_list.setFixedHeight(rows * row_height + 2 * self.rejected_list.frameWidth() + 4)
        self.rejected_list.setVisible(count > 0)

    def _on_history_done(self, text: str) -> None:
        if self._convert_text and text == self._convert_text:
            self._end_conversion(None)
            return
        if self._import_text and text == self._import_text:
            attached = self._import_accepted
            self._end_import()
            self.import_label.setText(self.tr("%n document(s) attached.", "", attached))
            self.import_finished.emit(attached, self._import_rejected)

    def _on_history_failed(self, message: str) -> None:
        if self._convert_text:
            self._end_conversion(message)
        if self._import_text:
            self._end_import()
            self.import_label.setText(self.tr("No file was attached: {message}").format(message=message))
            self.import_finished.emit(0, self._import_rejected)

    def _end_import(self) -> None:
        self._import_text = ""
        self._set_importing(False)

    def _import_failed(self, message: str, progress: _Progress) -> None:
        progress.deleteLater()
        self._import_cancel = None
        self._set_importing(False)
        self.import_label.setText(self.tr("No file was attached: {message}").format(message=message))
        self.import_finished.emit(0, 0)

    def _set_importing(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    # -- papers the board book cannot bind ---------------------------------------------------------------

    def _update_book_notice(self) -> None:
        """For a selected paper that is not a PDF: say that the board book leaves it out and what to do."""
        document = self.selected_document()
        converting = self._converting
        busy = converting is not None
        if converting is not None and (document is None or document.id != converting.id):
            document = converting  # the notice stays with the conversion until it ends
        if document is None or self._in_book(document):
            if not busy:
                self.book_notice.hide()
            return
        name = file_kinds.shown_name(document)
        self.book_badge.set_state(self.tr("Not in the board book"), Tone.WARN)
        why = self.tr("{file} is a {kind}; the board book binds only PDF files.").format(
            file=name, kind=file_kinds.kind_text(document.mime_type)
        )
        convertible = self._services.documents.convertible(document)
        may_convert = convertible and self._may_change(document.item_id) and self._office is not None
        if busy:
            text = self.tr("Converting {file} to PDF with LibreOffice…").format(file=name)
        elif not convertible:
            text = why + " " + self.tr("Save it as PDF and attach the PDF to put it in the board book.")
        elif self._office is None:
            text = (
                why
                + " "
                + self.tr(
                    "LibreOffice, which converts it here, is not installed on this computer: save the file "
                    "as PDF in the program that made it and attach the PDF, or install LibreOffice "
                    "(libreoffice.org)."
                )
            )
        elif may_convert:
            text = (
                why
                + " "
                + self.tr(
                    "Convert it to PDF to put it in the board book; the original file is kept as its earlier "
                    "version (Undo brings it back)."
                )
            )
        else:
            text = why
        self.book_text.setText(text)
        self.convert_button.setVisible(may_convert or busy)
        self.convert_button.setEnabled(may_convert and not busy and not self._read_only)
        self.cancel_conversion_button.setVisible(busy)
        self.book_notice.show()

    def _on_office_found(self, office: Path | None) -> None:
        if office != self._office:
            self._office = office
            self._update_book_notice()

    def convert_selected(self) -> None:
        """Convert the selected paper to PDF with LibreOffice (in the background); the PDF becomes the
        paper's new version as one undoable step."""
        document = self.selected_document()
        if document is None or self._in_book(document) or self._converting is not None:
            return
        if self._office is None or not self._may_change(document.item_id):
            return
        self._converting = document
        cancel = threading.Event()
        self._convert_cancel = cancel
        self.cancel_conversion_button.setEnabled(True)
        self._update_book_notice()
        to_pdf = self._services.documents.to_pdf
        self._runner.read(
            lambda: to_pdf(document, cancelled=cancel.is_set),
            lambda intake: self._record_conversion(document, intake),
            lambda error, message: self._end_conversion(
                message, cancelled=isinstance(error, ConversionCancelled)
            ),
        )

    def cancel_conversion(self) -> None:
        """Stop the running conversion (LibreOffice is stopped within a fraction of a second); nothing
        changes."""
        if self._convert_cancel is not None and not self._convert_text:  # once recording, it is done
            self._convert_cancel.set()
            self.cancel_conversion_button.setEnabled(False)
            self.book_text.setText(self.tr("Cancelling…"))

    def _record_conversion(self, document: m.Document, intake: Intake) -> None:
        self.cancel_conversion_button.setEnabled(False)  # too late: the PDF is made and checked
        new_version = self._services.documents.new_version
        self._convert_text = self.tr("Convert “{name}” to PDF").format(name=one_line(document.name))
        self._select_after_load = document.id
        self._history.run(self._convert_text, lambda: new_version(document.id, intake, base=document))

    def _end_conversion(self, error: str | None, *, cancelled: bool = False) -> None:
        document = self._converting
        self._converting = None
        self._convert_text = ""
        self._convert_cancel = None
        self.cancel_conversion_button.hide()
        if document is None:
            return
        if cancelled:
            self._update_book_notice()
            self.book_text.setText(self.tr("Conversion cancelled; nothing was changed."))
            self.book_notice.show()
            self.conversion_failed.emit(error or "")
            return
        if error is None:
            self.import_label.setText(
                self.tr(
                    "{file} was converted to PDF and is now in the board book; Undo brings back the original."
                ).format(file=file_kinds.shown_name(document))
            )
            self.book_notice.hide()  # the list reloads with the PDF in its place
            self.converted.emit(document.id)
            return
        self._update_book_notice()
        self.book_badge.set_state(self.tr("Not converted"), Tone.BAD)
        self.book_text.setText(self.tr("Nothing was changed: {message}").format(message=error))
        self.book_notice.show()
        self.conversion_failed.emit(error)

    # -- language --------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Document"), self.tr("Pages"), self.tr("Secrecy"), self.tr("Size")]
        )
        self.toolbar.retranslate()
        self.cancel_button.setText(self.tr("Cancel"))
        self.convert_button.setText(self.tr("Convert to PDF"))
        self.cancel_conversion_button.setText(self.tr("Cancel"))
        self.convert_button.setToolTip(
            self.tr("Make a PDF of this file with LibreOffice, for the board book")
        )
        if self._view is not None:
            self._fill(self._view)
