"""The document viewer on real PDFs: pages painted, thumbnails, page navigation, zoom, find, system viewer."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPdfWidgets import QPdfView
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from emeeting.ui.documents.pdf_viewer import CONTINUOUS_MAX_PAGES, PdfViewer
from emeeting.ui.widgets.task_runner import TaskRunner

QUOTATION_PAGES = (2, 4)  # 1-based pages that mention the quotation


def report_pdf(pages: int = 5, quotation_pages: tuple[int, ...] = QUOTATION_PAGES) -> bytes:
    """Pages with a large black block (easy to see when painted) and a line of text; pages 2 and 4
    mention a quotation."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in range(1, pages + 1):
        c.rect(60, 500, 470, 260, fill=1)
        c.setFont("Helvetica", 14)
        c.drawString(72, 460, f"Budget report page {n}")
        if n in quotation_pages:
            c.drawString(72, 430, "See the supplier quotation attached.")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "budget-report.pdf"
    path.write_bytes(report_pdf())
    return path


@pytest.fixture
def viewer(qtbot: QtBot, runner: TaskRunner) -> Iterator[PdfViewer]:
    widget = PdfViewer(runner)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    runner.wait_idle(10_000)


def dark_pixels(image: QImage) -> int:
    """Pixels dark enough to be the page's black block (the view's background is a mid grey)."""
    step = 4
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 40
    )


def page_is_painted(viewer: PdfViewer) -> bool:
    return dark_pixels(viewer.page_view.viewport().grab().toImage()) > 100


def test_opens_a_pdf_and_paints_its_first_page(qtbot: QtBot, viewer: PdfViewer, report: Path) -> None:
    assert not viewer.external_action.isEnabled()  # nothing to open yet

    with qtbot.waitSignal(viewer.document_opened) as opened:
        assert viewer.open_document(report, "รายงานงบประมาณ")

    assert opened.args == [5]
    assert viewer.title_label.text() == "รายงานงบประมาณ"
    assert viewer.page_box.maximum() == 5 and viewer.page_box.value() == 1
    assert viewer.current_page() == 0
    assert not viewer.previous_action.isEnabled() and viewer.external_action.isEnabled()
    qtbot.waitUntil(lambda: page_is_painted(viewer), timeout=5_000)


def test_thumbnails_are_rendered_in_the_background(qtbot: QtBot, viewer: PdfViewer, report: Path) -> None:
    from PySide6.QtCore import Qt

    viewer.open_document(report, "report")
    assert viewer.thumbnails.rowCount() == 0  # the first page comes first
    qtbot.waitUntil(lambda: viewer.thumbnails.rowCount() == 5, timeout=5_000)

    def first_thumbnail() -> QImage:
        value = viewer.thumbnails.data(viewer.thumbnails.index(0), Qt.ItemDataRole.DecorationRole)
        assert isinstance(value, QImage)
        return value

    qtbot.waitUntil(lambda: dark_pixels(first_thumbnail()) > 20, timeout=5_000)  # blank until rendered
    assert first_thumbnail().width() == 110

    viewer.thumbnail_list.clicked.emit(viewer.thumbnails.index(3))
    assert viewer.current_page() == 3 and viewer.page_box.value() == 4


def test_page_navigation(viewer: PdfViewer, report: Path) -> None:
    viewer.open_document(report, "report")

    viewer.next_action.trigger()
    viewer.next_action.trigger()
    assert viewer.current_page() == 2 and viewer.page_box.value() == 3
    viewer.previous_action.trigger()
    assert viewer.current_page() == 1

    viewer.page_box.setValue(5)  # typing a page number goes there
    assert viewer.current_page() == 4
    assert not viewer.next_action.isEnabled()
    viewer.next_action.trigger()  # already on the last page: stays there
    viewer.go_to_page(99)
    assert viewer.current_page() == 4
    viewer.go_to_page(-3)
    assert viewer.current_page() == 0 and viewer.page_box.value() == 1


def test_zoom_in_out_and_fit_width(viewer: PdfViewer, report: Path) -> None:
    viewer.open_document(report, "report")
    assert viewer.page_view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fitted = viewer._effective_zoom()

    viewer.zoom_in_action.trigger()
    assert viewer.page_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert viewer.zoom_factor() == pytest.approx(fitted * 1.25)
    assert not viewer.fit_width_action.isChecked()
    viewer.zoom_out_action.trigger()
    viewer.zoom_out_action.trigger()
    assert viewer.zoom_factor() == pytest.approx(fitted / 1.25)

    viewer.fit_width_action.trigger()
    assert viewer.page_view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert viewer.fit_width_action.isChecked()


