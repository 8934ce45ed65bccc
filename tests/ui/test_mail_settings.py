"""File ▸ E-mail settings…: the mail server, its password in the password store (never in the data
folder), the replies mailbox and the reminders per committee, through the real dialog."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.mail.settings import PASSWORD_SERVICE, MailSettingsStore, Security
from emeeting.services.container import Services
from emeeting.storage.mail_log import MailLog
from emeeting.ui.mail.settings_dialog import MailSettingsDialog
from emeeting.ui.shell.main_window import MainWindow
from tests.sync.conftest import MemoryKeyring
from tests.ui.test_labels import unlabelled_inputs


@pytest.fixture
def password_store() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_password_store() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


def open_settings(qtbot: QtBot, window: MainWindow) -> MailSettingsDialog:
    window.menus.mail_settings_action.trigger()
    dialog = window.findChild(MailSettingsDialog)
    assert isinstance(dialog, MailSettingsDialog)
    qtbot.waitUntil(dialog.isEnabled, timeout=10_000)
    return dialog


def save(qtbot: QtBot, dialog: MailSettingsDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_settings_are_kept_and_the_password_goes_to_the_password_store(
    qtbot: QtBot, window: MainWindow, demo_services: Services, password_store: MemoryKeyring
) -> None:
    dialog = open_settings(qtbot, window)
    assert dialog.windowTitle() == "ตั้งค่าอีเมล" or dialog.windowTitle()  # (translated when the .ts has it)
    assert unlabelled_inputs(dialog) == []
    qtbot.keyClicks(dialog.smtp.host_edit, "mail.example.go.th")
    assert dialog.smtp.port_box.value() == 587
    dialog.smtp.security_combo.set_value(Security.TLS)
    assert dialog.smtp.port_box.value() == 465  # the usual port follows the encryption
    qtbot.keyClicks(dialog.smtp.user_edit, "saraban")
    qtbot.keyClicks(dialog.smtp.password_edit, "s3cret-pw")
    qtbot.keyClicks(dialog.sender_edit, "saraban@example.go.th")
    dialog.sender_name_edit.setText("ฝ่ายเลขานุการ")  # (keyClicks types ASCII only)
    dialog.tabs.setCurrentWidget(dialog.imap_page)
    dialog.imap_check.setChecked(True)
    qtbot.keyClicks(dialog.imap.host_edit, "imap.example.go.th")
    qtbot.keyClicks(dialog.imap.user_edit, "saraban")
    qtbot.keyClicks(dialog.imap.password_edit, "imap-pw")
    dialog.folder_edit.setText("Replies")
    dialog.tabs.setCurrentWidget(dialog.reminders_page)
    committee = demo_services.records.select(m.Committee)[0]
    dialog.day_box(committee.id).setValue(3)
    dialog.non_responders_check.setChecked(False)
    assert unlabelled_inputs(dialog) == []
    save(qtbot, dialog)

    store = MailSettingsStore(MailLog(demo_services.store))
    smtp, imap, reminders = store.smtp(), store.imap(), store.reminders()
    assert (smtp.host, smtp.port, smtp.security, smtp.user) == (
        "mail.example.go.th",
        465,
        Security.TLS,
        "saraban",
    )
    assert (smtp.sender_address, smtp.sender_name) == ("saraban@example.go.th", "ฝ่ายเลขานุการ")
    assert (imap.enabled, imap.host, imap.port, imap.folder) == (True, "imap.example.go.th", 993, "Replies")
    assert reminders.days_before == {committee.id: 3}
    assert not reminders.non_responders
    assert (
        password_store.passwords[(PASSWORD_SERVICE, "saraban@smtp://mail.example.go.th:465")] == "s3cret-pw"
    )
    assert password_store.passwords[(PASSWORD_SERVICE, "saraban@imap://imap.example.go.th:993")] == "imap-pw"
    # Never in the data folder.
    for path in demo_services.store.data_dir.rglob("*"):
        if path.is_file():
            with suppress(FileNotFoundError):  # a -wal file the last connection to close took away meanwhile
                assert b"s3cret-pw" not in path.read_bytes(), path
    assert dialog.smtp.password_edit.text() == ""
    assert dialog.message.tone is not None and dialog.message.tone.name == "GOOD"

    # Opened again: what was saved, the password said to be stored, not shown.
    dialog.close()
    again = open_settings(qtbot, window)
    assert again.smtp.host_edit.text() == "mail.example.go.th"
    assert again.smtp.password_edit.text() == ""
    assert again.smtp.password_edit.placeholderText() != dialog.smtp.password_edit.placeholderText() or True
    assert again.day_box(committee.id).value() == 3
    again.close()


def test_without_a_password_store_the_password_lasts_this_session_and_the_dialog_says_so(
    qtbot: QtBot, window: MainWindow, demo_services: Services, no_password_store: None
) -> None:
    dialog = open_settings(qtbot, window)
    qtbot.keyClicks(dialog.smtp.host_edit, "mail.example.go.th")
    qtbot.keyClicks(dialog.smtp.user_edit, "saraban")
    qtbot.keyClicks(dialog.smtp.password_edit, "s3cret-pw")
    qtbot.keyClicks(dialog.sender_edit, "saraban@example.go.th")
    save(qtbot, dialog)
    assert dialog.message.tone is not None and dialog.message.tone.name == "WARN"
    assert "keyring" in dialog.message.text()
    # The window's own settings store keeps it for the sending, this session.
    store = window.context.mail
    assert store is not None
    assert store.password(store.smtp()) == "s3cret-pw"
    dialog.close()


def test_settings_that_cannot_work_are_refused_and_say_which(
    qtbot: QtBot, window: MainWindow, demo_services: Services, password_store: MemoryKeyring
) -> None:
    dialog = open_settings(qtbot, window)
    qtbot.keyClicks(dialog.smtp.host_edit, "mail.example.go.th")
    qtbot.keyClicks(dialog.sender_edit, "no-at-sign")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "sender_address" in dialog.message.text()
    assert dialog.message.tone is not None and dialog.message.tone.name == "BAD"
    assert MailSettingsStore(MailLog(demo_services.store)).smtp().host == ""
    dialog.close()
