"""Sending to a real SMTP server: the messages parse, the PDFs open, the calendar event is valid and
follows the meeting's changes, a refused address fails alone, the notice date is set by the first success."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import icalendar
import pytest

from emeeting.domain import model as m
from emeeting.domain.mailing import MailKind, MailResult
from emeeting.interop.ical import meeting_uid
from emeeting.mail.outbox import Outbox, Reminder
from emeeting.mail.settings import MailSettingsStore
from emeeting.services.container import Services
from tests.mail.conftest import Board
from tests.mail.servers import Received, SmtpServer, free_port

NOW = datetime(2026, 12, 7, 3, 12, tzinfo=UTC)  # 10.12 in Bangkok


def pdf_text(data: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def the_event(message: EmailMessage) -> tuple[icalendar.Calendar, icalendar.Event]:
    """The calendar of the message's text/calendar part, checked to be the same as its invite.ics."""
    inline = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    attached = next(p for p in message.walk() if p.get_filename() == "invite.ics")
    text = inline.get_content()
    assert attached.get_content().decode() == text
    cal = icalendar.Calendar.from_ical(text)
    assert inline.get_param("method") == str(cal["METHOD"])
    events = cal.walk("VEVENT")
    assert len(events) == 1
    return cal, events[0]


def by_address(smtp: SmtpServer) -> dict[str, Received]:
    return {r.recipients[0]: r for r in smtp.received}


def cancel(services: Services, meeting_id: str) -> None:
    meeting = services.meetings.bundle(meeting_id).meeting
    services.meetings.update(dataclasses.replace(meeting, status=m.MeetingStatus.CANCELLED), base=meeting)


