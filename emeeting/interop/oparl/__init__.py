"""Export a meeting to an OParl-1.1-shaped zip package and read one back, strictly validated.

The package is a zip holding exactly what matters:

* ``meeting.json`` — one UTF-8 JSON document (sorted keys, indented, non-ASCII kept as is);
* ``files/<sha256>`` — the content of every document, once per distinct SHA-256 (lowercase hex).

Every other member is ignored (never extracted, never opened), so odd names such as ``../x`` or ``/etc/x``
cannot do harm.

JSON shape (``…`` stands for ``https://schema.oparl.org/1.1/``)::

    {
      "format": "emeeting-oparl", "formatVersion": 1,
      "organization": {"id", "type": "…Organization", "name", "shortName", "emeeting:ext"},
      "person": [{"id", "type": "…Person", "name" (display name, informational), "familyName", "givenName",
                  "formOfAddress" (the prefix นาย / Dr. …), "email": [0 or 1], "phone": [0 or 1],
                  "emeeting:ext"}],
      "membership": [{"id", "type": "…Membership", "person", "organization", "role", "votingRight",
                      "startDate"?, "endDate"?}],
      "meeting": {"id", "type": "…Meeting", "name", "meetingState" (the status), "cancelled", "start", "end"?,
                  "location": {"type": "…Location", "description"}, "organization": [one id],
                  "participant": [people actually present: present / online / late / left early],
                  "agendaItem": [{"id", "type": "…AgendaItem", "meeting", "number" ("4.1"), "order"
                                  (1-based agenda order), "name", "public" (= not closed), "result"? (the
                                  last vote's result), "resolutionText", "auxiliaryFile": [file ids],
                                  "emeeting:ext"}],
                  "auxiliaryFile": [{"id", "type": "…File", "name", "fileName", "mimeType", "size", "text",
                                     "accessUrl": "files/<sha256>", "agendaItem"?: [one id],
                                     "emeeting:ext"}],
                  "emeeting:ext", "emeeting:recusal": [], "emeeting:invitation": [], "emeeting:vote": [],
                  "emeeting:ballot": [], "emeeting:dissent": [], "emeeting:actionItem": [],
                  "emeeting:minutes": {} or null, "emeeting:minutesEntry": [],
                  "emeeting:itemNote": [], "emeeting:minutesVersion": [], "emeeting:auditEvent": []}
    }

Extensions. What OParl lacks lives under namespaced keys:

* ``"emeeting:ext"`` on Organization, Person, Meeting, AgendaItem and File: an object with the remaining
  fields of the domain entity, under their domain field names (``secrecy``, ``urgency``, ``quorum_num``,
  ``parent_id``, ``sha256``, ``page_count`` …). Organization: quorum_num, quorum_den,
  reconvened_quorum_num, reconvened_quorum_den, numbering, agenda_template, default_secrecy, language.
  Person: position, organisation. Meeting: number, year_be, online_link, mode, secrecy, urgency,
  notice_sent_at, reconvened. AgendaItem: parent_id, position, section, presenter_id, background, facts,
  legal_basis, proposal, duration_minutes, secrecy. File: sha256, position, page_count, secrecy.
* ``"emeeting:recusal"``, ``"emeeting:invitation"``, ``"emeeting:vote"``, ``"emeeting:ballot"``,
  ``"emeeting:dissent"``, ``"emeeting:actionItem"``, ``"emeeting:minutesEntry"`` (lists) and
  ``"emeeting:minutes"`` (object or null) on the Meeting: entities OParl has no counterpart for, with all
  their domain fields under the domain names, except ``meeting_id``, which is the enclosing meeting.
* ``"emeeting:itemNote"`` on the Meeting: the notes taken on agenda items during the meeting, from which
  the minutes' draft is built (``item_id``, ``text``, ``id``).
* ``"emeeting:minutesVersion"`` on the Meeting: the frozen texts of certified minutes, in number order
  (0, the version certified, then each amendment with its reason), each with its ``sha256``. Certified
  minutes must arrive with them and version 0's hash must be the minutes' ``certified_sha256``; minutes not
  certified have none. (Whether each text still hashes to its ``sha256`` is checked by the importer.)
* ``"emeeting:auditEvent"`` on the Meeting: the audit trail of the meeting and of everything that is or was
  in it, in the order it happened: ``at``, ``actor``, ``action``, ``entity_kind``, ``entity_id``,
  ``summary``, ``id``. A store's own bookkeeping of its trail (such as a hash chain) is not exported: it
  belongs to the store that keeps the trail. ``action`` is one of ``AUDIT_ACTIONS``; an event names a
  record of the package as the kind it is, or a record whose "delete" the trail holds; the trail holds at
  most 100 events per record plus 1000; and what its "certify" and frozen versions' "create" events
  recorded of the minutes' hashes agrees with the versions (domain.certification): no version is swapped,
  left out or added without its event.
* The meeting's status agrees with its minutes: "minutes_certified" exactly when they are certified.
* A document is at most ``MAX_DOCUMENT_BYTES``, and a large one may not be compressed more than 200:1.

Format version 2 added the item notes, the minutes versions and the audit trail; version 1 packages
(without them) are still read, and a certified meeting in one is refused because its frozen text is
missing.

Conventions: every id, including references, is ``"urn:uuid:<canonical lowercase uuid>"``; datetimes are
ISO-8601 with a UTC offset (naive datetimes cannot be exported); dates are ISO-8601; enums are their
``.value``; absent optional extension values are ``null``, absent optional OParl values are omitted. All
lists keep the order of the package's tuples, so a round trip gives an equal package and a rewrite gives a
byte-identical ``meeting.json``. Derived OParl values (person ``name``, item ``number``/``order``/
``result``, meeting ``participant``) are written for other systems; on reading they are type-checked only.

Reading is strict: unknown keys, duplicate keys, missing keys, wrong JSON types (``true`` is not an
integer), integers above 2**53, strings with lone surrogates, bad enum values, non-canonical UUIDs, dates
without offset or outside the years 1900–2200, references to unknown ids, documents
without their ``files/`` member, members whose declared size differs from the document's, and content whose
hash differs are all refused with a one-line :class:`~emeeting.domain.errors.ValidationError`. Contents are
hashed while they are streamed; call :meth:`PackageFiles.verify_all` before storing anything.

Typical use::

    write_package(MeetingPackage(bundle, versions, trail), blobs.open, Path("meeting-3-2569.zip"))

    package, files = read_package(Path("meeting-3-2569.zip"))
    with files:
        files.verify_all()
        for sha256 in files.sha256s:
            with files.open(sha256) as stream:
                store(stream)
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import re
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from types import TracebackType, UnionType
from typing import IO, Any, BinaryIO, Final, get_args, get_origin, get_type_hints

from emeeting.domain.agenda import number_items, ordered
from emeeting.domain.certification import Disagreement, disagreements
from emeeting.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from emeeting.domain.lifecycle import certified_status_agrees
from emeeting.domain.model import (
    ATTENDED,
    ENTITY_KIND,
    SHA256_PATTERN,
    AgendaItem,
    AuditEvent,
    Committee,
    Document,
    ItemNote,
    Meeting,
    MeetingBundle,
    MeetingStatus,
    MemberRole,
    Membership,
    Minutes,
    MinutesStatus,
    MinutesVersion,
    Person,
    VoteKind,
)
from emeeting.interop.oparl.fields import (
    AUDIT_ACTIONS,
    AUDIT_FIELDS,
    AUDIT_KEY,
    COMMITTEE_EXT,
    DOCUMENT_EXT,
    ENTITY_KINDS,
    EVENTS_BASE,
    EVENTS_PER_RECORD,
    EXT,
    EXT_LISTS,
    FILES_PREFIX,
    FORMAT,
    FORMAT_VERSION,
    ITEM_EXT,
    MAX_ACTOR_CHARS,
    MAX_SUMMARY_CHARS,
    MEETING_EXT,
    NOTES_KEY,
    PERSON_EXT,
    POSITIVE_INTS,
    READABLE_VERSIONS,
    VERSIONS_KEY,
    MeetingPackage,
    Obj,
    all_but_meeting_id,
    as_bool,
    as_date,
    as_datetime,
    as_enum,
    as_int,
    as_list,
    as_sha256,
    as_str,
    as_urn,
    oparl,
    show,
    urn,
    where,
)

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_FILES_BYTES",
    "MAX_JSON_BYTES",
    "MeetingPackage",
    "PackageFiles",
    "meeting_records",
    "read_package",
    "write_package",
]

MAX_JSON_BYTES: Final = 50 * 1024 * 1024  # meeting.json larger than this is refused
MAX_FILES_BYTES: Final = 64 * 1024**3  # the sum of the distinct documents' sizes

_MEETING_JSON: Final = "meeting.json"
_CHUNK: Final = 1024 * 1024
_ZIP_EPOCH: Final = (1980, 1, 1, 0, 0, 0)
_FILE_MEMBER: Final = re.compile(f"files/({SHA256_PATTERN.pattern})")
# What zipfile and zlib raise on damaged or unsupported archives.
_ZIP_ERRORS: Final = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    ValueError,
    OSError,
)

# What reading a member's data raises when the data is damaged.
_DATA_ERRORS: Final = (zipfile.BadZipFile, zlib.error, EOFError)

# The largest document a package may carry (as large as emeeting attaches, intake.DEFAULT_MAX_BYTES), and
# how far a large one may have been compressed: real documents (PDF, DOCX, scans) shrink little, a file of
# zeros a thousandfold.
MAX_DOCUMENT_BYTES: Final = 512 * 1024 * 1024
_LARGE_DOCUMENT_BYTES: Final = 10 * 1024 * 1024
_MAX_COMPRESSION_RATIO: Final = 200


# ---------------------------------------------------------------------------------------------- writing


def write_package(package: MeetingPackage, open_blob: Callable[[str], BinaryIO], dest: Path) -> None:
    """Write ``package`` and its documents' contents to the zip ``dest``, atomically.

    ``open_blob(sha256)`` must give a readable binary stream of that content; it is copied in chunks and its
    size and hash are checked against the document. Raises :class:`ValidationError` if the package cannot be
    exported faithfully (inconsistent references, naive datetimes, certified minutes without their frozen
    versions, content not matching its hash …); on any failure ``dest`` is left untouched and no temporary
    file remains.
    """
    dest = Path(dest)
    bundle = package.bundle
    doc = encode_package(package)
    check_exportable(package, doc)
    try:
        data = (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot export meeting {label}: a text contains a character that is not valid Unicode "
                "({reason})",
            ),
            label=bundle.meeting.label,
            reason=exc.reason,
        ) from None
    if len(data) > MAX_JSON_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot export meeting {label}: meeting.json would be {size} bytes, more than the "
                "limit of {limit}",
            ),
            label=bundle.meeting.label,
            size=len(data),
            limit=MAX_JSON_BYTES,
        )
    contents = _distinct_contents(bundle.documents)

    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w") as zf:
                info = _zip_info(_MEETING_JSON, zipfile.ZIP_DEFLATED)
                zf.writestr(info, data)
                for sha256, (size, name) in contents.items():
                    _copy_content(zf, open_blob, sha256, size, name)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _zip_info(name: str, compress_type: int) -> zipfile.ZipInfo:
    """A member header that does not depend on the clock or the platform, so packages are reproducible."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
    info.compress_type = compress_type
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    return info


