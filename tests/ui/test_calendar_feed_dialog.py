"""Sync ▸ Calendar feed…: against a real server, the dialog makes the address, copies it, makes a new one
and stops the feed; a calendar reads what the address gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from emeeting.interop.ical import meeting_uid
from emeeting.services.container import Services
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.sync.sync_status import SyncMenu
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.server.conftest import PASSWORD, run_server
from tests.sync.conftest import Office, build_office, cheap_settings, no_password_store  # noqa: F401
from tests.ui.conftest import open_window


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    with run_server(cheap_settings(tmp_path)) as live:
        yield build_office(live, tmp_path)


def test_the_dialog_makes_copies_renews_and_stops_the_address(
    qtbot: QtBot,
    office: Office,
    tmp_path: Path,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    languages.install("en")
    services = Services.open(tmp_path / "laptop", actor="alice")
    window = open_window(qtbot, services, runner, bus, languages, settings)
    menu: SyncMenu = window.menus.sync_menu  # type: ignore[attr-defined]
    assert menu.calendar_action in menu.actions()

    before = menu.open_calendar_feed()  # not connected yet: nothing to ask
    assert not before.new_button.isEnabled() and "Connect to a sync server first" in before.message.text()
    before.close()

    window.context.sync.login(office.url, "alice", PASSWORD)  # type: ignore[attr-defined]
    menu.controller.set_server(office.url)
    dialog = menu.open_calendar_feed()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.message.text() == "You have no calendar feed. Make an address to subscribe to."
    assert not dialog.copy_button.isEnabled() and not dialog.stop_button.isEnabled()

    dialog.new_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.address.text()), timeout=10_000)
    first = dialog.address.text()
    assert first.startswith(office.url + "/calendar/")
    assert "kept for this session only" in dialog.message.text()  # no password store in the tests
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == first
    answer = httpx.get(first, timeout=10)
    assert answer.status_code == 200 and meeting_uid(office.meeting.id) in answer.text

    dialog.new_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.address.text() != first, timeout=10_000)
    assert httpx.get(first, timeout=10).status_code == 404
    second = dialog.address.text()
    dialog.close()

    again = menu.open_calendar_feed()  # the window keeps the address for the session
    qtbot.waitUntil(lambda: not again.busy and bool(again.address.text()), timeout=10_000)
    assert again.address.text() == second
    again.stop_button.click()
    qtbot.waitUntil(lambda: not again.busy and not again.stop_button.isEnabled(), timeout=10_000)
    assert again.address.text() == "" and httpx.get(second, timeout=10).status_code == 404
    again.close()
