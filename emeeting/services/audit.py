"""Reading the audit trail: who did what, when, and what each edit changed (old → new), with the state
of the hash chain that guards it (storage.audit_chain).

An edit's audit event records ``{field: [old, new]}`` as JSON in its summary (see ``change_summary``);
events recorded before that list the changed field names only, and are shown as such.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from emeeting.domain import model as m
from emeeting.domain.certification import changed_values
from emeeting.domain.kinds import RECORDS, Kind
from emeeting.storage.audit_chain import BreakKind, ChainReport, Link
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store

# A value longer than this is cut in the trail (with "…"): a trail entry says what changed, the record
# itself holds the whole text.
MAX_VALUE_CHARS = 1000

# What names an entity in the trail, by kind: its own field, or a person or agenda item it refers to.
_LABEL_FIELDS = ("title", "question", "name", "short_name")
_NAMED_BY = ("person_id", "item_id", "minutes_id", "vote_id")


def _plain(value: Any) -> Any:
    """A field value as JSON keeps it (times in UTC ISO form, with their zone)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
        return value[:MAX_VALUE_CHARS] + "…"
    return value


# Characters that would move the cursor, clear the screen or reorder a line when the trail is shown
# (control characters, bidirectional overrides): a trail that arrived in a package may hold any text.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` as one line that shows what it holds: control characters written as escapes (``\\n``,
    ``\\x1b``), so that no value in the trail fakes a line of its own or repaints the screen."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def change_summary(previous: Any, current: Any) -> str:
    """The audit summary of an edit: ``{field: [old, new]}`` for every field that changed, as JSON."""
    changes = {
        f.name: [_plain(getattr(previous, f.name)), _plain(getattr(current, f.name))]
        for f in dataclasses.fields(current)
        if getattr(previous, f.name) != getattr(current, f.name)
    }
    return json.dumps(changes, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class FieldChange:
    """One field of an edit: its values as text (references by name, "–" for none), times as times for the
    reader to write in local time."""

    field: str
    old: str | datetime
    new: str | datetime


@dataclass(frozen=True)
class AuditEntry:
    seq: int  # the event's place in the chain (what `emeeting check` names)
    at: datetime
    actor: str
    action: str  # create / update / delete / restore / move / certify …
    kind: str  # entity kind, e.g. "agenda_item"
    entity_id: str
    label: str  # what the entity is called (its title, question, person …), "" when it has no name
    changes: tuple[FieldChange, ...]  # old → new, for edits recorded with their values
    note: str  # the summary when it is not a list of values (older events: the changed field names)
    suspect: bool  # the chain says this event was changed or does not link to the one before it


@dataclass(frozen=True)
class AuditTrail:
    entries: tuple[AuditEntry, ...]  # in the order they happened
    chain: ChainReport  # the whole store's chain: a break anywhere casts doubt on every entry
    # For a meeting: each frozen minutes version's number with the chain's head kept when it was frozen.
    anchors: tuple[tuple[int, Link], ...] = ()


def _shown(value: str | datetime) -> str | datetime:
    """A field's value on one line: its own line breaks (a resolution's paragraphs) as spaces, any other
    control character escaped."""
    return printable(" ".join(value.split())) if isinstance(value, str) else value


def _value(value: Any, names: Mapping[str, str]) -> str | datetime:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str):
        if names.get(value):
            return names[value]
        if len(value) >= 19 and value[4] == "-" and value[10] == "T":
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            if moment.tzinfo is not None:
                return moment
        return value
    return str(value)


def _label(entity: Any, names: Mapping[str, str]) -> str:
    if isinstance(entity, m.Meeting):
        return f"{entity.label} {entity.title}"
    if isinstance(entity, m.Person):
        return entity.display_name
    if isinstance(entity, m.MinutesVersion):
        return f"#{entity.number}"
    if isinstance(entity, m.Minutes):
        return names.get(entity.meeting_id, "")  # a meeting has one minutes: named by the meeting
    for name in _LABEL_FIELDS:
        if isinstance(value := getattr(entity, name, None), str) and value:
            return value
    for name in _NAMED_BY:
        if isinstance(value := getattr(entity, name, None), str) and value in names:
            return names[value]
    return ""


