"""All services over one store, built once by the composition root (the GUI or the CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from emeeting.domain.errors import EmeetingError
from emeeting.services.agenda import AgendaService
from emeeting.services.meetings import MeetingService
from emeeting.services.records import RecordService
from emeeting.storage.sealed import PaperKeySource
from emeeting.storage.store import Store

if TYPE_CHECKING:
    from emeeting.services.annotations import AnnotationService
    from emeeting.services.audit import AuditService
    from emeeting.services.board_book import BoardBookService
    from emeeting.services.documents import DocumentService
    from emeeting.services.evidence import EvidenceService
    from emeeting.services.interchange import InterchangeService
    from emeeting.services.minutes import MinutesService
    from emeeting.services.people import PeopleService
    from emeeting.services.publishing import PublishingService
    from emeeting.services.search import SearchService
    from emeeting.services.session import SessionService
    from emeeting.services.undo import UndoService


@dataclass(frozen=True)
class CheckReport:
    """What `emeeting check` found: problems (the store is not healthy) and notes (worth knowing)."""

    problems: list[str]
    notes: list[str]


class Services:
    def __init__(self, store: Store, paper_keys: PaperKeySource | None = None) -> None:
        """``paper_keys``: where the keys of confidential papers sealed on this computer are kept."""
        self.store = store
        self.paper_keys = paper_keys
        if paper_keys is not None:  # annotations on sealed papers open with the papers' keys
            store.notes.keys = paper_keys
        self.records = RecordService(store)
        self.meetings = MeetingService(store)
        self.agenda = AgendaService(store)

    # The window's first screen needs only the services above; the others (and their modules) are
    # made on first use, which keeps start-up short.

    @cached_property
    def documents(self) -> DocumentService:
        from emeeting.services.documents import DocumentService

        return DocumentService(self.store, self.paper_keys)

    @cached_property
    def search(self) -> SearchService:
        from emeeting.services.search import SearchService

        return SearchService(self.store)

    @cached_property
    def interchange(self) -> InterchangeService:
        from emeeting.services.interchange import InterchangeService

        return InterchangeService(self.store, self.meetings)

    @cached_property
    def publishing(self) -> PublishingService:
        from emeeting.services.publishing import PublishingService

        return PublishingService(self.meetings, self.minutes)

    @cached_property
    def evidence(self) -> EvidenceService:
        """The evidence pack of a meeting held on members' laptops (the e-Meeting Decree's records)."""
        from emeeting.services.evidence import EvidenceService

        return EvidenceService(self.store, self.meetings, self.minutes)

    @cached_property
    def board_book(self) -> BoardBookService:
        from emeeting.services.board_book import BoardBookService

        return BoardBookService(self.store, self.meetings, paper_keys=self.paper_keys)

    @cached_property
    def session(self) -> SessionService:
        from emeeting.services.session import SessionService

        return SessionService(self.store)

    @cached_property
    def minutes(self) -> MinutesService:
        from emeeting.services.minutes import MinutesService

        return MinutesService(self.store)

    @cached_property
    def audit(self) -> AuditService:
        from emeeting.services.audit import AuditService

        return AuditService(self.store)

    @cached_property
    def people(self) -> PeopleService:
        from emeeting.services.people import PeopleService

        return PeopleService(self.store)

    @cached_property
    def annotations(self) -> AnnotationService:
        """A reader's annotations on papers and agenda items."""
        from emeeting.services.annotations import AnnotationService

        return AnnotationService(self.store, self.documents)

    @cached_property
    def steps(self) -> UndoService:
        """Record what an operation changes; undo and redo it."""
        from emeeting.services.undo import UndoService

        return UndoService(self.store)

    @classmethod
    def open(cls, data_dir: Path, actor: str = "local", paper_keys: PaperKeySource | None = None) -> Services:
        return cls(Store.open(data_dir, actor), paper_keys)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def check(self) -> list[str]:
        """Every problem in the database and the stored documents, and every certified minutes whose frozen
        texts disagree with their hashes or with what the audit trail recorded when they were frozen;
        empty when all is well."""
        return self.check_report(with_notes=False).problems

    def check_report(self, *, with_notes: bool = True) -> CheckReport:
        """The problems ``check`` finds, and what it finds worth knowing but not wrong (notes): stored
        documents no record refers to (left by an interrupted import, say), which take space and may be
        removed; certified minutes that arrived by sync, whose audit trail is on the computer where they
        were certified. Without notes the blob folder is not listed a second time."""
        from emeeting.services.minutes import check_certifications

        problems = self.store.check()
        try:
            with self.store.read() as repo:
                certification = check_certifications(repo)
                referenced = repo.document_hashes()
        except EmeetingError:  # a damaged database: store.check has said so, and what to do
            return CheckReport(problems, [])
        problems += certification.problems
        if not with_notes:
            return CheckReport(problems, [])
        orphans = sorted(set(self.store.blobs.all_hashes()) - referenced)
        if not orphans:
            return CheckReport(problems, certification.notes)
        size = sum(self.store.blobs.path(sha).stat().st_size for sha in orphans)
        return CheckReport(
            problems,
            [
                *certification.notes,
                f"note: {len(orphans)} stored document(s) ({size} bytes) in blobs/ belong to no record: "
                + ", ".join(f"{sha[:12]}…" for sha in orphans[:5])
                + (" …" if len(orphans) > 5 else ""),
            ],
        )

    def backup(self, dest: Path) -> None:
        self.store.backup(dest)
