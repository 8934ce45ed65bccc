"""UI fixtures: settings in a temp file, translations built and installed, a main window on demo data."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from emeeting.app import ensure_thai_font
from emeeting.demo.load import load_demo
from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.storage.store import Store
from emeeting.sync.service import SyncService
from emeeting.ui.shell.i18n import LanguageSwitcher, ensure_compiled_translations
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    ensure_compiled_translations()


@pytest.fixture(scope="session", autouse=True)
def thai_font(qapp: object) -> None:
    """The bundled Thai font, as the app registers it on a system without one: Thai text is measured with
    real glyphs, not with the boxes of a missing font."""
    ensure_thai_font()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def languages(qapp: object, settings: QSettings) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(settings)
    switcher.install("th")
    yield switcher
    switcher.uninstall()


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def bus(qapp: object) -> ChangeBus:
    return ChangeBus()


def open_window(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> MainWindow:
    window = MainWindow(
        services, SyncService(services.store, Credentials()), runner, bus, languages, settings
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.reload()
    return window


@pytest.fixture
def window(
    qtbot: QtBot,
    demo_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> Iterator[MainWindow]:
    main_window = open_window(qtbot, demo_services, runner, bus, languages, settings)
    yield main_window
    runner.wait_idle(10_000)


class DemoCopies:
    """The demo data (six meetings), made once per demo day and copied into a test's empty store: making it
    renders every demo document and takes seconds, a copy takes milliseconds."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._made: dict[date, Store] = {}

    def load(self, services: Services, today: date) -> None:
        """What ``load_demo(services, 6, today=today)`` adds to the empty store of ``services``."""
        made = self._made.get(today)
        if made is None:
            made = Store.open(self._folder / today.isoformat(), actor=services.store.actor)
            load_demo(Services(made), 6, today=today)
            self._made[today] = made
        target = services.store
        with target.read() as repo:
            assert repo.count(m.Meeting) == 0, "the demo is copied into an empty store"
        # SQLite's online backup replaces the database's content in place (the file stays the same file).
        with (
            closing(sqlite3.connect(made.db_path)) as source,
            closing(sqlite3.connect(target.db_path)) as dest,
        ):
            source.backup(dest)
        for sha256 in made.blobs.all_hashes():
            with made.blobs.open(sha256) as blob:
                target.blobs.put_stream(blob, sha256)


@pytest.fixture(scope="session")
def demo_copies(tmp_path_factory: pytest.TempPathFactory) -> DemoCopies:
    return DemoCopies(tmp_path_factory.mktemp("demo"))
