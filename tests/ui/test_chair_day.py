"""Following the chair from the secretary's Meeting day, over the real services and store: the current item
and the paper presented (page by page) are posted to the meeting's server while the meeting is open, the
projector shows the same (item, presenter, the page drawn by QtPdf) at 1366×768 and 1920×1080, and a
member's check-in from the live channel marks them in the meeting, so the quorum moves; marking by hand
still works beside it."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.paths import resources_dir
from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.storage.sync_state import ServerState
from emeeting.sync import protocol as p
from emeeting.sync.live import LiveClient
from emeeting.sync.service import SyncService
from emeeting.ui.day.attendance_panel import STATUS
from emeeting.ui.day.chair import ChairState
from emeeting.ui.day.projector import ProjectorWindow, other_screen
from emeeting.ui.day.session_screen import SessionScreen
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import MEETING_DAY
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.services.conftest import pdf_bytes
from tests.sync.conftest import attach_bytes, no_password_store  # noqa: F401
from tests.sync.test_live_posts import URL, Server
from tests.ui.meeting_day_helpers import Clock, Org
from tests.ui.test_main_window import select
from tests.ui.test_session_screen import click, quorum_is_red, step

WAIT = 10_000
SHOTS = os.environ.get("EMEETING_SHOTS")  # a folder to keep the projector's screenshots in, to look at


@pytest.fixture
def org(services: Services) -> Org:
    return Org(services)


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def screen(
    qtbot: QtBot,
    services: Services,
    org: Org,
    server: Server,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: object,
    settings: QSettings,
    no_password_store: None,  # noqa: F811
) -> Iterator[SessionScreen]:
    def factory(base: str, token: str | None) -> LiveClient:
        return LiveClient(base, token, retries=0, transport=httpx.MockTransport(server.answer))

    sync = SyncService(services.store, Credentials(), live_factory=factory)
    with sync.state.transaction() as st:
        st.save_server(ServerState(URL, "secretary"))
        st.publish(URL, org.meeting_id)
    sync.credentials.set(URL, "secretary", "the-token")
    history = UndoHistory(runner, bus, services.steps)
    context = UiContext(services, sync, runner, bus, history, settings)
    widget = SessionScreen(context, clock=Clock())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=WAIT):
        widget.show_meeting(org.meeting_id)
    yield widget
    if widget.projector is not None:
        widget.projector.close()
    widget.save_pending()
    runner.wait_idle(WAIT)


def posted(server: Server) -> list[dict[str, object]]:
    return [json.loads(r.content) for r in server.requests if r.url.path.endswith("/chair")]


def wait_posted(qtbot: QtBot, screen: SessionScreen, server: Server, body: dict[str, object]) -> None:
    qtbot.waitUntil(lambda: not screen.poster.busy and bool(posted(server)) and posted(server)[-1] == body)


def test_the_chair_moves_through_items_and_pages_and_the_projector_follows(
    qtbot: QtBot, screen: SessionScreen, services: Services, org: Org, server: Server, runner: TaskRunner
) -> None:
    presenter_person = org.members[0]
    item = services.records.get(m.AgendaItem, org.item.id)
    services.agenda.update(m.AgendaItem(**{**item.__dict__, "presenter_id": presenter_person.id}), base=item)
    paper = attach_bytes(services, org.meeting_id, org.item.id, "แผนงบประมาณ.pdf", pdf_bytes(4, "Plan"))
    with qtbot.waitSignal(screen.loaded, timeout=WAIT):
        screen.reload()

    # Before the meeting opens the secretary moves about the agenda freely: nothing is posted.
    first = screen.current_item_id
    assert first is not None and screen.chair_state() == ChairState(org.meeting_id, first)
    screen.select_item(org.item.id)
    assert screen.chair_state() == ChairState(org.meeting_id, org.item.id)
    screen.select_item(first)
    assert not screen.present_button.isEnabled()  # the opening item has no paper
    runner.wait_idle(WAIT)
    assert posted(server) == []

    # Open: the item under discussion goes to the members, then each item chosen.
    click(qtbot, screen, "startButton")
    wait_posted(qtbot, screen, server, {"item_id": first, "document_id": None, "page": None})
    with qtbot.waitSignal(screen.chair_changed, timeout=WAIT) as moved:
        screen.select_item(org.item.id)
    assert moved.args[0] == ChairState(org.meeting_id, org.item.id)
    wait_posted(qtbot, screen, server, {"item_id": org.item.id, "document_id": None, "page": None})

    # The projector shows the item, its number and who presents it.
    if SHOTS:  # as the application does where the system has no Thai font
        for name in ("Laksaman.ttf", "Laksaman-Bold.ttf"):
            QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    projector = screen.open_projector()
    assert isinstance(projector, ProjectorWindow) and projector.isVisible()
    number = next(r.entry.number for r in screen.view.items if r.item.id == org.item.id)  # type: ignore[union-attr]
    assert projector.item_label.text() == f"{number} {org.item.title}"
    assert presenter_person.display_name in projector.presenter_label.text()
    assert (
        not projector.page_image.isVisible() and projector.stage_label.text() == f"{number} {org.item.title}"
    )
    if SHOTS:
        projector.grab().save(str(Path(SHOTS) / "projector-item.png"))

    # Present the paper: page 1, then page 3 — posted, and drawn on the projector.
    assert screen.present_button.isEnabled()
    with qtbot.waitSignal(projector.page_shown, timeout=WAIT) as drawn:
        presenter = screen.present_paper(paper.id)
        assert presenter is not None
    assert drawn.args[0] == 0
    wait_posted(qtbot, screen, server, {"item_id": org.item.id, "document_id": paper.id, "page": 0})
    with qtbot.waitSignal(projector.page_shown, timeout=WAIT) as drawn:
        presenter.go_to_page(2)
    assert drawn.args[0] == 2 and projector.page_image.shown_page() == 2
    assert screen.chair_state() == ChairState(org.meeting_id, org.item.id, paper.id, 2)
    wait_posted(qtbot, screen, server, {"item_id": org.item.id, "document_id": paper.id, "page": 2})
    assert "3" in projector.page_label.text() and "4" in projector.page_label.text()

    # It looks right on a laptop's projector output and on a full-HD screen.
    for width, height in ((1366, 768), (1920, 1080)):
        projector.showNormal()
        projector.resize(width, height)
        with qtbot.waitSignal(projector.page_shown, timeout=WAIT):
            qtbot.waitUntil(lambda w=width: projector.width() == w)
        fits(projector)
        shot = projector.grab().toImage()
        assert shot.width() == width
        if SHOTS:
            shot.save(str(Path(SHOTS) / f"projector-{width}x{height}.png"))

    # Another item: the presentation ends with it, the projector shows the item alone.
    with qtbot.waitSignal(screen.chair_changed, timeout=WAIT):
        screen.select_item(first)
    assert not presenter.isVisible()
    assert screen.chair_state() == ChairState(org.meeting_id, first)
    wait_posted(qtbot, screen, server, {"item_id": first, "document_id": None, "page": None})
    assert not projector.page_image.isVisible() and projector.page_label.text() == ""


def fits(projector: ProjectorWindow) -> None:
    """Every text of the projector within its width, the page drawn as large as its area allows."""
    for label in (projector.meeting_label, projector.item_label, projector.presenter_label):
        assert (
            label.geometry().right() <= projector.width()
            and label.height() >= label.heightForWidth(label.width()) - 1
        ), label.objectName()
    page = projector.page_image
    assert page.height() > projector.height() * 0.5
    assert page.geometry().bottom() < projector.page_label.geometry().top()


def checkin(org: Org, person: m.Person, mode: str, at: str, event_id: int) -> p.LiveEvent:
    return p.LiveEvent(
        id=event_id,
        meeting_id=org.meeting_id,
        type="checkin",
        at=at,
        by="member",
        data={"person_id": person.id, "mode": mode, "verified_by": "password"},
    )


def local(at: str) -> str:
    """The time as the attendance table shows it, in this computer's time zone."""
    return datetime.fromisoformat(at).astimezone().strftime("%H.%M น.")


