"""Re-anchoring on real PDFs: when a paper gets a new version in which the quoted text moved to another page
and height, a text mark moves to that page and its rectangles to the quote's glyphs there (checked against
poppler's word boxes), also for a sealed (confidential) paper read in memory only; a quote the new version
lacks stays "from the earlier version" with its rectangles."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from emeeting import paths
from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.services.records import replace
from emeeting.storage.store import Store
from emeeting.sync.paper_keys import PaperKeys
from tests.sync.conftest import MemoryKeyring

ME = "somying"
THAI = "งบประมาณประจำปีเพิ่มขึ้นร้อยละห้า"
ENGLISH = "Budget approved for 2026."
GONE = "This sentence is dropped."
FILLER = "Inserted background paragraph line"
FONT = "Laksaman"
Rect = tuple[float, float, float, float]


def _paper(lines_by_page: list[list[tuple[float, str]]]) -> bytes:
    """A PDF whose pages hold the given (height from the top, text) lines, in the project's Thai font."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(paths.resources_dir() / "fonts" / "Laksaman.ttf")))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=True)
    for lines in lines_by_page:
        for top, text in lines:
            c.setFont(FONT, 16)
            c.drawString(72, A4[1] - top, text)
        c.showPage()
    c.save()
    return buf.getvalue()


V1 = [[(80, "Agenda item 4: the budget")], [(120, THAI), (150, ENGLISH), (180, GONE)]]
V2 = [
    [(80, "Agenda item 4: the budget")],
    [(80 + 24 * n, f"{FILLER} {n}") for n in range(28)],
    [(300, THAI), (340, ENGLISH)],
]


def _words(pdf: Path, page: int) -> list[tuple[str, Rect]]:
    """poppler's words on a page (from 0) with their boxes, in points from the page's top-left."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page + 1), "-l", str(page + 1), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    root = ET.fromstring(out.replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [
        (w.text or "", tuple(float(w.attrib[k]) for k in ("xMin", "yMin", "xMax", "yMax")))  # type: ignore[misc]
        for w in root.iter("word")
    ]


def _covers(rects: list[Rect], words: list[Rect]) -> None:
    """One rectangle (a one-line quote) over the words: each word inside it, and it no wider or taller
    than the words by more than a glyph's side bearing or the font's ascent and descent."""
    assert len(rects) == 1, rects
    x0, y0, x1, y1 = rects[0]
    wx0, wy0 = min(w[0] for w in words), min(w[1] for w in words)
    wx1, wy1 = max(w[2] for w in words), max(w[3] for w in words)
    assert abs(x0 - wx0) <= 2 and abs(x1 - wx1) <= 2, (rects, words)
    assert y0 <= (wy0 + wy1) / 2 <= y1 and abs(y0 - wy0) <= 6 and abs(y1 - wy1) <= 6, (rects, words)


def _mark(paper: m.Document, quote: str) -> m.Annotation:
    return m.Annotation(
        paper.meeting_id,
        ME,
        m.AnnotationShape.HIGHLIGHT,
        document_id=paper.id,
        sha256=paper.sha256,
        page=1,
        geometry=json.dumps([[72, 100, 300, 125]]),
        quote=quote,
    )


@pytest.fixture
def keys() -> PaperKeys:
    return PaperKeys(MemoryKeyring())


@pytest.fixture
def services(store: Store, keys: PaperKeys) -> Services:
    return Services(store, paper_keys=keys)


@pytest.fixture
def files(tmp_path: Path) -> Callable[[str, bytes], Path]:
    folder = tmp_path / "files"
    folder.mkdir()

    def write(name: str, data: bytes) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    return write


def _replace_and_reanchor(
    services: Services, meeting: m.Meeting, numbered, files, *, sealed: PaperKeys | None = None
) -> tuple[m.Document, dict[str, m.Annotation], Path]:
    item = numbered(meeting.id)["4"]
    paper = services.documents.attach(meeting.id, item.id, [files("budget.pdf", _paper(V1))]).attached[0]
    marks = {quote: _mark(paper, quote) for quote in (THAI, ENGLISH, GONE)}
    for mark in marks.values():
        services.annotations.add(mark)
    v2 = files("budget-v2.pdf", _paper(V2))
    if sealed is None:
        services.documents.new_version(paper.id, services.documents.intake([v2]))
    else:
        # As a member's laptop receives a confidential paper's new version by sync: the record without
        # its text, the file sealed, nothing in clear.
        data = v2.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        found = sealed.key_for("https://emeeting.example.go.th", "somying", "committee")
        assert found is not None
        services.store.sealed.put_many({sha: data}, *found)
        with services.store.transaction() as repo:
            replace(repo, dataclasses.replace(paper, sha256=sha, size=len(data), page_count=3, text=""))
    new = services.records.get(m.Document, paper.id)
    assert services.documents.is_sealed(new) == (sealed is not None)
    assert services.annotations.reanchor(owner=ME)
    return new, marks, v2


def _check_moved(services: Services, new: m.Document, marks: dict[str, m.Annotation], v2: Path) -> None:
    views = {v.annotation.quote: v for v in services.annotations.for_document(new.id, owner=ME)}
    words = _words(v2, 2)
    for quote in (THAI, ENGLISH):
        moved = views[quote]
        assert not moved.earlier_version and moved.annotation.sha256 == new.sha256
        assert moved.annotation.page == 2
        rects = [tuple(r) for r in json.loads(moved.annotation.geometry)]
        quoted = [box for text, box in words if text and text in quote]
        assert quoted, words
        _covers(rects, quoted)  # type: ignore[arg-type]
    # The quote the new version lacks: listed from the earlier version, its rectangles as they were.
    lost = views[GONE]
    assert lost.earlier_version and lost.annotation == marks[GONE]


def test_a_highlight_moves_to_the_page_and_glyphs_of_its_quote_in_the_new_version(
    services: Services, meeting: m.Meeting, numbered, files
) -> None:
    new, marks, v2 = _replace_and_reanchor(services, meeting, numbered, files)
    _check_moved(services, new, marks, v2)
    # Done once: another call finds nothing left to move.
    assert not services.annotations.reanchor(owner=ME)


def test_a_sealed_paper_is_read_in_memory_and_its_text_never_written(
    services: Services, meeting: m.Meeting, numbered, files, keys: PaperKeys, data_dir: Path
) -> None:
    new, marks, v2 = _replace_and_reanchor(services, meeting, numbered, files, sealed=keys)
    _check_moved(services, new, marks, v2)
    # Text of the new version that no mark quotes is nowhere in the store's folder (no text layer kept).
    for path in data_dir.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert FILLER.encode() not in raw and FILLER.encode("utf-16-le") not in raw, path
