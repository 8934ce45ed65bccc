"""The sync protocol's messages, shared by the server and the desktop client (see docs/SYNC.md).

A record travels as ``Record``: its kind (a synced ``Kind`` of the registry, ``emeeting.domain.kinds``), id,
the server version of its last change, a tombstone flag and its fields as JSON. Field values are written with
the desktop store's own codecs (``emeeting.storage.codec``: enums as text, booleans 0/1, aware datetimes as
fixed-width UTC text, dates ISO), so a record's ``data`` is exactly the row the desktop store keeps.
"""

from __future__ import annotations

import typing
from datetime import date, datetime
from enum import Enum, StrEnum
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from emeeting.domain import model as m
from emeeting.domain.kinds import SYNCED
from emeeting.storage.codec import EntityCodec, datetime_from_db, field_type

PROTOCOL_VERSION = 1
PAGE_DEFAULT = 500
PAGE_MAX = 1000
PUSH_MAX = 1000
ID_MAX = 36  # a UUID's text
NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL characters
SHA256_PATTERN = r"^[0-9a-f]{64}$"
# POST /blobs/batch: at most this many documents, and this many bytes of them, in one answer. Larger
# documents come one by one (GET /blobs/{sha256}, resumable with Range).
BLOB_BATCH_MAX = 256
BLOB_BATCH_MAX_BYTES = 16 << 20
# Each document in a batch answer: its sha256 (64 ASCII hex digits), its length (8 bytes, big-endian), then
# its bytes.
BLOB_FRAME_HEADER = 64 + 8


# Every kind that travels, parents before children (the order a push is applied in).
KINDS: MappingProxyType[str, type] = MappingProxyType({kind: kind.cls for kind in SYNCED})
KIND_ORDER: MappingProxyType[str, int] = MappingProxyType({kind: n for n, kind in enumerate(SYNCED)})
if TYPE_CHECKING:
    KindName = str
else:  # every synced kind of the registry, for the OpenAPI schema: a new synced kind needs no edit here
    KindName = Literal[tuple(str(kind) for kind in SYNCED)]


class RecordError(ValueError):
    """A record's data does not describe a valid entity of its kind."""


@cache
def _codec(cls: type) -> EntityCodec:
    return EntityCodec(cls)


@cache
def _hints(cls: type) -> dict[str, tuple[Any, bool]]:
    return {name: field_type(hint) for name, hint in typing.get_type_hints(cls).items()}


def encode(entity: object) -> dict[str, Any]:
    """An entity's fields as JSON values, as the desktop store writes them."""
    codec = _codec(type(entity))  # type: ignore[arg-type]
    return dict(zip(codec.fields, codec.row(entity), strict=True))


def _check_json_type(name: str, value: Any, base: Any, nullable: bool) -> None:
    if value is None:
        if not nullable:
            raise RecordError(f"{name}: may not be null")
        return
    if base is bool:
        ok = value in (0, 1) and not isinstance(value, float)
    elif base is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif (isinstance(base, type) and issubclass(base, Enum)) or base in (str, datetime, date):
        ok = isinstance(value, str)
    else:  # pragma: no cover - a new field type must be mapped here deliberately
        raise TypeError(f"no JSON type for {name}: {base!r}")
    if not ok:
        raise RecordError(f"{name}: wrong type {type(value).__name__}")
    if isinstance(value, str):
        if "\x00" in value:
            raise RecordError(f"{name}: contains a NUL character")
        if (name == "id" or name.endswith("_id")) and len(value) > ID_MAX:
            raise RecordError(f"{name}: longer than {ID_MAX} characters")


class _Unmapped:
    """The usual type of a field whose type has no JSON type mapped: no value has it."""


@cache
def _plan(cls: type) -> tuple[frozenset[str], tuple[tuple[str, type, int, Any, bool], ...]]:
    """A kind's fields and, for each, the JSON type its usual value has and its bound: the length of an id
    (ID_MAX), 1 for a boolean (stored 0 or 1), -1 for none. Worked out once per kind, so that the thousand
    records of a page cost a type test and a bound per field; a value off the usual path (null, a boolean
    as true or false, anything wrong) gets ``_check_json_type``, which accepts it or says what is wrong."""
    hints = _hints(cls)
    fields = []
    for name, (base, nullable) in hints.items():
        usual: type = _Unmapped
        bound = -1
        if base is bool:
            usual, bound = int, 1
        elif base is int:
            usual = int
        elif (isinstance(base, type) and issubclass(base, Enum)) or base in (str, datetime, date):
            usual = str
            bound = ID_MAX if name == "id" or name.endswith("_id") else -1
        fields.append((name, usual, bound, base, nullable))
    return frozenset(hints), tuple(fields)


