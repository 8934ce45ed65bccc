"""An amendment in the Minutes tab may also correct an attendee's attendance (a wrong arrival time), with
its reason; the correction is stored, the new frozen version carries it and the trail says "amend".

Only a meeting that was held offers certification (issue 11, finding 4).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.domain.thai import OFFICE_ZONE
from emeeting.services.container import Services
from emeeting.ui.minutes.minutes_editor import AmendDialog, CertifyDialog, MinutesEditor
from emeeting.ui.widgets.fields import to_qdatetime
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.ui.context_helpers import ui_context
from tests.ui.meeting_day_helpers import Clock, Org
from tests.ui.test_minutes_editor import editor, held, step  # noqa: F401  (fixtures)


def _office(hour: int, minute: int) -> datetime:
    """A time on the meeting day on the office's clock (Bangkok), as the minutes write it; the screens
    show it in the computer's own zone, so the test holds on a computer in any zone."""
    return datetime(2026, 3, 10, hour, minute, tzinfo=OFFICE_ZONE)


def _invitation(services: Services, org: Org, person: m.Person) -> m.Invitation:
    return services.records.select(m.Invitation, meeting_id=org.meeting_id, person_id=person.id)[0]


@pytest.fixture
def certified(qtbot: QtBot, editor: MinutesEditor, services: Services, held: Org) -> Org:  # noqa: F811
    """The held meeting with วิชัย มั่นคง recorded as late at 10.05, its minutes drafted and certified
    through the Minutes tab."""
    services.session.check_in(
        _invitation(services, held, held.members[1]).id, m.Attendance.LATE, _office(10, 5)
    )
    step(qtbot, editor, lambda: qtbot.mouseClick(editor.generate_button, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(editor.certify_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert isinstance(dialog, CertifyDialog)
    step(qtbot, editor, dialog.accept)
    assert editor.view is not None and editor.view.certified
    assert "มาประชุมเวลา 10.05 น." in editor.view.versions[0].text
    return held


def test_an_amendment_corrects_a_wrong_arrival_time_with_its_reason(
    qtbot: QtBot,
    editor: MinutesEditor,  # noqa: F811
    services: Services,
    certified: Org,
) -> None:
    late = _invitation(services, certified, certified.members[1])
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    amend = editor.dialog
    assert isinstance(amend, AmendDialog)
    assert not amend.correct_box.isChecked()  # a plain amendment corrects no attendance

    amend.correct_box.setChecked(True)
    amend.select_attendee(late.id)
    assert amend.attendance_combo.value() is m.Attendance.LATE
    assert amend.arrived_check.isChecked() and amend.arrived_edit.dateTime() == to_qdatetime(_office(10, 5))
    amend.arrived_edit.setDateTime(to_qdatetime(_office(10, 20)))
    assert "วิชัย มั่นคง" in amend.corrected_label.text()
    amend.reason_edit.setText("แก้ไขเวลามาประชุมของนายวิชัย มั่นคง ตามที่ประชุมครั้งต่อไปทักท้วง")
    step(qtbot, editor, amend.accept)

    stored = services.records.get(m.Invitation, late.id)
    assert stored.arrived_at == _office(10, 20) and stored.attendance is m.Attendance.LATE
    view = editor.view
    assert view is not None and [v.number for v in view.versions] == [0, 1]
    amended = view.versions[1]
    assert amended.reason == "แก้ไขเวลามาประชุมของนายวิชัย มั่นคง ตามที่ประชุมครั้งต่อไปทักท้วง"
    assert "มาประชุมเวลา 10.20 น." in amended.text and "10.05" not in amended.text
    assert "มาประชุมเวลา 10.05 น." in view.versions[0].text  # the certified version is never rewritten
    assert editor.preview.toPlainText() == amended.text
    assert services.minutes.verify(certified.meeting_id)

    trail = services.records.audit_trail(late.id)
    assert trail[-1].action == "amend"
    assert "arrived_at" in trail[-1].summary
    editor.versions_list.setCurrentRow(1)
    diff = editor.version_text.toPlainText()
    assert "-" in diff and "มาประชุมเวลา 10.20 น." in diff


def test_an_attendee_marked_present_by_mistake_is_corrected_to_absent(
    qtbot: QtBot,
    editor: MinutesEditor,  # noqa: F811
    services: Services,
    certified: Org,
) -> None:
    mistaken = _invitation(services, certified, certified.members[0])
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    amend = editor.dialog
    assert isinstance(amend, AmendDialog)
    amend.correct_box.setChecked(True)
    amend.select_attendee(mistaken.id)
    amend.attendance_combo.set_value(m.Attendance.ABSENT)
    assert not amend.arrived_edit.isEnabled() and not amend.left_edit.isEnabled()
    amend.reason_edit.setText("ผู้มาประชุมบันทึกผิด")
    step(qtbot, editor, amend.accept)

    stored = services.records.get(m.Invitation, mistaken.id)
    assert stored.attendance is m.Attendance.ABSENT and stored.arrived_at is None and stored.left_at is None
    latest = services.minutes.view(certified.meeting_id).versions[-1].text
    absent = latest.split("ผู้ไม่มาประชุม", 1)[1].split("ผู้เข้าร่วมประชุม", 1)[0]
    assert "สมหญิง รักเรียน" in absent
    assert services.records.audit_trail(mistaken.id)[-1].action == "amend"


def test_a_correction_that_leaves_before_arriving_is_refused_and_nothing_changes(
    qtbot: QtBot,
    editor: MinutesEditor,  # noqa: F811
    services: Services,
    certified: Org,
) -> None:
    late = _invitation(services, certified, certified.members[1])
    versions = services.minutes.view(certified.meeting_id).versions
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    amend = editor.dialog
    assert isinstance(amend, AmendDialog)
    amend.correct_box.setChecked(True)
    amend.select_attendee(late.id)
    amend.left_check.setChecked(True)
    amend.left_edit.setDateTime(to_qdatetime(_office(9, 0)))
    amend.reason_edit.setText("แก้เวลา")
    with qtbot.waitSignal(editor.failed, timeout=10_000) as refused:
        amend.accept()
    assert refused.args and str(refused.args[0])
    assert services.records.get(m.Invitation, late.id) == late
    assert services.minutes.view(certified.meeting_id).versions == versions


@pytest.fixture
def unheld_editor(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: object,
    settings: QSettings,
) -> Iterator[tuple[MinutesEditor, Org]]:
    org = Org(services)  # invited, never opened
    services.minutes.draft(org.meeting_id)  # a draft prepared ahead of the meeting
    widget = MinutesEditor(
        ui_context(services, runner, bus, UndoHistory(runner, bus, services.steps), settings), clock=Clock()
    )
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show_meeting(org.meeting_id)
    yield widget, org
    runner.wait_idle(10_000)


def test_minutes_of_a_meeting_not_yet_held_cannot_be_certified_from_the_tab(
    unheld_editor: tuple[MinutesEditor, Org],
) -> None:
    widget, _org = unheld_editor
    assert widget.view is not None and widget.view.entries
    assert not widget.certify_button.isEnabled()
