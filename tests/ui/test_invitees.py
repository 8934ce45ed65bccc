"""The Invitees tab: the whole committee in one action, guests and presenters per item, RSVPs and
substitutes, each undoable."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.meeting.invitees_pane import NAME, NOTE, ROLE, GuestDialog, InviteesPane, SubstituteDialog
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.shell.workspace import INVITEES
from emeeting.ui.widgets import labels
from tests.ui.workspace_helpers import answer_dialog, select, step


def names(pane: InviteesPane) -> list[tuple[str, str, str]]:
    return [
        tuple(pane.table.item(row, column).text() for column in (NAME, ROLE, NOTE))  # type: ignore[misc]
        for row in range(pane.table.rowCount())
    ]


def open_invitees(qtbot: QtBot, window: MainWindow, services: Services) -> tuple[str, InviteesPane]:
    meeting_id = select(qtbot, window, services, "ICT:3/2569")
    window.show_tab(INVITEES)
    return meeting_id, window.workspace.invitees


def test_the_whole_committee_is_invited_in_one_action_once(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id, pane = open_invitees(qtbot, window, demo_services)
    assert pane.table.rowCount() == 0
    step(qtbot, window, pane.invite_button.click)
    assert names(pane) == [("นายสมชาย ใจดี", "กรรมการ", ""), ("นางสาวสุดา รักงาน", "กรรมการ", "")]
    assert pane.summary_label.text().startswith("เชิญ 2 คน")
    pane.invite_button.click()  # again: nobody is invited twice, and there is no empty step to undo
    assert window.history.runner.wait_idle(10_000)
    assert pane.summary_label.text() == "กรรมการทุกคนได้รับเชิญแล้ว"
    assert len(demo_services.records.select(m.Invitation, meeting_id=meeting_id)) == 2
    assert window.history.stack.count() == 1

    step(qtbot, window, window.history.stack.undo)
    assert demo_services.records.select(m.Invitation, meeting_id=meeting_id) == []
    step(qtbot, window, window.history.stack.redo)
    assert len(pane.invitations()) == 2


def test_guests_and_presenters_are_invited_per_item_and_replies_recorded(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id, pane = open_invitees(qtbot, window, demo_services)
    step(qtbot, window, pane.invite_button.click)
    item_41 = next(e.item for e in demo_services.meetings.view(meeting_id).agenda if e.number == "4.1")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, GuestDialog)
        dialog.person_combo.setCurrentIndex(0)  # นายวิชัย: the one person not invited yet
        dialog.role_combo.set_value(m.InviteeRole.PRESENTER)
        dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(item_41.id))

    answer_dialog(fill)
    step(qtbot, window, pane.guest_button.click)
    presenter = next(i for i in pane.invitations() if i.role is m.InviteeRole.PRESENTER)
    assert presenter.item_id == item_41.id
    assert names(pane)[-1] == ("นายวิชัย มั่นคง", "ผู้นำเสนอ", "")
    row = len(pane.invitations()) - 1
    assert pane.table.item(row, 3).text() == f"4.1 {item_41.title}"  # type: ignore[union-attr]

    step(qtbot, window, lambda: pane.rsvp_combo(0).set_value(m.Rsvp.DECLINED))
    chair = pane.invitations()[0]
    assert demo_services.records.get(m.Invitation, chair.id).rsvp is m.Rsvp.DECLINED
    assert pane.rsvp_combo(0).currentText() == "ไม่เข้าร่วมประชุม"
    step(qtbot, window, window.history.stack.undo)
    assert demo_services.records.get(m.Invitation, chair.id).rsvp is m.Rsvp.PENDING


def test_a_reply_has_the_same_words_in_its_row_in_the_counts_and_on_the_members_laptop(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    _meeting_id, pane = open_invitees(qtbot, window, demo_services)
    step(qtbot, window, pane.invite_button.click)
    step(qtbot, window, lambda: pane.rsvp_combo(0).set_value(m.Rsvp.ACCEPTED))
    step(qtbot, window, lambda: pane.rsvp_combo(1).set_value(m.Rsvp.DECLINED))

    rows = [pane.rsvp_combo(row).currentText() for row in (0, 1)]
    counts = pane.summary_label.text().split(" · ")

    assert rows == ["เข้าร่วมประชุม", "ไม่เข้าร่วมประชุม"]
    assert counts == ["เชิญ 2 คน", "เข้าร่วมประชุม 1 คน", "ไม่เข้าร่วมประชุม 1 คน", "ยังไม่ได้ตอบกลับ 0 คน"]
    assert [labels.reply_label(r) for r in m.Rsvp] == [
        "ยังไม่ได้ตอบกลับ", "เข้าร่วมประชุม", "ไม่เข้าร่วมประชุม", "มอบหมายผู้แทน",
    ]  # fmt: skip
    # The member says the same in the first person: the reader and the answer dialog.
    assert [labels.own_reply_label(r) for r in m.Rsvp] == [
        "ยังไม่ได้ตอบกลับ", "เข้าร่วมประชุม", "ไม่เข้าร่วมประชุม", "มอบหมายผู้แทนเข้าร่วมประชุม",
    ]  # fmt: skip


def test_a_member_sends_a_substitute_in_one_undoable_step(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id, pane = open_invitees(qtbot, window, demo_services)
    step(qtbot, window, pane.invite_button.click)
    pane.table.selectRow(0)  # the chair
    assert pane.substitute_button.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SubstituteDialog)
        assert dialog.explanation.text() == "ผู้มาประชุมแทน นายสมชาย ใจดี"
        dialog.person_combo.setCurrentIndex(0)

    answer_dialog(fill)
    step(qtbot, window, pane.substitute_button.click)
    assert names(pane) == [
        ("นายสมชาย ใจดี", "กรรมการ", "ส่ง นายวิชัย มั่นคง มาแทน"),
        ("นายวิชัย มั่นคง", "กรรมการ", "แทน นายสมชาย ใจดี"),
        ("นางสาวสุดา รักงาน", "กรรมการ", ""),
    ]
    invitations = demo_services.records.select(m.Invitation, meeting_id=meeting_id)
    assert {(i.rsvp, i.substitute_for_id is not None) for i in invitations} == {
        (m.Rsvp.SUBSTITUTE, False),
        (m.Rsvp.ACCEPTED, True),
        (m.Rsvp.PENDING, False),
    }
    step(qtbot, window, window.history.stack.undo)
    assert len(demo_services.records.select(m.Invitation, meeting_id=meeting_id)) == 2
    assert all(i.rsvp is m.Rsvp.PENDING for i in pane.invitations())

    pane.table.selectRow(1)
    step(qtbot, window, pane.remove_button.click)
    assert [n for n, _, _ in names(pane)] == ["นายสมชาย ใจดี"]
    step(qtbot, window, window.history.stack.undo)
    assert len(pane.invitations()) == 2
