"""The one way the reader gets a paper's content: today the verified blob's path, tomorrow perhaps bytes
decrypted in memory (confidential papers); the viewer takes either."""

from __future__ import annotations

from pathlib import Path

from emeeting.domain import model as m
from emeeting.services.container import Services


def paper_content(services: Services, document: m.Document) -> Path | bytes:
    """The stored content of ``document``, checked against its hash (a read: call it off the GUI thread)."""
    return services.documents.content_path(document)


def board_book_bytes(services: Services, meeting_id: str, reader_id: str | None, folder: Path) -> bytes:
    """The meeting's board book for ``reader_id`` with the reader's rights, as bytes: the file it is
    written to in ``folder`` goes at once, so no copy of the papers stays beside the data."""
    path = folder / f"{meeting_id}.pdf"
    try:
        services.board_book.write(meeting_id, path, reader_id=reader_id)
        return path.read_bytes()
    finally:
        path.unlink(missing_ok=True)
