"""The window's answer to a replaced server and to a sync that would remove many meetings: it stops, says
what happened and what each choice does, and only the user's choice removes anything.

A real server on 127.0.0.1 is recreated empty at the same address (tests/sync/test_server_replaced.py);
the desktops are real data folders in real main windows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.sync.sync_dialog import RemovalsDialog, ServerReplacedDialog
from emeeting.ui.sync.sync_status import ON_HOLD, REPLACED, SYNCED, SyncMenu
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.server.conftest import PASSWORD, run_server
from tests.sync.conftest import (  # noqa: F401
    Office,
    build_office,
    cheap_settings,
    has_document,
    no_password_store,
)
from tests.sync.test_server_replaced import recreate_empty, serve_at
from tests.ui.conftest import open_window

WAIT = 20_000


@pytest.fixture
def en(languages: LanguageSwitcher) -> LanguageSwitcher:
    languages.install("en")
    return languages


@contextmanager
def replaced_server(tmp_path: Path) -> Iterator[Office]:
    """An office whose meeting Alice has synced; then the server is recreated empty at the same URL and
    the administrator sets the accounts up again."""
    settings = cheap_settings(tmp_path)
    with serve_at(settings, 0) as first:
        office = build_office(first, tmp_path)
        alice = office.attendee("alice")
        alice.run()
        alice.services.close()
        port = int(first.url.rsplit(":", 1)[1])
    recreate_empty(settings, tmp_path)
    with serve_at(settings, port) as second:
        accounts = second.state.accounts
        accounts.add_user(
            "somsri", PASSWORD, "secretary", person_id=office.people["somsri"].id,
            committees=(office.committee.id,),
        )  # fmt: skip
        for name in ("alice", "bob"):
            accounts.add_user(name, PASSWORD, "member", person_id=office.people[name].id)
        accounts.set_policy(office.committee.id, offline_days=7, allow_top_secret=False)
        yield office


def logged_in_window(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
    url: str,
    user: str,
) -> tuple[MainWindow, SyncMenu]:
    window = open_window(qtbot, services, runner, bus, languages, settings)
    menu: SyncMenu = window.menus.sync_menu
    runner.wait_idle(10_000)  # the start-up sync check ran (no server set yet)
    menu.service.login(url, user, PASSWORD)
    menu.controller.set_server(url)
    return window, menu


def ask_replaced(qtbot: QtBot, menu: SyncMenu) -> ServerReplacedDialog:
    with qtbot.waitSignal(menu.controller.server_replaced, timeout=WAIT):
        menu.controller.sync_now()
    qtbot.waitUntil(
        lambda: menu.replaced_dialog is not None and menu.replaced_dialog.isVisible(), timeout=WAIT
    )
    assert menu.replaced_dialog is not None
    return menu.replaced_dialog


def meeting_ids(services: Services) -> list[str]:
    return [x.id for x in services.records.select(m.Meeting)]


def test_a_secretary_is_told_nothing_was_removed_and_publishes_her_meetings_again(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, bus: ChangeBus, en: LanguageSwitcher,
    settings: QSettings,
) -> None:  # fmt: skip
    with replaced_server(tmp_path) as office:
        services = office.secretary.services
        window, menu = logged_in_window(qtbot, services, runner, bus, en, settings, office.url, "somsri")
        dialog = ask_replaced(qtbot, menu)
        assert dialog.secretary and dialog.windowTitle() == "The server was replaced"
        assert office.url in dialog.message.text()
        assert dialog.message.text().endswith("Nothing on this computer was removed.")
        assert dialog.action_button.text() == "Publish again to this server"
        assert menu.controller.state == REPLACED
        assert menu.status.label.text() == "Sync stopped: the server was replaced; nothing here was removed"
        assert meeting_ids(services) == [office.meeting.id]
        assert not menu.controller.timer.isActive()  # no retry: it would only fail the same way

        # Cancel leaves everything as it is; the timer's next look does not ask again, Sync now does.
        dialog.buttons.rejected.emit()
        assert not dialog.isVisible() and menu.controller.timer.isActive()
        with qtbot.waitSignal(
            menu.controller.state_changed, timeout=WAIT, check_params_cb=lambda s, _m: s == REPLACED
        ):
            menu.controller.sync_now()
        runner.wait_idle(10_000)
        assert menu.replaced_dialog is dialog and not dialog.isVisible()
        assert meeting_ids(services) == [office.meeting.id] and len(services.records.select(m.Document)) == 2
        menu.sync_action.trigger()
        qtbot.waitUntil(lambda: menu.replaced_dialog is not dialog, timeout=WAIT)
        dialog = menu.replaced_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)

        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
            dialog.choose()  # one step: publishing again removes nothing of hers
        assert menu.controller.state == SYNCED
        assert meeting_ids(services) == [office.meeting.id]
        assert len(services.records.select(m.Document)) == 2
        assert menu.service.published(office.url) == {office.meeting.id}
        # The meeting she had published is on the new server with its documents: a member receives it.
        bob = office.attendee("bob")
        bob.run()
        assert [x.id for x in bob.rows(m.Meeting)] == [office.meeting.id]
        assert len(bob.rows(m.Document)) == 2 and all(
            has_document(bob, d.sha256) for d in bob.rows(m.Document)
        )
        bob.services.close()
        runner.wait_idle(10_000)
        window.close()


def test_a_member_starts_over_only_after_confirming_and_may_cancel_at_either_step(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, bus: ChangeBus, en: LanguageSwitcher,
    settings: QSettings,
) -> None:  # fmt: skip
    with replaced_server(tmp_path) as office:
        services = Services.open(tmp_path / "alice", actor="alice")
        window, menu = logged_in_window(qtbot, services, runner, bus, en, settings, office.url, "alice")
        dialog = ask_replaced(qtbot, menu)
        assert not dialog.secretary
        assert dialog.message.text().endswith("Nothing on this computer was removed.")
        assert dialog.action_button.text() == "Start over from this server…"

        # The first click only asks: it says what will go, and Cancel there leaves everything.
        dialog.choose()
        assert dialog.isVisible() and dialog.confirming
        assert dialog.action_button.text() == "Start over"
        assert dialog.details.text().startswith(f"Start over from {office.url}?")
        assert "does not share with you are removed from this computer" in dialog.details.text()
        dialog.buttons.rejected.emit()
        runner.wait_idle(10_000)
        assert meeting_ids(services) == [office.meeting.id]
        assert menu.controller.state == REPLACED

        menu.controller.ask_again()
        qtbot.waitUntil(lambda: menu.replaced_dialog is not dialog, timeout=WAIT)
        dialog = menu.replaced_dialog
        assert dialog is not None and not dialog.confirming  # a new question starts at the first step
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        dialog.choose()
        assert meeting_ids(services) == [office.meeting.id]
        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
            dialog.choose()
        # The new server shares nothing with her yet: what came from the old one is gone.
        assert meeting_ids(services) == []
        assert menu.controller.state == SYNCED
        qtbot.waitUntil(lambda: window.navigator.meeting_count == 0, timeout=WAIT)

        # Once the secretary publishes again, the meeting comes back at the next sync.
        office.secretary.sync.login(office.url, "somsri", PASSWORD)
        office.secretary.sync.sync(office.url, start_over=True)
        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
            menu.controller.sync_now()
        assert meeting_ids(services) == [office.meeting.id]
        runner.wait_idle(10_000)
        window.close()
        services.close()


def test_many_meetings_no_longer_shared_are_removed_only_when_the_user_says_remove(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, bus: ChangeBus, en: LanguageSwitcher,
    settings: QSettings,
) -> None:  # fmt: skip
    with serve_at(cheap_settings(tmp_path), 0) as live:
        office = build_office(live, tmp_path)
        secretary = office.secretary.services
        invitations = [office.invitations["alice"]]
        for n in range(6):
            start = office.meeting.start + timedelta(days=7 * (n + 1))
            secretary.meetings.create(office.committee.id, f"ประชุมครั้งที่ {n + 2}", start)
        for meeting in secretary.records.select(m.Meeting):
            if meeting.id != office.meeting.id:
                invitation = m.Invitation(meeting.id, office.people["alice"].id)
                secretary.records.create(invitation)
                invitations.append(invitation)
                office.secretary.sync.publish(office.url, meeting.id)
        office.secretary.run()

        services = Services.open(tmp_path / "alice", actor="alice")
        window, menu = logged_in_window(qtbot, services, runner, bus, en, settings, office.url, "alice")
        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
            menu.controller.sync_now()
        assert len(meeting_ids(services)) == 7

        secretary.records.delete(m.Invitation, *(i.id for i in invitations))
        office.secretary.run()
        with qtbot.waitSignal(menu.controller.removals_pending, timeout=WAIT):
            menu.controller.sync_now()
        qtbot.waitUntil(
            lambda: menu.removals_dialog is not None and menu.removals_dialog.isVisible(), timeout=WAIT
        )
        dialog = menu.removals_dialog
        assert isinstance(dialog, RemovalsDialog)
        assert dialog.windowTitle() == "Remove meetings?"
        assert dialog.message.text().startswith(
            f"7 meetings on this computer are no longer shared with you by {office.url}."
        )
        lines = dialog.list.text().splitlines()
        assert len(lines) == 6 and lines[-1] == "and 2 more"
        assert lines[0].startswith("• No. 1/") and "ประชุมครั้งที่ 1" in lines[0]  # the earliest first
        assert dialog.remove_button.text() == "Remove" and dialog.keep_button.text() == "Keep"
        assert dialog.keep_button.isDefault()
        assert menu.controller.state == ON_HOLD
        assert (
            menu.status.label.text() == "Sync on hold: 7 meetings the server no longer shares are kept here"
        )

        # Keep: they stay; the timer's next look does not ask again; Sync now does.
        dialog.keep_button.click()
        runner.wait_idle(10_000)
        assert len(meeting_ids(services)) == 7
        with qtbot.waitSignal(
            menu.controller.state_changed, timeout=WAIT, check_params_cb=lambda s, _m: s == ON_HOLD
        ):
            menu.controller.sync_now()
        runner.wait_idle(10_000)
        assert menu.removals_dialog is dialog and not dialog.isVisible()
        assert len(meeting_ids(services)) == 7

        menu.sync_action.trigger()
        qtbot.waitUntil(lambda: menu.removals_dialog is not dialog, timeout=WAIT)
        dialog = menu.removals_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
            dialog.remove_button.click()
        assert meeting_ids(services) == []
        assert menu.controller.state == SYNCED
        runner.wait_idle(10_000)
        window.close()
        services.close()


def test_a_meeting_the_server_refuses_is_named_once_with_the_reason(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, bus: ChangeBus, en: LanguageSwitcher,
    settings: QSettings,
) -> None:  # fmt: skip
    from tests.sync.test_refused_publish import NOT_SECRETARY, _finance_meeting

    with run_server(cheap_settings(tmp_path)) as live:
        office = build_office(live, tmp_path)
        meeting = _finance_meeting(office)
        services = office.secretary.services
        window, menu = logged_in_window(qtbot, services, runner, bus, en, settings, office.url, "somsri")
        qtbot.waitUntil(lambda: window.navigator.select_meeting(meeting.id), timeout=WAIT)
        qtbot.waitUntil(lambda: window.workspace.meeting_id == meeting.id, timeout=WAIT)
        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
            menu.publish_action.trigger()
        qtbot.waitUntil(lambda: menu.refused_box is not None and menu.refused_box.isVisible(), timeout=WAIT)
        assert menu.refused_box is not None
        box = menu.refused_box
        assert box.windowTitle() == "Not published"
        assert f"“{meeting.title}” was not published to {office.url}" in box.text()
        assert NOT_SECRETARY in box.text() and "it stays on this computer" in box.text()
        box.accept()
        assert meeting.id in meeting_ids(services)  # still here, as it was
        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):  # the next sync goes on, quietly
            menu.controller.sync_now()
        assert menu.controller.state == SYNCED and not box.isVisible()


def _alice_in_seven_meetings(
    qtbot: QtBot, tmp_path: Path, office: Office, runner: TaskRunner, bus: ChangeBus,
    languages: LanguageSwitcher, settings: QSettings,
) -> tuple[Services, MainWindow, SyncMenu, list[m.Invitation]]:  # fmt: skip
    """Alice's window, synced with the first meeting and six more she is invited to (their invitations)."""
    secretary = office.secretary.services
    invitations = []
    for n in range(6):
        start = office.meeting.start + timedelta(days=7 * (n + 1))
        secretary.meetings.create(office.committee.id, f"ประชุมครั้งที่ {n + 2}", start)
    for meeting in secretary.records.select(m.Meeting):
        if meeting.id != office.meeting.id:
            invitation = m.Invitation(meeting.id, office.people["alice"].id)
            secretary.records.create(invitation)
            invitations.append(invitation)
            office.secretary.sync.publish(office.url, meeting.id)
    office.secretary.run()
    services = Services.open(tmp_path / "alice", actor="alice")
    window, menu = logged_in_window(qtbot, services, runner, bus, languages, settings, office.url, "alice")
    with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
        menu.controller.sync_now()
    assert len(meeting_ids(services)) == 7
    return services, window, menu, invitations


