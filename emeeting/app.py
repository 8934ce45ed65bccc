"""The GUI composition root: store → services and the sync service → QApplication (translations, Thai
font) → MainWindow.

Start-up speed matters (DESIGN §5): only what the first window needs is imported here. Reports, PDF
tools, keyring and alembic stay out (the store imports alembic only when the schema must be upgraded).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from emeeting import paths
from emeeting.domain.errors import EmeetingError
from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.storage.store import Store
from emeeting.sync.expiry import KeysWithinLimit
from emeeting.sync.paper_keys import PaperKeys
from emeeting.sync.service import SyncService
from emeeting.ui.search.index_build import build_search_index
from emeeting.ui.shell.i18n import LanguageSwitcher, ensure_compiled_translations
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.safe_text import show_plain_message
from emeeting.ui.widgets.style import apply_look
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner, user_message

APP_NAME = "emeeting"
SMOKE_TIMEOUT_MS = 60_000
LOG_FILE_BYTES = 1_000_000
LOG_FILE_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger(__name__)


def log_file_path(data_dir: Path) -> Path:
    return data_dir / "logs" / "emeeting.log"


@contextmanager
def logging_to_file(data_dir: Path) -> Iterator[Path | None]:
    """Log to a rotating ``<data_dir>/logs/emeeting.log`` (INFO and up) and to stderr (WARNING and up)
    while the block runs; yields the log file, or None when it cannot be written (stderr only).

    Never raises for a log folder it cannot create or a file it cannot open. The handlers are removed
    and closed when the block ends, so a second run in the same process does not log twice.
    """
    root = logging.getLogger()
    formatter = logging.Formatter(LOG_FORMAT)
    handlers: list[logging.Handler] = []
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(formatter)
    handlers.append(console)
    path = log_file_path(data_dir)
    log_file: Path | None = None
    problem = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        problem = str(error)
    else:
        file_handler.setLevel(logging.INFO)
        file_handler.setFormatter(formatter)
        handlers.append(file_handler)
        log_file = path
    level = root.level
    for handler in handlers:
        root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)
    if problem:
        log.warning("no log file (%s); logging to the error output only", problem)
    try:
        yield log_file
    finally:
        root.setLevel(level)
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()


def run_gui(data_dir: Path, *, actor: str, smoke: bool) -> int:
    """Show the main window on the store in ``data_dir``; returns the process exit code.

    ``smoke``: show the window populated (the meeting list and the first meeting's agenda), print one
    line of counts and exit 0; exit 1 if loading fails or takes over a minute; exit 2 if the store
    cannot be opened. Logs go to ``<data_dir>/logs/emeeting.log`` and stderr.
    """
    with logging_to_file(data_dir) as log_file:
        return _run_gui(data_dir, actor=actor, smoke=smoke, log_file=log_file)


def _show_start_error(error: EmeetingError) -> None:
    """Say why the application cannot start, in the user's language."""
    app = _application()  # noqa: F841 - the application must live while the message box is shown
    languages = LanguageSwitcher(QSettings())
    languages.install()
    ensure_thai_font()
    title = QCoreApplication.translate("App", "emeeting cannot start")
    show_plain_message(None, QMessageBox.Icon.Critical, title, user_message(error))
    languages.uninstall()


def _run_gui(data_dir: Path, *, actor: str, smoke: bool, log_file: Path | None) -> int:
    ensure_compiled_translations()
    try:
        paper_keys = PaperKeys()  # keyring loads when a sealed paper is first opened or stored
        store = Store.open(data_dir, actor, build_index=False)  # built below, its progress on screen
        # Whatever opens a sealed paper finds it closed once its committee's offline limit has passed.
        services = Services(store, KeysWithinLimit(store, paper_keys))
    except EmeetingError as error:
        log.info("the store in %s cannot be opened: %s", data_dir, error)
        if smoke:
            print(f"emeeting: {error}", file=sys.stderr)  # in English, like the CLI
            return 2
        _show_start_error(error)
        return 2
    if services.store.read_only:  # the window says so in a banner; the log and the error output too
        log.warning("the data folder %s is read-only: it is shown as it is and changes are refused", data_dir)

    app = _application()
    languages = LanguageSwitcher(QSettings())
    languages.install()
    ensure_thai_font()
    build_search_index(services.store)
    runner = TaskRunner(log_file=log_file)
    bus = ChangeBus()
    # keyring and httpx load when first used
    sync = SyncService(services.store, Credentials(), paper_keys=paper_keys)
    window = MainWindow(services, sync, runner, bus, languages, QSettings())
    try:
        window.show()
        window.claim_data_folder()
        window.reload()
        if smoke:
            return _smoke(window)
        window.offer_first_run()  # a data folder without meetings: the first-run guide
        return app.exec()
    finally:
        window.release_data_folder()
        window.hide()
        runner.shutdown()
        window.deleteLater()
        languages.uninstall()
        services.close()


def _application() -> QApplication:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    apply_look(app)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "emeeting.png")))
    return app


def ensure_thai_font() -> None:
    """Register the bundled Thai font when the system has none, so Thai text never shows as boxes."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.Thai):
        return
    fonts = paths.resources_dir() / "fonts"
    for name in ("Laksaman.ttf", "Laksaman-Bold.ttf"):
        if (fonts / name).is_file():
            QFontDatabase.addApplicationFont(str(fonts / name))


class _Smoke(QObject):
    """Waits for the list, selects the first meeting, waits for its agenda, and reports."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.loop = QEventLoop(self)
        self.exit_code = 1
        self.meetings = 0
        self.listed = False
        window.meetings_loaded.connect(self._on_list)
        window.meeting_shown.connect(self._on_meeting)
        window.load_failed.connect(self._on_failed)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, self._on_timeout)

    def run(self) -> int:
        self.loop.exec()
        return self.exit_code

    def _on_list(self, count: int) -> None:
        if self.listed:
            return
        self.listed = True
        self.meetings = count
        if not self.window.select_first_meeting():
            print("smoke: 0 meetings (the store is empty)")
            self._finish(0)

    def _on_meeting(self, _meeting_id: str) -> None:
        QTimer.singleShot(0, self._report)  # let the agenda paint first

    def _report(self) -> None:
        QCoreApplication.processEvents()
        items = len(self.window.meeting_pane.agenda_rows())
        print(f"smoke: {self.meetings} meetings, first meeting shows {items} agenda items")
        self._finish(0)

    def _on_failed(self, message: str) -> None:
        print(f"smoke: loading failed: {message}", file=sys.stderr)
        self._finish(1)

    def _on_timeout(self) -> None:
        if self.loop.isRunning():
            print(f"smoke: not loaded within {SMOKE_TIMEOUT_MS // 1000} s", file=sys.stderr)
            self._finish(1)

    def _finish(self, code: int) -> None:
        self.exit_code = code
        if self.window.shared_folder_banner.isVisible():
            print("smoke: another emeeting window has this data folder open")
        sys.stdout.flush()
        self.loop.quit()


def _smoke(window: MainWindow) -> int:
    return _Smoke(window).run()
