"""Parent side of intake: look at untrusted files without letting them hurt the application.

Cheap, bounded work happens here (stat, streamed SHA-256, content sniffing). Everything that parses a PDF
happens in a child process (``emeeting.intake.probe``) that runs under memory and CPU limits and is killed
when it stops answering. One child reads a whole batch; when it dies or hangs, the file it was reading is
rejected and a fresh child carries on with the rest.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import json
import math
import os
import queue
import stat
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from emeeting.domain.errors import QT_TRANSLATE_NOOP, RejectedFileError
from emeeting.intake import sniff
from emeeting.intake.sniff import HEAD_SIZE, PDF, sniff_mime, sniff_path

#: Files larger than this are refused before anything reads them.
DEFAULT_MAX_BYTES = 512 * 1024 * 1024
#: Extracted (or, for text files, decoded) text is cut at this many characters.
TEXT_CAP = 200_000


class Refusal(StrEnum):
    """Why a PDF was refused: what the probe child answers (with an optional detail) and what this side
    concludes about a child that died or hung. ``_refused`` turns each into the user's message."""

    ENCRYPTED = "encrypted"
    DAMAGED = "damaged"
    MEMORY = "memory"  # the memory limit was hit, or the child died while reading the file
    EXPANDS = "expands"  # a compressed stream expands too far
    NESTED = "nested"
    PAGE_LOOP = "page-loop"
    NO_PAGES = "no-pages"
    TOO_MANY_PAGES = "too-many-pages"  # detail: the limit
    UNREADABLE = "unreadable"  # detail: the system's words
    READER_ERROR = "reader-error"  # detail: the name of the exception
    TIMEOUT = "timeout"
    NO_START = "no-start"  # the child could not be started; detail: the system's words
    FAILED_START = "failed-start"  # the child started but did not get ready; detail: its last error line
    UNCHECKED = "unchecked"  # no answer at all (a bug, not something a file can do)
    NOT_READABLE = "not-readable"  # a refusal without a reason we know


@dataclass(frozen=True)
class _Refused:
    reason: Refusal
    detail: str = ""


_CHUNK = 1024 * 1024
_MAX_ANSWER_BYTES = 16 * 1024 * 1024  # one answer line: 200k characters of text, JSON-escaped
_STARTUP_TIMEOUT_S = 60.0  # importing pikepdf on a cold, busy machine
_EXIT_WAIT_S = 5.0
_SIGXCPU = 24  # Linux and macOS
_CONTAINERS = frozenset(
    (sniff.ZIP, sniff.DOCX, sniff.XLSX, sniff.PPTX, sniff.OLE, sniff.DOC, sniff.XLS, sniff.PPT)
)


@dataclass(frozen=True)
class Inspected:
    """A file that may be stored: what it is, how big, its digest and (for PDFs) its pages and text."""

    path: Path
    mime_type: str
    size: int
    sha256: str
    page_count: int | None
    text: str


@dataclass(frozen=True)
class _PdfJob:
    index: int
    path: Path
    size: int
    sha256: str


def inspect_files(
    paths: Sequence[Path],
    *,
    timeout_s: float = 30.0,
    memory_mb: int = 1024,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Inspected | RejectedFileError]:
    """Inspect untrusted files; return, in input order, an ``Inspected`` or a ``RejectedFileError`` each.

    Never raises for anything a file can do. Each rejection's message is one line that starts with the
    file name, e.g. ``"broken.pdf: not a readable PDF (damaged beyond repair)"``.

    PDFs are opened, counted and their text extracted in one child process per batch, limited to
    ``memory_mb`` of address space and, per file, ``timeout_s`` seconds of wall-clock time (and CPU time,
    where the platform has rlimits). Blocks until every file is answered: call it off the GUI thread.
    """
    results: list[Inspected | RejectedFileError | None] = [None] * len(paths)
    jobs: list[_PdfJob] = []
    for index, raw in enumerate(paths):
        local = _inspect_locally(index, Path(raw), max_bytes)
        if isinstance(local, _PdfJob):
            jobs.append(local)
        else:
            results[index] = local
    for job, answer in zip(jobs, _probe_pdfs(jobs, timeout_s, memory_mb), strict=True):
        if isinstance(answer, _Refused):
            results[job.index] = _refused(job.path, answer)
        else:
            pages, text = answer
            results[job.index] = Inspected(job.path, PDF, job.size, job.sha256, pages, text)
    done: list[Inspected | RejectedFileError] = []
    for result, path in zip(results, paths, strict=True):
        done.append(result if result is not None else _refused(Path(path), _Refused(Refusal.UNCHECKED)))
    return done


