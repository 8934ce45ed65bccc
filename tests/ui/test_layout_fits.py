"""Every screen of the workspace and every dialog fits the work area of a 1366×768 and of a 1280×720
laptop, in both languages, at the scale factors 1.0 and 1.25, with nothing cut off.

The work area is the screen less a taskbar (48 pixels, Windows 11's) and a maximised window's title bar
(32): what a maximised window has for itself. The demo data has the long Thai committee names, titles
and people a real office has.

Scale 1.25 (Windows' "125 %", common on such laptops) is tested by shrinking the logical size, in this
process: Qt lays out in logical pixels, and a scale factor only changes how many logical pixels the screen
has (1366×768 at 1.25 is 1093×614) while every widget keeps its logical size hint. A subprocess started
with QT_SCALE_FACTOR=1.25 checks that premise; running every screen in such subprocesses would test the
same layouts at several times the cost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QListWidget,
    QScrollArea,
    QTabBar,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from emeeting.services.container import Services
from emeeting.ui.day.attendance_panel import STATUS
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import PREFERRED_SIZE, MainWindow, first_geometry
from emeeting.ui.shell.workspace import AGENDA, DOCUMENTS, MEETING_DAY, MINUTES
from emeeting.ui.widgets.screen_fit import resize_within_screen
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.ui.conftest import DemoCopies, open_window
from tests.ui.dialog_catalogue import every_dialog
from tests.ui.workspace_helpers import select

TASKBAR, TITLE_BAR = 48, 32  # logical pixels, whatever the scale


@dataclass(frozen=True)
class Laptop:
    width: int
    height: int
    scale: float

    @property
    def window(self) -> QSize:
        """The logical size a maximised window has on this screen."""
        return QSize(int(self.width / self.scale), int(self.height / self.scale) - TASKBAR - TITLE_BAR)

    def __str__(self) -> str:
        return f"{self.width}x{self.height}@{self.scale}"


LAPTOPS = [Laptop(1366, 768, 1.0), Laptop(1280, 720, 1.0), Laptop(1366, 768, 1.25), Laptop(1280, 720, 1.25)]
COMMON = LAPTOPS[0]  # the office laptop: here nothing even scrolls
# At 125 % a laptop is about 1024-1092 logical pixels wide: the Agenda (its toolbar of text buttons) and the
# Meeting day (attendance, agenda and the item side by side) are wider than what the navigator leaves
# them, so their pages scroll sideways there rather than cut anything off.
WIDE_AT_125 = {AGENDA, MEETING_DAY}

# The demo's meetings are dated from "today", which decides which meeting has the most invitees and in what
# state it is (certified and read-only, or open with every editing control): fixed days, one of each.
DEMO_DAYS = [date(2026, 12, 6), date(2026, 12, 7)]


@dataclass(frozen=True)
class Demo:
    """A demo store and a main window on it, showing the ICT meeting with the most invitees."""

    day: date
    services: Services
    window: MainWindow


@pytest.fixture(params=DEMO_DAYS, ids=str)
def demo(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
    demo_copies: DemoCopies,
) -> Demo:
    demo_copies.load(services, request.param)
    window = open_window(qtbot, services, runner, bus, languages, settings)
    ict = max(
        (s for s in services.meetings.summaries() if s.committee.short_name == "ICT"),
        key=lambda s: len(services.meetings.view(s.meeting.id).invitations),
    )
    select(qtbot, window, services, ict.meeting.id)
    return Demo(request.param, services, window)


def _size(qtbot: QtBot, window: MainWindow, laptop: Laptop) -> QSize:
    window.showNormal()  # (the first start maximises a window on a screen smaller than it likes)
    window.resize(laptop.window)
    qtbot.wait(20)
    return laptop.window


def _visit(qtbot: QtBot, window: MainWindow, tab: int) -> None:
    window.workspace.tabs.setCurrentIndex(tab)
    assert window.history.runner.wait_idle(10_000)
    qtbot.wait(50)  # loaded text resizes the layouts


def _hidden_toolbar_actions(toolbar: QToolBar) -> bool:
    extension = toolbar.findChild(QAbstractButton, "qt_toolbar_ext_button")
    return extension is not None and extension.isVisible()


def _scrolls(window: MainWindow) -> list[str]:
    """The directions the current tab's page scrolls in (it should not, where the window is big enough)."""
    page = window.workspace.tabs.currentWidget()
    assert isinstance(page, QScrollArea)
    bars = (("sideways", page.horizontalScrollBar()), ("up and down", page.verticalScrollBar()))
    return [name for name, bar in bars if bar.isVisible()]


