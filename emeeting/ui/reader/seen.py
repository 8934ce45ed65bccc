"""What the reader has seen: per user of a data folder, a fingerprint of each meeting, item and paper as
it was when the reader last opened it.

A fingerprint of what the reader sees, not a time: a synced record's ``updated_at`` is the other computer's
clock, and a renumbering or a sync that changes nothing on the page should not mark anything as changed.
Kept in the settings (not in the store), so a member's marks never travel to the server or to a backup.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings

from emeeting.domain import model as m


class Mark(StrEnum):
    NEW = "new"  # never opened
    CHANGED = "changed"  # opened, and different now
    SEEN = "seen"


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def item_print(item: m.AgendaItem) -> str:
    """What a reader reads of an item: its place in the order is not part of it."""
    return _digest(
        item.title, item.presenter_id, item.background, item.facts, item.legal_basis, item.proposal,
        item.secrecy, item.closed,
    )  # fmt: skip


def paper_print(document: m.Document) -> str:
    return _digest(document.sha256, document.name)


def meeting_print(meeting: m.Meeting, items: Iterable[m.AgendaItem], documents: Iterable[m.Document]) -> str:
    """The meeting with everything on its reading list: a new or changed item or paper changes it."""
    inside = sorted([*(item_print(i) for i in items), *(paper_print(d) for d in documents)])
    return _digest(meeting.title, meeting.start, meeting.end, meeting.place, meeting.status, *inside)


class SeenMarks:
    """The fingerprints one reader has seen, under ``reader/<data folder>/<user>/`` in ``settings``."""

    def __init__(self, settings: QSettings, data_dir: Path, user: str) -> None:
        self._settings = settings
        folder = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
        self._prefix = f"reader/{folder}/{user or '-'}/"

    def mark(self, record_id: str, fingerprint: str) -> Mark:
        seen = self._settings.value(self._prefix + record_id)
        if not seen:
            return Mark.NEW
        return Mark.SEEN if seen == fingerprint else Mark.CHANGED

    def see(self, record_id: str, fingerprint: str) -> None:
        self._settings.setValue(self._prefix + record_id, fingerprint)
