"""Attendee mode: the workspace's tabs show a meeting without letting anyone change it there."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QCheckBox, QLineEdit, QPlainTextEdit, QWidget


def lock(widgets: Iterable[QWidget], read_only: bool) -> None:
    """Make the editing ``widgets`` read-only (``read_only=False`` gives them back): text and number
    fields stay readable, selectable and scrollable but take no typing, buttons are hidden (their
    shortcuts then do nothing either) and choices such as combo and check boxes are disabled."""
    for widget in widgets:
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
            widget.setReadOnly(read_only)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox):
            widget.setVisible(not read_only)
        else:
            widget.setEnabled(not read_only)
