"""What the sync engine reads and writes in the local store, with plain SQL like the repository.

Records travel as their stored rows (``emeeting.storage.codec`` values by field name), so the engine
moves rows in and out without going through the services' validation and audit: the server already
validated them, and a synced row is the server's copy, not a local edit. Tables: see sync_tables.py.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

from emeeting.domain.errors import QT_TRANSLATE_NOOP, StoreError
from emeeting.domain.kinds import FACTS, SYNCED, Kind
from emeeting.storage.codec import datetime_from_db, datetime_to_db
from emeeting.storage.sealed_notes import PREFIX, SEALED_FIELDS, Ciphers, NoteSealer, is_sealed_value
from emeeting.storage.store import Store

SYNC_TABLES = (
    "sync_servers",
    "sync_shadows",
    "sync_sent",
    "sync_conflicts",
    "sync_published",
    Kind.PRIVATE_NOTE.table,
    "live_events",
)

Data = dict[str, Any]

# kind name (as the wire and the bookkeeping tables hold it) -> (table, fields), for every synced kind.
TABLES: MappingProxyType[str, tuple[str, tuple[str, ...]]] = MappingProxyType(
    {kind: (FACTS[kind].table, FACTS[kind].fields) for kind in SYNCED}
)
_KIND_OF_TABLE = MappingProxyType({table: kind for kind, (table, _f) in TABLES.items()})
_NOTE_FIELDS = Kind.PRIVATE_NOTE.facts.fields


@dataclass(frozen=True)
class LiveLogEntry:
    """One event of a live meeting's channel as kept here: its id orders it among that server's events."""

    id: int
    meeting_id: str
    type: str
    at: str  # ISO 8601 UTC, the server's clock
    by: str  # the user name whose action it records ("" for the server's own)
    data: Data
    server: str = ""


@dataclass(frozen=True)
class LocalRow:
    kind: str
    id: str
    data: Data
    version: int
    dirty: bool
    deleted: bool


@dataclass(frozen=True)
class Shadow:
    """A record as last seen from a server: the common base of a three-way merge."""

    kind: str
    id: str
    version: int
    deleted: bool
    data: Data
    received: bool = False  # it first came from the server (a revoke or an expiry may wipe it)
    parked: bool = False  # held back until a record it refers to arrives


@dataclass(frozen=True)
class ConflictCopy:
    """A local value that lost to the server's: kept for the user to see and copy back."""

    id: str
    server: str
    kind: str
    record_id: str
    field: str
    local_value: Any
    server_value: Any
    at: datetime
    resolved: bool = False


@dataclass
class ServerState:
    url: str
    user: str
    cursor: int = 0
    resync: bool = True
    last_contact: datetime | None = None
    info: Data = field(default_factory=dict)  # /me: role, person_id, committees, policies, device_id


def _db_error(e: sqlite3.Error) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP("Errors", "the database could not be written: {reason}"), reason=e)


class RowRefused(StoreError):
    """Writes the store would not take as they are: a unique value another row has, or a row that others
    still refer to. Raised by ``SyncState.savepoint``, which has undone them."""


