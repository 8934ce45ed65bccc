"""Committees and their settings: a list on the left, the selected committee's form on the right.

Each save, create and delete is one undoable step (``UndoHistory``) run on the writer thread; the form
checks what it can before that (the field rules, a short name another committee already has) and shows the
problem under the form, so a refused edit never reaches the undo history.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import EmeetingError
from emeeting.domain.kinds import Kind
from emeeting.domain.templates import AGENDA_TEMPLATES
from emeeting.domain.validation import validate
from emeeting.services.container import Services
from emeeting.services.people import Directory
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.fields import EnumCombo
from emeeting.ui.widgets.form_rows import name_fields
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import html_tooltip, plain_label, plain_message_box
from emeeting.ui.widgets.screen_fit import resize_within_screen
from emeeting.ui.widgets.style import Tone, ToneLabel, icon, press_with, shortcut_tooltip
from emeeting.ui.widgets.task_runner import LatestRead, user_message
from emeeting.ui.widgets.undo import UndoHistory

# What the people and committee screens show: a change to any of these means reading the directory again.
DIRECTORY_KINDS = (Kind.COMMITTEE, Kind.PERSON, Kind.MEMBERSHIP, Kind.MEETING)


def member_role_label(role: m.MemberRole) -> str:
    R = m.MemberRole
    names = {
        R.CHAIR: QCoreApplication.translate("Labels", "Chair"),
        R.VICE_CHAIR: QCoreApplication.translate("Labels", "Vice chair"),
        R.MEMBER: QCoreApplication.translate("Labels", "Member"),
        R.SECRETARY: QCoreApplication.translate("Labels", "Secretary"),
        R.ASSISTANT_SECRETARY: QCoreApplication.translate("Labels", "Assistant secretary"),
    }
    return names[role]


def numbering_label(style: m.NumberingStyle) -> str:
    names = {
        m.NumberingStyle.PER_YEAR: QCoreApplication.translate("Labels", "Per year (1/2569, 2/2569 …)"),
        m.NumberingStyle.CONTINUOUS: QCoreApplication.translate("Labels", "Continuous (one running number)"),
    }
    return names[style]


def template_label(key: str) -> str:
    names = {
        "th": QCoreApplication.translate("Labels", "Thai: the five customary sections"),
        "en": QCoreApplication.translate("Labels", "English: the five customary sections"),
    }
    return names.get(key, key)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question whose text (with names from the store) is shown as plain text."""
    box = plain_message_box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def error_label(parent: QWidget) -> QLabel:
    """A plain-text line for what the user must fix, in red, hidden while there is nothing to say."""
    label = ToneLabel(parent, Tone.BAD)
    label.setWordWrap(True)
    label.setObjectName("errorLabel")
    label.hide()
    return label


class _Stored(Protocol):
    @property
    def id(self) -> str: ...


E = TypeVar("E", bound=_Stored)


