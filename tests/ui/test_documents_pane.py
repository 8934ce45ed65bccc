"""The documents pane over real services: files dropped from the desktop, checked by the real intake child,
listed with page counts, previewed, reordered, renamed, classified, removed, and every edit undone."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.intake.convert import find_office
from emeeting.services.container import Services
from emeeting.ui.documents.documents_pane import NAME, PAGES, SECRECY, DocumentsPane
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.widgets.style import Tone
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.services.conftest import pdf_bytes
from tests.ui.context_helpers import ui_context

WAIT = 20_000  # the intake child starts a Python interpreter; a busy machine may be slow


class Meeting:
    def __init__(self, services: Services) -> None:
        committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "ICT")
        services.records.create(committee)
        self.id = m.new_id()
        services.meetings.create(
            committee.id,
            "ประชุมคณะกรรมการ",
            datetime(2026, 3, 10, 2, 30, tzinfo=UTC),
            template="th",
            meeting_id=self.id,
        )
        numbers = {e.number: e.item for e in services.meetings.view(self.id).agenda}
        self.item = m.AgendaItem(self.id, "ขออนุมัติจัดซื้อครุภัณฑ์", parent_id=numbers["4"].id)
        services.agenda.add(self.item)


@pytest.fixture
def meeting(services: Services) -> Meeting:
    return Meeting(services)


@pytest.fixture
def history(runner: TaskRunner, bus: ChangeBus, services: Services) -> UndoHistory:
    return UndoHistory(runner, bus, services.steps)


@pytest.fixture
def pane(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    history: UndoHistory,
    meeting: Meeting,
    settings: QSettings,
) -> Iterator[DocumentsPane]:
    # No translation installed: the texts asserted below are the English sources.
    widget = DocumentsPane(ui_context(services, runner, bus, history, settings))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=WAIT):
        widget.show_meeting(meeting.id)
    yield widget
    runner.wait_idle(WAIT)


def files(folder: Path, **pages: int) -> list[Path]:
    """PDFs named after the keywords, with that many pages each."""
    folder.mkdir(exist_ok=True)
    paths = []
    for name, count in pages.items():
        path = folder / f"{name}.pdf"
        path.write_bytes(pdf_bytes(count, marker=name))
        paths.append(path)
    return paths


def drop_files(pane: DocumentsPane, paths: list[Path], at: QPoint) -> None:
    """Drag files from the desktop onto the tree and let go at ``at`` (viewport coordinates)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    viewport = pane.tree.viewport()
    position = QPointF(at)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position, actions, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(position, actions, mime, buttons, keys)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(position, actions, mime, buttons, keys)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def group_point(pane: DocumentsPane, item_id: str | None) -> QPoint:
    group = pane.group_node(item_id)
    assert group is not None
    return pane.tree.visualItemRect(group).center()


def names(pane: DocumentsPane, item_id: str | None) -> list[str]:
    return [d.name for d in pane.group_documents(item_id)]


def stored(services: Services, item_id: str | None, meeting_id: str) -> list[m.Document]:
    return services.records.select(m.Document, order_by=("position",), meeting_id=meeting_id, item_id=item_id)


def attach(
    qtbot: QtBot, pane: DocumentsPane, services: Services, meeting: Meeting, paths: list[Path]
) -> None:
    """Documents already on item 4.1 (attached through the service, as the CLI does), then shown."""
    assert services.documents.attach(meeting.id, meeting.item.id, paths).rejected == ()
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        pane.show_meeting(meeting.id)


def test_lists_every_agenda_item_and_the_meeting_level_group(pane: DocumentsPane, meeting: Meeting) -> None:
    groups = [pane.tree.topLevelItem(i) for i in range(pane.tree.topLevelItemCount())]
    assert groups[0].text(NAME) == "Meeting documents"
    assert any(g.text(NAME) == "4.1  ขออนุมัติจัดซื้อครุภัณฑ์" for g in groups)
    assert all(g.childCount() == 0 for g in groups)
    assert pane.summary_label.text() == "0 document(s) · 0 page(s) in this meeting"


