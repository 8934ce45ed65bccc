"""Field rules every entity must satisfy before it is stored, whoever stores it."""

from __future__ import annotations

import dataclasses
from datetime import date

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError

# Plausible years for every date and time a user or a package can give. Far outside this range a value is a
# typo or crafted, and near year 1 or 9999 a time zone shift would leave what Python can represent.
FIRST_YEAR = 1900
LAST_YEAR = 2200


def plausible_year(value: date) -> bool:
    """Whether a date or datetime lies in FIRST_YEAR..LAST_YEAR."""
    return FIRST_YEAR <= value.year <= LAST_YEAR


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValidationError(message)


def _fraction(num: int, den: int, what: str) -> None:
    _require(0 < num <= den, f"{what} must be a fraction between 0 and 1 (got {num}/{den})")


def _dates_in_range(entity: object) -> None:
    # One rule for every date and datetime field of every entity (datetime is a date subclass).
    if not dataclasses.is_dataclass(entity):
        return
    for f in dataclasses.fields(entity):
        value = getattr(entity, f.name)
        if isinstance(value, date) and not plausible_year(value):
            kind = m.ENTITY_KIND.get(type(entity), type(entity).__name__).replace("_", " ")
            raise ValidationError(
                f"{kind} {f.name.replace('_', ' ')}: the year {value.year} is not between "
                f"{FIRST_YEAR} and {LAST_YEAR}"
            )


def validate(entity: object) -> None:
    """Raise ValidationError with one clear line when the entity breaks a field rule."""
    _dates_in_range(entity)
    match entity:
        case m.Committee():
            _require(bool(entity.name.strip()), "a committee needs a name")
            _require(bool(entity.short_name.strip()), "a committee needs a short name")
            _require(":" not in entity.short_name, "a committee's short name cannot contain ':'")
            _fraction(entity.quorum_num, entity.quorum_den, "the quorum")
            _fraction(entity.reconvened_quorum_num, entity.reconvened_quorum_den, "the reconvened quorum")
            _require(entity.language in ("th", "en"), "a committee's language is th or en")
        case m.Person():
            _require(bool(entity.first_name.strip()), "a person needs a first name")
        case m.Membership():
            _require(
                entity.term_start is None or entity.term_end is None or entity.term_start <= entity.term_end,
                "a membership's term cannot end before it starts",
            )
        case m.Meeting():
            _require(entity.number >= 1, "a meeting number starts at 1")
            _require(2400 <= entity.year_be <= 2800, f"{entity.year_be} is not a Buddhist Era year")
            _require(bool(entity.title.strip()), "a meeting needs a title")
            _require(entity.start.tzinfo is not None, "a meeting's start needs a time zone")
            _require(
                entity.end is None or entity.end >= entity.start, "a meeting cannot end before it starts"
            )
        case m.AgendaItem():
            _require(bool(entity.title.strip()), "an agenda item needs a title")
            _require(entity.duration_minutes >= 0, "an agenda item's duration cannot be negative")
            _require(entity.parent_id != entity.id, "an agenda item cannot contain itself")
        case m.Document():
            _require(bool(entity.name.strip()), "a document needs a name")
            _require(entity.size >= 0, "a document's size cannot be negative")
        case m.Invitation():
            _require(
                entity.substitute_for_id != entity.person_id, "a person cannot substitute for themselves"
            )
            _require(
                entity.arrived_at is None or entity.left_at is None or entity.arrived_at <= entity.left_at,
                "a person cannot leave before arriving",
            )
        case m.Vote():
            _require(bool(entity.question.strip()), "a vote needs a question")
            _require(
                min(entity.votes_for, entity.votes_against, entity.abstentions) >= 0, "vote counts start at 0"
            )
            if entity.rule is m.VoteRule.CUSTOM:
                _fraction(entity.custom_num, entity.custom_den, "the vote's threshold")
        case m.Dissent():
            _require(bool(entity.reasons.strip()), "a dissent needs its reasons")
        case m.ActionItem():
            _require(bool(entity.title.strip()), "an action item needs a title")
        case _:
            pass
