"""The e-mail itself: one message per person, in their language, with the meeting's calendar event.

An invitation or an update is multipart/mixed[ multipart/alternative[ text/plain, text/calendar;
method=REQUEST ], the invitation letter, the agenda, (the reader's board book), invite.ics ]; a
cancellation carries the text and the CANCEL event; a reminder the text and the current REQUEST event,
so a calendar that missed a change is put right. The wording of every message, Thai and English, is in
one table here (the CLI sends too, so it is not Qt's to translate).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING

from emeeting.domain import model as m
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.mailing import MailKind
from emeeting.domain.thai import (
    OFFICE_ZONE,
    format_english_date,
    format_english_time,
    format_thai_date,
    format_thai_time,
)
from emeeting.interop.ical import Attendee, CalendarEvent, Method, calendar, event_summary, meeting_uid
from emeeting.mail.settings import SmtpSettings

if TYPE_CHECKING:  # outbox imports this module
    from emeeting.mail.outbox import Outgoing

# The wording of every message, by language. {committee}, {label} (3/2569), {about} (the title, when it says
# more than the number), {when}, {place}, {link}, {name} are filled in; a line with an empty value is left
# out.
WORDING: dict[str, dict[str, str]] = {
    "th": {
        "subject.invitation": "ขอเชิญประชุม{committee} ครั้งที่ {label}",
        "subject.update": "แจ้งเปลี่ยนแปลงกำหนดการประชุม{committee} ครั้งที่ {label}",
        "subject.cancel": "แจ้งยกเลิกการประชุม{committee} ครั้งที่ {label}",
        "subject.reminder": "ขอเรียนย้ำกำหนดการประชุม{committee} ครั้งที่ {label}",
        "subject.test": "ทดสอบการส่งอีเมลจากระบบการประชุม",
        "greeting": "เรียน {name}",
        "about": " เรื่อง {title}",
        "body.invitation": "ด้วย{committee}มีกำหนดการประชุม ครั้งที่ {label}{about} "
        "จึงขอเรียนเชิญท่านเข้าร่วมประชุมตามวัน เวลา และสถานที่ ดังนี้",
        "body.update": "ตามที่ได้เรียนเชิญท่านเข้าร่วมการประชุม{committee} ครั้งที่ {label}{about} นั้น "
        "บัดนี้มีการเปลี่ยนแปลงกำหนดการประชุม จึงขอเรียนแจ้งกำหนดการใหม่ ดังนี้",
        "body.cancel": "ตามที่ได้เรียนเชิญท่านเข้าร่วมการประชุม{committee} ครั้งที่ {label}{about} "
        "ซึ่งเดิมกำหนดไว้ดังต่อไปนี้ นั้น ขอเรียนแจ้งว่าได้ยกเลิกการประชุมดังกล่าวแล้ว",
        "body.cancel_you": "ตามที่ได้เรียนเชิญท่านเข้าร่วมการประชุม{committee} ครั้งที่ {label}{about} นั้น "
        "เนื่องจากมีการปรับรายชื่อผู้เข้าร่วมประชุม จึงขอยกเลิกหนังสือเชิญดังกล่าว",
        "body.reminder": "ขอเรียนย้ำกำหนดการประชุม{committee} ครั้งที่ {label}{about} ดังนี้",
        "body.test": "ข้อความนี้ส่งจากระบบการประชุมเพื่อทดสอบการตั้งค่าอีเมล "
        "หากท่านได้รับข้อความนี้ แสดงว่าการตั้งค่าอีเมลถูกต้องแล้ว",
        "when": "กำหนดการ: {when}",
        "place": "สถานที่: {place}",
        "link": "ประชุมผ่านสื่ออิเล็กทรอนิกส์: {link}",
        "enclosed": "สิ่งที่ส่งมาด้วย\n1. หนังสือเชิญประชุม\n2. ระเบียบวาระการประชุม\n"
        "ทั้งนี้ ได้แนบนัดหมายสำหรับบันทึกลงปฏิทินมาพร้อมนี้แล้ว",
        "enclosed_book": "สิ่งที่ส่งมาด้วย\n1. หนังสือเชิญประชุม\n2. ระเบียบวาระการประชุม\n"
        "3. เอกสารประกอบการประชุม\nทั้งนี้ ได้แนบนัดหมายสำหรับบันทึกลงปฏิทินมาพร้อมนี้แล้ว",
        "enclosed_letter": "สิ่งที่ส่งมาด้วย\n1. หนังสือเชิญประชุม\n"
        "(ระเบียบวาระการประชุมซึ่งเป็นเอกสารชั้นลับที่สุด ฝ่ายเลขานุการจะนำส่งให้ท่านโดยตรง)\n"
        "ทั้งนี้ ได้แนบนัดหมายสำหรับบันทึกลงปฏิทินมาพร้อมนี้แล้ว",
        "answer": "ขอความกรุณาแจ้งการเข้าร่วมประชุม ไม่สามารถเข้าร่วมประชุม หรือมอบหมายผู้แทนเข้าร่วมประชุม "
        "ผ่านปฏิทินของท่านหรือตอบกลับอีเมลฉบับนี้",
        "purpose.invitation": "จึงเรียนมาเพื่อโปรดเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว",
        "purpose.update": "จึงเรียนมาเพื่อโปรดทราบ",
        "purpose.cancel": "จึงเรียนมาเพื่อโปรดทราบ และขออภัยในความไม่สะดวกมา ณ โอกาสนี้",
        "purpose.reminder": "จึงเรียนมาเพื่อโปรดทราบ",
        "closing": "ขอแสดงความนับถือ",
        "signature": "{sender}",
        "time_range": "{start} – {end}",
    },
    "en": {
        "subject.invitation": "Invitation: {committee}, meeting {label}",
        "subject.update": "Changed: {committee}, meeting {label}",
        "subject.cancel": "Cancelled: {committee}, meeting {label}",
        "subject.reminder": "Reminder: {committee}, meeting {label}",
        "subject.test": "Test message from the meeting system",
        "greeting": "Dear {name},",
        "about": " ({title})",
        "body.invitation": "You are invited to meeting {label} of the {committee}{about}.",
        "body.update": "Meeting {label} of the {committee}{about} has changed. It now takes place:",
        "body.cancel": "Meeting {label} of the {committee}{about} is cancelled. It was to take place:",
        "body.cancel_you": "You are no longer among those invited to meeting {label} of the "
        "{committee}{about}.",
        "body.reminder": "A reminder of meeting {label} of the {committee}{about}.",
        "body.test": "This message was sent by the meeting system to test the e-mail settings. If it reached "
        "you, they work.",
        "when": "When: {when}",
        "place": "Where: {place}",
        "link": "Online: {link}",
        "enclosed": "Enclosed: the invitation letter, the agenda and a calendar invitation.",
        "enclosed_book": "Enclosed: the invitation letter, the agenda, the meeting papers and a calendar "
        "invitation.",
        "enclosed_letter": "Enclosed: the invitation letter and a calendar invitation (the agenda, classed "
        "top secret, is handed over in person).",
        "answer": "Please accept, decline or name who attends in your place in your calendar, or reply to "
        "this message.",
        "purpose.invitation": "",
        "purpose.update": "",
        "purpose.cancel": "We apologise for any inconvenience.",
        "purpose.reminder": "",
        "closing": "Yours sincerely,",
        "signature": "{sender}",
        "time_range": "{start}–{end} (Bangkok time)",
    },
}

DEFAULT_LENGTH = timedelta(hours=2)  # a meeting with no end time blocks two hours in calendars


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    maintype: str = "application"
    subtype: str = "pdf"


def words(language: str) -> dict[str, str]:
    return WORDING["th" if language == "th" else "en"]


def when_text(meeting: m.Meeting, language: str) -> str:
    """ "วันจันทร์ที่ 14 ธันวาคม 2569 เวลา 14.30 – 16.30 น." or "Monday 14 December 2026, 14:30–16:30"."""
    start = meeting.start.astimezone(OFFICE_ZONE)
    end = meeting.end.astimezone(OFFICE_ZONE) if meeting.end else None
    if language == "th":
        day = format_thai_date(start.date(), weekday=True)
        if end is None:
            return f"{day} เวลา {format_thai_time(start)}"
        # "14.30 – 16.30 น.": the น. once, after the range
        return f"{day} เวลา {format_thai_time(start).removesuffix(' น.')} – {format_thai_time(end)}"
    day = format_english_date(start.date())
    if end is None:
        return f"{day}, {format_english_time(start)} (Bangkok time)"
    return f"{day}, {format_english_time(start)}–{format_english_time(end)} (Bangkok time)"


def file_stem(kind: str, meeting: m.Meeting) -> str:
    return f"{kind}-{meeting.number}-{meeting.year_be}"


def event_of(
    bundle: m.MeetingBundle,
    recipient: Outgoing,
    settings: SmtpSettings,
    stamp: datetime,
    *,
    cancelled: bool,
) -> CalendarEvent:
    """The meeting's calendar event as this person's calendar gets it (themselves as the one attendee:
    the other invitees' addresses are not handed round)."""
    meeting, committee = bundle.meeting, bundle.committee
    confidential = meeting.secrecy is not m.Secrecy.NORMAL
    thai = recipient.language == "th"
    summary = event_summary(meeting.title, committee.name, confidential=confidential, thai=thai)
    description = "" if confidential else f"{committee.name} {'ครั้งที่' if thai else 'meeting'} {meeting.label}"
    return CalendarEvent(
        uid=meeting_uid(meeting.id),
        start=meeting.start,
        end=meeting.end or meeting.start + DEFAULT_LENGTH,
        summary=summary,
        stamp=stamp,
        sequence=recipient.sequence,
        location=meeting.place,
        url=meeting.online_link,
        description=description,
        organizer_address=settings.sender_address,
        organizer_name=settings.sender_name,
        attendees=(Attendee(recipient.address, recipient.name),),
        cancelled=cancelled,
        confidential=confidential,
    )


def _sender(settings: SmtpSettings) -> Address:
    user, _, domain = settings.sender_address.partition("@")
    return Address(settings.sender_name, user, domain)


def _to(name: str, address: str) -> Address:
    try:
        return Address(name, addr_spec=address)
    except (ValueError, IndexError, TypeError) as error:  # the header parser's own errors
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{address} is not an e-mail address ({reason})"),
            address=repr(address),
            reason=error,
        ) from None


