"""A generated archive whose search answers are known: two committees (one Thai, one English), meetings over
two years with agenda items in both languages, minutes drafted, certified and amended, action items,
people, and papers attached through intake from real PDFs (Thai set as the project sets it), one of them
a scan with no text layer.

Each distinctive word occurs only where ``Archive`` says; the tests ask for it and know the answer.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from emeeting.domain import model as m
from emeeting.services.container import Services

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 2, 30, tzinfo=UTC)  # 09.30 in Bangkok


def text_pdf(pages: list[tuple[str, str]]) -> bytes:
    """A PDF of these pages (title, paragraph), each set by the demo papers' Thai text engine."""
    import pypdf

    from emeeting.reports.demo_documents import make_demo_pdf
    from emeeting.reports.thai_text import Fonts

    fonts = Fonts.load(FONT_DIR)
    writer = pypdf.PdfWriter()
    for title, paragraph in pages:
        writer.append(
            pypdf.PdfReader(io.BytesIO(make_demo_pdf(title, [paragraph], 1, FONT_DIR, fonts=fonts)))
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf(pages: int = 2) -> bytes:
    """A scan: each page one picture of a page of text, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for n in range(pages):
        picture = Image.new("L", (420, 594), 255)
        draw = ImageDraw.Draw(picture)
        for line in range(20):
            draw.rectangle((40, 40 + line * 25, 380 - (line * 7 + n * 13) % 90, 52 + line * 25), fill=30)
        c.drawImage(ImageReader(picture), 0, 0, *A4)
        c.showPage()
    c.save()
    return out.getvalue()


PAPER_PAGES = [
    ("บทนำ", "บทนำของเอกสารประกอบวาระ introduction of the study"),
    ("รายละเอียด", "โครงการดาวเทียมสำรวจทรัพยากรธรรมชาติ satellite imagery for the ministry"),
    ("Annex", "The satellite ground station annex and its costs"),
]


@dataclass
class Archive:
    ict: m.Committee
    fin: m.Committee
    meteo: m.Person  # อุตุนิยมวิทยา
    treasurer: m.Person  # Holloway, Lighthouse Trust
    meetings: dict[str, m.Meeting] = field(default_factory=dict)  # ict1 ict2 ict3 fin1 fin2
    items: dict[str, m.AgendaItem] = field(default_factory=dict)
    actions: dict[str, m.ActionItem] = field(default_factory=dict)
    papers: dict[str, m.Document] = field(default_factory=dict)  # study, scan, budget


def build_archive(services: Services, files: Path) -> Archive:
    files.mkdir(parents=True, exist_ok=True)
    ict = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร", "ICT")
    fin = m.Committee("Finance Committee", "FIN", agenda_template="en", language="en")
    chair = m.Person("สมชาย", "ใจดี", title="นาย", position="ประธานกรรมการ")
    meteo = m.Person("ทองดี", "มีสุข", title="นาง", position="นักวิชาการชำนาญการ", organisation="กรมอุตุนิยมวิทยา")
    treasurer = m.Person(
        "Margaret", "Holloway", title="Ms.", position="Treasurer", organisation="Lighthouse Trust",
        email="m.holloway@example.org",
    )  # fmt: skip
    services.records.create(ict, fin, chair, meteo, treasurer)
    services.records.create(
        m.Membership(ict.id, chair.id, role=m.MemberRole.CHAIR),
        m.Membership(ict.id, meteo.id),
        m.Membership(fin.id, treasurer.id, role=m.MemberRole.CHAIR),
    )
    archive = Archive(ict, fin, meteo, treasurer)
    plan = [
        ("ict1", ict, "การประชุมคณะกรรมการเทคโนโลยีสารสนเทศ", at(2025, 3, 10), "th", m.MeetingStatus.CLOSED),
        ("fin1", fin, "Budget review", at(2025, 6, 2), "en", m.MeetingStatus.DRAFT),
        ("ict2", ict, "แผนพัฒนาดิจิทัล", at(2025, 9, 15), "th", m.MeetingStatus.DRAFT),
        ("ict3", ict, "งบประมาณโครงการระบบคลาวด์ภาครัฐ", at(2026, 3, 24), "th", m.MeetingStatus.DRAFT),
        ("fin2", fin, "Annual budget meeting", at(2026, 6, 1), "en", m.MeetingStatus.DRAFT),
    ]
    for key, committee, title, start, template, status in plan:
        meeting_id = m.new_id()
        services.meetings.create(
            committee.id, title, start, template=template, meeting_id=meeting_id, status=status,
            place="ห้องประชุม 1" if template == "th" else "Room 4",
        )  # fmt: skip
        archive.meetings[key] = services.records.get(m.Meeting, meeting_id)

    def item(key: str, meeting: str, title: str, **fields: str) -> None:
        added = m.AgendaItem(archive.meetings[meeting].id, title, **fields)  # type: ignore[arg-type]
        services.agenda.add(added)
        archive.items[key] = services.records.get(m.AgendaItem, added.id)

    legal = "พระราชบัญญัติการบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. ๒๕๖๒"
    item(
        "roof", "ict1", "ขออนุมัติซ่อมแซมหลังคาอาคาร",
        background="อาคารศูนย์ข้อมูลมีน้ำรั่วซึม", facts="ผู้รับจ้างสำรวจแล้ว", legal_basis=legal,
        proposal="เสนอให้อนุรักษ์แนวปะการังควบคู่กับการซ่อมแซม", resolution="ที่ประชุมอนุมัติ",
    )  # fmt: skip
    item(
        "durian_title", "ict2", "โครงการส่งเสริมการปลูกทุเรียน",
        background="เกษตรกรในภาคตะวันออก", facts="มีผู้สมัครร้อยราย", legal_basis=legal,
        proposal="เสนอเพื่อพิจารณา", resolution="",
    )  # fmt: skip
    item(
        "durian_body", "ict3", "โครงการพัฒนาผลไม้เศรษฐกิจ",
        background="ผลผลิตทุเรียนเพิ่มขึ้นทุกปี และมีการส่งออกไปต่างประเทศจำนวนมาก", facts="ข้อมูลจากกรมส่งเสริมการเกษตร",
        legal_basis=legal, proposal="เสนอเพื่อทราบ",
    )  # fmt: skip
    # The same item in two meetings: equal scores, the newer meeting first.
    for key, meeting in (("mangosteen_old", "ict2"), ("mangosteen_new", "ict3")):
        item(key, meeting, "ผลการตรวจสวนมังคุด", background="สวนมังคุดของศูนย์วิจัย")
    item(
        "cloud", "ict3", "ขออนุมัติโครงการจัดหาระบบคลาวด์",
        background="หน่วยงานใช้ระบบคลาวด์กลางภาครัฐ", facts="ค่าใช้จ่ายลดลง", legal_basis=legal,
        proposal="ขออนุมัติงบประมาณ", resolution="อนุมัติในหลักการ",
    )  # fmt: skip
    item(
        "cloud_reversed", "ict2", "ทบทวนการใช้งาน",
        background="บริการคลาวด์ของเอกชนและระบบเดิมของหน่วยงาน",
    )  # fmt: skip
    item(
        "lighthouse", "fin1", "Lighthouse repairs",
        background="The committee held two meeting sessions on the lighthouse roof.",
        facts="The crane at the harbour was inspected.", legal_basis="Harbour Act 1998, section 4",
        proposal="Approve the repairs.", resolution="Approved unanimously.",
    )  # fmt: skip
    item(
        "zeppelin", "fin2", "Zeppelin hangar lease",
        background="A lease for the old hangar.", facts="The harbour crane was inspected.",
        proposal="Renew the lease; protect the ปะการัง reef nearby.", resolution="",
    )  # fmt: skip

    def action(key: str, meeting: str, title: str, item_key: str | None = None) -> None:
        added = m.ActionItem(
            archive.meetings[meeting].id, title, item_id=archive.items[item_key].id if item_key else None
        )
        services.records.create(added)
        archive.actions[key] = added

    action("reef", "ict3", "สำรวจแนวปะการังรอบเกาะ", "cloud")
    action("heliostat", "fin2", "Install the heliostat array", "zeppelin")

    study = files / "feasibility-study.pdf"
    study.write_bytes(text_pdf(PAPER_PAGES))
    scan = files / "signed-contract-scan.pdf"
    scan.write_bytes(scanned_pdf())
    budget = files / "budget-annex.pdf"
    budget.write_bytes(text_pdf([("Budget", "The hangar budget for the fiscal year, with the crane.")]))
    ict3, fin2 = archive.meetings["ict3"], archive.meetings["fin2"]
    attached = services.documents.attach(ict3.id, archive.items["cloud"].id, [study, scan])
    assert not attached.rejected, attached.rejected
    archive.papers["study"], archive.papers["scan"] = attached.attached
    attached = services.documents.attach(fin2.id, archive.items["zeppelin"].id, [budget])
    assert not attached.rejected, attached.rejected
    archive.papers["budget"] = attached.attached[0]

    # The minutes of ICT 1/2568: drafted, the roof item's text written, certified, then amended.
    ict1 = archive.meetings["ict1"].id
    services.minutes.draft(ict1)
    roof = archive.items["roof"].id
    services.minutes.set_entry(ict1, roof, "ที่ประชุมมีมติให้เปลี่ยนกระเบื้องหลังคาทั้งหมด")
    services.minutes.certify(ict1, m.CertificationMethod.NEXT_MEETING, at(2025, 9, 15))
    services.minutes.amend(ict1, "แก้ไขข้อความ", {roof: "ที่ประชุมมีมติให้เปลี่ยนกระเบื้องหลังคาทั้งหมด และจัดที่จอดจักรยาน"})
    for key in archive.meetings:
        archive.meetings[key] = services.records.get(m.Meeting, archive.meetings[key].id)
    return archive
