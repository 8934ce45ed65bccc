"""The document viewer: one stored document on QtPdf, with page thumbnails, zoom, page navigation and find.

It opens only documents the store accepted (intake checked them in a guarded child process); what it shows
is still treated as untrusted: a file QtPdf cannot read gives a one-line message, never a crash. Pages and
thumbnails are rendered on QtPdf's own render threads, so nothing here blocks the GUI thread for long.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QElapsedTimer,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    QTemporaryDir,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.style import PAPER_EDGE, WATERMARK, heading_font, icon, show_shortcuts, toolbar
from emeeting.ui.widgets.task_runner import TaskRunner

PDF = "application/pdf"
THUMB_WIDTH = 110
THUMB_CACHE = 240  # thumbnails kept in memory; a 1,000-page document must not hold a thousand images
THUMB_DELAY_MS = 120  # the first page gets QtPdf's attention before the thumbnails do
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.1, 8.0
SEARCH_SLICE_MS = 8  # searching pages for at most this long per turn of the event loop
FOUND_MARGIN_PT = 72  # a search hit is shown this far (an inch) below the top of the view
CONTINUOUS_MAX_PAGES = 300  # longer documents open one page at a time (see open_document)


WATERMARK_COLOR = QColor(*WATERMARK)  # the printed board book's red, about as faint
WATERMARK_ANGLE = -30.0
WATERMARK_GAP = 64  # pixels between repeats: any part of a screenshot larger than a few lines holds one


class PageView(QPdfView):
    """QPdfView that says when it has painted, so that timing and tests can wait for the page; with a
    watermark (``set_watermark``) its text is painted over the pages, diagonal, faint and repeated over the
    whole view, so that a screenshot of any part of a confidential paper names its reader."""

    painted = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._watermark: str | None = None

    @property
    def watermark(self) -> str | None:
        return self._watermark

    def set_watermark(self, text: str | None) -> None:
        self._watermark = text or None
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Pages scrolled continuously keep the page on screen when the view changes size (fit to width
        makes every page taller or shorter, which would otherwise scroll another page into view)."""
        navigator = self.pageNavigator()
        page = navigator.currentPage()
        super().resizeEvent(event)
        if self.pageMode() == QPdfView.PageMode.MultiPage and navigator.currentPage() != page:
            navigator.jump(page, QPointF(), navigator.currentZoom())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._watermark:
            self._paint_watermark()
        self.painted.emit()

    def _paint_watermark(self) -> None:
        viewport = self.viewport()
        painter = QPainter(viewport)
        try:
            font = painter.font()
            font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.8)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(WATERMARK_COLOR)
            metrics = painter.fontMetrics()
            step_x = metrics.horizontalAdvance(self._watermark or "") + WATERMARK_GAP
            step_y = metrics.height() * 3
            # Rotated about the centre: tiles over the diagonal of the view cover every corner of it.
            reach = int((viewport.width() ** 2 + viewport.height() ** 2) ** 0.5) + step_x
            painter.translate(viewport.width() / 2, viewport.height() / 2)
            painter.rotate(WATERMARK_ANGLE)
            for row, y in enumerate(range(-reach, reach, step_y)):
                shift = (row % 2) * step_x // 2  # rows staggered, as a brick wall: no clear diagonal lane
                for x in range(-reach - shift, reach, step_x):
                    painter.drawText(x, y, self._watermark or "")
        finally:
            painter.end()


