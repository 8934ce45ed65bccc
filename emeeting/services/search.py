"""Search over everything the store holds: meetings, agenda items, minutes (drafts and every certified
version), action items, people and the text of every page of every paper, Thai and English alike.

The index is the store's (storage.search_index), kept up to date in each write transaction; this is the
asking side: the query parsed with the one Thai word breaker, the hits grouped by meeting with a snippet
each, a paper's matching pages together under the paper, and the papers that have no text to search
(scanned images) named rather than silently passed over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from emeeting.domain import model as m
from emeeting.domain.agenda import number_items
from emeeting.domain.search import Query, SearchFilter, SearchKind, Snippet, parse_query, snippet
from emeeting.storage.search_index import DRAFT_PART, NAME_PART, UNKNOWN_PAGE, IndexHit, PaperWithoutText
from emeeting.storage.store import Store

# Entries read from the index for one search (a paper's pages count one each): more than a screen shows,
# few enough to answer within a keystroke on a large archive; the rest is reached by narrowing the search.
DEFAULT_LIMIT = 100
MAX_LIMIT = 1_000_000  # more than any archive holds; what SQLite can be asked for


@dataclass(frozen=True)
class SearchHit:
    """One record that matched, with where it is and what to show.

    ``label`` is the record's own name (an agenda item's number and title, a paper's name, a person's
    name); ``page`` is the paper's best matching page (1-based; None for its name, or when the paper's
    text was read before pages were kept apart), ``pages`` every matching page in order; ``version`` a
    certified minutes' version (0: as certified, 1…: amendments; None: the draft); ``item_label`` the number
    of the agenda item a paper is attached to ("1.2"; "" for a meeting's own papers)."""

    kind: SearchKind
    entity_id: str
    label: str
    snippet: Snippet
    item_id: str | None = None
    page: int | None = None
    pages: tuple[int, ...] = ()
    version: int | None = None
    item_label: str = ""


@dataclass(frozen=True)
class MeetingHits:
    """The hits in one meeting (``meeting`` None: people, who belong to no meeting), best first."""

    meeting: m.Meeting | None
    committee: m.Committee | None
    hits: tuple[SearchHit, ...]

    @property
    def day(self) -> date | None:
        return None if self.meeting is None else self.meeting.start.astimezone().date()


@dataclass(frozen=True)
class SearchResults:
    text: str
    query: Query
    groups: tuple[MeetingHits, ...] = ()
    more: bool = False  # the index held more than were read: narrow the search to see them
    no_text: tuple[PaperWithoutText, ...] = ()  # papers in the searched meetings with no text to search

    @property
    def count(self) -> int:
        return sum(len(g.hits) for g in self.groups)


class SearchService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def search(
        self, text: str, where: SearchFilter | None = None, limit: int = DEFAULT_LIMIT
    ) -> SearchResults:
        limit = min(limit, MAX_LIMIT)
        query = parse_query(text, self._store.index_text.breaker)
        if query.empty:
            return SearchResults(text, query)
        with self._store.search_reader() as index:
            hits = index.search(query, where or SearchFilter(), limit + 1)  # one more: is there more?
            more, hits = len(hits) > limit, hits[:limit]
            meeting_ids = {h.meeting_id for h in hits if h.meeting_id is not None}
            no_text = tuple(index.papers_without_text(meeting_ids, self._store.is_sealed))
            names = index.paper_names({h.entity_id for h in hits if h.kind == SearchKind.PAPER})
            # Agenda items are named by their number, which needs their meeting's whole agenda; a paper
            # says which item it is attached to (two papers of one name are told apart).
            labelled = {
                h.meeting_id
                for h in hits
                if h.meeting_id is not None
                and (
                    h.kind in (SearchKind.AGENDA_ITEM, SearchKind.MINUTES)
                    or (h.kind == SearchKind.PAPER and h.item_id is not None)
                )
            }
            items = index.agenda_outlines(labelled) if labelled else []
        with self._store.read() as repo:
            meetings = {x.id: x for x in repo.select(m.Meeting, id=meeting_ids)} if meeting_ids else {}
            committees = {
                c.id: c for c in repo.select(m.Committee, id={x.committee_id for x in meetings.values()})
            }
        agendas: dict[str, list[m.AgendaItem]] = {}  # each meeting's items are numbered on its own agenda
        for item in items:
            agendas.setdefault(item.meeting_id, []).append(item)
        numbers = {k: v for agenda in agendas.values() for k, v in number_items(agenda).items()}
        item_titles = {i.id: f"{numbers.get(i.id, '')} {i.title}".strip() for i in items}
        needles = query.needles()
        groups: dict[str | None, list[SearchHit]] = {}
        papers: dict[str, list[IndexHit]] = {}
        for hit in hits:
            if hit.meeting_id is not None and hit.meeting_id not in meetings:
                continue  # its meeting went meanwhile
            if hit.kind == SearchKind.PAPER:
                if hit.entity_id in papers:
                    papers[hit.entity_id].append(hit)
                    continue
                papers[hit.entity_id] = [hit]  # its place; made once all its pages are read (below)
                groups.setdefault(hit.meeting_id, []).append(
                    SearchHit(hit.kind, hit.entity_id, "", Snippet(""))
                )
                continue
            groups.setdefault(hit.meeting_id, []).append(_hit(hit, needles, item_titles))
        for group in groups.values():
            for i, found in enumerate(group):
                if found.kind == SearchKind.PAPER:
                    group[i] = _paper(papers[found.entity_id], needles, names, numbers)
        return SearchResults(
            text,
            query,
            tuple(
                MeetingHits(
                    meetings.get(meeting_id or ""),
                    committees.get(meetings[meeting_id].committee_id) if meeting_id in meetings else None,
                    tuple(found),
                )
                for meeting_id, found in groups.items()
            ),
            more=more,
            no_text=no_text,
        )


def _hit(hit: IndexHit, needles: Sequence[str], item_titles: dict[str, str]) -> SearchHit:
    match hit.kind:
        case SearchKind.AGENDA_ITEM:
            label = item_titles.get(hit.entity_id, hit.title)
            return SearchHit(hit.kind, hit.entity_id, label, _snippet(hit, needles), hit.item_id)
        case SearchKind.MINUTES:
            label = item_titles.get(hit.item_id or "", "")
            version = None if hit.part == DRAFT_PART else hit.part
            return SearchHit(
                hit.kind, hit.entity_id, label, _snippet(hit, needles), hit.item_id, version=version
            )
        case _:
            return SearchHit(hit.kind, hit.entity_id, hit.title, _snippet(hit, needles), hit.item_id)


def _paper(
    hits: Sequence[IndexHit], needles: Sequence[str], names: dict[str, str], numbers: dict[str, str]
) -> SearchHit:
    """One paper's hits as one: its best page's snippet (or its name's), and every page that matched."""
    best = hits[0]
    pages = tuple(sorted(h.part for h in hits if h.part not in (NAME_PART, UNKNOWN_PAGE)))
    shown = next((h for h in hits if h.part != NAME_PART), best)
    return SearchHit(
        SearchKind.PAPER,
        best.entity_id,
        names.get(best.entity_id, best.title),
        _snippet(shown, needles),
        best.item_id,
        page=shown.part if shown.part not in (NAME_PART, UNKNOWN_PAGE) else None,
        pages=pages,
        item_label=numbers.get(best.item_id or "", ""),
    )


def _snippet(hit: IndexHit, needles: Sequence[str]) -> Snippet:
    """The text under the hit's title, around what was found; the title when only it matched (a title is
    the hit's label; pages and minutes have none)."""
    text = snippet(hit.text, needles)
    return text if text.marks or not hit.title else snippet(hit.title, needles)
