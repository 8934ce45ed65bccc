"""Realistic demo data: three committees, their people and a history of meetings.

Pure generation: no I/O and no storage, and deterministic: every choice and every id comes from one
``random.Random(seed)``, so the same arguments always give the same data. Documents are not rendered
here: bundles have no ``documents``; ``DemoData.attachments`` says which pooled ``DemoDocument`` goes
with which meeting and item, and the caller renders each distinct document once, stores it and creates
the ``Document`` records.

Action items follow the app's convention: an open action is carried to the next meeting as a new record
(``carried_from_id``) whose status is the current one; the earlier record keeps its status at the time.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any, NamedTuple

from emeeting.domain.model import (
    ATTENDED,
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    Attendance,
    Ballot,
    CertificationMethod,
    Choice,
    Committee,
    Dissent,
    Invitation,
    InviteeRole,
    Meeting,
    MeetingBundle,
    MeetingMode,
    MeetingStatus,
    MemberRole,
    Membership,
    Minutes,
    MinutesEntry,
    MinutesStatus,
    MinutesStyle,
    NumberingStyle,
    Person,
    Recusal,
    Rsvp,
    Secrecy,
    Urgency,
    Vote,
    VoteKind,
    VoteResult,
    VoteRule,
)
from emeeting.domain.templates import AGENDA_TEMPLATES, SectionTemplate, next_meeting_number
from emeeting.domain.thai import OFFICE_ZONE, be_year, ce_year, format_english_date, format_thai_date, is_thai

BANGKOK = OFFICE_ZONE  # the demo office is a Thai one


@dataclass(frozen=True)
class DemoDocument:
    key: str
    title: str
    paragraphs: tuple[str, ...]
    pages: int
    file_name: str


@dataclass(frozen=True)
class DemoAttachment:
    """Attach the rendered ``document_key`` to a meeting (``item_id`` None) or to one of its items."""

    meeting_id: str
    item_id: str | None
    document_key: str
    name: str


@dataclass(frozen=True)
class DemoData:
    committees: tuple[Committee, ...]
    people: tuple[Person, ...]
    memberships: tuple[Membership, ...]
    bundles: tuple[MeetingBundle, ...]  # ordered by start
    documents: tuple[DemoDocument, ...]  # the pooled documents that some attachment uses
    attachments: tuple[DemoAttachment, ...]


# ---------------------------------------------------------------------------------------------------
# Vocabulary


class _Org(NamedTuple):
    name: str
    domain: str
    names: str  # how its people are named: "th" Thai, "rt" romanised Thai, "en" English


class _Seat(NamedTuple):
    role: MemberRole
    position: str
    org: int
    voting: bool = True
    title: str = ""  # a fixed prefix such as a rank; otherwise one is chosen
    rotates: bool = False  # the holder changes half way through the demo period


class _Topic(NamedTuple):
    title: str  # may use {fy} (BE fiscal year), {fy_ce}, {q} (quarter of the fiscal year)
    kind: str  # info (noted) | approve | procure (closed) | award (closed, secret vote, 2/3)
    legal: int  # index into the language's laws
    doc: str  # a DemoDocument key
    facts: str  # may use {amount} and {pct}


class _Committee(NamedTuple):
    name: str
    short_name: str
    language: str
    numbering: NumberingStyle
    seats: tuple[_Seat, ...]
    staff: tuple[tuple[str, int], ...]  # presenters and stand-ins: (position, org)
    places: tuple[str, ...]
    online: float  # share of meetings held online
    hybrid: float
    topics: tuple[_Topic, ...]


class _Lang(NamedTuple):
    template: str  # the agenda template (a key of AGENDA_TEMPLATES): section and announcement titles
    date_text: Callable[[date], str]  # a date in running text
    chair_says: str
    secretary_says: str
    chair_news: tuple[str, ...]
    secretary_news: tuple[str, ...]
    certify_title: str
    certify_background: str
    certify_proposal: str
    certified: tuple[str, ...]
    circulated: str
    nothing: str
    arising_title: str
    arising_background: str
    progress: tuple[str, ...]
    noted: str
    background: str
    proposal: str
    approved: tuple[str, ...]
    rejected: str
    tally: str
    casting: str
    question: str
    discussion: tuple[str, ...]
    action: str
    other_items: tuple[str, ...]
    absence: tuple[str, ...]
    dissent: tuple[str, ...]
    dissent_note: str
    recusal: tuple[str, ...]
    recusal_note: str
    resolution_label: str
    meeting_title: str
    online_place: str
    minutes_name: str
    laws: tuple[str, ...]
    titles_male: tuple[str, ...]
    titles_female: tuple[str, ...]
    minutes_doc: str
    chair_docs: tuple[str, ...]
    briefing_doc: str
    boilerplate: tuple[str, ...]


_ORGS: tuple[_Org, ...] = (
    _Org("กรมส่งเสริมการบริหารราชการดิจิทัล", "dapd.example.go.th", "th"),  # 0: the host department
    _Org("สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)", "dga.example.or.th", "th"),
    _Org("สำนักงานตำรวจแห่งชาติ", "police.example.go.th", "th"),
    _Org("สำนักงานคณะกรรมการพัฒนาระบบราชการ (สำนักงาน ก.พ.ร.)", "opdc.example.go.th", "th"),
    _Org("คณะรัฐประศาสนศาสตร์ มหาวิทยาลัยแห่งหนึ่ง", "pa.example.ac.th", "th"),
    _Org("Department of Digital Administration Promotion", "dapd.example.go.th", "rt"),  # 5
    _Org("National Cybersecurity Agency", "ncsa.example.go.th", "rt"),
    _Org("Government Data Centre and Cloud Service", "gdcc.example.go.th", "rt"),
    _Org("Asia-Pacific Institute for Public Innovation", "apipi.example.org", "en"),
    _Org("Digital Partnership Facility", "dpf.example.org", "en"),
)

_TH_MALE = (
    ("สมชาย", "Somchai"), ("ประเสริฐ", "Prasert"), ("วิชัย", "Wichai"), ("ธนากร", "Thanakorn"),
    ("สุรชัย", "Surachai"), ("อนุชา", "Anucha"), ("กิตติพงษ์", "Kittipong"), ("ณัฐพล", "Nattaphon"),
    ("ชัยวัฒน์", "Chaiwat"), ("ปิยะ", "Piya"), ("วีระพงษ์", "Weerapong"), ("ธีรวัฒน์", "Theerawat"),
    ("อภิชาติ", "Aphichat"), ("สมศักดิ์", "Somsak"), ("พงศกร", "Phongsakorn"), ("เกรียงไกร", "Kriangkrai"),
    ("ภานุวัฒน์", "Phanuwat"), ("บุญเลิศ", "Boonlert"),
)  # fmt: skip
_TH_FEMALE = (
    ("สุนิสา", "Sunisa"), ("วันเพ็ญ", "Wanphen"), ("กัญญา", "Kanya"), ("พิมพ์ชนก", "Phimchanok"),
    ("ศิริพร", "Siriporn"), ("รัชนี", "Ratchanee"), ("อรทัย", "Orathai"), ("นันทนา", "Nanthana"),
    ("ปวีณา", "Paweena"), ("จิราพร", "Jiraporn"), ("มาลัย", "Malai"), ("ดวงใจ", "Duangjai"),
    ("ณัฐชา", "Natcha"), ("สุภาพร", "Supaporn"), ("เบญจวรรณ", "Benjawan"), ("อัญชลี", "Anchalee"),
    ("ชลธิชา", "Chonthicha"), ("วรรณา", "Wanna"),
)  # fmt: skip
_TH_LAST = (
    ("ศรีสุข", "Srisuk"), ("วงศ์สวัสดิ์", "Wongsawat"), ("ใจดี", "Jaidee"), ("รุ่งเรือง", "Rungruang"),
    ("แก้วมณี", "Kaewmanee"), ("ทองคำ", "Thongkham"), ("บุญมา", "Boonma"), ("สุวรรณรัตน์", "Suwannarat"),
    ("เจริญผล", "Charoenphon"), ("พงษ์พานิช", "Phongphanich"), ("ศักดิ์สิทธิ์", "Saksit"),
    ("อินทรประเสริฐ", "Intharaprasert"), ("ชัยมงคล", "Chaimongkol"), ("ปัญญาวงศ์", "Panyawong"),
    ("นาคสวัสดิ์", "Naksawat"), ("ธนสาร", "Thanasan"), ("กิจเจริญ", "Kitcharoen"),
    ("สมบูรณ์ชัย", "Somboonchai"), ("วิเศษสุวรรณ", "Wisetsuwan"), ("มีสุข", "Meesuk"),
    ("ลิ้มประเสริฐ", "Limprasert"), ("เพชรรัตน์", "Phetcharat"), ("สายทอง", "Saithong"),
    ("อุดมศักดิ์", "Udomsak"), ("จันทร์เพ็ญ", "Chanphen"), ("ศรีวงศ์", "Sriwong"), ("พูลสวัสดิ์", "Poonsawat"),
    ("เรืองศรี", "Ruangsri"), ("ทวีสุข", "Thaweesuk"), ("บุญประเสริฐ", "Boonprasert"),
    ("รัตนวงศ์", "Rattanawong"), ("มั่นคง", "Mankong"),
)  # fmt: skip
_EN_MALE = ("James", "Daniel", "Michael", "Thomas", "Andrew", "Kenji", "Rajesh", "Lukas")
_EN_FEMALE = ("Sarah", "Emily", "Claire", "Hannah", "Mei Ling", "Priya", "Sofia", "Anna")
_EN_LAST = ("Whitfield", "Morgan", "Carter", "Lindqvist", "Tanaka", "Nair", "Fischer", "O'Brien", "Harrison")

_PROCUREMENT = 0  # indices into _Lang.laws
_DIGITAL = 1
_PDPA = 2
_CYBER = 3
_BUDGET = 4
_GOOD_GOVERNANCE = 5
_FACILITATION = 6

_TH_PLACES = (
    "ห้องประชุม 1 ชั้น 5 อาคารรัฐประศาสนภักดี",
    "ห้องประชุมราชพฤกษ์ ชั้น 3 อาคารสำนักงานกรม",
    "ห้องประชุมชัยพฤกษ์ ชั้น 9 อาคารสำนักงานกรม",
    "ห้องประชุมศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร ชั้น 2",
)

_ICT_TOPICS = (
    _Topic("ขออนุมัติโครงการจัดหาเครื่องคอมพิวเตอร์แม่ข่ายและระบบจัดเก็บข้อมูล ประจำปีงบประมาณ พ.ศ. {fy}",
           "procure", _PROCUREMENT, "server-tor",
           "เครื่องคอมพิวเตอร์แม่ข่ายเดิมใช้งานมาแล้วกว่า 8 ปี สิ้นสุดการรับประกัน "
           "และมีอัตราการใช้ทรัพยากรเฉลี่ยร้อยละ {pct} ศูนย์ฯ จึงจัดทำร่างขอบเขตของงาน (TOR) "
           "วงเงินงบประมาณ {amount} บาท และคณะกรรมการกำหนดราคากลางได้ให้ความเห็นชอบแล้ว"),
    _Topic("ร่างแผนปฏิบัติการดิจิทัล ระยะ 5 ปี (พ.ศ. 2566–2570) ฉบับทบทวน ประจำปีงบประมาณ พ.ศ. {fy}",
           "approve", _DIGITAL, "digital-plan",
           "ศูนย์ฯ ได้ทบทวนแผนให้สอดคล้องกับแผนพัฒนารัฐบาลดิจิทัลของประเทศไทย ประกอบด้วย 4 ยุทธศาสตร์ "
           "17 โครงการ ผลการดำเนินงานในรอบปีที่ผ่านมาแล้วเสร็จร้อยละ {pct}"),
    _Topic("ร่างนโยบายและแนวปฏิบัติในการรักษาความมั่นคงปลอดภัยด้านสารสนเทศ",
           "approve", _CYBER, "security-policy",
           "ศูนย์ฯ ได้ปรับปรุงร่างนโยบายตามประมวลแนวทางปฏิบัติด้านการรักษาความมั่นคงปลอดภัยไซเบอร์ "
           "และข้อเสนอแนะของผู้ตรวจสอบภายใน ซึ่งพบความเสี่ยงระดับสูง 3 รายการ"),
    _Topic("การย้ายระบบงานไปใช้บริการคลาวด์กลางภาครัฐ (GDCC)", "approve", _DIGITAL, "digital-plan",
           "จากการสำรวจระบบงานทั้งหมด 31 ระบบ มีระบบที่เหมาะสมจะย้ายในระยะแรก 12 ระบบ "
           "ซึ่งจะลดค่าใช้จ่ายด้านศูนย์ข้อมูลได้ประมาณ {amount} บาทต่อปี"),
    _Topic("ผลการเบิกจ่ายงบประมาณด้านเทคโนโลยีสารสนเทศ ไตรมาสที่ {q} ปีงบประมาณ พ.ศ. {fy}",
           "info", _BUDGET, "budget-th",
           "ณ สิ้นไตรมาส มีผลการเบิกจ่ายร้อยละ {pct} ของวงเงินที่ได้รับจัดสรร {amount} บาท"),
    _Topic("สรุปผลการจัดซื้อจัดจ้างด้านเทคโนโลยีสารสนเทศ ไตรมาสที่ {q}",
           "info", _PROCUREMENT, "procurement-th",
           "ในไตรมาสนี้มีการจัดซื้อจัดจ้าง 14 รายการ วงเงินรวม {amount} บาท ดำเนินการผ่านระบบ e-GP "
           "ทุกรายการ"),
    _Topic("ร่างประกาศนโยบายการคุ้มครองข้อมูลส่วนบุคคลของกรม", "approve", _PDPA, "pdpa-th",
           "ศูนย์ฯ ได้จัดทำบันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคลครบทุกหน่วยงานแล้วร้อยละ "
           "{pct} และได้ยกร่างประกาศนโยบายโดยผ่านการตรวจพิจารณาของกองกฎหมายแล้ว"),
    _Topic("แนวทางการจัดทำบัญชีข้อมูล (Data Catalog) และการเปิดเผยข้อมูลเปิดภาครัฐ",
           "approve", _DIGITAL, "data-catalog",
           "กรมมีชุดข้อมูลที่ขึ้นทะเบียนแล้ว 86 ชุด และพร้อมเปิดเผยเป็นข้อมูลเปิดร้อยละ {pct}"),
    _Topic("การพิจารณาผลการคัดเลือกผู้รับจ้างพัฒนาระบบสารบรรณอิเล็กทรอนิกส์",
           "award", _PROCUREMENT, "procurement-th",
           "มีผู้ยื่นข้อเสนอ 4 ราย ผ่านการพิจารณาคุณสมบัติ 3 ราย "
           "คณะกรรมการพิจารณาผลเสนอให้จ้างผู้ยื่นข้อเสนอที่ได้คะแนนรวมสูงสุด ในวงเงิน {amount} บาท"),
)  # fmt: skip
_PMQA_TOPICS = (
    _Topic("รายงานผลการพัฒนาคุณภาพการบริหารจัดการภาครัฐ (PMQA 4.0) ประจำปีงบประมาณ พ.ศ. {fy}",
           "approve", _GOOD_GOVERNANCE, "pmqa-report",
           "ผลการประเมินตนเองได้คะแนนเฉลี่ย 412 คะแนน หมวดที่ควรปรับปรุงเร่งด่วนคือหมวด 4 การวัด "
           "การวิเคราะห์ และการจัดการความรู้ ซึ่งดำเนินการแล้วร้อยละ {pct}"),
    _Topic("ร่างแผนพัฒนาองค์การ ประจำปีงบประมาณ พ.ศ. {fy}", "approve", _GOOD_GOVERNANCE, "pmqa-report",
           "ร่างแผนประกอบด้วย 6 โครงการ งบประมาณรวม {amount} บาท "
           "จัดทำจากผลการวิเคราะห์ช่องว่างของการประเมินปีที่ผ่านมา"),
    _Topic("ข้อเสนอโครงการลดขั้นตอนและระยะเวลาการให้บริการประชาชน",
           "approve", _FACILITATION, "service-redesign",
           "งานบริการที่เสนอให้ปรับปรุงมี 5 งาน สามารถลดระยะเวลาให้บริการได้เฉลี่ยร้อยละ {pct} "
           "และลดการใช้สำเนาเอกสารจากประชาชนได้ทั้งหมด"),
    _Topic("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {fy}",
           "info", _GOOD_GOVERNANCE, "ita",
           "กรมได้คะแนน {pct}.45 คะแนน อยู่ในระดับ A "
           "ตัวชี้วัดที่ควรพัฒนาคือการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง"),
    _Topic("การคัดเลือกหน่วยงานดีเด่นด้านการพัฒนาระบบราชการ ประจำปีงบประมาณ พ.ศ. {fy}",
           "award", _GOOD_GOVERNANCE, "pmqa-report",
           "มีหน่วยงานเสนอผลงานเข้ารับการคัดเลือก 7 หน่วยงาน คณะทำงานกลั่นกรองเสนอรายชื่อ 2 หน่วยงาน"),
    _Topic("ร่างคู่มือมาตรฐานการปฏิบัติงานด้านการให้บริการ", "approve", _FACILITATION, "service-redesign",
           "ร่างคู่มือครอบคลุมกระบวนงานบริการ 23 กระบวนงาน ผ่านการรับฟังความคิดเห็นผู้รับบริการแล้ว"),
    _Topic("ผลการดำเนินงานตามคำรับรองการปฏิบัติราชการ รอบ 6 เดือน ปีงบประมาณ พ.ศ. {fy}",
           "info", _GOOD_GOVERNANCE, "budget-th",
           "ตัวชี้วัดที่บรรลุค่าเป้าหมายแล้วคิดเป็นร้อยละ {pct} ของตัวชี้วัดทั้งหมด"),
)  # fmt: skip
_DTSC_TOPICS = (
    _Topic("Digital Transformation Roadmap: annual review for FY{fy_ce}", "approve", _DIGITAL, "roadmap-en",
           "Of the 24 roadmap initiatives, {pct} per cent are on track; three need re-scoping."),
    _Topic("Migration of core line-of-business systems to the government cloud",
           "approve", _DIGITAL, "cloud-en",
           "Twelve systems are ready to move in the first wave, saving about THB {amount} a year."),
    _Topic("Budget execution report, quarter {q} of FY{fy_ce}", "info", _BUDGET, "budget-en",
           "Disbursement reached {pct} per cent of the THB {amount} allocation."),
    _Topic("Cybersecurity risk assessment and treatment plan", "approve", _CYBER, "risk-en",
           "The assessment found 3 high and 11 medium risks; {pct} per cent of controls are in place."),
    _Topic("Award of the data platform services contract", "award", _PROCUREMENT, "vendor-en",
           "Four bids were received; the panel recommends the highest-scoring bid at THB {amount}."),
    _Topic("Quarterly KPI review", "info", _DIGITAL, "kpi-en",
           "Eight of the eleven KPIs are green; online service uptake is at {pct} per cent."),
    _Topic("Data-sharing agreements with partner agencies", "approve", _PDPA, "roadmap-en",
           "Five agencies have agreed in principle; the template agreement follows the PDPA guidance."),
)  # fmt: skip

_COMMITTEES: tuple[_Committee, ...] = (
    _Committee(
        "คณะกรรมการบริหารเทคโนโลยีสารสนเทศ",
        "ICT",
        "th",
        NumberingStyle.PER_YEAR,
        (
            _Seat(MemberRole.CHAIR, "รองอธิบดีกรมส่งเสริมการบริหารราชการดิจิทัล (CIO)", 0),
            _Seat(MemberRole.VICE_CHAIR, "ผู้อำนวยการสำนักบริหารกลาง", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการกองแผนงาน", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการกองคลัง", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการกองการเจ้าหน้าที่", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการกลุ่มพัฒนาระบบบริหาร", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการกลุ่มตรวจสอบภายใน", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการฝ่ายมาตรฐานและสถาปัตยกรรมรัฐบาลดิจิทัล", 1),
            _Seat(MemberRole.MEMBER, "ผู้บังคับการกองบังคับการตำรวจสื่อสาร", 2, title="พลตำรวจตรี", rotates=True),
            _Seat(MemberRole.SECRETARY, "ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", 0),
            _Seat(MemberRole.ASSISTANT_SECRETARY, "นักวิชาการคอมพิวเตอร์ชำนาญการพิเศษ", 0, voting=False),
        ),
        (("นักวิชาการคอมพิวเตอร์ชำนาญการ", 0), ("นักวิชาการพัสดุชำนาญการ", 0), ("หัวหน้ากลุ่มงานระบบเครือข่าย", 0)),
        _TH_PLACES,
        0.05,
        0.25,
        _ICT_TOPICS,
    ),
    _Committee(
        "คณะกรรมการพัฒนาระบบราชการ กรมส่งเสริมการบริหารราชการดิจิทัล",
        "PMQA",
        "th",
        NumberingStyle.PER_YEAR,
        (
            _Seat(MemberRole.CHAIR, "อธิบดีกรมส่งเสริมการบริหารราชการดิจิทัล", 0),
            _Seat(MemberRole.VICE_CHAIR, "รองอธิบดีกรมส่งเสริมการบริหารราชการดิจิทัล (CIO)", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการสำนักบริหารกลาง", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการกองแผนงาน", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการกองการเจ้าหน้าที่", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการกองกฎหมาย", 0),
            _Seat(MemberRole.MEMBER, "ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", 0),
            _Seat(MemberRole.MEMBER, "นักพัฒนาระบบราชการชำนาญการพิเศษ", 3),
            _Seat(MemberRole.MEMBER, "ผู้ทรงคุณวุฒิด้านการบริหารจัดการภาครัฐ", 4, title="รองศาสตราจารย์ ดร."),
            _Seat(MemberRole.SECRETARY, "ผู้อำนวยการกลุ่มพัฒนาระบบบริหาร", 0),
            _Seat(MemberRole.ASSISTANT_SECRETARY, "นักวิเคราะห์นโยบายและแผนชำนาญการ", 0, voting=False),
        ),
        (("นักทรัพยากรบุคคลชำนาญการพิเศษ", 0), ("นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ", 0)),
        _TH_PLACES[:3],
        0.0,
        0.15,
        _PMQA_TOPICS,
    ),
    _Committee(
        "Digital Transformation Steering Committee",
        "DTSC",
        "en",
        NumberingStyle.CONTINUOUS,
        (
            _Seat(MemberRole.CHAIR, "Director-General", 5),
            _Seat(MemberRole.VICE_CHAIR, "Executive Director", 9),
            _Seat(MemberRole.MEMBER, "Chief Information Security Officer", 6),
            _Seat(MemberRole.MEMBER, "Head of Cloud Services", 7),
            _Seat(MemberRole.MEMBER, "Senior Fellow, Data Governance", 8),
            _Seat(MemberRole.MEMBER, "Programme Manager, Digital Government", 9),
            _Seat(MemberRole.MEMBER, "Director, Finance Division", 5),
            _Seat(MemberRole.SECRETARY, "Director, Digital Strategy Division", 5, voting=False),
            _Seat(MemberRole.ASSISTANT_SECRETARY, "Project Officer", 5, voting=False),
        ),
        (("Solution Architect", 5), ("Procurement Officer", 5)),
        (
            "Meeting Room 1, 5th Floor, Rattaprasasanabhakti Building",
            "Boardroom, 9th Floor, Department Building",
        ),
        0.3,
        0.55,
        _DTSC_TOPICS,
    ),
)

_TH = _Lang(
    template="th",
    date_text=format_thai_date,  # "26 พฤศจิกายน 2569"
    chair_says="ประธานแจ้งให้ที่ประชุมทราบเรื่อง{news}",
    secretary_says="ฝ่ายเลขานุการแจ้งให้ที่ประชุมทราบเรื่อง{news}",
    chair_news=(
        "ผลการประชุมผู้บริหารระดับสูงของกระทรวง ด้านการขับเคลื่อนรัฐบาลดิจิทัล",
        "นโยบายของรัฐบาลเรื่องการลดการใช้กระดาษในหน่วยงานภาครัฐ",
        "ผลการตรวจติดตามการดำเนินงานของผู้ตรวจราชการกระทรวง",
        "มาตรการประหยัดพลังงานของหน่วยงานภาครัฐ",
        "การเตรียมความพร้อมรับการประเมินส่วนราชการตามมาตรการปรับปรุงประสิทธิภาพ",
    ),
    secretary_news=(
        "การปรับปรุงองค์ประกอบคณะกรรมการตามคำสั่งฉบับใหม่",
        "กำหนดการจัดส่งรายงานผลการดำเนินงานรอบ 6 เดือน",
        "การใช้ระบบประชุมอิเล็กทรอนิกส์แทนการจัดส่งเอกสารประกอบการประชุมในรูปแบบกระดาษ",
    ),
    certify_title="รับรองรายงานการประชุม ครั้งที่ {label} เมื่อวันที่ {date}",
    certify_background="ฝ่ายเลขานุการได้จัดทำรายงานการประชุม ครั้งที่ {label} และส่งให้กรรมการตรวจสอบแล้ว",
    certify_proposal="จึงเสนอที่ประชุมเพื่อโปรดพิจารณารับรองรายงานการประชุม",
    certified=(
        "ที่ประชุมมีมติรับรองรายงานการประชุม ครั้งที่ {label} โดยไม่มีการแก้ไข",
        "ที่ประชุมมีมติรับรองรายงานการประชุม ครั้งที่ {label} โดยมีการแก้ไขถ้อยคำตามที่กรรมการเสนอ",
    ),
    circulated="ที่ประชุมรับทราบการรับรองรายงานการประชุม ครั้งที่ {label} โดยวิธีแจ้งเวียน",
    nothing="- ไม่มี -",
    arising_title="ความคืบหน้าการดำเนินการตามมติที่ประชุม เรื่อง {title}",
    arising_background="ตามที่ที่ประชุมครั้งที่ {label} ได้มีมติให้ดำเนินการเรื่องดังกล่าว",
    progress=(
        "ขณะนี้ดำเนินการแล้วเสร็จร้อยละ {pct} คาดว่าจะแล้วเสร็จภายในไตรมาสนี้",
        "ได้ดำเนินการแล้วเสร็จ และรายงานผลต่อผู้บริหารแล้ว",
        "อยู่ระหว่างประสานหน่วยงานที่เกี่ยวข้อง ความคืบหน้าร้อยละ {pct}",
    ),
    noted="ที่ประชุมรับทราบ",
    background="ตามที่{unit}ได้รับมอบหมายให้ดำเนินการเรื่อง{title} เพื่อให้เป็นไปตามแผนปฏิบัติราชการ"
    " ประจำปีงบประมาณ พ.ศ. {fy} นั้น",
    proposal="จึงเสนอที่ประชุมเพื่อโปรดพิจารณาให้ความเห็นชอบ{title} ตามที่{unit}เสนอ",
    approved=(
        "ที่ประชุมมีมติเห็นชอบ{title} ตามที่{unit}เสนอ",
        "ที่ประชุมมีมติเห็นชอบ{title} โดยให้{unit}ปรับปรุงรายละเอียดตามข้อสังเกตของที่ประชุม แล้วดำเนินการต่อไป",
    ),
    rejected="ที่ประชุมมีมติไม่เห็นชอบ{title} และให้{unit}ทบทวนรายละเอียดแล้วนำเสนอในการประชุมครั้งต่อไป",
    tally=" ด้วยคะแนนเสียงเห็นชอบ {f} เสียง ไม่เห็นชอบ {a} เสียง งดออกเสียง {s} เสียง",
    casting=" โดยประธานออกเสียงชี้ขาด",
    question="เห็นชอบ{title} หรือไม่",
    discussion=(
        "ที่ประชุมได้พิจารณาและอภิปรายอย่างกว้างขวาง โดยมีข้อสังเกตว่าควรกำหนดตัวชี้วัดความสำเร็จให้ชัดเจน",
        "กรรมการสอบถามเรื่องแหล่งงบประมาณและแผนการบำรุงรักษาในระยะยาว ซึ่ง{unit}ได้ชี้แจงต่อที่ประชุมแล้ว",
        "ที่ประชุมเสนอให้ประสานหน่วยงานที่เกี่ยวข้องเพื่อใช้ข้อมูลร่วมกัน โดยคำนึงถึงการคุ้มครองข้อมูลส่วนบุคคล",
    ),
    action="ดำเนินการตามมติที่ประชุมเรื่อง{title} และรายงานผลในการประชุมครั้งต่อไป",
    other_items=("กำหนดการประชุมครั้งต่อไป", "การเตรียมความพร้อมรับการตรวจประเมินจากหน่วยงานภายนอก"),
    absence=("ลาป่วย", "ติดราชการ", "ลากิจ", "เดินทางไปราชการต่างประเทศ", "ติดภารกิจเร่งด่วนของผู้บังคับบัญชา"),
    dissent=(
        "เห็นว่าวงเงินงบประมาณสูงเกินความจำเป็น ควรเปรียบเทียบราคากับหน่วยงานอื่นก่อน",
        "เห็นว่าควรรอผลการศึกษาความเหมาะสมให้แล้วเสร็จก่อนดำเนินการ",
        "เห็นว่ากรอบระยะเวลาดำเนินการสั้นเกินไป อาจกระทบต่อการให้บริการประชาชน",
    ),
    dissent_note="{name} ขอสงวนความเห็น เนื่องจาก{reason}",
    recusal=(
        "มีความสัมพันธ์ทางเครือญาติกับผู้บริหารของผู้ยื่นข้อเสนอรายหนึ่ง",
        "เคยเป็นที่ปรึกษาของผู้ยื่นข้อเสนอรายหนึ่งในช่วงสองปีที่ผ่านมา",
    ),
    recusal_note="{name} แจ้งว่ามีส่วนได้เสียในเรื่องนี้ จึงไม่ร่วมพิจารณาและไม่ออกเสียง",
    resolution_label="มติที่ประชุม",
    meeting_title="การประชุม{committee} ครั้งที่ {label}",
    online_place="ประชุมผ่านสื่ออิเล็กทรอนิกส์",
    minutes_name="รายงานการประชุม ครั้งที่ {label}",
    laws=(
        "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560"
        " และระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560",
        "พระราชบัญญัติการบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2562",
        "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        "พระราชบัญญัติการรักษาความมั่นคงปลอดภัยไซเบอร์ พ.ศ. 2562",
        "พระราชบัญญัติวิธีการงบประมาณ พ.ศ. 2561",
        "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. 2546",
        "พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558",
    ),
    titles_male=("นาย", "นาย", "นาย", "นาย", "ดร."),
    titles_female=("นาง", "นาง", "นางสาว", "นางสาว", "ดร."),
    minutes_doc="minutes-th",
    chair_docs=("annual-report", "budget-th"),
    briefing_doc="briefing-th",
    boilerplate=(
        "ทั้งนี้ หน่วยงานที่เกี่ยวข้องได้ดำเนินการตามระเบียบและหลักเกณฑ์ที่กำหนด โดยคำนึงถึงความคุ้มค่า"
        " ความโปร่งใส และประโยชน์ที่ประชาชนจะได้รับเป็นสำคัญ",
        "รายละเอียดเพิ่มเติมปรากฏตามตารางและแผนภาพในภาคผนวก ซึ่งฝ่ายเลขานุการได้รวบรวมไว้เพื่อประกอบการพิจารณา",
    ),
)

_EN = _Lang(
    template="en",
    date_text=partial(format_english_date, weekday=False),  # "26 November 2026"
    chair_says="The Chair informed the meeting about {news}.",
    secretary_says="The Secretary informed the meeting about {news}.",
    chair_news=(
        "the outcome of the ministerial digital government summit",
        "the government's paperless office policy",
        "the mid-year review by the ministry's inspectors",
    ),
    secretary_news=("changes to the committee's membership", "the reporting calendar for the next quarter"),
    certify_title="Adoption of the minutes of meeting No. {label} held on {date}",
    certify_background="The secretariat circulated the draft minutes of meeting No. {label} to all members.",
    certify_proposal="The meeting is invited to adopt the minutes.",
    certified=(
        "The meeting adopted the minutes of meeting No. {label} without amendment.",
        "The meeting adopted the minutes of meeting No. {label} with minor editorial amendments.",
    ),
    circulated="The meeting noted that the minutes of meeting No. {label} were adopted by circulation.",
    nothing="None.",
    arising_title="Progress on: {title}",
    arising_background="At meeting No. {label} the committee asked for a progress report on this matter.",
    progress=(
        "The work is {pct} per cent complete and on schedule.",
        "The work has been completed and reported to management.",
        "Consultation with partner agencies is ongoing; progress is {pct} per cent.",
    ),
    noted="The meeting noted the report.",
    background="The {unit} was asked to prepare this matter: {title}, in line with the FY{fy_ce} plan.",
    proposal="The meeting is invited to approve: {title}, as proposed by the {unit}.",
    approved=(
        "The meeting approved: {title}, as proposed by the {unit}.",
        "The meeting approved: {title}, subject to the {unit} addressing the members' comments.",
    ),
    rejected="The meeting did not approve: {title}; the {unit} will revise it for the next meeting.",
    tally=" ({f} for, {a} against, {s} abstentions)",
    casting=", with the Chair's casting vote",
    question="Approve: {title}?",
    discussion=(
        "Members discussed the proposal at length and asked for clear success indicators.",
        "Members asked about long-term funding and maintenance; the {unit} clarified both points.",
        "The meeting asked that data be shared with partner agencies in line with the PDPA.",
    ),
    action="Follow up on: {title}, and report back at the next meeting",
    other_items=("Date of the next meeting", "Preparations for the external audit"),
    absence=("Sick leave", "Official duty", "Travelling abroad on duty", "Personal leave"),
    dissent=(
        "The budget is higher than necessary; prices should first be benchmarked with other agencies.",
        "The feasibility study should be completed before any commitment is made.",
    ),
    dissent_note="{name} recorded a dissenting opinion: {reason}",
    recusal=("Former employee of one of the bidders.", "Holds shares in a bidding company."),
    recusal_note="{name} declared a conflict of interest and did not take part in the discussion or vote.",
    resolution_label="Resolution",
    meeting_title="{committee} Meeting No. {label}",
    online_place="Online meeting",
    minutes_name="Minutes of meeting No. {label}",
    laws=(
        "Public Procurement and Supplies Administration Act B.E. 2560 (2017)",
        "Digital Government Administration and Services Act B.E. 2562 (2019)",
        "Personal Data Protection Act B.E. 2562 (2019)",
        "Cybersecurity Act B.E. 2562 (2019)",
        "Budget Procedures Act B.E. 2561 (2018)",
        "Royal Decree on Criteria and Procedures for Good Governance B.E. 2546 (2003)",
        "Licensing Facilitation Act B.E. 2558 (2015)",
    ),
    titles_male=("Mr.", "Mr.", "Mr.", "Dr."),
    titles_female=("Ms.", "Ms.", "Ms.", "Dr."),
    minutes_doc="minutes-en",
    chair_docs=("kpi-en",),
    briefing_doc="kpi-en",
    boilerplate=(
        "All figures are provisional until confirmed by the Finance Division at the end of the fiscal year.",
        "Detailed tables and charts are given in the annexes compiled by the secretariat.",
    ),
)

_DOCUMENTS: tuple[tuple[str, str, int, str, tuple[str, ...]], ...] = (
    # (key, title, pages, file name, paragraphs); the language's boilerplate is added to each.
    ("minutes-th", "รายงานการประชุม (ฉบับผ่านการรับรอง)", 6, "minutes.pdf", (
        "ผู้มาประชุม ผู้ไม่มาประชุม และผู้เข้าร่วมประชุม ตามรายชื่อแนบท้าย เริ่มประชุมเวลา 09.30 น.",
        "เมื่อกรรมการมาครบองค์ประชุมแล้ว ประธานกล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้",
    )),
    ("budget-th", "รายงานผลการเบิกจ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2568", 12, "budget-report-2568.pdf", (
        "ผลการเบิกจ่ายงบประมาณในภาพรวมคิดเป็นร้อยละ 61.4 ของวงเงินที่ได้รับจัดสรร แยกเป็นงบลงทุนร้อยละ 42.7"
        " และงบดำเนินงานร้อยละ 78.2",
        "โครงการที่มีผลการเบิกจ่ายต่ำกว่าแผน ได้แก่ โครงการจัดหาระบบเครือข่าย และโครงการพัฒนาระบบบริการอิเล็กทรอนิกส์",
    )),
    ("digital-plan", "แผนปฏิบัติการดิจิทัล ระยะ 5 ปี (พ.ศ. 2566–2570)", 40, "digital-plan-2566-2570.pdf", (
        "วิสัยทัศน์ เป็นองค์กรดิจิทัลที่ให้บริการประชาชนได้อย่างสะดวก รวดเร็ว โปร่งใส และตรวจสอบได้",
        "ยุทธศาสตร์ที่ 1 การพัฒนาโครงสร้างพื้นฐานดิจิทัล ยุทธศาสตร์ที่ 2 การพัฒนาบริการดิจิทัล"
        " ยุทธศาสตร์ที่ 3 การบริหารจัดการข้อมูล และยุทธศาสตร์ที่ 4 การพัฒนาบุคลากร",
    )),
    ("server-tor", "ร่างขอบเขตของงาน (TOR) โครงการจัดหาเครื่องคอมพิวเตอร์แม่ข่ายและระบบจัดเก็บข้อมูล", 18,
     "tor-servers.pdf", (
        "ผู้ยื่นข้อเสนอต้องเสนอเครื่องคอมพิวเตอร์แม่ข่ายจำนวน 6 เครื่อง พร้อมระบบจัดเก็บข้อมูลความจุไม่น้อยกว่า 200 TB",
        "ระยะเวลาส่งมอบ 120 วัน นับถัดจากวันลงนามในสัญญา และรับประกันความชำรุดบกพร่องไม่น้อยกว่า 3 ปี",
    )),
    ("procurement-th", "สรุปผลการจัดซื้อจัดจ้างด้านเทคโนโลยีสารสนเทศ", 5, "procurement-summary.pdf", (
        "ตารางสรุปผลการจัดซื้อจัดจ้าง แสดงชื่อโครงการ วงเงิน วิธีการจัดซื้อจัดจ้าง ผู้ได้รับการคัดเลือก และราคาที่ตกลง",
    )),
    ("security-policy", "นโยบายและแนวปฏิบัติในการรักษาความมั่นคงปลอดภัยด้านสารสนเทศ", 24, "security-policy.pdf", (
        "ผู้ใช้งานต้องเปลี่ยนรหัสผ่านอย่างน้อยทุก 90 วัน และต้องยืนยันตัวตนแบบหลายปัจจัยเมื่อเข้าใช้งานจากภายนอก",
        "หน่วยงานต้องสำรองข้อมูลสำคัญทุกวัน และทดสอบการกู้คืนระบบอย่างน้อยปีละหนึ่งครั้ง",
    )),
    ("pdpa-th", "ร่างประกาศนโยบายการคุ้มครองข้อมูลส่วนบุคคล", 8, "pdpa-policy.pdf", (
        "กรมจะเก็บรวบรวม ใช้ หรือเปิดเผยข้อมูลส่วนบุคคลเท่าที่จำเป็นตามวัตถุประสงค์ที่แจ้งไว้เท่านั้น",
        "เจ้าของข้อมูลส่วนบุคคลมีสิทธิขอเข้าถึง ขอแก้ไข และขอให้ลบข้อมูลส่วนบุคคลของตนได้ตามที่กฎหมายกำหนด",
    )),
    ("data-catalog", "แนวทางการจัดทำบัญชีข้อมูลภาครัฐ (Data Catalog)", 16, "data-catalog-guide.pdf", (
        "บัญชีข้อมูลต้องระบุคำอธิบายชุดข้อมูล (Metadata) ตามมาตรฐานที่สำนักงานพัฒนารัฐบาลดิจิทัลกำหนด",
    )),
    ("pmqa-report", "รายงานผลการพัฒนาคุณภาพการบริหารจัดการภาครัฐ (PMQA 4.0)", 32, "pmqa-report.pdf", (
        "หมวด 1 การนำองค์การ หมวด 2 การวางแผนเชิงยุทธศาสตร์ หมวด 3 การให้ความสำคัญกับผู้รับบริการ"
        " หมวด 4 การวัด การวิเคราะห์ และการจัดการความรู้",
        "หมวด 5 การมุ่งเน้นบุคลากร หมวด 6 การมุ่งเน้นระบบปฏิบัติการ และหมวด 7 ผลลัพธ์การดำเนินการ",
    )),
    ("service-redesign", "ข้อเสนอโครงการลดขั้นตอนและระยะเวลาการให้บริการประชาชน", 14, "service-redesign.pdf", (
        "ขั้นตอนเดิม 9 ขั้นตอน ใช้เวลา 15 วันทำการ ปรับเหลือ 4 ขั้นตอน ใช้เวลา 3 วันทำการ",
    )),
    ("ita", "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", 10, "ita-result.pdf", (
        "การประเมินประกอบด้วยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน ภายนอก และแบบตรวจการเปิดเผยข้อมูลสาธารณะ",
    )),
    ("annual-report", "รายงานประจำปี 2568 กรมส่งเสริมการบริหารราชการดิจิทัล", 120, "annual-report-2568.pdf", (
        "สารจากอธิบดี ในรอบปีที่ผ่านมา กรมได้ขับเคลื่อนการปฏิรูปการให้บริการภาครัฐสู่ระบบดิจิทัลอย่างต่อเนื่อง",
        "ผลการดำเนินงานตามยุทธศาสตร์ งบการเงิน และรายงานของผู้สอบบัญชี แสดงไว้ในส่วนที่ 3 ถึงส่วนที่ 5",
    )),
    ("briefing-th", "สรุปสาระสำคัญประกอบการประชุม", 3, "briefing.pdf", (
        "เอกสารนี้สรุปประเด็นสำคัญของแต่ละระเบียบวาระ เพื่อให้กรรมการใช้ประกอบการพิจารณาล่วงหน้า",
    )),
    ("minutes-en", "Minutes of the Previous Meeting", 4, "minutes-en.pdf", (
        "Present: see the attendance list. The Chair opened the meeting at 09:30 with a quorum present.",
    )),
    ("roadmap-en", "Digital Transformation Roadmap 2025–2027", 28, "dt-roadmap-2025-2027.pdf", (
        "The roadmap has four pillars: digital infrastructure, digital services, data governance and skills.",
        "Each initiative has an owner, a budget line, milestones and indicators reported quarterly.",
    )),
    ("budget-en", "Budget Execution Report, Fiscal Year 2025", 9, "budget-execution-fy2025.pdf", (
        "Overall disbursement reached 61.4 per cent; capital expenditure lags at 42.7 per cent.",
    )),
    ("cloud-en", "Cloud Migration Project Proposal", 22, "cloud-migration-proposal.pdf", (
        "Twelve systems move in two waves, each with a rollback plan and a security assessment.",
        "Running costs fall by an estimated 35 per cent once the data centre lease ends.",
    )),
    ("risk-en", "Cybersecurity Risk Assessment Summary", 7, "cyber-risk-summary.pdf", (
        "Risks were scored by likelihood and impact following the national cybersecurity framework.",
    )),
    ("vendor-en", "Procurement Summary: Data Platform Services", 3, "procurement-data-platform.pdf", (
        "Bids were evaluated on price (40 per cent) and technical merit (60 per cent) by a panel of five.",
    )),
    ("kpi-en", "KPI Dashboard: Quarterly Review", 2, "kpi-dashboard.pdf", (
        "The dashboard tracks service uptake, system availability, budget execution and staff training.",
    )),
)  # fmt: skip

_HOLIDAYS = ((1, 1), (4, 6), (4, 13), (4, 14), (4, 15), (5, 1), (6, 3), (7, 28), (8, 12), (10, 13), (10, 23),
             (12, 5), (12, 10), (12, 31))  # fmt: skip


# ---------------------------------------------------------------------------------------------------
# Generation


def make_demo(meetings: int, seed: int = 2569, *, today: date) -> DemoData:
    """Three committees (two Thai, one English) with ``meetings`` meetings between them.

    Meetings before ``today`` were held (closed, minutes drafted or certified), later ones are draft or
    invited; one or two are cancelled. Same arguments, same data.
    """
    if meetings < 1:
        raise ValueError("at least one meeting")
    return _Builder(random.Random(seed), today).build(meetings)


def fiscal_year_be(day: date) -> int:
    """The Thai fiscal year (1 October – 30 September) in Buddhist Era years."""
    return be_year(day) + (day.month >= 10)


class _Slot(NamedTuple):
    start: datetime
    cancelled: bool


class _Carry(NamedTuple):
    """A matter for the next meeting's "matters arising": a decided topic and its open action, if any."""

    title: str
    action: ActionItem | None


