"""Opening a search result where it lives: a meeting on its Details tab, an agenda item selected on the
Agenda tab, minutes on the Minutes tab at their item (certified ones: the version found, on the tab of
certified versions and amendments), an action item on the Meeting day at its item, a
person in the People dialog, a paper in the Documents tab's viewer at the page found with the words
highlighted; in the member's reader, the meeting's reading list at the item or the paper.

The meeting is selected in the navigator as a click would; the tab's own read may still be on its way, so
the result waits (one at a time: opening another drops it) for the screen that shows it to be loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from emeeting.domain.search import SearchKind
from emeeting.ui.search.search_field import Found
from emeeting.ui.shell.workspace import AGENDA, DETAILS, DOCUMENTS, MEETING_DAY, MINUTES

if TYPE_CHECKING:
    from emeeting.ui.shell.main_window import MainWindow


STATUS_MS = 6000  # how long a word in the status bar stays


class FoundOpener(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending: Found | None = None
        self._paper: Found | None = None  # waiting for its preview
        self._watching: set[str] = set()  # the lazily built screens already connected
        window.meeting_shown.connect(self._on_meeting_shown)

    def open(self, found: Found) -> None:
        window, hit = self._window, found.hit
        self._pending = self._paper = None
        if window.reader_view:
            from emeeting.ui.reader.reader_screen import FoundPlace

            if found.meeting_id is not None:
                place = FoundPlace(found.hit.item_id, _paper_id(found), found.hit.page, found.needle)
                if not window.reader.show_found(found.meeting_id, place):
                    window.statusBar().showMessage(
                        self.tr("That meeting is not among the meetings you read here."), STATUS_MS
                    )
            return
        if hit.kind is SearchKind.PERSON or found.meeting_id is None:
            window.open_people(hit.entity_id)
            return
        self._pending = found
        if window.workspace.meeting_id == found.meeting_id:
            self._show()
            return
        navigator = window.navigator
        if not navigator.select_meeting(found.meeting_id):  # hidden by the navigator's filter
            navigator.filter_edit.clear()
            navigator.select_meeting(found.meeting_id)

    def _on_meeting_shown(self, meeting_id: str) -> None:
        if self._pending is not None and self._pending.meeting_id == meeting_id:
            self._show()

    def _show(self) -> None:
        found = self._pending
        if found is None:
            return
        window, workspace, hit = self._window, self._window.workspace, found.hit
        match hit.kind:
            case SearchKind.AGENDA_ITEM:
                self._pending = None
                window.show_tab(AGENDA)
                workspace.agenda.select_item(hit.item_id or hit.entity_id)
            case SearchKind.MINUTES:
                window.show_tab(MINUTES)
                self._watch("minutes", workspace.minutes.loaded)
                if workspace.minutes.view is not None:
                    self._pending = None
                    if hit.item_id:
                        workspace.minutes.select_item(hit.item_id)
                    if hit.version is not None:  # certified: that version, as frozen or as amended
                        workspace.minutes.select_version(hit.version)
            case SearchKind.ACTION_ITEM:
                window.show_tab(MEETING_DAY)
                session = workspace.session
                self._watch("session", session.loaded)
                if session.view is not None:
                    self._pending = None
                    if hit.item_id:
                        session.select_item(hit.item_id)
                    session.item.records_tabs.setCurrentWidget(session.item.action_items)
            case SearchKind.PAPER:
                window.show_tab(DOCUMENTS)
                documents = workspace.documents
                self._watch("documents", documents.loaded)
                self._watch("preview", documents.preview_shown)
                if documents.meeting_id == found.meeting_id and documents.document_node(hit.entity_id):
                    self._pending = None
                    self._paper = found
                    documents.select_document(hit.entity_id)
                    if documents.previewed_id == hit.entity_id:
                        self._on_preview(hit.entity_id)
            case _:
                self._pending = None
                window.show_tab(DETAILS)

    def _watch(self, name: str, signal: object) -> None:
        """Connect a lazily built screen's signal once: its loads may complete what is pending."""
        if name in self._watching:
            return
        self._watching.add(name)
        if name == "preview":
            signal.connect(self._on_preview)  # type: ignore[attr-defined]
        else:
            signal.connect(lambda *_: self._show())  # type: ignore[attr-defined]

    def _on_preview(self, document_id: str) -> None:
        found, self._paper = self._paper, None
        if found is None or found.hit.entity_id != document_id:
            self._paper = found
            return
        page = found.hit.page
        self._window.workspace.documents.viewer.show_found(found.needle, None if page is None else page - 1)


def _paper_id(found: Found) -> str | None:
    return found.hit.entity_id if found.hit.kind is SearchKind.PAPER else None
