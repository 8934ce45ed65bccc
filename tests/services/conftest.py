"""Meeting data over the real store of tests/conftest.py (``store``, ``services``).

Fixtures: ``org`` (committee ICT with a chair, three members and a secretary),
``meeting`` (ICT 1/2569 on the Thai template), ``add_documents`` (records for content already stored) and
``snapshot`` (every row of every table, tombstones and audit events included, to prove that a refused
change changed nothing), ``search_archive`` (a generated archive whose search answers are known).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from emeeting.domain import model as m
from emeeting.domain.kinds import RECORDS
from emeeting.services.container import Services
from emeeting.services.records import insert
from emeeting.storage.store import Store
from tests.services.search_archive import Archive, build_archive

BANGKOK = timezone(timedelta(hours=7), "Asia/Bangkok")


@dataclass(frozen=True)
class Org:
    committee: m.Committee
    chair: m.Person
    members: tuple[m.Person, ...]
    secretary: m.Person
    memberships: tuple[m.Membership, ...]

    @property
    def people(self) -> tuple[m.Person, ...]:
        return (self.chair, *self.members, self.secretary)


@pytest.fixture
def org(services: Services) -> Org:
    committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร", "ICT")
    chair = m.Person("สมชาย", "ใจดี", title="นาย", position="ประธานกรรมการ")
    members = (
        m.Person("สมหญิง", "รักเรียน", title="นาง"),
        m.Person("วิชัย", "มั่นคง", title="นาย"),
        m.Person("Anna", "Schmidt", title="Dr."),
    )
    secretary = m.Person("ปราณี", "ขยัน", title="นางสาว")
    memberships = (
        m.Membership(committee.id, chair.id, role=m.MemberRole.CHAIR),
        *(m.Membership(committee.id, p.id) for p in members),
        m.Membership(committee.id, secretary.id, role=m.MemberRole.SECRETARY, voting=False),
    )
    services.records.create(committee, chair, *members, secretary, *memberships)
    return Org(committee, chair, members, secretary, memberships)


@pytest.fixture
def meeting(services: Services, org: Org) -> m.Meeting:
    """ICT 1/2569 on 10 March 2026 from the Thai template, with every member invited."""
    meeting_id = m.new_id()
    services.meetings.create(
        org.committee.id,
        "ประชุมคณะกรรมการเทคโนโลยีสารสนเทศ",
        datetime(2026, 3, 10, 9, 30, tzinfo=BANGKOK),
        template="th",
        meeting_id=meeting_id,
        place="ห้องประชุม 1",
    )
    services.records.create(*(m.Invitation(meeting_id, p.id) for p in org.people))
    return services.records.get(m.Meeting, meeting_id)


@pytest.fixture
def numbered(services: Services) -> Callable[[str], dict[str, m.AgendaItem]]:
    """The meeting's agenda keyed by its customary numbers ("1", "4.1" …), as the screens show it."""

    def agenda(meeting_id: str) -> dict[str, m.AgendaItem]:
        return {entry.number: entry.item for entry in services.meetings.view(meeting_id).agenda}

    return agenda


@pytest.fixture
def add_documents(store: Store) -> Callable[..., None]:
    """Document records for content already in blobs/, through the write path every service uses
    (validation, references, audit); attaching real files goes through DocumentService.attach."""

    def add(*documents: m.Document) -> None:
        with store.transaction() as repo:
            insert(repo, *documents)

    return add


@pytest.fixture
def snapshot(store: Store) -> Callable[[], dict[str, list[tuple[object, ...]]]]:
    """Every row of every table (tombstones and audit events too), for "nothing changed" checks."""

    def take() -> dict[str, list[tuple[object, ...]]]:
        rows: dict[str, list[tuple[object, ...]]] = {}
        with store.connection() as conn:
            for name in (row.table for row in RECORDS):
                rows[name] = [tuple(r) for r in conn.execute(f"SELECT * FROM {name} ORDER BY id")]
        return rows

    return take


def pdf_bytes(pages: int = 2, marker: str = "Agenda") -> bytes:
    """A small text PDF as reportlab writes it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=0)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 14)
        c.drawString(72, 760, f"{marker} page {n}")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    folder = tmp_path / "files"
    folder.mkdir()

    def make(name: str, pages: int = 2, marker: str = "Agenda") -> Path:
        path = folder / name
        path.write_bytes(pdf_bytes(pages, marker))
        return path

    return make


@pytest.fixture(scope="session")
def search_archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Archive]:
    """The generated archive of tests/services/search_archive.py, built once: its data folder (open it to
    read, copy it to change it) and what it holds."""
    folder = tmp_path_factory.mktemp("search-archive")
    store = Store.open(folder / "data", actor="secretary")
    archive = build_archive(Services(store), folder / "files")
    assert store.check() == []
    return folder / "data", archive
