"""The agenda editor: a numbered tree with drag-and-drop reordering and nesting, and the item editor.

The tree never rearranges itself: a drop (or a keyboard move) asks AgendaService.move through the undo
history, and the tree is rebuilt from the store's answer, numbered by domain.agenda. So what is on screen
is always what is stored, numbers included.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.templates import AGENDA_TEMPLATES
from emeeting.services.meetings import AgendaEntry, MeetingView
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.elided import eliding_tabs, tab_tooltips
from emeeting.ui.widgets.fields import EnumCombo, PersonCombo, in_language_order
from emeeting.ui.widgets.form_rows import name_fields, name_tab_pages
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.read_only import lock
from emeeting.ui.widgets.safe_text import html_tooltip, plain_label
from emeeting.ui.widgets.style import GAP, heading_font, icon_button

MIME_TYPE = "application/x-emeeting-agenda-item"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER, TITLE, PRESENTER, DURATION, PAGES = range(5)
TITLE_MIN_WIDTH = 160  # pixels: a few words of an item's title

AnyIndex = QModelIndex | QPersistentModelIndex


class AgendaModel(QStandardItemModel):
    """The agenda as rows; dropping a row asks for a move (``move_requested(id, parent id, index)``)."""

    move_requested = Signal(str, object, int)  # item id, new parent id (None: top level), index

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(i.data(ID_ROLE)) for i in indexes if i.isValid() and i.column() == 0]
        data.setData(MIME_TYPE, QByteArray(",".join(ids[:1]).encode()))
        return data

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = self._target(data, row, parent)
        return action == Qt.DropAction.MoveAction and target is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = self._target(data, row, parent)
        if action != Qt.DropAction.MoveAction or target is None:
            return False
        self.move_requested.emit(*target)
        # Nothing moves here: the tree is rebuilt from the store once the move is stored.
        return False

    def _target(self, data: QMimeData, row: int, parent: AnyIndex) -> tuple[str, str | None, int] | None:
        """(item, new parent, index among its new siblings) for a drop on ``parent`` at ``row`` (-1: onto
        ``parent``, i.e. nest it as the last sub-item)."""
        if not data.hasFormat(MIME_TYPE):
            return None
        item_id = bytes(data.data(MIME_TYPE).data()).decode()
        if not item_id:
            return None
        source = self.index_of(item_id)
        if not source.isValid():
            return None
        parent = self.index(parent.row(), 0, parent.parent()) if parent.isValid() else QModelIndex()
        ancestor = QModelIndex(parent)
        while ancestor.isValid():  # never into itself or its own sub-items
            if ancestor.data(ID_ROLE) == item_id:
                return None
            ancestor = ancestor.parent()
        parent_id = str(parent.data(ID_ROLE)) if parent.isValid() else None
        if row < 0:
            row = self.rowCount(parent)
        if source.parent() == parent and source.row() < row:
            row -= 1  # the item leaves its old place above the drop point
        return item_id, parent_id, row

    def index_of(self, item_id: str) -> QModelIndex:
        found = self.match(self.index(0, 0), ID_ROLE, item_id, 1, Qt.MatchFlag.MatchRecursive)
        return found[0] if found else QModelIndex()


class AgendaTree(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaTree")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAnimated(False)


class ItemEditor(FollowsLanguage, QWidget):
    """Title, presenter, duration, open/closed, secrecy, the five texts of a Thai agenda item, and who is
    recused from it."""

    save_requested = Signal()
    recusal_add_requested = Signal(str)  # person id
    recusal_remove_requested = Signal(str)  # recusal id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemEditor")
        self._item: m.AgendaItem | None = None
        self.heading = plain_label(self)
        self.heading.setWordWrap(True)
        self.heading.setFont(heading_font(self.font(), 1.1))
        self.title_edit = QLineEdit(self)
        self.presenter_combo = PersonCombo(lambda: self.tr("(no presenter)"), self)
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(5)
        self.closed_check = QCheckBox(self)
        self.secrecy_combo = EnumCombo(m.Secrecy, labels.secrecy_label, parent=self)
        self.texts = QTabWidget(self)
        self.texts.setObjectName("itemTexts")
        eliding_tabs(self.texts.tabBar())  # every section's tab stays in sight, elided on a small screen
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for key in ("background", "facts", "legal_basis", "proposal", "resolution"):
            edit = QPlainTextEdit(self.texts)
            edit.setObjectName(key)
            self.text_edits[key] = edit
            self.texts.addTab(edit, "")
        self.recusals = QListWidget(self)
        self.recusals.setObjectName("recusals")
        self.recusals.setMaximumHeight(90)
        # Two rows at least: the editor fits a laptop's height even under the certified meeting's notice.
        two_rows = self.recusals.fontMetrics().lineSpacing() * 2 + 2 * self.recusals.frameWidth()
        self.recusals.setMinimumHeight(two_rows)
        # Nobody is recused until someone is chosen: the box starts at "no one".
        self.recusal_combo = PersonCombo(lambda: self.tr("No one"), self)
        self.recusal_add = QPushButton(self)
        self.recusal_remove = QPushButton(self)
        recusal_row = QHBoxLayout()
        recusal_row.addWidget(self.recusal_combo, 1)
        recusal_row.addWidget(self.recusal_add)
        recusal_row.addWidget(self.recusal_remove)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveItem")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        self._names = [plain_label(self) for _ in range(5)]
        form.addRow(self._names[0], self.title_edit)
        form.addRow(self._names[1], self.presenter_combo)
        form.addRow(self._names[2], self.duration_spin)
        form.addRow(self._names[3], self.secrecy_combo)
        # Across both columns: its Thai label alone is a third of a laptop's width.
        form.addRow(self.closed_check)
        name_fields(form)
        self.recusals_heading = plain_label(self)
        self.recusals_heading.setBuddy(self.recusal_combo)  # it names the picker of whom to recuse
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.recusals_heading)
        layout.addWidget(self.recusals)
        layout.addLayout(recusal_row)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save_requested)
        self.title_edit.returnPressed.connect(self.save_requested)  # type a title, Enter: stored
        self.recusal_add.clicked.connect(self._add_recusal)
        self.recusal_remove.clicked.connect(self._remove_recusal)
        self.recusal_combo.currentIndexChanged.connect(self._update_recusal_add)
        self._retranslate()
        self.show_item(None, "", [], [])

    @property
    def item(self) -> m.AgendaItem | None:
        return self._item

    def set_read_only(self, read_only: bool) -> None:
        """Attendee mode: the item shows, nothing on it changes."""
        lock(
            [self.title_edit, self.presenter_combo, self.duration_spin, self.closed_check, self.secrecy_combo,
             *self.text_edits.values(), self.recusal_combo, self.recusal_add, self.recusal_remove,
             self.save_button],
            read_only,
        )  # fmt: skip
        self.recusal_combo.setVisible(not read_only)  # a picker that can pick nothing only puzzles

    def show_item(
        self,
        item: m.AgendaItem | None,
        number: str,
        people: Sequence[m.Person],
        recusals: Sequence[tuple[m.Recusal, str]],
    ) -> None:
        """Show ``item`` (None: nothing selected) with the people to pick from and its recusals
        (each with the recused person's name)."""
        self._item = item
        self._baseline: dict[str, object] = {}
        self.setEnabled(item is not None)
        self.presenter_combo.set_people(people, item.presenter_id if item else "")
        self.recusal_combo.set_people(people, "")
        self.recusal_combo.setCurrentIndex(0)
        self._update_recusal_add()
        self.recusals.clear()
        for recusal, name in recusals:
            row = QListWidgetItem(f"{name} — {recusal.reason}" if recusal.reason else name, self.recusals)
            row.setData(Qt.ItemDataRole.UserRole, recusal.id)
        if item is None:
            self.heading.setText(self.tr("Select an agenda item to edit it."))
            self.title_edit.clear()
            for edit in self.text_edits.values():
                edit.clear()
            return
        self.heading.setText(self.tr("Item {number}").format(number=number))
        self.title_edit.setText(item.title)
        self.title_edit.setCursorPosition(0)  # a long title shows its beginning
        self.duration_spin.setValue(item.duration_minutes)
        self.closed_check.setChecked(item.closed)
        self.secrecy_combo.set_value(item.secrecy)
        for key, edit in self.text_edits.items():
            edit.setPlainText(getattr(item, key))
        self._baseline = self._form_values()

    def mark_saved(self, item: m.AgendaItem) -> None:
        """The form's edits are on their way to the store: they are the item's values now."""
        if self._item is not None and self._item.id == item.id:
            self._item = item
            self._baseline = self._form_values()

    def candidate(self) -> m.AgendaItem | None:
        """The item with what the user changed in the form. Only fields whose widget changed since the
        item was shown are taken: a picker that cannot show a value (a presenter not in the list yet)
        never rewrites it."""
        if self._item is None:
            return None
        values = self._form_values()
        changed = {name: value for name, value in values.items() if value != self._baseline.get(name)}
        return dataclasses.replace(self._item, **changed)  # type: ignore[arg-type]

    def _form_values(self) -> dict[str, object]:
        values: dict[str, object] = {
            "title": self.title_edit.text().strip(),
            "presenter_id": self.presenter_combo.person_id(),
            "duration_minutes": self.duration_spin.value(),
            "closed": self.closed_check.isChecked(),
            "secrecy": self.secrecy_combo.value(),
        }
        values.update({key: edit.toPlainText() for key, edit in self.text_edits.items()})
        return values

    def _update_recusal_add(self) -> None:
        self.recusal_add.setEnabled(self.recusal_combo.person_id() is not None)

    def _add_recusal(self) -> None:
        person_id = self.recusal_combo.person_id()
        if person_id:
            self.recusal_add_requested.emit(person_id)

    def _remove_recusal(self) -> None:
        current = self.recusals.currentItem()
        if current is not None:
            self.recusal_remove_requested.emit(str(current.data(Qt.ItemDataRole.UserRole)))

    def _retranslate(self) -> None:
        for name, text in zip(
            self._names,
            (self.tr("Title:"), self.tr("Presenter:"), self.tr("Duration:"), self.tr("Secrecy:"), ""),
            strict=True,
        ):
            name.setText(text)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.closed_check.setText(self.tr("Closed item (withheld from guests)"))
        tabs = (
            self.tr("Background"),
            self.tr("Facts"),
            self.tr("Legal basis"),
            self.tr("Proposal"),
            self.tr("Resolution"),
        )
        for index, text in enumerate(tabs):
            self.texts.setTabText(index, text)
        name_tab_pages(self.texts)
        tab_tooltips(self.texts.tabBar())
        self.recusals_heading.setText(self.tr("Recused for a conflict of interest:"))
        self.recusal_add.setText(self.tr("Recuse"))
        self.recusal_remove.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save item"))
        self.save_button.setToolTip(self.tr("Save this agenda item (Ctrl+S)"))
        if self._item is None:
            self.heading.setText(self.tr("Select an agenda item to edit it."))


class AgendaEditor(QWidget):
    """The Agenda tab."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = context.services
        self._history = context.history
        self._view: MeetingView | None = None
        self._people: list[m.Person] = []
        self._entries: dict[str, AgendaEntry] = {}
        self._select_after: str | None = None
        self._new_item: str | None = None  # an item just added: its title is typed over once it shows

        self.model = AgendaModel(self)
        self.model.move_requested.connect(self.move_item)
        self.tree = AgendaTree(self)
        self.tree.setModel(self.model)
        self.editor = ItemEditor(self)
        self.totals_label = plain_label(self)
        self.totals_label.setObjectName("agendaTotals")
        self.totals_label.setWordWrap(True)

        self.add_button = QToolButton(self)
        self.add_sub_button = QToolButton(self)
        self.section_button = QToolButton(self)
        self.section_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.section_menu = QMenu(self.section_button)
        self.section_button.setMenu(self.section_menu)
        self.remove_button = QToolButton(self)
        self.up_button = QToolButton(self)
        self.down_button = QToolButton(self)
        self.indent_button = QToolButton(self)
        self.outdent_button = QToolButton(self)
        tools = QHBoxLayout()
        tools.setSpacing(GAP // 2)
        # Adding an item shows its icon and words, the rest their icon alone (their names and keys are in
        # the tooltips and the Agenda menu): the row stays narrow beside the item editor.
        for button, name in (
            (self.add_button, "plus"),
            (self.add_sub_button, "corner-down-right"),
            (self.section_button, "list-plus"),
            (self.remove_button, "trash-2"),
            (self.up_button, "arrow-up"),
            (self.down_button, "arrow-down"),
            (self.outdent_button, "indent-decrease"),
            (self.indent_button, "indent-increase"),
        ):
            icon_button(button, name)
            tools.addWidget(button)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addStretch(1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.totals_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 400])  # the tree's titles get the room; the editor's fields elide
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.splitter)

        self.add_button.clicked.connect(lambda: self.add_item(sub_item=False))
        self.add_sub_button.clicked.connect(lambda: self.add_item(sub_item=True))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        self.indent_button.clicked.connect(self.indent)
        self.outdent_button.clicked.connect(self.outdent)
        self.editor.save_requested.connect(self.save_item)
        self.editor.recusal_add_requested.connect(self.recuse)
        self.editor.recusal_remove_requested.connect(self.remove_recusal)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.section_menu.aboutToShow.connect(self._fill_section_menu)
        self._retranslate()
        self._update_buttons()

    # -- content ---------------------------------------------------------------------------------------

    def set_people(self, people: Sequence[m.Person]) -> None:
        self._people = list(people)
        self._show_current()

    def set_read_only(self, read_only: bool) -> None:
        """Attendee mode: the agenda shows, but no item is added, removed, moved (nor dragged) or edited."""
        lock(
            [self.add_button, self.add_sub_button, self.section_button, self.remove_button, self.up_button,
             self.down_button, self.outdent_button, self.indent_button],
            read_only,
        )  # fmt: skip
        mode = QAbstractItemView.DragDropMode
        self.tree.setDragDropMode(mode.NoDragDrop if read_only else mode.InternalMove)
        self.editor.set_read_only(read_only)

    def show_meeting(self, view: MeetingView) -> None:
        same_meeting = self._view is not None and self._view.summary.meeting.id == view.summary.meeting.id
        selected = self.current_item_id() if same_meeting else None
        self._view = view
        self._entries = {e.item.id: e for e in view.agenda}
        self.tree.setUpdatesEnabled(False)
        try:
            self.model.removeRows(0, self.model.rowCount())
            self.model.setColumnCount(5)
            bold = QFont(self.tree.font())
            bold.setBold(True)
            parents: list[QStandardItem] = []
            for entry in view.agenda:
                item = entry.item
                presenter = view.people.get(item.presenter_id) if item.presenter_id else None
                pages = sum(d.page_count or 0 for d in entry.documents)
                cells = [
                    QStandardItem(entry.number),
                    QStandardItem(item.title),
                    QStandardItem(presenter.display_name if presenter else ""),
                    QStandardItem(labels.duration(item.duration_minutes)),
                    QStandardItem(str(pages) if pages else ""),
                ]
                for cell in cells:
                    cell.setData(item.id, ID_ROLE)
                    cell.setEditable(False)
                    if entry.depth == 0:
                        cell.setFont(bold)
                cells[TITLE].setToolTip(self._tooltip(item))
                cells[PRESENTER].setToolTip(cells[PRESENTER].text())  # a long name elides in its column
                cells[PAGES].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                del parents[entry.depth :]
                (parents[-1] if parents else self.model.invisibleRootItem()).appendRow(cells)
                parents.append(cells[0])
            self.tree.expandAll()
        finally:
            self.tree.setUpdatesEnabled(True)
        wanted = self._select_after or selected
        self._select_after = None
        if not (wanted and self.select_item(wanted)):
            self._show_current()
        elif wanted == self._new_item:  # "New item" selected, ready to be typed over
            self._new_item = None
            self.editor.title_edit.setFocus()
            self.editor.title_edit.selectAll()
        self._update_totals()
        self._update_buttons()

    def clear(self) -> None:
        self._view = None
        self._entries = {}
        self.model.removeRows(0, self.model.rowCount())
        self._show_current()
        self._update_buttons()

    def rows(self) -> list[tuple[str, str]]:
        """(number, title) of every item shown, in order: what the user reads."""
        out: list[tuple[str, str]] = []

        def visit(parent: QModelIndex) -> None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, NUMBER, parent)
                out.append((str(index.data()), str(self.model.index(row, TITLE, parent).data())))
                visit(index)

        visit(QModelIndex())
        return out

    def current_item_id(self) -> str | None:
        index = self.tree.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def select_item(self, item_id: str) -> bool:
        index = self.model.index_of(item_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self._show_current()
        return True

    # -- edits (each one undoable) ---------------------------------------------------------------------

    def add_item(self, sub_item: bool = False) -> None:
        """A new item after the selected one (``sub_item``: as the selected item's last sub-item)."""
        if self._view is None:
            return
        current = self._entries.get(self.current_item_id() or "")
        if sub_item and current is not None:
            parent_id: str | None = current.item.id
        else:
            parent_id = current.item.parent_id if current is not None else None
        item = m.AgendaItem(self._view.summary.meeting.id, self.tr("New item"), parent_id=parent_id)
        agenda = self._services.agenda
        self._select_after = self._new_item = item.id
        self._history.run(self.tr("Add agenda item"), lambda: agenda.add(item))

    def add_section(self, section: m.AgendaSection) -> None:
        if self._view is None:
            return
        template = self._template()
        titles = [t for t in AGENDA_TEMPLATES[template] if t.section is section]
        ids = [m.new_id() for _ in range(1 + (len(titles[0].children) if titles else 0))]
        meeting_id = self._view.summary.meeting.id
        agenda = self._services.agenda
        self._select_after = ids[0]
        self._history.run(
            self.tr("Add agenda section"), lambda: agenda.add_section(meeting_id, template, section, ids=ids)
        )

    def remove_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        agenda = self._services.agenda
        self._history.run(self.tr("Remove agenda item"), lambda: agenda.remove(item_id))

    def move_item(self, item_id: str, parent_id: str | None, index: int) -> None:
        entry = self._entries.get(item_id)
        if entry is None:
            return
        old_parent, old_index = entry.item.parent_id, entry.item.position
        if (old_parent, old_index) == (parent_id, index):
            return
        agenda = self._services.agenda
        self._select_after = item_id
        self._history.run(
            self.tr("Move agenda item"),
            lambda: agenda.move(item_id, parent_id, index),
        )

    def move_by(self, step: int) -> None:
        entry = self._entries.get(self.current_item_id() or "")
        if entry is None:
            return
        siblings = [e for e in self._entries.values() if e.item.parent_id == entry.item.parent_id]
        index = sorted(siblings, key=lambda e: (e.item.position, e.item.id)).index(entry) + step
        if 0 <= index < len(siblings):
            self.move_item(entry.item.id, entry.item.parent_id, index)

    def indent(self) -> None:
        """Make the item the last sub-item of the item above it."""
        entry = self._entries.get(self.current_item_id() or "")
        if entry is None:
            return
        siblings = sorted(
            (e for e in self._entries.values() if e.item.parent_id == entry.item.parent_id),
            key=lambda e: (e.item.position, e.item.id),
        )
        at = siblings.index(entry)
        if at == 0:
            return
        above = siblings[at - 1].item
        children = [e for e in self._entries.values() if e.item.parent_id == above.id]
        self.move_item(entry.item.id, above.id, len(children))

    def outdent(self) -> None:
        """Make the item the next sibling of its parent."""
        entry = self._entries.get(self.current_item_id() or "")
        if entry is None or entry.item.parent_id is None:
            return
        parent = self._entries[entry.item.parent_id].item
        self.move_item(entry.item.id, parent.parent_id, parent.position + 1)

    def save_item(self) -> bool:
        before = self.editor.item
        after = self.editor.candidate()
        if before is None or after is None or before == after:
            return False
        agenda = self._services.agenda
        self._history.run(
            self.tr("Edit agenda item"),
            lambda: agenda.update(after, base=before),
        )
        self.editor.mark_saved(after)  # until the store answers: the form is what will be stored
        return True

    def recuse(self, person_id: str) -> None:
        item = self.editor.item
        if item is None or self._view is None:
            return
        if any(r.item_id == item.id and r.person_id == person_id for r in self._view.recusals):
            return
        recusal = m.Recusal(item.id, person_id)
        records = self._services.records
        self._history.run(
            self.tr("Recuse from agenda item"),
            lambda: records.change(create=[recusal]),
        )

    def remove_recusal(self, recusal_id: str) -> None:
        if self._view is None:
            return
        recusal = next((r for r in self._view.recusals if r.id == recusal_id), None)
        if recusal is None:
            return
        records = self._services.records
        self._history.run(
            self.tr("Remove recusal"),
            lambda: records.delete(m.Recusal, recusal.id),
        )

    # -- helpers ---------------------------------------------------------------------------------------

    def _template(self) -> str:
        template = self._view.summary.committee.agenda_template if self._view else "th"
        return template if template in AGENDA_TEMPLATES else "th"

    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.save_item()  # edits of the item left behind are stored (one undoable step), never dropped
        self._show_current()
        self._update_buttons()

    def _show_current(self) -> None:
        entry = self._entries.get(self.current_item_id() or "")
        view = self._view
        if entry is None or view is None:
            self.editor.show_item(None, "", self._people, [])
            return
        recusals = [
            (r, view.people[r.person_id].display_name if r.person_id in view.people else r.person_id)
            for r in view.recusals
            if r.item_id == entry.item.id
        ]
        # The people in the order the meeting's language reads them (Thai names first on a Thai agenda).
        people = in_language_order(self._people, view.summary.committee.language)
        self.editor.show_item(entry.item, entry.number, people, recusals)

    def _update_buttons(self) -> None:
        has_meeting = self._view is not None
        has_item = self.current_item_id() is not None
        self.add_button.setEnabled(has_meeting)
        self.section_button.setEnabled(has_meeting)
        for button in (
            self.add_sub_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.indent_button,
            self.outdent_button,
        ):
            button.setEnabled(has_item)

    def _update_totals(self) -> None:
        view = self._view
        if view is None:
            self.totals_label.clear()
            return
        minutes = sum(e.item.duration_minutes for e in view.agenda)
        documents = len(view.meeting_documents) + sum(len(e.documents) for e in view.agenda)
        parts = [
            self.tr("%n agenda item(s)", "", len(view.agenda)),
            self.tr("%n document(s)", "", documents),
            self.tr("%n page(s)", "", view.page_count),
        ]
        if minutes:
            end = view.summary.meeting.start + timedelta(minutes=minutes)
            parts.append(
                self.tr("running time {duration}, ends at about {time}").format(
                    duration=labels.duration(minutes), time=labels.clock_time(end)
                )
            )
        self.totals_label.setText(" · ".join(parts))

    def _tooltip(self, item: m.AgendaItem) -> str:
        lines = [item.title]
        if item.closed:
            lines.append(self.tr("Closed item: withheld from guests"))
        if item.secrecy is not m.Secrecy.NORMAL:
            lines.append(self.tr("Secrecy: {level}").format(level=labels.secrecy_label(item.secrecy)))
        return html_tooltip(*lines)

    def _fill_section_menu(self) -> None:
        self.section_menu.clear()
        for template in AGENDA_TEMPLATES[self._template()]:
            action = self.section_menu.addAction(template.title)
            action.triggered.connect(lambda _=False, s=template.section: self.add_section(s))

    def _retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Item"), self.tr("Presenter"), self.tr("Duration"), self.tr("Pages")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRESENTER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PRESENTER, 150)  # long names elide: the title keeps the room
        for column in (DURATION, PAGES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The title keeps room for a few words: on a narrow window the page scrolls sideways instead of
        # squeezing the stretching title column to nothing.
        self.tree.setMinimumWidth(header.sectionSize(PRESENTER) + TITLE_MIN_WIDTH + 3 * 60)
        buttons = (
            (self.add_button, self.tr("Add item"), self.tr("Add an item after the selected one (Insert)")),
            (self.add_sub_button, self.tr("Add sub-item"), self.tr("Add a sub-item (Ctrl+Insert)")),
            (self.section_button, self.tr("Add section"), self.tr("Add a section of the agenda template")),
            (self.remove_button, self.tr("Remove"), self.tr("Remove the item with its sub-items (Delete)")),
            (self.up_button, self.tr("Up"), self.tr("Move up (Alt+Up)")),
            (self.down_button, self.tr("Down"), self.tr("Move down (Alt+Down)")),
            (self.outdent_button, self.tr("Outdent"), self.tr("Out of its parent item (Alt+Left)")),
            (self.indent_button, self.tr("Indent"), self.tr("Under the item above (Alt+Right)")),
        )
        for button, text, tip in buttons:
            button.setText(text)
            button.setToolTip(tip)
        self._update_totals()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._view is not None:
                self.show_meeting(self._view)
        super().changeEvent(event)


def agenda_shortcuts() -> dict[str, QKeySequence]:
    """The agenda's keys, for the menu that carries them."""
    return {
        "add": QKeySequence(Qt.Key.Key_Insert),
        "add_sub": QKeySequence("Ctrl+Ins"),
        "remove": QKeySequence(QKeySequence.StandardKey.Delete),
        "up": QKeySequence("Alt+Up"),
        "down": QKeySequence("Alt+Down"),
        "indent": QKeySequence("Alt+Right"),
        "outdent": QKeySequence("Alt+Left"),
    }
