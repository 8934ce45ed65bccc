"""What every screen may know of the window's live channel (``emeeting.ui.sync.live_channel.LiveChannel``):
its signals and which meeting it follows. Here, among the shared widgets, so that any room can connect to
it through ``UiContext.live`` without depending on the sync room."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LiveEvents(QObject):
    """``event_received(event)``: an ``emeeting.sync.protocol.LiveEvent`` of the meeting followed, on the
    GUI thread, in the server's order; ``state_changed(state)``: "connected", "reconnecting" or
    "offline"."""

    event_received = Signal(object)
    state_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting_id: str | None = None  # the meeting followed (None: none)
        self.state = "offline"

    def follow(self, meeting_id: str) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError
