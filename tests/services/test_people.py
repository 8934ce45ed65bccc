"""People lists: each row checked with its reasons, good rows stored in one go, duplicates never doubled."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import NotFoundError, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.services.container import Services
from emeeting.services.people import (
    ImportResult,
    RowCheck,
    RowStatus,
    parse_date,
    parse_role,
    split_full_name,
)

FIELDS = ("title", "first_name", "last_name", "email", "role")


@pytest.fixture
def dev(services: Services) -> m.Committee:
    """A committee with its chair, and Anna, who is in no committee but has an e-mail address."""
    committee = m.Committee("คณะกรรมการพัฒนาระบบ", "DEV")
    chair = m.Person("สมชาย", "ใจดี", title="นาย")
    anna = m.Person("Anna", "Schmidt", email="anna@example.org")
    services.records.create(
        committee, chair, anna, m.Membership(committee.id, chair.id, role=m.MemberRole.CHAIR)
    )
    return committee


def rows(*lines: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows as the import dialog hands them over: numbered from 2 (row 1 is the header)."""
    return [(n, dict(zip(FIELDS, line, strict=False))) for n, line in enumerate(lines, start=2)]


def problems(check: RowCheck) -> list[tuple[str, str]]:
    return [(p.field, str(p.error)) for p in check.problems]


def test_the_preview_gives_each_row_its_status_and_reasons(services: Services, dev: m.Committee) -> None:
    listed = rows(
        ("นาย", "ธนา", "พัฒนา", "thana@example.go.th", "กรรมการ"),
        ("นาง", "มาลี", "ศรีสุข", "malee@", "กรรมการ"),
        ("นาย", "", "ไร้ชื่อ", "", ""),
        ("นาย", "สมชาย", "ใจดี", "", "ประธาน"),  # DEV's chair, already stored
        ("นาย", "ธนา", "พัฒนา", "", ""),  # row 2 again
        ("Dr.", "Ben", "Ito", "ben@example.org", "treasurer"),
    )
    before = services.people.directory()
    checks = services.people.preview(listed, dev.id)
    assert [c.status for c in checks] == [
        RowStatus.OK,
        RowStatus.ERROR,
        RowStatus.ERROR,
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.ERROR,
    ]
    assert [c.row for c in checks] == [2, 3, 4, 5, 6, 7]
    assert problems(checks[1]) == [("email", "malee@ is not an e-mail address")]
    assert problems(checks[2]) == [("first_name", "a person needs a first name")]
    assert problems(checks[3]) == [("first_name", "already in the list of people as นายสมชาย ใจดี")]
    assert problems(checks[4]) == [("first_name", "the same person as row 2")]
    assert problems(checks[5]) == [
        ("role", "treasurer is not a known role (chair, vice chair, member, secretary …)")
    ]
    assert services.people.directory() == before  # a preview stores nothing


def test_importing_stores_only_the_good_rows_with_their_memberships(
    services: Services, dev: m.Committee, snapshot
) -> None:
    listed = rows(
        ("นาย", "ธนา", "พัฒนา", "thana@example.go.th", "รองประธาน"),
        ("นาง", "มาลี", "ศรีสุข", "malee@", ""),
        ("นางสาว", "ปรียา", "ดีงาม", "", "เลขานุการ"),
        ("", "Anna", "Schmidt", "ANNA@example.org", ""),
    )
    listed[2][1]["voting"] = ""
    outcome: list[ImportResult] = []
    _, imported = services.steps.record(
        lambda: outcome.append(services.people.import_rows(listed, dev.id)) or outcome[0].changes
    )
    result = outcome[0]
    assert (result.people, result.memberships, result.skipped) == (2, 3, 1)
    added = {p.first_name: p for p in services.records.select(m.Person)}
    assert "มาลี" not in added
    assert added["ธนา"].email == "thana@example.go.th"
    memberships = {ms.person_id: ms for ms in services.records.select(m.Membership, committee_id=dev.id)}
    assert memberships[added["ธนา"].id].role is m.MemberRole.VICE_CHAIR
    assert memberships[added["ธนา"].id].voting
    assert memberships[added["ปรียา"].id].role is m.MemberRole.SECRETARY
    assert not memberships[added["ปรียา"].id].voting  # a secretary who is not also a member has no vote
    # Anna is already stored (her e-mail in other capitals) but in no committee: not doubled, made a member
    assert result.rows[3].status is RowStatus.NEW_MEMBER
    assert problems(result.rows[3]) == [
        ("email", "already in the list of people as Anna Schmidt: only made a member")
    ]
    assert [p.first_name for p in services.records.select(m.Person, first_name="Anna")] == ["Anna"]
    assert memberships[added["Anna"].id].role is m.MemberRole.MEMBER
    assert result.changes.concerns(Kind.PERSON, [added["ธนา"].id])

    # the same list again doubles nobody
    state = snapshot()
    again = services.people.import_rows(listed, dev.id)
    assert (again.people, again.memberships) == (0, 0)
    assert [c.status for c in again.rows] == [
        RowStatus.DUPLICATE,
        RowStatus.ERROR,
        *[RowStatus.DUPLICATE] * 2,
    ]
    assert snapshot() == state

    # undoing the first import takes exactly what it added, Anna's membership too, and Anna stays
    _, undone = services.steps.undo(imported)
    assert {p.first_name for p in services.records.select(m.Person)} == {"สมชาย", "Anna"}
    assert [ms.person_id for ms in services.records.select(m.Membership, committee_id=dev.id)] == [
        added["สมชาย"].id
    ]
    services.steps.redo(undone)
    assert {p.first_name: p for p in services.records.select(m.Person)} == added
    assert sorted(services.records.select(m.Membership), key=lambda ms: ms.id) == sorted(
        memberships.values(), key=lambda ms: ms.id
    )


