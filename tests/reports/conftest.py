"""Report fixtures: the bundled fonts, a realistic Thai meeting as a MeetingBundle, and poppler helpers."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.reports.thai_text import Fonts

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
BANGKOK = timezone(timedelta(hours=7), "Asia/Bangkok")


@pytest.fixture(scope="session")
def fonts() -> Fonts:
    return Fonts.load(FONT_DIR)


def pdftotext(pdf: Path, *args: str) -> str:
    """poppler's text extraction (reading order, no -layout), as any reader's copy and search sees it."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def pdftotext_pages(pdf: Path) -> list[str]:
    return pdftotext(pdf).split("\f")[:-1]


FURNITURE = re.compile(r"(- [0-9๐-๙]+ -|ลับ|ลับมาก|ลับที่สุด|CONFIDENTIAL|SECRET|TOP SECRET)")


def body_text(pdf: Path) -> str:
    """The text of all pages without what every page repeats (secrecy stamps, page numbers), with the
    line breaks inside paragraphs normalised away: what a paragraph running across pages reads as."""
    lines = [line for line in pdftotext(pdf).replace("\f", "\n").split("\n") if not FURNITURE.fullmatch(line)]
    return "".join(lines)


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words_with_boxes(pdf: Path) -> list[Word]:
    """Every word with its page and box (points from the top-left), from ``pdftotext -bbox``."""
    import re
    from html import unescape

    html = pdftotext(pdf, "-bbox")
    out: list[Word] = []
    page = 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(
            r'xMin="(-?[\d.]+)" yMin="(-?[\d.]+)" xMax="(-?[\d.]+)" yMax="(-?[\d.]+)">(.*)</word>', line
        )
        if match:
            x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
            out.append(Word(unescape(match.group(5)), page, x0, y0, x1, y1))
    return out


def at(hour: int, minute: int) -> datetime:
    """A time on 3 March 2026 in Bangkok, stored in UTC as the store does."""
    return datetime(2026, 3, 3, hour, minute, tzinfo=BANGKOK).astimezone(UTC)


LONG_DISCUSSION = (
    "ฝ่ายเลขานุการรายงานว่าศูนย์เทคโนโลยีสารสนเทศและการสื่อสารได้ดำเนินการจัดทำแผนปฏิบัติการดิจิทัล"
    "ระยะห้าปีตามที่คณะกรรมการมอบหมายแล้วเสร็จโดยได้รับฟังความคิดเห็นจากหน่วยงานในสังกัดทุกแห่ง"
    "และปรับปรุงตามข้อเสนอแนะของที่ปรึกษาด้านความมั่นคงปลอดภัยไซเบอร์เรียบร้อยแล้ว"
)


