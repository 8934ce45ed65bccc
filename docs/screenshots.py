"""Regenerate docs/screenshots/: every tab of the meeting workspace and the dialogs, in Thai and English.

Run:  .venv/bin/python docs/screenshots.py
Offscreen; a temporary store with demo data and temporary settings, so nothing of the user's is touched.
Files: ``<language>/<nn>_<screen>.png`` (e.g. ``th/02_agenda.png``), and ``main_<language>.png`` (the
agenda), which the README shows. EMEETING_SHOTS=<folder> writes elsewhere (to look before replacing).
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
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from emeeting.app import _ensure_thai_font
from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.services.demo import load_demo
from emeeting.ui.committee_editor import CommitteeDialog
from emeeting.ui.i18n import LanguageSwitcher, ensure_compiled_translations
from emeeting.ui.invitees_pane import GuestDialog, SubstituteDialog
from emeeting.ui.main_window import MainWindow
from emeeting.ui.meeting_editor import NewMeetingDialog, NextMeetingDialog
from emeeting.ui.people_import import PeopleImportDialog
from emeeting.ui.people_pane import PeopleDialog
from emeeting.ui.task_runner import ChangeBus, TaskRunner
from emeeting.ui.workspace import AGENDA

OUT = Path(os.environ.get("EMEETING_SHOTS", Path(__file__).resolve().parent / "screenshots"))
TAB_NAMES = ("details", "agenda", "invitees", "documents", "meeting_day", "minutes")


def settle(runner: TaskRunner, condition: Callable[[], bool] = lambda: True) -> None:
    for _ in range(500):
        runner.wait_idle(20)
        QCoreApplication.processEvents()
        if condition():
            for _ in range(3):  # retranslated or reloaded text changes sizes: let the layouts settle
                QCoreApplication.processEvents()
            return
    raise SystemExit("the window did not load in time")


def save(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(path)


def shoot_dialog(dialog: QDialog, path: Path, runner: TaskRunner) -> None:
    dialog.show()
    settle(runner)
    save(dialog, path)
    dialog.close()
    dialog.deleteLater()


def main() -> int:
    ensure_compiled_translations()
    app = QApplication(sys.argv[:1])
    _ensure_thai_font()
    with tempfile.TemporaryDirectory() as tmp, Services.open(Path(tmp) / "data") as services:
        load_demo(services, 12)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        runner, bus = TaskRunner(), ChangeBus()
        languages = LanguageSwitcher(settings)
        languages.install("th")
        window = MainWindow(services, runner, bus, languages, settings)
        window.resize(1280, 800)
        window.show()
        window.reload()
        settle(runner, lambda: window.navigator.meeting_count > 0)
        # A Thai meeting with documents and invitees shows the most.
        summaries = services.meetings.summaries()
        target = max(
            (s for s in summaries if s.committee.short_name == "ICT"),
            key=lambda s: (len(services.meetings.view(s.meeting.id).invitations), s.meeting.number),
        )
        shown: list[str] = []
        window.meeting_shown.connect(shown.append)
        window.navigator.select_meeting(target.meeting.id)
        settle(runner, lambda: bool(shown))
        view = window.workspace.meeting_view
        assert view is not None
        with_documents = next((e for e in view.agenda if e.documents), view.agenda[-1])
        window.workspace.agenda.select_item(with_documents.item.id)
        committees = services.records.select(m.Committee, order_by=("short_name",))
        people = services.records.select(m.Person, order_by=("first_name",))
        member = next((i for i in view.invitations if i.role is m.InviteeRole.MEMBER), None)

        for language in ("th", "en"):
            window.set_language(language)
            folder = OUT / language
            for tab in range(window.workspace.tabs.count()):
                window.workspace.tabs.setCurrentIndex(tab)
                settle(runner)
                name = TAB_NAMES[tab] if tab < len(TAB_NAMES) else f"tab{tab}"
                save(window, folder / f"{tab + 1:02d}_{name}.png")
                if tab == AGENDA:
                    save(window, OUT / f"main_{language}.png")
            dialogs: list[tuple[str, QDialog]] = [
                ("new_meeting", NewMeetingDialog(committees, target.committee.id, window)),
                ("next_meeting", NextMeetingDialog(target.meeting, window)),
                ("guest", GuestDialog(people, view, window)),
                ("committees", CommitteeDialog(services, runner, bus, window.history, window)),
                ("people", PeopleDialog(services, runner, bus, window.history, window)),
                ("people_import", PeopleImportDialog(services, runner, bus, window.history, window)),
            ]
            if member is not None:
                dialogs.insert(3, ("substitute", SubstituteDialog(people, member, view, window)))
            for number, (name, dialog) in enumerate(dialogs, start=10):
                shoot_dialog(dialog, folder / f"{number:02d}_{name}.png", runner)
        runner.shutdown()
        window.close()
        languages.uninstall()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
