"""What certified minutes freeze: which meeting a record belongs to, and which changes stay open.

One rule for the desktop (``services.frozen``, before every create, edit and delete) and the sync server
(before every push it accepts), so that a change refused on one is refused on the other. Both give
``meeting_of`` their own way of finding a record by kind and id.

Two things stay open after certification, on purpose:

- papers filed with the meeting itself (no agenda item): the signed copy of the certified minutes and
  later correspondence are filed there; they are not what the committee had before it on an item;
- the follow-up status of an action item (open, done, cancelled): the minutes record what was assigned,
  to whom and by when — not whether it has been done since, which the next meetings follow up.

An amendment writes the minutes' entries and a new frozen version, and may correct existing records of
the meeting (never the certified minutes themselves).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emeeting.domain import model as m

# How a record reaches its meeting: the first of these fields it has, and the kind that field points at
# (None: the field is the meeting's id itself).
MEETING_LINKS: tuple[tuple[str, type | None], ...] = (
    ("meeting_id", None),
    ("minutes_id", m.Minutes),
    ("item_id", m.AgendaItem),
    ("vote_id", m.Vote),
)

# Every reference besides ``meeting_id`` that leads into a meeting's record, and the kind it points at. Not
# ``carried_from_id``: an action item carried forward names the task as an earlier (often certified)
# meeting recorded it, and changes nothing there.
REFERENCES: tuple[tuple[str, type], ...] = (
    ("minutes_id", m.Minutes),
    ("item_id", m.AgendaItem),
    ("vote_id", m.Vote),
    ("parent_id", m.AgendaItem),
    ("document_id", m.Document),  # a reader's annotation on a paper
)

# What an amendment creates: the minutes' entries and the new frozen version.
AMENDMENT_KINDS: frozenset[type] = frozenset({m.MinutesEntry, m.MinutesVersion})

# Fields of an action item that its follow-up may still change after certification.
FOLLOW_UP: frozenset[str] = frozenset({"status"})

# find(kind, id): the record, or None when there is none.
Finder = Callable[[type, str], Any | None]


def meeting_of(entity: Any, find: Finder) -> str | None:
    """The id of the meeting whose record ``entity`` is part of (None: committees, people …, and records
    whose parent cannot be found)."""
    if isinstance(entity, m.Meeting):
        return entity.id
    for field_name, parent_cls in MEETING_LINKS:
        value = getattr(entity, field_name, None)
        if value is None:
            continue
        if parent_cls is None:
            return str(value)
        parent = find(parent_cls, str(value))
        return None if parent is None else meeting_of(parent, find)
    return None


def meetings_reached(entity: Any, find: Finder) -> set[str]:
    """Every meeting the record's references lead to: its own, and that of each record it points at (a
    vote of one meeting on an item of another reaches both)."""
    reached = set() if (own := meeting_of(entity, find)) is None else {own}
    for field_name, parent_cls in REFERENCES:
        value = getattr(entity, field_name, None)
        parent = None if value is None else find(parent_cls, str(value))
        if parent is not None and (meeting_id := meeting_of(parent, find)) is not None:
            reached.add(meeting_id)
    return reached


def stays_open(previous: Any | None, entity: Any | None) -> bool:
    """Whether this write (previous value, new value; None for a create or a delete) is one of the
    changes that remain allowed after certification."""
    versions = [v for v in (previous, entity) if v is not None]
    if versions and all(isinstance(v, m.Document) and v.item_id is None for v in versions):
        return True  # papers filed with the meeting, not with an agenda item
    if isinstance(previous, m.ActionItem) and isinstance(entity, m.ActionItem):
        changed = {n for n in entity.__dataclass_fields__ if getattr(previous, n) != getattr(entity, n)}
        return changed <= FOLLOW_UP
    return False


def amends(entity: Any, *, insert: bool) -> bool:
    """Whether an amendment may write ``entity``: create the minutes' entries and a frozen version, or
    correct an existing record of the meeting other than the minutes and their frozen versions."""
    if insert:
        return type(entity) in AMENDMENT_KINDS
    return not isinstance(entity, (m.Minutes, m.MinutesVersion))
