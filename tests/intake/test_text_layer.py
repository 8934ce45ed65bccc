"""A stored paper's text layer with its characters' boxes, read in memory with pdfium: the boxes are where
poppler finds the same words on the page as a reader shows it, whatever the page's /Rotate."""

from __future__ import annotations

import io
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pikepdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from emeeting.domain.anchoring import line_rects, locate
from emeeting.intake.text_layer import TextLayer, UnreadablePdf

QUOTE = "Rotated quote here"


def _turned(rotate: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=True)
    c.setFont("Helvetica", 14)
    c.drawString(100, 700, QUOTE)
    c.showPage()
    c.save()
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    pdf.pages[0].Rotate = rotate
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _poppler_words(path: Path) -> list[tuple[float, float, float, float]]:
    xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True)
    root = ET.fromstring(xml.stdout.replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [tuple(float(w.attrib[k]) for k in ("xMin", "yMin", "xMax", "yMax")) for w in root.iter("word")]  # type: ignore[misc]


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_the_quotes_rectangle_lies_over_its_words_on_a_turned_page(tmp_path: Path, rotate: int) -> None:
    data = _turned(rotate)
    path = tmp_path / "turned.pdf"
    path.write_bytes(data)
    with TextLayer(data) as layer:
        assert layer.page_count == 1
        span = locate(QUOTE, layer.text(0))
        assert span is not None
        (x0, y0, x1, y1), *more = line_rects(layer.boxes(0, *span))
    assert not more
    words = _poppler_words(path)
    assert len(words) == 3
    for wx0, wy0, wx1, wy1 in words:  # each word inside the mark, give or take the font's line gap
        assert x0 - 3 <= wx0 and wx1 <= x1 + 3 and y0 - 3 <= wy0 and wy1 <= y1 + 3, (rotate, words)
    # …and the mark no larger than the words with that gap.
    assert x1 - x0 <= max(w[2] for w in words) - min(w[0] for w in words) + 6
    assert y1 - y0 <= max(w[3] for w in words) - min(w[1] for w in words) + 6


def test_bytes_that_are_no_pdf_are_refused() -> None:
    with pytest.raises(UnreadablePdf):
        TextLayer(b"%PDF-1.4 not really")
