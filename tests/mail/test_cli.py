"""`emeeting mail`, `emeeting invite` and `emeeting remind` on a real data folder and a real SMTP server."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from emeeting import cli
from emeeting.domain import model as m
from emeeting.domain.mailing import MailKind, MailResult
from emeeting.mail.outbox import Outbox
from emeeting.mail.reminders import due, run_due
from emeeting.mail.settings import MailSettingsStore, ReminderSettings
from emeeting.services.container import Services
from emeeting.storage.mail_log import MailLog
from tests.mail.conftest import Board
from tests.mail.servers import SmtpServer
from tests.sync.conftest import MemoryKeyring


def run(data_dir: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data_dir), *args])


def test_mail_set_show_and_test(
    services: Services,
    data_dir: Path,
    smtp: SmtpServer,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    args = ["mail", "set", "--host", smtp.host, "--security", "none", "--port", str(smtp.port)]
    args += ["--from", "secretariat@example.go.th", "--name", "สำนักงานเลขานุการ", "--user", "sec"]
    assert run(data_dir, *args, "--password-stdin") == 0
    assert memory_keyring.passwords == {("emeeting-mail", f"sec@smtp://{smtp.host}:{smtp.port}"): "s3cret"}
    assert run(data_dir, "mail", "set", "--user", "") == 0  # this server takes mail without a login
    assert run(data_dir, "mail", "test", "it@example.go.th") == 0
    assert run(data_dir, "mail", "show") == 0
    out = capsys.readouterr().out
    assert "s3cret" not in out
    assert f"host: {smtp.host}" in out and "security: none" in out
    assert "from: สำนักงานเลขานุการ <secretariat@example.go.th>" in out
    assert "sent a test message to it@example.go.th" in out
    (received,) = smtp.received
    assert received.message["Subject"] == "ทดสอบการส่งอีเมลจากระบบการประชุม"


def test_a_bad_setting_is_refused_with_one_line(
    services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "mail", "set", "--host", "smtp.example.go.th", "--port", "70000") == 2
    assert "the mail setting port cannot be 70000" in capsys.readouterr().err


def test_invite_dry_run_then_send_to_one_then_the_rest(
    services: Services,
    board: Board,
    data_dir: Path,
    smtp: SmtpServer,
    mail_settings: MailSettingsStore,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(data_dir, "invite", "ICT:1/2569", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "would send: invitation to นายสมชาย ใจดี <somchai@example.go.th> (th, sequence 0)" in out
    assert "nothing for นางสาวสุดา รักงาน: no address" in out
    assert smtp.received == []

    assert run(data_dir, "invite", "ICT:1/2569", "--to", "jane.smith@example.org") == 0
    assert [r.recipients for r in smtp.received] == [["Jane.Smith@example.org"]]
    out = capsys.readouterr().out
    assert "sent: invitation to Dr. Jane Smith <Jane.Smith@example.org>" in out
    assert "notice date set:" in out

    smtp.refuse("wichai@example.go.th")
    assert run(data_dir, "invite", "ICT:1/2569") == 1
    captured = capsys.readouterr()
    assert "failed: invitation to นายวิชัย มั่นคง <wichai@example.go.th>: the mail server refused" in captured.err
    assert len(smtp.received) == 2


def test_invite_with_mail_not_set_up_says_so(
    services: Services, board: Board, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "invite", "ICT:1/2569") == 2
    assert "e-mail is not set up" in capsys.readouterr().err


def test_reminders_are_due_from_their_day_once_and_not_for_a_cancelled_meeting(
    services: Services,
    board: Board,
    outbox: Outbox,
    smtp: SmtpServer,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    outbox.settings.save(ReminderSettings(days_before={board.committee.id: 3}, non_responders=True))
    meeting_day = date(2026, 12, 14)
    assert due(outbox, date(2026, 12, 10)) == []
    assert [d.meeting_id for d in due(outbox, date(2026, 12, 11))] == [board.meeting_id]
    assert [d.meeting_id for d in due(outbox, date(2026, 12, 13))] == [board.meeting_id]
    assert due(outbox, meeting_day) == []

    dry = run_due(outbox, date(2026, 12, 11), dry_run=True)
    assert dry[0].report is None and len(dry[0].plan.outgoing) == 3
    assert smtp.received == []

    bundle = services.meetings.bundle(board.meeting_id)
    expert = next(i for i in bundle.invitations if i.person_id == board.expert.id)
    services.records.update(dataclasses.replace(expert, rsvp=m.Rsvp.DECLINED), base=expert)
    (result,) = run_due(outbox, date(2026, 12, 11))
    assert result.report is not None and len(result.report.sent) == 2
    assert {r.recipients[0] for r in smtp.received} == {"somchai@example.go.th", "wichai@example.go.th"}
    assert all(s.kind is MailKind.REMINDER and s.result is MailResult.SENT for s in outbox.log.messages())
    assert due(outbox, date(2026, 12, 12)) == []  # once

    # Only those who accepted, when the office does not remind those who have not answered.
    outbox.settings.save(ReminderSettings(days_before={board.committee.id: 3}, non_responders=False))
    services.meetings.create(
        board.committee.id,
        "ประชุมครั้งถัดไป",
        datetime(2026, 12, 21, 2, 0, tzinfo=UTC),
        meeting_id="meeting-2",
    )
    services.meetings.invite_committee("meeting-2")
    chair = next(
        i for i in services.meetings.bundle("meeting-2").invitations if i.person_id == board.chair.id
    )
    services.records.update(dataclasses.replace(chair, rsvp=m.Rsvp.ACCEPTED), base=chair)
    (result,) = run_due(outbox, date(2026, 12, 18), dry_run=True)
    assert [o.person_id for o in result.plan.outgoing] == [board.chair.id]

    meeting = services.meetings.bundle("meeting-2").meeting
    services.meetings.update(dataclasses.replace(meeting, status=m.MeetingStatus.CANCELLED), base=meeting)
    assert due(outbox, date(2026, 12, 18)) == []

    assert run(data_dir, "remind", "--dry-run") == 0
    assert "no reminders due" in capsys.readouterr().out


def test_the_replies_mailbox_and_a_committees_reminders_are_set_from_the_command_line(
    services: Services,
    data_dir: Path,
    board: Board,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = MailSettingsStore(MailLog(services.store))
    monkeypatch.setattr("sys.stdin", io.StringIO("รหัสผ่าน\n"))
    args = ["mail", "replies", "--on", "--host", "imap.example.go.th", "--security", "tls", "--user", "sec"]
    assert run(data_dir, *args, "--folder", "ตอบรับ", "--password-stdin") == 0
    imap = settings.imap()
    assert (imap.enabled, imap.host, imap.port, imap.user, imap.folder) == (
        True,
        "imap.example.go.th",
        993,
        "sec",
        "ตอบรับ",
    )
    assert settings.password(imap) == "รหัสผ่าน"
    assert run(data_dir, "mail", "replies", "--off") == 0
    assert not settings.imap().enabled and settings.imap().host == "imap.example.go.th"
    assert run(data_dir, "mail", "reminder", "ICT", "3") == 0
    assert settings.reminders().days_for(board.committee.id) == 3
    assert "ICT: members are reminded 3 day(s) before each meeting" in capsys.readouterr().out
    # Wrong input is one line and changes nothing.
    assert run(data_dir, "mail", "reminder", "NOPE", "3") == 2
    assert run(data_dir, "mail", "reminder", "ICT", "99") == 2
    assert settings.reminders().days_for(board.committee.id) == 3
    assert "no committee 'NOPE'" in capsys.readouterr().err


def test_a_password_without_a_user_is_refused_before_anything_is_saved(
    services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    assert run(data_dir, "mail", "set", "--host", "smtp.example.go.th", "--password-stdin") == 2
    assert "a password needs a user" in capsys.readouterr().err
    assert MailSettingsStore(MailLog(services.store)).smtp().host == ""