def test_invitations_carry_the_letter_the_agenda_and_a_valid_calendar_invitation(
    services: Services, board: Board, smtp: SmtpServer, mail_settings: MailSettingsStore, tmp_path: Path
) -> None:
    outbox = Outbox(services, mail_settings, clock=lambda: NOW)
    report = outbox.send(outbox.plan(board.meeting_id))
    assert not report.failed and len(report.sent) == 3
    got = by_address(smtp)
    assert set(got) == {"somchai@example.go.th", "Jane.Smith@example.org", "wichai@example.go.th"}

    thai = got["somchai@example.go.th"].message
    assert thai["Subject"] == "ขอเชิญประชุมคณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร ครั้งที่ 1/2569"
    assert thai["To"].addresses[0].display_name == "นายสมชาย ใจดี"
    assert thai["From"].addresses[0].addr_spec == "secretariat@example.go.th"
    body = thai.get_body(("plain",)).get_content()
    assert "วันจันทร์ที่ 14 ธันวาคม 2569 เวลา 14.30 – 16.30 น." in body
    assert "ห้องประชุม 1 ชั้น 9" in body
    assert thai.get_content_type() == "multipart/mixed"
    alternative = next(thai.iter_parts())
    assert [p.get_content_type() for p in alternative.iter_parts()] == ["text/plain", "text/calendar"]
    pdfs = [p for p in thai.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert [p.get_filename() for p in pdfs] == ["invitation-1-2569.pdf", "agenda-1-2569.pdf"]
    letter = pdf_text(pdfs[0].get_content(), tmp_path, "letter.pdf")
    assert "หนังสือเชิญประชุม" in letter
    assert "7 ธันวาคม 2569" in letter  # issued on the day of sending
    assert "ระเบียบวาระ" in pdf_text(pdfs[1].get_content(), tmp_path, "agenda.pdf")

    english = got["Jane.Smith@example.org"].message
    assert english["Subject"] == "Invitation: คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร, meeting 1/2569"
    assert "Monday 14 December 2026, 14:30–16:30 (Bangkok time)" in english.get_body(("plain",)).get_content()
    english_pdfs = [p for p in english.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert "Invitation" in pdf_text(english_pdfs[0].get_content(), tmp_path, "letter-en.pdf")

    cal, event = the_event(thai)
    assert str(cal["METHOD"]) == "REQUEST"
    assert str(event["UID"]) == meeting_uid(board.meeting_id) == "meeting-1@emeeting"
    assert int(event["SEQUENCE"]) == 0
    assert event.decoded("DTSTART") == datetime(2026, 12, 14, 7, 30, tzinfo=UTC)
    assert str(event["LOCATION"]) == "ห้องประชุม 1 ชั้น 9"
    assert str(event["URL"]) == "https://meet.example.go.th/ict-3"
    assert str(event["ATTENDEE"]) == "mailto:somchai@example.go.th"
    assert thai["Message-ID"] in {s.message_id for s in outbox.log.messages(board.meeting_id)}

    # The notice date is the first success's, set once, audited like any edit.
    assert report.notice_set == NOW
    assert services.meetings.bundle(board.meeting_id).meeting.notice_sent_at == NOW
    notices = [
        c
        for e in services.audit.trail(board.meeting_id).entries
        for c in e.changes
        if c.field == "notice_sent_at"
    ]
    assert len(notices) == 1 and notices[0].new == NOW


def test_a_change_sends_updates_and_a_cancellation_cancels(
    services: Services, board: Board, smtp: SmtpServer, outbox: Outbox
) -> None:
    outbox.send(outbox.plan(board.meeting_id))
    meeting = services.meetings.bundle(board.meeting_id).meeting
    first_notice = meeting.notice_sent_at
    services.meetings.update(
        dataclasses.replace(meeting, place="ห้องประชุม 2", start=meeting.start.replace(day=15), end=None),
        base=meeting,
    )
    plan = outbox.plan(board.meeting_id)
    assert {o.kind for o in plan.outgoing} == {MailKind.UPDATE}
    before = len(smtp.received)
    report = outbox.send(plan)
    assert report.notice_set is None
    assert services.meetings.bundle(board.meeting_id).meeting.notice_sent_at == first_notice
    updates = smtp.received[before:]
    assert len(updates) == 3
    for r in updates:
        cal, event = the_event(r.message)
        assert (str(cal["METHOD"]), str(event["UID"]), int(event["SEQUENCE"])) == (
            "REQUEST",
            "meeting-1@emeeting",
            1,
        )
        assert str(event["LOCATION"]) == "ห้องประชุม 2"
    assert outbox.plan(board.meeting_id).outgoing == ()  # nothing more to send

    cancel(services, board.meeting_id)
    before = len(smtp.received)
    report = outbox.send(outbox.plan(board.meeting_id))
    assert {o.kind for o in report.sent} == {MailKind.CANCEL} and len(report.sent) == 3
    for r in smtp.received[before:]:
        assert not [p for p in r.message.iter_attachments() if p.get_content_type() == "application/pdf"]
        cal, event = the_event(r.message)
        assert (str(cal["METHOD"]), str(event["UID"]), int(event["SEQUENCE"]), str(event["STATUS"])) == (
            "CANCEL",
            "meeting-1@emeeting",
            2,
            "CANCELLED",
        )
        assert r.message["Subject"].startswith(("แจ้งยกเลิกการประชุม", "Cancelled:"))
    assert outbox.plan(board.meeting_id).outgoing == ()


def test_a_refused_address_fails_alone_and_a_retry_sends_only_it(
    services: Services, board: Board, smtp: SmtpServer, outbox: Outbox
) -> None:
    smtp.refuse("jane.smith@example.org")
    seen: list[tuple[int, int, str]] = []
    report = outbox.send(outbox.plan(board.meeting_id), progress=lambda *a: seen.append(a))
    assert len(report.sent) == 2
    assert [(o.person_id, "550" in why) for o, why in report.failed] == [(board.expert.id, True)]
    assert [s[:2] for s in seen] == [(1, 3), (2, 3), (3, 3)]
    status = outbox.status(board.meeting_id)
    assert status[board.expert.id].result is MailResult.FAILED
    assert "refused the address" in status[board.expert.id].error

    smtp.handler.refuse.clear()
    retry = outbox.plan(board.meeting_id)
    assert [o.person_id for o in retry.outgoing] == [board.expert.id]
    before = len(smtp.received)
    assert len(outbox.send(retry).sent) == 1
    assert [r.recipients for r in smtp.received[before:]] == [["Jane.Smith@example.org"]]
    assert outbox.status(board.meeting_id)[board.expert.id].result is MailResult.SENT


def test_cancelling_mid_batch_stops_and_what_was_not_sent_goes_next_time(
    services: Services, board: Board, smtp: SmtpServer, outbox: Outbox
) -> None:
    report = outbox.send(outbox.plan(board.meeting_id), cancelled=lambda: len(smtp.received) >= 1)
    assert report.cancelled and len(report.sent) == 1 and not report.failed
    assert len(outbox.plan(board.meeting_id).outgoing) == 2


def test_the_board_book_goes_to_each_reader_with_their_name_on_it(
    services: Services, board: Board, smtp: SmtpServer, outbox: Outbox, tmp_path: Path
) -> None:
    plan = outbox.plan(board.meeting_id, to=[board.chair.id])
    outbox.send(plan, board_book=True)
    (received,) = smtp.received
    books = [p for p in received.message.iter_attachments() if p.get_filename() == "board-book-1-2569.pdf"]
    assert len(books) == 1
    assert "สมชาย" in pdf_text(books[0].get_content(), tmp_path, "book.pdf")


def test_reminders_carry_the_current_event_without_documents(
    services: Services, board: Board, smtp: SmtpServer, outbox: Outbox
) -> None:
    outbox.send(outbox.plan(board.meeting_id))
    before = len(smtp.received)
    report = outbox.send(outbox.plan(board.meeting_id, reminder=Reminder.NOT_ANSWERED))
    assert {o.kind for o in report.sent} == {MailKind.REMINDER}
    for r in smtp.received[before:]:
        assert r.message["Subject"].startswith(("ขอเรียนย้ำกำหนดการประชุม", "Reminder:"))
        assert not [p for p in r.message.iter_attachments() if p.get_content_type() == "application/pdf"]
        _cal, event = the_event(r.message)
        assert int(event["SEQUENCE"]) == 0
    # a reminder is not a change of the event: the invitations stay up to date
    assert outbox.plan(board.meeting_id).outgoing == ()


def test_nothing_to_send_needs_no_server(
    services: Services, board: Board, outbox: Outbox, smtp: SmtpServer
) -> None:
    outbox.send(outbox.plan(board.meeting_id))
    outbox.settings.save(dataclasses.replace(outbox.settings.smtp(), port=free_port()))  # nobody there
    report = outbox.send(outbox.plan(board.meeting_id))
    assert report.sent == () and report.failed == ()


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_wording_table_has_the_same_lines_in_both_languages(language: str) -> None:
    from emeeting.mail.compose import WORDING

    assert set(WORDING[language]) == set(WORDING["th"]) == set(WORDING["en"])


def _drop_data(smtp: SmtpServer, times: int) -> list[int]:
    """Make the server close the connection instead of taking the next ``times`` messages."""
    dropped: list[int] = []
    handle = smtp.handler.handle_DATA

    async def drop(server: Any, session: Any, envelope: Any) -> str:
        if len(dropped) < times:
            dropped.append(1)
            server.transport.close()
            return "421 4.3.0 closing"
        return await handle(server, session, envelope)

    smtp.handler.handle_DATA = drop  # type: ignore[method-assign]
    return dropped


def test_a_server_that_goes_away_is_reconnected_once(
    services: Services, board: Board, smtp: SmtpServer, outbox: Outbox
) -> None:
    dropped = _drop_data(smtp, 1)
    report = outbox.send(outbox.plan(board.meeting_id))
    assert dropped == [1]
    assert len(report.sent) == 3 and not report.failed
    assert len(smtp.received) == 3


def test_a_server_that_goes_away_again_fails_the_rest_for_a_retry(
    services: Services, board: Board, smtp: SmtpServer, outbox: Outbox
) -> None:
    first = outbox.plan(board.meeting_id)
    _drop_data(smtp, 2)
    report = outbox.send(first)
    assert report.sent == ()
    assert len(report.failed) == 3 and all("went away" in why for _o, why in report.failed)
    assert {s.result for s in outbox.log.messages(board.meeting_id)} == {MailResult.FAILED}
    assert services.meetings.bundle(board.meeting_id).meeting.notice_sent_at is None
    assert len(outbox.send(outbox.plan(board.meeting_id)).sent) == 3


def test_a_top_secret_agenda_is_not_emailed(
    services: Services, board: Board, smtp: SmtpServer, outbox: Outbox
) -> None:
    meeting = services.meetings.bundle(board.meeting_id).meeting
    services.meetings.update(dataclasses.replace(meeting, secrecy=m.Secrecy.TOP_SECRET), base=meeting)
    outbox.send(outbox.plan(board.meeting_id, to=[board.chair.id]))
    (received,) = smtp.received
    names = [p.get_filename() for p in received.message.iter_attachments()]
    assert names == ["invitation-1-2569.pdf", "invite.ics"]
    handed_over = "ระเบียบวาระการประชุมซึ่งเป็นเอกสารชั้นลับที่สุด ฝ่ายเลขานุการจะนำส่งให้ท่านโดยตรง"
    assert handed_over in received.message.get_body(("plain",)).get_content()
    _cal, event = the_event(received.message)
    assert str(event["SUMMARY"]) == "การประชุมคณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร"
    assert str(event["CLASS"]) == "CONFIDENTIAL"


def test_someone_no_longer_invited_is_told_so(
    services: Services, board: Board, smtp: SmtpServer, outbox: Outbox
) -> None:
    outbox.send(outbox.plan(board.meeting_id, to=[board.deputy.id]))
    invitation = next(
        i for i in services.meetings.bundle(board.meeting_id).invitations if i.person_id == board.deputy.id
    )
    services.records.delete(m.Invitation, invitation.id)
    report = outbox.send(outbox.plan(board.meeting_id, to=[board.deputy.id]))
    assert [(o.person_id, o.kind) for o in report.sent] == [(board.deputy.id, MailKind.CANCEL)]
    message = smtp.received[-1].message
    assert "จึงขอยกเลิกหนังสือเชิญดังกล่าว" in message.get_body(("plain",)).get_content()
    cal, event = the_event(message)
    assert (str(cal["METHOD"]), int(event["SEQUENCE"])) == ("CANCEL", 0)
