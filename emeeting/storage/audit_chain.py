"""The audit trail as a hash chain: every event carries the hash of the one before it.

Each event has a gapless sequence number ``seq`` (1, 2, 3 … in the order this store recorded them),
``prev_hash`` (the previous event's ``hash``, "" for the first) and ``hash``: the sha256 of a canonical
encoding of the sequence number, the previous hash and every field of the event. ``audit_head`` (one row)
records the last link written; ``audit_anchors`` records the last link at each certification of minutes.

What verification finds:

- an event edited in place (its content no longer matches its hash);
- an event edited with its hash recomputed (the next event no longer links to it);
- events deleted in the middle (a gap in the sequence) or at the end (the trail ends before its recorded
  head), and events added after the head or slipped in between;
- any of the above reaching back before a certification, even when the forger rewrote every later link and
  the head: the certification's anchor no longer matches.

What it cannot find: someone who rewrites the chain from the point of the change onwards *and* the head
*and* every later anchor leaves a consistent store. Only a copy of a head kept outside the database (a
printed or exported record) tells that apart; ``emeeting audit`` shows the head for that purpose.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from emeeting.storage.codec import EntityCodec, datetime_from_db, datetime_to_db

# The event's columns that its hash covers, in the order they are encoded (never reorder: stored hashes
# depend on it).
HASHED_FIELDS = ("id", "at", "actor", "action", "entity_kind", "entity_id", "summary")
GENESIS = ""  # the previous hash of the first event
CHAIN_TABLES = ("audit_head", "audit_anchors")  # the tables besides audit_events (see tables.py)


def link_hash(seq: int, prev_hash: str, values: Sequence[Any]) -> str:
    """The hash of one link: ``values`` are the HASHED_FIELDS as stored (text, times as stored text)."""
    encoded = json.dumps([seq, prev_hash, *values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


def _last_link(conn: sqlite3.Connection) -> tuple[int, str]:
    """Where the next event links on: the recorded head, or a later event should the head lag behind.

    The head is preferred to the table's last row so that events deleted at the end leave a gap the next
    event cannot paper over; a later row than the head (a forged one) is stepped over, so that tampering
    never stops the store from recording.
    """
    head = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    last = conn.execute(
        "SELECT seq, hash FROM audit_events WHERE typeof(seq) = 'integer' ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    links = [(int(row[0]), str(row[1])) for row in (head, last) if row is not None]
    return max(links, default=(0, GENESIS))


def append(conn: sqlite3.Connection, codec: EntityCodec, events: Sequence[object]) -> None:
    """Insert audit events as the next links of the chain and move the head (inside the caller's
    transaction, which holds the write lock: no other writer can link to the same head)."""
    if not events:
        return
    seq, prev = _last_link(conn)
    positions = [codec.fields.index(name) for name in HASHED_FIELDS]
    rows = []
    for event in events:
        seq += 1
        row = codec.row(event)
        digest = link_hash(seq, prev, [row[i] for i in positions])
        rows.append([*row, seq, prev, digest])
        prev = digest
    columns = codec.columns_sql + ", seq, prev_hash, hash"
    marks = ", ".join("?" * (len(codec.fields) + 3))
    conn.executemany(f"INSERT INTO audit_events ({columns}) VALUES ({marks})", rows)
    conn.execute(
        "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
        [seq, prev],
    )


@dataclass(frozen=True)
class Link:
    """One link of the chain: an event's place and hash."""

    seq: int
    hash: str


def head(conn: sqlite3.Connection) -> Link | None:
    """The recorded head (the last link written), None before the first event."""
    row = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    return None if row is None else Link(int(row[0]), str(row[1]))


def anchor(conn: sqlite3.Connection, minutes_version_id: str, at: datetime) -> Link | None:
    """Record the head as it is now with a frozen minutes version (call after the transaction's events)."""
    current = head(conn)
    if current is not None:
        conn.execute(
            "INSERT OR REPLACE INTO audit_anchors (minutes_version_id, seq, hash, at) VALUES (?, ?, ?, ?)",
            [minutes_version_id, current.seq, current.hash, datetime_to_db(at)],
        )
    return current