def test_someone_listed_twice_is_made_a_member_once(services: Services, dev: m.Committee) -> None:
    listed = rows(
        ("", "Anna", "Schmidt", "", "กรรมการ"), ("", "Anna", "Schmidt", "anna@example.org", "ประธาน")
    )
    checks = services.people.preview(listed, dev.id)
    assert [c.status for c in checks] == [RowStatus.NEW_MEMBER, RowStatus.DUPLICATE]
    assert problems(checks[1]) == [("email", "the same person as row 2")]


def test_without_a_committee_only_people_are_stored(services: Services, dev: m.Committee) -> None:
    result = services.people.import_rows(rows(("นาย", "ธนา", "พัฒนา", "", "")))
    assert (result.people, result.memberships) == (1, 0)


def test_voting_dates_and_full_names(services: Services, dev: m.Committee) -> None:
    listed = [
        (
            2,
            {
                "full_name": "ว่าที่ร้อยตรีวีระ กล้าหาญ",
                "voting": "ไม่มี",
                "term_start": "1/10/2568",
                "term_end": "2569-09-30",
            },
        ),
        (3, {"full_name": "ผศ.ดร.อรุณ แสงทอง", "term_start": "๑/๑๐/๒๕๖๘"}),
        (4, {"first_name": "ก", "last_name": "ข", "voting": "maybe", "term_start": "31/02/2569"}),
        (5, {"first_name": "ค", "last_name": "ง", "term_start": "2026-10-01", "term_end": "2026-01-01"}),
    ]
    checks = services.people.preview(listed, dev.id)
    first = checks[0]
    assert first.status is RowStatus.OK and first.person is not None and first.membership is not None
    assert (first.person.title, first.person.first_name, first.person.last_name) == (
        "ว่าที่ร้อยตรี",
        "วีระ",
        "กล้าหาญ",
    )
    assert (first.membership.voting, first.membership.term_start, first.membership.term_end) == (
        False,
        date(2025, 10, 1),
        date(2026, 9, 30),
    )
    assert checks[1].person is not None and checks[1].person.title == "ผศ.ดร."
    assert checks[1].membership is not None and checks[1].membership.term_start == date(2025, 10, 1)
    assert problems(checks[2]) == [
        ("voting", "maybe is not yes or no"),
        ("term_start", "31/02/2569 is not a valid date"),
    ]
    assert problems(checks[3]) == [("term_end", "a membership's term cannot end before it starts")]


def test_the_parsers_on_their_own() -> None:
    assert split_full_name("นางสาวสุดา  รักงาน") == ("นางสาว", "สุดา", "รักงาน")
    assert split_full_name("นางมาลี ศรีสุข") == ("นาง", "มาลี", "ศรีสุข")
    assert split_full_name("Dr. Anna Maria Schmidt") == ("Dr.", "Anna", "Maria Schmidt")
    assert parse_role("Vice-Chair") == (m.MemberRole.VICE_CHAIR, True)
    assert parse_role("กรรมการและเลขานุการ") == (m.MemberRole.SECRETARY, True)
    assert parse_date("2026-1-5") == date(2026, 1, 5)
    with pytest.raises(ValidationError, match="is not a date"):
        parse_date("next week")


def test_an_unknown_committee_is_refused(services: Services, dev: m.Committee) -> None:
    with pytest.raises(NotFoundError):
        services.people.import_rows(rows(("นาย", "ธนา", "พัฒนา", "", "")), "no-such-committee")
    assert not any(p.first_name == "ธนา" for p in services.records.select(m.Person))


def test_people_are_checked_before_they_are_stored(services: Services, dev: m.Committee, snapshot) -> None:
    state = snapshot()
    with pytest.raises(ValidationError, match="not an e-mail address"):
        services.people.create_person(m.Person("ธนา", "พัฒนา", email="thana at example"))
    with pytest.raises(ValidationError, match="longer than 200"):
        services.people.create_person(m.Person("ธนา", "พัฒนา", position="x" * 201))
    assert snapshot() == state
    person = m.Person("ธนา", "พัฒนา")
    services.people.create_person(person, m.Membership(dev.id, person.id))
    with pytest.raises(ValidationError, match="a person needs a first name"):
        services.people.update_person(m.Person("", "พัฒนา", id=person.id), base=person)
    assert services.people.directory().memberships_of(person.id)[0].committee == dev


def test_a_committee_with_meetings_is_not_deleted(services: Services, dev: m.Committee) -> None:
    services.meetings.create(dev.id, "ประชุม", datetime(2026, 3, 1, 3, tzinfo=UTC), template="th")
    with pytest.raises(ValidationError, match="DEV has 1 meeting"):
        services.people.delete_committee(dev.id)
    empty = m.Committee("คณะทำงานชั่วคราว", "TMP")
    services.records.create(empty)
    services.people.delete_committee(empty.id)
    assert [c.short_name for c in services.people.directory().committees] == ["DEV"]
