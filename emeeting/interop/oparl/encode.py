"""A :class:`MeetingPackage` → the JSON document, and the check that nothing would be lost on the way."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import Any

from emeeting.domain.agenda import number_items, ordered
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.model import (
    ATTENDED,
    AgendaItem,
    Document,
    ItemNote,
    MeetingBundle,
    MeetingStatus,
    Membership,
    Minutes,
    MinutesVersion,
)
from emeeting.interop.oparl.decode import decode
from emeeting.interop.oparl.fields import (
    AUDIT_FIELDS,
    AUDIT_KEY,
    COMMITTEE_EXT,
    DOCUMENT_EXT,
    EXT,
    EXT_LISTS,
    FILES_PREFIX,
    FORMAT,
    FORMAT_VERSION,
    ITEM_EXT,
    MEETING_EXT,
    NOTES_KEY,
    PERSON_EXT,
    VERSIONS_KEY,
    MeetingPackage,
    all_but_meeting_id,
    oparl,
    urn,
)


def _encode_value(name: str, value: object) -> object:
    if value is None:
        return None
    if isinstance(value, str) and (name == "id" or name.endswith("_id")):
        return urn(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetime included
        return value.isoformat()
    return value


def _encode_fields(entity: object, names: Iterable[str]) -> dict[str, object]:
    return {name: _encode_value(name, getattr(entity, name)) for name in names}


def _agenda_numbers(items: tuple[AgendaItem, ...]) -> dict[str, tuple[str, int]]:
    """item id → (printed number such as "4.1", 1-based order in the agenda), as the domain numbers them."""
    numbers = number_items(items)
    return {item.id: (numbers[item.id], order) for order, item in enumerate(ordered(items), 1)}


def encode_package(package: MeetingPackage) -> dict[str, Any]:
    b = package.bundle
    c, m = b.committee, b.meeting
    numbers = _agenda_numbers(b.items)
    item_files: dict[str, list[str]] = {}
    for d in b.documents:
        if d.item_id is not None:
            item_files.setdefault(d.item_id, []).append(urn(d.id))
    last_result: dict[str, str] = {v.item_id: v.result.value for v in b.votes}
    participants: list[str] = []
    for inv in b.invitations:
        if inv.attendance in ATTENDED and urn(inv.person_id) not in participants:
            participants.append(urn(inv.person_id))

    def item_json(i: AgendaItem) -> dict[str, object]:
        number, order = numbers.get(i.id, ("", 0))
        out: dict[str, object] = {
            "id": urn(i.id),
            "type": oparl("AgendaItem"),
            "meeting": urn(i.meeting_id),
            "number": number,
            "order": order,
            "name": i.title,
            "public": not i.closed,
            "resolutionText": i.resolution,
            "auxiliaryFile": item_files.get(i.id, []),
            EXT: _encode_fields(i, ITEM_EXT),
        }
        if i.id in last_result:
            out["result"] = last_result[i.id]
        return out

    def file_json(d: Document) -> dict[str, object]:
        out: dict[str, object] = {
            "id": urn(d.id),
            "type": oparl("File"),
            "name": d.name,
            "fileName": d.file_name,
            "mimeType": d.mime_type,
            "size": d.size,
            "text": d.text,
            "accessUrl": FILES_PREFIX + d.sha256,
            EXT: _encode_fields(d, DOCUMENT_EXT),
        }
        if d.item_id is not None:
            out["agendaItem"] = [urn(d.item_id)]
        return out

    def membership_json(ms: Membership) -> dict[str, object]:
        out: dict[str, object] = {
            "id": urn(ms.id),
            "type": oparl("Membership"),
            "person": urn(ms.person_id),
            "organization": urn(ms.committee_id),
            "role": ms.role.value,
            "votingRight": ms.voting,
        }
        if ms.term_start is not None:
            out["startDate"] = ms.term_start.isoformat()
        if ms.term_end is not None:
            out["endDate"] = ms.term_end.isoformat()
        return out

    meeting: dict[str, object] = {
        "id": urn(m.id),
        "type": oparl("Meeting"),
        "name": m.title,
        "meetingState": m.status.value,
        "cancelled": m.status is MeetingStatus.CANCELLED,
        "start": m.start.isoformat(),
        "location": {"type": oparl("Location"), "description": m.place},
        "organization": [urn(m.committee_id)],
        "participant": participants,
        "agendaItem": [item_json(i) for i in b.items],
        "auxiliaryFile": [file_json(d) for d in b.documents],
        EXT: _encode_fields(m, MEETING_EXT),
        "emeeting:minutes": None
        if b.minutes is None
        else _encode_fields(b.minutes, all_but_meeting_id(Minutes)),
    }
    if m.end is not None:
        meeting["end"] = m.end.isoformat()
    for key, cls, attr in EXT_LISTS:
        names = all_but_meeting_id(cls)
        meeting[key] = [_encode_fields(e, names) for e in getattr(b, attr)]
    note_fields = all_but_meeting_id(ItemNote)
    meeting[NOTES_KEY] = [_encode_fields(n, note_fields) for n in package.item_notes]
    version_fields = all_but_meeting_id(MinutesVersion)
    meeting[VERSIONS_KEY] = [_encode_fields(v, version_fields) for v in package.minutes_versions]
    meeting[AUDIT_KEY] = [_encode_fields(e, AUDIT_FIELDS) for e in package.audit_events]

    return {
        "format": FORMAT,
        "formatVersion": FORMAT_VERSION,
        "organization": {
            "id": urn(c.id),
            "type": oparl("Organization"),
            "name": c.name,
            "shortName": c.short_name,
            EXT: _encode_fields(c, COMMITTEE_EXT),
        },
        "person": [
            {
                "id": urn(p.id),
                "type": oparl("Person"),
                "name": p.display_name,
                "familyName": p.last_name,
                "givenName": p.first_name,
                "formOfAddress": p.title,
                "email": [p.email] if p.email else [],
                "phone": [p.phone] if p.phone else [],
                EXT: _encode_fields(p, PERSON_EXT),
            }
            for p in b.people
        ],
        "membership": [membership_json(ms) for ms in b.memberships],
        "meeting": meeting,
    }


def check_exportable(package: MeetingPackage, doc: dict[str, Any]) -> None:
    """Run the reader's validation on what we are about to write, and make sure nothing would be lost."""
    label = package.bundle.meeting.label
    try:
        back = decode(doc)
    except ValidationError as exc:  # shown in the same language as the message around it
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "cannot export meeting {label}: {problem}"),
            label=label,
            problem=exc,
        ) from None
    if back != package:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot export meeting {label}: {difference} would not survive the export (does it "
                "belong to another meeting?)",
            ),
            label=label,
            difference=_first_difference(package, back),
        )


def _first_difference(a: MeetingPackage | MeetingBundle, b: MeetingPackage | MeetingBundle) -> str:
    """The first entity field that differs between two packages (or bundles), for the message."""
    for f in dataclasses.fields(a):
        va, vb = getattr(a, f.name), getattr(b, f.name)
        if va == vb:
            continue
        if isinstance(va, MeetingBundle):
            return _first_difference(va, vb)
        pairs = zip(va, vb, strict=False) if isinstance(va, tuple) else [(va, vb)]
        for ea, eb in pairs:
            if ea != eb:
                for ef in dataclasses.fields(ea):
                    if getattr(ea, ef.name) != getattr(eb, ef.name):
                        return f"{type(ea).__name__} {ea.id} field {ef.name}"
        return f"package field {f.name}"  # pragma: no cover - the encoder keeps tuple lengths
    return "the package"  # pragma: no cover
