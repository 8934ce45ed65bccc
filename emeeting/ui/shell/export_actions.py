"""The Export menu: the selected meeting's minutes (PDF or DOCX), agenda, invitation and board book.

Each export asks for its options and a file name, then runs in the TaskRunner's pool behind a progress
dialog that can cancel it. The worker never touches widgets: it reports progress into a small locked
holder that a timer on the GUI thread reads, and it looks at a threading.Event to know it should stop.
A cancelled export leaves any existing file as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.ui.widgets.buttons import dialog_buttons
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.form_rows import name_fields
from emeeting.ui.widgets.labels import ui_language
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import one_line, plain_message_box, show_plain_message

_FOLDER = "export/folder"

# What each action writes: its key, the file suffix, and whether it is the board book.
MINUTES_PDF, MINUTES_DOCX, AGENDA, INVITATION, BOOK = (
    "minutes_pdf",
    "minutes_docx",
    "agenda",
    "invitation",
    "book",
)
_SUFFIX = {MINUTES_PDF: "pdf", MINUTES_DOCX: "docx", AGENDA: "pdf", INVITATION: "pdf", BOOK: "pdf"}


@dataclass(frozen=True)
class ExportOptions:
    lang: str = "th"
    thai_digits: bool = False
    reader_id: str | None = None  # board book only: None is the secretariat's copy
    include_top_secret: bool = False


class _Progress:
    """Progress reported from the worker thread, read on the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = (0, 0)

    def set(self, done: int, total: int) -> None:
        with self._lock:
            self._value = (done, total)

    def get(self) -> tuple[int, int]:
        with self._lock:
            return self._value


class ExportOptionsDialog(FollowsLanguage, QDialog):
    """Language and digits for every document; for the board book also the reader and ลับที่สุด papers."""

    def __init__(
        self,
        book: bool,
        readers: list[m.Person],
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        """``language``: the meeting's own ("th" or "en"), offered first; the screen's when not given."""
        super().__init__(parent)
        self.setObjectName("exportOptionsDialog")
        self.language = QComboBox(self)
        self.language.addItem("", "th")
        self.language.addItem("", "en")
        self.language.setCurrentIndex(0 if (language or ui_language()) == "th" else 1)
        self.thai_digits = QCheckBox(self)
        self.reader = QComboBox(self)
        self.top_secret = QCheckBox(self)
        self.reader.addItem("", None)
        for person in readers:
            self.reader.addItem(person.display_name, person.id)
        self.language_label = QLabel(self)
        self.reader_label = QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.language_label, self.language)
        form.addRow(self.thai_digits)
        if book:
            form.addRow(self.reader_label, self.reader)
            form.addRow(self.top_secret)
        else:
            for widget in (self.reader_label, self.reader, self.top_secret):
                widget.hide()
        self.buttons = dialog_buttons(self)
        form.addRow(self.buttons)
        name_fields(form)
        self._book = book
        self._retranslate()

    def options(self) -> ExportOptions:
        reader = self.reader.currentData()
        return ExportOptions(
            lang=str(self.language.currentData()),
            thai_digits=self.thai_digits.isChecked(),
            reader_id=reader if isinstance(reader, str) else None,
            include_top_secret=self.top_secret.isChecked(),
        )

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Board book") if self._book else self.tr("Export"))
        self.language_label.setText(self.tr("Language:"))
        self.language.setItemText(0, self.tr("Thai"))
        self.language.setItemText(1, self.tr("English"))
        self.reader_label.setText(self.tr("Copy for:"))
        self.thai_digits.setText(self.tr("Numbers in Thai digits"))
        self.reader.setItemText(0, self.tr("Secretariat copy (no reader)"))
        self.top_secret.setText(self.tr("Include papers classed ลับที่สุด (only where policy allows)"))


