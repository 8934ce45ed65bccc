"""Notes on an agenda item, under the item's text in the reader: mine and those shared with me; I add one
("Add a note on this item…": its text and who sees it, private unless I choose otherwise), edit or delete
mine."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.validation import MAX_ANNOTATION_TEXT
from emeeting.services.annotations import AnnotationView
from emeeting.ui.reader.annotation_list import sharing_choice, sharing_word
from emeeting.ui.reader.notebook import Notebook, NotebookData
from emeeting.ui.widgets.buttons import dialog_buttons
from emeeting.ui.widgets.form_rows import labelled_row
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import html_tooltip, plain_label

NOTE_ROLE = Qt.ItemDataRole.UserRole


class NoteDialog(FollowsLanguage, QDialog):
    """A note's text and who sees it: a new note on an item (private by default), or an edit of mine."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        text: str = "",
        sharing: m.Sharing = m.Sharing.PRIVATE,
        item_title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readerNoteDialog")
        self._new = not text
        self.item_label = plain_label(self)
        self.item_label.setWordWrap(True)
        self.item_label.setText(item_title)
        self.item_label.setVisible(bool(item_title))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("readerNoteText")
        self.text_edit.setPlainText(text)
        self.sharing_combo = QComboBox(self)
        self.sharing_combo.setObjectName("readerNoteSharing")
        for choice in m.Sharing:
            self.sharing_combo.addItem("", choice.value)
        self.sharing_combo.setCurrentIndex(self.sharing_combo.findData(sharing.value))
        self.form = QFormLayout()
        labelled_row(self.form, self.sharing_combo)
        self.buttons = dialog_buttons(
            self, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.text_edit.textChanged.connect(self._update_save)
        layout = QVBoxLayout(self)
        self.text_label = plain_label(self)  # the note box's visible name, and its name for screen readers
        self.text_label.setBuddy(self.text_edit)
        layout.addWidget(self.item_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(460, 280)
        self._retranslate()
        self._update_save()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def sharing(self) -> m.Sharing:
        return m.Sharing(str(self.sharing_combo.currentData()))

    def _update_save(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(0 < len(self.text()) <= MAX_ANNOTATION_TEXT)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Note on the agenda item") if self._new else self.tr("Edit note"))
        self.text_edit.setPlaceholderText(self.tr("Your note"))
        self.text_label.setText(self.tr("Your note"))
        label = self.form.labelForField(self.sharing_combo)
        if label is not None:
            label.setText(self.tr("Who sees it:"))  # type: ignore[attr-defined]
        for index in range(self.sharing_combo.count()):
            choice = m.Sharing(str(self.sharing_combo.itemData(index)))
            self.sharing_combo.setItemText(index, sharing_choice(choice))


class ItemNotes(FollowsLanguage, QWidget):
    """The notes on the agenda item the reader shows, with Add / Edit / Delete."""

    def __init__(self, notebook: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerItemNotes")
        self._notebook = notebook
        self._item_id: str | None = None
        self._item_title = ""
        self.dialog: NoteDialog | None = None
        self.heading = plain_label(self)
        self.notes = QListWidget(self)
        self.notes.setObjectName("readerItemNoteList")
        self.notes.setWordWrap(True)
        self.notes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.notes.currentItemChanged.connect(lambda _row, _previous: self._update_buttons())
        self.notes.itemActivated.connect(lambda _row: self.edit_current())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("readerAddItemNote")
        self.add_button.clicked.connect(self.add_note)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("readerEditItemNote")
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("readerDeleteItemNote")
        self.delete_button.clicked.connect(self.delete_current)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notes, 1)
        notebook.loaded.connect(lambda _data: self._fill())
        self._retranslate()
        self.show_item(None)

    def show_item(self, item_id: str | None, title: str = "") -> None:
        """Show the notes on ``item_id`` (None: no item chosen; nothing to note)."""
        self._item_id, self._item_title = item_id, title
        self._fill()

    def _fill(self) -> None:
        data: NotebookData | None = self._notebook.data
        current = self.current_view()
        self.notes.clear()
        views = data.item_notes(self._item_id) if data is not None and self._item_id else []
        for view in views:
            note = view.annotation
            words = [sharing_word(note.sharing)]
            if not view.mine:
                words.insert(0, note.author or note.owner)
            row = QListWidgetItem(f"{note.text}\n— {' · '.join(words)}", self.notes)
            row.setData(NOTE_ROLE, note.id)
            row.setToolTip(html_tooltip(note.text, sharing_choice(note.sharing)))
        if current is not None:
            for index in range(self.notes.count()):
                row = self.notes.item(index)
                if row is not None and row.data(NOTE_ROLE) == current.annotation.id:
                    self.notes.setCurrentItem(row)
        self.notes.setVisible(bool(views))
        self.add_button.setEnabled(self._item_id is not None and data is not None)
        self._update_buttons()

    def note_ids(self) -> list[str]:
        rows = (self.notes.item(i) for i in range(self.notes.count()))
        return [str(r.data(NOTE_ROLE)) for r in rows if r is not None]

    def current_view(self) -> AnnotationView | None:
        row = self.notes.currentItem()
        data = self._notebook.data
        if row is None or data is None:
            return None
        return data.find(str(row.data(NOTE_ROLE)))

    def _update_buttons(self) -> None:
        view = self.current_view()
        mine = view is not None and view.mine
        self.edit_button.setEnabled(mine)
        self.delete_button.setEnabled(mine)

    def add_note(self) -> None:
        item_id = self._item_id
        if item_id is None:
            return
        dialog = NoteDialog(self, item_title=self._item_title)
        self._open(dialog, lambda: self._notebook.add_item_note(item_id, dialog.text(), dialog.sharing()))

    def edit_current(self) -> None:
        view = self.current_view()
        if view is None or not view.mine:
            return
        note = view.annotation
        dialog = NoteDialog(self, text=note.text, sharing=note.sharing, item_title=self._item_title)
        self._open(dialog, lambda: self._notebook.change(view, dialog.text(), dialog.sharing()))

    def _open(self, dialog: NoteDialog, on_save: Callable[[], object]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.accepted.connect(on_save)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def delete_current(self) -> None:
        view = self.current_view()
        if view is not None:
            self._notebook.delete(view)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Notes on this item"))
        self.add_button.setText(self.tr("Add a note on this item…"))
        self.add_button.setToolTip(
            self.tr("A note of yours on this agenda item; private unless you share it")
        )
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
