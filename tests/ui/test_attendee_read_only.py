"""Attendee mode: when every server login of this desktop is a member's, the workspace shows meetings but
no tab changes them; documents still preview and open in the system viewer. A secretary's login makes the
workspace editable again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.storage.sync_state import ServerState
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA, DETAILS, DOCUMENTS, INVITEES, MEETING_DAY, MINUTES
from emeeting.ui.widgets.task_runner import TaskRunner
from tests.ui.test_documents_pane import drop_files, files, group_point
from tests.ui.test_pdf_viewer import UrlCatcher
from tests.ui.workspace_helpers import select

WAIT = 20_000
MEMBER_SERVER = "http://127.0.0.1:9"  # nothing listens there: the logins are only stored, never used


def log_in_as(qtbot: QtBot, window: MainWindow, url: str, role: str, attendee: bool) -> None:
    """Store a login with ``role`` as a sync stores the server's answer, then let the window notice."""
    menu = window.menus.sync_menu
    with menu.service.state.transaction() as st:
        st.save_server(ServerState(url, "alice", info={"role": role}))
    with qtbot.waitSignal(menu.attendee_changed, timeout=WAIT) as changed:
        menu.check_attendee_mode()
    assert changed.args == [attendee]


def send_drop(window: MainWindow, paths: list[Path]) -> None:
    """Files from the desktop dragged onto the documents list and let go there."""
    pane = window.workspace.documents
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(group_point(pane, None))
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(position, actions, mime, buttons, keys),
        QDragMoveEvent(position, actions, mime, buttons, keys),
        QDropEvent(position, actions, mime, buttons, keys),
    ):
        QApplication.sendEvent(pane.tree.viewport(), event)


def test_a_member_reads_every_tab_and_changes_nothing_until_a_secretary_logs_in(
    qtbot: QtBot, window: MainWindow, demo_services: Services, runner: TaskRunner, tmp_path: Path
) -> None:
    services = demo_services
    meeting_id = services.meetings.resolve("ICT:3/2569").id
    chair = next(p for p in services.records.select(m.Person) if p.first_name == "สมชาย")
    services.records.create(m.Invitation(meeting_id, chair.id))
    (report,) = files(tmp_path / "in", รายงาน=2)
    assert services.documents.attach(meeting_id, None, [report]).rejected == ()
    select(qtbot, window, services, "ICT:3/2569")

    log_in_as(qtbot, window, MEMBER_SERVER, "member", attendee=True)
    workspace = window.workspace
    assert workspace.read_only

    details = workspace.details
    qtbot.keyClicks(details.title_edit, "new")
    assert details.title_edit.text() == services.meetings.view(meeting_id).summary.meeting.title
    assert details.title_edit.isReadOnly() and details.start_edit.isReadOnly()
    assert not details.status_combo.isEnabled() and not details.notice_check.isEnabled()
    assert details.save_button.isHidden() and details.revert_button.isHidden()
    assert not window.menus.save_action.isVisible()  # nor does Ctrl+S store anything

    window.show_tab(AGENDA)
    agenda = workspace.agenda
    assert all(b.isHidden() for b in (agenda.add_button, agenda.remove_button, agenda.up_button))
    assert agenda.tree.dragDropMode() is QAbstractItemView.DragDropMode.NoDragDrop
    assert not agenda.tree.acceptDrops()
    assert agenda.select_item(services.meetings.view(meeting_id).agenda[0].item.id)
    editor = agenda.editor
    assert editor.title_edit.isReadOnly() and all(e.isReadOnly() for e in editor.text_edits.values())
    assert not editor.secrecy_combo.isEnabled() and editor.save_button.isHidden()
    assert editor.recusal_add.isHidden()

    # The tabs below are built only now, after attendee mode began: they start read-only all the same.
    window.show_tab(INVITEES)
    invitees = workspace.invitees
    assert invitees.table.rowCount() == 1
    assert invitees.invite_button.isHidden() and invitees.remove_button.isHidden()
    rsvp = invitees.table.cellWidget(0, 4)
    assert isinstance(rsvp, QComboBox) and not rsvp.isEnabled()

    window.show_tab(DOCUMENTS)
    documents = workspace.documents
    qtbot.waitUntil(lambda: documents.group_documents(None) != [], timeout=WAIT)
    assert documents.toolbar.isHidden() and not documents.tree.acceptDrops()
    assert not documents.toolbar.remove_action.isEnabled() and not documents.toolbar.rename_action.isEnabled()
    assert documents.tree.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    (other,) = files(tmp_path / "more", สัญญา=1)
    send_drop(window, [other])
    assert runner.wait_idle(WAIT)
    assert [d.name for d in services.records.select(m.Document, meeting_id=meeting_id)] == ["รายงาน"]
    assert not documents.importing

    # Reading still works: the preview, and the system viewer.
    node = documents.group_node(None).child(0)
    with qtbot.waitSignal(documents.preview_shown, timeout=WAIT):
        documents.tree.setCurrentItem(node)
    assert documents.viewer.page_count == 2
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        with qtbot.waitSignal(documents.viewer.external_opened, timeout=WAIT) as opened:
            documents.viewer.external_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert Path(opened.args[0]).read_bytes() == report.read_bytes()

    window.show_tab(MEETING_DAY)
    session = workspace.session
    qtbot.waitUntil(lambda: session.view is not None, timeout=WAIT)
    assert session.header.start_button.isHidden() and session.attendance.now_button.isHidden()
    assert all(b.isHidden() for b in session.attendance.buttons.values())
    assert session.item.votes.add_button.isHidden() and not session.header.reconvened_box.isEnabled()
    assert session.item.notes_edit.isReadOnly() and session.attendance.absence_reason.isReadOnly()

    window.show_tab(MINUTES)
    minutes = workspace.minutes
    qtbot.waitUntil(lambda: minutes.view is not None, timeout=WAIT)
    assert minutes.generate_button.isHidden() and minutes.certify_button.isHidden()
    assert not minutes.style_combo.isEnabled() and not minutes.taker_combo.isEnabled()
    assert minutes.entry_edit.isReadOnly()

    # A secretary's login on this desktop: it keeps committees again, and every tab is editable.
    log_in_as(qtbot, window, "http://127.0.0.1:10", "secretary", attendee=False)
    assert not workspace.read_only
    assert minutes.style_combo.isEnabled() and not minutes.generate_button.isHidden()
    assert not minutes.entry_edit.isReadOnly()
    window.show_tab(MEETING_DAY)
    assert not session.header.start_button.isHidden() and not session.item.notes_edit.isReadOnly()
    assert session.header.reconvened_box.isEnabled()
    window.show_tab(INVITEES)
    assert not invitees.invite_button.isHidden() and rsvp.isEnabled()
    window.show_tab(AGENDA)
    assert not agenda.add_button.isHidden() and agenda.tree.acceptDrops()
    assert not editor.title_edit.isReadOnly() and not editor.save_button.isHidden()
    window.show_tab(DETAILS)
    assert not details.title_edit.isReadOnly() and details.status_combo.isEnabled()
    assert not details.save_button.isHidden() and window.menus.save_action.isVisible()

    window.show_tab(DOCUMENTS)
    assert not documents.toolbar.isHidden() and documents.tree.acceptDrops()
    with qtbot.waitSignal(documents.import_finished, timeout=WAIT) as finished:
        drop_files(documents, [other], group_point(documents, None))
    assert finished.args == [1, 0]
    names = sorted(d.name for d in services.records.select(m.Document, meeting_id=meeting_id))
    assert names == sorted(["รายงาน", "สัญญา"])
