"""Field rules every entity must satisfy before it is stored, whoever stores it."""

from __future__ import annotations

import dataclasses
import json
import math
import re
from datetime import date
from typing import Any

from emeeting.domain import model as m
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.kinds import KIND_OF

# Plausible years for every date and time a user or a package can give. Far outside this range a value is a
# typo or crafted, and near year 1 or 9999 a time zone shift would leave what Python can represent.
FIRST_YEAR = 1900
LAST_YEAR = 2200
# A person's text fields hold any real name, position or organisation within this many characters.
MAX_FIELD_CHARS = 200
# The reason given with a reply to an invitation: written by the attendee, read by everyone in the meeting.
MAX_REASON_CHARS = 1000
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
# An annotation's bounds: what a reader's hand can make on a page, with room to spare; beyond them a value
# is damaged or crafted, and would cost every reader it is synced to.
MAX_ANNOTATION_TEXT = 10_000
MAX_ANNOTATION_QUOTE = 4_000
MAX_GEOMETRY_CHARS = 256 * 1024
MAX_RECTANGLES = 500
MAX_STROKES = 500
MAX_INK_POINTS = 20_000
MAX_PAGE = 100_000
# PDF user space is at most 14,400 points in either direction.
MAX_COORDINATE = 14_400.0
COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def plausible_year(value: date) -> bool:
    """Whether a date or datetime lies in FIRST_YEAR..LAST_YEAR."""
    return FIRST_YEAR <= value.year <= LAST_YEAR


def _is_fraction(num: int, den: int) -> bool:
    return 0 < num <= den


def _dates_in_range(entity: object) -> None:
    # One rule for every date and datetime field of every entity (datetime is a date subclass).
    if not dataclasses.is_dataclass(entity):
        return
    for f in dataclasses.fields(entity):
        value = getattr(entity, f.name)
        if isinstance(value, date) and not plausible_year(value):
            kind = KIND_OF.get(type(entity), type(entity).__name__).replace("_", " ")
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{kind} {field}: the year {year} is not between {first} and {last}"
                ),
                kind=kind,
                field=f.name.replace("_", " "),
                year=value.year,
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )


def validate(entity: object) -> None:
    """Raise ValidationError with one clear line when the entity breaks a field rule."""
    _dates_in_range(entity)
    match entity:
        case m.Committee():
            if not entity.name.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a committee needs a name"))
            if not entity.short_name.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a committee needs a short name"))
            if ":" in entity.short_name:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "a committee's short name cannot contain ':'")
                )
            if not _is_fraction(entity.quorum_num, entity.quorum_den):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the quorum must be a fraction between 0 and 1 (got {num}/{den})"
                    ),
                    num=entity.quorum_num,
                    den=entity.quorum_den,
                )
            if not _is_fraction(entity.reconvened_quorum_num, entity.reconvened_quorum_den):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the reconvened quorum must be a fraction between 0 and 1 (got {num}/{den})"
                    ),
                    num=entity.reconvened_quorum_num,
                    den=entity.reconvened_quorum_den,
                )
            if entity.language not in ("th", "en"):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a committee's language is th or en"))
        case m.Person():
            if not entity.first_name.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a person needs a first name"))
        case m.Membership():
            if (
                entity.term_start is not None
                and entity.term_end is not None
                and entity.term_start > entity.term_end
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "a membership's term cannot end before it starts")
                )
        case m.Meeting():
            if entity.number < 1:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a meeting number starts at 1"))
            if not 2400 <= entity.year_be <= 2800:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{year} is not a Buddhist Era year"), year=entity.year_be
                )
            if not entity.title.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a meeting needs a title"))
            if entity.start.tzinfo is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a meeting's start needs a time zone"))
            if entity.end is not None and entity.end < entity.start:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a meeting cannot end before it starts"))
        case m.AgendaItem():
            if not entity.title.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "an agenda item needs a title"))
            if entity.duration_minutes < 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "an agenda item's duration cannot be negative")
                )
            if entity.parent_id == entity.id:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "an agenda item cannot contain itself"))
        case m.Document():
            if not entity.name.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a document needs a name"))
            if entity.size < 0:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a document's size cannot be negative"))
        case m.Invitation():
            if entity.substitute_for_id == entity.person_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "a person cannot substitute for themselves")
                )
            if (
                entity.arrived_at is not None
                and entity.left_at is not None
                and entity.arrived_at > entity.left_at
            ):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a person cannot leave before arriving"))
            if len(entity.rsvp_reason) > MAX_REASON_CHARS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the reason given with a reply has at most {limit} characters"
                    ),
                    limit=MAX_REASON_CHARS,
                )
        case m.Vote():
            if not entity.question.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a vote needs a question"))
            if min(entity.votes_for, entity.votes_against, entity.abstentions) < 0:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "vote counts start at 0"))
            if entity.rule is m.VoteRule.CUSTOM and not _is_fraction(entity.custom_num, entity.custom_den):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the vote's threshold must be a fraction between 0 and 1 (got {num}/{den})"
                    ),
                    num=entity.custom_num,
                    den=entity.custom_den,
                )
        case m.Dissent():
            if not entity.reasons.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a dissent needs its reasons"))
        case m.ActionItem():
            if not entity.title.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "an action item needs a title"))
        case m.Annotation():
            _check_annotation(entity)
        case _:
            pass


