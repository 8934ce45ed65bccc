"""The first-run guide: when it is offered, where it is reached from, its skippable steps and what it
refuses, the example meetings; and the navigator's empty state that leads to it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.shell import first_run
from emeeting.ui.shell.first_run import COMMITTEE, DONE, INVITEES_STEP, MEETING, FirstRunGuide, guide_seen
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA, DOCUMENTS, INVITEES
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.ui.conftest import open_window

WAIT = 20_000


@pytest.fixture
def empty_window(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> Iterator[MainWindow]:
    window = open_window(qtbot, services, runner, bus, languages, settings)
    yield window
    runner.wait_idle(WAIT)


def open_guide(qtbot: QtBot, window: MainWindow, runner: TaskRunner) -> FirstRunGuide:
    guide = window.show_first_run_guide()
    runner.wait_idle(WAIT)
    qtbot.waitUntil(guide.isVisible, timeout=WAIT)
    return guide


def test_the_guide_is_offered_on_an_empty_store_once(
    qtbot: QtBot, empty_window: MainWindow, runner: TaskRunner, settings: QSettings
) -> None:
    empty_window.offer_first_run()
    qtbot.waitUntil(lambda: empty_window.first_run is not None, timeout=WAIT)
    guide = empty_window.first_run
    assert guide is not None and guide.isVisible()
    runner.wait_idle(WAIT)
    assert guide.step == COMMITTEE
    assert not guide.isModal()  # the window beside it shows where each step leads
    QTest.mouseClick(guide.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: empty_window.first_run is None, timeout=WAIT)
    assert guide_seen(settings)
    empty_window.offer_first_run()  # the next start: not by itself again
    runner.wait_idle(WAIT)
    assert empty_window.first_run is None


def test_the_guide_is_not_offered_on_a_store_with_meetings(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner
) -> None:
    window.offer_first_run()
    runner.wait_idle(WAIT)
    assert window.first_run is None
    assert not window.navigator.empty_state.isVisible()
    assert window.navigator.view.isVisible()


# The guide asked for again is raised, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_help_first_steps_opens_the_guide_at_the_meeting_when_committees_exist(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner
) -> None:
    window.menus.guide_action.trigger()
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible(), timeout=WAIT)
    guide = window.first_run
    assert guide is not None
    qtbot.waitUntil(lambda: guide.step == MEETING, timeout=WAIT)
    assert guide.meeting_button.isEnabled()
    assert not guide.demo_button.isEnabled()  # examples only go into a folder without meetings
    assert window.menus.guide_action.text()
    assert window.show_first_run_guide() is guide  # asked again: the same guide, not a second one


def test_the_navigator_invites_to_the_guide_while_there_is_no_meeting(
    qtbot: QtBot, empty_window: MainWindow, runner: TaskRunner, services: Services, bus: ChangeBus
) -> None:
    navigator = empty_window.navigator
    assert navigator.empty_state.isVisible()
    assert not navigator.view.isVisible() and not navigator.filter_edit.isVisible()
    assert navigator.empty_heading.text() and navigator.guide_button.text()
    QTest.mouseClick(navigator.guide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: empty_window.first_run is not None, timeout=WAIT)
    committee = m.Committee("คณะกรรมการบริหารงานบุคคล", "HR")
    services.records.create(committee)
    with qtbot.waitSignal(empty_window.meetings_loaded, timeout=WAIT):
        bus.publish(
            services.meetings.create(committee.id, "การพิจารณาอัตรากำลัง", datetime.now(UTC), template="th")
        )
    assert not navigator.empty_state.isVisible()
    assert navigator.view.isVisible()


def test_new_meeting_without_a_committee_opens_the_guide_instead_of_a_dead_end(
    qtbot: QtBot, empty_window: MainWindow, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    empty_window.menus.new_action.trigger()
    qtbot.waitUntil(lambda: empty_window.first_run is not None, timeout=WAIT)
    runner.wait_idle(WAIT)
    assert empty_window.first_run is not None and empty_window.first_run.step == COMMITTEE
    assert boxes == []


def test_each_step_can_be_skipped_and_says_what_it_needs(
    qtbot: QtBot, empty_window: MainWindow, runner: TaskRunner
) -> None:
    guide = open_guide(qtbot, empty_window, runner)
    assert not guide.create_button.isEnabled()  # both names first
    QTest.mouseClick(guide.skip_buttons[COMMITTEE], Qt.MouseButton.LeftButton)
    assert guide.step == MEETING
    assert not guide.meeting_button.isEnabled()  # no committee: the step says to go back
    QTest.mouseClick(guide.skip_buttons[MEETING], Qt.MouseButton.LeftButton)
    assert guide.step == INVITEES_STEP
    assert not guide.invite_button.isEnabled()
    QTest.mouseClick(guide.skip_buttons[INVITEES_STEP], Qt.MouseButton.LeftButton)
    assert guide.step == DONE
    assert not any(button.isEnabled() for button in guide.next_buttons.values())
    guide.show_step(INVITEES_STEP)
    for step in (MEETING, COMMITTEE):
        QTest.mouseClick(guide.back_buttons[step + 1], Qt.MouseButton.LeftButton)
        assert guide.step == step
    assert guide.focusWidget() is guide.name_edit


def test_a_short_name_already_taken_is_refused_in_the_guide(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner, demo_services: Services
) -> None:
    guide = open_guide(qtbot, window, runner)
    guide.show_step(COMMITTEE)
    guide.name_edit.setText("คณะกรรมการอีกชุดหนึ่ง")
    guide.short_edit.setText("ict")
    before = len(demo_services.records.select(m.Committee))
    QTest.mouseClick(guide.create_button, Qt.MouseButton.LeftButton)
    runner.wait_idle(WAIT)
    assert guide.error.isVisible() and "คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร" in guide.error.text()
    assert guide.step == COMMITTEE
    assert len(demo_services.records.select(m.Committee)) == before


def test_a_committee_without_members_is_told_to_import_them_before_inviting(
    qtbot: QtBot,
    empty_window: MainWindow,
    runner: TaskRunner,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    guide = open_guide(qtbot, empty_window, runner)
    guide.name_edit.setText("คณะทำงานจัดทำแผนปฏิบัติการดิจิทัล")
    guide.short_edit.setText("DP")
    QTest.mouseClick(guide.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guide.step == MEETING, timeout=WAIT)
    QTest.mouseClick(guide.meeting_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guide.meeting_dialog is not None, timeout=WAIT)
    assert guide.meeting_dialog is not None
    assert guide.meeting_dialog.title_edit.text() == "การประชุมคณะทำงานจัดทำแผนปฏิบัติการดิจิทัล"
    guide.meeting_dialog.accept()
    qtbot.waitUntil(lambda: guide.step == INVITEES_STEP, timeout=WAIT)
    assert empty_window.workspace.tabs.currentIndex() == AGENDA
    QTest.mouseClick(guide.invite_button, Qt.MouseButton.LeftButton)
    runner.wait_idle(WAIT)
    assert guide.step == INVITEES_STEP  # nobody to invite
    assert guide.invitees_note.text()
    members = tmp_path / "members.csv"
    members.write_text("ชื่อ,นามสกุล,บทบาท\nวิภา,สุขใจ,ประธาน\nอนันต์,ทองคำ,กรรมการ\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(members), ""))
    QTest.mouseClick(guide.members_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: guide.import_dialog is not None and guide.import_dialog.import_button.isEnabled(),
        timeout=WAIT,
    )
    assert guide.import_dialog is not None
    QTest.mouseClick(guide.import_dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guide.import_dialog is None, timeout=WAIT)
    runner.wait_idle(WAIT)
    QTest.mouseClick(guide.invite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guide.step == DONE, timeout=WAIT)
    assert empty_window.workspace.tabs.currentIndex() == INVITEES
    meeting_id = guide.meeting_id
    assert len(services.meetings.view(meeting_id).invitations) == 2
    QTest.mouseClick(guide.next_buttons["papers"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: empty_window.first_run is None, timeout=WAIT)
    assert empty_window.workspace.tabs.currentIndex() == DOCUMENTS


def test_example_meetings_fill_an_empty_store_to_look_around(
    qtbot: QtBot,
    empty_window: MainWindow,
    runner: TaskRunner,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(first_run, "DEMO_MEETINGS", 2)  # enough to look around, quick to make
    questions: list[str] = []

    def yes(box: QMessageBox) -> int:
        questions.append(box.text())
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", yes)
    guide = open_guide(qtbot, empty_window, runner)
    with qtbot.waitSignal(guide.demo_loaded, timeout=120_000) as loaded:
        QTest.mouseClick(guide.demo_button, Qt.MouseButton.LeftButton)
    assert loaded.args == [2]
    assert len(questions) == 1
    qtbot.waitUntil(lambda: empty_window.navigator.meeting_count == 2, timeout=WAIT)
    assert empty_window.first_run is None
    assert not empty_window.navigator.empty_state.isVisible()
    assert len(services.meetings.summaries()) == 2


def test_the_guide_follows_a_language_switch(
    qtbot: QtBot, empty_window: MainWindow, runner: TaskRunner
) -> None:
    guide = open_guide(qtbot, empty_window, runner)
    thai = guide.skip_buttons[COMMITTEE].text()
    empty_window.set_language("en")
    assert guide.skip_buttons[COMMITTEE].text() == "Skip this step"
    assert guide.windowTitle() == "First steps"
    empty_window.set_language("th")
    assert guide.skip_buttons[COMMITTEE].text() == thai


def test_enter_after_the_names_creates_the_committee(
    qtbot: QtBot, empty_window: MainWindow, runner: TaskRunner, services: Services
) -> None:
    guide = open_guide(qtbot, empty_window, runner)
    QTest.mouseClick(guide.skip_buttons[COMMITTEE], Qt.MouseButton.LeftButton)  # a look ahead first
    QTest.mouseClick(guide.back_buttons[MEETING], Qt.MouseButton.LeftButton)
    guide.name_edit.setText("คณะกรรมการตรวจสอบและประเมินผล")
    guide.short_edit.setText("ตป.")
    QTest.keyClick(guide.short_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: guide.step == MEETING, timeout=WAIT)
    assert [c.short_name for c in services.records.select(m.Committee)] == ["ตป."]
    assert guide.import_dialog is None  # Enter is the plain "Create committee"
