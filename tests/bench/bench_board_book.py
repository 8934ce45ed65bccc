"""Board book benchmark: 50 PDFs / 1,000 pages bound into one book, against `qpdf --empty --pages`.

Run:  .venv/bin/python tests/bench/bench_board_book.py [--runs 7] [--keep FILE] [--uncompressed]

reportlab writes 50 text documents of 20 pages each (1,000 pages, 40 lines a page; page contents
compressed as word processors and scanners write them, or with --uncompressed as reportlab does by
default) into a temp folder. Two programs bind the same files, alternating, 7 times each:

- qpdf: `qpdf --empty --pages <50 files> -- out.pdf`, a process of its own (its start-up, about 5 ms,
  included): the plain concatenation every PDF tool is measured against;
- board book: `emeeting.reports.board_book.build_board_book` in this process, on the same files as ten
  agenda items of five documents each (one item classed ลับ, so its 100 pages carry the watermark): the
  cover and agenda laid out with the Thai text engine, every page stamped with its item and page n/N,
  bookmarks per item and document, saved to a file. The first call is not timed (it imports pikepdf,
  HarfBuzz and PyThaiNLP once, as the running application would have).

The medians of the wall-clock times and their ratio are printed next to the target (at most 1.3x), and
the ratio of the CPU times, which other work on the machine disturbs less.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from emeeting.domain.model import Secrecy  # noqa: E402
from emeeting.reports.board_book import BoardBook, BookDocument, BookItem, build_board_book  # noqa: E402
from emeeting.reports.thai_text import Fonts  # noqa: E402

TARGET_RATIO = 1.3
RUNS = 7
DOCUMENTS = 50
PAGES_EACH = 20
FONT_DIR = ROOT / "resources" / "fonts"


def make_documents(folder: Path, compressed: bool = True) -> list[Path]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    files = []
    for n in range(1, DOCUMENTS + 1):
        path = folder / f"doc{n:02d}.pdf"
        pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=int(compressed))
        for page in range(1, PAGES_EACH + 1):
            pdf.setFont("Helvetica", 11)
            for line in range(40):
                pdf.drawString(
                    72,
                    780 - 18 * line,
                    f"Document {n}, page {page}, line {line + 1}: budget, plan and proposal",
                )
            pdf.showPage()
        pdf.save()
        files.append(path)
    return files


def book_of(files: list[Path]) -> BoardBook:
    items = [BookItem("4", "เรื่องเสนอเพื่อพิจารณา", 0)]
    for k in range(10):
        documents = tuple(
            BookDocument(f"เอกสารประกอบวาระที่ 4.{k + 1} ลำดับที่ {j + 1}", files[5 * k + j]) for j in range(5)
        )
        secrecy = Secrecy.CONFIDENTIAL if k == 3 else Secrecy.NORMAL
        items.append(
            BookItem(f"4.{k + 1}", f"ขออนุมัติโครงการพัฒนาระบบดิจิทัล ระยะที่ {k + 1}", 1, secrecy, documents)
        )
    return BoardBook(
        committee="คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร",
        meeting_label="3/2569",
        title="การประชุมคณะกรรมการเทคโนโลยีสารสนเทศ",
        when="วันอังคารที่ 24 มีนาคม 2569 เวลา 09.30 น.",
        place="ห้องประชุม 1 ชั้น 9",
        reader="นายวิชัย มั่นคง",
        items=tuple(items),
    )


def time_qpdf(files: list[Path], out: Path) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of one qpdf run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(["qpdf", "--empty", "--pages", *map(str, files), "--", str(out)], check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def time_book(book: BoardBook, out: Path, fonts: Fonts) -> tuple[float, float, int]:
    """(wall-clock seconds, CPU seconds, pages) of one board book."""
    started, cpu = time.perf_counter(), time.process_time()
    result = build_board_book(book, out, fonts)
    return time.perf_counter() - started, time.process_time() - cpu, result.pages


def report(name: str, runs: list[tuple[float, float]]) -> tuple[float, float]:
    wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    print(
        f"{name:<12} {wall:.3f} s wall, {cpu:.3f} s CPU (wall runs: {' '.join(f'{r[0]:.3f}' for r in runs)})"
    )
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs of each program (default {RUNS})")
    parser.add_argument("--keep", type=Path, metavar="FILE", help="copy the last board book here")
    parser.add_argument(
        "--uncompressed",
        action="store_true",
        help="write the documents' page contents uncompressed (both programs then compress 1,000 streams)",
    )
    args = parser.parse_args()
    if shutil.which("qpdf") is None:
        sys.exit("qpdf is not installed: it is the reference this benchmark measures against")

    with tempfile.TemporaryDirectory(prefix="emeeting-bench-book-") as tmp:
        folder = Path(tmp)
        files = make_documents(folder, compressed=not args.uncompressed)
        book = book_of(files)
        fonts = Fonts.load(FONT_DIR)  # the service loads them with its first book and keeps them
        time_qpdf(files, folder / "qpdf.pdf")  # warm the file cache and the imports for both
        pages = time_book(book, folder / "book.pdf", fonts)[2]
        print(f"{DOCUMENTS} documents, {DOCUMENTS * PAGES_EACH} pages; the board book has {pages} pages")
        qpdf: list[tuple[float, float]] = []
        ours: list[tuple[float, float]] = []
        for _ in range(args.runs):
            qpdf.append(time_qpdf(files, folder / "qpdf.pdf"))
            ours.append(time_book(book, folder / "book.pdf", fonts)[:2])
        if args.keep:
            shutil.copy(folder / "book.pdf", args.keep)
    qpdf_wall, qpdf_cpu = report("qpdf", qpdf)
    ours_wall, ours_cpu = report("board book", ours)
    ratio = ours_wall / qpdf_wall
    verdict = "ok" if ratio <= TARGET_RATIO else "over target"
    print(
        f"board book {ours_wall:.2f} s vs qpdf {qpdf_wall:.2f} s: {ratio:.2f}x "
        f"(target ≤ {TARGET_RATIO}x) {verdict}; CPU time {ours_cpu / qpdf_cpu:.2f}x "
        "(less sensitive to other load on the machine)"
    )
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
