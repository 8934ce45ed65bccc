"""Confidential documents received from a server: wiped when access ends or the offline limit passes.

Only the store is needed (no HTTP client, no protocol models), so the desktop can apply the offline limit
at start-up without paying for the network stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from emeeting.domain import model as m
from emeeting.domain.kinds import Kind
from emeeting.storage.sealed import PaperKeySource
from emeeting.storage.store import Store
from emeeting.storage.sync_state import ServerState, SyncStore

if TYPE_CHECKING:
    from emeeting.sync.paper_keys import PaperKeys

CONFIDENTIAL_RANK = m.Secrecy.CONFIDENTIAL.rank


def is_confidential(classes: Iterable[str]) -> bool:
    return any(m.Secrecy(c).rank >= CONFIDENTIAL_RANK for c in classes)


@dataclass(frozen=True)
class OfflineLimit:
    """A confidential paper's committee allows ``allowed_days`` without contact with ``server``; this
    computer has been without it for ``offline_days``."""

    server: str
    allowed_days: int
    offline_days: int


def is_confidential_document(store: Store, document_id: str) -> bool:
    """Whether the document is classed ลับ or above (itself, its item or its meeting)."""
    with SyncStore(store).read() as st:
        info = st.document_secrecy(document_id)
    return info is not None and is_confidential(info[1])


def offline_limit_passed(
    store: Store, document_id: str, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> OfflineLimit | None:
    """The limit a confidential document received from a server is past (no contact with that server for
    longer than its committee's offline days), or None: the paper may be read. The same rule as
    ``expire_offline``, asked of one paper, so that a window open since before the limit passed closes the
    paper too, not only the next start or sync."""
    with SyncStore(store).read() as st:
        info = st.document_secrecy(document_id)
        if info is None or not is_confidential(info[1]):
            return None
        committee_id = info[0]
        now = clock()
        for state in st.servers():
            allowed = _past_limit(state, now).get(committee_id)
            if allowed is None or st.shadow(state.url, Kind.DOCUMENT, document_id) is None:
                continue
            assert state.last_contact is not None  # a limit passes only after a contact
            return OfflineLimit(state.url, allowed, (now - state.last_contact).days)
    return None


def closed_key_ids(store: Store, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> set[bytes]:
    """The ids of the paper keys of committees whose offline limit has passed on this computer (the same
    rule as ``expire_offline``)."""
    from emeeting.sync.paper_keys import key_id

    now = clock()
    with SyncStore(store).read() as st:
        states = st.servers()
    return {key_id(s.url, s.user, committee_id) for s in states for committee_id in _past_limit(s, now)}


class KeysWithinLimit:
    """The password store's paper keys, but none of a committee whose offline limit has passed: every way
    to a sealed paper (a viewer, a board book, an annotated copy, the command line) then finds it closed,
    even before the next start or sync wipes it, and in a read-only data folder where the wipe cannot
    happen."""

    def __init__(
        self, store: Store, keys: PaperKeySource, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._store = store
        self._keys = keys
        self._clock = clock

    def paper_key(self, key_id: bytes) -> bytes | None:
        if key_id in closed_key_ids(self._store, self._clock):
            return None
        return self._keys.paper_key(key_id)


def partial_dir(store: Store) -> Path:
    """Where resumable downloads keep what has arrived so far."""
    return store.data_dir / "sync-partial"


def wipe_confidential(
    store: Store, server: str, committees: set[str] | None, keys: PaperKeys | None = None
) -> int:
    """Remove the confidential documents received from ``server`` (of these committees, or all), with
    their files, sealed or not; the next contact brings back what the user may still see. With ``keys``
    the keys of those committees' sealed papers are destroyed too, so that no copy of a sealed file (a
    backup, an undeleted sector) can be read again."""
    wiped: list[str] = []
    wiped_committees: set[str] = set()
    with SyncStore(store).transaction() as st:
        for shadow in st.shadows(server, kind=Kind.DOCUMENT):
            if not shadow.received:
                continue
            info = st.document_secrecy(shadow.id)
            if info is None:
                continue
            committee_id, classes, _meeting = info
            if committees is not None and committee_id not in committees:
                continue
            if is_confidential(classes):
                wiped_committees.add(committee_id)
                # The annotations on it go with it: sealed with its key, they could not be read again.
                for note_id in st.annotations_on([shadow.id]):
                    st.purge(Kind.ANNOTATION, note_id)
                    st.drop_shadow(server, Kind.ANNOTATION, note_id)
                    st.clear_sent(server, Kind.ANNOTATION, note_id)
                st.purge(Kind.DOCUMENT, shadow.id)
                st.drop_shadow(server, Kind.DOCUMENT, shadow.id)
                wiped.append(str(shadow.data["sha256"]))
        state = st.server(server)
        if state is not None and wiped:
            state.resync = True
            st.save_server(state)
        gone = [sha for sha in set(wiped) if not st.sha_in_use(sha)]
    if keys is not None and state is not None:
        known = {str(policy["committee_id"]) for policy in state.info.get("policies", [])}
        keys.destroy(server, state.user, wiped_committees | (known if committees is None else committees))
    for sha in gone:
        store.blobs.path(sha).unlink(missing_ok=True)
        store.sealed.remove(sha)
        (partial_dir(store) / f"{sha}.part").unlink(missing_ok=True)
    return len(wiped)


def expire_offline(
    store: Store,
    server: str,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    keys: PaperKeys | None = None,
) -> int:
    """Wipe confidential documents of committees whose offline limit has passed since the last contact
    with ``server``."""
    with SyncStore(store).read() as st:
        state = st.server(server)
    expired = set() if state is None else set(_past_limit(state, clock()))
    return wipe_confidential(store, server, expired, keys) if expired else 0


def _past_limit(state: ServerState, now: datetime) -> dict[str, int]:
    """committee id -> the offline days it allows, for the committees whose limit has passed since the
    last contact with this server (none before a first contact). The one rule the wipe, the closed paper
    and the withheld keys all follow."""
    if state.last_contact is None:
        return {}
    offline = now - state.last_contact
    past: dict[str, int] = {}
    for policy in state.info.get("policies", []):
        allowed = int(policy["offline_days"])
        if offline > timedelta(days=allowed):
            past[str(policy["committee_id"])] = allowed
    return past
