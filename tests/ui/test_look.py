"""The calm, consistent look: colours only from the tones in style.py, a toolbar whose main actions show an
icon and words, tooltips that name the keys (Thai needs no Latin mnemonic), icons drawn in the palette's
text colour, and quiet notices rather than coloured bars."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import MEETING_DAY, MINUTES, TABS
from emeeting.ui.widgets.style import (
    GAP,
    Badge,
    Notice,
    Tone,
    ToneLabel,
    icon,
    plain_words,
    shortcut_tooltip,
    tone_colours,
    tone_text_colour,
)
from tests.ui.test_frozen_ui import REFERENCE, hold
from tests.ui.workspace_helpers import select

UI = Path(__file__).resolve().parents[2] / "emeeting" / "ui"
# A colour written out: "#1d4f91" or "#abc" in a string, QColor(191, 26, 26), rgb()/rgba() in a style sheet,
# or a named colour in a style sheet rule.
COLOUR_LITERAL = re.compile(
    r"""["'][^"'\n]*#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b"""
    r"|QColor\(\s*\d"
    r"|rgba?\("
    r"|(?:color|background(?:-color)?)\s*:\s*(?:red|green|yellow|blue|white|black|orange|grey|gray)\b"
)


def test_no_screen_writes_a_colour_of_its_own() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        if name == "widgets/style.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if COLOUR_LITERAL.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    assert not found, "colours belong in style.py (a Tone):\n" + "\n".join(found)


def test_the_check_sees_colour_literals() -> None:
    for line in (
        'X = "#c0392b"',
        "Y = QColor(191, 26, 26, 56)",
        'S = "color: red;"',
        'S = "background: #fff"',
    ):
        assert COLOUR_LITERAL.search(line), line
    for line in ("ROW, STATUS = range(2)", 'self.setObjectName("followBar")', "# see issue #123"):
        assert not COLOUR_LITERAL.search(line), line


def test_menu_words_lose_mnemonics_and_ellipses() -> None:
    assert plain_words("ประชุมใหม่ (&N)…") == "ประชุมใหม่"
    assert plain_words("&New meeting…") == "New meeting"
    assert plain_words("Q&&A...") == "Q&A"
    assert shortcut_tooltip("&Save", QKeySequence("Ctrl+S")) == "Save (Ctrl+S)"
    assert shortcut_tooltip("&Save", QKeySequence()) == "Save"


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_toolbar_shows_the_main_actions_with_icon_and_words(window: MainWindow, language: str) -> None:
    window.set_language(language)
    menus = window.menus
    actions = menus.toolbar_actions
    real = [a for a in actions if not a.isSeparator()]
    for action in (menus.new_action, menus.save_action, menus.committees_action, menus.people_action,
                   menus.reader_action, menus.sync_menu.sync_action):  # fmt: skip
        assert action in real
    for action in real:
        assert not action.icon().isNull(), action.text()
        assert action.iconText() and "&" not in action.iconText(), action.iconText()
        assert not re.search(r"\([A-Z]\)|…$", action.iconText()), action.iconText()
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            assert keys in action.toolTip(), (action.toolTip(), keys)
    # The main ones show their words beside the icon; the less used (undo, redo) their icon alone.
    button = menus.desk_toolbar.widgetForAction(menus.new_action)
    assert isinstance(button, QToolButton)
    assert button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert button.text() == menus.new_action.iconText()
    assert menus.undo_action.priority() is menus.undo_action.Priority.LowPriority


def test_a_toolbar_tooltip_follows_the_undo_step_and_the_language(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    window.set_language("en")
    menus = window.menus
    menus.set_undo_text("Rename item")
    assert menus.undo_action.toolTip().startswith("Undo Rename item (")
    window.set_language("th")
    assert menus.new_action.toolTip() != "New meeting (Ctrl+N)"
    assert "Ctrl+N" in menus.new_action.toolTip()


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_tab_names_its_shortcut_and_the_shortcut_brings_it_up(
    qtbot: QtBot, window: MainWindow, demo_services: Services, language: str
) -> None:
    window.set_language(language)
    select(qtbot, window, demo_services, "ICT:3/2569")
    tabs = window.workspace.tabs
    assert len(TABS) == tabs.count() == len(window.menus.tab_actions)
    for tab in TABS:
        assert tabs.tabToolTip(tab).endswith(f"(Ctrl+{tab + 1})"), tabs.tabToolTip(tab)
        assert "&" not in tabs.tabToolTip(tab)
    for tab in (MEETING_DAY, MINUTES, 0):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + tab), Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == tab


def test_icons_are_drawn_in_the_palettes_text_colour(qapp: QApplication) -> None:
    light = QPalette(qapp.palette())
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor(32, 33, 36))
    dark.setColor(QPalette.ColorRole.WindowText, QColor(232, 234, 237))

    def ink(palette: QPalette) -> int:
        """The mean lightness of the icon's drawn pixels."""
        qapp.setPalette(palette)
        image = icon("save").pixmap(QSize(48, 48)).toImage()
        pixels = [image.pixelColor(x, y) for x in range(48) for y in range(48)]
        drawn = [p.lightness() for p in pixels if p.alpha() > 200]
        assert drawn
        return sum(drawn) // len(drawn)

    try:
        assert ink(light) < 100  # dark lines on a light window
        assert ink(dark) > 180  # light lines on a dark one
    finally:
        qapp.setPalette(light)
    assert icon("no-such-icon").isNull()


