"""Regenerate docs/screenshots/: the main window on demo data, in Thai and in English.

Run:  .venv/bin/python docs/screenshots.py
Offscreen; a temporary store and temporary settings, so nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Asia/Bangkok"  # the demo's meetings are in Thai office hours
if hasattr(time, "tzset"):
    time.tzset()

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from emeeting.app import _ensure_thai_font
from emeeting.services.container import Services
from emeeting.services.demo import load_demo
from emeeting.ui.i18n import LanguageSwitcher, ensure_compiled_translations
from emeeting.ui.main_window import MainWindow
from emeeting.ui.task_runner import ChangeBus, TaskRunner

OUT = Path(__file__).resolve().parent / "screenshots"


def wait_for(condition: Callable[[], bool], runner: TaskRunner) -> None:
    for _ in range(500):
        runner.wait_idle(20)
        QCoreApplication.processEvents()
        if condition():
            return
    raise SystemExit("the window did not load in time")


def main() -> int:
    ensure_compiled_translations()
    app = QApplication(sys.argv[:1])
    _ensure_thai_font()
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, Services.open(Path(tmp) / "data") as services:
        load_demo(services, 12)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        runner, bus = TaskRunner(), ChangeBus()
        languages = LanguageSwitcher(settings)
        languages.install()
        window = MainWindow(services, runner, bus, languages, settings)
        window.resize(1280, 760)
        window.show()
        window.reload()
        wait_for(lambda: window.navigator.meeting_count > 0, runner)
        # A past Thai meeting with documents shows the most.
        target = next(s for s in services.meetings.summaries() if s.committee.short_name == "ICT")
        shown: list[str] = []
        window.meeting_shown.connect(shown.append)
        window.navigator.select_meeting(target.meeting.id)
        wait_for(lambda: bool(shown), runner)
        for language in ("th", "en"):
            window.set_language(language)
            for _ in range(3):  # retranslated text changes sizes: let the layouts settle
                QCoreApplication.processEvents()
            window.grab().save(str(OUT / f"main_{language}.png"))
            print(OUT / f"main_{language}.png")
        runner.shutdown()
        window.close()
        languages.uninstall()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
