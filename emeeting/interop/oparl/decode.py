"""The JSON document → :class:`MeetingPackage`, with every check: format version, types, references, the
minutes' frozen versions and their certification, the audit trail."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from types import UnionType
from typing import Any, get_args, get_origin, get_type_hints

from emeeting.domain.certification import Disagreement, disagreements
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.kinds import kind_of
from emeeting.domain.lifecycle import certified_status_agrees
from emeeting.domain.model import (
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
    VERSION_3_FIELDS,
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
    where,
)


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


def _of_version(cls: type, names: Iterable[str], version: int) -> tuple[str, ...]:
    """The fields of ``cls`` a package of that format version carries (later ones take their defaults)."""
    later = VERSION_3_FIELDS.get(cls, frozenset()) if version < 3 else frozenset()
    return tuple(n for n in names if n not in later)


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
        **d.ext(m, Meeting, _of_version(Meeting, MEETING_EXT, version)),
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
        names = _of_version(cls, all_but_meeting_id(cls), version)
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
    kinds: dict[str, str] = {e.id: kind_of(type(e)) for e in records}
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
