"""The minutes editor driven like a secretary after the meeting, over the real services and store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.services.minutes import sha256_text
from emeeting.ui.minutes.minutes_editor import AmendDialog, CertifyDialog, MinutesEditor
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.ui.context_helpers import ui_context
from tests.ui.meeting_day_helpers import Clock, Org


@pytest.fixture
def held(services: Services) -> Org:
    """A meeting held: opened, three members in, notes and a resolution on an item, closed."""
    org = Org(services)
    session, at = services.session, datetime(2026, 3, 10, 9, 30).astimezone()
    session.start(org.meeting_id, at)
    for person in (org.chair, *org.members):
        inv = services.records.select(m.Invitation, meeting_id=org.meeting_id, person_id=person.id)[0]
        session.check_in(inv.id, m.Attendance.PRESENT, at)
    session.set_note(org.item.id, "ฝ่ายเลขานุการเสนอผลการสืบราคา ที่ประชุมอภิปราย")
    session.set_resolution(org.item.id, "อนุมัติ")
    session.end(org.meeting_id, at + timedelta(hours=2))
    return org


@pytest.fixture
def editor(
    qtbot: QtBot,
    services: Services,
    held: Org,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: object,
    settings: QSettings,
) -> Iterator[MinutesEditor]:
    history = UndoHistory(runner, bus, services.steps)
    widget = MinutesEditor(ui_context(services, runner, bus, history, settings), clock=Clock())
    widget.history = history  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_meeting(held.meeting_id)
    yield widget
    widget.save_pending()
    runner.wait_idle(10_000)


def step(qtbot: QtBot, editor: MinutesEditor, action: Callable[[], object]) -> None:
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        action()


def test_draft_edit_certify_and_amend(
    qtbot: QtBot, editor: MinutesEditor, services: Services, held: Org
) -> None:
    history: UndoHistory = editor.history  # type: ignore[attr-defined]
    assert not editor.certify_button.isEnabled()  # nothing to certify before a draft exists

    # The draft, built from the record.
    step(qtbot, editor, lambda: qtbot.mouseClick(editor.generate_button, Qt.MouseButton.LeftButton))
    view = editor.view
    assert view is not None
    assert view.entries[held.item.id].splitlines() == [
        "ฝ่ายเลขานุการเสนอผลการสืบราคา ที่ประชุมอภิปราย",
        "มติที่ประชุม อนุมัติ",
    ]
    assert "ผู้มาประชุม" in editor.preview.toPlainText() and "นายสมชาย ใจดี" in editor.preview.toPlainText()
    assert services.records.get(m.Meeting, held.meeting_id).status is m.MeetingStatus.MINUTES_DRAFTED

    # Resolutions only: the discussion goes.
    step(qtbot, editor, lambda: editor.style_combo.set_value(m.MinutesStyle.RESOLUTIONS_ONLY))
    step(qtbot, editor, lambda: qtbot.mouseClick(editor.generate_button, Qt.MouseButton.LeftButton))
    assert editor.view is not None and editor.view.entries[held.item.id] == "มติที่ประชุม อนุมัติ"
    assert services.minutes.view(held.meeting_id).minutes.style is m.MinutesStyle.RESOLUTIONS_ONLY  # type: ignore[union-attr]

    # Editing one item's text, then undoing it.
    editor.select_item(held.item.id)
    assert editor.entry_edit.toPlainText() == "มติที่ประชุม อนุมัติ"
    editor.entry_edit.setPlainText("ที่ประชุมพิจารณาแล้ว\nมติที่ประชุม อนุมัติ")
    step(qtbot, editor, editor.save_pending)
    assert services.minutes.view(held.meeting_id).entries[held.item.id].startswith("ที่ประชุมพิจารณาแล้ว")
    step(qtbot, editor, history.stack.undo)
    assert services.minutes.view(held.meeting_id).entries[held.item.id] == "มติที่ประชุม อนุมัติ"
    assert editor.entry_edit.toPlainText() == "มติที่ประชุม อนุมัติ"

    # Certification through its dialog freezes the text and shows the hash.
    qtbot.mouseClick(editor.certify_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert isinstance(dialog, CertifyDialog)
    dialog.method_combo.set_value(m.CertificationMethod.CIRCULATION)
    step(qtbot, editor, dialog.accept)
    view = editor.view
    assert view is not None and view.certified and view.minutes is not None
    assert view.minutes.certification_method is m.CertificationMethod.CIRCULATION
    assert view.minutes.certified_sha256 == sha256_text(view.versions[0].text)
    assert view.minutes.certified_sha256 in editor.hash_label.text()
    assert editor.versions_list.count() == 1 and editor.version_text.toPlainText() == view.versions[0].text
    assert not editor.generate_button.isEnabled() and editor.amend_button.isEnabled()

    # Certified text takes no typing (typed text would be kept nowhere); an amendment with its reason
    # changes it, the item's text edited in the amendment's dialog.
    assert editor.entry_edit.isReadOnly()
    editor.entry_edit.setFocus()
    qtbot.keyClicks(editor.entry_edit, "typed")
    assert editor.entry_edit.toPlainText() == "มติที่ประชุม อนุมัติ"
    editor.save_pending()
    assert services.minutes.view(held.meeting_id).entries[held.item.id] == "มติที่ประชุม อนุมัติ"
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    amend = editor.dialog
    assert isinstance(amend, AmendDialog)
    assert amend.item_edit.toPlainText() == "มติที่ประชุม อนุมัติ"
    amend.item_edit.setPlainText("มติที่ประชุม อนุมัติในหลักการ")
    assert not amend.buttons.button(amend.buttons.StandardButton.Ok).isEnabled()  # a reason is required
    amend.reason_edit.setText("แก้ไขตามมติที่ประชุมครั้งต่อไป")
    step(qtbot, editor, amend.accept)
    view = editor.view
    assert view is not None and [v.number for v in view.versions] == [0, 1]
    assert editor.versions_list.count() == 2
    editor.versions_list.setCurrentRow(1)
    diff = editor.version_text.toPlainText()
    assert "-มติที่ประชุม อนุมัติ" in diff and "+มติที่ประชุม อนุมัติในหลักการ" in diff
    assert services.minutes.verify(held.meeting_id)


def open_editor(
    qtbot: QtBot, services: Services, runner: TaskRunner, bus: ChangeBus, settings: QSettings, meeting_id: str
) -> MinutesEditor:
    history = UndoHistory(runner, bus, services.steps)
    widget = MinutesEditor(ui_context(services, runner, bus, history, settings), clock=Clock())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_meeting(meeting_id)
    return widget


def test_empty_minutes_say_how_minutes_are_made_and_offer_to_start_them(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: object,
    settings: QSettings,
) -> None:
    org = Org(services)  # invited, not held yet
    editor = open_editor(qtbot, services, runner, bus, settings, org.meeting_id)
    empty = editor.empty_state
    assert empty.isVisibleTo(editor) and not editor.tabs.isVisibleTo(editor)
    assert not empty.held and empty.heading.text() and empty.text_label.text()
    assert empty.start_button.isEnabled() and empty.start_button.text()
    assert editor.status_label.isHidden()  # said once, by the empty state

    # Its button prepares the draft from the agenda: the editing tabs take its place.
    step(qtbot, editor, lambda: qtbot.mouseClick(empty.start_button, Qt.MouseButton.LeftButton))
    assert editor.view is not None and org.item.id in editor.view.entries
    assert editor.tabs.isVisibleTo(editor) and not empty.isVisibleTo(editor)
    assert editor.status_label.isVisibleTo(editor)
    runner.wait_idle(10_000)


def test_a_held_meetings_empty_minutes_offer_the_draft_from_its_record(
    qtbot: QtBot, editor: MinutesEditor, held: Org
) -> None:
    empty = editor.empty_state
    assert empty.isVisibleTo(editor) and empty.held and empty.text_label.text()
    step(qtbot, editor, lambda: qtbot.mouseClick(empty.start_button, Qt.MouseButton.LeftButton))
    assert editor.view is not None and editor.view.entries[held.item.id]
    assert not empty.isVisibleTo(editor)
