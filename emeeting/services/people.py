"""People and committees: the directory, person rules beyond the field rules, and importing people lists.

An import runs in two steps over the same rules: :meth:`PeopleService.preview` checks every row and says
what would happen to it; :meth:`PeopleService.import_rows` checks the rows again against the store as it is
then and stores the good ones in one transaction. A row is refused with its problems (column and reason);
a row naming someone already in the store (same e-mail, or same title and names) or earlier in the file is
reported as a duplicate and not stored twice.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError, ValidationError
from emeeting.domain.thai import BE_OFFSET, TITLE_SUGGESTIONS, from_thai_digits
from emeeting.domain.validation import EMAIL, MAX_FIELD_CHARS, check_person, validate
from emeeting.interop.people_table import Table, read_table
from emeeting.services.records import cascade_delete, insert, replace
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store

# A role as written in a list → the role and whether it votes unless the list says otherwise.
_ROLES: Mapping[str, tuple[m.MemberRole, bool]] = MappingProxyType(
    {
        "ประธาน": (m.MemberRole.CHAIR, True),
        "ประธานกรรมการ": (m.MemberRole.CHAIR, True),
        "รองประธาน": (m.MemberRole.VICE_CHAIR, True),
        "รองประธานกรรมการ": (m.MemberRole.VICE_CHAIR, True),
        "กรรมการ": (m.MemberRole.MEMBER, True),
        "สมาชิก": (m.MemberRole.MEMBER, True),
        "กรรมการและเลขานุการ": (m.MemberRole.SECRETARY, True),
        "กรรมการและผู้ช่วยเลขานุการ": (m.MemberRole.ASSISTANT_SECRETARY, True),
        "เลขานุการ": (m.MemberRole.SECRETARY, False),
        "ผู้ช่วยเลขานุการ": (m.MemberRole.ASSISTANT_SECRETARY, False),
        "chair": (m.MemberRole.CHAIR, True),
        "chairman": (m.MemberRole.CHAIR, True),
        "chairperson": (m.MemberRole.CHAIR, True),
        "vice chair": (m.MemberRole.VICE_CHAIR, True),
        "member": (m.MemberRole.MEMBER, True),
        "secretary": (m.MemberRole.SECRETARY, False),
        "assistant secretary": (m.MemberRole.ASSISTANT_SECRETARY, False),
    }
)
_YES = frozenset({"1", "y", "yes", "true", "x", "✓", "มี", "ใช่", "ได้"})
_NO = frozenset({"0", "n", "no", "false", "-", "ไม่มี", "ไม่", "ไม่ใช่", "ไม่ได้"})
_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _squash(text: str) -> str:
    return " ".join(text.split())


def _role_key(text: str) -> str:
    return _squash(text.replace("-", " ").replace("_", " ")).casefold()


def split_full_name(text: str) -> tuple[str, str, str]:
    """ "นายสมชาย ใจดี" → ("นาย", "สมชาย", "ใจดี"); the longest known title at the start is the title."""
    text = _squash(text)
    title = ""
    for candidate in sorted(TITLE_SUGGESTIONS, key=len, reverse=True):
        if text.startswith(candidate) and len(text) > len(candidate):
            title, text = candidate, text[len(candidate) :].strip()
            break
    first, _, last = text.partition(" ")
    return title, first, last


def parse_role(text: str) -> tuple[m.MemberRole, bool]:
    """A role as written in a list (Thai or English) and whether it votes by default."""
    found = _ROLES.get(_role_key(text))
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{role} is not a known role (chair, vice chair, member, secretary …)"
            ),
            role=text,
        )
    return found


def parse_voting(text: str) -> bool:
    key = text.strip().casefold()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not yes or no"), value=text)


def parse_date(text: str) -> date:
    """2026-01-31, 2569-01-31, 31/01/2569 or 31/1/2026 (Thai digits too); a year after 2400 is BE."""
    plain = from_thai_digits(text.strip())
    if match := _ISO.fullmatch(plain):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.fullmatch(plain):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a date (write 31/01/2569 or 2026-01-31)"), value=text
        )
    if year > 2400:
        year -= BE_OFFSET
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a valid date"), value=text
        ) from None


class RowStatus(StrEnum):
    OK = "ok"  # a new person (and their membership when a committee is chosen)
    NEW_MEMBER = "new_member"  # someone already listed: only their membership in the committee is added
    ERROR = "error"
    DUPLICATE = "duplicate"  # already listed (and already a member), or named again further down


@dataclass(frozen=True)
class RowProblem:
    field: str  # the field of the column at fault; "" for the row as a whole
    error: EmeetingError


@dataclass(frozen=True)
class RowCheck:
    """One row of a list: what it becomes, or why it is left out."""

    row: int  # the row's number in the file, as a spreadsheet shows it
    status: RowStatus
    person: m.Person | None = None
    membership: m.Membership | None = None
    problems: tuple[RowProblem, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    changes: Changes
    people: int
    memberships: int
    rows: tuple[RowCheck, ...]

    @property
    def skipped(self) -> int:
        return sum(1 for r in self.rows if r.status not in IMPORTED)


IMPORTED = frozenset({RowStatus.OK, RowStatus.NEW_MEMBER})  # the statuses of rows that an import stores

# One row of a list: its number in the file and field name → text (fields missing or "" are empty).
Row = tuple[int, Mapping[str, str]]


def _identity(person: m.Person) -> tuple[str, str, str]:
    return (
        _squash(person.title).casefold(),
        _squash(person.first_name).casefold(),
        _squash(person.last_name).casefold(),
    )


def _row_person(values: Mapping[str, str]) -> tuple[m.Person, list[RowProblem]]:
    def get(name: str) -> str:
        return _squash(values.get(name, ""))

    title, first, last = get("title"), get("first_name"), get("last_name")
    if full := get("full_name"):
        full_title, full_first, full_last = split_full_name(full)
        title, first, last = title or full_title, first or full_first, last or full_last
    person = m.Person(
        first,
        last,
        title=title,
        position=get("position"),
        organisation=get("organisation"),
        email=get("email"),
        phone=get("phone"),
    )
    problems: list[RowProblem] = []
    if not first:
        problems.append(
            RowProblem(
                "first_name", ValidationError(QT_TRANSLATE_NOOP("Errors", "a person needs a first name"))
            )
        )
    if not last:
        problems.append(
            RowProblem(
                "last_name", ValidationError(QT_TRANSLATE_NOOP("Errors", "a person needs a last name"))
            )
        )
    for name in ("title", "first_name", "last_name", "position", "organisation", "email", "phone"):
        if len(getattr(person, name)) > MAX_FIELD_CHARS:
            problems.append(
                RowProblem(
                    name,
                    ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "longer than {limit} characters"), limit=MAX_FIELD_CHARS
                    ),
                )
            )
    if person.email and not EMAIL.fullmatch(person.email):
        problems.append(
            RowProblem(
                "email",
                ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{email} is not an e-mail address"), email=person.email
                ),
            )
        )
    return person, problems


def _row_membership(
    values: Mapping[str, str], person: m.Person, committee_id: str | None
) -> tuple[m.Membership | None, list[RowProblem]]:
    problems: list[RowProblem] = []
    role, voting = m.MemberRole.MEMBER, True
    # Role, voting and term are checked even without a committee: a mistake in them is still a mistake.
    if text := _squash(values.get("role", "")):
        try:
            role, voting = parse_role(text)
        except ValidationError as error:
            problems.append(RowProblem("role", error))
    if text := values.get("voting", "").strip():
        try:
            voting = parse_voting(text)
        except ValidationError as error:
            problems.append(RowProblem("voting", error))
    term: dict[str, date | None] = {"term_start": None, "term_end": None}
    for name in term:
        if text := values.get(name, "").strip():
            try:
                term[name] = parse_date(text)
            except ValidationError as error:
                problems.append(RowProblem(name, error))
    if committee_id is None:
        return None, problems
    membership = m.Membership(
        committee_id,
        person.id,
        role=role,
        voting=voting,
        term_start=term["term_start"],
        term_end=term["term_end"],
    )
    if not problems:
        try:
            validate(membership)
        except ValidationError as error:
            problems.append(RowProblem("term_end", error))
    return membership, problems


def check_rows(
    rows: Sequence[Row],
    people: Sequence[m.Person],
    committee_id: str | None,
    members: Collection[str] = (),
) -> list[RowCheck]:
    """Each row's fate against the people already stored (``people``; ``members``: the ids of those who
    are already members of the committee) and the rows above it."""
    by_email = {p.email.casefold(): p for p in people if p.email}
    by_identity = {_identity(p): p for p in people}
    seen_email: dict[str, int] = {}
    seen_identity: dict[tuple[str, str, str], int] = {}
    joining: dict[str, int] = {}  # stored person id → the row that adds their membership
    checks: list[RowCheck] = []
    for number, values in rows:
        person, problems = _row_person(values)
        membership, membership_problems = _row_membership(values, person, committee_id)
        problems += membership_problems
        if not problems:
            try:
                validate(person)
            except ValidationError as error:
                problems.append(RowProblem("", error))
        if problems:
            checks.append(RowCheck(number, RowStatus.ERROR, person, membership, tuple(problems)))
            continue
        email, identity = person.email.casefold(), _identity(person)
        stored, field = (
            (by_email[email], "email")
            if email and email in by_email
            else (by_identity.get(identity), "first_name")
        )
        if stored is not None and stored.id in joining:
            checks.append(
                RowCheck(
                    number, RowStatus.DUPLICATE, stored, None, (_same_as_row(field, joining[stored.id]),)
                )
            )
            continue
        if stored is not None and membership is not None and stored.id not in members:
            joining[stored.id] = number
            note = RowProblem(
                field,
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "already in the list of people as {name}: only made a member"
                    ),
                    name=stored.display_name,
                ),
            )
            joined = dataclasses.replace(membership, person_id=stored.id)
            checks.append(RowCheck(number, RowStatus.NEW_MEMBER, stored, joined, (note,)))
            continue
        duplicate: RowProblem | None = None
        if stored is not None:
            duplicate = _already_stored(field, stored)
        elif email and email in seen_email:
            duplicate = _same_as_row("email", seen_email[email])
        elif identity in seen_identity:
            duplicate = _same_as_row("first_name", seen_identity[identity])
        if duplicate is not None:
            checks.append(RowCheck(number, RowStatus.DUPLICATE, person, membership, (duplicate,)))
            continue
        if email:
            seen_email[email] = number
        seen_identity[identity] = number
        checks.append(RowCheck(number, RowStatus.OK, person, membership))
    return checks


def _already_stored(field: str, existing: m.Person) -> RowProblem:
    return RowProblem(
        field,
        ValidationError(
            QT_TRANSLATE_NOOP("Errors", "already in the list of people as {name}"), name=existing.display_name
        ),
    )


def _same_as_row(field: str, row: int) -> RowProblem:
    return RowProblem(
        field, ValidationError(QT_TRANSLATE_NOOP("Errors", "the same person as row {row}"), row=row)
    )


@dataclass(frozen=True)
class MembershipEntry:
    membership: m.Membership
    committee: m.Committee


@dataclass(frozen=True)
class Directory:
    """Everything the people and committee screens show: live people and committees, and who is in what."""

    people: tuple[m.Person, ...]
    committees: tuple[m.Committee, ...]
    memberships: tuple[m.Membership, ...]
    meeting_counts: Mapping[str, int]  # committee id → live meetings

    def memberships_of(self, person_id: str) -> list[MembershipEntry]:
        committees = {c.id: c for c in self.committees}
        return [
            MembershipEntry(ms, committees[ms.committee_id])
            for ms in self.memberships
            if ms.person_id == person_id and ms.committee_id in committees
        ]

    def member_count(self, committee_id: str) -> int:
        return len({ms.person_id for ms in self.memberships if ms.committee_id == committee_id})


class PeopleService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def directory(self) -> Directory:
        with self._store.read() as repo:
            people = repo.select(m.Person, order_by=("first_name", "last_name"))
            committees = repo.select(m.Committee, order_by=("name",))
            memberships = repo.select(m.Membership)
            counts = {c.id: repo.count(m.Meeting, committee_id=c.id) for c in committees}
        return Directory(tuple(people), tuple(committees), tuple(memberships), MappingProxyType(counts))

    def create_person(self, person: m.Person, *memberships: m.Membership) -> Changes:
        check_person(person)
        with self._store.transaction() as repo:
            return insert(repo, person, *memberships)

    def update_person(self, person: m.Person, *, base: m.Person) -> Changes:
        """Store an edit of ``base``; refused (StaleWriteError) when the person changed since."""
        check_person(person)
        with self._store.transaction() as repo:
            return replace(repo, person, base=base)

    def delete_committee(self, committee_id: str) -> Changes:
        """Delete a committee that has no meetings, with its memberships; one with meetings is refused:
        their record must stay."""
        with self._store.transaction() as repo:
            committee = repo.get(m.Committee, committee_id)
            meetings = repo.count(m.Meeting, committee_id=committee_id)
            if meetings:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{name} has {count} meeting(s) and cannot be deleted; delete them first"
                    ),
                    name=committee.short_name,
                    count=meetings,
                )
            return cascade_delete(repo, m.Committee, [committee_id])

    @staticmethod
    def read_list(path: Path) -> Table:
        """A CSV or XLSX list of people as text rows (RejectedFileError for a file that cannot be read)."""
        return read_table(path)

    def preview(self, rows: Sequence[Row], committee_id: str | None = None) -> list[RowCheck]:
        with self._store.read() as repo:
            return self._checked(repo, rows, committee_id)

    def import_rows(self, rows: Sequence[Row], committee_id: str | None = None) -> ImportResult:
        """Store the good rows (people, and their memberships when a committee is given) in one
        transaction, after checking every row again against the store as it is now."""
        with self._store.transaction() as repo:
            checks = self._checked(repo, rows, committee_id)
            people = [c.person for c in checks if c.status is RowStatus.OK and c.person is not None]
            memberships = [c.membership for c in checks if c.status in IMPORTED and c.membership is not None]
            changes = insert(repo, *people, *memberships) if people or memberships else Changes()
        return ImportResult(changes, len(people), len(memberships), tuple(checks))

    @staticmethod
    def _checked(repo: Repository, rows: Sequence[Row], committee_id: str | None) -> list[RowCheck]:
        members: set[str] = set()
        if committee_id is not None:
            repo.get(m.Committee, committee_id)
            members = {ms.person_id for ms in repo.select(m.Membership, committee_id=committee_id)}
        return check_rows(rows, repo.select(m.Person), committee_id, members)
