"""The log file: where unexpected errors go, and what the user is told about it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emeeting.app import log_file_path, logging_to_file
from emeeting.ui.widgets.task_runner import TaskRunner


def test_a_failing_background_task_writes_its_traceback_to_the_log_file(qtbot: QtBot, data_dir: Path) -> None:
    def crash() -> None:
        raise ZeroDivisionError("internal detail")

    handlers = list(logging.getLogger().handlers)
    with logging_to_file(data_dir) as log_file:
        assert log_file == log_file_path(data_dir) == data_dir / "logs" / "emeeting.log"
        runner = TaskRunner(log_file=log_file)
        try:
            with qtbot.waitSignal(runner.failed, timeout=5_000) as failed:
                runner.read(crash, lambda _: None)
        finally:
            runner.shutdown()
    assert logging.getLogger().handlers == handlers  # removed again: a second start logs once

    message = failed.args[0]
    assert str(log_file) in message  # the user is told where the details are
    assert "internal detail" not in message
    text = log_file.read_text(encoding="utf-8")
    assert "background task failed" in text
    assert "Traceback (most recent call last)" in text
    assert 'ZeroDivisionError("internal detail")' in text or "ZeroDivisionError: internal detail" in text


def test_without_a_log_folder_the_log_goes_to_stderr_and_nothing_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "logs").write_text("a file where the log folder should be")
    with logging_to_file(data_dir) as log_file:
        assert log_file is None
        logging.getLogger("emeeting.test").error("something to report")
    err = capsys.readouterr().err
    assert "no log file" in err
    assert "something to report" in err
