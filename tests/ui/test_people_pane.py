"""The people pane over real services: search, the person form, memberships, all undoable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.directory.people_pane import MembershipDialog, PeopleDialog, PeoplePane
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.ui.context_helpers import ui_context


@pytest.fixture
def history(runner: TaskRunner, bus: ChangeBus, services: Services) -> UndoHistory:
    return UndoHistory(runner, bus, services.steps)


@pytest.fixture
def pane(
    qtbot: QtBot,
    demo_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    history: UndoHistory,
    settings: QSettings,
) -> Iterator[PeoplePane]:
    dialog = PeopleDialog(ui_context(demo_services, runner, bus, history, settings))
    qtbot.addWidget(dialog)
    dialog.show()
    assert runner.wait_idle(10_000)
    yield dialog.pane
    runner.wait_idle(10_000)


def settle(runner: TaskRunner) -> None:
    assert runner.wait_idle(10_000)


def person_named(services: Services, first_name: str) -> m.Person | None:
    found = services.records.select(m.Person, first_name=first_name)
    return found[0] if found else None


def test_search_narrows_the_list_by_name_position_and_e_mail(
    pane: PeoplePane, demo_services: Services
) -> None:
    assert pane.visible_names() == ["นายวิชัย มั่นคง", "นายสมชาย ใจดี", "นางสาวสุดา รักงาน"]
    assert pane.count_label.text() == "3 people"
    pane.search_edit.setText("สม")
    assert pane.visible_names() == ["นายสมชาย ใจดี"]
    assert pane.count_label.text() == "1 of 3 people"
    pane.search_edit.setText("ผู้อำนวยการ")  # her position
    assert pane.visible_names() == ["นางสาวสุดา รักงาน"]
    pane.search_edit.setText("nobody")
    assert pane.visible_names() == []
    pane.search_edit.clear()
    assert len(pane.visible_names()) == 3


def test_create_a_person_with_a_rank_then_undo_and_redo(
    pane: PeoplePane, demo_services: Services, runner: TaskRunner, history: UndoHistory
) -> None:
    titles = [pane.form.title_combo.itemText(i) for i in range(pane.form.title_combo.count())]
    assert titles[:3] == ["นาย", "นาง", "นางสาว"]
    assert {"ว่าที่ร้อยตรี", "ดร.", "ศ.", "รศ.", "ผศ.", "พล.ต.อ."} <= set(titles)
    pane.new_person()
    pane.form.title_combo.setCurrentIndex(titles.index("ว่าที่ร้อยตรี"))
    pane.form.first_edit.setText("วีระ")
    pane.form.last_edit.setText("กล้าหาญ")
    pane.form.position_edit.setText("นักวิเคราะห์นโยบายและแผน")
    pane.form.organisation_edit.setText("สำนักงานปลัดกระทรวง")
    pane.form.email_edit.setText(" weera@example.go.th ")
    pane.form.phone_edit.setText("0 2123 4567")
    pane.save()
    settle(runner)
    stored = person_named(demo_services, "วีระ")
    assert stored is not None
    assert (stored.title, stored.last_name, stored.email, stored.phone) == (
        "ว่าที่ร้อยตรี",
        "กล้าหาญ",
        "weera@example.go.th",
        "0 2123 4567",
    )
    assert "ว่าที่ร้อยตรีวีระ กล้าหาญ" in pane.visible_names()
    assert pane.person_box.title() == "ว่าที่ร้อยตรีวีระ กล้าหาญ"

    history.stack.undo()
    settle(runner)
    assert person_named(demo_services, "วีระ") is None
    assert "ว่าที่ร้อยตรีวีระ กล้าหาญ" not in pane.visible_names()
    history.stack.redo()
    settle(runner)
    assert person_named(demo_services, "วีระ") == stored


def test_a_free_text_title_and_an_edit_with_undo(
    pane: PeoplePane, demo_services: Services, runner: TaskRunner, history: UndoHistory
) -> None:
    somchai = person_named(demo_services, "สมชาย")
    assert somchai is not None
    pane.select(somchai.id)
    assert (pane.form.title_combo.currentText(), pane.form.first_edit.text()) == ("นาย", "สมชาย")
    pane.form.title_combo.setEditText("ศ.นพ.")  # not in the list: typed by hand
    pane.form.position_edit.setText("ที่ปรึกษา")
    pane.save()
    settle(runner)
    edited = person_named(demo_services, "สมชาย")
    assert edited is not None and (edited.title, edited.position) == ("ศ.นพ.", "ที่ปรึกษา")
    history.stack.undo()
    settle(runner)
    assert person_named(demo_services, "สมชาย") == somchai
    assert pane.form.title_combo.currentText() == "นาย"


@pytest.mark.parametrize(
    ("first", "last", "email", "message"),
    [
        ("", "กล้าหาญ", "", "a person needs a first name"),
        ("วีระ", "", "", "A person needs a last name."),
        ("วีระ", "กล้าหาญ", "weera@", "weera@ is not an e-mail address"),
        ("วีระ", "กล้าหาญ", "not an address", "not an address is not an e-mail address"),
    ],
)
def test_a_bad_person_is_explained_and_nothing_is_stored(
    pane: PeoplePane,
    demo_services: Services,
    runner: TaskRunner,
    history: UndoHistory,
    first: str,
    last: str,
    email: str,
    message: str,
) -> None:
    before = demo_services.records.select(m.Person)
    pane.new_person()
    pane.form.first_edit.setText(first)
    pane.form.last_edit.setText(last)
    pane.form.email_edit.setText(email)
    pane.save()
    settle(runner)
    assert pane.current_error() == message
    assert demo_services.records.select(m.Person) == before
    assert history.stack.count() == 0


def test_an_e_mail_address_someone_else_has_is_refused(
    pane: PeoplePane, demo_services: Services, runner: TaskRunner
) -> None:
    sudas = demo_services.records.select(m.Person, first_name="สุดา")
    demo_services.people.update_person(
        m.Person("สุดา", "รักงาน", id=sudas[0].id, title="นางสาว", email="suda@example.go.th"), base=sudas[0]
    )
    pane.reload()  # as after an edit in another window
    settle(runner)
    pane.new_person()
    pane.form.first_edit.setText("วีระ")
    pane.form.last_edit.setText("กล้าหาญ")
    pane.form.email_edit.setText("SUDA@example.go.th")
    pane.save()
    settle(runner)
    assert pane.current_error() == "นางสาวสุดา รักงาน already has the e-mail address SUDA@example.go.th."


def test_memberships_add_edit_remove_and_undo(
    pane: PeoplePane, demo_services: Services, runner: TaskRunner, history: UndoHistory
) -> None:
    wichai = person_named(demo_services, "วิชัย")
    hr = demo_services.records.select(m.Committee, short_name="HR")[0]
    assert wichai is not None
    pane.select(wichai.id)
    assert pane.membership_list.topLevelItemCount() == 0

    dialog = pane.membership_dialog(m.Membership(hr.id, wichai.id))
    dialog.role_combo.set_value(m.MemberRole.VICE_CHAIR)
    dialog.start_edit.set_value(date(2025, 10, 1))
    dialog.end_edit.set_value(date(2027, 9, 30))
    pane.store_membership(dialog.membership())
    settle(runner)
    [stored] = demo_services.records.select(m.Membership, person_id=wichai.id)
    assert (stored.committee_id, stored.role, stored.voting, stored.term_start, stored.term_end) == (
        hr.id,
        m.MemberRole.VICE_CHAIR,
        True,
        date(2025, 10, 1),
        date(2027, 9, 30),
    )
    row = pane.membership_list.topLevelItem(0)
    assert row is not None
    assert "คณะกรรมการบริหารงานบุคคล (HR)" in row.toolTip(0)  # by its short name, whole in the tooltip
    assert [row.text(c) for c in range(4)] == [
        "HR",
        "Vice chair",
        "Votes",
        "1 Oct 2025 – 30 Sep 2027",
    ]

    pane.membership_list.setCurrentItem(row)
    dialog = pane.membership_dialog(stored)
    dialog.voting_check.setChecked(False)
    pane.store_membership(dialog.membership())
    settle(runner)
    assert not demo_services.records.get(m.Membership, stored.id).voting

    pane.membership_list.setCurrentItem(pane.membership_list.topLevelItem(0))
    pane.remove_membership()
    settle(runner)
    assert demo_services.records.select(m.Membership, person_id=wichai.id) == []
    assert pane.membership_list.topLevelItemCount() == 0

    history.stack.undo()  # the removal
    settle(runner)
    assert not demo_services.records.get(m.Membership, stored.id).voting
    history.stack.undo()  # the edit
    settle(runner)
    assert demo_services.records.get(m.Membership, stored.id) == stored
    history.stack.undo()  # the addition
    settle(runner)
    assert demo_services.records.select(m.Membership, person_id=wichai.id) == []


def test_the_membership_dialog_refuses_a_term_that_ends_before_it_starts(
    qtbot: QtBot, demo_services: Services
) -> None:
    committees = tuple(demo_services.records.select(m.Committee))
    person = demo_services.records.select(m.Person)[0]
    dialog = MembershipDialog(committees, m.Membership(committees[0].id, person.id))
    qtbot.addWidget(dialog)
    dialog.start_edit.set_value(date(2026, 10, 1))
    dialog.end_edit.set_value(date(2026, 1, 1))
    dialog._accept()
    assert dialog.error.text() == "a membership's term cannot end before it starts"
    assert dialog.result() == 0  # still open


def test_deleting_a_person_named_in_a_meeting_is_refused_and_a_free_one_is_deleted_undoably(
    pane: PeoplePane, demo_services: Services, runner: TaskRunner, history: UndoHistory
) -> None:
    wichai = person_named(demo_services, "วิชัย")  # presents an agenda item
    assert wichai is not None
    pane.select(wichai.id)
    pane.confirm_delete(wichai)
    settle(runner)
    assert "appears in meeting records and cannot be deleted" in pane.current_error()
    assert person_named(demo_services, "วิชัย") == wichai

    free = m.Person("ปรีชา", "ว่างงาน", title="นาย")
    hr = demo_services.records.select(m.Committee, short_name="HR")[0]
    membership = m.Membership(hr.id, free.id)
    demo_services.people.create_person(free, membership)
    pane.reload()
    settle(runner)
    pane.select(free.id)
    pane.confirm_delete(free)
    settle(runner)
    assert person_named(demo_services, "ปรีชา") is None
    assert "นายปรีชา ว่างงาน" not in pane.visible_names()
    history.stack.undo()
    settle(runner)
    assert person_named(demo_services, "ปรีชา") == free
    assert demo_services.records.get(m.Membership, membership.id) == membership


def answer_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press ``button`` in the next question box as soon as it shows; ``seen`` gets its plain text."""

    def poll(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            assert box.textFormat() == Qt.TextFormat.PlainText  # names from the store are never markup
            seen.append(box.text())
            box.button(button).click()
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(500))