class AuditService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def trail(self, meeting_id: str | None = None) -> AuditTrail:
        """The whole store's trail, or a meeting's: the meeting and everything that is or was in it."""
        with self._store.read() as repo:
            if meeting_id is not None:
                repo.get(m.Meeting, meeting_id)  # a clear "not found"
            links = repo.audit_links(meeting_id)
            chain = repo.verify_audit_chain()
            names = _names(repo, [event for _seq, event in links])
            anchors = _anchors(repo, meeting_id) if meeting_id is not None else ()
        suspects = {
            b.seq
            for b in chain.breaks
            if b.kind in (BreakKind.ALTERED, BreakKind.RELINKED, BreakKind.FOREIGN)
        }
        entries = []
        for seq, event in links:
            values = changed_values(event.summary)
            changes = tuple(
                FieldChange(printable(name), _shown(_value(old, names)), _shown(_value(new, names)))
                for name, (old, new) in (values or {}).items()
            )
            entries.append(
                AuditEntry(
                    seq=seq,
                    at=event.at,
                    actor=printable(event.actor),
                    action=printable(event.action),
                    kind=printable(event.entity_kind),
                    entity_id=printable(event.entity_id),
                    label=printable(names.get(event.entity_id, "")),
                    changes=changes,
                    note="" if values is not None else printable(event.summary),
                    suspect=seq in suspects,
                )
            )
        return AuditTrail(tuple(entries), chain, anchors)


def _anchors(repo: Repository, meeting_id: str) -> tuple[tuple[int, Link], ...]:
    minutes = repo.select(m.Minutes, meeting_id=meeting_id)
    versions = repo.select(m.MinutesVersion, minutes_id=[x.id for x in minutes], order_by=("number",))
    return tuple(
        (version.number, link) for version in versions if (link := repo.audit_anchor(version.id)) is not None
    )


def _names(repo: Repository, events: Sequence[m.AuditEvent]) -> dict[str, str]:
    """Entity id → its label, for every entity the events name and every person, item, vote or minutes
    those entities or their edits refer to (deleted ones too: the trail outlives them)."""
    classes: dict[str, type] = {row.kind: row.cls for row in RECORDS if row.kind is not Kind.AUDIT_EVENT}
    wanted: dict[type, set[str]] = {}
    for event in events:
        if (cls := classes.get(event.entity_kind)) is not None:
            wanted.setdefault(cls, set()).add(event.entity_id)
    entities: list[Any] = []
    for cls, ids in wanted.items():
        entities += repo.including_deleted(cls, ids)
    # What the entities and the edits' values refer to, named first: the entities' labels use them.
    referred: dict[type, set[str]] = {}
    for entity in entities:
        for name in _NAMED_BY:
            if isinstance(value := getattr(entity, name, None), str):
                referred.setdefault(_referred_class(name), set()).add(value)
    for event in events:
        for name, pair in (changed_values(event.summary) or {}).items():
            if name.endswith("_id"):
                target = _referred_class(name)
                referred.setdefault(target, set()).update(v for v in pair if isinstance(v, str))
    # Minutes are named by their meeting, so the meeting is named first.
    for minutes in repo.including_deleted(m.Minutes, referred.get(m.Minutes, ())):
        referred.setdefault(m.Meeting, set()).add(minutes.meeting_id)
    names: dict[str, str] = {}
    for target, ids in sorted(referred.items(), key=lambda pair: pair[0] is not m.Meeting):
        for entity in repo.including_deleted(target, ids):
            names[entity.id] = _label(entity, names)
    for entity in entities:
        names[entity.id] = _label(entity, names)
    return names


def _referred_class(field_name: str) -> type:
    return {
        "item_id": m.AgendaItem,
        "parent_id": m.AgendaItem,
        "vote_id": m.Vote,
        "minutes_id": m.Minutes,
        "meeting_id": m.Meeting,
        "committee_id": m.Committee,
    }.get(field_name, m.Person)


def entry_as_json(entry: AuditEntry) -> dict[str, Any]:
    """One entry as ``emeeting audit --json`` prints it."""
    return {
        "seq": entry.seq,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "kind": entry.kind,
        "id": entry.entity_id,
        "label": entry.label,
        "changes": {c.field: [_json_value(c.old), _json_value(c.new)] for c in entry.changes},
        "note": entry.note,
        "suspect": entry.suspect,
    }


def _json_value(value: str | datetime) -> str:
    return value.isoformat() if isinstance(value, datetime) else value
