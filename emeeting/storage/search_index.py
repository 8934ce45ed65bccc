"""The full-text search index in the store's own database, kept up to date in the transaction that
changes what it indexes.

Triggers on the indexed tables (made by migration 0010, with the FTS5 table) note each changed row in
``search_queue``, whoever writes it: the services, sync, undo, a restore. Before every commit the store
calls ``catch_up``, which rewrites those rows' entries, so a committed change is found at once and a
rolled-back one never was. Each entry is one searchable thing (a meeting, an agenda item, a paper's name
or one of its pages, a minutes text, an action item, a person) with what filters and groups it (meeting,
committee, meeting day, kind). ``search_fts`` is an FTS5 index over the entries' text (external content:
the text is kept once, in ``search_entries``, with its Thai words marked; see ``domain.search``).

What exists in the store is what may be found: a member's laptop holds only what the server let that
member see (title-only copies of closed headings, confidential papers without their text), so nothing
else can be found there.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta

from emeeting.domain.errors import QT_TRANSLATE_NOOP, StoreError
from emeeting.domain.kinds import Kind
from emeeting.domain.model import PAGE_BREAK, AgendaItem, Person
from emeeting.domain.search import (
    WORD_MARK,
    IndexText,
    Query,
    SearchFilter,
    SearchKind,
    fold,
    parse_query,
)
from emeeting.storage.codec import datetime_from_db

# Raised whenever what the index holds for a text changes (the segmenter, the columns): a store whose
# index was built otherwise is rebuilt when it is next opened for writing.
INDEX_FORMAT = "3"  # 2: rowids follow the meetings' days; 3: a compound's first word among its parts
DAMAGED = "damaged"  # the format noted when a write found the index damaged: rebuilt at the next opening
SEARCH_TABLES = ("search_entries", "search_queue", "search_meta")
FTS_TABLE = "search_fts"
# Title, text, inner words: a word in a title counts most, a word found only inside a compound least.
_WEIGHTS = "8.0, 1.0, 0.4"
# A word on more entries than this only narrows a search; the others rank it (see ``SearchIndex.search``):
# FTS5's bm25 costs a few microseconds an entry, and a search must answer while the user types.
SELECTIVE_ENTRIES = 2500
_DAY_SHIFT = 24  # an entry's rowid: its meeting's day (date.toordinal) << _DAY_SHIFT | a running number
_DAY_SPAN = 1 << _DAY_SHIFT


def _first_rowid(day: date) -> int:
    return day.toordinal() << _DAY_SHIFT


# The indexed kinds: migration 0010's triggers note every change to their rows (the columns that change
# their entries) in ``search_queue``.
WATCHED = (
    Kind.MEETING,
    Kind.AGENDA_ITEM,
    Kind.DOCUMENT,
    Kind.ACTION_ITEM,
    Kind.PERSON,
    Kind.MINUTES_ENTRY,
    Kind.MINUTES_VERSION,
)
# FTS5's own tables behind search_fts (its content is search_entries': no _content table).
_FTS_SHADOWS = tuple(f"{FTS_TABLE}_{suffix}" for suffix in ("data", "idx", "config", "docsize"))


def _triggers() -> tuple[str, ...]:
    """The triggers that note changes, as migration 0010 names them."""
    return tuple(
        f"search_{kind.table}_{change}" for kind in WATCHED for change in ("insert", "update", "delete")
    )


def index_structure() -> frozenset[str]:
    """The names of everything the index is made of in the database: its tables, FTS5's own, the triggers."""
    return frozenset((*SEARCH_TABLES, FTS_TABLE, *_FTS_SHADOWS, *_triggers()))


_SOURCES = frozenset(kind.value for kind in WATCHED)
_SEARCH_KINDS = frozenset(kind.value for kind in SearchKind)
NAME_PART = 0  # a paper's entry for its name; its pages are parts 1, 2, …
UNKNOWN_PAGE = -1  # text extracted before pages were kept apart: one entry, page not known
# Told the rows indexed so far and how many there are (a rebuild of a large archive takes minutes).
Progress = Callable[[int, int], None]
PROGRESS_EVERY = 50

DRAFT_PART = -1  # the minutes as drafted; certified versions are parts 0 (certified), 1, 2 (amendments)


