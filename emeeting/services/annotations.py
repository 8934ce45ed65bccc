"""A reader's annotations on the meeting's papers and notes on its agenda items.

Annotations are kept through the repository like any record (so undo works for them) but are no part of
the meeting's record (``kinds.KindFacts.personal``): certification does not freeze them and they are not
audited. Only their owner (the server account that made them) adds, edits, shares or deletes them; the
store also holds others' annotations shared with this account, received by sync, to read.

When a paper is replaced by a new version (the document keeps its id and gets another sha256), the owner's
text marks move to the new version where their quoted text is found in it (``reanchor``); the rest stay
on the version they were made on and are listed as "from the earlier version".
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from emeeting import paths
from emeeting.domain import model as m
from emeeting.domain.anchoring import QuoteIndex, line_rects, locate
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError, NotFoundError, ValidationError
from emeeting.domain.validation import validate
from emeeting.services.documents import DocumentService
from emeeting.services.meetings import stored_bundle
from emeeting.services.records import cascade_delete, insert, replace
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store

TEXT_MARKS = frozenset({m.AnnotationShape.HIGHLIGHT, m.AnnotationShape.UNDERLINE})
# What an edit may change; the rest (owner, meeting, shape, the paper or item) is the annotation's identity.
# Who sees it changes through ``share``.
_EDITABLE = frozenset({"sha256", "page", "geometry", "quote", "text", "color", "author"})
# Sharing with fewer people: those who had the annotation must lose it, which only a deletion tells them.
_NARROWER = frozenset(
    {
        (m.Sharing.COMMITTEE, m.Sharing.PRIVATE),
        (m.Sharing.SECRETARY, m.Sharing.PRIVATE),
        (m.Sharing.COMMITTEE, m.Sharing.SECRETARY),
    }
)


@dataclass(frozen=True)
class AnnotationView:
    """An annotation as a reader lists it: ``mine``, and ``earlier_version`` when it was made on a version
    of its paper that the document no longer holds; ``orphaned`` when its paper (or, for a note on an
    item, its agenda item) was removed from the meeting (a removed paper's marks are also
    ``earlier_version``): kept, listed apart, never silently lost."""

    annotation: m.Annotation
    mine: bool
    earlier_version: bool
    orphaned: bool = False


def _not_found(annotation_id: str) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("Errors", "no annotation with id {id}"), id=annotation_id)


def _not_yours() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "only its owner may change an annotation"))


def _check_place(repo: Repository, note: m.Annotation) -> None:
    """The paper or item an annotation is on is live and part of the annotation's meeting."""
    repo.get(m.Meeting, note.meeting_id)
    if note.item_id is not None and repo.get(m.AgendaItem, note.item_id).meeting_id != note.meeting_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "that agenda item belongs to another meeting"))
    if note.document_id is not None:
        document = repo.get(m.Document, note.document_id)
        if document.meeting_id != note.meeting_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "that paper belongs to another meeting"))


def _owned(repo: Repository, annotation_id: str, owner: str) -> m.Annotation:
    note = repo.find(m.Annotation, annotation_id)
    if note is None:
        raise _not_found(annotation_id)
    if note.owner != owner:
        raise _not_yours()
    return note


def _share(repo: Repository, note: m.Annotation, sharing: m.Sharing) -> tuple[m.Annotation, Changes]:
    if note.sharing == sharing:
        return note, Changes()
    if (note.sharing, sharing) not in _NARROWER:
        shared = dataclasses.replace(note, sharing=sharing)
        return shared, replace(repo, shared)
    again = dataclasses.replace(note, sharing=sharing, id=m.new_id())
    changes = cascade_delete(repo, m.Annotation, [note.id])
    return again, changes | insert(repo, again)


