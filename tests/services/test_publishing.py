"""PublishingService: a meeting's official documents from the real store, written whole or not at all."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import docx
import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import StoreError, ValidationError
from emeeting.services.container import Services
from emeeting.services.publishing import DocumentKind
from tests.services.conftest import BANGKOK, Org


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").replace("\n", "")


def test_documents_of_a_stored_meeting(
    services: Services, org: Org, meeting: m.Meeting, tmp_path: Path, snapshot: Callable[[], object]
) -> None:
    services.session.start(meeting.id, datetime(2026, 3, 10, 9, 35, tzinfo=BANGKOK))  # minutes: held only
    before = snapshot()
    publish = services.publishing
    agenda = publish.write(DocumentKind.AGENDA, meeting.id, tmp_path / "agenda.pdf", tz=BANGKOK)
    assert "ระเบียบวาระการประชุมคณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร" in text_of(agenda)
    assert "ระเบียบวาระที่ 4  เรื่องเสนอเพื่อพิจารณา" in text_of(agenda)
    letter = publish.write(DocumentKind.INVITATION, meeting.id, tmp_path / "letter.pdf", tz=BANGKOK)
    assert "ในวันอังคารที่ 10 มีนาคม 2569 เวลา 09.30 น. ณ ห้องประชุม 1" in text_of(letter)
    minutes = publish.write(DocumentKind.MINUTES, meeting.id, tmp_path / "minutes.pdf", tz=BANGKOK)
    assert "นายสมชาย ใจดี" in text_of(minutes)  # invited, not yet marked present: listed as not present
    word = publish.write(DocumentKind.MINUTES, meeting.id, tmp_path / "minutes.docx", lang="en")
    assert "Present" in [p.text for p in docx.Document(str(word)).paragraphs]
    assert snapshot() == before  # publishing reads only


def test_a_failed_write_leaves_the_earlier_file(
    services: Services, meeting: m.Meeting, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "minutes.pdf"
    dest.write_bytes(b"the earlier minutes")
    with pytest.raises(ValidationError):
        services.publishing.write(DocumentKind.MINUTES, meeting.id, dest, lang="fr")
    blocked = out / "blocked.pdf"
    blocked.mkdir()  # a folder where the file should go: the final rename fails
    with pytest.raises(StoreError, match="cannot write"):
        services.publishing.write(DocumentKind.AGENDA, meeting.id, blocked)
    assert dest.read_bytes() == b"the earlier minutes"
    assert sorted(p.name for p in out.iterdir()) == ["blocked.pdf", "minutes.pdf"]  # no temp file
