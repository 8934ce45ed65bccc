"""Undo and redo for every edit: each QUndoCommand calls a service through the TaskRunner's writer, and
undo calls the inverse service.

Writes run one at a time in submission order, so a command's undo always runs after its redo, whatever
the GUI thread has seen of their results. What an undo needs from its redo (the ids a create made, the
rows a delete took) is kept by the work function itself, on the writer thread, for the same reason.

A step that fails (the store refused it: someone else changed the meeting meanwhile) leaves the undo
history out of step with the store, so the history is cleared and the views reload.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from emeeting.domain.changes import Changes
from emeeting.domain.errors import StaleWriteError
from emeeting.domain.kinds import Kind
from emeeting.services.records import Removed
from emeeting.ui.task_runner import ChangeBus, TaskRunner

Work = Callable[[], Changes]


class UndoHistory(QObject):
    """The application's undo stack, wired to the runner's writer and the change bus.

    ``done(text)`` fires when a step (do, undo or redo) is stored; ``failed(message)`` when one was
    refused (the history is then cleared); ``overtaken(message)`` too when it was refused because someone
    else had changed the record since it was read: a form then shows the stored record, not what was typed.
    """

    done = Signal(str)
    failed = Signal(str)
    overtaken = Signal(str)

    def __init__(self, runner: TaskRunner, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.bus = bus
        self.stack = QUndoStack(self)

    def run(self, text: str, redo: Work, undo: Work) -> None:
        """Do an edit now and keep it for undo: ``redo`` makes it, ``undo`` takes it back."""
        self.stack.push(ServiceCommand(self, text, redo, undo))

    def run_create(
        self,
        text: str,
        create: Work,
        take: Callable[[Changes], Removed],
        restore: Callable[[Sequence[Any]], Changes],
    ) -> None:
        """An edit that creates rows: undone by deleting them (``take`` gets what ``create`` changed) and
        redone by restoring exactly those rows, so ids stay the same across undo and redo."""
        state: dict[str, Any] = {}

        def redo() -> Changes:
            if "removed" in state:
                return restore(state.pop("removed").entities)
            created = create()
            state["created"] = created
            return created

        def undo() -> Changes:
            removed = take(state["created"])
            state["removed"] = removed
            return removed.changes

        self.run(text, redo, undo)

    def run_take(
        self, text: str, take: Callable[[], Removed], restore: Callable[[Sequence[Any]], Changes]
    ) -> None:
        """A delete: undone by restoring exactly the rows it took (same ids, same values)."""
        state: dict[str, Removed] = {}

        def redo() -> Changes:
            state["removed"] = take()
            return state["removed"].changes

        def undo() -> Changes:
            return restore(state.pop("removed").entities)

        self.run(text, redo, undo)

    def submit(self, text: str, work: Work) -> None:
        self.runner.write(work, lambda changes: self._stored(text, changes), self._refused)

    def _stored(self, text: str, changes: Changes) -> None:
        self.bus.publish(changes)
        self.done.emit(text)

    def _refused(self, error: BaseException, message: str) -> None:
        self.stack.clear()
        self.failed.emit(message)
        if isinstance(error, StaleWriteError):
            self.overtaken.emit(message)
        self.bus.publish(Changes.of(Kind.MEETING, "*"))  # let every view read the store again


class ServiceCommand(QUndoCommand):
    def __init__(self, history: UndoHistory, text: str, redo: Work, undo: Work) -> None:
        super().__init__(text)
        self._history = history
        self._redo = redo
        self._undo = undo

    def redo(self) -> None:
        self._history.submit(self.text(), self._redo)

    def undo(self) -> None:
        self._history.submit(
            QCoreApplication.translate("UndoHistory", "Undo: {action}").format(action=self.text()), self._undo
        )
