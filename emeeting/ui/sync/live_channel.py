"""The live channel of the meeting on screen: its events as they happen, on the GUI thread.

One per window. ``follow(meeting_id)`` reads the meeting's stream from the server the window syncs with on a
worker thread; each event is kept in the store (the secretary's evidence pack reads that log, offline too)
and then handed to the GUI thread by ``event_received(event)`` (an ``emeeting.sync.protocol.LiveEvent``).
When the connection breaks, the worker tries again after a pause that doubles each time, from the last
event kept, so nothing is missed. A ``records`` event (the server's records of the meeting changed) asks
the sync controller for a sync now, once for a burst of them. The desktop works as before while the channel
is down: the channel only adds news.

``state_changed(state)``: ``connected`` (events arrive), ``reconnecting`` (the connection broke: trying
again), ``offline`` (no server, not logged in, refused, or unreachable for a while: still trying, slowly).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from emeeting.domain.errors import EmeetingError
from emeeting.sync.service import SyncService
from emeeting.ui.widgets.live_events import LiveEvents

if TYPE_CHECKING:
    from emeeting.sync import protocol as p
    from emeeting.sync.service import LiveStream
    from emeeting.ui.sync.sync_status import SyncController

CONNECTED, RECONNECTING, OFFLINE = "connected", "reconnecting", "offline"
# Failures in a row after which the channel says it is offline rather than reconnecting.
_OFFLINE_AFTER = 3

_log = logging.getLogger(__name__)


class LiveChannel(LiveEvents):
    """Follows one meeting's live events at a time (see the module's docstring). ``event_received(event)``
    and ``state_changed(state)`` come from ``LiveEvents``."""

    # From the worker thread, with the generation of the follow they belong to (older ones are dropped).
    _arrived = Signal(object, int)
    _reached = Signal(str, int)

    def __init__(
        self,
        sync: SyncService,
        server: Callable[[], str],
        controller: SyncController | None = None,
        parent: QObject | None = None,
        *,
        min_retry_s: float = 0.5,
        max_retry_s: float = 30.0,
        sync_delay_ms: int = 300,
    ) -> None:
        """``server``: the address the window syncs with ("" when none); ``controller``: the window's sync
        controller, asked for a sync when the server's records of the meeting change."""
        super().__init__(parent)
        self.setObjectName("liveChannel")
        self._sync = sync
        self._server = server
        self._controller = controller
        self.min_retry_s = min_retry_s
        self.max_retry_s = max_retry_s
        self._generation = 0
        self._stop = threading.Event()
        self._stream: LiveStream | None = None
        self._stream_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(sync_delay_ms)
        self._sync_timer.timeout.connect(self._sync_now)
        self._arrived.connect(self._on_arrived)
        self._reached.connect(self._on_state)
        # Gone without stop() (its window deleted): the worker stops at its next step, without touching it.
        alive = self._alive = threading.Event()
        alive.set()
        self.destroyed.connect(lambda *_args: alive.clear())

    def set_controller(self, controller: SyncController | None) -> None:
        """The sync controller asked for a sync when the server's records of the meeting change."""
        self._controller = controller

    # -- following ---------------------------------------------------------------------------------------

    def follow(self, meeting_id: str) -> None:
        """Follow ``meeting_id`` (the one followed before is left); nothing when no server is set."""
        if meeting_id == self.meeting_id and self._thread is not None and self._thread.is_alive():
            return
        self.stop()
        if not meeting_id or not self._server():
            return
        self.meeting_id = meeting_id
        self._generation += 1
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run,
            args=(meeting_id, self._server(), self._generation, self._stop),
            name="live-channel",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Leave the meeting followed (its stream is closed; the server writes that this device left)."""
        self._generation += 1  # what the old worker still sends is dropped
        self._stop.set()
        with self._stream_lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=2.0)
        self.meeting_id = None
        self._sync_timer.stop()
        self._on_state(OFFLINE, self._generation)

    # -- the worker ------------------------------------------------------------------------------------

    def _run(self, meeting_id: str, server: str, generation: int, stop: threading.Event) -> None:
        from emeeting.sync.client import ServerUnreachable

        failures = 0
        alive = self._alive
        while not stop.is_set() and alive.is_set():
            reachable = False
            opened: list[bool] = []  # the server took the stream: a break after it is a fresh failure
            try:
                stream = self._sync.live_stream(meeting_id, None, server)
                with self._stream_lock:
                    if stop.is_set():
                        stream.close()
                        return
                    self._stream = stream

                def on_open(opened: list[bool] = opened) -> None:
                    opened.append(True)
                    self._reached.emit(CONNECTED, generation)

                stream.on_open = on_open
                for event in stream:
                    if not alive.is_set():
                        stream.close()
                        return
                    self._keep(stream.server, event)
                    self._arrived.emit(event, generation)
                # The server ended the stream (it stops, or access ended): again, at once if it was open.
                failures = 1 if opened else failures + 1
                reachable = True
            except ServerUnreachable:
                failures = 1 if opened else failures + 1
            except EmeetingError as error:  # refused, not logged in: try again slowly (a login may come)
                _log.info("the live channel of %s is refused: %s", meeting_id, error)
                failures = max(failures + 1, _OFFLINE_AFTER)
            except Exception:  # a bug must not end the channel for good, nor pass unseen
                _log.exception("the live channel of %s failed", meeting_id)
                failures = max(failures + 1, _OFFLINE_AFTER)
            if stop.is_set() or not alive.is_set():
                return
            down = not reachable and failures >= _OFFLINE_AFTER
            self._reached.emit(OFFLINE if down else RECONNECTING, generation)
            stop.wait(min(self.min_retry_s * 2 ** (failures - 1), self.max_retry_s))

    def _keep(self, server: str, event: p.LiveEvent) -> None:
        try:
            self._sync.keep_live_events(server, [event])
        except EmeetingError as error:  # a store that cannot be written: the event is still shown
            _log.warning("a live event could not be kept: %s", error)

    # -- on the GUI thread -----------------------------------------------------------------------------

    def _on_arrived(self, event: p.LiveEvent, generation: int) -> None:
        if generation != self._generation:
            return
        if event.type == "records" and self._controller is not None:
            self._sync_timer.start()  # once for a burst
        self.event_received.emit(event)

    def _on_state(self, state: str, generation: int) -> None:
        if generation != self._generation or state == self.state:
            return
        self.state = state
        self.state_changed.emit(state)

    def _sync_now(self) -> None:
        controller = self._controller
        if controller is None:
            return
        if controller.running:  # a sync is under way and may have read before the change: once more after
            self._sync_timer.start()
            return
        controller.sync_now()
