"""The user's calendar feed on a sync server: make its private address, show it, stop it.

The server keeps only a hash of the address's secret, so it tells the address once, when it makes it; this
computer keeps it in the OS password store (it opens the user's calendar to whoever has it), for this session
only when there is none. An address this computer does not keep can only be replaced by a new one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from emeeting.domain.errors import QT_TRANSLATE_NOOP
from emeeting.services.credentials import Credentials
from emeeting.storage.codec import datetime_from_db
from emeeting.sync.service import NotLoggedIn, normalise_url

if TYPE_CHECKING:
    from emeeting.storage.sync_state import ServerState
    from emeeting.sync.client import SyncClient
    from emeeting.sync.service import SyncService

ADDRESS_SERVICE = "emeeting-calendar-feed"


@dataclass(frozen=True)
class FeedState:
    """``address``: the whole URL to subscribe to, when this computer keeps it."""

    exists: bool
    created_at: datetime | None = None
    address: str | None = None
    kept: bool = True  # False: the address is kept for this session only (no password store)


class CalendarFeeds:
    def __init__(self, sync: SyncService, addresses: Credentials | None = None) -> None:
        self.sync = sync
        self.addresses = addresses if addresses is not None else Credentials(ADDRESS_SERVICE)

    @contextmanager
    def _client(self, url: str) -> Iterator[tuple[ServerState, SyncClient]]:
        from emeeting.sync.client import AuthError

        state = self.sync.server(normalise_url(url))
        token = None if state is None else self.sync.credentials.get(state.url, state.user)
        if state is None or token is None:
            raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "log in to {server} first"), server=url)
        client = self.sync.client_factory(state.url, token)
        try:
            yield state, client
        except AuthError as error:
            if error.code in ("invalid_token", "token_expired", "device_revoked", "user_disabled"):
                self.sync.credentials.delete(state.url, state.user)
            raise
        finally:
            client.close()

    def state(self, url: str) -> FeedState:
        """Whether the user has a feed on the server, and its address when this computer keeps it."""
        with self._client(url) as (server, client):
            feed = client.calendar_feed()
        if not feed.exists:
            self.addresses.delete(server.url, server.user)
            return FeedState(False)
        address = self.addresses.get(server.url, server.user)
        return FeedState(True, _when(feed.created_at), address, self.addresses.check() is None)

    def new(self, url: str) -> FeedState:
        """A new private address (the one before stops working)."""
        with self._client(url) as (server, client):
            feed = client.new_calendar_feed()
        address = server.url + (feed.path or "")
        kept = self.addresses.set(server.url, server.user, address)
        return FeedState(True, _when(feed.created_at), address, kept)

    def end(self, url: str) -> None:
        """Stop the feed: its address no longer works."""
        with self._client(url) as (server, client):
            client.end_calendar_feed()
        self.addresses.delete(server.url, server.user)


def _when(text: str | None) -> datetime | None:
    try:
        return None if text is None else datetime_from_db(text)
    except ValueError:
        return None
