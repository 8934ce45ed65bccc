"""Undo and redo across edits of different kinds, on the real store; a step the store refuses clears the
history instead of leaving it out of step."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.services.meetings import MeetingView
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA, DETAILS, INVITEES
from tests.ui.workspace_helpers import select, step


def shown(view: MeetingView) -> tuple[object, ...]:
    """What a user sees of a meeting: its fields, numbered agenda and invitations."""
    return (
        view.summary.meeting,
        tuple((e.number, e.item.title, e.item.duration_minutes) for e in view.agenda),
        tuple(sorted((i.person_id, i.rsvp) for i in view.invitations)),
    )


def test_several_edits_undo_back_to_the_start_and_redo_to_the_end(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id = select(qtbot, window, demo_services, "ICT:3/2569")
    start = shown(demo_services.meetings.view(meeting_id))
    workspace = window.workspace

    workspace.details.title_edit.setText("งบประมาณระบบคลาวด์ (แก้ไข)")
    step(qtbot, window, workspace.details.save)
    window.show_tab(AGENDA)
    agenda = workspace.agenda
    agenda.select_item(
        next(e.item.id for e in demo_services.meetings.view(meeting_id).agenda if e.number == "4.1")
    )
    step(qtbot, window, lambda: agenda.add_item())  # 4.3, after 4.1 and 4.2
    agenda.editor.duration_spin.setValue(20)
    step(qtbot, window, agenda.save_item)
    new_item = agenda.current_item_id() or ""
    step(qtbot, window, agenda.outdent)  # now 5, the old 5 becomes 6
    assert agenda.model.index_of(new_item).data() == "5"
    window.show_tab(INVITEES)
    step(qtbot, window, workspace.invitees.invite_button.click)
    end = shown(demo_services.meetings.view(meeting_id))
    assert window.history.stack.count() == 5
    assert window.menus.undo_action.text() == "เลิกทำ เชิญกรรมการทั้งคณะ"

    for _ in range(5):
        step(qtbot, window, window.menus.undo_action.trigger)
    assert shown(demo_services.meetings.view(meeting_id)) == start
    assert demo_services.records.find(m.AgendaItem, new_item) is None
    assert not window.menus.undo_action.isEnabled()
    window.show_tab(DETAILS)
    assert workspace.details.title_edit.text() == "งบประมาณโครงการระบบคลาวด์ภาครัฐ"

    for _ in range(5):
        step(qtbot, window, window.menus.redo_action.trigger)
    assert shown(demo_services.meetings.view(meeting_id)) == end
    assert demo_services.records.get(m.AgendaItem, new_item).duration_minutes == 20  # the same item again
    assert not window.menus.redo_action.isEnabled()


def test_a_refused_undo_clears_the_history_and_shows_why(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id = select(qtbot, window, demo_services, "HR:1/2569")
    details = window.workspace.details
    details.status_combo.set_value(m.MeetingStatus.INVITED)
    step(qtbot, window, details.save)
    # Elsewhere (another window, the CLI) the meeting moves on before the undo.
    invited = demo_services.records.get(m.Meeting, meeting_id)
    held = dataclasses.replace(invited, status=m.MeetingStatus.IN_SESSION)
    demo_services.meetings.update(held, base=invited)

    messages: list[str] = []
    window.history.failed.disconnect(window._on_step_failed)  # no modal box in the test
    window.history.failed.connect(messages.append)
    with qtbot.waitSignal(window.history.failed, timeout=10_000):
        window.menus.undo_action.trigger()
    assert window.history.runner.wait_idle(10_000)
    [message] = messages  # who changed the meeting and when (its wording: tests/ui/test_stale_edit.py)
    assert "secretary" in message and datetime.now().strftime("%H.") in message  # 14.02 น. in Thai
    assert window.history.stack.count() == 0
    assert not window.menus.undo_action.isEnabled() and not window.menus.redo_action.isEnabled()
    assert demo_services.records.get(m.Meeting, meeting_id).status is m.MeetingStatus.IN_SESSION
    assert details.status_combo.value() is m.MeetingStatus.IN_SESSION  # the views read the store again


def test_undo_works_in_english_too(qtbot: QtBot, window: MainWindow, demo_services: Services) -> None:
    select(qtbot, window, demo_services, "HR:1/2569")
    window.set_language("en")
    window.show_tab(AGENDA)
    agenda = window.workspace.agenda
    step(qtbot, window, lambda: agenda.add_item())
    assert window.menus.undo_action.text() == "&Undo Add agenda item"
    assert window.statusBar().currentMessage() == "Done: Add agenda item"
    assert ("6", "New item") in agenda.rows()
    step(qtbot, window, window.menus.undo_action.trigger)
    assert window.menus.redo_action.text() == "&Redo Add agenda item"
    assert [n for n, _ in agenda.rows()][-1] == "5"
    assert agenda.model.headerData(1, Qt.Orientation.Horizontal) == "Item"
