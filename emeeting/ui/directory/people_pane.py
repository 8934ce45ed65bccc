"""People: a searchable list, the selected person's details, and their committee memberships.

Every save, create and delete is one undoable step (``UndoHistory``) on the writer thread. The form checks
the person's fields on the GUI thread first (cheap, pure rules) and shows the problem under the form.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import cmp_to_key

from PySide6.QtCore import QCollator, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.errors import EmeetingError
from emeeting.domain.validation import validate
from emeeting.services.people import Directory, MembershipEntry
from emeeting.ui.directory.committee_editor import DirectoryForm, confirm, error_label, member_role_label
from emeeting.ui.directory.person_form import PersonForm
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.fields import DateEdit, EnumCombo
from emeeting.ui.widgets.form_rows import find_label, find_text, name_fields
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.page_scroll import PageScroll
from emeeting.ui.widgets.safe_text import html_tooltip, plain_label
from emeeting.ui.widgets.screen_fit import resize_within_screen
from emeeting.ui.widgets.style import icon, press_with, shortcut_tooltip
from emeeting.ui.widgets.task_runner import user_message

NAME, POSITION, ORGANISATION, EMAIL = range(4)
COMMITTEE, ROLE, VOTING, TERM = range(4)
_PERSON_FIELDS = ("title", "first_name", "last_name", "position", "organisation", "email", "phone")


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def matches(person: m.Person, words: list[str]) -> bool:
    """Whether every word of the search occurs in the person's name or contact details."""
    haystack = " ".join(
        (person.display_name, person.position, person.organisation, person.email, person.phone)
    ).casefold()
    return all(word in haystack for word in words)


