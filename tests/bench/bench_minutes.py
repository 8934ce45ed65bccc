"""Benchmark: 30 pages of Thai minutes as a PDF in at most 1 second.

Run:  .venv/bin/python tests/bench/bench_minutes.py [--pages 30] [--runs 7]

A meeting is made in memory (domain objects only) with enough agenda items and minutes text, all Thai,
to fill the wanted number of pages; its minutes are rendered by ``emeeting.reports.minutes.minutes_pdf``
exactly as the ``minutes`` command does (fonts loaded, HarfBuzz shaping, word segmentation, layout,
font subsetting, PDF writing).

Figures, each the median of --runs:
- ours: the whole minutes PDF, with the fonts loaded afresh (an empty shaping cache) every run;
- ours, cold: a fresh Python process rendering once, timed inside it from before the report modules
  are imported, so it pays the imports, HarfBuzz's font load and PyThaiNLP's dictionary load (what one
  `emeeting minutes` command pays on top of starting Python and opening the store);
- reference: reportlab's standard Paragraph/SimpleDocTemplate setting the same paragraphs in the same
  font and size on A4, unshaped (no HarfBuzz, no word segmentation: Thai breaks only at spaces and tone
  marks land where the font's defaults put them), measured in the same run.
- shaping alone: HarfBuzz on every word of the text, to show what shaping costs.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from emeeting.domain import model as m  # noqa: E402

FONT_DIR = ROOT / "resources" / "fonts"
TARGET_SECONDS = 1.0
BANGKOK = timezone(timedelta(hours=7))

SENTENCES = (
    "ฝ่ายเลขานุการรายงานว่าศูนย์เทคโนโลยีสารสนเทศและการสื่อสารได้ดำเนินการจัดทำแผนปฏิบัติการดิจิทัลระยะห้าปี"
    "ตามที่คณะกรรมการมอบหมายแล้วเสร็จ",
    "โดยได้รับฟังความคิดเห็นจากหน่วยงานในสังกัดทุกแห่งและปรับปรุงตามข้อเสนอแนะของที่ปรึกษาด้านความมั่นคงปลอดภัยไซเบอร์",
    "ที่ประชุมได้อภิปรายอย่างกว้างขวางเกี่ยวกับวงเงินงบประมาณ ความคุ้มค่า และระยะเวลาการดำเนินงาน",
    "ประธานขอให้สำนักงานปลัดกระทรวงประสานกับสำนักงบประมาณเพื่อจัดสรรงบประมาณประจำปี พ.ศ. {year}",
    "กรรมการผู้แทนกรมบัญชีกลางเสนอให้ปรับปรุงหลักเกณฑ์การจัดซื้อจัดจ้างให้สอดคล้องกับพระราชบัญญัติ"
    "การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560",
    "ผู้อำนวยการกองคลังชี้แจงว่าผลการเบิกจ่ายงบประมาณไตรมาสที่ {quarter} คิดเป็นร้อยละ {percent} ของวงเงินที่ได้รับจัดสรร",
    "ที่ประชุมเห็นควรให้จัดทำรายงานความก้าวหน้าเสนอคณะกรรมการทุกสามเดือน พร้อมทั้งเผยแพร่ข้อมูลเปิดภาครัฐ",
    "น้ำท่วมขังบริเวณอาคารสำนักงานเมื่อปีที่ผ่านมาทำให้ผู้ใหญ่บ้านและผู้นำชุมชนขอให้เร่งปรับปรุงระบบระบายน้ำ",
)


def make_bundle(items: int) -> m.MeetingBundle:
    committee = m.Committee("คณะกรรมการบริหารเทคโนโลยีสารสนเทศและการสื่อสาร", "ICT")
    start = datetime(2026, 3, 3, 2, 30, tzinfo=UTC)
    meeting = m.Meeting(
        committee.id, 3, 2569, "การประชุม", start, end=start + timedelta(hours=3), place="ห้องประชุม 1"
    )
    people = [m.Person(f"กรรมการ{n}", "ใจดี", title="นาย", position="ผู้อำนวยการกอง") for n in range(12)]
    memberships = [m.Membership(committee.id, p.id) for p in people]
    invitations = [m.Invitation(meeting.id, p.id, attendance=m.Attendance.PRESENT) for p in people]
    minutes = m.Minutes(meeting.id, started_at=start, ended_at=start + timedelta(hours=3))
    section = m.AgendaItem(meeting.id, "เรื่องเสนอเพื่อพิจารณา", section=m.AgendaSection.FOR_DECISION)
    agenda, entries = [section], []
    for n in range(items):
        item = m.AgendaItem(
            meeting.id, f"เรื่องที่ {n + 1} การพัฒนาระบบงานดิจิทัลของหน่วยงาน", parent_id=section.id, position=n
        )
        agenda.append(item)
        paragraphs = []
        for k in range(3):
            text = "".join(
                SENTENCES[(n + k + j) % len(SENTENCES)].format(
                    year=2569 + k, quarter=k + 1, percent=61 + n % 30
                )
                for j in range(3)
            )
            paragraphs.append(text)
        paragraphs.append("มติที่ประชุม เห็นชอบตามที่ฝ่ายเลขานุการเสนอ และให้รายงานผลในการประชุมครั้งต่อไป")
        entries.append(m.MinutesEntry(minutes.id, item.id, "\n".join(paragraphs)))
    return m.MeetingBundle(
        committee,
        meeting,
        people=tuple(people),
        memberships=tuple(memberships),
        items=tuple(agenda),
        invitations=tuple(invitations),
        minutes=minutes,
        minutes_entries=tuple(entries),
    )


def ours(bundle: m.MeetingBundle, draft: bool = False) -> tuple[float, int]:
    from emeeting.reports.minutes import minutes_pdf
    from emeeting.reports.thai_text import Fonts
    from emeeting.reports.wording import ReportOptions

    started = time.perf_counter()
    rendered = minutes_pdf(bundle, Fonts.load(FONT_DIR), ReportOptions(tz=BANGKOK), draft=draft)
    return time.perf_counter() - started, rendered.pages


def leading() -> float:
    """Our single line spacing at 16 pt, from the font's metrics: the reference sets its lines as far
    apart, so that both put the same text on about as many pages."""
    from emeeting.reports.thai_text import Fonts

    return Fonts.load(FONT_DIR).line_height(16)


def reference(paragraphs: list[str]) -> tuple[float, int]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    started = time.perf_counter()
    if "BenchLaksaman" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchLaksaman", str(FONT_DIR / "Laksaman.ttf")))
    style = ParagraphStyle(
        "body", fontName="BenchLaksaman", fontSize=16, leading=leading(), firstLineIndent=71
    )
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=85, rightMargin=57, topMargin=71, bottomMargin=57)
    story = [Paragraph(p, style) for p in paragraphs]
    doc.build(story)
    return time.perf_counter() - started, doc.page


def shaping_only(paragraphs: list[str]) -> float:
    from emeeting.domain.thai_words import WordBreaker
    from emeeting.reports.thai_text import Font

    font = Font(FONT_DIR / "Laksaman.ttf")
    breaker = WordBreaker()
    words = [w for p in paragraphs for w in breaker.segment(p)]
    started = time.perf_counter()
    for w in words:
        font.shape(w)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold-items", type=int, help=argparse.SUPPRESS)  # the fresh process's part
    args = parser.parse_args()
    if args.cold_items:
        bundle = make_bundle(args.cold_items)
        seconds, _ = ours(bundle)
        print(seconds)
        return

    from emeeting.reports.minutes import minutes_blocks
    from emeeting.reports.page_layout import Paragraph
    from emeeting.reports.wording import ReportOptions

    # Find how many items fill the pages (2 items a page is close; adjust from a first count).
    items = args.pages * 2
    bundle = make_bundle(items)
    for _ in range(6):
        seconds, pages = ours(bundle)
        if pages == args.pages:
            break
        items = max(1, round(items * args.pages / pages))
        bundle = make_bundle(items)
    blocks = minutes_blocks(bundle, ReportOptions(tz=BANGKOK))
    paragraphs = [b.text for b in blocks if isinstance(b, Paragraph)]

    ours_times, draft_times, ref_times, ref_pages = [], [], [], 0
    for _ in range(args.runs):
        seconds, pages = ours(bundle)
        ours_times.append(seconds)
        draft_times.append(ours(bundle, draft=True)[0])
        ref_seconds, ref_pages = reference(paragraphs)
        ref_times.append(ref_seconds)
    shaping = statistics.median(shaping_only(paragraphs) for _ in range(3))
    cold = statistics.median(
        float(
            subprocess.run(
                [sys.executable, __file__, "--cold-items", str(items)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(3)
    )
    median = statistics.median(ours_times)
    print(
        f"minutes: {pages} pages, {len(paragraphs)} paragraphs, "
        f"{sum(map(len, paragraphs)):,} characters of Thai"
    )
    print(f"line spacing at 16 pt (the font's ascent + descent + line gap): {leading():.2f} pt")
    print(f"ours (shaped, segmented, exact text), median of {args.runs}: {median * 1000:7.0f} ms")
    draft = statistics.median(draft_times)
    print(f"ours with the draft watermark on every page, median of {args.runs}: {draft * 1000:7.0f} ms")
    print(f"ours, cold in a fresh process (imports, font, dictionary), median of 3: {cold * 1000:7.0f} ms")
    print(
        f"reference: reportlab Paragraph, unshaped, same text ({ref_pages} pages): "
        f"{statistics.median(ref_times) * 1000:7.0f} ms"
    )
    print(f"HarfBuzz shaping of every word alone:                   {shaping * 1000:7.0f} ms")
    verdict = "OK" if median <= TARGET_SECONDS else "TOO SLOW"
    print(f"target: {args.pages} pages in at most {TARGET_SECONDS:.1f} s -> {verdict}")


if __name__ == "__main__":
    main()
