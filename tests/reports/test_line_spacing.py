"""Thai lines that never collide: every PDF we print (minutes, agenda, invitation; Thai and English; Thai
digits; draft; certified minutes from their frozen text; the demo papers; the board book's cover and
agenda, the stamp on every page and the reader's watermark) is rendered by poppler, an independent
renderer, one text line at a time, and no line's ink may rise above the baseline of a line over it nor
come within a pixel of that line's ink. The meeting is full of the names and words whose marks stack
highest and reach lowest. A stamp drawn over a paper must not hide any of its text.

How: each text line is one text object (``BT … ET``; ours inside a ``/Span … BDC`` sequence) whose
glyphs sit on one baseline. The test walks each page's content, forms included, keeping the graphics
state every text object is drawn in, copies each one onto a page of its own, cut to a band around the
line's place on the original page, renders those pages with pdftoppm, and compares the ink of every two
lines of the same page, the upper one grown by a pixel all round. A translucent line (a watermark, meant
to lie under the text) is rendered opaque and held only to the other translucent lines.
"""

from __future__ import annotations

import dataclasses
import subprocess
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageChops, ImageFilter

from emeeting.domain import model as m
from emeeting.reports.agenda_doc import agenda_pdf
from emeeting.reports.board_book import BoardBook, BookDocument, BookItem, build_board_book
from emeeting.reports.demo_documents import make_demo_pdf
from emeeting.reports.frozen_minutes import frozen_minutes_pdf
from emeeting.reports.invitation import invitation_pdf
from emeeting.reports.minutes import minutes_pdf
from emeeting.reports.page_layout import Rendered
from emeeting.reports.thai_text import Fonts
from emeeting.reports.wording import ReportOptions
from tests.reports.conftest import BANGKOK, FONT_DIR, pdftotext

TH = ReportOptions(lang="th", tz=BANGKOK)
EN = ReportOptions(lang="en", tz=BANGKOK)
TH_DIGITS = ReportOptions(lang="th", thai_digits=True, tz=BANGKOK)
DPI = 150
SCALE = DPI / 72
INK = 128  # darker than this is ink (black text and the red stamps; not the grey draft watermark)

# The words whose marks stack highest (ลิ้ม, ศักดิ์สิทธิ์, ครั้ง) and whose vowels reach lowest (ผู้ใหญ่, ปู่ย่า,
# ประชุม), and the letters with tails (ฐ, ญ), over and over so that they meet across lines.
HARD = "ลิ้มประเสริฐ ศักดิ์สิทธิ์ ผู้ใหญ่ ปู่ย่า ฐิติ ญาณ ครั้งที่ ประชุม"
DISCUSSION = (
    "นายวีระศักดิ์ ลิ้มประเสริฐ ผู้แทนกรมส่งเสริมการปกครองท้องถิ่น รายงานว่าผู้ใหญ่บ้านและปู่ย่าตายายในพื้นที่"
    "ได้ร่วมประชุมหารือถึงสิ่งศักดิ์สิทธิ์ประจำหมู่บ้าน ครั้งที่ 2/2569 เมื่อวันที่ 6 ธันวาคม 2569 ผู้เข้าร่วมประชุม"
    "ร้อยละ 49 เห็นด้วย ท่านฐิติ ญาณวุฒิ ขอให้บันทึกว่าที่ประชุมได้ตั้งงบประมาณไว้ 49 บาทต่อคน "
)


