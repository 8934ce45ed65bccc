"""Waking a process's live streams when an event of their meeting is written, by this process or another.

Each stream registers a ``Waiter`` for its meeting, reads the events after its last id, and waits. One
thread per process watches the database while any stream waits: on PostgreSQL it LISTENs on the live
channel (``publish`` notifies with the meeting's id when its transaction commits); on SQLite (one file, one
machine) it asks for new events every ``poll_s`` seconds. Whenever the thread (re)starts or reconnects it
wakes every stream, so that nothing written while nobody listened is left unread: a stream always reads
from its own last id, so a spare wake costs one query and never loses or repeats an event.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from emeeting.server.live import CHANNEL
from emeeting.server.storage import Database, live_events
from emeeting.sync import protocol as p

_log = logging.getLogger("emeeting.server.live")


class Waiter:
    """One stream's wake-up call: set from the hub's thread, awaited on the stream's event loop."""

    def __init__(self, meeting_id: str, loop: asyncio.AbstractEventLoop) -> None:
        self.meeting_id = meeting_id
        self._loop = loop
        self._event = asyncio.Event()

    def wake(self) -> None:
        self._loop.call_soon_threadsafe(self._event.set)

    async def wait(self, timeout: float) -> bool:
        """True when woken within ``timeout`` seconds (the wake is then used up)."""
        try:
            await asyncio.wait_for(self._event.wait(), timeout)
        except TimeoutError:
            return False
        self._event.clear()
        return True


@dataclass(frozen=True)
class _Read:
    """The last read of a meeting's events in this process: made after wake number ``wakes`` of the
    meeting, of the events after ``after`` (all of them: ``more`` was false)."""

    wakes: int
    after: int
    events: list[p.LiveEvent]


class LiveHub:
    """The streams of this process that wait for events, by meeting, and the thread that wakes them.

    The streams of one meeting woken together read its new events once: the first reads them from the
    database, the others take them from that read (``events_after``), which holds while no wake came since.
    """

    def __init__(self, db: Database, *, poll_s: float = 0.25, listen_s: float = 0.5) -> None:
        self._db = db
        self.poll_s = poll_s
        self._listen_s = listen_s
        self._lock = threading.Lock()
        self._waiters: dict[str, set[Waiter]] = {}
        self._thread: threading.Thread | None = None
        self.closed = False
        self._wakes: dict[str, int] = {}  # meeting id -> wakes so far (under the lock)
        # On the event loop only: one read at a time per meeting, and the last one.
        self._reading: dict[str, asyncio.Lock] = {}
        self._last_read: dict[str, _Read] = {}

    @contextmanager
    def waiter(self, meeting_id: str) -> Iterator[Waiter]:
        """A waiter for the meeting's events, registered (and the watching thread running) while in use."""
        waiter = Waiter(meeting_id, asyncio.get_running_loop())
        with self._lock:
            self._waiters.setdefault(meeting_id, set()).add(waiter)
            if self._thread is None and not self.closed:
                self._thread = threading.Thread(target=self._watch, name="live-hub", daemon=True)
                self._thread.start()
        try:
            yield waiter
        finally:
            with self._lock:
                waiting = self._waiters.get(meeting_id, set())
                waiting.discard(waiter)
                if not waiting:
                    self._waiters.pop(meeting_id, None)
                    self._wakes.pop(meeting_id, None)
            if meeting_id not in self._waiters:
                self._last_read.pop(meeting_id, None)
                lock = self._reading.get(meeting_id)
                if lock is not None and not lock.locked():
                    self._reading.pop(meeting_id, None)

    async def events_after(
        self, meeting_id: str, after: int, read: Callable[[int], Awaitable[p.LiveEvents]]
    ) -> p.LiveEvents:
        """The meeting's events after ``after``, as new as the last wake before this call: from this
        process's last read of them when that read began after the wake and covers ``after``, else from
        ``read(after)`` (the database). The streams one wake woke read once, however many wakes follow."""
        needed = self._wakes.get(meeting_id, 0)
        lock = self._reading.setdefault(meeting_id, asyncio.Lock())
        async with lock:
            last = self._last_read.get(meeting_id)
            if last is not None and last.wakes >= needed and last.after <= after:
                events = [e for e in last.events if e.id > after]
                return p.LiveEvents(events=events, last=events[-1].id if events else after, more=False)
            wakes = self._wakes.get(meeting_id, 0)  # (before the read: what it is at least as new as)
            found = await read(after)
            if not found.more:
                self._last_read[meeting_id] = _Read(wakes, after, found.events)
            return found

    def wake(self, meeting_id: str | None = None) -> None:
        """Wake the streams of that meeting (None: of every meeting)."""
        with self._lock:
            meetings = list(self._waiters) if meeting_id is None else [meeting_id]
            for meeting in meetings:
                self._wakes[meeting] = self._wakes.get(meeting, 0) + 1
            waiters = [w for meeting in meetings for w in self._waiters.get(meeting, ())]
        for waiter in waiters:
            waiter.wake()

    def close(self) -> None:
        """The server is stopping: every stream ends (a client reconnects to another process, or later)."""
        self.closed = True
        self.wake()

    def _idle(self) -> bool:
        """Whether the thread may stop (no stream waits); if so, it is marked stopped under the lock."""
        with self._lock:
            if self._waiters and not self.closed:
                return False
            self._thread = None
            return True

    def _watch(self) -> None:
        try:
            if self._db.is_sqlite:
                self._poll()
            else:
                self._listen()
        except Exception:  # never silently: the streams fall back on their own periodic reads
            _log.exception("the live channel's watcher stopped")
            with self._lock:
                self._thread = None

    def _poll(self) -> None:
        with self._db.read() as conn:
            last = int(conn.execute(select(func.coalesce(func.max(live_events.c.id), 0))).scalar_one())
        self.wake()
        pause = threading.Event()
        while not self._idle():
            pause.wait(self.poll_s)
            with self._db.read() as conn:
                rows = conn.execute(
                    select(live_events.c.meeting_id, func.max(live_events.c.id))
                    .where(live_events.c.id > last)
                    .group_by(live_events.c.meeting_id)
                ).all()
            for meeting_id, newest in rows:
                last = max(last, int(newest))
                self.wake(meeting_id)

    def _listen(self) -> None:
        import psycopg

        url = make_url(self._db.url).set(drivername="postgresql")
        dsn = url.render_as_string(hide_password=False)
        pause = threading.Event()
        while True:
            try:
                with psycopg.connect(dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.wake()  # what was written before this connection listened
                    while True:
                        for note in conn.notifies(timeout=self._listen_s):
                            self.wake(note.payload)
                        if self._idle():
                            return
            except psycopg.OperationalError as error:
                _log.warning("the live channel lost the database (%s); reconnecting", error)
                pause.wait(1.0)
                if self._idle():
                    return
