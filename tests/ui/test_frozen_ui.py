"""A certified meeting in the workspace: every editing tab shows read-only under a banner saying why, the
amendment stays open in the Minutes tab, and certifying there freezes the other tabs at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.minutes.minutes_editor import AmendDialog, CertifyDialog
from emeeting.ui.shell.export_actions import MINUTES_PDF
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA, DETAILS, DOCUMENTS, INVITEES, MEETING_DAY, MINUTES
from tests.services.conftest import pdf_bytes
from tests.ui.test_main_window import answer_message_boxes
from tests.ui.workspace_helpers import select, step

WAIT = 20_000
REFERENCE = "ICT:3/2569"


def hold(services: Services, folder: Path, reference: str = REFERENCE) -> str:
    """The meeting held: a paper on item 1.1 and one for the meeting, opened, the chair in, a resolution
    on item 1.1, closed, minutes drafted."""
    meeting_id = services.meetings.resolve(reference).id
    folder.mkdir(exist_ok=True)
    (folder / "รายงานผลการดำเนินงาน.pdf").write_bytes(pdf_bytes(2, "Report"))
    (folder / "หนังสือเชิญประชุม.pdf").write_bytes(pdf_bytes(1, "Letter"))
    item_id = services.meetings.view(meeting_id).agenda[1].item.id
    assert not services.documents.attach(meeting_id, item_id, [folder / "รายงานผลการดำเนินงาน.pdf"]).rejected
    assert not services.documents.attach(meeting_id, None, [folder / "หนังสือเชิญประชุม.pdf"]).rejected
    chair = next(p for p in services.records.select(m.Person) if p.first_name == "สมชาย")
    services.records.create(m.Invitation(meeting_id, chair.id))
    opened = datetime(2026, 3, 24, 2, 30, tzinfo=UTC)
    services.session.start(meeting_id, opened)
    invitation = services.records.select(m.Invitation, meeting_id=meeting_id)[0]
    services.session.check_in(invitation.id, m.Attendance.PRESENT, opened)
    first = services.meetings.view(meeting_id).agenda[1].item
    services.session.set_resolution(first.id, "รับทราบ")
    services.session.end(meeting_id, opened + timedelta(hours=2))
    services.minutes.draft(meeting_id)
    return meeting_id


def assert_frozen(qtbot: QtBot, window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace.frozen and workspace.frozen_banner.isVisible()
    assert "amendment" in workspace.frozen_banner.text() or "แก้ไขเพิ่มเติม" in workspace.frozen_banner.text()

    window.show_tab(DETAILS)
    details = workspace.details
    assert details.title_edit.isReadOnly() and details.place_edit.isReadOnly()
    assert not details.status_combo.isEnabled() and details.save_button.isHidden()

    window.show_tab(AGENDA)
    agenda = workspace.agenda
    assert all(b.isHidden() for b in (agenda.add_button, agenda.remove_button, agenda.up_button))
    assert agenda.tree.dragDropMode() is QAbstractItemView.DragDropMode.NoDragDrop
    assert not any(action.isEnabled() for action in window.menus.agenda_actions.values())
    assert not window.menus.delete_action.isEnabled()
    assert agenda.editor.title_edit.isReadOnly() and agenda.editor.save_button.isHidden()

    window.show_tab(INVITEES)
    invitees = workspace.invitees
    assert invitees.invite_button.isHidden() and invitees.remove_button.isHidden()
    rsvp = invitees.table.cellWidget(0, 4)
    assert isinstance(rsvp, QComboBox) and not rsvp.isEnabled()

    # Documents: the agenda items' papers are frozen; papers filed with the meeting itself are not.
    window.show_tab(DOCUMENTS)
    documents = workspace.documents
    qtbot.waitUntil(lambda: bool(documents.group_documents(None)), timeout=WAIT)
    item_id = window.workspace.meeting_view.agenda[1].item.id  # type: ignore[union-attr]
    (paper,) = documents.group_documents(item_id)
    documents.select_document(paper.id)
    assert not documents.toolbar.rename_action.isEnabled() and not documents.toolbar.remove_action.isEnabled()
    assert not documents.toolbar.secrecy_box.isEnabled() and not documents.toolbar.add_action.isEnabled()
    node = documents.document_node(paper.id)
    assert node is not None and not node.flags() & Qt.ItemFlag.ItemIsEditable
    (letter,) = documents.group_documents(None)
    documents.select_document(letter.id)
    assert documents.toolbar.rename_action.isEnabled() and documents.toolbar.remove_action.isEnabled()
    assert documents.toolbar.add_action.isEnabled() and not documents.toolbar.isHidden()

    window.show_tab(MEETING_DAY)
    session = workspace.session
    qtbot.waitUntil(lambda: session.view is not None, timeout=WAIT)
    assert session.header.start_button.isHidden() and session.item.votes.add_button.isHidden()
    assert all(b.isHidden() for b in session.attendance.buttons.values())
    assert session.item.notes_edit.isReadOnly() and not session.header.reconvened_box.isEnabled()


def test_a_certified_meeting_shows_read_only_with_the_reason_and_the_amendment_open(
    qtbot: QtBot, window: MainWindow, demo_services: Services, tmp_path: Path
) -> None:
    services = demo_services
    meeting_id = hold(services, tmp_path / "in")
    services.minutes.certify(
        meeting_id, m.CertificationMethod.SAME_MEETING, datetime(2026, 3, 24, 5, tzinfo=UTC)
    )
    select(qtbot, window, services, REFERENCE)
    assert_frozen(qtbot, window)

    # The signed minutes are filed with the meeting; an agenda item's list refuses, saying why.
    documents = window.workspace.documents
    signed = tmp_path / "in" / "รายงานการประชุมที่ลงนามแล้ว.pdf"
    signed.write_bytes(pdf_bytes(3, "Signed"))
    with qtbot.waitSignal(documents.import_finished, timeout=WAIT) as finished:
        documents.import_files([signed], None)
    assert finished.args == [1, 0]
    qtbot.waitUntil(lambda: len(documents.group_documents(None)) == 2, timeout=WAIT)
    item_id = services.meetings.view(meeting_id).agenda[1].item.id
    with qtbot.waitSignal(documents.import_finished, timeout=WAIT) as finished:
        documents.import_files([signed], item_id)
    assert (
        finished.args == [0, 0] and "3/2569" in documents.import_label.text()
    )  # the reason, with the meeting
    assert len(services.records.select(m.Document, item_id=item_id)) == 1

    # The Minutes tab keeps the amendment: typing the new text and recording it with a reason.
    window.show_tab(MINUTES)
    minutes = window.workspace.minutes
    qtbot.waitUntil(lambda: minutes.view is not None and minutes.view.certified, timeout=WAIT)
    assert minutes.preview.toPlainText() == services.minutes.view(meeting_id).versions[-1].text
    assert not minutes.generate_button.isEnabled() and not minutes.certify_button.isEnabled()
    assert minutes.amend_button.isVisible() and minutes.amend_button.isEnabled()
    assert minutes.entry_edit.isReadOnly()
    view = minutes.view
    assert view is not None
    item_id = view.record.bundle.items[1].id
    minutes.select_item(item_id)
    qtbot.mouseClick(minutes.amend_button, Qt.MouseButton.LeftButton)
    dialog = minutes.dialog
    assert isinstance(dialog, AmendDialog)
    dialog.item_edit.setPlainText("มติที่ประชุม รับทราบ และมอบหมายฝ่ายเลขานุการติดตาม")
    dialog.reason_edit.setText("แก้ไขตามมติที่ประชุมครั้งที่ 4/2569")
    with qtbot.waitSignal(minutes.loaded, timeout=WAIT):
        dialog.accept()
    assert [v.number for v in services.minutes.view(meeting_id).versions] == [0, 1]
    assert "มอบหมายฝ่ายเลขานุการติดตาม" in minutes.preview.toPlainText()

    # Another meeting, not certified: everything is editable again and the banner goes.
    select(qtbot, window, services, "ICT:2/2569")
    assert not window.workspace.frozen and window.workspace.frozen_banner.isHidden()
    window.show_tab(AGENDA)
    assert not window.workspace.agenda.add_button.isHidden()
    assert window.menus.agenda_actions["add"].isEnabled() and window.menus.delete_action.isEnabled()
    assert not window.workspace.details.title_edit.isReadOnly()


def test_certifying_in_the_minutes_tab_freezes_the_other_tabs(
    qtbot: QtBot, window: MainWindow, demo_services: Services, tmp_path: Path
) -> None:
    services = demo_services
    meeting_id = hold(services, tmp_path / "in")
    select(qtbot, window, services, REFERENCE)
    workspace = window.workspace
    assert not workspace.frozen and workspace.frozen_banner.isHidden()
    window.show_tab(AGENDA)
    assert not workspace.agenda.add_button.isHidden()

    window.show_tab(MINUTES)
    minutes = workspace.minutes
    qtbot.waitUntil(lambda: minutes.view is not None, timeout=WAIT)
    qtbot.mouseClick(minutes.certify_button, Qt.MouseButton.LeftButton)
    dialog = minutes.dialog
    assert isinstance(dialog, CertifyDialog)
    step(qtbot, window, dialog.accept)
    assert services.minutes.verify(meeting_id)
    assert_frozen(qtbot, window)


def test_exporting_minutes_of_a_meeting_never_held_says_why(
    qtbot: QtBot, window: MainWindow, demo_services: Services, tmp_path: Path
) -> None:
    """Issue 11, finding 4, in the window: the Export menu refuses the minutes of a meeting not yet held
    with the reason, and writes no file."""
    select(qtbot, window, demo_services, REFERENCE)
    menu = window.menus.export_menu
    dest = tmp_path / "minutes.pdf"
    menu.choose_file = lambda _proposed, _suffix: str(dest)
    shown = answer_message_boxes()
    menu.actions_by_kind[MINUTES_PDF].trigger()
    qtbot.waitUntil(lambda: menu.options_dialog is not None, timeout=WAIT)
    dialog = menu.options_dialog
    assert dialog is not None
    with qtbot.waitSignal(menu.export_failed, timeout=WAIT) as failed:
        dialog.accept()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert "3/2569" in failed.args[0] and shown[0].text == failed.args[0]
    assert not dest.exists()