def test_deleting_asks_first(pane: PeoplePane, demo_services: Services, runner: TaskRunner) -> None:
    odd = m.Person("<b>ปรีชา</b>", "ว่างงาน", title="นาย")
    demo_services.people.create_person(odd)
    pane.reload()
    settle(runner)
    pane.select(odd.id)
    seen: list[str] = []
    answer_question(QMessageBox.StandardButton.No, seen)
    pane.delete_person()
    settle(runner)
    assert seen == ["Delete นาย<b>ปรีชา</b> ว่างงาน and their memberships?"]
    assert demo_services.records.find(m.Person, odd.id) == odd
    answer_question(QMessageBox.StandardButton.Yes, seen)
    pane.delete_person()
    settle(runner)
    assert demo_services.records.find(m.Person, odd.id) is None


def test_the_list_is_in_thai_dictionary_order(
    pane: PeoplePane, demo_services: Services, runner: TaskRunner
) -> None:
    # SQLite orders by code point, where the leading vowel of เกษม comes after every consonant
    demo_services.people.create_person(m.Person("เกษม", "สุขใจ", title="นาย"))
    demo_services.people.create_person(m.Person("Anna", "Schmidt", title="Dr."))
    pane.reload()
    settle(runner)
    assert pane.visible_names() == [
        "นายเกษม สุขใจ",
        "นายวิชัย มั่นคง",
        "นายสมชาย ใจดี",
        "นางสาวสุดา รักงาน",
        "Dr. Anna Schmidt",
    ]
