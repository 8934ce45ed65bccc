"""inspect_files: good files in, broken and hostile files out with one clear line, the batch never stops."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from emeeting.domain.errors import RejectedFileError
from emeeting.intake import Inspected, inspect_files
from emeeting.intake import inspect as intake_inspect
from emeeting.intake.sniff import DOCX, PDF, PNG, TEXT

GOOD_PAGES = 3  # what conftest's good PDFs have unless told otherwise
MISBEHAVING_PROBE = Path(__file__).with_name("misbehaving_probe.py")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX rlimits / special files")


def accepted(result: Inspected | RejectedFileError) -> Inspected:
    assert isinstance(result, Inspected), f"expected acceptance, got: {result}"
    return result


def rejected(result: Inspected | RejectedFileError, path: Path, reason: str) -> str:
    """Assert a rejection naming ``path`` on one line that contains ``reason``; return the message."""
    assert isinstance(result, RejectedFileError), f"expected rejection, got: {result}"
    message = str(result)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{path.name}: "), message
    assert reason in message, message
    return message


def inspect_one(path: Path, **kwargs: float) -> Inspected | RejectedFileError:
    [result] = inspect_files([path], **kwargs)  # type: ignore[arg-type]
    return result


def use_misbehaving_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intake_inspect, "_child_command", lambda: [sys.executable, str(MISBEHAVING_PROBE)])


# ------------------------------------------------------------------------------------------- accepted


def test_good_pdf_is_accepted_with_pages_text_and_digest(good_pdf: Path) -> None:
    result = accepted(inspect_one(good_pdf))
    data = good_pdf.read_bytes()
    assert result.path == good_pdf
    assert result.mime_type == PDF
    assert result.size == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.page_count == GOOD_PAGES
    assert "Agenda item 1" in result.text
    assert result.text.index("Agenda item 1") < result.text.index(f"Agenda item {GOOD_PAGES}")


def test_repairable_pdf_is_accepted_after_repair(repairable_pdf: Path) -> None:
    result = accepted(inspect_one(repairable_pdf))
    assert result.page_count == GOOD_PAGES
    assert "Agenda item 1" in result.text and "Agenda item 3" in result.text


def test_two_thousand_pages_are_counted_quickly(many_pages_pdf: Path) -> None:
    start = time.monotonic()
    result = accepted(inspect_one(many_pages_pdf))
    assert result.page_count == 2_000
    assert result.text.startswith("Minutes")
    assert time.monotonic() - start < 15


def test_non_pdf_files_are_accepted_without_a_child(
    png_file: Path, text_file: Path, docx_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_child() -> list[str]:
        raise AssertionError("no PDF here: no child process should be started")

    monkeypatch.setattr(intake_inspect, "_child_command", no_child)
    png, text, docx = (accepted(r) for r in inspect_files([png_file, text_file, docx_file]))
    assert png.mime_type == PNG and png.page_count is None and png.text == ""
    assert text.mime_type == TEXT and text.page_count is None
    assert text.text.startswith("Minutes of the meeting — ประชุมคณะกรรมการ\n")
    assert docx.mime_type == DOCX and docx.page_count is None
    assert png.sha256 == hashlib.sha256(png_file.read_bytes()).hexdigest()


def test_a_file_named_pdf_that_is_not_one_is_rejected(png_named_pdf: Path) -> None:
    (result,) = inspect_files([png_named_pdf])
    rejected(result, png_named_pdf, "the content is not a PDF")


def test_empty_batch() -> None:
    assert inspect_files([]) == []


# ------------------------------------------------------------------------------------------- rejected


@pytest.mark.parametrize(
    ("fixture", "reason"),
    [
        ("truncated_pdf", "not a readable PDF (damaged beyond repair)"),
        ("unrepairable_pdf", "not a readable PDF (damaged beyond repair)"),
        ("encrypted_user_pdf", "encrypted"),
        ("encrypted_owner_only_pdf", "encrypted"),
        ("self_referencing_pdf", "not a readable PDF (its page tree loops back on itself)"),
        ("bomb_pdf", "too large or complex to read safely"),
        ("empty_file", "is empty (0 bytes)"),
    ],
)
def test_broken_and_hostile_files_are_rejected(
    fixture: str, reason: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(fixture)
    start = time.monotonic()
    rejected(inspect_one(path, timeout_s=5), path, reason)
    assert time.monotonic() - start < 5  # refused by a check or a limit, not by the wall-clock timeout


@posix_only
def test_object_stream_bomb_is_stopped_by_the_memory_limit(objstm_bomb_pdf: Path) -> None:
    start = time.monotonic()
    result = inspect_one(objstm_bomb_pdf)
    rejected(result, objstm_bomb_pdf, "too large or complex to read safely (memory limit)")
    assert time.monotonic() - start < 10  # without the limit qpdf spends ~30 s inflating 4 GiB


def test_missing_file_and_folder(tmp_path: Path) -> None:
    missing = tmp_path / "gone.pdf"
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    gone, is_dir = inspect_files([missing, folder])
    rejected(gone, missing, "file not found")
    rejected(is_dir, folder, "is a folder, not a file")


def test_file_over_the_size_cap(good_pdf: Path) -> None:
    [result] = inspect_files([good_pdf], max_bytes=1000)
    rejected(result, good_pdf, "is too large")


UNREADABLE_CHILD = """
import os, sys
from pathlib import Path
from emeeting.intake.inspect import inspect_files  # imported first: the interpreter may live in /root
os.setgid(65534)
os.setuid(65534)  # root reads anything: check as an ordinary user
print(inspect_files([Path(sys.argv[1])])[0])
"""


@posix_only
def test_unreadable_file(good_pdf: Path) -> None:
    if os.geteuid() != 0:
        good_pdf.chmod(0)
        rejected(inspect_one(good_pdf), good_pdf, "cannot be read (permission denied)")
        return
    folder = Path(tempfile.mkdtemp())  # outside pytest's private temp folder, which nobody else may enter
    try:
        folder.chmod(0o755)
        locked = folder / good_pdf.name
        shutil.copy(good_pdf, locked)
        locked.chmod(0)
        child = subprocess.run(
            [sys.executable, "-c", UNREADABLE_CHILD, str(locked)], capture_output=True, text=True, timeout=60
        )
        assert child.returncode == 0, child.stderr
        assert child.stdout.strip() == f"{locked.name}: cannot be read (permission denied)"
    finally:
        shutil.rmtree(folder)


@posix_only
def test_fifo_is_rejected_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    rejected(inspect_one(fifo), fifo, "is not a regular file")


@posix_only
def test_message_stays_on_one_line_whatever_the_name(tmp_path: Path) -> None:
    path = tmp_path / "evil\nname\r.pdf"
    path.write_bytes(b"")
    [result] = inspect_files([path])
    assert isinstance(result, RejectedFileError)
    assert str(result) == "evil?name?.pdf: is empty (0 bytes)"


# -------------------------------------------------------------------------------------------- batches


def test_batch_keeps_order_and_continues_past_hostile_files(
    make_good_pdf: Callable[..., Path],
    bomb_pdf: Path,
    self_referencing_pdf: Path,
    encrypted_user_pdf: Path,
    png_named_pdf: Path,
    empty_file: Path,
) -> None:
    goods = [make_good_pdf(f"good{n}.pdf", pages=n, marker=f"Doc{n}") for n in (1, 2, 3)]
    batch = [goods[0], bomb_pdf, png_named_pdf, goods[1], self_referencing_pdf, encrypted_user_pdf]
    batch += [empty_file, goods[2]]
    results = inspect_files(batch, timeout_s=5)
    assert len(results) == len(batch)
    for n, good in enumerate(goods, start=1):
        result = accepted(results[batch.index(good)])
        assert result.page_count == n and f"Doc{n} item {n}" in result.text
    rejected(results[2], png_named_pdf, "not a PDF")
    rejected(results[1], bomb_pdf, "too large or complex")
    rejected(results[4], self_referencing_pdf, "loops back on itself")
    rejected(results[5], encrypted_user_pdf, "encrypted")
    rejected(results[6], empty_file, "is empty")


@posix_only
def test_batch_continues_after_the_child_runs_out_of_memory(
    make_good_pdf: Callable[..., Path], objstm_bomb_pdf: Path
) -> None:
    batch = [make_good_pdf("a.pdf"), objstm_bomb_pdf, make_good_pdf("b.pdf"), make_good_pdf("c.pdf")]
    results = inspect_files(batch)
    rejected(results[1], objstm_bomb_pdf, "too large or complex to read safely (memory limit)")
    for i in (0, 2, 3):
        assert accepted(results[i]).page_count == GOOD_PAGES


def _hostile_batch(make_good_pdf: Callable[..., Path], hostile: Sequence[str]) -> list[Path]:
    batch = [make_good_pdf("first.pdf")]
    for n, name in enumerate(hostile):
        batch += [make_good_pdf(name), make_good_pdf(f"middle{n}.pdf")]
    return [*batch, make_good_pdf("last.pdf")]


def test_hung_child_is_killed_and_the_rest_are_read_by_a_new_one(
    make_good_pdf: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    use_misbehaving_probe(monkeypatch)
    batch = _hostile_batch(make_good_pdf, ["hang.pdf"])
    start = time.monotonic()
    results = inspect_files(batch, timeout_s=2)
    elapsed = time.monotonic() - start
    rejected(results[1], batch[1], "took too long to read (possibly a looping or hostile PDF)")
    for i in (0, 2, 3):
        assert accepted(results[i]).page_count == GOOD_PAGES
    assert 2 <= elapsed < 10


def test_killed_child_is_replaced_and_the_file_it_was_reading_is_rejected(
    make_good_pdf: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    use_misbehaving_probe(monkeypatch)
    batch = _hostile_batch(make_good_pdf, ["crash1.pdf", "crash2.pdf"])
    results = inspect_files(batch, timeout_s=5)
    for i in (1, 3):
        rejected(results[i], batch[i], "too large or complex to read safely (memory limit)")
    for i in (0, 2, 4, 5):
        assert accepted(results[i]).page_count == GOOD_PAGES


@posix_only
def test_child_runs_under_the_memory_limit(
    make_good_pdf: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    use_misbehaving_probe(monkeypatch)
    batch = _hostile_batch(make_good_pdf, ["hog.pdf"])
    results = inspect_files(batch, memory_mb=1024)
    rejected(results[1], batch[1], "too large or complex to read safely (memory limit)")
    for i in (0, 2, 3):
        assert accepted(results[i]).page_count == GOOD_PAGES


@posix_only
def test_worker_stops_itself_when_a_file_uses_up_its_cpu_time(make_good_pdf: Callable[..., Path]) -> None:
    """The backstop for a worker whose parent has gone away: RLIMIT_CPU, renewed for every file."""
    batch = [make_good_pdf("first.pdf"), make_good_pdf("spin.pdf")]
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, str(MISBEHAVING_PROBE), "--cpu-s", "1"],
        input=json.dumps([str(p) for p in batch]).encode(),
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == -signal.SIGXCPU
    assert time.monotonic() - start < 10
    ready, first = (json.loads(line) for line in proc.stdout.splitlines())
    assert ready == {"ready": True}
    assert first["i"] == 0 and first["ok"] is True and first["pages"] == GOOD_PAGES


def test_child_that_cannot_start_rejects_pdfs_only(
    good_pdf: Path, text_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = [sys.executable, "-c", "import sys; sys.exit('no pikepdf here')"]
    monkeypatch.setattr(intake_inspect, "_child_command", lambda: broken)
    pdf_result, text_result = inspect_files([good_pdf, text_file], timeout_s=5)
    message = rejected(pdf_result, good_pdf, "could not be checked (the PDF reader failed to start")
    assert "no pikepdf here" in message
    assert accepted(text_result).mime_type == TEXT


def test_child_command() -> None:
    assert intake_inspect._child_command() == [sys.executable, "-m", "emeeting.intake.probe"]


def test_child_command_when_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert intake_inspect._child_command() == [sys.executable, "--intake-probe"]
