"""Dropping agenda items on the tree as a drag does: the row is picked with the mouse, then the window gets
drag-enter, drag-move and drop events at a place on a row (its top edge: above it, its middle: into it,
its bottom edge: below it; under the last row: at the end). The tree's own drop logic decides where that
is, the editor asks the store for the move, and what the secretary sees is read back from the tree: the
titles with their new numbers, stored, undone and redone from the Edit menu.

A mouse drag cannot start on the offscreen platform (it has no drag session, so a drop there comes from
no source, like one from another application). The tree only takes drops that started in itself
(``InternalMove``): the tests check that it refuses such a drop, then let the tree take drops of any
source (``DragDrop``) so that everything after the drag starts runs for real.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.meeting.agenda_editor import ID_ROLE, MIME_TYPE, TITLE, AgendaEditor
from emeeting.ui.shell.main_window import MainWindow
from tests.ui.test_agenda_editor import CLOUD, PRIVACY, index, open_agenda
from tests.ui.test_attendee_read_only import MEMBER_SERVER, log_in_as
from tests.ui.test_documents_pane import files
from tests.ui.workspace_helpers import step

Position = QAbstractItemView.DropIndicatorPosition
MOVE = Qt.DropAction.MoveAction

# The demo meeting ICT:3/2569 as the Thai template makes it, with two items for decision.
FIRST = [
    ("1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),
    ("1.1", "เรื่องที่ประธานแจ้ง"),
    ("1.2", "เรื่องที่เลขานุการแจ้ง"),
    ("2", "เรื่องรับรองรายงานการประชุม"),
    ("2.1", "รับรองรายงานการประชุม ครั้งที่ 2/2569"),
    ("3", "เรื่องสืบเนื่อง"),
    ("4", "เรื่องเสนอเพื่อพิจารณา"),
    ("4.1", CLOUD),
    ("4.2", PRIVACY),
    ("5", "เรื่องอื่น ๆ"),
]
OTHER = "เรื่องอื่น ๆ"


def cell(agenda: AgendaEditor, number: str) -> QModelIndex:
    """The title cell of item ``number``: where the secretary points."""
    return index(agenda, number).siblingAtColumn(TITLE)


def grab(agenda: AgendaEditor, number: str) -> QMimeData:
    """Click item ``number`` and take what the tree drags for the selection."""
    tree = agenda.tree
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        tree.visualRect(cell(agenda, number)).center(),
    )  # fmt: skip
    assert agenda.model.index_of(agenda.current_item_id() or "").data() == number
    return agenda.model.mimeData(tree.selectedIndexes())


def spot(agenda: AgendaEditor, number: str | None, where: str = "on") -> QPoint:
    """A point in the tree's viewport: on item ``number``'s top edge ("above"), middle ("on") or bottom
    edge ("below"); with no number, under the last row ("end"). The tree drops above or below a row in
    about a fifth of its height at either edge, into it in between."""
    tree = agenda.tree
    if number is None:
        last = agenda.model.index(0, TITLE)
        while tree.indexBelow(last).isValid():
            last = tree.indexBelow(last)
        rect = tree.visualRect(last)
        point = QPoint(rect.center().x(), rect.bottom() + rect.height())
    else:
        rect = tree.visualRect(cell(agenda, number))
        y = {"above": rect.top() + 1, "on": rect.center().y(), "below": rect.bottom() - 1}[where]
        point = QPoint(rect.center().x(), y)
    assert tree.viewport().rect().contains(point)
    return point


def drag(
    window: MainWindow,
    agenda: AgendaEditor,
    data: QMimeData,
    *points: QPoint,
    actions: Qt.DropAction = MOVE,
) -> tuple[bool, Position]:
    """Drag ``data`` into the window over ``points`` in the tree's viewport and let go at the last one, as
    the window system delivers a drag offering ``actions``. Whether the tree accepted the last move (the
    cursor says "drop here") and where it put its drop indicator."""
    handle = window.windowHandle()
    viewport = agenda.tree.viewport()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def at(point: QPoint) -> QPointF:
        return QPointF(viewport.mapTo(window, point))

    QApplication.sendEvent(handle, QDragEnterEvent(at(points[0]), actions, data, buttons, keys))
    accepted = False
    for point in points:
        move = QDragMoveEvent(at(point), actions, data, buttons, keys)
        QApplication.sendEvent(handle, move)
        accepted = move.isAccepted()
    indicator = agenda.tree.dropIndicatorPosition()
    QApplication.sendEvent(handle, QDropEvent(at(points[-1]), actions, data, buttons, keys))
    return accepted, indicator


def drop(
    qtbot: QtBot, window: MainWindow, agenda: AgendaEditor, number: str, target: str | None, where: str
) -> Position:
    """Drag item ``number`` to ``where`` of item ``target`` (None: under the last row) and wait until the
    tree shows the stored result."""
    data = grab(agenda, number)
    result: list[tuple[bool, Position]] = []
    step(qtbot, window, lambda: result.append(drag(window, agenda, data, spot(agenda, target, where))))
    accepted, indicator = result[0]
    assert accepted
    return indicator


def drops_of_any_source(agenda: AgendaEditor) -> None:
    """Let the tree take drops that did not start in itself: the offscreen platform runs no drag."""
    assert agenda.tree.dragDropMode() is QAbstractItemView.DragDropMode.InternalMove
    agenda.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)


def stored(services: Services, window: MainWindow) -> list[tuple[str, str]]:
    """(number, title) of the meeting's agenda as the store has it."""
    return [
        (e.number, e.item.title) for e in services.meetings.view(window.workspace.meeting_id or "").agenda
    ]