class ThumbnailModel(QAbstractListModel):
    """One row per page; a page's thumbnail is rendered (off the GUI thread) when a view first asks for it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: QPdfDocument | None = None
        self._pages = 0
        self._images: dict[int, QImage] = {}  # insertion order = age, for the cache limit
        self._requested: set[int] = set()
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.pageRendered.connect(self._on_rendered)
        self._placeholder = QImage()

    def set_document(self, document: QPdfDocument | None) -> None:
        self.beginResetModel()
        self._document = document
        self._pages = document.pageCount() if document is not None else 0
        self._images.clear()
        self._requested.clear()
        self._renderer.setDocument(document)  # type: ignore[arg-type]  # None detaches it
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._pages

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or self._document is None:
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(page + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            image = self._images.get(page)
            if image is not None:
                return image
            if page not in self._requested:
                self._requested.add(page)
                self._renderer.requestPage(page, self.thumbnail_size(page), QPdfDocumentRenderOptions())
            return self._blank(page)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Page {page}").format(page=page + 1)
        return None

    def thumbnail_size(self, page: int) -> QSize:
        assert self._document is not None
        points = self._document.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            return QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.414))
        return QSize(THUMB_WIDTH, max(1, round(THUMB_WIDTH * points.height() / points.width())))

    def _blank(self, page: int) -> QImage:
        size = self.thumbnail_size(page)
        if self._placeholder.size() != size:
            self._placeholder = QImage(size, QImage.Format.Format_RGB32)
            self._placeholder.fill(Qt.GlobalColor.white)
            painter = QPainter(self._placeholder)
            painter.setPen(QColor(PAPER_EDGE))
            painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
            painter.end()
        return self._placeholder

    def _on_rendered(
        self, page: int, _size: QSize, image: QImage, _options: object, _request_id: int
    ) -> None:
        if page not in self._requested or page >= self._pages:
            return  # for a document no longer shown
        self._requested.discard(page)
        # QtPdf renders onto transparency: put the page on white paper, with an edge to see it by.
        framed = QImage(image.size(), QImage.Format.Format_RGB32)
        framed.fill(Qt.GlobalColor.white)
        painter = QPainter(framed)
        painter.drawImage(0, 0, image)
        painter.setPen(QColor(PAPER_EDGE))
        painter.drawRect(0, 0, framed.width() - 1, framed.height() - 1)
        painter.end()
        self._images[page] = framed
        while len(self._images) > THUMB_CACHE:
            del self._images[next(iter(self._images))]
        self.dataChanged.emit(self.index(page), self.index(page), [Qt.ItemDataRole.DecorationRole])


class PdfViewer(FollowsLanguage, QWidget):
    """Shows one document: ``open_document(source, title)`` with the stored content as a path or bytes.

    ``document_opened(pages)`` fires when a PDF is on screen (its first page on its way from the render
    thread), ``open_failed(message)`` when the content cannot be shown.
    """

    document_opened = Signal(int)
    open_failed = Signal(str)
    external_opened = Signal(str)  # the temporary file handed to the system's viewer

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._source: Path | bytes | None = None
        self._buffer: QBuffer | None = None  # QPdfDocument reads bytes through it while it is open
        self._title = ""
        self._file_name = ""
        self._message = ""
        self._temp: QTemporaryDir | None = None

        self.document = QPdfDocument(self)
        self.page_view = PageView(self)
        self.page_view.setObjectName("pageView")
        self.page_view.setPageMode(QPdfView.PageMode.SinglePage)
        self.page_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # A scroll bar that comes and goes changes the width that fit-width zooms to, which can show or
        # hide the scroll bar again, for ever: keep it.
        self.page_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.page_view.setDocument(self.document)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.page_view.setSearchModel(self.search_model)
        self.navigator = self.page_view.pageNavigator()

        self.thumbnails = ThumbnailModel(self)
        self.thumbnail_list = QListView(self)
        self.thumbnail_list.setObjectName("thumbnails")
        self.thumbnail_list.setModel(self.thumbnails)
        self.thumbnail_list.setViewMode(QListView.ViewMode.IconMode)  # the page number under its image
        self.thumbnail_list.setFlow(QListView.Flow.TopToBottom)
        self.thumbnail_list.setWrapping(False)
        self.thumbnail_list.setMovement(QListView.Movement.Static)
        self.thumbnail_list.setUniformItemSizes(True)  # sizing a thousand rows would block
        self.thumbnail_list.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.42)))
        self.thumbnail_list.setSpacing(6)
        self.thumbnail_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.thumbnail_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.thumbnail_list.setMinimumWidth(THUMB_WIDTH + 40)
        self.thumbnail_list.setMaximumWidth(THUMB_WIDTH + 80)
        self.thumbnail_list.clicked.connect(lambda index: self.go_to_page(index.row()))
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(THUMB_DELAY_MS)
        self._thumb_timer.timeout.connect(self._show_thumbnails)
        self._search_next_page = 0
        self._found_page: int | None = None  # a search hit's page (from 0; -1: any) to show once searched
        self._search_timer = QTimer(self)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._search_some_pages)

        self._build_toolbar()

        self.placeholder = plain_label(self)
        self.placeholder.setObjectName("viewerPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.title_label = plain_label(self)
        self.title_label.setObjectName("viewerTitle")
        self.title_label.setFont(heading_font(self.title_label.font(), 1.15))
        self.title_label.setContentsMargins(4, 2, 4, 0)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        pages = QSplitter(Qt.Orientation.Horizontal, self)
        pages.addWidget(self.thumbnail_list)
        pages.addWidget(self.page_view)
        pages.setStretchFactor(1, 1)
        pages.setChildrenCollapsible(False)
        pages.setSizes([THUMB_WIDTH + 40, 10 * THUMB_WIDTH])  # thumbnails narrow, the page gets the rest
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(pages)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.stack, 1)

        self.navigator.currentPageChanged.connect(self._on_page_changed)
        self.search_model.countChanged.connect(self._update_find_label)
        self.page_view.currentSearchResultIndexChanged.connect(self._update_find_label)
        self._retranslate()
        self.external_action.setEnabled(False)
        self._show_message("")

    # -- building --------------------------------------------------------------------------------------

    def _action(self, icon_name: str, shortcut: QKeySequence.StandardKey | None) -> QAction:
        """An action of this widget with its bundled icon; its words and shortcut go to the tooltip."""
        action = QAction(icon(icon_name), "", self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        self.toolbar = toolbar(self, "viewerToolbar", text=False)
        K = QKeySequence.StandardKey
        self.previous_action = self._action("chevron-left", K.MoveToPreviousPage)
        self.previous_action.triggered.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_action = self._action("chevron-right", K.MoveToNextPage)
        self.next_action.triggered.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("pageBox")
        self.page_box.setKeyboardTracking(False)
        self.page_box.setRange(1, 1)
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_total = plain_label(self)
        self.zoom_out_action = self._action("zoom-out", K.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_action = self._action("zoom-in", K.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_width_action = self._action("move-horizontal", None)
        self.fit_width_action.setCheckable(True)
        self.fit_width_action.setChecked(True)
        self.fit_width_action.triggered.connect(self.fit_width)
        self.continuous_action = self._action("rows-3", None)
        self.continuous_action.setCheckable(True)
        self.continuous_action.setChecked(True)
        self.continuous_action.toggled.connect(self._on_continuous_toggled)
        self._prefer_continuous = True
        self.find_box = QLineEdit(self)
        self.find_box.setObjectName("findBox")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMaximumWidth(260)
        self.find_box.textChanged.connect(self.find_text)
        self.find_box.returnPressed.connect(self.find_next)
        self.find_action = self._action("search", K.Find)
        self.find_action.triggered.connect(self._focus_find)
        self.find_previous_action = self._action("chevron-up", K.FindPrevious)
        self.find_previous_action.triggered.connect(self.find_previous)
        self.find_next_action = self._action("chevron-down", K.FindNext)
        self.find_next_action.triggered.connect(self.find_next)
        self.find_label = plain_label(self)
        self.find_label.setObjectName("findResult")
        self.external_action = self._action("external-link", None)
        self.external_action.triggered.connect(self.open_externally)

        page_widget = QWidget(self)
        page_layout = QHBoxLayout(page_widget)
        page_layout.setContentsMargins(4, 0, 4, 0)
        self.page_label = plain_label(self)  # names the page box, on screen and for screen readers
        self.page_label.setBuddy(self.page_box)
        page_layout.addWidget(self.page_label)
        page_layout.addWidget(self.page_box)
        page_layout.addWidget(self.page_total)
        find_widget = QWidget(self)
        find_layout = QHBoxLayout(find_widget)
        find_layout.setContentsMargins(4, 0, 4, 0)
        self.find_box_label = plain_label(self)
        self.find_box_label.setBuddy(self.find_box)
        find_layout.addWidget(self.find_box_label)
        find_layout.addWidget(self.find_box)
        find_layout.addWidget(self.find_label)

        # Two rows, pages and zoom above, find below: both fit a viewer half a 1280-pixel window wide.
        self.find_bar = toolbar(self, "viewerFindBar", text=False)
        self.find_box.setMaximumWidth(16777215)
        find_layout.setStretch(find_layout.indexOf(self.find_box), 1)  # the box widens, beside its label
        find_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        rows = (
            (
                self.toolbar,
                (
                    self.previous_action,
                    page_widget,
                    self.next_action,
                    None,
                    self.zoom_out_action,
                    self.zoom_in_action,
                    self.fit_width_action,
                    self.continuous_action,
                ),
            ),
            (
                self.find_bar,
                (find_widget, self.find_previous_action, self.find_next_action, None, self.external_action),
            ),
        )
        for bar, items in rows:
            for item in items:
                if item is None:
                    bar.addSeparator()
                elif isinstance(item, QAction):
                    bar.addAction(item)
                else:
                    bar.addWidget(item)

    # -- opening ---------------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self._is_pdf_open() else 0

    @property
    def title(self) -> str:
        return self._title

    def open_document(
        self,
        source: Path | bytes,
        title: str,
        *,
        file_name: str = "",
        mime_type: str = PDF,
        watermark: str | None = None,
    ) -> bool:
        """Show a stored document (its verified blob path, or its bytes). A file that is not a PDF gets a
        note and the "open with system viewer" action. Returns whether a PDF is now shown. ``watermark``:
        painted over its pages from the first one shown (``set_watermark``)."""
        self.clear()
        self.page_view.set_watermark(watermark)
        self._source = source
        self._title = title
        self._file_name = file_name or (source.name if isinstance(source, Path) else title)
        self.title_label.setText(title)
        self.external_action.setEnabled(True)
        if mime_type != PDF:
            self._show_message(
                self.tr("There is no preview for this kind of file. Open it with the system viewer.")
            )
            return False
        # Loaded page by page: laying out every page of a long document for continuous scrolling costs
        # about 30 microseconds a page on the GUI thread, so only shorter documents scroll continuously.
        self.page_view.setPageMode(QPdfView.PageMode.SinglePage)
        if isinstance(source, Path):
            error = self.document.load(str(source))
        else:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(source))
            self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            error = self.document.error()
        if error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self.document.close()
            message = self.tr("This document cannot be shown ({reason}).").format(
                reason=self._load_error(error)
            )
            self._show_message(message)
            self.open_failed.emit(message)
            return False
        pages = self.document.pageCount()
        self._apply_page_mode()
        self.stack.setCurrentIndex(1)
        self._set_navigation_enabled(True)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, pages)
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_total.setText(self.tr("of %n", "", pages))
        self._thumb_timer.start()
        self.navigator.jump(0, QPointF(), self.navigator.currentZoom())
        self._on_page_changed(0)  # the navigator is silent when it was on page 0 already
        if self.find_box.text():
            self.find_text(self.find_box.text())
        self.document_opened.emit(pages)
        return True

    def set_watermark(self, text: str | None) -> None:
        """Paint ``text`` over the pages (a confidential paper's reader and date), or no watermark."""
        self.page_view.set_watermark(text)

    @property
    def watermark(self) -> str | None:
        return self.page_view.watermark

    def clear(self, message: str = "") -> None:
        """Show no document (``message`` in its place); the watermark goes with it."""
        self.page_view.set_watermark(None)
        self._thumb_timer.stop()
        self._search_timer.stop()
        self._found_page = None
        self.thumbnails.set_document(None)
        self.search_model.setSearchString("")
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._source = None
        self._title = self._file_name = ""
        self.title_label.clear()
        self.external_action.setEnabled(False)
        self._show_message(message)

    def _is_pdf_open(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def _show_message(self, message: str) -> None:
        self._message = message
        self.placeholder.setText(message or self.tr("Select a document to see it here."))
        self.stack.setCurrentIndex(0)
        self._set_navigation_enabled(False)
        self.page_total.clear()
        self.find_label.clear()

    def _set_navigation_enabled(self, enabled: bool) -> None:
        for action in (
            self.previous_action,
            self.next_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_width_action,
            self.continuous_action,
            self.find_action,
            self.find_previous_action,
            self.find_next_action,
        ):
            action.setEnabled(enabled)
        self.page_box.setEnabled(enabled)
        self.find_box.setEnabled(enabled)

    def _load_error(self, error: QPdfDocument.Error) -> str:
        E = QPdfDocument.Error
        if error == E.FileNotFound:
            return self.tr("the file is missing")
        if error in (E.IncorrectPassword, E.UnsupportedSecurityScheme):
            return self.tr("it is protected by a password")
        return self.tr("not a readable PDF")

    # -- pages and zoom --------------------------------------------------------------------------------

    def current_page(self) -> int:
        """The page on screen, counted from 0."""
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        """Show ``page`` (from 0); out-of-range pages stop at the first or last one."""
        if not self._is_pdf_open():
            return
        page = max(0, min(page, self.document.pageCount() - 1))
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def _show_thumbnails(self) -> None:
        """After the first page: listing and sizing a long document's pages takes a few milliseconds."""
        if self._is_pdf_open():
            self.thumbnails.set_document(self.document)
            self.thumbnail_list.setCurrentIndex(self.thumbnails.index(self.current_page()))

    def _on_page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        if 0 <= page < self.thumbnails.rowCount():
            self.thumbnail_list.setCurrentIndex(self.thumbnails.index(page))
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < self.page_count - 1)

    def zoom_factor(self) -> float:
        return self.page_view.zoomFactor()

    def zoom_by(self, step: float) -> None:
        factor = min(ZOOM_MAX, max(ZOOM_MIN, self._effective_zoom() * step))
        self.page_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.page_view.setZoomFactor(factor)
        self.fit_width_action.setChecked(False)

    def _effective_zoom(self) -> float:
        """The zoom on screen: in fit-width mode the view's own factor is not updated, so work it out."""
        if self.page_view.zoomMode() != QPdfView.ZoomMode.FitToWidth or not self._is_pdf_open():
            return self.page_view.zoomFactor()
        width_pt = self.document.pagePointSize(self.current_page()).width()
        if width_pt <= 0:
            return self.page_view.zoomFactor()
        width_px = self.page_view.viewport().width() - 2 * self.page_view.documentMargins().left()
        dpi = self.page_view.logicalDpiX()
        return max(ZOOM_MIN, width_px / (width_pt / 72 * dpi))

    @property
    def continuous(self) -> bool:
        """Whether pages scroll continuously (else one page at a time)."""
        return self.page_view.pageMode() == QPdfView.PageMode.MultiPage

    def _apply_page_mode(self) -> None:
        continuous = self._prefer_continuous and self.document.pageCount() <= CONTINUOUS_MAX_PAGES
        page = self.current_page()
        self.page_view.setPageMode(
            QPdfView.PageMode.MultiPage if continuous else QPdfView.PageMode.SinglePage
        )
        self.continuous_action.blockSignals(True)
        self.continuous_action.setChecked(continuous)
        self.continuous_action.blockSignals(False)
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def _on_continuous_toggled(self, checked: bool) -> None:
        """The user's choice; for a long document it holds until another document is opened."""
        self._prefer_continuous = checked
        page = self.current_page()
        self.page_view.setPageMode(QPdfView.PageMode.MultiPage if checked else QPdfView.PageMode.SinglePage)
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def fit_width(self) -> None:
        self.page_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_width_action.setChecked(True)

    # -- find ------------------------------------------------------------------------------------------

    def find_text(self, text: str) -> None:
        """Search the document for ``text``; matches are highlighted as they are found, page by page."""
        if self.find_box.text() != text:
            self.find_box.setText(text)  # comes back here through textChanged
            return
        self._found_page = None  # (another search: a hit's page waited for no longer counts)
        self.page_view.setCurrentSearchResultIndex(-1)
        self.search_model.setSearchString(text)
        self._search_next_page = 0
        if text and self._is_pdf_open():
            self._search_timer.start()
        else:
            self._search_timer.stop()
        self._update_find_label()

    def show_found(self, text: str, page: int | None) -> None:
        """A search hit: the page it is on (from 0; None: wherever ``text`` is first), ``text`` highlighted
        on every page and its first match on that page made the current one once the pages up to it are
        searched."""
        if page is not None:
            self.go_to_page(page)
        self.find_text(text)
        self._found_page = (-1 if page is None else page) if text and self._is_pdf_open() else None
        self._show_found()

    def _show_found(self) -> None:
        target = self._found_page
        if target is None or (target >= self._search_next_page and self.searching):
            return  # nothing asked, or its page is not searched yet
        self._found_page = None
        for index in range(self.find_result_count()):
            link = self.search_model.resultAtIndex(index)
            if target < 0 or link.page() == target:
                self.page_view.setCurrentSearchResultIndex(index)
                # The hit a little below the top, its page the page on screen.
                above = QPointF(0, max(0.0, link.location().y() - FOUND_MARGIN_PT))
                self.navigator.jump(link.page(), above, self.navigator.currentZoom())
                break
        self._update_find_label()

    @property
    def searching(self) -> bool:
        return self._search_timer.isActive()

    def _search_some_pages(self) -> None:
        """QPdfSearchModel searches one page every tenth of a second by itself (a thousand pages take
        minutes); search the pages in order here instead, a few milliseconds per turn of the event loop."""
        pages = self.page_count
        clock = QElapsedTimer()
        clock.start()
        while self._search_next_page < pages and clock.elapsed() < SEARCH_SLICE_MS:
            self.search_model.updatePage(self._search_next_page)
            self._search_next_page += 1
        if self._search_next_page >= pages:
            self._search_timer.stop()
        self._show_found()
        self._update_find_label()

    def _focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find_result_count(self) -> int:
        return self.search_model.rowCount(QModelIndex()) if self.search_model.searchString() else 0

    def find_next(self) -> None:
        self._step_result(1)

    def find_previous(self) -> None:
        self._step_result(-1)

    def _step_result(self, step: int) -> None:
        count = self.find_result_count()
        if not count:
            return
        current = self.page_view.currentSearchResultIndex()
        index = (current + step) % count if current >= 0 else (0 if step > 0 else count - 1)
        self.page_view.setCurrentSearchResultIndex(index)
        link = self.search_model.resultAtIndex(index)
        self.navigator.jump(link.page(), link.location(), self.navigator.currentZoom())
        self._update_find_label()

    def current_find_result(self) -> int:
        """The shown result (from 0), -1 when none is."""
        return self.page_view.currentSearchResultIndex()

    def _update_find_label(self) -> None:
        if not self.search_model.searchString():
            self.find_label.clear()
            return
        count = self.find_result_count()
        current = self.page_view.currentSearchResultIndex()
        if not count:
            self.find_label.setText(self.tr("Searching…") if self.searching else self.tr("Not found"))
        elif current < 0:
            self.find_label.setText(self.tr("%n match(es)", "", count))
        else:
            self.find_label.setText(self.tr("{current} of {count}").format(current=current + 1, count=count))

    # -- system viewer ---------------------------------------------------------------------------------

    def open_externally(self) -> None:
        """Copy the document to a private temporary folder (removed when the viewer goes) and hand it to
        the system's viewer. The copy runs in the background: a document may be large."""
        if self._source is None:
            return
        if self._temp is None:
            self._temp = QTemporaryDir()
        if not self._temp.isValid():
            self.open_failed.emit(self.tr("No temporary folder could be made for the system viewer."))
            return
        source, folder, name = self._source, Path(self._temp.path()), _safe_file_name(self._file_name)
        self._runner.read(
            lambda: _write_copy(source, folder, name),
            self._hand_to_system,
            lambda _error, message: self.open_failed.emit(message),
        )

    def _hand_to_system(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.open_failed.emit(self.tr("The system has no viewer for this kind of file."))
            return
        self.external_opened.emit(str(path))

    # -- language --------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.previous_action.setText(self.tr("Previous page"))
        self.next_action.setText(self.tr("Next page"))
        self.page_box.setToolTip(self.tr("Go to page"))
        self.page_label.setText(self.tr("Go to page"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.fit_width_action.setText(self.tr("Fit width"))
        self.continuous_action.setText(self.tr("Continuous pages"))
        self.find_box.setPlaceholderText(self.tr("Find in document"))
        self.find_action.setText(self.tr("Find"))
        self.find_box_label.setText(self.tr("Find"))
        self.find_previous_action.setText(self.tr("Previous match"))
        self.find_next_action.setText(self.tr("Next match"))
        self.external_action.setText(self.tr("Open with system viewer"))
        show_shortcuts(self.actions())  # "Next page (PgDown)": the keys are in the tooltip
        self.continuous_action.setToolTip(
            self.tr(
                "Scroll through all pages; documents over %n pages open one page at a time",
                "",
                CONTINUOUS_MAX_PAGES,
            )
        )
        if self.stack.currentIndex() == 0:
            self.placeholder.setText(self._message or self.tr("Select a document to see it here."))
        if self._is_pdf_open():
            self.page_total.setText(self.tr("of %n", "", self.document.pageCount()))
        self._update_find_label()


def _safe_file_name(name: str) -> str:
    """A file name that stays inside the folder it is written to, whatever the store says."""
    cleaned = "".join("_" if ch in '/\\:*?"<>|' or not ch.isprintable() else ch for ch in name).strip(" .")
    return cleaned[:150] or "document"


def _write_copy(source: Path | bytes, folder: Path, name: str) -> Path:
    """Off the GUI thread: the document as a file of its own in a fresh folder under ``folder``."""
    target = Path(tempfile.mkdtemp(dir=folder)) / name
    if isinstance(source, Path):
        shutil.copyfile(source, target)
    else:
        target.write_bytes(source)
    target.chmod(0o400)  # the system viewer reads it; nothing should write back into it
    return target
