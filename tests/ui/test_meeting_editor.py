"""The meeting editor (Details tab): every field (the recording link too) saved as one undoable step, the
lifecycle's choices of status, the late-notice warning, urgency in red (also on a dark palette), edits
kept when switching."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.meeting.meeting_pane import STAMP_TONE
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.fields import to_qdatetime
from emeeting.ui.widgets.style import tone_text_colour
from tests.ui.workspace_helpers import select, step


def test_every_field_is_saved_and_undone_as_one_step(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id = select(qtbot, window, demo_services, "HR:1/2569")
    before = demo_services.records.get(m.Meeting, meeting_id)
    editor = window.workspace.details
    assert not editor.save_button.isEnabled()  # nothing to save yet

    start = datetime(2026, 2, 6, 6, 0, tzinfo=UTC)
    editor.title_edit.setText("การพิจารณาอัตรากำลัง (นัดใหม่)")
    editor.number_spin.setValue(7)
    editor.start_edit.setDateTime(to_qdatetime(start))
    editor.end_check.setChecked(True)
    editor.end_edit.setDateTime(to_qdatetime(start + timedelta(hours=2)))
    editor.place_edit.setText("ห้องประชุม 3")
    editor.mode_combo.set_value(m.MeetingMode.HYBRID)
    editor.link_edit.setText("https://meet.example.go.th/hr")
    editor.recording_edit.setText("https://drive.example.go.th/recordings/hr-1-2569.mp4")
    editor.status_combo.set_value(m.MeetingStatus.INVITED)
    editor.secrecy_combo.set_value(m.Secrecy.SECRET)
    editor.urgency_combo.set_value(m.Urgency.URGENT)
    editor.notice_check.setChecked(True)
    editor.notice_edit.setDateTime(to_qdatetime(start - timedelta(days=1)))
    editor.reconvened_check.setChecked(True)
    assert editor.is_modified and editor.save_button.isEnabled()

    step(qtbot, window, editor.save_button.click)
    after = demo_services.records.get(m.Meeting, meeting_id)
    assert after == m.Meeting(
        before.committee_id,
        7,
        2569,
        "การพิจารณาอัตรากำลัง (นัดใหม่)",
        start,
        id=meeting_id,
        end=start + timedelta(hours=2),
        place="ห้องประชุม 3",
        online_link="https://meet.example.go.th/hr",
        mode=m.MeetingMode.HYBRID,
        status=m.MeetingStatus.INVITED,
        secrecy=m.Secrecy.SECRET,
        urgency=m.Urgency.URGENT,
        notice_sent_at=start - timedelta(days=1),
        reconvened=True,
        recording_link="https://drive.example.go.th/recordings/hr-1-2569.mp4",
    )
    assert window.workspace.header.title_label.text() == "การพิจารณาอัตรากำลัง (นัดใหม่)"
    assert not editor.is_modified

    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        window.menus.undo_action.trigger()  # invited → draft again: undo may go against the lifecycle
    assert window.history.runner.wait_idle(10_000)
    assert demo_services.records.get(m.Meeting, meeting_id) == before
    assert editor.title_edit.text() == before.title
    assert editor.recording_edit.text() == before.recording_link == ""


def test_the_status_offers_only_what_the_lifecycle_allows_next(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    # Never "minutes certified": only certifying the minutes (Minutes tab) makes a meeting certified.
    select(qtbot, window, demo_services, "ICT:1/2569")  # minutes drafted
    statuses = window.workspace.details.status_combo.values()
    assert statuses == [m.MeetingStatus.MINUTES_DRAFTED]
    select(qtbot, window, demo_services, "ICT:2/2568")  # closed: may be reopened
    assert window.workspace.details.status_combo.values() == [
        m.MeetingStatus.CLOSED,
        m.MeetingStatus.IN_SESSION,
        m.MeetingStatus.MINUTES_DRAFTED,
    ]
    select(qtbot, window, demo_services, "HR:1/2569")  # draft: may skip ahead, but not to certified
    assert m.MeetingStatus.MINUTES_CERTIFIED not in window.workspace.details.status_combo.values()
    assert m.MeetingStatus.CLOSED in window.workspace.details.status_combo.values()


def test_a_late_notice_is_warned_about_unless_the_meeting_is_urgent(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    select(qtbot, window, demo_services, "HR:1/2569")
    editor = window.workspace.details
    meeting = demo_services.meetings.resolve("HR:1/2569")
    editor.notice_check.setChecked(True)
    editor.notice_edit.setDateTime(to_qdatetime(meeting.start - timedelta(days=3)))  # exactly 3 days: in time
    assert not editor.notice_warning.isVisible()
    editor.notice_edit.setDateTime(to_qdatetime(meeting.start - timedelta(days=2)))
    assert editor.notice_warning.isVisible()
    assert editor.notice_warning.text().startswith("⚠ แจ้งนัดประชุมล่าช้า")
    editor.urgency_combo.set_value(m.Urgency.VERY_URGENT)  # urgent meetings need no 3 days' notice
    assert not editor.notice_warning.isVisible()
    editor.revert_button.click()
    assert not editor.is_modified


def test_urgency_and_secrecy_are_red_and_readable_on_a_dark_palette(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    select(qtbot, window, demo_services, "ICT:3/2569")  # ลับ, ด่วนที่สุด
    header, editor = window.workspace.header, window.workspace.details
    red = tone_text_colour(STAMP_TONE, window.palette())
    assert red.red() > 2 * red.green()  # the stamps' red
    assert red.name() in header.urgency_stamp.styleSheet()
    assert red.name() in editor.urgency_combo.styleSheet()
    assert red.name() in editor.secrecy_combo.styleSheet()

    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    window.setPalette(dark)
    red_on_dark = tone_text_colour(STAMP_TONE, dark)
    assert red_on_dark.name() in header.urgency_stamp.styleSheet()
    assert red_on_dark.name() in editor.urgency_combo.styleSheet()
    assert red_on_dark.lightness() > 128 and red_on_dark.red() > red_on_dark.green()  # a light red on dark

    select(qtbot, window, demo_services, "HR:1/2569")  # not urgent, not classified
    assert not header.urgency_stamp.isVisible() and not header.secrecy_stamp.isVisible()
    assert editor.urgency_combo.styleSheet() == ""


def test_unsaved_details_are_stored_when_another_meeting_is_selected(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id = select(qtbot, window, demo_services, "HR:1/2569")
    window.workspace.details.place_edit.setText("ห้องประชุมใหญ่")
    select(qtbot, window, demo_services, "ICT:3/2569")
    assert window.history.runner.wait_idle(10_000)
    assert demo_services.records.get(m.Meeting, meeting_id).place == "ห้องประชุมใหญ่"
    assert window.history.stack.count() == 1  # an ordinary undoable step


def test_a_taken_number_is_refused_with_a_message_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id = select(qtbot, window, demo_services, "ICT:3/2569")
    before = demo_services.records.get(m.Meeting, meeting_id)
    editor = window.workspace.details
    editor.number_spin.setValue(2)  # 2/2569 exists
    messages: list[str] = []
    window.history.failed.connect(messages.append)
    window.history.failed.disconnect(window._on_step_failed)  # no modal box in the test
    with qtbot.waitSignal(window.history.failed, timeout=10_000):
        editor.save()
    assert window.history.runner.wait_idle(10_000)
    assert len(messages) == 1 and "2/2569" in messages[0]
    assert demo_services.records.get(m.Meeting, meeting_id) == before
    assert window.history.stack.count() == 0
    assert editor.number_spin.value() == 3  # the form shows the stored meeting again
