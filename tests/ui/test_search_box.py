"""The window's search box over the demo archive: Ctrl+K, Thai and English queries with their results
grouped by meeting and the words found highlighted, the filters, opening a result where it lives (a paper
at the page found with the hit highlighted in the viewer, an agenda item selected), late answers dropped,
odd input, and the member's reader."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.domain.agenda import number_items
from emeeting.domain.search import SearchFilter, SearchKind, Snippet
from emeeting.services.container import Services
from emeeting.services.search import SearchHit, SearchResults
from emeeting.ui.search.index_build import build_search_index
from emeeting.ui.search.search_field import Found
from emeeting.ui.search.search_panel import FOUND_ROLE, GROUP, HIT, HTML_ROLE, ROW_ROLE, SearchPanel
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import AGENDA, DOCUMENTS, MINUTES
from emeeting.ui.widgets.style import Tone, tone_colours
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.ui.conftest import DemoCopies, open_window

WAIT = 20_000
DEMO_DAY = date(2026, 12, 7)
MARKED = re.compile(r"font-weight:bold'>([^<]*)</span>")


@pytest.fixture
def window(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
    demo_copies: DemoCopies,
) -> Iterator[MainWindow]:
    demo_copies.load(services, DEMO_DAY)
    main_window = open_window(qtbot, services, runner, bus, languages, settings)
    yield main_window
    runner.wait_idle(10_000)


def type_text(window: MainWindow, text: str) -> None:
    """Text typed into the box as a keyboard sends it (a Thai keyboard too)."""
    event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, text)
    QApplication.sendEvent(window.search_box, event)


def search(qtbot: QtBot, window: MainWindow, text: str) -> SearchPanel:
    """Type over what the box holds and wait for the answer on screen."""
    box = window.search_box
    box.setFocus()
    box.selectAll()
    panel = box.panel
    with qtbot.waitSignal(panel.shown, timeout=WAIT):
        type_text(window, text)
    assert panel.isVisible()
    return panel


def groups(panel: SearchPanel) -> list[str]:
    """The results' group headings, as plain text."""
    return [_plain(row.data(HTML_ROLE)[0]) for row in _rows(panel) if row.data(ROW_ROLE) == GROUP]


def hits(panel: SearchPanel) -> list[Found]:
    return [row.data(FOUND_ROLE) for row in panel.hit_rows()]


def marked_words(panel: SearchPanel) -> list[str]:
    return [w for row in panel.hit_rows() for w in MARKED.findall(row.data(HTML_ROLE)[0])]


def _rows(panel: SearchPanel) -> list:  # type: ignore[type-arg]
    return [panel.results.item(i) for i in range(panel.results.count())]


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")


def choose(qtbot: QtBot, window: MainWindow, wanted: Found) -> None:
    """Down to the result with the arrow keys, then Enter."""
    panel = window.search_box.panel
    for _ in range(len(panel.hit_rows())):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
        if panel.results.currentItem().data(FOUND_ROLE) == wanted:
            break
    assert panel.results.currentItem().data(FOUND_ROLE) == wanted
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert not panel.isVisible()