def _distinct_contents(documents: Iterable[Document]) -> dict[str, tuple[int, str]]:
    """sha256 → (size, a document name), in document order, once per distinct content."""
    out: dict[str, tuple[int, str]] = {}
    for d in documents:
        out.setdefault(d.sha256, (d.size, d.name))
    return out


def _copy_content(
    zf: zipfile.ZipFile, open_blob: Callable[[str], BinaryIO], sha256: str, size: int, name: str
) -> None:
    info = _zip_info(FILES_PREFIX + sha256, zipfile.ZIP_STORED)
    info.file_size = size  # lets zipfile pick ZIP64 up front for large contents
    digest = hashlib.sha256()
    copied = 0
    with open_blob(sha256) as src, zf.open(info, "w") as out:
        while chunk := src.read(_CHUNK):
            copied += len(chunk)
            if copied > size:
                break
            digest.update(chunk)
            out.write(chunk)
    if copied != size or digest.hexdigest() != sha256:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot export document {name}: its stored content does not match its size and sha256",
            ),
            name=repr(name),
        )


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


class _Decoder:
    """Reads the domain fields of one entity kind generically, by their type hints."""

    def __init__(self) -> None:
        self._hints: dict[type, dict[str, Any]] = {}

    def fields(self, obj: Obj, cls: type, names: Iterable[str]) -> dict[str, Any]:
        hints = self._hints.get(cls)
        if hints is None:
            hints = self._hints[cls] = get_type_hints(cls)
        return {name: self._field(obj, name, hints[name]) for name in names}

    def _field(self, obj: Obj, name: str, hint: Any) -> Any:
        optional = False
        if isinstance(hint, UnionType) or get_origin(hint) is not None:
            args = [a for a in get_args(hint) if a is not type(None)]
            optional = len(args) < len(get_args(hint))
            hint = args[0]
        value = obj.get(name)
        path = obj.at(name)
        if value is None and optional:
            return None
        if name == "id" or name.endswith("_id"):
            return as_urn(value, path)
        if name in ("sha256", "certified_sha256"):
            return as_sha256(value, path, allow_empty=name == "certified_sha256")
        if hint is bool:
            return as_bool(value, path)
        if hint is int:
            return as_int(value, path, 1 if name in POSITIVE_INTS else 0)
        if hint is str:
            return as_str(value, path)
        if hint is datetime:
            return as_datetime(value, path)
        if hint is date:
            return as_date(value, path)
        if isinstance(hint, type) and issubclass(hint, Enum):
            return as_enum(value, path, hint)
        raise AssertionError(f"unhandled field type {hint!r} for {name}")  # pragma: no cover

    def ext(self, obj: Obj, cls: type, names: Iterable[str]) -> dict[str, Any]:
        ext = obj.obj(EXT)
        out = self.fields(ext, cls, names)
        ext.finish()
        return out