@pytest.fixture(scope="session")
def bundle() -> m.MeetingBundle:
    """ICT 3/2569: members present, late, online, leaving early, absent with a reason, a substitute, a
    guest; items with edited minutes entries and items with only recorded resolutions, votes, dissent."""
    committee = m.Committee("คณะกรรมการบริหารเทคโนโลยีสารสนเทศ", "ICT")
    meeting = m.Meeting(
        committee.id,
        3,
        2569,
        "การประชุมคณะกรรมการบริหารเทคโนโลยีสารสนเทศ ครั้งที่ 3/2569",
        at(9, 30),
        end=at(12, 0),
        place="ห้องประชุมชัยพฤกษ์ ชั้น 9 อาคารสำนักงานปลัดกระทรวง",
        urgency=m.Urgency.MOST_URGENT,
        secrecy=m.Secrecy.CONFIDENTIAL,
        notice_sent_at=datetime(2026, 2, 24, 3, 0, tzinfo=UTC),
    )
    p = {
        "chair": m.Person("สมชาย", "ใจดี", title="นาย", position="ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
        "vice": m.Person("วิภา", "ศรีสุข", title="นาง", position="รองปลัดกระทรวง"),
        "late": m.Person("ประเสริฐ", "เจริญผล", title="พลตำรวจตรี", position="ผู้บังคับการ"),
        "online": m.Person("อัญชลี", "พงษ์พานิช", title="นางสาว", position="ผู้อำนวยการกองกลาง"),
        "left": m.Person("ธีรวัฒน์", "มั่นคง", title="นาย", position="ผู้อำนวยการกองคลัง"),
        "absent": m.Person("มาลัย", "บุญมา", title="นาง", position="ผู้ตรวจราชการกระทรวง"),
        "sent": m.Person("ปิยะ", "รักษ์ไทย", title="นาย", position="ผู้อำนวยการสำนักนโยบาย"),
        "deputy": m.Person("ชลธิชา", "ชัยมงคล", title="นางสาว", position="นักวิเคราะห์นโยบายชำนาญการพิเศษ"),
        "secretary": m.Person(
            "สุดา", "รักงาน", title="นางสาว", position="ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
        ),
        "assistant": m.Person("เกรียงไกร", "เรืองศรี", title="นาย", position="นักวิชาการคอมพิวเตอร์ชำนาญการ"),
        "guest": m.Person("พิมพ์ชนก", "ทวีสุข", title="นางสาว", position="นักวิชาการพัสดุชำนาญการ"),
    }
    roles = {
        "chair": m.MemberRole.CHAIR,
        "vice": m.MemberRole.VICE_CHAIR,
        "late": m.MemberRole.MEMBER,
        "online": m.MemberRole.MEMBER,
        "left": m.MemberRole.MEMBER,
        "absent": m.MemberRole.MEMBER,
        "sent": m.MemberRole.MEMBER,
        "secretary": m.MemberRole.SECRETARY,
        "assistant": m.MemberRole.ASSISTANT_SECRETARY,
    }
    memberships = tuple(m.Membership(committee.id, p[k].id, role=r) for k, r in roles.items())
    mid = meeting.id
    A = m.Attendance
    invitations = (
        m.Invitation(mid, p["chair"].id, attendance=A.PRESENT),
        m.Invitation(mid, p["vice"].id, attendance=A.PRESENT),
        m.Invitation(mid, p["late"].id, attendance=A.LATE, arrived_at=at(10, 15)),
        m.Invitation(mid, p["online"].id, attendance=A.ONLINE),
        m.Invitation(mid, p["left"].id, attendance=A.LEFT_EARLY, left_at=at(11, 0)),
        m.Invitation(mid, p["absent"].id, attendance=A.ABSENT, absence_reason="ติดราชการ"),
        m.Invitation(mid, p["sent"].id, rsvp=m.Rsvp.SUBSTITUTE, attendance=A.ABSENT),
        m.Invitation(mid, p["deputy"].id, substitute_for_id=p["sent"].id, attendance=A.PRESENT),
        m.Invitation(mid, p["secretary"].id, attendance=A.PRESENT),
        m.Invitation(mid, p["assistant"].id, attendance=A.PRESENT),
        m.Invitation(mid, p["guest"].id, role=m.InviteeRole.PRESENTER, attendance=A.PRESENT),
    )
    S = m.AgendaSection
    s1 = m.AgendaItem(mid, "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", position=0, section=S.ANNOUNCEMENTS)
    i11 = m.AgendaItem(mid, "นโยบายการลดการใช้กระดาษในหน่วยงานภาครัฐ", parent_id=s1.id, section=S.ANNOUNCEMENTS)
    s2 = m.AgendaItem(mid, "เรื่องรับรองรายงานการประชุม", position=1, section=S.CERTIFY_MINUTES)
    i21 = m.AgendaItem(mid, "รับรองรายงานการประชุม ครั้งที่ 2/2569", parent_id=s2.id, section=S.CERTIFY_MINUTES)
    s3 = m.AgendaItem(mid, "เรื่องสืบเนื่อง", position=2, section=S.MATTERS_ARISING)
    s4 = m.AgendaItem(mid, "เรื่องเสนอเพื่อพิจารณา", position=3, section=S.FOR_DECISION)
    i41 = m.AgendaItem(
        mid,
        "แผนปฏิบัติการดิจิทัล ระยะที่ 1 (พ.ศ. 2569-2573)",
        parent_id=s4.id,
        section=S.FOR_DECISION,
        presenter_id=p["guest"].id,
        background="คณะกรรมการมอบหมายให้ศูนย์เทคโนโลยีสารสนเทศจัดทำแผนปฏิบัติการดิจิทัลระยะห้าปี",
        facts="ศูนย์ฯ ได้จัดทำร่างแผนแล้วเสร็จ วงเงินงบประมาณรวม 15,375,000 บาท",
        legal_basis="พระราชบัญญัติการบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2562 มาตรา 4",
        proposal="เห็นควรให้ความเห็นชอบร่างแผนปฏิบัติการดิจิทัล ระยะที่ 1",
        resolution="เห็นชอบร่างแผนปฏิบัติการดิจิทัล ระยะที่ 1 ตามที่ฝ่ายเลขานุการเสนอ",
    )
    i42 = m.AgendaItem(
        mid,
        "การจัดซื้อระบบคลาวด์กลาง",
        parent_id=s4.id,
        position=1,
        section=S.FOR_DECISION,
        closed=True,
        secrecy=m.Secrecy.CONFIDENTIAL,
        proposal="เห็นควรอนุมัติการจัดซื้อตามที่คณะกรรมการพิจารณาผลเสนอ",
        resolution="อนุมัติการจัดซื้อระบบคลาวด์กลาง",
    )
    s5 = m.AgendaItem(mid, "เรื่องอื่น ๆ", position=4, section=S.OTHER)
    items = (s1, i11, s2, i21, s3, s4, i41, i42, s5)
    vote = m.Vote(
        mid,
        i42.id,
        "อนุมัติการจัดซื้อระบบคลาวด์กลาง",
        rule=m.VoteRule.MAJORITY_OF_CAST,
        result=m.VoteResult.PASSED,
    )
    ballots = (
        m.Ballot(vote.id, p["chair"].id, m.Choice.FOR),
        m.Ballot(vote.id, p["vice"].id, m.Choice.FOR),
        m.Ballot(vote.id, p["online"].id, m.Choice.FOR),
        m.Ballot(vote.id, p["late"].id, m.Choice.AGAINST),
        m.Ballot(vote.id, p["deputy"].id, m.Choice.ABSTAIN),
    )
    minutes = m.Minutes(
        mid,
        started_at=at(9, 35),
        ended_at=at(12, 10),
        taker_id=p["assistant"].id,
        checker_id=p["secretary"].id,
    )
    entries = (
        m.MinutesEntry(minutes.id, i11.id, f"{LONG_DISCUSSION}\nมติที่ประชุม รับทราบ"),
        m.MinutesEntry(minutes.id, i21.id, "ที่ประชุมพิจารณาแล้วไม่มีการแก้ไข\nมติที่ประชุม รับรองรายงานการประชุม"),
        m.MinutesEntry(minutes.id, i41.id, "ที่ประชุมอภิปรายอย่างกว้างขวาง\nมติที่ประชุม เห็นชอบ"),
    )
    return m.MeetingBundle(
        committee,
        meeting,
        people=tuple(p.values()),
        memberships=memberships,
        items=items,
        recusals=(m.Recusal(i42.id, p["left"].id, reason="เป็นกรรมการบริษัทผู้เสนอราคา"),),
        invitations=invitations,
        votes=(vote,),
        ballots=ballots,
        dissents=(m.Dissent(i42.id, p["late"].id, "ราคากลางสูงกว่าราคาตลาด"),),
        minutes=minutes,
        minutes_entries=entries,
    )
