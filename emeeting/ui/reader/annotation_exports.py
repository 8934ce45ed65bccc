"""Out of the app from the reader: "Export my annotated copy…" of the paper open (standard PDF annotations
other readers show) and "Annotation summary (PDF)…" of the meeting, in Thai or English. Written in the
background; success says where the file is, a failure says why (a folder that does not exist, a file that
cannot be written); nothing is left half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.ui.reader.notebook import Notebook
from emeeting.ui.widgets.buttons import dialog_buttons
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.form_rows import labelled_row
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import show_plain_message

if TYPE_CHECKING:
    from emeeting.ui.reader.reader_screen import ReaderScreen

_FOLDER = "reader/export_folder"  # where the last export went: the next one is proposed there


class SummaryDialog(FollowsLanguage, QDialog):
    """The summary's language: the meeting's own unless the reader picks the other."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerSummaryDialog")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("readerSummaryLanguage")
        # Each language named in its own script, as the language menu names them.
        self.language_combo.addItem("ไทย", "th")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.form = QFormLayout()
        labelled_row(self.form, self.language_combo)
        self.buttons = dialog_buttons(
            self, QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._retranslate()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Annotation summary"))
        label = self.form.labelForField(self.language_combo)
        if label is not None:
            label.setText(self.tr("Language:"))  # type: ignore[attr-defined]


class AnnotationExports(QObject):
    """The two exports as actions (``copy_action``, ``summary_action``). ``exported(path)`` fires when a
    file is written, ``export_failed(message)`` when it was not (the message is shown as well).
    ``choose_file(proposed)`` asks where to write (a save dialog; replaceable where none can be answered)."""

    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, context: UiContext, reader: ReaderScreen, notebook: Notebook) -> None:
        super().__init__(reader)
        self._context = context
        self._reader = reader
        self._notebook = notebook
        self._settings: QSettings = context.settings
        self.choose_file: Callable[[str], str] = self._save_dialog
        self.summary_dialog: SummaryDialog | None = None
        self.busy = False
        self._refused: str | None = None  # the paper in the viewer's place said why it is not shown
        self.copy_action = QAction(self)
        self.copy_action.setObjectName("readerExportAnnotatedCopy")
        self.copy_action.triggered.connect(lambda _checked=False: self.start_copy())
        self.summary_action = QAction(self)
        self.summary_action.setObjectName("readerAnnotationSummary")
        self.summary_action.triggered.connect(lambda _checked=False: self.start_summary())
        reader.paper_opened.connect(lambda _id: self._paper_shown(None))
        reader.paper_refused.connect(self._paper_shown)
        reader.meeting_shown.connect(lambda _id: self.update_actions())
        reader.viewer.document_opened.connect(lambda _pages: self.update_actions())
        self.retranslate()
        self.update_actions()

    def update_actions(self) -> None:
        self.copy_action.setEnabled(not self.busy and self._paper() is not None)
        self.summary_action.setEnabled(not self.busy and bool(self._reader.current_meeting_id()))

    def _paper_shown(self, refused: str | None) -> None:
        self._refused = refused
        self.update_actions()

    def _paper(self) -> m.Document | None:
        """The paper open in the viewer; not one closed with a message (past its offline days): what the
        viewer does not show, no copy shows either."""
        paper_id = self._reader.open_paper_id()
        if not paper_id or paper_id == self._refused:
            return None
        return self._reader.paper(paper_id)

    # -- the annotated copy ----------------------------------------------------------------------------

    def start_copy(self) -> None:
        """Ask where to write my annotated copy of the paper open, then write it."""
        paper = self._paper()
        if paper is None or self.busy:
            return
        # A paper sealed here is refused by the service, with its reason: no copy in clear on this laptop.
        stem = Path(paper.file_name or paper.name).stem
        name = self.tr("{paper} with my notes").format(paper=stem) + ".pdf"
        dest = self._ask(name)
        if dest is not None:
            self.write_copy(paper.id, dest)

    def write_copy(self, paper_id: str, dest: Path) -> None:
        annotations = self._context.services.annotations
        owner = self._reader.annotation_owner()
        self._write(lambda: annotations.write_annotated_copy(paper_id, owner=owner, dest=dest), dest)

    # -- the summary -----------------------------------------------------------------------------------

    def start_summary(self) -> None:
        """Ask for the summary's language and where to write it, then write it."""
        meeting_id = self._reader.current_meeting_id()
        if not meeting_id or self.busy:
            return
        data = self._notebook.data
        language = data.language if data is not None and data.meeting_id == meeting_id else "th"
        dialog = SummaryDialog(language, self._reader)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_dialog = dialog
        dialog.accepted.connect(lambda: self._ask_summary_file(meeting_id, dialog.language()))
        dialog.finished.connect(lambda _result: setattr(self, "summary_dialog", None))
        dialog.open()

    def _ask_summary_file(self, meeting_id: str, language: str) -> None:
        dest = self._ask(self.tr("annotation summary") + ".pdf")
        if dest is not None:
            self.write_summary(meeting_id, language, dest)

    def write_summary(self, meeting_id: str, language: str, dest: Path) -> None:
        annotations = self._context.services.annotations
        owner = self._reader.annotation_owner()
        self._write(
            lambda: annotations.write_summary(meeting_id, owner=owner, dest=dest, lang=language), dest
        )

    # -- writing ---------------------------------------------------------------------------------------

    def _ask(self, proposed_name: str) -> Path | None:
        folder = self._settings.value(_FOLDER)
        proposed = str(Path(folder) / proposed_name) if isinstance(folder, str) else proposed_name
        chosen = self.choose_file(proposed)
        if not chosen:
            return None
        dest = Path(chosen)
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_name(f"{dest.name}.pdf")
        self._settings.setValue(_FOLDER, str(dest.parent))
        return dest

    def _write(self, work: Callable[[], int], dest: Path) -> None:
        self.busy = True
        self.update_actions()
        self._status(self.tr("Writing {file}…").format(file=dest.name))
        self._context.runner.read(
            work,
            lambda count: self._done(dest, count),
            lambda _error, message: self._finish_failed(message),
        )

    def _done(self, dest: Path, count: int) -> None:
        self.busy = False
        self.update_actions()
        self._status(self.tr("Wrote {file} (%n annotation(s))", "", count).format(file=str(dest)))
        self.exported.emit(str(dest))

    def _finish_failed(self, message: str) -> None:
        self.busy = False
        self.update_actions()
        self._fail(message)

    def _fail(self, message: str) -> None:
        self._status("")
        self.export_failed.emit(message)
        show_plain_message(self._reader, QMessageBox.Icon.Warning, self.tr("Export"), message)

    def _status(self, text: str) -> None:
        status = getattr(self._reader.window(), "statusBar", None)
        if callable(status):
            status().showMessage(text, 10_000)

    def _save_dialog(self, proposed: str) -> str:
        chosen, _filter = QFileDialog.getSaveFileName(
            self._reader, self.tr("Export"), proposed, self.tr("PDF documents (*.pdf)")
        )
        return chosen

    def retranslate(self) -> None:
        """Called by the widget that shows the actions (a QObject gets no LanguageChange of its own)."""
        self.copy_action.setText(self.tr("Export my annotated copy…"))
        self.copy_action.setToolTip(
            self.tr("The paper open, with your annotations as PDF notes other PDF readers show")
        )
        self.summary_action.setText(self.tr("Annotation summary (PDF)…"))
        self.summary_action.setToolTip(
            self.tr("Every note of yours and those shared with you in this meeting, with their pages")
        )
