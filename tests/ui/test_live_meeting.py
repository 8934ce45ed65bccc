"""A live meeting from end to end, as the issue's "done when" puts it: a secretary runs a meeting in which
three members on three data folders check in, follow the chair through two items, answer one open and one
secret vote, and the minutes draft carries the results.

A real server on 127.0.0.1. The secretary's window and Alice's window are real main windows, each with its
own live channel (nothing is handed to a widget by the test); Bob and Carol take part from desktops of
their own through the same sync service their windows would use.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.server.live import events_after
from emeeting.services.container import Services
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import MEETING_DAY
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.server.conftest import PASSWORD, run_server
from tests.sync.conftest import Office, build_office, cheap_settings, no_password_store  # noqa: F401
from tests.ui.conftest import open_window
from tests.ui.test_main_window import select
from tests.ui.test_reader import member_window

WAIT = 20_000


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    """The office of the sync tests with a third member, Carol, held today: nobody's attendance is known
    yet (each checks in), and no vote is open."""
    with run_server(cheap_settings(tmp_path)) as live:
        office = build_office(live, tmp_path)
        services = office.secretary.services
        carol = m.Person("Carol", "Test")
        services.records.create(carol, m.Membership(office.committee.id, carol.id))
        live.state.accounts.add_user("carol", PASSWORD, "member", person_id=carol.id)
        office.people["carol"] = carol
        office.invitations["carol"] = m.Invitation(office.meeting.id, carol.id)
        services.records.create(office.invitations["carol"])
        for name in ("alice", "bob"):
            invitation = office.invitations[name]
            unknown = replace(invitation, attendance=m.Attendance.UNKNOWN, arrived_at=None)
            services.records.update(unknown, base=invitation)
            office.invitations[name] = unknown
        services.records.delete(m.Vote, office.vote.id)
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        meeting = services.records.get(m.Meeting, office.meeting.id)
        services.meetings.update(replace(meeting, start=now), base=meeting)
        services.session.start(office.meeting.id, now)
        office.meeting = services.records.get(m.Meeting, office.meeting.id)
        office.secretary.run()
        yield office


def secretary_window(
    qtbot: QtBot,
    office: Office,
    runner: TaskRunner,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> MainWindow:
    """The secretary's window on her office PC's store, on the Meeting day of the meeting."""
    services = office.secretary.services
    window = open_window(qtbot, services, runner, ChangeBus(), languages, settings)
    menu = window.menus.sync_menu
    menu.service.login(office.url, "somsri", PASSWORD)
    menu.controller.set_server(office.url)
    select(qtbot, window, services, office.meeting.id)
    window.show_tab(MEETING_DAY)
    qtbot.waitUntil(lambda: window.live.meeting_id == office.meeting.id, timeout=WAIT)
    qtbot.waitUntil(lambda: window.live.state == "connected", timeout=WAIT)
    return window


def attendance(office: Office, name: str) -> m.Attendance:
    return office.secretary.services.records.get(m.Invitation, office.invitations[name].id).attendance


def decided_result(office: Office, vote_id: str) -> m.VoteResult:
    """The vote's result on the secretary's desktop: pending until the closed vote's result is recorded."""
    return office.secretary.services.records.get(m.Vote, vote_id).result