class _BadGeometry(Exception):
    """Raised inside the geometry check; worded once, as one ValidationError, by its caller."""


def _point(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(
            isinstance(v, int | float)
            and not isinstance(v, bool)
            and math.isfinite(v)
            and -MAX_COORDINATE <= v <= MAX_COORDINATE
            for v in value
        )
    )


def _refuse_constant(name: str) -> float:
    raise ValueError(name)


def _check_geometry(shape: m.AnnotationShape, geometry: str) -> None:
    """The shape's geometry: JSON of the form ``model.Annotation`` describes, bounded in size."""
    if len(geometry) > MAX_GEOMETRY_CHARS:
        raise _BadGeometry
    try:
        value = json.loads(geometry, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise _BadGeometry from None
    match shape:
        case m.AnnotationShape.HIGHLIGHT | m.AnnotationShape.UNDERLINE:
            if not isinstance(value, list) or not 1 <= len(value) <= MAX_RECTANGLES:
                raise _BadGeometry
            for rect in value:
                if not (
                    isinstance(rect, list)
                    and len(rect) == 4
                    and _point(rect[:2])
                    and _point(rect[2:])
                    and rect[0] <= rect[2]
                    and rect[1] <= rect[3]
                ):
                    raise _BadGeometry
        case m.AnnotationShape.INK:
            if not isinstance(value, list) or not 1 <= len(value) <= MAX_STROKES:
                raise _BadGeometry
            if not all(isinstance(stroke, list) and stroke for stroke in value):
                raise _BadGeometry
            if sum(len(stroke) for stroke in value) > MAX_INK_POINTS:
                raise _BadGeometry
            if not all(_point(point) for stroke in value for point in stroke):
                raise _BadGeometry
        case m.AnnotationShape.STICKY:
            if not _point(value):
                raise _BadGeometry
        case m.AnnotationShape.ITEM_NOTE:
            if value != []:
                raise _BadGeometry


def _check_annotation(note: m.Annotation) -> None:
    if not note.owner.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "an annotation needs its owner"))
    if not 0 <= note.page <= MAX_PAGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "an annotation's page is between 0 and {limit}"), limit=MAX_PAGE
        )
    if not COLOR.fullmatch(note.color):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "an annotation's colour is written #rrggbb, not {color}"),
            color=note.color[:20],
        )
    if len(note.text) > MAX_ANNOTATION_TEXT or len(note.quote) > MAX_ANNOTATION_QUOTE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "an annotation's note has at most {text} characters and its quote at most {quote}"
            ),
            text=MAX_ANNOTATION_TEXT,
            quote=MAX_ANNOTATION_QUOTE,
        )
    if len(note.author) > MAX_FIELD_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} is longer than {limit} characters"),
            field="author",
            limit=MAX_FIELD_CHARS,
        )
    if note.shape is m.AnnotationShape.ITEM_NOTE:
        if note.item_id is None or note.document_id is not None or note.sha256:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "a note on an agenda item names the item and no paper")
            )
        if not note.text.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a note on an agenda item needs its text"))
    elif note.document_id is None or not m.is_sha256(note.sha256):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "a mark on a paper names the document and the version it was made on")
        )
    try:
        _check_geometry(note.shape, note.geometry)
    except _BadGeometry:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the position of the annotation on its page is not well-formed, or has too many points",
            )
        ) from None


def check_person(person: m.Person) -> None:
    """The field rules plus what a person's contact details must look like; ValidationError if broken."""
    validate(person)
    for name in ("title", "first_name", "last_name", "position", "organisation", "email", "phone"):
        if len(getattr(person, name)) > MAX_FIELD_CHARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{field} is longer than {limit} characters"),
                field=name.replace("_", " "),
                limit=MAX_FIELD_CHARS,
            )
    if person.email and not EMAIL.fullmatch(person.email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{email} is not an e-mail address"), email=person.email
        )