# ---------------------------------------------------------------------------------------- messages


def display_name(path: Path) -> str:
    """The file name as shown to the user: printable, one line, never empty."""
    name = path.name or str(path)
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join(ch if ch.isprintable() else "?" for ch in name) or "?"


def _refused(path: Path, refused: _Refused) -> RejectedFileError:
    """The message for a PDF the probe (or the way its child ended) refused."""
    name, detail = display_name(path), " ".join(refused.detail.split())
    match refused.reason:
        case Refusal.ENCRYPTED:
            return RejectedFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: encrypted PDF (remove the password protection and attach it again)"
                ),
                name=name,
            )
        case Refusal.DAMAGED:
            return RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name}: not a readable PDF (damaged beyond repair)"), name=name
            )
        case Refusal.MEMORY:
            return RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name}: too large or complex to read safely (memory limit)"),
                name=name,
            )
        case Refusal.EXPANDS:
            return RejectedFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name}: too large or complex to read safely (a compressed stream expands too far)",
                ),
                name=name,
            )
        case Refusal.NESTED:
            return RejectedFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: too large or complex to read safely (nested too deeply)"
                ),
                name=name,
            )
        case Refusal.PAGE_LOOP:
            return RejectedFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: not a readable PDF (its page tree loops back on itself)"
                ),
                name=name,
            )
        case Refusal.NO_PAGES:
            return RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name}: not a readable PDF (it has no pages)"), name=name
            )
        case Refusal.TOO_MANY_PAGES:
            return RejectedFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: too large or complex to read safely (more than {limit} pages)"
                ),
                name=name,
                limit=detail,
            )
        case Refusal.UNREADABLE:
            return RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name}: cannot be read ({reason})"), name=name, reason=detail
            )
        case Refusal.READER_ERROR:
            return RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name}: not a readable PDF ({error})"), name=name, error=detail
            )
        case Refusal.TIMEOUT:
            return RejectedFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: took too long to read (possibly a looping or hostile PDF)"
                ),
                name=name,
            )
        case Refusal.NO_START:
            return RejectedFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: could not be checked (the PDF reader could not start: {reason})"
                ),
                name=name,
                reason=detail,
            )
        case Refusal.FAILED_START:
            return RejectedFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: could not be checked (the PDF reader failed to start: {reason})"
                ),
                name=name,
                reason=detail,
            )
        case Refusal.UNCHECKED:
            return RejectedFileError(QT_TRANSLATE_NOOP("Errors", "{name}: could not be checked"), name=name)
        case Refusal.NOT_READABLE:
            return RejectedFileError(QT_TRANSLATE_NOOP("Errors", "{name}: not a readable PDF"), name=name)


def _one_line(detail: object) -> str:
    return " ".join(str(detail).split())


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MiB" if size >= 1024 * 1024 else f"{size:,} bytes"


# ------------------------------------------------------------------------------------ local checks