def test_a_secretary_runs_a_live_meeting_with_three_members_on_their_own_laptops(
    qtbot: QtBot,
    office: Office,
    tmp_path: Path,
    runner: TaskRunner,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    meeting_id = office.meeting.id
    secretary = secretary_window(qtbot, office, runner, languages, settings)
    day = secretary.workspace.session
    services = office.secretary.services
    services.minutes.draft(meeting_id)  # the draft the results are to land in

    alice_services = Services.open(tmp_path / "alice-laptop", actor="alice")
    alice = member_window(qtbot, office, alice_services, runner, ChangeBus(), languages, settings)
    reader = alice.reader
    qtbot.waitUntil(
        lambda: alice.live.meeting_id == meeting_id and alice.live.state == "connected", timeout=WAIT
    )
    bob, carol = office.attendee("bob"), office.attendee("carol")
    bob.run()
    carol.run()

    # Check-in: Alice from her reader, Bob in the room and Carol online from their desktops; the secretary's
    # attendance table follows by itself and the quorum is there.
    bar = reader.check_in_bar
    qtbot.waitUntil(bar.here_button.isVisible, timeout=WAIT)
    qtbot.mouseClick(bar.here_button, Qt.MouseButton.LeftButton)
    bob.sync.check_in(meeting_id, "present")
    carol.sync.check_in(meeting_id, "online")
    qtbot.waitUntil(
        lambda: (
            [attendance(office, n) for n in ("alice", "bob", "carol")]
            == [m.Attendance.PRESENT, m.Attendance.PRESENT, m.Attendance.ONLINE]
        ),
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: bar.checked_in == "present", timeout=WAIT)

    # Following the chair through two items: Alice's reader goes where the Meeting day goes.
    first, second = [i for i in office.items if i.parent_id is None][1:3]
    day.select_item(first.id)
    qtbot.waitUntil(lambda: reader.current_item_id() == first.id, timeout=WAIT)
    assert reader.following
    day.select_item(second.id)
    qtbot.waitUntil(lambda: reader.current_item_id() == second.id, timeout=WAIT)

    # An open vote on the second item: Alice answers on her card, Bob and Carol from their desktops.
    panel = day.live_vote
    dialog = panel.open_dialog()
    assert dialog is not None
    dialog.question_edit.setText("เห็นชอบแผนการจัดซื้อหรือไม่")
    dialog.kind_combo.set_value(m.VoteKind.OPEN)
    dialog.accept()
    qtbot.waitUntil(lambda: panel.vote is not None and panel.vote.is_open, timeout=WAIT)
    open_vote = panel.vote
    assert open_vote is not None
    card = reader.vote_card
    qtbot.waitUntil(lambda: card.vote_id == open_vote.id, timeout=WAIT)  # brought by Alice's live channel
    with qtbot.waitSignal(card.answered, timeout=WAIT):
        qtbot.mouseClick(card.choice_buttons[m.Choice.FOR], Qt.MouseButton.LeftButton)
    bob.sync.answer_vote(office.url, open_vote.id, m.Choice.FOR)
    carol.sync.answer_vote(office.url, open_vote.id, m.Choice.AGAINST)
    qtbot.waitUntil(lambda: panel.count_label.text().startswith("ลงมติแล้ว 3 ท่าน ·"), timeout=WAIT)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: decided_result(office, open_vote.id) is not m.VoteResult.PENDING, timeout=WAIT)
    decided = services.records.get(m.Vote, open_vote.id)
    assert (decided.votes_for, decided.votes_against, decided.result) == (2, 1, m.VoteResult.PASSED)

    # A secret vote on the first item, back where the chair goes.
    day.select_item(first.id)
    qtbot.waitUntil(lambda: reader.current_item_id() == first.id, timeout=WAIT)
    dialog = panel.open_dialog()
    assert dialog is not None
    dialog.question_edit.setText("เห็นชอบให้แต่งตั้งคณะทำงานหรือไม่")
    dialog.kind_combo.set_value(m.VoteKind.SECRET)
    dialog.accept()
    qtbot.waitUntil(lambda: panel.vote is not None and panel.vote.is_open and panel.vote.id != open_vote.id)
    secret_vote = panel.vote
    assert secret_vote is not None and secret_vote.kind is m.VoteKind.SECRET
    qtbot.waitUntil(lambda: card.vote_id == secret_vote.id, timeout=WAIT)
    with qtbot.waitSignal(card.answered, timeout=WAIT):
        qtbot.mouseClick(card.choice_buttons[m.Choice.AGAINST], Qt.MouseButton.LeftButton)
    bob.sync.answer_vote(office.url, secret_vote.id, m.Choice.FOR)
    carol.sync.answer_vote(office.url, secret_vote.id, m.Choice.FOR)
    qtbot.waitUntil(lambda: panel.count_label.text().startswith("ลงมติแล้ว 3 ท่าน ·"), timeout=WAIT)
    assert panel.tally_label.text() == "จะนับคะแนนเมื่อปิดการลงมติ"  # how, only once closed
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: decided_result(office, secret_vote.id) is not m.VoteResult.PENDING, timeout=WAIT)
    decided = services.records.get(m.Vote, secret_vote.id)
    assert (decided.votes_for, decided.votes_against, decided.result) == (2, 1, m.VoteResult.PASSED)
    assert not services.records.select(m.Ballot, vote_id=secret_vote.id)  # counted, never named

    # The minutes draft carries both results, under their items.
    runner.wait_idle(WAIT)
    draft = services.minutes.view(meeting_id).shown_text
    assert "เห็นชอบแผนการจัดซื้อ" in draft and "เห็นชอบให้แต่งตั้งคณะทำงาน" in draft
    assert draft.count("เห็นด้วย 2 เสียง ไม่เห็นด้วย 1 เสียง") >= 2

    # The meeting's channel kept it all, in order, for the evidence pack.
    with office.live.state.db.read() as conn:
        events = events_after(conn, meeting_id, 0).events
    assert [e.type for e in events].count("checkin") == 3
    votes = (open_vote.id, secret_vote.id)
    for kind in ("vote_opened", "vote_closed"):
        assert [e.data["vote_id"] for e in events if e.type == kind and e.data["vote_id"] in votes] == list(
            votes
        )
    kept = {e.type for e in office.secretary.sync.kept_live_events(meeting_id)}
    assert {"joined", "checkin", "chair", "vote_opened", "voted", "vote_closed"} <= kept
    for window in (alice, secretary):
        window.close()
    runner.wait_idle(WAIT)
