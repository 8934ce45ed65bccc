"""Undo and redo for every edit: each QUndoCommand does its work (calls of services) through the
TaskRunner's writer while the store records the rows it changed; undo and redo replay that record
(``services.steps``, see services.undo).

Writes run one at a time in submission order, so a command's undo always runs after its redo, whatever
the GUI thread has seen of their results. The recorded operation is kept by the command on the writer
thread, for the same reason.

A step that fails (the store refused it: someone else changed the same records meanwhile) leaves the undo
history out of step with the store, so the history is cleared and the views reload.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from emeeting.domain.changes import Changes
from emeeting.domain.errors import StaleWriteError
from emeeting.domain.journal import Operation
from emeeting.domain.kinds import Kind
from emeeting.services.undo import UndoService
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner

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

    def __init__(
        self, runner: TaskRunner, bus: ChangeBus, steps: UndoService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.bus = bus
        self.steps = steps
        self.stack = QUndoStack(self)

    def run(self, text: str, work: Work) -> None:
        """Do an edit now and keep it for undo: ``work`` calls services; what they change is recorded."""
        self.stack.push(ServiceCommand(self, text, work))

    def _submit(self, text: str, work: Work) -> None:
        """Send one do, undo or redo of a command to the writer; ``text`` is what ``done`` says of it."""
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


class Step:
    """What a command keeps between its do, undo and redo: the operation the store recorded (and the work,
    until it has been done). Plain Python, used on the writer thread, in the order the steps were sent."""

    def __init__(self, steps: UndoService, work: Work) -> None:
        self._steps = steps
        self._work: Work | None = work
        self.operation = Operation()

    def do(self) -> Changes:
        if self._work is not None:
            work, self._work = self._work, None
            changes, self.operation = self._steps.record(work)
        else:
            changes, self.operation = self._steps.redo(self.operation)
        return changes

    def undo(self) -> Changes:
        changes, self.operation = self._steps.undo(self.operation)
        return changes


class ServiceCommand(QUndoCommand):
    """One step in the history: its text and what the store recorded of it."""

    def __init__(self, history: UndoHistory, text: str, work: Work) -> None:
        super().__init__(text)
        self._history = history
        self._step = Step(history.steps, work)

    def redo(self) -> None:
        self._history._submit(self.text(), self._step.do)

    def undo(self) -> None:
        self._history._submit(
            QCoreApplication.translate("UndoHistory", "Undo: {action}").format(action=self.text()),
            self._step.undo,
        )
