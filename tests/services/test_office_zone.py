"""The record is written in the office's time zone, whatever the computer's.

A store certified on a computer set to UTC froze "เริ่มประชุมเวลา 02.35 น." for a meeting that started at
09.35 in Bangkok; opened on a computer set to Bangkok every certified meeting then said its record had
changed since it was frozen, and an amendment that changed nothing moved the times. Meetings of a Thai
government office happen in the office's zone (UTC+07:00): the minutes' text and every printed document
say those times on any computer.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from emeeting.demo.load import load_demo
from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.domain.thai import OFFICE_ZONE
from emeeting.services.container import Services
from emeeting.services.publishing import DocumentKind
from emeeting.storage.store import Store
from tests.reports.conftest import pdftotext
from tests.services.test_minutes import at, held  # noqa: F401  (fixtures)

MACHINE_ZONES = ("UTC", "America/New_York")


def set_machine_zone(name: str) -> None:
    os.environ["TZ"] = name
    time.tzset()


@pytest.fixture
def machine_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The computer's own time zone is ``request.param``; the test's zone comes back afterwards."""
    before = os.environ.get("TZ")
    set_machine_zone(request.param)
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_the_office_zone_is_bangkok_at_utc_plus_seven() -> None:
    assert OFFICE_ZONE.utcoffset(None).total_seconds() == 7 * 3600
    assert datetime(2026, 3, 10, 2, 30, tzinfo=UTC).astimezone(OFFICE_ZONE).strftime("%H:%M") == "09:30"


@pytest.mark.parametrize("machine_zone", MACHINE_ZONES, indirect=True)
def test_certified_minutes_and_every_printed_document_give_bangkok_times_on_any_computer(
    machine_zone: str,
    services: Services,
    meeting: m.Meeting,
    held: dict[str, m.AgendaItem],  # noqa: F811
    tmp_path: Path,
) -> None:
    # The meeting is set for 02:30 UTC (09.30 in Bangkok), started at 09.35, a member came at 10.05.
    assert meeting.start == datetime(2026, 3, 10, 2, 30, tzinfo=UTC)
    services.session.end(meeting.id, at(11, 45))
    services.minutes.draft(meeting.id)
    services.minutes.certify(meeting.id, m.CertificationMethod.NEXT_MEETING, at(9, 30, 24))

    view = services.minutes.view(meeting.id)
    frozen = view.versions[-1].text
    assert "เริ่มประชุมเวลา 09.35 น." in frozen and "เลิกประชุมเวลา 11.45 น." in frozen
    assert "10.05 น." in frozen
    assert "02.35" not in frozen and "21.35" not in frozen
    assert not view.changed_since_frozen and services.minutes.verify(meeting.id)

    minutes = pdftotext(services.publishing.write(DocumentKind.MINUTES, meeting.id, tmp_path / "m.pdf"))
    assert "09.35 น." in minutes and "11.45 น." in minutes and "02.35" not in minutes
    for kind in (DocumentKind.AGENDA, DocumentKind.INVITATION):
        printed = pdftotext(services.publishing.write(kind, meeting.id, tmp_path / f"{kind}.pdf"))
        assert "09.30 น." in printed, kind
        assert "02.30" not in printed and "21.30" not in printed, kind
    services.board_book.write(meeting.id, tmp_path / "book.pdf")
    book = pdftotext(tmp_path / "book.pdf")
    assert "09.30 น." in book and "02.30" not in book and "21.30" not in book


@pytest.mark.parametrize("machine_zone", MACHINE_ZONES, indirect=True)
def test_minutes_certified_in_bangkok_are_unchanged_when_opened_elsewhere(
    machine_zone: str,
    services: Services,
    meeting: m.Meeting,
    held: dict[str, m.AgendaItem],  # noqa: F811
) -> None:
    set_machine_zone("Asia/Bangkok")
    services.session.end(meeting.id, at(11, 45))
    services.minutes.draft(meeting.id)
    services.minutes.certify(meeting.id, m.CertificationMethod.NEXT_MEETING, at(9, 30, 24))
    certified = services.minutes.view(meeting.id).versions[-1].text

    set_machine_zone(machine_zone)
    view = services.minutes.view(meeting.id)
    assert view.text == certified and not view.changed_since_frozen
    # Nothing changed, so there is nothing to amend: the times are not moved by the computer's zone.
    with pytest.raises(ValidationError, match="nothing differs"):
        services.minutes.amend(meeting.id, "แก้คำผิด")
    assert services.minutes.view(meeting.id).versions[-1].text == certified
    assert services.minutes.verify(meeting.id)


@pytest.mark.parametrize("machine_zone", MACHINE_ZONES, indirect=True)
def test_the_demo_store_verifies_when_opened_in_another_zone(
    machine_zone: str, services: Services, data_dir: Path
) -> None:
    set_machine_zone("Asia/Bangkok")
    assert load_demo(services, 12, today=date(2026, 6, 1)) == 12
    set_machine_zone(machine_zone)
    elsewhere = Services(Store.open(data_dir))
    certified = elsewhere.records.select(m.Minutes, status=m.MinutesStatus.CERTIFIED)
    assert certified
    for done in certified:
        assert elsewhere.minutes.verify(done.meeting_id)
        assert not elsewhere.minutes.view(done.meeting_id).changed_since_frozen
