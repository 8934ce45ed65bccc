"""Text cut to fit ends in "…" and says the whole of itself in a tooltip: navigator rows, committee
names, agenda titles and presenters, the Meeting day's item title, its agenda rows and its tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from emeeting.services.container import Services
from emeeting.ui.meeting.agenda_editor import PRESENTER, TITLE
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.navigator import COMMITTEE, ID_ROLE, KIND_ROLE, MEETING
from emeeting.ui.shell.workspace import AGENDA, MEETING_DAY
from emeeting.ui.widgets.elided import ElidedLabel
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.ui.conftest import DemoCopies, open_window
from tests.ui.workspace_helpers import select

LONG_TITLE = "การพิจารณาแผนปฏิบัติการด้านดิจิทัลของกรมและการจัดหาระบบประชุมอิเล็กทรอนิกส์ ปีงบประมาณ 2570"


def _window(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
    demo_copies: DemoCopies,
) -> MainWindow:
    demo_copies.load(services, date(2026, 12, 7))
    window = open_window(qtbot, services, runner, bus, languages, settings)
    window.showNormal()
    window.resize(1366, 688)
    return window


def test_an_elided_label_says_its_whole_text_in_its_tooltip(qtbot: QtBot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.show()
    label.set_own_tooltip("the item being discussed")
    label.setText(LONG_TITLE)
    label.resize(2000, 30)
    assert not label.is_elided() and label.toolTip() == "the item being discussed"
    label.resize(120, 30)
    assert label.is_elided() and label.toolTip() == LONG_TITLE
    assert label.minimumSizeHint().width() < 120, "a long title never widens its window"


def test_navigator_rows_and_committee_names_carry_their_whole_text(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
    demo_copies: DemoCopies,
) -> None:
    window = _window(qtbot, services, runner, bus, languages, settings, demo_copies)
    navigator = window.navigator
    committees = meetings = 0
    for item in navigator._walk():  # every row, whatever is expanded
        if item.data(KIND_ROLE) == COMMITTEE:
            committees += 1
            assert item.text() in item.toolTip()
        elif item.data(KIND_ROLE) == MEETING:
            meetings += 1
            meeting = services.meetings.resolve(str(item.data(ID_ROLE)))
            assert meeting.title in navigator.meeting_tooltip(meeting.id)
    assert committees >= 3 and meetings >= 6


def test_agenda_titles_and_presenters_carry_their_whole_text(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
    demo_copies: DemoCopies,
) -> None:
    window = _window(qtbot, services, runner, bus, languages, settings, demo_copies)
    meeting = max(
        (s for s in services.meetings.summaries() if s.committee.short_name == "ICT"),
        key=lambda s: len(services.meetings.view(s.meeting.id).invitations),
    ).meeting
    select(qtbot, window, services, meeting.id)
    window.show_tab(AGENDA)
    assert window.history.runner.wait_idle(10_000)
    model = window.workspace.agenda.model
    rows = []

    def walk(parent: QStandardItem) -> None:
        for row in range(parent.rowCount()):
            rows.append((parent.child(row, TITLE), parent.child(row, PRESENTER)))
            walk(parent.child(row, 0))

    walk(model.invisibleRootItem())
    assert len(rows) > 5
    for title, presenter in rows:
        assert title.text() in title.toolTip()
        assert presenter.toolTip() == presenter.text()

    window.show_tab(MEETING_DAY)
    assert window.history.runner.wait_idle(10_000)
    session = window.workspace.session
    agenda = session.agenda_list
    for row in range(agenda.count()):
        text = agenda.item(row).text().strip()
        assert agenda.item(row).toolTip().startswith(text), "the tooltip starts with the whole row"
    heading = session.item.item_title
    assert isinstance(heading, ElidedLabel)
    heading.setText(f"4.1 {LONG_TITLE} {LONG_TITLE}")
    qtbot.wait(20)
    assert heading.is_elided() and heading.toolTip() == heading.text()
    bar: QTabBar = session.item.records_tabs.tabBar()
    assert all(bar.tabToolTip(tab) == bar.tabText(tab) for tab in range(bar.count()))