def _removals_dialog(qtbot: QtBot, menu: SyncMenu, last: RemovalsDialog | None = None) -> RemovalsDialog:
    qtbot.waitUntil(
        lambda: menu.removals_dialog not in (None, last) and menu.removals_dialog.isVisible(),
        timeout=WAIT,
    )
    assert menu.removals_dialog is not None
    return menu.removals_dialog


def test_remove_lets_go_only_the_meetings_the_user_was_shown(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, bus: ChangeBus, en: LanguageSwitcher,
    settings: QSettings,
) -> None:  # fmt: skip
    with serve_at(cheap_settings(tmp_path), 0) as live:
        office = build_office(live, tmp_path)
        services, window, menu, invitations = _alice_in_seven_meetings(
            qtbot, tmp_path, office, runner, bus, en, settings
        )
        secretary = office.secretary.services
        secretary.records.delete(m.Invitation, *(i.id for i in invitations))
        office.secretary.run()
        with qtbot.waitSignal(menu.controller.removals_pending, timeout=WAIT):
            menu.controller.sync_now()
        dialog = _removals_dialog(qtbot, menu)
        assert dialog.message.text().startswith("6 meetings on this computer are no longer shared")

        # While the question is open, the first meeting is withdrawn too: Remove asks again about seven.
        secretary.records.delete(m.Invitation, office.invitations["alice"].id)
        office.secretary.run()
        with qtbot.waitSignal(menu.controller.removals_pending, timeout=WAIT):
            dialog.remove_button.click()
        assert len(meeting_ids(services)) == 7  # nothing went
        again = _removals_dialog(qtbot, menu, dialog)
        assert again.message.text().startswith("7 meetings on this computer are no longer shared")
        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
            again.remove_button.click()
        qtbot.waitUntil(lambda: menu.controller.state == SYNCED, timeout=WAIT)
        assert meeting_ids(services) == []
        runner.wait_idle(10_000)
        window.close()
        services.close()