def hard_bundle(bundle: m.MeetingBundle) -> m.MeetingBundle:
    """The meeting of the report tests, its people renamed and its record rewritten with hard words."""
    names = [
        ("วีระศักดิ์", "ลิ้มประเสริฐ", "นาย"),
        ("ฐิติมา", "ศักดิ์สิทธิ์", "นาง"),
        ("ญาณวุฒิ", "นาคสวัสดิ์", "พลตำรวจตรี"),
        ("ปู่ย่า", "ผู้ใหญ่ยิ่ง", "นางสาว"),
        ("ปิ่นปั๊ก", "ฐิติญาณ", "นาย"),
    ]
    people = list(bundle.people)
    for i, (first, last, title) in enumerate(names):
        people[i] = dataclasses.replace(
            people[i], first_name=first, last_name=last, title=title, position="ผู้ใหญ่บ้านศักดิ์สิทธิ์ปู่ย่าฐิติญาณ"
        )
    committee = dataclasses.replace(bundle.committee, name="คณะกรรมการส่งเสริมกิจการผู้ใหญ่บ้านศักดิ์สิทธิ์")
    meeting = dataclasses.replace(bundle.meeting, place="ห้องประชุมศักดิ์สิทธิ์ ชั้น 9 ศาลากลางปู่ย่า")
    items = tuple(
        dataclasses.replace(
            item,
            title=f"{item.title} {HARD}",
            background=f"{DISCUSSION}{HARD}" if item.parent_id else item.background,
            proposal=f"{HARD} {DISCUSSION}" if item.parent_id else item.proposal,
        )
        for item in bundle.items
    )
    entries = tuple(
        dataclasses.replace(e, text=f"{DISCUSSION * 3}\n{HARD} {HARD}\nมติที่ประชุม รับทราบ ผู้ใหญ่ ปู่ย่า ครั้งที่")
        for e in bundle.minutes_entries
    )
    return dataclasses.replace(
        bundle,
        committee=committee,
        meeting=meeting,
        people=tuple(people),
        items=items,
        minutes_entries=entries,
    )


@dataclass
class LineInk:
    text: str
    baseline: float  # pixels from the top of the page
    ink: Image.Image  # mode "L", ink white on black, the line's band of the page
    top: int  # the band's first row, in pixels from the top of the page
    box: tuple[int, int, int, int]  # the ink's bounding box in page pixels
    see_through: bool = False  # drawn translucent (a watermark): other text may lie over it
    order: int = 0  # when the page paints it, among its lines and overlays


@dataclass(frozen=True)
class Overlay:
    """An opaque form drawn over the page with text of its own (a stamp): what lies under it is hidden."""

    name: str
    box: tuple[int, int, int, int]  # page pixels
    order: int


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# What a text object is drawn with, set before it: the matrix, colours, line and text state.
_TEXT_STATE = frozenset({"Tf", "TL", "Tc", "Tw", "Tz", "Ts", "Tr"})  # set inside BT … ET, it outlives it
_STATE = _TEXT_STATE | {"cm", "gs", "g", "G", "rg", "RG", "k", "K", "cs", "CS", "sc", "SC", "scn", "SCN"}
_STATE |= {"w", "J", "j", "M", "d", "ri", "i"}
_SHOW = frozenset({"Tj", "TJ", "'", '"'})