def decode(kind: str, data: dict[str, Any]) -> Any:
    """The entity a record's data describes; RecordError when it is not one."""
    cls = KINDS.get(kind)
    if cls is None:
        raise RecordError(f"unknown kind {kind!r}")
    names, fields = _plan(cls)
    if data.keys() != names:
        missing, extra = sorted(names - set(data)), sorted(set(data) - names)
        raise RecordError(f"fields do not match {kind}: missing {missing}, unexpected {extra}")
    for name, usual, bound, base, nullable in fields:
        value = data[name]
        if type(value) is usual:
            if usual is str:
                if "\x00" not in data[name] and (bound < 0 or len(data[name]) <= bound):
                    continue
            elif bound < 0 or 0 <= data[name] <= bound:
                continue
        _check_json_type(name, value, base, nullable)
    if cls is m.Document and not m.is_sha256(data["sha256"]):
        raise RecordError("sha256: not a document hash")
    codec = _codec(cls)
    try:
        return codec.entity(tuple(data[name] for name in codec.fields))
    except (ValueError, TypeError) as e:
        raise RecordError(str(e)) from None


# ------------------------------------------------------------------------------------------ messages


class Record(BaseModel):
    """One record as the server holds it. A tombstone (``deleted``) keeps its last data."""

    kind: KindName
    id: str = Field(max_length=ID_MAX, pattern=NO_NUL)
    version: int = Field(ge=1, description="the server version of the record's last change")
    deleted: bool = False
    data: dict[str, Any]
    updated_at: str = Field(description="UTC time of the change, as the desktop store writes times")
    updated_by: str


class ChangesPage(BaseModel):
    """Changes after ``since``, oldest first. Ask again with ``since=cursor`` while ``more`` is true."""

    records: list[Record]
    cursor: int = Field(ge=0, description="pass as `since` next time; covers records the caller may not see")
    more: bool
    server_version: int = Field(ge=0, description="the newest version on the server")
    server_id: str | None = Field(
        default=None, description="the server database's random id: a different one means a replaced server"
    )


class Change(BaseModel):
    """A record as the client pushes it: ``base_version`` is the version the edit was made on (0: new)."""

    kind: KindName
    id: str = Field(max_length=ID_MAX, pattern=NO_NUL)
    base_version: int = Field(ge=0)
    deleted: bool = False
    data: dict[str, Any]


class PushRequest(BaseModel):
    changes: list[Change] = Field(max_length=PUSH_MAX)


class Accepted(BaseModel):
    kind: KindName
    id: str
    version: int


class PushResult(BaseModel):
    accepted: list[Accepted]
    server_version: int


class Conflict(BaseModel):
    """A change made on an older version than the server's; ``server`` is the server's copy (None: the
    record does not exist on the server although the client gave a base version)."""

    kind: KindName
    id: str
    base_version: int
    server: Record | None


ErrorCode = Literal[
    "invalid_credentials",
    "totp_required",
    "rate_limited",
    "invalid_token",
    "token_expired",
    "device_revoked",
    "user_disabled",
    "forbidden",
    "not_found",
    "invalid_record",
    "missing_blob",
    "conflict",
    "resync_required",
    "hash_mismatch",
    "too_large",
    "range_not_satisfiable",
    "invalid_request",
]


class ErrorBody(BaseModel):
    """Every error answer: a stable code for programs, a line for people, and details where useful."""

    error: ErrorCode
    message: str
    conflicts: list[Conflict] = []
    records: list[str] = Field(default=[], description="kind/id of the refused records, where it applies")
    oldest_cursor: int | None = Field(default=None, description="resync_required: the oldest usable cursor")


class LoginRequest(BaseModel):
    user: str = Field(pattern=NO_NUL, min_length=1, max_length=200)
    password: str = Field(pattern=NO_NUL, max_length=1000)
    device: str = Field(
        pattern=NO_NUL, min_length=1, max_length=200, description="a name for this device, e.g. the host"
    )
    totp: str | None = Field(pattern=NO_NUL, default=None, max_length=10)


class LoginResult(BaseModel):
    token: str
    device_id: str
    expires_at: str


class CommitteePolicy(BaseModel):
    committee_id: str
    offline_days: int = Field(description="days a confidential document may stay on a laptop offline")
    allow_top_secret: bool


class Me(BaseModel):
    user: str
    role: Literal["admin", "secretary", "member"]
    person_id: str | None
    committees: list[str] = Field(description="committees the user is secretary of")
    device_id: str
    policies: list[CommitteePolicy]
    server_id: str | None = Field(
        default=None, description="the server database's random id: a different one means a replaced server"
    )


class BlobBatchRequest(BaseModel):
    """Documents to send in one answer of POST /blobs/batch (see BLOB_FRAME_HEADER for its format): those
    the caller may read, in the order asked, each once; any other hash is left out, whatever the reason."""

    # The count is checked by the endpoint, which answers 413 with the limit in words.
    sha256: list[Annotated[str, Field(pattern=SHA256_PATTERN)]] = Field(
        description=f"at most {BLOB_BATCH_MAX} hashes, and {BLOB_BATCH_MAX_BYTES} bytes of documents"
    )


