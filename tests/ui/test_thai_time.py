"""Times of day in the Thai style everywhere in the UI: "14.30 น." in Thai, "14:30" in English; time edits
show "HH.mm" in Thai."""

from __future__ import annotations

import re
from datetime import datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from emeeting.services.container import Services
from emeeting.ui.day.attendance_panel import AttendancePanel
from emeeting.ui.reader.live_bars import CheckInBar
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.fields import DateTimeEdit
from tests.ui.workspace_helpers import select

LATIN_CLOCK = re.compile(r"\d{1,2}:\d\d")
THAI_CLOCK = re.compile(r"\d\d\.\d\d น\.")


def test_one_helper_writes_a_time_of_day_in_each_language(languages: LanguageSwitcher) -> None:
    at = datetime(2026, 11, 26, 14, 30).astimezone()
    assert labels.clock_time(at) == "14.30 น."
    assert labels.clock_time(time(9, 5)) == "09.05 น."
    assert labels.short_date_time(at) == "26 พ.ย. 2569 14.30 น."
    assert labels.time_edit_format() == "HH.mm"
    languages.set_language("en")
    assert labels.clock_time(at) == "14:30"
    assert labels.short_date_time(at) == "26 Nov 2026 14:30"
    assert labels.time_edit_format() == "HH:mm"
    assert labels.clock_time(at, "th") == "14.30 น."


def test_the_agenda_footer_writes_the_end_as_the_header_writes_the_start(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    select(qtbot, window, demo_services, "ICT:3/2569")
    window.show_tab(AGENDA)
    footer = window.workspace.agenda.totals_label.text()
    assert THAI_CLOCK.search(footer), footer
    assert not LATIN_CLOCK.search(footer) and "น. น." not in footer, footer


def test_time_edits_show_hours_and_minutes_with_a_dot_in_thai(
    qtbot: QtBot, languages: LanguageSwitcher
) -> None:
    panel = AttendancePanel()
    qtbot.addWidget(panel)
    panel.time_edit.setTime(QTime(9, 50))
    assert panel.time_edit.text() == "09.50"
    edit = DateTimeEdit()
    qtbot.addWidget(edit)
    edit.setDateTime(QDateTime(QDate(2026, 11, 26), QTime(13, 30)))
    assert edit.text() == "26/11/2569 13.30"
    languages.set_language("en")
    assert panel.time_edit.text() == "09:50"
    assert edit.text() == "26/11/2026 13:30"
    languages.set_language("th")
    assert panel.time_edit.text() == "09.50" and panel.time_edit.time() == QTime(9, 50)


def test_a_members_check_in_time_is_in_the_thai_style(qtbot: QtBot, languages: LanguageSwitcher) -> None:
    bar = CheckInBar()
    qtbot.addWidget(bar)
    bar.show_checked_in("present", datetime(2026, 11, 26, 9, 41).astimezone())
    assert "09.41 น." in bar.state_label.text() and not LATIN_CLOCK.search(bar.state_label.text())


def test_the_sync_status_says_when_it_synced_in_the_language_shown(window: MainWindow) -> None:
    from emeeting.ui.sync.sync_status import SYNCED

    menu = window.menus.sync_menu
    at = datetime(2026, 11, 26, 14, 30).astimezone()
    menu.controller.state_changed.emit(SYNCED, at.isoformat())
    assert "ประสานข้อมูลเมื่อ 14.30 น." in menu.status.label.text(), menu.status.label.text()
    window.set_language("en")
    assert "synced at 14:30" in menu.status.label.text(), menu.status.label.text()


def test_a_time_named_in_an_error_is_written_in_the_ui_time_style(languages: LanguageSwitcher) -> None:
    from emeeting.domain.errors import Moment, StaleWriteError
    from emeeting.ui.widgets.task_runner import user_message

    template = (
        "this meeting was changed by {who} at {when}, after you opened it; it has been reloaded — "
        "make your change again"
    )
    today = StaleWriteError(template, who="secretary", when=Moment(datetime(2026, 12, 7, 14, 2).astimezone()))
    earlier = StaleWriteError(
        template, who="secretary", when=Moment(datetime(2026, 12, 6, 14, 2).astimezone(), with_date=True)
    )
    assert str(today).startswith("this meeting was changed by secretary at 14:02,")  # the CLI's line
    assert str(earlier).startswith("this meeting was changed by secretary at 2026-12-06 14:02,")
    assert "เมื่อ 14.02 น. " in user_message(today), user_message(today)
    assert "เมื่อ 6 ธ.ค. 2569 14.02 น. " in user_message(earlier), user_message(earlier)
    languages.set_language("en")
    assert "at 14:02," in user_message(today) and "at 6 Dec 2026 14:02," in user_message(earlier)


def test_a_time_is_typed_into_a_thai_time_edit_as_digits(qtbot: QtBot, languages: LanguageSwitcher) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDateTimeEdit

    from emeeting.ui.widgets.fields import TimeEdit

    edit = TimeEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, "1045")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.time() == QTime(10, 45) and edit.text() == "10.45"
