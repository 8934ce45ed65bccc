"""The projector: a big-screen window on the secretary's PC that shows where the chair is — the item's
number and title, who presents it, and the page of the paper presented, drawn large by QtPdf — and
follows the Meeting day as it moves. It opens full screen on a second screen when there is one, else as a
window the secretary drags there; Esc leaves full screen, F11 enters it again.

Pages are drawn off the GUI thread (``QPdfPageRenderer`` in its threaded mode) at the size they are shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.sync.service import SyncService
from emeeting.ui.documents.paper_access import NotOpened, paper_or_reason
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.style import PROJECTOR_BACKGROUND, PROJECTOR_MUTED, PROJECTOR_TEXT
from emeeting.ui.widgets.task_runner import LatestRead, TaskRunner

# A projector shows light text on a dark room whatever the desktop palette is.
BACKGROUND, TEXT, MUTED = PROJECTOR_BACKGROUND, PROJECTOR_TEXT, PROJECTOR_MUTED
S = TypeVar("S")


@dataclass(frozen=True)
class Projected:
    """What the projector shows: the meeting's heading, the item, and the paper's page (0-based) if one is
    presented."""

    meeting: str
    number: str
    title: str
    presenter: str
    document: m.Document | None = None
    page: int | None = None


def other_screen(screens: Sequence[S], here: S | None) -> S | None:
    """The screen to project on: the first that is not the one the secretary works on (None: only that
    one)."""
    return next((s for s in screens if s is not here), None)


class PageImage(QWidget):
    """One page of a PDF, as large as fits, on the projector's background. ``shown(page)`` once drawn."""

    shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(self.document)
        self._renderer.pageRendered.connect(self._on_rendered)
        self._page: int | None = None
        self._image: QImage | None = None
        self._image_page: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)

    @property
    def page(self) -> int | None:
        return self._page

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def load(self, source: Path | bytes) -> bool:
        self.clear()
        if isinstance(source, Path):
            self.document.load(str(source))
        else:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(source))
            self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        return self.page_count > 0

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._page = self._image = self._image_page = None
        self.update()

    def show_page(self, page: int) -> None:
        if not self.page_count:
            return
        page = max(0, min(page, self.page_count - 1))
        if page == self._page and self._image_page == page:
            return  # drawn already: the Meeting day read again, the chair did not move
        self._page = page
        self._request()

    def _fitted(self) -> QSize:
        """The page's size scaled to fit the widget, in device pixels."""
        assert self._page is not None
        points = self.document.pagePointSize(self._page)
        if points.width() <= 0 or points.height() <= 0:
            return QSize(1, 1)
        ratio = self.devicePixelRatioF()
        scale = min(self.width() / points.width(), self.height() / points.height())
        width, height = points.width() * scale * ratio, points.height() * scale * ratio
        return QSize(max(1, int(width)), max(1, int(height)))

    def _request(self) -> None:
        if self._page is None or self.width() < 2 or self.height() < 2:
            return
        self._renderer.requestPage(self._page, self._fitted(), QPdfDocumentRenderOptions())

    def _on_rendered(self, page: int, _size: QSize, image: QImage, *_rest: object) -> None:
        if page != self._page:
            return  # an older request, answered after the chair moved on
        self._image, self._image_page = image, page
        self.update()
        self.shown.emit(page)

    def shown_page(self) -> int | None:
        """The page drawn now (None: none yet)."""
        return self._image_page if self._image is not None else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._request()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None or self._image_page != self._page:
            return
        painter = QPainter(self)
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left, top = (self.width() - size.width()) // 2, (self.height() - size.height()) // 2
        target = QRect(left, top, size.width(), size.height())
        painter.fillRect(target, Qt.GlobalColor.white)  # a page is paper: QtPdf leaves it transparent
        painter.drawImage(target, self._image)


