"""The annotation tools in the member's reader, driven through the real reader over real stores and real
PDFs: highlight and underline by dragging over QtPdf's text layer, ink by mouse, sticky notes through
their dialog, marks painted where their page points map at any zoom and in both page modes, the menu of
a mark (sharing, deletion, others' marks read-only), going to a mark; and the issue's end to end: a
member marks a paper offline, syncs, and her second laptop, a fellow member and a guest each see what
they may (a real server on 127.0.0.1, tests/sync/conftest.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from emeeting.domain import model as m
from emeeting.intake.inspect import Inspected
from emeeting.services.container import Services
from emeeting.services.documents import Intake
from emeeting.sync.client import SyncClient
from emeeting.ui.reader.annotation_layer import HIGHLIGHT_ALPHA
from emeeting.ui.reader.mark_tools import Tool
from emeeting.ui.reader.page_map import PageMap
from emeeting.ui.reader.reader_screen import ID_ROLE, ReaderScreen
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.server.conftest import Live
from tests.sync.conftest import Office, attach_bytes, build_office, live, no_password_store  # noqa: F401
from tests.sync.faults import flaky_proxy
from tests.sync.test_annotations import _guest
from tests.ui.test_reader import agenda_rows, member_window, open_reader

WAIT = 20_000
TITLE = "Budget proposal page"
LINE = "The committee approves the annual plan"


def text_pdf(pages: int = 3) -> bytes:
    """A real PDF with a text layer: two known lines a page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 14)
        c.drawString(72, 760, f"{TITLE} {n}")
        c.drawString(72, 730, LINE)
        c.showPage()
    c.save()
    return buf.getvalue()


def open_paper(qtbot: QtBot, reader: ReaderScreen, meeting_id: str, paper_id: str) -> None:
    if reader.current_meeting_id() != meeting_id:
        with qtbot.waitSignal(reader.meeting_shown, timeout=WAIT):
            reader.select_meeting(meeting_id)
    qtbot.waitUntil(lambda: any(r.data(0, ID_ROLE) == paper_id for r in agenda_rows(reader)), timeout=WAIT)
    with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
        reader.open_paper(paper_id)
    settle(qtbot, reader)


def settle(qtbot: QtBot, reader: ReaderScreen) -> None:
    """Let the view lay its pages out and paint them."""
    qtbot.wait(150)
    reader.viewer.page_view.viewport().repaint()


@pytest.fixture
def marked(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> tuple[ReaderScreen, m.Document, Services]:
    """The demo secretary's reader with a three-page paper with text open in it."""
    services = demo_services
    meeting_id = services.meetings.resolve("ICT:3/2569").id
    item = services.meetings.view(meeting_id).agenda[0].item
    paper = attach_bytes(services, meeting_id, item.id, "budget.pdf", text_pdf())
    window.resize(1500, 950)
    reader = open_reader(qtbot, window)
    open_paper(qtbot, reader, meeting_id, paper.id)
    return reader, paper, services


def text_bounds(document: QPdfDocument, page: int, text: str) -> QRectF:
    """The glyphs of ``text`` on the page, from the text layer."""
    start = document.getAllText(page).text().index(text)
    selection = document.getSelectionAtIndex(page, start, len(text))
    assert selection.text() == text
    return selection.boundingRectangle()


def at(reader: ReaderScreen, page: int, x: float, y: float) -> QPoint:
    point = reader.marks.page_map.to_viewport(page, QPointF(x, y))
    assert point is not None
    return point.toPoint()


def drag(qtbot: QtBot, reader: ReaderScreen, points: list[QPoint]) -> None:
    viewport = reader.viewer.page_view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=points[-1])


def mine(services: Services, paper: m.Document) -> list[m.Annotation]:
    return [v.annotation for v in services.annotations.for_document(paper.id, owner=services.store.actor)]


def drag_over(qtbot: QtBot, reader: ReaderScreen, page: int, text: str) -> QRectF:
    """Drag over ``text`` as a hand does: press on its first glyph, move, see the marked text follow the
    mouse, release on its last glyph."""
    glyphs = text_bounds(reader.viewer.document, page, text)
    middle = glyphs.center().y()
    viewport = reader.viewer.page_view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(reader, page, glyphs.left() + 1, middle))
    qtbot.mouseMove(viewport, at(reader, page, glyphs.center().x(), middle))
    qtbot.waitUntil(lambda: reader.marks.layer.preview is not None, timeout=WAIT)
    preview = reader.marks.layer.preview
    assert preview is not None and preview.page == page and preview.rects
    assert preview.rects[0][2] < glyphs.right() - 5  # half way: not yet the whole text
    with qtbot.waitSignal(reader.marks.saved, timeout=WAIT):
        end = at(reader, page, glyphs.right() - 1, middle)
        qtbot.mouseMove(viewport, end)
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert reader.marks.layer.preview is None
    return glyphs