class ExportMenu(FollowsLanguage, QMenu):
    """The Export menu of the main window.

    ``exported(path)`` fires when a file is written, ``export_failed(message)`` when an export fails
    (the message is also shown), ``export_cancelled()`` when the user stops one. ``choose_file`` asks
    for the file name (a save dialog; replaceable where no dialog can be answered). A board book that
    left papers out says which and why (``left_out_box``), and ``left_out([(name, why), …])`` fires.
    """

    exported = Signal(str)
    left_out = Signal(list)
    export_failed = Signal(str)
    export_cancelled = Signal()

    def __init__(
        self,
        context: UiContext,
        meeting_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportMenu")
        self._services = context.services
        self._runner = context.runner
        self._meeting_id = meeting_id
        self._settings = context.settings
        self.choose_file: Callable[[str, str], str] = self._save_dialog
        self.options_dialog: ExportOptionsDialog | None = None
        self.progress: QProgressDialog | None = None
        self.left_out_box: QMessageBox | None = None
        self.actions_by_kind: dict[str, QAction] = {}
        for kind in (MINUTES_PDF, MINUTES_DOCX, AGENDA, INVITATION, BOOK):
            if kind == BOOK:
                self.addSeparator()
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, k=kind: self.start(k))
            self.addAction(action)
            self.actions_by_kind[kind] = action
        self.aboutToShow.connect(self._update_actions)
        self._retranslate()

    # -- asking --------------------------------------------------------------------------------------

    def start(self, kind: str) -> None:
        """Ask for the options of ``kind`` (the meeting's language, and for the board book its readers, are
        read first), then a file."""
        meeting_id = self._meeting_id()
        if not meeting_id or self.progress is not None:
            return
        services = self._services

        def read() -> tuple[str, list[m.Person]]:
            meeting = services.records.get(m.Meeting, meeting_id)
            language = services.records.get(m.Committee, meeting.committee_id).language
            return language, services.board_book.readers(meeting_id) if kind == BOOK else []

        self._runner.read(
            read,
            lambda found: self._ask_options(kind, meeting_id, found[1], found[0]),
            lambda _error, message: self._fail(message),
        )

    def _ask_options(self, kind: str, meeting_id: str, readers: list[m.Person], language: str) -> None:
        # The document is the meeting's: in its own language first, whatever the screen's.
        dialog = ExportOptionsDialog(kind == BOOK, readers, self.parentWidget(), language=language)
        self.options_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._ask_file(kind, meeting_id, dialog.options()))
        dialog.finished.connect(lambda _result: setattr(self, "options_dialog", None))
        dialog.open()

    def _ask_file(self, kind: str, meeting_id: str, options: ExportOptions) -> None:
        suffix = _SUFFIX[kind]
        folder = self._settings.value(_FOLDER)
        name = f"{self._file_stem(kind)}.{suffix}"
        chosen = self.choose_file(str(Path(folder) / name) if isinstance(folder, str) else name, suffix)
        if not chosen:
            return
        dest = Path(chosen)
        if dest.suffix.lower() != f".{suffix}":
            dest = dest.with_name(f"{dest.name}.{suffix}")
        self._settings.setValue(_FOLDER, str(dest.parent))
        self.run(kind, meeting_id, dest, options)

    def _save_dialog(self, proposed: str, suffix: str) -> str:
        kinds = {"pdf": self.tr("PDF documents (*.pdf)"), "docx": self.tr("Word documents (*.docx)")}
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parentWidget(), self.tr("Export"), proposed, kinds[suffix]
        )
        return chosen

    def _file_stem(self, kind: str) -> str:
        names = {
            MINUTES_PDF: self.tr("minutes"),
            MINUTES_DOCX: self.tr("minutes"),
            AGENDA: self.tr("agenda"),
            INVITATION: self.tr("invitation"),
            BOOK: self.tr("board-book"),
        }
        return names[kind]

    # -- running -------------------------------------------------------------------------------------

    def run(self, kind: str, meeting_id: str, dest: Path, options: ExportOptions) -> None:
        """Write ``kind`` of the meeting to ``dest`` in the background, behind a cancellable progress
        dialog."""
        progress = _Progress()
        stop = threading.Event()
        dialog = QProgressDialog(self.parentWidget())
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setLabelText(self.tr("Writing {file}…").format(file=dest.name))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)  # busy until the first step is known
        dialog.canceled.connect(stop.set)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        timer = QTimer(dialog)
        timer.setInterval(100)

        def show_progress() -> None:
            done, total = progress.get()
            if total:
                dialog.setRange(0, total)
                dialog.setValue(done)

        timer.timeout.connect(show_progress)
        timer.start()
        dialog.show()
        self.progress = dialog
        work = self._work(kind, meeting_id, dest, options, progress, stop)
        self._runner.read(
            work,
            lambda result: self._finish(dest, stop, result=result),
            lambda error, message: self._finish(dest, stop, error, message),
        )

    def _work(
        self,
        kind: str,
        meeting_id: str,
        dest: Path,
        options: ExportOptions,
        progress: _Progress,
        stop: threading.Event,
    ) -> Callable[[], object]:
        """The function the pool runs: plain service calls, no widgets."""
        services = self._services
        if kind == BOOK:
            return lambda: services.board_book.write(
                meeting_id,
                dest,
                reader_id=options.reader_id,
                lang=options.lang,
                thai_digits=options.thai_digits,
                include_top_secret=options.include_top_secret,
                progress=progress.set,
                cancelled=stop.is_set,
            )
        from emeeting.services.publishing import DocumentKind, write_atomically

        document = {MINUTES_PDF: DocumentKind.MINUTES, MINUTES_DOCX: DocumentKind.MINUTES}.get(
            kind, DocumentKind.AGENDA if kind == AGENDA else DocumentKind.INVITATION
        )

        def write() -> None:
            data = services.publishing.render(
                document, meeting_id, fmt=_SUFFIX[kind], lang=options.lang, thai_digits=options.thai_digits
            )
            if not stop.is_set():  # rendering cannot be interrupted; a cancelled file is not written
                write_atomically(dest, data)

        return write

    def _finish(
        self,
        dest: Path,
        stop: threading.Event,
        error: BaseException | None = None,
        message: str = "",
        *,
        result: object = None,
    ) -> None:
        cancelled = stop.is_set()  # before closing: closing a progress dialog counts as cancelling it
        if self.progress is not None:
            self.progress.canceled.disconnect(stop.set)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if cancelled:
            self.export_cancelled.emit()
            self._status(self.tr("Export cancelled"))
        elif error is not None:
            self._fail(message)
        else:
            self._status(self.tr("Wrote {file}").format(file=str(dest)))
            self.exported.emit(str(dest))
            omitted = getattr(result, "omitted", ())  # a board book's papers left out: (name, Omission)
            if omitted:
                self._show_left_out(dest, [(name, str(why)) for name, why in omitted])

    def _show_left_out(self, dest: Path, omitted: list[tuple[str, str]]) -> None:
        """Say which papers the board book left out and why, without stopping the user (a window-modal
        note that does not wait)."""
        reasons = {
            "not_pdf": self.tr("not a PDF: convert it to PDF in the Documents tab"),
            "encrypted": self.tr("a PDF locked with a password"),
            "unreadable": self.tr("a PDF that cannot be read"),
            "missing": self.tr("missing or damaged on this computer"),
            "withheld": self.tr("not for this reader"),
            "top_secret": self.tr("classed ลับที่สุด and not released by policy"),
            "sealed": self.tr("kept encrypted on this computer; read it in the app"),
        }
        lines = [f"• {one_line(name)}: {reasons.get(why, why)}" for name, why in omitted]
        text = self.tr("%n paper(s) were left out of {file}:", "", len(omitted)).format(file=dest.name)
        if self.left_out_box is not None:
            self.left_out_box.close()
        box = plain_message_box(
            self.parentWidget(),
            QMessageBox.Icon.Information,
            self.tr("Board book"),
            "\n".join([text, *lines]),
        )
        box.setObjectName("boardBookLeftOut")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "left_out_box", None))
        self.left_out_box = box
        box.open()
        self.left_out.emit(omitted)

    def _fail(self, message: str) -> None:
        self.export_failed.emit(message)
        show_plain_message(self.parentWidget(), QMessageBox.Icon.Warning, self.tr("Export"), message)

    def _status(self, text: str) -> None:
        window = self.parentWidget()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)

    # -- state and language --------------------------------------------------------------------------

    def _update_actions(self) -> None:
        enabled = bool(self._meeting_id()) and self.progress is None
        for action in self.actions_by_kind.values():
            action.setEnabled(enabled)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("E&xport"))
        texts = {
            MINUTES_PDF: self.tr("&Minutes (PDF)…"),
            MINUTES_DOCX: self.tr("Minutes (&Word)…"),
            AGENDA: self.tr("&Agenda (PDF)…"),
            INVITATION: self.tr("&Invitation letter (PDF)…"),
            BOOK: self.tr("&Board book (PDF)…"),
        }
        for kind, action in self.actions_by_kind.items():
            action.setText(texts[kind])