def _tabs_in_sight(bar: QTabBar) -> list[str]:
    """The tabs of ``bar`` that are cut off or hidden behind its scroll arrows."""
    return [bar.tabText(tab) for tab in range(bar.count()) if bar.tabRect(tab).right() >= bar.width()]


def _report(faults: list[str], demo: Demo, language: str) -> str:
    return f"on the demo of {demo.day} in {language!r}:\n" + "\n".join(faults)


# Each test below looks at every laptop in turn on one window, resizing it, and names the laptop in every
# fault it finds; it reports all of them, not only the first.


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_tab_fits_the_window(qtbot: QtBot, demo: Demo, language: str) -> None:
    window = demo.window
    window.set_language(language)
    faults: list[str] = []
    for laptop in LAPTOPS:
        size = _size(qtbot, window, laptop)
        for tab in range(window.workspace.tabs.count()):
            _visit(qtbot, window, tab)
            name = window.workspace.tabs.tabText(tab)
            hint = window.minimumSizeHint()
            if not (hint.width() <= size.width() and hint.height() <= size.height()):
                faults.append(f"{laptop}: {name} needs {hint.toTuple()}")
            if window.size() != size:
                faults.append(f"{laptop}: {name} made the window grow to {window.size().toTuple()}")
            scrolls = _scrolls(window)
            if laptop == COMMON:
                if scrolls:
                    faults.append(f"{laptop}: {name} scrolls {' and '.join(scrolls)}")
            elif (laptop.scale == 1.0 or tab not in WIDE_AT_125) and "sideways" in scrolls:
                faults.append(f"{laptop}: {name} scrolls sideways")
    assert not faults, _report(faults, demo, language)


@pytest.mark.parametrize("language", ["th", "en"])
def test_nothing_is_cut_off(qtbot: QtBot, demo: Demo, language: str) -> None:
    window = demo.window
    window.set_language(language)
    workspace = window.workspace
    faults: list[str] = []
    for laptop in LAPTOPS:
        _size(qtbot, window, laptop)

        _visit(qtbot, window, MEETING_DAY)
        table = workspace.session.attendance.table
        assert table.rowCount() > 5, f"{laptop}: the attendance lists only {table.rowCount()} people"
        # (at 1.25 the page scrolls sideways to show the attendance at its full width)
        if laptop.scale == 1.0:
            status_end = table.columnViewportPosition(STATUS) + table.columnWidth(STATUS)
            if status_end > table.viewport().width():
                faults.append(f"{laptop}: the attendance status is scrolled out of sight")
            if table.columnWidth(0) < 120:
                faults.append(f"{laptop}: names squeezed to nothing ({table.columnWidth(0)} pixels)")
        records = workspace.session.item.records_tabs.tabBar()
        if hidden := _tabs_in_sight(records):
            faults.append(f"{laptop}: the item's records hide tabs behind scroll arrows: {hidden}")
        for tab in range(records.count()):
            if records.tabToolTip(tab) != records.tabText(tab):
                faults.append(
                    f"{laptop}: the elided tab {records.tabText(tab)!r} does not say its name in a tooltip"
                )
        for screen, lists in ((MEETING_DAY, [workspace.session.agenda_list]), (MINUTES, None)):
            _visit(qtbot, window, screen)
            place = window.workspace.tabs.tabText(screen)
            for widget in lists or [workspace.minutes.items_list]:
                assert isinstance(widget, QListWidget) and widget.count() > 3, f"{laptop}: {place}'s list"
                if widget.horizontalScrollBar().isVisible():
                    faults.append(f"{laptop}: agenda titles scroll sideways in {place}")

        _visit(qtbot, window, AGENDA)
        bar = workspace.agenda.editor.texts.tabBar()
        if hidden := _tabs_in_sight(bar):
            faults.append(f"{laptop}: the item editor hides its sections: {hidden}")
        header = workspace.agenda.tree.header()
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            text = str(workspace.agenda.tree.model().headerData(column, header.orientation()))
            needed = header.fontMetrics().horizontalAdvance(text) + 2 * header.style().pixelMetric(
                header.style().PixelMetric.PM_HeaderMargin
            )
            if header.sectionSize(column) < needed:
                faults.append(
                    f"{laptop}: the agenda's {text!r} header is cut ({header.sectionSize(column)} < {needed})"
                )

        _visit(qtbot, window, DOCUMENTS)
        viewer = workspace.documents.viewer
        for toolbar in (viewer.toolbar, viewer.find_bar):
            # (at 1.25 the viewer's text buttons take more than half the window: its extension menu has them)
            if laptop.scale == 1.0 and _hidden_toolbar_actions(toolbar):
                faults.append(f"{laptop}: {toolbar.objectName()} hides actions behind »")
    assert not faults, _report(faults, demo, language)


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_dialog_fits_the_screen(qtbot: QtBot, demo: Demo, language: str) -> None:
    """Each dialog can shrink to every laptop's work area, and opens within the screen it is on (the
    offscreen screen here, 800×800: a dialog that would like more opens at what the screen has). A dialog's
    size hints do not depend on the screen: each is built once and measured against every laptop."""
    demo.window.set_language(language)
    faults: list[str] = []
    for name, dialog in every_dialog(demo.window, demo.services):
        assert demo.window.history.runner.wait_idle(10_000)
        qtbot.wait(20)
        hint = dialog.minimumSizeHint()
        for laptop in LAPTOPS:
            size = laptop.window
            if not (hint.width() <= size.width() and hint.height() <= size.height()):
                faults.append(f"{name} needs {hint.toTuple()} on {laptop}")
        room = dialog.screen().availableGeometry().size().expandedTo(hint)  # (never below its minimum)
        if dialog.size().boundedTo(room) != dialog.size():
            faults.append(f"{name} opens at {dialog.size().toTuple()}")
    assert not faults, _report(faults, demo, language)


