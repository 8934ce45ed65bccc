"""The main window on a real store: navigator order, filter, the meeting pane, language switching."""

from __future__ import annotations

import dataclasses
import itertools
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from emeeting import app as app_module
from emeeting.app import run_gui
from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import ValidationError
from emeeting.domain.kinds import Kind
from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.sync.service import SyncService
from emeeting.ui.shell.i18n import SETTINGS_KEY, LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.style import Tone, tone_text_colour
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.ui.conftest import open_window

ICT_NAME = "คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร (ICT)"
HR_NAME = "คณะกรรมการบริหารงานบุคคล (HR)"


@dataclass(frozen=True)
class ShownBox:
    title: str
    text: str
    text_format: Qt.TextFormat


def answer_message_boxes(attempts: int = 500) -> list[ShownBox]:
    """Close each modal message box as soon as it shows; returns what they showed (filled in later)."""
    shown: list[ShownBox] = []

    def poll(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            shown.append(ShownBox(box.windowTitle(), box.text(), box.textFormat()))
            box.done(0)
        elif left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))
    return shown


class Gate:
    """Wraps a service method: the first call fetches its answer, then waits for ``release`` before
    returning it, so that a later call can overtake it (the read pool runs tasks in parallel)."""

    def __init__(self, method: Callable[..., object]) -> None:
        self._method = method
        self._calls = itertools.count()
        self.fetched = threading.Event()
        self.release = threading.Event()

    def __call__(self, *args: object, **kwargs: object) -> object:
        first = next(self._calls) == 0
        answer = self._method(*args, **kwargs)
        if first:
            self.fetched.set()
            self.release.wait(10)
        return answer


def select(qtbot: QtBot, window: MainWindow, services: Services, reference: str) -> None:
    meeting_id = services.meetings.resolve(reference).id
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000) as shown:
        assert window.navigator.select_meeting(meeting_id)
    assert shown.args == [meeting_id]


def test_navigator_lists_committees_then_years_then_meetings_newest_first(window: MainWindow) -> None:
    assert window.navigator.visible_rows() == [
        (0, HR_NAME),
        (1, "พ.ศ. 2569"),
        (2, "ครั้งที่ 1/2569 · 5 ก.พ. · การพิจารณาอัตรากำลัง"),
        (0, ICT_NAME),
        (1, "พ.ศ. 2569"),
        (2, "ครั้งที่ 3/2569 · 24 มี.ค. · งบประมาณโครงการระบบคลาวด์ภาครัฐ"),
        (2, "ครั้งที่ 2/2569 · 17 ก.พ. · แผนพัฒนาดิจิทัล ระยะที่ 2"),
        (2, "ครั้งที่ 1/2569 · 20 ม.ค. · แผนพัฒนาดิจิทัล ระยะที่ 1"),
        (1, "พ.ศ. 2568"),
        (2, "ครั้งที่ 2/2568 · 15 ก.ย. · การประชุมคณะกรรมการเทคโนโลยีสารสนเทศ"),
        (2, "ครั้งที่ 1/2568 · 10 มี.ค. · การประชุมคณะกรรมการเทคโนโลยีสารสนเทศ"),
    ]
    assert window.navigator.view.uniformRowHeights()
    meeting_id = window.navigator.first_meeting_id()
    tooltip = window.navigator.meeting_tooltip(meeting_id)
    assert "การพิจารณาอัตรากำลัง" in tooltip
    assert "อยู่ระหว่างเตรียมการ" in tooltip  # what the status means
    assert window.count_label.text() == "การประชุม 6 ครั้ง"


