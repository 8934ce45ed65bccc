"""Child-process worker that reads untrusted PDFs under resource limits.

Protocol (all UTF-8):

* stdin: one JSON list of file paths; the parent closes stdin after writing it.
* stdout: JSON lines, flushed one by one. First ``{"ready": true}`` once the worker has set its limits and
  read its input, then one object per path, in input order::

      {"i": 0, "ok": true, "pages": 12, "text": "..."}
      {"i": 1, "ok": false, "reason": "encrypted"}
      {"i": 2, "ok": false, "reason": "unreadable", "detail": "Input/output error"}

  ``reason`` is a value of ``emeeting.intake.inspect.Refusal``; the parent words the message.

  Because every answer is flushed before the next file is touched, the parent knows which file was being
  read when the worker died or stopped answering.
* exit status: 0 when every path was answered; ``EXIT_RESTART`` when the worker answered a file but wants
  to be replaced before the next one (after running out of memory, its heap is not worth trusting).

Started as ``python -m emeeting.intake.probe [--memory-mb N] [--cpu-s N] [--text-s S]``. A frozen
(PyInstaller) build has no ``-m``: its entry point must call ``run_probe_worker(sys.argv[2:])`` when
``sys.argv[1] == "--intake-probe"``, before importing anything heavy (Qt in particular).

The worker imports pikepdf and pypdf only; it never touches the application's store.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
import tempfile
import warnings
from collections.abc import Generator, Sequence
from typing import IO, Any, BinaryIO

# One cap and one vocabulary for both sides. Costs nothing: importing this package already imports the
# parent's module.
from emeeting.domain.model import PAGE_BREAK
from emeeting.intake.inspect import TEXT_CAP, Refusal

#: Exit status meaning "answered the last file, but start a fresh worker for the rest".
EXIT_RESTART = 3
#: A page tree with more pages than this is refused (a small file can reference one page a million times).
MAX_PAGES = 100_000
#: Deeper page trees are refused; real files are a handful of levels deep.
MAX_TREE_DEPTH = 100


class _Refused(Exception):
    """The file is refused for ``reason`` (``detail``: one line of specifics, if the message has a place)."""

    def __init__(self, reason: Refusal, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


# ------------------------------------------------------------------------------------------ limits


class _CpuBudget:
    """Per-file CPU-time limit (RLIMIT_CPU is cumulative, so the soft limit is moved before each file).

    Exceeding it kills the worker with SIGXCPU; the parent's wall-clock timeout normally fires first, so
    this is the backstop for a worker whose parent has gone away.
    """

    def __init__(self, seconds: int) -> None:
        self._seconds = seconds
        try:
            import resource
        except ImportError:  # Windows: only the parent's wall-clock timeout applies
            self._resource: Any = None
        else:
            self._resource = resource

    def start_file(self) -> None:
        res = self._resource
        if res is None or self._seconds <= 0:
            return
        usage = res.getrusage(res.RUSAGE_SELF)
        soft = int(usage.ru_utime + usage.ru_stime) + 1 + self._seconds
        _soft, hard = res.getrlimit(res.RLIMIT_CPU)
        if hard != res.RLIM_INFINITY:
            soft = min(soft, hard)
        with contextlib.suppress(ValueError, OSError):
            res.setrlimit(res.RLIMIT_CPU, (soft, hard))


def _limit_memory(memory_mb: int) -> None:
    """Cap the address space; allocations beyond it fail (MemoryError) instead of exhausting the machine."""
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the parent's timeout still applies
        return
    if memory_mb <= 0:
        return
    wanted = memory_mb * 1024 * 1024
    # RLIMIT_AS is what Linux enforces; macOS ignores it but honours RLIMIT_DATA.
    for name in ("RLIMIT_AS", "RLIMIT_DATA"):
        which = getattr(resource, name, None)
        if which is None:
            continue
        try:
            _soft, hard = resource.getrlimit(which)
            limit = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
            resource.setrlimit(which, (limit, hard))
        except (ValueError, OSError):
            continue
        if sys.platform.startswith("linux"):
            break


# ---------------------------------------------------------------------------------------- reading


def _count_pages(pdf: Any) -> int:
    """Walk the page tree without recursion, refusing loops, shared subtrees and absurd sizes."""
    import pikepdf

    root = pdf.Root.get("/Pages")
    if not isinstance(root, pikepdf.Dictionary):
        raise _Refused(Refusal.DAMAGED)
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[Any, int]] = [(root, 0)]
    pages = 0
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, pikepdf.Dictionary):
            raise _Refused(Refusal.DAMAGED)
        kids = node.get("/Kids")
        kind = node.get("/Type")
        if kids is None and kind == pikepdf.Name.Pages:
            continue  # an empty intermediate node: nothing to count
        if kind == pikepdf.Name.Page or kids is None:  # a leaf, even if its /Type is missing
            pages += 1
            if pages > MAX_PAGES:
                raise _Refused(Refusal.TOO_MANY_PAGES, f"{MAX_PAGES:,}")
            continue
        if node.is_indirect:
            if node.objgen in seen:
                # A /Pages node reached twice is a loop (or a shared subtree that multiplies pages).
                raise _Refused(Refusal.PAGE_LOOP)
            seen.add(node.objgen)
        if depth >= MAX_TREE_DEPTH:
            raise _Refused(Refusal.NESTED)
        if not isinstance(kids, pikepdf.Array):
            raise _Refused(Refusal.DAMAGED)
        if len(kids) > MAX_PAGES:
            raise _Refused(Refusal.TOO_MANY_PAGES, f"{MAX_PAGES:,}")
        stack.extend((kid, depth + 1) for kid in reversed(kids))
    if pages == 0:
        raise _Refused(Refusal.NO_PAGES)
    return pages


def _clean_text(text: str) -> str:
    # No NULs (they upset databases) and no lone surrogates (they cannot be encoded).
    text = text.replace("\x00", "")
    return text.encode("utf-8", "replace").decode("utf-8")


def _extract_text(source: BinaryIO, time_budget_s: float) -> str:
    """Text of the pages in order, a form feed (PAGE_BREAK) after each page (as pdftotext writes), capped at
    TEXT_CAP characters; stops early when the time budget is used.

    Read with pdfium (what the viewer shows papers with): it reads Thai as written, where pypdf drops
    vowels and tone marks, and a hit's page is then the viewer's page. A file pdfium cannot open is read
    with pypdf. A page whose text cannot be extracted contributes nothing (the document is still fine to
    show); safety-limit and resource errors propagate.
    """
    import time

    deadline = time.monotonic() + time_budget_s
    try:
        pages = _collect(_pdfium_pages(source), deadline)
    except _PdfiumCannotRead:
        source.seek(0)
        pages = _collect(_pypdf_pages(source), deadline)
    return _clean_text("".join(page + PAGE_BREAK for page in pages)[:TEXT_CAP])


def _collect(pages: Generator[str, None, None], deadline: float) -> list[str]:
    """The pages' texts (a form feed in one is a space), up to TEXT_CAP characters or the deadline."""
    import time

    parts: list[str] = []
    total = 0
    with contextlib.closing(pages):  # a reader stopped early closes its document now
        for text in pages:
            parts.append(text.replace(PAGE_BREAK, " "))
            total += len(text) + 1
            if total >= TEXT_CAP or time.monotonic() >= deadline:
                break
    return parts


