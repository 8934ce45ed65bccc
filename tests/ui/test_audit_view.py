"""View ▸ Audit trail…: who changed what in the selected meeting, old → new, filterable, and a clear line
when the trail's hash chain has been tampered with — on a real store."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.minutes.audit_view import ACTION, CHANGE, WHAT, WHEN, WHO, AuditDialog
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.style import Tone, tone_text_colour
from emeeting.ui.widgets.task_runner import ChangeBus


def open_trail(qtbot: QtBot, window: MainWindow) -> AuditDialog:
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        meeting_id = window.select_first_meeting()
    assert window.menus.audit_action.isEnabled()
    window.menus.audit_action.trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    assert meeting_id
    return dialog


def rows(dialog: AuditDialog) -> list[list[str]]:
    proxy = dialog.proxy
    return [
        [str(proxy.index(row, column).data()) for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def edit_place(services: Services, bus: ChangeBus, meeting_id: str, place: str) -> None:
    """An edit made elsewhere (another window, the CLI): its changes reach the open views by the bus."""
    meeting = services.records.get(m.Meeting, meeting_id)
    bus.publish(services.meetings.update(dataclasses.replace(meeting, place=place), base=meeting))


def test_the_trail_shows_who_changed_what_old_to_new_newest_first(
    qtbot: QtBot, window: MainWindow, demo_services: Services, bus: ChangeBus
) -> None:
    dialog = open_trail(qtbot, window)
    meeting_id = window.workspace.meeting_id
    assert meeting_id is not None
    created = dialog.model.rowCount()
    assert dialog.chain_label.property("broken") is False

    with qtbot.waitSignal(dialog.loaded, timeout=10_000):  # the open dialog follows the store
        edit_place(demo_services, bus, meeting_id, "ห้องประชุมศักดิ์สิทธิ์ ชั้น 9")

    assert dialog.model.rowCount() == created + 1
    newest = rows(dialog)[0]
    assert newest[WHO] == "secretary"
    assert window.workspace.meeting_view is not None
    assert window.workspace.meeting_view.summary.meeting.title in newest[WHAT]
    assert "ห้องประชุมศักดิ์สิทธิ์ ชั้น 9" in newest[CHANGE]
    assert "→" in newest[CHANGE]
    assert newest[ACTION] and newest[WHEN]

    # Classes and statuses by the names the rest of the window uses, not their stored codes.
    meeting = demo_services.records.get(m.Meeting, meeting_id)
    secrecy = m.Secrecy.SECRET if meeting.secrecy is not m.Secrecy.SECRET else m.Secrecy.CONFIDENTIAL
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        bus.publish(
            demo_services.meetings.update(dataclasses.replace(meeting, secrecy=secrecy), base=meeting)
        )
    change = rows(dialog)[0][CHANGE]
    assert labels.secrecy_label(meeting.secrecy) in change and labels.secrecy_label(secrecy) in change
    assert secrecy.value not in change


def test_the_filter_narrows_the_trail_to_matching_entries(
    qtbot: QtBot, window: MainWindow, demo_services: Services, bus: ChangeBus
) -> None:
    dialog = open_trail(qtbot, window)
    meeting_id = window.workspace.meeting_id
    assert meeting_id is not None
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        edit_place(demo_services, bus, meeting_id, "ห้องลิ้มประเสริฐ")
    total = dialog.model.rowCount()

    dialog.filter_edit.setText("ลิ้มประเสริฐ")  # as typed (QTest cannot type Thai)

    assert dialog.proxy.rowCount() == 1
    assert "ห้องลิ้มประเสริฐ" in rows(dialog)[0][CHANGE]
    assert str(total) in dialog.count_label.text()
    dialog.filter_edit.clear()
    assert dialog.proxy.rowCount() == total


def test_a_tampered_trail_is_said_so_and_the_forged_entry_stands_out(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    store = demo_services.store
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        meeting_id = window.select_first_meeting()
    seq = demo_services.audit.trail(meeting_id).entries[0].seq
    with closing(sqlite3.connect(store.db_path)) as conn, conn:
        conn.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = ?", [seq])

    window.menus.audit_action.trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)

    assert dialog.chain_label.property("broken") is True
    assert str(seq) in dialog.chain_label.text()
    forged = next(
        row
        for row in range(dialog.model.rowCount())
        if dialog.model.item(row, WHEN).data(Qt.ItemDataRole.UserRole) == seq
    )
    assert dialog.model.item(forged, WHO).text() == "mallory"
    bad = tone_text_colour(Tone.BAD, dialog.palette())
    assert dialog.model.item(forged, WHO).foreground().color() == bad  # in the tone of what is wrong
    assert dialog.chain_label.palette().color(QPalette.ColorRole.WindowText) == bad
    # Put it back: the store must pass `emeeting check` at the end of every test.
    with closing(sqlite3.connect(store.db_path)) as conn, conn:
        conn.execute("UPDATE audit_events SET actor = 'secretary' WHERE seq = ?", [seq])
    assert store.check() == []


def test_control_characters_in_the_trail_show_as_escapes_not_as_lines(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    """A trail that arrived in a package may hold any text: no cell of the view breaks a line or carries
    a terminal escape; an amendment's correction is named as such."""
    dialog = open_trail(qtbot, window)
    meeting_id = window.workspace.meeting_id
    assert meeting_id is not None
    with demo_services.store.transaction() as repo:
        repo.insert(
            m.AuditEvent(
                repo.now, "a\x1b[2Jb (imported from x.zip)", "update", "meeting", meeting_id, "ok\nFAKE"
            ),
            m.AuditEvent(repo.now, "secretary", "amend", "meeting", meeting_id, '{"place":["a\\nb","c"]}'),
        )
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.reload()

    shown = rows(dialog)
    for row in shown:
        for cell in row:
            assert not any((ord(c) < 32 and c != "\n") or ord(c) == 0x7F for c in cell), repr(cell)
    forged = next(row for row in shown if "FAKE" in row[CHANGE])
    assert forged[WHO] == "a\\x1b[2Jb (imported from x.zip)"
    assert forged[CHANGE] == "ok\\nFAKE"
    amended = next(row for row in shown if row[ACTION] == dialog.tr("amended"))
    assert amended[CHANGE].endswith("a b → c")
