"""The in-session screen's dialogs: a vote with its live tally and result, a dissent or a recusal, an
action item, and a substitute sitting in for a member."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.errors import EmeetingError
from emeeting.domain.voting import Tally, decide
from emeeting.ui.directory.person_form import PersonChoice, PersonChoiceDialog
from emeeting.ui.widgets.buttons import dialog_buttons
from emeeting.ui.widgets.fields import DateEdit, EnumCombo, PersonCombo
from emeeting.ui.widgets.form_rows import name_fields
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.screen_fit import resize_within_screen
from emeeting.ui.widgets.task_runner import user_message


def choice_label(choice: m.Choice) -> str:
    return {
        m.Choice.FOR: QCoreApplication.translate("SessionScreen", "For"),
        m.Choice.AGAINST: QCoreApplication.translate("SessionScreen", "Against"),
        m.Choice.ABSTAIN: QCoreApplication.translate("SessionScreen", "Abstain"),
    }[choice]


def rule_label(rule: m.VoteRule) -> str:
    R = m.VoteRule
    return {
        R.MAJORITY_OF_CAST: QCoreApplication.translate("SessionScreen", "Majority of votes cast"),
        R.MAJORITY_OF_PRESENT: QCoreApplication.translate("SessionScreen", "Majority of members present"),
        R.TWO_THIRDS_OF_PRESENT: QCoreApplication.translate("SessionScreen", "Two thirds of members present"),
        R.CUSTOM: QCoreApplication.translate("SessionScreen", "Custom share of members present"),
    }[rule]


def kind_label(kind: m.VoteKind) -> str:
    return {
        m.VoteKind.OPEN: QCoreApplication.translate("SessionScreen", "Open (named)"),
        m.VoteKind.SECRET: QCoreApplication.translate("SessionScreen", "Secret"),
    }[kind]


def result_label(result: m.VoteResult) -> str:
    return {
        m.VoteResult.PENDING: QCoreApplication.translate(
            "SessionScreen", "Tied: needs the chair's casting vote"
        ),
        m.VoteResult.PASSED: QCoreApplication.translate("SessionScreen", "Passed"),
        m.VoteResult.REJECTED: QCoreApplication.translate("SessionScreen", "Not passed"),
    }[result]


class PersonTextDialog(QDialog):
    """A person and a text: a dissent with its reasons, a recusal with its reason. Nobody is chosen at
    first: a record names a member only when the secretary picks one."""

    def __init__(
        self, people: Sequence[m.Person], title: str, text_label: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("personTextDialog")
        self.setWindowTitle(title)
        self.person_combo = PersonCombo(lambda: self.tr("Choose a member"), self)
        self.person_combo.set_people(people)
        self.person_combo.setCurrentIndex(0)
        self.text_edit = QPlainTextEdit(self)
        self.buttons = dialog_buttons(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Member"), self.person_combo)
        form.addRow(text_label, self.text_edit)
        form.addRow(self.buttons)
        self.person_combo.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.person_combo.person_id() is not None
        )


class ActionDialog(QDialog):
    """An action item: what, who, by when."""

    def __init__(self, people: Sequence[m.Person], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("Action item"))
        self.title_edit = QLineEdit(self)
        self.person_combo = PersonCombo(lambda: self.tr("Nobody yet"), self)
        self.person_combo.set_people(people)
        self.due_box = QCheckBox(self.tr("Due by"), self)
        self.due_edit = DateEdit(self)
        self.due_edit.setDate(QDate(today.year, today.month, today.day))
        self.due_edit.setEnabled(False)
        self.due_box.toggled.connect(self.due_edit.setEnabled)
        self.buttons = dialog_buttons(self)
        self.title_edit.textChanged.connect(self._update)
        form = QFormLayout(self)
        form.addRow(self.tr("Action"), self.title_edit)
        form.addRow(self.tr("Assignee"), self.person_combo)
        form.addRow(self.due_box, self.due_edit)
        form.addRow(self.buttons)
        name_fields(form)
        self._update()

    def due(self) -> date | None:
        if not self.due_box.isChecked():
            return None
        d = self.due_edit.date()
        return date(d.year(), d.month(), d.day())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.title_edit.text().strip())
        )


class SessionSubstituteDialog(PersonChoiceDialog):
    """Who sits in for the member: someone already known (``choices``), or a new person entered here and
    checked against the directory (``people``)."""

    def __init__(
        self,
        member: m.Person,
        people: Sequence[m.Person],
        choices: Sequence[m.Person],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSubstituteDialog")
        self.setWindowTitle(self.tr("Substitute for {name}").format(name=member.display_name))
        self._people = {p.id: p for p in people}
        self.choice = PersonChoice(people, choices, self)
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.buttons)
        self._watch_choice()

    def substitute(self) -> tuple[m.Person | None, bool]:
        """The person chosen, and whether they are new."""
        if self.choice.is_new():
            return self.choice.new_person(), True
        person_id = self.choice.person_combo.person_id()
        return (self._people[person_id] if person_id else None), False


class VoteDialog(QDialog):
    """A vote: question, open or secret, the rule, each member's choice (or the secret counts), the chair's
    casting vote; the tally and the result are shown live as the domain decides them."""

    def __init__(self, voters: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voteDialog")
        self.setWindowTitle(self.tr("Vote"))
        self._voters = list(voters)
        self.question_edit = QLineEdit(self)
        self.kind_combo = EnumCombo(m.VoteKind, kind_label, parent=self)
        self.rule_combo = EnumCombo(m.VoteRule, rule_label, parent=self)
        self.custom_num = QSpinBox(self)
        self.custom_num.setRange(1, 99)
        self.custom_num.setValue(3)
        self.custom_den = QSpinBox(self)
        self.custom_den.setRange(1, 99)
        self.custom_den.setValue(5)
        custom = QHBoxLayout()
        custom.addWidget(self.custom_num)
        slash = plain_label(self)
        slash.setText("/")
        custom.addWidget(slash)
        custom.addWidget(self.custom_den)
        self.ballots = QTableWidget(len(self._voters), 2, self)
        self.ballots.setObjectName("ballotTable")
        self.ballots.verticalHeader().hide()
        self.ballots.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ballots.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Vote")])
        self.choice_combos: dict[str, QComboBox] = {}
        for row, (seat, name) in enumerate(self._voters):
            cell = QTableWidgetItem(name)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.ballots.setItem(row, 0, cell)
            combo = QComboBox(self.ballots)
            combo.addItem(self.tr("Did not vote"), "")
            for choice in m.Choice:
                combo.addItem(choice_label(choice), choice.value)
            combo.currentIndexChanged.connect(self._update)
            combo.setAccessibleName(f"{self.tr('Vote')} · {name}")  # seen as the name's row, Vote column
            self.ballots.setCellWidget(row, 1, combo)
            self.choice_combos[seat] = combo
        self.all_for_button = QPushButton(self.tr("Everyone for"), self)
        self.all_for_button.clicked.connect(self._all_for)
        self.secret_for, self.secret_against, self.secret_abstain = (QSpinBox(self) for _ in range(3))
        for spin in (self.secret_for, self.secret_against, self.secret_abstain):
            spin.setRange(0, 999)
            spin.valueChanged.connect(self._update)
        self.casting_combo = QComboBox(self)
        self.casting_combo.addItem(self.tr("None"), "")
        self.casting_combo.addItem(choice_label(m.Choice.FOR), m.Choice.FOR.value)
        self.casting_combo.addItem(choice_label(m.Choice.AGAINST), m.Choice.AGAINST.value)
        self.result_label = plain_label(self)
        self.result_label.setObjectName("voteResult")
        self.buttons = dialog_buttons(self)

        form = QFormLayout(self)
        form.addRow(self.tr("Question"), self.question_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Rule"), self.rule_combo)
        form.addRow(self.tr("Custom share"), custom)
        form.addRow(self.ballots)
        form.addRow(self.all_for_button)
        form.addRow(self.tr("For (secret)"), self.secret_for)
        form.addRow(self.tr("Against (secret)"), self.secret_against)
        form.addRow(self.tr("Abstain (secret)"), self.secret_abstain)
        form.addRow(self.tr("Chair's casting vote"), self.casting_combo)
        form.addRow(self.result_label)
        form.addRow(self.buttons)
        name_fields(form)
        self._form = form
        for signal in (
            self.kind_combo.currentIndexChanged,
            self.rule_combo.currentIndexChanged,
            self.custom_num.valueChanged,
            self.custom_den.valueChanged,
            self.casting_combo.currentIndexChanged,
            self.question_edit.textChanged,
        ):
            signal.connect(self._update)
        resize_within_screen(self, 560, 640)
        self._update()

    def set_choice(self, seat: str, choice: m.Choice | None) -> None:
        combo = self.choice_combos[seat]
        combo.setCurrentIndex(max(combo.findData(choice.value if choice else ""), 0))

    def _all_for(self) -> None:
        for seat in self.choice_combos:
            self.set_choice(seat, m.Choice.FOR)

    def choices(self) -> dict[str, m.Choice]:
        return {
            seat: m.Choice(combo.currentData())
            for seat, combo in self.choice_combos.items()
            if combo.currentData()
        }

    def tally(self) -> Tally:
        if self.kind_combo.value() is m.VoteKind.SECRET:
            return Tally(self.secret_for.value(), self.secret_against.value(), self.secret_abstain.value())
        values = list(self.choices().values())
        return Tally(
            values.count(m.Choice.FOR), values.count(m.Choice.AGAINST), values.count(m.Choice.ABSTAIN)
        )

    def vote(self, meeting_id: str, item_id: str) -> tuple[m.Vote, dict[str, m.Choice]]:
        kind = self.kind_combo.value() or m.VoteKind.OPEN
        tally = self.tally()
        casting = self.casting_combo.currentData()
        vote = m.Vote(
            meeting_id,
            item_id,
            self.question_edit.text().strip(),
            kind=kind,
            rule=self.rule_combo.value() or m.VoteRule.MAJORITY_OF_CAST,
            custom_num=self.custom_num.value(),
            custom_den=self.custom_den.value(),
            votes_for=tally.for_,
            votes_against=tally.against,
            abstentions=tally.abstain,
            casting_vote=m.Choice(casting) if casting else None,
        )
        return vote, self.choices() if kind is m.VoteKind.OPEN else {}

    def _update(self) -> None:
        secret = self.kind_combo.value() is m.VoteKind.SECRET
        self.ballots.setVisible(not secret)
        self.all_for_button.setVisible(not secret)
        for spin in (self.secret_for, self.secret_against, self.secret_abstain):
            spin.setVisible(secret)
            label = self._form_label(spin)
            if label is not None:
                label.setVisible(secret)
        custom = self.rule_combo.value() is m.VoteRule.CUSTOM
        self.custom_num.setEnabled(custom)
        self.custom_den.setEnabled(custom)
        tally = self.tally()
        casting = self.casting_combo.currentData()
        fraction = Fraction(self.custom_num.value(), self.custom_den.value()) if custom else None
        ok = bool(self.question_edit.text().strip())
        try:
            result = decide(
                self.rule_combo.value() or m.VoteRule.MAJORITY_OF_CAST,
                tally,
                len(self._voters),
                m.Choice(casting) if casting else None,
                fraction,
            )
            text = self.tr("For {for_}, against {against}, abstain {abstain}: {result}").format(
                for_=tally.for_, against=tally.against, abstain=tally.abstain, result=result_label(result)
            )
        except EmeetingError as error:
            text, ok = user_message(error), False
        self.result_label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _form_label(self, field: QWidget) -> QWidget | None:
        form = getattr(self, "_form", None)
        return form.labelForField(field) if form is not None else None