def _domain(settings: SmtpSettings) -> str:
    return settings.sender_address.partition("@")[2] or "emeeting.invalid"


def body_text(
    bundle: m.MeetingBundle, recipient: Outgoing, settings: SmtpSettings, *, enclosed: str = "enclosed"
) -> str:
    """The text of the message; ``enclosed``: which line of the wording names the attachments."""
    meeting, committee = bundle.meeting, bundle.committee
    w = words(recipient.language)
    fill = {
        "committee": committee.name,
        "label": meeting.label,
        # A title that only repeats the committee and the number ("การประชุม… ครั้งที่ 3/2569") is not said
        # twice; one that says more ("… ครั้งที่ 3/2569 (นัดใหม่)") is.
        "about": ""
        if meeting.title.rstrip().endswith(meeting.label)
        else w["about"].format(title=meeting.title),
        "name": recipient.name,
        "when": when_text(meeting, recipient.language),
        "place": meeting.place,
        "link": meeting.online_link,
        "sender": settings.sender_name or settings.sender_address,
    }
    invited = any(i.person_id == recipient.person_id for i in bundle.invitations)
    kind = recipient.kind
    opening = (
        "body.cancel_you"
        if kind is MailKind.CANCEL and invited is False and not _is_cancelled(meeting)
        else f"body.{kind.value}"
    )
    lines = [w["greeting"].format(**fill), "", w[opening].format(**fill), ""]
    if opening != "body.cancel_you":
        lines.append(w["when"].format(**fill))
        if meeting.place:
            lines.append(w["place"].format(**fill))
        if meeting.online_link and kind is not MailKind.CANCEL:
            lines.append(w["link"].format(**fill))
        lines.append("")
    if kind in (MailKind.INVITATION, MailKind.UPDATE):
        lines += [w[enclosed], w["answer"], ""]
    purpose = w["purpose.cancel" if opening == "body.cancel_you" else f"purpose.{kind.value}"]
    lines += [*([purpose] if purpose else []), w["closing"], w["signature"].format(**fill), ""]
    return "\n".join(lines)


