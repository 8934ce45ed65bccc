"""The meeting workspace in the main window: a new meeting from the Thai template, the next meeting,
deleting, keyboard shortcuts, the language switch and the status bar."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.meeting.meeting_editor import NewMeetingDialog
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA, DETAILS, INVITEES
from tests.ui.workspace_helpers import answer_dialog, select, step

THAI_TEMPLATE = [
    ("1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),
    ("1.1", "เรื่องที่ประธานแจ้ง"),
    ("1.2", "เรื่องที่เลขานุการแจ้ง"),
    ("2", "เรื่องรับรองรายงานการประชุม"),
    ("2.1", "รับรองรายงานการประชุม ครั้งที่ 3/2569"),
    ("3", "เรื่องสืบเนื่อง"),
    ("4", "เรื่องเสนอเพื่อพิจารณา"),
    ("5", "เรื่องอื่น ๆ"),
]


def test_a_new_meeting_from_the_thai_template_is_created_selected_and_undoable(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    ict = demo_services.meetings.resolve("ICT:3/2569").committee_id
    committees = demo_services.records.select(m.Committee, order_by=("short_name",))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        dialog.committee_combo.setCurrentIndex(dialog.committee_combo.findData(ict))
        assert dialog.template() == "th"  # the committee's own template is preselected
        dialog.title_edit.setText("ประชุมติดตามโครงการคลาวด์")
        dialog.start_edit.setDateTime(
            dialog.start_edit.dateTime().fromString("2026-04-21 09:30", "yyyy-MM-dd HH:mm")
        )
        dialog.place_edit.setText("ห้องประชุม 2")

    answered = answer_dialog(fill)
    step(qtbot, window, lambda: window._ask_new_meeting(committees))
    assert answered
    created = demo_services.meetings.resolve("ICT:4/2569")
    assert (created.title, created.place) == ("ประชุมติดตามโครงการคลาวด์", "ห้องประชุม 2")
    assert window.navigator.current_meeting_id() == created.id
    assert window.workspace.header.title_label.text() == "ประชุมติดตามโครงการคลาวด์"
    assert window.workspace.agenda_rows() == THAI_TEMPLATE
    assert "ครั้งที่ 4/2569" in window.workspace.header.summary_label.text()

    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.menus.undo_action.trigger()
    assert demo_services.records.find(m.Meeting, created.id) is None
    assert window.navigator.meeting_count == 6
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.menus.redo_action.trigger()
    assert demo_services.records.get(m.Meeting, created.id) == created  # the same meeting, same id
    assert window.navigator.meeting_count == 7


def test_copy_as_next_meeting_numbers_it_one_higher_with_the_same_members(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    source = select(qtbot, window, demo_services, "ICT:3/2569")
    demo_services.records.create(
        *(m.Invitation(source, ms.person_id) for ms in demo_services.records.select(m.Membership))
    )
    start = datetime(2026, 4, 28, 2, 30, tzinfo=UTC)
    new_id = ""

    def copy() -> None:
        nonlocal new_id
        new_id = window.copy_meeting_as_next(source, start)

    step(qtbot, window, copy)
    copied = demo_services.records.get(m.Meeting, new_id)
    assert (copied.label, copied.place) == ("4/2569", "ห้องประชุม 1 ชั้น 9 อาคารศูนย์ราชการ")
    assert window.workspace.meeting_id == new_id
    window.show_tab(INVITEES)
    assert len(window.workspace.invitees.invitations()) == 2
    assert window.workspace.agenda_rows()[4] == ("2.1", "รับรองรายงานการประชุม ครั้งที่ 3/2569")


def test_deleting_a_meeting_asks_first_and_can_be_undone(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id = select(qtbot, window, demo_services, "HR:1/2569")
    answer_dialog(lambda _dialog: None, accept=False)  # "No": nothing happens
    window.delete_meeting()
    assert demo_services.records.find(m.Meeting, meeting_id) is not None

    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.delete_meeting(confirm=False)
    assert demo_services.records.find(m.Meeting, meeting_id) is None
    assert window.workspace.meeting_id is None
    assert window.workspace.placeholder.isVisible()

    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.menus.undo_action.trigger()
    assert len(demo_services.meetings.view(meeting_id).agenda) == 8  # back with its agenda


def test_keyboard_shortcuts_switch_tabs_navigate_and_move_agenda_items(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    select(qtbot, window, demo_services, "ICT:3/2569")
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.tabs.currentIndex() == INVITEES
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.tabs.currentIndex() == AGENDA
    agenda = window.workspace.agenda
    assert agenda.tree.hasFocus()

    assert agenda.model.index_of(agenda.current_item_id() or "").data() == "1"  # the focus starts at the top
    for _ in range(7):  # Ctrl+Down walks the agenda in reading order: 1.1, 1.2, 2 … 4.1
        QTest.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    number = agenda.model.index_of(agenda.current_item_id() or "").data()
    assert number == "4.1"

    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        QTest.keyClick(agenda.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.history.runner.wait_idle(10_000)
    rows = dict(agenda.rows())
    assert (rows["4.1"], rows["4.2"]) == ("ร่างนโยบายการคุ้มครองข้อมูลส่วนบุคคล", "ขออนุมัติโครงการจัดหาระบบคลาวด์")
    assert (
        agenda.model.index_of(agenda.current_item_id() or "").data() == "4.2"
    )  # the moved item stays selected

    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.history.runner.wait_idle(10_000)
    assert dict(agenda.rows())["4.1"] == "ขออนุมัติโครงการจัดหาระบบคลาวด์"
    assert window.menus.redo_action.isEnabled()

    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.tabs.currentIndex() == DETAILS
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.navigator.filter_edit.hasFocus()
    # Delete in the filter box edits the filter; it never removes an agenda item.
    QTest.keyClick(window.navigator.filter_edit, Qt.Key.Key_Delete)
    assert window.history.stack.count() == 1


def test_the_status_bar_says_what_was_done(qtbot: QtBot, window: MainWindow, demo_services: Services) -> None:
    select(qtbot, window, demo_services, "HR:1/2569")
    window.show_tab(AGENDA)
    step(qtbot, window, lambda: window.workspace.agenda.add_item())
    assert window.statusBar().currentMessage() == "เรียบร้อย: เพิ่มระเบียบวาระ"
    assert window.menus.undo_action.text() == "เลิกทำ เพิ่มระเบียบวาระ"


def test_the_language_switch_retranslates_every_tab_live(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    select(qtbot, window, demo_services, "ICT:3/2569")
    workspace = window.workspace
    thai = [workspace.tabs.tabText(i) for i in range(4)]
    assert thai == ["รายละเอียด", "ระเบียบวาระ", "ผู้เข้าประชุม", "เอกสาร"]
    assert workspace.details.save_button.text() == "บันทึกการแก้ไข"
    assert workspace.invitees.invite_button.text() == "เชิญกรรมการทั้งคณะ"
    assert workspace.details.status_combo.currentText() == "ร่าง"
    window.show_tab(AGENDA)  # the hidden Details tab is retranslated all the same

    window.set_language("en")
    assert [workspace.tabs.tabText(i) for i in range(4)] == ["&Details", "&Agenda", "&Invitees", "D&ocuments"]
    assert workspace.details.save_button.text() == "&Save changes"
    assert workspace.details.status_combo.currentText() == "Draft"
    assert workspace.details.urgency_combo.currentText() == "Most urgent"
    assert workspace.agenda.add_button.text() == "Add item"
    assert workspace.agenda.editor.texts.tabText(2) == "Legal basis"
    assert workspace.invitees.invite_button.text() == "Invite the whole committee"
    assert window.menus.agenda_menu.title() == "&Agenda"
    assert workspace.agenda.totals_label.text().startswith("10 agenda items · 0 documents · 0 pages")
    assert workspace.header.summary_label.text().startswith("No. 3/2569")

    window.set_language("th")
    assert [workspace.tabs.tabText(i) for i in range(4)] == thai
    assert workspace.agenda.editor.texts.tabText(2) == "ข้อกฎหมาย"
    assert workspace.details.urgency_combo.currentText() == "ด่วนที่สุด"