def blob_frame_header(sha256: str, size: int) -> bytes:
    return sha256.encode("ascii") + size.to_bytes(8, "big")


class Health(BaseModel):
    status: Literal["ok"]
    protocol: int
    server_version: int


class CalendarFeed(BaseModel):
    """The caller's calendar feed: whether there is one and since when; ``path`` (the address's path, with
    its secret) only in the answer that made it: the server keeps no more than the secret's hash."""

    exists: bool
    created_at: str | None = None
    path: str | None = Field(
        default=None, description="/calendar/<secret>.ics, given once, when the address is made"
    )


# ------------------------------------------------------------------------------------------ the live meeting


class LiveType(StrEnum):
    """What a live meeting's event says (``LiveEvent.data`` by type):

    - ``chair``: the chair's place, set by the secretary: ``item_id``, ``document_id`` (None: no paper
      shown), ``page`` (0-based; None with no paper).
    - ``checkin``: a member checked in: ``person_id``, ``mode`` (present | online), ``verified_by``
      (password | password+totp).
    - ``joined`` / ``left``: a device connected to or left the meeting's channel (the traffic data).
    - ``vote_opened``: ``vote_id``, ``item_id``, ``question``, ``kind`` (open | secret), ``rule``.
    - ``voted``: ``vote_id``, ``person_id`` (who has voted, never how), ``count`` (how many have voted).
    - ``vote_closed``: ``vote_id``, ``result``, ``votes_for``, ``votes_against``, ``abstentions``.
    - ``records``: records of the meeting changed on the server: a client pulls (no data).
    """

    CHAIR = "chair"
    CHECKIN = "checkin"
    JOINED = "joined"
    LEFT = "left"
    VOTE_OPENED = "vote_opened"
    VOTED = "voted"
    VOTE_CLOSED = "vote_closed"
    RECORDS = "records"


class LiveEvent(BaseModel):
    """One event of a meeting's live channel. Ids increase in the order the server wrote them; a client
    that reconnects asks for those after the last id it saw and misses nothing."""

    id: int = Field(ge=1)
    meeting_id: str
    type: str = Field(description="a LiveType; a client ignores a type it does not know")
    at: str = Field(
        description="the server's clock, UTC, as every time of the protocol: 'YYYY-MM-DD HH:MM:SS.ffffff'"
    )
    by: str = Field(description="the user whose action it records; empty for the server's own")
    data: dict[str, Any]

    def time(self) -> datetime:
        """``at`` as an aware UTC time (ValueError: not a time)."""
        return datetime_from_db(self.at)


# The header of a live stream that names the server database whose event ids it sends (see LiveEvents).
SERVER_ID_HEADER = "X-Emeeting-Server-Id"
SERVER_ID_MAX = 64  # (a UUID: 36) what a desktop takes as a server database's name, no more


class LiveEvents(BaseModel):
    """A meeting's events after ``after`` (oldest first); ask again with ``after=last`` while ``more``."""

    events: list[LiveEvent]
    last: int = Field(ge=0)
    more: bool
    # The server database's id: event ids count from 1 in each, so a server replaced at the same address
    # (a restored backup, a new database) starts a new log (None from a server older than this field).
    server_id: str | None = Field(default=None, min_length=1, max_length=SERVER_ID_MAX)


# ------------------------------------------------------------------------------------ votes on laptops


class SecretBallot(BaseModel):
    """A member's answer in a secret vote: the server counts it and keeps only that the member voted."""

    # A field it does not know (a person id, a result) is refused, not silently dropped.
    model_config = ConfigDict(extra="forbid")
    choice: Literal["for", "against", "abstain"]


class CloseVote(BaseModel):
    """The secretary closes a vote taken on laptops. A secret vote's show of hands (members without a
    laptop) adds its counts here; an open vote's hand votes are ballots the secretary records by name."""

    model_config = ConfigDict(extra="forbid")
    hand_for: int = Field(default=0, ge=0, le=100_000)
    hand_against: int = Field(default=0, ge=0, le=100_000)
    hand_abstain: int = Field(default=0, ge=0, le=100_000)


class VoteStatus(BaseModel):
    """Who has voted in a vote and how many; the counts only once it is closed, or while an open (named)
    vote runs. ``voters`` are person ids (a hand vote by the secretary names its member)."""

    vote_id: str
    kind: Literal["open", "secret"]
    is_open: bool
    closed: bool
    voters: list[str]
    count: int = Field(ge=0)
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    result: str | None = Field(default=None, description="the server's reckoning once closed")
    version: int = Field(default=0, ge=0, description="the vote record's server version")
