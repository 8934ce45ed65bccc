"""Every input of every form and dialog has a label one can see and a name a screen reader says.

A visible label is a form row's label, a QLabel whose buddy is the input, or a check box's or radio
button's own text; the accessible name is what Qt gives assistive technology: the input's own accessible
name, else the text of the label whose buddy it is (or a button's own text).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from emeeting.services.container import Services
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.ui.conftest import DemoCopies, open_window
from tests.ui.dialog_catalogue import DIALOGS, dialog_classes, every_dialog
from tests.ui.workspace_helpers import select

_INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QCheckBox, QRadioButton)
# Dialog classes that are only a base of others (each of which is catalogued).
_BASES = {"PersonChoiceDialog"}


def _describe(widget: QWidget) -> str:
    hint = ""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        hint = widget.placeholderText()
    return f"{type(widget).__name__} {widget.objectName() or '(no name)'} {hint!r} in {_owner(widget)}"


def _owner(widget: QWidget) -> str:
    """The nearest ancestor with an object name: where to look for the input."""
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return parent.objectName() if parent is not None else "?"


def _is_input(widget: QWidget) -> bool:
    if not isinstance(widget, _INPUTS):
        return False
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
        return False  # the text part of a spin box or an editable combo box, labelled as that
    # A read-only text box shows text and takes none.
    return not (isinstance(widget, QPlainTextEdit | QTextEdit) and widget.isReadOnly())


def _shown(widget: QWidget | None) -> bool:
    if widget is None or not widget.isVisible():
        return False
    if isinstance(widget, QLabel | QAbstractButton):
        return bool(widget.text().strip())
    return False


def _in_layout(layout: QLayout, widget: QWidget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget or (item.layout() is not None and _in_layout(item.layout(), widget)):
            return True
    return False


def _row_label(form: QFormLayout, widget: QWidget) -> QWidget | None:
    """The label of the form row that holds ``widget``, as its field or inside its field's layout."""
    for row in range(form.rowCount()):
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if field is None or label is None:
            continue
        holder = field.widget()
        if holder is not None and (holder is widget or holder.isAncestorOf(widget)):
            return label.widget()
        if field.layout() is not None and _in_layout(field.layout(), widget):
            return label.widget()
    return None


def _tab_names(widget: QWidget) -> bool:
    """The input is a tab's page (or lies directly on it): the tab's text is its label."""
    page = widget
    while page.parentWidget() is not None:
        stack = page.parentWidget()
        if isinstance(stack, QStackedWidget) and isinstance(stack.parentWidget(), QTabWidget):
            tabs = stack.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(page)
            return (page is widget or widget.parentWidget() is page) and bool(tabs.tabText(index).strip())
        page = stack
    return False


def _visible_label(widget: QWidget, window: QWidget) -> bool:
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        return True
    viewport = widget.parentWidget()
    if viewport is not None and isinstance(viewport.parentWidget(), QAbstractItemView):
        return True  # a cell's editor, under its column's header
    if any(label.buddy() is widget and _shown(label) for label in window.findChildren(QLabel)):
        return True
    if any(_shown(_row_label(form, widget)) for form in window.findChildren(QFormLayout)):
        return True
    return _tab_names(widget)


def _accessible_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    # What Qt says when the input has no name of its own: the text of the label that is its buddy
    # (QAccessibleWidget's buddy lookup among the input's siblings).
    parent = widget.parentWidget()
    siblings = parent.findChildren(QLabel) if parent is not None else []
    return next((label.text() for label in siblings if label.buddy() is widget and label.text()), "")


def unlabelled_inputs(window: QWidget) -> list[str]:
    """The visible inputs in ``window`` without a visible label or an accessible name."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not _is_input(widget) or not widget.isVisible():
            continue
        if not _visible_label(widget, window):
            problems.append(f"no visible label: {_describe(widget)}")
        if not _accessible_name(widget).strip():
            problems.append(f"no accessible name: {_describe(widget)}")
    return problems


@pytest.fixture
def demo_window(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
    demo_copies: DemoCopies,
) -> MainWindow:
    demo_copies.load(services, date(2026, 12, 7))
    window = open_window(qtbot, services, runner, bus, languages, settings)
    window.resize(1366, 690)
    meeting = max(
        (s for s in services.meetings.summaries() if s.committee.short_name == "ICT"),
        key=lambda s: len(services.meetings.view(s.meeting.id).invitations),
    )
    select(qtbot, window, services, meeting.meeting.id)
    return window


def test_every_dialog_class_is_catalogued() -> None:
    assert dialog_classes() - _BASES == set(DIALOGS)


def test_the_connect_dialog_labels_its_four_boxes(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = demo_window.menus.sync_menu.open_connect()
    try:
        assert unlabelled_inputs(dialog) == []
        names = [
            QAccessible.queryAccessibleInterface(edit).text(QAccessible.Text.Name)
            for edit in (dialog.url_edit, dialog.user_edit, dialog.password_edit, dialog.totp_edit)
        ]
        assert names == ["ที่อยู่เซิร์ฟเวอร์:", "ชื่อผู้ใช้:", "รหัสผ่าน:", "รหัสยืนยัน (ถ้ามี):"]
    finally:
        dialog.close()


def test_every_tab_labels_its_inputs(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    problems = []
    for tab in range(window.workspace.tabs.count()):
        window.workspace.tabs.setCurrentIndex(tab)
        assert window.history.runner.wait_idle(10_000)
        qtbot.wait(20)
        problems += [f"tab {tab}: {p}" for p in unlabelled_inputs(window)]
    window.set_reader_view(True)
    qtbot.waitUntil(lambda: window.reader.meeting_list.count() > 0, timeout=10_000)
    assert window.history.runner.wait_idle(10_000)
    problems += [f"reader: {p}" for p in unlabelled_inputs(window)]
    assert not problems, "\n".join(sorted(set(problems)))


def test_every_dialog_labels_its_inputs(qtbot: QtBot, demo_window: MainWindow, services: Services) -> None:
    problems = []
    for name, dialog in every_dialog(demo_window, services):
        assert demo_window.history.runner.wait_idle(10_000)
        qtbot.wait(20)
        problems += [f"{name}: {p}" for p in unlabelled_inputs(dialog)]
    assert not problems, "\n".join(problems)
