"""The member's reader, driven through the real main window over real stores: my meetings in reading order
with new and changed marks, the agenda as a reading list, papers and the board book by keyboard, my answer
from the reader, and the secretary's switch to see what members see.

The member's store is built from a real server on 127.0.0.1 (tests/sync/conftest.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtPdf import QPdfBookmarkModel
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.services.meetings import MeetingSummary
from emeeting.ui.reader.reader_screen import (
    ID_ROLE,
    KIND_ROLE,
    MARK_ROLE,
    PAPER,
    MeetingRow,
    ReaderScreen,
    reading_order,
)
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.sync.sync_dialog import AttendeeDialog
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.server.conftest import PASSWORD
from tests.services.conftest import pdf_bytes
from tests.sync.conftest import Office, attach_bytes, live, no_password_store, office  # noqa: F401
from tests.ui.conftest import open_window
from tests.ui.test_documents_pane import files

WAIT = 20_000


def open_reader(qtbot: QtBot, window: MainWindow) -> ReaderScreen:
    """The secretary's View ▸ Reader view; returns the reader once it lists the meetings."""
    with qtbot.waitSignal(window.reader.meetings_loaded, timeout=WAIT):
        window.menus.reader_action.trigger()
    return window.reader


def agenda_rows(reader: ReaderScreen) -> list[QTreeWidgetItem]:
    tree = reader.agenda
    rows = []
    for top in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(top)
        rows.append(item)
        rows.extend(item.child(i) for i in range(item.childCount()))
    return rows


def row_of(reader: ReaderScreen, record_id: str) -> QTreeWidgetItem:
    return next(r for r in agenda_rows(reader) if r.data(0, ID_ROLE) == record_id)


def meeting_mark(reader: ReaderScreen, meeting_id: str) -> str:
    rows = [reader.meeting_list.item(i) for i in range(reader.meeting_list.count())]
    return str(next(r for r in rows if r.data(ID_ROLE) == meeting_id).data(MARK_ROLE))


