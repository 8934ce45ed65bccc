"""The window's live channel against a real server on 127.0.0.1: events on the GUI thread in order and
kept in the store, the server going away and coming back (the desktop works on; nothing is missed), a
``records`` event making the window sync, and the channel followed from the reader and left on close."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.sync import protocol as p
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.sync.live_channel import CONNECTED, LiveChannel
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.server.conftest import PASSWORD, free_port, run_server
from tests.sync.conftest import (  # noqa: F401
    Office,
    build_office,
    cheap_settings,
    live,
    make_desk,
    no_password_store,
    office,
)
from tests.ui.conftest import open_window

WAIT = 10_000


def test_the_channel_survives_the_server_going_away_and_misses_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    settings = cheap_settings(tmp_path)
    port = free_port()
    received: list[p.LiveEvent] = []
    states: list[str] = []
    with run_server(settings, port=port) as server:
        office = build_office(server, tmp_path)
        alice = make_desk(tmp_path, "alice", office.url, "alice")
        alice.run()
        channel = LiveChannel(alice.sync, lambda: office.url, min_retry_s=0.05, max_retry_s=0.5)
        channel.event_received.connect(received.append)
        channel.state_changed.connect(states.append)
        meeting, item = office.meeting.id, office.items[0]
        with qtbot.waitSignal(channel.state_changed, timeout=WAIT, check_params_cb=lambda s: s == CONNECTED):
            channel.follow(meeting)
        office.secretary.sync.set_chair(meeting, item.id)
        qtbot.waitUntil(lambda: any(e.type == "chair" for e in received), timeout=WAIT)
    # The server is gone: the channel says so and tries again; the window's data is all still here.
    qtbot.waitUntil(lambda: channel.state != CONNECTED, timeout=WAIT)
    assert alice.rows(m.AgendaItem, meeting_id=meeting)
    with run_server(settings, port=port):
        paper = office.documents["open"].id
        for page in (0, 1, 2):  # the chair moves on whether alice is back yet or not
            office.secretary.sync.set_chair(meeting, item.id, paper, page)
        qtbot.waitUntil(
            lambda: [e.data.get("page") for e in received if e.type == "chair"][-3:] == [0, 1, 2],
            timeout=WAIT,
        )
        assert channel.state == CONNECTED
        channel.stop()
    ids = [e.id for e in received]
    assert ids == sorted(set(ids))  # in order, none twice
    assert [e.type for e in received].count("chair") == 4
    kept = alice.sync.kept_live_events(meeting)
    assert [e.id for e in kept][-len(ids) :] == ids  # every event shown was kept
    assert states[0] == CONNECTED and ("reconnecting" in states or "offline" in states)


def test_the_window_follows_the_meeting_in_the_reader_and_syncs_on_news(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    services = office.attendee("alice").services
    window = open_window(qtbot, services, runner, bus, languages, settings)
    assert window.context.live is window.live
    menu = window.menus.sync_menu
    runner.wait_idle(WAIT)
    menu.service.login(office.url, "alice", PASSWORD)
    menu.controller.set_server(office.url)
    with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
        menu.controller.sync_now()
    qtbot.waitUntil(lambda: window.reader_view, timeout=WAIT)
    qtbot.waitUntil(lambda: window.live.meeting_id == office.meeting.id, timeout=WAIT)
    qtbot.waitUntil(lambda: window.live.state == CONNECTED, timeout=WAIT)
    # The secretary changes the agenda: alice's window syncs at once, not at its next five-minute turn.
    item = office.items[0]
    sec = office.secretary
    sec.services.agenda.update(m.AgendaItem(**{**item.__dict__, "title": "วาระที่แก้ไขแล้ว"}), base=item)
    sec.run()
    qtbot.waitUntil(lambda: services.records.get(m.AgendaItem, item.id).title == "วาระที่แก้ไขแล้ว", timeout=WAIT)
    qtbot.waitUntil(lambda: not menu.controller.running, timeout=WAIT)
    runner.wait_idle(WAIT)
    window.close()
    assert window.live.meeting_id is None and window.live.state == "offline"
