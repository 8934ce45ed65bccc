"""Our errors reach the user in the UI's language, with their file names, ids and numbers filled in."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from emeeting.domain.errors import QT_TRANSLATE_NOOP, RejectedFileError, StoreError, StoreTooNewError
from emeeting.intake import inspect_files
from emeeting.storage.store import DB_FILE, Store
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.widgets import task_runner
from emeeting.ui.widgets.task_runner import user_message


@pytest.fixture
def newer_store(tmp_path: Path) -> Path:
    """A data folder whose database a newer emeeting (schema 9999) wrote."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with sqlite3.connect(data_dir / DB_FILE) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.close()
    return data_dir


def store_too_new(data_dir: Path) -> StoreTooNewError:
    with pytest.raises(StoreTooNewError) as caught:
        Store.open(data_dir)
    return caught.value


def rejected(path: Path) -> RejectedFileError:
    [result] = inspect_files([path], timeout_s=20)
    assert isinstance(result, RejectedFileError), result
    return result


def test_a_store_too_new_is_explained_in_thai_and_in_english(
    languages: LanguageSwitcher, newer_store: Path
) -> None:
    error = store_too_new(newer_store)
    db = newer_store / DB_FILE
    assert user_message(error) == (
        f"{db} ถูกบันทึกโดย emeeting รุ่นที่ใหม่กว่า (โครงสร้างข้อมูล 9999) กรุณาติดตั้งรุ่นนั้นเพื่อเปิดใช้งาน"
    )
    languages.set_language("en")
    english = (
        f"{db} was written by a newer version of emeeting (schema 9999); install that version to open it"
    )
    assert user_message(error) == english == str(error)


def test_rejected_files_are_explained_in_thai_and_in_english(
    languages: LanguageSwitcher, tmp_path: Path
) -> None:
    empty = tmp_path / "วาระที่ 1.pdf"
    empty.write_bytes(b"")
    damaged = tmp_path / "minutes.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 64)  # read (and refused) by the probe child
    empty_error, damaged_error = rejected(empty), rejected(damaged)

    assert user_message(empty_error) == "วาระที่ 1.pdf: เป็นไฟล์ว่าง (0 ไบต์)"
    assert user_message(damaged_error) == "minutes.pdf: ไม่สามารถอ่านเป็น PDF ได้ (ไฟล์เสียหายจนซ่อมแซมไม่ได้)"
    languages.set_language("en")
    assert user_message(empty_error) == "วาระที่ 1.pdf: is empty (0 bytes)" == str(empty_error)
    assert user_message(damaged_error) == "minutes.pdf: not a readable PDF (damaged beyond repair)"


def test_an_error_inside_a_message_is_in_the_same_language(
    languages: LanguageSwitcher, tmp_path: Path
) -> None:
    empty = tmp_path / "a.txt"
    empty.write_bytes(b"")
    error = StoreError(
        QT_TRANSLATE_NOOP("Errors", "demo document rejected: {result}"), result=rejected(empty)
    )
    assert user_message(error) == "เอกสารตัวอย่างไม่ผ่านการตรวจสอบ: a.txt: เป็นไฟล์ว่าง (0 ไบต์)"
    languages.set_language("en")
    assert user_message(error) == "demo document rejected: a.txt: is empty (0 bytes)"


def test_a_message_without_a_translation_is_shown_in_english(languages: LanguageSwitcher) -> None:
    error = StoreError("not marked for translation: {n}", n=3)
    assert user_message(error) == "not marked for translation: 3"


@pytest.mark.parametrize("translation", ["{nmae} ไม่ถูกต้อง", "{name ไม่ถูกต้อง", "{0} ไม่ถูกต้อง", "{name.x}"])
def test_a_bad_translation_falls_back_to_english_instead_of_crashing(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, translation: str
) -> None:
    class BadTranslator:
        @staticmethod
        def translate(context: str, text: str) -> str:
            return translation

    monkeypatch.setattr(task_runner, "QCoreApplication", BadTranslator)
    error = RejectedFileError(QT_TRANSLATE_NOOP("Errors", "{name}: file not found"), name="a.pdf")
    with caplog.at_level(logging.WARNING):
        assert user_message(error) == "a.pdf: file not found"
    assert "does not fit its parameters" in caplog.text
