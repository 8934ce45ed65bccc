"""All services over one store, built once by the composition root (the GUI or the CLI)."""

from __future__ import annotations

from pathlib import Path

from emeeting.services.agenda import AgendaService
from emeeting.services.documents import DocumentService
from emeeting.services.interchange import InterchangeService
from emeeting.services.meetings import MeetingService
from emeeting.services.records import RecordService
from emeeting.storage.store import Store


class Services:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.records = RecordService(store)
        self.meetings = MeetingService(store)
        self.agenda = AgendaService(store)
        self.documents = DocumentService(store)
        self.interchange = InterchangeService(store, self.meetings)

    @classmethod
    def open(cls, data_dir: Path, actor: str = "local") -> Services:
        return cls(Store.open(data_dir, actor))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def check(self) -> list[str]:
        """Every problem in the database and the stored documents; empty when all is well."""
        return self.store.check()

    def backup(self, dest: Path) -> None:
        self.store.backup(dest)