def test_the_tree_offers_its_items_for_dragging_and_takes_them_back_only_from_itself(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    tree, model = agenda.tree, agenda.model
    assert tree.dragEnabled() and tree.acceptDrops() and tree.showDropIndicator()
    assert tree.dragDropMode() is QAbstractItemView.DragDropMode.InternalMove
    assert tree.defaultDropAction() == MOVE
    assert model.supportedDropActions() & MOVE and model.supportedDragActions() & MOVE
    assert model.mimeTypes() == [MIME_TYPE]
    wanted = Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
    for number in ("4", "4.1"):
        assert model.flags(index(agenda, number)) & wanted == wanted
        assert model.flags(cell(agenda, number)) & wanted == wanted
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled  # under the last row

    # A drag that did not start in this tree (here: no drag at all, as from another application) is not
    # taken, even when it carries an agenda item.
    data = grab(agenda, "4.2")
    assert drag(window, agenda, data, spot(agenda, "4.1", "above"))[0] is False
    assert window.history.runner.wait_idle(10_000)
    assert window.history.stack.count() == 0
    assert agenda.rows() == FIRST == stored(demo_services, window)


def test_dropping_an_item_above_another_reorders_them_with_undo_and_redo(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    drops_of_any_source(agenda)
    assert drop(qtbot, window, agenda, "4.2", "4.1", "above") is Position.AboveItem
    moved = [*FIRST[:7], ("4.1", PRIVACY), ("4.2", CLOUD), FIRST[-1]]
    assert agenda.rows() == moved == stored(demo_services, window)
    assert agenda.editor.title_edit.text() == PRIVACY  # the moved item stays selected, under its new number
    assert agenda.editor.heading.text().endswith("4.1")
    assert window.history.stack.count() == 1

    step(qtbot, window, window.menus.undo_action.trigger)
    assert agenda.rows() == FIRST == stored(demo_services, window)
    step(qtbot, window, window.menus.redo_action.trigger)
    assert agenda.rows() == moved == stored(demo_services, window)


def test_dropping_on_an_item_nests_it_and_below_an_item_places_it_after(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    drops_of_any_source(agenda)
    other_id = str(index(agenda, "5").data(ID_ROLE))

    assert drop(qtbot, window, agenda, "5", "3", "on") is Position.OnItem
    nested = [*FIRST[:6], ("3.1", OTHER), *FIRST[6:9]]
    assert agenda.rows() == nested == stored(demo_services, window)
    follow_up = demo_services.records.get(m.AgendaItem, str(index(agenda, "3").data(ID_ROLE)))
    item = demo_services.records.get(m.AgendaItem, other_id)
    assert (item.parent_id, item.section) == (follow_up.id, follow_up.section)

    # Onto an item that has sub-items: it becomes the last of them.
    assert drop(qtbot, window, agenda, "3.1", "4", "on") is Position.OnItem
    assert agenda.rows()[-4:] == [("4", FIRST[6][1]), ("4.1", CLOUD), ("4.2", PRIVACY), ("4.3", OTHER)]

    assert drop(qtbot, window, agenda, "4.3", "1.1", "below") is Position.BelowItem
    below = [*FIRST[:2], ("1.2", OTHER), ("1.3", FIRST[2][1]), *FIRST[3:9]]
    assert agenda.rows() == below == stored(demo_services, window)
    assert window.history.stack.count() == 3

    for _ in range(3):
        step(qtbot, window, window.menus.undo_action.trigger)
    assert agenda.rows() == FIRST == stored(demo_services, window)
    step(qtbot, window, window.menus.redo_action.trigger)
    assert agenda.rows() == nested == stored(demo_services, window)


def test_dropping_under_the_last_row_puts_the_item_at_the_end(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    drops_of_any_source(agenda)
    assert drop(qtbot, window, agenda, "1.1", None, "end") is Position.OnViewport
    at_end = [FIRST[0], ("1.1", FIRST[2][1]), *FIRST[3:], ("6", FIRST[1][1])]
    assert agenda.rows() == at_end == stored(demo_services, window)

    assert drop(qtbot, window, agenda, "1", None, "end") is Position.OnViewport
    assert agenda.rows()[-3:] == [("5", FIRST[1][1]), ("6", FIRST[0][1]), ("6.1", FIRST[2][1])]
    step(qtbot, window, window.menus.undo_action.trigger)
    step(qtbot, window, window.menus.undo_action.trigger)
    assert agenda.rows() == FIRST == stored(demo_services, window)


def refused(
    window: MainWindow, agenda: AgendaEditor, data: QMimeData, *points: QPoint, actions: Qt.DropAction = MOVE
) -> None:
    """The tree does not take ``data`` at ``points``: the drag shows "no drop" there and letting go
    there asks for nothing."""
    accepted, _ = drag(window, agenda, data, *points, actions=actions)
    assert not accepted
    assert window.history.runner.wait_idle(10_000)
    assert window.history.stack.count() == 0


def test_an_item_is_never_dropped_into_itself_or_its_own_sub_items(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    drops_of_any_source(agenda)
    data = grab(agenda, "4")
    refused(window, agenda, data, spot(agenda, "4", "on"))
    refused(window, agenda, data, spot(agenda, "4.2", "above"))  # between its own sub-items
    refused(window, agenda, data, spot(agenda, "2", "on"), spot(agenda, "4.1", "on"))  # passing over others
    refused(window, agenda, data, spot(agenda, "4.2", "below"))
    assert agenda.rows() == FIRST == stored(demo_services, window)
    assert agenda.current_item_id() == str(index(agenda, "4").data(ID_ROLE))


def test_a_drop_the_store_refuses_changes_nothing_and_says_why(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    drops_of_any_source(agenda)
    demo_services.agenda.remove(str(index(agenda, "3").data(ID_ROLE)))  # meanwhile, on another desktop
    messages: list[str] = []

    def read_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            messages.append(box.text())
            box.accept()

    poll = QTimer(window)  # the message box waits in its own event loop: read it from there
    poll.timeout.connect(read_message)
    poll.start(10)
    try:
        assert drop(qtbot, window, agenda, "5", "3", "on") is Position.OnItem
    finally:
        poll.stop()
    (message,) = messages  # "No agenda item … to move into.", in Thai
    assert message.startswith("ไม่พบระเบียบวาระ") and message.endswith("ที่จะย้ายเข้าไป"), message
    assert agenda.rows() == [*FIRST[:5], ("3", FIRST[6][1]), ("3.1", CLOUD), ("3.2", PRIVACY), ("4", OTHER)]
    assert agenda.rows() == stored(demo_services, window)
    assert window.history.stack.count() == 0


def test_what_is_not_an_item_of_this_agenda_is_not_taken(
    qtbot: QtBot, window: MainWindow, demo_services: Services, tmp_path: Path
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    drops_of_any_source(agenda)
    meeting_id = window.workspace.meeting_id or ""
    text = QMimeData()
    text.setText("4.2")
    refused(window, agenda, text, spot(agenda, "4.1", "above"))
    refused(window, agenda, text, spot(agenda, "4", "on"))

    # Files dragged from the desktop belong on the Documents tab: the agenda tree does not take them.
    pdfs = QMimeData()
    pdfs.setUrls([QUrl.fromLocalFile(str(p)) for p in files(tmp_path / "in", รายงาน=1)])
    refused(window, agenda, pdfs, spot(agenda, "4.1", "on"), actions=MOVE | Qt.DropAction.CopyAction)
    assert demo_services.records.select(m.Document, meeting_id=meeting_id) == []

    # An item of another meeting (dragged from a second window), or nothing at all.
    hr = demo_services.meetings.view(demo_services.meetings.resolve("HR:1/2569").id).agenda[0].item
    for payload in (hr.id, ""):
        foreign = QMimeData()
        foreign.setData(MIME_TYPE, QByteArray(payload.encode()))
        refused(window, agenda, foreign, spot(agenda, "4.1", "above"))
    assert agenda.rows() == FIRST == stored(demo_services, window)


def test_an_attendee_drops_nothing_on_the_agenda(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    agenda = open_agenda(qtbot, window, demo_services)
    log_in_as(qtbot, window, MEMBER_SERVER, "member", attendee=True)
    tree = agenda.tree
    assert not tree.dragEnabled() and not tree.acceptDrops()
    data = grab(agenda, "4.2")  # reading an item still selects it
    refused(window, agenda, data, spot(agenda, "4.1", "above"))
    refused(window, agenda, data, spot(agenda, "3", "on"))
    refused(window, agenda, data, spot(agenda, None, "end"))
    assert agenda.rows() == FIRST == stored(demo_services, window)
