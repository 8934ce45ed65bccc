"""A guest, presenter or substitute who is not in the directory yet is entered right in the Invitees tab's
dialogs, checked like the People dialog checks people, and stored with their invitation as one step that
Edit ▸ Undo takes back whole."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.directory.people_pane import PeopleDialog, PeoplePane
from emeeting.ui.directory.person_form import PersonForm
from emeeting.ui.meeting.invitees_pane import ITEM, GuestDialog, SubstituteDialog
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.shell.main_window import MainWindow
from tests.ui.test_invitees import names, open_invitees
from tests.ui.workspace_helpers import answer_dialog, step


def fill_form(form: PersonForm, **fields: str) -> None:
    form.title_combo.setEditText(fields.get("title", ""))
    form.first_edit.setText(fields.get("first", ""))
    form.last_edit.setText(fields.get("last", ""))
    form.position_edit.setText(fields.get("position", ""))
    form.organisation_edit.setText(fields.get("organisation", ""))
    form.email_edit.setText(fields.get("email", ""))
    form.phone_edit.setText(fields.get("phone", ""))


def label_of(form: PersonForm, field: QWidget) -> str:
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    label = layout.labelForField(field)
    assert isinstance(label, QLabel)
    return label.text()


def ok_enabled(dialog: GuestDialog | SubstituteDialog) -> bool:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    return ok.isEnabled()


def open_people(qtbot: QtBot, window: MainWindow) -> PeoplePane:
    window.menus.people_action.trigger()
    dialog = window.findChild(PeopleDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.pane.visible_names()), timeout=10_000)
    return dialog.pane


def step_seen_by_people(
    qtbot: QtBot, window: MainWindow, people: PeoplePane, action: Callable[[], object]
) -> list[str]:
    """Do ``action`` and return the People directory's names once it has read the store again."""
    with qtbot.waitSignal(people.loaded, timeout=10_000):
        step(qtbot, window, action)
    return people.visible_names()


def invitations(services: Services, meeting_id: str) -> list[m.Invitation]:
    return services.records.select(m.Invitation, meeting_id=meeting_id)


def test_a_new_presenter_is_stored_and_invited_in_one_step_that_undo_takes_back_whole(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id, pane = open_invitees(qtbot, window, demo_services)
    people = open_people(qtbot, window)
    assert "นางวิไล ศรีสุข" not in people.visible_names()
    item_41 = next(e.item for e in demo_services.meetings.view(meeting_id).agenda if e.number == "4.1")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, GuestDialog)
        assert not dialog.choice.form.isVisibleTo(dialog)  # someone in the list, until asked otherwise
        dialog.choice.new_radio.click()
        assert dialog.choice.form.isVisibleTo(dialog) and not dialog.person_combo.isEnabled()
        assert not ok_enabled(dialog)  # nothing typed yet
        fill_form(
            dialog.choice.form,
            title="นาง",
            first="วิไล",
            last=" ศรีสุข ",
            position="ผู้อำนวยการกองระบบการคลัง",
            organisation="กรมบัญชีกลาง",
            email="wilai@cgd.go.th",
            phone="02 127 7000",
        )
        assert ok_enabled(dialog) and not dialog.choice.form.error.isVisibleTo(dialog)
        dialog.role_combo.set_value(m.InviteeRole.PRESENTER)
        dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(item_41.id))

    answer_dialog(fill)
    listed = step_seen_by_people(qtbot, window, people, pane.guest_button.click)
    assert "นางวิไล ศรีสุข" in listed
    assert names(pane) == [("นางวิไล ศรีสุข", "ผู้นำเสนอ", "")]
    assert pane.table.item(0, ITEM).text() == f"4.1 {item_41.title}"  # type: ignore[union-attr]
    (invitation,) = invitations(demo_services, meeting_id)
    assert (invitation.role, invitation.item_id) == (m.InviteeRole.PRESENTER, item_41.id)
    person = demo_services.records.get(m.Person, invitation.person_id)
    assert (person.title, person.first_name, person.last_name, person.organisation, person.email) == (
        "นาง",
        "วิไล",
        "ศรีสุข",
        "กรมบัญชีกลาง",
        "wilai@cgd.go.th",
    )
    assert window.history.stack.count() == 1

    # Edit ▸ Undo: the invitation and the person go
    listed = step_seen_by_people(qtbot, window, people, window.history.stack.undo)
    assert "นางวิไล ศรีสุข" not in listed
    assert invitations(demo_services, meeting_id) == [] and pane.table.rowCount() == 0
    assert demo_services.records.find(m.Person, person.id) is None

    listed = step_seen_by_people(qtbot, window, people, window.history.stack.redo)  # both come back
    assert "นางวิไล ศรีสุข" in listed
    assert invitations(demo_services, meeting_id) == [invitation]
    assert demo_services.records.get(m.Person, person.id) == person
    assert names(pane) == [("นางวิไล ศรีสุข", "ผู้นำเสนอ", "")]


