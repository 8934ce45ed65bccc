"""What a server's sync state remembers beyond one answer to GET /me: shared by the sync service (login)
and the sync engine (every sync)."""

from __future__ import annotations

from typing import Any

# In a server's sync state: the id of the server database this computer's records came from.
SYNCED_SERVER_ID = "synced_server_id"
# In a server's sync state: every committee that server has named its user secretary of (GET /me), kept
# when the role is taken away: the meetings of those committees here are her own work, not the server's.
SECRETARY_OF = "secretary_of"
# In a server's sync state: the meetings held back from removal until the user allows it (TooManyRemovals).
HELD_REMOVALS = "held_removals"

# What outlives one answer to GET /me. The server's own: whoever logs in to it.
KEPT_FOR_THE_SERVER = (SYNCED_SERVER_ID,)
# The user's own: kept while the same user logs in again, never handed to another.
KEPT_FOR_THE_USER = (SECRETARY_OF, HELD_REMOVALS)


def remembered(info: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    """A server's sync state after a new ``answer`` to GET /me, keeping what outlives one answer: the
    server the records came from, the committees ever named the user's and the removals held back."""
    kept = {k: info[k] for k in KEPT_FOR_THE_SERVER + KEPT_FOR_THE_USER if k in info}
    ever = set(info.get(SECRETARY_OF, ())) | set(info.get("committees", ())) | set(answer["committees"])
    return answer | kept | {SECRETARY_OF: sorted(ever)}


def for_another_user(info: dict[str, Any]) -> dict[str, Any]:
    """A server's sync state as another user of it starts from: only what belongs to the server."""
    return {k: info[k] for k in KEPT_FOR_THE_SERVER if k in info}


def live_log_key(base_url: str, server_id: str | None) -> str:
    """Under which name a server's live events are kept here: its address and its database's id (event
    ids count from 1 in each database; a server older than the id is known by its address alone)."""
    return f"{base_url}#{server_id}" if server_id else base_url
