"""Building .qm files from the .ts sources, and choosing the language."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from emeeting import paths
from emeeting.domain import model as m
from emeeting.ui.shell import i18n
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.style import Tone


def copy_sources(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in paths.translations_dir().glob("emeeting_*.ts"):
        shutil.copy(ts, folder / ts.name)
    return folder


def test_missing_or_stale_qm_files_are_built_and_fresh_ones_left_alone(tmp_path: Path) -> None:
    folder = copy_sources(tmp_path)
    built = i18n.ensure_compiled_translations(folder)
    assert sorted(p.name for p in built) == ["emeeting_en.qm", "emeeting_th.qm"]
    th = folder / "emeeting_th.qm"
    os.utime(th, (1, 1))
    os.utime(folder / "emeeting_th.ts", (2, 2))
    os.utime(folder / "emeeting_en.ts", (2, 2))
    en_mtime = (folder / "emeeting_en.qm").stat().st_mtime
    i18n.ensure_compiled_translations(folder)
    assert th.stat().st_mtime > 2  # rebuilt: it was older than its source
    assert (folder / "emeeting_en.qm").stat().st_mtime == en_mtime  # fresh: untouched


def test_without_lrelease_the_ui_falls_back_to_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    folder = copy_sources(tmp_path)
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    assert i18n.ensure_compiled_translations(folder) == []
    assert "not found" in caplog.text
    switcher = i18n.LanguageSwitcher(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), folder)
    try:
        assert switcher.install("th") == "th"
        assert labels.ui_language() == "en"
        assert labels.status_label(m.MeetingStatus.DRAFT) == "Draft"
    finally:
        switcher.uninstall()


def test_a_broken_lrelease_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    folder = copy_sources(tmp_path)
    monkeypatch.setattr(i18n, "lrelease_command", lambda: [str(tmp_path / "no-such-lrelease")])
    assert i18n.ensure_compiled_translations(folder) == []
    assert "could not build" in caplog.text


def fake_lrelease(tmp_path: Path, body: str) -> list[str]:
    """A stand-in for lrelease, called as ``lrelease -silent <ts> -qm <qm>``: ``$4`` is the output."""
    script = tmp_path / "fake-lrelease"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(0o755)
    return [str(script)]


@pytest.mark.skipif(os.name != "posix", reason="the stand-in lrelease is a shell script")
def test_a_hanging_lrelease_is_given_up_quickly_and_leaves_no_half_written_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    folder = copy_sources(tmp_path)
    # Writes part of its output, then hangs in a child process, as the PySide wrapper's real tool would.
    command = fake_lrelease(tmp_path, 'printf partial > "$4"\nsleep 60 &\nwait')
    monkeypatch.setattr(i18n, "lrelease_command", lambda: command)
    monkeypatch.setattr(i18n, "LRELEASE_TIMEOUT_S", 0.5)
    started = time.monotonic()
    assert i18n.ensure_compiled_translations(folder) == []
    assert time.monotonic() - started < 10
    assert "took over" in caplog.text
    assert sorted(p.name for p in folder.iterdir()) == ["emeeting_en.ts", "emeeting_th.ts"]


@pytest.mark.skipif(os.name != "posix", reason="the stand-in lrelease is a shell script")
def test_a_failing_lrelease_leaves_no_half_written_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    folder = copy_sources(tmp_path)
    command = fake_lrelease(tmp_path, 'printf partial > "$4"\necho "cannot parse" >&2\nexit 3')
    monkeypatch.setattr(i18n, "lrelease_command", lambda: command)
    assert i18n.ensure_compiled_translations(folder) == []
    assert "cannot parse" in caplog.text
    assert sorted(p.name for p in folder.iterdir()) == ["emeeting_en.ts", "emeeting_th.ts"]


def test_a_folder_that_cannot_be_written_is_not_compiled_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    folder = copy_sources(tmp_path)
    calls: list[str] = []

    def lrelease_command() -> list[str]:
        calls.append("looked up")
        return ["lrelease"]

    monkeypatch.setattr(i18n, "lrelease_command", lrelease_command)
    # A read-only install folder; as root chmod would not stop anyone, so the check itself is replaced.
    monkeypatch.setattr(i18n, "_writable", lambda directory: directory != folder)
    assert i18n.ensure_compiled_translations(folder) == []
    assert calls == []  # lrelease not even looked for
    assert "not writable" in caplog.text


def test_the_default_language_follows_the_system_locale(tmp_path: Path, qapp: object) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    expected = "th" if QLocale.system().language() == QLocale.Language.Thai else "en"
    assert i18n.saved_language(settings) == expected
    settings.setValue(i18n.SETTINGS_KEY, "klingon")
    assert i18n.saved_language(settings) == expected
    settings.setValue(i18n.SETTINGS_KEY, "th")
    assert i18n.saved_language(settings) == "th"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "th_TH.UTF-8"}, "th"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "th_TH.UTF-8"}, "th"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
    ],
)
def test_the_first_start_speaks_the_systems_language(
    tmp_path: Path, environment: dict[str, str], expected: str
) -> None:
    """A fresh install on a Thai system starts in Thai, elsewhere in English, until View ▸ Language says."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(environment, QT_QPA_PLATFORM="offscreen")
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "from emeeting.ui.shell.i18n import saved_language\n"
        "app = QCoreApplication([])\n"
        "print(saved_language(QSettings(sys.argv[1], QSettings.Format.IniFormat)))\n"
    )
    settings = tmp_path / "fresh.ini"
    run = subprocess.run(
        [sys.executable, "-c", script, str(settings)], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == expected


def test_thai_labels_and_dates(languages: i18n.LanguageSwitcher) -> None:
    from datetime import UTC, datetime

    assert labels.ui_language() == "th"
    assert labels.year_heading(2569) == "พ.ศ. 2569"
    assert labels.duration(75) == "1 ชม. 15 นาที"
    start = datetime(2026, 11, 26, 6, 30, tzinfo=UTC).astimezone().replace(hour=13, minute=30)
    end = start.replace(hour=16, minute=0)
    assert labels.meeting_date(start, end) == "วันพฤหัสบดีที่ 26 พฤศจิกายน 2569 เวลา 13.30–16.00 น."
    languages.set_language("en")
    assert labels.year_heading(2569) == "2026 (BE 2569)"
    assert labels.meeting_date(start, end) == "Thursday 26 November 2026, 13:30–16:00"
    assert labels.duration(60) == "1 h"


def test_file_sizes_in_both_languages(languages: i18n.LanguageSwitcher) -> None:
    assert labels.file_size(900) == "900 ไบต์"
    assert labels.file_size(350 * 1024) == "350 กิโลไบต์"
    assert labels.file_size(5 * 1024 * 1024 + 300_000) == "5.3 เมกะไบต์"
    languages.set_language("en")
    assert labels.file_size(900) == "900 B"
    assert labels.file_size(350 * 1024) == "350 KB"
    assert labels.file_size(5 * 1024 * 1024 + 300_000) == "5.3 MB"


def test_status_tones_cannot_be_changed_by_a_caller() -> None:
    with pytest.raises(TypeError):
        labels._STATUS_TONES[m.MeetingStatus.DRAFT] = Tone.BAD  # type: ignore[index]
    assert set(m.MeetingStatus) == set(labels._STATUS_TONES)
