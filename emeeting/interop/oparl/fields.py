"""The package format's vocabulary: its constants, the fields it carries where, the strict readers of JSON
values, and what a package holds (:class:`MeetingPackage`)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Final, TypeVar

from emeeting.domain.certification import CERTIFY_ACTION
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.kinds import MEETING_RECORD, Kind
from emeeting.domain.model import (
    ActionItem,
    AuditEvent,
    Ballot,
    Dissent,
    Invitation,
    ItemNote,
    Meeting,
    MeetingBundle,
    MinutesEntry,
    MinutesVersion,
    Recusal,
    Vote,
    is_sha256,
)
from emeeting.domain.validation import FIRST_YEAR, LAST_YEAR, plausible_year

FORMAT: Final = "emeeting-oparl"
FORMAT_VERSION: Final = 3
# Version 1 packages lack the minutes versions and the audit trail; version 2 packages lack the meeting's
# recording link and a vote's opening and closing times (VERSION_3_FIELDS). Both are still read.
READABLE_VERSIONS: Final = (1, 2, 3)
FILES_PREFIX: Final = "files/"
_OPARL: Final = "https://schema.oparl.org/1.1/"
_URN: Final = "urn:uuid:"
EXT: Final = "emeeting:ext"
# Integers beyond what JSON numbers carry exactly (2**53) are no count, size or position of ours, and SQLite
# could not store the larger ones anyway.
_MAX_INT: Final = 2**53

# Domain fields kept in the "emeeting:ext" object of an OParl entity.
COMMITTEE_EXT: Final = (
    "quorum_num",
    "quorum_den",
    "reconvened_quorum_num",
    "reconvened_quorum_den",
    "numbering",
    "agenda_template",
    "default_secrecy",
    "language",
)
PERSON_EXT: Final = ("position", "organisation")
MEETING_EXT: Final = (
    "number",
    "year_be",
    "online_link",
    "mode",
    "secrecy",
    "urgency",
    "notice_sent_at",
    "reconvened",
    "recording_link",
)
ITEM_EXT: Final = (
    "parent_id",
    "position",
    "section",
    "presenter_id",
    "background",
    "facts",
    "legal_basis",
    "proposal",
    "duration_minutes",
    "secrecy",
)
# The fields that came with format version 3, by class: a package of an earlier version has none of them
# (they take their defaults) and may not carry them.
VERSION_3_FIELDS: Final[dict[type, frozenset[str]]] = {
    Meeting: frozenset({"recording_link"}),
    Vote: frozenset({"opened_at", "closed_at"}),
}
DOCUMENT_EXT: Final = ("sha256", "position", "page_count", "secrecy")
# Integer fields that must be at least 1 (denominators); all other integers must be at least 0.
POSITIVE_INTS: Final = frozenset({"quorum_den", "reconvened_quorum_den", "custom_den"})

# Meeting-level lists of entities OParl has no counterpart for: JSON key, class, bundle attribute.
EXT_LISTS: Final[tuple[tuple[str, type, str], ...]] = (
    ("emeeting:recusal", Recusal, "recusals"),
    ("emeeting:invitation", Invitation, "invitations"),
    ("emeeting:vote", Vote, "votes"),
    ("emeeting:ballot", Ballot, "ballots"),
    ("emeeting:dissent", Dissent, "dissents"),
    ("emeeting:actionItem", ActionItem, "actions"),
    ("emeeting:minutesEntry", MinutesEntry, "minutes_entries"),
)

VERSIONS_KEY: Final = "emeeting:minutesVersion"
NOTES_KEY: Final = "emeeting:itemNote"
AUDIT_KEY: Final = "emeeting:auditEvent"
# The audit event fields that travel: what happened. A store's own bookkeeping of its trail stays home.
AUDIT_FIELDS: Final = ("at", "actor", "action", "entity_kind", "entity_id", "summary", "id")
# What a meeting's audit trail may name: the meeting and the kinds of record in it (people, committees and
# memberships have a history of their own, which is not the meeting's).
ENTITY_KINDS: Final = frozenset(row.kind for row in MEETING_RECORD) - {
    Kind.COMMITTEE,
    Kind.PERSON,
    Kind.MEMBERSHIP,
    Kind.AUDIT_EVENT,
}
# The actions emeeting records in a trail; anything else in a package was not written by emeeting.
AUDIT_ACTIONS: Final = frozenset(
    {"create", "update", "delete", "restore", "move", CERTIFY_ACTION, "amend", "import"}
)
# The longest actor and summary an event may carry: an edit records at most 1000 characters per value.
MAX_ACTOR_CHARS: Final = 1000
MAX_SUMMARY_CHARS: Final = 100_000
# A trail this much longer than the record it is about is refused (a generous bound: a busy meeting's
# trail holds a few events per record).
EVENTS_PER_RECORD: Final = 100
EVENTS_BASE: Final = 1000


@dataclasses.dataclass(frozen=True)
class MeetingPackage:
    """What a package carries: the meeting with everything it refers to, the notes taken on its items
    (what its minutes were drafted from), the frozen versions of its certified minutes (number order) and
    the audit trail of the meeting and everything in it (the order it happened)."""

    bundle: MeetingBundle
    item_notes: tuple[ItemNote, ...] = ()
    minutes_versions: tuple[MinutesVersion, ...] = ()
    audit_events: tuple[AuditEvent, ...] = ()


_T = TypeVar("_T")
_E = TypeVar("_E", bound=Enum)
_D = TypeVar("_D", bound=date)


def urn(value: str) -> str:
    return _URN + value


def oparl(kind: str) -> str:
    return _OPARL + kind


def all_but_meeting_id(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.name != "meeting_id")


def where(path: str) -> str:
    """Where in the package a problem is, for the "{where}: …" messages: ``meeting.json: a.b[2].c``."""
    return f"meeting.json: {path}" if path else "meeting.json"


def show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "an object" if isinstance(value, dict) else "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def as_str(value: object, path: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: expected a string, got {kind}"),
            where=where(path),
            kind=_kind(value),
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # JSON's "\ud800" escapes give lone surrogates, which are no text
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{where}: not valid Unicode (a lone surrogate at character {position})"
            ),
            where=where(path),
            position=exc.start,
        ) from None
    return value


def as_int(value: object, path: str, minimum: int = 0) -> int:
    if type(value) is not int:  # bool is an int subclass, and 1.0 is not an integer here
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: expected an integer, got {kind} {value}"),
            where=where(path),
            kind=_kind(value),
            value=show(value),
        )
    if value < minimum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: must be at least {minimum}, got {value}"),
            where=where(path),
            minimum=minimum,
            value=show(value),
        )
    if value > _MAX_INT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: must be at most {limit}, got a number of {digits} digits"),
            where=where(path),
            limit=_MAX_INT,
            digits=len(str(value)),
        )
    return value


def as_bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: expected true or false, got {kind} {value}"),
            where=where(path),
            kind=_kind(value),
            value=show(value),
        )
    return value


def as_urn(value: object, path: str) -> str:
    text = as_str(value, path)
    if not text.startswith(_URN):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: expected an id of the form urn:uuid:<uuid>, got {value}"),
            where=where(path),
            value=show(text),
        )
    raw = text[len(_URN) :]
    try:
        canonical = str(uuid.UUID(raw))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: invalid UUID {value}"), where=where(path), value=show(raw)
        ) from None
    if canonical != raw:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: UUID {value} is not in canonical lowercase form"),
            where=where(path),
            value=show(raw),
        )
    return raw


def as_sha256(value: object, path: str, *, allow_empty: bool = False) -> str:
    text = as_str(value, path)
    if not (allow_empty and text == "") and not is_sha256(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{where}: expected a SHA-256 as 64 lowercase hex digits, got {value}"
            ),
            where=where(path),
            value=show(text),
        )
    return text


def as_enum(value: object, path: str, cls: type[_E]) -> _E:
    text = as_str(value, path)
    try:
        return cls(text)
    except ValueError:
        allowed = ", ".join(str(e.value) for e in cls)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: {value} is not one of: {allowed}"),
            where=where(path),
            value=show(text),
            allowed=allowed,
        ) from None


def _in_range(parsed: _D, text: str, path: str) -> _D:
    if not plausible_year(parsed):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: {value} is not between the years {first} and {last}"),
            where=where(path),
            value=show(text),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return parsed


def as_date(value: object, path: str) -> date:
    text = as_str(value, path)
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: invalid ISO date {value}"),
            where=where(path),
            value=show(text),
        ) from None
    return _in_range(parsed, text, path)


def as_datetime(value: object, path: str) -> datetime:
    text = as_str(value, path)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: invalid ISO datetime {value}"),
            where=where(path),
            value=show(text),
        ) from None
    if parsed.utcoffset() is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: datetime {value} has no UTC offset"),
            where=where(path),
            value=show(text),
        )
    return _in_range(parsed, text, path)


def as_list(value: object, path: str) -> list[tuple[object, str]]:
    if not isinstance(value, list):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: expected a list, got {kind}"),
            where=where(path),
            kind=_kind(value),
        )
    return [(v, f"{path}[{n}]") for n, v in enumerate(value)]


class Obj:
    """A JSON object being read: typed access by key, messages with the path, unknown keys refused."""

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, dict):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{where}: expected an object, got {kind}"),
                where=where(path),
                kind=_kind(value),
            )
        self.path = path
        self._data: dict[str, object] = value
        self._unread = set(value)

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        return key in self._data

    def get(self, key: str) -> object:
        if key not in self._data:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{where}: missing key {key}"),
                where=where(self.path),
                key=repr(key),
            )
        self._unread.discard(key)
        return self._data[key]

    def read(self, key: str, conv: Callable[[object, str], _T]) -> _T:
        return conv(self.get(key), self.at(key))

    def read_opt(self, key: str, conv: Callable[[object, str], _T]) -> _T | None:
        """An optional OParl property: absent means None."""
        return self.read(key, conv) if key in self._data else None

    def text(self, key: str) -> str:
        return self.read(key, as_str)

    def urn(self, key: str) -> str:
        return self.read(key, as_urn)

    def obj(self, key: str) -> Obj:
        return Obj(self.get(key), self.at(key))

    def objects(self, key: str) -> list[Obj]:
        return [Obj(v, p) for v, p in as_list(self.get(key), self.at(key))]

    def urns(self, key: str) -> list[str]:
        return [as_urn(v, p) for v, p in as_list(self.get(key), self.at(key))]

    def expect(self, key: str, expected: object) -> None:
        value = self.get(key)
        if value != expected or type(value) is not type(expected):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{where}: expected {expected}, got {value}"),
                where=where(self.at(key)),
                expected=show(expected),
                value=show(value),
            )

    def finish(self) -> None:
        if self._unread:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{where}: unknown key {key}"),
                where=where(self.path),
                key=repr(sorted(self._unread)[0]),
            )
