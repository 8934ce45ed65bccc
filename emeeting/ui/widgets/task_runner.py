"""Running service calls off the GUI thread, and the bus that tells views what changed.

Work functions are plain Python callables that never touch widgets. Writes go to a single-thread pool (one
SQLite writer, in submission order); reads, PDF work and the like go to the runner's own read pool (not
Qt's global pool, so that shutting down can drop exactly our queued work and wait for exactly ours). Each
result or error is delivered on the GUI thread: the worker files the outcome under the task's token and
emits a queued signal carrying only that token; the runner (which lives on the GUI thread) picks the
outcome up there and calls the task's handler. Only an int crosses the thread boundary through Qt, so no
Python object depends on PySide's reference counting in a queued connection.

Workers hold the runner only weakly: a task still running when the runner goes away files nothing.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from emeeting.domain.changes import Changes
from emeeting.domain.errors import EmeetingError, Moment
from emeeting.ui.widgets import labels

log = logging.getLogger(__name__)

T = TypeVar("T")
OnDone = Callable[[T], object]
OnError = Callable[[BaseException, str], object]


MIN_READ_THREADS = 4  # reads wait on SQLite and subprocesses more than on the CPU


def user_message(error: BaseException, log_file: Path | None = None) -> str:
    """The one line a user sees for an error: ours in the UI's language, anything else as a generic
    message that says where the details are (``log_file``; None when there is no log file, only the error
    output)."""
    if isinstance(error, EmeetingError):
        return _translated(error)
    if log_file is None:
        return QCoreApplication.translate(
            "TaskRunner", "Something went wrong. Please tell your IT support what you were doing."
        )
    return QCoreApplication.translate(
        "TaskRunner",
        "Something went wrong. The details were written to the log file {path}; please tell your IT support.",
    ).format(path=str(log_file))


def _shown(value: object) -> object:
    """A message's parameter as the UI shows it: an error in the UI's language, a moment in its time style."""
    if isinstance(value, EmeetingError):
        return _translated(value)
    if isinstance(value, Moment):
        return labels.short_date_time(value.at) if value.with_date else labels.clock_time(value.at)
    return value


def _translated(error: EmeetingError) -> str:
    """The error's message template in the UI's language, its parameters filled in (an error given as a
    parameter in the same language). A translation that does not fit its parameters gives the English line:
    a bad translation must never turn an error message into a crash."""
    text = QCoreApplication.translate("Errors", error.template)
    if not error.params:
        return text
    params = {name: _shown(value) for name, value in error.params.items()}
    try:
        return text.format(**params)
    except (KeyError, ValueError, IndexError, AttributeError, TypeError):
        log.warning("the translation of %r does not fit its parameters: %r", error.template, text)
        return str(error)


class _Task(QRunnable):
    """Runs ``fn`` on a pool thread and hands ``(ok, result or exception)`` to ``deliver``."""

    def __init__(self, fn: Callable[[], Any], deliver: Callable[[bool, Any], None]) -> None:
        super().__init__()
        self._fn = fn
        self._deliver = deliver

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:
            self._deliver(False, error)
        else:
            self._deliver(True, result)


class TaskRunner(QObject):
    """``read(fn, on_done, on_error)`` / ``write(...)``: run ``fn()`` in a pool, call back on the GUI thread.

    Without ``on_error`` a failure is reported through the ``failed`` signal with its user message.
    Callbacks never raise into Qt: an exception there is logged and reported like a failed task.
    ``log_file`` is where unexpected errors are logged, for the message that tells the user so.
    """

    failed = Signal(str)  # a user-facing message for a task that had no error handler
    idle = Signal()  # every submitted task has delivered its result
    _arrived = Signal(int)  # a task's token, emitted on a pool thread once its outcome is filed

    def __init__(self, parent: QObject | None = None, *, log_file: Path | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(max(MIN_READ_THREADS, QThread.idealThreadCount()))
        self._pending: dict[int, tuple[Callable[[Any], object], OnError | None]] = {}
        self._outcomes: dict[int, tuple[bool, Any]] = {}  # filed by pool threads, taken on the GUI thread
        self._lock = threading.Lock()
        self._next_token = 0
        self._closed = False
        self._arrived.connect(self._on_arrived)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def read(
        self, fn: Callable[[], T], on_done: Callable[[T], object], on_error: OnError | None = None
    ) -> None:
        """A read or other slow work that may run in parallel with anything else."""
        self._submit(self._reads, fn, on_done, on_error)

    def write(
        self, fn: Callable[[], T], on_done: Callable[[T], object], on_error: OnError | None = None
    ) -> None:
        """A database write: runs after every write submitted before it, never two at once."""
        self._submit(self._writes, fn, on_done, on_error)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every task has delivered (True) or the timeout passes (False)."""
        if not self._pending:
            return True
        loop = QEventLoop()
        # The connection ends with the loop; no disconnect needed.
        self.idle.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        return not self._pending

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Drop the work not yet started, wait for running work (writes above all) to finish; no callback
        runs after this, and a task still running when the wait times out delivers nothing."""
        with self._lock:
            self._closed = True
            self._outcomes.clear()
        self._writes.clear()
        self._reads.clear()
        if not self._writes.waitForDone(timeout_ms):
            log.warning("a database write was still running at shutdown")
        if not self._reads.waitForDone(timeout_ms):
            log.warning("background work was still running at shutdown")
        self._pending.clear()
        with self._lock:
            self._outcomes.clear()

    def _submit(
        self,
        pool: QThreadPool,
        fn: Callable[[], T],
        on_done: Callable[[T], object],
        on_error: OnError | None,
    ) -> None:
        if self._closed:
            return
        token = self._next_token
        self._next_token += 1
        self._pending[token] = (on_done, on_error)
        runner = weakref.ref(self)
        pool.start(_Task(fn, lambda ok, value: TaskRunner._file(runner, token, ok, value)))

    @staticmethod
    def _file(runner_ref: weakref.ref[TaskRunner], token: int, ok: bool, value: Any) -> None:
        """On the pool thread: keep the outcome, then wake the GUI thread (a queued emit).

        Does nothing once the runner is shut down, gone, or its Qt object deleted.
        """
        runner = runner_ref()
        if runner is None:
            return
        with runner._lock:
            if runner._closed:
                return
            runner._outcomes[token] = (ok, value)
        try:
            runner._arrived.emit(token)
        except RuntimeError:  # the Qt object was deleted while the task ran
            with runner._lock:
                runner._outcomes.pop(token, None)
            log.debug("task %d finished after its runner was deleted", token)

    @Slot(int)
    def _on_arrived(self, token: int) -> None:
        with self._lock:
            outcome = self._outcomes.pop(token, None)
        handlers = self._pending.pop(token, None)
        if handlers is None or outcome is None:  # shut down meanwhile
            return
        ok, value = outcome
        on_done, on_error = handlers
        if _receiver_gone(on_done):
            # A dialog closed (and deleted) before its read came back: nobody is waiting for the answer,
            # and showing it would touch widgets that no longer exist.
            if not self._pending:
                self.idle.emit()
            return
        try:
            if ok:
                on_done(value)
            else:
                self._report(value, on_error)
        except Exception as error:  # a bug in a callback must not take the application down
            self._report(error, None)
        finally:
            if not self._pending:
                self.idle.emit()

    def _report(self, error: BaseException, on_error: OnError | None) -> None:
        if not isinstance(error, EmeetingError):
            log.error("background task failed", exc_info=(type(error), error, error.__traceback__))
        message = user_message(error, self._log_file)
        if on_error is None:
            self.failed.emit(message)
            return
        try:
            on_error(error, message)
        except Exception as handler_error:
            log.error(
                "error handler failed",
                exc_info=(type(handler_error), handler_error, handler_error.__traceback__),
            )
            self.failed.emit(user_message(handler_error, self._log_file))


def _receiver_gone(callback: Callable[..., object]) -> bool:
    """Whether ``callback`` is a method of a Qt object that has been deleted."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class LatestRead:
    """The reads of one view where only the answer to the latest request counts: when the view asks
    again before an answer arrives, the older answer (result or error) is dropped, and ``drop()`` drops
    every answer still on its way (the view shows something else now)."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._latest = 0

    def drop(self) -> None:
        self._latest += 1

    def read(self, fn: Callable[[], T], on_done: Callable[[T], object], on_error: OnError) -> None:
        """``TaskRunner.read``, calling back only while this is the latest request."""
        self.drop()
        request = self._latest

        # (Wrapped, the handlers hide their owner from the runner's check: a dialog closed meanwhile.)
        def done(value: T) -> None:
            if request == self._latest and not _receiver_gone(on_done):
                on_done(value)

        def failed(error: BaseException, message: str) -> None:
            if request == self._latest and not _receiver_gone(on_error):
                on_error(error, message)

        self._runner.read(fn, done, failed)


class ChangeBus(QObject):
    """Carries every mutation's Changes to the views; each refreshes only what concerns it."""

    changed = Signal(object)  # emeeting.domain.changes.Changes

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