def test_filter_narrows_the_tree_and_keeps_the_path_to_each_match(window: MainWindow) -> None:
    navigator = window.navigator
    navigator.filter_edit.setText("คลาวด์")
    assert navigator.visible_rows() == [
        (0, ICT_NAME),
        (1, "พ.ศ. 2569"),
        (2, "ครั้งที่ 3/2569 · 24 มี.ค. · งบประมาณโครงการระบบคลาวด์ภาครัฐ"),
    ]
    navigator.filter_edit.setText("hr")  # a committee's short name keeps everything under it
    assert [text for _, text in navigator.visible_rows()] == [
        HR_NAME,
        "พ.ศ. 2569",
        "ครั้งที่ 1/2569 · 5 ก.พ. · การพิจารณาอัตรากำลัง",
    ]
    navigator.filter_edit.setText("2568")
    assert [depth for depth, _ in navigator.visible_rows()] == [0, 1, 2, 2]
    navigator.filter_edit.setText("ICT:2/2569")  # the reference the CLI uses
    assert navigator.visible_rows()[-1] == (2, "ครั้งที่ 2/2569 · 17 ก.พ. · แผนพัฒนาดิจิทัล ระยะที่ 2")
    navigator.filter_edit.setText("no such meeting")
    assert navigator.visible_rows() == []
    assert navigator.first_meeting_id() == ""
    navigator.filter_edit.clear()
    assert len(navigator.visible_rows()) == 11


