"""Sending from the Invitees tab to a real SMTP server on 127.0.0.1, through the real dialogs: the plan, the
progress, the result, a refused address failing alone and sent again alone, the reminder to those who have
not answered, the test message of the settings, and the reminders the window sends when they fall due."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import icalendar
import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.domain.mailing import MailKind, MailResult
from emeeting.interop.ical import meeting_uid
from emeeting.mail.settings import ReminderSettings, Security, SmtpSettings
from emeeting.services.container import Services
from emeeting.storage.mail_log import MailLog
from emeeting.ui.mail.send_dialog import SendMailDialog
from emeeting.ui.mail.settings_dialog import MailSettingsDialog
from emeeting.ui.meeting.invitees_pane import MAIL, InviteesPane
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import DETAILS, INVITEES
from tests.mail.calendar_replies import Answer, message
from tests.mail.imap_server import ImapServer, dovecot_binary
from tests.mail.servers import SmtpServer, free_port
from tests.ui.workspace_helpers import select

SENDER = "saraban@example.go.th"


@pytest.fixture(autouse=True)
def no_password_store() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def meeting_id(window: MainWindow, demo_services: Services, smtp: SmtpServer) -> str:
    """ICT 3/2569 with its two members and a guest invited, each with an address; mail set up."""
    services = demo_services
    people = services.records.select(m.Person, order_by=("first_name",))
    for number, person in enumerate(people):
        services.records.update(dataclasses.replace(person, email=f"p{number}@example.go.th"), base=person)
    meeting_id = services.meetings.resolve("ICT:3/2569").id
    meeting = services.records.get(m.Meeting, meeting_id)
    start = datetime.now(UTC).replace(hour=2, minute=30, second=0, microsecond=0) + timedelta(days=10)
    services.meetings.update(dataclasses.replace(meeting, start=start, end=None), base=meeting)  # ahead
    services.meetings.invite_committee(meeting_id)
    invited = {i.person_id for i in services.records.select(m.Invitation, meeting_id=meeting_id)}
    guest = next(p for p in people if p.id not in invited)
    services.records.change(create=[m.Invitation(meeting_id, guest.id, role=m.InviteeRole.GUEST)])
    store = window.context.mail
    assert store is not None
    store.save(SmtpSettings(smtp.host, smtp.port, Security.NONE, "", SENDER, "ฝ่ายเลขานุการ", 10.0))
    return meeting_id


def _pane(qtbot: QtBot, window: MainWindow, services: Services, meeting_id: str) -> InviteesPane:
    select(qtbot, window, services, meeting_id)
    window.show_tab(INVITEES)
    pane = window.workspace.invitees
    qtbot.waitUntil(lambda: pane.table.rowCount() == 3 and pane._mail is not None, timeout=10_000)
    return pane


def _open(qtbot: QtBot, pane: InviteesPane, reminder: bool = False) -> SendMailDialog:
    (pane.remind_button if reminder else pane.send_button).click()
    dialog = pane.findChild(SendMailDialog)
    assert isinstance(dialog, SendMailDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    return dialog


def _send(qtbot: QtBot, dialog: SendMailDialog, button: object = None) -> object:
    with qtbot.waitSignal(dialog.sent, timeout=30_000) as blocker:
        (button or dialog.send_button).click()  # type: ignore[attr-defined]
    return blocker.args[0]


def test_invitations_go_out_with_progress_a_refused_address_fails_alone_and_is_sent_again(
    qtbot: QtBot, window: MainWindow, demo_services: Services, meeting_id: str, smtp: SmtpServer
) -> None:
    services = demo_services
    pane = _pane(qtbot, window, services, meeting_id)
    assert pane.send_button.isEnabled()
    refused = services.records.select(m.Person, order_by=("first_name",))[0].email
    smtp.refuse(refused)

    dialog = _open(qtbot, pane)
    assert dialog.table.rowCount() == 3
    assert dialog.send_button.isEnabled()
    assert dialog.board_book_check.isVisible()
    report = _send(qtbot, dialog)
    assert len(report.sent) == 2  # type: ignore[attr-defined]
    assert [o.address for o, _why in report.failed] == [refused]  # type: ignore[attr-defined]
    assert sorted(r.recipients[0] for r in smtp.received) == sorted(
        o.address
        for o in report.sent  # type: ignore[attr-defined]
    )
    assert dialog.retry_button.isVisible()
    assert dialog.message.tone is not None and dialog.message.tone.name == "WARN"
    # The notice date is set by the first success; the tab's e-mail column says who got what.
    meeting = services.records.get(m.Meeting, meeting_id)
    assert meeting.notice_sent_at is not None
    qtbot.waitUntil(
        lambda: sum("550" in (pane.table.item(r, MAIL) or _Empty()).text() for r in range(3)) == 1
    )

    # The address works again: "Send again to those that failed" sends that one alone.
    smtp.handler.refuse.clear()
    again = _send(qtbot, dialog, dialog.retry_button)
    assert [o.address for o in again.sent] == [refused]  # type: ignore[attr-defined]
    assert len(smtp.received) == 3
    assert not dialog.retry_button.isVisible()
    dialog.close()
    kinds = [s.kind for s in MailLog(services.store).messages(meeting_id) if s.result is MailResult.SENT]
    assert kinds == [MailKind.INVITATION] * 3

    # Nothing left to send: the plan says so and Send is off.
    nothing = _open(qtbot, pane)
    assert not nothing.send_button.isEnabled()
    nothing.close()

    # The meeting moves: the notice offers the update, which goes to all three.
    meeting = services.records.get(m.Meeting, meeting_id)
    moved = dataclasses.replace(meeting, start=meeting.start + timedelta(days=1))
    window.context.bus.publish(services.meetings.update(moved, base=meeting))
    qtbot.waitUntil(lambda: pane.mail_notice_button.isVisible(), timeout=10_000)
    pane.mail_notice_button.click()
    update = pane.findChildren(SendMailDialog)[-1]
    qtbot.waitUntil(lambda: update.plan is not None, timeout=10_000)
    report = _send(qtbot, update)
    assert {o.kind for o in report.sent} == {MailKind.UPDATE}  # type: ignore[attr-defined]
    assert len(report.sent) == 3  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not pane.mail_notice.isVisible(), timeout=10_000)
    update.close()


def test_saving_a_new_place_asks_to_tell_those_invited_and_yes_sends_them_the_update(
    qtbot: QtBot,
    window: MainWindow,
    demo_services: Services,
    meeting_id: str,
    smtp: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = demo_services
    pane = _pane(qtbot, window, services, meeting_id)
    first = _open(qtbot, pane)
    _send(qtbot, first)  # the invitations go out first
    first.close()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.show_tab(DETAILS)
    details = window.workspace.details
    # The sending set the notice date: the form shows it before it is edited (else the edit is stale).
    qtbot.waitUntil(lambda: details.meeting is not None and details.meeting.notice_sent_at is not None)
    details.place_edit.setText("ห้องประชุม 2 ชั้น 5")
    assert details.save()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "3" in asked[0]
    assert window.workspace.tabs.currentIndex() == INVITEES
    update = pane.findChildren(SendMailDialog)[-1]
    qtbot.waitUntil(lambda: update.plan is not None, timeout=10_000)
    report = _send(qtbot, update)
    assert {o.kind for o in report.sent} == {MailKind.UPDATE} and len(report.sent) == 3  # type: ignore[attr-defined]
    for received in smtp.received[-3:]:
        part = next(p for p in received.message.walk() if p.get_content_type() == "text/calendar")
        (event,) = icalendar.Calendar.from_ical(part.get_content()).walk("VEVENT")
        assert (str(event["LOCATION"]), int(event["SEQUENCE"])) == ("ห้องประชุม 2 ชั้น 5", 1)
    update.close()
    # Saving what the calendars do not show (the urgency) asks nothing.
    asked.clear()
    details.urgency_combo.set_value(m.Urgency.URGENT)
    assert details.save()
    assert window.context.runner.wait_idle(10_000)
    assert asked == []


def test_cancel_stops_the_sending_and_what_was_sent_stays_recorded(
    qtbot: QtBot, window: MainWindow, demo_services: Services, meeting_id: str, smtp: SmtpServer
) -> None:
    pane = _pane(qtbot, window, demo_services, meeting_id)
    dialog = _open(qtbot, pane)
    with qtbot.waitSignal(dialog.sent, timeout=30_000) as blocker:
        dialog.send_button.click()
        assert dialog.cancel_button.isVisible()
        dialog.cancel_button.click()
    report = blocker.args[0]
    delivered = len(report.sent)
    assert len(smtp.received) == delivered
    recorded = [s for s in MailLog(demo_services.store).messages(meeting_id) if s.result is MailResult.SENT]
    assert len(recorded) == delivered
    if report.cancelled:
        assert dialog.retry_button.isVisible()
    dialog.close()


def test_the_reminder_goes_to_those_who_have_not_answered(
    qtbot: QtBot, window: MainWindow, demo_services: Services, meeting_id: str, smtp: SmtpServer
) -> None:
    services = demo_services
    first = services.records.select(m.Invitation, meeting_id=meeting_id)[0]
    services.records.update(dataclasses.replace(first, rsvp=m.Rsvp.ACCEPTED), base=first)
    pane = _pane(qtbot, window, services, meeting_id)
    assert pane.remind_button.isEnabled()
    dialog = _open(qtbot, pane, reminder=True)
    assert not dialog.board_book_check.isVisible()
    report = _send(qtbot, dialog)
    assert {o.kind for o in report.sent} == {MailKind.REMINDER}  # type: ignore[attr-defined]
    assert first.person_id not in {o.person_id for o in report.sent}  # type: ignore[attr-defined]
    assert len(smtp.received) == len(report.sent) == 2  # type: ignore[attr-defined]
    dialog.close()


def test_the_settings_send_a_test_message_and_say_when_the_server_cannot_be_reached(
    qtbot: QtBot, window: MainWindow, demo_services: Services, meeting_id: str, smtp: SmtpServer
) -> None:
    window.menus.mail_settings_action.trigger()
    dialog = window.findChild(MailSettingsDialog)
    assert isinstance(dialog, MailSettingsDialog)
    qtbot.waitUntil(dialog.isEnabled, timeout=10_000)
    qtbot.keyClicks(dialog.test_edit, "me@example.go.th")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert smtp.received[0].recipients == ["me@example.go.th"]
    assert dialog.message.tone is not None and dialog.message.tone.name == "GOOD"

    dialog.smtp.port_box.setValue(free_port())  # nobody answers there: a clear line, in the dialog
    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.message.tone is not None and dialog.message.tone.name == "BAD", timeout=30_000
    )
    assert dialog.message.text()
    assert len(smtp.received) == 1
    dialog.close()


def test_the_window_sends_the_reminders_that_fall_due(
    qtbot: QtBot, window: MainWindow, demo_services: Services, meeting_id: str, smtp: SmtpServer
) -> None:
    services = demo_services
    meeting = services.records.get(m.Meeting, meeting_id)
    days = (meeting.start.astimezone().date() - date.today()).days  # ten days ahead: due today
    store = window.context.mail
    assert store is not None
    store.save(ReminderSettings({meeting.committee_id: days}, non_responders=True))  # nobody answered yet
    with qtbot.waitSignal(window.reminders.checked, timeout=30_000) as blocker:
        window.reminders.start()
    assert blocker.args == [True]
    reminders = [s for s in MailLog(services.store).messages(meeting_id) if s.kind is MailKind.REMINDER]
    assert reminders and len(smtp.received) == len(reminders)
    assert window.reminders.timer.isActive()  # and again in an hour


@pytest.mark.skipif(dovecot_binary() is None, reason="dovecot is not installed (apt: dovecot-imapd)")
def test_read_replies_now_records_a_calendar_answer_from_the_mailbox(
    qtbot: QtBot, window: MainWindow, demo_services: Services, meeting_id: str
) -> None:
    services = demo_services
    pane = _pane(qtbot, window, services, meeting_id)
    invitation = services.records.select(m.Invitation, meeting_id=meeting_id)[0]
    person = services.records.get(m.Person, invitation.person_id)
    with ImapServer(users={"saraban": "imap-pw"}) as imap:
        imap.append(
            "saraban", message(Answer(meeting_uid(meeting_id), person.email, "ACCEPTED"), shape="google")
        )
        window.menus.mail_settings_action.trigger()
        dialog = window.findChild(MailSettingsDialog)
        assert isinstance(dialog, MailSettingsDialog)
        qtbot.waitUntil(dialog.isEnabled, timeout=10_000)
        dialog.tabs.setCurrentWidget(dialog.imap_page)
        dialog.imap_check.setChecked(True)
        dialog.imap.host_edit.setText(imap.host)
        dialog.imap.security_combo.set_value(Security.NONE)
        dialog.imap.port_box.setValue(imap.port)
        dialog.imap.user_edit.setText("saraban")
        dialog.imap.password_edit.setText("imap-pw")
        dialog.read_button.click()
        qtbot.waitUntil(
            lambda: dialog.read_button.isEnabled() and dialog.message.tone is not None, timeout=30_000
        )
        assert dialog.message.tone is not None and dialog.message.tone.name == "GOOD", dialog.message.text()
        dialog.close()
    assert services.records.get(m.Invitation, invitation.id).rsvp is m.Rsvp.ACCEPTED
    row = [i.id for i in pane.invitations()].index(invitation.id)
    qtbot.waitUntil(lambda: pane.rsvp_combo(row).value() is m.Rsvp.ACCEPTED, timeout=10_000)


class _Empty:
    def text(self) -> str:
        return ""