def decode(doc: object) -> MeetingPackage:
    d = _Decoder()
    top = Obj(doc, "")
    fmt = top.get("format")
    if fmt != FORMAT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{where}: not an emeeting OParl package (expected {expected}, got {value})"
            ),
            where=where("format"),
            expected=repr(FORMAT),
            value=show(fmt),
        )
    version = top.get("formatVersion")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{where}: unsupported version {value} (this emeeting reads {supported})"
            ),
            where=where("formatVersion"),
            value=show(version),
            supported=FORMAT_VERSION,
        )

    o = top.obj("organization")
    o.expect("type", oparl("Organization"))
    committee = Committee(
        id=o.urn("id"),
        name=o.text("name"),
        short_name=o.text("shortName"),
        **d.ext(o, Committee, COMMITTEE_EXT),
    )
    o.finish()

    people = []
    for p in top.objects("person"):
        p.expect("type", oparl("Person"))
        p.text("name")  # derived display name: informational only
        people.append(
            Person(
                id=p.urn("id"),
                first_name=p.text("givenName"),
                last_name=p.text("familyName"),
                title=p.text("formOfAddress"),
                email=_single(p, "email"),
                phone=_single(p, "phone"),
                **d.ext(p, Person, PERSON_EXT),
            )
        )
        p.finish()

    memberships = []
    for ms in top.objects("membership"):
        ms.expect("type", oparl("Membership"))
        memberships.append(
            Membership(
                id=ms.urn("id"),
                person_id=ms.urn("person"),
                committee_id=ms.urn("organization"),
                role=ms.read("role", lambda v, p: as_enum(v, p, MemberRole)),
                voting=ms.read("votingRight", as_bool),
                term_start=ms.read_opt("startDate", as_date),
                term_end=ms.read_opt("endDate", as_date),
            )
        )
        ms.finish()

    m = top.obj("meeting")
    top.finish()
    m.expect("type", oparl("Meeting"))
    meeting_id = m.urn("id")
    organizations = m.urns("organization")
    if len(organizations) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: expected exactly one organization, got {count}"),
            where=where(m.at("organization")),
            count=len(organizations),
        )
    status = m.read("meetingState", lambda v, p: as_enum(v, p, MeetingStatus))
    if m.read("cancelled", as_bool) != (status is MeetingStatus.CANCELLED):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: disagrees with meetingState {state}"),
            where=where(m.at("cancelled")),
            state=repr(status.value),
        )
    location = m.obj("location")
    location.expect("type", oparl("Location"))
    place = location.text("description")
    location.finish()
    meeting = Meeting(
        id=meeting_id,
        committee_id=organizations[0],
        title=m.text("name"),
        status=status,
        start=m.read("start", as_datetime),
        end=m.read_opt("end", as_datetime),
        place=place,
        **d.ext(m, Meeting, MEETING_EXT),
    )
    participants = m.urns("participant")

    items = []
    item_files: list[tuple[str, list[str]]] = []
    for i in m.objects("agendaItem"):
        i.expect("type", oparl("AgendaItem"))
        if i.urn("meeting") != meeting_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{where}: does not refer to the enclosing meeting"),
                where=where(i.at("meeting")),
            )
        i.text("number")  # derived: informational only
        i.read("order", as_int)
        i.read_opt("result", as_str)
        item = AgendaItem(
            id=i.urn("id"),
            meeting_id=meeting_id,
            title=i.text("name"),
            closed=not i.read("public", as_bool),
            resolution=i.text("resolutionText"),
            **d.ext(i, AgendaItem, ITEM_EXT),
        )
        items.append(item)
        item_files.append((i.at("auxiliaryFile"), i.urns("auxiliaryFile")))
        i.finish()

    documents = []
    for f in m.objects("auxiliaryFile"):
        f.expect("type", oparl("File"))
        ext = d.ext(f, Document, DOCUMENT_EXT)
        f.expect("accessUrl", FILES_PREFIX + ext["sha256"])
        linked = f.urns("agendaItem") if f.has("agendaItem") else []
        if len(linked) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{where}: expected at most one agenda item, got {count}"),
                where=where(f.at("agendaItem")),
                count=len(linked),
            )
        documents.append(
            Document(
                id=f.urn("id"),
                meeting_id=meeting_id,
                item_id=linked[0] if linked else None,
                name=f.text("name"),
                file_name=f.text("fileName"),
                mime_type=f.text("mimeType"),
                size=f.read("size", as_int),
                text=f.text("text"),
                **ext,
            )
        )
        f.finish()

    lists: dict[str, tuple[Any, ...]] = {}
    for key, cls, attr in EXT_LISTS:
        names = all_but_meeting_id(cls)
        entities = []
        for e in m.objects(key):
            values = d.fields(e, cls, names)
            if "meeting_id" in {f.name for f in dataclasses.fields(cls)}:
                values["meeting_id"] = meeting_id
            entities.append(cls(**values))
            e.finish()
        lists[attr] = tuple(entities)

    raw_minutes = m.get("emeeting:minutes")
    minutes = None
    if raw_minutes is not None:
        mo = Obj(raw_minutes, m.at("emeeting:minutes"))
        minutes = Minutes(meeting_id=meeting_id, **d.fields(mo, Minutes, all_but_meeting_id(Minutes)))
        mo.finish()
    notes: list[ItemNote] = []
    versions: list[MinutesVersion] = []
    events: list[AuditEvent] = []
    if version >= 2:
        note_fields = all_but_meeting_id(ItemNote)
        for n in m.objects(NOTES_KEY):
            notes.append(ItemNote(**d.fields(n, ItemNote, note_fields)))
            n.finish()
        version_fields = all_but_meeting_id(MinutesVersion)
        for v in m.objects(VERSIONS_KEY):
            versions.append(MinutesVersion(**d.fields(v, MinutesVersion, version_fields)))
            v.finish()
        for e in m.objects(AUDIT_KEY):
            event = AuditEvent(**d.fields(e, AuditEvent, AUDIT_FIELDS))
            for name, limit in (("actor", MAX_ACTOR_CHARS), ("summary", MAX_SUMMARY_CHARS)):
                if len(getattr(event, name)) > limit:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{where}: {size} characters, more than an audit event holds ({limit})"
                        ),
                        where=where(e.at(name)),
                        size=len(getattr(event, name)),
                        limit=limit,
                    )
            if event.action not in AUDIT_ACTIONS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{where}: {value} is not one of: {allowed}"),
                    where=where(e.at("action")),
                    value=show(event.action),
                    allowed=", ".join(sorted(AUDIT_ACTIONS)),
                )
            if event.entity_kind not in ENTITY_KINDS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{where}: {value} is not one of: {allowed}"),
                    where=where(e.at("entity_kind")),
                    value=show(event.entity_kind),
                    allowed=", ".join(sorted(ENTITY_KINDS)),
                )
            events.append(event)
            e.finish()
    m.finish()

    bundle = MeetingBundle(
        committee=committee,
        meeting=meeting,
        people=tuple(people),
        memberships=tuple(memberships),
        items=tuple(items),
        documents=tuple(documents),
        minutes=minutes,
        **lists,
    )
    _check_references(bundle, participants)
    _check_versions(bundle.minutes, versions)
    _unique(NOTES_KEY, (n.id for n in notes))
    known_items = {i.id for i in bundle.items}
    for index, note in enumerate(notes):
        if note.item_id not in known_items:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{where}: refers to unknown agendaItem urn:uuid:{target}"),
                where=where(f"meeting.{NOTES_KEY}[{index}].item_id"),
                target=note.item_id,
            )
    _unique(AUDIT_KEY, (e.id for e in events))
    _check_certified_status(bundle)
    _check_trail(MeetingPackage(bundle, tuple(notes), tuple(versions)), events)
    attached: dict[str, list[str]] = {}
    for doc in bundle.documents:
        if doc.item_id is not None:
            attached.setdefault(doc.item_id, []).append(doc.id)
    for (path, listed), item in zip(item_files, bundle.items, strict=True):
        if listed != attached.get(item.id, []):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{where}: does not list exactly the files attached to this agenda item"
                ),
                where=where(path),
            )
    return MeetingPackage(bundle, tuple(notes), tuple(versions), tuple(events))


