"""A store in a read-only data folder: the window shows it with a banner that says so, and an edit is
refused with a message that says why (nothing is written).

``Store.open`` makes a read-only store when it may not write the folder (tests/e2e/test_restore.py runs
the program on a folder it may not write); here the window gets such a store directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.domain.errors import StoreError
from emeeting.services.container import Services
from emeeting.storage.store import Store
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner, user_message
from tests.conftest import fill_demo
from tests.ui.conftest import open_window
from tests.ui.workspace_helpers import select


@pytest.fixture
def read_only_services(data_dir: Path) -> Services:
    with Services.open(data_dir, actor="secretary") as services:
        fill_demo(services)
    return Services(Store(data_dir, actor="secretary", read_only=True))


@pytest.fixture
def read_only_window(
    qtbot: QtBot,
    read_only_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> Iterator[MainWindow]:
    window = open_window(qtbot, read_only_services, runner, bus, languages, settings)
    yield window
    runner.wait_idle(10_000)


def test_the_window_shows_a_read_only_store_with_a_banner_saying_so(
    read_only_window: MainWindow, data_dir: Path
) -> None:
    banner = read_only_window.read_only_banner
    assert banner.isVisible()
    assert str(data_dir) in banner.text()
    assert read_only_window.navigator.meeting_count == 6


def test_a_writable_store_has_no_banner(window: MainWindow) -> None:
    assert not window.read_only_banner.isVisible()


def test_an_edit_is_refused_with_the_read_only_message_and_nothing_changes(
    qtbot: QtBot, read_only_window: MainWindow, read_only_services: Services, data_dir: Path
) -> None:
    meeting_id = select(qtbot, read_only_window, read_only_services, "ICT:3/2569")
    before = read_only_services.records.get(m.Meeting, meeting_id)
    details = read_only_window.workspace.details
    details.title_edit.setText("แก้ไขไม่ได้")
    messages: list[str] = []
    history = read_only_window.history
    history.failed.disconnect(read_only_window._on_step_failed)  # no modal box in the test
    history.failed.connect(messages.append)

    with qtbot.waitSignal(history.failed, timeout=10_000):
        details.save()

    assert history.runner.wait_idle(10_000)
    [message] = messages
    with pytest.raises(StoreError) as refused:  # the store's own refusal, as the window's language words it
        read_only_services.store.require_writable()
    assert message == user_message(refused.value)
    assert str(data_dir) in message
    assert read_only_services.records.get(m.Meeting, meeting_id) == before


def test_attaching_and_importing_are_refused_before_any_file_is_stored(
    read_only_services: Services, tmp_path: Path
) -> None:
    """Not each file "changed or vanished": the one reason, before a byte is stored."""
    blobs = set(read_only_services.store.blobs.all_hashes())
    meeting = read_only_services.meetings.resolve("ICT:3/2569")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")

    with pytest.raises(StoreError, match="is read-only: nothing can be changed"):
        read_only_services.documents.attach(meeting.id, None, [pdf])
    with pytest.raises(StoreError, match="is read-only: nothing can be changed"):
        read_only_services.interchange.import_meeting(tmp_path / "meeting.zip")

    assert set(read_only_services.store.blobs.all_hashes()) == blobs
