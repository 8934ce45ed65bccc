"""The evidence of a meeting held (partly) on members' laptops, as the Emergency Decree on Electronic
Meetings B.E. 2563 and the Ministry of Digital Economy and Society's security standard for e-meetings ask
the organiser to keep it: who joined the meeting's live channel when and from where, how each member's
identity was verified at check-in, attendance times, each vote's mode and result, the channel's whole event
log (the decree's traffic data), the link to the recording, and the hash of the certified minutes.

Plain values gathered by ``services.evidence`` from the desktop's own store and handed to the report; the
JSON form here is the file ``evidence.json`` that the PDF is made from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from emeeting.domain import model as m

#: The version of the evidence.json layout; a reader refuses a layout it does not know.
EVIDENCE_FORMAT = 1


@dataclass(frozen=True)
class Connection:
    """A device joining or leaving the meeting's live channel (``joined`` / ``left`` events)."""

    at: datetime
    event: str  # "joined" or "left"
    user: str  # the server account
    name: str  # the person's name when the account is known here, else the account
    device: str
    address: str


@dataclass(frozen=True)
class CheckIn:
    """A member's own check-in from the reader (``checkin`` events): how identity was verified."""

    at: datetime
    person_id: str
    name: str
    mode: str  # present | online
    verified_by: str  # password | password+totp
    user: str
    device: str
    address: str


@dataclass(frozen=True)
class AttendanceRecord:
    """An invitee's attendance as the secretary's record has it (marked by hand or from a check-in)."""

    person_id: str
    name: str
    role: m.InviteeRole
    attendance: m.Attendance
    arrived_at: datetime | None
    left_at: datetime | None
    substitute_for: str = ""  # the member's name when attending in their place


@dataclass(frozen=True)
class VoteRecord:
    """A vote: its mode, rule, when it was open and its result. ``names`` only for an open vote (choice →
    names); a secret vote carries counts only."""

    vote_id: str
    item_number: str
    item_title: str
    question: str
    kind: m.VoteKind
    rule: m.VoteRule
    opened_at: datetime | None
    closed_at: datetime | None
    result: m.VoteResult
    votes_for: int
    votes_against: int
    abstentions: int
    names: tuple[tuple[m.Choice, tuple[str, ...]], ...] = ()
    fraction: str = ""  # the custom rule's share of the members present, e.g. "3/4"


@dataclass(frozen=True)
class LogEntry:
    """One event of the live channel, as the server sent it (the traffic data)."""

    server: str
    id: int
    type: str
    at: datetime
    by: str
    data: dict[str, Any]


@dataclass(frozen=True)
class MinutesSeal:
    """The certified minutes' hashes and whether the frozen texts still match them."""

    certified: bool
    certified_at: datetime | None = None
    certified_sha256: str = ""  # version 0, the text certified
    latest_version: int = 0  # 0: never amended
    latest_sha256: str = ""  # the text in force (the certified one or the last amendment)
    verified: bool = False


@dataclass(frozen=True)
class Evidence:
    committee: m.Committee
    meeting: m.Meeting
    generated_at: datetime
    connections: tuple[Connection, ...]
    checkins: tuple[CheckIn, ...]
    attendance: tuple[AttendanceRecord, ...]
    votes: tuple[VoteRecord, ...]
    log: tuple[LogEntry, ...]
    minutes: MinutesSeal

    @property
    def recording_link(self) -> str:
        return self.meeting.recording_link


def _time(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


def evidence_json(evidence: Evidence) -> dict[str, Any]:
    """The evidence as the JSON document ``evidence.json`` (times ISO 8601 with their offset)."""
    meeting, committee, seal = evidence.meeting, evidence.committee, evidence.minutes
    return {
        "format": EVIDENCE_FORMAT,
        "generated_at": _time(evidence.generated_at),
        "meeting": {
            "id": meeting.id,
            "committee": committee.name,
            "committee_short_name": committee.short_name,
            "number": meeting.label,
            "title": meeting.title,
            "start": _time(meeting.start),
            "end": _time(meeting.end),
            "place": meeting.place,
            "mode": meeting.mode.value,
            "online_link": meeting.online_link,
            "status": meeting.status.value,
            "secrecy": meeting.secrecy.value,
        },
        "recording_link": evidence.recording_link,
        "connections": [
            {
                "at": _time(c.at),
                "event": c.event,
                "user": c.user,
                "name": c.name,
                "device": c.device,
                "address": c.address,
            }
            for c in evidence.connections
        ],
        "checkins": [
            {
                "at": _time(c.at),
                "person_id": c.person_id,
                "name": c.name,
                "mode": c.mode,
                "verified_by": c.verified_by,
                "user": c.user,
                "device": c.device,
                "address": c.address,
            }
            for c in evidence.checkins
        ],
        "attendance": [
            {
                "person_id": a.person_id,
                "name": a.name,
                "role": a.role.value,
                "attendance": a.attendance.value,
                "arrived_at": _time(a.arrived_at),
                "left_at": _time(a.left_at),
                "substitute_for": a.substitute_for,
            }
            for a in evidence.attendance
        ],
        "votes": [_vote_json(v) for v in evidence.votes],
        "minutes": {
            "certified": seal.certified,
            "certified_at": _time(seal.certified_at),
            "certified_sha256": seal.certified_sha256,
            "latest_version": seal.latest_version,
            "latest_sha256": seal.latest_sha256,
            "verified": seal.verified,
        },
        "live_events": [
            {"server": e.server, "id": e.id, "type": e.type, "at": _time(e.at), "by": e.by, "data": e.data}
            for e in evidence.log
        ],
    }


def _vote_json(vote: VoteRecord) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": vote.vote_id,
        "item": vote.item_number,
        "item_title": vote.item_title,
        "question": vote.question,
        "mode": vote.kind.value,
        "rule": vote.rule.value,
        "fraction": vote.fraction,
        "opened_at": _time(vote.opened_at),
        "closed_at": _time(vote.closed_at),
        "result": vote.result.value,
        "votes_for": vote.votes_for,
        "votes_against": vote.votes_against,
        "abstentions": vote.abstentions,
    }
    if vote.kind is m.VoteKind.OPEN:  # a secret ballot has counts only: no name is ever written
        data["names"] = {choice.value: list(names) for choice, names in vote.names}
    return data