class _PdfiumCannotRead(Exception):
    pass


def _pdfium_pages(source: BinaryIO) -> Generator[str, None, None]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(source)
    except pdfium.PdfiumError:
        raise _PdfiumCannotRead from None
    try:
        for index in range(len(document)):
            try:
                page = document[index]
                text_page = page.get_textpage()
                text = text_page.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n")
                text_page.close()
                page.close()
            except pdfium.PdfiumError:
                text = ""
            yield text
    finally:
        document.close()


def _pypdf_pages(source: BinaryIO) -> Generator[str, None, None]:
    import pypdf
    from pypdf.errors import LimitReachedError

    reader = pypdf.PdfReader(source, strict=False)
    if reader.is_encrypted:
        raise _Refused(Refusal.ENCRYPTED)
    for page in reader.pages:
        try:
            yield page.extract_text()
        except (MemoryError, RecursionError, LimitReachedError):
            raise
        except Exception:  # a font pypdf cannot decode must not refuse the whole file
            yield ""


class _NativeMemoryWatch(logging.Handler):
    """Notices qpdf running out of memory: it reports std::bad_alloc as a warning and carries on."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.out_of_memory = False

    def emit(self, record: logging.LogRecord) -> None:
        if "bad_alloc" in record.getMessage():
            self.out_of_memory = True


def probe_pdf(path: str, *, text_budget_s: float = 15.0) -> tuple[int, str]:
    """Return ``(page_count, text)`` for the PDF at ``path``.

    Raises ``_Refused`` with a reason, ``MemoryError`` when the memory limit was hit (also inside qpdf),
    or whatever pikepdf/pypdf raise.
    """
    watch = _NativeMemoryWatch()
    qpdf_log = logging.getLogger("pikepdf")
    qpdf_log.addHandler(watch)
    try:
        return _probe_pdf(path, text_budget_s)
    except MemoryError:
        raise
    except Exception:
        if watch.out_of_memory:  # the failure is a consequence of the allocation that failed
            raise MemoryError from None
        raise
    finally:
        qpdf_log.removeHandler(watch)


def _probe_pdf(path: str, text_budget_s: float) -> tuple[int, str]:
    import pikepdf
    from pypdf.errors import PdfReadError

    try:
        # pikepdf (qpdf) reconstructs a damaged cross-reference table while opening. Warnings are
        # logged (not printed) so that _NativeMemoryWatch sees them.
        # Streamed rather than memory-mapped: a mapping would count the whole file against the limit.
        pdf = pikepdf.open(
            path,
            inherit_page_attributes=False,
            suppress_warnings=False,
            access_mode=pikepdf.AccessMode.stream,
        )
    except pikepdf.PasswordError:
        raise _Refused(Refusal.ENCRYPTED) from None
    except pikepdf.PdfError:
        raise _Refused(Refusal.DAMAGED) from None
    with pdf:
        # Also refuses files that open with an empty user password: we could read them, but the owner
        # asked for restrictions, and a copy in the store would silently drop them.
        if pdf.is_encrypted:
            raise _Refused(Refusal.ENCRYPTED)
        pages = _count_pages(pdf)
        repaired = bool(pdf.get_warnings())
        if not repaired:
            try:
                # A file object, not a path: given a path, pypdf would read the whole file into memory.
                with open(path, "rb") as original:
                    return pages, _extract_text(original, text_budget_s)
            except PdfReadError:
                pass  # pypdf disagrees with qpdf about the file's structure: use qpdf's repaired copy
        with tempfile.TemporaryFile(prefix="emeeting-probe-") as copy:
            pdf.save(copy, stream_decode_level=pikepdf.StreamDecodeLevel.none)
            copy.seek(0)
            try:
                return pages, _extract_text(copy, text_budget_s)
            except PdfReadError:
                return pages, ""  # qpdf reads it (a viewer will too) but pypdf finds no text


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _refusal(reason: Refusal, detail: str = "") -> dict[str, Any]:
    answer: dict[str, Any] = {"ok": False, "reason": reason.value}
    if detail:
        answer["detail"] = _one_line(detail)
    return answer


def _answer(path: str, text_budget_s: float) -> dict[str, Any]:
    from pypdf.errors import LimitReachedError, PdfReadError, PdfStreamError

    try:
        pages, text = probe_pdf(path, text_budget_s=text_budget_s)
    except _Refused as exc:
        return _refusal(exc.reason, exc.detail)
    except MemoryError:
        return {**_refusal(Refusal.MEMORY), "restart": True}
    except LimitReachedError:
        return _refusal(Refusal.EXPANDS)
    except RecursionError:
        return _refusal(Refusal.NESTED)
    except (PdfReadError, PdfStreamError):
        return _refusal(Refusal.DAMAGED)
    except OSError as exc:
        return _refusal(Refusal.UNREADABLE, exc.strerror or type(exc).__name__)
    except Exception as exc:  # any failure is a refusal, never a crash
        import pikepdf

        if isinstance(exc, pikepdf.PdfError):
            return _refusal(Refusal.DAMAGED)
        return _refusal(Refusal.READER_ERROR, type(exc).__name__)
    return {"ok": True, "pages": pages, "text": text}


# ------------------------------------------------------------------------------------------ worker


def _claim_stdout() -> IO[bytes]:
    """Return a private handle on the real stdout and point fd 1 at stderr.

    Native code (qpdf) or a stray print() can then never corrupt the JSON-lines channel.
    """
    if sys.stdout is not None:  # None in a windowed frozen build; the file descriptors are still ours
        sys.stdout.flush()
    channel = os.fdopen(os.dup(1), "wb")
    with contextlib.suppress(OSError):
        os.dup2(2, 1)
    sys.stdout = sys.stderr
    return channel


def _emit(channel: IO[bytes], message: dict[str, Any]) -> None:
    channel.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
    channel.flush()


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="emeeting.intake.probe", add_help=False)
    parser.add_argument("--memory-mb", type=int, default=1024)
    parser.add_argument("--cpu-s", type=int, default=60)
    parser.add_argument("--text-s", type=float, default=15.0)
    return parser.parse_args(list(argv))


def run_probe_worker(argv: Sequence[str] | None = None) -> int:
    """Entry point of the worker process; returns the exit status.

    ``argv`` excludes the program name (and, in a frozen build, the ``--intake-probe`` switch).
    """
    args = _parse_args(sys.argv[1:] if argv is None else argv)
    # Ctrl+C in a terminal reaches the whole process group; the parent decides what happens to us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    channel = _claim_stdout()
    _limit_memory(args.memory_mb)
    cpu = _CpuBudget(args.cpu_s)
    # qpdf and pypdf narrate every repair; the answer line is all the parent needs.
    logging.getLogger().addHandler(logging.NullHandler())  # and no "last resort" printing to stderr
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore")
    import pikepdf  # noqa: F401 - fail here, before "ready", if the libraries cannot load
    import pypdf  # noqa: F401

    with os.fdopen(0, "rb", closefd=False) as stdin:
        raw = stdin.read()
    try:
        paths = json.loads(raw.decode("utf-8"))
    except ValueError:
        print("emeeting.intake.probe: stdin is not a JSON list of paths", file=sys.stderr)
        return 2
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        print("emeeting.intake.probe: stdin is not a JSON list of paths", file=sys.stderr)
        return 2
    try:
        _emit(channel, {"ready": True})
        for index, path in enumerate(paths):
            cpu.start_file()
            answer = _answer(path, args.text_s)
            _emit(channel, {"i": index, **answer})
            if answer.get("restart"):
                return EXIT_RESTART
    except BrokenPipeError:  # the parent gave up on us
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(run_probe_worker())
