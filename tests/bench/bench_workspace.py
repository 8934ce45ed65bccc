"""Workspace benchmark: switching meetings on a store with 1,000 demo meetings, against a bare window.

Run:  .venv/bin/python tests/bench/bench_workspace.py [--meetings 1000] [--data-dir bench-data/startup]
          [--tab details|agenda|invitees|documents|meeting_day|minutes|all]

The store is the one tests/bench/bench_startup.py makes (`python -m emeeting demo`), kept in --data-dir.
In one process, offscreen, in Thai: the main window lists every meeting; then each of --switches meetings
is selected in turn and timed from the selection until the workspace shows it and has repainted, with
each tab in front in turn (the tab shown is the one a switch refreshes; the others catch up when shown).
The reference, measured in the same run, is a bare QMainWindow of the same size changing one label and
repainting. Also printed: the meeting's read alone (the store's
share of a switch). Target: a switch within 100 ms on every tab (p90).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import ensure_store, environment
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.sync.service import SyncService
from emeeting.ui.shell.i18n import LanguageSwitcher, ensure_compiled_translations
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner

TARGET_MS = 100.0
# The workspace's tabs in order; a switch refreshes the one shown.
TABS = ("details", "agenda", "invitees", "documents", "meeting_day", "minutes")


def median_p90(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]


def bare_repaints(size: tuple[int, int], runs: int) -> list[float]:
    window = QMainWindow()
    label = QLabel("…", window)
    window.setCentralWidget(label)
    window.resize(*size)
    window.show()
    QCoreApplication.processEvents()
    times = []
    for n in range(runs):
        started = time.perf_counter()
        label.setText(f"meeting {n}")
        window.repaint()
        QCoreApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    window.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--data-dir", type=Path, default=Path("bench-data/startup"))
    parser.add_argument("--switches", type=int, default=60)
    parser.add_argument("--tab", choices=[*TABS, "all"], default="all", help="the tab shown while switching")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as config:
        ensure_store(args.data_dir, args.meetings, environment(Path(config)))
        ensure_compiled_translations()
        app = QApplication(sys.argv[:1])  # noqa: F841 - lives until the end
        settings = QSettings(str(Path(config) / "settings.ini"), QSettings.Format.IniFormat)
        languages = LanguageSwitcher(settings)
        languages.install("th")
        with Services.open(args.data_dir, actor="bench") as services:
            runner, bus = TaskRunner(), ChangeBus()
            sync = SyncService(services.store, Credentials())
            window = MainWindow(services, sync, runner, bus, languages, settings)
            window.resize(1280, 800)
            window.show()
            loaded: list[int] = []
            window.meetings_loaded.connect(loaded.append)
            window.reload()
            while not loaded:
                runner.wait_idle(50)
                QCoreApplication.processEvents()
            summaries = services.meetings.summaries()
            step = max(1, len(summaries) // args.switches)
            targets = [s.meeting.id for s in summaries[::step]][: args.switches]
            shown: list[str] = []
            window.meeting_shown.connect(shown.append)

            switches: dict[str, list[float]] = {}
            reads = []
            for tab in TABS if args.tab == "all" else (args.tab,):
                window.show_tab(TABS.index(tab))
                switches[tab] = []
                for meeting_id in targets:
                    shown.clear()
                    started = time.perf_counter()
                    window.navigator.select_meeting(meeting_id)
                    while meeting_id not in shown:
                        runner.wait_idle(5)
                        QCoreApplication.processEvents()
                    window.repaint()
                    QCoreApplication.processEvents()
                    switches[tab].append((time.perf_counter() - started) * 1000)
                    read_started = time.perf_counter()
                    services.meetings.view(meeting_id)
                    reads.append((time.perf_counter() - read_started) * 1000)
            rows = len(window.workspace.agenda_rows())
            runner.shutdown()
            window.close()
        bare = bare_repaints((1280, 800), len(targets))
        languages.uninstall()

    read_median, _ = median_p90(reads)
    bare_median, _ = median_p90(bare)
    print(f"{len(summaries)} meetings; {len(targets)} switches per tab (last one shows {rows} agenda items)")
    worst = 0.0
    for tab, times in switches.items():
        switch_median, switch_p90 = median_p90(times[1:])  # the first includes one-off warm-up
        worst = max(worst, switch_p90)
        print(f"switch on {tab:12s} median {switch_median:6.1f} ms   p90 {switch_p90:6.1f} ms")
    print(f"  meeting read alone   median {read_median:6.1f} ms")
    print(f"bare window repaint    median {bare_median:6.1f} ms   (reference, same run)")
    ok = worst <= TARGET_MS
    print(f"{'ok' if ok else 'TOO SLOW'}: worst p90 switch {worst:.1f} ms vs target {TARGET_MS:.0f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
