"""The one way the reader gets a paper's content: the verified blob's path, or, for a confidential paper
sealed on a member's laptop, its bytes decrypted in memory; the viewer takes either."""

from __future__ import annotations

from pathlib import Path

from emeeting.domain import model as m
from emeeting.services.container import Services


def paper_content(services: Services, document: m.Document) -> Path | bytes:
    """The stored content of ``document``, checked against its hash (a read: call it off the GUI thread)."""
    return services.documents.content(document)


def board_book_bytes(services: Services, meeting_id: str, reader_id: str | None, folder: Path) -> bytes:
    """The meeting's board book for ``reader_id`` with the reader's rights, as bytes made in memory (it
    may bind sealed confidential papers, which never reach a file in clear); ``folder`` is not used."""
    return services.board_book.render(meeting_id, reader_id=reader_id)
