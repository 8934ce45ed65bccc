"""Why a paper does not open, said where it would open: closed by its committee's offline limit, or never
downloaded because no password store could keep the key of a confidential paper; and the watermark with
the reader's name over a confidential one. Used by the reader and the documents pane alike; the reads run
off the GUI thread, the words are put on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject

from emeeting.domain import model as m
from emeeting.domain.errors import NotFoundError
from emeeting.services.container import Services
from emeeting.sync.expiry import OfflineLimit
from emeeting.sync.service import SyncService
from emeeting.ui.widgets import labels


@dataclass(frozen=True)
class NotOpened:
    """A paper that is not shown, and why: ``limit`` passed, or (no limit) not downloaded for want of a
    password store."""

    limit: OfflineLimit | None = None


def paper_or_reason(services: Services, sync: SyncService, document: m.Document) -> Path | bytes | NotOpened:
    """The paper's content to show, or why it is not shown (a read: call it off the GUI thread). Other
    troubles (a damaged file, a key gone) are raised with their own message."""
    limit = sync.offline_limit_passed(document.id)
    if limit is not None:
        return NotOpened(limit)
    try:
        return services.documents.content(document)
    except NotFoundError:
        if sync.not_downloaded_for_want_of_keys(document.id, document.sha256):
            return NotOpened()
        raise


def reader_of_this_computer(services: Services, sync: SyncService) -> str:
    """The name of whoever reads here: the person the server's account is, else the account (a read)."""
    person_id = sync.person_id()
    person = services.records.find(m.Person, person_id) if person_id else None
    if person is not None:
        return person.display_name
    servers = sync.servers()
    return servers[0].user if servers else services.store.actor


def meeting_closed_by_limit(sync: SyncService, documents: list[m.Document]) -> OfflineLimit | None:
    """The offline limit that closes one of these papers, if any (the board book then does not open)."""
    for document in documents:
        if (limit := sync.offline_limit_passed(document.id)) is not None:
            return limit
    return None


class PaperNotices(QObject):
    """The words for a paper that is not shown."""

    def text(self, reason: NotOpened) -> str:
        if reason.limit is not None:
            return self.tr(
                "This confidential paper is closed: this computer has not synced with {server} for {days} "
                "days, and its committee lets confidential papers stay on a computer without syncing for "
                "{allowed} days. Sync to open it again."
            ).format(
                server=reason.limit.server, days=reason.limit.offline_days, allowed=reason.limit.allowed_days
            )
        return self.tr(
            "This confidential paper was not downloaded: this computer has no password store (keyring) to "
            "keep the key it would be encrypted with. Set up the system's password store and sync again."
        )


class Watermarks(QObject):
    """The words of the watermark."""

    def text(self, reader: str, day: date) -> str:
        return self.tr("Copy for {reader} · {date}").format(reader=reader, date=labels.short_date(day))
