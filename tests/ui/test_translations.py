"""Thai and English are both complete, and the .ts files are up to date with the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = [ROOT / "translations" / "emeeting_th.ts", ROOT / "translations" / "emeeting_en.ts"]
# How the .ts files are made (the same command updates them after a code change):
#   pyside6-lupdate emeeting/ui/*.py emeeting/app.py -locations none -no-obsolete \
#       -target-language th_TH -ts translations/emeeting_th.ts   (and en_US for emeeting_en.ts)
LUPDATE_ARGS = ["-locations", "none", "-no-obsolete"]


def sources() -> list[str]:
    ui = sorted((ROOT / "emeeting" / "ui").glob("*.py"))
    return [str(p) for p in [*ui, ROOT / "emeeting" / "app.py"]]


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def lupdate() -> str:
    exe = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(exe) if exe.is_file() else shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate is part of PySide6 and must be installed to check the translations"
    return found


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    problems = []
    for (context, source, _), message in messages(ts).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {kind}")
            continue
        forms = (
            [f.text for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text]
        )
        if not forms or not all(f and f.strip() for f in forms):
            problems.append(f"{context}: {source!r} has an empty translation")
            continue
        for placeholder in ("{", "%n"):
            if placeholder == "%n" and message.get("numerus") != "yes":
                continue
            if placeholder in source and not all(placeholder in f for f in forms if f):
                problems.append(f"{context}: {source!r} lost a placeholder")
    assert not problems, "\n".join(problems)


def test_the_thai_file_is_thai_and_the_english_file_is_english() -> None:
    th, en = (messages(ts) for ts in TS_FILES)
    code = ("Labels", "en", "language code of this translation: th or en")
    assert th[code].findtext("translation") == "th"
    assert en[code].findtext("translation") == "en"
    for key, message in en.items():
        if message.get("numerus") != "yes":
            assert message.findtext("translation") == key[1], key
    assert th[("Labels", "Most urgent", "")].findtext("translation") == "ด่วนที่สุด"


def test_the_ts_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    for ts in TS_FILES:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        command = [lupdate(), *sources(), *LUPDATE_ARGS, "-ts", str(copy)]
        subprocess.run(command, check=True, capture_output=True)
        before, after = messages(ts), messages(copy)
        missing = sorted(set(after) - set(before))
        stale = sorted(set(before) - set(after))
        assert not missing, f"{ts.name} lacks {missing}: run pyside6-lupdate and translate them"
        assert not stale, f"{ts.name} still has {stale}, which the code no longer uses"
