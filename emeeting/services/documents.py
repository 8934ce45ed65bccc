"""Documents: attaching files through intake, renaming, reordering, secrecy, removal."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from emeeting import paths
from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConversionError,
    EmeetingError,
    RejectedFileError,
    ValidationError,
)
from emeeting.intake import convert
from emeeting.intake.inspect import Inspected, inspect_files
from emeeting.services.frozen import is_certified, refuse_certified
from emeeting.services.records import cascade_delete, insert, replace
from emeeting.storage.blobs import BlobWriteError
from emeeting.storage.repository import Repository
from emeeting.storage.sealed import PaperKeySource
from emeeting.storage.store import Store


@dataclass(frozen=True)
class AttachResult:
    changes: Changes
    attached: tuple[m.Document, ...]
    rejected: tuple[RejectedFileError, ...]


@dataclass(frozen=True)
class Intake:
    """Files checked and their content stored in blobs/, not yet attached to anything.

    ``cancelled``: the user stopped the batch; ``accepted`` then holds only the files checked before that
    and ``unchecked`` counts the files never looked at."""

    accepted: tuple[Inspected, ...]
    rejected: tuple[RejectedFileError, ...]
    cancelled: bool = False
    unchecked: int = 0


#: Files per intake child: a child costs a fraction of a second to start, and cancelling and progress
#: take effect between batches.
INTAKE_BATCH = 4


def _attach_target(repo: Repository, meeting_id: str, item_id: str | None) -> m.Meeting:
    """The live meeting that documents are attached to; refuses a deleted item or one of another meeting."""
    meeting = repo.get(m.Meeting, meeting_id)
    if item_id is not None and repo.get(m.AgendaItem, item_id).meeting_id != meeting_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "that agenda item belongs to another meeting"))
    if item_id is not None and is_certified(repo, meeting_id):  # before any file is checked
        raise refuse_certified(meeting)
    return meeting


class DocumentService:
    def __init__(self, store: Store, paper_keys: PaperKeySource | None = None) -> None:
        self._store = store
        self._paper_keys = paper_keys

    def attach(
        self, meeting_id: str, item_id: str | None, paths: Sequence[Path], *, timeout_s: float = 30.0
    ) -> AttachResult:
        """Check every file (PDFs in a guarded subprocess), store the good ones once by content and attach
        them in order after the item's existing documents. A rejected file stores nothing."""
        self.check_target(meeting_id, item_id)  # fail fast, before any file is inspected
        return self.record(meeting_id, item_id, self.intake(paths, timeout_s=timeout_s))

    def check_target(self, meeting_id: str, item_id: str | None) -> None:
        """Refuse a meeting or agenda item that documents cannot be attached to."""
        self._store.require_writable()  # a read-only store: say so, not that each file "vanished"
        with self._store.read() as repo:
            _attach_target(repo, meeting_id, item_id)

    def intake(
        self,
        paths: Sequence[Path],
        *,
        timeout_s: float = 30.0,
        progress: Callable[[int], object] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Intake:
        """The slow half of attaching, touching no database row: check the files in batches and store the
        good ones' content. ``progress(done)`` is called after each batch; ``cancelled()`` is asked before
        each one. Runs on any thread; the short write is ``record``."""
        rejected: list[RejectedFileError] = []
        accepted: list[Inspected] = []
        paths = list(paths)
        for start in range(0, len(paths), INTAKE_BATCH):
            if cancelled is not None and cancelled():
                return Intake(tuple(accepted), tuple(rejected), cancelled=True, unchecked=len(paths) - start)
            for result in inspect_files(paths[start : start + INTAKE_BATCH], timeout_s=timeout_s):
                if isinstance(result, RejectedFileError):
                    rejected.append(result)
                elif (refused := self._store_content(result)) is not None:
                    rejected.append(refused)
                else:
                    accepted.append(result)
            if progress is not None:
                progress(min(start + INTAKE_BATCH, len(paths)))
        return Intake(tuple(accepted), tuple(rejected))

    def _store_content(self, found: Inspected) -> RejectedFileError | None:
        """Copy a checked file into blobs/. The file's own trouble rejects that file; the store's (a full
        disk, no permission: BlobWriteError) stops the whole attachment, saying what to do."""
        try:
            with found.path.open("rb") as source:
                self._store.blobs.put_stream(source, found.sha256)
        except BlobWriteError:
            raise
        except FileNotFoundError:
            return RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name}: the file vanished while it was being read"),
                name=found.path.name,
            )
        except PermissionError:
            return RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name}: cannot read the file: permission denied"),
                name=found.path.name,
            )
        except OSError as e:
            return RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name}: the file could not be read: {reason}"),
                name=found.path.name,
                reason=e.strerror or e,
            )
        except EmeetingError:  # the content read now is not the content checked
            return RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name}: the file changed or vanished while reading"),
                name=found.path.name,
            )
        return None

    def record(self, meeting_id: str, item_id: str | None, intake: Intake) -> AttachResult:
        """The short write after ``intake``: attach its accepted files in order after the item's existing
        documents, in one transaction."""
        if not intake.accepted:
            return AttachResult(Changes(), (), intake.rejected)
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
                for offset, found in enumerate(intake.accepted)
            )
            changes = insert(repo, *documents)
        return AttachResult(changes, documents, intake.rejected)

    def new_version(self, document_id: str, intake: Intake, *, base: m.Document | None = None) -> Changes:
        """Replace a paper's file with a new version (one file checked by ``intake``): the document keeps
        its id, name, place and class and takes the new file's content, hash, pages and text. Readers'
        annotations made on the earlier version follow it where they can (``services.annotations``).
        The earlier file stays in the store (the audit trail names it; undo brings it back).

        ``base``: the document as the new version was made from (a conversion); refused
        (StaleWriteError) when the paper changed since."""
        if len(intake.accepted) != 1:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a new version of a paper is one file"))
        found = intake.accepted[0]
        with self._store.transaction() as repo:
            current = repo.get(m.Document, document_id)
            return replace(
                repo,
                dataclasses.replace(
                    current,
                    file_name=found.path.name,
                    mime_type=found.mime_type,
                    size=found.size,
                    sha256=found.sha256,
                    page_count=found.page_count,
                    text=found.text,
                ),
                base=base,
            )

    @staticmethod
    def office() -> Path | None:
        """LibreOffice's program when it is installed (looked up on every call: installing it while the
        app runs needs no restart); None when it is not."""
        return convert.find_office()

    @staticmethod
    def convertible(document: m.Document) -> bool:
        """Whether LibreOffice can make a PDF of the document's file (Word, Excel, PowerPoint, text)."""
        return convert.can_convert(document.mime_type)

    def to_pdf(
        self,
        document: m.Document,
        *,
        timeout_s: float = convert.DEFAULT_TIMEOUT_S,
        cancelled: Callable[[], bool] | None = None,
    ) -> Intake:
        """The slow half of converting a paper that is not a PDF: LibreOffice makes a PDF of its stored
        file (in a temporary folder), and intake checks that PDF and stores it, touching no row. Then
        ``new_version(document.id, intake, base=document)`` makes it the paper's file, the original kept
        as its earlier version. Raises ConversionError when LibreOffice is missing, fails or takes too
        long (ConversionCancelled when ``cancelled()`` says the user stopped it), RejectedFileError when
        the PDF it made is refused; nothing is changed then."""
        name = convert.printable_name(document.file_name)
        if document.mime_type == convert.PDF:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name}: is already a PDF"), name=name)
        if not convert.can_convert(document.mime_type):
            raise ConversionError(
                QT_TRANSLATE_NOOP("Errors", "{name}: LibreOffice cannot convert this kind of file to PDF"),
                name=name,
            )
        if self.is_sealed(document):  # its content may not reach the disk in clear, even briefly
            raise ConversionError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name}: a confidential paper kept encrypted on this computer is not converted here",
                ),
                name=name,
            )
        office = self.office()
        if office is None:
            raise ConversionError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name}: LibreOffice is not installed on this computer; install it, or save the file as "
                    "PDF in the program that made it and attach the PDF",
                ),
                name=name,
            )
        source = self.content_path(document)
        with tempfile.TemporaryDirectory(prefix="emeeting-pdf-") as folder:
            pdf = convert.convert_to_pdf(
                source, document.mime_type, Path(folder), office=office, file_name=document.file_name,
                fonts=sorted((paths.resources_dir() / "fonts").glob("*.ttf")), timeout_s=timeout_s,
                cancelled=cancelled,
            )  # fmt: skip
            intake = self.intake([pdf])
        if intake.rejected:
            raise intake.rejected[0]
        return intake

    def update(self, document: m.Document, *, base: m.Document) -> Changes:
        """Rename or reclassify a document read as ``base``; the content and its place are fixed.

        Refused (StaleWriteError) when its name or class changed since ``base``; a reorder meanwhile
        is kept."""
        with self._store.transaction() as repo:
            current = repo.get(m.Document, document.id)
            kept = {
                name: getattr(current, name)
                for name in ("meeting_id", "item_id", "position", "file_name", "mime_type", "size", "sha256")
            }
            kept |= {"page_count": current.page_count, "text": current.text}
            repo.refuse_stale(dataclasses.replace(base, **kept))
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
        """Remove a document; the rest of its list closes up."""
        with self._store.transaction() as repo:
            document = repo.get(m.Document, document_id)
            changes = cascade_delete(repo, m.Document, [document_id])
            rest = repo.select(
                m.Document, order_by=("position",), meeting_id=document.meeting_id, item_id=document.item_id
            )
            return changes | _renumber(repo, rest)

    def content_path(self, document: m.Document) -> Path:
        """The verified file behind a document, for viewers; a sealed paper has none (``content``)."""
        return self._store.blobs.verified_path(document.sha256)

    def is_sealed(self, document: m.Document) -> bool:
        """Whether the document is a confidential paper kept encrypted here (a member's laptop)."""
        return self._store.is_sealed(document.sha256)

    def content(self, document: m.Document) -> Path | bytes:
        """What a viewer opens: the verified file, or, for a sealed paper, its bytes decrypted in memory
        (never written in clear); SealedPaperError when its key is gone or the file was altered."""
        if self.is_sealed(document):
            return self.content_bytes(document)
        return self.content_path(document)

    def content_bytes(self, document: m.Document) -> bytes:
        """The document's bytes, verified against its hash (decrypted in memory when sealed)."""
        if self.is_sealed(document):
            return self._store.sealed.read_bytes(document.sha256, self._paper_keys)
        return self._store.blobs.read_bytes(document.sha256)


def _renumber(repo: Repository, ordered: Sequence[m.Document]) -> Changes:
    """Positions 0, 1, 2 … in the given order, writing only the documents that move."""
    changes = Changes()
    for position, document in enumerate(ordered):
        if document.position != position:
            changes |= replace(repo, dataclasses.replace(document, position=position), "move")
    return changes