def test_drop_a_good_pdf_and_a_broken_file_on_an_agenda_item(
    qtbot: QtBot,
    pane: DocumentsPane,
    history: UndoHistory,
    services: Services,
    meeting: Meeting,
    tmp_path: Path,
) -> None:
    (good,) = files(tmp_path / "in", งบประมาณ=3)
    broken = tmp_path / "in" / "สัญญา.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500)

    with qtbot.waitSignal(pane.import_finished, timeout=WAIT) as finished:
        drop_files(pane, [good, broken], group_point(pane, meeting.item.id))
        assert pane.progress.isVisible() and pane.cancel_button.isVisible()
    assert finished.args == [1, 1]
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["งบประมาณ"], timeout=WAIT)

    node = pane.group_node(meeting.item.id).child(0)
    assert node.text(PAGES) == "3"
    assert pane.group_node(meeting.item.id).text(PAGES) == "3"
    assert pane.summary_label.text() == "1 document(s) · 3 page(s) in this meeting"
    assert not pane.progress.isVisible() and not pane.cancel_button.isVisible()
    (line,) = [pane.rejected_list.item(i).text() for i in range(pane.rejected_list.count())]
    assert line.startswith("สัญญา.pdf: ") and "\n" not in line
    assert pane.rejected_list.isVisible()

    (document,) = stored(services, meeting.item.id, meeting.id)
    assert (document.name, document.page_count) == ("งบประมาณ", 3)
    assert services.records.select(m.Document, meeting_id=meeting.id) == [document]
    assert not services.store.blobs.has(hashlib.sha256(broken.read_bytes()).hexdigest())

    # Attaching is an edit like any other: undo takes the document away again, redo brings it back.
    history.stack.undo()
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == [], timeout=WAIT)
    assert stored(services, meeting.item.id, meeting.id) == []
    history.stack.redo()
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["งบประมาณ"], timeout=WAIT)
    assert stored(services, meeting.item.id, meeting.id) == [document]


def test_files_dropped_outside_any_item_belong_to_the_meeting(
    qtbot: QtBot, pane: DocumentsPane, services: Services, meeting: Meeting, tmp_path: Path
) -> None:
    paths = files(tmp_path / "in", หนังสือเชิญ=1, ระเบียบวาระ=2)
    empty_area = QPoint(20, pane.tree.viewport().height() - 5)
    assert pane.tree.itemAt(empty_area) is None

    with qtbot.waitSignal(pane.import_finished, timeout=WAIT) as finished:
        drop_files(pane, paths, empty_area)
    assert finished.args == [2, 0]
    qtbot.waitUntil(lambda: names(pane, None) == ["หนังสือเชิญ", "ระเบียบวาระ"], timeout=WAIT)
    assert [d.page_count for d in stored(services, None, meeting.id)] == [1, 2]
    assert pane.summary_label.text() == "2 document(s) · 3 page(s) in this meeting"
    assert not pane.rejected_list.isVisible()


def test_cancelling_an_import_attaches_nothing(
    qtbot: QtBot, pane: DocumentsPane, services: Services, meeting: Meeting, tmp_path: Path
) -> None:
    paths = files(tmp_path / "in", **{f"doc{n}": 1 for n in range(10)})

    with qtbot.waitSignal(pane.import_finished, timeout=WAIT) as finished:
        drop_files(pane, paths, group_point(pane, meeting.item.id))
        qtbot.mouseClick(pane.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] == 0
    assert pane.import_label.text() == "Import cancelled; no file was attached."
    assert services.records.select(m.Document, meeting_id=meeting.id) == []
    assert not pane.progress.isVisible()
    lines = [pane.rejected_list.item(i).text() for i in range(pane.rejected_list.count())]
    # The cancel lands before the first batch of four starts or while it runs; nothing after it is read.
    assert lines in (["10 file(s) not checked (cancelled)"], ["6 file(s) not checked (cancelled)"])