def _single(obj: Obj, key: str) -> str:
    """OParl's email/phone lists; the domain keeps one value."""
    values = [as_str(v, p) for v, p in as_list(obj.get(key), obj.at(key))]
    if len(values) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{where}: expected at most one value, got {count}"),
            where=where(obj.at(key)),
            count=len(values),
        )
    return values[0] if values else ""


def _unique(kind: str, ids: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "meeting.json: two {kind} records have the id urn:uuid:{id}"),
                kind=kind,
                id=i,
            )
        seen.add(i)
    return seen


def _check_versions(minutes: Minutes | None, versions: list[MinutesVersion]) -> None:
    """Certified minutes come with their frozen versions 0, 1, 2 … in order, version 0 being the text
    certified (its hash is the minutes' certified_sha256); minutes not certified come with none."""
    _unique(VERSIONS_KEY, (v.id for v in versions))
    certified = minutes is not None and minutes.status is MinutesStatus.CERTIFIED
    if minutes is None or not certified:
        if versions:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "meeting.json: {key} holds frozen versions of minutes that are not certified",
                ),
                key=VERSIONS_KEY,
            )
        return
    if not versions:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "meeting.json: the minutes are certified but the package holds no frozen version of their "
                "text (it may come from an older emeeting, which did not export them)",
            )
        )
    for n, v in enumerate(versions):
        version_at = where(f"meeting.{VERSIONS_KEY}[{n}]")
        if v.minutes_id != minutes.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{where}: refers to unknown minutes urn:uuid:{target}"),
                where=version_at,
                target=v.minutes_id,
            )
        if v.number != n:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{where}: expected version number {expected}, got {number}"),
                where=version_at,
                expected=n,
                number=v.number,
            )
    if versions[0].sha256 != minutes.certified_sha256:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{where}: the sha256 of version 0 is not the certified_sha256 of the minutes",
            ),
            where=where(f"meeting.{VERSIONS_KEY}[0]"),
        )


