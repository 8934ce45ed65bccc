"""Thai and English are both complete, and the .ts files are up to date with the code."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = [ROOT / "translations" / "emeeting_th.ts", ROOT / "translations" / "emeeting_en.ts"]
# Thai for Qt's own texts, written by hand (lupdate does not touch it; tests/ui/test_qt_texts_thai.py).
QT_TS = ROOT / "translations" / "qtbase_th.ts"
# How the .ts files are made (the same command updates them after a code change):
#   pyside6-lupdate $(find emeeting -name '*.py' | sort) -locations none -no-obsolete \
#       -target-language th_TH -ts translations/emeeting_th.ts   (and en_US for emeeting_en.ts)
# Every module is read: the UI's tr() calls, and the "Errors" context of the error messages that the
# layers below the UI mark with QT_TRANSLATE_NOOP (emeeting.domain.errors).
LUPDATE_ARGS = ["-locations", "none", "-no-obsolete"]
PERCENT = re.compile(r"%(?:n|L?\d+)")  # Qt's %n (plural count), %1…%99 and %L1 markers
ACCELERATOR = re.compile(r"&(\w)")
# Fields a translation leaves out on purpose: Thai writes only the Buddhist Era year ("พ.ศ. 2569").
MAY_DROP = {("emeeting_th.ts", "Labels", "{ce} (BE {be})"): frozenset({"ce"})}


def sources() -> list[str]:
    return [str(p) for p in sorted((ROOT / "emeeting").rglob("*.py"))]


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


@pytest.mark.parametrize("ts", [*TS_FILES, QT_TS], ids=lambda p: p.name)
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
        numerus = message.get("numerus") == "yes"
        if numerus and "%n" not in source:
            problems.append(f"{context}: {source!r} is a plural message without %n")
        for form in (f for f in forms if f):
            problems.extend(
                f"{context}: {source!r} → {form!r}: {p}"
                for p in mismatches(
                    source,
                    form,
                    numerus,
                    MAY_DROP.get((ts.name, context, source), frozenset()),
                    thai=ts.name.endswith("_th.ts"),
                )
            )
    assert not problems, "\n".join(problems)


def field_names(text: str) -> set[str]:
    """The names of the ``str.format`` fields in ``text`` ("{name}", "{0}", "{}" as "")."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def accelerators(text: str) -> list[str]:
    """The keys marked with "&" (a menu or button accelerator); "&&" is a literal ampersand."""
    return [key.casefold() for key in ACCELERATOR.findall(text.replace("&&", ""))]


def mismatches(
    source: str,
    translation: str,
    numerus: bool,
    may_drop: frozenset[str] = frozenset(),
    *,
    thai: bool = False,
) -> list[str]:
    """How ``translation`` fails to keep ``source``'s placeholders, markers and accelerator.

    Thai carries no accelerator: with a Thai keyboard layout Alt+letter types no Latin letter, so a
    "(&F)" after a Thai word only adds a stray Latin letter; keyboard access in Thai is by the shortcuts
    that menus and tooltips show.
    """
    problems = []
    try:
        source_fields, translated_fields = field_names(source), field_names(translation)
    except ValueError as error:  # an unbalanced brace: .format() would raise at run time
        problems.append(f"broken {{}} field: {error}")
    else:
        if translated_fields != source_fields and translated_fields != source_fields - may_drop:
            problems.append(f"fields {sorted(source_fields)} became {sorted(translated_fields)}")
    source_markers, translated_markers = set(PERCENT.findall(source)), set(PERCENT.findall(translation))
    if source_markers != translated_markers:
        problems.append(f"markers {sorted(source_markers)} became {sorted(translated_markers)}")
    if numerus and "%n" not in translated_markers:
        problems.append("a plural form without %n")
    if thai and accelerators(translation):
        problems.append(f"a Latin accelerator {accelerators(translation)} in Thai")
    elif not thai and accelerators(source) != accelerators(translation):
        problems.append(f"accelerator {accelerators(source)} became {accelerators(translation)}")
    return problems


def test_the_consistency_checks_catch_what_they_are_for() -> None:
    assert mismatches("No. {label}", "ครั้งที่ {label}", False) == []
    assert mismatches("No. {label}", "ครั้งที่ {lable}", False)
    assert mismatches("No. {label}", "ครั้งที่ {label", False)
    assert mismatches("{a} and {b}", "{a}", False)
    assert mismatches("{a} and {b}", "{b}", False, frozenset({"a"})) == []
    assert mismatches("{a} and {b}", "{a}", False, frozenset({"a"}))
    assert mismatches("%n meeting(s)", "การประชุม %n ครั้ง", True) == []
    assert mismatches("%n meeting(s)", "การประชุมหลายครั้ง", True)
    assert mismatches("Page %1 of %2", "หน้า %1", False)
    assert mismatches("&File", "&File", False) == []
    assert mismatches("&File", "File", False)
    assert mismatches("&File", "Fil&e", False)
    assert mismatches("Save", "&Save", False)
    assert mismatches("&File", "ไฟล์", False, thai=True) == []
    assert mismatches("&File", "ไฟล์ (&F)", False, thai=True)
    assert mismatches("Save", "บันทึก (&S)", False, thai=True)
    assert mismatches("Tom && Jerry", "ทอมกับเจอร์รี่", False) == []


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