def test_selecting_a_document_shows_it_in_the_viewer(
    qtbot: QtBot, pane: DocumentsPane, services: Services, meeting: Meeting, tmp_path: Path
) -> None:
    attach(qtbot, pane, services, meeting, files(tmp_path / "in", วาระ=2, งบ=4))

    with qtbot.waitSignal(pane.preview_shown, timeout=WAIT):
        pane.tree.setCurrentItem(pane.group_node(meeting.item.id).child(1))
    assert (pane.viewer.title, pane.viewer.page_count) == ("งบ", 4)
    assert pane.viewer.stack.currentIndex() == 1


def test_reorder_with_move_up_and_down_and_undo(
    qtbot: QtBot,
    pane: DocumentsPane,
    history: UndoHistory,
    services: Services,
    meeting: Meeting,
    tmp_path: Path,
) -> None:
    attach(qtbot, pane, services, meeting, files(tmp_path / "in", a=1, b=1, c=1))
    pane.tree.setCurrentItem(pane.group_node(meeting.item.id).child(2))
    assert not pane.toolbar.down_action.isEnabled()

    pane.toolbar.up_action.trigger()
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["a", "c", "b"], timeout=WAIT)
    assert [d.name for d in stored(services, meeting.item.id, meeting.id)] == ["a", "c", "b"]
    assert pane.selected_document().name == "c"  # the moved document stays selected
    pane.toolbar.up_action.trigger()
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["c", "a", "b"], timeout=WAIT)
    assert not pane.toolbar.up_action.isEnabled()

    history.stack.undo()
    history.stack.undo()
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["a", "b", "c"], timeout=WAIT)
    assert [d.position for d in stored(services, meeting.item.id, meeting.id)] == [0, 1, 2]


def test_rename_in_place_and_undo(
    qtbot: QtBot,
    pane: DocumentsPane,
    history: UndoHistory,
    services: Services,
    meeting: Meeting,
    tmp_path: Path,
) -> None:
    attach(qtbot, pane, services, meeting, files(tmp_path / "in", scan0001=2))
    node = pane.group_node(meeting.item.id).child(0)
    pane.tree.setCurrentItem(node)

    node.setText(NAME, "  ใบเสนอราคา   บริษัท ก  ")  # what the item editor does when the user presses Enter
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["ใบเสนอราคา บริษัท ก"], timeout=WAIT)
    (document,) = stored(services, meeting.item.id, meeting.id)
    assert (document.name, document.file_name) == ("ใบเสนอราคา บริษัท ก", "scan0001.pdf")

    pane.group_node(meeting.item.id).child(0).setText(NAME, "   ")  # an empty name is refused
    assert pane.import_label.text() == "A document needs a name."
    assert names(pane, meeting.item.id) == ["ใบเสนอราคา บริษัท ก"]
    assert pane.group_node(meeting.item.id).child(0).text(NAME) == "ใบเสนอราคา บริษัท ก.pdf"

    history.stack.undo()
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["scan0001"], timeout=WAIT)
    assert stored(services, meeting.item.id, meeting.id)[0].name == "scan0001"


def test_set_secrecy_and_undo(
    qtbot: QtBot,
    pane: DocumentsPane,
    history: UndoHistory,
    services: Services,
    meeting: Meeting,
    tmp_path: Path,
) -> None:
    attach(qtbot, pane, services, meeting, files(tmp_path / "in", contract=1))
    pane.tree.setCurrentItem(pane.group_node(meeting.item.id).child(0))
    assert pane.toolbar.secrecy_box.currentData() == m.Secrecy.NORMAL.value

    pane.toolbar.secrecy_box.setFocus()
    qtbot.keyClick(pane.toolbar.secrecy_box, Qt.Key.Key_Down)  # the user picks the next class: confidential
    qtbot.waitUntil(
        lambda: stored(services, meeting.item.id, meeting.id)[0].secrecy is m.Secrecy.CONFIDENTIAL,
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: pane.group_node(meeting.item.id).child(0).text(SECRECY) != "", timeout=WAIT)
    assert pane.toolbar.secrecy_box.currentData() == m.Secrecy.CONFIDENTIAL.value

    history.stack.undo()
    qtbot.waitUntil(
        lambda: stored(services, meeting.item.id, meeting.id)[0].secrecy is m.Secrecy.NORMAL, timeout=WAIT
    )
    qtbot.waitUntil(lambda: pane.group_node(meeting.item.id).child(0).text(SECRECY) == "", timeout=WAIT)


