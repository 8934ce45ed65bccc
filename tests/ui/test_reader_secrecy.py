"""Secrecy in the reader, over a member's store synced from a real server on 127.0.0.1: the watermark with
the reader's name on a confidential paper and on a board book that binds one (none on a plain paper); a
paper closed by its committee's offline limit, with a message, until the next sync; a confidential paper
not downloaded for want of a password store, said where it would open (reader and documents pane); and a
secretary's store lists the meetings she is not invited to, marked so, with no answer to give."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.sync.paper_keys import PaperKeys
from emeeting.ui.documents.document_tree import DOCUMENT_ROLE
from emeeting.ui.documents.documents_pane import DocumentsPane
from emeeting.ui.reader.reader_screen import ID_ROLE, ReaderScreen
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.sync.conftest import Desk, Office, live, no_password_store, office  # noqa: F401
from tests.sync.test_revoke_expiry import Clock
from tests.sync.test_sealed_papers import OPEN_TEXT, attach, confidential_pdf, pdf_with
from tests.ui.test_watermark import quarters

WAIT = 20_000


@dataclass
class Papers:
    secret: m.Document
    plain: m.Document


@pytest.fixture
def papers(office: Office) -> Papers:  # noqa: F811
    secret = attach(office, "price.pdf", confidential_pdf(), "ราคากลาง", m.Secrecy.CONFIDENTIAL)
    plain = attach(office, "note.pdf", pdf_with(OPEN_TEXT), OPEN_TEXT, m.Secrecy.NORMAL)
    return Papers(secret, plain)


def context(desk: Desk, runner: TaskRunner, bus: ChangeBus, settings: QSettings) -> UiContext:
    history = UndoHistory(runner, bus, desk.services.steps)
    return UiContext(desk.services, desk.sync, runner, bus, history, settings)


@pytest.fixture
def make_reader(qtbot: QtBot, runner: TaskRunner, bus: ChangeBus, settings: QSettings) -> Iterator[object]:
    made: list[ReaderScreen] = []

    def make(desk: Desk, meeting_id: str) -> ReaderScreen:
        reader = ReaderScreen(context(desk, runner, bus, settings))
        qtbot.addWidget(reader)
        reader.resize(1400, 900)
        reader.show()
        with qtbot.waitSignal(reader.meetings_loaded, timeout=WAIT):
            reader.activate()
        qtbot.waitUntil(lambda: reader.current_meeting_id() is not None, timeout=WAIT)
        if reader.current_meeting_id() != meeting_id:
            with qtbot.waitSignal(reader.meeting_shown, timeout=WAIT):
                reader.select_meeting(meeting_id)
        qtbot.waitUntil(lambda: reader._view is not None, timeout=WAIT)
        made.append(reader)
        return reader

    yield make
    runner.wait_idle(WAIT)


def open_paper(qtbot: QtBot, reader: ReaderScreen, paper: m.Document, *, refused: bool = False) -> None:
    signal = reader.paper_refused if refused else reader.paper_opened
    with qtbot.waitSignal(signal, timeout=WAIT):
        reader.open_paper(paper.id)


def painted(reader: ReaderScreen) -> bool:
    """The page is on screen: most of the view is the page's white (the view's background is grey)."""
    image = reader.viewer.page_view.viewport().grab().toImage()
    white = sum(
        1
        for y in range(0, image.height(), 8)
        for x in range(0, image.width(), 8)
        if image.pixelColor(x, y).lightness() > 235
    )
    return white > (image.width() // 8) * (image.height() // 8) // 3


def test_a_confidential_paper_carries_the_readers_name_and_a_plain_one_none(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    papers: Papers,
    make_reader: object,
) -> None:
    alice = office.attendee("alice")
    alice.run()
    reader = make_reader(alice, office.meeting.id)  # type: ignore[operator]

    open_paper(qtbot, reader, papers.secret)
    assert reader.viewer.page_count == 1
    mark = reader.viewer.watermark
    assert mark is not None and office.people["alice"].display_name in mark
    qtbot.waitUntil(lambda: painted(reader), timeout=WAIT)
    image = reader.viewer.page_view.viewport().grab().toImage()
    assert all(count > 20 for count in quarters(image))

    open_paper(qtbot, reader, papers.plain)
    assert reader.viewer.page_count == 1 and reader.viewer.watermark is None
    qtbot.waitUntil(lambda: painted(reader), timeout=WAIT)
    assert sum(quarters(reader.viewer.page_view.viewport().grab().toImage())) == 0

    # The board book binds the confidential paper: it carries the watermark as well.
    with qtbot.waitSignal(reader.book_opened, timeout=60_000):
        reader.open_board_book()
    assert reader.viewer.watermark == mark


def test_a_paper_past_the_offline_limit_is_closed_with_a_message_until_the_next_sync(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    papers: Papers,
    make_reader: object,
) -> None:
    clock = Clock()
    alice = office.attendee("alice", clock=clock)
    alice.run()
    reader = make_reader(alice, office.meeting.id)  # type: ignore[operator]
    open_paper(qtbot, reader, papers.secret)
    assert reader.viewer.page_count == 1

    clock.now += timedelta(days=8)  # the window stayed open; the committee allows 7 days offline
    open_paper(qtbot, reader, papers.plain)  # an ordinary paper is not concerned
    assert reader.viewer.page_count == 1
    open_paper(qtbot, reader, papers.secret, refused=True)
    assert reader.viewer.page_count == 0 and reader.viewer.watermark is None
    message = reader.viewer.placeholder.text()
    assert office.url in message and "8" in message and "7" in message and "Sync" in message
    reader.open_board_book()
    qtbot.waitUntil(lambda: reader.viewer.placeholder.text() == message, timeout=WAIT)

    alice.run()  # contact again: the paper comes back
    with qtbot.waitSignal(reader.meeting_shown, timeout=WAIT):
        reader.reload()
    open_paper(qtbot, reader, papers.secret)
    assert reader.viewer.page_count == 1 and reader.viewer.watermark is not None


def test_a_confidential_paper_not_downloaded_says_why_in_the_reader_and_the_documents_pane(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    papers: Papers,
    make_reader: object,
    runner: TaskRunner,
    bus: ChangeBus,
    settings: QSettings,
) -> None:
    alice = office.attendee("alice")
    alice.sync.paper_keys = PaperKeys()  # the system's: no usable password store in these tests
    report = alice.run()
    assert report.not_sealed >= 1
    reader = make_reader(alice, office.meeting.id)  # type: ignore[operator]
    open_paper(qtbot, reader, papers.secret, refused=True)
    message = reader.viewer.placeholder.text()
    assert reader.viewer.page_count == 0
    assert "not downloaded" in message and "password store" in message and "sync again" in message
    open_paper(qtbot, reader, papers.plain)
    assert reader.viewer.page_count == 1

    pane = DocumentsPane(context(alice, runner, bus, settings))
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        pane.show_meeting(office.meeting.id)
    group = pane.group_node(papers.secret.item_id)
    row = next(
        group.child(i) for i in range(group.childCount()) if papers.secret.name in group.child(i).text(0)
    )
    pane.tree.setCurrentItem(row)
    qtbot.waitUntil(lambda: pane.viewer.placeholder.text() == message, timeout=WAIT)
    runner.wait_idle(WAIT)


def test_a_secretarys_store_lists_meetings_she_is_not_invited_to_marked_so(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    make_reader: object,
) -> None:
    secretary = office.secretary
    services = secretary.services
    invited_to = services.meetings.create(
        office.committee.id, "ประชุมครั้งที่ 2", office.meeting.start + timedelta(days=14), template="th"
    )
    meeting2 = next(x for x in services.records.select(m.Meeting) if x.id != office.meeting.id)
    del invited_to
    services.records.create(m.Invitation(meeting2.id, office.people["somsri"].id))
    reader = make_reader(secretary, office.meeting.id)  # type: ignore[operator]

    rows = {
        reader.meeting_list.item(i).data(ID_ROLE): reader.meeting_list.item(i).text()
        for i in range(reader.meeting_list.count())
    }
    assert set(rows) == {office.meeting.id, meeting2.id}  # every meeting of the store is listed
    assert rows[office.meeting.id].endswith(reader.tr("Not invited"))
    assert rows[meeting2.id].endswith(labels.own_reply_label(m.Rsvp.PENDING))
    assert reader.rsvp_label.text() == reader.tr("Not invited")
    assert not reader.answer_button.isEnabled() and reader.open_answer() is None  # no answer to give
    assert reader.book_button.isEnabled()
    with qtbot.waitSignal(reader.meeting_shown, timeout=WAIT):
        reader.select_meeting(meeting2.id)
    assert reader.answer_button.isEnabled()


def test_the_documents_pane_watermarks_a_members_sealed_paper_too(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    papers: Papers,
    runner: TaskRunner,
    bus: ChangeBus,
    settings: QSettings,
) -> None:
    alice = office.attendee("alice")
    alice.run()
    pane = DocumentsPane(context(alice, runner, bus, settings))
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        pane.show_meeting(office.meeting.id)
    group = pane.group_node(papers.secret.item_id)
    rows = {group.child(i).data(0, DOCUMENT_ROLE): group.child(i) for i in range(group.childCount())}
    with qtbot.waitSignal(pane.preview_shown, timeout=WAIT):
        pane.tree.setCurrentItem(rows[papers.secret.id])
    mark = pane.viewer.watermark
    assert mark is not None and office.people["alice"].display_name in mark
    with qtbot.waitSignal(pane.preview_shown, timeout=WAIT):
        pane.tree.setCurrentItem(rows[papers.plain.id])
    assert pane.viewer.watermark is None
    runner.wait_idle(WAIT)


def test_a_board_book_binding_a_sealed_paper_is_not_handed_to_the_system_viewer(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    papers: Papers,
    make_reader: object,
) -> None:
    """The system viewer gets a copy in a temporary folder, in clear and without the watermark: a book
    that binds a paper sealed on this laptop must not go there, as the paper itself does not."""
    alice = office.attendee("alice")
    alice.run()
    assert alice.services.documents.is_sealed(alice.services.records.get(m.Document, papers.secret.id))
    reader = make_reader(alice, office.meeting.id)  # type: ignore[operator]
    open_paper(qtbot, reader, papers.plain)
    assert reader.viewer.external_action.isEnabled()  # an ordinary paper: its verified file
    with qtbot.waitSignal(reader.book_opened, timeout=60_000):
        reader.open_board_book()
    assert not reader.viewer.external_action.isEnabled()