class ProjectorWindow(FollowsLanguage, QWidget):
    """``show_projected(p)`` shows the chair's place; ``page_shown(page)`` once a presented page is drawn.

    The window is the meeting day's, kept while the Meeting day lives; closing it only hides it."""

    page_shown = Signal(int)

    def __init__(self, runner: TaskRunner, services: Services, sync: SyncService, parent: QWidget) -> None:
        # A window of its own, yet the Meeting day's: it goes with it, and never keeps the application
        # running once the main window is closed.
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"#projectorWindow {{ background-color: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}"
        )
        self._services, self._sync = services, sync
        self._paper_read = LatestRead(runner)
        self._projected: Projected | None = None
        self._document_id: str | None = None  # the paper loaded in ``page_image``
        self._document_sha = ""

        self.meeting_label = plain_label(self)
        self.meeting_label.setObjectName("projectorMeeting")
        self.meeting_label.setStyleSheet(f"color: {MUTED};")
        self.meeting_label.setWordWrap(True)
        self.item_label = plain_label(self)
        self.item_label.setObjectName("projectorItem")
        self.item_label.setWordWrap(True)
        self.presenter_label = plain_label(self)
        self.presenter_label.setObjectName("projectorPresenter")
        self.presenter_label.setStyleSheet(f"color: {MUTED};")
        self.page_image = PageImage(self)
        self.page_image.setObjectName("projectorPage")
        self.page_image.shown.connect(self.page_shown)
        self.page_label = plain_label(self)
        self.page_label.setObjectName("projectorPageNumber")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_label.setStyleSheet(f"color: {MUTED};")
        self.message_label = plain_label(self)
        self.message_label.setObjectName("projectorMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {MUTED};")

        # The item alone (no paper presented): its title large in the middle of the screen.
        self.stage_label = plain_label(self)
        self.stage_label.setObjectName("projectorStage")
        self.stage_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stage_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(8)
        layout.addWidget(self.meeting_label)
        layout.addWidget(self.item_label)
        layout.addWidget(self.presenter_label)
        layout.addWidget(self.page_image, 1)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.stage_label, 1)
        layout.addWidget(self.page_label)
        self.message_label.hide()
        self._show_page_area(False)
        self.resize(1280, 720)
        self._retranslate()

    # -- screens ---------------------------------------------------------------------------------------

    def open_on_best_screen(self) -> None:
        """Full screen on a screen other than the one the secretary works on, when there is one; else a
        window over most of this screen (to drag to the projector's screen, or share)."""
        parent = self.parentWidget()
        here = parent.window().screen() if parent is not None else QGuiApplication.primaryScreen()
        other = other_screen(QGuiApplication.screens(), here)
        if other is not None:
            self.setGeometry(other.geometry())
            self.showFullScreen()
        else:
            area = here.availableGeometry() if here is not None else None
            if area is not None:
                self.resize(int(area.width() * 0.8), int(area.height() * 0.8))
            self.showNormal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Text in proportion to the window: readable from the back of a meeting room at any resolution."""
        height = max(self.height(), 300)
        for label, share, bold in (
            (self.meeting_label, 40, False),
            (self.item_label, 22, True),
            (self.presenter_label, 36, False),
            (self.page_label, 44, False),
            (self.message_label, 30, False),
            (self.stage_label, 12, True),
        ):
            font = label.font()
            font.setPixelSize(max(12, height // share))
            font.setBold(bold)
            label.setFont(font)

    # -- following the chair ---------------------------------------------------------------------------

    @property
    def projected(self) -> Projected | None:
        return self._projected

    def show_projected(self, projected: Projected | None) -> None:
        self._projected = projected
        self._show_texts()
        document = projected.document if projected is not None else None
        if document is None:
            self._paper_read.drop()
            self._document_id, self._document_sha = None, ""
            self.page_image.clear()
            self._show_page_area(False)
            return
        if document.id == self._document_id and document.sha256 == self._document_sha:
            self._go_to_page()
            return
        self._document_id, self._document_sha = document.id, document.sha256
        self.page_image.clear()
        services, sync = self._services, self._sync
        self._paper_read.read(
            lambda: paper_or_reason(services, sync, document),
            lambda content: self._loaded(document, content),
            lambda _e, message: self._show_message(message),
        )

    def _loaded(self, document: m.Document, content: Path | bytes | NotOpened) -> None:
        if isinstance(content, NotOpened) or not self.page_image.load(content):
            self._show_message(self.tr("This paper cannot be shown here."))
            return
        self._go_to_page()

    def _go_to_page(self) -> None:
        projected = self._projected
        if projected is None or projected.document is None or not self.page_image.page_count:
            return
        self._show_page_area(True)
        self.page_image.show_page(projected.page or 0)
        self._show_texts()

    def _show_page_area(self, shown: bool) -> None:
        """The page under the item's heading, or (no paper) the item's title alone, large."""
        self.message_label.hide()
        self.page_image.setVisible(shown)
        self.item_label.setVisible(shown)
        self.stage_label.setVisible(not shown)

    def _show_message(self, message: str) -> None:
        self.page_image.hide()
        self.stage_label.hide()
        self.item_label.show()
        self.message_label.setText(message)
        self.message_label.show()

    def _show_texts(self) -> None:
        projected = self._projected
        if projected is None:
            self.meeting_label.setText("")
            self.item_label.setText("")
            self.stage_label.setText(self.tr("Waiting for the chair"))
            self.presenter_label.setText("")
            self.page_label.setText("")
            return
        self.meeting_label.setText(projected.meeting)
        self.item_label.setText(f"{projected.number} {projected.title}".strip())
        self.stage_label.setText(self.item_label.text())
        self.presenter_label.setText(
            self.tr("Presented by {name}").format(name=projected.presenter) if projected.presenter else ""
        )
        pages = self.page_image.page_count
        if projected.document is not None and pages:
            page = min(projected.page or 0, pages - 1) + 1
            self.page_label.setText(
                self.tr("{paper} · page {page} of {pages}").format(
                    paper=projected.document.name, page=page, pages=pages
                )
            )
        else:
            self.page_label.setText("")

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Projector"))
        self._show_texts()
