"""The Export menu driven like a user: pick a meeting, choose the options, get the file, or cancel."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.shell.export_actions import (
    AGENDA,
    BOOK,
    INVITATION,
    MINUTES_DOCX,
    MINUTES_PDF,
    ExportMenu,
    ExportOptions,
)
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.services.conftest import pdf_bytes
from tests.ui.conftest import open_window
from tests.ui.test_main_window import answer_message_boxes


def text_pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return [" ".join(page.split()) for page in out.stdout.decode().split("\f")[:-1]]


@pytest.fixture
def ready(
    qtbot: QtBot,
    demo_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
    tmp_path: Path,
) -> Iterator[tuple[MainWindow, ExportMenu, m.Meeting]]:
    """The newest ICT meeting (classed ลับ) selected, with a 3-page budget on 4.1 and its members invited."""
    services = demo_services
    meeting = next(s.meeting for s in services.meetings.summaries() if s.meeting.title.startswith("งบประมาณ"))
    view = services.meetings.view(meeting.id)
    item = next(e.item for e in view.agenda if e.number == "4.1")
    budget = tmp_path / "budget.pdf"
    budget.write_bytes(pdf_bytes(3, "Budget"))
    assert not services.documents.attach(meeting.id, item.id, [budget]).rejected
    people = services.records.select(m.Person)
    services.records.create(*(m.Invitation(meeting.id, p.id) for p in people))
    window = open_window(qtbot, services, runner, bus, languages, settings)
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        window.navigator.select_meeting(meeting.id)
    yield window, window.menus.export_menu, meeting
    runner.wait_idle(20_000)


def choose(menu: ExportMenu, dest: Path) -> None:
    menu.choose_file = lambda _proposed, _suffix: str(dest)


def test_the_board_book_is_written_for_the_chosen_reader(qtbot: QtBot, ready, tmp_path: Path) -> None:
    window, menu, _meeting = ready
    dest = tmp_path / "out" / "book"
    dest.parent.mkdir()
    choose(menu, dest)
    assert menu in [action.menu() for action in window.menuBar().actions()]
    menu.aboutToShow.emit()
    assert menu.actions_by_kind[BOOK].isEnabled()

    menu.actions_by_kind[BOOK].trigger()
    qtbot.waitUntil(
        lambda: menu.options_dialog is not None and menu.options_dialog.isVisible(), timeout=10_000
    )
    dialog = menu.options_dialog
    assert dialog is not None
    dialog.reader.setCurrentIndex(dialog.reader.findText("นายวิชัย มั่นคง"))
    dialog.thai_digits.setChecked(True)
    with qtbot.waitSignal(menu.exported, timeout=60_000) as written:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert menu.progress is not None and menu.progress.isVisible()

    assert written.args == [str(dest.with_name("book.pdf"))]
    pages = text_pages(dest.with_name("book.pdf"))
    total = len(pages)
    assert total == 2 + 3
    assert "สำเนาสำหรับ นายวิชัย มั่นคง" in pages[0]
    assert all(
        f"หน้า {n}/{total}".translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")) in p
        for n, p in enumerate(pages, 1)
    )
    assert all("สำเนาของ นายวิชัย มั่นคง" in p for p in pages[2:])  # a meeting classed ลับ: every paper
    assert menu.progress is None
    assert str(dest.parent) in window.statusBar().currentMessage()


def test_minutes_agenda_and_invitation_from_the_same_menu(
    qtbot: QtBot, ready, demo_services: Services, tmp_path: Path
) -> None:
    _window, menu, meeting = ready
    demo_services.session.start(meeting.id, datetime.now(UTC))  # a meeting not held has no minutes
    kinds = ((AGENDA, "agenda.pdf"), (MINUTES_DOCX, "minutes.docx"), (MINUTES_PDF, "minutes.pdf"))
    for kind, name in (*kinds, (INVITATION, "invitation.pdf")):
        dest = tmp_path / name
        choose(menu, dest)
        menu.actions_by_kind[kind].trigger()
        qtbot.waitUntil(lambda: menu.options_dialog is not None, timeout=10_000)
        dialog = menu.options_dialog
        assert dialog is not None and not dialog.reader.isVisibleTo(dialog)
        with qtbot.waitSignal(menu.exported, timeout=60_000):
            dialog.accept()
        assert dest.stat().st_size > 0
    agenda = " ".join(text_pages(tmp_path / "agenda.pdf"))
    assert "ระเบียบวาระการประชุม" in agenda and f"ครั้งที่ {meeting.label}" in agenda
    assert "รายงานการประชุม" in " ".join(text_pages(tmp_path / "minutes.pdf"))
    assert "เชิญ" in " ".join(text_pages(tmp_path / "invitation.pdf"))
    import docx

    assert docx.Document(str(tmp_path / "minutes.docx")).paragraphs


def test_cancelling_the_board_book_writes_nothing(qtbot: QtBot, ready, tmp_path: Path) -> None:
    _window, menu, meeting = ready
    dest = tmp_path / "book.pdf"
    with qtbot.waitSignal(menu.export_cancelled, timeout=60_000):
        menu.run(BOOK, meeting.id, dest, menu_options())
        assert menu.progress is not None
        cancel = menu.progress.findChild(QPushButton)
        cancel.click()
    assert not dest.exists() and sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []


def test_a_failed_export_is_shown_with_its_reason(qtbot: QtBot, ready, tmp_path: Path) -> None:
    _window, menu, meeting = ready
    dest = tmp_path / "no such folder" / "book.pdf"
    shown = answer_message_boxes()
    with qtbot.waitSignal(menu.export_failed, timeout=60_000) as failed:
        menu.run(BOOK, meeting.id, dest, menu_options())
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert str(dest) in failed.args[0]
    assert shown[0].text == failed.args[0]
    assert not dest.parent.exists()


def menu_options() -> ExportOptions:
    return ExportOptions(lang="th")


def test_the_board_book_says_which_papers_it_left_out(
    qtbot: QtBot, ready, demo_services: Services, tmp_path: Path
) -> None:
    import docx

    _window, menu, meeting = ready
    word = docx.Document()
    word.add_paragraph("ระเบียบวาระ")
    word.save(str(tmp_path / "m_th.docx"))
    assert not demo_services.documents.attach(meeting.id, None, [tmp_path / "m_th.docx"]).rejected
    choose(menu, tmp_path / "book.pdf")
    menu.actions_by_kind[BOOK].trigger()
    qtbot.waitUntil(lambda: menu.options_dialog is not None, timeout=10_000)
    dialog = menu.options_dialog
    assert dialog is not None

    with qtbot.waitSignal(menu.left_out, timeout=60_000) as left_out:
        dialog.accept()

    assert ("m_th", "not_pdf") in left_out.args[0]
    box = menu.left_out_box
    assert box is not None and box.isVisible()
    assert box.icon() == box.Icon.Information  # a note, not a warning: the book was written
    assert "paper(s) were left out of book.pdf:" in box.text()
    assert "• m_th: not a PDF: convert it to PDF in the Documents tab" in box.text().splitlines()
    box.close()
    qtbot.waitUntil(lambda: menu.left_out_box is None, timeout=5_000)


def test_the_export_language_is_the_meetings_own_not_the_screens(
    qtbot: QtBot, ready, demo_services: Services
) -> None:
    window, menu, thai_meeting = ready

    def asked_language() -> str:
        menu.actions_by_kind[AGENDA].trigger()
        qtbot.waitUntil(lambda: menu.options_dialog is not None, timeout=10_000)
        dialog = menu.options_dialog
        assert dialog is not None
        language = dialog.options().lang
        dialog.reject()
        qtbot.waitUntil(lambda: menu.options_dialog is None, timeout=10_000)
        return language

    window.set_language("en")
    assert asked_language() == "th"  # a Thai committee's agenda, on an English screen
    board = m.Committee("Digital Partnership Board", "DPB", language="en", agenda_template="en")
    demo_services.records.create(board)
    english_id = m.new_id()
    start = datetime(2026, 5, 4, 3, 0, tzinfo=UTC)
    demo_services.meetings.create(board.id, "Quarterly meeting", start, template="en", meeting_id=english_id)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.reload()
    with qtbot.waitSignal(window.meeting_shown, timeout=10_000):
        window.navigator.select_meeting(english_id)
    window.set_language("th")
    assert asked_language() == "en"
    assert thai_meeting.id != english_id
