"""Office files to PDF through LibreOffice, for papers the board book cannot bind as they are.

The board book binds PDFs only. A Word, Excel or PowerPoint file (or plain text) becomes a PDF by running
``soffice --headless --convert-to pdf`` on a copy of it in a temporary folder of its own, with a profile
folder of its own (``-env:UserInstallation``: a LibreOffice the user has open, or a second conversion at
the same time, neither blocks nor is disturbed), no shell, and a time limit after which the whole process
group is killed. The file is untrusted: LibreOffice runs it with macros off (its default), on a copy
under a plain name (a name starting with "-" or holding a newline is never on the command line).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path, PurePath

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ConversionCancelled, ConversionError
from emeeting.intake.sniff import CSV, DOC, DOCX, PDF, PPT, PPTX, TEXT, XLS, XLSX

__all__ = [
    "CONVERTIBLE",
    "DEFAULT_TIMEOUT_S",
    "PDF",
    "can_convert",
    "convert_to_pdf",
    "find_office",
    "pdf_name",
    "printable_name",
]

#: What LibreOffice turns into a PDF: office documents, spreadsheets, slides and plain text.
CONVERTIBLE: frozenset[str] = frozenset((DOCX, DOC, XLSX, XLS, PPTX, PPT, TEXT, CSV))
#: A fresh profile makes the first start slower (a few seconds); a large file takes longer still.
DEFAULT_TIMEOUT_S = 180.0

# The extension LibreOffice needs to pick its import filter; the copy is named "source" plus this.
_SUFFIX = {DOCX: ".docx", DOC: ".doc", XLSX: ".xlsx", XLS: ".xls", PPTX: ".pptx", PPT: ".ppt"}
_TEXT_SUFFIX = {TEXT: ".txt", CSV: ".csv"}
_PROGRAM_NAMES = ("soffice", "libreoffice")
# Where the installers put LibreOffice on systems that do not add it to PATH.
_WINDOWS_DIRS = ("LibreOffice/program",)
_MACOS_PROGRAMS = ("/Applications/LibreOffice.app/Contents/MacOS/soffice",)
_KILL_WAIT_S = 10.0
_POLL_S = 0.2  # how often a running conversion looks whether the user stopped it


def can_convert(mime_type: str) -> bool:
    """Whether LibreOffice can make a PDF of a file of this (sniffed) type."""
    return mime_type in CONVERTIBLE


def find_office(search_path: str | None = None, *, extra: Sequence[Path] | None = None) -> Path | None:
    """LibreOffice's ``soffice`` program: on ``search_path`` (default: PATH), else where the Windows and
    macOS installers put it; None when it is not installed."""
    for name in _PROGRAM_NAMES:
        found = shutil.which(name, path=search_path)
        if found:
            return Path(found)
    for candidate in extra if extra is not None else _installed_elsewhere():
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def _installed_elsewhere() -> list[Path]:
    if sys.platform == "win32":
        roots = [os.environ.get(v, "") for v in ("ProgramFiles", "ProgramFiles(x86)")]
        return [Path(root) / d / "soffice.exe" for root in roots if root for d in _WINDOWS_DIRS]
    if sys.platform == "darwin":
        return [Path(p) for p in _MACOS_PROGRAMS]
    return []  # Linux and the BSDs: the packages put soffice on PATH


def printable_name(file_name: str) -> str:
    """A file name for a message: one printable line, never empty."""
    return "".join(ch if ch.isprintable() else "?" for ch in file_name) or "?"


def pdf_name(file_name: str) -> str:
    """The converted file's name: the original's stem with ``.pdf``, made safe for any file system."""
    stem = PurePath(file_name.replace("\\", "/")).stem if file_name else ""
    safe = "".join("_" if (not ch.isprintable() or ch in '<>:"/\\|?*') else ch for ch in stem).strip(" .")
    return f"{safe or 'document'}.pdf"


def convert_to_pdf(
    source: Path,
    mime_type: str,
    out_dir: Path,
    *,
    office: Path,
    file_name: str,
    fonts: Sequence[Path] = (),
    timeout_s: float = DEFAULT_TIMEOUT_S,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Convert ``source`` (of the sniffed ``mime_type``, attached as ``file_name``) to a PDF in ``out_dir``
    and return its path, named ``pdf_name(file_name)``. ``fonts``: font files LibreOffice may use besides
    the system's (the bundled Thai font: without a Thai font Thai text comes out as empty boxes).

    Raises ConversionError when the type cannot be converted, LibreOffice fails, produces nothing or
    runs past ``timeout_s``, ConversionCancelled when ``cancelled()`` (asked a few times a second)
    says the user stopped it. Blocks: call it off the GUI thread."""
    display_name = printable_name(file_name)
    suffix = _SUFFIX.get(mime_type) or _TEXT_SUFFIX.get(mime_type)
    if suffix is None:
        raise ConversionError(
            QT_TRANSLATE_NOOP("Errors", "{name}: LibreOffice cannot convert this kind of file to PDF"),
            name=display_name,
        )
    with tempfile.TemporaryDirectory(prefix="emeeting-convert-") as work:
        folder = Path(work)
        copy = folder / f"source{suffix}"
        shutil.copyfile(source, copy)
        (folder / "out").mkdir()
        user_fonts = folder / "profile" / "user" / "fonts"  # LibreOffice loads the fonts of its profile
        user_fonts.mkdir(parents=True)
        for font in fonts:
            shutil.copyfile(font, user_fonts / font.name)
        command = [
            str(office),
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "out"),
            str(copy),
        ]
        output = _run(command, folder, display_name, timeout_s, cancelled)
        made = folder / "out" / "source.pdf"
        if not made.is_file() or made.stat().st_size == 0:
            raise ConversionError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name}: LibreOffice could not convert the file to PDF ({reason})"
                ),
                name=display_name,
                reason=_reason(output),
            )
        out_dir.mkdir(parents=True, exist_ok=True)
        result = out_dir / pdf_name(file_name)
        shutil.move(made, result)
        return result