class SyncStore:
    """Transactions over the sync bookkeeping of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @contextmanager
    def transaction(self, *, defer_foreign_keys: bool = False) -> Iterator[SyncState]:
        try:
            with self.store.write_connection() as conn:
                try:
                    if defer_foreign_keys:  # records arrive in version order, not parents first
                        conn.execute("PRAGMA defer_foreign_keys=ON")
                    st = SyncState(conn, self.store.notes)
                    yield st
                    index = self.store.search_index(conn)
                    index.catch_up()
                    if st.forgetting:
                        index.compact()  # the words of what may no longer be read leave the index's pages
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
        except sqlite3.Error as e:
            raise _db_error(e) from None

    @contextmanager
    def read(self) -> Iterator[SyncState]:
        try:
            with self.store.connection() as conn:
                conn.execute("BEGIN")
                try:
                    yield SyncState(conn, self.store.notes)
                finally:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
        except sqlite3.Error as e:
            raise _db_error(e) from None


class SyncState:
    """Sync reads and writes inside one transaction."""

    def __init__(self, conn: sqlite3.Connection, notes: NoteSealer | None = None) -> None:
        self._conn = conn
        self._notes = notes  # an annotation's content is sealed in its row, shadow and pending push
        self._ciphers: Ciphers = {}  # their keys, for this transaction only
        # (paper, version) of annotations found held in clear here, for this transaction only: the many
        # annotations of a pull on one paper ask the store's folders about it once.
        self._papers_in_clear: set[tuple[str, str]] = set()
        # Whether this transaction takes away what the user may no longer read here (see ``forget``).
        self.forgetting = False

    def forget(self) -> None:
        """What this transaction removes (a record purged, a confidential paper's text emptied) must leave
        no trace in the database's pages: the search index keeps a removed text's words until its segments
        merge, so it is compacted before the commit (``SyncStore.transaction``)."""
        self.forgetting = True

    def _sealed(self, kind: str, data: Data) -> Data:
        """A record's data as it is stored (an annotation on a paper sealed here: its content sealed)."""
        if kind != Kind.ANNOTATION or self._notes is None or not data.get("id"):
            return data
        paper = (str(data.get("document_id") or ""), str(data.get("sha256") or ""))
        if paper in self._papers_in_clear or not paper[0]:
            return data  # (a note on an agenda item is on no paper: never sealed)
        sealed = self._notes.seal(self._conn, data, self._ciphers)
        clear = [
            f for f in SEALED_FIELDS if isinstance(data.get(f), str) and not is_sealed_value(data.get(f))
        ]
        # Content in clear that sealing left as it was: the paper (which is here) is not sealed here.
        if paper[0] and clear and all(sealed[f] == data[f] for f in clear) and self._has_document(paper[0]):
            self._papers_in_clear.add(paper)
        return sealed

    def _has_document(self, document_id: str) -> bool:
        found = self._conn.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone()
        return found is not None

    def _opened(self, kind: str, data: Data) -> Data:
        if kind == Kind.ANNOTATION and self._notes is not None and data.get("id"):
            return self._notes.open(data, self._ciphers)
        return data

    # -- rows ------------------------------------------------------------------------------------------

    def row(self, kind: str, record_id: str) -> LocalRow | None:
        table, fields = TABLES[kind]
        columns = ", ".join(f'"{f}"' for f in fields)
        found = self._conn.execute(
            f"SELECT {columns}, version, dirty, deleted FROM {table} WHERE id = ?", [record_id]
        ).fetchone()
        return None if found is None else self._local(kind, fields, found)

    def _local(self, kind: str, fields: tuple[str, ...], values: tuple[Any, ...]) -> LocalRow:
        n = len(fields)
        data = self._opened(kind, dict(zip(fields, values[:n], strict=True)))
        return LocalRow(kind, data["id"], data, int(values[n]), bool(values[n + 1]), bool(values[n + 2]))

    def ids(self, kind: str) -> set[str]:
        """The ids of every row of that kind held here, tombstones included."""
        table, _fields = TABLES[kind]
        return {record_id for (record_id,) in self._conn.execute(f"SELECT id FROM {table}")}

    def dirty(self, kinds: Iterable[str]) -> list[LocalRow]:
        out: list[LocalRow] = []
        for kind in kinds:
            table, fields = TABLES[kind]
            columns = ", ".join(f'"{f}"' for f in fields)
            sql = f"SELECT {columns}, version, dirty, deleted FROM {table} WHERE dirty = 1 ORDER BY id"
            out += [self._local(kind, fields, values) for values in self._conn.execute(sql)]
        return out

    def write(
        self,
        kind: str,
        data: Data,
        *,
        version: int,
        dirty: bool,
        deleted: bool,
        updated_at: str,
        updated_by: str,
    ) -> None:
        """Insert or replace the row with these values (every field; ``data`` is in stored form)."""
        _table, fields = TABLES[kind]
        data = self._sealed(kind, data)
        values = [data[f] for f in fields] + [version, int(dirty), int(deleted), updated_at, updated_by]
        self._conn.execute(_upsert(kind), values)

    def write_received(self, kind: str, rows: Iterable[tuple[Data, int, str, str]]) -> None:
        """Many live rows as the server sent them, in one statement: (data, version, updated at, updated
        by) each, clean."""
        _table, fields = TABLES[kind]
        sealed = ((self._sealed(kind, data), version, at, by) for data, version, at, by in rows)
        self._conn.executemany(
            _upsert(kind),
            ([data[f] for f in fields] + [version, 0, 0, at, by] for data, version, at, by in sealed),
        )

    @property
    def connection(self) -> sqlite3.Connection:
        return self._conn

    def rewrite(self, kind: str, row: LocalRow) -> None:
        """Write a row again as it is (its bookkeeping kept): stored as it is stored now, e.g. sealed."""
        table, fields = TABLES[kind]
        data = self._sealed(kind, row.data)
        assignments = ", ".join(f'"{f}" = ?' for f in fields if f != "id")
        values = [data[f] for f in fields if f != "id"]
        self._conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values, row.id])

    def annotations_in_clear(self, document_ids: Iterable[str]) -> list[str]:
        """Ids of annotations (tombstones too) on these papers whose content is not sealed."""
        sql = (
            "SELECT id FROM annotations WHERE document_id IN (SELECT value FROM json_each(?)) AND ("
            + " OR ".join(f"({f} <> '' AND {f} NOT LIKE ?)" for f in SEALED_FIELDS)
            + ")"
        )
        like = [f"{PREFIX}%"] * len(SEALED_FIELDS)
        return [r[0] for r in self._conn.execute(sql, [json.dumps(list(document_ids)), *like])]

    def annotations_on(self, document_ids: Iterable[str]) -> list[str]:
        """Ids of the annotations (tombstones too) on these papers."""
        sql = "SELECT id FROM annotations WHERE document_id IN (SELECT value FROM json_each(?))"
        return [r[0] for r in self._conn.execute(sql, [json.dumps(list(document_ids))])]

    def set_synced(self, kind: str, record_id: str, version: int, *, clean: bool) -> None:
        table, _fields = TABLES[kind]
        dirty = "0" if clean else "dirty"
        self._conn.execute(
            f"UPDATE {table} SET version = ?, dirty = {dirty} WHERE id = ?", [version, record_id]
        )

    def mark_new(self, kind: str, record_id: str) -> None:
        """The row as if never synced: version 0 and dirty, so the next push sends it as new."""
        table, _fields = TABLES[kind]
        self._conn.execute(f"UPDATE {table} SET version = 0, dirty = 1 WHERE id = ?", [record_id])

    def purge(self, kind: str, record_id: str) -> bool:
        """Remove the row outright (no tombstone: the server must not hear of it), leaving nothing of it
        behind (``forget``)."""
        table, _fields = TABLES[kind]
        self.forget()
        return self._conn.execute(f"DELETE FROM {table} WHERE id = ?", [record_id]).rowcount == 1

    def foreign_key_violations(self) -> list[tuple[str, str]]:
        """(kind, id) of rows that refer to a row that is not there."""
        out: list[tuple[str, str]] = []
        for table, rowid, _parent, _fk in self._conn.execute("PRAGMA foreign_key_check").fetchall():
            kind = _KIND_OF_TABLE.get(table)
            found = self._conn.execute(f"SELECT id FROM {table} WHERE rowid = ?", [rowid]).fetchone()
            if kind is not None and found is not None:
                out.append((kind, found[0]))
        return out

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Writes that stand or fall together; RowRefused when the store refuses them for a unique value
        or a reference (the rest of the transaction goes on), anything else as it comes."""
        self._conn.execute("SAVEPOINT one_record")
        try:
            yield
        except BaseException as error:
            self._conn.execute("ROLLBACK TO one_record")
            self._conn.execute("RELEASE one_record")
            if isinstance(error, sqlite3.IntegrityError):
                raise RowRefused(
                    QT_TRANSLATE_NOOP("Errors", "the database could not be written: {reason}"), reason=error
                ) from error
            raise
        self._conn.execute("RELEASE one_record")

    def documents_with_blobs(self, ids: Iterable[str]) -> list[tuple[str, str]]:
        """(id, sha256) of those live documents."""
        sql = (
            "SELECT id, sha256 FROM documents WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?)) "
            "ORDER BY meeting_id, position, id"
        )
        return [(a, b) for a, b in self._conn.execute(sql, [json.dumps(list(ids))])]

    def sha_in_use(self, sha256: str) -> bool:
        found = self._conn.execute("SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1", [sha256]).fetchone()
        return found is not None

    def document_secrecy(self, document_id: str) -> tuple[str, list[str], str] | None:
        """(committee id, the classes of the document, its item and its meeting, meeting id)."""
        found = self._conn.execute(
            "SELECT mt.committee_id, d.secrecy, i.secrecy, mt.secrecy, mt.id FROM documents AS d "
            "JOIN meetings AS mt ON mt.id = d.meeting_id LEFT JOIN agenda_items AS i ON i.id = d.item_id "
            "WHERE d.id = ?",
            [document_id],
        ).fetchone()
        if found is None:
            return None
        return found[0], [s for s in found[1:4] if s is not None], found[4]

    # -- shadows ---------------------------------------------------------------------------------------

    def shadow(self, server: str, kind: str, record_id: str) -> Shadow | None:
        found = self._conn.execute(
            "SELECT kind, id, version, deleted, data, received, parked FROM sync_shadows "
            "WHERE server = ? AND kind = ? AND id = ?",
            [server, kind, record_id],
        ).fetchone()
        return None if found is None else self._shadow(found)

    def shadows(self, server: str, *, kind: str | None = None, parked: bool | None = None) -> list[Shadow]:
        sql = "SELECT kind, id, version, deleted, data, received, parked FROM sync_shadows WHERE server = ?"
        params: list[Any] = [server]
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind)
        if parked is not None:
            sql += " AND parked = ?"
            params.append(int(parked))
        return [self._shadow(row) for row in self._conn.execute(sql + " ORDER BY version", params)]

    def shadow_heads(self, server: str, kind: str) -> list[tuple[str, bool]]:
        """(id, deleted) of the server's shadows of that kind, in the order of their versions."""
        rows = self._conn.execute(
            "SELECT id, deleted FROM sync_shadows WHERE server = ? AND kind = ? ORDER BY version",
            [server, kind],
        )
        return [(record_id, bool(deleted)) for record_id, deleted in rows]

    def shadow_ids(self, server: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for kind, record_id in self._conn.execute(
            "SELECT kind, id FROM sync_shadows WHERE server = ?", [server]
        ):
            out.setdefault(kind, set()).add(record_id)
        return out

    def put_shadow(self, server: str, shadow: Shadow) -> None:
        self.put_shadows(server, [shadow])

    def put_shadows(self, server: str, shadows: Iterable[Shadow]) -> None:
        self._conn.executemany(
            "INSERT OR REPLACE INTO sync_shadows "
            "(server, kind, id, version, deleted, data, received, parked) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                [
                    server,
                    shadow.kind,
                    shadow.id,
                    shadow.version,
                    int(shadow.deleted),
                    json.dumps(self._sealed(shadow.kind, shadow.data), ensure_ascii=False),
                    int(shadow.received),
                    int(shadow.parked),
                ]
                for shadow in shadows
            ),
        )

    def drop_shadow(self, server: str, kind: str, record_id: str) -> None:
        self._conn.execute(
            "DELETE FROM sync_shadows WHERE server = ? AND kind = ? AND id = ?", [server, kind, record_id]
        )

    # -- pushes not yet acknowledged -------------------------------------------------------------------

    def mark_sent(self, server: str, kind: str, record_id: str, data: Data, deleted: bool) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO sync_sent (server, kind, id, deleted, data) VALUES (?, ?, ?, ?, ?)",
            [server, kind, record_id, int(deleted), json.dumps(self._sealed(kind, data), ensure_ascii=False)],
        )

    def sent(self, server: str, kind: str, record_id: str) -> tuple[Data, bool] | None:
        found = self._conn.execute(
            "SELECT data, deleted FROM sync_sent WHERE server = ? AND kind = ? AND id = ?",
            [server, kind, record_id],
        ).fetchone()
        return None if found is None else (self._opened(kind, json.loads(found[0])), bool(found[1]))

    def any_sent(self, server: str) -> bool:
        """Whether any push to the server is still without its answer."""
        found = self._conn.execute("SELECT 1 FROM sync_sent WHERE server = ? LIMIT 1", [server]).fetchone()
        return found is not None

    def clear_sent(self, server: str, kind: str, record_id: str) -> None:
        sql = "DELETE FROM sync_sent WHERE server = ? AND kind = ? AND id = ?"
        self._conn.execute(sql, [server, kind, record_id])

    # -- conflict copies -------------------------------------------------------------------------------

    def _conflict_values(
        self, copy: ConflictCopy, values: tuple[Any, Any], *, sealing: bool
    ) -> tuple[Any, Any]:
        """An annotation's lost content (a field of it, or the whole record) sealed as its row is."""
        notes = self._notes
        if copy.kind != Kind.ANNOTATION or notes is None:
            return values
        sql = "SELECT document_id FROM annotations WHERE id = ?"
        found = self._conn.execute(sql, [copy.record_id]).fetchone()
        where = {"id": copy.record_id, "document_id": found[0] if found else None}

        def change(record: Data) -> Data:
            return (
                notes.seal(self._conn, record, self._ciphers)
                if sealing
                else notes.open(record, self._ciphers)
            )

        out: list[Any] = []
        for value in values:
            if isinstance(value, dict):
                changed = change({**where, **value})
                out.append({k: changed[k] for k in value})
            elif isinstance(value, str) and copy.field in SEALED_FIELDS:
                out.append(change({**where, copy.field: value})[copy.field])
            else:
                out.append(value)
        return out[0], out[1]

    def add_conflict(self, copy: ConflictCopy) -> None:
        local, server = self._conflict_values(copy, (copy.local_value, copy.server_value), sealing=True)
        self._conn.execute(
            "INSERT INTO sync_conflicts (id, server, kind, record_id, field, local_value, server_value, at, "
            "resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                copy.id,
                copy.server,
                copy.kind,
                copy.record_id,
                copy.field,
                json.dumps(local, ensure_ascii=False),
                json.dumps(server, ensure_ascii=False),
                datetime_to_db(copy.at),
                int(copy.resolved),
            ],
        )

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictCopy]:
        sql = (
            "SELECT id, server, kind, record_id, field, local_value, server_value, at, resolved "
            "FROM sync_conflicts"
        )
        if not include_resolved:
            sql += " WHERE resolved = 0"
        copies = [
            ConflictCopy(a, b, c, d, e, json.loads(f), json.loads(g), datetime_from_db(h), bool(i))
            for a, b, c, d, e, f, g, h, i in self._conn.execute(sql + " ORDER BY at, rowid")
        ]
        return [
            dataclasses.replace(c, local_value=values[0], server_value=values[1])
            for c in copies
            for values in [self._conflict_values(c, (c.local_value, c.server_value), sealing=False)]
        ]

    def resolve_conflict(self, conflict_id: str) -> bool:
        sql = "UPDATE sync_conflicts SET resolved = 1 WHERE id = ?"
        return self._conn.execute(sql, [conflict_id]).rowcount == 1

    # -- servers and publishing ------------------------------------------------------------------------

    def server(self, url: str) -> ServerState | None:
        found = self._conn.execute(
            "SELECT url, user, cursor, resync, last_contact, info FROM sync_servers WHERE url = ?", [url]
        ).fetchone()
        if found is None:
            return None
        url, user, cursor, resync, contact, info = found
        return ServerState(
            url, user, int(cursor), bool(resync), None if contact is None else datetime_from_db(contact),
            json.loads(info),
        )  # fmt: skip

    def servers(self) -> list[ServerState]:
        urls = [u for (u,) in self._conn.execute("SELECT url FROM sync_servers ORDER BY url")]
        return [s for u in urls if (s := self.server(u)) is not None]

    def save_server(self, state: ServerState) -> None:
        contact = None if state.last_contact is None else datetime_to_db(state.last_contact)
        self._conn.execute(
            "INSERT OR REPLACE INTO sync_servers (url, user, cursor, resync, last_contact, info) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [state.url, state.user, state.cursor, int(state.resync), contact, json.dumps(state.info)],
        )

    def publish(self, server: str, meeting_id: str) -> None:
        self._conn.execute("INSERT OR IGNORE INTO sync_published VALUES (?, ?)", [server, meeting_id])

    def published(self, server: str) -> set[str]:
        sql = "SELECT meeting_id FROM sync_published WHERE server = ?"
        return {mid for (mid,) in self._conn.execute(sql, [server])}

    def unpublish(self, server: str, meeting_id: str) -> None:
        """The meeting is no longer to be sent to that server (its records stay as they are)."""
        sql = "DELETE FROM sync_published WHERE server = ? AND meeting_id = ?"
        self._conn.execute(sql, [server, meeting_id])

    # -- private notes ---------------------------------------------------------------------------------

    def put_note(self, data: Data, now: datetime, actor: str, *, deleted: bool = False) -> None:
        """A local edit of a private note (dirty, keeping the version it was made on)."""
        current = self.row(Kind.PRIVATE_NOTE, data["id"])
        self.write(
            Kind.PRIVATE_NOTE,
            data,
            version=0 if current is None else current.version,
            dirty=True,
            deleted=deleted,
            updated_at=datetime_to_db(now),
            updated_by=actor,
        )

    def notes(self, meeting_id: str) -> list[Data]:
        columns = ", ".join(_NOTE_FIELDS)
        table = Kind.PRIVATE_NOTE.table
        sql = f"SELECT {columns} FROM {table} WHERE meeting_id = ? AND deleted = 0 ORDER BY item_id, id"
        return [dict(zip(_NOTE_FIELDS, row, strict=True)) for row in self._conn.execute(sql, [meeting_id])]

    # -- the live channel's events ---------------------------------------------------------------------

    def keep_live_events(self, server: str, events: Iterable[LiveLogEntry]) -> None:
        """Events of a live meeting as that server sent them; one already kept is kept as it was."""
        sql = (
            "INSERT INTO live_events (server, id, meeting_id, type, at, by, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(server, id) DO NOTHING"
        )
        self._conn.executemany(
            sql, [(server, e.id, e.meeting_id, e.type, e.at, e.by, json.dumps(e.data)) for e in events]
        )

    def live_events(self, meeting_id: str, server: str | None = None, after: int = 0) -> list[LiveLogEntry]:
        """A meeting's kept live events in the server's order (of one server database, or of all)."""
        sql = (
            "SELECT server, id, meeting_id, type, at, by, data FROM live_events"
            " WHERE meeting_id = ? AND id > ?"
        )
        params: list[Any] = [meeting_id, after]
        if server is not None:
            sql += " AND server = ?"
            params.append(server)
        # Each server database's log in its own order, the logs by their first event (an older server's
        # log before that of the server that replaced it at the same address).
        first = (
            "(SELECT MIN(f.at) FROM live_events f WHERE f.server = live_events.server AND f.meeting_id = ?)"
        )
        rows = self._conn.execute(f"{sql} ORDER BY {first}, server, id", [*params, meeting_id])
        return [LiveLogEntry(int(i), m, t, a, b, json.loads(d), s) for s, i, m, t, a, b, d in rows]

    def last_live_event(self, server: str, meeting_id: str) -> int:
        """The id of the last event kept of that meeting from that server (0: none)."""
        sql = "SELECT MAX(id) FROM live_events WHERE server = ? AND meeting_id = ?"
        return int(self._conn.execute(sql, [server, meeting_id]).fetchone()[0] or 0)

    def _shadow(self, row: tuple[Any, ...]) -> Shadow:
        kind, record_id, version, deleted, data, received, parked = row
        opened = self._opened(kind, json.loads(data))
        return Shadow(kind, record_id, int(version), bool(deleted), opened, bool(received), bool(parked))


def _upsert(kind: str) -> str:
    """The statement that inserts or replaces a row of that kind with every column."""
    table, fields = TABLES[kind]
    columns = [*fields, "version", "dirty", "deleted", "updated_at", "updated_by"]
    names = ", ".join(f'"{c}"' for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    return (
        f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}"
    )
