"""A person's details as one form, and the choice between someone in the list and a new person.

The People dialog edits people with PersonForm; the Invitees dialogs and the Meeting day's substitute
dialog enter a guest, presenter or substitute who is not in the directory yet with PersonChoice. The
rules are the ones every stored person meets (domain.validation.check_person), plus what a secretary
expects of a directory: a last name, and no two people with the same e-mail address.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.errors import EmeetingError
from emeeting.domain.validation import check_person
from emeeting.ui.directory.committee_editor import error_label
from emeeting.ui.widgets.fields import PersonCombo, TitleCombo
from emeeting.ui.widgets.form_rows import name_fields
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.task_runner import user_message


class PersonForm(FollowsLanguage, QWidget):
    """A person's details, checked as they are typed: what is wrong shows under the form. ``people`` are
    the directory's (for the e-mail check); ``set_person`` shows one to edit, else the form is a new
    person. ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, people: Sequence[m.Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self._people = list(people)
        self._base = m.Person("", "")  # the person shown; a new one keeps its id however often it is read
        self._filling = False
        self.title_combo = TitleCombo(self)
        self.title_combo.setCurrentIndex(-1)
        self.first_edit = QLineEdit(self)
        self.last_edit = QLineEdit(self)
        self.position_edit = QLineEdit(self)
        self.organisation_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        fields: list[QWidget] = [
            self.title_combo,
            self.first_edit,
            self.last_edit,
            self.position_edit,
            self.organisation_edit,
            self.email_edit,
            self.phone_edit,
        ]
        self._labels = [plain_label(self) for _ in fields]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self._labels, fields, strict=True):
            form.addRow(label, field)
        name_fields(form)
        self.error = error_label(self)
        form.addRow(self.error)
        self.title_combo.currentTextChanged.connect(self._edited)
        for edit in fields[1:]:
            assert isinstance(edit, QLineEdit)
            edit.textChanged.connect(self._edited)
        self._retranslate()

    def set_people(self, people: Sequence[m.Person]) -> None:
        self._people = list(people)

    def set_person(self, person: m.Person | None) -> None:
        """Show ``person`` to edit, or an empty form for a new one; no problem is shown until an edit."""
        self._base = person or m.Person("", "")
        self._filling = True
        self.title_combo.setEditText(self._base.title)
        for edit, value in (
            (self.first_edit, self._base.first_name),
            (self.last_edit, self._base.last_name),
            (self.position_edit, self._base.position),
            (self.organisation_edit, self._base.organisation),
            (self.email_edit, self._base.email),
            (self.phone_edit, self._base.phone),
        ):
            edit.setText(value)
        self._filling = False
        self.error.hide()

    def person(self) -> m.Person:
        """The person as edited (the shown one's id and other fields kept)."""

        def text(value: str) -> str:
            return " ".join(value.split())

        return dataclasses.replace(
            self._base,
            first_name=text(self.first_edit.text()),
            last_name=text(self.last_edit.text()),
            title=text(self.title_combo.currentText()),
            position=text(self.position_edit.text()),
            organisation=text(self.organisation_edit.text()),
            email=self.email_edit.text().strip(),
            phone=text(self.phone_edit.text()),
        )

    def problem(self) -> str:
        """What must be fixed before the person can be stored; "" when nothing."""
        person = self.person()
        try:
            check_person(person)
        except EmeetingError as error:
            return user_message(error)
        if not person.last_name:
            return self.tr("A person needs a last name.")
        email = person.email.casefold()
        other = next(
            (p for p in self._people if email and p.id != person.id and p.email.casefold() == email), None
        )
        if other is not None:
            return self.tr("{name} already has the e-mail address {email}.").format(
                name=other.display_name, email=person.email
            )
        return ""

    def show_problem(self) -> bool:
        """Show what is wrong, if anything; True when the person can be stored."""
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        return not problem

    def _edited(self) -> None:
        if self._filling:
            return
        self.show_problem()
        self.changed.emit()

    def _retranslate(self) -> None:
        texts = (
            self.tr("Title:"),
            self.tr("First name:"),
            self.tr("Last name:"),
            self.tr("Position:"),
            self.tr("Organisation:"),
            self.tr("E-mail:"),
            self.tr("Phone:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        if self.error.isVisible():
            self.show_problem()


class PersonChoice(FollowsLanguage, QWidget):
    """Someone already in the list (``choices``), or a new person entered on the spot. ``changed`` fires
    when the choice or the new person's details change."""

    changed = Signal()

    def __init__(
        self, people: Sequence[m.Person], choices: Sequence[m.Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.existing_radio = QRadioButton(self)
        self.existing_radio.setObjectName("existingPerson")
        self.new_radio = QRadioButton(self)
        self.new_radio.setObjectName("newPerson")
        self.person_combo = PersonCombo(None, self)
        self.person_combo.set_people(choices)
        self.form = PersonForm(people, self)
        self.form.setContentsMargins(24, 0, 0, 0)  # under the choice it belongs to
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The choice's button is the picker's label (a form row), so the picker is named by it.
        self.existing_row = QFormLayout()
        self.existing_row.addRow(self.existing_radio, self.person_combo)
        layout.addLayout(self.existing_row)
        layout.addWidget(self.new_radio)
        layout.addWidget(self.form)
        # Nobody left to pick: a new person is the only choice.
        self.existing_radio.setEnabled(bool(choices))
        (self.existing_radio if choices else self.new_radio).setChecked(True)
        self.new_radio.toggled.connect(self._chosen)
        self.form.changed.connect(self.changed)
        self._chosen()
        self._retranslate()

    def is_new(self) -> bool:
        return self.new_radio.isChecked()

    def new_person(self) -> m.Person | None:
        """The new person to store, when that is the choice (and their details are good)."""
        return self.form.person() if self.is_new() and not self.form.problem() else None

    def ready(self) -> bool:
        return not self.form.problem() if self.is_new() else self.person_combo.person_id() is not None

    def _chosen(self) -> None:
        self.person_combo.setEnabled(not self.is_new())
        self.form.setVisible(self.is_new())
        if self.is_new():
            self.form.show_problem()
            self.form.first_edit.setFocus()
        self.changed.emit()

    def _retranslate(self) -> None:
        self.existing_radio.setText(self.tr("Someone already in the list"))
        self.new_radio.setText(self.tr("A new person"))
        name_fields(self.existing_row)


class PersonChoiceDialog(QDialog):
    """A dialog around a PersonChoice: OK only when the choice can be stored, and a new person's
    problems refused (and shown) rather than accepted."""

    choice: PersonChoice
    buttons: QDialogButtonBox

    def _watch_choice(self) -> None:
        self.choice.changed.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.choice.ready())
        if self.isVisible() and (layout := self.layout()) is not None:
            self.choice.updateGeometry()  # the new person's form was just shown or hidden
            layout.activate()
            self.resize(self.width(), self.sizeHint().height())

    def accept(self) -> None:
        if self.choice.is_new() and not self.choice.form.show_problem():
            return
        if self.choice.ready():
            super().accept()