def _open_regular(path: Path) -> tuple[int, int]:
    """Open ``path`` for reading without blocking on FIFOs or devices; return (fd, size)."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(st.st_mode):
            raise _NotRegular
    except BaseException:
        os.close(fd)
        raise
    return fd, st.st_size


class _NotRegular(Exception):
    pass


def _inspect_locally(index: int, path: Path, max_bytes: int) -> Inspected | RejectedFileError | _PdfJob:
    try:
        if path.is_dir():  # os.open cannot open a directory on Windows; say what it is
            return RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name}: is a folder, not a file"), name=display_name(path)
            )
        fd, size = _open_regular(path)
    except FileNotFoundError:
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: file not found"), name=display_name(path)
        )
    except IsADirectoryError:
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: is a folder, not a file"), name=display_name(path)
        )
    except PermissionError:
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: cannot be read (permission denied)"), name=display_name(path)
        )
    except _NotRegular:
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: is not a regular file"), name=display_name(path)
        )
    except (OSError, ValueError) as exc:  # ValueError: NUL in the path
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: cannot be read ({reason})"),
            name=display_name(path),
            reason=_one_line(getattr(exc, "strerror", None) or exc),
        )
    if size == 0:
        os.close(fd)
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: is empty (0 bytes)"), name=display_name(path)
        )
    if size > max_bytes:
        os.close(fd)
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: is too large ({size}; the limit is {limit})"),
            name=display_name(path),
            size=_mib(size),
            limit=_mib(max_bytes),
        )
    digest = hashlib.sha256()
    head = bytearray()
    read = 0
    try:
        with os.fdopen(fd, "rb", buffering=0) as fh:
            while chunk := fh.read(_CHUNK):
                read += len(chunk)
                if read > max_bytes:  # grew while we were reading it
                    return RejectedFileError(
                        QT_TRANSLATE_NOOP("Errors", "{name}: is too large (the limit is {limit})"),
                        name=display_name(path),
                        limit=_mib(max_bytes),
                    )
                digest.update(chunk)
                if len(head) < HEAD_SIZE:
                    head += chunk[: HEAD_SIZE - len(head)]
    except OSError as exc:
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: cannot be read ({reason})"),
            name=display_name(path),
            reason=_one_line(exc.strerror or type(exc).__name__),
        )
    if read == 0:
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: is empty (0 bytes)"), name=display_name(path)
        )
    mime = sniff_mime(bytes(head), path.name)
    if mime == PDF:
        return _PdfJob(index, path, read, digest.hexdigest())
    if path.suffix.lower() == ".pdf":
        # Someone expects a PDF here: a damaged or mislabelled file must not pass as another type.
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: not a readable PDF (the content is not a PDF)"),
            name=display_name(path),
        )
    text = ""
    try:
        if mime in _CONTAINERS:
            mime = sniff_path(path)  # look inside the container
        if mime in (sniff.TEXT, sniff.CSV):
            text = _read_text(path)
    except OSError as exc:
        return RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name}: cannot be read ({reason})"),
            name=display_name(path),
            reason=_one_line(exc.strerror or type(exc).__name__),
        )
    return Inspected(path, mime, read, digest.hexdigest(), None, text)


def _read_text(path: Path) -> str:
    with path.open("rb") as fh:
        data = fh.read(TEXT_CAP * 4)
    text = data.decode("utf-8", "replace").removeprefix("\ufeff")
    return text[:TEXT_CAP].replace("\x00", "")


# ---------------------------------------------------------------------------------- child process


def _child_command() -> list[str]:
    """How to start the probe worker.

    From source or an installed package, ``python -m emeeting.intake.probe``. In a frozen (PyInstaller)
    build ``sys.executable`` is the application itself; its entry point dispatches ``--intake-probe`` to
    ``emeeting.intake.probe.run_probe_worker(sys.argv[2:])`` before importing anything else.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, "--intake-probe"]
    return [sys.executable, "-m", "emeeting.intake.probe"]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        # Make the package importable even when the app runs from a source tree that is not installed,
        # and keep the current directory off the child's sys.path.
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        env["PYTHONSAFEPATH"] = "1"
    return env


