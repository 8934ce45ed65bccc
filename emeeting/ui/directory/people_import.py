"""Importing a list of people from a CSV or XLSX file: choose the file, check how its columns map to a
person's fields, see every row's fate, and import the good rows in one undoable step.

Reading the file and checking the rows run in the background; each change of the mapping or the committee
checks the rows again, and only the answer to the latest request is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.interop.people_table import FIELDS, Table, guess_columns
from emeeting.services.people import IMPORTED, Directory, ImportResult, Row, RowCheck, RowStatus
from emeeting.ui.directory.committee_editor import error_label, member_role_label
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import html_tooltip, plain_label
from emeeting.ui.widgets.screen_fit import resize_within_screen
from emeeting.ui.widgets.style import Tone, icon, tone_text_colour
from emeeting.ui.widgets.task_runner import LatestRead, user_message

# Mapping table columns and preview table columns.
HEADER, SAMPLE, TARGET = range(3)
ROW, STATUS, NAME, PROBLEMS, POSITION, ORGANISATION, EMAIL, ROLE = range(8)
_STATUS_TONES = {
    RowStatus.OK: Tone.GOOD,
    RowStatus.NEW_MEMBER: Tone.INFO,
    RowStatus.ERROR: Tone.BAD,
    RowStatus.DUPLICATE: Tone.WARN,
}


def field_label(field: str) -> str:
    names = {
        "full_name": QCoreApplication.translate("PeopleImport", "Full name (title and names)"),
        "title": QCoreApplication.translate("PeopleImport", "Title"),
        "first_name": QCoreApplication.translate("PeopleImport", "First name"),
        "last_name": QCoreApplication.translate("PeopleImport", "Last name"),
        "position": QCoreApplication.translate("PeopleImport", "Position"),
        "organisation": QCoreApplication.translate("PeopleImport", "Organisation"),
        "email": QCoreApplication.translate("PeopleImport", "E-mail"),
        "phone": QCoreApplication.translate("PeopleImport", "Phone"),
        "role": QCoreApplication.translate("PeopleImport", "Role in the committee"),
        "voting": QCoreApplication.translate("PeopleImport", "Voting right"),
        "term_start": QCoreApplication.translate("PeopleImport", "Term starts"),
        "term_end": QCoreApplication.translate("PeopleImport", "Term ends"),
    }
    return names.get(field, field)


def status_label(status: RowStatus) -> str:
    names = {
        RowStatus.OK: QCoreApplication.translate("PeopleImport", "Ready"),
        RowStatus.NEW_MEMBER: QCoreApplication.translate("PeopleImport", "Member only"),
        RowStatus.ERROR: QCoreApplication.translate("PeopleImport", "Error"),
        RowStatus.DUPLICATE: QCoreApplication.translate("PeopleImport", "Duplicate"),
    }
    return names[status]


class PeopleImportDialog(FollowsLanguage, QDialog):
    """``table_read`` fires when a file is read or refused, ``previewed`` when the rows' check is shown,
    ``imported(rows)`` when the good rows are stored (the dialog then closes)."""

    table_read = Signal()
    previewed = Signal()
    imported = Signal(int)

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
        committee_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peopleImportDialog")
        self._services = context.services
        self._runner = context.runner
        self._history = context.history
        self._table: Table | None = None
        self._checks: list[RowCheck] = []
        self._previews = LatestRead(context.runner)  # the rows' check
        self._file_reads = LatestRead(context.runner)
        self._wanted_committee = committee_id or ""
        self._pending: dict[str, Any] | None = None  # the import on its way to the store
        self._path: Path | None = None
        self.import_result: ImportResult | None = None  # what the import stored, once it has

        self.file_box = QGroupBox(self)
        self.file_label = plain_label(self.file_box)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.file_box)
        self.choose_button.setIcon(icon("folder-open"))
        self.file_error = error_label(self.file_box)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        file_layout = QVBoxLayout(self.file_box)
        file_layout.addLayout(file_row)
        file_layout.addWidget(self.file_error)

        self.columns_box = QGroupBox(self)
        self.column_table = QTableWidget(0, 3, self.columns_box)
        self.column_table.setObjectName("columnTable")
        self.column_table.verticalHeader().hide()
        self.column_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.column_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.column_table.horizontalHeader().setSectionResizeMode(HEADER, QHeaderView.ResizeMode.Stretch)
        self.column_table.horizontalHeader().setSectionResizeMode(SAMPLE, QHeaderView.ResizeMode.Stretch)
        # Sized to its combo boxes in _fill_columns: a column sized to contents ignores cell widgets.
        self.column_table.horizontalHeader().setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Fixed)
        self.committee_combo = QComboBox(self.columns_box)
        self.committee_combo.setMinimumContentsLength(30)
        self.committee_label = plain_label(self.columns_box)
        self.committee_label.setBuddy(self.committee_combo)
        committee_row = QHBoxLayout()
        committee_row.addWidget(self.committee_label)
        committee_row.addWidget(self.committee_combo, 1)
        columns_layout = QVBoxLayout(self.columns_box)
        columns_layout.addWidget(self.column_table, 1)
        columns_layout.addLayout(committee_row)

        self.preview_box = QGroupBox(self)
        self.preview_table = QTableWidget(0, 8, self.preview_box)
        self.preview_table.setObjectName("previewTable")
        self.preview_table.verticalHeader().hide()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setWordWrap(True)  # the problems column wraps: its reasons must be read whole
        self.preview_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        for column, width in (
            (ROW, 50),
            (STATUS, 120),
            (NAME, 180),
            (PROBLEMS, 400),
            (POSITION, 150),
            (ORGANISATION, 150),
            (EMAIL, 170),
        ):
            self.preview_table.setColumnWidth(column, width)
        self.summary_label = plain_label(self.preview_box)
        self.summary_label.setWordWrap(True)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview_table, 1)
        preview_layout.addWidget(self.summary_label)

        self.error = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.import_good_rows)
        self.buttons.rejected.connect(self.reject)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.columns_box)
        splitter.addWidget(self.preview_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([260, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 1100, 780)

        self.choose_button.clicked.connect(self.choose_file)
        self.committee_combo.currentIndexChanged.connect(lambda _index: self.refresh_preview())
        context.history.done.connect(self._on_stored)
        context.history.failed.connect(self._on_refused)
        self._retranslate()
        self._runner.read(context.services.people.directory, self._on_directory, self._show_error)

    # -- the file --------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a list of people"),
            str(self._path.parent) if self._path else "",
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read the file in the background; its columns and the rows' check follow."""
        self._path = path
        self.file_label.setText(str(path))
        read_list = self._services.people.read_list
        self._file_reads.read(
            lambda: read_list(path),
            self._on_table,
            lambda _error, message: self._on_table_refused(message),
        )

    def _on_table(self, table: Table) -> None:
        self._table = table
        self._set(self.file_error, "")
        self._fill_columns(table)
        self.table_read.emit()
        self.refresh_preview()

    def _on_table_refused(self, message: str) -> None:
        self._table = None
        self._set(self.file_error, message)
        self.column_table.setRowCount(0)
        self._show_checks([])
        self.table_read.emit()

    def _fill_columns(self, table: Table) -> None:
        guessed = {index: field for field, index in guess_columns(table.header).items()}
        sample = table.rows[0][1] if table.rows else ()
        self.column_table.setRowCount(len(table.header))
        width = self.column_table.horizontalHeader().sectionSizeHint(TARGET)
        for index, header in enumerate(table.header):
            self.column_table.setItem(
                index, HEADER, QTableWidgetItem(header or self.tr("(column {n})").format(n=index + 1))
            )
            self.column_table.setItem(
                index, SAMPLE, QTableWidgetItem(sample[index] if index < len(sample) else "")
            )
            combo = QComboBox(self.column_table)
            combo.addItem(self.tr("(not imported)"), "")
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(guessed.get(index, "")), 0))
            combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
            column = self.column_table.item(index, HEADER)
            combo.setAccessibleName(column.text() if column else "")  # the column it maps, on its row
            self.column_table.setCellWidget(index, TARGET, combo)
            # One height for every row: the combo's (rows sized to contents came out uneven).
            self.column_table.setRowHeight(index, combo.sizeHint().height() + 2)
            width = max(width, combo.sizeHint().width())
        self.column_table.setColumnWidth(TARGET, width + 4)

    def mapping(self) -> dict[str, int]:
        """Field → column index as chosen now (a field chosen twice: the first column)."""
        chosen: dict[str, int] = {}
        for index in range(self.column_table.rowCount()):
            combo = self.column_table.cellWidget(index, TARGET)
            if isinstance(combo, QComboBox) and (field := str(combo.currentData() or "")):
                chosen.setdefault(field, index)
        return chosen

    def set_mapping(self, column: int, field: str) -> None:
        combo = self.column_table.cellWidget(column, TARGET)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(max(combo.findData(field), 0))

    def rows(self) -> list[Row]:
        if self._table is None:
            return []
        chosen = self.mapping()
        return [(number, {f: cells[i] for f, i in chosen.items()}) for number, cells in self._table.rows]

    def committee_id(self) -> str | None:
        return str(self.committee_combo.currentData() or "") or None

    # -- checking --------------------------------------------------------------------------------------

    def _on_directory(self, directory: Directory) -> None:
        current = self.committee_id() or self._wanted_committee
        self.committee_combo.blockSignals(True)
        self.committee_combo.clear()
        self.committee_combo.addItem(self.tr("(none: only add them to the people list)"), "")
        for committee in directory.committees:
            self.committee_combo.addItem(labels.committee_label(committee), committee.id)
        self.committee_combo.setCurrentIndex(max(self.committee_combo.findData(current), 0))
        self.committee_combo.blockSignals(False)
        self.refresh_preview()

    def set_committee(self, committee_id: str | None) -> None:
        self.committee_combo.setCurrentIndex(max(self.committee_combo.findData(committee_id or ""), 0))

    def refresh_preview(self) -> None:
        if self._table is None:
            return
        rows, committee_id = self.rows(), self.committee_id()
        preview = self._services.people.preview
        self.import_button.setEnabled(False)
        self._previews.read(lambda: preview(rows, committee_id), self._on_checks, self._show_error)

    def _on_checks(self, checks: list[RowCheck]) -> None:
        self._show_checks(checks)
        self.previewed.emit()

    def _show_checks(self, checks: list[RowCheck]) -> None:
        self._checks = checks
        table = self.preview_table
        table.setRowCount(len(checks))
        headers = self._table.header if self._table else ()
        chosen = self.mapping()
        for row, check in enumerate(checks):
            person = check.person or m.Person("", "")
            role = member_role_label(check.membership.role) if check.membership else ""
            values = {
                ROW: str(check.row),
                STATUS: status_label(check.status),
                NAME: person.display_name,
                POSITION: person.position,
                ORGANISATION: person.organisation,
                EMAIL: person.email,
                ROLE: role,
                PROBLEMS: "\n".join(
                    self.problem_text(p.field, p.error, headers, chosen) for p in check.problems
                ),
            }
            for column, text in values.items():
                item = QTableWidgetItem(text)
                if column == STATUS or (column == PROBLEMS and check.status is not RowStatus.OK):
                    item.setForeground(QBrush(tone_text_colour(_STATUS_TONES[check.status], table.palette())))
                if column == PROBLEMS and text:
                    item.setToolTip(html_tooltip(*text.split("\n")))  # the file's text, never markup
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        self._update_summary()

    def problem_text(
        self, field: str, error: BaseException, headers: tuple[str, ...], chosen: Mapping[str, int]
    ) -> str:
        """ "อีเมล: malee@ is not an e-mail address": the file's own column name, then the reason."""
        reason = user_message(error)
        if not field:
            return reason
        index = chosen.get(field)
        if index is None and field in ("title", "first_name", "last_name"):
            index = chosen.get("full_name")
        column = (
            headers[index]
            if index is not None and index < len(headers) and headers[index]
            else field_label(field)
        )
        return self.tr("{column}: {reason}").format(column=column, reason=reason)

    def counts(self) -> dict[RowStatus, int]:
        found = dict.fromkeys(RowStatus, 0)
        for check in self._checks:
            found[check.status] += 1
        return found

    def _update_summary(self) -> None:
        counts = self.counts()
        good = counts[RowStatus.OK] + counts[RowStatus.NEW_MEMBER]
        chosen = self.mapping()
        if self._table is not None and "first_name" not in chosen and "full_name" not in chosen:
            hint = self.tr("Choose the column that holds the first names (or the full names).")
        else:
            hint = ""
        summary = self.tr(
            "%n row(s) in the file. New: {ok}; already listed, only made members: {members}; "
            "with errors: {errors}; duplicates: {duplicates}.",
            "",
            len(self._checks),
        ).format(
            ok=counts[RowStatus.OK],
            members=counts[RowStatus.NEW_MEMBER],
            errors=counts[RowStatus.ERROR],
            duplicates=counts[RowStatus.DUPLICATE],
        )
        self.summary_label.setText(" ".join(filter(None, (summary, hint))))
        self.import_button.setText(self.tr("&Import %n row(s)", "", good))
        self.import_button.setEnabled(good > 0 and self._pending is None)

    # -- importing -------------------------------------------------------------------------------------

    def import_good_rows(self) -> None:
        """Store the rows that are ready (checked again against the store) as one undoable step."""
        if self._pending is not None or not any(c.status in IMPORTED for c in self._checks):
            return
        rows, committee_id = self.rows(), self.committee_id()
        people = self._services.people
        outcome: dict[str, Any] = {}

        def create() -> Changes:
            result = people.import_rows(rows, committee_id)
            outcome["result"] = result
            return result.changes

        name = self._path.name if self._path else ""
        self._pending = outcome
        self.import_button.setEnabled(False)
        self._history.run(self.tr("Import people from {file}").format(file=name), create)

    def _on_stored(self, _text: str) -> None:
        if self._pending is None or "result" not in self._pending:
            return
        result: ImportResult = self._pending.pop("result")
        self._pending = None
        self.import_result = result
        self.imported.emit(len(result.rows) - result.skipped)
        self.accept()

    def _on_refused(self, message: str) -> None:
        if self._pending is None:
            return
        self._pending = None
        self._set(self.error, message)
        self.refresh_preview()

    # -- messages and language -------------------------------------------------------------------------

    def _set(self, label: Any, message: str) -> None:
        label.setText(message)
        label.setVisible(bool(message))

    def _show_error(self, _error: BaseException, message: str) -> None:
        self._set(self.error, message)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import people"))
        self.file_box.setTitle(self.tr("1. File (CSV or Excel .xlsx)"))
        if self._path is None:
            self.file_label.setText(self.tr("No file chosen. The first row must hold the column names."))
        self.choose_button.setText(self.tr("&Choose file…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.columns_box.setTitle(self.tr("2. Columns"))
        self.column_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First row"), self.tr("Imports as")]
        )
        self.committee_label.setText(self.tr("Also make them members of:"))
        self.preview_box.setTitle(self.tr("3. Check the rows"))
        headers = {
            ROW: self.tr("Row"),
            STATUS: self.tr("Status"),
            NAME: self.tr("Name"),
            PROBLEMS: self.tr("Problems"),
            POSITION: self.tr("Position"),
            ORGANISATION: self.tr("Organisation"),
            EMAIL: self.tr("E-mail"),
            ROLE: self.tr("Role"),
        }
        self.preview_table.setHorizontalHeaderLabels([headers[column] for column in sorted(headers)])
        for index in range(self.column_table.rowCount()):
            combo = self.column_table.cellWidget(index, TARGET)
            if isinstance(combo, QComboBox):
                for row in range(combo.count()):
                    field = str(combo.itemData(row) or "")
                    combo.setItemText(row, field_label(field) if field else self.tr("(not imported)"))
        if self.committee_combo.count():
            self.committee_combo.setItemText(0, self.tr("(none: only add them to the people list)"))
        self._show_checks(self._checks)  # statuses and reasons in the new language