def test_remove_and_undo(
    qtbot: QtBot,
    pane: DocumentsPane,
    history: UndoHistory,
    services: Services,
    meeting: Meeting,
    tmp_path: Path,
) -> None:
    attach(qtbot, pane, services, meeting, files(tmp_path / "in", a=1, b=2, c=3))
    before = stored(services, meeting.item.id, meeting.id)
    pane.tree.setCurrentItem(pane.group_node(meeting.item.id).child(1))

    pane.tree.setFocus()
    qtbot.keyClick(pane.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["a", "c"], timeout=WAIT)
    assert pane.summary_label.text() == "2 document(s) · 4 page(s) in this meeting"

    history.stack.undo()
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["a", "b", "c"], timeout=WAIT)
    assert stored(services, meeting.item.id, meeting.id) == before


def test_no_meeting_shows_nothing(qtbot: QtBot, pane: DocumentsPane) -> None:
    pane.show_meeting(None)
    assert pane.tree.topLevelItemCount() == 0
    assert not pane.toolbar.add_action.isEnabled() and not pane.tree.acceptDrops()


def test_a_rejected_file_is_explained_in_the_users_language(
    qtbot: QtBot, pane: DocumentsPane, languages: LanguageSwitcher, meeting: Meeting, tmp_path: Path
) -> None:
    languages.set_language("th")
    broken = tmp_path / "สัญญา.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500)

    with qtbot.waitSignal(pane.import_finished, timeout=WAIT) as finished:
        drop_files(pane, [broken], group_point(pane, meeting.item.id))

    assert finished.args == [0, 1]
    assert pane.rejected_list.item(0).text() == "สัญญา.pdf: ไม่สามารถอ่านเป็น PDF ได้ (ไฟล์เสียหายจนซ่อมแซมไม่ได้)"


def test_a_document_dragged_within_its_list_moves_there(
    qtbot: QtBot,
    pane: DocumentsPane,
    history: UndoHistory,
    services: Services,
    meeting: Meeting,
    tmp_path: Path,
) -> None:
    """What the tree announces when a document is dropped on another one of its list (or on the list's
    heading, which means the end)."""
    attach(qtbot, pane, services, meeting, files(tmp_path / "in", a=1, b=1, c=1))
    a, _b, c = pane.group_documents(meeting.item.id)

    pane.tree.move_requested.emit(c.id, a.id)
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["c", "a", "b"], timeout=WAIT)
    pane.tree.move_requested.emit(c.id, "")
    qtbot.waitUntil(lambda: names(pane, meeting.item.id) == ["a", "b", "c"], timeout=WAIT)
    assert history.stack.count() == 2


# -- papers the board book cannot bind ----------------------------------------------------------------------

