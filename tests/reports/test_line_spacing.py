"""Thai lines that never collide: every PDF we print (minutes, agenda, invitation; Thai and English; Thai
digits; draft) is rendered by poppler, an independent renderer, one text line at a time, and no line's
ink may rise above the baseline of a line over it nor come within a pixel of that line's ink. The
meeting is full of the names and words whose marks stack highest and reach lowest.

How: each text line of our PDFs is one marked-content sequence (``/Span … BDC BT … ET EMC``) whose
glyphs sit on one baseline. The test copies every line onto a page of its own, cut to a band around the
line's place on the original page, renders those pages with pdftoppm, and compares the ink of every two
lines of the same page, the upper one grown by a pixel all round.
"""

from __future__ import annotations

import dataclasses
import re
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
from emeeting.reports.invitation import invitation_pdf
from emeeting.reports.minutes import minutes_pdf
from emeeting.reports.page_layout import Rendered
from emeeting.reports.thai_text import Fonts
from emeeting.reports.wording import ReportOptions
from tests.reports.conftest import BANGKOK

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


_SPAN = re.compile(rb"/Span <</ActualText <([0-9A-F]*)>>> BDC BT(.*?)ET EMC", re.S)
_TM = re.compile(rb"1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm")
_TF = re.compile(rb"/F\d+ ([\d.]+) Tf")


def line_inks(pdf: Path, workdir: Path) -> list[list[LineInk]]:
    """Each page's text lines, each rendered alone by pdftoppm at the place it has on the page."""
    source = pikepdf.open(pdf)
    single = pikepdf.new()
    found: list[tuple[int, str, float, int]] = []  # page, text, baseline px, band top px
    for number, page in enumerate(source.pages):
        height = float(page.MediaBox[3])
        width = float(page.MediaBox[2])
        content = page.Contents.read_bytes()
        fonts = {name: single.copy_foreign(font) for name, font in page.Resources.Font.items()}
        resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(fonts))
        for match in _SPAN.finditer(content):
            text = bytes.fromhex(match.group(1).decode())[2:].decode("utf-16-be")
            size = max(float(s) for s in _TF.findall(match.group(2)))
            ys = Counter(float(y) for _, y in _TM.findall(match.group(2)))
            baseline = ys.most_common(1)[0][0]
            # The band: from 2 sizes over the baseline to 1.2 under it, on whole pixels of the page.
            top_px = int((height - baseline - 2.0 * size) * SCALE)
            rows = int(3.2 * size * SCALE) + 2
            top = height - top_px / SCALE
            box = pikepdf.Array([0, top - rows / SCALE, width, top])
            single.pages.append(
                pikepdf.Page(
                    pikepdf.Dictionary(
                        Type=pikepdf.Name.Page,
                        MediaBox=box,
                        Resources=resources,
                        Contents=single.make_stream(b"q " + match.group(0) + b" Q"),
                    )
                )
            )
            found.append((number, text, (height - baseline) * SCALE, top_px))
    lines_pdf = workdir / f"{pdf.stem}-lines.pdf"
    single.save(lines_pdf)
    prefix = workdir / f"{pdf.stem}-line"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(lines_pdf), str(prefix)], check=True)
    images = sorted(workdir.glob(f"{prefix.name}-*.pgm"))
    assert len(images) == len(found)
    pages: list[list[LineInk]] = [[] for _ in source.pages]
    for (number, text, baseline, top_px), path in zip(found, images, strict=True):
        with Image.open(path) as image:
            ink = image.convert("L").point(lambda v: 255 if v < INK else 0)
        box = ink.getbbox()
        if box is None:
            continue  # a line of spaces
        page_box = (box[0], box[1] + top_px, box[2], box[3] + top_px)
        pages[number].append(LineInk(text, baseline, ink, top_px, page_box))
        path.unlink()
    return pages


def _crop(line: LineInk, image: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """``box`` (page pixels) of one of the line's images."""
    return image.crop((box[0], box[1] - line.top, box[2], box[3] - line.top))


def collisions(pages: list[list[LineInk]]) -> list[str]:
    """Where a line's ink rises above the baseline of a line over it, or touches that line's ink."""
    found: list[str] = []
    for number, lines in enumerate(pages, start=1):
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
                touch = ImageChops.multiply(
                    _crop(upper, grown[id(upper)], area), _crop(lower, lower.ink, area)
                )
                if touch.getbbox() is not None:
                    found.append(f"page {number}: {lower.text!r} touches {upper.text!r}")
    return found


DOCUMENTS: dict[str, Callable[[m.MeetingBundle, Fonts], Rendered]] = {
    "minutes": lambda b, f: minutes_pdf(b, f, TH),
    "minutes-draft": lambda b, f: minutes_pdf(b, f, TH, draft=True),
    "minutes-digits": lambda b, f: minutes_pdf(b, f, TH_DIGITS),
    "minutes-en": lambda b, f: minutes_pdf(b, f, EN),
    "agenda": lambda b, f: agenda_pdf(b, f, TH),
    "agenda-en": lambda b, f: agenda_pdf(b, f, EN),
    "invitation": lambda b, f: invitation_pdf(b, f, TH),
    "invitation-en": lambda b, f: invitation_pdf(b, f, EN),
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
