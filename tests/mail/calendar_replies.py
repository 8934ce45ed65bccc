"""Calendar replies (iMIP, RFC 6047) shaped the way real calendars send them, as bytes for IMAP APPEND.

- Outlook / Exchange: multipart/alternative with text/plain, text/html and ``text/calendar;
  method=REPLY`` in base64; Windows time zone names; "Accepted: …" subjects.
- Google Calendar: multipart/mixed [multipart/alternative [text/plain, text/html, text/calendar
  method=REPLY], ``invite.ics`` as application/ics in base64] — the same calendar twice.
- Thunderbird: multipart/mixed with text/plain and ``text/calendar; method=REPLY`` in quoted-printable.
- Apple Calendar: multipart/mixed with text/plain and an ``iCal-….ics`` attachment (text/calendar,
  quoted-printable, Content-Disposition: attachment).

Every message has CRLF line ends, as on the wire.
"""

from __future__ import annotations

import base64
import quopri
import uuid
from dataclasses import dataclass

SHAPES = ("outlook", "google", "thunderbird", "apple")


@dataclass(frozen=True)
class Answer:
    uid: str
    attendee: str  # as written after mailto:
    partstat: str = "ACCEPTED"
    sequence: int = 0
    comment: str = ""
    name: str = ""


def reply_ics(answer: Answer, *, shape: str = "outlook") -> str:
    """A METHOD:REPLY calendar object as the shape's calendar writes it."""
    prodid = {
        "outlook": "Microsoft Exchange Server 2010",
        "google": "-//Google Inc//Google Calendar 70.9054//EN",
        "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        "apple": "-//Apple Inc.//macOS 14.4//EN",
    }[shape]
    tz = "SE Asia Standard Time" if shape == "outlook" else "Asia/Bangkok"
    cn = f";CN={answer.name}" if answer.name else ""
    mailto = "MAILTO" if shape == "apple" else "mailto"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{prodid}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REPLY",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={answer.partstat}{cn}"
        f";X-NUM-GUESTS=0:{mailto}:{answer.attendee}",
        *([f"COMMENT;LANGUAGE=th-TH:{answer.comment}"] if answer.comment else []),
        f"UID:{answer.uid}",
        f"SEQUENCE:{answer.sequence}",
        "SUMMARY;LANGUAGE=th-TH:การประชุมคณะกรรมการ",
        f"DTSTART;TZID={tz}:20261215T093000",
        f"DTEND;TZID={tz}:20261215T120000",
        "DTSTAMP:20261207T031500Z",
        "ORGANIZER;CN=สำนักงานเลขานุการ:mailto:secretary@example.go.th",
        *(["X-MICROSOFT-CDO-REPLYTIME:20261207T031500Z"] if shape == "outlook" else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character, as RFC 5545 §3.1 asks."""
    out, current = [], b""
    for ch in line:
        encoded = ch.encode()
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode())
            current = b""
        current += encoded
    out.append(current.decode())
    return "\r\n ".join(out)


def _b64(data: bytes) -> str:
    encoded = base64.b64encode(data).decode()
    return "\r\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


def _qp(data: bytes) -> str:
    return quopri.encodestring(data).decode().replace("\r\n", "\n").replace("\n", "\r\n")


def message(
    answer: Answer,
    *,
    shape: str = "outlook",
    sender: str | None = None,
    message_id: str | None = None,
    ics: str | None = None,
) -> bytes:
    """A whole reply message (headers and body) as the shape's mail program sends it."""
    ics = reply_ics(answer, shape=shape) if ics is None else ics
    data = ics.encode()
    sender = answer.attendee.lower() if sender is None else sender
    message_id = message_id or f"<{uuid.uuid4().hex}@{sender.partition('@')[2] or 'example.org'}>"
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}.get(
        answer.partstat, "Reply"
    )
    head = (
        f"From: =?utf-8?b?{base64.b64encode('สมาชิก'.encode()).decode()}?= <{sender}>\r\n"
        "To: secretary@example.go.th\r\n"
        f"Subject: {word}: meeting\r\n"
        "Date: Mon, 07 Dec 2026 10:15:00 +0700\r\n"
        f"Message-ID: {message_id}\r\n"
        "MIME-Version: 1.0\r\n"
    )
    text = f"{answer.attendee} has {word.lower()} this invitation.\r\n"
    if shape == "outlook":
        return (
            head + 'Content-Type: multipart/alternative; boundary="_000_outlook_"\r\n'
            "Thread-Topic: meeting\r\nX-MS-Has-Attach:\r\nX-MS-TNEF-Correlator:\r\n\r\n"
            "--_000_outlook_\r\n"
            'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
            f"{_qp(text.encode())}\r\n"
            "--_000_outlook_\r\n"
            'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
            f"{_qp(f'<html><body><p>{text}</p></body></html>'.encode())}\r\n"
            "--_000_outlook_\r\n"
            'Content-Type: text/calendar; charset="utf-8"; method=REPLY\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n"
            f"{_b64(data)}\r\n"
            "--_000_outlook_--\r\n"
        ).encode()
    if shape == "google":
        return (
            head + 'Content-Type: multipart/mixed; boundary="000000000000mixed"\r\n\r\n'
            "--000000000000mixed\r\n"
            'Content-Type: multipart/alternative; boundary="000000000000alt"\r\n\r\n'
            "--000000000000alt\r\n"
            'Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n"
            f"{_b64(text.encode())}\r\n"
            "--000000000000alt\r\n"
            'Content-Type: text/html; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
            f"{_qp(f'<span>{text}</span>'.encode())}\r\n"
            "--000000000000alt\r\n"
            'Content-Type: text/calendar; charset="UTF-8"; method=REPLY\r\n'
            "Content-Transfer-Encoding: 7bit\r\n\r\n"
            f"{ics}\r\n"
            "--000000000000alt--\r\n"
            "--000000000000mixed\r\n"
            'Content-Type: application/ics; name="invite.ics"\r\n'
            'Content-Disposition: attachment; filename="invite.ics"\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n"
            f"{_b64(data)}\r\n"
            "--000000000000mixed--\r\n"
        ).encode()
    if shape == "thunderbird":
        return (
            head + "User-Agent: Mozilla Thunderbird\r\n"
            'Content-Type: multipart/mixed; boundary="------------tb0123456789"\r\n\r\n'
            "This is a multi-part message in MIME format.\r\n"
            "--------------tb0123456789\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"{text}\r\n"
            "--------------tb0123456789\r\n"
            "Content-Type: text/calendar; method=REPLY; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            f"{_qp(data)}\r\n"
            "--------------tb0123456789--\r\n"
        ).encode()
    assert shape == "apple"
    return (
        head + 'Content-Type: multipart/mixed; boundary="Apple-Mail=_ABCDEF"\r\n\r\n'
        "--Apple-Mail=_ABCDEF\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
        f"{text}\r\n"
        "--Apple-Mail=_ABCDEF\r\n"
        "Content-Disposition: attachment; filename=iCal-20261207-101500.ics\r\n"
        'Content-Type: text/calendar; name="iCal-20261207-101500.ics"; method=REPLY; charset=utf-8\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{_qp(data)}\r\n"
        "--Apple-Mail=_ABCDEF--\r\n"
    ).encode()


def plain_message(sender: str, subject: str = "Hello", *, message_id: str | None = None) -> bytes:
    """An ordinary message without any calendar."""
    message_id = message_id or f"<{uuid.uuid4().hex}@example.org>"
    return (
        f"From: {sender}\r\nTo: secretary@example.go.th\r\nSubject: {subject}\r\n"
        f"Message-ID: {message_id}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n"
    ).encode()


def newsletter(sender: str, *, message_id: str | None = None) -> bytes:
    """An ordinary multipart message (text, HTML and an image), with no calendar in it."""
    message_id = message_id or f"<{uuid.uuid4().hex}@example.org>"
    logo = _b64(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return (
        f"From: {sender}\r\nTo: secretary@example.go.th\r\nSubject: News\r\nMessage-ID: {message_id}\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        '--b1\r\nContent-Type: multipart/alternative; boundary="b2"\r\n\r\n'
        "--b2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nNews.\r\n"
        "--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>News.</p>\r\n--b2--\r\n"
        '--b1\r\nContent-Type: image/png; name="logo.png"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        f"{logo}\r\n--b1--\r\n"
    ).encode()