class DirectoryForm(Generic[E]):
    """What the committee and people screens share: a list of the directory's committees or people, read
    again in the background whenever the directory changes, and a form for the one selected (``_current``;
    None: a new one) with a line for what is wrong with it."""

    _services: Services
    _history: UndoHistory
    _reads: LatestRead
    _directory: Directory
    _current: E | None
    _select_after_load: str  # the id to select after the next read (a newly created one)
    error: QLabel
    isVisible: Callable[[], bool]  # the widget's
    _overtaken = ""  # why the last edit was refused, when someone else had changed the record meanwhile

    def _start(self, context: UiContext) -> None:
        """What a directory screen starts with: nothing read yet, nothing in the form."""
        self._services = context.services
        self._history = context.history
        self._directory = Directory((), (), (), {})
        self._current = None
        self._reads = LatestRead(context.runner)
        self._select_after_load = ""

    def _begin(self, context: UiContext) -> None:
        """Once the widgets are built: follow the directory's changes and refused edits, set the words,
        show an empty form and read the directory."""
        context.bus.changed.connect(self._on_changes)
        context.history.failed.connect(self._show_error)
        context.history.overtaken.connect(self._on_overtaken)
        self._retranslate()
        self._fill(None)
        self.reload()

    def _retranslate(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        self._reads.read(
            self._services.people.directory,
            self._on_directory,
            lambda _error, message: self._show_error(message),
        )

    def _on_directory(self, directory: Directory) -> None:
        raise NotImplementedError

    def _on_changes(self, changes: Changes) -> None:
        if any(changes.concerns(kind) for kind in DIRECTORY_KINDS):
            self.reload()

    def _show_directory(
        self, directory: Directory, stored: Sequence[E], fill_list: Callable[[], None]
    ) -> None:
        """Keep ``directory``, fill the list, and select again what was selected (or just created)."""
        self._directory = directory
        keep = self._select_after_load or (self._current.id if self._current else "")
        self._select_after_load = ""
        overtaken, self._overtaken = self._overtaken, ""
        fill_list()
        by_id = {entity.id: entity for entity in stored}
        if (
            keep in by_id
            and self.current_error()
            and not overtaken
            and self._current is not None
            and self._current.id == keep
        ):
            # a refused edit: keep what the user typed and the reason, against the stored one
            self._current = by_id[keep]
        elif keep in by_id:
            self.select(keep)
            if overtaken:  # what the typing was based on is gone: the stored record shows, and why
                self._set_error(overtaken)
        elif self._current is not None:  # deleted meanwhile
            self._fill(None)

    def select(self, entity_id: str) -> None:
        raise NotImplementedError

    def _store(
        self,
        entity: E,
        problem: str,
        created: str,
        edited: str,
        create: Callable[[E], Changes],
        update: Callable[..., Changes],
    ) -> bool:
        """Store the form's ``entity`` as one undoable step (``created`` or ``edited`` its text): nothing
        when ``problem`` says what is wrong with it or nothing changed. True when it was submitted.

        ``update(entity, base=previous)`` stores an edit, refused when the stored row is no longer
        ``previous``."""
        self._set_error(problem)
        if problem:
            return False
        previous = self._current
        if previous is None:
            self._select_after_load = entity.id  # a new one becomes current once it is loaded
            self._history.run(created, lambda: create(entity))
            return True
        if entity == previous:
            return False
        self._history.run(edited, lambda: update(entity, base=previous))
        self._current = entity
        return True

    def _fill(self, entity: E | None) -> None:
        raise NotImplementedError

    def _start_new(self, listing: QAbstractItemView, first: QWidget) -> None:
        """An empty form for a new one, nothing selected in the list, the cursor in ``first``."""
        listing.blockSignals(True)
        listing.setCurrentIndex(QModelIndex())
        listing.clearSelection()
        listing.blockSignals(False)
        self._fill(None)
        first.setFocus()

    def _set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _show_error(self, message: str) -> None:
        if self.isVisible():
            self._set_error(message)

    def _on_overtaken(self, message: str) -> None:
        self._overtaken = message if self.isVisible() else ""

    def current_error(self) -> str:
        return self.error.text() if self.error.isVisible() else ""


class FractionEdit(QWidget):
    """ "at least [1] / [2] of the voting members" as two spin boxes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.num = QSpinBox(self)
        self.den = QSpinBox(self)
        for box in (self.num, self.den):
            box.setRange(1, 99)
        self.slash = QLabel("/", self)
        self.suffix = plain_label(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.num)
        layout.addWidget(self.slash)
        layout.addWidget(self.den)
        layout.addWidget(self.suffix, 1)

    def value(self) -> tuple[int, int]:
        return self.num.value(), self.den.value()

    def set_value(self, num: int, den: int) -> None:
        self.num.setValue(num)
        self.den.setValue(den)


class CommitteeDialog(FollowsLanguage, QDialog, DirectoryForm[m.Committee]):
    """Create, edit and delete committees. ``loaded`` fires after each read of the committees,
    ``saved(id)`` when an edit of this dialog is stored."""

    loaded = Signal()
    saved = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("committeeDialog")
        self._start(context)

        self.committee_list = QListWidget(self)
        self.committee_list.setObjectName("committeeList")
        self.committee_list.setMinimumWidth(280)
        self.committee_list.setWordWrap(True)  # long Thai committee names are shown whole
        self.committee_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.committee_list.setSpacing(2)
        self.new_button = QPushButton(self)
        self.new_button.setIcon(icon("plus"))
        self.delete_button = QPushButton(self)
        self.delete_button.setIcon(icon("trash-2"))
        left = QVBoxLayout()
        left.addWidget(self.committee_list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left.addLayout(list_buttons)

        self.form_box = QGroupBox(self)
        self.name_edit = QLineEdit(self.form_box)
        self.name_edit.setMinimumWidth(360)
        self.short_edit = QLineEdit(self.form_box)
        self.short_edit.setMaxLength(20)
        self.quorum_edit = FractionEdit(self.form_box)
        self.reconvened_edit = FractionEdit(self.form_box)
        self.numbering_combo: EnumCombo[m.NumberingStyle] = EnumCombo(
            m.NumberingStyle, numbering_label, parent=self.form_box
        )
        self.template_combo = QComboBox(self.form_box)
        for key in AGENDA_TEMPLATES:
            self.template_combo.addItem(template_label(key), key)
        self.secrecy_combo: EnumCombo[m.Secrecy] = EnumCombo(
            m.Secrecy, labels.secrecy_label, parent=self.form_box
        )
        self.language_combo = QComboBox(self.form_box)
        self.language_combo.addItem("", "th")
        self.language_combo.addItem("", "en")
        self.members_label = plain_label(self.form_box)
        self.form = QFormLayout(self.form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._form_labels = [plain_label(self.form_box) for _ in range(9)]
        fields: tuple[QWidget, ...] = (
            self.name_edit,
            self.short_edit,
            self.quorum_edit,
            self.reconvened_edit,
            self.numbering_combo,
            self.template_combo,
            self.secrecy_combo,
            self.language_combo,
            self.members_label,
        )
        for label, field in zip(self._form_labels, fields, strict=True):
            self.form.addRow(label, field)
        self.error = error_label(self.form_box)
        self.form.addRow(self.error)
        self.save_button = QPushButton(self.form_box)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.form_box)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.revert_button)
        form_buttons.addWidget(self.save_button)
        self.form.addRow(form_buttons)

        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addWidget(self.form_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.committee_list.currentItemChanged.connect(self._on_selected)
        self.new_button.clicked.connect(self.new_committee)
        self.delete_button.clicked.connect(self.delete_committee)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self._fill(self._current))
        # Keys for the main buttons in every language (a Latin mnemonic serves English only).
        self._keys = {
            self.new_button: press_with(self.new_button, QKeySequence.StandardKey.New),
            self.save_button: press_with(self.save_button, QKeySequence.StandardKey.Save),
        }
        self._begin(context)
        hint = self.sizeHint()
        resize_within_screen(self, hint.width(), hint.height())

    # -- loading ---------------------------------------------------------------------------------------

    def _on_directory(self, directory: Directory) -> None:
        self._show_directory(directory, directory.committees, lambda: self._fill_list(directory))
        self._update_members()
        self.loaded.emit()

    def _fill_list(self, directory: Directory) -> None:
        self.committee_list.blockSignals(True)
        self.committee_list.clear()
        for committee in directory.committees:
            item = QListWidgetItem(labels.committee_label(committee), self.committee_list)
            item.setData(Qt.ItemDataRole.UserRole, committee.id)
            item.setToolTip(html_tooltip(labels.committee_label(committee)))  # the whole name when cut short
        self.committee_list.blockSignals(False)

    def select(self, committee_id: str) -> None:
        for row in range(self.committee_list.count()):
            item = self.committee_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == committee_id:
                self.committee_list.setCurrentItem(item)
                self._fill(next(c for c in self._directory.committees if c.id == committee_id))
                return

    def _on_selected(self, item: QListWidgetItem | None) -> None:
        committee_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        found = next((c for c in self._directory.committees if c.id == committee_id), None)
        self._fill(found)

    # -- the form --------------------------------------------------------------------------------------

    def _fill(self, committee: m.Committee | None) -> None:
        self._current = committee
        shown = committee or m.Committee("", "")
        self.name_edit.setText(shown.name)
        self.short_edit.setText(shown.short_name)
        self.quorum_edit.set_value(shown.quorum_num, shown.quorum_den)
        self.reconvened_edit.set_value(shown.reconvened_quorum_num, shown.reconvened_quorum_den)
        self.numbering_combo.set_value(shown.numbering)
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(shown.agenda_template), 0))
        self.secrecy_combo.set_value(shown.default_secrecy)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(shown.language), 0))
        self.delete_button.setEnabled(committee is not None)
        self._set_error("")
        self._update_title()
        self._update_members()

    def committee_from_form(self) -> m.Committee:
        base = self._current or m.Committee("", "")
        quorum, reconvened = self.quorum_edit.value(), self.reconvened_edit.value()
        return dataclasses.replace(
            base,
            name=" ".join(self.name_edit.text().split()),
            short_name=self.short_edit.text().strip(),
            quorum_num=quorum[0],
            quorum_den=quorum[1],
            reconvened_quorum_num=reconvened[0],
            reconvened_quorum_den=reconvened[1],
            numbering=self.numbering_combo.value() or base.numbering,
            agenda_template=str(self.template_combo.currentData()),
            default_secrecy=self.secrecy_combo.value() or base.default_secrecy,
            language=str(self.language_combo.currentData()),
        )

    def _check(self, committee: m.Committee) -> str:
        """What is wrong with the form (empty when nothing): the field rules and a taken short name."""
        try:
            validate(committee)
        except EmeetingError as error:
            return user_message(error)
        if committee.reconvened_quorum_fraction > committee.quorum_fraction:
            return self.tr("The quorum of a reconvened meeting cannot be higher than the ordinary quorum.")
        taken = next(
            (
                c
                for c in self._directory.committees
                if c.id != committee.id and c.short_name.casefold() == committee.short_name.casefold()
            ),
            None,
        )
        if taken is not None:
            return self.tr("The short name {short} is already used by {name}.").format(
                short=committee.short_name, name=taken.name
            )
        return ""

    def save(self) -> None:
        committee = self.committee_from_form()
        records = self._services.records
        if self._store(
            committee,
            self._check(committee),
            self.tr("New committee {short}").format(short=committee.short_name),
            self.tr("Edit committee {short}").format(short=committee.short_name),
            records.create,
            records.update,
        ):
            self.saved.emit(committee.id)

    def new_committee(self) -> None:
        self._start_new(self.committee_list, self.name_edit)

    def delete_committee(self) -> None:
        committee = self._current
        if committee is None:
            return
        meetings = self._directory.meeting_counts.get(committee.id, 0)
        if meetings:
            self._set_error(
                self.tr("{short} has %n meeting(s) and cannot be deleted.", "", meetings).format(
                    short=committee.short_name
                )
            )
            return
        if confirm(
            self,
            self.tr("Delete committee"),
            self.tr(
                "Delete {name} and its %n membership(s)?", "", self._directory.member_count(committee.id)
            ).format(name=committee.name),
        ):
            self.confirm_delete(committee)

    def confirm_delete(self, committee: m.Committee) -> None:
        """Delete without asking (the question is asked by ``delete_committee``)."""
        services = self._services
        self._history.run(
            self.tr("Delete committee {short}").format(short=committee.short_name),
            lambda: services.people.delete_committee(committee.id),
        )
        self._fill(None)

    def _update_members(self) -> None:
        if self._current is None:
            self.members_label.setText(self.tr("—"))
            return
        members = self._directory.member_count(self._current.id)
        meetings = self._directory.meeting_counts.get(self._current.id, 0)
        self.members_label.setText(
            self.tr("%n member(s)", "", members) + " · " + self.tr("%n meeting(s)", "", meetings)
        )

    def _update_title(self) -> None:
        if self._current is None:
            self.form_box.setTitle(self.tr("New committee"))
        else:
            self.form_box.setTitle(self._current.short_name)

    # -- language --------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Committees"))
        self.close_button.setText(self.tr("Close"))
        self.new_button.setText(self.tr("&New committee"))
        self.delete_button.setText(self.tr("&Delete"))
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("&Revert"))
        for button, keys in self._keys.items():
            button.setToolTip(shortcut_tooltip(button.text(), keys))
        for label, text in zip(
            self._form_labels,
            (
                self.tr("Name:"),
                self.tr("Short name:"),
                self.tr("Quorum:"),
                self.tr("Reconvened quorum:"),
                self.tr("Meeting numbers:"),
                self.tr("Agenda template:"),
                self.tr("Default secrecy:"),
                self.tr("Language:"),
                self.tr("Membership:"),
            ),
            strict=True,
        ):
            label.setText(text)
        name_fields(self.form)
        self.name_edit.setPlaceholderText(self.tr("e.g. คณะกรรมการเทคโนโลยีสารสนเทศ"))
        self.short_edit.setPlaceholderText(self.tr("e.g. ICT"))
        self.short_edit.setToolTip(self.tr("Used in meeting references such as ICT:3/2569"))
        self.quorum_edit.suffix.setText(self.tr("of the voting members"))
        self.reconvened_edit.suffix.setText(self.tr("of the voting members, within 14 days"))
        self.reconvened_edit.setToolTip(
            self.tr("A meeting called again after one without a quorum (APA s.79: one third)")
        )
        self.language_combo.setItemText(0, self.tr("ไทย"))  # each language is named in its own words
        self.language_combo.setItemText(1, self.tr("English"))
        for row in range(self.template_combo.count()):
            self.template_combo.setItemText(row, template_label(str(self.template_combo.itemData(row))))
        self._update_title()
        self._update_members()