def test_selecting_a_meeting_shows_its_header_and_numbered_agenda(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    select(qtbot, window, demo_services, "ICT:3/2569")
    pane = window.meeting_pane
    rows = pane.agenda_rows()
    assert [number for number, _ in rows] == ["1", "1.1", "1.2", "2", "2.1", "3", "4", "4.1", "4.2", "5"]
    titles = dict(rows)
    assert titles["1"] == "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"
    assert titles["1.2"] == "เรื่องที่เลขานุการแจ้ง"
    assert titles["2.1"].startswith("รับรองรายงานการประชุม")
    assert titles["4"] == "เรื่องเสนอเพื่อพิจารณา"
    assert titles["4.1"] == "ขออนุมัติโครงการจัดหาระบบคลาวด์"
    assert titles["4.2"] == "ร่างนโยบายการคุ้มครองข้อมูลส่วนบุคคล"
    assert titles["5"] == "เรื่องอื่น ๆ"
    header, details = pane.header, pane.details
    assert header.title_label.text() == "งบประมาณโครงการระบบคลาวด์ภาครัฐ"
    assert header.committee_label.text() == ICT_NAME
    assert header.summary_label.text().startswith("ครั้งที่ 3/2569 · ")
    assert "มีนาคม 2569" in header.summary_label.text()
    assert header.summary_label.text().endswith("ห้องประชุม 1 ชั้น 9 อาคารศูนย์ราชการ")
    assert header.status_label.text() == "ร่าง"
    assert details.place_edit.text() == "ห้องประชุม 1 ชั้น 9 อาคารศูนย์ราชการ"
    assert details.secrecy_combo.currentText() == "ลับ"
    assert details.urgency_combo.currentText() == "ด่วนที่สุด"
    assert header.urgency_stamp.isVisible() and header.urgency_stamp.text() == "ด่วนที่สุด"
    assert header.secrecy_stamp.isVisible() and header.secrecy_stamp.text() == "ลับ"
    assert tone_text_colour(Tone.BAD, header.palette()).name() in header.urgency_stamp.styleSheet()  # in red
    agenda = pane.agenda
    item_41 = agenda.model.index(0, 0, agenda.model.index(3, 0))
    assert (item_41.siblingAtColumn(2).data(), item_41.siblingAtColumn(3).data()) == ("นายวิชัย มั่นคง", "30 นาที")
    assert agenda.totals_label.text().startswith("ระเบียบวาระ 10 เรื่อง · เอกสาร 0 ฉบับ · 0 หน้า")

    select(qtbot, window, demo_services, "HR:1/2569")
    assert not header.urgency_stamp.isVisible()
    assert details.urgency_combo.currentText() == "ปกติ"
    assert [number for number, _ in pane.agenda_rows()] == ["1", "1.1", "1.2", "2", "2.1", "3", "4", "5"]


def test_language_switch_retranslates_the_window_live_and_is_remembered(
    qtbot: QtBot, window: MainWindow, demo_services: Services, settings: QSettings
) -> None:
    select(qtbot, window, demo_services, "ICT:3/2569")
    pane = window.meeting_pane
    assert window.menus.file_menu.title() == "ไฟล์"
    assert pane.tabs.tabText(1) == "ระเบียบวาระ"
    thai_size = QApplication.font().pointSizeF()

    window.set_language("en")
    assert settings.value(SETTINGS_KEY) == "en"
    assert window.menus.file_menu.title() == "&File"
    assert window.menus.view_menu.title() == "&View"
    assert window.menus.english_action.isChecked() and not window.menus.thai_action.isChecked()
    assert pane.tabs.tabText(1) == "&Agenda"
    assert pane.header.summary_label.text().startswith("No. 3/2569 · ")
    assert pane.details.urgency_combo.currentText() == "Most urgent"
    start = demo_services.meetings.resolve("ICT:3/2569").start.astimezone()  # shown in local time
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[start.weekday()]
    assert start.date() == date(2026, 3, 24)  # 02:30 UTC is still the 24th from UTC-2 to UTC+21
    assert f"{weekday} 24 March 2026, {start.hour:02d}:{start.minute:02d}" in pane.header.summary_label.text()
    assert pane.agenda.model.headerData(1, Qt.Orientation.Horizontal) == "Item"
    assert window.count_label.text() == "6 meetings"
    assert window.navigator.visible_rows()[1] == (1, "2026 (BE 2569)")
    assert window.navigator.visible_rows()[2] == (2, "No. 1/2569 · 5 Feb · การพิจารณาอัตรากำลัง")
    assert QApplication.font().pointSizeF() < thai_size  # Thai text gets a slightly larger size

    window.set_language("th")
    assert settings.value(SETTINGS_KEY) == "th"
    assert window.menus.file_menu.title() == "ไฟล์"
    assert pane.details.urgency_combo.currentText() == "ด่วนที่สุด"
    assert window.navigator.visible_rows()[1] == (1, "พ.ศ. 2569")


def test_the_saved_language_is_used_at_the_next_start(qapp: object, settings: QSettings) -> None:
    settings.setValue(SETTINGS_KEY, "en")
    switcher = LanguageSwitcher(settings)
    try:
        assert switcher.install() == "en"
    finally:
        switcher.uninstall()


def test_geometry_and_splitter_are_saved_and_restored(
    qtbot: QtBot,
    window: MainWindow,
    demo_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    window.showNormal()  # the first start maximises a window on a screen smaller than it likes
    window.resize(720, 520)  # within the offscreen platform's 800x800 screen, which restoring clamps to
    window.splitter.setSizes([300, 420])
    sizes = window.splitter.sizes()
    window.close()
    again = open_window(qtbot, demo_services, runner, bus, languages, settings)
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes


def test_the_last_meeting_is_selected_again_at_the_next_start(
    qtbot: QtBot,
    window: MainWindow,
    demo_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    select(qtbot, window, demo_services, "ICT:2/2569")
    window.close()
    sync = SyncService(demo_services.store, Credentials())
    again = MainWindow(demo_services, sync, runner, bus, languages, settings)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.meeting_shown, timeout=10_000):
        again.reload()
    assert again.workspace.header.title_label.text() == "แผนพัฒนาดิจิทัล ระยะที่ 2"


def test_a_change_on_the_bus_reloads_what_it_concerns(
    qtbot: QtBot, window: MainWindow, demo_services: Services, bus: ChangeBus, runner: TaskRunner
) -> None:
    select(qtbot, window, demo_services, "HR:1/2569")
    meeting = demo_services.meetings.resolve("HR:1/2569")
    changes = demo_services.meetings.update(
        dataclasses.replace(meeting, title="การพิจารณาอัตรากำลัง ปีงบประมาณ 2570"), base=meeting
    )
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        bus.publish(changes)
    assert window.navigator.visible_rows()[2] == (
        2,
        "ครั้งที่ 1/2569 · 5 ก.พ. · การพิจารณาอัตรากำลัง ปีงบประมาณ 2570",
    )
    assert window.navigator.current_meeting_id() == meeting.id  # the selection survives the reload

    assert runner.wait_idle(10_000)
    assert window.workspace.header.title_label.text() == "การพิจารณาอัตรากำลัง ปีงบประมาณ 2570"

    decision = next(e.item for e in demo_services.meetings.view(meeting.id).agenda if e.number == "4")
    added = demo_services.agenda.add(m.AgendaItem(meeting.id, "ขออนุมัติกรอบอัตรากำลัง", parent_id=decision.id))
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        bus.publish(added)
    assert ("4.1", "ขออนุมัติกรอบอัตรากำลัง") in window.workspace.agenda_rows()


def test_an_empty_store_shows_the_hint(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    window = open_window(qtbot, services, runner, bus, languages, settings)
    assert window.navigator.visible_rows() == []
    assert window.select_first_meeting() == ""
    assert window.workspace.placeholder.text().startswith("เลือกการประชุม")


def test_a_store_written_by_a_newer_version_is_refused_with_a_clear_message(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Services.open(data_dir, actor="test").close()
    with sqlite3.connect(data_dir / "emeeting.db") as db:
        db.execute("UPDATE alembic_version SET version_num='9999'")
    db.close()

    assert run_gui(data_dir, actor="test", smoke=True) == 2
    err = capsys.readouterr().err
    assert "newer version of emeeting" in err
    assert "9999" in err
    assert "Traceback" not in err


def test_without_smoke_a_store_error_is_shown_in_a_message_box(data_dir: Path, qapp: object) -> None:
    Services.open(data_dir, actor="test").close()
    with sqlite3.connect(data_dir / "emeeting.db") as db:
        db.execute("UPDATE alembic_version SET version_num='9999'")
    db.close()
    boxes = answer_message_boxes()
    assert run_gui(data_dir, actor="test", smoke=False) == 2
    assert len(boxes) == 1
    assert "newer version of emeeting" in boxes[0].text
    assert boxes[0].text_format is Qt.TextFormat.PlainText


def test_the_start_up_error_is_shown_in_the_saved_language(
    data_dir: Path, qapp: object, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    Services.open(data_dir, actor="test").close()
    with sqlite3.connect(data_dir / "emeeting.db") as db:
        db.execute("UPDATE alembic_version SET version_num='9999'")
    db.close()
    settings.setValue(SETTINGS_KEY, "th")
    monkeypatch.setattr(app_module, "QSettings", lambda: settings)
    boxes = answer_message_boxes()
    assert run_gui(data_dir, actor="test", smoke=False) == 2
    assert [(box.title, box.text) for box in boxes] == [
        (
            "ไม่สามารถเปิดโปรแกรม emeeting ได้",
            f"{data_dir / 'emeeting.db'} ถูกบันทึกโดย emeeting รุ่นที่ใหม่กว่า (โครงสร้างข้อมูล 9999) "
            "กรุณาติดตั้งรุ่นนั้นเพื่อเปิดใช้งาน",
        )
    ]


def test_an_older_meeting_list_that_arrives_last_is_dropped(
    qtbot: QtBot,
    window: MainWindow,
    demo_services: Services,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meetings = demo_services.meetings
    gate = Gate(meetings.summaries)
    monkeypatch.setattr(meetings, "summaries", gate)
    window.reload()  # fetches the list as it is now, then waits
    assert gate.fetched.wait(5)
    meeting = meetings.resolve("HR:1/2569")
    meetings.update(m.Meeting(**{**meeting.__dict__, "title": "การพิจารณาอัตรากำลัง (ฉบับปรับปรุง)"}), base=meeting)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.reload()  # overtakes the first
    gate.release.set()
    assert runner.wait_idle(10_000)
    qtbot.wait(50)
    assert window.navigator.visible_rows()[2] == (2, "ครั้งที่ 1/2569 · 5 ก.พ. · การพิจารณาอัตรากำลัง (ฉบับปรับปรุง)")


def test_an_older_view_of_the_same_meeting_that_arrives_last_is_dropped(
    qtbot: QtBot,
    window: MainWindow,
    demo_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select(qtbot, window, demo_services, "HR:1/2569")
    meeting = demo_services.meetings.resolve("HR:1/2569")
    gate = Gate(demo_services.meetings.view)
    monkeypatch.setattr(demo_services.meetings, "view", gate)
    bus.publish(Changes.of(Kind.AGENDA_ITEM, "elsewhere"))  # reloads the view as it is now, which then waits
    assert gate.fetched.wait(5)
    decision = next(e.item for e in demo_services.meetings.view(meeting.id).agenda if e.number == "4")
    added = demo_services.agenda.add(m.AgendaItem(meeting.id, "ขออนุมัติกรอบอัตรากำลัง", parent_id=decision.id))
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        bus.publish(added)  # the newer view overtakes the older one
    gate.release.set()
    assert runner.wait_idle(10_000)
    qtbot.wait(50)
    assert ("4.1", "ขออนุมัติกรอบอัตรากำลัง") in window.workspace.agenda_rows()


def test_text_from_the_store_is_shown_as_plain_text_never_as_html(
    qtbot: QtBot, window: MainWindow, demo_services: Services, bus: ChangeBus
) -> None:
    committee = m.Committee("<i>คณะทำงาน</i>", "<u>W</u>")
    demo_services.records.create(committee)
    title = "<b>x</b>"
    place = '<img src="file:///etc/passwd">'
    created = demo_services.meetings.create(
        committee.id, title, datetime(2026, 5, 1, 2, 30, tzinfo=UTC), template="th", place=place
    )
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        bus.publish(created)
    meeting = next(s.meeting for s in demo_services.meetings.summaries(committee.id))
    agenda = demo_services.meetings.view(meeting.id).agenda
    first = agenda[0].item
    demo_services.agenda.update(m.AgendaItem(**{**first.__dict__, "title": "<h1>a</h1> & b"}), base=first)
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        assert window.navigator.select_meeting(meeting.id)

    header = window.workspace.header
    assert header.title_label.textFormat() is Qt.TextFormat.PlainText
    assert header.title_label.text() == title
    assert header.summary_label.text().endswith(place)
    assert header.committee_label.text() == "<i>คณะทำงาน</i> (<u>W</u>)"
    for tab in range(window.workspace.tabs.count()):
        window.show_tab(tab)  # each tab is built when first shown, then shows the meeting
    for label in window.findChildren(QLabel):
        assert label.textFormat() is Qt.TextFormat.PlainText, label.objectName()
    # Tooltips have no plain-text switch: what they show from the store is escaped.
    item_tooltip = window.workspace.agenda.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;h1&gt;a&lt;/h1&gt; &amp; b" in item_tooltip
    assert "<h1>" not in item_tooltip
    meeting_tooltip = window.navigator.meeting_tooltip(meeting.id)
    assert "&lt;b&gt;x&lt;/b&gt;" in meeting_tooltip
    assert "&lt;i&gt;" in meeting_tooltip and "<i>" not in meeting_tooltip


def test_an_error_message_is_shown_as_plain_text(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner
) -> None:
    def fail() -> None:
        raise ValidationError('the title "<b>x</b>" is taken')

    boxes = answer_message_boxes()
    runner.read(fail, lambda _: None)  # no error handler: the window shows the message
    qtbot.waitUntil(lambda: bool(boxes), timeout=5_000)
    assert boxes[0].text == 'the title "<b>x</b>" is taken'
    assert boxes[0].text_format is Qt.TextFormat.PlainText
