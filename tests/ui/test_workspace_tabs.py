"""The workspace's tabs are built when first shown and refreshed when on screen: whichever tab the user
opens shows the meeting selected now, and changes reach the tab on screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA, DETAILS, DOCUMENTS, INVITEES, MEETING_DAY
from emeeting.ui.widgets.task_runner import ChangeBus
from tests.ui.workspace_helpers import select


def test_a_tab_opened_later_shows_the_meeting_selected_meanwhile(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    select(qtbot, window, demo_services, "ICT:3/2569")
    window.show_tab(AGENDA)
    ict_rows = window.workspace.agenda.rows()
    window.show_tab(DETAILS)
    hr = select(qtbot, window, demo_services, "HR:1/2569")
    hr_rows = [(e.number, e.item.title) for e in demo_services.meetings.view(hr).agenda]
    assert hr_rows != ict_rows

    window.show_tab(AGENDA)
    assert window.workspace.agenda.rows() == hr_rows
    window.show_tab(MEETING_DAY)
    session = window.workspace.session
    qtbot.waitUntil(lambda: session.view is not None, timeout=10_000)
    assert session.view is not None and session.view.meeting.id == hr
    window.show_tab(DOCUMENTS)
    with qtbot.waitSignal(window.workspace.documents.loaded, timeout=10_000) as loaded:
        pass
    assert loaded.args == [hr]


def test_a_change_made_elsewhere_reaches_the_tab_on_screen(
    qtbot: QtBot, window: MainWindow, demo_services: Services, bus: ChangeBus
) -> None:
    meeting_id = select(qtbot, window, demo_services, "ICT:3/2569")
    window.show_tab(INVITEES)
    invitees = window.workspace.invitees
    assert invitees.table.rowCount() == 0
    member = demo_services.records.select(m.Membership)[0]
    changes = demo_services.records.create(m.Invitation(meeting_id, member.person_id))
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        bus.publish(changes)
    assert invitees.table.rowCount() == 1
