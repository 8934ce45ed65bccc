"""Dates in the Thai UI count Buddhist Era years (พ.ศ. = ค.ศ. + 543) in every date editor, both shown and
typed, and switch with the language; standard dialog buttons read in the UI's language."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTime
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableView,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.day.session_dialogs import ActionDialog
from emeeting.ui.directory.people_pane import MembershipDialog
from emeeting.ui.meeting.meeting_editor import NewMeetingDialog
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.fields import BuddhistEraCalendar, DateEdit, DateTimeEdit, to_qdatetime
from tests.ui.workspace_helpers import answer_dialog, select, step

NO_KEYS = Qt.KeyboardModifier.NoModifier
B = QDialogButtonBox.StandardButton
M = QMessageBox.StandardButton
# The offscreen platform cannot size, raise or let a popup grab the keyboard; a real desktop does all three.
POPUP_NOISE = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def type_into(qtbot: QtBot, edit: QDateTimeEdit, keys: str) -> None:
    """Type ``keys`` from the day on; the edit moves on to the next part once one is complete."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, keys)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_meeting_editor_shows_and_takes_buddhist_era_years_in_thai(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id = select(qtbot, window, demo_services, "HR:1/2569")
    editor = window.workspace.details
    editor.start_edit.setDateTime(to_qdatetime(datetime(2026, 11, 26, 13, 30).astimezone()))
    assert editor.start_edit.text() == "26/11/2569 13.30"  # Thai writes the time with a dot

    type_into(qtbot, editor.start_edit, "010125700900")
    assert editor.start_edit.text() == "01/01/2570 09.00"
    step(qtbot, window, editor.save_button.click)
    assert demo_services.records.get(m.Meeting, meeting_id).start == datetime(2027, 1, 1, 9, 0).astimezone()

    window.set_language("en")  # the View ▸ Language menu
    assert editor.start_edit.text() == "01/01/2027 09:00"
    type_into(qtbot, editor.start_edit, "020120271000")  # English counts CE
    assert editor.start_edit.dateTime() == QDateTime(QDate(2027, 1, 2), QTime(10, 0))
    window.set_language("th")
    assert editor.start_edit.text() == "02/01/2570 10.00"


def test_a_year_is_read_as_buddhist_era_also_in_thai_digits(
    qtbot: QtBot, languages: LanguageSwitcher
) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 11, 26))
    assert edit.text() == "26/11/2569"
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    for digit in "๐๑๐๑๒๕๗๐":  # typed on a Thai keyboard
        QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, NO_KEYS, digit))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert (edit.date(), edit.text()) == (QDate(2027, 1, 1), "01/01/2570")
    # 2026 read as พ.ศ. is 1483 CE, before the earliest day the edit takes: refused, not stored as 2026
    assert edit.validate("01/01/2026", 10)[0] != QValidator.State.Acceptable
    edit.setCurrentSection(QDateTimeEdit.Section.YearSection)
    edit.stepUp()
    assert (edit.date(), edit.text()) == (QDate(2028, 1, 1), "01/01/2571")


def date_edit(qtbot: QtBot, day: QDate) -> DateEdit:
    """A date editor on screen showing ``day``."""
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setDate(day)
    return edit


def navigation(calendar: BuddhistEraCalendar, name: str) -> QToolButton:
    """One of the buttons of Qt's navigation bar (year, month, next, previous) by its object name."""
    button = calendar.findChild(QToolButton, name)
    assert button is not None
    return button


