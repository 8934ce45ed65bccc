"""A guest invited to present one agenda item gets that item in its place under its headings.

The headings above the item come to the guest as title-only copies: nothing of their body, resolution or
presenter, and a heading of a higher class than the guest may see comes with its number for a title.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from emeeting.cli import main
from emeeting.domain import model as m
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from tests.server.conftest import PASSWORD
from tests.sync.conftest import Desk, Office, attach_bytes, content
from tests.ui.conftest import open_window

HEADING_BODY = {
    "background": "ความเป็นมาภายในของคณะกรรมการ",
    "facts": "ข้อเท็จจริงที่ยังไม่เปิดเผย",
    "legal_basis": "ระเบียบว่าด้วยการพัสดุ",
    "proposal": "เสนอเพื่อพิจารณาอนุมัติงบประมาณ",
    "resolution": "ที่ประชุมมีมติอนุมัติ",
    "duration_minutes": 45,
}


@dataclasses.dataclass
class Presenting:
    heading: m.AgendaItem
    item: m.AgendaItem
    sibling: m.AgendaItem
    document: m.Document
    guest: m.Person


def _present(office: Office, **heading_changes: object) -> Presenting:
    """The secretary fills in section 4 and a sub-item under it that a guest from outside presents."""
    services = office.secretary.services
    heading = next(
        i for i in office.items if i.section is m.AgendaSection.FOR_DECISION and i.parent_id is None
    )
    guest = m.Person("Kanya", "Presenter")
    services.records.create(guest)
    office.live.state.accounts.add_user("kanya", PASSWORD, "member", person_id=guest.id)
    filled = dataclasses.replace(heading, presenter_id=office.people["alice"].id, **HEADING_BODY)
    services.agenda.update(dataclasses.replace(filled, **heading_changes), base=heading)
    sibling = m.AgendaItem(office.meeting.id, "โครงการพัฒนาระบบสารบรรณ", parent_id=heading.id)
    item = m.AgendaItem(
        office.meeting.id, "โครงการจัดซื้อเครื่องคอมพิวเตอร์", parent_id=heading.id, presenter_id=guest.id
    )
    services.agenda.add(sibling)
    services.agenda.add(item)
    document = attach_bytes(services, office.meeting.id, item.id, "presentation.pdf", content("presentation"))
    services.records.create(
        m.Invitation(office.meeting.id, guest.id, role=m.InviteeRole.PRESENTER, item_id=item.id)
    )
    office.secretary.run()
    [heading] = services.records.select(m.AgendaItem, id=heading.id)
    return Presenting(heading, item, sibling, document, guest)


def _show(desk: Desk, office: Office, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["--data-dir", str(desk.services.store.data_dir), "show", office.meeting.id]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_presenter_sees_their_item_under_its_heading_and_nothing_of_the_heading(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    presenting = _present(office)
    guest = office.attendee("kanya")
    guest.run()

    assert {x.id for x in guest.rows(m.AgendaItem)} == {presenting.heading.id, presenting.item.id}
    [heading] = guest.rows(m.AgendaItem, id=presenting.heading.id)
    assert heading.title == presenting.heading.title
    assert (heading.parent_id, heading.position, heading.section) == (None, 3, m.AgendaSection.FOR_DECISION)
    for name in ("background", "facts", "legal_basis", "proposal", "resolution"):
        assert getattr(heading, name) == "", name
    assert heading.presenter_id is None and heading.duration_minutes == 0
    [item] = guest.rows(m.AgendaItem, id=presenting.item.id)
    assert item == dataclasses.replace(presenting.item, position=1, section=m.AgendaSection.FOR_DECISION)
    assert [d.id for d in guest.rows(m.Document)] == [presenting.document.id]

    lines = _show(guest, office, capsys)
    headed = [n for n, line in enumerate(lines) if line.endswith(f" {presenting.heading.title}")]
    assert len(headed) == 1, lines
    below = lines[headed[0] + 1]
    assert below.startswith("  ") and below.endswith(f" {presenting.item.title}"), lines
    assert lines[headed[0] + 2].strip() == "- presentation (1 pages)", lines
    assert guest.services.check() == []

    # Nothing waits for a parent that never comes: the next sync has nothing new and keeps it all.
    report = guest.run()
    assert report.pulled == 0
    assert len(guest.rows(m.AgendaItem)) == 2

    # The secretary's copy of the heading keeps its body.
    [own] = office.secretary.rows(m.AgendaItem, id=presenting.heading.id)
    assert own.background == HEADING_BODY["background"]


def test_the_meeting_screen_shows_the_item_under_its_heading(
    office: Office, qtbot: QtBot, tmp_path: Path
) -> None:
    presenting = _present(office)
    guest = office.attendee("kanya")
    guest.run()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    languages = LanguageSwitcher(settings)
    languages.install("en")
    runner = TaskRunner()
    try:
        window = open_window(qtbot, guest.services, runner, ChangeBus(), languages, settings)
        window.navigator.select_meeting(office.meeting.id)
        qtbot.waitUntil(lambda: window.workspace.meeting_id == office.meeting.id, timeout=10_000)
        [(heading_number, heading_title), (item_number, item_title)] = window.workspace.agenda_rows()
        assert (heading_title, item_title) == (presenting.heading.title, presenting.item.title)
        assert item_number.startswith(f"{heading_number}.")
        runner.wait_idle(10_000)
    finally:
        runner.shutdown()
        languages.uninstall()


def test_a_heading_of_a_higher_class_comes_with_its_number_only(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    presenting = _present(office, secrecy=m.Secrecy.CONFIDENTIAL)
    guest = office.attendee("kanya")
    guest.run()

    [heading] = guest.rows(m.AgendaItem, id=presenting.heading.id)
    assert heading.title == "4"  # its number on the secretary's agenda, not its title
    assert heading.secrecy is m.Secrecy.NORMAL and heading.proposal == ""
    lines = _show(guest, office, capsys)
    assert not any(presenting.heading.title in line for line in lines)
    assert any(line.startswith("  ") and line.endswith(presenting.item.title) for line in lines), lines


def test_a_heading_moved_above_the_item_follows_it(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    presenting = _present(office)
    guest = office.attendee("kanya")
    guest.run()
    other = next(i for i in office.items if i.section is m.AgendaSection.OTHER and i.parent_id is None)
    office.secretary.services.agenda.move(presenting.item.id, other.id, 0)
    office.secretary.run()

    guest.run()
    assert {x.id for x in guest.rows(m.AgendaItem)} == {other.id, presenting.item.id}
    [item] = guest.rows(m.AgendaItem, id=presenting.item.id)
    assert item.parent_id == other.id
    assert guest.services.check() == []


def test_a_guest_cannot_change_a_heading_it_received(office: Office, tmp_path: Path) -> None:
    presenting = _present(office)
    guest = office.attendee("kanya")
    guest.run()
    [heading] = guest.rows(m.AgendaItem, id=presenting.heading.id)
    guest.services.agenda.update(dataclasses.replace(heading, title="หัวข้อที่แขกแก้"), base=heading)

    report = guest.run()

    assert report.conflicts == 1  # the edit is kept aside as a conflict copy, the heading back as it came
    assert guest.rows(m.AgendaItem, id=heading.id) == [heading]
    other_pc = office.attendee("somsri", name="secretary-laptop")
    other_pc.run()
    [server_copy] = other_pc.rows(m.AgendaItem, id=heading.id)
    assert server_copy.title == presenting.heading.title
    assert server_copy.background == HEADING_BODY["background"]


def test_the_heading_follows_the_secretarys_edits_and_leaves_with_the_item(office: Office) -> None:
    presenting = _present(office)
    guest = office.attendee("kanya")
    guest.run()
    services = office.secretary.services
    renamed = dataclasses.replace(presenting.heading, title="เรื่องเสนอเพื่อพิจารณา (แก้ไข)", proposal="ใหม่")
    services.agenda.update(renamed, base=presenting.heading)
    office.secretary.run()

    guest.run()
    [heading] = guest.rows(m.AgendaItem, id=presenting.heading.id)
    assert (heading.title, heading.proposal) == (renamed.title, "")

    services.agenda.remove(presenting.item.id)
    office.secretary.run()
    guest.run()
    assert guest.rows(m.AgendaItem) == []
    assert guest.services.check() == []