class AnnotationService:
    def __init__(self, store: Store, documents: DocumentService) -> None:
        self._store = store
        self._documents = documents

    # ---------------------------------------------------------------------------------------- writes

    def add(self, note: m.Annotation) -> Changes:
        """Store a new annotation. A mark on a paper is made on the version the document holds now."""
        validate(note)  # the field rules first: they say what is wrong with the annotation itself
        with self._store.transaction() as repo:
            _check_place(repo, note)
            if note.document_id is not None:
                document = repo.get(m.Document, note.document_id)
                if note.sha256 != document.sha256:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the annotation is made on another version of the paper than it holds now",
                        )
                    )
            return insert(repo, note)

    def edit(self, note: m.Annotation, *, base: m.Annotation) -> Changes:
        """Store ``note``, an edit of ``base`` by its owner: refused (StaleWriteError) when the stored
        annotation is no longer ``base``; its owner, meeting, shape, paper and item do not change."""
        with self._store.transaction() as repo:
            current = _owned(repo, base.id, base.owner)
            if note.id != base.id or note.owner != current.owner:
                raise _not_yours()
            fixed = {
                f.name
                for f in dataclasses.fields(m.Annotation)
                if f.name not in _EDITABLE and getattr(note, f.name) != getattr(base, f.name)
            }
            if fixed:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "an annotation keeps its paper, item, kind and sharing here; make a new one, or "
                        "change its sharing on its own",
                    )
                )
            return replace(repo, note, base=base)

    def share(self, annotation_id: str, sharing: m.Sharing, *, owner: str) -> tuple[m.Annotation, Changes]:
        """Change who sees the annotation besides its owner; returns it as it now is.

        Sharing it with more people is an edit. Sharing it with fewer takes it back from those who had
        it: the annotation is deleted (the deletion reaches everyone who received it) and comes back under
        a new id with the new sharing, for its owner and the people it is now shared with."""
        with self._store.transaction() as repo:
            return _share(repo, _owned(repo, annotation_id, owner), sharing)

    def change(self, base: m.Annotation, text: str, sharing: m.Sharing) -> tuple[m.Annotation, Changes]:
        """A note's new text and sharing in one transaction: both are stored or neither (an edit of
        ``base`` as ``edit`` does, then ``share``); returns the note as it now is."""
        with self._store.transaction() as repo:
            current = _owned(repo, base.id, base.owner)
            changes = Changes()
            if text != base.text:
                current = dataclasses.replace(base, text=text)
                changes = replace(repo, current, base=base)
            shared, more = _share(repo, current, sharing)
            return shared, changes | more

    def delete(self, annotation_id: str, *, owner: str) -> Changes:
        """Delete the annotation (a tombstone, which sync carries to the owner's other devices)."""
        with self._store.transaction() as repo:
            _owned(repo, annotation_id, owner)
            return cascade_delete(repo, m.Annotation, [annotation_id])

    # ------------------------------------------------------------------------------------------ reads

    def get(self, annotation_id: str) -> m.Annotation:
        with self._store.read() as repo:
            note = repo.find(m.Annotation, annotation_id)
        if note is None:
            raise _not_found(annotation_id)
        return note

    def for_meeting(self, meeting_id: str, *, owner: str) -> list[AnnotationView]:
        """My annotations of the meeting and the others' shared with me (this store holds only those),
        in the order of the paper, page and position."""
        with self._store.read() as repo:
            notes = repo.select(m.Annotation, meeting_id=meeting_id)
            return self._views(repo, notes, owner)

    def for_document(self, document_id: str, *, owner: str) -> list[AnnotationView]:
        """The annotations on one paper, those from an earlier version of it included (marked so)."""
        with self._store.read() as repo:
            notes = repo.select(m.Annotation, document_id=document_id)
            return self._views(repo, notes, owner)

    @staticmethod
    def _views(repo: Repository, notes: Sequence[m.Annotation], owner: str) -> list[AnnotationView]:
        shas: dict[str, str] = {}
        for note in notes:
            if note.document_id is not None and note.document_id not in shas:
                document = repo.find(m.Document, note.document_id)
                shas[note.document_id] = "" if document is None else document.sha256
        item_ids = {n.item_id for n in notes if n.item_id is not None and n.document_id is None}
        live_items = {i for i in item_ids if repo.find(m.AgendaItem, i) is not None}
        views = [
            AnnotationView(
                note,
                mine=note.owner == owner,
                earlier_version=note.document_id is not None and shas[note.document_id] != note.sha256,
                orphaned=(note.document_id is not None and not shas[note.document_id])
                or (note.document_id is None and note.item_id is not None and note.item_id not in live_items),
            )
            for note in notes
        ]
        return sorted(
            views,
            key=lambda v: (
                v.annotation.document_id or "",
                v.annotation.page,
                v.annotation.geometry,
                v.annotation.id,
            ),
        )

    # ------------------------------------------------------------------------------------ re-anchoring

    def write_summary(
        self, meeting_id: str, *, owner: str, dest: Path, lang: str = "th", thai_digits: bool = False
    ) -> int:
        """The summary of what ``owner`` can see annotated on the meeting's papers and items (their own
        and those shared with them), as a PDF written whole to ``dest``; the number of annotations in it.
        Those on confidential papers sealed here are left out (the summary says how many)."""
        from emeeting.atomic_file import atomic_file, cannot_write
        from emeeting.reports.annotation_summary import annotation_summary_pdf
        from emeeting.reports.thai_text import Fonts
        from emeeting.reports.wording import ReportOptions

        with self._store.read() as repo:
            bundle = stored_bundle(repo, meeting_id)
            notes = repo.select(m.Annotation, meeting_id=meeting_id)
        # Another reader's private notes never reach this store by sync; should one be here, it stays out.
        visible = [n for n in notes if n.owner == owner or n.sharing is not m.Sharing.PRIVATE]
        # Notes on a paper sealed here quote it and are sealed with it: the summary is a file in clear.
        sealed = {d.id for d in bundle.documents if self._documents.is_sealed(d)}
        kept = [n for n in visible if n.document_id not in sealed]
        options = ReportOptions(lang="th" if lang == "th" else "en", thai_digits=thai_digits)
        rendered = annotation_summary_pdf(
            bundle, kept, owner, date.today(), Fonts.load(paths.resources_dir() / "fonts"), options,
            left_out=len(visible) - len(kept),
        )  # fmt: skip
        try:
            with atomic_file(dest) as tmp:
                tmp.write_bytes(rendered.pdf)
        except OSError as error:
            raise cannot_write(dest, error) from None
        return len(kept)

    def write_annotated_copy(self, document_id: str, *, owner: str, dest: Path) -> int:
        """The paper with ``owner``'s annotations on its current version as standard PDF annotations,
        written whole to ``dest``; the stored paper is not touched. The number of annotations written."""
        from emeeting.reports.annotated_copy import write_annotated_copy

        with self._store.read() as repo:
            document = repo.get(m.Document, document_id)
            notes = [n for n in repo.select(m.Annotation, document_id=document_id) if n.owner == owner]
        if self._documents.is_sealed(document):
            # The copy would be the paper in clear beside its sealed file, for a lost laptop to give away.
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{name}” is a confidential paper kept encrypted on this computer: it is read and "
                    "annotated in the app only, and no copy of it is written to a file",
                ),
                name=document.name,
            )
        pdf = self._documents.content_bytes(document)
        return write_annotated_copy(pdf, [n for n in notes if n.sha256 == document.sha256], dest)

    def reanchor(
        self, *, owner: str, document_id: str | None = None, pages: Sequence[str] | None = None
    ) -> Changes:
        """Move the owner's text marks made on an earlier version of a paper to the version its document
        holds now, where their quoted text is found in it; everything else stays on its version.

        The new version is read page by page with where each character is drawn (a sealed paper decrypted
        in memory, its text never written): a mark moves to the page holding its quote nearest its old
        page, and its rectangles become those of the quote's characters there, line by line, so that it
        paints on the moved text. A paper that cannot be read here (not downloaded yet, its key gone, not
        a PDF) moves nothing: its marks stay on their version and are tried again at the next call.
        ``pages``: the new version's text page by page as a viewer has it, for ``document_id`` only; it
        then says which page a quote is on.
        """
        if pages is not None and document_id is None:
            raise ValueError("pages are the text of one document's pages")
        waiting: dict[str, list[m.Annotation]] = {}
        documents: dict[str, m.Document] = {}
        with self._store.read() as repo:
            # Only the marks whose paper now holds other bytes are read (usually none: nothing to do).
            for note in repo.marks_on_earlier_versions(owner, TEXT_MARKS, document_id):
                if note.document_id is None or not note.quote.strip():
                    continue
                if note.document_id not in documents:
                    document = repo.find(m.Document, note.document_id)
                    if document is None:
                        continue
                    documents[note.document_id] = document
                if documents[note.document_id].sha256 != note.sha256:
                    waiting.setdefault(note.document_id, []).append(note)
        # The papers are read outside the write: a long paper does not hold the store meanwhile.
        moved: list[tuple[m.Annotation, m.Annotation]] = []
        for doc_id, notes in waiting.items():
            moved += self._placed(documents[doc_id], notes, pages)
        changes = Changes()
        if not moved:
            return changes
        with self._store.transaction() as repo:
            for before, after in moved:
                document = repo.find(m.Document, after.document_id or "")
                # Edited, or the paper replaced again, meanwhile: left for the next call.
                if repo.find(m.Annotation, before.id) != before or document is None:
                    continue
                if document.sha256 == after.sha256:
                    changes |= replace(repo, after)
            return changes

    def _placed(
        self, document: m.Document, notes: Sequence[m.Annotation], pages: Sequence[str] | None
    ) -> list[tuple[m.Annotation, m.Annotation]]:
        """The notes whose quote the document's current version holds, each with itself moved to it:
        the page there and the rectangles of the quote's characters."""
        from emeeting.intake.text_layer import TextLayer, UnreadablePdf

        try:
            layer = TextLayer(self._documents.content_bytes(document))
        except (EmeetingError, OSError, UnreadablePdf):
            return []
        with layer:
            page_texts = layer.pages()
            index = QuoteIndex(page_texts if pages is None else pages)
            out: list[tuple[m.Annotation, m.Annotation]] = []
            for note in notes:
                page = index.find(note.quote, note.page)
                if page is None or page >= layer.page_count:
                    continue
                span = locate(note.quote, page_texts[page])
                rects = [] if span is None else line_rects(layer.boxes(page, *span))
                geometry = (
                    json.dumps([[round(v, 2) for v in rect] for rect in rects]) if rects else note.geometry
                )
                moved = dataclasses.replace(note, sha256=document.sha256, page=page, geometry=geometry)
                out.append((note, moved))
            return out