def test_kept_meetings_do_not_hold_the_rest_of_the_sync(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, bus: ChangeBus, en: LanguageSwitcher,
    settings: QSettings,
) -> None:  # fmt: skip
    """Keep: her ballot in the meeting still shared is sent at the next sync, which pulls only what is
    new; she is not asked again until the meetings that would go change or she chooses Sync now."""
    from emeeting.storage.sync_state import SyncStore

    with serve_at(cheap_settings(tmp_path), 0) as live:
        office = build_office(live, tmp_path)
        services, window, menu, invitations = _alice_in_seven_meetings(
            qtbot, tmp_path, office, runner, bus, en, settings
        )
        office.secretary.services.records.delete(m.Invitation, *(i.id for i in invitations))
        office.secretary.run()
        with qtbot.waitSignal(menu.controller.removals_pending, timeout=WAIT):
            menu.controller.sync_now()
        dialog = _removals_dialog(qtbot, menu)
        dialog.keep_button.click()
        runner.wait_idle(10_000)

        menu.service.cast_ballot(office.vote.id, office.people["alice"].id, m.Choice.FOR)
        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT) as synced:
            menu.controller.sync_now()  # (what the timer does)
        report = synced.args[0]
        assert report.pushed == 1 and not report.full_resync
        assert menu.controller.state == ON_HOLD and menu.removals_dialog is dialog
        with SyncStore(services.store).read() as st:
            assert st.dirty(["ballot"]) == []
        assert len(meeting_ids(services)) == 7
        runner.wait_idle(10_000)
        window.close()
        services.close()


