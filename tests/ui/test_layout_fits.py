"""Every screen of the workspace fits a 1280×720 window in both languages, with nothing cut off.

A laptop of 1366×768 leaves about that much to a maximised window. The demo data has the long Thai
committee names, titles and people a real office has.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QListWidget, QToolBar
from pytestqt.qtbot import QtBot

from emeeting.demo.load import load_demo
from emeeting.services.container import Services
from emeeting.ui.day.attendance_panel import STATUS
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA, DOCUMENTS, MEETING_DAY, MINUTES
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.ui.conftest import open_window
from tests.ui.workspace_helpers import select

WIDTH, HEIGHT = 1280, 720


# The demo's meetings are dated from "today", which decides which meeting has the most invitees and in what
# state it is (certified and read-only, or open with every editing control): fixed days, one of each.
DEMO_DAYS = [date(2026, 12, 6), date(2026, 12, 7)]


@pytest.fixture(params=DEMO_DAYS, ids=str)
def demo_window(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> MainWindow:
    load_demo(services, 6, today=request.param)
    window = open_window(qtbot, services, runner, bus, languages, settings)
    window.resize(WIDTH, HEIGHT)
    ict = max(
        (s for s in services.meetings.summaries() if s.committee.short_name == "ICT"),
        key=lambda s: len(services.meetings.view(s.meeting.id).invitations),
    )
    select(qtbot, window, services, ict.meeting.id)
    return window


def _visit(qtbot: QtBot, window: MainWindow, tab: int) -> None:
    window.workspace.tabs.setCurrentIndex(tab)
    assert window.history.runner.wait_idle(10_000)
    qtbot.wait(50)  # loaded text resizes the layouts


def _hidden_toolbar_actions(toolbar: QToolBar) -> bool:
    extension = toolbar.findChild(QAbstractButton, "qt_toolbar_ext_button")
    return extension is not None and extension.isVisible()


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_tab_fits_a_1280_by_720_window(qtbot: QtBot, demo_window: MainWindow, language: str) -> None:
    window = demo_window
    window.set_language(language)
    for tab in range(window.workspace.tabs.count()):
        _visit(qtbot, window, tab)
        name = window.workspace.tabs.tabText(tab)
        hint = window.minimumSizeHint()
        assert hint.width() <= WIDTH and hint.height() <= HEIGHT, f"{name} needs {hint.toTuple()}"
        assert window.size().toTuple() == (WIDTH, HEIGHT), f"{name} made the window grow"


@pytest.mark.parametrize("language", ["th", "en"])
def test_nothing_is_cut_off_at_1280_by_720(qtbot: QtBot, demo_window: MainWindow, language: str) -> None:
    window = demo_window
    window.set_language(language)
    workspace = window.workspace

    _visit(qtbot, window, MEETING_DAY)
    table = workspace.session.attendance.table
    assert table.rowCount() > 5
    status_end = table.columnViewportPosition(STATUS) + table.columnWidth(STATUS)
    assert status_end <= table.viewport().width(), "the attendance status is scrolled out of sight"
    assert table.columnWidth(0) >= 120, "names squeezed to nothing"
    for screen, lists in ((MEETING_DAY, [workspace.session.agenda_list]), (MINUTES, None)):
        _visit(qtbot, window, screen)
        for widget in lists or [workspace.minutes.items_list]:
            assert isinstance(widget, QListWidget) and widget.count() > 3
            assert not widget.horizontalScrollBar().isVisible(), "agenda titles scroll sideways"

    _visit(qtbot, window, AGENDA)
    bar = workspace.agenda.editor.texts.tabBar()
    for tab in range(bar.count()):
        assert bar.tabRect(tab).right() < bar.width(), f"the item editor hides {bar.tabText(tab)!r}"

    _visit(qtbot, window, DOCUMENTS)
    viewer = workspace.documents.viewer
    for toolbar in (viewer.toolbar, viewer.find_bar):
        assert not _hidden_toolbar_actions(toolbar), f"{toolbar.objectName()} hides actions behind »"
