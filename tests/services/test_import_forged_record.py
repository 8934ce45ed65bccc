"""Import refuses a certified meeting whose record says something its certified minutes do not.

A certified meeting was exported, an agenda item's name changed in meeting.json and the zip rebuilt: the
import accepted it, `check` found the store healthy and the forged title stood in a record frozen by the
certification. The frozen text carries its hash, but the record beside it did not have to agree with it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.services.container import Services
from tests.services.conftest import Org
from tests.services.test_interchange import (  # noqa: F401  (fixtures)
    certified,
    elsewhere,
    exported,
    held,
    minutes,
    rewrite,
    rows,
)

FORGED_TITLE = "จัดซื้อระบบประชุมอิเล็กทรอนิกส์และเครื่องคอมพิวเตอร์ 500 เครื่อง"


def _retitle(doc: dict[str, Any]) -> None:
    for item in doc["meeting"]["agendaItem"]:
        if item["name"] == "จัดซื้อระบบประชุมอิเล็กทรอนิกส์":
            item["name"] = FORGED_TITLE


def _mark_absent(person_id: str) -> Callable[[dict[str, Any]], None]:
    def forge(doc: dict[str, Any]) -> None:
        for invitation in doc["meeting"]["emeeting:invitation"]:
            if invitation["person_id"] == f"urn:uuid:{person_id}":
                invitation.update(attendance="absent", absence_reason="ติดราชการ", arrived_at=None)

    return forge


def test_a_package_with_a_forged_item_title_is_refused(
    certified: m.Meeting,  # noqa: F811
    exported: Path,  # noqa: F811
    elsewhere: Services,  # noqa: F811
    tmp_path: Path,
) -> None:
    forged = rewrite(exported, tmp_path / "forged.zip", _retitle)
    before = rows(elsewhere.store)

    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_meeting(forged)

    message = str(refused.value)
    assert message.startswith("forged.zip: the record in the package does not match its certified minutes")
    assert "minutes version 1, line " in message
    assert f"the record says “4.1 {FORGED_TITLE}”" in message
    assert "the minutes say “4.1 จัดซื้อระบบประชุมอิเล็กทรอนิกส์”" in message
    assert message.endswith("; nothing was imported")
    assert rows(elsewhere.store) == before
    assert list(elsewhere.store.blobs.all_hashes()) == []


def test_a_package_with_forged_attendance_is_refused(
    org: Org,
    certified: m.Meeting,  # noqa: F811
    exported: Path,  # noqa: F811
    elsewhere: Services,  # noqa: F811
    tmp_path: Path,
) -> None:
    forged = rewrite(exported, tmp_path / "forged.zip", _mark_absent(org.secretary.id))
    before = rows(elsewhere.store)

    with pytest.raises(ValidationError, match="does not match its certified minutes") as refused:
        elsewhere.interchange.import_meeting(forged)

    assert org.secretary.first_name in str(refused.value)
    assert rows(elsewhere.store) == before
    assert list(elsewhere.store.blobs.all_hashes()) == []


@pytest.fixture
def utc_machine() -> Iterator[None]:
    """The importing computer's own time zone is UTC (the package was certified in Bangkok time)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_an_untouched_package_imports_on_a_computer_in_another_zone(
    certified: m.Meeting,  # noqa: F811
    exported: Path,  # noqa: F811
    elsewhere: Services,  # noqa: F811
    utc_machine: None,
) -> None:
    elsewhere.interchange.import_meeting(exported)

    assert elsewhere.minutes.verify(certified.id)
    assert not elsewhere.minutes.view(certified.id).changed_since_frozen