def _check_certified_status(b: MeetingBundle) -> None:
    """Certified minutes and the meeting's status say the same (domain.lifecycle): a meeting is "minutes
    certified" exactly when its minutes are, which only a meeting that was held can be."""
    certified = b.minutes is not None and b.minutes.status is MinutesStatus.CERTIFIED
    if certified_status_agrees(b.meeting.status, certified=certified):
        return
    if certified:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "meeting.json: the minutes are certified but the meeting's status is {status}; only a "
                "meeting that was held has its minutes certified, and their certification makes it minutes "
                "certified",
            ),
            status=b.meeting.status.value.replace("_", " "),
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "meeting.json: the meeting's status is minutes certified but its minutes are {state}",
        ),
        state="missing" if b.minutes is None else b.minutes.status.value,
    )


def _check_trail(package: MeetingPackage, events: list[AuditEvent]) -> None:
    """The trail is of a size that fits the record; an event names a record of the package (the
    committee, its people and memberships included) as the kind of record it is, or a record whose deletion
    the trail records (the history of records deleted before the export), as one kind throughout; and what
    the trail recorded of the certified minutes' hashes agrees with their frozen versions
    (domain.certification)."""
    b = package.bundle
    shared = (b.committee, *b.people, *b.memberships)
    records = (*shared, *meeting_records(package))
    limit = EVENTS_PER_RECORD * len(records) + EVENTS_BASE
    if len(events) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "meeting.json: {key} holds {count} events, more than {limit} for a meeting of {records} "
                "records",
            ),
            key=AUDIT_KEY,
            count=len(events),
            limit=limit,
            records=len(records),
        )
    if b.minutes is not None:  # an empty trail too: an amendment without its event is refused
        _check_certification(b.minutes, package.minutes_versions, events)
    kinds = {e.id: ENTITY_KIND[type(e)] for e in records}
    deleted = {e.entity_id for e in events if e.action == "delete"}
    for n, event in enumerate(events):
        if event.entity_id not in kinds and event.entity_id not in deleted:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{where}: names urn:uuid:{id}, which is not in the package and whose deletion its audit "
                    "trail does not record",
                ),
                where=where(f"meeting.{AUDIT_KEY}[{n}]"),
                id=event.entity_id,
            )
        # A record deleted before the export is the kind its first event names, in every event.
        kind = kinds.setdefault(event.entity_id, event.entity_kind)
        if kind != event.entity_kind:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{where}: entity_kind {kind} disagrees with the package, where urn:uuid:{id} is {actual}",
                ),
                where=where(f"meeting.{AUDIT_KEY}[{n}]"),
                kind=event.entity_kind,
                id=event.entity_id,
                actual=kind,
            )


