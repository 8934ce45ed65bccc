"""The ballot rules of votes taken on members' laptops, and what a push that opens a vote or casts a ballot
announces on the meeting's live channel (see ``emeeting.server.votes`` for the whole story).

Used by the push (``emeeting.server.feed``) and by the live vote endpoints; imports nothing of either.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, func, insert, select

from emeeting.domain.kinds import Kind
from emeeting.domain.model import ATTENDED, Attendance, Choice, InviteeRole, VoteKind
from emeeting.server.access import Scope, VoteFacts
from emeeting.server.live import Actor, publish
from emeeting.server.storage import checkins, records, secret_tallies
from emeeting.sync import protocol as p

_LIVE = records.c.deleted.is_(False)
# An attendance the secretary recorded after a check-in that says the member is not (or no longer) there.
_GONE = frozenset({Attendance.ABSENT.value, Attendance.LEFT_EARLY.value})


def eligible_voters(conn: Connection, meeting_id: str, committee_id: str, item_id: str) -> dict[str, str]:
    """Who may vote on the item now: person id -> the seat they vote for (their own, or the member's a
    substitute attends for)."""
    rows = conn.execute(
        select(records.c.kind, records.c.data).where(
            _LIVE,
            (
                (records.c.kind == Kind.INVITATION) & (records.c.meeting_id == meeting_id)
                | (records.c.kind == Kind.RECUSAL) & (records.c.item_id == item_id)
                | (records.c.kind == Kind.MEMBERSHIP) & (records.c.committee_id == committee_id)
            ),
        )
    ).all()
    checked_in = set(
        conn.execute(select(checkins.c.person_id).where(checkins.c.meeting_id == meeting_id)).scalars()
    )
    invitations, recused = [], set()
    roll: dict[str, bool] = {}  # seat -> has a vote on the committee's roll
    for row in rows:
        data = json.loads(row.data)
        if row.kind == Kind.INVITATION:
            invitations.append(data)
        elif row.kind == Kind.RECUSAL:
            recused.add(data["person_id"])
        else:
            roll[data["person_id"]] = roll.get(data["person_id"], False) or bool(data["voting"])
    eligible: dict[str, str] = {}
    for data in invitations:
        person, seat = data["person_id"], data["substitute_for_id"] or data["person_id"]
        if data["role"] != InviteeRole.MEMBER or not roll.get(seat, True):
            continue  # a guest or presenter, or someone the roll lists without a vote (an adviser)
        attendance = data["attendance"]
        present = attendance in ATTENDED and attendance != Attendance.LEFT_EARLY and data["left_at"] is None
        if not present and not (person in checked_in and attendance not in _GONE):
            continue
        if person in recused or seat in recused:
            continue
        eligible[person] = seat
    return eligible


def ballot_refusal(conn: Connection, scope: Scope, vote: VoteFacts, person_id: str | None) -> str | None:
    """Why the person may not answer the vote now (None: they may)."""
    if not vote.is_open:
        return "the vote is not open: ballots are taken from its opening until the secretary closes it"
    item = scope.items[vote.item_id]
    if scope.recused_from(vote.item_id):
        return "only members without a recusal vote on this item"
    committee_id = scope.meetings[item.meeting_id][0]
    if person_id not in eligible_voters(conn, item.meeting_id, committee_id, vote.item_id):
        return "only members with a vote who are in the meeting (checked in or marked present) may vote"
    return None


# -------------------------------------------------------------------------------- when a push writes


def vote_written(
    conn: Connection, data: Mapping[str, Any], before: Mapping[str, Any] | None, by: str
) -> None:
    """After a vote record is written by a push: a vote that became open is announced (and a secret one
    gets its three counts at zero)."""
    if data.get("opened_at") is None or data.get("closed_at") is not None:
        return
    if before is not None and before.get("opened_at") is not None:
        return
    if data["kind"] == VoteKind.SECRET:
        ensure_tallies(conn, str(data["id"]))
    item = conn.execute(
        select(records.c.meeting_id).where(
            records.c.kind == Kind.AGENDA_ITEM, records.c.id == data["item_id"]
        )
    ).scalar_one()
    publish(
        conn,
        item,
        p.LiveType.VOTE_OPENED,
        {
            "vote_id": data["id"],
            "item_id": data["item_id"],
            "question": data["question"],
            "kind": data["kind"],
            "rule": data["rule"],
        },
        Actor(by, "", ""),
    )


def ballot_written(conn: Connection, meeting_id: str, vote_id: str, person_id: str, by: str) -> None:
    """After a ballot of an open vote is cast (on a laptop, or by hand by the secretary): who has voted and
    how many have, never how."""
    count = conn.execute(
        select(func.count())
        .select_from(records)
        .where(_LIVE, records.c.kind == Kind.BALLOT, records.c.vote_id == vote_id)
    ).scalar_one()
    data = {"vote_id": vote_id, "person_id": person_id, "count": int(count)}
    publish(conn, meeting_id, p.LiveType.VOTED, data, Actor(by, "", ""))


def reopening_refusal(data: Mapping[str, Any], before: Mapping[str, Any]) -> str | None:
    """A vote closed on the server stays closed (a new question is a new vote)."""
    if before.get("closed_at") is not None and data.get("closed_at") is None:
        return "a closed vote is not opened again: open a new vote"
    return None


def ensure_tallies(conn: Connection, vote_id: str) -> None:
    have = set(
        conn.execute(select(secret_tallies.c.choice).where(secret_tallies.c.vote_id == vote_id)).scalars()
    )
    missing = [c.value for c in Choice if c.value not in have]
    if missing:
        conn.execute(insert(secret_tallies), [{"vote_id": vote_id, "choice": c, "count": 0} for c in missing])
