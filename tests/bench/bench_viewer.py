"""Viewer benchmark: a 1,000-page PDF selected in the documents pane until its first page is painted,
next to QtPdf's bare load-and-render time measured in the same run.

Run:  .venv/bin/python tests/bench/bench_viewer.py [--pages 1000] [--runs 15] [--data-dir bench-data/viewer]

The PDF is written once with reportlab (each page: a black block and 40 lines of text) and attached to a
meeting in a store kept in --data-dir, through the same intake as any file. Then, in one process under
QT_QPA_PLATFORM=offscreen, alternating, --runs times each:

- bare QtPdf: QPdfDocument.load(path) and render page 1 to a QImage at the size the viewer shows it;
- selected → painted: from selecting the document in the DocumentsPane (a small document was selected
  before, so the viewer really opens the big one) until the viewer's page view has painted page 1. That
  includes verifying the stored file's hash on the read pool, opening it, laying out all pages, and QtPdf
  rendering page 1 on its render thread. "Painted" is detected by grabbing the view after each of its
  paints and looking for the page's black block; a grab costs about a millisecond, so the figure is an
  upper bound.

Medians are printed next to the target (at most 50 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET_MS = 50.0
RUNS = 15


def make_pdf(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, pages + 1):
        c.rect(60, 640, 470, 140, fill=1)
        c.setFont("Helvetica", 11)
        for line in range(40):
            c.drawString(60, 610 - line * 14, f"Page {n}, line {line + 1}: appropriation for the programme")
        c.showPage()
    c.save()


def ensure_store(data_dir: Path, pages: int) -> tuple[str, str, str]:
    """(meeting id, the big document's id, a small document's id) in a store kept in ``data_dir``."""
    from emeeting.domain import model as m
    from emeeting.services.container import Services

    marker = data_dir / f".bench-{pages}-pages"
    with Services.open(data_dir, actor="bench") as services:
        if marker.exists():
            meeting_id, big_id, small_id = marker.read_text().split()
            return meeting_id, big_id, small_id
        print(f"creating a store with a {pages}-page PDF in {data_dir} (once)…", flush=True)
        started = time.perf_counter()
        big = data_dir / f"report-{pages}-pages.pdf"
        make_pdf(big, pages)
        small = data_dir / "cover-letter.pdf"
        make_pdf(small, 1)
        committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "BENCH")
        services.records.create(committee)
        meeting_id = m.new_id()
        services.meetings.create(
            committee.id,
            "Benchmark",
            datetime(2026, 3, 10, 2, 30, tzinfo=UTC),
            template="th",
            meeting_id=meeting_id,
        )
        result = services.documents.attach(meeting_id, None, [small, big], timeout_s=120)
        if result.rejected:
            sys.exit(f"intake refused the benchmark files: {[str(r) for r in result.rejected]}")
        small_doc, big_doc = result.attached
        if big_doc.page_count != pages:
            sys.exit(f"intake counted {big_doc.page_count} pages, not {pages}")
        big.unlink()
        small.unlink()
        marker.write_text(f"{meeting_id} {big_doc.id} {small_doc.id}\n")
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
        return meeting_id, big_doc.id, small_doc.id


def dark_pixels(image: object) -> int:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    step = 8
    return sum(
        1
        for y in range(0, image.height() // 2, step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 40
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=1000, help="pages of the PDF (default 1000)")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"measurements of each (default {RUNS})")
    parser.add_argument(
        "--data-dir", type=Path, default=Path("bench-data/viewer"), help="where the store is kept"
    )
    args = parser.parse_args()

    data_dir = args.data_dir.resolve() / f"{args.pages}"
    data_dir.mkdir(parents=True, exist_ok=True)
    meeting_id, big_id, small_id = ensure_store(data_dir, args.pages)

    from PySide6.QtCore import QElapsedTimer, QSettings, QSize, QTimer
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    import emeeting.ui  # noqa: F401 - its reference-count fix must come before any Qt call
    from emeeting.domain import model as m
    from emeeting.services.container import Services
    from emeeting.services.credentials import Credentials
    from emeeting.sync.service import SyncService
    from emeeting.ui.documents.documents_pane import DocumentsPane
    from emeeting.ui.widgets.context import UiContext
    from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
    from emeeting.ui.widgets.undo import UndoHistory

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    services = Services.open(data_dir, actor="bench")
    runner, bus = TaskRunner(), ChangeBus()
    history = UndoHistory(runner, bus, services.steps)
    sync = SyncService(services.store, Credentials())
    pane = DocumentsPane(UiContext(services, sync, runner, bus, history, QSettings()))
    pane.resize(1400, 1000)
    pane.show()
    app.processEvents()

    def wait_for(condition: object, timeout_s: float = 20.0) -> None:
        deadline = time.perf_counter() + timeout_s
        while not condition():  # type: ignore[operator]
            if time.perf_counter() > deadline:
                sys.exit("timed out")
            app.processEvents()
            time.sleep(0.0005)

    loaded: list[str] = []
    pane.loaded.connect(loaded.append)
    pane.show_meeting(meeting_id)
    wait_for(lambda: loaded)

    viewport = pane.viewer.page_view.viewport()
    state = {"grabbing": False, "painted_at": 0.0}
    clock = QElapsedTimer()

    def check_painted() -> None:
        if state["painted_at"] or pane.viewer.page_count != args.pages:  # not yet the big document
            return
        state["grabbing"] = True
        image = viewport.grab().toImage()
        state["grabbing"] = False
        if dark_pixels(image) > 50:
            state["painted_at"] = clock.nsecsElapsed() / 1e6

    pane.viewer.page_view.painted.connect(
        lambda: None if state["grabbing"] else QTimer.singleShot(0, check_painted)
    )

    def select(document_id: str) -> None:
        node = pane.document_node(document_id)
        assert node is not None
        pane.tree.setCurrentItem(node)

    def select_big() -> float:
        select(small_id)
        wait_for(lambda: pane.viewer.page_count == 1)
        for _ in range(20):  # let the small document settle (its paints, its thumbnail timer)
            app.processEvents()
            time.sleep(0.01)
        state["painted_at"] = 0.0
        clock.start()
        select(big_id)
        wait_for(lambda: state["painted_at"])
        return state["painted_at"]

    path = services.documents.content_path(services.records.get(m.Document, big_id))
    select_big()  # warm up: file cache, fonts, the render thread; and the viewer now has its size
    page_size = QSize(viewport.width(), round(viewport.width() * 842 / 595))  # fit width, A4

    def bare() -> float:
        started = time.perf_counter()
        document = QPdfDocument()
        document.load(str(path))
        image = document.render(0, page_size)
        elapsed = (time.perf_counter() - started) * 1000
        if document.pageCount() != args.pages or dark_pixels(image) == 0:
            sys.exit("QtPdf did not render the benchmark PDF")
        document.close()
        return elapsed

    bare()
    bare_ms: list[float] = []
    ours_ms: list[float] = []
    for _ in range(args.runs):
        bare_ms.append(bare())
        ours_ms.append(select_big())

    def line(name: str, values: list[float]) -> str:
        runs = " ".join(f"{v:.1f}" for v in values)
        return f"{name:<22} median {statistics.median(values):6.1f} ms (runs: {runs})"

    print(
        f"{args.pages}-page PDF ({path.stat().st_size / 1e6:.1f} MB), "
        f"page 1 at {page_size.width()}x{page_size.height()} px"
    )
    print(line("bare QtPdf load+render", bare_ms))
    print(line("selected → painted", ours_ms))
    ours = statistics.median(ours_ms)
    verdict = "ok" if ours <= TARGET_MS else "over target"
    print(
        f"first page painted {ours:.1f} ms after selection (target ≤ {TARGET_MS:.0f} ms) {verdict}; "
        f"bare QtPdf load+render {statistics.median(bare_ms):.1f} ms"
    )
    runner.shutdown()
    services.close()
    return 0 if ours <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