def _check_certification(
    minutes: Minutes, versions: tuple[MinutesVersion, ...], events: list[AuditEvent]
) -> None:
    found_all = disagreements(minutes, versions, events, whole_trail=True)
    # The certification first: a swapped certified text disagrees with its version's event too.
    for found in sorted(found_all, key=lambda f: f.kind is not Disagreement.CERTIFY_EVENT):
        if found.kind is Disagreement.CERTIFY_EVENT:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "meeting.json: its audit trail records the certified minutes' sha256 as {recorded}, not "
                    "the sha256 of version 0 (the certified text was replaced)",
                ),
                recorded=found.recorded,
            )
        if found.kind is Disagreement.VERSION_EVENT:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "meeting.json: its audit trail records the sha256 of minutes version {number} as "
                    "{recorded}, not the one the package gives (the text was replaced)",
                ),
                number=found.number,
                recorded=found.recorded,
            )
        if found.kind is Disagreement.DROPPED:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "meeting.json: its audit trail records minutes version {number}, which the package lacks "
                    "(an amendment was left out)",
                ),
                number=found.number if found.number >= 0 else f"urn:uuid:{found.version_id}",
            )
        if found.kind is Disagreement.UNRECORDED:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "meeting.json: minutes version {number} has no event in the package's audit trail (an "
                    "amendment that was never recorded)",
                ),
                number=found.number,
            )
        # The texts against their hashes are the importer's to check; the rest _check_versions did.


def meeting_records(package: MeetingPackage) -> tuple[Any, ...]:
    """The meeting and every record in it that the package carries (not the committee, its people and
    memberships), parents before children, the frozen minutes versions last."""
    b = package.bundle
    minutes = () if b.minutes is None else (b.minutes,)
    return (
        *(b.meeting, *b.items, *b.recusals, *b.documents, *b.invitations, *b.votes, *b.ballots),
        *(*b.dissents, *b.actions, *minutes, *b.minutes_entries, *package.item_notes),
        *package.minutes_versions,
    )


