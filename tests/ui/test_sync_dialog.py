"""Connecting to a real server from the window, the status bar's online/offline line, an attendee's answer."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.sync.client import SyncClient
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.sync.sync_status import OFFLINE, SYNCED, SyncMenu
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.server.conftest import PASSWORD, run_server
from tests.sync.conftest import Office, build_office, cheap_settings, no_password_store  # noqa: F401
from tests.ui.conftest import open_window


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    with run_server(cheap_settings(tmp_path)) as live:
        yield build_office(live, tmp_path)


@pytest.fixture
def en(languages: LanguageSwitcher) -> LanguageSwitcher:
    languages.install("en")
    return languages


def attendee_window(
    qtbot: QtBot,
    tmp_path: Path,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> tuple[object, Services]:
    services = Services.open(tmp_path / "laptop", actor="alice")
    return open_window(qtbot, services, runner, bus, languages, settings), services


def test_connecting_shows_the_refusal_then_brings_the_meeting_and_its_documents(
    qtbot: QtBot,
    office: Office,
    tmp_path: Path,
    runner: TaskRunner,
    bus: ChangeBus,
    en: LanguageSwitcher,
    settings: QSettings,
) -> None:
    window, services = attendee_window(qtbot, tmp_path, runner, bus, en, settings)
    menu: SyncMenu = window.menus.sync_menu  # type: ignore[attr-defined]
    dialog = menu.open_connect()
    dialog.url_edit.setText(office.url)
    dialog.user_edit.setText("alice")
    dialog.password_edit.setText("not the password")
    dialog.connect_to_server()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    assert dialog.message.text() == "the server refused the user name, password or code"
    assert dialog.isVisible()

    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(menu.controller.synced, timeout=20_000):
        dialog.connect_to_server()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.password_edit.text() == ""
    assert menu.controller.state == SYNCED
    assert menu.status.label.text().startswith("Online · synced at ")
    assert menu.status.label.text().endswith("login for this session only")  # no password store here
    qtbot.waitUntil(lambda: window.navigator.meeting_count == 1, timeout=10_000)  # type: ignore[attr-defined]
    documents = services.records.select(m.Document)
    # Without a password store to keep its key, the confidential paper is not downloaded, never kept in clear.
    held = {
        d.name: services.store.blobs.has(d.sha256) or services.store.sealed.has(d.sha256) for d in documents
    }
    assert held == {"secret": False, "open": True}
    # A member follows meetings read-only: what would change meetings is gone from the menus.
    qtbot.waitUntil(lambda: menu.attendee, timeout=10_000)
    assert not window.menus.new_action.isVisible() and not window.menus.delete_action.isVisible()  # type: ignore[attr-defined]
    assert not menu.publish_action.isVisible() and menu.answer_action.isVisible()
    assert window.workspace.read_only  # type: ignore[attr-defined]  # and the workspace only shows them


def test_offline_the_status_bar_says_so_and_retries_with_a_growing_pause(
    qtbot: QtBot,
    office: Office,
    tmp_path: Path,
    runner: TaskRunner,
    bus: ChangeBus,
    en: LanguageSwitcher,
    settings: QSettings,
) -> None:
    window, _services = attendee_window(qtbot, tmp_path, runner, bus, en, settings)
    menu: SyncMenu = window.menus.sync_menu  # type: ignore[attr-defined]
    menu.service.login(office.url, "alice", PASSWORD)
    dead = "http://127.0.0.1:9"
    with menu.service.state.transaction() as st:  # the server moved away after the login
        state = st.server(office.url)
        assert state is not None
        state.url = dead
        st.save_server(state)
    menu.service.credentials.set(dead, "alice", "a token")
    # The client tries each request again as it would, but records its pauses (7.5 s a sync) instead of
    # sleeping them: the pauses this test is about are the window's, between syncs.
    slept: list[float] = []
    menu.service.client_factory = lambda url, token: SyncClient(url, token, sleep=slept.append)
    menu.controller.set_server(dead)
    pauses = []
    for _ in range(3):
        with qtbot.waitSignal(
            menu.controller.state_changed, timeout=20_000, check_params_cb=lambda s, _m: s == OFFLINE
        ):
            menu.controller.sync_now()
        pauses.append(menu.controller.timer.interval())
        assert menu.status.label.text().startswith("Offline · trying again in ")
    assert pauses == sorted(pauses) and pauses[2] == 4 * pauses[0]
    assert slept, "the client tried again before the window said it was offline"


def test_an_attendee_answers_and_votes_from_the_window_and_the_secretary_sees_it(
    qtbot: QtBot,
    office: Office,
    tmp_path: Path,
    runner: TaskRunner,
    bus: ChangeBus,
    en: LanguageSwitcher,
    settings: QSettings,
) -> None:
    secret = m.Vote(office.meeting.id, office.vote.item_id, "ลงคะแนนลับ", kind=m.VoteKind.SECRET)
    office.secretary.services.records.create(secret)  # counted by the secretary, not asked of members
    office.secretary.run()
    window, services = attendee_window(qtbot, tmp_path, runner, bus, en, settings)
    menu: SyncMenu = window.menus.sync_menu  # type: ignore[attr-defined]
    menu.service.login(office.url, "alice", PASSWORD)
    menu.controller.set_server(office.url)
    with qtbot.waitSignal(menu.controller.synced, timeout=20_000):
        menu.controller.sync_now()
    qtbot.waitUntil(lambda: window.navigator.meeting_count == 1, timeout=10_000)  # type: ignore[attr-defined]
    window.navigator.select_meeting(office.meeting.id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.workspace.meeting_id == office.meeting.id, timeout=10_000)  # type: ignore[attr-defined]
    dialog = menu.open_answer()
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog._votes) == 1, timeout=10_000)
    assert [vote.id for vote, _ in dialog._votes] == [office.vote.id]
    dialog.rsvp_combo.setCurrentIndex(dialog.rsvp_combo.findData(m.Rsvp.ACCEPTED.value))
    _vote, combo = dialog._votes[0]
    combo.setCurrentIndex(combo.findData(m.Choice.AGAINST.value))
    dialog.note_edit.setPlainText("ขอข้อมูลเพิ่ม")
    with qtbot.waitSignal(menu.controller.synced, timeout=20_000):
        dialog.save()
    office.secretary.run()
    invitation = office.secretary.services.records.get(m.Invitation, office.invitations["alice"].id)
    assert invitation.rsvp is m.Rsvp.ACCEPTED
    [ballot] = office.secretary.rows(m.Ballot)
    assert ballot.choice is m.Choice.AGAINST
    assert [n.text for n in menu.service.notes(office.meeting.id)] == ["ขอข้อมูลเพิ่ม"]
    runner.wait_idle(10_000)
    services.close()


def test_the_conflicts_dialog_lists_the_kept_copy_and_dismisses_it(
    qtbot: QtBot, office: Office, tmp_path: Path, runner: TaskRunner, bus: ChangeBus, en: LanguageSwitcher,
    settings: QSettings,
) -> None:  # fmt: skip
    window, services = attendee_window(qtbot, tmp_path, runner, bus, en, settings)
    menu: SyncMenu = window.menus.sync_menu  # type: ignore[attr-defined]
    menu.service.login(office.url, "alice", PASSWORD)
    menu.service.sync(office.url)
    item = services.records.get(m.AgendaItem, office.items[0].id)
    services.agenda.update(dataclasses.replace(item, title="ชื่อของฉัน"), base=item)
    menu.service.sync(office.url)  # the server refuses an attendee's edit of the agenda
    dialog = menu.open_conflicts()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 2).text() == "*"
    assert "ชื่อของฉัน" in dialog.table.item(0, 4).text()
    dialog.table.selectRow(0)
    dialog.dismiss_selected()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10_000)
    assert menu.service.conflicts() == []
    runner.wait_idle(10_000)
