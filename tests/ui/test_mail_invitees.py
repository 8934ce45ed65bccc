"""The Invitees tab says what was sent to whom: not sent, sent (day and time), failed (why), and an update
or the cancellation to send once the date or place changed, or the meeting was cancelled."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.domain.mailing import MailKind, MailResult, SentMail, event_fingerprint
from emeeting.services.container import Services
from emeeting.storage.mail_log import MailLog
from emeeting.ui.meeting.invitees_pane import MAIL, NAME, InviteesPane
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import INVITEES
from tests.ui.workspace_helpers import select


def _pane(qtbot: QtBot, window: MainWindow, services: Services, meeting_id: str) -> InviteesPane:
    select(qtbot, window, services, meeting_id)
    window.show_tab(INVITEES)
    pane = window.workspace.invitees
    qtbot.waitUntil(lambda: pane.table.rowCount() > 0 and pane._mail is not None, timeout=10_000)
    return pane


def _column(pane: InviteesPane) -> dict[str, tuple[str, str]]:
    names = {}
    for row in range(pane.table.rowCount()):
        name, mail = pane.table.item(row, NAME), pane.table.item(row, MAIL)
        assert name is not None and mail is not None
        names[name.text()] = (mail.text(), mail.toolTip())
    return names


def _sent(meeting: m.Meeting, invitation: m.Invitation, result: MailResult, error: str = "") -> SentMail:
    return SentMail(
        address=f"{invitation.person_id[:8]}@example.go.th",
        kind=MailKind.INVITATION,
        at=datetime(2026, 12, 5, 3, 12, tzinfo=UTC),  # 10.12 in Bangkok
        result=result,
        meeting_id=meeting.id,
        person_id=invitation.person_id,
        sequence=0,
        fingerprint=event_fingerprint(meeting),
        error=error,
    )


def test_the_mail_column_says_what_was_sent_and_the_notice_asks_for_the_update(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    services = demo_services
    meeting_id = services.meetings.resolve("ICT:3/2569").id
    services.meetings.invite_committee(meeting_id)
    invited = {i.person_id for i in services.records.select(m.Invitation, meeting_id=meeting_id)}
    guest = next(p for p in services.records.select(m.Person) if p.id not in invited)
    services.records.change(create=[m.Invitation(meeting_id, guest.id, role=m.InviteeRole.GUEST)])
    meeting = services.records.get(m.Meeting, meeting_id)
    view = services.meetings.view(meeting.id)
    first, second, *rest = view.invitations
    assert rest
    MailLog(services.store).record(
        _sent(meeting, first, MailResult.SENT),
        _sent(meeting, second, MailResult.FAILED, "550 no such mailbox"),
    )
    pane = _pane(qtbot, window, services, meeting.id)
    column = _column(pane)
    name = {i.person_id: view.people[i.person_id].display_name for i in view.invitations}
    local = datetime(2026, 12, 5, 3, 12, tzinfo=UTC).astimezone()
    assert str(local.day) in column[name[first.person_id]][0]
    assert first.person_id[:8] in column[name[first.person_id]][1]  # the address in the tooltip
    assert "550 no such mailbox" in column[name[second.person_id]][0]
    for invitation in rest:
        assert column[name[invitation.person_id]][0] not in ("", column[name[first.person_id]][0])
    assert pane.mail_notice.isHidden()
    assert pane.send_button.isEnabled()

    # The meeting moves a day: the one who got it is to be sent an update; the notice says so.
    moved = dataclasses.replace(meeting, start=meeting.start + timedelta(days=1))
    window.context.bus.publish(services.meetings.update(moved, base=meeting))
    qtbot.waitUntil(lambda: pane.mail_notice.isVisible(), timeout=10_000)
    assert pane.mail_notice_button.isVisible()
    before = _column(pane)[name[first.person_id]][0]
    assert before != column[name[first.person_id]][0]


def _pane_with_sent_mail(qtbot: QtBot, window: MainWindow, services: Services) -> InviteesPane:
    meeting_id = services.meetings.resolve("ICT:3/2569").id
    services.meetings.invite_committee(meeting_id)
    meeting = services.records.get(m.Meeting, meeting_id)
    invitations = services.records.select(m.Invitation, meeting_id=meeting_id)
    MailLog(services.store).record(*(_sent(meeting, i, MailResult.SENT) for i in invitations))
    return _pane(qtbot, window, services, meeting_id)


def test_the_e_mail_column_follows_a_switch_to_a_dark_palette(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    """A sent invitation's green is the light palette's on white and the dark palette's on black."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from emeeting.ui.widgets.style import Tone, tone_text_colour

    pane = _pane_with_sent_mail(qtbot, window, demo_services)
    before = QApplication.palette()
    dark = QPalette(before)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.Base, "#1a1a1a"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Text, "#eeeeee"),
    ):
        dark.setColor(role, QColor(colour))
    try:
        QApplication.setPalette(dark)
        green = tone_text_colour(Tone.GOOD, dark).name()
        assert green != tone_text_colour(Tone.GOOD, before).name()
        qtbot.waitUntil(lambda: pane.table.item(0, MAIL).foreground().color().name() == green, timeout=2_000)
    finally:
        QApplication.setPalette(before)
