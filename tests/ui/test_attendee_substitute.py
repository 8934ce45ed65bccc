"""The attendee's "My answer" dialog names who attends in the member's place: a person of the committee's
roll, chosen from it; the next sync sends it and the secretary's store shows the substitute. Another
answer afterwards takes the substitute back. A real server on 127.0.0.1 and the real dialog."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.ui.sync.sync_dialog import AttendeeDialog
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.sync.conftest import Office, live, office  # noqa: F401

WAIT = 15_000


def _dialog(qtbot: QtBot, desk, where: Office, runner: TaskRunner, bus: ChangeBus) -> AttendeeDialog:
    person_id = desk.sync.person_id()
    assert person_id == where.people["alice"].id
    dialog = AttendeeDialog(desk.sync, runner, bus, where.meeting.id, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.rsvp_combo.count() > 0, timeout=WAIT)
    return dialog


def _substitutes(desk, where: Office) -> list[m.Invitation]:
    return [
        i
        for i in desk.services.records.select(m.Invitation, meeting_id=where.meeting.id)
        if i.substitute_for_id == where.people["alice"].id
    ]


def test_a_member_names_a_person_of_the_roll_in_her_place(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    runner: TaskRunner,
    bus: ChangeBus,
) -> None:
    secretary = office.secretary
    deputy = m.Person("ชัยวัฒน์", "แทนกัน", title="นาย", position="รองผู้อำนวยการ")
    secretary.services.records.create(deputy, m.Membership(office.committee.id, deputy.id))
    secretary.run()
    alice = office.attendee("alice")
    alice.run()

    dialog = _dialog(qtbot, alice, office, runner, bus)
    choice = dialog.substitute_choice
    assert choice is not None and not choice.isVisible()  # asked only with that answer
    dialog.rsvp_combo.setCurrentIndex(dialog.rsvp_combo.findData(m.Rsvp.SUBSTITUTE.value))
    assert choice.isVisible() and choice.existing_radio.isChecked()
    roll = [choice.person_combo.itemData(i) for i in range(choice.person_combo.count())]
    # The roll without herself and those invited already (Bob).
    assert deputy.id in roll and office.people["alice"].id not in roll and office.people["bob"].id not in roll
    choice.person_combo.set_person(deputy.id)
    dialog.reason_edit.setText("ติดราชการต่างจังหวัด")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    alice.run()
    secretary.run()
    sent = _substitutes(secretary, office)
    assert [(i.person_id, i.role, i.rsvp) for i in sent] == [
        (deputy.id, m.InviteeRole.MEMBER, m.Rsvp.ACCEPTED)
    ]
    own = secretary.services.records.get(m.Invitation, office.invitations["alice"].id)
    assert (own.rsvp, own.rsvp_reason) == (m.Rsvp.SUBSTITUTE, "ติดราชการต่างจังหวัด")

    # She can attend after all: the substitute is taken back, on the secretary's computer too.
    again = _dialog(qtbot, alice, office, runner, bus)
    assert again.substitute_choice is not None
    assert again.substitute_choice.person_combo.person_id() == deputy.id
    again.rsvp_combo.setCurrentIndex(again.rsvp_combo.findData(m.Rsvp.ACCEPTED.value))
    with qtbot.waitSignal(again.saved, timeout=WAIT):
        again.save()
    alice.run()
    secretary.run()
    assert _substitutes(secretary, office) == []
    own = secretary.services.records.get(m.Invitation, office.invitations["alice"].id)
    assert own.rsvp is m.Rsvp.ACCEPTED
    runner.wait_idle(10_000)


def test_a_new_person_needs_a_name_before_the_answer_is_saved(
    qtbot: QtBot,
    office: Office,  # noqa: F811
    runner: TaskRunner,
    bus: ChangeBus,
) -> None:
    alice = office.attendee("alice")
    alice.run()
    dialog = _dialog(qtbot, alice, office, runner, bus)
    dialog.rsvp_combo.setCurrentIndex(dialog.rsvp_combo.findData(m.Rsvp.SUBSTITUTE.value))
    choice = dialog.substitute_choice
    assert choice is not None
    choice.new_radio.setChecked(True)
    dialog.save()  # no name yet: nothing is stored, the problem is shown
    assert choice.form.error.isVisible()
    assert alice.services.records.get(m.Invitation, office.invitations["alice"].id).rsvp is m.Rsvp.PENDING
    assert _substitutes(alice, office) == []
    runner.wait_idle(10_000)