def open_popup(qtbot: QtBot, edit: QDateTimeEdit) -> BuddhistEraCalendar:
    """Click the edit's arrow, as a user opens the calendar."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    assert isinstance(calendar, BuddhistEraCalendar) and calendar.isVisible()
    return calendar


def click_day(qtbot: QtBot, calendar: BuddhistEraCalendar, day: int) -> None:
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    model = view.model()
    # rows 1-3 of the grid hold only days of the month shown (row 0 is the weekday names)
    cell = next(
        model.index(row, column)
        for row in range(1, 4)
        for column in range(model.columnCount())
        if model.data(model.index(row, column)) == day
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())


@POPUP_NOISE
def test_the_calendar_popup_counts_and_changes_the_year_in_buddhist_era_in_thai(
    qtbot: QtBot, languages: LanguageSwitcher
) -> None:
    edit = date_edit(qtbot, QDate(2026, 11, 26))
    calendar = open_popup(qtbot, edit)
    qt_year = navigation(calendar, "qt_calendar_yearbutton")
    month = navigation(calendar, "qt_calendar_monthbutton")
    assert calendar.year_box.isVisible() and not qt_year.isVisible()  # Qt's CE year is not offered
    assert (calendar.year_box.text(), month.text()) == ("2569", "พฤศจิกายน")

    calendar.year_box.setValue(2570)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 11)
    click_day(qtbot, calendar, 15)
    assert not calendar.isVisible()
    assert (edit.date(), edit.text()) == (QDate(2027, 11, 15), "15/11/2570")


@POPUP_NOISE
def test_the_popup_year_can_be_typed_in_thai_digits(qtbot: QtBot, languages: LanguageSwitcher) -> None:
    edit = date_edit(qtbot, QDate(2026, 11, 26))  # held here: the popup lives as long as its edit
    calendar = open_popup(qtbot, edit)
    line = calendar.year_box.lineEdit()
    line.selectAll()
    for digit in "๒๕๗๑":
        QApplication.sendEvent(line, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, NO_KEYS, digit))
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert (calendar.year_box.value(), calendar.yearShown()) == (2571, 2028)


@POPUP_NOISE
def test_paging_across_new_year_moves_the_buddhist_era_year(
    qtbot: QtBot, languages: LanguageSwitcher
) -> None:
    edit = DateTimeEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setDateTime(QDateTime(QDate(2026, 12, 26), QTime(13, 30)))
    calendar = open_popup(qtbot, edit)
    month = navigation(calendar, "qt_calendar_monthbutton")
    next_month = navigation(calendar, "qt_calendar_nextmonth")
    previous_month = navigation(calendar, "qt_calendar_prevmonth")
    assert (calendar.year_box.text(), month.text()) == ("2569", "ธันวาคม")
    qtbot.mouseClick(next_month, Qt.MouseButton.LeftButton)
    assert (calendar.year_box.text(), month.text()) == ("2570", "มกราคม")
    qtbot.mouseClick(previous_month, Qt.MouseButton.LeftButton)
    assert (calendar.year_box.text(), month.text()) == ("2569", "ธันวาคม")


@POPUP_NOISE
def test_in_english_the_popup_shows_qts_own_year_and_switches_live(
    qtbot: QtBot, languages: LanguageSwitcher
) -> None:
    edit = date_edit(qtbot, QDate(2026, 11, 26))  # held here: the popup lives as long as its edit
    calendar = open_popup(qtbot, edit)
    qt_year = navigation(calendar, "qt_calendar_yearbutton")
    month = navigation(calendar, "qt_calendar_monthbutton")
    languages.set_language("en")
    assert qt_year.isVisible() and not calendar.year_box.isVisible()
    assert (qt_year.text(), month.text()) == ("2026", "November")
    languages.set_language("th")
    assert calendar.year_box.isVisible() and not qt_year.isVisible()
    assert (calendar.year_box.text(), month.text()) == ("2569", "พฤศจิกายน")


def test_membership_terms_and_action_due_dates_are_buddhist_era_in_thai(
    qtbot: QtBot, demo_services: Services, languages: LanguageSwitcher
) -> None:
    committees = tuple(demo_services.records.select(m.Committee))
    person = demo_services.records.select(m.Person)[0]
    membership = m.Membership(committees[0].id, person.id, term_start=date(2025, 10, 1))
    dialog = MembershipDialog(committees, membership)
    qtbot.addWidget(dialog)
    assert dialog.start_edit.edit.text() == "01/10/2568"
    type_into(qtbot, dialog.start_edit.edit, "01102569")
    assert dialog.start_edit.value() == date(2026, 10, 1)

    action = ActionDialog(list(demo_services.records.select(m.Person)), date(2026, 11, 26))
    qtbot.addWidget(action)
    action.due_edit.setDate(QDate(2026, 12, 31))
    assert action.due_edit.text() == "31/12/2569"
    languages.set_language("en")
    assert (dialog.start_edit.edit.text(), action.due_edit.text()) == ("01/10/2026", "31/12/2026")


def label_of(button: QAbstractButton | None) -> str:
    """A button's text as a user reads it, without the accelerator Qt may add ("ใช่ (&Y)", "&Yes")."""
    assert button is not None
    return button.text().split(" (&")[0].replace("&", "")