def is_index_damage(error: sqlite3.Error) -> bool:
    """FTS5's word for its own structures found damaged (the records themselves are unaffected)."""
    return getattr(error, "sqlite_errorname", "") == "SQLITE_CORRUPT_VTAB"


def damaged_index_error() -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the search index is damaged; rebuild it with `emeeting check --reindex` (the records "
            "themselves are not affected)",
        )
    )


@dataclass(frozen=True)
class Entry:
    kind: SearchKind
    part: int
    meeting_id: str | None
    item_id: str | None
    title: str
    text: str


@dataclass(frozen=True)
class IndexHit:
    """One entry that matched, best first."""

    kind: SearchKind
    source: Kind
    entity_id: str
    part: int
    meeting_id: str | None
    item_id: str | None
    committee_id: str | None
    day: str | None  # the meeting's day, ISO
    title: str  # as written (a label to show)
    text: str  # the entry's text with its Thai words marked (domain.search.snippet reads it)
    score: float


@dataclass(frozen=True)
class PaperWithoutText:
    """A paper that has no text to search: a scan or a picture (no text layer), or, on a member's laptop,
    a confidential paper, whose text is never kept there in clear (``sealed``)."""

    document_id: str
    meeting_id: str
    name: str
    sealed: bool


@dataclass(frozen=True)
class _Meeting:
    committee_id: str
    day: str
    live: bool


# An entry's title and text as Query.holds_phrases compares them: lower case (SQLite's lower(): ASCII
# only), without word marks and whitespace.
def _squeezed_sql() -> str:
    sql = "lower(e.title || e.words)"
    for gap in (WORD_MARK, " ", "\n", "\t", "\r", "\f", "\xa0"):
        sql = f"replace({sql}, char({ord(gap)}), '')"
    return sql


_SQUEEZED = _squeezed_sql()


def _written_as(exact: Sequence[str]) -> list[str]:
    """What the text must hold for each phrase, in the form SQLite can look for it, where that form is
    the same as Python's and quick for SQLite to read: ASCII without digits (which fold from Thai)."""
    squeezed = ["".join(fold(text).split()).replace(WORD_MARK, "") for text in exact]
    return [text for text in squeezed if text and text.isascii() and not any(c.isdigit() for c in text)]


