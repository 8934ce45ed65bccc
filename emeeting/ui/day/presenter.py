"""Presenting a paper on the meeting day: the paper in the PDF viewer, in its own window beside the Meeting
day; each page turned here is the chair's page (``page_changed``), which the projector and the members'
readers follow. Closing the window ends the presentation (``closed``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.sync.service import SyncService
from emeeting.ui.documents.paper_access import NotOpened, PaperNotices, paper_or_reason
from emeeting.ui.documents.pdf_viewer import PdfViewer
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.task_runner import LatestRead, TaskRunner


class PresenterWindow(FollowsLanguage, QWidget):
    """``present(paper)`` opens a paper at its first page; ``opened(paper id)`` once it is shown,
    ``page_changed(page)`` (from 0) for every page shown after that, ``closed()`` when the secretary
    closes the window."""

    opened = Signal(str)
    page_changed = Signal(int)
    closed = Signal()

    def __init__(self, runner: TaskRunner, services: Services, sync: SyncService, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self._services, self._sync = services, sync
        self._read = LatestRead(runner)
        self._notices = PaperNotices(self)
        self._paper: m.Document | None = None
        self.viewer = PdfViewer(runner, self)
        self.viewer.setObjectName("presenterViewer")
        self.viewer.navigator.currentPageChanged.connect(self._on_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.viewer)
        self.resize(900, 700)
        self._retranslate()

    @property
    def paper(self) -> m.Document | None:
        return self._paper

    def present(self, paper: m.Document) -> None:
        self._paper = paper
        self.viewer.clear(self.tr("Opening {paper}…").format(paper=paper.name))
        self._retranslate()
        services, sync = self._services, self._sync
        self._read.read(
            lambda: paper_or_reason(services, sync, paper),
            lambda content: self._show(paper, content),
            lambda _e, message: self.viewer.clear(message),
        )

    def _show(self, paper: m.Document, content: Path | bytes | NotOpened) -> None:
        if isinstance(content, NotOpened):
            self.viewer.clear(self._notices.text(content))
            return
        shown = self.viewer.open_document(
            content, paper.name, file_name=paper.file_name, mime_type=paper.mime_type
        )
        if shown:
            if isinstance(content, bytes):  # sealed here: no copy in clear for the system's viewer
                self.viewer.external_action.setEnabled(False)
            self.opened.emit(paper.id)

    def current_page(self) -> int:
        return self.viewer.current_page()

    def go_to_page(self, page: int) -> None:
        self.viewer.go_to_page(page)

    def _on_page(self, page: int) -> None:
        if self._paper is not None and self.viewer.page_count:
            self.page_changed.emit(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self._read.drop()
        self.viewer.clear()
        self._paper = None
        self.closed.emit()

    def _retranslate(self) -> None:
        paper = self._paper
        self.setWindowTitle(
            self.tr("Presenting: {paper}").format(paper=paper.name) if paper else self.tr("Presenting")
        )
