"""A mark made here on a confidential paper that a running sync is about to seal, on a computer whose
password store cannot keep the key: refused with a message about this mark, not about downloads."""

from __future__ import annotations

import sqlite3

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import QT_TRANSLATE_NOOP
from emeeting.services.container import Services
from emeeting.storage.sealed import SealedPaperError
from tests.services.test_annotations import highlight, paper  # noqa: F401  (fixture)


def test_a_local_mark_on_a_paper_to_be_sealed_without_a_password_store_says_so(
    services: Services,
    paper: m.Document,  # noqa: F811
) -> None:
    def no_password_store(_conn: sqlite3.Connection, _document_id: str) -> tuple[bytes, bytes] | None:
        # What a running sync answers for such a paper (sync/engine.py ``_note_key``).
        raise SealedPaperError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "annotations on confidential papers (ลับ and above) are not downloaded: no password "
                "store keeps the key they are encrypted with on this computer",
            )
        )

    services.store.notes.sealing_keys = no_password_store
    with pytest.raises(SealedPaperError) as refused:
        services.annotations.add(highlight(paper))
    message = str(refused.value)
    assert "not downloaded" not in message
    assert "cannot be stored" in message and "password store" in message
    services.store.notes.sealing_keys = None
    assert services.annotations.for_document(paper.id, owner=highlight(paper).owner) == []