def test_a_new_person_without_a_first_name_or_with_a_bad_e_mail_is_refused_and_nothing_is_stored(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id, pane = open_invitees(qtbot, window, demo_services)
    before = demo_services.records.select(m.Person)
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, GuestDialog)
        dialog.choice.new_radio.click()
        form = dialog.choice.form
        fill_form(form, title="นาย", last="ไม่มีชื่อ", email="nobody@example.org")
        seen.append(form.error.text())
        assert form.error.isVisibleTo(dialog) and not ok_enabled(dialog)
        dialog.accept()  # refused: the dialog stays open with the message
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted

        fill_form(form, title="นาย", first="มีชื่อ", last="ไม่มีชื่อ", email="nobody@example")
        seen.append(form.error.text())
        assert not ok_enabled(dialog)
        dialog.accept()
        assert dialog.isVisible()

        form.email_edit.setText("nobody@example.org")
        assert ok_enabled(dialog) and not form.error.isVisibleTo(dialog)

    answer_dialog(fill, accept=False)
    pane.guest_button.click()
    assert window.history.runner.wait_idle(10_000)
    assert seen == ["กรุณาระบุชื่อของบุคคล", "nobody@example ไม่ใช่ที่อยู่อีเมล"]
    assert demo_services.records.select(m.Person) == before
    assert invitations(demo_services, meeting_id) == []
    assert window.history.stack.count() == 0


def test_a_member_sends_a_new_person_as_substitute_in_one_undoable_step(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    meeting_id, pane = open_invitees(qtbot, window, demo_services)
    step(qtbot, window, pane.invite_button.click)
    pane.table.selectRow(0)  # the chair

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SubstituteDialog)
        dialog.choice.new_radio.click()
        fill_form(dialog.choice.form, title="นาย", first="ประสิทธิ์", last="ทำดี", position="รองผู้อำนวยการ")

    answer_dialog(fill)
    step(qtbot, window, pane.substitute_button.click)
    assert names(pane) == [
        ("นายสมชาย ใจดี", "กรรมการ", "ส่ง นายประสิทธิ์ ทำดี มาแทน"),
        ("นายประสิทธิ์ ทำดี", "กรรมการ", "แทน นายสมชาย ใจดี"),
        ("นางสาวสุดา รักงาน", "กรรมการ", ""),
    ]
    deputy = next(p for p in demo_services.records.select(m.Person) if p.first_name == "ประสิทธิ์")
    assert deputy.position == "รองผู้อำนวยการ"
    chair = next(i for i in pane.invitations() if i.rsvp is m.Rsvp.SUBSTITUTE)

    step(qtbot, window, window.history.stack.undo)
    assert demo_services.records.find(m.Person, deputy.id) is None
    assert [i.rsvp for i in pane.invitations()] == [m.Rsvp.PENDING, m.Rsvp.PENDING]
    assert len(invitations(demo_services, meeting_id)) == 2

    step(qtbot, window, window.history.stack.redo)
    assert demo_services.records.get(m.Person, deputy.id) == deputy
    assert demo_services.records.get(m.Invitation, chair.id).rsvp is m.Rsvp.SUBSTITUTE
    assert [n for n, _, _ in names(pane)][1] == "นายประสิทธิ์ ทำดี"


def test_the_new_person_choice_reads_in_the_ui_language(
    qtbot: QtBot, demo_services: Services, languages: LanguageSwitcher
) -> None:
    view = demo_services.meetings.view(demo_services.meetings.resolve("ICT:3/2569").id)
    people = demo_services.records.select(m.Person)
    dialog = GuestDialog(people, view)
    qtbot.addWidget(dialog)
    form = dialog.choice.form
    th = QCoreApplication.translate
    labels = [label_of(form, form.title_combo), label_of(form, form.first_edit)]
    assert (dialog.choice.new_radio.text(), labels) == (
        th("PersonChoice", "A new person"),
        [th("PersonForm", "Title:"), th("PersonForm", "First name:")],
    )
    languages.set_language("en")
    labels = [label_of(form, form.title_combo), label_of(form, form.first_edit)]
    assert (dialog.choice.existing_radio.text(), dialog.choice.new_radio.text(), labels) == (
        "Someone already in the list",
        "A new person",
        ["Title:", "First name:"],
    )
    assert form.title_combo.toolTip() == "Choose a title or rank, or type another"

    everyone_invited = GuestDialog([], view)  # nobody left to pick: a new person is the only choice
    qtbot.addWidget(everyone_invited)
    assert everyone_invited.choice.new_radio.isChecked()
    assert not everyone_invited.choice.existing_radio.isEnabled()


def test_an_e_mail_address_someone_listed_already_has_is_refused(
    qtbot: QtBot, languages: LanguageSwitcher
) -> None:
    listed = m.Person("สมศรี", "มีอีเมล", title="นาง", email="somsri@example.org")
    form = PersonForm([listed])
    qtbot.addWidget(form)
    fill_form(form, first="สมศรี", last="อีกคน", email="SomSri@Example.org")
    languages.set_language("en")
    assert form.problem() == "นางสมศรี มีอีเมล already has the e-mail address SomSri@Example.org."
    form.email_edit.setText("somsri2@example.org")
    assert form.problem() == ""
