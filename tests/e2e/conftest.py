from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def good_pdf(tmp_path: Path) -> Path:
    """A real three-page PDF with text on every page."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "good.pdf"
    pdf = canvas.Canvas(str(path))
    for page in range(1, 4):
        pdf.drawString(72, 720, f"Budget report, page {page}")
        pdf.showPage()
    pdf.save()
    return path
