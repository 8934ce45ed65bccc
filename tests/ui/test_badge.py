"""A Badge follows the palette: on a dark desktop it is drawn in the dark rendering of its tone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from emeeting.ui.widgets.style import Badge, Tone, tone_colours


@pytest.fixture
def palette(qapp: QApplication) -> Iterator[QApplication]:
    light = qapp.palette()
    yield qapp
    qapp.setPalette(light)


def dark() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#2d2d2d"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8e8e8"))
    return palette


def middle_colour(badge: Badge) -> QColor:
    image = badge.grab().toImage()
    return image.pixelColor(4, image.height() // 2)  # inside the pill, left of the text


def test_a_badge_follows_a_change_to_a_dark_palette(qtbot: QtBot, palette: QApplication) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    badge = Badge(window)
    QVBoxLayout(window).addWidget(badge)
    badge.set_state("ยังไม่เปิดประชุม", Tone.NEUTRAL)
    window.show()
    light_background = tone_colours(Tone.NEUTRAL, window.palette())[0]
    assert middle_colour(badge) == light_background
    palette.setPalette(dark())
    QApplication.processEvents()
    dark_background = tone_colours(Tone.NEUTRAL, dark())[0]
    assert dark_background != light_background and badge.colours()[0] == dark_background
    assert middle_colour(badge) == dark_background
    badge.set_state("ไม่ครบองค์ประชุม", Tone.BAD)
    assert middle_colour(badge) == tone_colours(Tone.BAD, dark())[0]