def status_of(screen: SessionScreen, person: m.Person) -> str:
    view = screen.view
    assert view is not None
    row = next(i for i, a in enumerate(view.attendees) if a.person.id == person.id)
    cell = screen.table.item(row, STATUS)
    return cell.text() if cell is not None else ""


def test_a_members_check_in_marks_them_in_the_meeting_and_moves_the_quorum(
    qtbot: QtBot, screen: SessionScreen, services: Services, org: Org, runner: TaskRunner
) -> None:
    # Before the opening the quorum is counted, not yet an alarm.
    assert not quorum_is_red(screen) and screen.header.quorum_label.property("reached") is False
    # The chair checks in from the room at 09.41, a member online at 09.44: two of three, quorum.
    step(
        qtbot,
        screen,
        lambda: screen.on_live_event(checkin(org, org.chair, "present", "2026-03-10T02:41:00Z", 7)),
    )
    assert screen.header.quorum_label.property("reached") is False
    with qtbot.waitSignal(screen.checked_in, timeout=WAIT):
        step(
            qtbot,
            screen,
            lambda: screen.on_live_event(checkin(org, org.members[0], "online", "2026-03-10T02:44:00Z", 9)),
        )
    assert screen.header.quorum_label.property("reached") is True
    assert local("2026-03-10T02:41:00Z") in status_of(screen, org.chair)
    assert local("2026-03-10T02:44:00Z") in status_of(screen, org.members[0])
    invitations = {i.person_id: i for i in services.records.select(m.Invitation, meeting_id=org.meeting_id)}
    assert invitations[org.chair.id].attendance is m.Attendance.PRESENT
    assert invitations[org.members[0].id].attendance is m.Attendance.ONLINE
    assert invitations[org.members[0].id].arrived_at == datetime(2026, 3, 10, 2, 44, tzinfo=UTC)

    # The same event again (a reconnecting channel resends what it missed): nothing changes.
    screen.on_live_event(checkin(org, org.chair, "online", "2026-03-10T02:50:00Z", 7))
    runner.wait_idle(WAIT)
    assert services.records.get(m.Invitation, invitations[org.chair.id].id) == invitations[org.chair.id]

    # Other events, and check-ins of people not invited, do nothing.
    screen.on_live_event(checkin(org, m.Person("ไม่มี", "ชื่อ"), "present", "2026-03-10T02:51:00Z", 10))
    screen.on_live_event(p.LiveEvent(id=11, meeting_id=org.meeting_id, type="joined", at="x", by="", data={}))
    runner.wait_idle(WAIT)

    # By hand, as before: the secretary marks the other member present.
    screen.select_attendee(org.members[1].id)
    click(qtbot, screen, "presentButton")
    assert (
        services.records.select(m.Invitation, meeting_id=org.meeting_id, person_id=org.members[1].id)[
            0
        ].attendance
        is m.Attendance.PRESENT
    )
    assert screen.view is not None and screen.view.quorum.present == 3


