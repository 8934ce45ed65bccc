"""One sync with one server: pull, push, documents (docs/SYNC.md; the idea is Zotero's Web API sync).

- Pull every page since the cursor, then apply them in one transaction together with the new cursor, so
  an interrupted pull leaves the store as it was and the next one starts from the same place.
- A record changed here and on the server is merged field by field against the shadow (the copy last
  seen from the server); where both sides changed a field the server's value stays and the local one is
  kept as a conflict copy the user can see (``sync_conflicts``).
- Push dirty records of this server's meetings with their base versions; documents' files go first
  (HEAD, then PUT only when the server lacks them). A stale push is merged and sent again. A meeting
  the server will not take (not the user's committee there) is no longer published to it: its records
  stay here as they are, and the report says which meeting and why.
- Missing document files are downloaded afterwards, resumably, and verified before they are stored.
- A full pull removes what the server no longer shares only when it came from that server and is not
  this computer's own work (records made here, meetings of committees its user is the secretary of).
- A revoked device or a disabled user wipes the confidential documents received from this server, and so
  does a committee's offline limit when the server has not been reached for that long.
"""

from __future__ import annotations

import gc
import sqlite3
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError
from emeeting.domain.kinds import REFERENCES, SYNCED, Kind
from emeeting.storage.codec import datetime_to_db
from emeeting.storage.sealed import SealedPaperError
from emeeting.storage.store import Store
from emeeting.storage.sync_state import (
    ConflictCopy,
    LocalRow,
    RowRefused,
    ServerState,
    Shadow,
    SyncState,
    SyncStore,
)
from emeeting.sync import expiry
from emeeting.sync import protocol as p
from emeeting.sync.client import (
    AccessEnded,
    PushConflict,
    PushRefused,
    ResyncRequired,
    ServerRefused,
    SyncClient,
    SyncError,
)
from emeeting.sync.merge import WHOLE, merge_record
from emeeting.sync.pages import pages_ahead
from emeeting.sync.paper_keys import PaperKeys
from emeeting.sync.server_info import HELD_REMOVALS, SECRETARY_OF, SYNCED_SERVER_ID, remembered

ME_REFRESH = timedelta(hours=12)
MAX_PUSH_ROUNDS = 8
# More meetings than this vanishing in one sync is more likely a server mishap than a change of access.
QUIET_REMOVALS = 5

# progress(phase, done, total): phase is "pull", "push", "upload" or "download".
Progress = Callable[[str, int, int], None]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector held off meanwhile (when it was on; back on after, whatever happens).

    A first sync reads ten thousand records, each a handful of dicts and lists that hold no cycles; their
    number sets off the collector's full passes over everything the program holds, each a tenth of a
    second on a member's laptop, that find nothing to free. What it would free is freed once it runs
    again."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class PublishRefused(SyncError):
    """A meeting the server would not take: no longer published to it, its records left as they are;
    ``meeting_id`` names it."""

    def __init__(self, template: str, /, *, meeting_id: str = "", **params: object) -> None:
        super().__init__(template, **params)
        self.meeting_id = meeting_id


@dataclass
class SyncReport:
    """What moved in one sync; ``refused``: meetings the server would not take (no longer published)."""

    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    uploaded: int = 0
    downloaded: int = 0
    download_failures: int = 0
    removed: int = 0
    wiped: int = 0
    # Confidential papers not downloaded because no password store could keep their key; ``unsealable``
    # says why (they are never stored in clear on a member's laptop).
    not_sealed: int = 0
    unsealable: EmeetingError | None = None
    full_resync: bool = False
    refused: list[PublishRefused] = field(default_factory=list)
    requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    changes: Changes = field(default_factory=Changes)

    def touched(self, kind: str, ids: Iterable[str]) -> None:
        ids = tuple(ids)
        if ids:
            self.changes = self.changes | Changes.of(Kind(kind), *ids)


# From this many records in one pull on, the ids held here are read once rather than looked up one by one.
MANY_RECORDS = 200
# Records new to this computer written in one statement.
FRESH_BATCH = 500


class ServerReplaced(SyncError):
    """The server at the URL is not the one this computer synced with (a recreated or restored database);
    ``server_id`` is the id it answers with now."""

    def __init__(self, template: str, /, *, server_id: str = "", **params: object) -> None:
        super().__init__(template, **params)
        self.server_id = server_id


class TooManyRemovals(SyncError):
    """A sync would remove more meetings than QUIET_REMOVALS because the server no longer shares them;
    ``meeting_ids`` are those meetings, still here (nothing was removed). The rest of the sync was done
    (``report``) unless the sync was a start over, which stops before anything."""

    def __init__(
        self,
        template: str,
        /,
        *,
        meeting_ids: tuple[str, ...] = (),
        report: SyncReport | None = None,
        **params: object,
    ) -> None:
        super().__init__(template, **params)
        self.meeting_ids = meeting_ids
        self.report = report


