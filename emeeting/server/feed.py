"""The change feed (pull) and the versioned writes (push), with access control applied to both."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from emeeting.domain.errors import EmeetingError
from emeeting.domain.kinds import REFERENCES, Kind
from emeeting.domain.model import Attendance, InviteeRole, Rsvp, Secrecy, VoteKind, VoteResult, is_sha256
from emeeting.domain.validation import validate
from emeeting.server.access import TOP_SECRET, Caller, ItemFacts, Scope, VoteFacts
from emeeting.server.ballots import ballot_refusal, ballot_written, reopening_refusal, vote_written
from emeeting.server.frozen import frozen_changes
from emeeting.server.live import Actor, publish
from emeeting.server.storage import Database, blob_holders, devices, meta, records, users
from emeeting.storage.codec import datetime_to_db
from emeeting.sync import protocol as p


class ApiError(Exception):
    """An answer other than success: HTTP status, stable code, one line, and details."""

    def __init__(self, status: int, code: p.ErrorCode, message: str, **details: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body = p.ErrorBody(error=code, message=message, **details)
        self.headers: dict[str, str] = {}


def not_found() -> ApiError:
    return ApiError(404, "not_found", "no such record, or not yours to see")


def forbidden(kind: str, id: str, why: str) -> ApiError:
    return ApiError(403, "forbidden", f"{kind} {id}: {why}", records=[f"{kind}/{id}"])


def invalid(kind: str, id: str, why: str) -> ApiError:
    return ApiError(422, "invalid_record", f"{kind} {id}: {why}", records=[f"{kind}/{id}"])


def now_text() -> str:
    return datetime_to_db(datetime.now(UTC))


def to_record(row: Any, data: dict[str, Any] | None = None) -> p.Record:
    """The row as the feed sends it; ``data``: its data, when the caller has decoded it already."""
    return p.Record(
        kind=row.kind,
        id=row.id,
        version=row.version,
        deleted=row.deleted,
        data=json.loads(row.data) if data is None else data,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


# ------------------------------------------------------------------------------------------------ pull


@dataclass
class FeedPage:
    """A page of the feed as JSON text, each record already written (see ``record_json``); ``body`` gives
    the ``ChangesPage`` the protocol describes, without building a model of each record again."""

    records: list[str]
    cursor: int
    more: bool
    server_version: int

    def body(self, server_id: str | None) -> bytes:
        tail: dict[str, Any] = {
            "cursor": self.cursor,
            "more": self.more,
            "server_version": self.server_version,
        }
        tail["server_id"] = server_id
        return f'{{"records":[{",".join(self.records)}],{_compact(tail)[1:]}'.encode()


def record_json(row: Any, data: dict[str, Any] | None) -> str:
    """The row as the feed sends it (a ``p.Record``), as JSON text. ``data``: what is sent instead of the
    stored data (a heading's title-only copy); None sends the stored text as it is, without decoding and
    encoding it again (the server wrote it, with json.dumps, from data it had checked)."""
    sent = row.data if data is None else json.dumps(data, ensure_ascii=False, sort_keys=True)
    # The fields around it written as _compact would write them (a page has a thousand records: one call
    # of json.dumps per record was a third of the page's time).
    deleted = "true" if row.deleted else "false"
    return (
        f'{{"kind":{_text(row.kind)},"id":{_text(row.id)},"version":{int(row.version)},"deleted":{deleted},'
        f'"data":{sent},"updated_at":{_text(row.updated_at)},"updated_by":{_text(row.updated_by)}}}'
    )


# A string as JSON text, as json.dumps(..., ensure_ascii=False) writes it (its own C function).
_text = json.encoder.encode_basestring


def _compact(values: dict[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def pull(
    db: Database,
    authenticate: Callable[[Connection], tuple[Caller, tuple[str, bool]]],
    since: int,
    limit: int,
) -> FeedPage:
    """One page of what changed after ``since`` that the caller may see.

    ``authenticate`` gives the caller and their device's scope: the fingerprint the device's cursor was
    built under and whether its serial is current; a device that must start over gets resync_required.
    Authentication and the page share one read transaction: a poll with nothing new is one round trip
    to the database after BEGIN.
    """
    with db.read() as conn:
        caller, (stored_fingerprint, serial_current) = authenticate(conn)
        newest, purged = db.counters(conn)
        stale = since < purged or not serial_current or not stored_fingerprint  # (a new login has none)
        if since > newest or (since > 0 and stale):
            raise resync(purged)
        if since == newest or (since > 0 and not _anything_for(conn, caller, since)):
            return FeedPage(records=[], cursor=newest, more=False, server_version=newest)
        scope = Scope(conn, caller)
        fingerprint = scope.fingerprint()
        if since > 0 and fingerprint != stored_fingerprint:
            raise resync(purged)
        out: list[str] = []
        cursor = since
        batch = max(limit, 200)
        while len(out) < limit:
            rows = conn.execute(
                select(records).where(records.c.version > cursor).order_by(records.c.version).limit(batch)
            ).all()
            for row in rows:
                cursor = row.version
                record = visible_record_json(scope, row)
                if record is not None:
                    out.append(record)
                    if len(out) == limit:
                        break
            if len(rows) < batch and (not rows or cursor == rows[-1].version):
                cursor = newest  # nothing else below the newest version
                break
    page = FeedPage(records=out, cursor=cursor, more=cursor < newest, server_version=newest)
    if fingerprint != stored_fingerprint or not serial_current:
        with db.write() as conn:
            serial = select(users.c.scope_serial).where(users.c.id == caller.user_id).scalar_subquery()
            conn.execute(
                update(devices)
                .where(devices.c.id == caller.device_id)
                .values(scope=fingerprint, scope_serial=serial)
            )
    return page


def _anything_for(conn: Connection, caller: Caller, since: int) -> bool:
    """Whether any change after ``since`` could concern the caller: one indexed query, so that a poll
    while others' meetings change costs little. A change that cannot be seen by the caller and is in none
    of their meetings cannot change what they may see either (Scope reads only such records; policies
    and roles change through the user's scope serial)."""
    mine = records.alias("mine")
    invited = select(mine.c.meeting_id).where(
        mine.c.kind == Kind.INVITATION, mine.c.person_id == caller.person_id, mine.c.deleted.is_(False)
    )
    relevant = or_(
        records.c.kind.in_((Kind.PERSON, Kind.COMMITTEE, Kind.MEMBERSHIP)),
        records.c.committee_id.in_(list(caller.committees)),
        and_(records.c.kind.in_(OWNED_KINDS), records.c.owner_id == caller.user_id),
    )
    if caller.person_id is not None:
        relevant = or_(
            relevant,
            records.c.person_id == caller.person_id,
            records.c.meeting_id.in_(invited.scalar_subquery()),
        )
    found = conn.execute(select(records.c.version).where(records.c.version > since, relevant).limit(1))
    return found.first() is not None


# Kinds whose records belong to the user who wrote them: the server keeps the writer as the owner.
OWNED_KINDS = (Kind.PRIVATE_NOTE, Kind.ANNOTATION)
# Changes that are no news for the meeting's live clients (a reader's marks and notes go by the sync).
_NOT_NEWS = frozenset(OWNED_KINDS)


def resync(purged: int) -> ApiError:
    return ApiError(
        410,
        "resync_required",
        "the server no longer has the history since this cursor: pull again from 0",
        oldest_cursor=purged,
    )


def visible_record(scope: Scope, row: Any) -> p.Record | None:
    """The row as the caller may receive it (a heading above their item as a title-only copy), or None."""
    data: dict[str, Any] = json.loads(row.data)
    copy = scope.copy_for(row.kind, data, row.owner_id)
    if copy is None:
        return None
    # (decoded once: the data seen is the data sent, or the copy made of it)
    sent: dict[str, Any] = data if copy is data else dict(copy)
    return to_record(row, sent)


def visible_record_json(scope: Scope, row: Any) -> str | None:
    """``visible_record`` as JSON text: the stored text when the caller receives the record as it is."""
    if scope.owns(row.kind, row.owner_id):  # (most of a member's first sync: her own annotations)
        return record_json(row, None)
    data: dict[str, Any] = json.loads(row.data)
    copy = scope.copy_for(row.kind, data, row.owner_id)
    if copy is None:
        return None
    return record_json(row, None if copy is data else dict(copy))


def get_record(db: Database, caller: Caller, kind: str, id: str) -> p.Record:
    with db.read() as conn:
        row = conn.execute(select(records).where(records.c.kind == kind, records.c.id == id)).first()
        record = None if row is None else visible_record(Scope(conn, caller), row)
        if record is None:
            raise not_found()
        return record


def visible_committees(db: Database, caller: Caller) -> set[str]:
    with db.read() as conn:
        return Scope(conn, caller).committees


def readable_blobs(conn: Connection, caller: Caller, shas: Collection[str]) -> set[str]:
    """Those of ``shas`` the caller uploaded or that a live document the caller may see refers to, decided
    for a whole batch at once (one scope for the meetings of every document naming one of them, not one
    per blob). ``_may_name_blob`` asks the same of a push's scope, which knows the push's own records."""
    wanted = list(set(shas))
    if not wanted:
        return set()
    held = set(
        conn.execute(
            select(blob_holders.c.sha256).where(
                blob_holders.c.sha256.in_(wanted), blob_holders.c.user_id == caller.user_id
            )
        ).scalars()
    )
    rest = [sha for sha in wanted if sha not in held]
    if not rest:
        return held
    rows = conn.execute(
        select(records.c.sha256, records.c.data, records.c.meeting_id).where(
            records.c.kind == Kind.DOCUMENT, records.c.sha256.in_(rest), records.c.deleted.is_(False)
        )
    ).all()
    if not rows:
        return held
    scope = Scope(conn, caller, meetings={row.meeting_id for row in rows})
    return held | {row.sha256 for row in rows if scope.sees_document(json.loads(row.data))}


def _holds(conn: Connection, caller: Caller, sha256: str) -> bool:
    held = conn.execute(
        select(blob_holders.c.sha256).where(
            blob_holders.c.sha256 == sha256, blob_holders.c.user_id == caller.user_id
        )
    ).first()
    return held is not None


def _documents_naming(conn: Connection, sha256: str) -> list[Any]:
    return list(
        conn.execute(
            select(records.c.data, records.c.meeting_id).where(
                records.c.kind == Kind.DOCUMENT, records.c.sha256 == sha256, records.c.deleted.is_(False)
            )
        ).all()
    )


def hold_blob(db: Database, caller: Caller, sha256: str) -> None:
    """Remember that the caller uploaded these bytes whole: they may name the blob in their documents."""
    try:
        with db.write() as conn:
            if not _holds(conn, caller, sha256):
                conn.execute(insert(blob_holders).values(sha256=sha256, user_id=caller.user_id))
    except IntegrityError:
        pass  # the same upload finished twice at once: remembered by the other


def _may_name_blob(conn: Connection, scope: Scope, sha256: str) -> bool:
    """A document may name a blob its writer uploaded, or one they may already read through another
    document: knowing a hash is not enough (a blob is served to whoever sees a document naming it)."""
    return _holds(conn, scope.caller, sha256) or any(
        scope.sees_document(json.loads(row.data)) for row in _documents_naming(conn, sha256)
    )


# ------------------------------------------------------------------------------------------------ push


@dataclass
class _Columns:
    committee_id: str | None = None
    meeting_id: str | None = None
    item_id: str | None = None
    person_id: str | None = None
    sha256: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# kind -> the field naming its parent, whose kind is the field's (REFERENCES): the record's meeting comes
# from the parent
_PARENT: dict[str, str] = {
    Kind.RECUSAL: "item_id",
    Kind.DISSENT: "item_id",
    Kind.BALLOT: "vote_id",
    Kind.MINUTES_ENTRY: "minutes_id",
    Kind.MINUTES_VERSION: "minutes_id",
    Kind.ITEM_NOTE: "item_id",
}


def push(
    db: Database, caller: Caller, changes: list[p.Change], has_blob: Callable[[str], bool]
) -> p.PushResult:
    """Apply all changes or none: a stale one answers 412 with the server copies, a forbidden one 403, and
    so do changes to the record of a meeting whose minutes are certified (all of them named, so that the
    device can take back each one)."""
    seen: set[tuple[str, str]] = set()
    for change in changes:
        if (change.kind, change.id) in seen:
            raise invalid(change.kind, change.id, "appears twice in one push")
        seen.add((change.kind, change.id))
    ordered = sorted(changes, key=lambda c: p.KIND_ORDER[c.kind])
    substitutes = _substitutes_named(caller, ordered)
    with db.write() as conn:
        first = db.allocate(conn, len(ordered))
        scope = Scope(conn, caller)
        frozen = frozen_changes(conn, ordered)  # against what the server held before this push
        refused: list[str] = []
        at = now_text()
        conflicts: list[p.Conflict] = []
        accepted: list[p.Accepted] = []
        touched: set[str] = set()  # meetings whose records changed: their live clients pull at once
        for offset, change in enumerate(ordered):
            current = conn.execute(
                select(records).where(records.c.kind == change.kind, records.c.id == change.id)
            ).first()
            # Someone else's record is answered as if it were not there (the same status and body as for
            # an unknown id), and is never overwritten.
            # (A heading above the caller's item is theirs to see as a copy, and refused below as any
            # record only the secretary changes.)
            shown = None if current is None else visible_record(scope, current)
            hidden = current is not None and shown is None
            if hidden:
                current = None
            if current is None and change.base_version == 0:
                pass
            elif current is None or current.version != change.base_version:
                conflicts.append(
                    p.Conflict(
                        kind=change.kind,
                        id=change.id,
                        base_version=change.base_version,
                        server=shown,
                    )
                )
                continue
            columns = _check(conn, scope, change, current, has_blob, substitutes)
            if hidden:  # allowed as new, but the id is taken
                raise forbidden(
                    change.kind, change.id, "this id is already in use; the record needs a new one"
                )
            if (change.kind, change.id) in frozen:
                refused.append(f"{change.kind}/{change.id}")
                continue
            version = first + offset
            if change.kind == Kind.BALLOT:
                _one_ballot_per_voter(conn, change)
            values = {
                "version": version,
                "deleted": change.deleted,
                "data": json.dumps(_stored_data(change), ensure_ascii=False, sort_keys=True),
                "committee_id": columns.committee_id,
                "meeting_id": columns.meeting_id,
                "item_id": columns.item_id,
                "person_id": columns.person_id,
                "owner_id": caller.user_id if change.kind in OWNED_KINDS else None,
                "sha256": columns.sha256,
                "vote_id": None if change.kind != Kind.BALLOT or change.deleted else change.data["vote_id"],
                "updated_at": at,
                "updated_by": caller.name,
            }
            if current is None:
                conn.execute(insert(records).values(kind=change.kind, id=change.id, **values))
            else:
                conn.execute(
                    update(records)
                    .where(records.c.kind == change.kind, records.c.id == change.id)
                    .values(**values)
                )
            _learn(scope, change)
            _announce(conn, scope, change, current)
            accepted.append(p.Accepted(kind=change.kind, id=change.id, version=version))
            if columns.meeting_id is not None and change.kind not in _NOT_NEWS:
                touched.add(columns.meeting_id)
        _no_ballots_in_secret_votes(conn, ordered, accepted)
        if refused:
            raise ApiError(
                403,
                "forbidden",
                "the minutes of the meeting are certified, so its record no longer changes: "
                "changes go through an amendment to the minutes",
                records=refused,
            )
        if conflicts:
            raise ApiError(
                412,
                "conflict",
                "some records changed on the server: pull, merge and push again",
                conflicts=conflicts,
            )
        for meeting_id in sorted(touched):  # (after the counter, as every writer of both takes them)
            publish(conn, meeting_id, p.LiveType.RECORDS, {}, Actor(caller.name, "", ""))
        # Versions handed out for nothing (never here: every change is written) would still be harmless.
        return p.PushResult(accepted=accepted, server_version=db.server_version(conn))


def _announce(conn: Connection, scope: Scope, change: p.Change, current: Any | None) -> None:
    """Tell the meeting's live channel of a vote that became open and of a ballot cast."""
    if change.deleted:
        return
    if change.kind == Kind.VOTE:
        before = None if current is None or current.deleted else json.loads(current.data)
        vote_written(conn, change.data, before, scope.caller.name)
    elif change.kind == Kind.BALLOT and (current is None or current.deleted):
        vote = scope.votes.get(change.data["vote_id"])
        if vote is not None and vote.opened_at is not None:
            meeting_id = scope.items[vote.item_id].meeting_id
            ballot_written(
                conn, meeting_id, change.data["vote_id"], change.data["person_id"], scope.caller.name
            )


def _no_ballots_in_secret_votes(
    conn: Connection, changes: list[p.Change], accepted: list[p.Accepted]
) -> None:
    """A secret vote keeps only its tally: a vote made secret while ballots of it stand is refused. Checked
    after the whole push, which may withdraw those ballots (as re-recording a vote as secret does)."""
    written = {a.id for a in accepted if a.kind == Kind.VOTE}
    secret = [
        c.id
        for c in changes
        if c.kind == Kind.VOTE and c.id in written and not c.deleted and c.data["kind"] != VoteKind.OPEN
    ]
    if not secret:
        return
    standing = conn.execute(
        select(records.c.vote_id)
        .where(records.c.kind == Kind.BALLOT, records.c.vote_id.in_(secret), records.c.deleted.is_(False))
        .distinct()
    ).scalars()
    refused = [f"vote/{vote_id}" for vote_id in sorted(set(standing))]
    if refused:
        raise ApiError(
            403,
            "forbidden",
            "a secret vote keeps only its tally, not who voted how: withdraw the ballots cast in it first",
            records=refused,
        )


# What an annotation said (the words, the quoted text, where it was): never kept in its tombstone.
_ANNOTATION_CONTENT = MappingProxyType({"quote": "", "text": "", "geometry": "[]"})


def _stored_data(change: p.Change) -> dict[str, Any]:
    """The record as the server keeps it. A deleted annotation keeps only what says who must hear of the
    deletion: everyone it reached gets the tombstone, and so does every device that syncs from the start
    later (a new laptop, a guest invited since), which must not learn what its owner took back."""
    if change.deleted and change.kind == Kind.ANNOTATION:
        return {**change.data, **_ANNOTATION_CONTENT}
    return change.data


def _one_ballot_per_voter(conn: Connection, change: p.Change) -> None:
    """A second live ballot of the same voter in the same vote is refused (the unique key backs this)."""
    if change.deleted:
        return
    other = conn.execute(
        select(records.c.id).where(
            records.c.kind == Kind.BALLOT,
            records.c.vote_id == change.data["vote_id"],
            records.c.person_id == change.data["person_id"],
            records.c.id != change.id,
        )
    ).first()
    if other is not None:
        raise forbidden(
            change.kind,
            change.id,
            "the voter has already voted in this vote: change that ballot instead of casting another",
        )


def _learn(scope: Scope, change: p.Change) -> None:
    """Let later changes in the same push see the parents this one created."""
    data = change.data
    if change.kind == Kind.DOCUMENT:
        scope.learn_document(data, change.deleted)
    if change.kind == Kind.MEETING and not change.deleted:
        scope.meetings[change.id] = (data["committee_id"], Secrecy(data["secrecy"]).rank)
    elif change.kind == Kind.AGENDA_ITEM and not change.deleted:
        scope.items[change.id] = ItemFacts(
            data["meeting_id"], bool(data["closed"]), Secrecy(data["secrecy"]).rank
        )
    elif change.kind == Kind.VOTE and not change.deleted:
        scope.votes[change.id] = VoteFacts.of(data)
    elif change.kind == Kind.MINUTES and not change.deleted:
        scope.minutes[change.id] = data["meeting_id"]


def _parent_columns(conn: Connection, kind: str, id: str | None) -> Any | None:
    if id is None:
        return None
    return conn.execute(
        select(records.c.committee_id, records.c.meeting_id, records.c.item_id, records.c.data).where(
            records.c.kind == kind, records.c.id == id
        )
    ).first()


def _columns(conn: Connection, kind: str, change: p.Change, entity: Any) -> _Columns:
    """The access-control columns of a record, from its own fields and its parent's."""
    data = change.data
    cols = _Columns(person_id=data.get("person_id"), item_id=data.get("item_id"))
    if kind == Kind.COMMITTEE:
        cols.committee_id = change.id
    elif kind == Kind.MEMBERSHIP:
        cols.committee_id = data["committee_id"]
    elif kind == Kind.MEETING:
        cols.committee_id, cols.meeting_id = data["committee_id"], change.id
    elif kind in _PARENT:
        field_name = _PARENT[kind]
        parent_kind = REFERENCES[field_name]
        parent = _parent_columns(conn, parent_kind, data[field_name])
        if parent is None:
            raise invalid(kind, change.id, f"refers to a {parent_kind} the server does not have")
        cols.committee_id, cols.meeting_id = parent.committee_id, parent.meeting_id
        if kind == Kind.BALLOT:
            cols.item_id = json.loads(parent.data)["item_id"]
        elif kind == Kind.MINUTES_ENTRY:
            cols.item_id = data["item_id"]
    elif "meeting_id" in data:
        meeting = _parent_columns(conn, Kind.MEETING, data["meeting_id"])
        if meeting is None:
            raise invalid(kind, change.id, "refers to a meeting the server does not have")
        cols.committee_id, cols.meeting_id = meeting.committee_id, data["meeting_id"]
    if kind == Kind.DOCUMENT:
        cols.sha256 = data["sha256"]
    return cols


def _check(
    conn: Connection,
    scope: Scope,
    change: p.Change,
    current: Any | None,
    has_blob: Callable[[str], bool],
    substitutes: _Substitutes,
) -> _Columns:
    kind = change.kind
    try:
        entity = p.decode(kind, change.data)
    except p.RecordError as e:
        raise invalid(kind, change.id, str(e)) from None
    if entity.id != change.id:
        raise invalid(kind, change.id, "the record's id differs from its data's id")
    try:
        validate(entity)
    except EmeetingError as e:
        raise invalid(kind, change.id, str(e)) from None
    cols = _columns(conn, kind, change, entity)
    old_committee = None if current is None else current.committee_id
    secretary = kind == Kind.PERSON and bool(scope.caller.committees)
    if kind != Kind.PERSON:
        secretary = scope.is_secretary_of(cols.committee_id) and (
            current is None or kind == Kind.PRIVATE_NOTE or scope.is_secretary_of(old_committee)
        )
    if kind == Kind.ANNOTATION:
        _check_annotation(scope, change, entity, current)
    elif kind == Kind.PRIVATE_NOTE:
        if current is not None and current.owner_id != scope.caller.user_id:
            raise not_found()
        if not scope.sees_meeting(cols.meeting_id) or (
            entity.item_id is not None and not scope.sees_item(entity.item_id)
        ):
            raise forbidden(kind, change.id, "a note belongs to a meeting or item you can see")
    elif secretary:
        top_secret = (
            kind in (Kind.MEETING, Kind.AGENDA_ITEM, Kind.DOCUMENT) and entity.secrecy.rank >= TOP_SECRET
        )
        if top_secret and cols.committee_id not in scope.allow_top_secret:
            raise forbidden(kind, change.id, "top secret records stay on the secretary's machine")
        if kind == Kind.BALLOT and not change.deleted:
            vote = scope.votes.get(entity.vote_id)  # (a member's ballot is checked in _check_ballot)
            if vote is not None and vote.kind != VoteKind.OPEN:
                raise forbidden(kind, change.id, "a secret vote keeps only its tally, not who voted how")
            if vote is not None and vote.closed_at is not None:
                raise forbidden(kind, change.id, "the vote is closed: it takes no more ballots")
        if kind == Kind.VOTE and current is not None and not current.deleted and not change.deleted:
            why = reopening_refusal(change.data, json.loads(current.data))
            if why is not None:
                raise forbidden(kind, change.id, why)
    elif kind == Kind.INVITATION and _is_substitute_of(scope, change, current):
        _check_substitute(conn, scope, change, entity, current, substitutes)
    elif kind == Kind.INVITATION:
        _check_rsvp(scope, change, current)
    elif (
        kind == Kind.PERSON and current is None and change.id in substitutes.new_people and not change.deleted
    ):
        pass  # someone a member sends in their place, not on the roll: checked with their invitation
    elif kind == Kind.BALLOT:
        _check_ballot(conn, scope, change, entity, current)
    elif scope.caller.committees:  # a secretary of other committees (the committee is not named: hidden?)
        raise forbidden(kind, change.id, "you are not the secretary of its committee on this server")
    else:
        raise forbidden(kind, change.id, "only the committee's secretary may change this")
    if (
        kind == Kind.DOCUMENT
        and not change.deleted
        and not (
            is_sha256(entity.sha256)
            and has_blob(entity.sha256)
            and _may_name_blob(conn, scope, entity.sha256)
        )
    ):
        raise ApiError(
            422,
            "missing_blob",
            f"document {change.id}: upload its file {entity.sha256[:12]}… before the record",
            records=[f"{kind}/{change.id}"],
        )
    return cols


def _check_annotation(scope: Scope, change: p.Change, entity: Any, current: Any | None) -> None:
    """A reader writes only their own annotations, on a paper they may read (or an item they see) of the
    annotation's meeting; whoever else sees one (shared with them) may not change it."""
    if current is not None and current.owner_id != scope.caller.user_id:
        raise forbidden(change.kind, change.id, "only its owner may change an annotation")
    if entity.owner != scope.caller.name:
        raise forbidden(change.kind, change.id, "an annotation's owner is the user who makes it")
    if change.deleted:
        return  # taking one's own annotation back is always allowed, even once its paper has gone
    if not scope.sees_meeting(entity.meeting_id):
        raise forbidden(change.kind, change.id, "an annotation belongs to a meeting you can see")
    if entity.item_id is not None and (
        not scope.sees_item(entity.item_id) or scope.items[entity.item_id].meeting_id != entity.meeting_id
    ):
        raise forbidden(
            change.kind, change.id, "an annotation is on an agenda item of its meeting you can see"
        )
    if entity.document_id is not None:
        document = scope.document(entity.document_id)
        if (
            document is None
            or document["meeting_id"] != entity.meeting_id
            or not scope.sees_document(document)
        ):
            raise forbidden(change.kind, change.id, "an annotation is on a paper of its meeting you may read")
        # Whoever may read the paper receives a shared mark: an item beside it would be one of theirs too.
        if entity.item_id is not None and entity.item_id != document["item_id"]:
            raise forbidden(
                change.kind, change.id, "a mark on a paper names no other agenda item than the paper's"
            )


def _check_rsvp(scope: Scope, change: p.Change, current: Any | None) -> None:
    """An attendee changes only the RSVP of their own invitation."""
    if current is None or current.deleted or change.deleted:
        raise forbidden(
            change.kind, change.id, "only the committee's secretary may add or remove invitations"
        )
    old = json.loads(current.data)
    if old["person_id"] != scope.caller.person_id or not scope.sees_meeting(old["meeting_id"]):
        raise not_found()
    changed = {k for k in old if old[k] != change.data.get(k)}
    if not changed <= {"rsvp", "rsvp_reason"}:
        raise forbidden(change.kind, change.id, "an attendee may change only the RSVP and its reason")


@dataclass(frozen=True)
class _Substitutes:
    """What one push says about who attends in the caller's place."""

    new_people: frozenset[str] = frozenset()  # made by this push to attend in the caller's place
    withdrawn: frozenset[str] = frozenset()  # invitations this push removes (a substitute named before)


def _substitutes_named(caller: Caller, changes: Collection[p.Change]) -> _Substitutes:
    """The new people this push makes to attend in the caller's place (each both a new person record and
    the person of an invitation in the caller's place, in this push), and the invitations it removes."""
    me = caller.person_id
    new_people = {c.id for c in changes if c.kind == Kind.PERSON and c.base_version == 0 and not c.deleted}
    named = {
        c.data.get("person_id")
        for c in changes
        if c.kind == Kind.INVITATION and not c.deleted and me is not None
        and c.data.get("substitute_for_id") == me
    }  # fmt: skip
    withdrawn = frozenset(c.id for c in changes if c.kind == Kind.INVITATION and c.deleted)
    return _Substitutes(frozenset(person for person in new_people if person in named), withdrawn)


def _is_substitute_of(scope: Scope, change: p.Change, current: Any | None) -> bool:
    """Whether the change is an invitation of someone in the caller's place: as it is now on the server
    or, for a new one, as the change says."""
    me = scope.caller.person_id
    if me is None:
        return False
    if current is not None:
        return bool(json.loads(current.data).get("substitute_for_id") == me)
    return change.data.get("substitute_for_id") == me


# What a member's invitation of their substitute holds besides who, for whom and the meeting: the rest is
# the secretary's to record (attendance, times, the item a guest is invited for).
_SUBSTITUTE_DEFAULTS = {
    "role": InviteeRole.MEMBER.value,
    "item_id": None,
    "attendance": Attendance.UNKNOWN.value,
    "arrived_at": None,
    "left_at": None,
    "absence_reason": "",
}


def _check_substitute(
    conn: Connection,
    scope: Scope,
    change: p.Change,
    entity: Any,
    current: Any | None,
    substitutes: _Substitutes,
) -> None:
    """A member invited to a meeting names who attends in their place (a person of the committee's roll,
    or someone new named in the same push) or takes that back; one substitute at a time, who is not
    invited already."""
    me = scope.caller.person_id
    meeting_id = entity.meeting_id
    invited = scope.invited.get(meeting_id)
    if invited is None or not scope.sees_meeting(meeting_id):
        raise not_found()
    if invited.role != InviteeRole.MEMBER or scope.is_secretary_of(scope.meetings[meeting_id][0]):
        raise forbidden(change.kind, change.id, "only an invited member can send a substitute")
    if current is not None:
        old = json.loads(current.data)
        if not change.deleted:
            raise forbidden(
                change.kind, change.id, "a substitute is named again by removing this one and naming another"
            )
        if old["attendance"] != Attendance.UNKNOWN.value:
            raise forbidden(change.kind, change.id, "the secretary has recorded this substitute's attendance")
        return
    if change.deleted:
        raise forbidden(change.kind, change.id, "only its secretary may remove this invitation")
    fixed = {k for k, v in _SUBSTITUTE_DEFAULTS.items() if change.data.get(k) != v}
    if fixed or entity.rsvp not in (Rsvp.PENDING, Rsvp.ACCEPTED):
        raise forbidden(
            change.kind, change.id, "a member names who attends in their place; the rest is the secretary's"
        )
    live = records.c.deleted.is_(False)
    others = conn.execute(
        select(records.c.id, records.c.person_id, records.c.data).where(
            live, records.c.kind == Kind.INVITATION, records.c.meeting_id == meeting_id
        )
    ).all()
    others = [row for row in others if row.id not in substitutes.withdrawn]  # (a substitute named again)
    if any(row.person_id == entity.person_id for row in others):
        raise forbidden(change.kind, change.id, "the substitute is already invited to this meeting")
    if any(json.loads(row.data).get("substitute_for_id") == me for row in others):
        raise forbidden(change.kind, change.id, "someone already attends in place of this member")
    committee_id = scope.meetings[meeting_id][0]
    on_roll = conn.execute(
        select(records.c.id).where(
            live,
            records.c.kind == Kind.MEMBERSHIP,
            records.c.committee_id == committee_id,
            records.c.person_id == entity.person_id,
        )
    ).first()
    if on_roll is None and entity.person_id not in substitutes.new_people:
        raise invalid(
            change.kind,
            change.id,
            "the substitute is not on the committee's roll: name them with their name and position",
        )


def _check_ballot(conn: Connection, scope: Scope, change: p.Change, entity: Any, current: Any | None) -> None:
    """A member casts, changes or withdraws their own ballot while the open vote is open (see
    ``emeeting.server.ballots``: opened and not closed, from a voter in the meeting)."""
    me = scope.caller.person_id
    if current is not None and json.loads(current.data)["person_id"] != me:
        raise not_found()
    if entity.person_id != me:
        raise forbidden(change.kind, change.id, "a ballot is cast by its voter")
    vote = scope.votes.get(entity.vote_id)
    if vote is None or not scope.sees_item(vote.item_id):
        raise not_found()
    item = scope.items[vote.item_id]
    if not scope.is_member_of(item.meeting_id) or vote.item_id in scope.recused:
        raise forbidden(change.kind, change.id, "only members without a recusal vote on this item")
    if vote.kind != VoteKind.OPEN:
        raise forbidden(change.kind, change.id, "a secret vote keeps only its tally")
    if vote.result != VoteResult.PENDING or vote.closed_at is not None:
        raise forbidden(change.kind, change.id, "the vote is closed")
    why = ballot_refusal(conn, scope, vote, me)
    if why is not None:
        raise forbidden(change.kind, change.id, why)


# -------------------------------------------------------------------------------------------- history


def purge_tombstones(db: Database, before_version: int) -> int:
    """Forget tombstones older than ``before_version``; cursors below it must resync. Returns how many."""
    with db.write() as conn:
        newest = conn.execute(
            select(records.c.version)
            .where(records.c.deleted.is_(True), records.c.version < before_version)
            .order_by(records.c.version.desc())
            .limit(1)
        ).scalar()
        if newest is None:
            return 0
        count = conn.execute(
            delete(records).where(records.c.deleted.is_(True), records.c.version <= newest)
        ).rowcount
        conn.execute(update(meta).values(purged_through=newest))
        return int(count)