def test_find_text_with_next_and_previous_result(qtbot: QtBot, viewer: PdfViewer, report: Path) -> None:
    viewer.open_document(report, "report")

    viewer.find_box.setText("quotation")
    qtbot.waitUntil(lambda: viewer.find_result_count() == 2, timeout=5_000)
    assert viewer.find_label.text() == "2 match(es)"  # no translation installed: the source text

    viewer.find_next_action.trigger()
    assert (viewer.current_find_result(), viewer.current_page()) == (0, 1)
    assert viewer.find_label.text() == "1 of 2"
    viewer.find_next_action.trigger()
    assert (viewer.current_find_result(), viewer.current_page()) == (1, 3)
    viewer.find_next_action.trigger()  # wraps round to the first
    assert (viewer.current_find_result(), viewer.current_page()) == (0, 1)
    viewer.find_previous_action.trigger()
    assert (viewer.current_find_result(), viewer.current_page()) == (1, 3)

    viewer.find_box.setText("no such words")
    qtbot.waitUntil(lambda: viewer.find_label.text() == "Not found", timeout=5_000)
    assert viewer.find_result_count() == 0
    viewer.find_next_action.trigger()  # nothing to go to; nothing happens
    assert viewer.current_page() == 3


def test_opens_bytes_and_refuses_what_it_cannot_read(qtbot: QtBot, viewer: PdfViewer) -> None:
    assert viewer.open_document(report_pdf(2), "from bytes")
    assert viewer.page_count == 2

    with qtbot.waitSignal(viewer.open_failed) as failed:
        assert not viewer.open_document(b"%PDF-1.7\n" + b"\x00garbage" * 200, "broken")
    assert failed.args == [viewer.placeholder.text()]
    assert "\n" not in viewer.placeholder.text()
    assert viewer.stack.currentIndex() == 0 and viewer.page_count == 0
    assert not viewer.next_action.isEnabled() and not viewer.find_box.isEnabled()


def test_a_file_without_preview_can_still_go_to_the_system_viewer(viewer: PdfViewer, tmp_path: Path) -> None:
    sheet = tmp_path / "งบประมาณ.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not really a workbook")
    assert not viewer.open_document(sheet, "งบประมาณ", mime_type="application/vnd.ms-excel")
    assert viewer.stack.currentIndex() == 0
    assert viewer.external_action.isEnabled()


class UrlCatcher(QObject):
    """Stands in for the desktop: Qt hands it the URLs it would open with the system viewer."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_with_system_viewer_hands_over_a_private_copy(
    qtbot: QtBot, viewer: PdfViewer, report: Path
) -> None:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        viewer.open_document(report, "Budget", file_name="../งบ/รายงาน.pdf")
        with qtbot.waitSignal(viewer.external_opened, timeout=5_000) as opened:
            viewer.external_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")

    copy = Path(opened.args[0])
    assert [url.toLocalFile() for url in catcher.urls] == [str(copy)]
    assert copy.name == "_งบ_รายงาน.pdf"  # the stored name cannot point outside the private folder
    assert copy.read_bytes() == report.read_bytes()
    assert copy != report


def test_long_documents_open_one_page_at_a_time(qtbot: QtBot, viewer: PdfViewer, report: Path) -> None:
    """Laying out every page of a long document for continuous scrolling would hold up its first page."""
    viewer.open_document(report, "short")
    assert viewer.continuous and viewer.continuous_action.isChecked()

    viewer.open_document(report_pdf(CONTINUOUS_MAX_PAGES + 1), "long")
    assert not viewer.continuous and not viewer.continuous_action.isChecked()
    viewer.page_box.setValue(250)
    viewer.next_action.trigger()
    assert viewer.current_page() == 250
    qtbot.waitUntil(lambda: page_is_painted(viewer), timeout=5_000)

    viewer.continuous_action.trigger()  # the user asks for it anyway
    assert viewer.continuous and viewer.current_page() == 250
    viewer.continuous_action.trigger()
    assert not viewer.continuous
    viewer.open_document(report, "short again")  # the user's "page by page" holds
    assert not viewer.continuous


def test_find_reaches_the_end_of_a_long_document_quickly(qtbot: QtBot, viewer: PdfViewer) -> None:
    """QtPdf's search model looks at one page every tenth of a second by itself: the last page of a
    400-page document would be searched after 40 seconds."""
    viewer.open_document(report_pdf(400, quotation_pages=(400,)), "long")
    viewer.find_text("quotation")
    assert viewer.searching
    qtbot.waitUntil(lambda: not viewer.searching, timeout=10_000)
    assert viewer.find_result_count() == 1
    viewer.find_next_action.trigger()
    assert viewer.current_page() == 399