class SearchIndex:
    """The index over one connection (inside the caller's transaction)."""

    def __init__(
        self, conn: sqlite3.Connection, text: IndexText, *, selective_entries: int = SELECTIVE_ENTRIES
    ) -> None:
        self._conn = conn
        self._text = text
        self._selective = selective_entries
        self._meetings: dict[str, _Meeting | None] = {}
        self._last_rowid: dict[int, int] = {}  # per day: the last rowid given out (``_next_rowid``)

    # -- keeping it up to date -------------------------------------------------------------------

    def pending(self) -> bool:
        return self._conn.execute("SELECT 1 FROM search_queue LIMIT 1").fetchone() is not None

    def catch_up(self) -> int:
        """Rewrite the entries of every row noted since the last catch-up; how many rows that was.

        A damaged index never stops the change it follows: what was noted stays noted, the index is
        marked damaged (searching says so, ``check`` says so, and the next opening of the store rebuilds
        it) and the change commits."""
        try:
            pending = self.pending()
        except sqlite3.OperationalError:
            return 0  # a database before the index (0010), being written before its upgrade
        if not pending:
            return 0
        self._conn.execute("SAVEPOINT search_catch_up")
        try:
            count = self._catch_up()
            # FTS5 writes what it holds in memory when the savepoint is released, where an error ends
            # the whole transaction; a step of merging writes it now, where a damaged index fails this
            # statement alone.
            self._conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('merge', 1)")
            self._conn.execute("RELEASE search_catch_up")
        except sqlite3.DatabaseError as e:
            if not is_index_damage(e) and not self.missing():  # parts dropped behind the store's back
                raise
            try:
                self._conn.execute("ROLLBACK TO search_catch_up")
                self._conn.execute("RELEASE search_catch_up")
            except sqlite3.OperationalError:  # SQLite ended the transaction: nothing of it is kept
                raise damaged_index_error() from None
            with suppress(sqlite3.OperationalError):  # without search_meta, it is not "built" anyway
                self._conn.execute(
                    "INSERT OR REPLACE INTO search_meta (key, value) VALUES ('format', ?)", [DAMAGED]
                )
            return 0
        return count

    def _catch_up(self, progress: Progress | None = None) -> int:
        by_kind = self._take_noted({})
        if not by_kind:
            return 0
        meetings = by_kind.pop(Kind.MEETING, {})
        for meeting_id in meetings:  # first: the others read their meeting
            self._meeting_changed(meeting_id)
        # A meeting new or brought back (undo of a delete, a rebuild) noted its records just now: each
        # record is indexed once, however often it was noted.
        self._take_noted(by_kind)
        total = len(meetings) + sum(len(ids) for ids in by_kind.values())
        done = len(meetings)
        for kind, ids in by_kind.items():
            for entity_id in ids:
                self._reindex(kind, entity_id)
                done += 1
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, total)
        if progress is not None:
            progress(total, total)
        return total

    def _take_noted(self, by_kind: dict[Kind, dict[str, None]]) -> dict[Kind, dict[str, None]]:
        """The rows noted since the last look added to ``by_kind`` (each once, in the order noted), the
        notes taken away."""
        for source, entity_id in self._conn.execute("SELECT source, entity_id FROM search_queue").fetchall():
            if source in _SOURCES:  # a note of another program's, naming nothing indexed, is dropped
                by_kind.setdefault(Kind(source), {})[entity_id] = None
        self._conn.execute("DELETE FROM search_queue")
        return by_kind

    def rebuild(self, progress: Progress | None = None) -> int:
        """Empty the index and index every live row again; how many rows were indexed. ``progress`` is told
        the rows indexed so far and how many there are, now and then."""
        self._conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")
        self._conn.execute("DELETE FROM search_entries")
        self._conn.execute("DELETE FROM search_queue")
        for kind in WATCHED:
            self._conn.execute(
                "INSERT OR IGNORE INTO search_queue (source, entity_id) "
                f"SELECT ?, id FROM {kind.table} WHERE deleted = 0",
                [kind.value],
            )
        count = self._catch_up(progress)
        self._conn.execute(
            "INSERT OR REPLACE INTO search_meta (key, value) VALUES ('format', ?)", [INDEX_FORMAT]
        )
        return count

    def damaged(self) -> bool:
        """Whether a write found the index damaged (and left it to be rebuilt)."""
        return self._format() == DAMAGED

    def compact(self) -> None:
        """Rewrite the FTS5 index whole, so that the words of entries dropped since are nowhere in it (FTS5
        keeps them in its segments, marked deleted, until the segments merge; the database's secure_delete
        then overwrites the pages they leave). For text that must leave this computer: costs a rewrite."""
        self._conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")

    def built(self) -> bool:
        """Whether the index is whole and was built in this version's format (else ``rebuild`` is due)."""
        return not self.missing() and self._format() == INDEX_FORMAT

    def missing(self) -> list[str]:
        """The parts of the index gone from the database (dropped behind the store's back)."""
        present = {name for (name,) in self._conn.execute("SELECT name FROM sqlite_master")}
        return sorted(index_structure() - present)

    def remake(self, schema: Sequence[tuple[str, str, str, str]]) -> None:
        """Drop what is left of the index and make it again, empty, as the migrations make it in a new
        store, whose ``sqlite_master`` rows (type, name, table, SQL) are ``schema``. For an index whose
        parts were dropped behind the store's back; ``rebuild`` then fills it."""
        for trigger in _triggers():
            self._conn.execute(f'DROP TRIGGER IF EXISTS "{trigger}"')
        try:
            self._conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        except sqlite3.OperationalError:
            # FTS5 cannot open itself to drop itself without its config or data table: its line in the
            # schema is taken out instead (SQLite's way for a virtual table that cannot be constructed).
            self._conn.execute("PRAGMA writable_schema = ON")
            self._conn.execute("DELETE FROM sqlite_master WHERE type = 'table' AND name = ?", [FTS_TABLE])
            self._conn.execute("PRAGMA writable_schema = RESET")
        for table in (*_FTS_SHADOWS, *SEARCH_TABLES):
            self._conn.execute(f'DROP TABLE IF EXISTS "{table}"')
        wanted = index_structure() - set(_FTS_SHADOWS)  # FTS5 makes its own with its table
        order = {"table": 0, "index": 1, "trigger": 2}
        for _type, name, table, sql in sorted(schema, key=lambda row: order.get(row[0], len(order))):
            if sql and (name in wanted or (_type == "index" and table in SEARCH_TABLES)):
                self._conn.execute(sql)

    def _format(self) -> str | None:
        row = self._conn.execute("SELECT value FROM search_meta WHERE key = 'format'").fetchone()
        return None if row is None else str(row[0])

    def _meeting(self, meeting_id: str | None) -> _Meeting | None:
        if meeting_id is None:
            return None
        if meeting_id not in self._meetings:
            row = self._conn.execute(
                "SELECT committee_id, start, deleted FROM meetings WHERE id = ?", [meeting_id]
            ).fetchone()
            self._meetings[meeting_id] = (
                None
                if row is None
                else _Meeting(row[0], datetime_from_db(row[1]).astimezone().date().isoformat(), not row[2])
            )
        return self._meetings[meeting_id]

    def _meeting_changed(self, meeting_id: str) -> None:
        had_entry = self._conn.execute(
            "SELECT day FROM search_entries WHERE source = ? AND entity_id = ?",
            [Kind.MEETING.value, meeting_id],
        ).fetchone()
        self._meetings.pop(meeting_id, None)
        meeting = self._meeting(meeting_id)
        if meeting is None or not meeting.live or (had_entry and had_entry[0] != meeting.day):
            # gone; or moved to another day, where its entries take rowids of that day (newest first)
            self._drop_where("meeting_id = ?", [meeting_id])
            self._drop(Kind.MEETING, meeting_id)
            if meeting is None or not meeting.live:
                return
            had_entry = None
        self._conn.execute(
            "UPDATE search_entries SET committee_id = ? WHERE meeting_id = ?",
            [meeting.committee_id, meeting_id],
        )
        self._reindex(Kind.MEETING, meeting_id)
        if not had_entry:  # new, back from the dead, or moved: its records come (back) with it
            for kind in (Kind.AGENDA_ITEM, Kind.DOCUMENT, Kind.ACTION_ITEM):
                self._conn.execute(
                    "INSERT OR IGNORE INTO search_queue (source, entity_id) "
                    f"SELECT ?, id FROM {kind.table} WHERE meeting_id = ? AND deleted = 0",
                    [kind.value, meeting_id],
                )
            for kind in (Kind.MINUTES_ENTRY, Kind.MINUTES_VERSION):
                self._conn.execute(
                    "INSERT OR IGNORE INTO search_queue (source, entity_id) "
                    f"SELECT ?, r.id FROM {kind.table} r JOIN minutes n ON n.id = r.minutes_id "
                    "WHERE n.meeting_id = ? AND r.deleted = 0",
                    [kind.value, meeting_id],
                )

    def _reindex(self, kind: Kind, entity_id: str) -> None:
        self._drop(kind, entity_id)
        entries = list(self._entries(kind, entity_id))
        for entry in entries:
            meeting = self._meeting(entry.meeting_id)
            if entry.meeting_id is not None and (meeting is None or not meeting.live):
                return  # a record of a deleted meeting is found nowhere
            self._insert(kind, entity_id, entry, meeting)

    def _insert(self, source: Kind, entity_id: str, entry: Entry, meeting: _Meeting | None) -> None:
        self._text.learn(entry.title, entry.text)
        title, words = self._text.words(entry.title), self._text.words(entry.text)
        parts = self._text.parts(f"{entry.title}\n{entry.text}")
        rowid = self._next_rowid(meeting.day if meeting else None)
        self._conn.execute(
            "INSERT INTO search_entries (id, source, entity_id, kind, part, meeting_id, item_id, "
            "committee_id, day, title, words, parts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                rowid,
                source.value,
                entity_id,
                entry.kind.value,
                entry.part,
                entry.meeting_id,
                entry.item_id,
                meeting.committee_id if meeting else None,
                meeting.day if meeting else None,
                title,
                words,
                parts,
            ],
        )
        self._conn.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, title, words, parts) VALUES (?, ?, ?, ?)",
            [rowid, title, words, parts],
        )

    def _next_rowid(self, day: str | None) -> int:
        """A new entry's rowid: its meeting's day above ``_DAY_SHIFT`` bits (0: no meeting), a running
        number below. Reading the index by rowid backwards is reading it newest first."""
        low = _first_rowid(date.fromisoformat(day)) if day else 0
        last = self._last_rowid.get(low)
        if last is None:
            row = self._conn.execute(
                "SELECT max(id) FROM search_entries WHERE id >= ? AND id < ?", [low, low + _DAY_SPAN]
            ).fetchone()
            last = low - 1 if row[0] is None else int(row[0])
        if last + 1 >= low + _DAY_SPAN:
            raise ValueError(f"more than {_DAY_SPAN} search entries on {day}")
        self._last_rowid[low] = last + 1
        return last + 1

    def _drop(self, kind: Kind, entity_id: str) -> None:
        self._drop_where("source = ? AND entity_id = ?", [kind.value, entity_id])

    def _drop_where(self, condition: str, params: list[str]) -> None:
        gone = self._conn.execute(
            f"SELECT rowid, title, words, parts FROM search_entries WHERE {condition}", params
        ).fetchall()
        if not gone:
            return
        self._conn.executemany(
            f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, title, words, parts) "
            "VALUES ('delete', ?, ?, ?, ?)",
            gone,
        )
        self._conn.executemany("DELETE FROM search_entries WHERE rowid = ?", [(row[0],) for row in gone])

    def _entries(self, kind: Kind, entity_id: str) -> Iterator[Entry]:
        """What a live row is found by (nothing for a deleted or missing one)."""
        cursor = self._conn.execute(f"SELECT * FROM {kind.table} WHERE id = ? AND deleted = 0", [entity_id])
        row = cursor.fetchone()
        if row is None:
            return
        r = dict(zip((d[0] for d in cursor.description), row, strict=True))
        match kind:
            case Kind.MEETING:
                text = f"{r['number']}/{r['year_be']}\n{r['place']}"
                yield Entry(SearchKind.MEETING, 0, r["id"], None, r["title"], text)
            case Kind.AGENDA_ITEM:
                fields = ("background", "facts", "legal_basis", "proposal", "resolution")
                text = "\n".join(r[f] for f in fields if r[f])
                yield Entry(SearchKind.AGENDA_ITEM, 0, r["meeting_id"], r["id"], r["title"], text)
            case Kind.DOCUMENT:
                meeting, item = r["meeting_id"], r["item_id"]
                yield Entry(SearchKind.PAPER, NAME_PART, meeting, item, r["name"], r["file_name"])
                body: str = r["text"] or ""
                pages = r["page_count"] or 0
                if PAGE_BREAK not in body or not pages:  # pages not kept apart, or a file without pages
                    if body.strip():
                        yield Entry(SearchKind.PAPER, UNKNOWN_PAGE, meeting, item, "", body)
                    return
                # One form feed after each page: never more pages than the paper has (a text from elsewhere
                # full of form feeds makes no more entries than its pages).
                for number, page in enumerate(body.split(PAGE_BREAK, pages)[:pages], start=1):
                    if page.strip():
                        yield Entry(SearchKind.PAPER, number, meeting, item, "", page)
            case Kind.ACTION_ITEM:
                yield Entry(SearchKind.ACTION_ITEM, 0, r["meeting_id"], r["item_id"], r["title"], "")
            case Kind.PERSON:
                name = Person(r["first_name"], r["last_name"], title=r["title"]).display_name
                text = "\n".join(p for p in (r["position"], r["organisation"], r["email"]) if p)
                yield Entry(SearchKind.PERSON, 0, None, None, name, text)
            case Kind.MINUTES_ENTRY | Kind.MINUTES_VERSION:
                owner = self._conn.execute(
                    "SELECT meeting_id FROM minutes WHERE id = ? AND deleted = 0", [r["minutes_id"]]
                ).fetchone()
                if owner is None:
                    return
                if kind == Kind.MINUTES_ENTRY:
                    yield Entry(SearchKind.MINUTES, DRAFT_PART, owner[0], r["item_id"], "", r["text"])
                else:
                    yield Entry(SearchKind.MINUTES, r["number"], owner[0], None, "", r["text"])

    # -- asking it -------------------------------------------------------------------------------

    def search(self, query: Query, where: SearchFilter, limit: int) -> list[IndexHit]:
        """The best ``limit`` entries for ``query`` within ``where``, best first; quoted phrases checked
        against the text itself.

        Best: by BM25 (a word in a title counting most), the newer meeting first among equals. FTS5's
        bm25 costs a few microseconds for every entry that holds a word of the query, which is too much
        for words found on thousands of pages ("คณะกรรมการ", "budget" in an archive of 100,000 pages), so
        the common words (on more than ``selective_entries`` entries) only narrow the search and the
        others rank it; when every word is common the newest entries come first. For a word on more than
        half of the entries that is BM25's own order (it gives such a word no weight: FTS5's idf clamps
        at zero), and otherwise newest first is the tie-break taking over. Entries' rowids follow their
        meeting's day (see ``_next_rowid``), so newest first reads the index backwards and stops early.
        """
        if query.empty:
            return []
        if self.damaged():
            raise damaged_index_error()
        try:
            return self._search(query, where, limit)
        except sqlite3.DatabaseError as e:
            if is_index_damage(e):
                raise damaged_index_error() from None
            raise

    def _search(self, query: Query, where: SearchFilter, limit: int) -> list[IndexHit]:
        # A Latin word spelt as an indexed word is that word (its other forms found by stemming); as a
        # prefix it would make FTS5 gather every word that starts so, on every page, before answering.
        prefix = frozenset(w for w in query.prefix if not self._count(Query((w,)).match(), 1))
        query = Query(query.words, query.phrases, prefix, query.runs)
        # A phrase's words next to each other (FTS5 reads the positions; the text itself is checked after).
        phrases = []
        numbers = (run for run in query.runs if run[0].isdigit())  # 3/2569: words "3" "2569", side by side
        for phrase in (*query.phrases, *numbers):
            words = parse_query(f'"{phrase}"', self._text.breaker).words
            if len(words) > 1:
                phrases.append('"' + " ".join(words) + '"')
        everything = " AND ".join([query.match(), *phrases])
        units = [Query((w,)).match() for w in query.words if w not in prefix] + phrases
        selective = [u for u in units if self._count(u, self._selective) <= self._selective]
        fts = FTS_TABLE
        conditions, params = self._filter(where)
        joined = ""
        written = _written_as(query.exact)
        if where.committee_id or where.kinds or written:
            joined = f"JOIN search_entries e ON e.rowid = {fts}.rowid "
        for text in written:  # SQLite reads the text where it lies (Query.holds_phrases confirms)
            conditions += f" AND instr({_SQUEEZED}, ?) > 0"
            params.append(text)
        if not selective:
            sql = (
                f"SELECT {fts}.rowid, 0.0 FROM {fts} {joined}WHERE {fts} MATCH ? "
                f"{conditions} ORDER BY {fts}.rowid DESC"
            )
            params = [everything, *params]
        else:
            ranked = " AND ".join(selective)
            narrowed = ""
            if ranked != everything:
                narrowed = f"AND {fts}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?) "
                params = [everything, *params]
            sql = (
                f"SELECT {fts}.rowid, bm25({fts}, {_WEIGHTS}) AS score FROM {fts} {joined}"
                f"WHERE {fts} MATCH ? {narrowed}{conditions} ORDER BY round(score, 2), {fts}.rowid DESC"
            )
            params = [ranked, *params]
        hits: list[IndexHit] = []
        seen: set[tuple[str, str, bool]] = set()
        # Entries are read a limit's worth at a time; with phrases, whose text may not hold them as written,
        # each read is twice the last (most do hold them: the first read is then enough).
        offset, chunk = 0, limit
        while True:
            found = self._conn.execute(f"{sql} LIMIT {int(chunk)} OFFSET {int(offset)}", params).fetchall()
            for hit in self._entries_of(found, seen, every_text=bool(query.exact)):
                if not query.exact or query.holds_phrases(f"{hit.title}\n{hit.text}"):
                    hits.append(hit)
                    if len(hits) >= limit:
                        return hits
            if len(found) < chunk:
                return hits
            offset, chunk = offset + chunk, chunk * 2

    def _count(self, match: str, cap: int) -> int:
        """How many entries FTS5's ``match`` finds, counting no further than one past ``cap``."""
        return int(
            self._conn.execute(
                f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
                f"ORDER BY rowid DESC LIMIT {int(cap) + 1})",
                [match],
            ).fetchone()[0]
        )

    @staticmethod
    def _filter(where: SearchFilter) -> tuple[str, list[str]]:
        """SQL conditions (each starting "AND") on the index and ``e`` (the entries)."""
        conditions, params = [], []
        if where.committee_id is not None:
            conditions.append("AND e.committee_id = ?")
            params.append(where.committee_id)
        if where.kinds:
            conditions.append("AND e.kind IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(k.value for k in where.kinds)))
        if where.since is not None:
            conditions.append(f"AND {FTS_TABLE}.rowid >= {_first_rowid(where.since)}")
        if where.until is not None:  # entries without a day (people) are before every day
            conditions.append(f"AND {FTS_TABLE}.rowid >= {_first_rowid(date.min)} ")
            if where.until < date.max:  # the calendar's last day has no day after it
                conditions.append(f"AND {FTS_TABLE}.rowid < {_first_rowid(where.until + timedelta(days=1))}")
        return " ".join(conditions), params

    def _entries_of(
        self, found: Sequence[tuple[int, float]], seen: set[tuple[str, str, bool]], *, every_text: bool
    ) -> Iterator[IndexHit]:
        """The entries with these rowids, in their order, as hits with these scores. A record's later
        entries (a paper's other pages: only its best is shown) come without their text, unless
        ``every_text`` (each is checked against a phrase); ``seen`` holds the records met so far."""
        if not found:
            return
        rows = {
            row[0]: row[1:]
            for row in self._conn.execute(
                "SELECT rowid, kind, source, entity_id, part, meeting_id, item_id, committee_id, day, title "
                "FROM search_entries WHERE rowid IN (SELECT value FROM json_each(?))",
                [json.dumps([rowid for rowid, _ in found])],
            )
        }
        wanted = []
        for rowid, _ in found:
            if rowid in rows:
                record = (rows[rowid][1], rows[rowid][2], rows[rowid][3] == NAME_PART)  # a name, a page
                if every_text or record not in seen:
                    wanted.append(rowid)
                seen.add(record)
        texts = dict(
            self._conn.execute(
                "SELECT rowid, words FROM search_entries WHERE rowid IN (SELECT value FROM json_each(?))",
                [json.dumps(wanted)],
            ).fetchall()
        )
        for rowid, score in found:
            if rowid not in rows:
                continue  # an entry FTS5 still holds but the entries not (check says so)
            kind, source, entity_id, part, meeting_id, item_id, committee_id, day, title = rows[rowid]
            if kind not in _SEARCH_KINDS or source not in _SOURCES:
                continue  # written by another program (check says so)
            yield IndexHit(
                SearchKind(kind), Kind(source), entity_id, part, meeting_id, item_id, committee_id, day,
                title.replace(WORD_MARK, ""), texts.get(rowid, ""), score,
            )  # fmt: skip

    def agenda_outlines(self, meeting_ids: Collection[str]) -> list[AgendaItem]:
        """The live agenda items of these meetings with only what numbers and names them (their place
        and title; their long texts are left out: results only show numbers and titles)."""
        rows = self._conn.execute(
            "SELECT meeting_id, title, id, parent_id, position FROM agenda_items "
            "WHERE deleted = 0 AND meeting_id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(meeting_ids))],
        )
        return [
            AgendaItem(meeting_id, title, id=item_id, parent_id=parent_id, position=position)
            for meeting_id, title, item_id, parent_id, position in rows
        ]

    def paper_names(self, document_ids: Collection[str]) -> dict[str, str]:
        rows = self._conn.execute(
            "SELECT entity_id, title FROM search_entries WHERE source = 'document' AND part = ? "
            "AND entity_id IN (SELECT value FROM json_each(?))",
            [NAME_PART, json.dumps(sorted(document_ids))],
        )
        return {entity_id: title.replace(WORD_MARK, "") for entity_id, title in rows}

    def papers_without_text(
        self, meeting_ids: Collection[str], is_sealed: Callable[[str], bool]
    ) -> Iterator[PaperWithoutText]:
        """The papers of these meetings that have no page to search, in the meetings' order."""
        rows = self._conn.execute(
            "SELECT d.id, d.meeting_id, d.name, d.sha256 FROM documents d "
            "WHERE d.deleted = 0 AND d.meeting_id IN (SELECT value FROM json_each(?)) "
            "AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.source = 'document' "
            "AND e.entity_id = d.id AND e.part <> ?) ORDER BY d.meeting_id, d.position, d.name",
            [json.dumps(sorted(meeting_ids)), NAME_PART],
        )
        for document_id, meeting_id, name, sha256 in rows:
            yield PaperWithoutText(document_id, meeting_id, name, is_sealed(sha256))

    # -- checking it -----------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What is wrong with the index (each line says to rebuild it); empty when it is sound."""
        remedy = "run `emeeting check --reindex` to rebuild it"
        if gone := self.missing():
            return [f"search index: damaged ({', '.join(gone)} gone); {remedy}"]
        if self.damaged():
            return [f"search index: damaged (a change found it so, and was kept); {remedy}"]
        if not self.built():
            return [f"search index: not built for this version; {remedy}"]
        try:
            self._conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.OperationalError as e:
            if getattr(e, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                raise  # another program is writing: not damage, and not known now
            if getattr(e, "sqlite_errorname", "") != "SQLITE_READONLY":
                return [f"search index: damaged; {remedy}"]
            # FTS5 checks itself only where it may write (a read-only folder): reading every word it holds
            # finds a part that cannot be read (as a search would), and the entries are compared below.
            if not self._every_word_readable():
                return [f"search index: damaged; {remedy}"]
        except sqlite3.DatabaseError as e:
            if not is_index_damage(e):
                raise
            return [f"search index: damaged; {remedy}"]
        sources, kinds = json.dumps(sorted(_SOURCES)), json.dumps(sorted(_SEARCH_KINDS))
        unknown = self._conn.execute(
            "SELECT (SELECT count(*) FROM search_entries "
            "WHERE source NOT IN (SELECT value FROM json_each(?)) "
            "OR kind NOT IN (SELECT value FROM json_each(?))) "
            "+ (SELECT count(*) FROM search_queue WHERE source NOT IN (SELECT value FROM json_each(?)))",
            [sources, kinds, sources],
        ).fetchone()[0]
        if unknown:  # written by another program: nothing here makes such rows
            return [f"search index: damaged ({unknown} entries of no known kind); {remedy}"]
        indexed = set(self._conn.execute("SELECT DISTINCT source, entity_id FROM search_entries"))
        queued = set(self._conn.execute("SELECT source, entity_id FROM search_queue"))
        live: set[tuple[str, str]] = set()
        for kind in WATCHED:
            live |= {
                (kind.value, i)
                for (i,) in self._conn.execute(f"SELECT id FROM {kind.table} WHERE deleted = 0")
            }
        missing = {key for key in live - indexed - queued if self._findable(Kind(key[0]), key[1])}
        stray = indexed - live - queued  # a row deleted behind the store's back is queued to go
        problems = []
        if missing:
            problems.append(f"search index: {len(missing)} records cannot be found by search; {remedy}")
        if stray:
            problems.append(f"search index: {len(stray)} deleted records can still be found; {remedy}")
        return problems

    def _every_word_readable(self) -> bool:
        """Whether FTS5 can read its whole index, each word's list of entries: a check that writes nothing
        in the store (the reading table is a temporary one, which a read-only database allows)."""
        vocabulary = f"temp.{FTS_TABLE}_words"
        self._conn.execute(f"CREATE VIRTUAL TABLE {vocabulary} USING fts5vocab(main, {FTS_TABLE}, 'row')")
        try:
            self._conn.execute(f"SELECT count(*), sum(cnt) FROM {vocabulary}").fetchone()
            return True
        except sqlite3.DatabaseError as e:
            if not is_index_damage(e):
                raise
            return False
        finally:
            self._conn.execute(f"DROP TABLE {vocabulary}")

    def _findable(self, kind: Kind, entity_id: str) -> bool:
        """Whether a live row should have entries (records of a deleted meeting have none)."""
        for entry in self._entries(kind, entity_id):
            meeting = self._meeting(entry.meeting_id)
            return entry.meeting_id is None or (meeting is not None and meeting.live)
        return False
