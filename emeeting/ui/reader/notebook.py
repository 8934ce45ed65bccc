"""The reader's notebook: my annotations of the meeting on screen, and those shared with me, read once per
meeting (and again when annotations, papers or items change) and handed to the "My annotations" tab
(``annotation_list``), to the notes under the chosen agenda item (``item_notes``) and to the exports
(``annotation_exports``). Every change (sharing, text, deletion, a new note on an item) goes through the
window's undo history, like any edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.services.annotations import AnnotationView
from emeeting.services.container import Services
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.task_runner import LatestRead

if TYPE_CHECKING:
    from emeeting.ui.reader.reader_screen import ReaderScreen

# What the notebook reads again when one of these changes: the annotations, and the papers and items they
# are on (a paper replaced or removed moves its marks to another section).
_NOTEBOOK_KINDS = (Kind.ANNOTATION, Kind.DOCUMENT, Kind.AGENDA_ITEM)


@dataclass(frozen=True)
class Place:
    """A paper or an agenda item as the notebook names it, and where it comes in the agenda."""

    name: str
    order: int


@dataclass(frozen=True)
class NotebookData:
    """One meeting's annotations for one reader, with the names of the papers and items they are on."""

    meeting_id: str
    owner: str
    author: str  # the reader's name as others see it, for the notes made here
    language: str  # the committee's ("th" or "en"): the summary's language unless the reader picks another
    views: tuple[AnnotationView, ...] = ()
    papers: dict[str, Place] = field(default_factory=dict)  # live papers by id
    items: dict[str, Place] = field(default_factory=dict)  # live agenda items by id, "4.1 title"

    def item_notes(self, item_id: str) -> list[AnnotationView]:
        return [
            v
            for v in self.views
            if v.annotation.shape is m.AnnotationShape.ITEM_NOTE and v.annotation.item_id == item_id
        ]

    def find(self, annotation_id: str) -> AnnotationView | None:
        return next((v for v in self.views if v.annotation.id == annotation_id), None)


def load_notebook(services: Services, meeting_id: str, owner: str, person_id: str | None) -> NotebookData:
    """The notebook of ``meeting_id`` for ``owner`` (a read: call it off the GUI thread)."""
    view = services.meetings.view(meeting_id)
    papers: dict[str, Place] = {}
    items: dict[str, Place] = {}
    order = 0
    for entry in view.agenda:
        items[entry.item.id] = Place(f"{entry.number} {entry.item.title}", order)
        order += 1
        for paper in entry.documents:
            papers[paper.id] = Place(paper.name, order)
            order += 1
    for paper in view.meeting_documents:
        papers[paper.id] = Place(paper.name, order)
        order += 1
    person = view.people.get(person_id or "")
    if person is None and person_id:
        person = services.records.find(m.Person, person_id)
    return NotebookData(
        meeting_id,
        owner,
        person.display_name if person is not None else owner,
        view.summary.committee.language,
        tuple(services.annotations.for_meeting(meeting_id, owner=owner)),
        papers,
        items,
    )


