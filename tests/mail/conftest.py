"""A meeting with invitees to write to, the office's mail settings pointing at the tests' SMTP server,
and a password store in memory (never the machine's own)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import keyring
import pytest

from emeeting.domain import model as m
from emeeting.mail.outbox import Outbox
from emeeting.mail.settings import MailSettingsStore, Security, SmtpSettings
from emeeting.services.container import Services
from emeeting.storage.mail_log import MailLog
from tests.mail.servers import SmtpServer
from tests.sync.conftest import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(before)


@dataclass(frozen=True)
class Board:
    """A Thai committee's meeting: a Thai chair, an English-named expert, a member without an address,
    and a substitute for the chair."""

    meeting_id: str
    committee: m.Committee
    chair: m.Person
    expert: m.Person
    no_mail: m.Person
    deputy: m.Person


@pytest.fixture
def board(services: Services) -> Board:
    committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร", "ICT")
    chair = m.Person("สมชาย", "ใจดี", title="นาย", position="ปลัดกระทรวง", email="somchai@example.go.th")
    expert = m.Person("Jane", "Smith", title="Dr.", email="Jane.Smith@example.org")
    no_mail = m.Person("สุดา", "รักงาน", title="นางสาว")
    deputy = m.Person("วิชัย", "มั่นคง", title="นาย", email="wichai@example.go.th")
    services.records.create(committee, chair, expert, no_mail, deputy)
    services.records.create(
        m.Membership(committee.id, chair.id, role=m.MemberRole.CHAIR),
        m.Membership(committee.id, expert.id),
        m.Membership(committee.id, no_mail.id),
    )
    services.meetings.create(
        committee.id,
        "งบประมาณโครงการระบบคลาวด์ภาครัฐ",
        datetime(2026, 12, 14, 7, 30, tzinfo=UTC),  # 14.30 in Bangkok
        template="th",
        meeting_id="meeting-1",
        end=datetime(2026, 12, 14, 9, 30, tzinfo=UTC),
        place="ห้องประชุม 1 ชั้น 9",
        online_link="https://meet.example.go.th/ict-3",
        mode=m.MeetingMode.HYBRID,
    )
    services.meetings.invite_committee("meeting-1")
    services.records.create(
        m.Invitation("meeting-1", deputy.id, substitute_for_id=chair.id, role=m.InviteeRole.MEMBER)
    )
    return Board("meeting-1", committee, chair, expert, no_mail, deputy)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer(security="none").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mail_settings(services: Services, smtp: SmtpServer) -> MailSettingsStore:
    settings = MailSettingsStore(MailLog(services.store))
    settings.save(
        SmtpSettings(
            host=smtp.host,
            port=smtp.port,
            security=Security.NONE,
            sender_address="secretariat@example.go.th",
            sender_name="สำนักงานเลขานุการคณะกรรมการ",
            timeout_seconds=10,
        )
    )
    return settings


@pytest.fixture
def outbox(services: Services, mail_settings: MailSettingsStore) -> Outbox:
    return Outbox(services, mail_settings)