def test_ctrl_k_and_thai_and_english_queries_show_results_by_meeting_with_the_words_highlighted(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    assert window.search_box.placeholderText() == "ค้นหาทั้งหมด (Ctrl+K)"

    panel = search(qtbot, window, "คลาวด์")
    headings = groups(panel)
    assert any("ครั้งที่ 1/2569" in h and "(ICT)" in h and "พ.ย. 2569" in h for h in headings), headings
    kinds = {f.hit.kind for f in hits(panel)}
    assert {SearchKind.AGENDA_ITEM, SearchKind.MINUTES} <= kinds
    assert set(marked_words(panel)) == {"คลาวด์"}
    assert panel.status_label.text().startswith("พบ")

    panel = search(qtbot, window, "งบประมาณ")
    papers = [f for f in hits(panel) if f.hit.kind is SearchKind.PAPER]
    assert papers and papers[0].hit.page == 1
    assert "เอกสารประกอบการประชุม หน้า 1" in _plain(panel.hit_rows()[0].data(HTML_ROLE)[0])
    assert set(marked_words(panel)) == {"งบประมาณ"}

    panel = search(qtbot, window, "budget")
    assert any("Digital Transformation Steering Committee" in h for h in groups(panel))
    assert {w.lower() for w in marked_words(panel)} == {"budget"}
    # Every hit is a row under its meeting's heading, in order: the first row is a heading.
    assert _rows(panel)[0].data(ROW_ROLE) == GROUP and _rows(panel)[1].data(ROW_ROLE) == HIT


def test_filters_narrow_the_results(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    panel = search(qtbot, window, "งบประมาณ")
    everything = hits(panel)
    committees = {g.committee.short_name for g in services.search.search("งบประมาณ").groups if g.committee}
    assert {"ICT", "PMQA"} <= committees

    ict = panel.committee_combo.findText("ICT", Qt.MatchFlag.MatchStartsWith)
    with qtbot.waitSignal(panel.shown, timeout=WAIT):
        panel.committee_combo.setCurrentIndex(ict)
    assert groups(panel) and all("(ICT)" in h for h in groups(panel))
    assert 0 < len(hits(panel)) < len(everything)

    with qtbot.waitSignal(panel.shown, timeout=WAIT):
        panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(SearchKind.PAPER.value))
    assert hits(panel) and {f.hit.kind for f in hits(panel)} == {SearchKind.PAPER}

    with qtbot.waitSignal(panel.shown, timeout=WAIT):
        panel.committee_combo.setCurrentIndex(0)
    with qtbot.waitSignal(panel.shown, timeout=WAIT):
        panel.kind_combo.setCurrentIndex(0)
    # Meetings up to a day before any of the demo's: nothing; the words say so.
    panel.until_edit.setDate(date(2020, 1, 1))
    with qtbot.waitSignal(panel.shown, timeout=WAIT):
        panel.until_check.setChecked(True)
    assert panel.where() == SearchFilter(until=date(2020, 1, 1))
    assert hits(panel) == []
    assert panel.status_label.text().startswith("ไม่พบ “งบประมาณ”")
    assert panel.until_edit.text().endswith("/2563")  # the day in the Buddhist Era


def test_a_paper_opens_at_the_page_found_with_the_hit_highlighted(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)  # a laptop's screen: the viewer shows about a page
    panel = search(qtbot, window, "budget")
    paper = next(f for f in hits(panel) if f.hit.kind is SearchKind.PAPER and (f.hit.page or 0) > 1)
    choose(qtbot, window, paper)

    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.meeting_id == paper.meeting_id, timeout=WAIT)
    assert workspace.tabs.currentIndex() == DOCUMENTS
    viewer = workspace.documents.viewer
    qtbot.waitUntil(lambda: viewer.page_count > 0 and not viewer.searching, timeout=WAIT)
    qtbot.waitUntil(lambda: viewer.current_find_result() >= 0, timeout=WAIT)
    assert workspace.documents.selected_document().id == paper.hit.entity_id
    assert viewer.search_model.searchString().lower() == "budget"
    assert paper.hit.page is not None
    link = viewer.search_model.resultAtIndex(viewer.current_find_result())
    assert link.page() == paper.hit.page - 1
    assert viewer.current_page() == paper.hit.page - 1


def test_an_agenda_item_opens_selected_on_the_agenda(qtbot: QtBot, window: MainWindow) -> None:
    panel = search(qtbot, window, "คลาวด์")
    item = next(f for f in hits(panel) if f.hit.kind is SearchKind.AGENDA_ITEM)
    choose(qtbot, window, item)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.agenda.current_item_id() == item.hit.item_id, timeout=WAIT)
    assert workspace.meeting_id == item.meeting_id
    assert workspace.tabs.currentIndex() == AGENDA

    # Esc closes the panel; the box keeps its words for the next Ctrl+K.
    panel = search(qtbot, window, "คลาวด์")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert not panel.isVisible() and window.search_box.text() == "คลาวด์"


