"""Documents: attaching files through intake, renaming, reordering, secrecy, removal."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError, RejectedFileError, ValidationError
from emeeting.intake.inspect import Inspected, inspect_files
from emeeting.services.records import cascade_delete, insert, replace
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store


@dataclass(frozen=True)
class AttachResult:
    changes: Changes
    attached: tuple[m.Document, ...]
    rejected: tuple[RejectedFileError, ...]


def _attach_target(repo: Repository, meeting_id: str, item_id: str | None) -> m.Meeting:
    """The live meeting that documents are attached to; refuses a deleted item or one of another meeting."""
    meeting = repo.get(m.Meeting, meeting_id)
    if item_id is not None and repo.get(m.AgendaItem, item_id).meeting_id != meeting_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "that agenda item belongs to another meeting"))
    return meeting


class DocumentService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def attach(
        self, meeting_id: str, item_id: str | None, paths: Sequence[Path], *, timeout_s: float = 30.0
    ) -> AttachResult:
        """Check every file (PDFs in a guarded subprocess), store the good ones once by content and attach
        them in order after the item's existing documents. A rejected file stores nothing."""
        with self._store.read() as repo:  # fail fast, before any file is inspected
            _attach_target(repo, meeting_id, item_id)
        rejected: list[RejectedFileError] = []
        accepted: list[Inspected] = []
        for result in inspect_files(list(paths), timeout_s=timeout_s):
            if isinstance(result, RejectedFileError):
                rejected.append(result)
                continue
            try:
                with result.path.open("rb") as source:
                    self._store.blobs.put_stream(source, result.sha256)
            except (OSError, EmeetingError):
                rejected.append(
                    RejectedFileError(
                        QT_TRANSLATE_NOOP("Errors", "{name}: the file changed or vanished while reading"),
                        name=result.path.name,
                    )
                )
                continue
            accepted.append(result)
        if not accepted:
            return AttachResult(Changes(), (), tuple(rejected))
        with self._store.transaction() as repo:
            # Again inside the write: the meeting or the item may have been deleted while files were checked.
            meeting = _attach_target(repo, meeting_id, item_id)
            position = len(repo.select(m.Document, meeting_id=meeting_id, item_id=item_id))
            documents = tuple(
                m.Document(
                    meeting_id,
                    name=found.path.stem,
                    file_name=found.path.name,
                    mime_type=found.mime_type,
                    size=found.size,
                    sha256=found.sha256,
                    item_id=item_id,
                    position=position + offset,
                    page_count=found.page_count,
                    text=found.text,
                    secrecy=meeting.secrecy,
                )
                for offset, found in enumerate(accepted)
            )
            changes = insert(repo, *documents)
        return AttachResult(changes, documents, tuple(rejected))

    def update(self, document: m.Document) -> Changes:
        """Rename or reclassify; the content and its place are fixed."""
        with self._store.transaction() as repo:
            current = repo.get(m.Document, document.id)
            kept = {
                name: getattr(current, name)
                for name in ("meeting_id", "item_id", "position", "file_name", "mime_type", "size", "sha256")
            }
            kept |= {"page_count": current.page_count, "text": current.text}
            return replace(repo, dataclasses.replace(document, **kept))

    def reorder(self, meeting_id: str, item_id: str | None, ordered_ids: Sequence[str]) -> Changes:
        """Put an item's documents in the given order."""
        with self._store.transaction() as repo:
            documents = {d.id: d for d in repo.select(m.Document, meeting_id=meeting_id, item_id=item_id)}
            if sorted(ordered_ids) != sorted(documents):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the new order must list exactly the documents of that agenda item"
                    )
                )
            changes = Changes()
            for position, doc_id in enumerate(ordered_ids):
                if documents[doc_id].position != position:
                    changes |= replace(
                        repo, dataclasses.replace(documents[doc_id], position=position), "move"
                    )
            return changes

    def remove(self, document_id: str) -> Changes:
        with self._store.transaction() as repo:
            document = repo.get(m.Document, document_id)
            changes = cascade_delete(repo, m.Document, [document_id])
            rest = repo.select(
                m.Document, order_by=("position",), meeting_id=document.meeting_id, item_id=document.item_id
            )
            for position, doc in enumerate(rest):
                if doc.position != position:
                    changes |= replace(repo, dataclasses.replace(doc, position=position), "move")
            return changes

    def content_path(self, document: m.Document) -> Path:
        """The verified file behind a document, for viewers."""
        return self._store.blobs.verified_path(document.sha256)