def _is_cancelled(meeting: m.Meeting) -> bool:
    return meeting.status is m.MeetingStatus.CANCELLED


def compose(
    bundle: m.MeetingBundle,
    recipient: Outgoing,
    settings: SmtpSettings,
    attachments: Sequence[Attachment],
    *,
    now: datetime,
) -> EmailMessage:
    """The message to ``recipient``: invitations and updates with ``attachments`` (letter, agenda, book)
    and the REQUEST event; a cancellation with the CANCEL event; a reminder with the current event."""
    meeting, committee = bundle.meeting, bundle.committee
    kind = recipient.kind
    w = words(recipient.language)
    msg = EmailMessage()
    msg["From"] = _sender(settings)
    msg["To"] = _to(recipient.name, recipient.address)
    msg["Subject"] = w[f"subject.{kind.value}"].format(committee=committee.name, label=meeting.label)
    msg["Date"] = format_datetime(now.astimezone(OFFICE_ZONE))
    msg["Message-ID"] = make_msgid(domain=_domain(settings))
    msg["Content-Language"] = "th" if recipient.language == "th" else "en"
    names = [a.filename for a in attachments]
    enclosed = (
        "enclosed_book"
        if any(n.startswith("board-book") for n in names)
        else "enclosed"
        if any(n.startswith("agenda") for n in names)
        else "enclosed_letter"
    )
    msg.set_content(body_text(bundle, recipient, settings, enclosed=enclosed))
    method = Method.CANCEL if kind is MailKind.CANCEL else Method.REQUEST
    event = event_of(bundle, recipient, settings, now, cancelled=kind is MailKind.CANCEL)
    ics = calendar(method, [event])
    msg.add_alternative(ics, subtype="calendar", params={"method": method.value})
    if kind in (MailKind.INVITATION, MailKind.UPDATE):
        for a in attachments:
            msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.filename)
    msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    return msg


def settings_test_message(settings: SmtpSettings, to: str, language: str, now: datetime) -> EmailMessage:
    """The mail settings' test message."""
    w = words(language)
    msg = EmailMessage()
    msg["From"] = _sender(settings)
    msg["To"] = _to("", to)
    msg["Subject"] = w["subject.test"]
    msg["Date"] = format_datetime(now.astimezone(OFFICE_ZONE))
    msg["Message-ID"] = make_msgid(domain=_domain(settings))
    msg.set_content(w["body.test"] + "\n")
    return msg
