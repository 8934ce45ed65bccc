"""What a server's sync state keeps across a new login on the same desktop.

The id of the server the records came from belongs to the server: whoever logs in next is still told when
it was replaced. The committees the user was ever secretary of and the removals held back until she
answers belong to her: kept when she logs in again, never handed to another user of the desktop.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from emeeting.domain import model as m
from emeeting.sync.engine import ServerReplaced, TooManyRemovals
from emeeting.sync.server_info import HELD_REMOVALS, SECRETARY_OF, SYNCED_SERVER_ID
from tests.server.conftest import PASSWORD
from tests.sync.conftest import Desk, Office, build_office, cheap_settings
from tests.sync.test_refused_publish import make_secretary_of
from tests.sync.test_server_replaced import recreate_empty, serve_at


def _info(desk: Desk) -> dict[str, Any]:
    """What the desktop's sync state keeps for its server."""
    state = desk.sync.server(desk.url)
    assert state is not None
    return state.info


def test_another_user_on_the_same_desktop_is_still_told_the_server_was_replaced(tmp_path: Path) -> None:
    settings = cheap_settings(tmp_path)
    with serve_at(settings, 0) as first:
        office = build_office(first, tmp_path)
        desk = office.secretary
        port = int(first.url.rsplit(":", 1)[1])
    recreate_empty(settings, tmp_path)
    with serve_at(settings, port) as second:
        second.state.accounts.add_user("bob", PASSWORD, "member", person_id=office.people["bob"].id)
        desk.sync.login(desk.url, "bob", PASSWORD)
        with pytest.raises(ServerReplaced):
            desk.run()
        assert [x.id for x in desk.rows(m.Meeting)] == [office.meeting.id]  # nothing removed


def test_the_committees_she_was_secretary_of_stay_hers_and_go_to_no_one_else(office: Office) -> None:
    desk = office.secretary
    synced_with = _info(desk)[SYNCED_SERVER_ID]
    make_secretary_of(office.live, "somsri")  # the administrator takes the committee away from her

    desk.sync.login(desk.url, "somsri", PASSWORD)
    info = _info(desk)
    assert info["committees"] == [] and info[SECRETARY_OF] == [office.committee.id]
    assert info[SYNCED_SERVER_ID] == synced_with

    desk.sync.login(desk.url, "bob", PASSWORD)
    info = _info(desk)
    assert info[SECRETARY_OF] == [] and info[SYNCED_SERVER_ID] == synced_with


def test_removals_held_back_stay_held_for_her_and_not_for_another_user(office: Office) -> None:
    services = office.secretary.services
    invitations = [office.invitations["alice"]]
    for n in range(6):
        start = office.meeting.start + timedelta(days=7 * (n + 1))
        services.meetings.create(office.committee.id, f"ประชุมครั้งที่ {n + 2}", start)
    for meeting in services.records.select(m.Meeting):
        if meeting.id != office.meeting.id:
            invitation = m.Invitation(meeting.id, office.people["alice"].id)
            services.records.create(invitation)
            invitations.append(invitation)
            office.secretary.sync.publish(office.url, meeting.id)
    office.secretary.run()
    alice = office.attendee("alice")
    alice.run()
    services.records.delete(m.Invitation, *(i.id for i in invitations))
    office.secretary.run()
    with pytest.raises(TooManyRemovals) as held:
        alice.run()

    alice.sync.login(alice.url, "alice", PASSWORD)
    info = _info(alice)
    assert info[HELD_REMOVALS] == list(held.value.meeting_ids)
    with pytest.raises(TooManyRemovals):  # asked again, not forgotten
        alice.run()
    assert len(alice.rows(m.Meeting)) == 7

    alice.sync.login(alice.url, "bob", PASSWORD)
    assert HELD_REMOVALS not in _info(alice)