def _run(
    command: list[str],
    folder: Path,
    display_name: str,
    timeout_s: float,
    cancelled: Callable[[], bool] | None,
) -> str:
    """Run LibreOffice, return what it printed; kill it and everything it started when it takes too long
    or the user stops it."""
    if cancelled is not None and cancelled():
        raise _cancelled(display_name)
    # Its own process group (session): a time-out kills LibreOffice and every process it started.
    new_group: dict[str, object] = (
        {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
        if sys.platform == "win32"
        else {"start_new_session": True}
    )
    try:
        process = subprocess.Popen(  # a fixed argument list, no shell
            command,
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            **new_group,  # type: ignore[call-overload]
        )
    except OSError as e:
        raise ConversionError(
            QT_TRANSLATE_NOOP("Errors", "{name}: LibreOffice could not be started ({reason})"),
            name=display_name,
            reason=e.strerror or e,
        ) from None
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            out, _ = process.communicate(timeout=max(0.0, min(_POLL_S, deadline - time.monotonic())))
            break
        except subprocess.TimeoutExpired:
            if cancelled is not None and cancelled():
                _kill(process)
                raise _cancelled(display_name) from None
            if time.monotonic() >= deadline:
                _kill(process)
                raise ConversionError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name}: LibreOffice did not finish converting the file within {seconds} seconds",
                    ),
                    name=display_name,
                    seconds=f"{timeout_s:g}",
                ) from None
    text = out.decode("utf-8", "replace") if out else ""
    if process.returncode != 0:
        raise ConversionError(
            QT_TRANSLATE_NOOP("Errors", "{name}: LibreOffice could not convert the file to PDF ({reason})"),
            name=display_name,
            reason=_reason(text) if _reason(text, "") else f"exit status {process.returncode}",
        )
    return text


def _cancelled(display_name: str) -> ConversionCancelled:
    return ConversionCancelled(
        QT_TRANSLATE_NOOP("Errors", "{name}: the conversion to PDF was cancelled"), name=display_name
    )


def _kill(process: subprocess.Popen[bytes]) -> None:
    try:
        if sys.platform == "win32":
            process.kill()
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        pass  # already gone
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.communicate(timeout=_KILL_WAIT_S)


def _reason(output: str, fallback: str = "no PDF was made") -> str:
    """LibreOffice's own error line ("Error: source file could not be loaded"), without its prefix."""
    for line in output.splitlines():
        line = " ".join(line.split())
        if line.lower().startswith("error:"):
            return line[len("error:") :].strip() or fallback
    return fallback
