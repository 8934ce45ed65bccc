"""Shared fixtures: Qt without a display, a real store in a temp folder, and a small demo dataset."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

from emeeting.domain import model as m
from emeeting.services.container import Services  # Qt-free, like everything imported here
from emeeting.storage import store as store_module
from emeeting.storage.store import Store

# Before any test imports Qt: no display needed, and the same rendering on every machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hypothesis's example database lives outside the checkout.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "emeeting-hypothesis")

ICT = "ICT"
HR = "HR"


@pytest.fixture(scope="session", autouse=True)
def migrations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[Path], None]]:
    """What makes or upgrades a store's database. A new database is the migrations' output, the same
    every time: they run once in each test process and every further new store starts as a copy of that
    database (running them took a quarter of a second a store, two minutes over the suite). A database
    that exists is upgraded by the migrations themselves; tests/storage makes every store through them
    (its conftest), as does every command a test runs in a process of its own."""
    migrate = store_module._upgrade
    made = tmp_path_factory.mktemp("migrated") / store_module.DB_FILE
    migrate(made)

    def from_made(db_path: Path) -> None:
        if db_path.exists():
            migrate(db_path)
            return
        with closing(sqlite3.connect(made)) as source, closing(sqlite3.connect(db_path)) as copy:
            source.backup(copy)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_module, "_upgrade", from_made)
        yield migrate


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Store:
    """A real SQLite store in a temp folder, migrated to head."""
    return Store.open(data_dir, actor="secretary")


@pytest.fixture
def services(store: Store) -> Iterator[Services]:
    yield Services(store)
    assert store.check() == [], "every scenario must leave a store that passes `emeeting check`"


def fill_demo(services: Services) -> None:
    """Two committees, four people, six meetings over two Buddhist Era years, the Thai agenda with items
    4.1 and 4.2 under matters for decision in the newest ICT meeting."""
    ict = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร", ICT)
    hr = m.Committee("คณะกรรมการบริหารงานบุคคล", HR)
    chair = m.Person("สมชาย", "ใจดี", title="นาย", position="ปลัดกระทรวง")
    secretary = m.Person("สุดา", "รักงาน", title="นางสาว", position="ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศ")
    presenter = m.Person("วิชัย", "มั่นคง", title="นาย", position="นักวิชาการคอมพิวเตอร์ชำนาญการ")
    services.records.create(ict, hr, chair, secretary, presenter)
    services.records.create(
        m.Membership(ict.id, chair.id, role=m.MemberRole.CHAIR),
        m.Membership(ict.id, secretary.id, role=m.MemberRole.SECRETARY),
    )

    def at(year: int, month: int, day: int) -> datetime:
        return datetime(year, month, day, 2, 30, tzinfo=UTC)  # 09.30 in Bangkok

    meetings = services.meetings
    meetings.create(
        ict.id,
        "การประชุมคณะกรรมการเทคโนโลยีสารสนเทศ",
        at(2025, 3, 10),
        template="th",
        status=m.MeetingStatus.CLOSED,
    )
    certified = next(s.meeting for s in meetings.summaries(ict.id) if s.meeting.year_be == 2568)
    services.minutes.draft(certified.id)
    services.minutes.certify(certified.id, m.CertificationMethod.NEXT_MEETING, at(2025, 9, 15))
    meetings.create(
        ict.id,
        "การประชุมคณะกรรมการเทคโนโลยีสารสนเทศ",
        at(2025, 9, 15),
        template="th",
        status=m.MeetingStatus.CLOSED,
    )
    meetings.create(
        ict.id, "แผนพัฒนาดิจิทัล ระยะที่ 1", at(2026, 1, 20), template="th", status=m.MeetingStatus.MINUTES_DRAFTED
    )
    meetings.create(
        ict.id, "แผนพัฒนาดิจิทัล ระยะที่ 2", at(2026, 2, 17), template="th", status=m.MeetingStatus.INVITED
    )
    meetings.create(
        ict.id,
        "งบประมาณโครงการระบบคลาวด์ภาครัฐ",
        at(2026, 3, 24),
        template="th",
        place="ห้องประชุม 1 ชั้น 9 อาคารศูนย์ราชการ",
        urgency=m.Urgency.MOST_URGENT,
        secrecy=m.Secrecy.CONFIDENTIAL,
    )
    meetings.create(hr.id, "การพิจารณาอัตรากำลัง", at(2026, 2, 5), template="th")

    newest = next(
        s.meeting for s in meetings.summaries(ict.id) if s.meeting.number == 3 and s.meeting.year_be == 2569
    )
    decision = next(
        e.item
        for e in meetings.view(newest.id).agenda
        if e.depth == 0 and e.item.section is m.AgendaSection.FOR_DECISION
    )
    services.agenda.add(
        m.AgendaItem(
            newest.id,
            "ขออนุมัติโครงการจัดหาระบบคลาวด์",
            parent_id=decision.id,
            presenter_id=presenter.id,
            duration_minutes=30,
        )
    )
    services.agenda.add(
        m.AgendaItem(
            newest.id,
            "ร่างนโยบายการคุ้มครองข้อมูลส่วนบุคคล",
            parent_id=decision.id,
            presenter_id=secretary.id,
            duration_minutes=75,
        )
    )


@pytest.fixture
def demo_services(services: Services) -> Services:
    fill_demo(services)
    return services