def anchor_of(conn: sqlite3.Connection, minutes_version_id: str) -> Link | None:
    row = conn.execute(
        "SELECT seq, hash FROM audit_anchors WHERE minutes_version_id = ?", [minutes_version_id]
    ).fetchone()
    return None if row is None else Link(int(row[0]), str(row[1]))


def anchored(conn: sqlite3.Connection, minutes_version_ids: Sequence[str]) -> set[str]:
    """Those of the frozen versions that have an anchor."""
    rows = conn.execute(
        "SELECT minutes_version_id FROM audit_anchors "
        "WHERE minutes_version_id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(minutes_version_ids))],
    )
    return {str(row[0]) for row in rows}


def received_by_sync(conn: sqlite3.Connection, kind: str, ids: Sequence[str]) -> set[str]:
    """Those of the records (of one kind) that first came from a sync server: made on another computer,
    so their audit events are in that computer's trail, not in this one (the trail does not sync)."""
    rows = conn.execute(
        "SELECT DISTINCT id FROM sync_shadows WHERE kind = ? AND received AND id IN "
        "(SELECT value FROM json_each(?))",
        [kind, json.dumps(list(ids))],
    )
    return {str(row[0]) for row in rows}


class BreakKind(StrEnum):
    ALTERED = "altered"  # the event's content does not match its own hash
    RELINKED = "relinked"  # the event does not link to the one before it (that one was replaced)
    MISSING = "missing"  # events seq..last_seq are gone from the middle
    FOREIGN = "foreign"  # a row without a valid place in the chain (slipped in by hand)
    TRUNCATED = "truncated"  # events seq..last_seq after the trail's last row are gone (head says so)
    BEYOND_HEAD = "beyond_head"  # events seq..last_seq come after the recorded head
    HEAD_MISMATCH = "head_mismatch"  # the last event is not the one the head recorded
    NO_HEAD = "no_head"  # events exist but the recorded head is gone
    ANCHOR = "anchor"  # the event recorded at a certification is gone or changed


@dataclass(frozen=True)
class ChainBreak:
    """One place where the chain does not hold: ``seq`` is the first event concerned, ``at`` the time of
    the nearest event still there (None when the trail is empty), ``last_seq`` the last event concerned."""

    kind: BreakKind
    seq: int
    at: datetime | None
    last_seq: int
    event_id: str = ""  # the event's id, where a row is there to name

    def describe(self) -> str:
        """In words for ``emeeting check`` (English, like the rest of its report)."""
        when = "" if self.at is None else f" ({self.at.astimezone().strftime('%Y-%m-%d %H:%M:%S')})"
        span = f"{self.seq}" if self.last_seq == self.seq else f"{self.seq}–{self.last_seq}"
        text = {
            BreakKind.ALTERED: f"audit trail: event {span}{when} was changed after it was recorded",
            BreakKind.RELINKED: (
                f"audit trail: event {span}{when} does not follow the event before it: that event was "
                "replaced or rewritten"
            ),
            BreakKind.MISSING: f"audit trail: event(s) {span} before the event{when} were deleted",
            BreakKind.FOREIGN: (
                f"audit trail: a row{when} (id {self.event_id}) was inserted by hand: it has no valid place "
                "in the chain"
            ),
            BreakKind.TRUNCATED: (
                f"audit trail: event(s) {span} at the end were deleted (the trail ends at the event{when})"
            ),
            BreakKind.BEYOND_HEAD: (
                f"audit trail: event(s) {span}{when} were added after the last recorded event"
            ),
            BreakKind.HEAD_MISMATCH: (
                f"audit trail: the last event {span}{when} is not the one recorded as the last"
            ),
            BreakKind.NO_HEAD: "audit trail: the record of the last event is missing",
            BreakKind.ANCHOR: (
                f"audit trail: event {span}, recorded as the last when minutes were certified{when}, is gone "
                "or changed"
            ),
        }[self.kind]
        return text