def _times(a: Matrix, b: Matrix) -> Matrix:
    """``a`` then ``b`` (PDF's row-vector order: a point p becomes p × a × b)."""
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def _point(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def _matrix(values: object) -> Matrix:
    a, b, c, d, e, f = (float(v) for v in values)  # type: ignore[attr-defined]
    return (a, b, c, d, e, f)


@dataclass
class _State:
    ops: list[pikepdf.ContentStreamInstruction]  # the state operators in force, in order
    ctm: Matrix
    see_through: bool


@dataclass(frozen=True)
class _Cover:
    """A form with opaque text of its own drawn by the page: its box in points from the top left."""

    name: str
    box: tuple[float, float, float, float]
    order: int


@dataclass
class _Found:
    """A text object to render alone: what it is drawn with, and where its baseline is."""

    page: int
    content: bytes
    resources: pikepdf.Dictionary
    baseline: float  # points from the top of the page
    size: float  # points on the page
    see_through: bool
    order: int


class _Walker:
    """Every text object (BT … ET) of a page, its forms' included, with the graphics state it is drawn
    in: our own lines (one marked-content sequence each), any writer's lines, the stamps' forms."""

    def __init__(self, source: pikepdf.Pdf, target: pikepdf.Pdf) -> None:
        self.source, self.target = source, target
        self.found: list[_Found] = []
        self.overlays: list[tuple[int, _Cover]] = []  # (page, the form)
        self.order = 0

    def page(self, number: int, page: pikepdf.Page) -> None:
        self.number = number
        self.top = float(page.mediabox[3])
        self.walk(
            pikepdf.parse_content_stream(page),
            [page.obj.get("/Resources", pikepdf.Dictionary())],
            _State([], IDENTITY, False),
            depth=0,
        )

    def walk(self, instructions: list, chain: list, state: _State, depth: int) -> None:
        stack: list[_State] = []
        text: list = []  # the text object being read, from BT
        marked: object = None  # the /Span … BDC that opened just before it
        for instruction in instructions:
            op = str(instruction.operator)
            if text:
                text.append(instruction)
                if op == "ET":
                    self.text_object(text, marked, chain, state)
                    state.ops += [i for i in text if str(i.operator) in _TEXT_STATE]
                    text, marked = [], None
                continue
            if op == "BT":
                text = [instruction]
            elif op == "BDC":
                marked = instruction
            elif op == "q":
                stack.append(_State(list(state.ops), state.ctm, state.see_through))
            elif op == "Q" and stack:
                state = stack.pop()
            elif op == "gs" and self.translucent(chain, instruction.operands[0]):
                # Noted, not kept: the line is rendered opaque, so that its ink can be measured.
                state.see_through = True
            elif op in _STATE:
                state.ops.append(instruction)
                if op == "cm":
                    state.ctm = _times(_matrix(instruction.operands), state.ctm)
            elif op == "Do":
                self.form(instruction.operands[0], chain, state, depth)
            if op not in ("BDC", "BT"):
                marked = None

    def translucent(self, chain: list, name: object) -> bool:
        found = self.lookup(chain, "/ExtGState", name)
        return found is not None and float(found.get("/ca", 1)) < 1

    def lookup(self, chain: list, kind: str, name: object) -> pikepdf.Object | None:
        for resources in reversed(chain):
            group = resources.get(kind)
            if group is not None and name in group:
                return group[name]
        return None

    def form(self, name: object, chain: list, state: _State, depth: int) -> None:
        xobject = self.lookup(chain, "/XObject", name)
        if xobject is None or xobject.get("/Subtype") != pikepdf.Name.Form:
            return
        matrix = _matrix(xobject.get("/Matrix", list(IDENTITY)))
        enter = pikepdf.ContentStreamInstruction(list(matrix), pikepdf.Operator("cm"))
        inner = _State([*state.ops, enter], _times(matrix, state.ctm), state.see_through)
        resources = xobject.get("/Resources")
        before = len(self.found)
        self.order += 1
        order = self.order
        self.walk(
            pikepdf.parse_content_stream(xobject),
            [*chain, resources] if resources else chain,
            inner,
            depth + 1,
        )
        lines = self.found[before:]
        if depth == 0 and lines and not all(line.see_through for line in lines):
            x0, y0, x1, y1 = (float(v) for v in xobject.BBox)
            corners = [_point(inner.ctm, x, y) for x in (x0, x1) for y in (y0, y1)]
            xs, ys = [c[0] for c in corners], [c[1] for c in corners]
            box = (min(xs), self.top - max(ys), max(xs), self.top - min(ys))
            self.overlays.append((self.number, _Cover(str(name), box, order)))

    def text_object(self, text: list, marked: object, chain: list, state: _State) -> None:
        """Where the object's glyphs sit: the baseline most of its strings start on, the size."""
        matrix = line = IDENTITY
        leading = size = 0.0
        starts: list[tuple[float, float]] = []  # (baseline, size) of each string shown
        for instruction in text:
            op, values = str(instruction.operator), instruction.operands
            if op == "Tm":
                matrix = line = _matrix(values)
            elif op in ("Td", "TD"):
                line = matrix = _times((1, 0, 0, 1, float(values[0]), float(values[1])), line)
                leading = -float(values[1]) if op == "TD" else leading
            elif op in ("T*", "'", '"'):
                line = matrix = _times((1, 0, 0, 1, 0, -leading), line)
            elif op == "TL":
                leading = float(values[0])
            elif op == "Tf":
                size = float(values[1])
            if op in _SHOW:
                placed = _times(matrix, state.ctm)
                scale = abs(placed[0] * placed[3] - placed[1] * placed[2]) ** 0.5
                starts.append((self.top - placed[5], size * scale))
        if not starts:
            return  # nothing shown
        baseline = Counter(round(y, 2) for y, _ in starts).most_common(1)[0][0]
        body = [*state.ops, *text]
        if marked is not None:
            body = [marked, *body, pikepdf.ContentStreamInstruction([], pikepdf.Operator("EMC"))]
        resources = pikepdf.Dictionary()
        for kind in ("/Font", "/ExtGState", "/ColorSpace"):
            merged = pikepdf.Dictionary()
            for level in chain:
                for key, value in (level.get(kind) or {}).items():
                    if not value.is_indirect:  # copy_foreign takes indirect objects only
                        value = self.source.make_indirect(value)
                    merged[key] = self.target.copy_foreign(value)
            resources[kind] = merged
        self.order += 1
        self.found.append(
            _Found(
                self.number,
                b"q\n" + pikepdf.unparse_content_stream(body) + b"\nQ",
                resources,
                baseline,
                max(s for _, s in starts),
                state.see_through,
                self.order,
            )
        )


def page_parts(pdf: Path, workdir: Path) -> tuple[list[list[LineInk]], list[list[Overlay]]]:
    """Each page's text lines, each rendered alone by pdftoppm at the place it has on the page, and the
    opaque forms with text (stamps) drawn over the page."""
    source = pikepdf.open(pdf)
    single = pikepdf.new()
    walker = _Walker(source, single)
    boxes: list[tuple[float, float, float]] = []  # per page: left, top, right (points)
    for number, page in enumerate(source.pages):
        walker.page(number, page)
        x0, _, x1, y1 = (float(v) for v in page.mediabox)
        boxes.append((x0, y1, x1))
    placed: list[tuple[_Found, int]] = []
    for found in walker.found:
        x0, y1, x1 = boxes[found.page]
        # The band: from 2 sizes over the baseline to 1.2 under it, on whole pixels of the page.
        top_px = int((found.baseline - 2.0 * found.size) * SCALE)
        rows = int(3.2 * found.size * SCALE) + 2
        top = y1 - top_px / SCALE
        single.pages.append(
            pikepdf.Page(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Page,
                    MediaBox=pikepdf.Array([x0, top - rows / SCALE, x1, top]),
                    Resources=found.resources,
                    Contents=single.make_stream(found.content),
                )
            )
        )
        placed.append((found, top_px))
    lines_pdf = workdir / f"{pdf.stem}-lines.pdf"
    single.save(lines_pdf)
    texts = pdftotext(lines_pdf).split("\f")
    prefix = workdir / f"{pdf.stem}-line"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(lines_pdf), str(prefix)], check=True)
    images = sorted(workdir.glob(f"{prefix.name}-*.pgm"))
    assert len(images) == len(placed)
    pages: list[list[LineInk]] = [[] for _ in source.pages]
    for (found, top_px), path, text in zip(placed, images, texts, strict=False):
        with Image.open(path) as image:
            ink = image.convert("L").point(lambda v: 255 if v < INK else 0)
        path.unlink()
        box = ink.getbbox()
        if box is None:
            continue  # a line of spaces, or too light to count as ink
        page_box = (box[0], box[1] + top_px, box[2], box[3] + top_px)
        line = LineInk(
            " ".join(text.split()),
            found.baseline * SCALE,
            ink,
            top_px,
            page_box,
            found.see_through,
            found.order,
        )
        pages[found.page].append(line)
    overlays: list[list[Overlay]] = [[] for _ in source.pages]
    for number, cover in walker.overlays:
        left = boxes[number][0]
        x0, y0, x1, y1 = cover.box
        box_px = (
            int((x0 - left) * SCALE),
            int(y0 * SCALE),
            int((x1 - left) * SCALE) + 1,
            int(y1 * SCALE) + 1,
        )
        overlays[number].append(Overlay(cover.name, box_px, cover.order))
    return pages, overlays


