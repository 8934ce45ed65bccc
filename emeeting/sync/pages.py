"""The change feed's pages, each next one asked for while the one before is looked at.

A first sync pulls a dozen pages of a thousand records; while the engine checks one page's records, the
server prepares the next and the link carries it. The pages come in order, and the requests made are
exactly those of asking one page at a time.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from emeeting.sync import protocol as p
from emeeting.sync.client import SyncClient

# Pages asked for ahead of the one being looked at: enough to keep the link busy, few in memory.
AHEAD = 2


@contextmanager
def pages_ahead(client: SyncClient, since: int, server_id: str | None) -> Iterator[Iterator[p.ChangesPage]]:
    """The pages of the feed after ``since``, asked for on a thread of their own, to be read in order.

    The thread asks for no further page after the last one (``more`` false), after a page from another
    server than ``server_id`` (the one this computer synced with, when known: the reader stops there, as
    it would have), and after an error, which the reader gets in its turn, as raised. The client is the
    thread's alone until the reader leaves the block (which waits for a request under way to end)."""
    # A page, the error that came instead, or None: no more pages (the thread stopped at a replaced server).
    answers: queue.Queue[p.ChangesPage | BaseException | None] = queue.Queue(maxsize=AHEAD)
    stop = threading.Event()

    def fetch() -> None:
        cursor, known = since, server_id
        while not stop.is_set():
            try:
                page = client.changes(cursor, p.PAGE_MAX)  # (the most a page holds: fewer round trips)
            except BaseException as error:  # (raised to the reader in its turn: nothing is swallowed)
                answers.put(error)
                return
            answers.put(page)
            if not page.more:
                return
            if page.server_id is not None and known is not None and page.server_id != known:
                answers.put(None)
                return
            if page.server_id is not None:
                known = page.server_id
            cursor = page.cursor

    def read() -> Iterator[p.ChangesPage]:
        while True:
            answer = answers.get()
            if isinstance(answer, BaseException):
                raise answer
            if answer is None:
                return
            yield answer
            if not answer.more:
                return

    thread = threading.Thread(target=fetch, name="sync-pages", daemon=True)
    thread.start()
    try:
        yield read()
    finally:
        stop.set()
        while thread.is_alive():  # a put waiting for room is let through, then the thread sees stop
            with suppress(queue.Empty):
                answers.get(timeout=0.05)
        thread.join()
