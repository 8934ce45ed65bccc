"""What a server's sync state remembers beyond one answer to GET /me: shared by the sync service (login)
and the sync engine (every sync)."""

from __future__ import annotations

from typing import Any

# In a server's sync state: the id of the server database this computer's records came from.
SYNCED_SERVER_ID = "synced_server_id"
# In a server's sync state: every committee that server has named its user secretary of (GET /me), kept
# when the role is taken away: the meetings of those committees here are her own work, not the server's.
SECRETARY_OF = "secretary_of"


def remembered(info: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    """A server's sync state after a new ``answer`` to GET /me, keeping what outlives one answer: the
    server the records came from and the committees ever named the user's."""
    ever = set(info.get(SECRETARY_OF, ())) | set(info.get("committees", ())) | set(answer["committees"])
    kept = {SYNCED_SERVER_ID: info[SYNCED_SERVER_ID]} if SYNCED_SERVER_ID in info else {}
    return answer | kept | {SECRETARY_OF: sorted(ever)}
