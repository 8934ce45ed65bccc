"""Where the chair is: the agenda item under discussion and, while a paper is presented, that paper and its
page. The secretary's Meeting day sets it; it goes to the members' laptops as the live channel's ``chair``
event (``ChairPoster``), and the projector and the members' readers follow it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from emeeting.sync.service import SyncService
from emeeting.ui.widgets.task_runner import TaskRunner

if TYPE_CHECKING:
    from emeeting.sync import protocol as p

CHAIR = "chair"  # the live event's type (LiveType.CHAIR): the protocol module stays off the start-up path
CHECKIN = "checkin"


@dataclass(frozen=True)
class ChairState:
    """``page`` counts from 0; no paper, no page."""

    meeting_id: str
    item_id: str
    document_id: str | None = None
    page: int | None = None

    @classmethod
    def of_event(cls, event: p.LiveEvent) -> ChairState | None:
        """The chair's place a ``chair`` event carries (None for another event, or one without an item)."""
        data = event.data
        item_id = data.get("item_id")
        if event.type != CHAIR or not isinstance(item_id, str) or not item_id:
            return None
        document_id = data.get("document_id")
        page = data.get("page")
        if not isinstance(document_id, str) or not document_id:
            return cls(event.meeting_id, item_id)
        return cls(event.meeting_id, item_id, document_id, page if isinstance(page, int) and page >= 0 else 0)


class ChairPoster(QObject):
    """Posts the chair's place to the meeting's server off the GUI thread, one request at a time: a place
    set while one is on its way replaces any still waiting, so a quick run of pages sends the last one
    soon rather than every one late. A desktop without a server posts nothing (the projector still
    follows). ``posted(state)`` once the server has it, ``failed(message)`` when it refused or was
    unreachable."""

    posted = Signal(object)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, sync: SyncService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._sync = sync
        self._sending = False
        self._waiting: ChairState | None = None

    @property
    def busy(self) -> bool:
        return self._sending or self._waiting is not None

    def post(self, state: ChairState) -> None:
        if self._sending:
            self._waiting = state
            return
        self._sending = True
        sync = self._sync

        def send() -> bool:
            if not sync.servers():  # a meeting run on this computer alone
                return False
            sync.set_chair(state.meeting_id, state.item_id, state.document_id, state.page)
            return True

        self._runner.read(send, self._done(state, True), self._done(state, False))

    def _done(self, state: ChairState, ok: bool) -> Callable[..., None]:
        def finish(*outcome: object) -> None:
            self._sending = False
            if ok and outcome and outcome[0] is True:
                self.posted.emit(state)
            elif not ok:
                self.failed.emit(str(outcome[1]) if len(outcome) > 1 else "")
            waiting, self._waiting = self._waiting, None
            if waiting is not None:
                self.post(waiting)

        return finish
