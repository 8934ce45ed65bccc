"""Desktops syncing with a real server on 127.0.0.1: a secretary's data folder and attendees' folders.

The server runs on SQLite here (tests/server runs the server suite on PostgreSQL as well). Tokens stay in
the session (keyring's ``fail`` backend), so no test touches the machine's password store; the keys of
sealed papers go to a password store in memory, one per desktop (``MemoryKeyring``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from emeeting.domain import model as m
from emeeting.intake.inspect import Inspected
from emeeting.server.app import Settings
from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.services.documents import Intake
from emeeting.sync.client import SyncClient
from emeeting.sync.engine import SyncReport
from emeeting.sync.paper_keys import PaperKeys
from emeeting.sync.service import SyncService
from tests.server.conftest import PASSWORD, Live, run_server
from tests.sync.faults import Killer, KillPlan


@pytest.fixture(autouse=True)
def no_password_store() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


class MemoryKeyring(KeyringBackend):
    """A password store in this process: a laptop's OS keyring, for one desktop of a test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


def cheap_settings(tmp_path: Path) -> Settings:
    return Settings(
        db_url=f"sqlite:///{tmp_path / 'server.db'}",
        blobs=tmp_path / "server-blobs",
        pool_size=5,
        argon2_time_cost=1,
        argon2_memory_kib=8192,
    )


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    with run_server(cheap_settings(tmp_path)) as server:
        yield server


def attach_bytes(
    services: Services, meeting_id: str, item_id: str | None, name: str, data: bytes
) -> m.Document:
    """Attach content as if intake had checked it (intake has its own tests; here only sync matters)."""
    sha = services.store.blobs.put_bytes(data)
    found = Inspected(Path(name), "application/pdf", len(data), sha, 1, f"text of {name}")
    result = services.documents.record(meeting_id, item_id, Intake((found,), ()))
    return result.attached[0]


@dataclass
class Desk:
    """One desktop data folder logged in to the server."""

    services: Services
    sync: SyncService
    url: str
    kill: KillPlan = field(default_factory=KillPlan)
    keyring: MemoryKeyring | None = None  # where this laptop keeps the keys of its sealed papers

    def run(self) -> SyncReport:
        return self.sync.sync(self.url)

    def rows(self, cls: type, **where: Any) -> list[Any]:
        return self.services.records.select(cls, **where)


def make_desk(
    tmp_path: Path,
    name: str,
    url: str,
    user: str | None,
    clock: Callable[[], datetime] | None = None,
    keyring: MemoryKeyring | None = None,
) -> Desk:
    """``keyring``: the laptop's password store for paper keys (one in memory unless given)."""
    keyring = MemoryKeyring() if keyring is None else keyring
    paper_keys = PaperKeys(keyring)
    services = Services.open(tmp_path / name, actor=name, paper_keys=paper_keys)
    plan = KillPlan()

    def factory(base: str, token: str | None) -> SyncClient:
        return SyncClient(base, token, timeout=10, retries=3, backoff=0.01, transport=Killer(plan))

    kwargs: dict[str, Any] = {} if clock is None else {"clock": clock}
    sync = SyncService(services.store, Credentials(), factory, paper_keys=paper_keys, **kwargs)
    desk = Desk(services, sync, url, plan, keyring)
    if user is not None:
        sync.login(url, user, PASSWORD)
    return desk


@dataclass
class Office:
    """A committee on the secretary's desktop, its people as server users, and one published meeting."""

    live: Live
    url: str
    secretary: Desk
    committee: m.Committee
    people: dict[str, m.Person]
    meeting: m.Meeting
    items: list[m.AgendaItem]
    documents: dict[str, m.Document]
    invitations: dict[str, m.Invitation]
    vote: m.Vote
    tmp_path: Path

    def attendee(self, user: str, name: str | None = None, **kwargs: Any) -> Desk:
        return make_desk(self.tmp_path, name or user, self.url, user, **kwargs)

    def hold_meeting(self) -> None:
        """The secretary opens the meeting on its day, checks Alice and Bob in and closes it: only a meeting
        that was held has minutes to certify."""
        session = self.secretary.services.session
        start = self.meeting.start
        session.start(self.meeting.id, start)
        for invitation in self.invitations.values():
            session.check_in(invitation.id, m.Attendance.PRESENT, start)
        session.end(self.meeting.id, start + timedelta(hours=2))


def content(name: str) -> bytes:
    return f"%PDF-1.4 {name} เอกสารประกอบวาระ ".encode() * 200


def build_office(live: Live, tmp_path: Path, url: str | None = None) -> Office:
    """``url``: where the desktops reach the server (a proxy in front of it), by default directly."""
    url = url or live.url
    accounts = live.state.accounts
    sec = make_desk(tmp_path, "secretary", url, None)
    services = sec.services
    committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "ICT")
    people = {n: m.Person(n.title(), "Test") for n in ("somsri", "alice", "bob")}
    services.records.create(committee, *people.values())
    services.records.create(
        m.Membership(committee.id, people["somsri"].id, role=m.MemberRole.SECRETARY),
        m.Membership(committee.id, people["alice"].id),
        m.Membership(committee.id, people["bob"].id),
    )
    accounts.add_user(
        "somsri", PASSWORD, "secretary", person_id=people["somsri"].id, committees=(committee.id,)
    )
    for name in ("alice", "bob"):
        accounts.add_user(name, PASSWORD, "member", person_id=people[name].id)
    accounts.set_policy(committee.id, offline_days=7, allow_top_secret=False)
    start = datetime(2026, 12, 10, 2, 30, tzinfo=UTC)
    services.meetings.create(
        committee.id, "ประชุมครั้งที่ 1", start, template="th", status=m.MeetingStatus.INVITED
    )
    meeting = services.records.select(m.Meeting)[0]
    items = services.records.select(m.AgendaItem, meeting_id=meeting.id, order_by=("position",))
    item = next(i for i in items if i.parent_id is None)
    documents = {
        "open": attach_bytes(services, meeting.id, item.id, "open.pdf", content("open")),
        "secret": attach_bytes(services, meeting.id, item.id, "secret.pdf", content("secret")),
    }
    attached = documents["secret"]
    documents["secret"] = m.Document(**{**attached.__dict__, "secrecy": m.Secrecy.CONFIDENTIAL})
    services.documents.update(documents["secret"], base=attached)
    # Alice and Bob are marked present, and the vote on the first item is open on their laptops.
    invitations = {
        n: m.Invitation(meeting.id, people[n].id, attendance=m.Attendance.PRESENT, arrived_at=start)
        for n in ("alice", "bob")
    }
    vote = m.Vote(meeting.id, item.id, "อนุมัติหรือไม่", opened_at=start)
    services.records.create(*invitations.values(), vote)
    sec.sync.login(url, "somsri", PASSWORD)
    sec.sync.publish(url, meeting.id)
    sec.run()
    return Office(live, url, sec, committee, people, meeting, items, documents, invitations, vote, tmp_path)


@pytest.fixture
def office(live: Live, tmp_path: Path) -> Office:
    return build_office(live, tmp_path)


def stored_bytes(desk: Desk, sha256: str) -> bytes:
    """A document's bytes on a desk, verified: from its file in clear, or opened in memory when sealed."""
    store = desk.services.store
    if store.blobs.has(sha256) or not store.sealed.has(sha256):
        return store.blobs.read_bytes(sha256)
    return store.sealed.read_bytes(sha256, desk.sync.paper_keys)


def has_document(desk: Desk, sha256: str) -> bool:
    """Whether the desk holds the document's content, in clear or sealed."""
    return desk.services.store.blobs.has(sha256) or desk.services.store.sealed.has(sha256)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
