"""Translations: building .qm files from the .ts sources, choosing and switching the UI language.

The .ts files in ``translations/`` are the sources: ``emeeting_*.ts`` (updated by ``pyside6-lupdate``)
and ``qtbase_th.ts``, the Thai for the texts Qt itself shows (text field and scroll bar context menus, its
own file dialog, standard buttons), which Qt does not ship; that one is maintained by hand (lupdate does
not touch it) and is used only when Qt's own translations folder has no ``qtbase_th``.

The .qm files Qt loads are built from them by ``pyside6-lrelease``. A frozen build ships the .qm files; a
source checkout builds them on first start (and again when a .ts is newer), each within a few seconds or
not at all. Without lrelease, or in a folder it cannot write, a language without a .qm falls back to the
English source strings (an older .qm is still used).
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from emeeting import paths

log = logging.getLogger(__name__)

LANGUAGES = ("th", "en")
SETTINGS_KEY = "ui/language"
# Thai glyphs sit small on the line at the point size that suits Latin text (TH Sarabun-style metrics):
# the Thai UI uses the same font family a little larger.
THAI_FONT_SCALE = 1.12
LRELEASE_TIMEOUT_S = 5.0  # per file; lrelease needs well under a second for ours
SOURCE_PATTERNS = ("emeeting_*.ts", "qtbase_*.ts")  # the .ts files built into .qm files


def lrelease_command() -> list[str] | None:
    """How to run Qt's lrelease here: the PySide6 wrapper beside this interpreter, or one on PATH."""
    names = ("pyside6-lrelease", "lrelease", "lrelease-qt6")
    bin_dir = Path(sys.executable).parent
    for name in names:
        for candidate in (bin_dir / name, bin_dir / f"{name}.exe"):
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    for name in names:
        found = shutil.which(name)
        if found:
            return [found]
    return None


def translation_sources(directory: Path, suffix: str = ".ts") -> list[Path]:
    """The translation sources in ``directory`` (or, with ``suffix=".qm"``, the files built from them)."""
    return sorted(
        path for pattern in SOURCE_PATTERNS for path in directory.glob(pattern.replace(".ts", suffix))
    )


def ensure_compiled_translations(directory: Path | None = None) -> list[Path]:
    """Build every .qm that is missing or older than its .ts; returns the .qm files present.

    Never raises and never waits long: a frozen build is left alone, a read-only folder, a missing,
    broken or hanging lrelease only mean that a missing language shows the English source text (and a
    stale one its older translation).
    """
    directory = directory or paths.translations_dir()
    try:
        if getattr(sys, "frozen", False):  # the bundle carries .qm files built with it, and no .ts
            return translation_sources(directory, ".qm")
        sources = translation_sources(directory)
        stale = [ts for ts in sources if _is_stale(ts)]
        if stale:
            _compile_all(directory, stale)
        return [qm for qm in (ts.with_suffix(".qm") for ts in sources) if qm.is_file()]
    except OSError as error:
        log.warning("translations in %s not checked: %s", directory, error)
        return []


def _compile_all(directory: Path, stale: list[Path]) -> None:
    if not _writable(directory):
        log.warning("%s is not writable; %d translation(s) not built", directory, len(stale))
        return
    command = lrelease_command()
    if command is None:
        log.warning("pyside6-lrelease not found; %d translation(s) not built", len(stale))
        return
    for ts in stale:
        _compile(command, ts)


def _writable(directory: Path) -> bool:
    return os.access(directory, os.W_OK)


def _is_stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    try:
        return not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime
    except OSError:
        return True


def _compile(command: list[str], ts: Path) -> None:
    problem = compile_translation(command, ts, ts.with_suffix(".qm"))
    if problem:
        log.warning("%s", problem)


