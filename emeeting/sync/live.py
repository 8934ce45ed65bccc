"""The live channel of a meeting, from the desktop's side: catching up on its events, following its stream
(server-sent events), setting the chair's place and checking in (docs/SYNC.md, "The live channel").

httpx is imported here only, and this module only when the live channel is used.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from emeeting.domain.errors import QT_TRANSLATE_NOOP
from emeeting.sync import protocol as p
from emeeting.sync.client import ServerUnreachable, SyncClient, SyncError

# The server sends a comment line every 15 s when nothing happens: three silent periods mean the
# connection is dead even if no error says so (a laptop that slept, a proxy that dropped it).
STREAM_READ_TIMEOUT = 45.0


class OtherServerDatabase(SyncError):
    """The server at this address answers from another database than the one expected (it was replaced,
    or this desktop never heard its id): its events are to be asked for after the last kept of *its* log.
    ``server_id`` is the database that answers."""

    def __init__(self, template: str, /, *, server_id: str, **params: object) -> None:
        super().__init__(template, **params)
        self.server_id = server_id


class LiveClient(SyncClient):
    """One server, one token, the live endpoints; errors are those of ``SyncClient``. ``close`` may be
    called from another thread to end a stream being read."""

    def __init__(self, base_url: str, token: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("retries", 1)  # a live request is worth little late: the caller retries later
        kwargs.setdefault("timeout", 10.0)
        super().__init__(base_url, token, **kwargs)
        self._open: set[httpx.Response] = set()
        self._open_lock = threading.Lock()
        self._closed = False

    def close(self) -> None:
        """End every stream of this client (from any thread) and release its connections."""
        self._closed = True
        with self._open_lock:
            responses = list(self._open)
        for response in responses:
            _shut(response)
        super().close()

    def _other_database(self, server_id: str) -> OtherServerDatabase:
        return OtherServerDatabase(
            QT_TRANSLATE_NOOP("Errors", "the server {server} was replaced while being read; try again"),
            server=self.base_url,
            server_id=server_id,
        )

    def _path(self, meeting_id: str, what: str) -> str:
        return f"/live/{quote(meeting_id, safe='')}/{what}"

    def events(self, meeting_id: str, after: int = 0, limit: int = 1000) -> p.LiveEvents:
        """One page of the meeting's events after ``after`` (ask again from ``last`` while ``more``)."""
        data = self._json("GET", self._path(meeting_id, "events"), params={"after": after, "limit": limit})
        return self._model(p.LiveEvents, data)

    def all_events(self, meeting_id: str, after: int = 0, server_id: str | None = None) -> list[p.LiveEvent]:
        """Every event of the meeting after ``after``, oldest first, from the server database
        ``server_id`` (raises OtherServerDatabase when another one answers)."""
        found: list[p.LiveEvent] = []
        while True:
            page = self.events(meeting_id, after)
            if page.server_id is not None and page.server_id != server_id:
                raise self._other_database(page.server_id)
            found += page.events
            if not page.more or page.last <= after:
                return found
            after = page.last

    def post_chair(
        self, meeting_id: str, item_id: str, document_id: str | None = None, page: int | None = None
    ) -> p.LiveEvent:
        body = {"item_id": item_id, "document_id": document_id, "page": page}
        return self._model(p.LiveEvent, self._json("POST", self._path(meeting_id, "chair"), json=body))

    def check_in(self, meeting_id: str, mode: str) -> p.LiveEvent:
        """``mode``: "present" (in the room) or "online"."""
        path = self._path(meeting_id, "checkin")
        return self._model(p.LiveEvent, self._json("POST", path, json={"mode": mode}, resend=False))

    def stream(
        self,
        meeting_id: str,
        after: int = 0,
        opened: Callable[[], None] | None = None,
        server_id: str | None = None,
    ) -> Iterator[p.LiveEvent]:
        """The meeting's events after ``after`` as the server sends them, until the connection ends (the
        iterator then stops, or raises ServerUnreachable when it broke); refusals raise as ``SyncClient``'s
        do (401 AuthError, 404 ServerRefused). ``opened`` is called once the server has taken the stream
        (events may not come for a long while). Raises OtherServerDatabase, before any event, when the
        stream comes from another server database than ``server_id``."""
        timeout = httpx.Timeout(10.0, read=STREAM_READ_TIMEOUT)
        headers = self._headers({"Accept": "text/event-stream"})
        path = self._path(meeting_id, "stream")
        try:
            with self._http.stream(
                "GET", path, params={"after": after}, headers=headers, timeout=timeout
            ) as response:
                with self._open_lock:
                    self._open.add(response)
                try:
                    if response.status_code >= 400:
                        response.read()
                        self._check(response)
                    if not response.headers.get("content-type", "").startswith("text/event-stream"):
                        raise self._unreadable()
                    answering = response.headers.get(p.SERVER_ID_HEADER) or None
                    if answering is not None and len(answering) > p.SERVER_ID_MAX:
                        raise self._unreadable()
                    if answering is not None and answering != server_id:
                        raise self._other_database(answering)
                    if opened is not None:
                        opened()
                    for event in _parse(response.iter_lines()):
                        if event.meeting_id == meeting_id:
                            yield event
                finally:
                    with self._open_lock:
                        self._open.discard(response)
        except (httpx.TransportError, httpx.StreamError, RuntimeError) as error:
            # (RuntimeError: httpx's own "client closed" when ``close`` came from another thread)
            if self._closed:
                return
            raise ServerUnreachable(  # (the words of any connection lost: the channel is tried again)
                QT_TRANSLATE_NOOP("Errors", "cannot reach the server {server}: {reason}"),
                server=self.base_url,
                reason=str(error) or type(error).__name__,
            ) from None


def _shut(response: httpx.Response) -> None:
    """Wake a thread blocked reading the response: shut its socket down (closing alone does not)."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _parse(lines: Iterator[str]) -> Iterator[p.LiveEvent]:
    """Server-sent events: ``data`` lines up to a blank line make one event; comments and fields other than
    data are skipped (the event's id and type are in its JSON). An event that is not a LiveEvent is skipped:
    a newer server may send what this version does not know."""
    data: list[str] = []
    for line in lines:
        if line:
            if line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
            continue
        if not data:
            continue
        text, data = "\n".join(data), []
        try:
            yield p.LiveEvent.model_validate_json(text)
        except ValidationError:
            continue
