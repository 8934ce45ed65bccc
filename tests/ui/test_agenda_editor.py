"""The agenda editor: drag and drop to reorder and nest (renumbered from the store), keyboard moves, adding
from the template, removing with undo, the item editor, running total and recusals."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.meeting.agenda_editor import AgendaEditor
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA
from tests.ui.workspace_helpers import select, step

CLOUD = "ขออนุมัติโครงการจัดหาระบบคลาวด์"
PRIVACY = "ร่างนโยบายการคุ้มครองข้อมูลส่วนบุคคล"


def index(agenda: AgendaEditor, number: str) -> QModelIndex:
    for row in range(agenda.model.rowCount()):
        found = _find(agenda, agenda.model.index(row, 0), number)
        if found.isValid():
            return found
    raise AssertionError(f"no item {number}")


def _find(agenda: AgendaEditor, at: QModelIndex, number: str) -> QModelIndex:
    if at.data() == number:
        return at
    for row in range(agenda.model.rowCount(at)):
        found = _find(agenda, agenda.model.index(row, 0, at), number)
        if found.isValid():
            return found
    return QModelIndex()


def drop(agenda: AgendaEditor, number: str, row: int, parent: QModelIndex) -> bool:
    """Drag item ``number`` and drop it as the tree view does (its mime data, then the model's drop; the
    offscreen platform runs no drag session for a mouse drag): at ``row`` under ``parent`` (-1: onto it)."""
    data = agenda.model.mimeData([index(agenda, number)])
    if not agenda.model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent):
        return False
    agenda.model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    return True


def open_agenda(
    qtbot: QtBot, window: MainWindow, services: Services, reference: str = "ICT:3/2569"
) -> AgendaEditor:
    select(qtbot, window, services, reference)
    window.show_tab(AGENDA)
    return window.workspace.agenda


def test_dragging_reorders_and_nests_items_and_the_numbers_follow(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    section_4 = index(agenda, "4")
    step(qtbot, window, lambda: drop(agenda, "4.2", 0, section_4))  # 4.2 above 4.1
    assert dict(agenda.rows())["4.1"] == PRIVACY
    assert dict(agenda.rows())["4.2"] == CLOUD

    step(qtbot, window, lambda: drop(agenda, "5", -1, index(agenda, "4")))  # onto 4: nested as its last item
    numbers = [number for number, _ in agenda.rows()]
    assert numbers == ["1", "1.1", "1.2", "2", "2.1", "3", "4", "4.1", "4.2", "4.3"]
    assert dict(agenda.rows())["4.3"] == "เรื่องอื่น ๆ"
    nested = demo_services.meetings.view(window.workspace.meeting_id or "").agenda[-1].item
    assert nested.section is m.AgendaSection.FOR_DECISION  # it takes the section it moved into

    step(qtbot, window, lambda: drop(agenda, "4.3", 1, QModelIndex()))  # back out, as item 2
    rows = agenda.rows()
    assert rows[3] == ("2", "เรื่องอื่น ๆ")
    assert rows[4] == ("3", "เรื่องรับรองรายงานการประชุม")

    # An item cannot be dropped into itself or its own sub-items: refused before anything is asked.
    assert not drop(agenda, "5", -1, index(agenda, "5.1"))
    assert not drop(agenda, "5", 0, index(agenda, "5"))
    assert window.history.stack.count() == 3  # one step per drop, nothing else

    step(qtbot, window, window.history.stack.undo)
    step(qtbot, window, window.history.stack.undo)
    step(qtbot, window, window.history.stack.undo)
    assert dict(agenda.rows())["4.1"] == CLOUD
    assert agenda.rows()[-1] == ("5", "เรื่องอื่น ๆ")


def test_keyboard_moves_indent_and_outdent_items(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    agenda.select_item(str(index(agenda, "4.2").data(Qt.ItemDataRole.UserRole + 1)))
    agenda.tree.setFocus()
    step(
        qtbot, window, lambda: QTest.keyClick(agenda.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    )
    assert agenda.rows()[-3:] == [("4.1", CLOUD), ("4.1.1", PRIVACY), ("5", "เรื่องอื่น ๆ")]
    step(qtbot, window, lambda: QTest.keyClick(agenda.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier))
    assert agenda.rows()[-3:] == [("4.1", CLOUD), ("4.2", PRIVACY), ("5", "เรื่องอื่น ๆ")]
    step(qtbot, window, lambda: QTest.keyClick(agenda.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier))
    assert agenda.rows()[-3:] == [("4.1", PRIVACY), ("4.2", CLOUD), ("5", "เรื่องอื่น ๆ")]


def test_add_from_the_templates_sections_add_items_and_remove_with_undo(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services, "HR:1/2569")
    agenda._fill_section_menu()
    titles = [action.text() for action in agenda.section_menu.actions()]
    assert titles[0] == "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"
    step(qtbot, window, agenda.section_menu.actions()[0].trigger)
    assert agenda.rows()[-3:] == [
        ("6", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),
        ("6.1", "เรื่องที่ประธานแจ้ง"),
        ("6.2", "เรื่องที่เลขานุการแจ้ง"),
    ]

    agenda.select_item(str(index(agenda, "4").data(Qt.ItemDataRole.UserRole + 1)))
    step(qtbot, window, lambda: agenda.add_item(sub_item=True))
    assert ("4.1", "เรื่องใหม่") in agenda.rows()
    assert agenda.model.index_of(agenda.current_item_id() or "").data() == "4.1"  # ready to be edited

    agenda.select_item(str(index(agenda, "1").data(Qt.ItemDataRole.UserRole + 1)))
    before = agenda.rows()
    step(qtbot, window, agenda.remove_item)
    assert agenda.rows()[0] == ("1", "เรื่องรับรองรายงานการประชุม")
    assert len(agenda.rows()) == len(before) - 3
    step(qtbot, window, window.history.stack.undo)
    assert agenda.rows() == before  # back with its sub-items, in its place


def test_the_item_editor_saves_every_field_and_shows_the_running_total(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    assert "1 ชม. 45 นาที" in agenda.totals_label.text()  # 30 + 75 minutes
    item_id = str(index(agenda, "4.1").data(Qt.ItemDataRole.UserRole + 1))
    agenda.select_item(item_id)
    editor = agenda.editor
    assert editor.title_edit.text() == CLOUD
    assert editor.presenter_combo.currentText().startswith("นายวิชัย มั่นคง")
    editor.title_edit.setText("ขออนุมัติโครงการจัดหาระบบคลาวด์ ระยะที่ 1")
    editor.text_edits["background"].setPlainText("ความเป็นมา")
    editor.text_edits["facts"].setPlainText("ข้อเท็จจริง")
    editor.text_edits["legal_basis"].setPlainText("ระเบียบ")
    editor.text_edits["proposal"].setPlainText("เพื่อโปรดพิจารณาอนุมัติ")
    editor.text_edits["resolution"].setPlainText("อนุมัติ")
    editor.duration_spin.setValue(45)
    editor.closed_check.setChecked(True)
    editor.presenter_combo.setCurrentIndex(
        editor.presenter_combo.findText("นางสาวสุดา รักงาน", Qt.MatchFlag.MatchStartsWith)
    )
    step(qtbot, window, editor.save_button.click)

    stored = demo_services.records.get(m.AgendaItem, item_id)
    assert (stored.title, stored.background, stored.facts, stored.legal_basis) == (
        "ขออนุมัติโครงการจัดหาระบบคลาวด์ ระยะที่ 1",
        "ความเป็นมา",
        "ข้อเท็จจริง",
        "ระเบียบ",
    )
    assert (stored.proposal, stored.resolution, stored.duration_minutes, stored.closed) == (
        "เพื่อโปรดพิจารณาอนุมัติ",
        "อนุมัติ",
        45,
        True,
    )
    assert demo_services.records.get(m.Person, stored.presenter_id or "").first_name == "สุดา"
    assert "2 ชม." in agenda.totals_label.text()  # 45 + 75 minutes
    assert agenda.current_item_id() == item_id

    step(qtbot, window, window.history.stack.undo)
    assert demo_services.records.get(m.AgendaItem, item_id).title == CLOUD


def test_recusals_are_added_and_removed_per_item(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    item_id = str(index(agenda, "4.2").data(Qt.ItemDataRole.UserRole + 1))
    agenda.select_item(item_id)
    editor = agenda.editor
    editor.recusal_combo.setCurrentIndex(
        editor.recusal_combo.findText("นายสมชาย ใจดี", Qt.MatchFlag.MatchStartsWith)
    )
    step(qtbot, window, editor.recusal_add.click)
    assert [editor.recusals.item(i).text() for i in range(editor.recusals.count())] == ["นายสมชาย ใจดี"]
    recusals = demo_services.records.select(m.Recusal, item_id=item_id)
    assert len(recusals) == 1

    editor.recusals.setCurrentRow(0)
    step(qtbot, window, editor.recusal_remove.click)
    assert editor.recusals.count() == 0
    step(qtbot, window, window.history.stack.undo)
    assert demo_services.records.select(m.Recusal, item_id=item_id) == recusals


def test_on_a_thai_agenda_the_recusal_box_starts_with_no_one_and_lists_thai_names_first(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    # Someone known by a romanised name only: it sorts before every Thai name by code point.
    demo_services.records.create(
        m.Person("Aphichat", "Mankong", title="Mr.", position="Director of Digital Services")
    )
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.reload()
    agenda = open_agenda(qtbot, window, demo_services)
    agenda.select_item(str(index(agenda, "4.2").data(Qt.ItemDataRole.UserRole + 1)))
    editor = agenda.editor
    combo = editor.recusal_combo
    # The directory is read apart from the meetings: wait until the new person has come.
    qtbot.waitUntil(lambda: combo.findText("Mr. Aphichat Mankong", Qt.MatchFlag.MatchStartsWith) > 0)
    assert combo.person_id() is None and combo.currentText()  # "no one", said in words
    assert not editor.recusal_add.isEnabled()  # nothing to recuse until someone is chosen
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert names[0].startswith("นาย") and names[-1].startswith("Mr. Aphichat Mankong"), names
    combo.setCurrentIndex(1)
    assert editor.recusal_add.isEnabled()


def test_edits_of_an_item_are_stored_when_another_item_is_selected(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    item_id = str(index(agenda, "4.1").data(Qt.ItemDataRole.UserRole + 1))
    agenda.select_item(item_id)
    agenda.editor.text_edits["proposal"].setPlainText("เห็นควรอนุมัติ")
    step(
        qtbot,
        window,
        lambda: agenda.select_item(str(index(agenda, "4.2").data(Qt.ItemDataRole.UserRole + 1))),
    )
    assert demo_services.records.get(m.AgendaItem, item_id).proposal == "เห็นควรอนุมัติ"
    assert agenda.editor.title_edit.text() == PRIVACY  # and the newly selected item is shown
    assert window.history.stack.count() == 1