def test_a_window_opens_within_a_small_screen(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    resize_within_screen(window, 5000, 5000)
    screen = window.screen().availableGeometry().size()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    resize_within_screen(window, 300, 200)
    assert window.size().toTuple() == (300, 200)


# -- the window's first geometry and its memory -------------------------------------------------------------


@pytest.mark.parametrize("laptop", LAPTOPS, ids=str)
def test_the_first_window_fits_the_work_area(laptop: Laptop) -> None:
    available = QRect(0, 0, laptop.window.width(), laptop.window.height() + TITLE_BAR)
    geometry, fits = first_geometry(available)
    assert available.contains(geometry)
    assert not fits, "a laptop screen is smaller than the window would like: it starts maximised"
    big = QRect(0, 0, 1920, 1032)
    geometry, fits = first_geometry(big)
    assert fits and geometry.size() == PREFERRED_SIZE and geometry.center() == big.center()


def test_the_first_window_takes_its_screen(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    window = open_window(qtbot, services, runner, bus, languages, settings)
    screen = window.screen().availableGeometry()
    assert screen.contains(window.geometry()), f"{window.geometry()} on a {screen} screen"
    assert window.isMaximized()  # the offscreen screen is smaller than the window would like
    window.close()
    again = open_window(qtbot, services, runner, bus, languages, settings)
    assert again.isMaximized(), "the window is remembered as it was left"


# -- the premise of the scale factors -----------------------------------------------------------------------

_SCALED = """
import json, sys
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
app = QApplication(sys.argv[:1])
screen = app.primaryScreen()
hints = [QPushButton("ระเบียบวาระการประชุม").sizeHint().toTuple(), QLineEdit().sizeHint().toTuple()]
print(json.dumps({"screen": screen.geometry().size().toTuple(), "ratio": screen.devicePixelRatio(),
                  "hints": hints}))
"""


def test_a_scale_factor_only_shrinks_the_logical_screen(tmp_path: Path) -> None:
    config = tmp_path / "laptop.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")

    def run(scale: str) -> dict[str, object]:
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale}
        out = subprocess.run(
            [sys.executable, "-c", _SCALED], env=env, capture_output=True, text=True, timeout=60, check=True
        )
        return json.loads(out.stdout.strip().splitlines()[-1])

    plain, scaled = run("1"), run("1.25")
    assert plain["screen"] == [1366, 768] and scaled["screen"] == [1093, 614]
    assert scaled["ratio"] == 1.25
    assert scaled["hints"] == plain["hints"], "widgets keep their logical size at 1.25"
    assert QApplication.instance() is not None