def test_the_secretary_switches_to_the_reader_and_reads_by_keyboard(
    qtbot: QtBot, window: MainWindow, demo_services: Services, runner: TaskRunner, tmp_path: Path
) -> None:
    services = demo_services
    meeting_id = services.meetings.resolve("ICT:3/2569").id
    item = services.meetings.view(meeting_id).agenda[0].item
    second = services.meetings.view(meeting_id).agenda[1].item
    plan, budget = files(tmp_path / "in", แผนงาน=4, งบประมาณ=2)
    assert services.documents.attach(meeting_id, item.id, [plan]).rejected == ()
    assert services.documents.attach(meeting_id, second.id, [budget]).rejected == ()

    reader = open_reader(qtbot, window)
    assert window.reader_view and window.menus.reader_action.isChecked()
    assert not window.menus.agenda_menu.menuAction().isVisible()  # nothing of the secretary's editing
    assert not window.menus.new_action.isVisible() and not window.menus.save_action.isVisible()

    # My meetings: those to come, the next one first, then those held, the latest first.
    shown = [reader.meeting_list.item(i).data(ID_ROLE) for i in range(reader.meeting_list.count())]
    summaries = services.meetings.summaries()
    starts = {s.meeting.id: s.meeting.start for s in summaries}
    today = datetime.now(UTC).astimezone().date()
    upcoming = [x for x in shown if starts[x].astimezone().date() >= today]
    past = [x for x in shown if starts[x].astimezone().date() < today]
    assert shown == upcoming + past and len(shown) == len(summaries)
    assert [starts[x] for x in upcoming] == sorted(starts[x] for x in upcoming)
    assert [starts[x] for x in past] == sorted((starts[x] for x in past), reverse=True)

    with qtbot.waitSignal(reader.meeting_shown, timeout=WAIT):
        assert reader.select_meeting(meeting_id)
    assert meeting_mark(reader, meeting_id) == "seen"
    assert reader.current_item_id() == item.id  # the first item, with its proposal beside the list
    assert item.title in reader.item_text.toPlainText()
    paper = row_of(reader, services.records.select(m.Document, item_id=item.id)[0].id)
    assert paper.data(0, MARK_ROLE) == "new" and "4" in paper.text(0)  # its page count

    # One paper by keyboard: Enter on its row, then Ctrl+G to page 3, Page Down to page 4.
    reader.agenda.setFocus()
    reader.agenda.setCurrentItem(paper)
    with qtbot.waitSignal(reader.paper_opened, timeout=WAIT):
        qtbot.keyClick(reader.agenda, Qt.Key.Key_Return)
    assert reader.viewer.page_count == 4 and paper.data(0, MARK_ROLE) == "seen"
    qtbot.keyClick(reader.agenda, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert reader.viewer.page_box.hasFocus()
    qtbot.keyClicks(reader.viewer.page_box, "3")
    qtbot.keyClick(reader.viewer.page_box, Qt.Key.Key_Return)
    assert reader.viewer.current_page() == 2
    reader.agenda.setFocus()
    qtbot.keyClick(reader.agenda, Qt.Key.Key_PageDown)
    assert reader.viewer.current_page() == 3

    # The next item and the next paper.
    qtbot.keyClick(reader.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert reader.current_item_id() == second.id
    assert row_of(reader, second.id).data(0, MARK_ROLE) == "seen"
    with qtbot.waitSignal(reader.paper_opened, timeout=WAIT):
        qtbot.keyClick(reader.agenda, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert reader.viewer.page_count == 2
    with qtbot.waitSignal(reader.paper_opened, timeout=WAIT):
        qtbot.keyClick(reader.agenda, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reader.viewer.page_count == 4

    # The board book: one read of every paper with its bookmarks.
    with qtbot.waitSignal(reader.book_opened, timeout=60_000) as opened:
        reader.book_button.click()
    assert opened.args[0] > 6 and reader.bookmarks.isVisible()
    model = reader.bookmark_model
    assert model.rowCount() > 2
    last = model.index(model.rowCount() - 1, 0)
    reader.bookmarks.activated.emit(last)
    assert reader.viewer.current_page() == model.data(last, int(QPdfBookmarkModel.Role.Page)) > 0

    # Back at the desk.
    window.menus.reader_action.trigger()
    assert not window.reader_view and window.menus.agenda_menu.menuAction().isVisible()
    assert window.menus.new_action.isVisible()


def test_reading_order_puts_the_next_meeting_first() -> None:
    committee = m.Committee("คณะ", "C")
    now = datetime(2026, 12, 7, 5, tzinfo=UTC)

    def row(day: int, month: int = 12) -> MeetingRow:
        start = datetime(2026, month, day, 3, tzinfo=UTC)
        meeting = m.Meeting(committee.id, day, 2569, "x", start)
        return MeetingRow(MeetingSummary(meeting, committee), None, "")

    rows = [row(1), row(20), row(9), row(3, 11), row(7)]
    assert [r.summary.meeting.number for r in reading_order(rows, now)] == [7, 9, 20, 1, 3]


def member_window(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> MainWindow:
    """Alice's window on her store, logged in to the office's server and synced: every login of this
    desktop a member's, the reader comes up by itself with the next meeting."""
    window = open_window(qtbot, services, runner, bus, languages, settings)
    menu = window.menus.sync_menu
    runner.wait_idle(10_000)
    menu.service.login(office.url, "alice", PASSWORD)
    menu.controller.set_server(office.url)
    with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
        menu.controller.sync_now()
    qtbot.waitUntil(lambda: window.reader_view, timeout=WAIT)
    qtbot.waitUntil(lambda: window.reader.current_meeting_id() == office.meeting.id, timeout=WAIT)
    return window


def test_a_member_reads_sees_marks_answers_and_finds_what_changed_after_a_sync(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    secretary = office.secretary
    item = next(i for i in office.items if i.parent_id is None)
    paper = attach_bytes(secretary.services, office.meeting.id, item.id, "plan.pdf", pdf_bytes(3))
    secretary.run()
    alice = office.attendee("alice")
    services = alice.services
    window = member_window(qtbot, office, services, runner, bus, languages, settings)
    menu = window.menus.sync_menu
    reader = window.reader
    qtbot.waitUntil(lambda: reader.agenda.topLevelItemCount() > 0, timeout=WAIT)
    assert window.menus.reader_action.isChecked()
    assert meeting_mark(reader, office.meeting.id) == "seen"  # shown first, so looked at
    assert reader.rsvp_label.text() == labels.own_reply_label(m.Rsvp.PENDING)
    assert row_of(reader, item.id).data(0, MARK_ROLE) == "seen"
    assert row_of(reader, paper.id).data(0, MARK_ROLE) == "new"
    others = [r for r in agenda_rows(reader) if r.data(0, KIND_ROLE) != PAPER and r.data(0, ID_ROLE)]
    assert any(r.data(0, MARK_ROLE) == "new" for r in others)  # items not opened yet

    with qtbot.waitSignal(reader.paper_opened, timeout=WAIT):
        qtbot.mouseClick(
            reader.agenda.viewport(),
            Qt.MouseButton.LeftButton,
            pos=reader.agenda.visualItemRect(row_of(reader, paper.id)).center(),
        )
    assert reader.viewer.page_count == 3 and row_of(reader, paper.id).data(0, MARK_ROLE) == "seen"

    # My answer from the reader: someone not on the roll attends in my place, named with a position;
    # synced at once.
    dialog = reader.open_answer()
    assert isinstance(dialog, AttendeeDialog)
    qtbot.waitUntil(lambda: dialog.rsvp_combo.count() > 0, timeout=WAIT)
    dialog.rsvp_combo.setCurrentIndex(dialog.rsvp_combo.findData(m.Rsvp.SUBSTITUTE.value))
    choice = dialog.substitute_choice
    assert choice is not None and choice.isVisible()
    choice.new_radio.setChecked(True)
    choice.form.title_combo.setCurrentText("นาย")
    choice.form.first_edit.setText("สมศักดิ์")
    choice.form.last_edit.setText("ทำแทน")
    choice.form.position_edit.setText("รองผู้อำนวยการ")
    dialog.reason_edit.setText("นายสมศักดิ์ รองผู้อำนวยการ")
    with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
        dialog.save()
    qtbot.waitUntil(
        lambda: reader.rsvp_label.text() == labels.own_reply_label(m.Rsvp.SUBSTITUTE), timeout=WAIT
    )
    secretary.run()
    answer = secretary.services.records.get(m.Invitation, office.invitations["alice"].id)
    assert (answer.rsvp, answer.rsvp_reason) == (m.Rsvp.SUBSTITUTE, "นายสมศักดิ์ รองผู้อำนวยการ")
    sent = [
        i
        for i in secretary.services.records.select(m.Invitation, meeting_id=office.meeting.id)
        if i.substitute_for_id == office.people["alice"].id
    ]
    assert len(sent) == 1 and sent[0].role is m.InviteeRole.MEMBER
    person = secretary.services.records.get(m.Person, sent[0].person_id)
    assert (person.display_name, person.position) == ("นายสมศักดิ์ ทำแทน", "รองผู้อำนวยการ")

    # The secretary changes the proposal and the paper; after the member's sync both are marked changed.
    stored = secretary.services.records.get(m.AgendaItem, item.id)
    secretary.services.agenda.update(
        m.AgendaItem(**{**stored.__dict__, "proposal": "เพื่อโปรดพิจารณา"}), base=stored
    )
    newer = attach_bytes(secretary.services, office.meeting.id, item.id, "plan-v2.pdf", pdf_bytes(5))
    secretary.run()
    shown = qtbot.waitSignal(reader.meeting_shown, timeout=WAIT)
    with shown, qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
        menu.controller.sync_now()
    qtbot.waitUntil(lambda: meeting_mark(reader, office.meeting.id) == "changed", timeout=WAIT)
    assert row_of(reader, item.id).data(0, MARK_ROLE) == "changed"
    assert row_of(reader, newer.id).data(0, MARK_ROLE) == "new"
    assert row_of(reader, paper.id).data(0, MARK_ROLE) == "seen"  # the paper itself did not change
    reader.agenda.setCurrentItem(row_of(reader, item.id))
    assert row_of(reader, item.id).data(0, MARK_ROLE) == "seen"
    assert "เพื่อโปรดพิจารณา" in reader.item_text.toPlainText()
    runner.wait_idle(10_000)
    services.close()


def test_what_was_seen_is_kept_per_data_folder_and_user(tmp_path: Path) -> None:
    from emeeting.ui.reader.seen import Mark, SeenMarks, item_print

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    item = m.AgendaItem("meeting", "งบประมาณ", proposal="เพื่อพิจารณา")
    alice = SeenMarks(settings, tmp_path / "data", "alice")
    assert alice.mark(item.id, item_print(item)) is Mark.NEW
    alice.see(item.id, item_print(item))
    settings.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert SeenMarks(again, tmp_path / "data", "alice").mark(item.id, item_print(item)) is Mark.SEEN
    assert SeenMarks(again, tmp_path / "data", "bob").mark(item.id, item_print(item)) is Mark.NEW
    assert SeenMarks(again, tmp_path / "other", "alice").mark(item.id, item_print(item)) is Mark.NEW
    moved = m.AgendaItem(**{**item.__dict__, "position": 4})  # a new place in the order is not a change
    assert SeenMarks(again, tmp_path / "data", "alice").mark(item.id, item_print(moved)) is Mark.SEEN
    edited = m.AgendaItem(**{**item.__dict__, "proposal": "เพื่อทราบ"})
    assert SeenMarks(again, tmp_path / "data", "alice").mark(item.id, item_print(edited)) is Mark.CHANGED
