"""decode checks each field on a path worked out once per kind; whatever a field holds, it accepts and
refuses exactly what the field-by-field check (``_check_json_type``) accepts and refuses."""

from __future__ import annotations

import json
from typing import Any

import pytest

from emeeting.domain import model as m
from emeeting.sync import protocol as p

ODD_VALUES: list[Any] = [
    None, True, False, 0, 1, 2, -1, 1.0, 0.0, "", "x", "x" * 36, "x" * 37, "a\x00b", "ประชุม", [], {}, 10**20,
]  # fmt: skip


def entities() -> list[object]:
    meeting_id = m.new_id()
    return [
        m.Person("สมศรี", "เลขา"),
        m.Annotation(
            meeting_id,
            "anan",
            m.AnnotationShape.HIGHLIGHT,
            geometry=json.dumps([[72, 60, 420, 76]]),
            quote="งบประมาณ",
            text="ถาม",
            document_id=m.new_id(),
            sha256="a" * 64,
            page=3,
        ),
        m.Annotation(meeting_id, "anan", m.AnnotationShape.ITEM_NOTE, item_id=m.new_id(), text="ประเด็น"),
    ]


def field_refusal(cls: type, name: str, value: Any) -> str | None:
    base, nullable = p._hints(cls)[name]
    try:
        p._check_json_type(name, value, base, nullable)
    except p.RecordError as e:
        return str(e)
    return None


@pytest.mark.parametrize("entity", entities(), ids=lambda e: type(e).__name__)
def test_every_field_refuses_what_the_field_check_refuses(entity: object) -> None:
    kind = next(k for k, cls in p.KINDS.items() if cls is type(entity))
    good = p.encode(entity)
    assert type(p.decode(kind, good)) is type(entity)
    for name in good:
        for value in ODD_VALUES:
            expected = field_refusal(type(entity), name, value)
            try:
                p.decode(kind, {**good, name: value})
            except p.RecordError as e:
                got: str | None = str(e)
            else:
                got = None
            if expected is not None:
                assert got == expected, (name, value)
            elif got is not None:  # accepted by the field check, refused later by the entity itself
                assert not got.startswith(f"{name}: "), (name, value, got)


def test_fields_missing_or_extra_are_named() -> None:
    person = p.encode(m.Person("สมศรี", "เลขา"))
    with pytest.raises(p.RecordError, match=r"missing \['id'\], unexpected \['nickname'\]"):
        p.decode("person", {**{k: v for k, v in person.items() if k != "id"}, "nickname": "ศรี"})
