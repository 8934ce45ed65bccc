"""The in-session screen driven like a secretary on the meeting day, over the real services and store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.storage.store import Store
from emeeting.ui.day.attendance_panel import STATUS
from emeeting.ui.day.session_dialogs import PersonTextDialog, VoteDialog
from emeeting.ui.day.session_screen import SessionScreen
from emeeting.ui.widgets.style import Tone
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.ui.context_helpers import ui_context
from tests.ui.meeting_day_helpers import Clock, Org


@pytest.fixture
def org(services: Services) -> Org:
    return Org(services)


@pytest.fixture
def screen(
    qtbot: QtBot,
    services: Services,
    org: Org,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: object,
    settings: QSettings,
) -> Iterator[SessionScreen]:
    clock = Clock()
    history = UndoHistory(runner, bus, services.steps)
    widget = SessionScreen(ui_context(services, runner, bus, history, settings), clock=clock)
    widget.clock = clock  # type: ignore[attr-defined]
    widget.history = history  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_meeting(org.meeting_id)
    yield widget
    widget.save_pending()
    runner.wait_idle(10_000)


def step(qtbot: QtBot, screen: SessionScreen, action: Callable[[], object]) -> None:
    """Do something that writes, and wait until the screen shows the store's answer."""
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        action()


def click(qtbot: QtBot, screen: SessionScreen, name: str) -> None:
    from PySide6.QtWidgets import QPushButton

    button = screen.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    step(qtbot, screen, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))


def quorum_is_red(screen: SessionScreen) -> bool:
    badge = screen.header.quorum_label
    return badge.isVisibleTo(screen) and badge.tone is Tone.BAD and badge.property("reached") is False