def test_starting_over_that_would_remove_many_meetings_asks_and_remove_finishes_it(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, bus: ChangeBus, en: LanguageSwitcher,
    settings: QSettings,
) -> None:  # fmt: skip
    from tests.sync.test_own_work import _alice_in_seven_meetings as seven_meetings

    server_settings = cheap_settings(tmp_path)
    with serve_at(server_settings, 0) as first:
        office = build_office(first, tmp_path)
        alice, _invitations = seven_meetings(office)
        alice.services.close()
        port = int(first.url.rsplit(":", 1)[1])
    recreate_empty(server_settings, tmp_path)
    with serve_at(server_settings, port) as second:
        second.state.accounts.add_user("alice", PASSWORD, "member", person_id=office.people["alice"].id)
        services = Services.open(tmp_path / "alice", actor="alice")
        window, menu = logged_in_window(qtbot, services, runner, bus, en, settings, office.url, "alice")
        dialog = ask_replaced(qtbot, menu)
        dialog.choose()
        with qtbot.waitSignal(menu.controller.removals_pending, timeout=WAIT):
            dialog.choose()  # confirmed: start over, which would remove seven meetings
        removals = _removals_dialog(qtbot, menu)
        assert removals.message.text().startswith("7 meetings on this computer are no longer shared")
        assert len(meeting_ids(services)) == 7
        with qtbot.waitSignal(menu.controller.synced, timeout=WAIT):
            removals.remove_button.click()
        assert menu.controller.state == SYNCED and meeting_ids(services) == []
        runner.wait_idle(10_000)
        window.close()
        services.close()