requires_office = pytest.mark.skipif(
    find_office() is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it"
)
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def word_file(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


@requires_office
def test_a_word_paper_shows_its_kind_and_one_click_converts_it_for_the_board_book(
    qtbot: QtBot,
    pane: DocumentsPane,
    history: UndoHistory,
    services: Services,
    meeting: Meeting,
    tmp_path: Path,
) -> None:
    word = word_file(tmp_path / "in" / "m_th.docx", "ระเบียบวาระการประชุม", "เรื่องเพื่อทราบ")
    attach(qtbot, pane, services, meeting, [*files(tmp_path / "in", budget=2), word])
    group = pane.group_node(meeting.item.id)
    pdf_node, word_node = group.child(0), group.child(1)

    # The list says what each file is: its extension, a type icon, and no page count for the Word file.
    assert (pdf_node.text(NAME), word_node.text(NAME)) == ("budget.pdf", "m_th.docx")
    assert not word_node.icon(NAME).isNull() and not pdf_node.icon(NAME).isNull()
    assert word_node.text(PAGES) == "" and not word_node.icon(PAGES).isNull()
    assert "Not in the board book" in word_node.toolTip(PAGES)
    assert "Word document" in word_node.toolTip(NAME)
    assert pane.summary_label.text() == (
        "2 document(s) · 2 page(s) in this meeting · 1 not in the board book"
    )
    assert not pane.book_notice.isVisible()

    pane.tree.setCurrentItem(pdf_node)
    assert not pane.book_notice.isVisible()
    pane.tree.setCurrentItem(word_node)
    assert pane.book_notice.isVisible()
    assert (pane.book_badge.text(), pane.book_badge.tone) == ("Not in the board book", Tone.WARN)
    assert pane.book_text.text().startswith(
        "m_th.docx is a Word document; the board book binds only PDF files. Convert it to PDF"
    )
    assert pane.convert_button.isVisible() and pane.convert_button.isEnabled()

    (before,) = [d for d in stored(services, meeting.item.id, meeting.id) if d.mime_type == WORD]
    with qtbot.waitSignal(pane.converted, timeout=120_000) as converted:
        qtbot.mouseClick(pane.convert_button, Qt.MouseButton.LeftButton)
        assert not pane.convert_button.isEnabled()  # one conversion at a time
        assert pane.book_text.text() == "Converting m_th.docx to PDF with LibreOffice…"
    assert converted.args == [before.id]

    qtbot.waitUntil(lambda: pane.group_node(meeting.item.id).child(1).text(NAME) == "m_th.pdf", timeout=WAIT)
    node = pane.group_node(meeting.item.id).child(1)
    assert node.text(PAGES) == "1"
    assert pane.summary_label.text() == "2 document(s) · 3 page(s) in this meeting"
    assert pane.selected_document().id == before.id and not pane.book_notice.isVisible()
    after = services.records.get(m.Document, before.id)
    assert (after.name, after.file_name, after.page_count) == ("m_th", "m_th.pdf", 1)
    assert "ระเบียบวาระการประชุม" in after.text
    assert services.store.blobs.has(before.sha256)  # the Word file is kept
    assert "m_th.docx" in pane.import_label.text()

    # The conversion is an edit like any other: undo brings the Word file back.
    history.stack.undo()
    qtbot.waitUntil(lambda: pane.group_node(meeting.item.id).child(1).text(NAME) == "m_th.docx", timeout=WAIT)
    assert services.records.get(m.Document, before.id) == before


def test_without_libreoffice_the_notice_says_what_to_do_instead(
    qtbot: QtBot,
    pane: DocumentsPane,
    services: Services,
    meeting: Meeting,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # a computer without LibreOffice
    attach(qtbot, pane, services, meeting, [word_file(tmp_path / "in" / "m_th.docx", "ข้อความ")])

    pane.tree.setCurrentItem(pane.group_node(meeting.item.id).child(0))
    assert pane.book_notice.isVisible()
    assert "LibreOffice, which converts it here, is not installed on this computer" in pane.book_text.text()
    assert not pane.convert_button.isVisible()
    pane.convert_selected()  # nothing to run it with: nothing happens
    assert services.records.select(m.Document, meeting_id=meeting.id)[0].mime_type == WORD


@requires_office
def test_a_broken_word_file_is_not_converted_and_nothing_changes(
    qtbot: QtBot,
    pane: DocumentsPane,
    history: UndoHistory,
    services: Services,
    meeting: Meeting,
    tmp_path: Path,
) -> None:
    good = word_file(tmp_path / "good.docx", "ข้อความ")
    broken = tmp_path / "in" / "สัญญา.docx"
    broken.parent.mkdir()
    broken.write_bytes(good.read_bytes()[:2000])  # cut short
    attach(qtbot, pane, services, meeting, [broken])
    before = stored(services, meeting.item.id, meeting.id)
    pane.tree.setCurrentItem(pane.group_node(meeting.item.id).child(0))

    with qtbot.waitSignal(pane.conversion_failed, timeout=120_000) as failed:
        qtbot.mouseClick(pane.convert_button, Qt.MouseButton.LeftButton)

    (message,) = failed.args
    assert message.startswith("สัญญา.docx: LibreOffice could not convert the file to PDF (")
    assert (pane.book_badge.text(), pane.book_badge.tone) == ("Not converted", Tone.BAD)
    assert pane.book_text.text() == f"Nothing was changed: {message}"
    assert pane.convert_button.isEnabled()  # the user may try again
    assert stored(services, meeting.item.id, meeting.id) == before
    assert history.stack.count() == 0  # no step to undo: nothing was done


def test_a_name_with_a_newline_shows_on_one_line_and_whole_in_its_tooltip(
    qtbot: QtBot, pane: DocumentsPane, services: Services, meeting: Meeting, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    odd = folder / "bad\nname.pdf"
    odd.write_bytes(pdf_bytes(1))
    attach(qtbot, pane, services, meeting, [odd])
    node = pane.group_node(meeting.item.id).child(0)

    assert node.text(NAME) == "bad name.pdf"
    assert "bad\u240aname" in node.toolTip(NAME)
    pane.tree.setCurrentItem(node)
    qtbot.waitUntil(lambda: pane.viewer.title == "bad name", timeout=WAIT)

    # Renaming starts from the name alone, without the extension the row shows.
    pane.tree.editItem(node, NAME)
    editor = pane.tree.findChild(QLineEdit)
    assert editor is not None and editor.text() == "bad name"


@requires_office
def test_a_reader_sees_that_a_paper_is_not_in_the_board_book_but_converts_nothing(
    qtbot: QtBot, pane: DocumentsPane, services: Services, meeting: Meeting, tmp_path: Path
) -> None:
    attach(qtbot, pane, services, meeting, [word_file(tmp_path / "in" / "m_th.docx", "ข้อความ")])
    pane.set_read_only(True)  # attendee mode

    pane.tree.setCurrentItem(pane.group_node(meeting.item.id).child(0))
    assert pane.book_notice.isVisible()
    assert pane.book_text.text() == "m_th.docx is a Word document; the board book binds only PDF files."
    assert not pane.convert_button.isVisible()
    pane.convert_selected()
    assert services.records.select(m.Document, meeting_id=meeting.id)[0].mime_type == WORD


@requires_office
def test_a_conversion_can_be_cancelled(
    qtbot: QtBot, pane: DocumentsPane, services: Services, meeting: Meeting, tmp_path: Path
) -> None:
    attach(qtbot, pane, services, meeting, [word_file(tmp_path / "in" / "m_th.docx", "ข้อความ")])
    pane.tree.setCurrentItem(pane.group_node(meeting.item.id).child(0))

    with qtbot.waitSignal(pane.conversion_failed, timeout=120_000):
        qtbot.mouseClick(pane.convert_button, Qt.MouseButton.LeftButton)
        assert pane.cancel_conversion_button.isVisible()
        qtbot.mouseClick(pane.cancel_conversion_button, Qt.MouseButton.LeftButton)

    assert pane.book_text.text() == "Conversion cancelled; nothing was changed."
    assert not pane.cancel_conversion_button.isVisible()
    assert pane.convert_button.isEnabled()
    assert services.records.select(m.Document, meeting_id=meeting.id)[0].mime_type == WORD