def test_a_meeting_day_from_opening_to_closing(
    qtbot: QtBot, screen: SessionScreen, services: Services, org: Org
) -> None:
    clock = screen.clock  # type: ignore[attr-defined]
    history: UndoHistory = screen.history  # type: ignore[attr-defined]
    assert not quorum_is_red(screen) and screen.header.quorum_label.text()  # not open yet: only counted

    click(qtbot, screen, "startButton")
    assert quorum_is_red(screen)  # open without a quorum: now it matters
    assert services.records.get(m.Meeting, org.meeting_id).status is m.MeetingStatus.IN_SESSION
    assert screen.view is not None and screen.view.minutes is not None
    assert screen.view.minutes.started_at == clock.now
    step(qtbot, screen, history.stack.undo)  # opened by mistake
    assert services.records.get(m.Meeting, org.meeting_id).status is m.MeetingStatus.INVITED
    assert screen.view is not None and screen.view.minutes is None and screen.header.start_button.isEnabled()
    step(qtbot, screen, history.stack.redo)
    assert screen.view is not None and screen.view.started

    # Two of three voting members check in: quorum (2 needed) turns green.
    screen.select_attendee(org.chair.id)
    click(qtbot, screen, "presentButton")
    assert quorum_is_red(screen)
    screen.select_attendee(org.members[0].id)
    click(qtbot, screen, "onlineButton")
    assert not quorum_is_red(screen) and screen.header.quorum_label.property("reached") is True

    # One leaves at 10.45: red again, the time is shown; undo brings them back.
    screen.select_attendee(org.members[0].id)
    screen.attendance.time_edit.setTime(QTime(10, 45))
    click(qtbot, screen, "leftButton")
    assert quorum_is_red(screen)
    left = next(a for a in screen.view.attendees if a.person.id == org.members[0].id)  # type: ignore[union-attr]
    assert left.invitation.left_at is not None and left.invitation.left_at.astimezone().hour == 10
    row = next(
        r
        for r in range(screen.attendance.table.rowCount())
        if "สมหญิง" in screen.attendance.table.item(r, 0).text()
    )
    assert (
        f"ออก {left.invitation.left_at.astimezone():%H.%M} น."
        in screen.attendance.table.item(row, STATUS).text()
    )
    step(qtbot, screen, history.stack.undo)
    assert not quorum_is_red(screen)

    # The late member arrives at 09.50.
    screen.select_attendee(org.members[1].id)
    screen.attendance.time_edit.setTime(QTime(9, 50))
    click(qtbot, screen, "lateButton")
    late = services.records.select(m.Invitation, meeting_id=org.meeting_id, person_id=org.members[1].id)[0]
    assert late.attendance is m.Attendance.LATE and late.arrived_at is not None
    assert (late.arrived_at.astimezone().hour, late.arrived_at.astimezone().minute) == (9, 50)

    # The current item: notes, a quick phrase for the resolution, the timer.
    screen.select_item(org.item.id)
    assert screen.current_item_id == org.item.id
    screen.item.notes_edit.setPlainText("ฝ่ายเลขานุการเสนอผลการสืบราคา")
    step(qtbot, screen, screen.save_pending)
    assert services.session.view(org.meeting_id).item(org.item.id).note == "ฝ่ายเลขานุการเสนอผลการสืบราคา"
    phrase = next(b for b in screen.item.phrase_buttons if b.text() == "เห็นชอบ")
    step(qtbot, screen, lambda: qtbot.mouseClick(phrase, Qt.MouseButton.LeftButton))
    assert services.records.get(m.AgendaItem, org.item.id).resolution == "เห็นชอบ"
    assert screen.item.item_timer.property("over") is False
    clock.now += timedelta(minutes=11)
    screen.tick.timeout.emit()
    assert screen.item.item_timer.property("over") is True and "10" in screen.item.item_timer.text()

    # A vote: everyone present votes for; the dialog shows the result before it is recorded.
    qtbot.mouseClick(screen.item.votes.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, VoteDialog)
    assert set(dialog.choice_combos) == {org.chair.id, org.members[0].id, org.members[1].id}
    dialog.set_choice(org.chair.id, m.Choice.FOR)
    dialog.set_choice(org.members[0].id, m.Choice.AGAINST)
    pending = dialog.result_label.text()
    dialog.casting_combo.setCurrentIndex(dialog.casting_combo.findData(m.Choice.FOR.value))
    assert dialog.result_label.text() != pending  # the tie is decided by the casting vote
    step(qtbot, screen, dialog.accept)
    (vote,) = services.records.select(m.Vote, item_id=org.item.id)
    assert vote.result is m.VoteResult.PASSED and vote.casting_vote is m.Choice.FOR
    assert screen.item.votes.list.count() == 1

    # A dissent with its reasons.
    qtbot.mouseClick(screen.item.dissents.add_button, Qt.MouseButton.LeftButton)
    dissent_dialog = screen.dialog
    assert isinstance(dissent_dialog, PersonTextDialog)
    dissent_dialog.person_combo.set_person(org.members[0].id)
    dissent_dialog.text_edit.setPlainText("ราคาสูงเกินไป")
    step(qtbot, screen, dissent_dialog.accept)
    (dissent,) = services.records.select(m.Dissent, item_id=org.item.id)
    assert (dissent.person_id, dissent.reasons) == (org.members[0].id, "ราคาสูงเกินไป")
    step(qtbot, screen, history.stack.undo)
    assert services.records.select(m.Dissent, item_id=org.item.id) == []
    step(qtbot, screen, history.stack.redo)
    assert [d.id for d in services.records.select(m.Dissent, item_id=org.item.id)] == [dissent.id]

    click(qtbot, screen, "endButton")
    meeting = services.records.get(m.Meeting, org.meeting_id)
    assert meeting.status is m.MeetingStatus.CLOSED
    assert services.records.select(m.Minutes, meeting_id=org.meeting_id)[0].ended_at == clock.now


def test_a_meeting_not_yet_opened_invites_its_opening_calmly(
    qtbot: QtBot, screen: SessionScreen, services: Services, org: Org
) -> None:
    header, clock = screen.header, screen.clock  # type: ignore[attr-defined]
    # Not opened: no quorum-lost alarm, no running clock on the item, and a word on what to do.
    assert header.start_button.isEnabled() and not header.end_button.isEnabled()
    assert header.state_badge.isVisibleTo(screen) and header.state_badge.tone is Tone.INFO
    assert header.hint_label.isVisibleTo(screen) and header.hint_label.text()
    assert header.quorum_label.tone is Tone.NEUTRAL and "ไม่ครบองค์ประชุม" not in header.quorum_label.text()
    screen.select_item(org.item.id)
    clock.now += timedelta(minutes=30)
    screen.tick.timeout.emit()
    assert screen.item.item_timer.text() == "" and screen.item.item_timer.property("over") is not True

    # Open: the item's clock counts from the opening, not from when the item was chosen.
    click(qtbot, screen, "startButton")
    opened = f"เปิดประชุม {clock.now.astimezone():%H.%M} น."  # the clock of this machine
    assert header.state_badge.tone is Tone.GOOD and header.hint_label.isHidden()
    assert header.quorum_label.tone is Tone.BAD and "ไม่ครบองค์ประชุม" in header.quorum_label.text()
    clock.now += timedelta(minutes=5)
    screen.tick.timeout.emit()
    assert screen.item.item_timer.text().startswith("05:00"), screen.item.item_timer.text()
    assert screen.item.item_timer.property("over") is False
    clock.now += timedelta(minutes=6)
    screen.tick.timeout.emit()
    assert screen.item.item_timer.property("over") is True
    assert "#" in screen.item.item_timer.styleSheet()  # a tone of the palette, see style.py
    assert header.times_label.text() == opened

    # Held: its record, no timer, no quorum alarm about who is left, and where its minutes are made.
    click(qtbot, screen, "endButton")
    assert header.state_badge.tone is Tone.NEUTRAL and header.hint_label.isVisibleTo(screen)
    assert header.quorum_label.isHidden()
    assert screen.item.item_timer.text() == ""
    assert header.times_label.text() == f"{opened}  ปิดประชุม {clock.now.astimezone():%H.%M} น."


