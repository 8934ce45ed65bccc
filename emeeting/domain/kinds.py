"""The one list of entity kinds: what each kind is called, its class, its table and whether it travels.

Storage (codecs, the schema, the sync bookkeeping), the sync protocol and engine, the server and the views
all read this registry; none of them lists kinds of its own. A kind's name (``Kind`` value) is what the
sync protocol sends, what an audit event's ``entity_kind`` holds and what ``Changes`` is keyed by.

Adding a kind means: its frozen dataclass in ``model.py`` (field names are column names; a reference field
is named as in ``REFERENCES``, or add its name there), one ``Kind`` member and one ``KindFacts`` row below,
in push order (after every kind it refers to), and an Alembic migration that creates its table. The
server's access rules (``server/access.py``) then say who may see and push it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from emeeting.domain import model as m


class Kind(StrEnum):
    """An entity kind; its value is the kind's name on the wire, in the audit trail and in ``Changes``."""

    COMMITTEE = "committee"
    PERSON = "person"
    MEMBERSHIP = "membership"
    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    RECUSAL = "recusal"
    DOCUMENT = "document"
    INVITATION = "invitation"
    VOTE = "vote"
    BALLOT = "ballot"
    DISSENT = "dissent"
    ACTION_ITEM = "action_item"
    MINUTES = "minutes"
    MINUTES_ENTRY = "minutes_entry"
    ITEM_NOTE = "item_note"
    MINUTES_VERSION = "minutes_version"
    AUDIT_EVENT = "audit_event"
    PRIVATE_NOTE = "private_note"
    ANNOTATION = "annotation"

    @property
    def facts(self) -> KindFacts:
        return FACTS[self]

    @property
    def cls(self) -> type:
        return FACTS[self].cls

    @property
    def table(self) -> str:
        return FACTS[self].table

    @property
    def words(self) -> str:
        """The kind as it reads in a message's parameter: "agenda item"."""
        return self.value.replace("_", " ")


# Which kind a reference field points at, by field name (the same name in every entity).
REFERENCES: MappingProxyType[str, Kind] = MappingProxyType(
    {
        "committee_id": Kind.COMMITTEE,
        "person_id": Kind.PERSON,
        "presenter_id": Kind.PERSON,
        "assignee_id": Kind.PERSON,
        "substitute_for_id": Kind.PERSON,
        "taker_id": Kind.PERSON,
        "checker_id": Kind.PERSON,
        "meeting_id": Kind.MEETING,
        "item_id": Kind.AGENDA_ITEM,
        "vote_id": Kind.VOTE,
        "minutes_id": Kind.MINUTES,
        "document_id": Kind.DOCUMENT,
    }
)
# Fields that point at another entity of the same kind.
SELF_REFERENCES = frozenset({"parent_id"})
# carried_from_id is no reference: it names an action of an earlier meeting, which an imported or synced
# meeting may arrive without.


@dataclass(frozen=True)
class KindFacts:
    """What the code needs to know of one kind.

    ``synced``: the sync server carries it. ``private``: an attendee's own record, which the server gives
    to its owner only; it is no part of the meeting's record (not kept by the repository, not audited).
    ``personal``: a reader's own work on the meeting's papers (annotations), kept by the repository (so
    that undo works for it) and carried by the server to its owner and to those it is shared with, but
    no part of the meeting's record either: certification does not freeze it, it is not audited, and
    exports, the board book and the minutes leave it out.
    """

    kind: Kind
    cls: type
    table: str
    synced: bool = True
    private: bool = False
    personal: bool = False

    @property
    def of_the_record(self) -> bool:
        """Whether it is part of the meeting's record: frozen by certification, audited, exported."""
        return not (self.private or self.personal)

    @property
    def fields(self) -> tuple[str, ...]:
        """The dataclass fields, in declaration order: the stored columns besides the bookkeeping ones."""
        return tuple(f.name for f in dataclasses.fields(self.cls))

    @property
    def references(self) -> tuple[tuple[str, Kind], ...]:
        """(field, kind referred to) for every reference field, e.g. ("meeting_id", Kind.MEETING)."""
        return tuple(
            (name, self.kind if name in SELF_REFERENCES else REFERENCES[name])
            for name in self.fields
            if name in REFERENCES or name in SELF_REFERENCES
        )


# Every kind, parents before children: the order a push is applied in and the tables are created in.
REGISTRY: tuple[KindFacts, ...] = (
    KindFacts(Kind.COMMITTEE, m.Committee, "committees"),
    KindFacts(Kind.PERSON, m.Person, "people"),
    KindFacts(Kind.MEMBERSHIP, m.Membership, "memberships"),
    KindFacts(Kind.MEETING, m.Meeting, "meetings"),
    KindFacts(Kind.AGENDA_ITEM, m.AgendaItem, "agenda_items"),
    KindFacts(Kind.RECUSAL, m.Recusal, "recusals"),
    KindFacts(Kind.DOCUMENT, m.Document, "documents"),
    KindFacts(Kind.INVITATION, m.Invitation, "invitations"),
    KindFacts(Kind.VOTE, m.Vote, "votes"),
    KindFacts(Kind.BALLOT, m.Ballot, "ballots"),
    KindFacts(Kind.DISSENT, m.Dissent, "dissents"),
    KindFacts(Kind.ACTION_ITEM, m.ActionItem, "action_items"),
    KindFacts(Kind.MINUTES, m.Minutes, "minutes"),
    KindFacts(Kind.MINUTES_ENTRY, m.MinutesEntry, "minutes_entries"),
    KindFacts(Kind.ITEM_NOTE, m.ItemNote, "item_notes"),
    KindFacts(Kind.MINUTES_VERSION, m.MinutesVersion, "minutes_versions"),
    KindFacts(Kind.AUDIT_EVENT, m.AuditEvent, "audit_events", synced=False),
    KindFacts(Kind.PRIVATE_NOTE, m.PrivateNote, "private_notes", private=True),
    KindFacts(Kind.ANNOTATION, m.Annotation, "annotations", personal=True),
)

FACTS: MappingProxyType[Kind, KindFacts] = MappingProxyType({row.kind: row for row in REGISTRY})
KIND_OF: MappingProxyType[type, Kind] = MappingProxyType({row.cls: row.kind for row in REGISTRY})
# The kinds the sync server carries, parents before children.
SYNCED: tuple[Kind, ...] = tuple(row.kind for row in REGISTRY if row.synced)
# The kinds of a meeting's record, which the repository keeps (with their audit trail).
RECORDS: tuple[KindFacts, ...] = tuple(row for row in REGISTRY if not row.private)
# The kinds the repository keeps that are part of the meeting's record (audited, frozen, exported).
MEETING_RECORD: tuple[KindFacts, ...] = tuple(row for row in RECORDS if row.of_the_record)

if set(FACTS) != set(Kind) or len(FACTS) != len(REGISTRY) or len(KIND_OF) != len(REGISTRY):
    raise AssertionError("every Kind needs exactly one row in REGISTRY, each with a class of its own")


def kind_of(cls: type) -> Kind:
    """The kind of an entity class."""
    return KIND_OF[cls]