def covers(rects: list[list[float]], glyphs: QRectF, slack: float = 1.0) -> bool:
    union = QRectF()
    for x0, y0, x1, y1 in rects:
        union = union.united(QRectF(QPointF(x0, y0), QPointF(x1, y1)))
    return union.adjusted(-slack, -slack, slack, slack).contains(glyphs)


def test_dragging_over_text_highlights_and_underlines_it_with_its_quote(
    qtbot: QtBot, marked: tuple[ReaderScreen, m.Document, Services], runner: TaskRunner
) -> None:
    reader, paper, services = marked
    assert reader.marks.tools.isVisible() and reader.marks.tools.tool is Tool.READ
    reader.marks.tools.tool_actions[Tool.HIGHLIGHT].trigger()
    glyphs = drag_over(qtbot, reader, 0, LINE)
    (highlight,) = mine(services, paper)
    assert highlight.shape is m.AnnotationShape.HIGHLIGHT and highlight.quote == LINE
    assert covers(json.loads(highlight.geometry), glyphs)
    assert (highlight.page, highlight.sha256, highlight.meeting_id) == (0, paper.sha256, paper.meeting_id)
    assert highlight.owner == services.store.actor  # a store that never met a server: its actor
    assert highlight.sharing is m.Sharing.PRIVATE and highlight.color == reader.marks.tools.color

    # Underline, on the second page, in another colour.
    reader.viewer.go_to_page(1)
    settle(qtbot, reader)
    reader.marks.tools.tool_actions[Tool.UNDERLINE].trigger()
    reader.marks.tools.color_actions["#64b5f6"].trigger()
    glyphs = drag_over(qtbot, reader, 1, f"{TITLE} 2")
    underline = next(a for a in mine(services, paper) if a.shape is m.AnnotationShape.UNDERLINE)
    assert underline.quote == f"{TITLE} 2" and underline.page == 1 and underline.color == "#64b5f6"
    assert covers(json.loads(underline.geometry), glyphs)

    # Esc returns to reading; a drag then marks nothing.
    qtbot.keyClick(reader.viewer.page_view.viewport(), Qt.Key.Key_Escape)
    assert reader.marks.tools.tool is Tool.READ
    drag(qtbot, reader, [at(reader, 1, 80, 80), at(reader, 1, 300, 80)])
    runner.wait_idle(5_000)
    assert len(mine(services, paper)) == 2


def test_an_ink_stroke_by_mouse_and_a_sticky_note_through_its_dialog(
    qtbot: QtBot, marked: tuple[ReaderScreen, m.Document, Services]
) -> None:
    reader, paper, services = marked
    reader.marks.tools.tool_actions[Tool.INK].trigger()
    stroke = [(100.0, 300.0), (150.0, 320.0), (200.0, 310.0), (260.0, 350.0)]
    with qtbot.waitSignal(reader.marks.saved, timeout=WAIT):
        drag(qtbot, reader, [at(reader, 0, x, y) for x, y in stroke])
    (ink,) = mine(services, paper)
    assert ink.shape is m.AnnotationShape.INK and ink.page == 0
    (drawn,) = json.loads(ink.geometry)
    assert len(drawn) == len(stroke)
    scale = paper_points_per_pixel(reader)
    for (x, y), (sx, sy) in zip(drawn, stroke, strict=True):
        assert abs(x - sx) <= scale and abs(y - sy) <= scale  # a pixel's worth of rounding

    reader.marks.tools.tool_actions[Tool.STICKY].trigger()
    qtbot.mouseClick(
        reader.viewer.page_view.viewport(), Qt.MouseButton.LeftButton, pos=at(reader, 0, 400, 500)
    )
    dialog = reader.marks.sticky_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.sharing is m.Sharing.PRIVATE  # private unless chosen otherwise
    dialog.text_edit.setPlainText("ขอดูสัญญาฉบับจริงก่อนประชุม")
    dialog.sharing_combo.setCurrentIndex(dialog.sharing_combo.findData(m.Sharing.SECRETARY.value))
    with qtbot.waitSignal(reader.marks.saved, timeout=WAIT):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    sticky = next(a for a in mine(services, paper) if a.shape is m.AnnotationShape.STICKY)
    assert sticky.text == "ขอดูสัญญาฉบับจริงก่อนประชุม" and sticky.sharing is m.Sharing.SECRETARY
    x, y = json.loads(sticky.geometry)
    assert abs(x - 400) <= scale and abs(y - 500) <= scale
    # Its text shows over the note.
    mark = reader.marks.layer.mark_at(QPointF(at(reader, 0, 400, 500)) + QPointF(5, 5))
    assert mark is not None and mark.id == sticky.id
    assert "ขอดูสัญญาฉบับจริงก่อนประชุม" in reader.marks.describe(mark)