class OptionalDateEdit(QWidget):
    """A date that may be left open: a check box turns the date edit on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.edit = DateEdit(self)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class MembershipDialog(QDialog):
    """One membership: committee, role, voting right and term."""

    def __init__(
        self, committees: tuple[m.Committee, ...], membership: m.Membership, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("membershipDialog")
        self._membership = membership
        self.committee_combo = QComboBox(self)
        for committee in committees:
            self.committee_combo.addItem(labels.committee_label(committee), committee.id)
        self.committee_combo.setCurrentIndex(max(self.committee_combo.findData(membership.committee_id), 0))
        self.committee_combo.setMinimumContentsLength(30)
        self.role_combo: EnumCombo[m.MemberRole] = EnumCombo(m.MemberRole, member_role_label, parent=self)
        self.role_combo.set_value(membership.role)
        self.voting_check = QCheckBox(self)
        self.voting_check.setChecked(membership.voting)
        self.start_edit = OptionalDateEdit(self)
        self.start_edit.set_value(membership.term_start)
        self.end_edit = OptionalDateEdit(self)
        self.end_edit.set_value(membership.term_end)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self._labels = [plain_label(self) for _ in range(4)]
        for label, field in zip(
            self._labels, (self.committee_combo, self.role_combo, self.start_edit, self.end_edit), strict=True
        ):
            form.addRow(label, field)
        form.insertRow(2, "", self.voting_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Membership"))
        for label, text in zip(
            self._labels,
            (self.tr("Committee:"), self.tr("Role:"), self.tr("Term starts:"), self.tr("Term ends:")),
            strict=True,
        ):
            label.setText(text)
        self.voting_check.setText(self.tr("Has a voting right"))
        name_fields(form)
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.start_edit.enabled.setText(self.tr("from"))
        self.end_edit.enabled.setText(self.tr("until"))

    def membership(self) -> m.Membership:
        return dataclasses.replace(
            self._membership,
            committee_id=str(self.committee_combo.currentData()),
            role=self.role_combo.value() or m.MemberRole.MEMBER,
            voting=self.voting_check.isChecked(),
            term_start=self.start_edit.value(),
            term_end=self.end_edit.value(),
        )

    def _accept(self) -> None:
        try:
            validate(self.membership())
        except EmeetingError as error:
            self.error.setText(user_message(error))
            self.error.show()
            return
        self.accept()


class PeoplePane(FollowsLanguage, QWidget, DirectoryForm[m.Person]):
    """The people list with search, the person form and the memberships. ``loaded`` fires after each read
    of the directory, ``saved(id)`` when an edit of a person is submitted."""

    loaded = Signal()
    saved = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePane")
        self._start(context)
        # Thai dictionary order (เกษม under ก, not after every consonant), which SQLite's order is not.
        self._collator = QCollator(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))

        # left: search and list
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setObjectName("peopleSearch")
        self.person_list = QTreeWidget(self)
        self.person_list.setObjectName("personList")
        self.person_list.setRootIsDecorated(False)
        self.person_list.setUniformRowHeights(True)
        self.person_list.setAlternatingRowColors(True)
        self.person_list.setColumnCount(4)
        self.person_list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.person_list.header().setStretchLastSection(True)
        self.person_list.setColumnWidth(NAME, 190)
        self.person_list.setColumnWidth(POSITION, 170)
        self.person_list.setColumnWidth(ORGANISATION, 150)
        self.new_button = QPushButton(self)
        self.new_button.setIcon(icon("user-plus"))
        self.delete_button = QPushButton(self)
        self.delete_button.setIcon(icon("trash-2"))
        self.count_label = plain_label(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        self.search_label = find_label(self.search_edit)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.person_list, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.delete_button)
        left_buttons.addStretch(1)
        left_buttons.addWidget(self.count_label)
        left_layout.addLayout(left_buttons)

        # right: the person, then the memberships
        self.person_box = QGroupBox(self)
        self.form = PersonForm([], self.person_box)
        self.error = self.form.error
        form = QFormLayout(self.person_box)
        form.addRow(self.form)
        self.save_button = QPushButton(self.person_box)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.person_box)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.revert_button)
        form_buttons.addWidget(self.save_button)
        form.addRow(form_buttons)

        self.membership_box = QGroupBox(self)
        self.membership_list = QTreeWidget(self.membership_box)
        self.membership_list.setObjectName("membershipList")
        self.membership_list.setRootIsDecorated(False)
        self.membership_list.setColumnCount(4)
        self.membership_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Committees by their short names (the whole name in the tooltip), so that committee, role and vote
        # show whole and nothing scrolls sideways on a laptop.
        header = self.membership_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TERM, QHeaderView.ResizeMode.Stretch)  # (cut last, whole in its tooltip)
        self.membership_list.setMinimumHeight(120)
        self.add_membership_button = QPushButton(self.membership_box)
        self.edit_membership_button = QPushButton(self.membership_box)
        self.remove_membership_button = QPushButton(self.membership_box)
        membership_buttons = QHBoxLayout()
        membership_buttons.addWidget(self.add_membership_button)
        membership_buttons.addWidget(self.edit_membership_button)
        membership_buttons.addWidget(self.remove_membership_button)
        membership_buttons.addStretch(1)
        membership_layout = QVBoxLayout(self.membership_box)
        membership_layout.addWidget(self.membership_list, 1)
        membership_layout.addLayout(membership_buttons)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.person_box)
        right_layout.addWidget(self.membership_box, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.search_edit.textChanged.connect(self._apply_filter)
        self.person_list.currentItemChanged.connect(self._on_selected)
        self.new_button.clicked.connect(self.new_person)
        self.delete_button.clicked.connect(self.delete_person)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self._fill(self._current))
        self.add_membership_button.clicked.connect(self.add_membership)
        self.edit_membership_button.clicked.connect(self.edit_membership)
        self.remove_membership_button.clicked.connect(self.remove_membership)
        self.membership_list.itemDoubleClicked.connect(lambda *_: self.edit_membership())
        self.membership_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        # Keys for the main buttons in every language (a Latin mnemonic serves English only).
        self._keys = {
            self.new_button: press_with(self.new_button, QKeySequence.StandardKey.New),
            self.save_button: press_with(self.save_button, QKeySequence.StandardKey.Save),
        }
        self._begin(context)

    # -- loading ---------------------------------------------------------------------------------------

    def _on_directory(self, directory: Directory) -> None:
        self.form.set_people(directory.people)
        self._show_directory(directory, directory.people, lambda: self._fill_list(directory))
        self._show_memberships()
        self.loaded.emit()

    def _fill_list(self, directory: Directory) -> None:
        self.person_list.blockSignals(True)
        self.person_list.clear()
        for person in sorted(directory.people, key=cmp_to_key(self._compare)):
            item = QTreeWidgetItem([person.display_name, person.position, person.organisation, person.email])
            item.setData(NAME, Qt.ItemDataRole.UserRole, person.id)
            for column in (NAME, POSITION, ORGANISATION, EMAIL):  # the whole text when a column cuts it
                if item.text(column):
                    item.setToolTip(column, html_tooltip(item.text(column)))
            self.person_list.addTopLevelItem(item)
        self.person_list.blockSignals(False)
        self._apply_filter()

    def _compare(self, a: m.Person, b: m.Person) -> int:
        return self._collator.compare(f"{a.first_name} {a.last_name}", f"{b.first_name} {b.last_name}")

    def _apply_filter(self) -> None:
        words = self.search_edit.text().casefold().split()
        people = {p.id: p for p in self._directory.people}
        shown = 0
        for item in top_items(self.person_list):
            person = people.get(item.data(NAME, Qt.ItemDataRole.UserRole))
            hide = person is None or not matches(person, words)
            item.setHidden(hide)
            shown += not hide
        self.count_label.setText(
            self.tr("%n of {total} people", "", shown).format(total=len(people))
            if words
            else self.tr("%n people", "", len(people))
        )

    def visible_names(self) -> list[str]:
        """The names the list shows now, in its order (for tests and the screenshot script)."""
        return [item.text(NAME) for item in top_items(self.person_list) if not item.isHidden()]

    def select(self, person_id: str) -> None:
        for item in top_items(self.person_list):
            if item.data(NAME, Qt.ItemDataRole.UserRole) == person_id:
                self.person_list.blockSignals(True)
                self.person_list.setCurrentItem(item)
                self.person_list.blockSignals(False)
                self._fill(next(p for p in self._directory.people if p.id == person_id))
                return

    def _on_selected(self, item: QTreeWidgetItem | None) -> None:
        person_id = item.data(NAME, Qt.ItemDataRole.UserRole) if item is not None else None
        self._fill(next((p for p in self._directory.people if p.id == person_id), None))

    # -- the person ------------------------------------------------------------------------------------

    def _fill(self, person: m.Person | None) -> None:
        self._current = person
        self.form.set_person(person)
        self.person_box.setTitle(person.display_name if person else self.tr("New person"))
        self._show_memberships()

    def save(self) -> None:
        person = self.form.person()
        people = self._services.people
        if self._store(
            person,
            self.form.problem(),
            self.tr("New person {name}").format(name=person.display_name),
            self.tr("Edit {name}").format(name=person.display_name),
            people.create_person,
            people.update_person,
        ):
            self.saved.emit(person.id)

    def new_person(self) -> None:
        self._start_new(self.person_list, self.form.first_edit)

    def delete_person(self) -> None:
        person = self._current
        if person is None:
            return
        if confirm(
            self,
            self.tr("Delete person"),
            self.tr("Delete {name} and their memberships?").format(name=person.display_name),
        ):
            self.confirm_delete(person)

    def confirm_delete(self, person: m.Person) -> None:
        """Delete without asking (``delete_person`` asks first)."""
        records = self._services.records
        self._history.run(
            self.tr("Delete {name}").format(name=person.display_name),
            lambda: records.delete(m.Person, person.id),
        )
        self._fill(None)

    # -- memberships -----------------------------------------------------------------------------------

    def memberships(self) -> list[MembershipEntry]:
        return self._directory.memberships_of(self._current.id) if self._current else []

    def _show_memberships(self) -> None:
        self.membership_list.clear()
        for entry in self.memberships():
            ms = entry.membership
            term = ""
            if ms.term_start or ms.term_end:
                term = self.tr("{start} – {end}").format(
                    start=labels.short_date(ms.term_start) if ms.term_start else "…",
                    end=labels.short_date(ms.term_end) if ms.term_end else "…",
                )
            item = QTreeWidgetItem(
                [
                    entry.committee.short_name or labels.committee_label(entry.committee),
                    member_role_label(ms.role),
                    self.tr("Votes") if ms.voting else self.tr("No vote"),
                    term,
                ]
            )
            item.setData(COMMITTEE, Qt.ItemDataRole.UserRole, ms.id)
            item.setToolTip(COMMITTEE, html_tooltip(labels.committee_label(entry.committee)))
            item.setToolTip(TERM, html_tooltip(term))
            self.membership_list.addTopLevelItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_person = self._current is not None
        self.delete_button.setEnabled(has_person)
        self.membership_box.setEnabled(has_person)
        self.add_membership_button.setEnabled(has_person and bool(self._directory.committees))
        selected = self.membership_list.currentItem() is not None
        self.edit_membership_button.setEnabled(selected)
        self.remove_membership_button.setEnabled(selected)

    def _selected_membership(self) -> m.Membership | None:
        item = self.membership_list.currentItem()
        if item is None:
            return None
        wanted = item.data(COMMITTEE, Qt.ItemDataRole.UserRole)
        return next((e.membership for e in self.memberships() if e.membership.id == wanted), None)

    def membership_dialog(self, membership: m.Membership) -> MembershipDialog:
        return MembershipDialog(self._directory.committees, membership, self)

    def add_membership(self) -> None:
        if self._current is None or not self._directory.committees:
            return
        dialog = self.membership_dialog(m.Membership(self._directory.committees[0].id, self._current.id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.store_membership(dialog.membership())
        dialog.deleteLater()

    def edit_membership(self) -> None:
        membership = self._selected_membership()
        if membership is None:
            return
        dialog = self.membership_dialog(membership)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.store_membership(dialog.membership())
        dialog.deleteLater()

    def store_membership(self, membership: m.Membership) -> None:
        """Create or change a membership as one undoable step."""
        records = self._services.records
        previous = next((e.membership for e in self.memberships() if e.membership.id == membership.id), None)
        committee = next((c for c in self._directory.committees if c.id == membership.committee_id), None)
        short = committee.short_name if committee else ""
        if previous is None:
            self._history.run(
                self.tr("Add membership in {short}").format(short=short), lambda: records.create(membership)
            )
        elif membership != previous:
            self._history.run(
                self.tr("Edit membership in {short}").format(short=short),
                lambda: records.update(membership, base=previous),
            )

    def remove_membership(self) -> None:
        membership = self._selected_membership()
        if membership is None:
            return
        records = self._services.records
        committee = next((c for c in self._directory.committees if c.id == membership.committee_id), None)
        self._history.run(
            self.tr("Remove membership in {short}").format(short=committee.short_name if committee else ""),
            lambda: records.delete(m.Membership, membership.id),
        )

    # -- messages and language -------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search by name, position, organisation, e-mail…"))
        self.search_label.setText(find_text())
        self.person_list.setHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Organisation"), self.tr("E-mail")]
        )
        self.membership_list.setHeaderLabels(
            [self.tr("Committee"), self.tr("Role"), self.tr("Voting"), self.tr("Term")]
        )
        self.new_button.setText(self.tr("&New person"))
        self.delete_button.setText(self.tr("&Delete"))
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("&Revert"))
        for button, keys in self._keys.items():
            button.setToolTip(shortcut_tooltip(button.text(), keys))
        self.membership_box.setTitle(self.tr("Memberships"))
        self.add_membership_button.setText(self.tr("&Add…"))
        self.edit_membership_button.setText(self.tr("&Edit…"))
        self.remove_membership_button.setText(self.tr("Re&move"))
        if self._current is None:
            self.person_box.setTitle(self.tr("New person"))
        self._apply_filter()
        self._show_memberships()


class PeopleDialog(FollowsLanguage, QDialog):
    """The people pane in a window of its own, reached from the main window's menu."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self.pane = PeoplePane(context, self)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(PageScroll(self.pane, self), 1)  # a laptop at 125 % is shorter than the pane
        layout.addWidget(self.buttons)
        resize_within_screen(self, 1160, 700)
        self.pane.splitter.setSizes([560, 600])
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("People"))
        self.close_button.setText(self.tr("Close"))
