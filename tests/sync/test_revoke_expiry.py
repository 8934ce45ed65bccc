"""Confidential documents leave a laptop when its access ends, and when it stays offline too long."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from emeeting.domain import model as m
from emeeting.sync.client import AccessEnded, ServerUnreachable
from emeeting.sync.service import NotLoggedIn
from tests.sync.conftest import Office


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def blob_files(desk: object) -> set[str]:
    """Every document file on the desk, in clear or sealed."""
    store = desk.services.store  # type: ignore[attr-defined]
    return set(store.blobs.all_hashes()) | set(store.sealed.all_hashes())


def test_a_revoked_device_wipes_the_confidential_documents_at_next_contact(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    secret, open_ = office.documents["secret"], office.documents["open"]
    assert {secret.sha256, open_.sha256} <= blob_files(alice)
    device = alice.sync.server(office.live.url).info["device_id"]  # type: ignore[union-attr]
    office.live.state.accounts.revoke_device(device)
    with pytest.raises(AccessEnded) as raised:
        alice.run()
    assert raised.value.code == "device_revoked"
    assert alice.services.records.find(m.Document, secret.id) is None
    assert secret.sha256 not in blob_files(alice)
    assert alice.services.records.find(m.Document, open_.id) is not None  # normal class stays readable
    assert open_.sha256 in blob_files(alice)
    with pytest.raises(NotLoggedIn):  # the token is gone too
        alice.run()
    assert alice.services.check() == []


def test_the_secretary_keeps_her_own_confidential_documents_when_revoked(office: Office) -> None:
    office.live.state.accounts.set_disabled("somsri", True)
    with pytest.raises(AccessEnded):
        office.secretary.run()
    assert office.secretary.services.records.find(m.Document, office.documents["secret"].id) is not None


def test_confidential_documents_expire_after_the_committees_offline_days(office: Office) -> None:
    clock = Clock()
    alice = office.attendee("alice", clock=clock)
    alice.run()
    secret = office.documents["secret"]
    alice.url = "http://127.0.0.1:9"  # nothing listens on the discard port
    clock.now += timedelta(days=6)
    assert alice.sync.expire_offline() == 0
    clock.now += timedelta(days=2)  # past the committee's 7 days since the last contact
    assert alice.sync.expire_offline() == 1
    assert alice.services.records.find(m.Document, secret.id) is None
    assert secret.sha256 not in blob_files(alice)
    assert alice.services.records.find(m.Document, office.documents["open"].id) is not None
    alice.url = office.live.url  # back in the office: contact brings the document back
    report = alice.run()
    assert report.full_resync and alice.services.records.find(m.Document, secret.id) is not None
    assert secret.sha256 in blob_files(alice)


def test_an_unreachable_server_is_a_clear_error_and_changes_nothing(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    before = alice.services.records.select(m.AgendaItem)
    # Still logged in, but the server moved away:
    with alice.services.store.connection() as conn:
        conn.execute("UPDATE sync_servers SET url = 'http://127.0.0.1:9'")
    alice.sync.credentials.set("http://127.0.0.1:9", "alice", "token")
    alice.url = "http://127.0.0.1:9"
    with pytest.raises(ServerUnreachable, match="cannot reach the server"):
        alice.run()
    assert alice.services.records.select(m.AgendaItem) == before
