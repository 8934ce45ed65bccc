"""The Minutes tab's "Evidence pack…" button: asks for a zip file and writes the meeting's evidence pack
(evidence.json and evidence.pdf, in the meeting's language) in the TaskRunner's pool, as the Export menu
writes documents. The pack only reads the store, so it is offered in a read-only data folder too."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from emeeting.domain.errors import EmeetingError
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import show_plain_message

_FOLDER = "export/folder"  # the folder the Export menu remembers: packs go where documents went


class EvidenceButton(FollowsLanguage, QPushButton):
    """``exported(path)`` when the pack is written, ``export_failed(message)`` when it is not (the message
    is also shown). ``choose_file(proposed)`` asks for the file name (a save dialog; replaceable where no
    dialog can be answered)."""

    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(
        self, context: UiContext, meeting_id: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceButton")
        self._services = context.services
        self._sync = context.sync
        self._runner = context.runner
        self._settings = context.settings
        self._meeting_id = meeting_id
        self._writing = False
        self.choose_file: Callable[[str], str] = self._save_dialog
        self.clicked.connect(self.start)
        self._retranslate()

    @property
    def writing(self) -> bool:
        return self._writing

    def start(self) -> None:
        """Ask for the file, then write the pack of the meeting shown."""
        meeting_id = self._meeting_id()
        if not meeting_id or self._writing:
            return
        folder = self._settings.value(_FOLDER)
        name = self.tr("evidence") + ".zip"
        chosen = self.choose_file(str(Path(folder) / name) if isinstance(folder, str) else name)
        if not chosen:
            return
        dest = Path(chosen)
        if dest.suffix.lower() != ".zip":
            dest = dest.with_name(f"{dest.name}.zip")
        self._settings.setValue(_FOLDER, str(dest.parent))
        self.run(meeting_id, dest)

    def run(self, meeting_id: str, dest: Path) -> None:
        """Write the pack to ``dest`` in the background; the button waits meanwhile."""
        evidence, sync = self._services.evidence, self._sync
        writable = not self._services.store.read_only

        def write() -> Path:
            # The live events this desktop did not follow are fetched first when the server is there, so
            # the pack holds the whole channel; offline it is made from what is kept here.
            if writable and sync is not None and sync.servers():
                with contextlib.suppress(EmeetingError):
                    sync.live_events(meeting_id)
            return evidence.write(meeting_id, dest)

        self._writing = True
        self.setEnabled(False)
        # (a write when it may keep fetched events: never two writes to the store at once)
        (self._runner.write if writable else self._runner.read)(
            write,
            lambda _path: self._finish(dest),
            lambda _error, message: self._finish(dest, message),
        )

    def _finish(self, dest: Path, failure: str | None = None) -> None:
        self._writing = False
        self.setEnabled(bool(self._meeting_id()))
        if failure is not None:
            self.export_failed.emit(failure)
            show_plain_message(self.window(), QMessageBox.Icon.Warning, self.tr("Evidence pack"), failure)
            return
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Wrote {file}").format(file=str(dest)), 8000)
        self.exported.emit(str(dest))

    def _save_dialog(self, proposed: str) -> str:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window(), self.tr("Evidence pack"), proposed, self.tr("Zip archives (*.zip)")
        )
        return chosen

    def _retranslate(self) -> None:
        self.setText(self.tr("Evidence pack…"))
        self.setToolTip(
            self.tr(
                "Save the evidence of the electronic meeting (who joined and checked in, attendance, votes, "
                "the live channel's log, the recording link and the certified minutes' hash) as a zip with "
                "a PDF and its JSON"
            )
        )