def paper_points_per_pixel(reader: ReaderScreen) -> float:
    rect, points = reader.marks.page_map.pages()[reader.viewer.current_page()]
    return points.width() / rect.width()


def white_runs(image: QImage, x: int) -> list[tuple[int, int]]:
    """The runs of white pixels down column ``x``: the pages QPdfView painted there."""
    runs, start = [], None
    for y in range(image.height()):
        white = image.pixelColor(x, y) == QColor(Qt.GlobalColor.white)
        if white and start is None:
            start = y
        if not white and start is not None:
            runs.append((start, y - 1))
            start = None
    if start is not None:
        runs.append((start, image.height() - 1))
    return runs


def test_the_page_map_matches_the_pages_qpdfview_paints(
    qtbot: QtBot, marked: tuple[ReaderScreen, m.Document, Services]
) -> None:
    reader, _paper, _services = marked
    reader.viewer.set_watermark(None)  # the demo's paper is confidential: its pages only, here
    view = reader.viewer.page_view
    page_map = PageMap(view)

    def zoom_in_and_scroll() -> None:
        reader.viewer.zoom_by(3)
        view.verticalScrollBar().setValue(900)

    cases = [
        ("continuous, fit width", lambda: None),
        ("continuous, scrolled", lambda: view.verticalScrollBar().setValue(700)),
        ("continuous, zoomed out", lambda: reader.viewer.zoom_by(0.5)),
        ("continuous, zoomed in, scrolled", zoom_in_and_scroll),
        ("one page, zoomed", lambda: reader.viewer.continuous_action.setChecked(False)),
        ("one page, fit width, page 2", lambda: (reader.viewer.fit_width(), reader.viewer.go_to_page(1))),
    ]  # fmt: skip
    for name, change in cases:
        change()
        settle(qtbot, reader)
        image = view.viewport().grab().toImage()
        visible = page_map.visible_pages()
        assert visible, name
        column = max(0, round(visible[0][1].left())) + 4  # the page's left margin: no text there
        expected = [
            (max(0, round(r.top())), min(image.height() - 1, round(r.bottom()) - 1)) for _p, r, _s in visible
        ]
        assert white_runs(image, column) == expected, name
        row = max(0, round(visible[0][1].top()) + 2)
        whites = [x for x in range(image.width()) if image.pixelColor(x, row) == QColor(Qt.GlobalColor.white)]
        rect = visible[0][1]
        assert (whites[0], whites[-1]) == (
            max(0, round(rect.left())),
            min(image.width(), round(rect.right())) - 1,
        ), name
        # And back: a viewport position maps to the point it came from.
        page, _rect, _points = visible[0]
        there = page_map.to_viewport(page, QPointF(123.0, 456.0))
        assert there is not None
        back = page_map.to_page(there)
        assert back is not None and back[0] == page
        assert abs(back[1].x() - 123.0) < 1e-6 and abs(back[1].y() - 456.0) < 1e-6


def highlight_pixel() -> QColor:
    """#ffd54f at the highlight's opacity over white paper."""
    alpha = HIGHLIGHT_ALPHA / 255
    mix = [round(255 * (1 - alpha) + c * alpha) for c in (0xFF, 0xD5, 0x4F)]
    return QColor(*mix)


