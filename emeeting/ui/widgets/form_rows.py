"""Labels that name their fields: seen on screen, and said by a screen reader as the field's name (the
label is the field's buddy, which Qt's accessibility reads when the field has no name of its own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from emeeting.ui.widgets.safe_text import plain_label

_INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)


def labelled_row(form: QFormLayout, field: QWidget, text: str = "") -> QLabel:
    """Add ``field`` to ``form`` under a plain-text label naming it; returns the label, whose text a
    screen that follows the language sets again on each change."""
    label = plain_label(field.parentWidget())
    label.setText(text)
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def _inputs(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if isinstance(widget, _INPUTS):
            found.append(widget)
        elif inner is not None:
            found += _inputs(inner)
    return found


def _has_buddy(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return parent is not None and any(label.buddy() is widget for label in parent.findChildren(QLabel))


def name_fields(form: QFormLayout) -> None:
    """Name each row's field by its label: a QLabel becomes the buddy of the field (of the first input of
    a row of widgets), since a QLabel given to addRow names nothing by itself (only addRow(text, field)
    makes a buddy); a check box or radio button as the label, or a field made of several inputs, gives
    its text to the inputs as their accessible name. Call again after the labels are retranslated."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None:
            continue
        label, field = label_item.widget(), field_item.widget()
        if isinstance(label, QLabel) and isinstance(field, _INPUTS):
            label.setBuddy(field)
        elif isinstance(label, QLabel) and field is None and (inner := field_item.layout()) is not None:
            inputs = _inputs(inner)
            if inputs and label.buddy() is None:
                label.setBuddy(inputs[0])
            for widget in inputs:  # the others in the row (a year after a number) by the same name
                if label.buddy() is not widget and not _has_buddy(widget):
                    widget.setAccessibleName(_plain(label.text()))
        elif isinstance(label, QLabel | QAbstractButton) and field is not None:
            name = _plain(label.text())
            inputs = [field] if isinstance(field, _INPUTS) else field.findChildren(QWidget)
            for widget in inputs:
                if isinstance(widget, _INPUTS) and not _part_of_input(widget):
                    widget.setAccessibleName(name)


def _part_of_input(widget: QWidget) -> bool:
    """The text part of a spin box or an editable combo box, named as that."""
    return isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)


def _plain(text: str) -> str:
    """A label's text without its mnemonic marks ("&&" is a literal "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_tab_pages(tabs: QTabWidget) -> None:
    """A page that is itself an input (a text box per tab) is named by its tab's text; call again after
    the tabs are retranslated."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if isinstance(page, _INPUTS):
            page.setAccessibleName(_plain(tabs.tabText(index)))


def find_label(edit: QLineEdit) -> QLabel:
    """The visible name of a filter or search box (a placeholder goes once typing starts), which is its
    name for screen readers too; its text is ``find_text()``, set again on a language change."""
    label = plain_label(edit.parentWidget())
    label.setBuddy(edit)
    label.setText(find_text())
    return label


def find_text() -> str:
    return QCoreApplication.translate("PdfViewer", "Find")  # the document viewer's word, translated once
