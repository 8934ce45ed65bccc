"""Dates in the Thai UI count Buddhist Era years (พ.ศ. = ค.ศ. + 543) in every date editor, both shown and
typed, and switch with the language; standard dialog buttons read in the UI's language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui import labels
from emeeting.ui.fields import DateEdit, DateTimeEdit, to_qdatetime
from emeeting.ui.i18n import LanguageSwitcher
from emeeting.ui.main_window import MainWindow
from emeeting.ui.meeting_editor import NextMeetingDialog
from emeeting.ui.people_pane import MembershipDialog
from emeeting.ui.safe_text import plain_message_box
from emeeting.ui.session_dialogs import ActionDialog
from tests.ui.workspace_helpers import answer_dialog, select, step

NO_KEYS = Qt.KeyboardModifier.NoModifier


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
    assert editor.start_edit.text() == "26/11/2569 13:30"

    type_into(qtbot, editor.start_edit, "010125700900")
    assert editor.start_edit.text() == "01/01/2570 09:00"
    step(qtbot, window, editor.save_button.click)
    assert demo_services.records.get(m.Meeting, meeting_id).start == datetime(2027, 1, 1, 9, 0).astimezone()

    window.set_language("en")  # the View ▸ Language menu
    assert editor.start_edit.text() == "01/01/2027 09:00"
    type_into(qtbot, editor.start_edit, "020120271000")  # English counts CE
    assert editor.start_edit.dateTime() == QDateTime(QDate(2027, 1, 2), QTime(10, 0))
    window.set_language("th")
    assert editor.start_edit.text() == "02/01/2570 10:00"


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


def test_the_calendar_popup_names_the_buddhist_era_year_in_thai(
    qtbot: QtBot, languages: LanguageSwitcher
) -> None:
    edit = DateTimeEdit()
    qtbot.addWidget(edit)
    edit.setDateTime(QDateTime(QDate(2026, 11, 26), QTime(13, 30)))
    calendar = edit.calendarWidget()
    calendar.setCurrentPage(2026, 12)
    year = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert year is not None and month is not None
    assert (year.text(), month.text()) == ("2569", "ธันวาคม")
    calendar.showNextMonth()
    assert (year.text(), month.text()) == ("2570", "มกราคม")
    languages.set_language("en")
    assert (year.text(), month.text()) == ("2027", "January")


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


def test_dialog_and_message_buttons_read_in_the_ui_language(
    qtbot: QtBot, demo_services: Services, languages: LanguageSwitcher
) -> None:
    meeting = demo_services.meetings.resolve("HR:1/2569")
    dialog = NextMeetingDialog(meeting)
    qtbot.addWidget(dialog)

    def texts() -> tuple[str, str]:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None and cancel is not None
        return ok.text(), cancel.text()

    assert texts() == ("ตกลง", "ยกเลิก")
    languages.set_language("en")
    assert texts() == ("OK", "Cancel")
    languages.set_language("th")
    assert texts() == ("ตกลง", "ยกเลิก")

    box = plain_message_box(None, QMessageBox.Icon.Question, "ลบ", "ลบการประชุมนี้?")
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    yes, no = box.button(QMessageBox.StandardButton.Yes), box.button(QMessageBox.StandardButton.No)
    assert yes is not None and no is not None
    assert (yes.text(), no.text()) == ("ใช่", "ไม่ใช่")


def test_a_button_the_dialog_renames_keeps_its_name_across_a_language_switch(window: MainWindow) -> None:
    dialog = window.sync_menu.open_connect()
    connect = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert connect is not None and cancel is not None
    assert (connect.text(), cancel.text()) == ("เชื่อมต่อ", "ยกเลิก")
    window.set_language("en")
    assert (connect.text(), cancel.text()) == ("Connect", "Cancel")
    dialog.reject()


def test_moments_shown_in_lists_count_buddhist_era_years_in_thai(languages: LanguageSwitcher) -> None:
    at = datetime(2026, 11, 26, 13, 30).astimezone()  # e.g. when a minutes version was certified
    assert labels.short_date_time(at) == "26 พ.ย. 2569 13:30"
    assert labels.short_date(date(2027, 1, 1)) == "1 ม.ค. 2570"  # an action item's due date
    languages.set_language("en")
    assert labels.short_date_time(at) == "26 Nov 2026 13:30"


def test_the_about_box_button_reads_in_thai(window: MainWindow) -> None:
    buttons: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        ok = dialog.button(QMessageBox.StandardButton.Ok)
        buttons.append(ok.text() if ok is not None else "")

    answer_dialog(read)
    window.about_action.trigger()
    assert buttons == ["ตกลง"]