class _Previous(NamedTuple):
    label: str
    day: date
    method: CertificationMethod | None  # how its minutes were certified (None: not yet)
    carry: tuple[_Carry, ...]


@dataclass
class _Draft:
    """One meeting while it is being built: what is fixed up front, and the records made so far."""

    meeting_id: str
    number: int
    start: datetime
    held: bool  # before today and not cancelled: attendance, votes and minutes exist
    lang: _Lang
    unit: str  # the secretariat's unit, which proposes most matters
    chair: Person
    secretary: Person
    assistant: Person
    people: dict[str, Person]
    staff: list[Person]  # not yet presenting or standing in at this meeting
    previous: _Previous | None
    mode: MeetingMode = MeetingMode.IN_PERSON
    notice: datetime = datetime.min
    urgency: Urgency = Urgency.NORMAL
    method: CertificationMethod | None = None
    decisions: tuple[_Topic, ...] = ()
    voters: list[str] = field(default_factory=list)  # voting members present
    items: list[AgendaItem] = field(default_factory=list)
    entries: list[tuple[AgendaItem, str]] = field(default_factory=list)  # the minutes' text per item
    invitations: list[Invitation] = field(default_factory=list)
    presenters: list[tuple[Person, str]] = field(default_factory=list)
    recusals: list[Recusal] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    ballots: list[Ballot] = field(default_factory=list)
    dissents: list[Dissent] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    carry: list[_Carry] = field(default_factory=list)
    attachments: list[DemoAttachment] = field(default_factory=list)

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def year_be(self) -> int:
        return be_year(self.start)

    @property
    def label(self) -> str:
        return f"{self.number}/{self.year_be}"

    def attach(self, item: AgendaItem | None, key: str, name: str = "") -> None:
        name = name or next(row[1] for row in _DOCUMENTS if row[0] == key)
        self.attachments.append(DemoAttachment(self.meeting_id, item.id if item else None, key, name))


