"""Windows that open within their screen's work area, whatever size they would like."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager's frame (title bar, borders) takes around a window.
FRAME_ALLOWANCE = QSize(16, 40)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at width × height, or at what its screen's work area leaves for it (a dialog that
    likes 1160×700 opens at 1092×534 on a 1366×768 laptop at 125 %)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    size = QSize(width, height)
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size() - FRAME_ALLOWANCE)
    window.resize(size.expandedTo(window.minimumSizeHint()))