class _Child:
    """One probe worker: feeds it the batch, reads its answer lines with a timeout, keeps its stderr tail."""

    _EOF = object()

    def __init__(self, paths: Sequence[Path], timeout_s: float, memory_mb: int) -> None:
        cpu_s = math.ceil(timeout_s) + 5
        args = ["--memory-mb", str(memory_mb), "--cpu-s", str(cpu_s), "--text-s", f"{timeout_s / 2:.3f}"]
        flags = 0
        if sys.platform == "win32":  # no console window flashing up behind the GUI
            flags = subprocess.CREATE_NO_WINDOW
        self.proc = subprocess.Popen(
            [*_child_command(), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_child_env(),
            creationflags=flags,
        )
        self._lines: queue.Queue[object] = queue.Queue()
        self._stderr_tail: collections.deque[bytes] = collections.deque(maxlen=20)
        # ASCII JSON: undecodable file names travel as \udcXX escapes and come back intact.
        payload = json.dumps([os.fspath(p) for p in paths]).encode("ascii")
        assert self.proc.stdin and self.proc.stdout and self.proc.stderr
        self._threads = [
            threading.Thread(target=self._feed, args=(self.proc.stdin, payload), daemon=True),
            threading.Thread(target=self._read_answers, args=(self.proc.stdout,), daemon=True),
            threading.Thread(target=self._read_stderr, args=(self.proc.stderr,), daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    @staticmethod
    def _feed(stdin: IO[bytes], payload: bytes) -> None:
        try:
            stdin.write(payload)
            stdin.close()
        except OSError:  # the child died before reading; the reader sees EOF
            pass

    def _read_answers(self, stdout: IO[bytes]) -> None:
        try:
            while line := stdout.readline(_MAX_ANSWER_BYTES):
                self._lines.put(line)
        except (OSError, ValueError):
            pass
        finally:
            self._lines.put(self._EOF)

    def _read_stderr(self, stderr: IO[bytes]) -> None:
        try:
            while line := stderr.readline(8192):
                self._stderr_tail.append(line)
        except (OSError, ValueError):
            pass

    def next_message(self, timeout_s: float) -> dict[str, Any] | None:
        """The next answer; None when the child closed stdout (it died or finished).

        Raises ``TimeoutError`` if nothing arrives in time, ``ValueError`` on a malformed line.
        """
        try:
            item = self._lines.get(timeout=max(timeout_s, 0.0))
        except queue.Empty:
            raise TimeoutError from None
        if item is self._EOF:
            return None
        assert isinstance(item, bytes)
        if not item.endswith(b"\n"):
            raise ValueError("answer too long")
        message = json.loads(item.decode("utf-8"))
        if not isinstance(message, dict):
            raise ValueError("answer is not an object")
        return message

    def wait_exit(self) -> int:
        try:
            return self.proc.wait(timeout=_EXIT_WAIT_S)
        except subprocess.TimeoutExpired:
            self.kill()
            return self.proc.wait()

    def kill(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(OSError):
                self.proc.kill()
        self.proc.wait()

    def close(self) -> None:
        self.kill()
        for thread in self._threads:
            thread.join(timeout=_EXIT_WAIT_S)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def stderr_summary(self) -> str:
        lines = [ln.decode("utf-8", "replace").strip() for ln in self._stderr_tail]
        lines = [ln for ln in lines if ln]
        return lines[-1][:200] if lines else "no error output"


def _probe_pdfs(
    jobs: Sequence[_PdfJob], timeout_s: float, memory_mb: int
) -> list[tuple[int, str] | _Refused]:
    """Answer every job with ``(page_count, text)`` or why it is refused, in as few children as possible."""
    answers: list[tuple[int, str] | _Refused] = []
    while len(answers) < len(jobs):
        answers.extend(_run_child(jobs[len(answers) :], timeout_s, memory_mb))
    return answers


def _run_child(jobs: Sequence[_PdfJob], timeout_s: float, memory_mb: int) -> list[tuple[int, str] | _Refused]:
    """Run one child over ``jobs``; return answers for a non-empty prefix of them.

    The prefix ends early when the child dies or hangs: the file it was reading gets the reason, the
    caller starts a new child for the rest.
    """
    answers: list[tuple[int, str] | _Refused] = []
    try:
        child = _Child([job.path for job in jobs], timeout_s, memory_mb)
    except OSError as exc:
        return [_Refused(Refusal.NO_START, str(exc.strerror or exc))] * len(jobs)
    try:
        try:
            ready = child.next_message(max(_STARTUP_TIMEOUT_S, timeout_s))
        except (TimeoutError, ValueError):
            ready = None
        if not ready or ready.get("ready") is not True:
            child.close()  # also waits for the rest of its stderr
            return [_Refused(Refusal.FAILED_START, child.stderr_summary())] * len(jobs)
        for expected in range(len(jobs)):
            try:
                message = child.next_message(timeout_s)
            except TimeoutError:
                child.kill()
                return [*answers, _Refused(Refusal.TIMEOUT)]
            except ValueError:  # garbled answer: treat like a crash while reading this file
                child.kill()
                return [*answers, _Refused(Refusal.MEMORY)]
            if message is None:  # died while reading this file
                status = child.wait_exit()
                return [*answers, _Refused(Refusal.TIMEOUT if status == -_SIGXCPU else Refusal.MEMORY)]
            if message.get("i") != expected:
                child.kill()
                return [*answers, _Refused(Refusal.MEMORY)]
            answers.append(_decode_answer(message))
            if message.get("restart"):  # out of memory: it answered, but its heap is not worth trusting
                child.kill()
                return answers
        child.wait_exit()
        return answers
    finally:
        child.close()


def _decode_answer(message: dict[str, Any]) -> tuple[int, str] | _Refused:
    if message.get("ok") is True:
        pages, text = message.get("pages"), message.get("text")
        if isinstance(pages, int) and pages > 0 and isinstance(text, str):
            return pages, text[:TEXT_CAP]
        return _Refused(Refusal.MEMORY)
    try:
        reason = Refusal(str(message.get("reason")))
    except ValueError:  # missing, or a word this side does not know
        return _Refused(Refusal.NOT_READABLE)
    detail = message.get("detail")
    return _Refused(reason, detail if isinstance(detail, str) else "")
