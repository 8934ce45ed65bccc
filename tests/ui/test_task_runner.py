"""TaskRunner: work off the GUI thread, results and errors back on it, one writer at a time."""

from __future__ import annotations

import gc
import logging
import threading
import time
import weakref
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from emeeting.domain.changes import Changes
from emeeting.domain.errors import ValidationError
from emeeting.domain.kinds import Kind
from emeeting.ui.widgets.task_runner import ChangeBus, LatestRead, TaskRunner


def test_a_read_runs_off_the_gui_thread_and_delivers_on_it(qtbot: QtBot, runner: TaskRunner) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["done_in_gui"] = QThread.currentThread() is gui

    runner.read(work, done)
    assert runner.pending == 1
    assert runner.wait_idle(5_000)
    assert seen["value"] == 42
    assert seen["done_in_gui"] is True
    assert seen["work_thread"] != threading.get_ident()


def test_writes_run_one_at_a_time_in_submission_order(runner: TaskRunner) -> None:
    active = 0
    overlaps = 0
    order: list[int] = []
    lock = threading.Lock()

    def write(n: int) -> int:
        nonlocal active, overlaps
        with lock:
            active += 1
            overlaps += active > 1
        time.sleep(0.01)
        with lock:
            active -= 1
        return n

    for n in range(6):
        runner.write(lambda n=n: write(n), order.append)  # type: ignore[misc]
    assert runner.wait_idle(10_000)
    assert order == list(range(6))
    assert overlaps == 0


def test_our_errors_reach_the_handler_with_their_own_message(runner: TaskRunner) -> None:
    got: list[tuple[BaseException, str]] = []

    def fail() -> None:
        raise ValidationError("a meeting needs a title")

    runner.read(fail, lambda _: None, lambda error, message: got.append((error, message)))
    assert runner.wait_idle(5_000)
    assert isinstance(got[0][0], ValidationError)
    assert got[0][1] == "a meeting needs a title"


def test_unexpected_errors_are_logged_and_shown_as_a_generic_message(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def crash() -> None:
        raise ZeroDivisionError("internal detail")

    log_file = tmp_path / "logs" / "emeeting.log"
    for runner, where in ((TaskRunner(log_file=log_file), str(log_file)), (TaskRunner(), None)):
        try:
            with qtbot.waitSignal(runner.failed, timeout=5_000) as failed, caplog.at_level(logging.ERROR):
                runner.read(crash, lambda _: None)
        finally:
            runner.shutdown()
        message = failed.args[0]
        assert "internal detail" not in message
        assert "ZeroDivisionError" in caplog.text
        if where is None:  # no log file: the message does not send anyone looking for one
            assert "log" not in message
        else:
            assert where in message


def test_a_failing_callback_does_not_crash_the_application(
    qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_callback(_: object) -> None:
        raise RuntimeError("bug in a view")

    with qtbot.waitSignal(runner.failed, timeout=5_000), caplog.at_level(logging.ERROR):
        runner.read(lambda: 1, broken_callback)
    assert runner.pending == 0
    assert "bug in a view" in caplog.text


def test_wait_idle_reports_a_timeout(runner: TaskRunner) -> None:
    release = threading.Event()
    runner.read(lambda: release.wait(5), lambda _: None)
    assert runner.wait_idle(50) is False
    release.set()
    assert runner.wait_idle(5_000) is True


def test_after_shutdown_nothing_more_is_delivered(qtbot: QtBot, runner: TaskRunner) -> None:
    ran: list[int] = []
    delivered: list[int] = []

    def work(n: int) -> int:
        ran.append(n)
        return n

    runner.read(lambda: work(1), delivered.append)
    runner.shutdown()  # waits for the running read; its result is already on its way to the GUI thread
    assert ran == [1]
    runner.read(lambda: work(2), delivered.append)  # refused: the runner is shut down
    qtbot.wait(200)  # deliver whatever was posted to the GUI thread
    assert ran == [1]
    assert delivered == []
    assert runner.pending == 0


def test_shutdown_drops_queued_work_and_a_late_task_delivers_nothing(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []
    delivered: list[object] = []

    def slow_write() -> str:
        started.set()
        release.wait(10)
        ran.append("slow")
        return "slow"

    def queued_write() -> str:
        ran.append("queued")
        return "queued"

    runner.write(slow_write, delivered.append, lambda error, _message: delivered.append(error))
    runner.write(queued_write, delivered.append)  # behind the slow one: the writer runs one at a time
    assert started.wait(5)
    runner.shutdown(timeout_ms=50)  # gives up waiting for the slow write
    assert ran == []
    release.set()
    qtbot.waitUntil(lambda: ran == ["slow"], timeout=5_000)
    qtbot.wait(200)  # time for the queued write to start (it must not) and for any delivery
    assert ran == ["slow"]  # the queued write was dropped, never run
    assert delivered == []  # and the late write's result was not delivered


def test_only_the_answer_to_the_latest_read_is_delivered(runner: TaskRunner) -> None:
    reads = LatestRead(runner)
    release = threading.Event()
    delivered: list[object] = []

    def slow() -> str:
        release.wait(10)
        return "older"

    def slow_failure() -> str:
        release.wait(10)
        raise ValidationError("older failure")

    def on_error(_error: BaseException, message: str) -> None:
        delivered.append(message)

    reads.read(slow, delivered.append, on_error)
    reads.read(slow_failure, delivered.append, on_error)
    reads.read(lambda: "newest", delivered.append, on_error)
    release.set()
    assert runner.wait_idle(5_000)
    assert delivered == ["newest"]  # the older result and the older error were dropped

    reads.read(lambda: "dropped", delivered.append, on_error)
    reads.drop()  # the view shows something else now
    assert runner.wait_idle(5_000)
    assert delivered == ["newest"]


def test_a_task_that_ends_after_its_runner_is_deleted_files_nothing(qapp: object) -> None:
    runner = TaskRunner()
    reference = weakref.ref(runner)
    shiboken6.delete(runner)  # the Qt object is gone, the Python wrapper remains
    TaskRunner._file(reference, 0, True, "late")  # must neither raise nor keep the outcome
    assert runner._outcomes == {}
    del runner
    gc.collect()
    TaskRunner._file(reference, 1, True, "later")  # the runner is gone altogether


def test_the_change_bus_carries_changes_and_skips_empty_ones(qtbot: QtBot) -> None:
    bus = ChangeBus()
    received: list[Changes] = []
    bus.changed.connect(received.append)
    bus.publish(Changes())
    bus.publish(Changes.of(Kind.MEETING, "m1"))
    assert len(received) == 1
    assert received[0].concerns(Kind.MEETING, ["m1"])


def test_the_answer_to_a_dialog_closed_meanwhile_is_dropped_without_an_error(runner: TaskRunner) -> None:
    """A user closes a dialog before its settings are read: no error box about widgets that are gone."""
    from PySide6.QtWidgets import QLineEdit

    class Form(QLineEdit):
        def show_value(self, value: str) -> None:
            self.setText(value)

    form = Form()
    release = threading.Event()
    failures: list[str] = []
    runner.failed.connect(failures.append)
    runner.read(lambda: release.wait(5) and "mail.example.go.th", form.show_value)
    # The same through a view's latest reads (whose wrapped handlers hide the form from the runner).
    LatestRead(runner).read(
        lambda: release.wait(5) and "mail.example.go.th", form.show_value, lambda _e, m: failures.append(m)
    )
    shiboken6.delete(form)
    release.set()
    assert runner.wait_idle(5_000)
    assert failures == [] and runner.pending == 0
