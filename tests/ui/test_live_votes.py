"""A vote on laptops through the windows: the secretary's meeting day opens a secret vote on the current
item, a member's reader shows it at once and answers it once, the secretary sees who has voted and how
many (not how), adds a show of hands and closes it; the result lands in the item's resolution.

A real server on 127.0.0.1; the live channel's events are handed to the widgets' ``on_live_event`` slots
as the window's live channel would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.server.live import events_after
from emeeting.services.container import Services
from emeeting.sync import protocol as p
from emeeting.ui.day.session_screen import SessionScreen
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.server.conftest import run_server
from tests.sync.conftest import Office, build_office, cheap_settings, no_password_store  # noqa: F401
from tests.ui.test_reader import member_window

WAIT = 20_000


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    with run_server(cheap_settings(tmp_path)) as live:
        yield build_office(live, tmp_path)


def _events(office: Office, after: int = 0) -> list[p.LiveEvent]:
    with office.live.state.db.read() as conn:
        return events_after(conn, office.meeting.id, after).events


def test_the_secretary_opens_and_closes_a_secret_vote_that_a_members_reader_answers(
    qtbot: QtBot,
    office: Office,
    tmp_path: Path,
    runner: TaskRunner,
    bus: ChangeBus,
    languages: LanguageSwitcher,
    settings: QSettings,
) -> None:
    secretary = office.secretary
    secretary.services.session.start(office.meeting.id, office.meeting.start)
    history = UndoHistory(runner, bus, secretary.services.steps)
    context = UiContext(secretary.services, secretary.sync, runner, bus, history, settings)
    day = SessionScreen(context)
    qtbot.addWidget(day)
    day.resize(1400, 800)
    day.show()
    with qtbot.waitSignal(day.loaded, timeout=WAIT):
        day.show_meeting(office.meeting.id)
    item = next(i for i in office.items if i.parent_id is None and i.id != office.vote.item_id)
    day.select_item(item.id)
    panel = day.live_vote
    assert panel.open_button.isEnabled() and not panel.close_button.isEnabled()

    # The secretary opens a secret vote on the current item.
    dialog = panel.open_dialog()
    assert dialog is not None and dialog.question_edit.text() == item.title
    dialog.question_edit.setText("เห็นชอบให้แต่งตั้งคณะทำงานหรือไม่")
    dialog.kind_combo.set_value(m.VoteKind.SECRET)
    dialog.accept()
    qtbot.waitUntil(lambda: panel.vote is not None and panel.vote.is_open, timeout=WAIT)
    vote = panel.vote
    assert vote is not None and vote.kind is m.VoteKind.SECRET and vote.item_id == item.id
    assert panel.close_button.isEnabled() and panel.hand_for.isVisible()
    tabs = day.item.records_tabs
    assert tabs.currentIndex() == tabs.count() - 1, "the open vote's tab comes forward"
    # On a laptop the panel scrolls within its tab: its show of hands and Close stay within reach.
    day.resize(1366, 560)
    page = tabs.currentWidget()
    assert isinstance(page, QScrollArea)
    page.ensureWidgetVisible(panel.close_button)
    qtbot.waitUntil(lambda: not panel.close_button.visibleRegion().isEmpty(), timeout=WAIT)
    day.resize(1400, 800)
    [opened] = [e for e in _events(office) if e.type == "vote_opened" and e.data["vote_id"] == vote.id]

    # Alice's reader shows it as soon as the event arrives; she answers once.
    alice_services = Services.open(tmp_path / "alice-laptop", actor="alice")
    window = member_window(qtbot, office, alice_services, runner, ChangeBus(), languages, settings)
    card = window.reader.vote_card  # type: ignore[attr-defined]
    card.on_live_event(opened)
    assert card.isVisible() and card.question_label.text() == "เห็นชอบให้แต่งตั้งคณะทำงานหรือไม่"
    with qtbot.waitSignal(card.answered, timeout=WAIT):
        qtbot.mouseClick(card.choice_buttons[m.Choice.FOR], Qt.MouseButton.LeftButton)
    assert card.status_label.text() == "บันทึกการลงมติของท่านแล้ว โดยไม่บันทึกชื่อของท่าน"
    assert not any(button.isVisible() for button in card.choice_buttons.values())  # once

    # The secretary sees that Alice voted and how many have, not how.
    [voted] = [e for e in _events(office) if e.type == "voted" and e.data["vote_id"] == vote.id]
    panel.on_live_event(voted)
    assert "Alice" in panel.voters_label.text()
    # How many, and since when in the Thai time style.
    opened_at = vote.opened_at
    assert opened_at is not None
    assert panel.count_label.text().startswith("ลงมติแล้ว 1 ท่าน · ")
    assert panel.count_label.text().endswith(f"{opened_at.astimezone():%H.%M} น."), panel.count_label.text()
    assert panel.tally_label.text() == "จะนับคะแนนเมื่อปิดการลงมติ"

    # One member without a laptop raised a hand for; closing counts it in and records the result.
    panel.hand_for.setValue(1)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.vote is not None and not panel.vote.is_open, timeout=WAIT)
    closed = panel.vote
    assert closed is not None and (closed.votes_for, closed.result) == (2, m.VoteResult.PASSED)
    qtbot.waitUntil(lambda: "มีมติเห็นชอบ" in day.resolution_edit.toPlainText(), timeout=WAIT)
    [ended] = [e for e in _events(office) if e.type == "vote_closed" and e.data["vote_id"] == vote.id]
    card.on_live_event(ended)
    assert card.status_label.text() == "ปิดการลงมติแล้ว"
    runner.wait_idle(WAIT)
