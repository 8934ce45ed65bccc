"""Field rules: every date and time of every entity must lie in a plausible range of years."""

from __future__ import annotations

import dataclasses
import typing
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.domain.kinds import RECORDS
from emeeting.domain.validation import FIRST_YEAR, LAST_YEAR, validate

BANGKOK = timezone(timedelta(hours=7))
START = datetime(2026, 3, 10, 9, 30, tzinfo=BANGKOK)

# One valid example of each entity that has date or time fields.
EXAMPLES: tuple[object, ...] = (
    m.Membership("c", "p", term_start=date(2025, 10, 1), term_end=date(2027, 9, 30)),
    m.Meeting("c", 1, 2569, "ประชุม", START, end=START, notice_sent_at=START),
    m.Invitation("mt", "p", arrived_at=START, left_at=START),
    m.ActionItem("mt", "ติดตาม", due=date(2026, 4, 30)),
    m.Minutes("mt", started_at=START, ended_at=START, certified_at=START),
    m.Vote("mt", "i", "เห็นชอบหรือไม่", opened_at=START, closed_at=START),
)


def date_fields(cls: type) -> list[str]:
    hints = typing.get_type_hints(cls)
    return [
        f.name
        for f in dataclasses.fields(cls)
        if {date, datetime} & {hints[f.name], *typing.get_args(hints[f.name])}
    ]


def test_the_examples_cover_every_date_field_of_every_entity() -> None:
    covered = {type(e) for e in EXAMPLES}
    assert covered == {row.cls for row in RECORDS if row.synced and date_fields(row.cls)}


CASES = [(example, name) for example in EXAMPLES for name in date_fields(type(example))]


@pytest.mark.parametrize(("example", "name"), CASES, ids=[f"{type(e).__name__}.{n}" for e, n in CASES])
@pytest.mark.parametrize("year", [1, 999, FIRST_YEAR - 1, LAST_YEAR + 1, 9999])
def test_an_implausible_year_is_refused_in_every_field(example: object, name: str, year: int) -> None:
    value = getattr(example, name)
    entity = dataclasses.replace(example, **{name: value.replace(year=year)})  # type: ignore[type-var]
    with pytest.raises(ValidationError, match=f"{name.replace('_', ' ')}: the year {year} is not between"):
        validate(entity)


@pytest.mark.parametrize("example", EXAMPLES, ids=[type(e).__name__ for e in EXAMPLES])
@pytest.mark.parametrize(("year", "month", "day"), [(FIRST_YEAR, 1, 1), (LAST_YEAR, 12, 31)])
def test_the_first_and_last_plausible_years_are_accepted(
    example: object, year: int, month: int, day: int
) -> None:
    edges = {
        name: getattr(example, name).replace(year=year, month=month, day=day)
        for name in date_fields(type(example))
    }
    validate(dataclasses.replace(example, **edges))  # type: ignore[type-var]


def test_the_year_is_the_one_the_value_was_given_in() -> None:
    """1 January 1900, 00.30 in Bangkok is still 1899 in UTC: the year as entered is what counts."""
    new_year = datetime(FIRST_YEAR, 1, 1, 0, 30, tzinfo=BANGKOK)
    meeting = EXAMPLES[1]
    validate(dataclasses.replace(meeting, start=new_year, end=None))  # type: ignore[type-var]
    with pytest.raises(ValidationError, match="meeting start: the year 1899"):
        validate(dataclasses.replace(meeting, start=new_year.astimezone(UTC), end=None))  # type: ignore[type-var]
