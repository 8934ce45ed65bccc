"""The member's reader during a live meeting, driven as a member would over a real store: it follows the
chair to the item, then to the paper and the page; the member's own navigation stops that ("Reading on
your own"), and "Back to the chair" (or its key) catches up with where the chair is now. Check-in: "I am
online" goes to the meeting's server and the reader shows the member checked in."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.storage.sync_state import ServerState
from emeeting.sync import protocol as p
from emeeting.sync.live import LiveClient
from emeeting.sync.service import SyncService
from emeeting.ui.reader.reader_screen import ReaderScreen
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.services.conftest import pdf_bytes
from tests.sync.conftest import attach_bytes, no_password_store  # noqa: F401
from tests.sync.test_live_posts import URL, Server

WAIT = 10_000


@dataclass
class Held:
    """A meeting held today: two items, each with a paper; the member reading is invited."""

    meeting_id: str
    member: m.Person
    items: list[m.AgendaItem]
    papers: list[m.Document]


@pytest.fixture
def held(services: Services) -> Held:
    committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "ICT")
    member = m.Person("สมหญิง", "รักเรียน", title="นาง")
    services.records.create(committee, member, m.Membership(committee.id, member.id))
    meeting_id = m.new_id()
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    services.meetings.create(
        committee.id, "ประชุมประจำเดือน", start, meeting_id=meeting_id, status=m.MeetingStatus.INVITED
    )
    services.records.create(m.Invitation(meeting_id, member.id))
    items = [m.AgendaItem(meeting_id, "รับรองรายงานการประชุม"), m.AgendaItem(meeting_id, "ขออนุมัติจัดซื้อ")]
    for item in items:
        services.agenda.add(item)
    papers = [
        attach_bytes(services, meeting_id, items[0].id, "รายงาน.pdf", pdf_bytes(2, "Report")),
        attach_bytes(services, meeting_id, items[1].id, "แผนงาน.pdf", pdf_bytes(5, "Plan")),
    ]
    return Held(meeting_id, member, items, papers)


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def reader(
    qtbot: QtBot,
    services: Services,
    held: Held,
    server: Server,
    runner: TaskRunner,
    bus: ChangeBus,
    settings: QSettings,
    no_password_store: None,  # noqa: F811
) -> Iterator[ReaderScreen]:
    def factory(base: str, token: str | None) -> LiveClient:
        return LiveClient(base, token, retries=0, transport=httpx.MockTransport(server.answer))

    sync = SyncService(services.store, Credentials(), live_factory=factory)
    with sync.state.transaction() as st:  # the member's laptop, logged in to the meeting's server
        st.save_server(ServerState(URL, "somying", info={"role": "member", "person_id": held.member.id}))
    sync.credentials.set(URL, "somying", "the-token")
    context = UiContext(services, sync, runner, bus, UndoHistory(runner, bus, services.steps), settings)
    widget = ReaderScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    with qtbot.waitSignal(widget.meeting_shown, timeout=WAIT):
        widget.activate()
    yield widget
    runner.wait_idle(WAIT)


def chair(
    held: Held, event_id: int, item: int, paper: int | None = None, page: int | None = None
) -> p.LiveEvent:
    data = {
        "item_id": held.items[item].id,
        "document_id": held.papers[paper].id if paper is not None else None,
        "page": page,
    }
    return p.LiveEvent(
        id=event_id, meeting_id=held.meeting_id, type="chair", at="2026-12-07T02:00:00Z", by="s", data=data
    )


def test_the_reader_follows_the_chair_until_the_member_reads_on_their_own(
    qtbot: QtBot, reader: ReaderScreen, held: Held, runner: TaskRunner
) -> None:
    assert reader.current_meeting_id() == held.meeting_id
    assert reader.current_item_id() == held.items[0].id and not reader.follow_bar.isVisible()

    # The chair takes up the second item: the reader goes there, and says it follows.
    reader.on_live_event(chair(held, 1, 1))
    assert reader.current_item_id() == held.items[1].id
    assert reader.follow_bar.isVisible() and reader.following
    assert held.items[1].title in reader.follow_bar.label.text()  # where the chair is, in words
    assert not reader.follow_bar.back_button.isVisible()

    # The chair presents its paper at page 3: opened there.
    with qtbot.waitSignal(reader.paper_opened, timeout=WAIT):
        reader.on_live_event(chair(held, 2, 1, 1, 2))
    assert reader.open_paper_id() == held.papers[1].id and reader.viewer.current_page() == 2
    reader.on_live_event(chair(held, 3, 1, 1, 3))  # the next page, on the paper already open
    assert reader.viewer.current_page() == 3 and reader.following

    # The member goes back to the first item on their own: the reader no longer follows.
    reader.agenda.setFocus()
    with qtbot.waitSignal(reader.following_changed, timeout=WAIT) as changed:
        qtbot.keyClick(reader.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert changed.args == [False] and not reader.following
    assert reader.current_item_id() == held.items[0].id
    assert reader.follow_bar.back_button.isVisible()

    # The chair moves on meanwhile; the member stays where they are.
    reader.on_live_event(chair(held, 4, 1, 1, 4))
    assert reader.current_item_id() == held.items[0].id and reader.viewer.current_page() == 3

    # Back to the chair by its key: at the chair's page now, following again.
    with qtbot.waitSignal(reader.following_changed, timeout=WAIT):
        qtbot.keyClick(
            reader.agenda,
            Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert reader.following and reader.current_item_id() == held.items[1].id
    assert reader.open_paper_id() == held.papers[1].id and reader.viewer.current_page() == 4

    # Turning a page on one's own is reading on one's own too; the bar's button brings the member back.
    reader.viewer.previous_action.trigger()
    assert not reader.following and reader.viewer.current_page() == 3
    reader.on_live_event(chair(held, 5, 0, 0, 1))  # the chair goes back to the first item's paper
    runner.wait_idle(WAIT)
    assert not reader.following and reader.open_paper_id() == held.papers[1].id  # still reading here
    qtbot.mouseClick(reader.follow_bar.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reader.open_paper_id() == held.papers[0].id and reader.viewer.current_page() == 1)
    assert reader.following and reader.current_item_id() == held.items[0].id


def test_a_member_checks_in_online_from_the_reader(
    qtbot: QtBot, reader: ReaderScreen, held: Held, server: Server
) -> None:
    bar = reader.check_in_bar
    assert bar.isVisible() and bar.here_button.isVisible() and bar.online_button.isVisible()
    with qtbot.waitSignal(reader.checked_in, timeout=WAIT) as checked:
        qtbot.mouseClick(bar.online_button, Qt.MouseButton.LeftButton)
    assert checked.args == ["online"] and bar.checked_in == "online"
    assert [(r.url.path, json.loads(r.content)) for r in server.requests] == [
        (f"/live/{held.meeting_id}/checkin", {"mode": "online"})
    ]
    assert not bar.here_button.isVisible() and bar.state_label.text()

    # The server's event of it (say from another window of the member) keeps the same state.
    event = p.LiveEvent(
        id=9, meeting_id=held.meeting_id, type="checkin", at="2026-12-07T02:03:00Z", by="somying",
        data={"person_id": held.member.id, "mode": "online", "verified_by": "password"},
    )  # fmt: skip
    reader.on_live_event(event)
    assert bar.checked_in == "online"


def test_the_chair_brings_the_reader_to_its_meeting_and_a_recorded_member_shows_checked_in(
    qtbot: QtBot, reader: ReaderScreen, held: Held, services: Services
) -> None:
    # The member looks at another meeting (one held last month, nothing live yet).
    committee_id = services.records.get(m.Meeting, held.meeting_id).committee_id
    earlier = m.new_id()
    services.meetings.create(
        committee_id, "ประชุมครั้งก่อน", datetime.now(UTC) - timedelta(days=30), meeting_id=earlier
    )
    services.records.create(m.Invitation(earlier, held.member.id))
    with qtbot.waitSignal(reader.meetings_loaded, timeout=WAIT):
        reader.reload()
    with qtbot.waitSignal(reader.meeting_shown, timeout=WAIT):
        assert reader.select_meeting(earlier)
    assert reader.following and not reader.check_in_bar.isVisible()  # not held today

    # The secretary records the member present by hand; the chair takes up the second item.
    invitation = services.records.select(m.Invitation, meeting_id=held.meeting_id, person_id=held.member.id)[
        0
    ]
    services.session.check_in(invitation.id, m.Attendance.PRESENT, datetime.now(UTC))
    with qtbot.waitSignal(reader.meetings_loaded, timeout=WAIT):
        reader.reload()
    with qtbot.waitSignal(reader.meeting_shown, timeout=WAIT):
        reader.on_live_event(chair(held, 1, 1))
    qtbot.waitUntil(lambda: reader.current_item_id() == held.items[1].id)
    assert reader.current_meeting_id() == held.meeting_id and reader.following
    assert reader.check_in_bar.isVisible() and reader.check_in_bar.checked_in == "present"
    assert not reader.check_in_bar.here_button.isVisible()
