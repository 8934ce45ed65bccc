"""The texts Qt itself shows (context menus, its own file dialog, standard buttons) read Thai in the Thai UI.

Qt ships no Thai for them: translations/qtbase_th.ts is ours, written by hand, so these tests also check
that its source texts are the ones this Qt version looks up.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QSpinBox,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from emeeting.ui.shell.i18n import LanguageSwitcher, ensure_compiled_translations

QT_TS = Path(__file__).resolve().parents[2] / "translations" / "qtbase_th.ts"
TEXT_MENU_EN = ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]
TEXT_MENU_TH = ["เลิกทำ", "ทำซ้ำ", "ตัด", "คัดลอก", "วาง", "ลบ", "เลือกทั้งหมด"]
# The offscreen platform cannot raise a popup menu or give it the keyboard, and says so.
POPUP_NOISE = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
B = QDialogButtonBox.StandardButton


def left_to_qt(context: str, source: str) -> bool:
    """Texts of the contexts we translate that stay as Qt has them: key names (as in every shortcut), and
    Qt's "About Qt" box, which emeeting does not offer."""
    return source in ("Alt+Left", "Alt+Right", "Alt+Up") or (
        context == "QMessageBox" and ("About Qt" in source or source.startswith("<p>Qt is a C++ toolkit"))
    )


def action_texts(menu: QMenu) -> list[str]:
    """The menu's entries without separators and without the shortcut Qt appends after a tab."""
    return [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]


def popup_texts(qtbot: QtBot, widget: QWidget) -> list[str]:
    """Right-click ``widget`` and read the context menu it pops up (shown modally or not), then close it."""
    texts: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        texts.extend(action_texts(menu))
        menu.close()

    QTimer.singleShot(0, read_and_close)
    at = QPoint(2, 2)
    QApplication.sendEvent(
        widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at))
    )
    qtbot.waitUntil(lambda: bool(texts))
    return texts


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def labels(dialog: QFileDialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


def file_dialog(qtbot: QtBot, folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    return dialog


def accept_button(dialog: QFileDialog) -> str:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(B.Open) or box.button(B.Save)
    assert button is not None
    return button.text()


def header(dialog: QFileDialog) -> list[str]:
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()
    return [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]


@POPUP_NOISE
def test_text_field_context_menus_are_thai_and_english_again_after_switching(
    qtbot: QtBot, languages: LanguageSwitcher
) -> None:
    line, plain, rich = QLineEdit(), QPlainTextEdit(), QTextEdit()
    for widget, clicked in ((line, line), (plain, plain.viewport()), (rich, rich.viewport())):
        shown(qtbot, widget)
        thai = action_texts(widget.createStandardContextMenu())
        assert [text for text in thai if text in TEXT_MENU_TH] == TEXT_MENU_TH, thai
        assert not set(thai) & set(TEXT_MENU_EN)
        assert popup_texts(qtbot, clicked) == thai  # what a right click shows
    languages.set_language("en")
    english = action_texts(line.createStandardContextMenu())
    assert [text for text in english if text in TEXT_MENU_EN] == TEXT_MENU_EN, english
    assert not set(english) & set(TEXT_MENU_TH)


@POPUP_NOISE
def test_scroll_bar_and_spin_box_menus_are_thai(qtbot: QtBot, languages: LanguageSwitcher) -> None:
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.resize(20, 200)
    assert popup_texts(qtbot, shown(qtbot, bar)) == [
        "เลื่อนมาที่นี่",
        "บนสุด",
        "ล่างสุด",
        "ขึ้นหนึ่งหน้า",
        "ลงหนึ่งหน้า",
        "เลื่อนขึ้น",
        "เลื่อนลง",
    ]
    spin_menu = popup_texts(qtbot, shown(qtbot, QSpinBox()))
    assert spin_menu[-3:] == ["เลือกทั้งหมด", "เพิ่มขึ้นหนึ่งขั้น", "ลดลงหนึ่งขั้น"]
    assert "&Step up" not in spin_menu


def test_qt_file_dialog_is_thai_and_english_again_after_switching(
    qtbot: QtBot, languages: LanguageSwitcher, tmp_path: Path
) -> None:
    save = file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptSave)
    dialog = file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptOpen)
    assert labels(dialog) == {
        "lookInLabel": "ค้นหาใน:",
        "fileNameLabel": "ชื่อไฟล์:",
        "fileTypeLabel": "ชนิดของไฟล์:",
    }
    assert accept_button(dialog) == "เปิด"
    assert accept_button(save) == "บันทึก"
    assert header(dialog) == ["ชื่อ", "ขนาด", "ชนิด", "วันที่แก้ไข"]
    tips = {button.objectName(): button.toolTip() for button in dialog.findChildren(QWidget)}
    assert tips["backButton"] == "ย้อนกลับ"
    assert tips["toParentButton"] == "โฟลเดอร์ระดับบน"
    assert tips["newFolderButton"] == "สร้างโฟลเดอร์ใหม่"

    languages.set_language("en")
    assert labels(dialog) == {
        "lookInLabel": "&Look in:",
        "fileNameLabel": "File &name:",
        "fileTypeLabel": "Files of &type:",
    }
    assert accept_button(dialog).replace("&", "") == "Open"
    assert header(dialog) == ["Name", "Size", "Type", "Date Modified"]


