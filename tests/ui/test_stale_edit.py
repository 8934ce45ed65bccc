"""A screen that another program (a second window, the command line) has overtaken: saving or undoing on it
is refused with who changed what and when, and the screen shows the store as it is now. A second window
on the same data folder opens, with a warning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.directory.people_pane import PeopleDialog
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.ui.conftest import open_window
from tests.ui.context_helpers import ui_context
from tests.ui.workspace_helpers import select, step

# Another emeeting process on the same data folder changes a record, in one transaction of its own (as
# any writer does: an edit, an import, a sync).
ELSEWHERE = """
import dataclasses, sys
from pathlib import Path
from emeeting.domain import model as m
from emeeting.services.records import replace
from emeeting.storage.store import Store

data_dir, kind, record_id, field, value = sys.argv[1:]
store = Store.open(Path(data_dir), actor="somsri")
with store.transaction() as repo:
    cls = {"meeting": m.Meeting, "agenda_item": m.AgendaItem, "person": m.Person}[kind]
    seen = repo.get(cls, record_id)
    replace(repo, dataclasses.replace(seen, **{field: value}))
store.close()
"""


def change_elsewhere(data_dir: Path, kind: str, record_id: str, field: str, value: str) -> None:
    subprocess.run(
        [sys.executable, "-c", ELSEWHERE, str(data_dir), kind, record_id, field, value],
        check=True,
        timeout=120,
    )


def refusals(window: MainWindow) -> list[str]:
    """The messages of refused steps, collected instead of shown in a modal box."""
    messages: list[str] = []
    window.history.failed.disconnect(window._on_step_failed)
    window.history.failed.connect(messages.append)
    return messages


def test_a_save_over_another_programs_change_is_refused_and_the_editor_shows_theirs(
    qtbot: QtBot, window: MainWindow, demo_services: Services, data_dir: Path
) -> None:
    meeting_id = select(qtbot, window, demo_services, "HR:1/2569")
    details = window.workspace.details
    old = demo_services.records.get(m.Meeting, meeting_id)
    details.place_edit.setText("ห้องประชุมใหญ่ ชั้น 5")  # typed, not yet saved
    change_elsewhere(data_dir, "meeting", meeting_id, "title", "ชื่อที่แก้จากโปรแกรมอื่น")
    messages = refusals(window)

    with qtbot.waitSignal(window.history.failed, timeout=10_000):
        assert details.save()
    qtbot.waitUntil(lambda: details.title_edit.text() == "ชื่อที่แก้จากโปรแกรมอื่น", timeout=10_000)

    [message] = messages
    assert "somsri" in message and "HR" not in message  # who changed it (and no stray ids)
    stored = demo_services.records.get(m.Meeting, meeting_id)
    assert (stored.title, stored.place) == ("ชื่อที่แก้จากโปรแกรมอื่น", old.place)  # nothing overwritten
    assert details.place_edit.text() == old.place  # the screen shows the store as it is now
    assert not details.is_modified
    assert window.history.stack.count() == 0
    assert [e.actor for e in demo_services.records.audit_trail(meeting_id)][-1] == "somsri"


def test_an_undo_over_another_programs_later_change_is_refused(
    qtbot: QtBot, window: MainWindow, demo_services: Services, data_dir: Path
) -> None:
    meeting_id = select(qtbot, window, demo_services, "ICT:3/2569")
    window.show_tab(AGENDA)
    agenda = window.workspace.agenda
    item = next(e.item for e in demo_services.meetings.view(meeting_id).agenda if e.number == "4.1")
    agenda.select_item(item.id)
    agenda.editor.title_edit.setText("หัวข้อที่แก้ในหน้าต่างนี้")
    step(qtbot, window, agenda.save_item)
    change_elsewhere(data_dir, "agenda_item", item.id, "proposal", "ข้อเสนอจากอีกหน้าต่าง")
    messages = refusals(window)

    with qtbot.waitSignal(window.history.failed, timeout=10_000):
        window.menus.undo_action.trigger()
    assert window.history.runner.wait_idle(10_000)

    [message] = messages
    assert "somsri" in message
    stored = demo_services.records.get(m.AgendaItem, item.id)
    assert (stored.title, stored.proposal) == ("หัวข้อที่แก้ในหน้าต่างนี้", "ข้อเสนอจากอีกหน้าต่าง")
    assert not window.menus.undo_action.isEnabled()
    proposal = agenda.editor.text_edits["proposal"]
    qtbot.waitUntil(lambda: proposal.toPlainText() == "ข้อเสนอจากอีกหน้าต่าง", timeout=10_000)


def test_a_person_saved_over_another_programs_change_shows_what_is_stored_and_why(
    qtbot: QtBot,
    demo_services: Services,
    data_dir: Path,
    runner: TaskRunner,
    bus: ChangeBus,
    settings: QSettings,
) -> None:
    history = UndoHistory(runner, bus, demo_services.steps)
    dialog = PeopleDialog(ui_context(demo_services, runner, bus, history, settings))
    qtbot.addWidget(dialog)
    dialog.show()
    assert runner.wait_idle(10_000)
    pane = dialog.pane
    suda = demo_services.records.select(m.Person, first_name="สุดา")[0]
    pane.select(suda.id)
    pane.form.position_edit.setText("ผู้อำนวยการกอง")  # typed here
    change_elsewhere(data_dir, "person", suda.id, "phone", "02 999 9999")  # saved elsewhere meanwhile

    pane.save()
    assert runner.wait_idle(10_000)
    qtbot.waitUntil(lambda: pane.form.position_edit.text() == suda.position, timeout=10_000)
    assert runner.wait_idle(10_000)

    stored = demo_services.records.get(m.Person, suda.id)
    assert (stored.phone, stored.position) == ("02 999 9999", suda.position)  # their phone is kept
    assert pane.form.phone_edit.text() == "02 999 9999"  # the form shows the person as stored now
    assert "somsri" in pane.current_error()  # and says why
    pane.form.position_edit.setText("ผู้อำนวยการกอง")  # made again, on what is there now
    pane.save()
    assert runner.wait_idle(10_000)
    stored = demo_services.records.get(m.Person, suda.id)
    assert (stored.phone, stored.position) == ("02 999 9999", "ผู้อำนวยการกอง")
    dialog.close()


def test_a_second_window_on_the_same_folder_opens_with_a_warning(
    qtbot: QtBot,
    window: MainWindow,
    demo_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    window.claim_data_folder()
    assert window.shared_folder_banner.isHidden()  # the first window: no warning

    second = open_window(qtbot, demo_services, runner, bus, languages, settings)
    second.claim_data_folder()
    assert second.shared_folder_banner.isVisible()
    assert "อีกหน้าต่างหนึ่ง" in second.shared_folder_banner.text() or "another window" in (
        second.shared_folder_banner.text()
    )
    select(qtbot, second, demo_services, "HR:1/2569")  # and it works as any window does
    assert second.workspace.details.isEnabled()

    window.close()  # the first one goes: a window opened now is the only one
    third = open_window(qtbot, demo_services, runner, bus, languages, settings)
    second.close()
    third.claim_data_folder()
    assert third.shared_folder_banner.isHidden()
    third.close()


def test_the_warning_reads_in_the_windows_language(
    qtbot: QtBot,
    window: MainWindow,
    demo_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    window.claim_data_folder()
    second = open_window(qtbot, demo_services, runner, bus, languages, settings)
    second.claim_data_folder()
    second.set_language("en")
    assert second.shared_folder_banner.text().startswith("emeeting is already open on this data folder")
    second.close()
