"""The Qt side of ``emeeting about``: Qt's version and the PDF viewer library (QtPdf) at work."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, qVersion
from PySide6.QtPdf import QPdfDocument

from emeeting.about import Check


def qt_pdf(pdf: bytes) -> Check:
    """Open ``pdf`` with QtPdf and render its first page, as the document viewer does."""
    data = QBuffer()
    data.setData(QByteArray(pdf))
    data.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(data)
    if document.status() != QPdfDocument.Status.Ready:
        return Check("PDF viewer (QtPdf)", False, f"Qt {qVersion()}: QtPdf could not open the sample PDF")
    image = document.render(0, QSize(200, 283))
    inked = not image.isNull() and any(
        image.pixelColor(x, y).lightness() < 128
        for y in range(0, image.height(), 2)
        for x in range(image.width())
    )
    return Check(
        "PDF viewer (QtPdf)",
        inked,
        f"Qt {qVersion()}: {document.pageCount()} page rendered {'with' if inked else 'WITHOUT'} text",
    )
