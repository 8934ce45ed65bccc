"""iCalendar (RFC 5545) for meetings: invitations and their updates and cancellations (iTIP, RFC 5546,
sent by e-mail as iMIP, RFC 6047), the calendar feed a member subscribes to, and the replies calendars
send back.

Written by hand rather than through a library: what we write is small and fixed (one VTIMEZONE and
VEVENTs), and the tests read it back with an independent reader (the ``icalendar`` package).

A meeting keeps one UID for its whole life (``meeting_uid``), so that a calendar replaces the event it
has when an update arrives, and removes it on a cancellation. Times are written in Asia/Bangkok with the
zone's own definition (Thailand has kept +07:00 without daylight saving since 1920), so that calendars
show the office's time wherever the member is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError

PRODUCT = "-//emeeting//emeeting//EN"
TIMEZONE = "Asia/Bangkok"
BANGKOK = timezone(timedelta(hours=7), "+07")
UID_DOMAIN = "emeeting"
# How long a meeting is taken to last when its end is not set (a calendar needs an end to show it).
DEFAULT_DURATION = timedelta(hours=3)
# A reply is a few kilobytes; a calendar file larger than this is no reply we read.
MAX_READ_BYTES = 1_000_000
_LINE_OCTETS = 75

_VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TIMEZONE}",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:+07",
    "END:STANDARD",
    "END:VTIMEZONE",
)


class Method(StrEnum):
    """iTIP methods: what a calendar object asks of the calendar that receives it."""

    PUBLISH = "PUBLISH"  # a feed: events to show, no answer expected
    REQUEST = "REQUEST"  # an invitation or its update
    CANCEL = "CANCEL"  # the meeting is cancelled (or this attendee is no longer invited)
    REPLY = "REPLY"  # an attendee's answer


class PartStat(StrEnum):
    """An attendee's participation status (RFC 5545 §3.2.12)."""

    NEEDS_ACTION = "NEEDS-ACTION"
    ACCEPTED = "ACCEPTED"
    DECLINED = "DECLINED"
    TENTATIVE = "TENTATIVE"
    DELEGATED = "DELEGATED"


class IcsError(ValidationError):
    """A calendar file that cannot be read as one; nothing was taken from it."""


def default_end(start: datetime) -> datetime:
    """The end a calendar shows for a meeting whose end is not set."""
    return start + DEFAULT_DURATION


def meeting_uid(meeting_id: str) -> str:
    """The UID of a meeting's event, the same in every invitation, update, cancellation and feed."""
    return f"{meeting_id}@{UID_DOMAIN}"


def meeting_id_of_uid(uid: str) -> str | None:
    """The meeting id a UID of ours names, or None for someone else's event."""
    head, at, domain = uid.strip().rpartition("@")
    return head if at and domain == UID_DOMAIN and head else None


@dataclass(frozen=True)
class Attendee:
    address: str  # e-mail address
    name: str = ""
    partstat: PartStat = PartStat.NEEDS_ACTION
    rsvp: bool = True  # an answer is asked for
    chair: bool = False


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT: a meeting as a calendar shows it."""

    uid: str
    start: datetime  # aware
    end: datetime  # aware, after start
    summary: str
    stamp: datetime  # DTSTAMP: when this calendar object was made
    sequence: int = 0  # raised each time the date, time or place changes (RFC 5546 §2.1.4)
    location: str = ""
    url: str = ""  # the online meeting's link
    description: str = ""
    organizer_address: str = ""
    organizer_name: str = ""
    attendees: tuple[Attendee, ...] = ()
    cancelled: bool = False
    confidential: bool = False  # CLASS:CONFIDENTIAL (calendars that share free/busy hide the details)


# -- writing ------------------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return _clean(value.replace("\n", "\\n"))


def _clean(value: str) -> str:
    # Control characters other than the escaped line breaks have no place in a content line.
    return "".join(ch for ch in value if ch >= " " and ch != "\x7f")


def _param(value: str) -> str:
    """A parameter value: quoted when it holds ``:;,``; a double quote cannot appear in one at all."""
    value = _clean(value.replace('"', "'").replace("\n", " ").replace("\r", " "))
    return f'"{value}"' if any(ch in value for ch in ":;,") else value


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character."""
    encoded = line.encode()
    if len(encoded) <= _LINE_OCTETS:
        return line
    parts: list[str] = []
    start, limit = 0, _LINE_OCTETS
    while start < len(encoded):
        end = min(start + limit, len(encoded))
        while end < len(encoded) and (encoded[end] & 0xC0) == 0x80:  # a continuation byte: step back
            end -= 1
        parts.append(encoded[start:end].decode())
        start, limit = end, _LINE_OCTETS - 1  # continuation lines begin with a space
    return "\r\n ".join(parts)