def near(color: QColor, expected: QColor, tolerance: int = 6) -> bool:
    return all(
        abs(a - b) <= tolerance for a, b in zip(color.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


def test_marks_are_painted_where_their_points_map_at_two_zooms_and_in_continuous_mode(
    qtbot: QtBot, marked: tuple[ReaderScreen, m.Document, Services], bus: ChangeBus
) -> None:
    reader, paper, services = marked
    actor = services.store.actor
    on_paper = {
        "meeting_id": paper.meeting_id,
        "owner": actor,
        "document_id": paper.id,
        "sha256": paper.sha256,
    }
    box = [80.0, 400.0, 180.0, 440.0]  # a blank part of the page
    highlight = m.Annotation(
        shape=m.AnnotationShape.HIGHLIGHT, geometry=json.dumps([box]), page=1, **on_paper
    )
    ink = m.Annotation(
        shape=m.AnnotationShape.INK, geometry="[[[60, 600], [250, 600]]]", color="#e57373", page=1, **on_paper
    )
    changes = services.annotations.add(highlight) | services.annotations.add(ink)
    with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
        bus.publish(changes)  # as the window does after any write
    reader.viewer.set_watermark(None)  # the demo's paper is confidential: the marks' pixels only, here
    assert reader.viewer.continuous

    def check(name: str) -> None:
        settle(qtbot, reader)
        image = reader.viewer.page_view.viewport().grab().toImage()
        centre = at(reader, 1, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        assert near(image.pixelColor(centre), highlight_pixel()), (name, image.pixelColor(centre).getRgb())
        outside = at(reader, 1, box[2], box[3]) + QPoint(4, 4)
        assert image.pixelColor(outside) == QColor(Qt.GlobalColor.white), name
        line = at(reader, 1, 150, 600)
        reddest = min((image.pixelColor(line + QPoint(0, dy)) for dy in (-2, -1, 0, 1, 2)), key=QColor.green)
        assert reddest.red() > 150 and reddest.green() < 120, (name, reddest.getRgb())  # the ink's line
        above = at(reader, 1, 150, 600) - QPoint(0, 6)
        assert image.pixelColor(above) == QColor(Qt.GlobalColor.white), name

    reader.viewer.go_to_page(1)
    check("continuous, fit width")
    reader.viewer.zoom_by(1.6)
    reader.viewer.go_to_page(1)
    view = reader.viewer.page_view
    settle(qtbot, reader)
    box_top = at(reader, 1, box[0], box[1]).y()  # scrolled to bring the box a third of the way down
    view.verticalScrollBar().setValue(
        view.verticalScrollBar().value() + box_top - view.viewport().height() // 3
    )
    check("continuous, zoomed in, scrolled")
    reader.viewer.continuous_action.setChecked(False)
    reader.viewer.zoom_by(0.5)
    reader.viewer.go_to_page(1)
    assert view.pageMode() == QPdfView.PageMode.SinglePage
    check("one page, zoomed out")
    # Another page in single-page mode shows none of page 2's marks.
    reader.viewer.go_to_page(0)
    settle(qtbot, reader)
    image = view.viewport().grab().toImage()
    assert not any(
        near(image.pixelColor(x, y), highlight_pixel(), 3)
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )


def test_sharing_and_deleting_from_the_menu_of_a_mark_and_others_marks_are_read_only(
    qtbot: QtBot, marked: tuple[ReaderScreen, m.Document, Services], bus: ChangeBus
) -> None:
    reader, paper, services = marked
    actor = services.store.actor
    place = {"meeting_id": paper.meeting_id, "document_id": paper.id, "sha256": paper.sha256}
    own = m.Annotation(
        owner=actor, shape=m.AnnotationShape.STICKY, geometry="[100, 100]", text="mine", **place
    )
    theirs = m.Annotation(
        owner="bob", shape=m.AnnotationShape.INK, geometry="[[[50, 200], [250, 220]]]",
        sharing=m.Sharing.COMMITTEE, author="Bob Test", **place,
    )  # fmt: skip
    changes = services.annotations.add(own) | services.annotations.add(theirs)
    with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
        bus.publish(changes)

    # Another reader's mark: whose it is, and nothing to change.
    menu = reader.marks.mark_menu(theirs.id)
    assert menu is not None
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["markAuthor"] and "Bob Test" in menu.actions()[0].text()
    assert not menu.actions()[0].isEnabled()
    reader.marks.delete(theirs.id)
    reader.marks.share(theirs.id, m.Sharing.PRIVATE)
    qtbot.wait(200)
    assert services.annotations.get(theirs.id).sharing is m.Sharing.COMMITTEE
    hovered = reader.marks.layer.mark_at(QPointF(at(reader, 0, 150, 210)))
    assert hovered is not None and "Bob Test" in reader.marks.describe(hovered)

    # My own: shared with the committee, edited, then deleted, all from its menu.
    menu = reader.marks.mark_menu(own.id)
    assert menu is not None
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert set(actions) == {
        "markShareCommittee",
        "markShareSecretary",
        "markSharePrivate",
        "markEdit",
        "markDelete",
    }
    assert actions["markSharePrivate"].isChecked()
    with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
        actions["markShareCommittee"].trigger()
    assert services.annotations.get(own.id).sharing is m.Sharing.COMMITTEE
    menu = reader.marks.mark_menu(own.id)
    assert menu is not None
    edit = next(a for a in menu.actions() if a.objectName() == "markEdit")
    edit.trigger()
    dialog = reader.marks.sticky_dialog
    assert dialog is not None and not dialog.sharing_combo.isVisible()
    dialog.text_edit.setPlainText("mine, edited")
    with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert services.annotations.get(own.id).text == "mine, edited"
    menu = reader.marks.mark_menu(own.id)
    assert menu is not None
    with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
        next(a for a in menu.actions() if a.objectName() == "markDelete").trigger()
    assert {a.id for a in mine(services, paper)} == {theirs.id}
    assert reader.marks.layer.index.get(own.id) is None


@pytest.mark.qt_log_ignore("bookmark with invalid location")  # the board book's /Fit
def test_show_annotation_opens_its_paper_at_its_page_and_frames_the_mark(
    qtbot: QtBot, marked: tuple[ReaderScreen, m.Document, Services]
) -> None:
    reader, paper, services = marked
    note = m.Annotation(
        paper.meeting_id, services.store.actor, m.AnnotationShape.HIGHLIGHT, document_id=paper.id,
        sha256=paper.sha256, page=2, geometry="[[72, 700, 300, 720]]", quote="x",
    )  # fmt: skip
    services.annotations.add(note)
    other = next(s.meeting.id for s in services.meetings.summaries() if s.meeting.id != paper.meeting_id)
    with qtbot.waitSignal(reader.meeting_shown, timeout=WAIT):
        reader.select_meeting(other)  # somewhere else entirely
    assert reader.viewer.page_count == 0
    with qtbot.waitSignal(reader.marks.emphasised, timeout=WAIT) as shown:
        reader.show_annotation(note.id)
    assert shown.args == [note.id]
    assert reader.current_meeting_id() == paper.meeting_id and reader.marks.document_id == paper.id
    assert reader.viewer.current_page() == 2 and reader.marks.layer.emphasised == note.id
    settle(qtbot, reader)
    bounds = reader.marks.layer.mark_bounds(
        *reader.marks.page_map.pages()[2], reader.marks.layer.index.get(note.id)
    )
    assert QRectF(reader.viewer.page_view.viewport().rect()).contains(bounds)
    qtbot.waitUntil(lambda: reader.marks.layer.emphasised is None, timeout=5_000)

    # The board book is no place for marks: no tools there.
    with qtbot.waitSignal(reader.book_opened, timeout=60_000):
        reader.book_button.click()
    assert not reader.marks.tools.isVisible() and len(reader.marks.layer.index) == 0


@pytest.mark.usefixtures("no_password_store")
def test_a_member_marks_a_paper_offline_and_her_laptop_and_the_committee_see_what_they_may(
    qtbot: QtBot,
    live: Live,  # noqa: F811
    tmp_path: object,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    with flaky_proxy(live.url, seed=14) as proxy:
        office = build_office(live, tmp_path, proxy.url)  # type: ignore[arg-type]
        secretary = office.secretary
        item = next(i for i in office.items if i.parent_id is None)
        paper = attach_bytes(secretary.services, office.meeting.id, item.id, "budget.pdf", text_pdf())
        secretary.run()

        alice = office.attendee("alice")
        services = alice.services
        window = member_window(qtbot, office, services, runner, bus, languages, settings)
        menu = window.menus.sync_menu
        reader = window.reader  # at the next meeting

        proxy.cut_after = 0  # the server is out of reach from here on
        open_paper(qtbot, reader, office.meeting.id, paper.id)
        reader.marks.tools.tool_actions[Tool.HIGHLIGHT].trigger()
        drag_over(qtbot, reader, 0, LINE)
        reader.marks.tools.tool_actions[Tool.INK].trigger()
        with qtbot.waitSignal(reader.marks.saved, timeout=WAIT):
            drag(qtbot, reader, [at(reader, 0, x, 400) for x in (100, 150, 200)])
        reader.marks.tools.tool_actions[Tool.STICKY].trigger()
        qtbot.mouseClick(
            reader.viewer.page_view.viewport(), Qt.MouseButton.LeftButton, pos=at(reader, 0, 450, 300)
        )
        dialog = reader.marks.sticky_dialog
        assert dialog is not None
        dialog.text_edit.setPlainText("ถามเรื่องงบประมาณปี 2570")
        with qtbot.waitSignal(reader.marks.saved, timeout=WAIT):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        made = {
            v.annotation.shape: v.annotation
            for v in services.annotations.for_document(paper.id, owner="alice")
        }
        assert set(made) == {m.AnnotationShape.HIGHLIGHT, m.AnnotationShape.INK, m.AnnotationShape.STICKY}
        assert all(a.owner == "alice" and a.author == "Alice Test" for a in made.values())
        # The highlight goes to the committee, through its menu, still offline.
        share = reader.marks.mark_menu(made[m.AnnotationShape.HIGHLIGHT].id)
        assert share is not None
        with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
            next(a for a in share.actions() if a.objectName() == "markShareCommittee").trigger()
        # Out of reach, the client tries each request again after a pause (7.5 s in all): here it records
        # the pauses instead of sleeping them, and tries as often.
        slept: list[float] = []
        in_office = menu.service.client_factory
        menu.service.client_factory = lambda url, token: SyncClient(url, token, sleep=slept.append)
        with qtbot.waitSignal(
            menu.controller.state_changed,
            timeout=60_000,
            check_params_cb=lambda state, _m: state == "offline",
        ):
            menu.controller.sync_now()  # offline: nothing reaches the server
        menu.controller.timer.stop()
        assert slept, "the client tried again before it gave up"
        menu.service.client_factory = in_office

        proxy.cut_after = None  # back in the office
        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
            menu.controller.sync_now()
        runner.wait_idle(10_000)

        laptop = office.attendee("alice", "alice-laptop")
        laptop.run()
        on_laptop = {
            v.annotation.id: v.annotation
            for v in laptop.services.annotations.for_document(paper.id, owner="alice")
        }
        assert set(on_laptop) == {a.id for a in made.values()}
        assert on_laptop[made[m.AnnotationShape.STICKY].id].text == "ถามเรื่องงบประมาณปี 2570"
        assert on_laptop[made[m.AnnotationShape.HIGHLIGHT].id].sharing is m.Sharing.COMMITTEE
        bob = office.attendee("bob")
        bob.run()
        for_bob = [v.annotation for v in bob.services.annotations.for_document(paper.id, owner="bob")]
        assert [(a.shape, a.quote) for a in for_bob] == [(m.AnnotationShape.HIGHLIGHT, LINE)]
        gwen = _guest(office)
        gwen.run()
        assert gwen.services.annotations.for_meeting(office.meeting.id, owner="gwen") == []

        # The secretary replaces the paper: its line moves down a page and along it; the highlight
        # follows the quoted text in alice's reader, the drawing stays "from the earlier version".
        data = moved_line_pdf()
        sha = secretary.services.store.blobs.put_bytes(data)
        found = Inspected(Path("budget-v2.pdf"), "application/pdf", len(data), sha, 3, LINE)
        secretary.services.documents.new_version(paper.id, Intake((found,), ()))
        secretary.run()
        reopened = qtbot.waitSignal(reader.paper_opened, timeout=WAIT)  # the new version, on screen
        with reopened, qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
            menu.controller.sync_now()
        assert reader.viewer.page_count == 3
        moved = services.annotations.get(made[m.AnnotationShape.HIGHLIGHT].id)
        assert (moved.sha256, moved.page) == (sha, 1)
        qtbot.waitUntil(lambda: reader.marks.layer.index.get(moved.id) is not None, timeout=WAIT)
        assert reader.marks.layer.index.get(moved.id).annotation.page == 1
        glyphs = text_bounds(reader.viewer.document, 1, LINE)
        assert covers(json.loads(moved.geometry), glyphs, slack=2.0)
        assert [x.id for x in reader.marks.layer.index.on_page(1)] == [moved.id]  # painted there only
        assert all(x.id != moved.id for p in (0, 2) for x in reader.marks.layer.index.on_page(p))
        views = services.annotations.for_document(paper.id, owner="alice")
        assert {v.annotation.id: v.earlier_version for v in views}[made[m.AnnotationShape.INK].id]
        runner.wait_idle(10_000)
        services.close()


def moved_line_pdf() -> bytes:
    """The paper's next version: a cover page, then the approved line on page 2 further down and in."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 14)
    c.drawString(72, 760, "Cover")
    c.showPage()
    c.setFont("Helvetica", 14)
    c.drawString(72, 760, f"{TITLE} 1")
    c.drawString(110, 520, LINE)
    c.showPage()
    c.drawString(72, 760, f"{TITLE} 3")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_page_index_reads_a_page_when_it_is_shown_and_leaves_out_what_is_not_on_the_page() -> None:
    from emeeting.services.annotations import AnnotationView
    from emeeting.ui.reader.annotation_layer import PageIndex

    def view(page: int, shape: m.AnnotationShape, geometry: str, earlier: bool = False) -> AnnotationView:
        note = m.Annotation("meeting", "alice", shape, document_id="paper", page=page, geometry=geometry)
        return AnnotationView(note, mine=True, earlier_version=earlier)

    sticky = view(3, m.AnnotationShape.STICKY, "[10, 20]")
    ink = view(3, m.AnnotationShape.INK, "[[[1, 2], [3, 4]]]")
    highlight = view(3, m.AnnotationShape.HIGHLIGHT, "[[1, 2, 3, 4]]")
    earlier = view(3, m.AnnotationShape.HIGHLIGHT, "[[1, 2, 3, 4]]", earlier=True)  # listed elsewhere
    item_note = AnnotationView(
        m.Annotation("meeting", "alice", m.AnnotationShape.ITEM_NOTE, item_id="i"), True, False
    )
    broken = view(7, m.AnnotationShape.INK, "not json")
    index = PageIndex([sticky, ink, highlight, earlier, item_note, broken])
    assert len(index) == 4  # on their pages; the geometry is read when its page is
    assert [x.id for x in index.on_page(3)] == [
        highlight.annotation.id,
        ink.annotation.id,
        sticky.annotation.id,
    ]
    assert index.on_page(7) == [] and index.get(broken.annotation.id) is None
    assert index.get(earlier.annotation.id) is None and index.on_page(0) == []
    index.remove(ink.annotation.id)
    assert [x.id for x in index.on_page(3)] == [highlight.annotation.id, sticky.annotation.id]


def test_a_thai_paper_set_by_our_engine_is_highlighted_along_the_dragged_line(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    """Its lines are /ActualText spans, whose characters PDFium squeezes into the line's first points:
    the drag says where the marked text lies along the line."""
    from emeeting import paths
    from emeeting.reports.demo_documents import make_demo_pdf

    line = "ผู้มาประชุม ผู้ไม่มาประชุม และผู้เข้าร่วมประชุม ตามรายชื่อแนบท้าย"
    data = make_demo_pdf("รายงานการประชุม", [line * 3], 1, paths.resources_dir() / "fonts")
    services = demo_services
    meeting_id = services.meetings.resolve("ICT:3/2569").id
    item = services.meetings.view(meeting_id).agenda[0].item
    paper = attach_bytes(services, meeting_id, item.id, "report.pdf", data)
    window.resize(1500, 950)
    reader = open_reader(qtbot, window)
    open_paper(qtbot, reader, meeting_id, paper.id)
    document = reader.viewer.document
    text = document.getAllText(0).text()
    first = next(x for x in text.splitlines() if x.startswith("ผู้มาประชุม"))
    glyphs = document.getSelectionAtIndex(0, text.index(first), len(first)).boundingRectangle()
    assert glyphs.width() < 3 * len(first)  # the layer's boxes: a sliver of the printed line
    end_x = document.pagePointSize(0).width() - 60  # the end of the justified line, where the eye sees it
    reader.marks.tools.tool_actions[Tool.HIGHLIGHT].trigger()
    middle = glyphs.center().y()
    with qtbot.waitSignal(reader.marks.saved, timeout=WAIT):
        drag(qtbot, reader, [at(reader, 0, glyphs.left() + 1, middle), at(reader, 0, end_x, middle)])
    (highlight,) = mine(services, paper)
    assert highlight.quote == first.strip()
    ((x0, y0, x1, y1),) = json.loads(highlight.geometry)
    assert abs(x0 - glyphs.left()) < 2 and abs(x1 - end_x) < 2
    assert y0 <= middle <= y1


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_pen_draws_ink_and_a_right_click_opens_the_menu_of_the_mark_under_it(
    qtbot: QtBot, marked: tuple[ReaderScreen, m.Document, Services]
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QContextMenuEvent, QInputDevice, QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    reader, paper, services = marked
    viewport = reader.viewer.page_view.viewport()
    pen = QPointingDevice(
        "pen", 4242, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 2,
    )  # fmt: skip
    reader.marks.tools.tool_actions[Tool.INK].trigger()
    T = QEvent.Type
    points = [(120.0, 500.0), (160.0, 520.0), (220.0, 505.0)]
    events = [
        (T.TabletPress, points[0]),
        (T.TabletMove, points[1]),
        (T.TabletMove, points[2]),
        (T.TabletRelease, points[2]),
    ]
    with qtbot.waitSignal(reader.marks.saved, timeout=WAIT):
        for kind, (x, y) in events:
            position = QPointF(at(reader, 0, x, y))
            buttons = Qt.MouseButton.NoButton if kind == T.TabletRelease else Qt.MouseButton.LeftButton
            event = QTabletEvent(
                kind, pen, position, QPointF(viewport.mapToGlobal(position)), 0.6, 0, 0, 0.0, 0.0, 0.0,
                Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons,
            )  # fmt: skip
            QApplication.sendEvent(viewport, event)
            assert event.isAccepted()  # no mouse event made from it: the pen is not drawn twice
    (ink,) = mine(services, paper)
    assert ink.shape is m.AnnotationShape.INK and len(json.loads(ink.geometry)[0]) == 3

    reader.marks.tools.tool_actions[Tool.READ].trigger()
    on_line = at(reader, 0, 140, 510)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, on_line, viewport.mapToGlobal(on_line))
    QApplication.sendEvent(viewport, event)
    menu = reader.marks.menu
    assert menu is not None and menu.isVisible()
    assert {a.objectName() for a in menu.actions()} >= {"markDelete", "markShareCommittee"}
    menu.close()


def test_marks_made_and_changed_in_the_viewer_are_undone_and_redone_with_the_window_history(
    qtbot: QtBot, marked: tuple[ReaderScreen, m.Document, Services], window: MainWindow
) -> None:
    reader, paper, services = marked
    stack = window.context.history.stack

    def undo() -> None:
        with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
            window.undo_action.trigger()

    def redo() -> None:
        with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
            window.redo_action.trigger()

    # An accidental ink stroke: Edit ▸ Undo takes it away, from the store and from the page; Redo back.
    reader.marks.tools.tool_actions[Tool.INK].trigger()
    with qtbot.waitSignal(reader.marks.saved, timeout=WAIT):
        drag(qtbot, reader, [at(reader, 0, x, y) for x, y in [(100, 300), (150, 320), (200, 310)]])
    (ink,) = mine(services, paper)
    assert stack.undoText() == "เขียนด้วยมือ"
    undo()
    assert mine(services, paper) == [] and reader.marks.layer.index.get(ink.id) is None
    redo()
    assert [a.id for a in mine(services, paper)] == [ink.id] and reader.marks.has_mark(ink.id)

    reader.marks.tools.tool_actions[Tool.HIGHLIGHT].trigger()
    drag_over(qtbot, reader, 0, LINE)
    assert stack.undoText() == "เน้นข้อความ"
    reader.marks.tools.tool_actions[Tool.UNDERLINE].trigger()
    drag_over(qtbot, reader, 0, f"{TITLE} 1")
    assert stack.undoText() == "ขีดเส้นใต้ข้อความ"
    undo()
    assert {a.shape for a in mine(services, paper)} == {m.AnnotationShape.INK, m.AnnotationShape.HIGHLIGHT}

    reader.marks.tools.tool_actions[Tool.STICKY].trigger()
    qtbot.mouseClick(
        reader.viewer.page_view.viewport(), Qt.MouseButton.LeftButton, pos=at(reader, 0, 400, 500)
    )
    dialog = reader.marks.sticky_dialog
    assert dialog is not None
    dialog.text_edit.setPlainText("ขอดูสัญญา")
    with qtbot.waitSignal(reader.marks.saved, timeout=WAIT):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert stack.undoText() == "เพิ่มบันทึกย่อ"
    sticky = next(a for a in mine(services, paper) if a.shape is m.AnnotationShape.STICKY)

    # The mark's menu: sharing, the note's text and deletion, each a step of its own.
    with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
        reader.marks.share(sticky.id, m.Sharing.COMMITTEE)
    assert stack.undoText() == "เปลี่ยนผู้ที่เห็นบันทึก"
    assert services.annotations.get(sticky.id).sharing is m.Sharing.COMMITTEE
    undo()
    assert services.annotations.get(sticky.id).sharing is m.Sharing.PRIVATE

    edit = reader.marks.edit_note(sticky.id)
    assert edit is not None
    edit.text_edit.setPlainText("ขอดูสัญญาฉบับจริง")
    with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
        edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert stack.undoText() == "แก้ไขบันทึก"
    undo()
    assert services.annotations.get(sticky.id).text == "ขอดูสัญญา"
    redo()
    assert services.annotations.get(sticky.id).text == "ขอดูสัญญาฉบับจริง"

    with qtbot.waitSignal(reader.marks.loaded, timeout=WAIT):
        reader.marks.delete(sticky.id)
    assert stack.undoText() == "ลบบันทึก" and not reader.marks.has_mark(sticky.id)
    undo()
    assert services.annotations.get(sticky.id).text == "ขอดูสัญญาฉบับจริง"
    assert reader.marks.has_mark(sticky.id)
