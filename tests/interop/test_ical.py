"""iCalendar as we write it, read back by an independent reader (the ``icalendar`` package), and replies
as we read them, including what a hostile mailbox may hold."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emeeting.interop.ical import (
    MAX_READ_BYTES,
    Attendee,
    CalendarEvent,
    IcsError,
    Method,
    PartStat,
    calendar,
    default_end,
    event_summary,
    events_in,
    fold,
    meeting_id_of_uid,
    meeting_uid,
    read_method,
    read_replies,
)

START = datetime(2026, 3, 10, 2, 30, tzinfo=UTC)  # 09.30 in Bangkok
LONG_THAI = (
    "การประชุมคณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร ครั้งที่ ๓/๒๕๖๙ "
    "เพื่อพิจารณาร่างแผนปฏิบัติการดิจิทัลของกระทรวง ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ "
)


def event(**changes: object) -> CalendarEvent:
    values: dict[str, object] = {
        "uid": meeting_uid("m-1"),
        "start": START,
        "end": START + timedelta(hours=3),
        "summary": "ประชุมคณะกรรมการ ครั้งที่ 3/2569",
        "stamp": datetime(2026, 3, 1, 1, 0, tzinfo=UTC),
        "sequence": 2,
        "location": "ห้องประชุม 1, ชั้น 5; อาคาร A",
        "url": "https://meet.example.go.th/abc",
        "description": "1 เรื่องที่ประธานแจ้ง\n2 รับรองรายงานการประชุม",
        "organizer_address": "secretary@example.go.th",
        "organizer_name": "ฝ่ายเลขานุการ",
        "attendees": (
            Attendee("Alice@Example.go.th", "นางสาว อลิส, ทดสอบ", chair=True),
            Attendee("bob@example.go.th", "Bob"),
        ),
    }
    values.update(changes)
    return CalendarEvent(**values)  # type: ignore[arg-type]


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def test_an_invitation_reads_back_as_a_request() -> None:
    text = calendar(Method.REQUEST, [event()])
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    cal = parse(text)
    assert str(cal["METHOD"]) == "REQUEST" and str(cal["VERSION"]) == "2.0"
    [vevent] = cal.walk("VEVENT")
    assert str(vevent["UID"]) == "m-1@emeeting" and int(vevent["SEQUENCE"]) == 2
    assert vevent.decoded("DTSTART") == START and vevent.decoded("DTEND") == START + timedelta(hours=3)
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert str(vevent["LOCATION"]) == "ห้องประชุม 1, ชั้น 5; อาคาร A"
    assert str(vevent["URL"]) == "https://meet.example.go.th/abc"
    assert str(vevent["DESCRIPTION"]) == "1 เรื่องที่ประธานแจ้ง\n2 รับรองรายงานการประชุม"
    assert str(vevent["ORGANIZER"]) == "mailto:secretary@example.go.th"
    assert vevent["ORGANIZER"].params["CN"] == "ฝ่ายเลขานุการ"
    alice, bob = vevent["ATTENDEE"]
    assert str(alice) == "mailto:Alice@Example.go.th"
    assert dict(alice.params) == {
        "CN": "นางสาว อลิส, ทดสอบ",
        "ROLE": "CHAIR",
        "PARTSTAT": "NEEDS-ACTION",
        "RSVP": "TRUE",
    }
    assert bob.params["ROLE"] == "REQ-PARTICIPANT"


def test_a_cancellation_keeps_the_uid_and_says_cancelled() -> None:
    request = parse(calendar(Method.REQUEST, [event(sequence=0)]))
    cancel = parse(calendar(Method.CANCEL, [event(sequence=1, cancelled=True)]))
    assert str(cancel["METHOD"]) == "CANCEL"
    [before], [after] = request.walk("VEVENT"), cancel.walk("VEVENT")
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert str(after["STATUS"]) == "CANCELLED"
    assert all(a.params["RSVP"] == "FALSE" for a in after["ATTENDEE"])  # no answer asked for


def test_a_published_calendar_lists_no_attendees() -> None:
    text = calendar(Method.PUBLISH, [event(), event(uid=meeting_uid("m-2"), confidential=True)], name="ปฏิทิน")
    cal = parse(text)
    assert str(cal["METHOD"]) == "PUBLISH" and str(cal["X-WR-CALNAME"]) == "ปฏิทิน"
    first, second = cal.walk("VEVENT")
    assert "ATTENDEE" not in first and "ATTENDEE" not in second
    assert str(second["CLASS"]) == "CONFIDENTIAL"
    assert events_in(text) == ["m-1@emeeting", "m-2@emeeting"]
    assert "METHOD" not in parse(calendar(None, [event()]))  # a feed: no method at all


def test_long_thai_lines_fold_within_75_octets_without_splitting_a_character() -> None:
    summary = LONG_THAI * 3
    text = calendar(Method.REQUEST, [event(summary=summary, description=LONG_THAI * 5)])
    raw = text.encode()
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode()  # each physical line is whole UTF-8: no character cut in two
    [vevent] = parse(text).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == summary
    assert str(vevent["DESCRIPTION"]) == LONG_THAI * 5


@given(st.text(min_size=1, max_size=400))
@settings(max_examples=200, deadline=None)
def test_any_line_folds_and_unfolds_to_itself(text: str) -> None:
    line = "SUMMARY:" + text.replace("\r", "").replace("\n", "")
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_text_values_are_escaped_and_read_back_exactly() -> None:
    tricky = 'a, b; c\\d\nสอง "สาม"\r\nสี่'
    [vevent] = parse(calendar(Method.REQUEST, [event(summary=tricky, location=tricky)])).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == 'a, b; c\\d\nสอง "สาม"\nสี่'
    assert str(vevent["LOCATION"]) == str(vevent["SUMMARY"])


def test_a_name_cannot_break_out_of_its_parameter() -> None:
    hostile = 'Evil"; ROLE=CHAIR:mailto:evil@x\r\nATTENDEE:mailto:more@x'
    text = calendar(Method.REQUEST, [event(attendees=(Attendee("a@x.th", hostile),))])
    [vevent] = parse(text).walk("VEVENT")
    attendee = vevent["ATTENDEE"]
    assert str(attendee) == "mailto:a@x.th" and attendee.params["ROLE"] == "REQ-PARTICIPANT"
    assert text.count("\r\nATTENDEE") == 1  # one attendee line, whatever the name holds


def test_times_are_written_in_bangkok_with_the_zone_defined() -> None:
    text = calendar(Method.REQUEST, [event()])
    assert "DTSTART;TZID=Asia/Bangkok:20260310T093000" in text
    assert "DTEND;TZID=Asia/Bangkok:20260310T123000" in text
    assert "DTSTAMP:20260301T010000Z" in text
    cal = parse(text)
    [zone] = cal.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Asia/Bangkok"
    [standard] = zone.walk("STANDARD")
    assert standard.decoded("TZOFFSETTO") == timedelta(hours=7)
    assert standard.decoded("TZOFFSETFROM") == timedelta(hours=7)
    [vevent] = cal.walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert start.utcoffset() == timedelta(hours=7) and (start.hour, start.minute) == (9, 30)
    # a start given in another zone is the same moment in Bangkok's time
    other = START.astimezone(ZoneInfo("Europe/Berlin"))
    assert "DTSTART;TZID=Asia/Bangkok:20260310T093000" in calendar(Method.REQUEST, [event(start=other)])
    with pytest.raises(ValueError):
        calendar(Method.REQUEST, [event(start=datetime(2026, 3, 10, 9, 30))])


def test_an_end_before_the_start_is_written_as_the_start_and_a_missing_end_has_a_default() -> None:
    [vevent] = parse(calendar(None, [event(end=START - timedelta(hours=1))])).walk("VEVENT")
    assert vevent.decoded("DTEND") == START
    assert default_end(START) - START == timedelta(hours=3)


def test_summaries_and_uids() -> None:
    assert event_summary("เรื่องลับ", "คณะกรรมการ ก", confidential=True, thai=True) == "การประชุมคณะกรรมการ ก"
    assert event_summary("Secret", "Board A", confidential=True, thai=False) == "Meeting of Board A"
    assert event_summary("เปิด", "คณะกรรมการ ก", confidential=False, thai=True) == "เปิด"
    assert meeting_id_of_uid(meeting_uid("abc")) == "abc"
    assert meeting_id_of_uid("abc@google.com") is None and meeting_id_of_uid("@emeeting") is None


# -- replies --------------------------------------------------------------------------------------------


def reply(*event_lines: str, method: str = "REPLY") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", f"METHOD:{method}"]
    lines += ["BEGIN:VEVENT", *event_lines, "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def test_a_reply_written_by_icalendar_is_read() -> None:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Other//EN")
    cal.add("version", "2.0")
    cal.add("method", "REPLY")
    vevent = icalendar.Event()
    vevent.add("uid", meeting_uid("m-1"))
    vevent.add("sequence", 3)
    vevent.add("dtstamp", START)
    vevent.add("comment", "ติดราชการ, ขอส่งผู้แทน; ขอบคุณ")
    attendee = icalendar.vCalAddress("MAILTO:Alice@Example.go.th")
    attendee.params["PARTSTAT"] = "DECLINED"
    attendee.params["CN"] = "อลิส, ทดสอบ"
    vevent.add("attendee", attendee)
    cal.add_component(vevent)
    [answer] = read_replies(cal.to_ical().decode())
    assert answer.uid == "m-1@emeeting" and answer.sequence == 3
    assert answer.address == "alice@example.go.th" and answer.partstat is PartStat.DECLINED
    assert answer.comment == "ติดราชการ, ขอส่งผู้แทน; ขอบคุณ"
    assert read_method(cal.to_ical().decode()) == "REPLY"


def test_a_folded_reply_with_a_quoted_name_is_read() -> None:
    text = reply(
        "UID:m-1@emeeting",
        'ATTENDEE;CN="Bob: the; member";PARTSTAT=ACCEPTED:mailto:',
        " bob@example.go.th",
    )
    [answer] = read_replies(text)
    assert (answer.address, answer.partstat, answer.sequence) == ("bob@example.go.th", PartStat.ACCEPTED, 0)


HOSTILE = {
    "huge": reply("UID:m-1@emeeting", "COMMENT:" + "ก" * (MAX_READ_BYTES + 1)),
    "unterminated": "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:m-1@emeeting\r\n",
    "unterminated quote": reply('ATTENDEE;CN="open:mailto:a@x', "UID:m-1@emeeting"),
    "wrong end": reply("UID:m-1@emeeting", "END:VCALENDAR"),
    "a request": reply("UID:m-1@emeeting", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x", method="REQUEST"),
    "no method": reply("UID:m-1@emeeting").replace("METHOD:REPLY\r\n", ""),
    "bad partstat": reply("UID:m-1@emeeting", "ATTENDEE;PARTSTAT=MAYBE:mailto:a@x"),
    "bad sequence": reply("UID:m-1@emeeting", "SEQUENCE:1e9", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x"),
    "no uid": reply("ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x"),
    "not a calendar": "From: someone\r\nSubject: hello\r\n\r\nnot a calendar",
    "empty": "",
    "binary": "\x00\x01\x02BEGIN:VCALENDAR",
    "parameter without value": reply("UID:m-1@emeeting", "ATTENDEE;PARTSTAT:mailto:a@x"),
    "line without value": reply("UID:m-1@emeeting", "ATTENDEE;PARTSTAT=ACCEPTED"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_replies_are_refused_in_words(name: str) -> None:
    with pytest.raises(IcsError) as refused:
        read_replies(HOSTILE[name])
    assert str(refused.value).startswith("the calendar file cannot be read: ")


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_no_text_breaks_the_reader(text: str) -> None:
    for candidate in (text, reply(text), reply("UID:m-1@emeeting", "ATTENDEE;" + text)):
        with contextlib.suppress(IcsError):
            read_replies(candidate)