def test_a_late_answer_to_an_earlier_question_is_not_shown(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_box.panel
    real = panel.search_function
    gate = threading.Event()

    def slow_for_budget(text: str, where: SearchFilter | None, limit: int) -> SearchResults:
        if text == "budget":
            gate.wait(10)
        return real(text, where, limit)

    panel.search_function = slow_for_budget
    box = window.search_box
    box.setText("budget")
    panel.ask("budget")
    panel.search_now()  # asked, its answer held back
    assert panel.searching
    box.setFocus()
    box.selectAll()
    with qtbot.waitSignal(panel.shown, timeout=WAIT):
        type_text(window, "คลาวด์")
    assert set(marked_words(panel)) == {"คลาวด์"}
    gate.set()
    assert window.context.runner.wait_idle(WAIT)
    assert set(marked_words(panel)) == {"คลาวด์"}
    assert window.search_box.text() == "คลาวด์"


ODD = ['"', "*", "(", "NEAR", "NEAR(budget รายงาน)", "budget OR", "🙂📎", "\u200b", "a" * 5000, "ก" * 5000]


def test_odd_input_says_nothing_was_found_or_shows_results(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_box.panel
    for text in ODD:
        with qtbot.waitSignal(panel.shown, timeout=WAIT):
            window.search_box.setText(text)
            panel.ask(text)
            panel.search_now()
        status = panel.status_label.text()
        assert "ค้นหาไม่สำเร็จ" not in status, text
        assert status.startswith(("ไม่พบ", "พบ", "พิมพ์")), (text, status)


def test_an_empty_box_says_what_can_be_found(qtbot: QtBot, window: MainWindow) -> None:
    panel = search(qtbot, window, "budget")
    with qtbot.waitSignal(panel.shown, timeout=WAIT):
        qtbot.keyClick(window.search_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    assert panel.results.count() == 0
    assert "เอกสาร" in panel.status_label.text()


def test_a_person_opens_in_the_people_dialog(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    panel = search(qtbot, window, "สุรชัย")
    person = next(f for f in hits(panel) if f.hit.kind is SearchKind.PERSON)
    assert "บุคคล" in groups(panel)[-1]
    choose(qtbot, window, person)
    from emeeting.ui.directory.people_pane import PeopleDialog

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PeopleDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.pane.person_list.currentItem() is not None, timeout=WAIT)
    assert dialog.pane.person_list.currentItem().data(0, Qt.ItemDataRole.UserRole) == person.hit.entity_id
    dialog.close()


def test_in_the_members_reader_a_paper_opens_at_its_page(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    window.set_reader_view(True)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.meeting_list.count() > 0, timeout=WAIT)
    panel = search(qtbot, window, "budget")
    assert SearchKind.PERSON not in {f.hit.kind for f in hits(panel)}  # the reader has no directory
    paper = next(f for f in hits(panel) if f.hit.kind is SearchKind.PAPER and (f.hit.page or 0) > 1)
    choose(qtbot, window, paper)
    assert window.reader_view
    qtbot.waitUntil(lambda: reader.open_paper_id() == paper.hit.entity_id, timeout=WAIT)
    viewer = reader.viewer
    qtbot.waitUntil(lambda: viewer.current_find_result() >= 0, timeout=WAIT)
    assert paper.hit.page is not None
    assert viewer.current_page() == paper.hit.page - 1
    assert viewer.search_model.searchString().lower() == "budget"


def test_a_scanned_paper_in_a_meeting_found_is_named_as_having_no_text(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    meeting_id = services.search.search("คลาวด์").groups[0].meeting.id  # type: ignore[union-attr]
    scan = tmp_path / "scan0001.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)  # a page with no text layer, as a scanner makes it
    with scan.open("wb") as out:
        writer.write(out)
    assert services.documents.attach(meeting_id, None, [scan]).rejected == ()

    panel = search(qtbot, window, "คลาวด์")
    assert groups(panel)[-1].strip() == "เอกสารที่ค้นหาข้อความไม่ได้"
    last = panel.hit_rows()[-1]
    assert "scan0001" in _plain(last.data(HTML_ROLE)[0])
    assert "ไม่มีข้อความให้ค้น (ภาพสแกน)" in _plain(last.data(HTML_ROLE)[0])
    choose(qtbot, window, last.data(FOUND_ROLE))  # opened like any paper, at its first page
    documents = window.workspace.documents
    qtbot.waitUntil(lambda: documents.previewed_id == last.data(FOUND_ROLE).hit.entity_id, timeout=WAIT)


def test_certified_minutes_open_at_the_version_found(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    draft = next(
        h for g in services.search.search("คลาวด์").groups for h in g.hits if h.kind is SearchKind.MINUTES
    )
    meeting_id = services.search.search("คลาวด์").groups[0].meeting.id  # type: ignore[union-attr]
    assert draft.version is None and draft.item_id
    services.minutes.certify(
        meeting_id, m.CertificationMethod.SAME_MEETING, datetime(2026, 12, 1, 5, tzinfo=UTC)
    )
    services.minutes.amend(meeting_id, "แก้ถ้อยคำ", {draft.item_id: "ย้ายระบบไปคลาวด์กลางภาครัฐภายในปี 2570"})

    panel = search(qtbot, window, "คลาวด์กลาง")
    versions = {f.hit.version: f for f in hits(panel) if f.hit.kind is SearchKind.MINUTES}
    assert {None, 1} <= set(versions)  # the entries as amended, and the amendment frozen
    amended = versions[1]
    choose(qtbot, window, amended)
    editor = window.workspace.minutes
    qtbot.waitUntil(lambda: editor.view is not None and editor.versions_list.currentRow() >= 0, timeout=WAIT)
    assert window.workspace.meeting_id == meeting_id
    assert window.workspace.tabs.currentIndex() == MINUTES
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "ฉบับที่รับรองและการแก้ไข"
    assert editor.view.versions[editor.versions_list.currentRow()].number == 1  # type: ignore[union-attr]
    assert "คลาวด์กลางภาครัฐ" in editor.version_text.toPlainText()


def test_the_panel_follows_a_switch_to_a_dark_palette(qtbot: QtBot, window: MainWindow) -> None:
    panel = search(qtbot, window, "คลาวด์")  # built and shown on the light palette
    before = QApplication.palette()
    dark = QPalette(before)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.Base, "#1a1a1a"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Mid, "#555555"),
    ):
        dark.setColor(role, QColor(colour))
    try:
        QApplication.setPalette(dark)
        QApplication.processEvents()
        image = panel.grab().toImage()
        ground = image.pixelColor(image.width() // 2, image.height() - 3)  # under the list, above the line
        assert ground.name() == "#202020"
        for widget in (panel.results, panel.committee_combo, panel.status_label):
            assert widget.palette().color(QPalette.ColorRole.Base).name() == "#1a1a1a"
        list_image = panel.results.viewport().grab().toImage()
        assert list_image.pixelColor(list_image.width() - 2, list_image.height() - 2).lightness() < 60
        highlighted = tone_colours(Tone.WARN, dark)[0].name()
        assert highlighted in panel.hit_rows()[0].data(HTML_ROLE)[0]  # the words' highlight too
    finally:
        QApplication.setPalette(before)


def test_a_paper_says_which_agenda_item_it_is_attached_to(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    panel = search(qtbot, window, "ระเบียบ")
    rows = [r for r in panel.hit_rows() if r.data(FOUND_ROLE).hit.kind is SearchKind.PAPER]
    assert len(rows) > 3
    for row in rows:
        found = row.data(FOUND_ROLE)
        agenda = services.records.select(m.AgendaItem, meeting_id=found.meeting_id)
        number = number_items(agenda)[found.hit.item_id]
        assert found.hit.item_label == number
        assert f"· ระเบียบวาระที่ {number}" in _plain(row.data(HTML_ROLE)[0])
    # Two papers of one name on different items: their lines differ by the item.
    places: dict[str, dict[str, str]] = {}
    for row in rows:
        hit = row.data(FOUND_ROLE).hit
        places.setdefault(hit.label, {})[hit.item_label] = _plain(row.data(HTML_ROLE)[0].split("<br>")[0])
    twins = next(p for p in places.values() if len(p) > 1)
    assert len(set(twins.values())) == len(twins)
    # A meeting's own paper (on no item) says so.
    own = SearchHit(SearchKind.PAPER, "paper", "แผนงาน.pdf", Snippet(""))
    assert "· เอกสารของการประชุม" in _plain(panel._hit_html(own))


def test_a_title_that_matched_is_shown_once_with_the_words_highlighted(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = search(qtbot, window, "คลาวด์")
    titled = [
        r
        for r in panel.hit_rows()
        if r.data(FOUND_ROLE).hit.kind in (SearchKind.AGENDA_ITEM, SearchKind.ACTION_ITEM)
        and r.data(FOUND_ROLE).hit.snippet.text.strip("…") in r.data(FOUND_ROLE).hit.label
    ]
    assert {r.data(FOUND_ROLE).hit.kind for r in titled} == {SearchKind.AGENDA_ITEM, SearchKind.ACTION_ITEM}
    for row in titled:
        hit, text = row.data(FOUND_ROLE).hit, row.data(HTML_ROLE)[0]
        assert "<br>" not in text  # one line: the label, no snippet repeating it
        assert MARKED.findall(text) == ["คลาวด์"] * hit.label.count("คลาวด์")
        assert hit.label in re.sub(r"<[^>]+>", "", text)  # whole, number and all
    # Text of its own that matched (an item's description) is still shown under the label.
    described = next(
        r
        for r in panel.hit_rows()
        if r.data(FOUND_ROLE).hit.kind is SearchKind.AGENDA_ITEM and r not in titled
    )
    assert "<br>" in described.data(HTML_ROLE)[0]


def test_a_cancelled_or_draft_meeting_says_so_in_its_heading(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    for text in ("budget", "คลาวด์"):
        panel = search(qtbot, window, text)
        statuses = [g.meeting.status for g in services.search.search(text).groups if g.meeting]
        headings = groups(panel)
        assert len(headings) == len(statuses)
        for status, heading in zip(statuses, headings, strict=True):
            badge = {"cancelled": "ยกเลิก", "draft": "ร่าง"}.get(status.value)
            if badge:
                assert badge in heading, heading
            else:  # held, minutes drafted…: as a heading always was
                assert "ยกเลิก" not in heading and " ร่าง " not in heading, heading
    assert {m.MeetingStatus.CANCELLED, m.MeetingStatus.DRAFT} <= {
        g.meeting.status for t in ("budget", "คลาวด์") for g in services.search.search(t).groups if g.meeting
    }


def test_thai_marks_above_and_below_the_line_show_whole_in_the_box(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    box = window.search_box
    box.setText("ที่ปรึกษา มติ คลาวด์")
    box.setCursorPosition(0)
    QApplication.processEvents()
    image = box.grab().toImage()
    left, right = 30, image.width() - 30  # the text, between the magnifier and the clear button
    ink = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y).lightness() < 110 for x in range(left, right))
    ]
    assert ink, "the text is drawn"
    top_gap, bottom_gap = ink[0], image.height() - 1 - ink[-1]
    assert top_gap >= 3 and bottom_gap >= 3, (top_gap, bottom_gap)  # clear of the border
    # Not high: what is left under these words is the room kept for the line's descent and marks below.
    assert top_gap <= bottom_gap <= top_gap + box.fontMetrics().descent() + box.textMargins().bottom() + 2
    assert window.menuBar().height() >= box.height()  # the menu bar holds the taller box


def test_results_and_committees_on_screen_follow_changes_made_meanwhile(
    qtbot: QtBot, window: MainWindow, services: Services, bus: ChangeBus
) -> None:
    """A person added, or a committee made, while the panel is open (elsewhere in the window, or by a
    sync) is in the results and the committee filter without typing again."""
    panel = search(qtbot, window, "วิริยะพันธุ์ทดสอบ")
    assert not panel.hit_rows()
    changes = services.people.create_person(m.Person("อารีย์", "วิริยะพันธุ์ทดสอบ"))
    changes |= services.records.create(m.Committee("คณะทำงานทดสอบการค้นหา", "SRCH"))
    with qtbot.waitSignal(panel.shown, timeout=WAIT):
        bus.publish(changes)
    assert [found.hit.label for found in hits(panel)] == ["อารีย์ วิริยะพันธุ์ทดสอบ"]
    qtbot.waitUntil(lambda: panel.committee_combo.findText("SRCH", Qt.MatchFlag.MatchStartsWith) > 0)


def test_in_the_reader_a_meeting_it_does_not_list_is_said_so(qtbot: QtBot, window: MainWindow) -> None:
    window.set_reader_view(True)
    qtbot.waitUntil(lambda: window.reader.meeting_list.count() > 0, timeout=WAIT)
    hit = SearchHit(SearchKind.MEETING, "not-a-meeting-here", "การประชุม", Snippet(""))
    window.open_found(Found(hit, "not-a-meeting-here", ""))
    assert window.statusBar().currentMessage() == "การประชุมนี้ไม่อยู่ในรายการการประชุมของท่านในเครื่องนี้"


def test_an_archive_from_a_version_without_search_is_indexed_at_start_with_its_progress_on_screen(
    qtbot: QtBot, services: Services, languages: LanguageSwitcher, demo_copies: DemoCopies
) -> None:
    demo_copies.load(services, DEMO_DAY)
    store = services.store
    with store.connection() as conn:
        conn.execute("DELETE FROM search_meta WHERE key = 'format'")  # as a version without search left it
    assert store.search_index_due()
    shown: list[str] = []

    def look() -> None:  # runs while the build lets the screen breathe
        shown.extend(
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )

    QTimer.singleShot(0, look)
    count = build_search_index(store, show_after_ms=0)
    assert count > 0 and not store.search_index_due()
    told = [re.search(r"([\d,]+)\D+([\d,]+)", text) for text in shown]  # so many of so many records
    assert any(t and 0 < int(t[1].replace(",", "")) <= int(t[2].replace(",", "")) <= count for t in told), (
        shown
    )
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert services.search.search("คลาวด์").groups
    assert build_search_index(store, show_after_ms=0) == 0  # once: the next start goes straight on
