"""UI fixtures: settings in a temp file, translations built and installed, a main window on demo data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from emeeting.app import ensure_thai_font
from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.sync.service import SyncService
from emeeting.ui.shell.i18n import LanguageSwitcher, ensure_compiled_translations
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner

# The offscreen platform plugin cannot resize native windows to their size hints and says so for every
# QMainWindow; that says nothing about our code.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


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