def _check_references(b: MeetingBundle, participants: list[str]) -> None:
    people = _unique("person", (p.id for p in b.people))
    items = _unique("agendaItem", (i.id for i in b.items))
    votes = _unique("emeeting:vote", (v.id for v in b.votes))
    _unique("membership", (ms.id for ms in b.memberships))
    _unique("auxiliaryFile", (doc.id for doc in b.documents))
    for key, _, attr in EXT_LISTS:
        _unique(key, (e.id for e in getattr(b, attr)))

    def ref(kind: str, entity_id: str, what: str, target: str | None, known: set[str]) -> None:
        if target is not None and target not in known:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "meeting.json: {kind} urn:uuid:{entity_id} refers to unknown {what} urn:uuid:{target}",
                ),
                kind=kind,
                entity_id=entity_id,
                what=what,
                target=target,
            )

    org = {b.committee.id}
    ref("meeting", b.meeting.id, "organization", b.meeting.committee_id, org)
    for pid in participants:
        ref("meeting", b.meeting.id, "participant", pid, people)
    for ms in b.memberships:
        ref("membership", ms.id, "person", ms.person_id, people)
        ref("membership", ms.id, "organization", ms.committee_id, org)
    for i in b.items:
        ref("agendaItem", i.id, "parent agendaItem", i.parent_id, items)
        ref("agendaItem", i.id, "presenter person", i.presenter_id, people)
    parents = {i.id: i.parent_id for i in b.items}
    for i in b.items:  # every parent is known now: walk up looking for a cycle
        seen = {i.id}
        parent = i.parent_id
        while parent is not None:
            if parent in seen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "meeting.json: agendaItem urn:uuid:{id} is its own ancestor (the parents form a "
                        "cycle)",
                    ),
                    id=i.id,
                )
            seen.add(parent)
            parent = parents[parent]
    sizes: dict[str, int] = {}
    for doc in b.documents:
        ref("auxiliaryFile", doc.id, "agendaItem", doc.item_id, items)
        if sizes.setdefault(doc.sha256, doc.size) != doc.size:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "meeting.json: files with sha256 {sha256} disagree on their size"
                ),
                sha256=doc.sha256,
            )
    for r in b.recusals:
        ref("emeeting:recusal", r.id, "agendaItem", r.item_id, items)
        ref("emeeting:recusal", r.id, "person", r.person_id, people)
    for inv in b.invitations:
        ref("emeeting:invitation", inv.id, "person", inv.person_id, people)
        ref("emeeting:invitation", inv.id, "agendaItem", inv.item_id, items)
        ref("emeeting:invitation", inv.id, "substituted person", inv.substitute_for_id, people)
    secret = {v.id for v in b.votes if v.kind is VoteKind.SECRET}
    for v in b.votes:
        ref("emeeting:vote", v.id, "agendaItem", v.item_id, items)
    for ballot in b.ballots:
        ref("emeeting:ballot", ballot.id, "vote", ballot.vote_id, votes)
        ref("emeeting:ballot", ballot.id, "person", ballot.person_id, people)
        if ballot.vote_id in secret:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "meeting.json: emeeting:ballot urn:uuid:{id} names a voter in a secret vote"
                ),
                id=ballot.id,
            )
    for dissent in b.dissents:
        ref("emeeting:dissent", dissent.id, "agendaItem", dissent.item_id, items)
        ref("emeeting:dissent", dissent.id, "person", dissent.person_id, people)
    for a in b.actions:  # carried_from_id names an action of an earlier meeting: not in the package
        ref("emeeting:actionItem", a.id, "agendaItem", a.item_id, items)
        ref("emeeting:actionItem", a.id, "assignee person", a.assignee_id, people)
    if b.minutes is not None:
        ref("emeeting:minutes", b.minutes.id, "taker person", b.minutes.taker_id, people)
        ref("emeeting:minutes", b.minutes.id, "checker person", b.minutes.checker_id, people)
    minutes_ids = set() if b.minutes is None else {b.minutes.id}
    for entry in b.minutes_entries:
        ref("emeeting:minutesEntry", entry.id, "minutes", entry.minutes_id, minutes_ids)
        ref("emeeting:minutesEntry", entry.id, "agendaItem", entry.item_id, items)


# ---------------------------------------------------------------------------------------------- reading


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "meeting.json: duplicate key {key}"), key=repr(key)
            )
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "meeting.json: {name} is not valid JSON"), name=name)


def read_package(
    src: Path,
    *,
    max_json_bytes: int = MAX_JSON_BYTES,
    max_files_bytes: int = MAX_FILES_BYTES,
) -> tuple[MeetingPackage, PackageFiles]:
    """Read and validate the package ``src``; return what it carries and its (still unverified) contents.

    The returned :class:`PackageFiles` keeps the zip open: use it as a context manager, and call
    :meth:`PackageFiles.verify_all` before storing anything. Any problem raises one-line
    :class:`ValidationError`.
    """
    src = Path(src)
    try:
        zf = zipfile.ZipFile(src)
    except FileNotFoundError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name}: no such file"), name=src.name) from None
    except _ZIP_ERRORS as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name}: not a readable zip file ({reason})"),
            name=src.name,
            reason=_reason(exc),
        ) from None
    try:
        package, files = _read_open(zf, src.name, max_json_bytes, max_files_bytes)
    except BaseException:
        zf.close()
        raise
    return package, files


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _read_open(
    zf: zipfile.ZipFile, label: str, max_json_bytes: int, max_files_bytes: int
) -> tuple[MeetingPackage, PackageFiles]:
    meeting_json: zipfile.ZipInfo | None = None
    members: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        match = _FILE_MEMBER.fullmatch(info.filename)
        if info.filename != _MEETING_JSON and match is None:
            continue  # anything else, including "../" names, is never looked at
        duplicate = meeting_json is not None if match is None else match.group(1) in members
        if duplicate:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: the zip holds {member} twice"),
                label=label,
                member=info.filename,
            )
        if info.flag_bits & 0x1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: {member} is encrypted"),
                label=label,
                member=info.filename,
            )
        if match is None:
            meeting_json = info
        else:
            members[match.group(1)] = info
    if meeting_json is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}: not an emeeting package (meeting.json is missing)"),
            label=label,
        )
    if meeting_json.file_size > max_json_bytes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}: meeting.json is {size} bytes, over the limit of {limit}"),
            label=label,
            size=meeting_json.file_size,
            limit=max_json_bytes,
        )
    try:
        with zf.open(meeting_json) as fh:
            raw = fh.read(max_json_bytes + 1)
    except _ZIP_ERRORS as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}: meeting.json is damaged ({reason})"),
            label=label,
            reason=_reason(exc),
        ) from None
    if len(raw) > max_json_bytes:  # pragma: no cover - zipfile stops at the declared size
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}: meeting.json is larger than the limit of {limit}"),
            label=label,
            limit=max_json_bytes,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "meeting.json: not valid UTF-8 at byte {position}"),
            position=exc.start,
        ) from None
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "meeting.json: invalid JSON: {problem} (line {line} column {column})"
            ),
            problem=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "meeting.json: invalid JSON: nested too deeply")
        ) from None
    except ValueError:  # not a JSONDecodeError: a number with more digits than int() converts (4300)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "meeting.json: invalid JSON: a number has too many digits")
        ) from None
    package = decode(doc)
    bundle = package.bundle

    sizes: dict[str, int] = {}
    for d in bundle.documents:
        sizes.setdefault(d.sha256, d.size)
    total = sum(sizes.values())
    if total > max_files_bytes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{label}: the documents add up to {total} bytes, more than the limit of {limit}"
            ),
            label=label,
            total=total,
            limit=max_files_bytes,
        )
    for d in bundle.documents:
        member = members.get(d.sha256)
        if member is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: files/{sha256} (document {document}) is missing"),
                label=label,
                sha256=d.sha256,
                document=repr(d.name),
            )
        if member.file_size > MAX_DOCUMENT_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: document {document} is {size} bytes, more than the limit of {limit} for one "
                    "document",
                ),
                label=label,
                document=repr(d.name),
                size=member.file_size,
                limit=MAX_DOCUMENT_BYTES,
            )
        if member.file_size > _LARGE_DOCUMENT_BYTES and member.file_size > _MAX_COMPRESSION_RATIO * max(
            member.compress_size, 1
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: document {document} unpacks from {packed} to {size} bytes, more than {ratio} "
                    "times its size in the zip, which no real document does; the package is refused",
                ),
                label=label,
                document=repr(d.name),
                packed=member.compress_size,
                size=member.file_size,
                ratio=_MAX_COMPRESSION_RATIO,
            )
        if member.file_size != d.size:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: files/{sha256} declares {declared} bytes but document {document} has {size}",
                ),
                label=label,
                sha256=d.sha256,
                declared=member.file_size,
                document=repr(d.name),
                size=d.size,
            )
    return package, PackageFiles(zf, label, {sha: members[sha] for sha in sizes})


