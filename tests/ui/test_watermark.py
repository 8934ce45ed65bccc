"""The on-screen watermark of confidential papers: the reader's name painted over the pages, diagonal,
faint and repeated, so that a screenshot of any part of the view carries it; a plain paper has none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from emeeting.ui.documents.pdf_viewer import PdfViewer
from emeeting.ui.widgets.task_runner import TaskRunner
from tests.ui.test_pdf_viewer import page_is_painted, report_pdf

MARK = "สำเนาสำหรับ นางสาวอรุณี ใจดี · 7 ธ.ค. 2569"


@pytest.fixture
def viewer(qtbot: QtBot, runner: TaskRunner) -> Iterator[PdfViewer]:
    widget = PdfViewer(runner)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    runner.wait_idle(10_000)


def reddish(image: QImage, x0: int, y0: int, x1: int, y1: int) -> int:
    """Pixels of the watermark's red (the page is white, black and grey otherwise)."""
    found = 0
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            colour = image.pixelColor(x, y)
            if colour.red() > colour.green() + 12 and colour.red() > colour.blue() + 12:
                found += 1
    return found


def quarters(image: QImage) -> list[int]:
    """The watermark's pixels in each quarter of the view: any part of a screenshot must carry it."""
    w, h = image.width(), image.height()
    return [reddish(image, x, y, x + w // 2, y + h // 2) for x in (0, w // 2) for y in (0, h // 2)]


def grab(viewer: PdfViewer) -> QImage:
    return viewer.page_view.viewport().grab().toImage()


def test_a_watermarked_paper_carries_the_text_over_every_part_of_the_view(
    qtbot: QtBot, viewer: PdfViewer, tmp_path: Path
) -> None:
    paper = tmp_path / "price.pdf"
    paper.write_bytes(report_pdf())
    with qtbot.waitSignal(viewer.document_opened):
        viewer.open_document(paper, "ราคากลาง", watermark=MARK)
    qtbot.waitUntil(lambda: page_is_painted(viewer), timeout=5_000)
    assert viewer.watermark == MARK
    assert all(count > 20 for count in quarters(grab(viewer))), quarters(grab(viewer))

    # Scrolled and zoomed, the watermark is still over what is on screen.
    viewer.zoom_by(1.25)
    viewer.go_to_page(3)
    qtbot.waitUntil(lambda: page_is_painted(viewer), timeout=5_000)
    assert all(count > 20 for count in quarters(grab(viewer)))

    # The next paper, a plain one: no watermark at all.
    with qtbot.waitSignal(viewer.document_opened):
        viewer.open_document(paper, "ราคากลาง")
    qtbot.waitUntil(lambda: page_is_painted(viewer), timeout=5_000)
    assert viewer.watermark is None
    assert sum(quarters(grab(viewer))) == 0


def test_clearing_the_viewer_removes_the_watermark(qtbot: QtBot, viewer: PdfViewer) -> None:
    with qtbot.waitSignal(viewer.document_opened):
        viewer.open_document(report_pdf(), "ราคากลาง", watermark=MARK)
    viewer.clear()
    assert viewer.watermark is None
    viewer.set_watermark(MARK)
    assert viewer.watermark == MARK
    viewer.set_watermark(None)
    assert viewer.watermark is None
