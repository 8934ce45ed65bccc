"""Start-up stays quick: the window's first screen (the meeting list and the first meeting) does not load
the modules of screens the user has not opened yet."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from emeeting.services.container import Services

# Built or used only when their tab, dialog or command is first opened.
LATER = (
    "PySide6.QtPdf",
    "emeeting.ui.documents.pdf_viewer",
    "emeeting.ui.documents.documents_pane",
    "emeeting.ui.meeting.invitees_pane",
    "emeeting.ui.day.session_screen",
    "emeeting.ui.minutes.minutes_editor",
    "emeeting.services.documents",
    "emeeting.services.board_book",
    "emeeting.services.interchange",
    "emeeting.services.session",
    "emeeting.services.minutes",
    "emeeting.services.people",  # the People dialog and the import
    "emeeting.services.search",  # the search box's panel, built when the first words are typed
    "emeeting.ui.search.search_panel",
    "emeeting.ui.directory.person_form",
    "emeeting.interop.people_table",
    "emeeting.demo",  # the demo command's generator and its tables
    "emeeting.sync.engine",
    "emeeting.sync.client",
    "emeeting.sync.protocol",
    "httpx",
    "pydantic",
    "keyring",
)


def imported_by_smoke(data_dir: Path, config: Path) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "emeeting", "--data-dir", str(data_dir), "smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert re.search(r"smoke: 6 meetings, first meeting shows [1-9]\d* agenda items", result.stdout)
    return {
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def test_the_first_screen_loads_nothing_of_the_tabs_not_yet_opened(
    demo_services: Services, data_dir: Path, tmp_path: Path
) -> None:
    modules = imported_by_smoke(data_dir, tmp_path / "config")
    assert "emeeting.ui.shell.workspace" in modules  # the check sees the window's imports
    assert sorted(modules.intersection(LATER)) == []
