"""The first hour of a new secretary, played through the real window on an empty data folder: the
first-run guide (committee, members from a CSV file, the first meeting from the Thai template, its
invitees), two agenda items, a paper attached to each, and the invitation letter written as a PDF.

Every step is a click or typing on a real widget; the file choosers are answered as a user would (the
file picked, Open). No warning or error box may appear. The user's clicks and typing are counted and the
figure printed: where it grows, a screen has friction to remove."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.shell.export_actions import INVITATION
from emeeting.ui.shell.first_run import DONE, INVITEES_STEP, MEETING, FirstRunGuide
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA, DOCUMENTS, INVITEES
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.services.conftest import pdf_bytes
from tests.ui.conftest import open_window

WAIT = 20_000
COMMITTEE_NAME = "คณะกรรมการพัฒนาระบบสารสนเทศ"
MEMBERS_CSV = """คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,หน่วยงาน,อีเมล,บทบาท
นาย,ประเสริฐ,วงศ์สวัสดิ์,รองปลัดกระทรวง,สำนักงานปลัดกระทรวง,prasert@example.go.th,ประธาน
นาง,สุภาพร,ศรีสุข,ผู้อำนวยการกองคลัง,กองคลัง,supaporn@example.go.th,กรรมการ
นาย,ธนวัฒน์,ใจงาม,ผู้อำนวยการกองกฎหมาย,กองกฎหมาย,thanawat@example.go.th,กรรมการ
นางสาว,กมลวรรณ,รัตนพันธ์,ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศ,ศูนย์เทคโนโลยีสารสนเทศ,kamonwan@example.go.th,กรรมการและเลขานุการ
"""
ITEMS = ("ขออนุมัติโครงการจัดหาระบบบริหารเอกสารอิเล็กทรอนิกส์", "ร่างแผนพัฒนาดิจิทัล พ.ศ. 2570")


@dataclass
class User:
    """Plays the user on real widgets and counts what they do: a click (a button, a tab, a row, a menu,
    a file picked), a field typed in (one whatever its length), a key that does something (Enter)."""

    qtbot: QtBot
    clicks: int = 0
    fields: int = 0
    keys: int = 0
    log: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.clicks + self.fields + self.keys

    def click(self, button: QAbstractButton, why: str) -> None:
        assert button.isVisible() and button.isEnabled(), f"{why}: {button.objectName() or button.text()}"
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self._count("click", why)

    def click_at(self, widget: QWidget, point: QPoint, why: str) -> None:
        assert widget.isVisible(), why
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        self._count("click", why)

    def type(self, widget: QWidget, text: str, why: str) -> None:
        """Typing as a Thai keyboard sends it: a key event per character carrying its text."""
        assert widget.isVisible() and widget.isEnabled(), why
        widget.setFocus()
        for character in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
                QApplication.sendEvent(widget, event)
        self.fields += 1
        self.log.append(f"type: {why}")

    def press(self, widget: QWidget, key: Qt.Key, why: str) -> None:
        QTest.keyClick(widget, key)
        self.keys += 1
        self.log.append(f"key: {why}")

    def menu(self, why: str) -> None:
        """A menu opened and one of its entries chosen."""
        self.clicks += 2
        self.log.append(f"menu (2 clicks): {why}")

    def pick(self, why: str, clicks: int = 2) -> None:
        """A file dialog answered: the file clicked, then Open (or only Save for a proposed name)."""
        self.clicks += clicks
        self.log.append(f"file dialog ({clicks} clicks): {why}")

    def _count(self, kind: str, why: str) -> None:
        self.clicks += 1
        self.log.append(f"{kind}: {why}")


@dataclass
class Boxes:
    """Every message box asked to show: (icon, text)."""

    shown: list[tuple[QMessageBox.Icon, str]] = field(default_factory=list)

    def errors(self) -> list[str]:
        bad = (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical)
        return [text for icon, text in self.shown if icon in bad]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """No message box blocks the test: each is recorded and answered No/OK at once."""
    seen = Boxes()

    def record(box: QMessageBox) -> int:
        seen.shown.append((box.icon(), box.text()))
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(QMessageBox, "open", record)
    for name, icon in (
        ("warning", QMessageBox.Icon.Warning),
        ("critical", QMessageBox.Icon.Critical),
        ("information", QMessageBox.Icon.Information),
        ("question", QMessageBox.Icon.Question),
    ):
        monkeypatch.setattr(
            QMessageBox,
            name,
            staticmethod(
                lambda _parent, _title, text, *_args, _icon=icon, **_kw: (
                    seen.shown.append((_icon, text)) or QMessageBox.StandardButton.No
                )
            ),
        )
    return seen


@pytest.fixture
def window(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> Iterator[MainWindow]:
    """The window on an empty data folder, at the size of the most common office laptop screen."""
    main_window = open_window(qtbot, services, runner, bus, languages, settings)
    main_window.resize(1366, 768)
    yield main_window
    runner.wait_idle(WAIT)


def new_item_ready(window: MainWindow, rows: int) -> bool:
    """The agenda shows ``rows`` items and the title of the one selected waits to be typed over."""
    agenda = window.workspace.agenda
    title = agenda.editor.title_edit
    return (
        len(agenda.rows()) == rows
        and window.focusWidget() is title
        and bool(title.text())
        and title.selectedText() == title.text()
    )


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode().split())


def test_the_first_hour_from_an_empty_store_to_the_invitation_letter(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    runner: TaskRunner,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user = User(qtbot)
    members_file = tmp_path / "รายชื่อกรรมการ.csv"
    members_file.write_text(MEMBERS_CSV, encoding="utf-8")
    papers = [tmp_path / "โครงการระบบเอกสาร.pdf", tmp_path / "ร่างแผนดิจิทัล.pdf"]
    for number, paper in enumerate(papers, start=1):
        paper.write_bytes(pdf_bytes(2 + number, f"Paper {number}"))
    chosen: list[list[str]] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(members_file), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (chosen.pop(0), ""))

    # The window opens on the empty folder and offers the guide by itself.
    assert window.navigator.empty_state.isVisible()
    window.offer_first_run()
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible(), timeout=WAIT)
    guide = window.first_run
    assert isinstance(guide, FirstRunGuide)
    runner.wait_idle(WAIT)

    # Step 1: the committee, its members from the CSV file.
    user.type(guide.name_edit, COMMITTEE_NAME, "committee name")
    user.type(guide.short_edit, "DIT", "short name")
    user.click(guide.create_import_button, "create the committee and import its members")
    qtbot.waitUntil(lambda: guide.import_dialog is not None and guide.import_dialog.isVisible(), timeout=WAIT)
    importer = guide.import_dialog
    assert importer is not None
    user.pick("the members' list")
    qtbot.waitUntil(lambda: importer.import_button.isEnabled(), timeout=WAIT)
    assert importer.committee_id() == guide.committee_id  # made members of the new committee
    user.click(importer.import_button, "import the 4 rows")
    qtbot.waitUntil(lambda: guide.step == MEETING, timeout=WAIT)
    committee = services.records.get(m.Committee, guide.committee_id)
    assert (committee.name, committee.short_name) == (COMMITTEE_NAME, "DIT")
    members = services.records.select(m.Membership, committee_id=committee.id)
    assert len(members) == 4

    # Step 2: the first meeting from the Thai template; it ends on the meeting's Agenda tab.
    user.click(guide.meeting_button, "create the meeting")
    qtbot.waitUntil(lambda: guide.meeting_dialog is not None, timeout=WAIT)
    dialog = guide.meeting_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.template() == "th" and dialog.committee_id() == committee.id
    assert dialog.title_edit.text()  # a title is proposed
    user.type(dialog.place_edit, "ห้องประชุม 2 ชั้น 5", "place")
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), "OK")
    qtbot.waitUntil(lambda: guide.step == INVITEES_STEP, timeout=WAIT)
    meeting_id = window.workspace.meeting_id
    assert meeting_id == guide.meeting_id
    assert window.workspace.tabs.currentIndex() == AGENDA
    sections = [number for number, _title in window.workspace.agenda_rows() if "." not in number]
    assert sections == ["1", "2", "3", "4", "5"]  # the Thai template's five sections

    # Step 3: the whole committee invited; the Invitees tab shows them.
    user.click(guide.invite_button, "invite the whole committee")
    qtbot.waitUntil(lambda: guide.step == DONE, timeout=WAIT)
    assert window.workspace.tabs.currentIndex() == INVITEES
    qtbot.waitUntil(lambda: window.workspace.invitees.table.rowCount() == 4, timeout=WAIT)

    # Where the work continues: the agenda, section 4 selected.
    user.click(guide.next_buttons["agenda"], "to the agenda")
    qtbot.waitUntil(lambda: window.first_run is None, timeout=WAIT)
    agenda = window.workspace.agenda
    assert window.workspace.tabs.currentIndex() == AGENDA
    assert agenda.current_item_id() is not None
    title_edit = agenda.editor.title_edit
    for number, (title, button) in enumerate(
        zip(ITEMS, (agenda.add_sub_button, agenda.add_button), strict=True)
    ):
        rows = len(agenda.rows())
        user.click(button, f"add item 4.{number + 1}")
        # The new item is selected, its title "New item" ready to be typed over.
        qtbot.waitUntil(lambda r=rows: new_item_ready(window, r + 1), timeout=WAIT)
        user.type(title_edit, title, f"title of 4.{number + 1}")
        user.press(title_edit, Qt.Key.Key_Return, "Enter stores it")
        row = (f"4.{number + 1}", title)
        qtbot.waitUntil(lambda r=row: r in window.workspace.agenda_rows(), timeout=WAIT)

    # A paper for each item, on the Documents tab: it opens on the item just typed (4.2).
    tab_bar = window.workspace.tabs.tabBar()
    user.click_at(tab_bar, tab_bar.tabRect(DOCUMENTS).center(), "the Documents tab")
    pane = window.workspace.documents
    view = services.meetings.view(meeting_id)
    item_ids = {e.item.title: e.item.id for e in view.agenda}
    last_typed = item_ids[ITEMS[1]]
    qtbot.waitUntil(
        lambda: (
            pane.group_node(last_typed) is not None and pane.tree.currentItem() is pane.group_node(last_typed)
        ),
        timeout=WAIT,
    )
    attach = pane.toolbar.widgetForAction(pane.add_action)
    assert isinstance(attach, QToolButton)
    for paper, title in reversed(list(zip(papers, ITEMS, strict=True))):
        group = pane.group_node(item_ids[title])
        assert group is not None
        if pane.tree.currentItem() is not group:
            user.click_at(pane.tree.viewport(), pane.tree.visualItemRect(group).center(), f"the item {title}")
        chosen.append([str(paper)])
        with qtbot.waitSignal(pane.import_finished, timeout=WAIT) as finished:
            user.click(attach, "attach files")
            user.pick(paper.name)
        assert finished.args == [1, 0]
    attached = {e.item.title: len(e.documents) for e in services.meetings.view(meeting_id).agenda}
    assert [attached[title] for title in ITEMS] == [1, 1]

    # The invitation letter, written as a PDF.
    menu = window.menus.export_menu
    letter = tmp_path / "หนังสือเชิญประชุม.pdf"
    menu.choose_file = lambda _proposed, _suffix: str(letter)
    user.menu("Export ▸ Invitation letter")
    menu.actions_by_kind[INVITATION].trigger()
    qtbot.waitUntil(lambda: menu.options_dialog is not None and menu.options_dialog.isVisible(), timeout=WAIT)
    options = menu.options_dialog
    assert options is not None
    with qtbot.waitSignal(menu.exported, timeout=60_000):
        user.click(options.buttons.button(QDialogButtonBox.StandardButton.Ok), "the letter's options")
        user.pick("the letter's file name proposed: Save", clicks=1)
    text = pdf_text(letter)
    meeting = services.records.get(m.Meeting, meeting_id)
    assert "หนังสือเชิญประชุม" in text
    assert COMMITTEE_NAME in text
    assert meeting.label in text
    assert "ห้องประชุม 2 ชั้น 5" in text
    assert "นางสาวกมลวรรณ รัตนพันธ์" in text  # the committee's secretary signs

    runner.wait_idle(WAIT)
    assert boxes.errors() == []
    assert boxes.shown == []  # not even a question on the way
    with capsys.disabled():
        print(
            f"\nfirst hour: {user.total} user actions — {user.clicks} clicks, {user.fields} fields typed, "
            f"{user.keys} keys (Enter)"
        )
    assert user.total <= 29, "\n".join(user.log)