class PackageFiles:
    """The documents' contents inside a package being read, streamed from the zip and hash-checked.

    Streams from :meth:`open` check the size and SHA-256 when they reach the end and raise
    :class:`ValidationError` on a mismatch or damaged data; :meth:`verify_all` reads everything once.
    Close it (or use it as a context manager) to release the zip file.
    """

    def __init__(self, zf: zipfile.ZipFile, label: str, members: Mapping[str, zipfile.ZipInfo]) -> None:
        self._zf = zf
        self._label = label
        self._members = dict(members)

    @property
    def sha256s(self) -> tuple[str, ...]:
        """The distinct contents the documents refer to, in document order."""
        return tuple(self._members)

    def __contains__(self, sha256: object) -> bool:
        return sha256 in self._members

    def __len__(self) -> int:
        return len(self._members)

    def size(self, sha256: str) -> int:
        return self._info(sha256).file_size

    def open(self, sha256: str) -> BinaryIO:
        """A binary stream of that content; it raises :class:`ValidationError` at its end if it is wrong."""
        info = self._info(sha256)
        try:
            raw: IO[bytes] = self._zf.open(info)
        except _ZIP_ERRORS as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: files/{sha256} is damaged ({reason})"),
                label=self._label,
                sha256=sha256,
                reason=_reason(exc),
            ) from None
        return io.BufferedReader(_VerifyingReader(raw, sha256, info.file_size, self._label), _CHUNK)

    def verify_all(self) -> None:
        """Read every content through once, checking its size and SHA-256; raise on the first problem."""
        for sha256 in self._members:
            with self.open(sha256) as stream:
                while stream.read(_CHUNK):
                    pass

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> PackageFiles:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _info(self, sha256: str) -> zipfile.ZipInfo:
        info = self._members.get(sha256)
        if info is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "{label}: no document content with sha256 {sha256}"),
                label=self._label,
                sha256=sha256,
            )
        return info


class _VerifyingReader(io.RawIOBase):
    """Reads a zip member, hashing as it goes; at the end checks size and SHA-256."""

    def __init__(self, raw: IO[bytes], sha256: str, size: int, label: str) -> None:
        super().__init__()
        self._raw = raw
        self._sha256 = sha256
        self._size = size
        self._label = label
        self._digest = hashlib.sha256()
        self._count = 0
        self._checked = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if not len(view):
            return 0
        try:
            data = self._raw.read(len(view))
        except _DATA_ERRORS as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: files/{sha256} is damaged ({reason})"),
                label=self._label,
                sha256=self._sha256,
                reason=_reason(exc),
            ) from None
        n = len(data)
        view[:n] = data
        self._digest.update(data)
        self._count += n
        if not self._checked and (n == 0 or self._count >= self._size):
            self._checked = True  # checked as soon as the last byte arrives, or at a premature end
            if self._count != self._size or self._digest.hexdigest() != self._sha256:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: files/{sha256} does not match its sha256 (the content was altered)",
                    ),
                    label=self._label,
                    sha256=self._sha256,
                )
        return n

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()
