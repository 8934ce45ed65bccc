"""The committee dialog over real services: create, edit and delete with undo, and clear refusals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.directory.committee_editor import CommitteeDialog
from emeeting.ui.directory.people_import import PeopleImportDialog
from emeeting.ui.directory.people_pane import PeopleDialog
from emeeting.ui.shell.main_window import MainWindow
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.ui.context_helpers import ui_context
from tests.ui.test_people_pane import answer_question


@pytest.fixture
def history(runner: TaskRunner, bus: ChangeBus, services: Services) -> UndoHistory:
    return UndoHistory(runner, bus, services.steps)


@pytest.fixture
def dialog(
    qtbot: QtBot,
    demo_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    history: UndoHistory,
    settings: QSettings,
) -> Iterator[CommitteeDialog]:
    editor = CommitteeDialog(ui_context(demo_services, runner, bus, history, settings))
    qtbot.addWidget(editor)
    editor.show()
    assert runner.wait_idle(10_000)
    yield editor
    runner.wait_idle(10_000)


def listed(dialog: CommitteeDialog) -> list[str]:
    return [dialog.committee_list.item(r).text() for r in range(dialog.committee_list.count())]


def committees(services: Services) -> dict[str, m.Committee]:
    return {c.short_name: c for c in services.records.select(m.Committee)}


def settle(runner: TaskRunner, history: UndoHistory | None = None, step: str = "") -> None:
    if history is not None:
        getattr(history.stack, step)()
    assert runner.wait_idle(10_000)


def test_create_a_committee_with_all_its_settings_then_undo_and_redo(
    dialog: CommitteeDialog, demo_services: Services, runner: TaskRunner, history: UndoHistory
) -> None:
    dialog.new_committee()
    dialog.name_edit.setText("คณะทำงานจัดทำแผนดิจิทัล")
    dialog.short_edit.setText("DIG")
    dialog.quorum_edit.set_value(2, 3)
    dialog.reconvened_edit.set_value(1, 3)
    dialog.numbering_combo.set_value(m.NumberingStyle.CONTINUOUS)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("en"))
    dialog.secrecy_combo.set_value(m.Secrecy.CONFIDENTIAL)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.save()
    settle(runner)

    stored = committees(demo_services)["DIG"]
    assert (stored.name, stored.quorum_fraction, stored.reconvened_quorum_fraction) == (
        "คณะทำงานจัดทำแผนดิจิทัล",
        m.Committee("x", "x", quorum_num=2, quorum_den=3).quorum_fraction,
        m.Committee("x", "x").reconvened_quorum_fraction,
    )
    assert (stored.numbering, stored.agenda_template, stored.default_secrecy, stored.language) == (
        m.NumberingStyle.CONTINUOUS,
        "en",
        m.Secrecy.CONFIDENTIAL,
        "en",
    )
    assert "คณะทำงานจัดทำแผนดิจิทัล (DIG)" in listed(dialog)
    assert dialog.committee_list.currentItem().text() == "คณะทำงานจัดทำแผนดิจิทัล (DIG)"

    settle(runner, history, "undo")
    assert "DIG" not in committees(demo_services)
    assert "คณะทำงานจัดทำแผนดิจิทัล (DIG)" not in listed(dialog)
    settle(runner, history, "redo")
    assert committees(demo_services)["DIG"] == stored  # the same committee, same id


def test_edit_a_committee_and_undo_the_edit(
    dialog: CommitteeDialog, demo_services: Services, runner: TaskRunner, history: UndoHistory
) -> None:
    before = committees(demo_services)["HR"]
    dialog.select(before.id)
    assert dialog.name_edit.text() == before.name
    dialog.name_edit.setText("  คณะกรรมการบริหารทรัพยากรบุคคล  ")
    dialog.quorum_edit.set_value(2, 3)
    dialog.save()
    settle(runner)
    after = committees(demo_services)["HR"]
    assert (after.name, after.quorum_num, after.quorum_den) == ("คณะกรรมการบริหารทรัพยากรบุคคล", 2, 3)
    assert dialog.name_edit.text() == "คณะกรรมการบริหารทรัพยากรบุคคล"
    settle(runner, history, "undo")
    assert committees(demo_services)["HR"] == before


@pytest.mark.parametrize(
    ("name", "short", "quorum", "reconvened", "message"),
    [
        ("", "NEW", (1, 2), (1, 3), "a committee needs a name"),
        ("คณะใหม่", " ", (1, 2), (1, 3), "a committee needs a short name"),
        ("คณะใหม่", "A:B", (1, 2), (1, 3), "a committee's short name cannot contain ':'"),
        ("คณะใหม่", "NEW", (3, 2), (1, 3), "the quorum must be a fraction between 0 and 1 (got 3/2)"),
        ("คณะใหม่", "NEW", (1, 3), (1, 2), "The quorum of a reconvened meeting cannot be higher"),
        ("คณะใหม่", "ict", (1, 2), (1, 3), "The short name ict is already used by คณะกรรมการเทคโนโลยี"),
    ],
)
def test_a_bad_committee_is_explained_and_nothing_is_stored(
    dialog: CommitteeDialog,
    demo_services: Services,
    runner: TaskRunner,
    history: UndoHistory,
    name: str,
    short: str,
    quorum: tuple[int, int],
    reconvened: tuple[int, int],
    message: str,
) -> None:
    before = committees(demo_services)
    dialog.new_committee()
    dialog.name_edit.setText(name)
    dialog.short_edit.setText(short)
    dialog.quorum_edit.set_value(*quorum)
    dialog.reconvened_edit.set_value(*reconvened)
    dialog.save()
    settle(runner)
    assert dialog.current_error().startswith(message)
    assert committees(demo_services) == before
    assert history.stack.count() == 0  # a refused edit never enters the undo history


def test_a_committee_with_meetings_is_not_deleted(
    dialog: CommitteeDialog, demo_services: Services, runner: TaskRunner, history: UndoHistory
) -> None:
    ict = committees(demo_services)["ICT"]
    dialog.select(ict.id)
    dialog.delete_committee()
    settle(runner)
    assert dialog.current_error() == "ICT has 5 meeting(s) and cannot be deleted."
    assert committees(demo_services)["ICT"] == ict
    assert history.stack.count() == 0


def test_delete_a_committee_with_its_memberships_and_undo(
    dialog: CommitteeDialog, demo_services: Services, runner: TaskRunner, history: UndoHistory
) -> None:
    board = m.Committee("คณะทำงานชั่วคราว", "TMP")
    person = demo_services.records.select(m.Person)[0]
    membership = m.Membership(board.id, person.id, role=m.MemberRole.CHAIR)
    demo_services.records.create(board, membership)
    dialog.reload()  # as after an edit in another window
    settle(runner)
    dialog.select(board.id)
    assert dialog.members_label.text() == "1 member(s) · 0 meeting(s)"
    dialog.confirm_delete(board)
    settle(runner)
    assert "TMP" not in committees(demo_services)
    assert demo_services.records.find(m.Membership, membership.id) is None
    assert "คณะทำงานชั่วคราว (TMP)" not in listed(dialog)
    settle(runner, history, "undo")
    assert committees(demo_services)["TMP"] == board
    assert demo_services.records.get(m.Membership, membership.id) == membership


def test_a_refusal_by_the_store_is_shown_in_the_dialog(
    dialog: CommitteeDialog, demo_services: Services, runner: TaskRunner
) -> None:
    # another window takes the short name after this dialog read the list: the store still refuses it
    dialog.new_committee()
    dialog.name_edit.setText("คณะใหม่")
    dialog.short_edit.setText("NEW")
    demo_services.records.create(m.Committee("คณะอื่น", "NEW"))
    dialog.save()
    settle(runner)
    assert "another committee already has this short name" in dialog.current_error()
    assert [c.name for c in demo_services.records.select(m.Committee, short_name="NEW")] == ["คณะอื่น"]


def test_the_main_window_menu_opens_committees_people_and_the_import(
    window: MainWindow, runner: TaskRunner
) -> None:
    for action, cls in (
        (window.menus.committees_action, CommitteeDialog),
        (window.menus.people_action, PeopleDialog),
        (window.menus.import_people_action, PeopleImportDialog),
    ):
        assert action in window.menus.file_menu.actions() and action.text()
        action.trigger()
        assert runner.wait_idle(10_000)
        dialog = window.findChild(cls)
        assert dialog is not None and dialog.isVisible() and dialog.isModal()
        dialog.close()


def test_deleting_a_committee_asks_first(
    dialog: CommitteeDialog, demo_services: Services, runner: TaskRunner
) -> None:
    board = m.Committee("คณะทำงานชั่วคราว", "TMP")
    demo_services.records.create(board)
    dialog.reload()
    settle(runner)
    dialog.select(board.id)
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.No, seen)
    dialog.delete_committee()
    settle(runner)
    assert seen == ["Delete คณะทำงานชั่วคราว and its 0 membership(s)?"]
    assert "TMP" in committees(demo_services)
    answer_question(QMessageBox.StandardButton.Yes, seen)
    dialog.delete_committee()
    settle(runner)
    assert "TMP" not in committees(demo_services)