def compile_translation(command: list[str], ts: Path, qm: Path, timeout: float | None = None) -> str:
    """Build ``qm`` from ``ts`` (also used by build.spec, with a longer ``timeout`` than the default
    LRELEASE_TIMEOUT_S); returns "" or what went wrong.

    lrelease writes a temporary file that is renamed into place only when it succeeded, so that a failed
    or killed run never leaves a half-written .qm that looks fresh; each process writes its own, so that two
    starting at once (two windows, two test workers) do not write into one file."""
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.part")
    timeout = timeout or LRELEASE_TIMEOUT_S
    try:
        code, errors = _run([*command, "-silent", str(ts), "-qm", str(partial)], timeout)
        if code != 0 or not partial.is_file():
            return f"could not build {qm.name}: lrelease exited with {code} {errors.strip()}"
        os.replace(partial, qm)
        return ""
    except subprocess.TimeoutExpired:
        return f"could not build {qm.name}: lrelease took over {timeout:.0f} s"
    except (OSError, subprocess.SubprocessError) as error:
        return f"could not build {qm.name}: {error}"
    finally:
        partial.unlink(missing_ok=True)


def _run(command: list[str], timeout: float) -> tuple[int, str]:
    """Run ``command`` with no console window and no pipes; returns (exit code, what it wrote to stderr).

    On timeout the whole process group is killed (the PySide wrapper scripts start the real tool as a
    child process) and TimeoutExpired raised.
    """
    posix = os.name == "posix"
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            start_new_session=posix,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        try:
            code = process.wait(timeout)
        except subprocess.TimeoutExpired:
            try:
                if posix:
                    os.killpg(process.pid, signal.SIGKILL)
                else:
                    process.kill()
            except ProcessLookupError:  # ended just now
                pass
            process.wait()
            raise
        errors.seek(0)
        return code, errors.read().decode(errors="replace")


def system_language() -> str:
    """Thai on a Thai system, English everywhere else."""
    return "th" if QLocale.system().language() == QLocale.Language.Thai else "en"


def saved_language(settings: QSettings) -> str:
    value = settings.value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else system_language()


class LanguageSwitcher:
    """Owns the installed translators; installing new ones makes Qt send every widget a LanguageChange."""

    def __init__(self, settings: QSettings, translations_dir: Path | None = None) -> None:
        self._settings = settings
        self._dir = translations_dir or paths.translations_dir()
        self._translators: list[QTranslator] = []
        self._language = ""
        self._base_font: QFont | None = None

    @property
    def language(self) -> str:
        return self._language

    def install(self, language: str | None = None) -> str:
        """Install the saved (or given) language without storing it; returns the language in use."""
        self._apply(language or saved_language(self._settings))
        return self._language

    def set_language(self, language: str) -> None:
        """Switch the UI language now and remember it."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self._settings.setValue(SETTINGS_KEY, language)
        if language != self._language:
            self._apply(language)

    def uninstall(self) -> None:
        """Remove our translators and restore the application font."""
        self._remove_translators()
        if self._base_font is not None and isinstance(QCoreApplication.instance(), QApplication):
            QApplication.setFont(self._base_font)
        self._base_font = None
        self._language = ""

    def _remove_translators(self) -> None:
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators.clear()

    def _apply_font(self, language: str) -> None:
        if not isinstance(QCoreApplication.instance(), QApplication):
            return
        if self._base_font is None:
            self._base_font = QApplication.font()
        font = QFont(self._base_font)
        if language == "th" and font.pointSizeF() > 0:
            font.setPointSizeF(round(font.pointSizeF() * THAI_FONT_SCALE * 2) / 2)
        elif language == "th" and font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * THAI_FONT_SCALE))
        if font != QApplication.font():
            QApplication.setFont(font)

    def _apply(self, language: str) -> None:
        self._remove_translators()
        self._apply_font(language)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = str(self._dir)
        # Qt's own texts: Qt's translation if it has one, else ours (Qt ships no Thai).
        for name, folders in (("qtbase", (qt_dir, ours)), ("emeeting", (ours,))):
            translator = QTranslator()
            if any(translator.load(f"{name}_{language}", folder) for folder in folders):
                QCoreApplication.installTranslator(translator)
                self._translators.append(translator)
            elif language != "en":
                log.warning("no %s_%s.qm in %s; showing English", name, language, " or ".join(folders))
        self._language = language
        # Deliver the LanguageChange events Qt has just posted now, so the switch is complete on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
