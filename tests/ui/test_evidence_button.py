"""The Minutes tab's "Evidence pack…" button: the secretary picks a file and the pack of the meeting shown
is written in the background — the live channel's kept events, attendance and the certified minutes' hash
in its JSON, its PDF beside it."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.domain.thai import OFFICE_ZONE
from emeeting.services.container import Services
from emeeting.storage.sync_state import LiveLogEntry, SyncStore
from emeeting.ui.minutes.minutes_editor import MinutesEditor
from tests.ui.meeting_day_helpers import Org
from tests.ui.test_minutes_editor import editor, held  # noqa: F401  (fixtures)


def test_the_button_writes_the_evidence_pack_of_the_meeting_shown(
    qtbot: QtBot,
    editor: MinutesEditor,  # noqa: F811
    services: Services,
    held: Org,  # noqa: F811
    tmp_path: Path,
) -> None:
    member = held.members[0]
    at = datetime(2026, 3, 10, 9, 25, tzinfo=OFFICE_ZONE)
    checkin = {"person_id": member.id, "mode": "online", "verified_by": "password+totp", "device": "pc-7"}
    with SyncStore(services.store).transaction() as state:
        state.keep_live_events(
            "https://emeeting.example.go.th",
            [LiveLogEntry(1, held.meeting_id, "checkin", at.isoformat(), "somying", checkin)],
        )
    services.minutes.draft(held.meeting_id)
    services.minutes.certify(held.meeting_id, m.CertificationMethod.SAME_MEETING, at.replace(hour=12))
    certified = services.meetings.bundle(held.meeting_id).minutes
    assert certified is not None

    button = editor.evidence_button
    assert button.isEnabled() and button.text() == "ชุดหลักฐานการประชุม…"
    asked: list[str] = []
    button.choose_file = lambda proposed: asked.append(proposed) or str(tmp_path / "หลักฐาน")
    with qtbot.waitSignal(button.exported, timeout=20_000) as written:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dest = tmp_path / "หลักฐาน.zip"  # the suffix is added when the name lacks it
    assert written.args == [str(dest)]
    assert asked and asked[0].endswith(".zip")
    with zipfile.ZipFile(dest) as pack:
        document = json.loads(pack.read("evidence.json"))
        assert pack.read("evidence.pdf").startswith(b"%PDF")
    assert document["meeting"]["id"] == held.meeting_id
    (kept,) = document["checkins"]
    assert (kept["name"], kept["verified_by"], kept["device"]) == ("นางสมหญิง รักเรียน", "password+totp", "pc-7")
    assert document["minutes"]["certified_sha256"] == certified.certified_sha256
    assert document["minutes"]["verified"] is True
    assert button.isEnabled()


def test_a_pack_that_cannot_be_written_is_reported_and_nothing_is_left(
    qtbot: QtBot,
    editor: MinutesEditor,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "emeeting.ui.minutes.evidence_button.show_plain_message",
        lambda _parent, _icon, _title, text: shown.append(text),
    )
    button = editor.evidence_button
    button.choose_file = lambda _proposed: str(tmp_path / "gone" / "pack.zip")
    with qtbot.waitSignal(button.export_failed, timeout=20_000) as failed:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    message = failed.args[0]  # in the window's language: ไม่สามารถบันทึกไฟล์ … ได้
    assert str(tmp_path / "gone" / "pack.zip") in message and shown == [message]
    assert not (tmp_path / "gone").exists()
    assert not list(tmp_path.glob("*.zip")) and not list(tmp_path.glob(".*.tmp"))
    assert button.isEnabled()
