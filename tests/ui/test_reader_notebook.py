"""The reader's notebook, driven through the real main window over the demo store: "My annotations" grouped
by paper and page with the earlier-version and removed-paper sections, going to an annotation, sharing,
editing and deleting from the list, a note on an agenda item from start to end, the annotated copy and the
summary written from the reader (and read back), a bad path answered with a message, and the board book's
bookmarks clicked without a QtPdf warning (the tests fail on any warning)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfBookmarkModel
from PySide6.QtWidgets import QToolButton, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.services.container import Services
from emeeting.ui.reader.annotation_list import (
    ANNOTATION_ROLE,
    EARLIER,
    ITEMS,
    PAPERS,
    REMOVED,
    AnnotationList,
)
from emeeting.ui.reader.notebook import NotebookData
from emeeting.ui.reader.reader_screen import ReaderScreen
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.task_runner import TaskRunner
from tests.ui.test_documents_pane import files
from tests.ui.test_main_window import answer_message_boxes
from tests.ui.test_reader import open_reader

WAIT = 20_000
FELLOW = "wichai"


@dataclass
class Desk:
    window: MainWindow
    reader: ReaderScreen
    services: Services
    meeting_id: str
    plan: m.Document  # 4 pages, marked on pages 1 and 3
    budget: m.Document  # replaced by a version without the quote
    removed: m.Document  # removed from the meeting after it was marked
    item: m.AgendaItem
    highlight: m.Annotation
    sticky: m.Annotation
    shared: m.Annotation  # a fellow member's, shared with the committee
    lost: m.Annotation  # on budget: from the earlier version
    orphan: m.Annotation  # on the removed paper
    item_note: m.Annotation


def text_mark(paper: m.Document, owner: str, quote: str, page: int, **more: object) -> m.Annotation:
    return m.Annotation(
        paper.meeting_id,
        owner,
        m.AnnotationShape.HIGHLIGHT,
        document_id=paper.id,
        sha256=paper.sha256,
        page=page,
        geometry=json.dumps([[72, 70, 190, 86]]),
        quote=quote,
        **more,  # type: ignore[arg-type]
    )


@pytest.fixture
def desk(qtbot: QtBot, window: MainWindow, demo_services: Services, tmp_path: Path) -> Iterator[Desk]:
    services = demo_services
    meeting_id = services.meetings.resolve("ICT:3/2569").id
    agenda = services.meetings.view(meeting_id).agenda
    item, second = agenda[0].item, agenda[1].item
    plan_file, budget_file, old_file = files(tmp_path / "in", Plan=4, Budget=2, Old=1)
    services.documents.attach(meeting_id, item.id, [plan_file])
    services.documents.attach(meeting_id, second.id, [budget_file, old_file])
    papers = {d.file_name: d for d in services.records.select(m.Document, meeting_id=meeting_id)}
    plan, budget, old = papers["Plan.pdf"], papers["Budget.pdf"], papers["Old.pdf"]
    reader = open_reader(qtbot, window)
    me = reader.annotation_owner()

    highlight = text_mark(plan, me, "Plan page 1", 0)
    sticky = m.Annotation(
        meeting_id, me, m.AnnotationShape.STICKY, document_id=plan.id, sha256=plan.sha256, page=2,
        geometry="[300, 400]", text="ตรวจตัวเลขงบประมาณหน้า 3 อีกครั้ง", color="#ffb74d",
    )  # fmt: skip
    shared = text_mark(
        plan, FELLOW, "Plan page 3", 2, sharing=m.Sharing.COMMITTEE, author="นายวิชัย มั่นคง", text="เห็นด้วย"
    )
    lost = text_mark(budget, me, "Budget page 2", 1)
    orphan = text_mark(old, me, "Old page 1", 0)
    item_note = m.Annotation(
        meeting_id, me, m.AnnotationShape.ITEM_NOTE, item_id=second.id, text="Ask about the 2570 budget"
    )
    for note in (highlight, sticky, shared, lost, orphan, item_note):
        services.annotations.add(note)
    # The secretary replaces the budget (its page 2 is gone) and removes the old paper.
    new_budget = files(tmp_path / "v2", Budget=1)[0]
    services.documents.new_version(budget.id, services.documents.intake([new_budget]))
    services.annotations.reanchor(owner=me)
    services.documents.remove(old.id)

    with qtbot.waitSignal(reader.notebook.loaded, timeout=WAIT):
        assert reader.select_meeting(meeting_id)
    qtbot.waitUntil(
        lambda: reader.notebook.data is not None and reader.notebook.data.meeting_id == meeting_id
    )
    marks = (highlight, sticky, shared, lost, orphan, item_note)
    yield Desk(window, reader, services, meeting_id, plan, budget, old, second, *marks)


def row_of(panel: AnnotationList, annotation_id: str) -> QTreeWidgetItem:
    return next(r for r in panel.rows() if r.data(0, ANNOTATION_ROLE) == annotation_id)


def path_of(row: QTreeWidgetItem) -> list[str]:
    """The headings above a row, from the top."""
    names = []
    parent = row.parent()
    while parent is not None:
        names.insert(0, parent.text(0))
        parent = parent.parent()
    return names


def changed(qtbot: QtBot, reader: ReaderScreen):  # type: ignore[no-untyped-def]
    return qtbot.waitSignal(reader.notebook.loaded, timeout=WAIT)


def test_the_list_groups_by_paper_and_page_with_earlier_and_removed_apart(qtbot: QtBot, desk: Desk) -> None:
    reader, panel = desk.reader, desk.reader.annotation_list
    reader.reading_tabs.setCurrentWidget(panel)
    assert "6" in reader.reading_tabs.tabText(1)
    assert panel.section_of(desk.highlight.id) == PAPERS
    assert path_of(row_of(panel, desk.highlight.id)) == ["Plan", "หน้า 1"]
    assert path_of(row_of(panel, desk.sticky.id)) == ["Plan", "หน้า 3"]
    assert path_of(row_of(panel, desk.shared.id)) == ["Plan", "หน้า 3"]
    assert panel.section_of(desk.item_note.id) == ITEMS
    assert path_of(row_of(panel, desk.item_note.id))[-1].endswith(desk.item.title)
    assert panel.section_of(desk.lost.id) == EARLIER
    assert path_of(row_of(panel, desk.lost.id)) == ["จากฉบับก่อนหน้า", "Budget"]
    assert panel.section_of(desk.orphan.id) == REMOVED
    # Its heading names both things that can be removed (Thai once the translation has the new words).
    removed_heading = panel.tr("Paper or item removed")
    assert removed_heading in {"Paper or item removed", "เอกสารหรือระเบียบวาระถูกนำออกแล้ว"}
    sections = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert removed_heading in sections

    highlight = row_of(panel, desk.highlight.id)
    assert highlight.text(0) == "เน้นข้อความ · “Plan page 1”" and highlight.text(1) == "ส่วนตัว"
    sticky = row_of(panel, desk.sticky.id)
    assert sticky.text(0).startswith("บันทึกย่อ · ตรวจตัวเลข")
    assert "ตรวจตัวเลขงบประมาณหน้า 3 อีกครั้ง" in sticky.toolTip(0)
    shared = row_of(panel, desk.shared.id)
    assert shared.text(0).startswith("เน้นข้อความ · นายวิชัย มั่นคง · “Plan page 3”")
    assert shared.text(1) == "คณะกรรมการ"
    assert "โดย นายวิชัย มั่นคง" in shared.toolTip(0)
    assert "หน้า 2" in row_of(panel, desk.lost.id).text(0)  # apart from its paper's pages: it says its page
    # Only my own are mine to change.
    panel.tree.setCurrentItem(shared)
    assert not panel.share_button.isEnabled() and not panel.delete_button.isEnabled()
    panel.tree.setCurrentItem(sticky)
    assert panel.share_button.isEnabled() and panel.edit_button.isEnabled()
    panel.tree.setCurrentItem(highlight)
    assert not panel.edit_button.isEnabled()  # a highlight has its quote, no text to edit here


def test_enter_goes_to_the_annotation_and_an_item_note_to_its_item(qtbot: QtBot, desk: Desk) -> None:
    reader, panel = desk.reader, desk.reader.annotation_list
    reader.reading_tabs.setCurrentWidget(panel)
    panel.tree.setFocus()
    panel.tree.setCurrentItem(row_of(panel, desk.sticky.id))
    with qtbot.waitSignal(reader.paper_opened, timeout=WAIT) as opened:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert opened.args == [desk.plan.id]
    qtbot.waitUntil(lambda: reader.viewer.current_page() == 2, timeout=WAIT)
    # Another on the same paper, open already: straight to its page.
    panel.tree.setCurrentItem(row_of(panel, desk.highlight.id))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert reader.viewer.current_page() == 0

    with qtbot.waitSignal(reader.notebook.jumped, timeout=WAIT):
        panel.tree.itemActivated.emit(row_of(panel, desk.item_note.id), 0)
    assert reader.reading_tabs.currentWidget() is reader.agenda
    assert reader.current_item_id() == desk.item.id
    assert desk.item_note.id in reader.item_notes.note_ids()

    # A removed paper's mark has nowhere to go: the list says so and stays.
    reader.reading_tabs.setCurrentWidget(panel)
    panel.tree.itemActivated.emit(row_of(panel, desk.orphan.id), 0)
    assert reader.reading_tabs.currentWidget() is panel
    assert "ไม่อยู่ในการประชุมแล้ว" in reader.window().statusBar().currentMessage()


def test_share_edit_and_delete_from_the_list(qtbot: QtBot, desk: Desk) -> None:
    reader, panel, annotations = desk.reader, desk.reader.annotation_list, desk.services.annotations
    reader.reading_tabs.setCurrentWidget(panel)
    panel.tree.setCurrentItem(row_of(panel, desk.sticky.id))
    with changed(qtbot, reader):
        panel.share_actions[m.Sharing.COMMITTEE].trigger()
    assert annotations.get(desk.sticky.id).sharing is m.Sharing.COMMITTEE
    assert row_of(panel, desk.sticky.id).text(1) == "คณะกรรมการ"
    # Shared with fewer people: it comes back under a new id (the others lose the old one).
    with changed(qtbot, reader):
        panel.share_actions[m.Sharing.SECRETARY].trigger()
    (sticky,) = [v for v in reader.notebook.data.views if v.annotation.shape is m.AnnotationShape.STICKY]
    assert sticky.annotation.sharing is m.Sharing.SECRETARY and row_of(panel, sticky.annotation.id)

    panel.tree.setCurrentItem(row_of(panel, sticky.annotation.id))
    panel.edit_button.click()
    dialog = panel.note_dialog
    assert dialog is not None and dialog.text() == desk.sticky.text
    dialog.text_edit.setPlainText("ตัวเลขถูกต้องแล้ว")
    with changed(qtbot, reader):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert annotations.get(sticky.annotation.id).text == "ตัวเลขถูกต้องแล้ว"
    assert "ตัวเลขถูกต้องแล้ว" in row_of(panel, sticky.annotation.id).text(0)

    panel.tree.setCurrentItem(row_of(panel, desk.orphan.id))
    assert not panel.share_button.isEnabled() and panel.delete_button.isEnabled()  # its paper is gone
    panel.tree.setFocus()
    with changed(qtbot, reader):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert desk.orphan.id not in [r.data(0, ANNOTATION_ROLE) for r in panel.rows()]
    sections = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert panel.tr("Paper or item removed") not in sections
    # Undo brings a deleted mark back, as any edit.
    panel.tree.setCurrentItem(row_of(panel, desk.highlight.id))
    with changed(qtbot, reader):
        panel.delete_button.click()
    assert desk.highlight.id not in [r.data(0, ANNOTATION_ROLE) for r in panel.rows()]
    with changed(qtbot, reader):
        desk.window.context.history.stack.undo()
    assert panel.section_of(desk.highlight.id) == PAPERS


def test_a_note_saved_unchanged_leaves_no_step_to_undo(qtbot: QtBot, desk: Desk) -> None:
    reader, panel = desk.reader, desk.reader.annotation_list
    reader.reading_tabs.setCurrentWidget(panel)
    panel.tree.setCurrentItem(row_of(panel, desk.sticky.id))
    stack = desk.window.context.history.stack
    steps = stack.count()
    panel.edit_button.click()
    dialog = panel.note_dialog
    assert dialog is not None
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert stack.count() == steps  # Undo would otherwise undo nothing the member can see
    assert desk.services.annotations.get(desk.sticky.id).text == desk.sticky.text


def test_a_note_on_an_item_from_start_to_end(qtbot: QtBot, desk: Desk) -> None:
    reader, notes, annotations = desk.reader, desk.reader.item_notes, desk.services.annotations
    reader.focus_item(desk.item.id)
    assert notes.note_ids() == [desk.item_note.id]
    notes.add_button.click()
    dialog = notes.dialog
    assert dialog is not None
    assert dialog.sharing() is m.Sharing.PRIVATE  # private unless I choose otherwise
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()  # nothing written yet
    dialog.text_edit.insertPlainText("ขอให้ฝ่ายเลขานุการชี้แจงเพิ่มเติม")
    dialog.sharing_combo.setCurrentIndex(dialog.sharing_combo.findData(m.Sharing.COMMITTEE.value))
    with changed(qtbot, reader):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    ids = notes.note_ids()
    assert len(ids) == 2
    new = annotations.get(next(i for i in ids if i != desk.item_note.id))
    assert (new.shape, new.item_id, new.text, new.sharing) == (
        m.AnnotationShape.ITEM_NOTE, desk.item.id, "ขอให้ฝ่ายเลขานุการชี้แจงเพิ่มเติม", m.Sharing.COMMITTEE,
    )  # fmt: skip
    assert new.owner == reader.annotation_owner() and new.author

    notes.notes.setCurrentRow(ids.index(new.id))
    notes.edit_button.click()
    dialog = notes.dialog
    assert dialog is not None
    dialog.text_edit.setPlainText("ขอเอกสารเพิ่มเติม")
    dialog.sharing_combo.setCurrentIndex(dialog.sharing_combo.findData(m.Sharing.PRIVATE.value))
    with changed(qtbot, reader):
        dialog.accept()
    (edited,) = [
        v.annotation
        for v in reader.notebook.data.item_notes(desk.item.id)
        if v.annotation.id != desk.item_note.id
    ]
    assert (edited.text, edited.sharing) == ("ขอเอกสารเพิ่มเติม", m.Sharing.PRIVATE)
    notes.notes.setCurrentRow(notes.note_ids().index(edited.id))
    with changed(qtbot, reader):
        notes.delete_button.click()
    assert notes.note_ids() == [desk.item_note.id]


def test_the_annotated_copy_and_the_summary_from_the_reader(
    qtbot: QtBot, desk: Desk, runner: TaskRunner, tmp_path: Path
) -> None:
    reader, exports = desk.reader, desk.reader.annotation_exports
    assert not exports.copy_action.isEnabled()  # no paper open yet
    with qtbot.waitSignal(reader.paper_opened, timeout=WAIT):
        reader.open_paper(desk.plan.id)
    assert exports.copy_action.isEnabled()
    copy = tmp_path / "out" / "plan-notes"
    copy.parent.mkdir()
    exports.choose_file = lambda _proposed: str(copy)
    with qtbot.waitSignal(exports.exported, timeout=60_000) as written:
        reader.annotation_list.findChild(QToolButton, "readerAnnotatedCopyButton").click()
    assert written.args == [str(copy.with_name("plan-notes.pdf"))]
    pdf = pypdf.PdfReader(str(copy.with_name("plan-notes.pdf")))
    kinds = [str(a.get_object()["/Subtype"]) for page in pdf.pages for a in page.get("/Annots", [])]
    assert kinds.count("/Highlight") == 1 and kinds.count("/Text") == 1  # mine only, not the fellow's
    assert str(copy.parent) in reader.window().statusBar().currentMessage()
    reader.paper_refused.emit(desk.plan.id)  # closed with a message in its place: no copy of it either
    assert not exports.copy_action.isEnabled()

    summary = tmp_path / "out" / "summary.pdf"
    exports.choose_file = lambda _proposed: str(summary)
    exports.summary_action.trigger()
    qtbot.waitUntil(lambda: exports.summary_dialog is not None, timeout=WAIT)
    dialog = exports.summary_dialog
    assert dialog is not None and dialog.language() == "th"  # the committee's language
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(exports.exported, timeout=60_000):
        dialog.accept()
    text = subprocess.run(["pdftotext", str(summary), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ask about the 2570 budget" in text and "Plan page 1" in text


def test_a_bad_export_path_says_why_and_nothing_breaks(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader, exports = desk.reader, desk.reader.annotation_exports
    dest = tmp_path / "no such folder" / "summary.pdf"
    shown = answer_message_boxes()
    with qtbot.waitSignal(exports.export_failed, timeout=60_000) as failed:
        exports.write_summary(desk.meeting_id, "th", dest)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert str(dest) in failed.args[0] and shown[0].text == failed.args[0]
    assert not dest.parent.exists() and exports.summary_action.isEnabled()
    with qtbot.waitSignal(reader.paper_opened, timeout=WAIT):
        reader.open_paper(desk.plan.id)
    shown = answer_message_boxes()
    with qtbot.waitSignal(exports.export_failed, timeout=60_000):
        exports.write_copy(desk.plan.id, dest)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert exports.copy_action.isEnabled()

    # A confidential paper kept encrypted here is not written out in clear; the reader says why.
    monkeypatch.setattr(desk.services.documents, "is_sealed", lambda _paper: True)
    sealed_copy = tmp_path / "sealed.pdf"
    exports.choose_file = lambda _proposed: str(sealed_copy)
    shown = answer_message_boxes()
    with qtbot.waitSignal(exports.export_failed, timeout=WAIT) as refused:
        exports.copy_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert not sealed_copy.exists() and exports.copy_action.isEnabled()
    assert "เอกสารลับ" in refused.args[0] and desk.plan.name in refused.args[0]  # the service says why


def test_the_board_books_bookmarks_open_their_pages_without_warnings(qtbot: QtBot, desk: Desk) -> None:
    reader = desk.reader
    with qtbot.waitSignal(reader.book_opened, timeout=60_000):
        reader.book_button.click()
    model = reader.bookmarks.model()
    assert model.rowCount() > 2 and reader.bookmarks.width() > 40  # in sight, not squeezed to nothing
    last = model.index(model.rowCount() - 1, 0)
    reader.bookmarks.scrollTo(last)
    clicks = []
    reader.bookmarks.clicked.connect(
        lambda index: clicks.append(index.data(int(QPdfBookmarkModel.Role.Page)))
    )
    qtbot.mouseClick(
        reader.bookmarks.viewport(), Qt.MouseButton.LeftButton, pos=reader.bookmarks.visualRect(last).center()
    )
    assert clicks == [reader.viewer.current_page()] and clicks[0] > 0


def test_notebook_data_finds_item_notes() -> None:
    note = m.Annotation("meeting", "me", m.AnnotationShape.ITEM_NOTE, item_id="item", text="x")
    from emeeting.services.annotations import AnnotationView

    data = NotebookData("meeting", "me", "me", "th", (AnnotationView(note, True, False),))
    assert data.item_notes("item")[0].annotation == note and data.find(note.id) is not None


def test_a_note_whose_new_sharing_is_refused_keeps_its_old_text_too(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text and the sharing of a note are one step: a refused sharing leaves the text as it was."""
    reader, annotations = desk.reader, desk.services.annotations
    view = reader.notebook.data.find(desk.sticky.id)
    assert view is not None and view.annotation.sharing is m.Sharing.PRIVATE
    with changed(qtbot, reader):
        reader.notebook.share(view, m.Sharing.COMMITTEE)
    view = reader.notebook.data.find(desk.sticky.id)
    assert view is not None and view.annotation.sharing is m.Sharing.COMMITTEE
    stack = desk.window.context.history.stack
    steps = stack.count()

    # Sharing with fewer people stores the note again under a new id: that write is refused here.
    import emeeting.services.annotations as annotations_module

    def refused(*_args: object, **_kwargs: object) -> object:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "only its owner may change an annotation"))

    monkeypatch.setattr(annotations_module, "insert", refused)
    shown = answer_message_boxes()  # the window says why
    with qtbot.waitSignal(desk.window.context.history.failed, timeout=WAIT):
        reader.notebook.change(view, "ตัวเลขถูกต้องแล้ว", m.Sharing.SECRETARY)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    stored = annotations.get(desk.sticky.id)
    assert stored.text == desk.sticky.text and stored.sharing is m.Sharing.COMMITTEE
    assert stack.count() <= steps  # nothing was stored that Undo would have to take back

    monkeypatch.undo()
    with changed(qtbot, reader):
        reader.notebook.change(view, "ตัวเลขถูกต้องแล้ว", m.Sharing.SECRETARY)
    (again,) = [v for v in reader.notebook.data.views if v.annotation.shape is m.AnnotationShape.STICKY]
    assert again.annotation.text == "ตัวเลขถูกต้องแล้ว" and again.annotation.sharing is m.Sharing.SECRETARY
    assert stack.undoText() == reader.notebook.tr("Edit a note")
    with changed(qtbot, reader):
        stack.undo()
    stored = annotations.get(desk.sticky.id)
    assert stored.text == desk.sticky.text and stored.sharing is m.Sharing.COMMITTEE