def test_on_a_thai_meeting_the_recusal_box_starts_with_no_one_and_names_thai_members_first(
    qtbot: QtBot, services: Services, org: Org, screen: SessionScreen, bus: ChangeBus
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    # A member known by a romanised name only (e.g. from an English-speaking office) sits on the committee.
    guest = m.Person("Aphichat", "Mankong", title="Mr.", position="Director of Digital Services")
    changes = services.records.create(
        guest,
        m.Membership(org.committee.id, guest.id),
        m.Invitation(org.meeting_id, guest.id),
    )
    step(qtbot, screen, lambda: bus.publish(changes))
    screen.select_item(org.item.id)
    qtbot.mouseClick(screen.item.recusals.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, PersonTextDialog)
    combo, ok = dialog.person_combo, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert combo.person_id() is None and not ok.isEnabled()  # nobody is recused by default
    listed = [combo.itemData(i) for i in range(1, combo.count())]
    assert listed[-1] == guest.id and set(listed[:-1]) == {org.chair.id, *(p.id for p in org.members)}
    assert listed[:-1] == sorted(listed[:-1], key=lambda i: services.records.get(m.Person, i).first_name)
    combo.set_person(org.members[1].id)
    assert ok.isEnabled()
    dialog.reject()


def test_a_refused_step_is_reported_and_changes_nothing(
    qtbot: QtBot, screen: SessionScreen, services: Services, org: Org
) -> None:
    click(qtbot, screen, "startButton")
    screen.select_attendee(org.chair.id)
    click(qtbot, screen, "presentButton")
    screen.select_item(org.item.id)
    # No quorum (1 of 2): the vote is refused with a message, nothing is stored.
    qtbot.mouseClick(screen.item.votes.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, VoteDialog)
    dialog.set_choice(org.chair.id, m.Choice.FOR)
    history: UndoHistory = screen.history  # type: ignore[attr-defined]
    with qtbot.waitSignal(history.failed, timeout=10_000) as failed:
        dialog.accept()
    assert "quorum" in failed.args[0] or "องค์ประชุม" in failed.args[0]
    assert services.records.select(m.Vote, item_id=org.item.id) == []


def test_a_substitute_sits_in_and_counts(
    qtbot: QtBot, screen: SessionScreen, services: Services, org: Org
) -> None:
    from emeeting.ui.day.session_dialogs import SessionSubstituteDialog

    screen.select_attendee(org.members[1].id)
    qtbot.mouseClick(screen.attendance.buttons["substitute"], Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, SessionSubstituteDialog)
    dialog.choice.new_radio.setChecked(True)
    form = dialog.choice.form
    form.title_combo.setEditText("นาย")
    form.first_edit.setText("ชัยวัฒน์")
    form.last_edit.setText("แทนใจ")
    step(qtbot, screen, dialog.accept)
    view = screen.view
    assert view is not None
    sub = next(a for a in view.attendees if a.substitute_for is not None)
    assert sub.person.display_name == "นายชัยวัฒน์ แทนใจ" and sub.seat_id == org.members[1].id
    assert view.quorum.present == 1
    names = [screen.attendance.table.item(r, 0).text() for r in range(screen.attendance.table.rowCount())]
    assert any("ชัยวัฒน์" in n and "วิชัย" in n for n in names)

    history: UndoHistory = screen.history  # type: ignore[attr-defined]
    step(qtbot, screen, history.stack.undo)
    assert screen.view is not None and screen.view.quorum.present == 0
    assert all(a.substitute_for is None for a in screen.view.attendees)
    step(qtbot, screen, history.stack.redo)
    assert screen.view is not None and screen.view.quorum.present == 1


def test_the_workspace_opens_the_meeting_day_and_the_minutes(qtbot: QtBot, window: object) -> None:
    from emeeting.ui.shell.main_window import MainWindow
    from emeeting.ui.shell.workspace import MEETING_DAY, MINUTES

    assert isinstance(window, MainWindow)
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        meeting_id = window.select_first_meeting()
    workspace = window.workspace
    workspace.tabs.setCurrentIndex(MEETING_DAY)
    qtbot.waitUntil(lambda: workspace.session.view is not None, timeout=10_000)
    assert workspace.session.view is not None and workspace.session.view.meeting.id == meeting_id
    assert workspace.session.isVisible() and workspace.session.agenda_list.count() > 0
    workspace.tabs.setCurrentIndex(MINUTES)
    qtbot.waitUntil(lambda: workspace.minutes.view is not None, timeout=10_000)
    assert workspace.minutes.view is not None
    assert workspace.minutes.view.record.bundle.meeting.id == meeting_id


def test_undo_of_a_check_in_over_a_check_out_in_another_window_is_refused_and_the_screen_reloads(
    qtbot: QtBot, screen: SessionScreen, services: Services, org: Org, data_dir: Path
) -> None:
    history: UndoHistory = screen.history  # type: ignore[attr-defined]
    alice = org.members[0]
    screen.select_attendee(alice.id)
    click(qtbot, screen, "presentButton")  # this window checks her in
    invitation = next(a.invitation for a in screen.view.attendees if a.person.id == alice.id)  # type: ignore[union-attr]
    assert invitation.attendance is m.Attendance.PRESENT

    other = Store.open(data_dir, actor="somsri")  # another window checks her out meanwhile
    try:
        Services(other).session.check_out(invitation.id, screen.clock.now + timedelta(hours=1))  # type: ignore[attr-defined]
    finally:
        other.close()
    messages: list[str] = []
    history.failed.connect(messages.append)

    with qtbot.waitSignal(history.failed, timeout=10_000):
        history.stack.undo()  # "Undo: Check in": based on the check-in, which is no longer there
    qtbot.waitUntil(
        lambda: any(
            a.invitation.left_at is not None
            for a in screen.view.attendees  # type: ignore[union-attr]
            if a.person.id == alice.id
        ),
        timeout=10_000,
    )

    [message] = messages
    assert "somsri" in message
    stored = services.records.get(m.Invitation, invitation.id)
    assert stored.attendance is m.Attendance.LEFT_EARLY and stored.left_at is not None  # the leave is kept
    assert history.stack.count() == 0


def test_notes_typed_on_after_a_change_in_another_window_are_refused_and_typing_saves_again(
    qtbot: QtBot, screen: SessionScreen, services: Services, org: Org, data_dir: Path
) -> None:
    history: UndoHistory = screen.history  # type: ignore[attr-defined]
    screen.select_item(org.item.id)
    screen.item.notes_edit.setPlainText("ประธานแจ้ง")
    qtbot.waitUntil(lambda: services.session.view(org.meeting_id).item(org.item.id).note == "ประธานแจ้ง")
    screen.item.notes_edit.setPlainText("ประธานแจ้งที่ประชุมทราบ")  # typing on, then a pause: saved again
    qtbot.waitUntil(
        lambda: services.session.view(org.meeting_id).item(org.item.id).note == "ประธานแจ้งที่ประชุมทราบ"
    )

    other = Store.open(data_dir, actor="somsri")  # another window writes its own notes meanwhile
    try:
        Services(other).session.set_note(org.item.id, "บันทึกจากอีกหน้าต่าง", base="ประธานแจ้งที่ประชุมทราบ")
    finally:
        other.close()
    messages: list[str] = []
    history.failed.connect(messages.append)
    screen.item.notes_edit.setPlainText("ประธานแจ้งที่ประชุมทราบ และ")
    with qtbot.waitSignal(history.failed, timeout=10_000):
        screen.save_pending()
    qtbot.waitUntil(lambda: screen.item.notes_edit.toPlainText() == "บันทึกจากอีกหน้าต่าง", timeout=10_000)

    [message] = messages
    assert "somsri" in message
    assert services.session.view(org.meeting_id).item(org.item.id).note == "บันทึกจากอีกหน้าต่าง"
    screen.item.notes_edit.setPlainText("บันทึกจากอีกหน้าต่าง แก้ไขแล้ว")  # based on what the screen shows now
    qtbot.waitUntil(
        lambda: services.session.view(org.meeting_id).item(org.item.id).note == "บันทึกจากอีกหน้าต่าง แก้ไขแล้ว"
    )
