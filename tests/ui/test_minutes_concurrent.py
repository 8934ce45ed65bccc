"""The minutes editor with another window on the same store: a setting or an item's text saved from what
the screen showed before the other window's change is refused, and the editor shows what is stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from emeeting.services.container import Services
from emeeting.storage.store import Store
from emeeting.ui.minutes.minutes_editor import MinutesEditor
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.ui.context_helpers import ui_context
from tests.ui.meeting_day_helpers import Clock, Org


@pytest.fixture
def held(services: Services) -> Org:
    """A meeting held and closed, with a resolution on its item."""
    org = Org(services)
    session, at = services.session, datetime(2026, 3, 10, 9, 30).astimezone()
    session.start(org.meeting_id, at)
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
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        qtbot.mouseClick(widget.generate_button, Qt.MouseButton.LeftButton)
    yield widget
    runner.wait_idle(10_000)


@pytest.fixture
def elsewhere(data_dir: Path) -> Iterator[Services]:
    """Another window on the same data folder."""
    other = Store.open(data_dir, actor="somsri")
    yield Services(other)
    other.close()


def refusals(editor: MinutesEditor) -> list[str]:
    messages: list[str] = []
    editor.history.failed.connect(messages.append)  # type: ignore[attr-defined]
    return messages


def test_a_checker_chosen_on_an_older_form_does_not_undo_the_taker_set_elsewhere(
    qtbot: QtBot, editor: MinutesEditor, services: Services, held: Org, elsewhere: Services
) -> None:
    shown = elsewhere.minutes.view(held.meeting_id).minutes
    assert shown is not None
    elsewhere.minutes.set_details(
        held.meeting_id, shown.style, held.secretary.id, None, base=(shown.style, None, None)
    )
    messages = refusals(editor)

    with qtbot.waitSignal(editor.history.failed, timeout=10_000):  # type: ignore[attr-defined]
        editor.checker_combo.set_person(held.chair.id)
    qtbot.waitUntil(lambda: editor.taker_combo.person_id() == held.secretary.id, timeout=10_000)

    [message] = messages
    assert "somsri" in message
    stored = services.minutes.view(held.meeting_id).minutes
    assert stored is not None and (stored.taker_id, stored.checker_id) == (held.secretary.id, None)
    assert editor.checker_combo.person_id() is None  # the form shows what is stored


def test_an_item_text_typed_over_a_change_elsewhere_is_refused_and_the_stored_text_shows(
    qtbot: QtBot, editor: MinutesEditor, services: Services, held: Org, elsewhere: Services
) -> None:
    editor.select_item(held.item.id)
    drafted = services.minutes.view(held.meeting_id).entries[held.item.id]
    assert editor.entry_edit.toPlainText() == drafted
    editor.entry_edit.setPlainText(drafted + " ตามที่เสนอ")  # typing, then a pause: saved
    qtbot.waitUntil(
        lambda: services.minutes.view(held.meeting_id).entries[held.item.id] == drafted + " ตามที่เสนอ"
    )
    elsewhere.minutes.set_entry(
        held.meeting_id, held.item.id, "ข้อความจากอีกหน้าต่าง", base=drafted + " ตามที่เสนอ"
    )
    messages = refusals(editor)

    editor.entry_edit.setPlainText(drafted + " ตามที่เสนอทุกประการ")
    with qtbot.waitSignal(editor.history.failed, timeout=10_000):  # type: ignore[attr-defined]
        editor.save_pending()
    qtbot.waitUntil(lambda: editor.entry_edit.toPlainText() == "ข้อความจากอีกหน้าต่าง", timeout=10_000)

    [message] = messages
    assert "somsri" in message
    assert services.minutes.view(held.meeting_id).entries[held.item.id] == "ข้อความจากอีกหน้าต่าง"