def _stamp(now: datetime) -> str:
    return datetime_to_db(now)


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: SyncClient,
        server: str,
        bundle: Callable[[str], m.MeetingBundle],
        clock: Callable[[], datetime] = _utc_now,
        *,
        start_over: bool | str = False,
        allow_removals: bool | Collection[str] = False,
        paper_keys: PaperKeys | None = None,
    ) -> None:
        """``bundle``: a meeting with everything it refers to (the committee, memberships and people of a
        published meeting go with it). ``start_over``: adopt a replaced server, True whichever it is, or
        only the one with this id (the one the user was asked about); ``allow_removals``: let any number of
        meetings go that the server no longer shares (True), or only these meetings (the ones the user was
        shown). ``paper_keys``: where the keys of sealed confidential papers are kept (none: such papers
        are not downloaded to a member's laptop, see ``_sealed_document``)."""
        self.start_over = start_over
        self.allow_removals = allow_removals
        self.store = store
        self.client = client
        self.server = server
        self.clock = clock
        self.bundle = bundle
        self.state_store = SyncStore(store)
        self.partial_dir = expiry.partial_dir(store)
        self.paper_keys = paper_keys
        self._note_keys: dict[str, tuple[bytes, bytes] | None] = {}  # committee -> its key, for this run
        self._note_papers: dict[str, str | None] = {}  # paper -> its committee when sealed here, this run

    # -- the whole thing -------------------------------------------------------------------------------

    def run(self, progress: Progress | None = None) -> SyncReport:
        """One sync; TooManyRemovals, when meetings are held back from removal, comes once the rest of the
        sync is done (pushed, downloaded), with its report."""
        report = SyncReport()
        start = self.client.traffic.requests, self.client.traffic.sent, self.client.traffic.received
        notes = self.store.notes
        if notes.keys is None:
            notes.keys = self.paper_keys
        notes.sealing_keys = self._note_key  # annotations on papers this sync is about to seal: sealed too
        self._note_keys.clear()
        self._note_papers.clear()
        try:
            report.wiped += self.expire_offline()
            with collector_paused():
                held = self._pull(report, progress)
            self._push(report, progress)
            self._download(report, progress)
            if held is not None:
                held.report = report
                raise held
        except AccessEnded:
            self.wipe_confidential(None, destroy_keys=True)
            raise
        finally:
            notes.sealing_keys = None
            traffic = self.client.traffic
            report.requests = traffic.requests - start[0]
            report.bytes_sent = traffic.sent - start[1]
            report.bytes_received = traffic.received - start[2]
        return report

    def _state(self) -> ServerState:
        with self.state_store.read() as st:
            state = st.server(self.server)
        if state is None:
            raise SyncError(QT_TRANSLATE_NOOP("Errors", "not logged in to {server}"), server=self.server)
        return state

    # -- pull ------------------------------------------------------------------------------------------

    def _fetch(
        self, since: int, progress: Progress | None, state: ServerState
    ) -> tuple[list[p.Record], int, set[tuple[str, str, int]]]:
        """The records after ``since`` (the newest version of each), the cursor after them, and those
        whose data was checked to describe a record of their kind (kind, id, version): checked here while
        the next page comes, for _apply not to check them again."""
        records: dict[tuple[str, str], p.Record] = {}
        checked: set[tuple[str, str, int]] = set()
        with pages_ahead(self.client, since, state.info.get(SYNCED_SERVER_ID)) as pages:
            for page in pages:
                if page.server_id is not None:  # (a server older than the server id sends none)
                    known = state.info.get(SYNCED_SERVER_ID)
                    if known is not None and known != page.server_id:
                        raise ServerReplaced(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "the server at {server} was replaced (its data is not the one this computer "
                                "synced with); nothing was removed here. To sync with it, start over with "
                                "`emeeting sync --start-over`: your own meetings stay and are published "
                                "again, what came from the old server is dropped",
                            ),
                            server_id=page.server_id,
                            server=self.server,
                        )
                    state.info[SYNCED_SERVER_ID] = page.server_id
                for record in page.records:
                    key = (record.kind, record.id)
                    if key not in records or records[key].version < record.version:
                        records[key] = record
                        try:
                            p.decode(record.kind, record.data)
                        except p.RecordError:
                            continue
                        checked.add((record.kind, record.id, record.version))
                since = page.cursor
                if progress is not None:
                    progress("pull", since, max(page.server_version, since))
                if not page.more:
                    return list(records.values()), since, checked
        raise RuntimeError("the change feed ended before its last page")  # (the pages stop only there)

    def _pull(self, report: SyncReport, progress: Progress | None) -> TooManyRemovals | None:
        """Returns the removals held back (nothing removed) for run() to raise once the rest is done."""
        state = self._state()
        held = tuple(state.info.get(HELD_REMOVALS, ()))
        # Meetings held back are looked at again (a full pull) only when the user answers about them.
        full = state.resync or bool(held and self.allow_removals)
        try:
            records, cursor, checked = self._fetch(0 if full else state.cursor, progress, state)
        except ResyncRequired:
            full = True
            records, cursor, checked = self._fetch(0, progress, state)
        except ServerReplaced as replaced:
            wanted = self.start_over
            if not wanted or (isinstance(wanted, str) and wanted != replaced.server_id):
                raise  # (another replacement than the one the user agreed to: asked again)
            self._adopt(state, replaced.server_id, report)
            full = True
            records, cursor, checked = self._fetch(0, progress, state)
        now = self.clock()
        me_at = state.info.get("me_at")
        if full or me_at is None or now - datetime.fromisoformat(me_at) > ME_REFRESH:
            me = self.client.me()
            state.info = remembered(state.info, me.model_dump()) | {"me_at": now.isoformat()}
        report.full_resync = full
        with self.state_store.transaction(defer_foreign_keys=True) as st:
            self._apply(st, records, report, retry_parked=True, checked=checked)
            state.cursor = cursor
            state.last_contact = now
            state.resync = state.resync or full  # cleared below, once unreturned records are gone
            st.save_server(state)
        if not full:
            return None if not held else self._too_many(held)
        returned = {(r.kind, r.id) for r in records}
        try:
            with self.state_store.transaction() as st:
                report.removed += self._remove_unreturned(st, returned, report, allowed=self.allow_removals)
                state.resync = False
                state.info.pop(HELD_REMOVALS, None)
                st.save_server(state)
        except TooManyRemovals as refused:
            # Held back: the rest of this sync goes on, and the next ones pull only what is new rather than
            # everything again each time; the question stands until the user answers it.
            with self.state_store.transaction() as st:
                state.resync = False
                state.info[HELD_REMOVALS] = list(refused.meeting_ids)
                st.save_server(state)
            return refused
        return None

    def _adopt(self, state: ServerState, server_id: str, report: SyncReport) -> None:
        """Start over from a replaced server: what came from the old one goes, this computer's own work
        stays as a full pull keeps it (records made here, the meetings of the committees the server named
        this user secretary of, with everything in them) and is sent to the new one as new, those meetings
        published to it. More than a handful of meetings going asks first, as for any removal."""
        with self.state_store.transaction() as st:
            own_committees = self._own_committees(st)
            own_meetings = {
                s.id
                for s in st.shadows(self.server, kind=Kind.MEETING)
                if (local := st.row(Kind.MEETING, s.id)) is not None
                and not local.deleted
                and self._own(st, s, local, own_committees)
            }
            directory = self._directory(
                own_meetings
            )  # their committees and people: the new server lacks them
            for s in st.shadows(self.server):
                local = st.row(s.kind, s.id)
                if local is None:
                    continue
                if not s.received or ((s.kind, s.id) in directory and not local.deleted):
                    st.drop_shadow(self.server, s.kind, s.id)  # (a tombstone marked new is simply not sent)
                    st.mark_new(s.kind, s.id)
            report.removed += self._remove_unreturned(
                st, set(), report, allowed=self.allow_removals, own_committees=own_committees
            )
            for meeting_id in own_meetings:
                if st.row(Kind.MEETING, meeting_id) is not None:
                    st.publish(self.server, meeting_id)
            state.cursor = 0
            state.resync = True
            state.info[SYNCED_SERVER_ID] = server_id
            state.info.pop(HELD_REMOVALS, None)
            st.save_server(state)

    def _too_many(self, meeting_ids: tuple[str, ...]) -> TooManyRemovals:
        return TooManyRemovals(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} meetings are no longer shared with you by {server}; nothing was removed: to"
                " remove them from this computer, sync again with `emeeting sync --allow-removals`",
            ),
            meeting_ids=meeting_ids,
            count=len(meeting_ids),
            server=self.server,
        )

    def _apply(
        self,
        st: SyncState,
        records: list[p.Record],
        report: SyncReport,
        *,
        retry_parked: bool,
        checked: Collection[tuple[str, str, int]] = (),
    ) -> None:
        """Server records into the store: parents first, each record's own failure kept to itself.
        ``checked``: (kind, id, version) of records whose data is known to describe a record of their kind
        (a record of another shape is left out: a newer server's)."""
        todo = [(r.kind, r.id, r.version, r.deleted, r.data, r.updated_at, r.updated_by) for r in records]
        if retry_parked:
            seen = {(r.kind, r.id) for r in records}
            todo += [
                (s.kind, s.id, s.version, s.deleted, s.data, _stamp(self.clock()), "")
                for s in st.shadows(self.server, parked=True)
                if (s.kind, s.id) not in seen
            ]
        todo.sort(key=lambda t: (p.KIND_ORDER.get(t[0], 99), t[2]))
        keeps = self._kept_committees(st)
        # Told once per kind at the end: a set grown record by record would be copied each time.
        touched: dict[str, list[str]] = {}
        # Nothing sent and unanswered (the usual case): no record needs its sent copy looked up or dropped.
        unanswered = st.any_sent(self.server)
        # Many records (a first sync): what is held here is read once, and a record new to this computer
        # needs no lookups of its own.
        known: dict[str, set[str]] | None = None
        if len(todo) >= MANY_RECORDS:
            known = st.shadow_ids(self.server)
            for kind in {t[0] for t in todo if t[0] in SYNCED}:
                known[kind] = known.get(kind, set()) | st.ids(kind)
        Item = tuple[str, str, int, bool, dict[str, Any], str, str]

        def one(item: Item, new: bool) -> None:
            kind, record_id, version, deleted, data, updated_at, updated_by = item
            try:
                with st.savepoint():
                    if self._apply_one(
                        st, kind, record_id, version, deleted, data, updated_at, updated_by, report,
                        unanswered=unanswered, new=new,
                    ):  # fmt: skip
                        report.pulled += 1
                        touched.setdefault(kind, []).append(record_id)
            except RowRefused:  # a unique number or name taken here: hold it back, keep the rest
                self._park(st, kind, record_id, version, deleted, data)

        # Records new to this computer, of one kind, written together (as _apply_one would write each);
        # should the store refuse one of them, each goes on its own.
        fresh: list[Item] = []

        def write_fresh() -> None:
            if not fresh:
                return
            kind = fresh[0][0]
            try:
                with st.savepoint():
                    st.write_received(kind, [(i[4], i[2], i[5], i[6]) for i in fresh])
                    st.put_shadows(self.server, [Shadow(kind, i[1], i[2], False, i[4], True) for i in fresh])
            except RowRefused:
                for item in fresh:
                    one(item, new=True)
            else:
                report.pulled += len(fresh)
                touched.setdefault(kind, []).extend(i[1] for i in fresh)
            fresh.clear()

        for item in todo:
            kind, record_id, version, deleted, data, updated_at, updated_by = item
            # Written before this record is looked at: what it asks of the store (its paper's class, its
            # meeting's) is there, as it would be one by one.
            if fresh and (fresh[0][0] != kind or len(fresh) >= FRESH_BATCH):
                write_fresh()
            if (kind, record_id, version) not in checked:
                try:
                    p.decode(kind, data)
                except p.RecordError:
                    continue  # not a record this desktop can hold; the server validated it: newer server
            if kind not in SYNCED or data.get("id") != record_id:
                continue
            if kind == Kind.ANNOTATION and self._note_unsealable(st, data):
                report.not_sealed += 1
                continue  # neither in clear nor sealed: it stays on the server
            if kind == Kind.DOCUMENT and data.get("text") and self._sealed_document(st, data, keeps):
                # A confidential paper's text never reaches this laptop's database (nor its shadow): it
                # would be readable there in clear. Search finds it by name; the viewer reads the paper.
                data = {**data, "text": ""}
                item = (kind, record_id, version, deleted, data, updated_at, updated_by)
                held = st.row(kind, record_id)
                if held is not None and held.data.get("text"):
                    st.forget()  # its class was raised: the text read here before leaves no trace
            new = known is not None and record_id not in known.get(kind, ())
            if new and not deleted:
                fresh.append(item)
            else:
                one(item, new)
        write_fresh()
        for kind, ids in touched.items():
            report.touched(kind, ids)
        # References to records that have not arrived (or never will): hold those back too.
        while violations := st.foreign_key_violations():
            for kind, record_id in violations:
                shadow = st.shadow(self.server, kind, record_id)
                local = st.row(kind, record_id)
                if local is not None and local.dirty:
                    self._lost(st, kind, record_id, WHOLE, local.data, None)
                st.purge(kind, record_id)
                if shadow is not None:
                    st.put_shadow(self.server, Shadow(**{**shadow.__dict__, "parked": True}))

    def _kept_committees(self, st: SyncState) -> set[str]:
        """The committees this server names (or has named) its user secretary of: their papers stay as
        they are here, as her own work does (the secretary's office PC keeps its papers in clear)."""
        state = st.server(self.server)
        if state is None:
            return set()
        return {str(c) for c in (*state.info.get("committees", []), *state.info.get(SECRETARY_OF, []))}

    def _note_committee(self, st: SyncState, document_id: str) -> str | None:
        """The committee of a paper sealed on this laptop (by its class, whether it is here yet or not), or
        None for a paper held in clear. Kept for the run once the paper is known: a pull writes papers
        before the annotations on them, so their class is settled by the time an annotation asks."""
        if document_id in self._note_papers:
            return self._note_papers[document_id]
        info = st.document_secrecy(document_id)
        if info is None:
            return None  # not here (yet): asked again next time
        committee_id, classes, _meeting = info
        sealed = committee_id not in self._kept_committees(st) and expiry.is_confidential(classes)
        self._note_papers[document_id] = committee_id if sealed else None
        return self._note_papers[document_id]

    def _note_key(self, conn: sqlite3.Connection, document_id: str) -> tuple[bytes, bytes] | None:
        """The key an annotation on this paper is sealed with here (the paper's), made on first use like
        the paper's own; None for a paper held in clear. SealedPaperError when it must be sealed and no
        password store can keep the key (``_apply`` leaves such annotations on the server)."""
        committee_id = self._note_committee(SyncState(conn), document_id)
        if committee_id is None:
            return None
        if committee_id not in self._note_keys:
            user = SyncState(conn).server(self.server)
            found = None
            if self.paper_keys is not None and user is not None:
                found = self.paper_keys.key_for(self.server, user.user, committee_id)
            self._note_keys[committee_id] = found
        found = self._note_keys[committee_id]
        if found is None:
            raise SealedPaperError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "annotations on confidential papers (ลับ and above) are not downloaded: no password "
                    "store keeps the key they are encrypted with on this computer",
                )
            )
        return found

    def _note_unsealable(self, st: SyncState, data: dict[str, Any]) -> bool:
        """An annotation on a paper to be sealed here, whose key no password store can keep: not stored."""
        document_id = data.get("document_id")
        if not document_id or self._note_committee(st, str(document_id)) is None:
            return False
        try:
            self._note_key(st.connection, str(document_id))
        except SealedPaperError:
            return True
        return False

    @staticmethod
    def _sealed_document(st: SyncState, data: dict[str, Any], keeps: set[str]) -> bool:
        """Whether a document (its server data) is sealed on this laptop: classed ลับ or above (itself, its
        item or its meeting) in a committee whose secretary this user is not."""
        meeting = st.row(Kind.MEETING, str(data.get("meeting_id")))
        item = st.row(Kind.AGENDA_ITEM, str(data["item_id"])) if data.get("item_id") else None
        if meeting is not None and meeting.data.get("committee_id") in keeps:
            return False
        classes = [str(data.get("secrecy", "normal"))]
        classes += [str(r.data.get("secrecy", "normal")) for r in (meeting, item) if r is not None]
        return expiry.is_confidential(classes)

    def _park(
        self, st: SyncState, kind: str, record_id: str, version: int, deleted: bool, data: dict[str, Any]
    ) -> None:
        old = st.shadow(self.server, kind, record_id)
        received = old.received if old else st.row(kind, record_id) is None
        st.put_shadow(self.server, Shadow(kind, record_id, version, deleted, data, received, parked=True))

    def _apply_one(
        self,
        st: SyncState,
        kind: str,
        record_id: str,
        version: int,
        deleted: bool,
        data: dict[str, Any],
        updated_at: str,
        updated_by: str,
        report: SyncReport,
        *,
        unanswered: bool = True,
        new: bool = False,
    ) -> bool:
        """``unanswered``: whether any push to this server may still wait for its answer (else its sent
        copies need no looking at); ``new``: the record is known to be neither held here nor shadowed."""
        shadow = None if new else st.shadow(self.server, kind, record_id)
        local = None if new else st.row(kind, record_id)
        if shadow is not None and not shadow.parked and shadow.version >= version and local is not None:
            return False  # nothing newer than what we have
        received = shadow.received if shadow is not None else local is None
        stamp = {"updated_at": updated_at, "updated_by": updated_by}
        if local is None:
            if not deleted:
                st.write(kind, data, version=version, dirty=False, deleted=False, **stamp)
        elif not local.dirty:
            st.write(kind, data, version=version, dirty=False, deleted=deleted, **stamp)
        else:
            base = shadow.data if shadow is not None and not shadow.parked else None
            base_deleted = shadow.deleted if shadow else False
            if unanswered and st.sent(self.server, kind, record_id) == (data, deleted):
                # Our own push, whose answer was lost: the server's copy is the base of the local edits.
                base, base_deleted = data, deleted
            merged = merge_record(base, base_deleted, local.data, local.deleted, data, deleted)
            for lost in merged.lost:
                self._lost(st, kind, record_id, lost.field, lost.local, lost.server)
                report.conflicts += 1
            still_dirty = merged.data != data or merged.deleted != deleted
            st.write(kind, merged.data, version=version, dirty=still_dirty, deleted=merged.deleted, **stamp)
        st.put_shadow(self.server, Shadow(kind, record_id, version, deleted, data, received))
        if unanswered:
            st.clear_sent(self.server, kind, record_id)
        return True

    def _lost(self, st: SyncState, kind: str, record_id: str, name: str, local: Any, server: Any) -> None:
        st.add_conflict(
            ConflictCopy(str(uuid.uuid4()), self.server, kind, record_id, name, local, server, self.clock())
        )

    def _remove_unreturned(
        self,
        st: SyncState,
        returned: set[tuple[str, str]],
        report: SyncReport,
        *,
        allowed: bool | Collection[str],
        own_committees: set[str] | None = None,
    ) -> int:
        """After a full pull: synced records the server no longer gives us go (children first), and so do
        clean tombstones of synced records (the server keeps those): a tombstone still refers to its parents,
        which must be able to go too (a person whose only invitation was withdrawn). More than QUIET_REMOVALS
        meetings going at once is refused (TooManyRemovals) and nothing goes, unless ``allowed`` is True or
        holds every one of them (the meetings the user was shown and agreed to remove). ``own_committees``
        is ``_own_committees(st)``, for a caller that has it already.

        Only what came from the server goes: this computer's own work stays whatever
        the server says (a server restored from an older backup, a secretary whose role was taken away):
        records made here, and the meetings of committees its user is the secretary of here, with
        everything in them. They stay as records the server does not have (version 0, to be sent): a
        meeting still published is offered again, and a server that refuses it is answered as for any
        refused publish."""
        # The shadows' data is read only for those that go (a first sync returns all of its many).
        unreturned: list[Shadow] = []
        for kind in reversed(SYNCED):
            for record_id, deleted in st.shadow_heads(self.server, kind):
                goes = (kind, record_id) not in returned or (
                    deleted and self._clean_tombstone(st, kind, record_id)
                )
                if goes and (shadow := st.shadow(self.server, kind, record_id)) is not None:
                    unreturned.append(shadow)
        if own_committees is None:
            own_committees = self._own_committees(st)
        doomed: list[Shadow] = []
        kept: list[Shadow] = []
        for s in unreturned:
            local = st.row(s.kind, s.id)
            clean = local is not None and not local.deleted and not local.dirty
            if clean and local is not None and self._own(st, s, local, own_committees):
                kept.append(s)
            else:
                doomed.append(s)  # (a local edit is not removed either: below, it stays to be sent as new)
        doomed += self._left_in(
            st, {s.id for s in doomed if s.kind == Kind.MEETING}, {(s.kind, s.id) for s in doomed}
        )
        doomed.sort(key=lambda s: -p.KIND_ORDER.get(s.kind, 99))  # children first
        if allowed is not True:
            meetings: list[str] = []
            for s in doomed:
                local = st.row(s.kind, s.id) if s.kind == Kind.MEETING else None
                if local is not None and not local.deleted and not local.dirty and local.version > 0:
                    meetings.append(s.id)
            agreed = set(allowed) if allowed else set()
            if len(meetings) > QUIET_REMOVALS and not set(meetings) <= agreed:
                raise self._too_many(tuple(meetings))
        for s in kept:  # stays, as a record the server does not have: a published meeting is sent again
            st.drop_shadow(self.server, s.kind, s.id)
            st.mark_new(s.kind, s.id)
        removed = 0
        progress = True
        while doomed and progress:  # a tree of agenda items: parents go once their children have
            progress = False
            left: list[Shadow] = []
            for s in doomed:
                local = st.row(s.kind, s.id)
                if local is not None and (local.dirty or local.version == 0):
                    st.drop_shadow(self.server, s.kind, s.id)  # a local edit stays and is pushed as new
                    st.set_synced(s.kind, s.id, 0, clean=False)
                    progress = True
                    continue
                try:
                    with st.savepoint():
                        gone = local is not None and st.purge(s.kind, s.id)
                except RowRefused:  # still referred to: try again after its children
                    left.append(s)
                    continue
                st.drop_shadow(self.server, s.kind, s.id)
                if gone and local is not None and not local.deleted:  # a tombstone was out of sight already
                    removed += 1
                    report.touched(s.kind, [s.id])
                progress = True
            doomed = left
        return removed

    def _left_in(self, st: SyncState, meetings: set[str], doomed: set[tuple[str, str]]) -> list[Shadow]:
        """Synced records the server still returns inside meetings that go (a member's own private note
        on a meeting no longer shared with her): they go with it, or they would hold the meeting here.
        The server keeps them; they come back with the meeting."""
        if not meetings:
            return []
        out: list[Shadow] = []
        for s in st.shadows(self.server):
            if (s.kind, s.id) in doomed or s.kind == Kind.MEETING or s.kind not in SYNCED:
                continue
            local = st.row(s.kind, s.id)
            if local is not None and not local.dirty and self._meeting_of(st, local) in meetings:
                out.append(s)
        return out

    def _own_committees(self, st: SyncState) -> set[str]:
        """Committees the server has named this user secretary of (GET /me, remembered, so that a role taken
        away does not make her work something the server only shared). Never a committee's roll: the roll
        came from the server, and a member named secretary in it has no meetings of her own."""
        state = st.server(self.server)
        if state is None:
            return set()
        return set(state.info.get(SECRETARY_OF, ())) | set(state.info.get("committees", ()))

    def _own(self, st: SyncState, shadow: Shadow, local: LocalRow, own_committees: set[str]) -> bool:
        """Whether a record is this computer's own work rather than something the server shared: what is
        in a meeting counts as the meeting does, so a member's ballot goes with a meeting taken back."""
        meeting_id = self._meeting_of(st, local)
        if meeting_id is not None and (meeting := st.row(Kind.MEETING, meeting_id)) is not None:
            if meeting.data["committee_id"] in own_committees:
                return True
            meeting_shadow = st.shadow(self.server, Kind.MEETING, meeting_id)
            return meeting_shadow is None or not meeting_shadow.received
        if local.kind in (Kind.COMMITTEE, Kind.MEMBERSHIP):
            committee = local.id if local.kind == Kind.COMMITTEE else local.data["committee_id"]
            if committee in own_committees:
                return True
        return not shadow.received

    @staticmethod
    def _clean_tombstone(st: SyncState, kind: str, record_id: str) -> bool:
        local = st.row(kind, record_id)
        return local is None or (local.deleted and not local.dirty)

    # -- push ------------------------------------------------------------------------------------------

    def _scope(self, st: SyncState, rows: list[LocalRow]) -> list[LocalRow]:
        """The dirty rows that belong to this server: synced with it before, or part of a meeting that
        was published to it or came from it."""
        known = st.shadow_ids(self.server)
        meetings = st.published(self.server) | known.get(Kind.MEETING, set())
        state = st.server(self.server)
        policies = [] if state is None else state.info.get("policies", [])
        top_secret_ok = {p["committee_id"] for p in policies if p.get("allow_top_secret")}
        out: list[LocalRow] = []
        directory: set[tuple[str, str]] | None = None
        people: list[LocalRow] = []  # not the server's yet: sent when an invitation sent names them
        for row in rows:
            if row.data.get("secrecy") == m.Secrecy.TOP_SECRET.value and not self._may_leave(
                st, row, top_secret_ok
            ):
                continue  # ลับที่สุด stays on this computer unless the committee's policy allows it
            if row.id in known.get(row.kind, ()):
                out.append(row)
            elif row.kind in (Kind.COMMITTEE, Kind.PERSON, Kind.MEMBERSHIP):
                if directory is None:
                    directory = self._directory(st.published(self.server))
                if (row.kind, row.id) in directory:
                    out.append(row)
                elif row.kind == Kind.PERSON:
                    people.append(row)
            elif self._meeting_of(st, row) in meetings:
                out.append(row)
        # Someone a member sends in their place who is not on the roll: made here, named by the invitation.
        named = {r.data.get("person_id") for r in out if r.kind == Kind.INVITATION and not r.deleted}
        return out + [row for row in people if row.id in named]

    def _may_leave(self, st: SyncState, row: LocalRow, allowed_committees: set[str]) -> bool:
        meeting = st.row(Kind.MEETING, self._meeting_of(st, row) or "")
        return meeting is not None and meeting.data["committee_id"] in allowed_committees

    def _directory(self, meeting_ids: set[str]) -> set[tuple[str, str]]:
        """(kind, id) of the committees, memberships and people that published meetings refer to."""
        out: set[tuple[str, str]] = set()
        for meeting_id in meeting_ids:
            try:
                bundle = self.bundle(meeting_id)
            except EmeetingError:
                continue
            out.add((Kind.COMMITTEE, bundle.committee.id))
            out |= {(Kind.PERSON, x.id) for x in bundle.people}
            out |= {(Kind.MEMBERSHIP, x.id) for x in bundle.memberships}
        return out

    @staticmethod
    def _meeting_of(st: SyncState, row: LocalRow) -> str | None:
        data = row.data
        if row.kind == Kind.MEETING:
            return row.id
        if "meeting_id" in data:
            return str(data["meeting_id"])
        for name in ("item_id", "vote_id", "minutes_id"):
            if data.get(name):
                parent = st.row(REFERENCES[name], data[name])
                return None if parent is None else str(parent.data["meeting_id"])
        return None

    def _push(self, report: SyncReport, progress: Progress | None) -> None:
        self._resend_unsent_publishes()
        troubled = 0
        while troubled < MAX_PUSH_ROUNDS:
            with self.state_store.transaction() as st:
                rows = self._scope(st, st.dirty(SYNCED))
                for row in rows:  # made and deleted here without ever reaching the server
                    if row.deleted and row.version == 0 and st.shadow(self.server, row.kind, row.id) is None:
                        st.set_synced(row.kind, row.id, 0, clean=True)
            rows = [r for r in rows if not (r.deleted and r.version == 0)][: p.PUSH_MAX]
            if not rows:
                return
            rows.sort(key=lambda r: p.KIND_ORDER[r.kind])
            self._upload(rows, report, progress)
            changes = [
                p.Change(kind=r.kind, id=r.id, base_version=r.version, deleted=r.deleted, data=r.data)
                for r in rows
            ]
            if progress is not None:
                progress("push", 0, len(changes))
            with self.state_store.transaction() as st:  # should the answer be lost, we know our own
                for r in rows:
                    st.mark_sent(self.server, r.kind, r.id, r.data, r.deleted)
            try:
                result = self.client.push(changes)
            except PushConflict as e:
                self._take_conflicts(e, report)
                troubled += 1
                continue
            except ServerRefused as e:
                refused = isinstance(e, PushRefused)
                if not refused and (e.body is None or e.body.error != "invalid_record" or not e.body.records):
                    raise
                self._forget_sent(rows)  # the server took none of this push
                # A record the server will not take (someone else's) or cannot take (refers to a record
                # it lacks, breaks a rule of a newer version): in a meeting it never took, the publish is
                # dropped; otherwise the record goes back to the server's copy, the local edit kept as a
                # conflict copy, rather than the same push failing at every sync.
                if self._drop_refused_publishes(e, report):
                    continue  # fewer meetings to send each time: this ends
                self._revert_refused(e, report)
                troubled += 1
                continue
            self._accepted(rows, result, report)
            if progress is not None:
                progress("push", len(changes), len(changes))
        raise SyncError(
            QT_TRANSLATE_NOOP("Errors", "the changes could not be sent: they kept meeting newer ones")
        )

    def _forget_sent(self, rows: list[LocalRow]) -> None:
        """A refused push was not taken: what it sent is not the server's copy of anything."""
        with self.state_store.transaction() as st:
            for r in rows:
                st.clear_sent(self.server, r.kind, r.id)

    def _pending_publishes(self, st: SyncState) -> set[str]:
        """Meetings published to this server that it has not taken yet."""
        return st.published(self.server) - st.shadow_ids(self.server).get(Kind.MEETING, set())

    def _resend_unsent_publishes(self) -> None:
        """A meeting published but not yet on the server, or the committee and people it refers to, that
        an earlier version set aside as sent after a refusal (clean at version 0): send it again, so that
        the server answers for the meeting itself rather than for its children's references to it."""
        with self.state_store.read() as st:  # (most syncs have nothing pending: no write lock for them)
            pending = self._pending_publishes(st)
        if not pending:
            return
        with self.state_store.transaction() as st:
            for kind, record_id in {(Kind.MEETING, x) for x in pending} | self._directory(pending):
                row = st.row(kind, record_id)
                if row is None or row.dirty or row.deleted or row.version != 0:
                    continue
                if st.shadow(self.server, kind, record_id) is None:
                    st.mark_new(kind, record_id)

    def _drop_refused_publishes(self, error: ServerRefused, report: SyncReport) -> bool:
        """Refused records that belong to meetings the server has not taken: those meetings are no longer
        published to it (their records stay as they are, no conflict copies); True when any was dropped."""
        body = error.body
        if body is None:
            return False
        with self.state_store.transaction() as st:
            pending = self._pending_publishes(st)
            # The people each pending meeting sends: one meeting loaded once, and only when a person was
            # refused, rather than once for every refused person while the write lock is held.
            people_refused = any(key.partition("/")[0] == Kind.PERSON for key in body.records)
            directories = {x: self._directory({x}) for x in pending} if people_refused else {}
            dropped: list[str] = []
            for key in body.records:
                kind, _, record_id = key.partition("/")
                for meeting_id in sorted(self._publishes_of(st, kind, record_id, pending, directories)):
                    if meeting_id not in dropped:
                        dropped.append(meeting_id)
            for key in body.records:  # (whatever else the push held was not taken either: run() forgets it)
                kind, _, record_id = key.partition("/")
                st.clear_sent(self.server, kind, record_id)
            for meeting_id in dropped:
                st.unpublish(self.server, meeting_id)
                report.refused.append(self._refusal(st, meeting_id, body))
                report.touched(Kind.MEETING, [meeting_id])
        return bool(dropped)

    def _publishes_of(
        self,
        st: SyncState,
        kind: str,
        record_id: str,
        pending: set[str],
        directories: dict[str, set[tuple[str, str]]],
    ) -> set[str]:
        """Which of the ``pending`` meetings a record is sent for; ``directories`` holds the directory
        (``_directory``) of each pending meeting, needed for a person."""
        row = st.row(kind, record_id) if kind in SYNCED else None
        if row is None or not pending:
            return set()
        if kind in (Kind.COMMITTEE, Kind.MEMBERSHIP):
            committee = record_id if kind == Kind.COMMITTEE else row.data["committee_id"]
            return {
                x for x in pending if (mt := st.row(Kind.MEETING, x)) and mt.data["committee_id"] == committee
            }
        if kind == Kind.PERSON:
            return {x for x in pending if (Kind.PERSON, record_id) in directories[x]}
        meeting_id = self._meeting_of(st, row)
        return {meeting_id} & pending if meeting_id is not None else set()

    def _refusal(self, st: SyncState, meeting_id: str, body: p.ErrorBody) -> PublishRefused:
        meeting = st.row(Kind.MEETING, meeting_id)
        data = meeting.data if meeting is not None else {}
        committee_id = str(data.get("committee_id", ""))
        committee = st.row(Kind.COMMITTEE, committee_id)
        short_name = committee.data["short_name"] if committee is not None else "?"
        state = st.server(self.server)
        secretary_of = set() if state is None else set(state.info.get("committees", []))
        reason: EmeetingError
        if body.error == "forbidden" and committee_id not in secretary_of:
            reason = SyncError(
                QT_TRANSLATE_NOOP(
                    "Errors", "you are not the secretary of committee {committee} on this server"
                ),
                committee=committee.data["name"] if committee is not None else committee_id,
            )
        else:
            reason = SyncError(
                QT_TRANSLATE_NOOP("Errors", "the server refused it: {message}"), message=body.message
            )
        try:
            label = p.decode(Kind.MEETING, data).label
        except p.RecordError:  # (gone from this computer meanwhile)
            label = "?"
        return PublishRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "meeting {meeting} “{title}” was not published to {server}: {reason}; it stays on this "
                "computer as it is (publish it again once the server allows it)",
            ),
            meeting_id=meeting_id,
            meeting=f"{short_name}:{label}",
            title=data.get("title", ""),
            server=self.server,
            reason=reason,
        )

    def _upload(self, rows: list[LocalRow], report: SyncReport, progress: Progress | None) -> None:
        shas = sorted({str(r.data["sha256"]) for r in rows if r.kind == Kind.DOCUMENT and not r.deleted})
        for n, sha in enumerate(shas):
            if self.client.upload_blob(sha, self.store.blobs.verified_path(sha)):
                report.uploaded += 1
            if progress is not None:
                progress("upload", n + 1, len(shas))

    def _take_conflicts(self, error: PushConflict, report: SyncReport) -> None:
        conflicts = error.body.conflicts if error.body is not None else []
        with self.state_store.transaction(defer_foreign_keys=True) as st:
            for c in conflicts:
                if c.server is None:  # gone from the server: send it again as new
                    st.drop_shadow(self.server, c.kind, c.id)
                    st.set_synced(c.kind, c.id, 0, clean=False)
            self._apply(st, [c.server for c in conflicts if c.server is not None], report, retry_parked=False)

    def _revert_refused(self, error: ServerRefused, report: SyncReport) -> None:
        """Changes the server will never take from this user: back to the server's copy, the local edit
        kept as a conflict copy."""
        refused = error.body.records if error.body is not None else []
        with self.state_store.transaction() as st:
            for key in refused:
                kind, _, record_id = key.partition("/")
                local = st.row(kind, record_id) if kind in SYNCED else None
                if local is None:
                    continue
                shadow = st.shadow(self.server, kind, record_id)
                st.clear_sent(self.server, kind, record_id)
                self._lost(st, kind, record_id, WHOLE, local.data, None if shadow is None else shadow.data)
                report.conflicts += 1
                if shadow is None:
                    st.set_synced(kind, record_id, 0, clean=True)
                else:
                    st.write(
                        kind, shadow.data, version=shadow.version, dirty=False, deleted=shadow.deleted,
                        updated_at=_stamp(self.clock()), updated_by="",
                    )  # fmt: skip
                report.touched(kind, [record_id])

    def _accepted(self, rows: list[LocalRow], result: p.PushResult, report: SyncReport) -> None:
        sent = {(r.kind, r.id): r for r in rows}
        with self.state_store.transaction() as st:
            for a in result.accepted:
                pushed = sent.get((a.kind, a.id))
                if pushed is None:
                    continue
                now = st.row(a.kind, a.id)
                unchanged = now is not None and now.data == pushed.data and now.deleted == pushed.deleted
                st.clear_sent(self.server, a.kind, a.id)
                st.set_synced(a.kind, a.id, a.version, clean=unchanged)  # edited meanwhile: stays dirty
                old = st.shadow(self.server, a.kind, a.id)
                st.put_shadow(
                    self.server,
                    Shadow(
                        a.kind, a.id, a.version, pushed.deleted, pushed.data, old.received if old else False
                    ),
                )
                report.pushed += 1

    # -- documents -------------------------------------------------------------------------------------

    # Documents up to BATCH_FILE_MAX come many to a request (POST /blobs/batch), DOWNLOAD_THREADS requests
    # at once, and reach the disk together, FLUSH_BYTES at a time; larger ones one by one, resumable.
    BATCH_FILE_MAX = 1 << 20
    BATCH_BYTES = 4 << 20
    BATCH_COUNT = 128
    DOWNLOAD_THREADS = 3
    FLUSH_BYTES = 16 << 20
    # A confidential paper is downloaded into memory (never in part to disk in clear): at most this much,
    # the largest file intake accepts, whatever size the server declares.
    SEALED_DOWNLOAD_MAX = 512 * 1024 * 1024

    def _download(self, report: SyncReport, progress: Progress | None) -> None:
        with self.state_store.read() as st:
            shadows = [
                s for s in st.shadows(self.server, kind=Kind.DOCUMENT) if not s.parked and not s.deleted
            ]
            documents = st.documents_with_blobs([s.id for s in shadows])
            sealing = self._sealing(st, documents)
            text_in_clear = [
                document_id
                for document_id, sha in documents
                if sha in sealing and (row := st.row(Kind.DOCUMENT, document_id)) and row.data.get("text")
            ]
            # Sealed papers of documents no longer here (a meeting no longer shared): not kept either.
            unused = [sha for sha in self.store.sealed.all_hashes() if not st.sha_in_use(sha)]
        for sha in unused:
            self.store.sealed.remove(sha)
        if text_in_clear:
            self._empty_text(text_in_clear)
        keys = self._paper_keys(set(sealing.values()), report)
        self._seal_stored(sealing, keys)
        self._seal_stored_notes([d for d, sha in documents if sha in sealing and sealing[sha] in keys])
        declared = {s.id: s.data.get("size") for s in shadows}
        missing: dict[str, list[str]] = {}
        sizes: dict[str, int] = {}
        declared_sizes: dict[str, int] = {}
        for document_id, sha in documents:
            if sha in sealing and sealing[sha] not in keys:
                report.download_failures += 1
                report.not_sealed += 1
                continue  # no key to seal it with: not downloaded rather than kept in clear
            if not (self.store.sealed.has(sha) if sha in sealing else self.store.blobs.has(sha)):
                missing.setdefault(sha, []).append(document_id)
                size = declared.get(document_id)
                sizes[sha] = size if isinstance(size, int) and size >= 0 else self.BATCH_FILE_MAX + 1
                if isinstance(size, int) and size >= 0:
                    declared_sizes[sha] = size
        done = 0

        def stored(shas: Iterable[str]) -> None:
            nonlocal done
            for sha in shas:
                done += 1
                report.downloaded += 1
                report.touched(Kind.DOCUMENT, missing[sha])
                if progress is not None:
                    progress("download", done, len(missing))

        small = [sha for sha in missing if sizes[sha] <= self.BATCH_FILE_MAX]
        one_by_one = [sha for sha in missing if sizes[sha] > self.BATCH_FILE_MAX]
        if small:
            unavailable, left = self._download_batches(small, sizes, stored, sealing, keys)
            report.download_failures += len(unavailable)
            one_by_one = left + one_by_one
        for sha in one_by_one:
            partial = self.partial_dir / f"{sha}.part"
            try:
                if sha in sealing:
                    # A confidential paper never touches the disk in clear, not even in part: it is held
                    # in memory (bounded by its declared size) and sealed whole, as sealing needs it anyway.
                    partial.unlink(missing_ok=True)  # one an earlier version left in clear
                    most = declared_sizes.get(sha, self.SEALED_DOWNLOAD_MAX)
                    data = self.client.download_to_memory(sha, min(most, self.SEALED_DOWNLOAD_MAX))
                else:
                    self.client.download_blob(sha, partial)
            except ServerRefused:
                report.download_failures += 1
                continue
            if sha in sealing:
                self._put_sealed({sha: data}, sealing, keys)
            else:
                with partial.open("rb") as f:
                    self.store.blobs.put_stream(f, sha)
            partial.unlink(missing_ok=True)
            stored((sha,))

    def _sealing(self, st: SyncState, documents: list[tuple[str, str]]) -> dict[str, str]:
        """sha256 -> committee id of the papers sealed on this laptop (a member's confidential papers);
        content that an open paper also holds is not sealed: the member reads it openly anyway."""
        keeps = self._kept_committees(st)
        sealed: dict[str, str] = {}
        open_content: set[str] = set()
        for document_id, sha in documents:
            info = st.document_secrecy(document_id)
            if info is None:
                continue
            committee_id, classes, _meeting = info
            if committee_id not in keeps and expiry.is_confidential(classes):
                sealed.setdefault(sha, committee_id)
            else:
                open_content.add(sha)
        return {sha: committee for sha, committee in sealed.items() if sha not in open_content}

    def _empty_text(self, document_ids: list[str]) -> None:
        """The text of papers sealed here that was stored in clear (by an earlier version, or before the
        paper's class was raised): emptied in the row and the shadow, as a newly received one is."""
        with self.state_store.transaction() as st:
            for document_id in document_ids:
                row = st.row(Kind.DOCUMENT, document_id)
                if row is None or row.dirty or not row.data.get("text"):
                    continue
                st.forget()
                st.write(
                    Kind.DOCUMENT, {**row.data, "text": ""}, version=row.version, dirty=False,
                    deleted=row.deleted, updated_at=_stamp(self.clock()), updated_by="",
                )  # fmt: skip
                shadow = st.shadow(self.server, Kind.DOCUMENT, document_id)
                if shadow is not None:
                    emptied = {**shadow.data, "text": ""}
                    st.put_shadow(self.server, Shadow(**{**shadow.__dict__, "data": emptied}))

    def _seal_stored_notes(self, document_ids: list[str]) -> None:
        """Annotations on papers sealed here that were stored in clear (by an earlier version, or before the
        paper's class was raised): written again, which seals them, row and shadow."""
        if not document_ids:
            return
        with self.state_store.transaction() as st:
            for note_id in st.annotations_in_clear(document_ids):
                row = st.row(Kind.ANNOTATION, note_id)
                if row is not None:
                    st.rewrite(Kind.ANNOTATION, row)
                shadow = st.shadow(self.server, Kind.ANNOTATION, note_id)
                if shadow is not None:
                    st.put_shadow(self.server, shadow)

    def _paper_keys(self, committees: set[str], report: SyncReport) -> dict[str, tuple[bytes, bytes]]:
        """committee id -> (key id, key) for the committees whose papers are sealed here; a committee is
        left out when no password store can keep its key (``report.unsealable`` says why)."""
        if not committees:
            return {}
        user = self._state().user
        keys: dict[str, tuple[bytes, bytes]] = {}
        for committee_id in sorted(committees):
            found = (
                None if self.paper_keys is None else self.paper_keys.key_for(self.server, user, committee_id)
            )
            if found is not None:
                keys[committee_id] = found
        if len(keys) < len(committees):
            reason = None if self.paper_keys is None else self.paper_keys.unavailable
            report.unsealable = reason or SyncError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "confidential papers (ลับ and above) are not downloaded: no password store keeps the key "
                    "they are encrypted with on this computer",
                )
            )
        return keys

    def _put_sealed(
        self, papers: dict[str, bytes], sealing: dict[str, str], keys: dict[str, tuple[bytes, bytes]]
    ) -> None:
        by_committee: dict[str, dict[str, bytes]] = {}
        for sha, data in papers.items():
            by_committee.setdefault(sealing[sha], {})[sha] = data
        for committee_id, group in by_committee.items():
            key_id, key = keys[committee_id]
            self.store.sealed.put_many(group, key_id, key)

    def _seal_stored(self, sealing: dict[str, str], keys: dict[str, tuple[bytes, bytes]]) -> None:
        """Papers stored in clear before they were sealed here (a class raised since, or received by an
        earlier version): sealed now, and the clear copy removed."""
        for sha, committee_id in sealing.items():
            if committee_id not in keys or not self.store.blobs.has(sha):
                continue
            if not self.store.sealed.has(sha):
                try:
                    data = self.store.blobs.read_bytes(sha)
                except EmeetingError:  # damaged: removed below, downloaded again sealed
                    data = None
                if data is not None:
                    self._put_sealed({sha: data}, sealing, keys)
            self.store.blobs.path(sha).unlink(missing_ok=True)

    def _download_batches(
        self,
        shas: list[str],
        sizes: dict[str, int],
        stored: Callable[[Iterable[str]], None],
        sealing: dict[str, str],
        keys: dict[str, tuple[bytes, bytes]],
    ) -> tuple[set[str], list[str]]:
        """Fetch small documents in batches, a few at once, storing them as they come (what arrived whole
        is kept when a batch breaks off, and the error is raised after it is stored). Returns the hashes the
        server did not send and those it would not send in a batch (to be fetched one by one)."""
        from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

        from emeeting.sync.client import BatchRefused

        batches: list[list[str]] = [[]]
        weight = 0
        for sha in shas:
            full = len(batches[-1]) >= self.BATCH_COUNT or weight + sizes[sha] > self.BATCH_BYTES
            if batches[-1] and full:
                batches.append([])
                weight = 0
            batches[-1].append(sha)
            weight += sizes[sha] + p.BLOB_FRAME_HEADER
        unavailable: set[str] = set()
        refused: list[str] = []
        pending: dict[str, bytes] = {}
        failure: Exception | None = None

        def flush() -> None:
            if not pending:
                return
            self.store.blobs.put_many({sha: d for sha, d in pending.items() if sha not in sealing})
            self._put_sealed({sha: d for sha, d in pending.items() if sha in sealing}, sealing, keys)
            stored(list(pending))
            pending.clear()

        # At most DOWNLOAD_THREADS batches on the way: a batch is asked for only when one has been taken in,
        # so that a disk slower than the network does not leave finished batches piling up in memory.
        waiting = iter(batches)
        with ThreadPoolExecutor(max_workers=self.DOWNLOAD_THREADS, thread_name_prefix="download") as pool:
            jobs: dict[Future[set[str]], tuple[list[str], dict[str, bytes]]] = {}

            def ask_next() -> None:
                batch = next(waiting, None)
                if batch is not None and failure is None:
                    arrived: dict[str, bytes] = {}
                    job = pool.submit(self.client.download_batch, batch, arrived.__setitem__)
                    jobs[job] = (batch, arrived)

            for _ in range(self.DOWNLOAD_THREADS):
                ask_next()
            while jobs:
                done, _ = wait(jobs, return_when=FIRST_COMPLETED)
                for job in done:
                    batch, arrived = jobs.pop(job)
                    pending.update(arrived)  # whole documents, verified, even from a batch that broke off
                    try:
                        unavailable |= job.result()
                    except BatchRefused:
                        refused += [sha for sha in batch if sha not in arrived]
                    except Exception as error:  # raised below, once what arrived is stored
                        failure = failure or error
                    if sum(len(data) for data in pending.values()) >= self.FLUSH_BYTES:
                        flush()
                    ask_next()
        flush()
        if failure is not None:
            raise failure
        return unavailable, refused

    # -- revoke and expiry -----------------------------------------------------------------------------

    def wipe_confidential(self, committees: set[str] | None, *, destroy_keys: bool = False) -> int:
        keys = self.paper_keys if destroy_keys else None
        return expiry.wipe_confidential(self.store, self.server, committees, keys)

    def expire_offline(self) -> int:
        return expiry.expire_offline(self.store, self.server, self.clock, self.paper_keys)