def line_inks(pdf: Path, workdir: Path) -> list[list[LineInk]]:
    """Each page's text lines, each rendered alone by pdftoppm at the place it has on the page."""
    return page_parts(pdf, workdir)[0]


def _crop(line: LineInk, image: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """``box`` (page pixels) of one of the line's images."""
    return image.crop((box[0], box[1] - line.top, box[2], box[3] - line.top))


def collisions(pages: list[list[LineInk]]) -> list[str]:
    """Where a line's ink rises above the baseline of a line over it, or touches that line's ink. A
    translucent line (a watermark) is meant to lie under the page's text: it is held only to the other
    translucent lines."""
    found: list[str] = []
    for number, lines in enumerate(pages, start=1):
        for layer in (False, True):
            found += _collisions(number, [line for line in lines if line.see_through is layer])
    return found


def _collisions(number: int, lines: list[LineInk]) -> list[str]:
    found: list[str] = []
    grown = {id(line): line.ink.filter(ImageFilter.MaxFilter(3)) for line in lines}
    for upper in lines:
        for lower in lines:
            if lower.baseline <= upper.baseline + 1:
                continue
            x0, x1 = max(upper.box[0], lower.box[0]), min(upper.box[2], lower.box[2])
            if x0 >= x1:
                continue  # side by side, not over each other
            # Above the upper line's baseline, under its ink: the lower line's marks rising into it.
            rise = (x0, lower.box[1], x1, int(upper.baseline))
            if rise[1] < rise[3] and _crop(lower, lower.ink, rise).getbbox() is not None:
                found.append(f"page {number}: {lower.text!r} rises into {upper.text!r}")
                continue
            y0, y1 = max(upper.box[1] - 1, lower.box[1]), min(upper.box[3] + 1, lower.box[3])
            if y0 >= y1:
                continue
            area = (x0, y0, x1, y1)
            touch = ImageChops.multiply(_crop(upper, grown[id(upper)], area), _crop(lower, lower.ink, area))
            if touch.getbbox() is not None:
                found.append(f"page {number}: {lower.text!r} touches {upper.text!r}")
    return found


def covered(pages: list[list[LineInk]], overlays: list[list[Overlay]]) -> list[str]:
    """Lines a stamp drawn later hides, even in part: the ink of a line under an overlay's box."""
    found: list[str] = []
    for number, (lines, boxes) in enumerate(zip(pages, overlays, strict=True), start=1):
        for overlay in boxes:
            for line in lines:
                if line.order > overlay.order or line.see_through:
                    continue
                area = (
                    max(overlay.box[0], line.box[0]),
                    max(overlay.box[1], line.box[1]),
                    min(overlay.box[2], line.box[2]),
                    min(overlay.box[3], line.box[3]),
                )
                if area[0] < area[2] and area[1] < area[3] and _crop(line, line.ink, area).getbbox():
                    found.append(f"page {number}: the stamp {overlay.name} hides part of {line.text!r}")
    return found


def frozen_lines(bundle: m.MeetingBundle) -> tuple[tuple[str, str], ...]:
    """The meeting's minutes as certification freezes them: the canonical text, each line with its part."""
    from emeeting.services.minutes import MinutesRecord, canonical_text, line_parts

    assert bundle.minutes is not None
    record = MinutesRecord(bundle, {})
    entries = {e.item_id: e.text for e in bundle.minutes_entries}
    return line_parts(record, canonical_text(record, entries, bundle.minutes, BANGKOK))


DOCUMENTS: dict[str, Callable[[m.MeetingBundle, Fonts], Rendered]] = {
    "minutes": lambda b, f: minutes_pdf(b, f, TH),
    "minutes-draft": lambda b, f: minutes_pdf(b, f, TH, draft=True),
    "minutes-digits": lambda b, f: minutes_pdf(b, f, TH_DIGITS),
    "minutes-en": lambda b, f: minutes_pdf(b, f, EN),
    "agenda": lambda b, f: agenda_pdf(b, f, TH),
    "agenda-en": lambda b, f: agenda_pdf(b, f, EN),
    "invitation": lambda b, f: invitation_pdf(b, f, TH),
    "invitation-en": lambda b, f: invitation_pdf(b, f, EN),
    "frozen-minutes": lambda b, f: frozen_minutes_pdf(b, frozen_lines(b), f, TH),
    "frozen-minutes-digits": lambda b, f: frozen_minutes_pdf(b, frozen_lines(b), f, TH_DIGITS),
}


@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_no_line_rises_into_or_touches_the_line_above(
    tmp_path: Path, fonts: Fonts, bundle: m.MeetingBundle, kind: str
) -> None:
    pdf = tmp_path / f"{kind}.pdf"
    pdf.write_bytes(DOCUMENTS[kind](hard_bundle(bundle), fonts).pdf)
    pages = line_inks(pdf, tmp_path)
    assert sum(len(p) for p in pages) > 20
    found = collisions(pages)
    assert not found, f"{len(found)} collisions, e.g.\n" + "\n".join(found[:10])


def test_the_check_sees_marks_that_reach_the_line_above(tmp_path: Path, fonts: Fonts) -> None:
    """Lines set 1.25 em apart (what the minutes used to be): the check finds the stacked marks."""
    from emeeting.reports.page_layout import PageTemplate, Paragraph, ParaStyle, render_pdf

    tight = ParaStyle(align="left", leading=20)
    blocks = [Paragraph.of(HARD, tight) for _ in range(6)]
    pdf = tmp_path / "tight.pdf"
    pdf.write_bytes(render_pdf(blocks, fonts, PageTemplate()).pdf)
    found = collisions(line_inks(pdf, tmp_path))
    assert any("rises into" in f for f in found)


# -- the PDFs made outside the page flow: demo papers, the board book's pages and stamps -------------------

PAPER = (f"{DISCUSSION}{HARD}", f"{HARD} {DISCUSSION}", "ผู้ใหญ่ปู่ย่าฐิติญาณศักดิ์สิทธิ์ลิ้มประเสริฐครั้งที่ประชุม")
ENGLISH_PAPER = ("Quarterly figures: disbursement reached 61.4 per cent; the Chair's note is attached. " * 3,)


def demo_paper(title: str, pages: int, fonts: Fonts) -> bytes:
    return make_demo_pdf(title, PAPER if title[0] > "~" else ENGLISH_PAPER, pages, FONT_DIR, fonts=fonts)


@pytest.mark.parametrize("title", [f"รายงานผลการดำเนินงานศักดิ์สิทธิ์ ผู้ใหญ่บ้าน ปู่ย่า {HARD}", "Budget Report"])
def test_demo_papers_lines_never_collide(tmp_path: Path, fonts: Fonts, title: str) -> None:
    """The papers ``emeeting demo`` attaches: the title, the part headings, the body and page numbers."""
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(demo_paper(title, 3, fonts))
    pages = line_inks(pdf, tmp_path)
    assert len(pages) == 3 and all(len(p) > 10 for p in pages)
    found = collisions(pages)
    assert not found, f"{len(found)} collisions, e.g.\n" + "\n".join(found[:10])


READER = "นายวีระศักดิ์ ลิ้มประเสริฐ"


def hard_book(fonts: Fonts, **changes: object) -> BoardBook:
    """A board book of a classed meeting whose names and titles stack marks high and low, bound from demo
    papers: plain items, a ลับมาก item and a ลับที่สุด paper, whose pages carry the reader's watermark."""
    thai = demo_paper(f"เอกสารประกอบวาระ ผู้ใหญ่บ้านศักดิ์สิทธิ์ {HARD}", 2, fonts)
    english = demo_paper("Budget Report", 1, fonts)
    fields: dict[str, object] = {
        "committee": "คณะกรรมการส่งเสริมกิจการผู้ใหญ่บ้านศักดิ์สิทธิ์ปู่ย่า",
        "meeting_label": "12/2569",
        "title": f"การประชุมคณะกรรมการ ครั้งที่ 12/2569 {HARD}",
        "when": "วันพฤหัสบดีที่ 6 ธันวาคม 2569 เวลา 09.30 น.",
        "place": "ห้องประชุมศักดิ์สิทธิ์ ชั้น 9 ศาลากลางปู่ย่า",
        "secrecy": m.Secrecy.CONFIDENTIAL,
        "reader": READER,
        "meeting_documents": (BookDocument("รายชื่อผู้เข้าประชุม ผู้ใหญ่บ้านศักดิ์สิทธิ์", thai),),
        "items": (
            BookItem("1", f"เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ {HARD}", 0),
            BookItem("4", "เรื่องเสนอเพื่อพิจารณา", 0),
            BookItem("4.1", HARD, 1, documents=(BookDocument(HARD, thai), BookDocument("Budget", english))),
            BookItem("4.2", f"ร่างระเบียบ {HARD}", 1, m.Secrecy.SECRET, (BookDocument("ร่างระเบียบ", thai),)),
            BookItem(
                "4.3",
                "ผลการตรวจสอบปู่ย่าฐิติญาณ",
                1,
                documents=(BookDocument("รายงานลับที่สุด", thai, m.Secrecy.TOP_SECRET),),
            ),
        ),
    }
    fields.update(changes)
    return BoardBook(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "digits"), [("th", False), ("th", True), ("en", False)], ids=["th", "thai-digits", "en"]
)
def test_board_book_pages_stamps_and_watermarks_never_collide(
    tmp_path: Path, fonts: Fonts, language: str, digits: bool
) -> None:
    """The cover, the agenda with its page numbers, the stamp on every page ("วาระที่ 4.1 / หน้า 12/14") and
    the reader's watermark: no line collides with another, the stamp's included, and no stamp hides a
    line of the paper it is put on."""
    pdf = tmp_path / "book.pdf"
    result = build_board_book(hard_book(fonts, language=language, thai_digits=digits), pdf, fonts)
    assert result.watermarked  # the classed papers carry the watermark
    pages, overlays = page_parts(pdf, tmp_path)
    assert len(pages) == result.pages and all(overlays)  # every page carries its stamp
    texts = [line.text for page in pages for line in page]
    copy_of = "Copy of" if language == "en" else "สำเนาของ"
    assert sum(t.startswith(copy_of) for t in texts) == len(result.watermarked)
    found = collisions(pages) + covered(pages, overlays)
    assert not found, f"{len(found)} collisions, e.g.\n" + "\n".join(found[:10])


def test_the_check_sees_a_stamp_over_a_papers_text(tmp_path: Path, fonts: Fonts) -> None:
    """A paper written down to its foot (not one of ours): the stamp hides its last line, and the check
    says so."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = tmp_path / "foot.pdf"
    paper = canvas.Canvas(str(buf), pagesize=A4)
    paper.setFont("Helvetica", 14)
    paper.drawString(300, 20, "the last line of a paper written to its very foot")
    paper.save()
    pdf = tmp_path / "book.pdf"
    build_board_book(
        hard_book(fonts, items=(BookItem("1", "x", 0, documents=(BookDocument("p", buf),)),)), pdf, fonts
    )
    pages, overlays = page_parts(pdf, tmp_path)
    assert any("hides part of 'the last line" in f for f in covered(pages, overlays))
