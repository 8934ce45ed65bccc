"""The board book of a meeting for one reader: what goes in, and the file written whole or not at all.

What a reader receives follows the domain's rules: a member gets every item's papers except the closed
items they are recused from; a guest or presenter gets the open items' papers (only their own item's
when invited for one item). ลับที่สุด papers never leave the secretary's machine unless policy allows it
(``include_top_secret``); the others classed ลับ or higher carry a watermark with the reader's name, or
"secretariat copy" when the book is made for no one in particular.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from emeeting import paths
from emeeting.atomic_file import atomic_file, cannot_write
from emeeting.domain import model as m
from emeeting.domain.errors import (
    QT_TRANSLATE_NOOP,
    EmeetingError,
    NotFoundError,
    ValidationError,
)
from emeeting.services.meetings import MeetingService, agenda_entries
from emeeting.storage.sealed import PaperKeySource
from emeeting.storage.store import Store

if TYPE_CHECKING:  # the report module is imported when a book is made: the window starts without it
    from emeeting.reports.board_book import BoardBook, BookDocument, BookResult, Progress
    from emeeting.reports.thai_text import Fonts

PDF = "application/pdf"


def _highest(*levels: m.Secrecy) -> m.Secrecy:
    return max(levels, key=lambda s: s.rank)


class BoardBookService:
    def __init__(
        self,
        store: Store,
        meetings: MeetingService,
        font_dir: Path | None = None,
        paper_keys: PaperKeySource | None = None,
    ) -> None:
        """``paper_keys``: to open the confidential papers sealed on a member's laptop (in memory)."""
        self._store = store
        self._meetings = meetings
        self._paper_keys = paper_keys
        self._font_dir = font_dir or paths.resources_dir() / "fonts"
        self._fonts: Fonts | None = None  # loaded with the first book, kept: shaping caches, word list

    def readers(self, meeting_id: str) -> list[m.Person]:
        """The people invited to the meeting, who may each receive a board book, by name."""
        bundle = self._meetings.bundle(meeting_id)
        invited = {i.person_id for i in bundle.invitations}
        people = [p for p in bundle.people if p.id in invited]
        return sorted(people, key=lambda p: (p.first_name, p.last_name, p.id))

    def find_reader(self, meeting_id: str, text: str) -> m.Person:
        """An invitee by id, e-mail, full name ("สมชาย ใจดี") or name with title ("นายสมชาย ใจดี")."""
        wanted = " ".join(text.split()).casefold()
        readers = self.readers(meeting_id)
        found = [
            p
            for p in readers
            if wanted
            in {
                p.id.casefold(),
                p.email.casefold(),
                p.display_name.casefold(),
                f"{p.first_name} {p.last_name}".casefold(),
            }
        ]
        if len(found) == 1:
            return found[0]
        reference = self._reference(meeting_id)
        if found:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{reader} names {count} invitees of {reference}; give the id"),
                reader=repr(text),
                count=len(found),
                reference=reference,
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "{reader} is not invited to {reference}"),
            reader=repr(text),
            reference=reference,
        )

    def write(
        self,
        meeting_id: str,
        dest: Path,
        *,
        reader_id: str | None = None,
        lang: str | None = None,
        thai_digits: bool = False,
        include_top_secret: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BookResult:
        """Write the board book to ``dest`` (whole, or not at all). ``lang`` defaults to the committee's."""
        from emeeting.reports.board_book import build_board_book

        book = self.compose(
            meeting_id,
            reader_id=reader_id,
            lang=lang,
            thai_digits=thai_digits,
            include_top_secret=include_top_secret,
            bind_sealed=False,  # a file: a sealed paper in it would be in clear beside its sealed copy
        )
        try:
            with atomic_file(dest) as tmp:
                return build_board_book(book, tmp, self._load_fonts(), progress=progress, cancelled=cancelled)
        except OSError as e:
            raise cannot_write(dest, e) from None

    def render(self, meeting_id: str, *, reader_id: str | None = None) -> bytes:
        """The board book for ``reader_id`` as bytes made in memory, never written to a file: on a member's
        laptop it binds the sealed confidential papers, which must not reach the disk in clear."""
        import io

        from emeeting.reports.board_book import build_board_book

        book = self.compose(meeting_id, reader_id=reader_id)
        out = io.BytesIO()
        build_board_book(book, out, self._load_fonts())
        return out.getvalue()

    def _load_fonts(self) -> Fonts:
        from emeeting.reports.thai_text import Fonts

        if self._fonts is None:
            self._fonts = Fonts.load(self._font_dir)
        return self._fonts

    def compose(
        self,
        meeting_id: str,
        *,
        reader_id: str | None = None,
        lang: str | None = None,
        thai_digits: bool = False,
        include_top_secret: bool = False,
        bind_sealed: bool = True,
    ) -> BoardBook:
        """What the reader's book holds, with every stored document checked against its hash.
        ``bind_sealed``: whether confidential papers sealed here are bound (opened in memory), for a book
        shown in the app; a book written to a file lists them as not included."""
        from emeeting.reports.board_book import BoardBook, BookDocument, BookItem, Omission
        from emeeting.reports.wording import ReportOptions, Words

        bundle = self._meetings.bundle(meeting_id)
        language = lang or bundle.committee.language
        if language not in ("th", "en"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "no document language {lang}; use th or en"), lang=language
            )
        reader = self._reader(bundle, reader_id)
        may_read = self._rights(bundle, reader)
        meeting = bundle.meeting

        def document(doc: m.Document, level: m.Secrecy, allowed: bool) -> BookDocument:
            level = _highest(level, doc.secrecy)
            why: Omission | None = None
            if level is m.Secrecy.TOP_SECRET and not include_top_secret:
                why = Omission.TOP_SECRET
            elif not allowed:
                why = Omission.WITHHELD
            elif doc.mime_type != PDF:
                why = Omission.NOT_PDF
            elif not bind_sealed and self._store.is_sealed(doc.sha256):
                why = Omission.SEALED
            source = None
            if why is None:
                try:
                    source = self._source(doc.sha256)
                except EmeetingError:  # missing or damaged: `emeeting check` names it; the book goes on
                    why = Omission.MISSING
            return BookDocument(doc.name, source, level, why)

        levels: dict[str, m.Secrecy] = {}
        items: list[BookItem] = []
        for entry in agenda_entries(list(bundle.items), list(bundle.documents)):
            item = entry.item
            parent = levels.get(item.parent_id or "", meeting.secrecy)
            level = levels[item.id] = _highest(parent, item.secrecy)
            docs = tuple(document(d, level, may_read(item)) for d in entry.documents)
            items.append(BookItem(entry.number, item.title, entry.depth, level, docs))
        papers = sorted(
            (d for d in bundle.documents if d.item_id is None), key=lambda d: (d.position, d.name)
        )
        words = Words(ReportOptions(lang="th" if language == "th" else "en", thai_digits=thai_digits))
        return BoardBook(
            committee=bundle.committee.name,
            meeting_label=meeting.label,
            title=meeting.title,
            when=words("at_time", date=words.date(meeting.start), time=words.time(meeting.start)),
            place=meeting.place,
            secrecy=meeting.secrecy,
            reader=reader.display_name if reader else "",
            meeting_documents=tuple(document(d, meeting.secrecy, True) for d in papers),
            items=tuple(items),
            language=language,
            thai_digits=thai_digits,
        )

    # -- who reads -----------------------------------------------------------------------------------------

    def _source(self, sha256: str) -> Path | bytes:
        """A document's verified file, or a sealed paper's bytes opened in memory (never a file in clear)."""
        if self._store.is_sealed(sha256):
            return self._store.sealed.read_bytes(sha256, self._paper_keys)
        return self._store.blobs.verified_path(sha256)

    def _reader(self, bundle: m.MeetingBundle, reader_id: str | None) -> m.Person | None:
        if reader_id is None:
            return None
        with self._store.read() as repo:
            person = repo.find(m.Person, reader_id)
        if person is None or not any(i.person_id == reader_id for i in bundle.invitations):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{reader} is not invited to {reference}"),
                reader=person.display_name if person else repr(reader_id),
                reference=f"{bundle.committee.short_name}:{bundle.meeting.label}",
            )
        return person

    @staticmethod
    def _rights(bundle: m.MeetingBundle, reader: m.Person | None) -> Callable[[m.AgendaItem], bool]:
        """Whether the reader may receive an item's papers."""
        if reader is None:  # the secretariat's own copy
            return lambda _item: True
        invitations = [i for i in bundle.invitations if i.person_id == reader.id]
        member = any(i.role is m.InviteeRole.MEMBER for i in invitations)
        recused = {r.item_id for r in bundle.recusals if r.person_id == reader.id}
        parents = {i.id: i.parent_id for i in bundle.items}
        own_items = {i.item_id for i in invitations if i.item_id}
        everything = any(i.item_id is None for i in invitations)

        def under(item_id: str | None, roots: set[str]) -> bool:
            while item_id is not None:
                if item_id in roots:
                    return True
                item_id = parents.get(item_id)
            return False

        def may_read(item: m.AgendaItem) -> bool:
            if member:
                return not (item.closed and under(item.id, recused))
            if item.closed:
                return False
            return everything or under(item.id, own_items)

        return may_read

    def _reference(self, meeting_id: str) -> str:
        summary = self._meetings.view(meeting_id).summary
        return summary.reference
