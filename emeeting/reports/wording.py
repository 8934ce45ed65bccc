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
        # The evidence pack of a meeting held on members' laptops (reports.evidence).
        "ev_title": ("หลักฐานการประชุมผ่านสื่ออิเล็กทรอนิกส์", "Evidence of the electronic meeting"),
        "ev_generated": ("จัดทำเมื่อ {when}", "Made on {when}"),
        "ev_json_sha": (
            "ค่าแฮช SHA-256 ของไฟล์ evidence.json ที่จัดทำพร้อมเอกสารนี้",
            "SHA-256 of the evidence.json made with this document",
        ),
        "ev_meeting": ("ข้อมูลการประชุม", "The meeting"),
        "ev_subject": ("เรื่อง", "Subject"),
        "ev_mode": ("รูปแบบการประชุม", "Format"),
        "ev_mode_in_person": ("ประชุม ณ สถานที่ประชุม", "in person"),
        "ev_mode_online": ("ประชุมผ่านสื่ออิเล็กทรอนิกส์", "online"),
        "ev_mode_hybrid": ("ประชุม ณ สถานที่ประชุมและผ่านสื่ออิเล็กทรอนิกส์", "in person and online"),
        "ev_online_link": ("ช่องทางประชุมผ่านสื่ออิเล็กทรอนิกส์", "Online link"),
        "ev_recording": ("ที่จัดเก็บการบันทึกเสียงและภาพการประชุม", "Recording of the meeting"),
        "ev_none": ("- ไม่มี -", "- none -"),
        "ev_connections": (
            "การเข้าร่วมและออกจากช่องทางการประชุม (เวลา ผู้ใช้ อุปกรณ์ และที่อยู่เครือข่าย)",
            "Joining and leaving the meeting's channel (time, user, device and network address)",
        ),
        "ev_joined": ("เข้าร่วม", "joined"),
        "ev_left": ("ออก", "left"),
        "ev_account": ("บัญชีผู้ใช้ {user}", "account {user}"),
        "ev_device": ("อุปกรณ์ {device}", "device {device}"),
        "ev_address": ("ที่อยู่ {address}", "address {address}"),
        "ev_checkins": ("การแสดงตนและการยืนยันตัวตนของผู้ร่วมประชุม", "Check-in and how identity was verified"),
        "ev_checkin_present": ("แสดงตนว่าอยู่ ณ สถานที่ประชุม", "checked in, in the room"),
        "ev_checkin_online": ("แสดงตนว่าประชุมผ่านสื่ออิเล็กทรอนิกส์", "checked in, online"),
        "ev_verified_by": ("ยืนยันตัวตนด้วย{how}", "identity verified by {how}"),
        "ev_verified_password": ("รหัสผ่าน", "password"),
        "ev_verified_password+totp": (
            "รหัสผ่านและรหัสผ่านใช้ครั้งเดียว (TOTP)",
            "password and one-time code (TOTP)",
        ),
        "ev_attendance": ("เวลาเข้าร่วมประชุมตามบันทึกของฝ่ายเลขานุการ", "Attendance as the secretary recorded it"),
        "ev_arrived": ("มาประชุมเวลา {time}", "arrived {time}"),
        "ev_departed": ("ออกจากการประชุมเวลา {time}", "left {time}"),
        "ev_instead_of": ("แทน {name}", "for {name}"),
        "ev_attendance_unknown": ("ยังไม่ได้บันทึก", "not recorded"),
        "ev_attendance_present": ("มาประชุม", "present"),
        "ev_attendance_online": ("ประชุมผ่านสื่ออิเล็กทรอนิกส์", "online"),
        "ev_attendance_late": ("มาประชุมหลังเริ่มประชุม", "late"),
        "ev_attendance_left_early": ("ออกก่อนเลิกประชุม", "left early"),
        "ev_attendance_absent": ("ไม่มาประชุม", "absent"),
        "ev_role_member": ("กรรมการ", "member"),
        "ev_role_guest": ("ผู้เข้าร่วมประชุม", "guest"),
        "ev_role_presenter": ("ผู้นำเสนอ", "presenter"),
        "ev_votes": ("การลงมติ", "Votes"),
        "ev_vote_item": ("ระเบียบวาระที่ {number} {title}", "Item {number} {title}"),
        "ev_question": ("ประเด็น: {question}", "Question: {question}"),
        "ev_vote_mode": ("วิธีลงมติ: {mode}  เกณฑ์: {rule}", "Mode: {mode}  Rule: {rule}"),
        "ev_vote_open": ("เปิดเผย", "open"),
        "ev_vote_secret": ("ลับ (บันทึกเฉพาะจำนวนเสียง)", "secret (counts only)"),
        "ev_rule_majority_of_cast": ("เสียงข้างมากของผู้ออกเสียง", "a majority of the votes cast"),
        "ev_rule_majority_of_present": ("เสียงข้างมากของผู้มาประชุม", "a majority of the members present"),
        "ev_rule_two_thirds_of_present": ("สองในสามของผู้มาประชุม", "two thirds of the members present"),
        "ev_rule_custom": ("{fraction} ของผู้มาประชุม", "{fraction} of the members present"),
        "ev_vote_times": ("เปิดลงมติ {opened}  ปิดลงมติ {closed}", "Opened {opened}  Closed {closed}"),
        "ev_by_hand": ("ลงมติในที่ประชุม (ไม่ได้เปิดให้ลงมติผ่านเครื่อง)", "Taken by hand (not opened on laptops)"),
        "ev_result_passed": ("ผลการลงมติ: ผ่าน", "Result: carried"),
        "ev_result_rejected": ("ผลการลงมติ: ไม่ผ่าน", "Result: not carried"),
        "ev_result_pending": ("ผลการลงมติ: ยังไม่ปิดการลงมติ", "Result: not yet closed"),
        "ev_names": ("{choice}: {names}", "{choice}: {names}"),
        "ev_log": (
            "ข้อมูลจราจรอิเล็กทรอนิกส์: บันทึกเหตุการณ์ของช่องทางการประชุมทั้งหมด ({count} รายการ)",
            "Traffic data: the whole event log of the meeting's channel ({count} events)",
        ),
        "ev_log_note": (
            "เวลาตามนาฬิกาของเครื่องแม่ข่าย แสดงเป็นเวลาประเทศไทย",
            "Times are the server's clock, shown in Thailand time.",
        ),
        "ev_minutes": ("รายงานการประชุมที่รับรองแล้ว", "The certified minutes"),
        "ev_not_certified": ("รายงานการประชุมยังไม่ได้รับรอง", "The minutes are not certified yet."),
        "ev_certified_at": ("รับรองเมื่อ {when}", "Certified on {when}"),
        "ev_certified_sha": ("ค่าแฮช SHA-256 ของรายงานการประชุมที่รับรอง", "SHA-256 of the certified text"),
        "ev_latest_sha": (
            "ค่าแฮช SHA-256 ของฉบับแก้ไขครั้งที่ {version}",
            "SHA-256 of amendment {version}",
        ),
        "ev_verified": (
            "ตรวจสอบแล้ว: ข้อความที่จัดเก็บตรงกับค่าแฮชที่บันทึกไว้",
            "Verified: the stored text matches the recorded hash.",
        ),
        "ev_not_verified": (
            "ตรวจสอบไม่ผ่าน: ข้อความที่จัดเก็บไม่ตรงกับค่าแฮชที่บันทึกไว้",
            "NOT verified: the stored text does not match the recorded hash.",
        ),
        "ev_basis": ("ส่วนของหลักฐานกับข้อกำหนดที่รองรับ", "Which requirement each part answers"),
        "ev_basis_part": ("ส่วนของหลักฐาน", "Part"),
        "ev_basis_clause": ("ข้อกำหนด", "Requirement"),
        "ev_decree": (
            "พ.ร.ก. ว่าด้วยการประชุมผ่านสื่ออิเล็กทรอนิกส์ พ.ศ. 2563",
            "Emergency Decree on Electronic Meetings B.E. 2563",
        ),
        "ev_standard": (
            "ประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เรื่อง มาตรฐานการรักษาความมั่นคงปลอดภัยของการประชุม"
            "ผ่านสื่ออิเล็กทรอนิกส์ พ.ศ. 2563",
            "MDES notification on security standards of electronic meetings B.E. 2563",
        ),
        "ev_basis_identity": (
            "พ.ร.ก.ฯ: ผู้ร่วมประชุมต้องแสดงตนก่อนร่วมประชุม; ประกาศฯ ข้อ 5: การแสดงตนของผู้ร่วมประชุม"
            "ก่อนการประชุม (เช่น ชื่อผู้ใช้และรหัสผ่าน หรือรหัสผ่านใช้ครั้งเดียว)",
            "Decree: participants identify themselves before joining; notification cl. 5: identification of "
            "participants before the meeting (e.g. user name and password, or a one-time password)",
        ),
        "ev_basis_traffic": (
            "พ.ร.ก.ฯ: จัดเก็บข้อมูลจราจรอิเล็กทรอนิกส์ของผู้ร่วมประชุมทุกคนไว้เป็นหลักฐาน; ประกาศฯ ข้อ 5: "
            "การจัดเก็บข้อมูลจราจรอิเล็กทรอนิกส์ (ข้อมูลที่ระบุตัวผู้ใช้งาน วันและเวลาโดยอิงเวลามาตรฐาน)",
            "Decree: keep every participant's electronic traffic data as evidence; notification cl. 5: "
            "keeping the traffic data (who the user is; date and time against standard time)",
        ),
        "ev_basis_attendance": (
            "พ.ร.ก.ฯ: จัดทำรายงานการประชุมเป็นหนังสือ (ผู้มาประชุมและเวลา)",
            "Decree: written minutes of the meeting (who attended, and when)",
        ),
        "ev_basis_votes": (
            "พ.ร.ก.ฯ: ผู้ร่วมประชุมลงคะแนนได้ทั้งโดยเปิดเผยและโดยลับ; ประกาศฯ ข้อ 5: การลงคะแนนของผู้ร่วม"
            "ประชุม ทั้งการลงคะแนนโดยเปิดเผยและการลงคะแนนลับ",
            "Decree: participants can vote openly and by secret ballot; notification cl. 5: open and secret "
            "voting by participants",
        ),
        "ev_basis_recording": (
            "พ.ร.ก.ฯ: บันทึกเสียงหรือทั้งเสียงและภาพของผู้ร่วมประชุมทุกคนตลอดการประชุม เว้นแต่เป็นการประชุมลับ",
            "Decree: an audio or audio-visual recording of every participant throughout, except a "
            "confidential meeting",
        ),
        "ev_basis_minutes": (
            "พ.ร.ก.ฯ: จัดทำรายงานการประชุมเป็นหนังสือ; การประชุมที่ดำเนินการตาม พ.ร.ก. รับฟังเป็น"
            "พยานหลักฐานได้ (ค่าแฮชแสดงว่าข้อความไม่ถูกแก้ไขหลังรับรอง)",
            "Decree: written minutes; a meeting held under the decree is admissible as evidence (the hash "
            "shows the text is unchanged since certification)",
        ),
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