def test_a_badge_and_a_tone_follow_the_palette(qtbot: QtBot, qapp: QApplication) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    badge = Badge(screen)
    badge.set_state("ร่าง", Tone.WARN)
    label = ToneLabel(screen, Tone.BAD)
    light = qapp.palette()
    assert badge.colours() == tone_colours(Tone.WARN, light)
    assert label.palette().color(QPalette.ColorRole.WindowText) == tone_text_colour(Tone.BAD, light)
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor(32, 33, 36))
    dark.setColor(QPalette.ColorRole.WindowText, QColor(232, 234, 237))
    screen.setPalette(dark)  # a desktop switched to dark mode
    assert badge.colours() == tone_colours(Tone.WARN, dark) != tone_colours(Tone.WARN, light)
    assert label.palette().color(QPalette.ColorRole.WindowText) == tone_text_colour(Tone.BAD, dark)
    label.set_tone(None)  # back to the window's own text
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(232, 234, 237)


def test_a_certified_meeting_says_so_in_a_quiet_line_not_a_coloured_bar(
    qtbot: QtBot, window: MainWindow, demo_services: Services, tmp_path: Path
) -> None:
    meeting_id = hold(demo_services, tmp_path / "papers")
    demo_services.minutes.certify(
        meeting_id, m.CertificationMethod.SAME_MEETING, datetime(2026, 3, 24, 5, tzinfo=UTC)
    )
    select(qtbot, window, demo_services, REFERENCE)
    assert window.workspace.frozen
    notice = window.workspace.frozen_banner
    assert isinstance(notice, Notice) and notice.isVisible()
    assert not notice.autoFillBackground() and notice.styleSheet() == ""
    assert notice.icon_name == "lock"
    assert notice.toolTip()  # the whole reason
    assert notice.height() < 3 * notice.fontMetrics().height() + 2 * GAP  # one line (two at most)
    assert isinstance(window.workspace.header.status_label, Badge)


def test_agenda_moves_and_viewer_pages_are_icons_with_keys_in_their_tooltips(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    window.set_language("en")
    agenda = window.workspace.agenda
    for button, keys in ((agenda.up_button, "Alt+Up"), (agenda.down_button, "Alt+Down")):
        assert not button.icon().isNull() and button.arrowType() is Qt.ArrowType.NoArrow
        assert button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
        assert keys in button.toolTip()
    assert "▲" not in agenda.up_button.text() and "▼" not in agenda.down_button.text()

    from emeeting.ui.documents.pdf_viewer import PdfViewer

    viewer = PdfViewer(window.context.runner)
    qtbot.addWidget(viewer)
    for action in (viewer.previous_action, viewer.next_action, viewer.zoom_in_action, viewer.zoom_out_action):
        assert not action.icon().isNull()
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys and keys in action.toolTip(), action.toolTip()
        assert action.iconText() not in ("+", "−", "◀", "▶")


def test_no_screen_takes_icons_from_the_desktop_theme_or_the_style() -> None:
    """One icon set: Lucide's, bundled. (A message-box-like dialog keeps the style's message icons.)"""
    found = []
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            themed = re.search(r"QIcon\.fromTheme|QIcon\.ThemeIcon|setArrowType", line)
            if themed or ("standardIcon(" in line and name != "sync/sync_dialog.py"):
                found.append(f"{name}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


ICON_CALL = re.compile(r"\b(?:icon|icon_button|dress|notice_banner|_action|Notice)\(([^()]*)")
ICON_PAIR = re.compile(r"""\([\w.]+, "([a-z0-9-]+)"\)|"([a-z0-9-]+)", Tone\.""")
WORD = re.compile(r'"([a-z][a-z0-9]*(?:-[a-z0-9]+)*)"')


def test_every_bundled_icon_named_in_the_screens_exists() -> None:
    names: set[str] = set()
    for path in UI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for call in ICON_CALL.finditer(text):
            names |= set(WORD.findall(call.group(1)))
        for pair in ICON_PAIR.finditer(text):
            names.add(pair.group(1) or pair.group(2))
    assert {"chevron-left", "zoom-in", "save", "lock", "cloud-check", "trash-2"} <= names
    names = {n for n in names if len(n) > 2}  # ("th", "en": language codes beside their actions)
    missing = sorted(n for n in names if icon(n).isNull())
    assert not missing, missing


def test_the_directory_dialogs_main_buttons_have_keys_named_in_their_tooltips(
    qtbot: QtBot, window: MainWindow
) -> None:
    from emeeting.ui.directory.committee_editor import CommitteeDialog
    from emeeting.ui.directory.people_pane import PeopleDialog

    native = QKeySequence.SequenceFormat.NativeText
    for dialog in (CommitteeDialog(window.context, window), PeopleDialog(window.context, window)):
        qtbot.addWidget(dialog)
        form = getattr(dialog, "pane", dialog)
        for button, keys in ((form.save_button, QKeySequence.StandardKey.Save),
                             (form.new_button, QKeySequence.StandardKey.New)):  # fmt: skip
            sequence = QKeySequence(keys)
            assert button.toolTip().endswith(f"({sequence.toString(native)})"), button.toolTip()
            assert "&" not in button.toolTip()
            (shortcut,) = button.findChildren(QShortcut)
            assert shortcut.key() == sequence
        (shortcut,) = form.new_button.findChildren(QShortcut)
        dialog.show()
        with qtbot.waitSignal(form.new_button.clicked, timeout=2_000):
            shortcut.activated.emit()  # (a key press would go to the window the test desktop made active)
        form.new_button.hide()
        with qtbot.assertNotEmitted(form.new_button.clicked):
            shortcut.activated.emit()  # a hidden button is not pressed by its keys
        dialog.close()