class _Builder:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.people: list[Person] = []
        self.by_seat: dict[tuple[str, int], Person] = {}
        self.used_names: set[str] = set()  # first and last names already given: everyone is distinct

    def id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def build(self, meetings: int) -> DemoData:
        rng = self.rng
        plans = [self.plan(count, i) for i, count in enumerate(_split(meetings, len(_COMMITTEES)))]
        candidates = [(c, j) for c, slots in enumerate(plans) for j in range(1, len(slots))]
        cancel = set(
            rng.sample(candidates, min(len(candidates), 0 if meetings < 4 else 1 if meetings < 20 else 2))
        )
        plans = [
            [s._replace(cancelled=(c, j) in cancel) for j, s in enumerate(slots)]
            for c, slots in enumerate(plans)
        ]
        first = min(s[0].start.date() for s in plans if s)
        last = max(s[-1].start.date() for s in plans if s)
        committees, memberships, bundles, attachments = [], [], [], []
        for spec, slots in zip(_COMMITTEES, plans, strict=True):
            committee = Committee(
                spec.name,
                spec.short_name,
                id=self.id(),
                numbering=spec.numbering,
                agenda_template=spec.language,
                language=spec.language,
            )
            members = self.members(committee, spec, first, last)
            staff = tuple(self.person(position, org) for position, org in spec.staff)
            committees.append(committee)
            memberships += members
            for bundle, extra in self.meetings(committee, spec, members, staff, slots):
                bundles.append(bundle)
                attachments += extra
        bundles.sort(key=lambda b: (b.meeting.start, b.committee.short_name))
        used = {a.document_key for a in attachments}
        documents = tuple(_document(row) for row in _DOCUMENTS if row[0] in used)
        return DemoData(
            tuple(committees),
            tuple(self.people),
            tuple(memberships),
            tuple(bundles),
            documents,
            tuple(attachments),
        )

    # -- calendar and people ------------------------------------------------------------------------

    def plan(self, count: int, index: int) -> list[_Slot]:
        """Meeting times for one committee: about monthly, most of them before today."""
        rng = self.rng
        interval = max(1.0, min(35.0, 1100 / max(count, 1)))
        past = count if count == 1 else count - max(1, count // 6)
        slots: list[_Slot] = []
        previous = date.min
        for j in range(count):
            offset = (j - past + 0.5 + (index - 1) * 0.15 + rng.uniform(-0.2, 0.2)) * interval
            day = max(self.today + timedelta(days=round(offset)), previous + timedelta(days=1))
            while day.weekday() >= 5 or (day.month, day.day) in _HOLIDAYS:
                day += timedelta(days=1)
            previous = day
            hour = time(9, 30) if rng.random() < 0.7 else time(13, 30)
            slots.append(_Slot(datetime.combine(day, hour, BANGKOK), False))
        return slots

    def person(self, position: str, org_index: int, title: str = "", *, fresh: bool = False) -> Person:
        """The holder of a position, shared by every committee that seats it (``fresh``: a successor)."""
        if (position, org_index) in self.by_seat and not fresh:
            return self.by_seat[(position, org_index)]
        rng = self.rng
        org = _ORGS[org_index]
        thai = org.names == "th"
        male = title == "พลตำรวจตรี" or (not title and rng.random() < 0.55)
        if org.names == "en":
            firsts = tuple((n, n) for n in (_EN_MALE if male else _EN_FEMALE))
            lasts = tuple((n, n) for n in _EN_LAST)
        else:
            firsts, lasts = (_TH_MALE if male else _TH_FEMALE), _TH_LAST
        first = rng.choice([n for n in firsts if n[0] not in self.used_names] or firsts)
        last = rng.choice([n for n in lasts if n[0] not in self.used_names] or lasts)
        self.used_names.update((first[0], last[0]))
        lang = _TH if thai else _EN
        local = f"{first[1]}.{last[1][0] if thai else last[1]}".lower().replace(" ", "").replace("'", "")
        if thai and rng.random() < 0.3:
            phone = f"08{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        else:
            phone = f"{'0' if thai else '+66'} 2{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        person = Person(
            first[0 if thai else 1],
            last[0 if thai else 1],
            id=self.id(),
            title=title or rng.choice(lang.titles_male if male else lang.titles_female),
            position=position,
            organisation=org.name,
            email=f"{local}@{org.domain}",
            phone=phone,
        )
        self.people.append(person)
        self.by_seat.setdefault((position, org_index), person)
        return person

    def members(self, committee: Committee, spec: _Committee, first: date, last: date) -> list[Membership]:
        """One membership per seat for a term covering the demo period; a rotating seat changes hands."""
        start = date(first.year - (first.month < 10), 10, 1)  # terms start with a fiscal year
        end = date(last.year + (last.month >= 10) + 1, 9, 30)
        middle = first + timedelta(days=(last - first).days // 2)
        result = []
        for seat in spec.seats:
            holder = self.person(seat.position, seat.org, seat.title)
            terms = [(holder, start, end)]
            if seat.rotates and (last - first).days >= 120:
                successor = self.person(seat.position, seat.org, seat.title, fresh=True)
                terms = [(holder, start, middle - timedelta(days=1)), (successor, middle, end)]
            result += [
                Membership(committee.id, p.id, self.id(), seat.role, seat.voting, s, e) for p, s, e in terms
            ]
        return result

    # -- meetings -----------------------------------------------------------------------------------

    def meetings(
        self,
        committee: Committee,
        spec: _Committee,
        members: list[Membership],
        staff: tuple[Person, ...],
        slots: list[_Slot],
    ) -> Iterator[tuple[MeetingBundle, list[DemoAttachment]]]:
        """The committee's meetings in date order, each building on the one before."""
        lang = _TH if spec.language == "th" else _EN
        people = {p.id: p for p in self.people}
        secretary_seat = next(s for s in spec.seats if s.role is MemberRole.SECRETARY)
        unit = secretary_seat.position.removeprefix("ผู้อำนวยการ").removeprefix("Director, ")
        last: tuple[int, int] | None = None  # (number, BE year) of the meeting before, cancelled or not
        previous: _Previous | None = None
        for j, slot in enumerate(slots):
            day = slot.start.date()
            last = (next_meeting_number(spec.numbering, last, be_year(day)), be_year(day))
            active = [m for m in members if m.active_on(day)]
            role = {m.role: people[m.person_id] for m in active if m.role is not MemberRole.MEMBER}
            d = _Draft(
                meeting_id=self.id(),
                number=last[0],
                start=slot.start,
                held=day < self.today and not slot.cancelled,
                lang=lang,
                unit=unit,
                chair=role[MemberRole.CHAIR],
                secretary=role[MemberRole.SECRETARY],
                assistant=role[MemberRole.ASSISTANT_SECRETARY],
                people=people,
                staff=list(staff),
                previous=previous,
            )
            self.invitations(d, active, spec, urgent=j > 0 and self.rng.random() < 0.06)
            self.agenda(d, spec)
            later = next((s.start for s in slots[j + 1 :] if not s.cancelled), None)
            yield self.finish(d, committee, spec, active, slot.cancelled, later), d.attachments
            if not slot.cancelled:
                previous = _Previous(d.label, day, d.method, tuple({c.title: c for c in d.carry}.values()))

    def invitations(self, d: _Draft, active: list[Membership], spec: _Committee, urgent: bool) -> None:
        """Notice, mode and everyone's invitation: members on the day, and stand-ins for some."""
        rng = self.rng
        r = rng.random()
        d.mode = (
            MeetingMode.ONLINE
            if r < spec.online
            else MeetingMode.HYBRID
            if r < spec.online + spec.hybrid
            else MeetingMode.IN_PERSON
        )
        lead = 2 if urgent else rng.choice((7, 10, 14))  # an urgent meeting's notice is late
        d.notice = datetime.combine(d.day - timedelta(days=lead), time(10), BANGKOK)
        d.urgency = Urgency.URGENT if urgent else Urgency.NORMAL
        for m in active:
            invitation, stand_in = self.invite(d, d.people[m.person_id], m.role)
            d.invitations += (invitation, stand_in) if stand_in else (invitation,)
            if m.voting and invitation.attendance in ATTENDED:
                d.voters.append(m.person_id)

    def agenda(self, d: _Draft, spec: _Committee) -> None:
        """The five customary sections with their items, and for a held meeting what was decided."""
        rng, lang = self.rng, d.lang
        decisions = rng.sample([t for t in spec.topics if t.kind != "info"], rng.choice((1, 1, 2, 2, 3)))
        infos = rng.sample([t for t in spec.topics if t.kind == "info"], int(rng.random() < 0.6))
        d.decisions = tuple(decisions)
        noted = lang.noted if d.held else ""
        # 1. Announcements: the chair, the secretary now and then, reports to note.
        secretary_news = rng.random() < 0.5
        header = self.section(d, AgendaSection.ANNOUNCEMENTS, 1 + secretary_news + len(infos))
        chair_item, secretary_item = _template(lang, AgendaSection.ANNOUNCEMENTS).children
        news = lang.chair_says.format(news=rng.choice(lang.chair_news))
        item = self.add(
            d,
            header,
            chair_item,
            news,
            presenter_id=d.chair.id,
            background=news,
            resolution=noted,
            duration_minutes=10,
        )
        if rng.random() < 0.15:
            d.attach(item, rng.choice(lang.chair_docs))
        if secretary_news:
            news = lang.secretary_says.format(news=rng.choice(lang.secretary_news))
            self.add(
                d,
                header,
                secretary_item,
                news,
                presenter_id=d.secretary.id,
                background=news,
                resolution=noted,
                duration_minutes=5,
            )
        for topic in infos:
            title, facts = self.fill(d, topic.title), self.fill(d, topic.facts)
            item = self.add(
                d,
                header,
                title,
                facts,
                presenter_id=d.secretary.id,
                facts=facts,
                background=self.fill(d, lang.background, title),
                legal_basis=lang.laws[topic.legal],
                resolution=noted,
                duration_minutes=15,
            )
            d.attach(item, topic.doc)
        # 2. Certify the minutes of the previous meeting.
        previous = d.previous
        header = self.section(d, AgendaSection.CERTIFY_MINUTES, previous is not None)
        if previous is not None:
            circulated = previous.method is CertificationMethod.CIRCULATION
            resolution = lang.circulated if circulated else rng.choice(lang.certified)
            item = self.add(
                d,
                header,
                lang.certify_title.format(label=previous.label, date=lang.date_text(previous.day)),
                "",
                presenter_id=d.secretary.id,
                proposal=lang.certify_proposal,
                background=lang.certify_background.format(label=previous.label),
                resolution=resolution.format(label=previous.label) if d.held else "",
                duration_minutes=5,
            )
            d.attach(item, lang.minutes_doc, lang.minutes_name.format(label=previous.label))
        # 3. Matters arising: what the previous meeting left open.
        arising = previous.carry[:4] if previous else ()
        header = self.section(d, AgendaSection.MATTERS_ARISING, len(arising))
        for matter in arising:
            self.arising(d, header, matter, previous.label if previous else "")
        # 4. Matters for decision.
        header = self.section(d, AgendaSection.FOR_DECISION, len(decisions))
        for topic in decisions:
            self.decision(d, header, topic)
        # 5. Other business.
        other = rng.random() < 0.4
        header = self.section(d, AgendaSection.OTHER, other)
        if other:
            self.add(d, header, rng.choice(lang.other_items), "", resolution=noted, duration_minutes=5)
        if rng.random() < 0.3:
            d.attach(None, lang.briefing_doc)

    def section(self, d: _Draft, kind: AgendaSection, children: int) -> AgendaItem:
        """A top-level section: a heading over its items, or "none" when it has no items."""
        title = _template(d.lang, kind).title
        if children:
            return self.add(d, None, title, None, section=kind)
        return self.add(d, None, title, d.lang.nothing, section=kind, duration_minutes=5)

    def add(
        self, d: _Draft, parent: AgendaItem | None, title: str, minutes: str | None, **fields: Any
    ) -> AgendaItem:
        """Append an item (a child inherits its parent's section); ``minutes``: its text in the minutes."""
        parent_id = parent.id if parent else None
        fields.setdefault("section", parent.section if parent else AgendaSection.OTHER)
        fields.setdefault("id", self.id())
        position = sum(1 for i in d.items if i.parent_id == parent_id)
        item = AgendaItem(d.meeting_id, title, parent_id=parent_id, position=position, **fields)
        d.items.append(item)
        if d.held and minutes is not None:
            d.entries.append((item, minutes))
        return item

    def fill(self, d: _Draft, text: str, title: str = "") -> str:
        """A template with this meeting's fiscal year and quarter, a plausible amount and percentage."""
        fy = fiscal_year_be(d.day)
        return text.format(
            fy=fy,
            fy_ce=ce_year(fy),
            q=(d.day.month - 10) % 12 // 3 + 1,
            unit=d.unit,
            title=title,
            amount=f"{self.rng.randrange(8, 240) * 125_000:,}",
            pct=self.rng.randint(45, 96),
        )

    def arising(self, d: _Draft, header: AgendaItem, matter: _Carry, since: str) -> None:
        """A progress report on a decision of meeting ``since``; its open action is carried, done or not."""
        done = d.held and matter.action is not None and self.rng.random() < 0.6
        progress = self.fill(d, d.lang.progress[1] if done else self.rng.choice(d.lang.progress[::2]))
        item = self.add(
            d,
            header,
            d.lang.arising_title.format(title=matter.title),
            progress,
            presenter_id=d.secretary.id,
            facts=progress,
            resolution=d.lang.noted if d.held else "",
            background=d.lang.arising_background.format(label=since),
            duration_minutes=10,
        )
        if d.held and matter.action is not None:
            action = matter.action
            carried = ActionItem(
                d.meeting_id,
                action.title,
                self.id(),
                item.id,
                action.assignee_id,
                action.due if done else d.day + timedelta(days=30),
                ActionStatus.DONE if done else ActionStatus.OPEN,
                action.id,
            )
            d.actions.append(carried)
            if not done:
                d.carry.append(matter._replace(action=carried))

    def decision(self, d: _Draft, header: AgendaItem, topic: _Topic) -> None:
        """A matter for decision: presented, perhaps voted on (with recusal and dissent), acted upon."""
        rng, lang = self.rng, d.lang
        title, item_id = self.fill(d, topic.title), self.id()
        presenter = d.secretary
        if d.staff and rng.random() < 0.5:
            presenter = d.staff.pop(rng.randrange(len(d.staff)))
            d.presenters.append((presenter, item_id))
        closed = topic.kind in ("procure", "award")
        resolution = rng.choice(lang.approved)
        notes = [rng.choice(lang.discussion).format(unit=d.unit)]
        passed = True
        if d.held and (topic is d.decisions[0] or topic.kind == "award" or rng.random() < 0.3):
            voters = list(d.voters)
            eligible = [v for v in voters if v != d.chair.id]
            if closed and eligible and rng.random() < 0.3:
                recusal = Recusal(item_id, rng.choice(eligible), self.id(), rng.choice(lang.recusal))
                voters.remove(recusal.person_id)
                d.recusals.append(recusal)
                notes.append(lang.recusal_note.format(name=d.people[recusal.person_id].display_name))
            vote, ballots = self.vote(
                d.meeting_id, item_id, lang.question.format(title=title), topic.kind == "award", voters
            )
            d.votes.append(vote)
            d.ballots += ballots
            passed = vote.result is VoteResult.PASSED
            resolution = (resolution if passed else lang.rejected) + lang.tally.format(
                f=vote.votes_for, a=vote.votes_against, s=vote.abstentions
            )
            resolution += lang.casting if vote.casting_vote else ""
            against = [b.person_id for b in ballots if b.choice is Choice.AGAINST]
            if against and rng.random() < 0.5:
                dissent = Dissent(item_id, rng.choice(against), rng.choice(lang.dissent), self.id())
                d.dissents.append(dissent)
                name = d.people[dissent.person_id].display_name
                notes.append(lang.dissent_note.format(name=name, reason=dissent.reasons))
        facts = self.fill(d, topic.facts)
        item = self.add(
            d,
            header,
            title,
            " ".join((facts, *notes)),
            id=item_id,
            presenter_id=presenter.id,
            background=self.fill(d, lang.background, title),
            facts=facts,
            legal_basis=lang.laws[topic.legal],
            proposal=lang.proposal.format(title=title, unit=d.unit),
            resolution=resolution.format(title=title, unit=d.unit) if d.held else "",
            closed=closed,
            secrecy=Secrecy.CONFIDENTIAL if topic.kind == "award" else Secrecy.NORMAL,
            duration_minutes=rng.choice((15, 20, 30, 45)),
        )
        d.attach(item, topic.doc)
        action = None
        if d.held and passed:
            assignee = presenter if presenter is not d.secretary else rng.choice((d.secretary, d.chair))
            due = d.day + timedelta(days=rng.choice((30, 45, 60)))
            action = ActionItem(
                d.meeting_id, lang.action.format(title=title), self.id(), item.id, assignee.id, due
            )
            d.actions.append(action)
        d.carry.append(_Carry(title, action))

    def finish(
        self,
        d: _Draft,
        committee: Committee,
        spec: _Committee,
        active: list[Membership],
        cancelled: bool,
        following: datetime | None,
    ) -> MeetingBundle:
        """Presenters' invitations, timing, status and minutes, and the bundle."""
        rng = self.rng
        noticed = d.notice.date() <= self.today
        for presenter, item_id in d.presenters:
            d.invitations.append(
                Invitation(
                    d.meeting_id,
                    presenter.id,
                    self.id(),
                    InviteeRole.PRESENTER,
                    item_id,
                    Rsvp.ACCEPTED if d.held or noticed else Rsvp.PENDING,
                    attendance=Attendance.PRESENT if d.held else Attendance.UNKNOWN,
                    arrived_at=d.start + timedelta(minutes=rng.randint(30, 90)) if d.held else None,
                )
            )
        duration = sum(i.duration_minutes for i in d.items)
        end = d.start + timedelta(minutes=30 * -(-duration // 30))  # the plan, in half hours
        minutes: Minutes | None = None
        entries: list[MinutesEntry] = []
        status = MeetingStatus.CANCELLED
        if d.held:
            began = d.start + timedelta(minutes=rng.randint(0, 10))
            end = began + timedelta(minutes=duration + rng.randint(-10, 20))
            status, minutes, entries = self.minutes(d, began, end, following)
        elif not cancelled:
            status = MeetingStatus.INVITED if noticed else MeetingStatus.DRAFT
        confidential = any(t.kind == "award" for t in d.decisions) and rng.random() < 0.5
        meeting = Meeting(
            committee.id,
            d.number,
            d.year_be,
            d.lang.meeting_title.format(committee=committee.name, label=d.label),
            d.start,
            id=d.meeting_id,
            end=end,
            place=d.lang.online_place if d.mode is MeetingMode.ONLINE else rng.choice(spec.places),
            online_link=self.link() if d.mode is not MeetingMode.IN_PERSON else "",
            mode=d.mode,
            status=status,
            secrecy=Secrecy.CONFIDENTIAL if confidential else Secrecy.NORMAL,
            urgency=d.urgency,
            notice_sent_at=d.notice if noticed else None,
        )
        invited = {i.person_id for i in d.invitations}
        return MeetingBundle(
            committee,
            meeting,
            people=tuple(p for p in d.people.values() if p.id in invited),
            memberships=tuple(active),
            items=tuple(d.items),
            recusals=tuple(d.recusals),
            invitations=tuple(d.invitations),
            votes=tuple(d.votes),
            ballots=tuple(d.ballots),
            dissents=tuple(d.dissents),
            actions=tuple(d.actions),
            minutes=minutes,
            minutes_entries=tuple(entries),
        )

    def invite(self, d: _Draft, person: Person, role: MemberRole) -> tuple[Invitation, Invitation | None]:
        """A member's invitation, and a stand-in's when someone attends in the member's place."""
        rng = self.rng
        if not (d.held or d.notice.date() <= self.today):
            return Invitation(d.meeting_id, person.id, self.id()), None  # a draft: nobody has answered
        # The chair and the secretaries always come; other members now and then do not.
        r = rng.random() if role in (MemberRole.MEMBER, MemberRole.VICE_CHAIR) else 1.0
        reason = rng.choice(d.lang.absence)
        online = d.mode is MeetingMode.ONLINE or (d.mode is MeetingMode.HYBRID and rng.random() < 0.4)
        here = (Attendance.ONLINE if online else Attendance.PRESENT) if d.held else Attendance.UNKNOWN
        arrived = d.start - timedelta(minutes=rng.randint(0, 20)) if d.held else None
        absent: dict[str, Any] = {"attendance": Attendance.ABSENT, "absence_reason": reason} if d.held else {}
        fields: dict[str, Any] = {"rsvp": Rsvp.ACCEPTED, "attendance": here, "arrived_at": arrived}
        stand_in = None
        if r < 0.08:
            fields = {"rsvp": Rsvp.DECLINED, "rsvp_reason": reason, **absent}
        elif r < 0.13 and d.staff:
            deputy = d.staff.pop(rng.randrange(len(d.staff)))
            fields = {"rsvp": Rsvp.SUBSTITUTE, "rsvp_reason": reason, **absent}
            stand_in = Invitation(
                d.meeting_id,
                deputy.id,
                self.id(),
                rsvp=Rsvp.ACCEPTED,
                substitute_for_id=person.id,
                attendance=here,
                arrived_at=arrived,
            )
        elif not d.held:
            fields["rsvp"] = Rsvp.ACCEPTED if r < 0.55 else Rsvp.PENDING
        elif r < 0.2:
            fields |= {
                "attendance": Attendance.LATE,
                "arrived_at": d.start + timedelta(minutes=rng.randint(10, 45)),
            }
        elif r < 0.25:
            fields |= {
                "attendance": Attendance.LEFT_EARLY,
                "left_at": d.start + timedelta(minutes=rng.randint(60, 120)),
            }
        return Invitation(d.meeting_id, person.id, self.id(), **fields), stand_in

    def vote(
        self, meeting_id: str, item_id: str, question: str, secret: bool, voters: list[str]
    ) -> tuple[Vote, list[Ballot]]:
        """A vote by the members present: open with named ballots, or secret with a tally and 2/3 rule."""
        rng = self.rng
        vote_id = self.id()
        choices = rng.choices((Choice.FOR, Choice.AGAINST, Choice.ABSTAIN), (85, 9, 6), k=len(voters))
        f, a, s = (choices.count(c) for c in (Choice.FOR, Choice.AGAINST, Choice.ABSTAIN))
        casting = None
        if secret:
            rule, passed = VoteRule.TWO_THIRDS_OF_PRESENT, 3 * f >= 2 * len(voters) > 0
        else:
            rule, passed = VoteRule.MAJORITY_OF_CAST, f > a
            if f == a > 0:  # a tie: the chair decides
                casting, passed = Choice.FOR, True
        vote = Vote(
            meeting_id,
            item_id,
            question,
            vote_id,
            VoteKind.SECRET if secret else VoteKind.OPEN,
            rule,
            votes_for=f,
            votes_against=a,
            abstentions=s,
            casting_vote=casting,
            result=VoteResult.PASSED if passed else VoteResult.REJECTED,
        )
        if secret:
            return vote, []
        return vote, [Ballot(vote_id, p, c, self.id()) for p, c in zip(voters, choices, strict=True)]

    def minutes(
        self, d: _Draft, began: datetime, ended: datetime, following: datetime | None
    ) -> tuple[MeetingStatus, Minutes, list[MinutesEntry]]:
        """A held meeting's minutes: certified at the next meeting if that was held, or by circulation."""
        rng, lang = self.rng, d.lang
        style = MinutesStyle.RESOLUTIONS_ONLY if rng.random() < 0.2 else MinutesStyle.SUMMARY
        minutes_id = self.id()
        rows = []
        for item, text in d.entries:
            if item.resolution:
                resolution = f"{lang.resolution_label}: {item.resolution}"
                text = (
                    resolution if style is MinutesStyle.RESOLUTIONS_ONLY else f"{text}\n{resolution}".strip()
                )
            rows.append(MinutesEntry(minutes_id, item.id, text or lang.nothing, self.id()))
        certified_at = None
        if following is not None and following.date() < self.today:
            if rng.random() < 0.1:
                d.method, certified_at = CertificationMethod.CIRCULATION, began + (following - began) / 2
            else:
                d.method, certified_at = CertificationMethod.NEXT_MEETING, following + timedelta(minutes=20)
        elif (self.today - d.day).days > 21 and rng.random() < 0.3:
            d.method, certified_at = CertificationMethod.CIRCULATION, began + timedelta(days=14)
        minutes = Minutes(
            d.meeting_id,
            minutes_id,
            style,
            started_at=began,
            ended_at=ended,
            status=MinutesStatus.CERTIFIED if d.method else MinutesStatus.DRAFT,
            certification_method=d.method,
            certified_at=certified_at,
            certified_sha256=hashlib.sha256("\n\n".join(r.text for r in rows).encode()).hexdigest()
            if d.method
            else "",
            taker_id=d.assistant.id,
            checker_id=d.secretary.id,
        )
        if d.method:
            return MeetingStatus.MINUTES_CERTIFIED, minutes, rows
        recent = (self.today - d.day).days <= 7
        return (MeetingStatus.CLOSED if recent else MeetingStatus.MINUTES_DRAFTED), minutes, rows

    def link(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"https://zoom.us/j/{rng.randrange(10**10, 10**11)}"
        code = "".join(rng.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(10))
        return f"https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:]}"


def _split(total: int, parts: int) -> list[int]:
    return [total // parts + (i < total % parts) for i in range(parts)]


def _template(lang: _Lang, kind: AgendaSection) -> SectionTemplate:
    """The app's own agenda template for a section, so demo agendas read like ones made in the app."""
    return next(t for t in AGENDA_TEMPLATES[lang.template] if t.section is kind)


def _document(row: tuple[str, str, int, str, tuple[str, ...]]) -> DemoDocument:
    key, title, pages, file_name, paragraphs = row
    lang = _TH if is_thai(title) else _EN
    return DemoDocument(key, title, paragraphs + lang.boilerplate, pages, file_name)
