"""Confidential documents received from a server: wiped when access ends or the offline limit passes.

Only the store is needed (no HTTP client, no protocol models), so the desktop can apply the offline limit
at start-up without paying for the network stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from emeeting.domain import model as m
from emeeting.domain.kinds import Kind
from emeeting.storage.store import Store
from emeeting.storage.sync_state import SyncStore

CONFIDENTIAL_RANK = m.Secrecy.CONFIDENTIAL.rank


def is_confidential(classes: Iterable[str]) -> bool:
    return any(m.Secrecy(c).rank >= CONFIDENTIAL_RANK for c in classes)


def partial_dir(store: Store) -> Path:
    """Where resumable downloads keep what has arrived so far."""
    return store.data_dir / "sync-partial"


def wipe_confidential(store: Store, server: str, committees: set[str] | None) -> int:
    """Remove the confidential documents received from ``server`` (of these committees, or all), with
    their files; the next contact brings back what the user may still see."""
    wiped: list[str] = []
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
                st.purge(Kind.DOCUMENT, shadow.id)
                st.drop_shadow(server, Kind.DOCUMENT, shadow.id)
                wiped.append(str(shadow.data["sha256"]))
        state = st.server(server)
        if state is not None and wiped:
            state.resync = True
            st.save_server(state)
        gone = [sha for sha in set(wiped) if not st.sha_in_use(sha)]
    for sha in gone:
        store.blobs.path(sha).unlink(missing_ok=True)
        (partial_dir(store) / f"{sha}.part").unlink(missing_ok=True)
    return len(wiped)


def expire_offline(
    store: Store, server: str, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> int:
    """Wipe confidential documents of committees whose offline limit has passed since the last contact
    with ``server``."""
    with SyncStore(store).read() as st:
        state = st.server(server)
    if state is None or state.last_contact is None:
        return 0
    offline = clock() - state.last_contact
    expired = {
        policy["committee_id"]
        for policy in state.info.get("policies", [])
        if offline > timedelta(days=int(policy["offline_days"]))
    }
    return wipe_confidential(store, server, expired) if expired else 0