@dataclass(frozen=True)
class ChainReport:
    """The outcome of verifying the whole chain."""

    events: int  # rows in the trail
    head: Link | None  # the recorded head
    breaks: tuple[ChainBreak, ...]

    @property
    def intact(self) -> bool:
        return not self.breaks


def verify(conn: sqlite3.Connection) -> ChainReport:
    """Walk the whole chain once, in sequence order, and report every place it does not hold.

    The events, the head and the anchors are read in one snapshot (a read transaction of its own unless
    the caller is in one): an edit committed meanwhile must not look like a truncated trail.
    """
    if conn.in_transaction:
        return _verify(conn)
    conn.execute("BEGIN")
    try:
        return _verify(conn)
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _verify(conn: sqlite3.Connection) -> ChainReport:
    breaks: list[ChainBreak] = []
    anchors = {
        seq: (str(h), _time(at))
        for seq, h, at in conn.execute("SELECT seq, hash, at FROM audit_anchors")
        if isinstance(seq, int)
    }
    anchored: dict[int, str] = {}
    columns = ", ".join(f'"{name}"' for name in HASHED_FIELDS)
    rows = conn.execute(f"SELECT seq, prev_hash, hash, {columns} FROM audit_events ORDER BY seq")
    count = 0
    last_seq, last_hash, last_at = 0, GENESIS, None
    for seq, prev_hash, stored_hash, *values in rows:
        count += 1
        at = _time(values[1])
        if not isinstance(seq, int) or seq <= last_seq:
            breaks.append(ChainBreak(BreakKind.FOREIGN, last_seq, at, last_seq, str(values[0])))
            continue
        if seq != last_seq + 1:
            breaks.append(ChainBreak(BreakKind.MISSING, last_seq + 1, at, seq - 1))
        elif prev_hash != last_hash:
            breaks.append(ChainBreak(BreakKind.RELINKED, seq, at, seq, str(values[0])))
        if not isinstance(prev_hash, str) or _recomputed(seq, prev_hash, values) != stored_hash:
            breaks.append(ChainBreak(BreakKind.ALTERED, seq, at, seq, str(values[0])))
        if seq in anchors:
            anchored[seq] = str(stored_hash)
        last_seq, last_hash, last_at = seq, str(stored_hash), at
    recorded = head(conn)
    if recorded is None:
        if count:
            breaks.append(ChainBreak(BreakKind.NO_HEAD, last_seq, last_at, last_seq))
    elif recorded.seq > last_seq:
        breaks.append(ChainBreak(BreakKind.TRUNCATED, last_seq + 1, last_at, recorded.seq))
    elif recorded.seq < last_seq:
        breaks.append(ChainBreak(BreakKind.BEYOND_HEAD, recorded.seq + 1, last_at, last_seq))
    elif recorded.hash != last_hash:
        breaks.append(ChainBreak(BreakKind.HEAD_MISMATCH, last_seq, last_at, last_seq))
    for seq, (expected, certified_at) in sorted(anchors.items()):
        if anchored.get(seq) != expected:
            breaks.append(ChainBreak(BreakKind.ANCHOR, seq, certified_at, seq))
    breaks.sort(key=lambda b: (b.seq, b.kind != BreakKind.MISSING))
    return ChainReport(count, recorded, tuple(breaks))


def _recomputed(seq: int, prev_hash: str, values: Sequence[Any]) -> str | None:
    """The link's hash from its stored values; None when a value is of a kind the chain never writes
    (a number or bytes slipped in by hand), which is as good as a changed event."""
    try:
        return link_hash(seq, prev_hash, values)
    except (TypeError, ValueError):
        return None


def _time(value: object) -> datetime | None:
    try:
        return datetime_from_db(str(value))
    except ValueError:
        return None