class Notebook(QObject):
    """Reads the notebook of the meeting the reader shows and writes the reader's changes to it.

    ``loaded(data)`` fires with every fresh read (``NotebookData``); ``jumped(annotation_id)`` when the
    reader was taken to an annotation."""

    loaded = Signal(object)
    jumped = Signal(str)

    def __init__(self, context: UiContext, reader: ReaderScreen) -> None:
        super().__init__(reader)
        self._context = context
        self._reader = reader
        self._read = LatestRead(context.runner)
        self.data: NotebookData | None = None
        self._page_wanted: tuple[str, int] | None = None  # (paper, page) to show once the paper is open
        reader.meeting_shown.connect(self._on_meeting_shown)
        reader.paper_opened.connect(self._on_paper_opened)
        context.bus.changed.connect(self._on_changes)

    # -- reading ---------------------------------------------------------------------------------------

    def _on_meeting_shown(self, meeting_id: str) -> None:
        if self.data is None or self.data.meeting_id != meeting_id:
            self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if self.data is not None and any(changes.concerns(kind) for kind in _NOTEBOOK_KINDS):
            self.reload()

    def reload(self) -> None:
        meeting_id = self._reader.current_meeting_id()
        if not meeting_id:
            return
        services = self._context.services
        owner, person_id = self._reader.annotation_owner(), self._reader.reader_person_id()
        # A failed read is the meeting gone meanwhile (removed by a sync): the reader shows what is left,
        # and the notebook shows nothing rather than stopping the reader with a message of its own.
        self._read.read(
            lambda: load_notebook(services, meeting_id, owner, person_id),
            self._show,
            lambda _error, _message: self._show(NotebookData(meeting_id, owner, owner, "th")),
        )

    def _show(self, data: NotebookData) -> None:
        self.data = data
        self.loaded.emit(data)

    # -- writing ---------------------------------------------------------------------------------------

    def _run(self, text: str, work: Callable[[], Changes]) -> None:
        self._context.history.run(text, work)

    def share(self, view: AnnotationView, sharing: m.Sharing) -> None:
        """Who sees one of my annotations besides me."""
        if not view.mine or view.annotation.sharing is sharing:
            return
        annotations = self._context.services.annotations
        note = view.annotation
        self._run(
            self.tr("Change who sees an annotation"),
            lambda: annotations.share(note.id, sharing, owner=note.owner)[1],
        )

    def change(self, view: AnnotationView, text: str, sharing: m.Sharing) -> None:
        """A note's new text and sharing, as one step (none when the note is saved as it was)."""
        if not view.mine or (text == view.annotation.text and sharing is view.annotation.sharing):
            return
        annotations = self._context.services.annotations
        base = view.annotation
        # One transaction: a refused sharing leaves the text as it was too.
        self._run(self.tr("Edit a note"), lambda: annotations.change(base, text, sharing)[1])

    def delete(self, view: AnnotationView) -> None:
        if not view.mine:
            return
        annotations = self._context.services.annotations
        note = view.annotation
        self._run(self.tr("Delete an annotation"), lambda: annotations.delete(note.id, owner=note.owner))

    def add_item_note(self, item_id: str, text: str, sharing: m.Sharing) -> None:
        """A note of mine on an agenda item of the meeting on screen."""
        data = self.data
        if data is None or not text.strip():
            return
        note = m.Annotation(
            data.meeting_id,
            data.owner,
            m.AnnotationShape.ITEM_NOTE,
            item_id=item_id,
            text=text.strip(),
            sharing=sharing,
            author=data.author,
        )
        annotations = self._context.services.annotations
        self._run(self.tr("Add a note on an item"), lambda: annotations.add(note))

    # -- going to an annotation ------------------------------------------------------------------------

    def jump(self, view: AnnotationView) -> bool:
        """Show the annotation: its paper at its page (the mark emphasised where the viewer can), or, for a
        note on an item, the item in the reading list. False when there is nothing left to show."""
        note = view.annotation
        if view.orphaned:
            return False
        if note.shape is m.AnnotationShape.ITEM_NOTE:
            if note.item_id is None:
                return False
            self._reader.show_agenda()
            self._reader.focus_item(note.item_id)
        else:
            show_annotation = getattr(self._reader, "show_annotation", None)
            if callable(show_annotation):
                show_annotation(note.id)
            elif note.document_id is not None:
                self.open_paper_at_page(note.document_id, note.page)
        self.jumped.emit(note.id)
        return True

    def open_paper_at_page(self, paper_id: str, page: int) -> None:
        """Open the paper and go to ``page`` (used until the viewer shows annotations themselves:
        ``ReaderScreen.show_annotation`` takes over where it exists)."""
        viewer = self._reader.viewer
        if self._reader.open_paper_id() == paper_id and viewer.page_count:
            viewer.go_to_page(min(page, viewer.page_count - 1))
            return
        self._page_wanted = (paper_id, page)
        self._reader.open_paper(paper_id)

    def _on_paper_opened(self, paper_id: str) -> None:
        wanted, self._page_wanted = self._page_wanted, None
        if wanted is not None and wanted[0] == paper_id:
            viewer = self._reader.viewer
            viewer.go_to_page(min(wanted[1], max(viewer.page_count - 1, 0)))
