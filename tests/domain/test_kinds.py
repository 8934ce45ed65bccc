"""The registry of entity kinds (domain/kinds.py) is the one list every layer reads."""

from __future__ import annotations

import dataclasses
import inspect
import typing

import pytest
from pydantic import ValidationError

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import (
    FACTS,
    KIND_OF,
    RECORDS,
    REFERENCES,
    REGISTRY,
    SELF_REFERENCES,
    SYNCED,
    Kind,
    kind_of,
)
from emeeting.storage.codec import codecs
from emeeting.storage.sync_state import TABLES
from emeeting.storage.tables import build_metadata
from emeeting.sync import protocol as p

# Dataclasses of the model that are not stored as a kind of their own.
NOT_STORED = {m.MeetingBundle}
# Fields ending in _id that name no row of a table: an action of an earlier meeting (which may be absent)
# and an audit event's subject (which may be deleted).
NOT_REFERENCES = {"carried_from_id", "entity_id"}


def test_every_stored_dataclass_of_the_model_has_exactly_one_row() -> None:
    classes = {
        cls
        for _name, cls in inspect.getmembers(m, inspect.isclass)
        if dataclasses.is_dataclass(cls) and cls.__module__ == m.__name__
    }
    rows = [row.cls for row in REGISTRY]
    assert len(rows) == len(set(rows)), "a class with two rows"
    assert set(rows) == classes - NOT_STORED
    assert set(FACTS) == set(Kind) and len(REGISTRY) == len(Kind)
    assert all(kind_of(row.cls) is row.kind and row.kind.cls is row.cls for row in REGISTRY)


def test_a_kind_is_named_on_the_wire_by_its_member_name() -> None:
    # The names are the sync protocol's, the audit trail's and the views': they never change.
    assert all(kind.value == kind.name.lower() for kind in Kind)
    assert len({row.table for row in REGISTRY}) == len(REGISTRY)


def test_every_reference_field_is_known_and_points_at_an_earlier_kind() -> None:
    order = {row.kind: n for n, row in enumerate(REGISTRY)}
    for row in REGISTRY:
        ids = {name for name in row.fields if name.endswith("_id")}
        assert ids - NOT_REFERENCES == {name for name, _kind in row.references}, row.kind
        for name, target in row.references:
            # Parents first: a push and a restore apply records in this order.
            assert order[target] < order[row.kind] or name in SELF_REFERENCES, (row.kind, name)
    assert set(REFERENCES.values()) <= set(Kind)


def test_every_table_of_the_registry_is_in_the_schema_with_its_fields() -> None:
    # The schema is the Alembic head: tests/storage/test_store.py checks that migrating gives this metadata.
    metadata = build_metadata()
    for row in REGISTRY:
        assert row.table in metadata.tables, row.kind
        columns = set(metadata.tables[row.table].columns.keys())
        assert set(row.fields) <= columns, row.kind
        for name, target in row.references:
            column = metadata.tables[row.table].columns[name]
            assert {fk.column.table.name for fk in column.foreign_keys} == {target.table}, (row.kind, name)


def test_storage_reads_the_registry() -> None:
    assert set(codecs()) == {row.cls for row in RECORDS}
    assert Kind.PRIVATE_NOTE not in {row.kind for row in RECORDS}  # kept with the sync bookkeeping
    assert list(TABLES) == list(SYNCED)
    assert TABLES[Kind.PRIVATE_NOTE] == ("private_notes", FACTS[Kind.PRIVATE_NOTE].fields)


def test_the_protocol_carries_exactly_the_synced_kinds_parents_first() -> None:
    synced = [row.kind.value for row in REGISTRY if row.synced]
    assert Kind.AUDIT_EVENT.value not in synced and Kind.PRIVATE_NOTE.value in synced
    assert list(typing.get_args(p.KindName)) == synced
    assert list(p.KINDS) == synced and sorted(p.KIND_ORDER, key=p.KIND_ORDER.__getitem__) == synced
    assert p.Change.model_json_schema()["properties"]["kind"]["enum"] == synced
    for kind in synced:
        assert p.Change(kind=kind, id="x", base_version=0, data={}).kind == kind
    for wrong in ("audit_event", "meetng"):
        with pytest.raises(ValidationError):
            p.Change(kind=wrong, id="x", base_version=0, data={})


def test_a_private_note_travels_like_any_record() -> None:
    note = m.PrivateNote("meeting id", "ถามเรื่องงบประมาณ", item_id="item id")
    data = p.encode(note)
    assert data == {"meeting_id": "meeting id", "text": note.text, "id": note.id, "item_id": "item id"}
    assert p.decode(Kind.PRIVATE_NOTE, data) == note


def test_changes_take_only_registered_kinds() -> None:
    changes = Changes.of(Kind.MEETING, "m1") | Changes.of(Kind.AGENDA_ITEM, "i1")
    assert changes.concerns(Kind.MEETING, ["m1"]) and not changes.concerns(Kind.DOCUMENT)
    # A misspelt kind would make a view miss its refresh without a word: it is refused instead.
    for wrong in ("meetng", "meeting"):
        with pytest.raises(TypeError):
            Changes.of(wrong, "m1")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            changes.concerns(wrong)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Changes({"meeting": frozenset({"m1"})})  # type: ignore[dict-item]


def test_every_kind_knows_its_class_and_table() -> None:
    assert Kind.MEETING.cls is m.Meeting and Kind.MEETING.table == "meetings"
    assert KIND_OF[m.AuditEvent] is Kind.AUDIT_EVENT and not Kind.AUDIT_EVENT.facts.synced
    assert Kind.PRIVATE_NOTE.facts.private and not Kind.MEETING.facts.private
