"""Importing people lists through the dialog: real CSV and XLSX files with bad rows, the preview, the
import of the good rows only, and undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.directory.people_import import NAME, PROBLEMS, ROW, STATUS, PeopleImportDialog
from emeeting.ui.shell.i18n import LanguageSwitcher
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.ui.context_helpers import ui_context

THAI_HEADER = ["ลำดับ", "คำนำหน้า", "ชื่อ", "นามสกุล", "ตำแหน่ง", "หน่วยงาน", "อีเมล", "บทบาท"]
THAI_ROWS = [
    ["1", "นาย", "ธนา", "พัฒนา", "ผู้อำนวยการกอง", "กรมบัญชีกลาง", "thana@example.go.th", "รองประธาน"],
    ["2", "นาง", "มาลี", "ศรีสุข", "นักวิชาการ", "กรมบัญชีกลาง", "malee@", "กรรมการ"],  # bad e-mail
    ["3", "นาย", "", "ไร้ชื่อ", "", "", "", "กรรมการ"],  # no first name
    ["4", "นาย", "สมชาย", "ใจดี", "", "", "", "กรรมการ"],  # already stored, but not in HR: made a member
    ["5", "ดร.", "อรุณ", "แสงทอง", "ที่ปรึกษา", "มหาวิทยาลัย", "arun@example.ac.th", "เหรัญญิก"],  # unknown role
    ["6", "นางสาว", "ปรียา", "ดีงาม", "นักวิเคราะห์", "สำนักงบประมาณ", "", "เลขานุการ"],
    ["7", "นาย", "ธนา", "พัฒนา", "", "", "THANA@example.go.th", "กรรมการ"],  # row 2 again
]


@pytest.fixture
def history(runner: TaskRunner, bus: ChangeBus, services: Services) -> UndoHistory:
    return UndoHistory(runner, bus, services.steps)


@pytest.fixture
def hr(demo_services: Services) -> m.Committee:
    return demo_services.records.select(m.Committee, short_name="HR")[0]


@pytest.fixture
def dialog(
    qtbot: QtBot,
    demo_services: Services,
    runner: TaskRunner,
    bus: ChangeBus,
    history: UndoHistory,
    settings: QSettings,
) -> Iterator[PeopleImportDialog]:
    importer = PeopleImportDialog(ui_context(demo_services, runner, bus, history, settings))
    qtbot.addWidget(importer)
    importer.show()
    assert runner.wait_idle(10_000)
    yield importer
    runner.wait_idle(10_000)


def load(dialog: PeopleImportDialog, runner: TaskRunner, path: Path) -> None:
    dialog.load_file(path)
    assert runner.wait_idle(10_000)


def preview(dialog: PeopleImportDialog) -> list[tuple[str, str, str, str]]:
    """(row number, status, name, problems) as the preview table shows them."""
    table = dialog.preview_table
    return [
        tuple(table.item(r, c).text() for c in (ROW, STATUS, NAME, PROBLEMS))  # type: ignore[misc]
        for r in range(table.rowCount())
    ]


def people(services: Services) -> dict[str, m.Person]:
    return {p.first_name: p for p in services.records.select(m.Person)}


def test_a_thai_csv_with_bad_rows_imports_only_the_good_ones(
    dialog: PeopleImportDialog,
    demo_services: Services,
    runner: TaskRunner,
    history: UndoHistory,
    hr: m.Committee,
    tmp_path: Path,
) -> None:
    path = tmp_path / "รายชื่อกรรมการ.csv"
    path.write_bytes("\r\n".join(",".join(r) for r in [THAI_HEADER, *THAI_ROWS]).encode("cp874"))
    load(dialog, runner, path)
    assert dialog.mapping() == {
        "title": 1,
        "first_name": 2,
        "last_name": 3,
        "position": 4,
        "organisation": 5,
        "email": 6,
        "role": 7,
    }
    dialog.set_committee(hr.id)
    assert runner.wait_idle(10_000)
    assert preview(dialog) == [
        ("2", "Ready", "นายธนา พัฒนา", ""),
        ("3", "Error", "นางมาลี ศรีสุข", "อีเมล: malee@ is not an e-mail address"),
        ("4", "Error", "นาย ไร้ชื่อ", "ชื่อ: a person needs a first name"),
        (
            "5",
            "Member only",
            "นายสมชาย ใจดี",
            "ชื่อ: already in the list of people as นายสมชาย ใจดี: only made a member",
        ),
        (
            "6",
            "Error",
            "ดร.อรุณ แสงทอง",
            "บทบาท: เหรัญญิก is not a known role (chair, vice chair, member, secretary …)",
        ),
        ("7", "Ready", "นางสาวปรียา ดีงาม", ""),
        ("8", "Duplicate", "นายธนา พัฒนา", "อีเมล: the same person as row 2"),
    ]
    assert dialog.summary_label.text() == (
        "7 row(s) in the file. New: 2; already listed, only made members: 1; with errors: 3; duplicates: 1."
    )
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 3 row(s)"

    before = set(people(demo_services))
    dialog.import_good_rows()
    assert runner.wait_idle(10_000)
    assert dialog.import_result is not None
    assert (dialog.import_result.people, dialog.import_result.memberships) == (2, 3)
    assert not dialog.isVisible()  # done: the dialog closed
    stored = people(demo_services)
    assert set(stored) - before == {"ธนา", "ปรียา"}
    assert stored["ธนา"].organisation == "กรมบัญชีกลาง"
    roles = {
        ms.person_id: (ms.role, ms.voting)
        for ms in demo_services.records.select(m.Membership, committee_id=hr.id)
    }
    assert roles == {
        stored["ธนา"].id: (m.MemberRole.VICE_CHAIR, True),
        stored["ปรียา"].id: (m.MemberRole.SECRETARY, False),
        stored["สมชาย"].id: (m.MemberRole.MEMBER, True),
    }

    history.stack.undo()  # the whole import is one step
    assert runner.wait_idle(10_000)
    assert set(people(demo_services)) == before
    assert demo_services.records.select(m.Membership, committee_id=hr.id) == []
    history.stack.redo()
    assert runner.wait_idle(10_000)
    assert people(demo_services)["ธนา"] == stored["ธนา"]


def test_an_xlsx_with_english_headers_a_column_mapped_by_hand_and_a_duplicate_inside_the_file(
    dialog: PeopleImportDialog, demo_services: Services, runner: TaskRunner, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Full name", "E-mail", "Organization", "Mobile no.", "Role"])
    sheet.append(["Dr. Anna Schmidt", "anna@example.org", "GIZ", 812345678, "Member"])
    sheet.append(["Mr. Ben Ito", "ben at example", "JICA", None, "member"])
    sheet.append(["Ms. Anna Schmidt", "ANNA@example.org", "GIZ", None, None])  # the same e-mail as row 2
    sheet.append([None, "nobody@example.org", None, None, None])
    sheet.append(["Mrs. Carla Diaz", "carla@example.org", "UNDP", None, "observer"])
    sheet.append(["Prof. Dan Lee", None, "ADB", None, "Chairperson"])
    book.save(tmp_path / "guests.xlsx")
    load(dialog, runner, tmp_path / "guests.xlsx")
    assert dialog.mapping() == {"full_name": 0, "email": 1, "organisation": 2, "role": 4}
    dialog.set_mapping(3, "phone")  # "Mobile no." is not a header the dialog knows
    assert runner.wait_idle(10_000)
    assert preview(dialog) == [
        ("2", "Ready", "Dr. Anna Schmidt", ""),
        ("3", "Error", "Mr. Ben Ito", "E-mail: ben at example is not an e-mail address"),
        ("4", "Duplicate", "Ms. Anna Schmidt", "E-mail: the same person as row 2"),
        (
            "5",
            "Error",
            "",
            "Full name: a person needs a first name\nFull name: a person needs a last name",
        ),
        (
            "6",
            "Error",
            "Mrs. Carla Diaz",
            "Role: observer is not a known role (chair, vice chair, member, secretary …)",
        ),
        ("7", "Ready", "Prof. Dan Lee", ""),
    ]
    dialog.import_good_rows()
    assert runner.wait_idle(10_000)
    anna = people(demo_services)["Anna"]
    assert (anna.title, anna.last_name, anna.organisation, anna.phone) == (
        "Dr.",
        "Schmidt",
        "GIZ",
        "812345678",
    )
    assert "Ben" not in people(demo_services) and "Carla" not in people(demo_services)
    assert people(demo_services)["Dan"].organisation == "ADB"
    assert demo_services.records.select(m.Membership, person_id=anna.id) == []  # no committee chosen


def test_a_broken_file_is_refused_in_one_line_and_nothing_can_be_imported(
    dialog: PeopleImportDialog, runner: TaskRunner, tmp_path: Path
) -> None:
    broken = tmp_path / "people.xlsx"
    broken.write_bytes(b"PK\x03\x04 a damaged download")
    load(dialog, runner, broken)
    assert dialog.file_error.isVisible()
    assert dialog.file_error.text() == "people.xlsx is not a valid XLSX file"
    assert dialog.preview_table.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_without_a_name_column_the_dialog_says_which_column_it_needs(
    dialog: PeopleImportDialog, runner: TaskRunner, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Nombre,Correo\nAna,ana@example.org\n", encoding="utf-8")
    load(dialog, runner, path)
    assert dialog.mapping() == {}
    assert "Choose the column that holds the first names" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_mapping(0, "first_name")
    dialog.set_mapping(1, "email")
    assert runner.wait_idle(10_000)
    assert preview(dialog) == [("2", "Error", "Ana", "Last name: a person needs a last name")]


def test_the_preview_follows_a_language_switch(
    dialog: PeopleImportDialog, runner: TaskRunner, languages: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("ชื่อ,นามสกุล\n,ไร้ชื่อ\n", encoding="utf-8")
    load(dialog, runner, path)
    assert preview(dialog)[0][3] == "ชื่อ: กรุณาระบุชื่อของบุคคล"  # the Thai of an error message
    languages.set_language("en")
    assert preview(dialog)[0][3] == "ชื่อ: a person needs a first name"