def test_standard_buttons_and_message_box_details_are_thai(qtbot: QtBot, languages: LanguageSwitcher) -> None:
    """Every standard button emeeting's dialogs and message boxes use."""
    thai = {B.Ok: "ตกลง", B.Cancel: "ยกเลิก", B.Save: "บันทึก", B.Close: "ปิด", B.Yes: "ใช่", B.No: "ไม่ใช่"}
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    for standard in thai:
        box.addButton(standard)

    def texts() -> dict[B, str]:
        """Without accelerators, which depend on the desktop's theme ("ใช่ (&Y)", GNOME's "ตกลง (&O)")."""
        shown = {standard: box.button(standard) for standard in thai}
        return {
            standard: re.sub(r" \(&\w\)$", "", button.text()).replace("&", "")
            for standard, button in shown.items()
            if button
        }

    assert texts() == thai
    message = QMessageBox()
    qtbot.addWidget(message)
    message.setDetailedText("details")
    message.show()
    assert "แสดงรายละเอียด..." in [button.text() for button in message.buttons()]
    languages.set_language("en")
    assert texts() == {
        B.Ok: "OK",
        B.Cancel: "Cancel",
        B.Save: "Save",
        B.Close: "Close",
        B.Yes: "Yes",
        B.No: "No",
    }


def qm_messages(qm: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message in a compiled .qm file.

    The format: a 16-byte magic, then sections (tag byte, 32-bit big-endian length); the messages section
    (tag 0x69) is a run of fields (tag byte, 32-bit length, data; 0xFFFFFFFF for a null translation),
    each message ended by tag 1. Source text (6) and context (7) are UTF-8.
    """
    data = qm.read_bytes()
    pos, block = 16, b""
    while pos + 5 <= len(data):
        length = int.from_bytes(data[pos + 1 : pos + 5], "big")
        if data[pos] == 0x69:
            block = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    found: set[tuple[str, str]] = set()
    fields: dict[int, bytes] = {}
    pos = 0
    while pos < len(block):
        tag, pos = block[pos], pos + 1
        if tag == 1:
            found.add((fields.get(7, b"").decode(), fields.get(6, b"").decode()))
            fields = {}
            continue
        length, pos = int.from_bytes(block[pos : pos + 4], "big"), pos + 4
        if length != 0xFFFFFFFF:
            fields[tag], pos = block[pos : pos + length], pos + length
    return found


def ours() -> set[tuple[str, str]]:
    root = ET.parse(QT_TS).getroot()
    assert root.get("language") == "th_TH"
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_our_qt_texts_are_exactly_those_this_qt_looks_up() -> None:
    """Qt's own German translation is complete and made for this Qt: a source text it does not know is
    one Qt no longer uses (a Qt upgrade reworded it), and one it knows in a context we translate, but we
    do not, is new in Qt and needs its Thai."""
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    german = qm_messages(qt_translations / "qtbase_de.qm")
    thai = ours()
    assert len(german) > 1000
    assert sorted(thai - german) == []
    contexts = {context for context, _ in thai}
    missing = {(c, s) for c, s in german if c in contexts and not left_to_qt(c, s)} - thai
    assert sorted(missing) == []


def test_our_qt_translation_is_built_like_ours(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(QT_TS, folder / QT_TS.name)
    assert [qm.name for qm in ensure_compiled_translations(folder)] == ["qtbase_th.qm"]