def _local(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime: a meeting's times carry their zone")
    return value.astimezone(BANGKOK).strftime("%Y%m%dT%H%M%S")


def _utc(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime: a meeting's times carry their zone")
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _mailto(address: str) -> str:
    return "mailto:" + _clean(address.strip())


def _event_lines(event: CalendarEvent, method: Method | None) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_clean(event.uid)}",
        f"DTSTAMP:{_utc(event.stamp)}",
        f"SEQUENCE:{max(event.sequence, 0)}",
        f"DTSTART;TZID={TIMEZONE}:{_local(event.start)}",
        f"DTEND;TZID={TIMEZONE}:{_local(max(event.end, event.start))}",
        f"SUMMARY:{escape_text(event.summary)}",
        f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}",
        f"CLASS:{'CONFIDENTIAL' if event.confidential else 'PUBLIC'}",
        "TRANSP:OPAQUE",
    ]
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.url:
        lines.append(f"URL:{_clean(event.url.strip())}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.organizer_address:
        name = f";CN={_param(event.organizer_name)}" if event.organizer_name else ""
        lines.append(f"ORGANIZER{name}:{_mailto(event.organizer_address)}")
    if method is not Method.PUBLISH:  # a feed lists nobody: it is one reader's own calendar
        for attendee in event.attendees:
            params = [
                f"CN={_param(attendee.name)}" if attendee.name else "",
                f"ROLE={'CHAIR' if attendee.chair else 'REQ-PARTICIPANT'}",
                f"PARTSTAT={attendee.partstat.value}",
                f"RSVP={'TRUE' if attendee.rsvp and method is Method.REQUEST else 'FALSE'}",
            ]
            lines.append("ATTENDEE;" + ";".join(p for p in params if p) + ":" + _mailto(attendee.address))
    lines.append("END:VEVENT")
    return lines


def calendar(method: Method | None, events: Iterable[CalendarEvent], *, name: str = "") -> str:
    """A VCALENDAR object with ``events`` (CRLF line ends, folded): an iTIP message when ``method`` is
    given, a plain calendar (a subscribed feed) when it is None. ``name``: the calendar's display name."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODUCT}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method is not None:
        lines.append(f"METHOD:{method.value}")
    if name:
        lines += [f"X-WR-CALNAME:{escape_text(name)}", f"X-WR-TIMEZONE:{TIMEZONE}"]
    lines += _VTIMEZONE
    for event in events:
        lines += _event_lines(event, method)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


# -- reading a reply ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplyAnswer:
    """What one attendee answered to one of our events."""

    uid: str
    sequence: int
    address: str  # lower case, without "mailto:"
    partstat: PartStat
    comment: str = ""


@dataclass(frozen=True)
class _Line:
    name: str
    params: dict[str, str]
    value: str


_NAME = re.compile(r"[A-Za-z0-9-]+")


def _unfold(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line for line in re.sub(r"\n[ \t]", "", text).split("\n") if line.strip()]


def _split_params(rest: str) -> tuple[dict[str, str], str]:
    """``;A=b;C="d:e":value`` → ({A: b, C: d:e}, value)."""
    params: dict[str, str] = {}
    i = 0
    while i < len(rest) and rest[i] == ";":
        eq = rest.find("=", i)
        if eq < 0:
            raise _broken("a parameter without a value")
        key = rest[i + 1 : eq].upper()
        j = eq + 1
        if j < len(rest) and rest[j] == '"':
            close = rest.find('"', j + 1)
            if close < 0:
                raise _broken("an unterminated quoted parameter")
            value, i = rest[j + 1 : close], close + 1
            while i < len(rest) and rest[i] == ",":  # a list of quoted values: keep the first
                nxt = rest.find('"', rest.find('"', i) + 1)
                i = nxt + 1 if nxt > 0 else len(rest)
        else:
            end = j
            while end < len(rest) and rest[end] not in ";:":
                end += 1
            value, i = rest[j:end], end
        params[key] = value
    if i >= len(rest) or rest[i] != ":":
        raise _broken("a content line without a value")
    return params, rest[i + 1 :]


def _parse_line(line: str) -> _Line:
    match = _NAME.match(line)
    if not match:
        raise _broken("a content line without a name")
    params, value = _split_params(line[match.end() :])
    return _Line(match.group().upper(), params, value)


def _broken(reason: str) -> IcsError:
    return IcsError(QT_TRANSLATE_NOOP("Errors", "the calendar file cannot be read: {reason}"), reason=reason)


def unescape_text(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _address(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    return value.strip().lower()


def read_method(text: str) -> str:
    """The iTIP METHOD of a calendar object ("" when it has none)."""
    for line in _unfold(text[:MAX_READ_BYTES]):
        if line.upper().startswith("METHOD:"):
            return line.split(":", 1)[1].strip().upper()
    return ""


def read_replies(text: str) -> list[ReplyAnswer]:
    """The answers a METHOD:REPLY calendar object carries (one per VEVENT and attendee).

    Raises ``IcsError`` for what is not a calendar object, is too large, or is not a reply."""
    if len(text) > MAX_READ_BYTES:
        raise _broken("it is larger than a reply can be")
    lines = [_parse_line(line) for line in _unfold(text)]
    if not lines or lines[0].name != "BEGIN" or lines[0].value.strip().upper() != "VCALENDAR":
        raise _broken("it does not begin with BEGIN:VCALENDAR")
    method = next((ln.value.strip().upper() for ln in lines if ln.name == "METHOD"), "")
    if method != Method.REPLY:
        raise _broken(f"it is no reply (METHOD:{method or 'none'})")
    answers: list[ReplyAnswer] = []
    stack: list[str] = []
    event: dict[str, object] = {}
    for line in lines:
        if line.name == "BEGIN":
            stack.append(line.value.strip().upper())
            if stack[-1] == "VEVENT":
                event = {"attendees": []}
        elif line.name == "END":
            if not stack or stack[-1] != line.value.strip().upper():
                raise _broken(f"END:{line.value.strip()} does not close what was begun")
            closed = stack.pop()
            if closed == "VEVENT":
                answers += _event_answers(event)
        elif stack and stack[-1] == "VEVENT":
            _take(event, line)
    if stack:
        raise _broken(f"{stack[-1]} is never closed")
    return answers


def _take(event: dict[str, object], line: _Line) -> None:
    if line.name == "UID":
        event["uid"] = line.value.strip()
    elif line.name == "SEQUENCE":
        try:
            event["sequence"] = int(line.value.strip())
        except ValueError:
            raise _broken(f"SEQUENCE {line.value.strip()!r} is no number") from None
    elif line.name == "COMMENT":
        event["comment"] = unescape_text(line.value)
    elif line.name == "ATTENDEE":
        attendees = event["attendees"]
        assert isinstance(attendees, list)
        attendees.append((_address(line.value), line.params.get("PARTSTAT", "NEEDS-ACTION").upper()))


def _event_answers(event: dict[str, object]) -> list[ReplyAnswer]:
    uid = event.get("uid")
    if not isinstance(uid, str) or not uid:
        raise _broken("an event without a UID")
    sequence = event.get("sequence", 0)
    comment = event.get("comment", "")
    attendees = event.get("attendees", [])
    assert isinstance(sequence, int) and isinstance(comment, str) and isinstance(attendees, list)
    answers = []
    for address, partstat in attendees:
        try:
            status = PartStat(partstat)
        except ValueError:
            raise _broken(f"PARTSTAT {partstat!r} is not one RFC 5545 knows") from None
        answers.append(ReplyAnswer(uid, sequence, address, status, comment))
    return answers


def event_summary(title: str, committee_name: str, *, confidential: bool, thai: bool) -> str:
    """What a calendar shows as the event's title: the meeting's title, or for a confidential meeting
    only whose meeting it is ("Meeting of committee X"), so that a calendar shown to others says no more."""
    if not confidential:
        return title
    return f"การประชุม{committee_name}" if thai else f"Meeting of {committee_name}"


def events_in(text: str) -> Sequence[str]:
    """The UIDs of the events a calendar object holds (for tests and diagnostics)."""
    return [ln.split(":", 1)[1].strip() for ln in _unfold(text) if ln.upper().startswith("UID:")]