def test_the_view_menu_opens_the_projector_of_the_meeting_day(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    assert not window.menus.projector_action.isEnabled()  # no meeting selected
    select(qtbot, window, demo_services, "ICT:3/2569")
    assert window.menus.projector_action.isEnabled()
    window.menus.projector_action.trigger()
    session = window.workspace.session
    qtbot.waitUntil(lambda: session.projector is not None and session.projector.projected is not None)
    projector = session.projector
    assert projector is not None and projector.isVisible()
    assert window.workspace.tabs.currentIndex() == MEETING_DAY
    first = demo_services.meetings.view(demo_services.meetings.resolve("ICT:3/2569").id).agenda[0]
    assert projector.item_label.text() == f"{first.number} {first.item.title}"
    projector.close()


def test_the_window_hands_live_events_to_the_reader_and_the_meeting_day(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting = demo_services.meetings.view(demo_services.meetings.resolve("ICT:3/2569").id)
    second = meeting.agenda[1].item
    event = p.LiveEvent(
        id=1, meeting_id=meeting.summary.meeting.id, type="chair", at="2026-12-07T02:00:00Z", by="s",
        data={"item_id": second.id, "document_id": None, "page": None},
    )  # fmt: skip
    window.on_live_event(event)  # before the reader was ever opened: it opens where the chair is
    with qtbot.waitSignal(window.reader.meeting_shown, timeout=WAIT):
        window.menus.reader_action.trigger()
    qtbot.waitUntil(lambda: window.reader.current_item_id() == second.id)
    assert window.reader.current_meeting_id() == meeting.summary.meeting.id and window.reader.following

    person = demo_services.records.select(m.Person)[0]
    invited = m.Invitation(meeting.summary.meeting.id, person.id)
    demo_services.records.create(invited)
    checkin = p.LiveEvent(
        id=2, meeting_id=meeting.summary.meeting.id, type="checkin", at="2026-12-07T02:01:00Z", by="m",
        data={"person_id": invited.person_id, "mode": "online", "verified_by": "password+totp"},
    )  # fmt: skip
    with qtbot.waitSignal(window.workspace.session.checked_in, timeout=WAIT):
        window.on_live_event(checkin)
    assert demo_services.records.get(m.Invitation, invited.id).attendance is m.Attendance.ONLINE


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_an_item_with_several_papers_offers_them_to_present(
    qtbot: QtBot, screen: SessionScreen, services: Services, org: Org
) -> None:
    papers = [
        attach_bytes(services, org.meeting_id, org.item.id, name, pdf_bytes(2, name))
        for name in ("a.pdf", "b.pdf")
    ]
    with qtbot.waitSignal(screen.loaded, timeout=WAIT):
        screen.reload()
    screen.select_item(org.item.id)
    qtbot.mouseClick(screen.present_button, Qt.MouseButton.LeftButton)
    menu = screen.findChild(QMenu, "presentPaperMenu")
    assert menu is not None and [a.text() for a in menu.actions()] == [p.name for p in papers]
    with qtbot.waitSignal(screen.chair_changed, timeout=WAIT) as moved:
        menu.actions()[1].trigger()
    assert moved.args[0] == ChairState(org.meeting_id, org.item.id, papers[1].id, 0)
    assert screen.presenter is not None
    screen.presenter.close()
    assert screen.chair_state() == ChairState(org.meeting_id, org.item.id)


def test_a_place_the_server_did_not_take_is_said_and_sent_again(
    qtbot: QtBot, screen: SessionScreen, org: Org, server: Server
) -> None:
    click(qtbot, screen, "startButton")
    first = screen.current_item_id
    wait_posted(qtbot, screen, server, {"item_id": first, "document_id": None, "page": None})
    server.down = True
    with qtbot.waitSignal(screen.poster.failed, timeout=WAIT):
        screen.select_item(org.item.id)
    assert screen.header.chair_status.isVisible() and screen.header.chair_status.text()
    server.down = False
    with qtbot.waitSignal(screen.poster.posted, timeout=WAIT):
        screen.repost_chair()
    assert posted(server)[-1] == {"item_id": org.item.id, "document_id": None, "page": None}
    assert not screen.header.chair_status.isVisible()


def test_a_meeting_day_shown_read_only_posts_nothing(
    qtbot: QtBot, screen: SessionScreen, services: Services, org: Org, server: Server, runner: TaskRunner
) -> None:
    attach_bytes(services, org.meeting_id, org.item.id, "a.pdf", pdf_bytes(2))
    screen.set_read_only(True)  # a member's desktop showing the meeting day
    services.session.start(org.meeting_id, datetime.now(UTC))
    with qtbot.waitSignal(screen.loaded, timeout=WAIT):
        screen.reload()
    screen.select_item(org.item.id)
    assert screen.chair_state() == ChairState(org.meeting_id, org.item.id)
    assert not screen.present_button.isVisible()
    runner.wait_idle(WAIT)
    assert server.requests == []


def test_the_projector_goes_to_a_screen_other_than_the_secretarys() -> None:
    laptop, projector, monitor = "laptop", "projector", "monitor"
    assert other_screen([laptop, projector], laptop) == projector
    assert other_screen([projector, laptop], laptop) == projector
    assert other_screen([monitor, laptop, projector], monitor) == laptop
    assert other_screen([laptop], laptop) is None  # one screen: a window on it