def test_the_new_meeting_and_delete_meeting_buttons_are_thai(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    buttons: list[str] = []

    def read_ok_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        buttons.extend(label_of(dialog.buttons.button(b)) for b in (B.Ok, B.Cancel))

    answer_dialog(read_ok_cancel, accept=False)
    window.menus.new_action.trigger()  # File ▸ New meeting
    qtbot.waitUntil(lambda: bool(buttons), timeout=10_000)
    assert buttons == ["ตกลง", "ยกเลิก"]

    meeting_id = select(qtbot, window, demo_services, "HR:1/2569")
    buttons.clear()

    def read_yes_no(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        buttons.extend(label_of(dialog.button(b)) for b in (M.Yes, M.No))

    answer_dialog(read_yes_no, accept=False)
    window.menus.delete_action.trigger()  # File ▸ Delete meeting asks first
    assert buttons == ["ใช่", "ไม่ใช่"]
    assert demo_services.records.find(m.Meeting, meeting_id) is not None


def test_dialog_buttons_switch_language_with_the_ui(
    qtbot: QtBot, demo_services: Services, languages: LanguageSwitcher
) -> None:
    dialog = NewMeetingDialog(demo_services.records.select(m.Committee), None)
    qtbot.addWidget(dialog)

    def texts() -> tuple[str, str]:
        return label_of(dialog.buttons.button(B.Ok)), label_of(dialog.buttons.button(B.Cancel))

    assert texts() == ("ตกลง", "ยกเลิก")
    languages.set_language("en")
    assert texts() == ("OK", "Cancel")
    languages.set_language("th")
    assert texts() == ("ตกลง", "ยกเลิก")


def test_a_button_the_dialog_renames_keeps_its_name_across_a_language_switch(window: MainWindow) -> None:
    dialog = window.menus.sync_menu.open_connect()
    connect, cancel = dialog.buttons.button(B.Ok), dialog.buttons.button(B.Cancel)
    assert (label_of(connect), label_of(cancel)) == ("เชื่อมต่อ", "ยกเลิก")
    window.set_language("en")
    assert (label_of(connect), label_of(cancel)) == ("Connect", "Cancel")
    dialog.reject()


def test_moments_shown_in_lists_count_buddhist_era_years_in_thai(languages: LanguageSwitcher) -> None:
    at = datetime(2026, 11, 26, 13, 30).astimezone()  # e.g. when a minutes version was certified
    assert labels.short_date_time(at) == "26 พ.ย. 2569 13.30 น."
    assert labels.short_date(date(2027, 1, 1)) == "1 ม.ค. 2570"  # an action item's due date
    languages.set_language("en")
    assert labels.short_date_time(at) == "26 Nov 2026 13:30"


def test_the_about_box_button_reads_in_thai(window: MainWindow) -> None:
    buttons: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        buttons.append(label_of(dialog.button(M.Ok)))

    answer_dialog(read)
    window.menus.about_action.trigger()
    assert buttons == ["ตกลง"]
