"""Certified minutes freeze what they record: one rule, checked by every create, edit and delete.

Once a meeting's minutes are certified, the record they were made from — the meeting's own details, its
agenda, invitations and attendance, recusals, votes and ballots, dissent, resolutions, action items, the
notes taken on its items, the minutes and their entries, and the papers of its agenda items — no longer
changes. A change after certification is an amendment (``MinutesService.amend``): the minutes' entries
change, records of the meeting may be corrected, and a new frozen version records why, in the audit trail.

The rule lives here and is called by the write helpers of ``services.records``, so that every service,
and every kind added later that points at a meeting through ``meeting_id``, ``minutes_id``, ``item_id`` or
``vote_id``, is covered without a check of its own.

Two things stay open after certification, on purpose: papers filed with the meeting itself and the
follow-up status of an action item (why: see ``emeeting.domain.freeze``, which holds the rule).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from emeeting.domain import freeze
from emeeting.domain import model as m
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.kinds import kind_of
from emeeting.storage.repository import Repository


class CertifiedRecordError(ValidationError):
    """A change to what certified minutes record; it must be made as an amendment."""


def refuse_certified(meeting: m.Meeting) -> CertifiedRecordError:
    return CertifiedRecordError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the minutes of meeting {label} are certified, so its record cannot change; "
            "changes go through an amendment to the minutes",
        ),
        label=meeting.label,
    )


def certified_meetings(repo: Repository, meeting_ids: Iterable[str]) -> set[str]:
    """Those of ``meeting_ids`` whose minutes are certified."""
    wanted = sorted(set(meeting_ids))
    if not wanted:
        return set()
    return {
        minutes.meeting_id
        for minutes in repo.select(m.Minutes, meeting_id=wanted)
        if minutes.status is m.MinutesStatus.CERTIFIED
    }


def is_certified(repo: Repository, meeting_id: str) -> bool:
    return bool(certified_meetings(repo, [meeting_id]))


class _Meetings:
    """Finds the meeting a record belongs to, looking first among the records being written together."""

    def __init__(self, repo: Repository, batch: Iterable[Any] = ()) -> None:
        self._repo = repo
        self._known: dict[tuple[type, str], Any] = {(type(e), e.id): e for e in batch}

    def of(self, entity: Any) -> str | None:
        return freeze.meeting_of(entity, self._find)

    def _find(self, cls: type, id: str) -> Any | None:
        key = (cls, id)
        if key not in self._known:
            self._known[key] = self._repo.find(cls, id)
        # A dangling reference names no meeting here; the reference check refuses it afterwards.
        return self._known[key]

    def every(self, entity: Any) -> set[str]:
        """The meetings that each of the record's references leads to (one when it is consistent)."""
        return freeze.meetings_reached(entity, self._find)


def refuse_mixed_meetings(
    repo: Repository, entities: Iterable[Any], meetings: _Meetings | None = None
) -> None:
    """Refuse a record whose references lead to different meetings (a vote of one meeting on an agenda
    item of another), whatever the freeze: a record belongs to one meeting. ``meetings``: the lookups
    already made for the same write."""
    entities = list(entities)
    meetings = meetings or _Meetings(repo, entities)
    for entity in entities:
        reached = meetings.every(entity)
        if len(reached) > 1:
            own = meetings.of(entity)
            ordered = ([own] if own in reached else []) + sorted(reached - {own})  # its own meeting first
            first, second = (repo.get(m.Meeting, i) for i in ordered[:2])
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "a record of meeting {label} cannot refer to an agenda item, vote or minutes of "
                    "another meeting ({other})",
                ),
                label=first.label,
                other=second.label,
            )


def meeting_of(repo: Repository, entity: Any) -> str | None:
    """The id of the meeting whose record ``entity`` is part of (None: committees, people …)."""
    return _Meetings(repo).of(entity)


def _refuse(repo: Repository, writes: list[tuple[Any | None, Any | None]], meetings: _Meetings) -> None:
    """Refuse the writes (previous value, new value; None for a create or a delete) that would change the
    record of a meeting with certified minutes."""
    touched: dict[str, None] = {}
    for previous, entity in writes:
        if freeze.stays_open(previous, entity) or not _of_the_record(previous, entity):
            continue
        for value in (previous, entity):
            # Every reference counts: a record of another meeting pointing at an item of a certified
            # meeting would change what that meeting's minutes record.
            for meeting_id in [] if value is None else meetings.every(value):
                touched[meeting_id] = None
    frozen = certified_meetings(repo, touched)
    if frozen:
        raise refuse_certified(repo.get(m.Meeting, next(i for i in touched if i in frozen)))


def _of_the_record(previous: Any | None, entity: Any | None) -> bool:
    """A reader's own annotations are no part of the meeting's record: a certified meeting's papers may
    still be annotated (kinds.KindFacts.personal)."""
    value = entity if entity is not None else previous
    return value is None or kind_of(type(value)).facts.of_the_record


def check_insert(repo: Repository, entities: Iterable[Any], *, amendment: bool = False) -> None:
    """Before creating (or restoring) ``entities``."""
    entities = list(entities)
    meetings = _Meetings(repo, entities)
    _refuse(repo, [(None, e) for e in entities if not _amends(e, amendment, insert=True)], meetings)
    refuse_mixed_meetings(repo, entities, meetings)


def check_update(repo: Repository, entity: Any, *, amendment: bool = False) -> None:
    """Before storing ``entity`` over its current value; an edit that changes nothing is no change."""
    previous = repo.find(type(entity), entity.id)
    if previous == entity:
        return
    meetings = _Meetings(repo, [entity])
    if not _amends(entity, amendment, insert=False):
        _refuse(repo, [(previous, entity)], meetings)
    refuse_mixed_meetings(repo, [entity], meetings)


def check_delete(repo: Repository, doomed: Mapping[type, Iterable[str]]) -> None:
    """Before tombstoning ``doomed`` (every kind with its ids, the cascade included)."""
    entities: list[Any] = []
    for cls, ids in doomed.items():
        if ids:
            entities += repo.select(cls, id=sorted(ids))
    _refuse(repo, [(e, None) for e in entities], _Meetings(repo, entities))


def _amends(entity: Any, amendment: bool, *, insert: bool) -> bool:
    return amendment and freeze.amends(entity, insert=insert)
