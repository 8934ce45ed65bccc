"""The fixed wording of official documents in Thai and English, and how dates, times and people read.

Documents are written in the language chosen for the document (not the interface's), so the wording
lives here as pairs rather than in the UI's translation files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from types import MappingProxyType
from typing import Literal

from emeeting.domain import model as m
from emeeting.domain.thai import (
    OFFICE_ZONE,
    format_english_date,
    format_english_time,
    format_thai_date,
    format_thai_time,
    to_thai_digits,
)

Lang = Literal["th", "en"]

_WORDS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "minutes": ("รายงานการประชุม", "Minutes of the meeting of the"),
        "minutes_title": ("รายงานการประชุม", "Minutes"),
        "meeting_no": ("ครั้งที่ {label}", "Meeting No. {label}"),
        "when": ("เมื่อ{date}", "held on {date}"),
        "at_time": ("{date} เวลา {time}", "{date} at {time}"),
        "where": ("ณ {place}", "at {place}"),
        "present": ("ผู้มาประชุม", "Present"),
        "absent": ("ผู้ไม่มาประชุม", "Absent"),
        "attending": ("ผู้เข้าร่วมประชุม", "In attendance"),
        "began": ("เริ่มประชุมเวลา {time}", "The meeting began at {time}."),
        "ended": ("เลิกประชุมเวลา {time}", "The meeting closed at {time}."),
        "opening": (
            "เมื่อครบองค์ประชุมแล้ว ประธานกล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้",
            "A quorum being present, the chair opened the meeting and the business was taken as follows.",
        ),
        "section": ("ระเบียบวาระที่ {number}", "Item {number}"),
        "resolution": ("มติที่ประชุม", "Resolution"),
        "none": ("- ไม่มี -", "- None -"),
        "taker": ("ผู้จดรายงานการประชุม", "Minute-taker"),
        "checker": ("ผู้ตรวจรายงานการประชุม", "Checked by"),
        "signed": ("(ลงชื่อ)", "(Signed)"),
        "instead_of": ("แทน {member}", "for {member}"),
        "late": ("(มาประชุมเวลา {time})", "(arrived at {time})"),
        "left": ("(ออกจากการประชุมเวลา {time})", "(left at {time})"),
        "online": ("(ประชุมผ่านสื่ออิเล็กทรอนิกส์)", "(attended online)"),
        "vote_open": ("การลงมติโดยเปิดเผย", "Open vote"),
        "vote_secret": ("การลงมติโดยลับ", "Secret ballot"),
        "tally": (
            "เห็นด้วย {yes} เสียง ไม่เห็นด้วย {no} เสียง งดออกเสียง {abstain} เสียง",
            "for {yes}, against {no}, abstentions {abstain}",
        ),
        "casting": (
            "คะแนนเสียงเท่ากัน ประธานออกเสียงชี้ขาด ({choice})",
            "The votes being equal, the chair gave a casting vote ({choice}).",
        ),
        "passed": ("ผลการลงมติ: ผ่าน", "Result: carried"),
        "rejected": ("ผลการลงมติ: ไม่ผ่าน", "Result: not carried"),
        "against_names": ("ผู้ไม่เห็นด้วย: {names}", "Against: {names}"),
        "abstain_names": ("ผู้งดออกเสียง: {names}", "Abstained: {names}"),
        "recused": (
            "{name} ไม่ร่วมพิจารณาและไม่ออกเสียงในวาระนี้ เนื่องจากมีส่วนได้เสีย",
            "{name} took no part in this item and did not vote, having an interest in it",
        ),
        "dissent": ("ความเห็นแย้ง", "Dissent"),
        "dissent_text": (
            "{name} มีความเห็นแย้ง โดยมีเหตุผลว่า {reasons}",
            "{name} dissented, for these reasons: {reasons}",
        ),
        "agenda": ("ระเบียบวาระการประชุม", "Agenda"),
        "background": ("ความเป็นมา", "Background"),
        "facts": ("ข้อเท็จจริง", "Facts"),
        "legal_basis": ("ข้อกฎหมาย/ระเบียบ", "Legal basis"),
        "proposal": ("ประเด็นเสนอเพื่อพิจารณา", "Proposal"),
        "presenter": ("ผู้นำเสนอ", "Presented by"),
        "closed_item": ("วาระลับ", "Closed item"),
        "invitation": ("หนังสือเชิญประชุม", "Invitation to a meeting"),
        "subject": ("เรื่อง", "Subject:"),
        "to": ("เรียน", "To:"),
        "enclosure": ("สิ่งที่ส่งมาด้วย", "Enclosure:"),
        "invitation_subject": (
            "ขอเชิญประชุม{committee} ครั้งที่ {label}",
            "Invitation: {committee}, meeting No. {label}",
        ),
        "invitation_body": (
            "ด้วย{committee} กำหนดประชุมครั้งที่ {label} ใน{date} เวลา {time} ณ {place}",
            "The {committee} will hold meeting No. {label} on {date} at {time}, at {place}.",
        ),
        "invitation_online": (
            "โดยสามารถเข้าร่วมประชุมผ่านสื่ออิเล็กทรอนิกส์ได้ที่ {link}",
            "You may also join online: {link}",
        ),
        "invitation_request": (
            "จึงเรียนมาเพื่อโปรดเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว",
            "We should be grateful if you would attend at the date, time and place above.",
        ),
        "invitation_agenda": ("ระเบียบวาระการประชุม จำนวน 1 ชุด", "The agenda"),
        "respectfully": ("ขอแสดงความนับถือ", "Yours faithfully,"),
        "members_of": ("กรรมการ{committee}", "Members of the {committee}"),
        "secretary_of": ("เลขานุการ{committee}", "Secretary to the {committee}"),
        "dated": ("{date}", "{date}"),
        "quorum_note": (
            "การประชุมครั้งนี้เป็นการประชุมที่เรียกประชุมใหม่ภายในสิบสี่วัน องค์ประชุมหนึ่งในสาม",
            "This is a reconvened meeting within fourteen days: one third of the members form a quorum.",
        ),
        "choice_for": ("เห็นด้วย", "for"),
        "choice_against": ("ไม่เห็นด้วย", "against"),
        "choice_abstain": ("งดออกเสียง", "abstain"),
        "annotations": ("สรุปบันทึกบนเอกสารประกอบการประชุม", "Summary of annotations"),
        "annotations_of": ("ของ {name}", "by {name}"),
        "printed": ("พิมพ์เมื่อวันที่ {date}", "Printed on {date}"),
        "meeting_papers": ("เอกสารประกอบการประชุม", "Papers of the meeting"),
        "paper": ("เอกสาร: {name}", "Paper: {name}"),
        "page": ("หน้า {page}", "Page {page}"),
        "item_notes": ("บันทึกในวาระ", "Notes on the item"),
        "earlier_version": (
            "บันทึกจากเอกสารฉบับก่อนหน้า",
            "From the earlier version",
        ),
        "earlier_version_note": (
            "บันทึกต่อไปนี้ทำไว้บนเอกสารฉบับก่อนหน้าหรือเอกสารที่ถอนออกแล้ว และไม่พบข้อความที่บันทึกไว้ในฉบับปัจจุบัน",
            "These marks were made on an earlier version of a paper, or on a paper since withdrawn; "
            "the marked text was not found in the current version.",
        ),
        "paper_gone": ("เอกสารที่ไม่มีในการประชุมแล้ว", "A paper no longer in the meeting"),
        "sealed_left_out": (
            "บันทึกบนเอกสารลับซึ่งจัดเก็บแบบเข้ารหัสในเครื่องนี้ จำนวน {count} รายการ ไม่ได้รวมไว้ในสรุปนี้ "
            "เปิดอ่านได้ในโปรแกรมเท่านั้น",
            "{count} annotations on confidential papers kept encrypted on this computer are not included "
            "here; they are read in the app only.",
        ),
        "shape_highlight": ("เน้นข้อความ", "Highlight"),
        "shape_underline": ("ขีดเส้นใต้", "Underline"),
        "shape_ink": ("เขียนด้วยมือ", "Ink"),
        "shape_sticky": ("บันทึกติดหน้า", "Sticky note"),
        "shape_item_note": ("บันทึกในวาระ", "Note on the item"),
        "sharing_private": ("ส่วนตัว", "private"),
        "sharing_committee": ("แบ่งปันกับกรรมการ", "shared with the committee"),
        "sharing_secretary": ("ส่งถึงเลขานุการ", "sent to the secretary"),
        "made_by": (" โดย {name}", ", by {name}"),
    }
)

_ROLES: Mapping[m.MemberRole, tuple[str, str]] = MappingProxyType(
    {
        m.MemberRole.CHAIR: ("ประธานกรรมการ", "Chair"),
        m.MemberRole.VICE_CHAIR: ("รองประธานกรรมการ", "Vice-chair"),
        m.MemberRole.MEMBER: ("กรรมการ", "Member"),
        m.MemberRole.SECRETARY: ("กรรมการและเลขานุการ", "Member and secretary"),
        m.MemberRole.ASSISTANT_SECRETARY: ("กรรมการและผู้ช่วยเลขานุการ", "Member and assistant secretary"),
    }
)

SECRECY: Mapping[m.Secrecy, tuple[str, str]] = MappingProxyType(
    {
        m.Secrecy.NORMAL: ("", ""),
        m.Secrecy.CONFIDENTIAL: ("ลับ", "CONFIDENTIAL"),
        m.Secrecy.SECRET: ("ลับมาก", "SECRET"),
        m.Secrecy.TOP_SECRET: ("ลับที่สุด", "TOP SECRET"),
    }
)

URGENCY: Mapping[m.Urgency, tuple[str, str]] = MappingProxyType(
    {
        m.Urgency.NORMAL: ("", ""),
        m.Urgency.URGENT: ("ด่วน", "URGENT"),
        m.Urgency.VERY_URGENT: ("ด่วนมาก", "VERY URGENT"),
        m.Urgency.MOST_URGENT: ("ด่วนที่สุด", "MOST URGENT"),
    }
)

# The order of members in a list of those present or absent: chair first, secretaries last.
ROLE_ORDER: Mapping[m.MemberRole, int] = MappingProxyType(
    {
        m.MemberRole.CHAIR: 0,
        m.MemberRole.VICE_CHAIR: 1,
        m.MemberRole.MEMBER: 2,
        m.MemberRole.SECRETARY: 3,
        m.MemberRole.ASSISTANT_SECRETARY: 4,
    }
)


@dataclass(frozen=True)
class ReportOptions:
    """How a document is written: its language, Thai digits, and the time zone its times are read in
    (the office's by default: a printed document says the same on every computer)."""

    lang: Lang = "th"
    thai_digits: bool = False
    tz: tzinfo = OFFICE_ZONE
    issued: date | None = None  # the date a letter carries (default: when the notice was sent)


class Words:
    """Wording, dates and times in one document's language."""

    def __init__(self, options: ReportOptions) -> None:
        self.options = options
        self.thai = options.lang == "th"

    def __call__(self, key: str, **params: object) -> str:
        th, en = _WORDS[key]
        return (th if self.thai else en).format(**params)

    def pick(self, pair: tuple[str, str]) -> str:
        return pair[0] if self.thai else pair[1]

    def role(self, role: m.MemberRole, voting: bool = True) -> str:
        """A member's place in the committee; a secretary without a vote is not called a member."""
        if not voting and role is m.MemberRole.SECRETARY:
            return self.pick(("เลขานุการ", "Secretary"))
        if not voting and role is m.MemberRole.ASSISTANT_SECRETARY:
            return self.pick(("ผู้ช่วยเลขานุการ", "Assistant secretary"))
        return self.pick(_ROLES[role])

    def local(self, at: datetime) -> datetime:
        return at.astimezone(self.options.tz)

    def date(self, day: date | datetime, weekday: bool = True) -> str:
        if isinstance(day, datetime):
            day = self.local(day).date()
        if self.thai:
            return format_thai_date(day, weekday=weekday)
        return format_english_date(day, weekday=weekday)

    def time(self, at: datetime) -> str:
        local = self.local(at)
        return format_thai_time(local) if self.thai else format_english_time(local)

    def digits(self, text: str) -> str:
        return to_thai_digits(text) if self.options.thai_digits else text


def person_name(person: m.Person | None) -> str:
    return person.display_name if person is not None else ""
