"""Create, edit and delete any entity: validation, tombstone cascades and the audit trail in one place.

Every mutation runs in one transaction, writes its audit events in that transaction and returns the
Changes it made. Rules specific to meetings, agendas and documents live in their own services, which
build on the helpers here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

from emeeting.domain import model as m
from emeeting.domain.certification import version_created_summary
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.kinds import kind_of
from emeeting.domain.validation import validate
from emeeting.services.audit import change_summary
from emeeting.services.frozen import check_delete, check_insert, check_update
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store

E = TypeVar("E")

# Deleting an entity tombstones these dependants too: (child class, column pointing at the parent).
_DEPENDANTS: MappingProxyType[type, tuple[tuple[type[Any], str], ...]] = MappingProxyType(
    {
        m.Committee: ((m.Membership, "committee_id"), (m.Meeting, "committee_id")),
        m.Person: ((m.Membership, "person_id"),),
        m.Meeting: (
            (m.AgendaItem, "meeting_id"),
            (m.Document, "meeting_id"),
            (m.Invitation, "meeting_id"),
            (m.Vote, "meeting_id"),
            (m.ActionItem, "meeting_id"),
            (m.Minutes, "meeting_id"),
        ),
        m.AgendaItem: (
            (m.AgendaItem, "parent_id"),
            (m.Recusal, "item_id"),
            (m.Document, "item_id"),
            (m.Invitation, "item_id"),  # a guest invited for this item only
            (m.Vote, "item_id"),
            (m.Dissent, "item_id"),
            (m.ActionItem, "item_id"),  # what was decided under the item goes with it
            (m.MinutesEntry, "item_id"),
            (m.ItemNote, "item_id"),
        ),
        m.Vote: ((m.Ballot, "vote_id"),),
        m.Minutes: ((m.MinutesEntry, "minutes_id"), (m.MinutesVersion, "minutes_id")),
    }
)

# A person who appears in a meeting's record stays: the record must keep naming them.
_PERSON_RECORDS: tuple[tuple[type[Any], str], ...] = (
    (m.Invitation, "person_id"),
    (m.Invitation, "substitute_for_id"),
    (m.AgendaItem, "presenter_id"),
    (m.Recusal, "person_id"),
    (m.Ballot, "person_id"),
    (m.Dissent, "person_id"),
    (m.ActionItem, "assignee_id"),
    (m.Minutes, "taker_id"),
    (m.Minutes, "checker_id"),
)


# Entities with rules of their own (numbering, the agenda tree, content-addressed files): only their own
# service may create, change or delete them, so that nothing can go around those rules.
_OWN_SERVICE: MappingProxyType[type, str] = MappingProxyType(
    {
        m.Meeting: "MeetingService (services.meetings)",
        m.AgendaItem: "AgendaService (services.agenda)",
        m.Document: "DocumentService (services.documents)",
        m.Annotation: "AnnotationService (services.annotations)",  # only its owner changes it
    }
)


def _audited(cls: type) -> bool:
    """Whether writes of this kind go to the audit trail: those of the meeting's record, not a reader's
    own annotations (kinds.KindFacts.personal)."""
    return kind_of(cls).facts.of_the_record


def insert(
    repo: Repository,
    *entities: Any,
    restore: bool = False,
    amendment: bool = False,
    audit_creation: bool = True,
) -> Changes:
    """Validate, insert and audit; the building block of every create.

    With ``restore``, entities that exist as tombstones are brought back with these values (audited as
    "restore") instead of being refused as duplicates: a deleted meeting imported again. The record of a
    meeting with certified minutes is refused (``services.frozen``); ``amendment``: the minutes' entries
    and a new frozen version, written by an amendment. Without ``audit_creation`` no "create" event is
    written (an import whose package carries the records' own history); a frozen version's "create" event
    records the hash it froze (domain.certification).
    """
    for entity in entities:
        validate(entity)
    check_insert(repo, entities, amendment=amendment)
    back: set[tuple[type, str]] = set()
    if restore:
        for cls in dict.fromkeys(type(e) for e in entities):
            back |= {(cls, i) for i in repo.tombstoned(cls, (e.id for e in entities if type(e) is cls))}
    # New rows first: a restored row may point at one of them, and a new row may point at a tombstone
    # that is restored just after; references are checked once everything is written.
    repo.insert(*(e for e in entities if (type(e), e.id) not in back))
    for entity in entities:
        if (type(entity), entity.id) in back:
            repo.restore(entity)
    repo.check_references(entities)
    repo.insert(
        *(
            repo.audit_event("restore", type(e), e.id)
            if (type(e), e.id) in back
            else repo.audit_event("create", type(e), e.id, _created_summary(e))
            for e in entities
            if (audit_creation or (type(e), e.id) in back) and _audited(type(e))
        )
    )
    return Changes.of_entities((type(e), e.id) for e in entities)


def _created_summary(entity: Any) -> str:
    return version_created_summary(entity) if isinstance(entity, m.MinutesVersion) else ""


def replace(
    repo: Repository, entity: Any, action: str = "update", *, base: Any = None, amendment: bool = False
) -> Changes:
    """Validate, write and audit an edit. ``base``: the value the edit was made from (a stale one is
    refused, see ``Repository.update``); None when the caller read the row in this transaction."""
    validate(entity)
    check_update(repo, entity, amendment=amendment)  # certified minutes freeze their record
    previous = repo.update(entity, base=base)
    repo.check_references([entity])
    changed = [
        name for name in entity.__dataclass_fields__ if getattr(previous, name) != getattr(entity, name)
    ]
    if changed and _audited(type(entity)):
        repo.audit(action, type(entity), entity.id, change_summary(previous, entity))
    return Changes.of(kind_of(type(entity)), entity.id)


def _refuse_person_in_records(repo: Repository, cls: type, ids: list[str]) -> None:
    if cls is m.Person:
        for record_cls, column in _PERSON_RECORDS:
            where: dict[str, Any] = {column: ids}
            if repo.select(record_cls, **where):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "this person appears in meeting records and cannot be deleted; end their memberships "
                        "instead",
                    )
                )


def cascade_delete(repo: Repository, cls: type, ids: Iterable[str]) -> Changes:
    """Tombstone the entities and everything that depends on them, each once, with one audit event."""
    ids = list(ids)
    _refuse_person_in_records(repo, cls, ids)
    for entity_id in ids:
        repo.get(cls, entity_id)  # a clear "not found" instead of silently deleting nothing
    doomed: dict[type, set[str]] = {}
    _collect(repo, cls, set(ids), doomed)
    check_delete(repo, doomed)  # certified minutes freeze their record
    changes = Changes()
    for doomed_cls, doomed_ids in doomed.items():
        if not doomed_ids:
            continue
        repo.delete(doomed_cls, doomed_ids)
        if _audited(doomed_cls):
            repo.insert(*(repo.audit_event("delete", doomed_cls, i) for i in sorted(doomed_ids)))
        changes |= Changes.of(kind_of(doomed_cls), *doomed_ids)
    return changes


def _collect(repo: Repository, cls: type, ids: set[str], doomed: dict[type, set[str]]) -> None:
    new = ids - doomed.setdefault(cls, set())
    if not new:
        return
    doomed[cls] |= new
    for child_cls, column in _DEPENDANTS.get(cls, ()):
        where: dict[str, Any] = {column: new}
        children = {child.id for child in repo.select(child_cls, **where)}
        _collect(repo, child_cls, children, doomed)


def _generic(cls: type) -> None:
    if cls in _OWN_SERVICE:
        raise TypeError(f"{cls.__name__} has rules of its own: change it through {_OWN_SERVICE[cls]}")


class RecordService:
    """Generic access for entities without rules of their own (people, memberships, invitations …).

    Reading works for every entity; meetings, agenda items and documents are changed only through their
    own services (a TypeError here is a programming error, not a user's).
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, cls: type[E], id: str) -> E:
        with self._store.read() as repo:
            return repo.get(cls, id)

    def find(self, cls: type[E], id: str) -> E | None:
        with self._store.read() as repo:
            return repo.find(cls, id)

    def select(self, cls: type[E], *, order_by: Sequence[str] = (), **where: Any) -> list[E]:
        with self._store.read() as repo:
            return repo.select(cls, order_by=order_by, **where)

    def create(self, *entities: Any) -> Changes:
        for entity in entities:
            _generic(type(entity))
        with self._store.transaction() as repo:
            return insert(repo, *entities)

    def update(self, entity: Any, *, base: Any) -> Changes:
        """Store ``entity``, an edit of ``base`` (the value it was read as): refused with StaleWriteError
        when the stored row is no longer ``base``."""
        _generic(type(entity))
        with self._store.transaction() as repo:
            return replace(repo, entity, base=base)

    def delete(self, cls: type, *ids: str) -> Changes:
        _generic(cls)
        with self._store.transaction() as repo:
            return cascade_delete(repo, cls, ids)

    def change(
        self,
        *,
        create: Sequence[Any] = (),
        update: Sequence[tuple[Any, Any]] = (),
        delete: Sequence[Any] = (),
    ) -> Changes:
        """Several edits in one transaction: all of them or none (e.g. a member sending a substitute).

        ``update`` holds (new value, base) pairs, each refused when stale as in ``update``."""
        for entity in (*create, *(new for new, _base in update), *delete):
            _generic(type(entity))
        with self._store.transaction() as repo:
            changes = insert(repo, *create, restore=True) if create else Changes()
            for entity, base in update:
                changes |= replace(repo, entity, base=base)
            for entity in delete:
                changes |= cascade_delete(repo, type(entity), [entity.id])
            return changes

    def audit_trail(self, entity_id: str) -> list[m.AuditEvent]:
        with self._store.read() as repo:
            return repo.audit_trail(entity_id)
